"""Firms that no gazetteer knows, found from corporate cues.

A run of capitalised words is a firm when it ends in a corporate word ("Teck
Resources", "Indium Corporation"), follows a firm descriptor ("trading house
Sojitz", "chipmaker Foo"), is followed by one (", a joint venture",
", part of", ", a unit of"), or follows a country's possessive or "-based"
("Belgium's Umicore", "US-based Foo Corp").

>>> [(m.name, m.text) for m in find_firms("Canada's Teck Resources Ltd and Japanese trading house Sojitz agreed.", [])]
[('Teck Resources', 'Teck Resources Ltd'), ('Sojitz', 'Sojitz')]
>>> [m.name for m in find_firms("Heavy Rare Earth Metals like samarium; Strategic material", [])]
[]
"""

from __future__ import annotations

import re
from functools import lru_cache

from graph.names import firm_name

from .data import entities
from .gazetteer import trie_regex
from .mentions import Mention

__all__ = ["find_firms"]

_TOKEN = r"(?:[A-Z][\w&.\-]*(?![\w&.\-]*\$)(?:['\u2019]s)?|&|[0-9][\w\-]*[A-Za-z][\w\-]*)"
_SPAN = re.compile(r"(?<![\w&'\u2019.\-])" + _TOKEN + r"(?:[ \t]+" + _TOKEN + r")*")


@lru_cache(maxsize=1)
def _cues() -> tuple:
    ent = entities()
    common = frozenset(ent["common_capitalised"])
    titles = frozenset(ent["titles"])
    suffixes = sorted(ent["firm_suffixes"], key=len, reverse=True)
    suffix_rx = re.compile(r"(?:^|\s)(?:" + "|".join(re.escape(s) for s in suffixes) + r")$")
    desc = "|".join(re.escape(d) for d in sorted(ent["firm_descriptors"], key=len, reverse=True))
    # "miner Foo", "a joint venture, Foo,", "smelters such as Foo"
    before = re.compile(r"\b(?:" + desc + r")(?:s|es)?(?:\s*,\s+|\s+(?:such\s+as|like|including)\s+|\s+)$", re.I)
    after = re.compile(r"^\s*(?:,\s*|\s+)(?:(?:a|an|the|its)\s+(?:[\w\-]+\s+){0,3}(?:" + desc
                       + r"|business)\b|part\s+of\b|(?:a\s+)?(?:unit|subsidiary|division|arm)\s+of\b|said\s+(?:the\s+)?(?:company|firm)\b)")
    based = re.compile(r"(?:-|\s)based\s+$")
    # one look at the sentence for any corporate cue; without one no span can be a firm
    suffix_gate = re.compile(r"(?<!\S)(?:" + trie_regex(suffixes) + r")(?!\w)")
    words = [d.lower() for d in ent["firm_descriptors"]] + ["part of", "unit of", "subsidiary of", "division of",
                                                            "arm of", "based", "regulator", "watchdog", "authority"]
    word_gate = re.compile(r"\b(?:" + trie_regex(words) + r")s?\b")  # on the lower-cased sentence
    return common, titles, suffix_rx, before, after, based, (suffix_gate, word_gate)


@lru_cache(maxsize=1)
def _leading() -> frozenset:
    return frozenset(entities()["leading_words"])


# a firm's name coordinated with a firm already known: "Raytheon and Northrop Grumman", "Foo, Bar and Baz"
_AND_AFTER = re.compile(r"^(?:\s*,\s*(?:and\s+)?|\s+and\s+)")
_AND_BEFORE = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)$")
# a public body introduced by its role and then its name: "the market regulator, Foo," "the watchdog Foo"
_AGENCY_BEFORE = re.compile(r"\b(?:regulator|watchdog|regulatory\s+agency|state\s+agency|authority)\s*,?\s+$", re.I)
_ACRONYM = re.compile(r"[A-Z]{3,}s?")
_PLACE_BEFORE = re.compile(r"(?:[A-Z][\w.\-]*['\u2019]s|[\-\s]based)\s+$")


# a site's kind word after a name: the name is a mine's or plant's, not a firm's
_SITE_AFTER = re.compile(r"\s+(?:mines?|plants?|projects?|deposits?|refinery|smelters?|facility|operations?|site|field|concession)\b")
_POSSESSIVE_AT = re.compile(r"['\u2019]s\s")
_WORDS = re.compile(r"\S+")
_POSSESSIVE_END = re.compile(r"['\u2019]s$|-based$|-listed$|-headquartered$")


def _strip_possessive(s: str) -> str:
    return re.sub(r"['\u2019]s$", "", s)


