"""All mentions of one sentence: gazetteer, unknown firms, names learnt earlier in the document,
facilities, programmes and pronouns, with their roles tagged.

>>> from .context import DocState
>>> doc = DocState("d")
>>> s = annotate("Canada's Teck Resources makes germanium, according to the US Geological Survey.", 0, 0, doc)
>>> [(m.type, m.name, sorted(m.tags)) for m in s.mentions]
[('Country', 'Canada', ['locator']), ('Firm', 'Teck Resources', []), ('Material', 'germanium', [])]
>>> s.mentions[1].props["country"]
'Canada'
"""

from __future__ import annotations

import re

from graph.names import material_name

from .context import LIST_SEP, DocState, Sent
from .data import entities
from .firms import find_firms
from .gazetteer import gazetteer
from .mentions import Mention
from .phrases import find_facilities, find_investments

__all__ = ["annotate", "PRONOUN_TYPES"]

# pronouns and definite descriptions, and the node types each can stand for
PRONOUN_TYPES = {
    "it": ("Firm", "Material", "Country", "Agency", "Facility"),
    "they": ("Material", "Firm", "Country"),
    "this": ("Firm", "Facility", "Material", "Country"),
    "the company": ("Firm",), "the firm": ("Firm",), "the miner": ("Firm",), "the group": ("Firm",),
    "the producer": ("Firm",), "the ministry": ("Agency",), "the agency": ("Agency",),
    "the government": ("Country",), "the country": ("Country",), "the material": ("Material",),
    "the metal": ("Material",), "the compound": ("Material",), "the element": ("Material",),
    "the mineral": ("Material",),
}
_PRONOUN = re.compile(r"\b(?:(It|it|They|they|This|this)\b(?!\s+(?:is|was)\s+(?:not\s+)?(?:expected|likely|unclear|possible|important|time|said|understood|estimated|thought|believed|hoped|reported)\b)|([Tt]he\s+(?:company|firm|miner|group|producer|ministry|agency|government|country|material|metal|compound|element|mineral))\b(?!['\u2019]s\s+(?:new|second)))")
_CITED = re.compile(r"\b(?:according\s+to|said|says|citing|cited\s+by|reported\s+by|data\s+from|figures\s+from)\s+(?:the\s+|a\s+|an\s+|consultancy\s+|research\s+firm\s+|analysts?\s+(?:at\s+)?)?$", re.I)
_ASIDE = re.compile(r"\s[\u2013\u2014-]{1,2}\s.*?\s[\u2013\u2014-]{1,2}\s|\([^)]*\)")
_DEMONYM_BEFORE_FIRM = re.compile(r"^\s+(?:[\w\-]+\s+){0,2}?(?:trading\s+house|company|firm|miner|producer|maker|group|giant|conglomerate|refiner|supplier|start-?up|chipmaker|automaker|carmaker|manufacturer|smelter|lender|bank)\s+$", re.I)


def _overlaps(m: Mention, spans) -> bool:
    return any(a < m.end and m.start < b for a, b in spans)


def _dynamic(text: str, doc: DocState, taken) -> list[Mention]:
    if not doc.dynamic:
        return []
    cache = getattr(doc, "_dynamic_rx", None)
    if cache is None or cache[0] != len(doc.dynamic):
        alts = "|".join(re.escape(s) for s in sorted(doc.dynamic, key=len, reverse=True))
        cache = (len(doc.dynamic), re.compile(r"(?<![\w&])(?:" + alts + r")(?![\w&])"))
        doc._dynamic_rx = cache
    out = []
    for m in cache[1].finditer(text):
        type_, name = doc.dynamic[m.group(0)]
        mention = Mention(type_, name, m.start(), m.end(), m.group(0))
        if not _overlaps(mention, taken):
            out.append(mention)
            taken.append((m.start(), m.end()))
    return out


