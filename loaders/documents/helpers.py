"""Small helpers the edge rules share: nearest mentions, stages, dates, pronoun resolution.

>>> stage_of("59.2% of refined germanium production"), stage_of("48% of global antimony mining output")
('refining', 'mine')
>>> find_dates("effective from April 4, 2025 and announced in July 2023")
[('effective', '2025-04-04'), ('announced', '2023-07')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from .annotate import PRONOUN_TYPES
from .context import DocState, Sent
from .data import pattern, triggers
from .mentions import Mention

__all__ = ["nearest_before", "first_after", "stage_of", "find_dates", "resolve", "ACTORS", "described_material",
           "DESCRIBED_HEAD"]

ACTORS = ("Country", "Firm", "Agency")
_MONTHS = {m: i + 1 for i, m in enumerate("january february march april may june july august september "
                                          "october november december".split())}
_DATE = re.compile(r"\b(?:(?P<cue>from|effective|starting|on|since|in|as of)\s+)?(?P<month>" + "|".join(_MONTHS)
                   + r")\s+(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+)?(?P<year>(?:19|20)\d\d)\b", re.I)


def nearest_before(ms: list[Mention], pos: int, limit: int | None = None) -> Mention | None:
    """The mention of ``ms`` ending last before ``pos`` (within ``limit`` characters)."""
    best = None
    for m in ms:
        if m.end <= pos and (limit is None or pos - m.end <= limit):
            if best is None or m.end > best.end:
                best = m
    return best


def first_after(ms: list[Mention], pos: int, limit: int | None = None) -> Mention | None:
    """The mention of ``ms`` starting first at or after ``pos`` (within ``limit`` characters)."""
    best = None
    for m in ms:
        if m.start >= pos and (limit is None or m.start - pos <= limit):
            if best is None or m.start < best.start:
                best = m
    return best


@lru_cache(maxsize=1)
def _stages() -> tuple:
    """(stage, compiled trigger) in the order of triggers.yaml: looked up once, not per call."""
    return tuple((stage, pattern("supplies", "stage", stage)) for stage in triggers()["supplies"]["stage"])


def stage_of(text: str) -> str | None:
    """The supply stage a phrase speaks of (schema values: mine, refining, ..., production)."""
    for stage, rx in _stages():
        if rx.search(text):
            return stage
    return None


def find_dates(text: str) -> list[tuple[str, str]]:
    """(role, date) pairs for dates with a year: role 'effective' after from/effective, else 'announced'."""
    out = []
    for m in _DATE.finditer(text):
        month = _MONTHS[m.group("month").lower()]
        date = f"{m.group('year')}-{month:02d}"
        if m.group("day"):
            date += f"-{int(m.group('day')):02d}"
        cue = (m.group("cue") or "").lower()
        out.append(("effective" if cue in ("from", "effective", "starting", "as of") else "announced", date))
    return out


def resolve(m: Mention, sent: Sent, doc: DocState, types=ACTORS) -> Mention | None:
    """What a pronoun or description stands for: an earlier mention in the sentence, else the document."""
    if m.type != "Pronoun":
        return m if m.type in types else None
    allowed = [t for t in PRONOUN_TYPES.get(m.name, ()) if t in types]
    if not allowed:
        return None
    earlier = [x for x in sent.mentions if x.type in allowed and x.end <= m.start
               and not (x.tags & {"locator", "cited", "facility_part"})]
    if earlier and m.name not in ("it", "this", "they"):
        return earlier[-1]
    if m.name == "it" and not earlier:  # the subject of the sentence before
        # "The Pentagon has tried ... Last year it awarded"
        prev = [x for idx, x in doc.history[-12:] if idx == sent.index - 1 and x.type in allowed
                and not (x.tags & {"locator", "cited", "facility_part"})]
        if prev and prev[0].type in ("Agency", "Firm", "Country"):
            return prev[0]
    for t in allowed:
        found = doc.last(t, sent.index)
        if found is not None:
            return found
    return None


# the head noun of a definite description that stands for a material named before: "the acid", "the oxide"
DESCRIBED_HEAD = re.compile(r"\bthe\s+(?:(?:highest|high|ultra|electronic|battery|acid|metallurgical)[\w\-]*\s+){0,2}"
                            r"(?:grades?\s+of\s+the\s+)?(acid|oxide|alloy|powder|salt|concentrate|compound|sponge|ingot|"
                            r"carbonate|hydroxide|sulphate|sulfate|chloride|fluoride|precipitate|matte)s?\b", re.I)


def described_material(noun: str, sent: Sent, doc: DocState, before: int) -> Mention | None:
    """What "the acid" / "the oxide" stands for: the last material named (here before ``before``, else earlier in
    the document) whose name ends in that noun.

    >>> from .context import DocState, Sent
    >>> doc = DocState("d")
    >>> doc.history.append((0, Mention("Material", "hydrofluoric acid", 0, 17, "hydrofluoric acid")))
    >>> s = Sent("Japan controls most of the market for the acid.", 0, 1, [])
    >>> described_material("acid", s, doc, 40).name
    'hydrofluoric acid'
    """
    noun = noun.lower().rstrip("s")
    here = [m for m in sent.of("Material", 0, before) if "relative" not in m.tags][::-1]
    earlier = [m for i, m in reversed(doc.history) if i < sent.index and m.type == "Material" and "cited" not in m.tags]
    for m in here + earlier:
        if len(m.name.split()) > 1 and m.name.lower().rstrip("s").endswith(" " + noun):
            return m
    return None
