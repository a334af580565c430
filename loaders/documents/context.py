"""What the edge rules work on: a sentence with its mentions, the document's memory, and facts.

>>> s = Sent("Gallium, germanium and antimony are banned.", 0, 0, [
...     Mention("Material", "gallium", 0, 7, "Gallium"), Mention("Material", "germanium", 9, 18, "germanium"),
...     Mention("Material", "antimony", 23, 31, "antimony")])
>>> [m.name for m in s.list_at(s.mentions[0])]
['gallium', 'germanium', 'antimony']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .mentions import Mention

__all__ = ["Sent", "DocState", "Fact", "LIST_SEP"]

# what joins the items of a list: ", ", " and ", ", and ", " or ", "/"
LIST_SEP = re.compile(r"^(?:\s*,?\s+(?:and|or)\s+(?:[\w\-]+\s+)?other\s+|\s*,\s*(?:and\s+|or\s+)?(?:the\s+)?|\s+(?:and|or|&)\s+(?:the\s+)?|\s*/\s*|\s+as\s+well\s+as\s+|\s+alongside\s+|\s+along\s+with\s+)$")
# a locator between two list items: "Belgium's Umicore and Canada's Teck"
_LOCATOR_END = re.compile(r"(?:[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?['\u2019]s|[A-Z][\w.\-]*-based)\s+$")


# a descriptor before a list item: "Sojitz and the state agency JOGMEC", "Glencore and trading house Mitsui"
_DESCRIPTOR_END = re.compile(r"(?<=\s)(?:(?:(?:the|a|an|its|their)\s+)?(?:(?!(?:and|or)\s)[\w\-]+\s+){0,2}(?:agency|company|firm|group|miner|bank|lender|fund|"
                             r"trading\s+house|insurer|investor|partner|producer|refiner|carmaker|automaker|supplier|maker|manufacturer|"
                             r"developer|trader|conglomerate)\s+)$")
# the closing bracket of an acronym aside ends the item before it: "Foo Agency (FA) and Bar"
_ASIDE_END = re.compile(r"^\s*\([^()]{1,40}\)")
_OPEN = re.compile(r"\s*\(\s*$")


# a relative clause between two list items: "A, which runs two mines, and B are ..."
_RELATIVE_GAP = re.compile(r"^,\s+(?:which|who)\s[^,;()]{1,80}(?=,\s*(?:and|or)\s)")


def _joins(gap: str) -> bool:
    gap = _ASIDE_END.sub("", gap)
    if gap.startswith(", wh"):
        gap = _RELATIVE_GAP.sub("", gap)
    if LIST_SEP.match(gap) or LIST_SEP.match(_LOCATOR_END.sub("", gap)):
        return True
    return len(gap) < 40 and bool(LIST_SEP.match(_DESCRIPTOR_END.sub("", gap)))
_MODIFIER = re.compile(r"(?:-[a-z]+)?[\s\-]+(?:mines?|smelters?|refiner(?:y|ies)|plants?|projects?|deposits?|operations?|prices?)\b")
_CLAUSE = re.compile(r";\s+|,\s+(?:while|whereas|but|although|though)\s+|\s+(?:while|whereas)\s+")


class Sent:
    """One sentence: its text, offsets in the document, index, and mentions (sorted)."""

    def __init__(self, text: str, start: int, index: int, mentions: list[Mention]):
        self.text, self.start, self.index = text, start, index
        self.end = start + len(text)
        self.mentions = sorted(mentions, key=lambda m: (m.start, -m.end))
        self._clauses = None

    def of(self, types, start: int = 0, end: int | None = None, skip=("cited",)) -> list[Mention]:
        """Mentions of ``types`` lying in [start, end), without the ``skip`` tags."""
        end = len(self.text) if end is None else end
        if isinstance(types, str):
            types = (types,)
        return [m for m in self.mentions if m.type in types and m.start >= start and m.end <= end
                and m.tags.isdisjoint(skip)]

    def list_at(self, m: Mention, types=None) -> list[Mention]:
        """The coordinated list that ``m`` belongs to ("A, B and C"), in order."""
        types = types or (m.type,)
        same = [x for x in self.mentions if x.type in types]
        # an acronym in brackets after its full name is the same item, not the next one
        same = [x for i, x in enumerate(same) if x is m or i == 0 or not (
            x.ref == same[i - 1].ref and _OPEN.fullmatch(self.text, same[i - 1].end, x.start))]
        i = same.index(m)
        lo = hi = i
        while lo > 0 and _joins(self.text[same[lo - 1].end:same[lo].start]):
            lo -= 1
        while hi + 1 < len(same) and _joins(self.text[same[hi].end:same[hi + 1].start]):
            hi += 1
        out, seen = [], set()
        for x in same[lo:hi + 1]:
            if x.ref not in seen:
                seen.add(x.ref)
                out.append(x)
        return out

    @property
    def clauses(self) -> list[tuple[int, int]]:
        """(start, end) of the clauses: split at ";" and ", while" / ", but" ..."""
        if self._clauses is None:
            cuts = [0]
            for m in _CLAUSE.finditer(self.text):
                cuts += [m.start(), m.end()]
            cuts.append(len(self.text))
            self._clauses = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]
        return self._clauses

    def clause_of(self, pos: int) -> tuple[int, int]:
        for a, b in self.clauses:
            if a <= pos < b:
                return a, b
        return 0, len(self.text)


@dataclass
class Fact:
    """An edge found by a rule: type, endpoint refs (type, name), properties, where."""

    type: str
    source: tuple[str, str]
    target: tuple[str, str]
    props: dict
    sent: Sent
    node_props: dict = field(default_factory=dict)  # props for endpoint nodes, by ref


class DocState:
    """The memory of one document that later sentences use: what was named, and in what role."""

    def __init__(self, name: str):
        self.name = name
        self.history: list[tuple[int, Mention]] = []   # (sentence index, mention) in reading order
        self.topics: dict[int, Mention] = {}           # first material of each sentence
        self.subjects: dict[int, Mention] = {}         # first material of each sentence that is no facility's modifier
        self.controls: dict[tuple, dict] = {}          # (imposer, target) -> control node info
        self.last_control: tuple | None = None
        self.last_imposer: str | None = None           # the country of the last measure named
        self.programme: tuple | None = None            # (investor ref, Investment ref) of the last package
        self.last_supplier: Mention | None = None
        self.supply_material: tuple[int, Mention] | None = None  # (sentence, material) of the last supply fact
        self.dynamic: dict[str, tuple[str, str]] = {}  # surface -> (type, name) learnt in this document
        self.pending_investor: tuple | None = None
        self.last_invest_target: Mention | None = None  # the recipient of the last investment found
        self.last_stake_target: Mention | None = None   # the firm whose shares were last divided up
        self.dynamic_index: dict | None = None       # first word -> learnt surfaces, longest first
        self.dynamic_size = 0
        self.ventures: list = []                       # (sentence index, Mention) of joint ventures found
        self.parents: set = set()                      # refs of firms found to be another firm's parent
        self.invest_memo = {"by": {}, "described": []}  # the investment rules' memory (see sites.invest_memo)

    def remember(self, sent: Sent) -> None:
        for m in sent.mentions:
            if m.type in ("Country", "Material", "Firm", "Agency", "Facility", "Investment"):
                self.history.append((sent.index, m))
        mats = sent.of("Material")
        if mats:
            self.topics[sent.index] = mats[0]
            # "its spodumene mines ship ...": the material only names the mines, the text is not about it
            subject = next((m for m in mats if not _MODIFIER.match(sent.text, m.end)), None)
            if subject is not None:
                self.subjects[sent.index] = subject

    def last(self, types, before_sentence: int, skip=("locator", "cited")) -> Mention | None:
        """The last mention of ``types`` in sentences before ``before_sentence``."""
        if isinstance(types, str):
            types = (types,)
        for idx, m in reversed(self.history):
            if idx < before_sentence and m.type in types and m.tags.isdisjoint(skip):
                return m
        return None

    def topic(self, before_sentence: int, lookback: int = 2) -> Mention | None:
        """The material a recent sentence was about (its first material)."""
        for i in range(before_sentence - 1, max(-1, before_sentence - 1 - lookback), -1):
            if i in self.topics:
                return self.topics[i]
        return None

    def current_material(self, before_sentence: int, lookback: int = 4) -> Mention | None:
        """The material the text is currently about: of the last supply fact or the last sentence naming one.

        For a supply statement that names no material ("Chile was second at 20%."), within ``lookback``
        sentences; a supply fact wins over a mere mention in the same or an earlier sentence.

        >>> d = DocState("d")
        >>> d.subjects[0] = Mention("Material", "cobalt", 0, 6, "Cobalt")
        >>> d.current_material(3).name, d.current_material(9)
        ('cobalt', None)
        >>> d.supply_material = (0, Mention("Material", "copper", 0, 6, "copper"))
        >>> d.current_material(3).name
        'copper'
        """
        topic = None
        for i in range(before_sentence - 1, max(-1, before_sentence - 1 - lookback), -1):
            if i in self.subjects:
                topic = (i, self.subjects[i])
                break
        sm = self.supply_material
        if sm is not None and before_sentence - lookback <= sm[0] < before_sentence and (topic is None or sm[0] >= topic[0]):
            return sm[1]
        return topic[1] if topic else None