def _materials(text: str, mentions: list[Mention], doc: DocState) -> list[Mention]:
    """Merge adjacent materials into one compound, drop lone ambiguous elements, resolve heads."""
    ent = entities()
    ambiguous = set(ent["ambiguous_materials"])
    heads = ent["heads"]
    out: list[Mention] = []
    for m in mentions:
        if m.type != "Material":
            out.append(m)
            continue
        prev = out[-1] if out else None
        if prev is not None and prev.type == "Material" and text[prev.end:m.start] in (" ", "-"):
            surface = text[prev.start:m.end]
            out[-1] = Mention("Material", material_name(surface.lower()), prev.start, m.end, surface)
            continue
        out.append(m)
    mats = [m for m in out if m.type == "Material"]
    keep = []
    for m in out:
        if m.type == "Material" and m.name in ambiguous:
            i = mats.index(m)
            near = [mats[j] for j in (i - 1, i + 1) if 0 <= j < len(mats)]
            if not any(LIST_SEP.match(text[min(m.end, n.end):max(m.start, n.start)]) for n in near):
                continue
        if m.type == "Material" and m.text.lower() in heads:
            head = m.text.lower().rstrip("s")
            for _, old in reversed(doc.history):
                if old.type == "Material" and old.name != m.name and old.name.rstrip("s").endswith(head):
                    m.name = old.name
                    break
            else:
                if m.text.lower() != "magnets":
                    m.name = heads[m.text.lower()]
        keep.append(m)
    return keep


def _tag(text: str, mentions: list[Mention]) -> None:
    asides = [(a.start(), a.end()) for a in _ASIDE.finditer(text)]
    by_start = sorted(mentions, key=lambda x: x.start)
    for i, m in enumerate(by_start):
        if _CITED.search(text, max(0, m.start - 40), m.start) and m.type in ("Agency", "Firm", "Country"):
            m.tags.add("cited")
        if any(a <= m.start and m.end <= b for a, b in asides):
            m.tags.add("paren")
        if m.type == "Country" and i + 1 < len(by_start):
            nxt = by_start[i + 1]
            gap = text[m.end:nxt.start]
            if nxt.type in ("Firm", "Facility", "Agency") and (
                    re.fullmatch(r"['\u2019]s?\s+", gap) or re.fullmatch(r"[\-\s]based\s+", gap)
                    or _DEMONYM_BEFORE_FIRM.match(gap)):
                m.tags.add("locator")
                nxt.props.setdefault("country", m.name)
        if m.type == "Country" and re.match(r"[\-\s]based\b", text[m.end:m.end + 7]):
            m.tags.add("locator")


def _pronouns(text: str, taken) -> list[Mention]:
    out = []
    for m in _PRONOUN.finditer(text):
        word = m.group(0)
        key = re.sub(r"\s+", " ", word.lower())
        mention = Mention("Pronoun", key, m.start(), m.end(), word)
        if not _overlaps(mention, taken):
            out.append(mention)
    return out


def annotate(text: str, start: int, index: int, doc: DocState) -> Sent:
    """The sentence ``text`` (at offset ``start``, number ``index``) with all its mentions."""
    gaz = gazetteer().find(text)
    firms = find_firms(text, gaz)
    spans = [(f.start, f.end) for f in firms]
    mentions = [m for m in gaz if not _overlaps(m, spans)] + firms
    taken = [(m.start, m.end) for m in mentions if m.type != "Material"]
    mentions += _dynamic(text, doc, taken)
    mentions = [m for m in mentions if not (m.type == "Material" and _overlaps(m, taken))
                or any(m.start == a and m.end == b for a, b in taken)]
    mentions.sort(key=lambda m: (m.start, -m.end))
    mentions = _materials(text, mentions, doc)
    last_firm = doc.last("Firm", index + 1)
    facilities = find_facilities(text, mentions, last_firm.name if last_firm else None)
    fspans = [(f.start, f.end) for f in facilities]
    # words inside a facility phrase describe it: kept as nodes, not as actors
    for m in mentions:
        if m.type in ("Material", "Country") and _overlaps(m, fspans):
            m.tags.add("facility_part")
    mentions += [f for f in facilities if not _overlaps(f, [(m.start, m.end) for m in mentions if m.type in ("Firm", "Agency")])
                 or f.props.get("owner") or f.props.get("partner")]
    invs = find_investments(text, mentions)
    mentions += invs
    mentions += _pronouns(text, [(m.start, m.end) for m in mentions])
    mentions.sort(key=lambda m: (m.start, -m.end))
    _tag(text, mentions)
    for f in firms:
        doc.dynamic.setdefault(f.text, ("Firm", f.name))
    for f in facilities:
        core = f.props.get("core")
        if core and len(core) > 3:
            doc.dynamic.setdefault(core, ("Facility", f.name))
        doc.dynamic.setdefault(f.name, ("Facility", f.name))
    return Sent(text, start, index, mentions)