def find_firms(text: str, known: list[Mention]) -> list[Mention]:
    """Firm mentions in ``text`` found by corporate cues, skipping spans of ``known`` firms/agencies."""
    common, titles, suffix_rx, before_rx, after_rx, based_rx, gate = _cues()
    leading = _leading()
    countries = {m.end: m for m in known if m.type == "Country"}
    firms = [m for m in known if m.type == "Firm"]
    known_firms = firms
    if not gate[0].search(text) and not gate[1].search(text.lower()) and not firms \
            and not any(_POSSESSIVE_AT.match(text, end) for end in countries):
        return []
    taken = [(m.start, m.end) for m in known if m.type in ("Firm", "Agency")]
    firm_starts = {m.start for m in firms}
    firm_ends = {m.end for m in firms}
    gaz_words = [(m.start, m.end) for m in known if m.type in ("Country", "Material")]
    out = []
    for span in _SPAN.finditer(text):
        if span.group(0) in common:
            continue  # a lone sentence-initial "The", "However": nothing to split or test
        tokens = [(t.start() + span.start(), t.end() + span.start(), t.group(0))
                  for t in _WORDS.finditer(span.group(0))]
        # split into groups at possessives: "Canada's" | "Teck Resources"
        groups, cur = [], []
        for tok in tokens:
            cur.append(tok)
            if _POSSESSIVE_END.search(tok[2]):
                groups.append((cur, True))
                cur = []
        if cur:
            groups.append((cur, False))
        for toks, possessive in groups:
            while toks and (toks[0][2] in leading or toks[0][2] in common
                            and not suffix_rx.search(" ".join(t[2] for t in toks))):
                toks = toks[1:]
            if not toks:
                continue
            start, end = toks[0][0], toks[-1][1]
            name_text = _strip_possessive(text[start:end]).rstrip(".,")
            if possessive:
                end = start + len(name_text)
            words = name_text.split()
            inner = [k for k in known_firms if start <= k.start and k.end <= end and (k.start, k.end) != (start, end)]
            if any(a < end and start < b for a, b in taken) and not (
                    # a known firm's longer name: "Acme Holdings", "Acme Future M, a unit of ..."
                    inner and inner[0].start == start and not possessive and len(inner) == 1
                    and all(not (a < end and start < b) or (a, b) == (inner[0].start, inner[0].end) for a, b in taken)
                    and (suffix_rx.search(name_text) or after_rx.match(text[end:]))):
                continue

            def distinctive(w_start, w_end, w):
                if w in common or _strip_possessive(w) in common:
                    return False
                return not any(a <= w_start and w_end <= b for a, b in gaz_words)

            # a name the gazetteer reads whole as a country or material ("Is the United States a producer?")
            covered = any(a <= start and start + len(name_text) <= b for a, b in gaz_words)
            has_own = any(distinctive(t[0], t[0] + len(_strip_possessive(t[2])), _strip_possessive(t[2])) for t in toks)
            is_suffixed = bool(suffix_rx.search(name_text)) and len(words) > 1
            firm = False
            if is_suffixed and has_own:
                firm = True
            elif has_own and before_rx.search(text, 0, start):
                firm = True
            elif after_rx.match(text[end:]) and (has_own or (len(words) > 1 and not covered)):
                firm = True
            elif is_suffixed and not possessive and _PLACE_BEFORE.search(text, max(0, start - 30), start):
                firm = True  # "Perth's Mineral Resources", "Texas-based Rare Earth Metals": the suffix is enough
            elif has_own and not possessive and words[0] not in titles and len(words) <= 4 and _coordinated(
                    text, start, start + len(name_text), firm_starts, firm_ends, out):
                firm = True
            elif has_own and words[0] not in titles and len(words) <= 4 and not possessive:
                poss = countries.get(start - 1) or countries.get(start - 3) or countries.get(start - 2)
                if poss is not None and re.match(r"['\u2019]s\s", text[poss.end:start]):
                    firm = True
                elif based_rx.search(text, max(0, start - 8), start):
                    firm = True
            if not firm and len(words) == 1 and _ACRONYM.fullmatch(words[0]) \
                    and _AGENCY_BEFORE.search(text, max(0, start - 40), start):
                out.append(Mention("Agency", words[0], start, start + len(name_text), name_text))
                taken.append((start, start + len(name_text)))
                continue
            if firm and not is_suffixed and _SITE_AFTER.match(text, start + len(name_text)):
                firm = False  # "South Korea's Sangdong mine": the place of a site, not a firm
            name = firm_name(name_text) if firm else ""
            if firm and (not name or all(w in common for w in name.split())):
                firm = False  # "the Company", "About Acme Corp." read as a name of common words only
            if firm and not (len(words) == 1 and len(words[0]) < 3):
                out.append(Mention("Firm", name, start, start + len(name_text), name_text))
                taken.append((start, start + len(name_text)))
    return out


def _coordinated(text: str, start: int, end: int, firm_starts, firm_ends, found) -> bool:
    """Whether the span ``start:end`` stands in a list with a firm (known, or found just before)."""
    ends = set(firm_ends) | {m.end for m in found if m.type == "Firm"}
    a = _AND_AFTER.match(text[end:end + 8])
    if a and end + a.end() in firm_starts:
        return True
    b = _AND_BEFORE.search(text, max(0, start - 8), start)
    return bool(b) and b.start() in ends
