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
from .gazetteer import gazetteer, surface_key, trie_regex
from .mentions import Mention

__all__ = ["find_firms"]

# a capital letter, accented ones included ("Gécamines", "Énergie"): Latin-1's and a few of Latin Extended-A's
_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0106\u010c\u0130\u0141\u0158\u015a\u015e\u0160\u017d"
_TOKEN = r"(?:[" + _UP + r"][\w&.\-]*(?![\w&.\-]*\$)(?:['\u2019]s)?|&|[0-9][\w\-]*[A-Za-z][\w\-]*)"
# the small words inside a foreign firm's name: "Fluoruros del Altiplano", "Wolfram Bergbau und Huetten"
_CONNECTOR = r"(?:de|del|della|da|do|dos|das|des|du|di|y|und|van|von|der|den|la)"
_SPAN = re.compile(r"(?<![\w&'\u2019.\-])" + _TOKEN + r"(?:[ \t]+(?:" + _CONNECTOR + r"[ \t]+)?" + _TOKEN + r")*")


def _literal_trie(words) -> str:
    """A regular expression matching exactly the strings ``words`` (as their alternation would), shaped as a trie.

    >>> rx = re.compile(_literal_trie(["miner", "mining firm", "maker"]) + "$")
    >>> [bool(rx.match(w)) for w in ("miner", "mining firm", "maker", "mining", "mining-firm")]
    [True, True, True, False, False]
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node) -> str:
        alts = [re.escape(ch) + emit(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return emit(trie)


@lru_cache(maxsize=1)
def _cues() -> tuple:
    ent = entities()
    common = frozenset(ent["common_capitalised"])
    titles = frozenset(ent["titles"])
    suffixes = sorted(ent["firm_suffixes"], key=len, reverse=True)
    suffix_rx = re.compile(r"(?:^|\s)(?:" + "|".join(re.escape(s) for s in suffixes) + r")$")
    desc = "|".join(re.escape(d) for d in sorted(ent["firm_descriptors"], key=len, reverse=True))
    # "miner Foo", "a joint venture, Foo,", "smelters such as Foo" (the descriptors as a trie: the same
    # strings as their alternation, tried faster at each position)
    before = re.compile(r"\b(?:" + _literal_trie(ent["firm_descriptors"]) + r")(?:s|es)?(?:\s*,\s+|\s+(?:such\s+as|like|including)\s+|\s+)$", re.I)
    # ", a joint venture", ", the battery arm of", ", Korea's only anode producer", ", part of", ", a unit of"
    after = re.compile(r"\s*(?:,\s*|\s+)(?:(?:a|an|the|its|[A-Z][\w.\-]*['\u2019]s)\s+(?:[\w\-]+\s+){0,3}(?:" + desc
                       + r"|business|arm\s+of)\b|part\s+of\b|(?:a\s+)?(?:unit|subsidiary|division|arm)\s+of\b|said\s+(?:the\s+)?(?:company|firm)\b)")
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


@lru_cache(maxsize=1)
def _heads() -> tuple[frozenset, frozenset, frozenset, frozenset]:
    """Legal forms before a name, last words of programmes and of sites named like firms, suffix words."""
    ent = entities()
    return (frozenset(ent["firm_prefixes"]), frozenset(ent["programme_heads"]), frozenset(ent["site_heads"]),
            frozenset(ent["firm_suffixes"]))


def _prefixed(words: list[str], prefixes) -> bool:
    return len(words) > 1 and words[0] in prefixes


# what may stand between a country and the name it places: "China's", "the Chinese", "US-based"
_PLACED_BEFORE = re.compile(r"(?:['\u2019]s|[\-\s]based)\s+$")


def _longer_name(text: str, start: int, inner: Mention, words: list[str], prefixes, before_rx, countries,
                 common, titles) -> bool:
    """Whether a known firm's name goes on in capitalised words of its own, with a cue that names a firm.

    "South Korea's POSCO Future M", "its subsidiary Almonty Korea Tungsten", "PT Vale Indonesia": the
    cue is a country's possessive or "-based", a descriptor, or a legal form before the name. The
    words added are at most three and none is a common word or a title ("Tesla Chief Executive").
    """
    extra = text[inner.end:start + len(" ".join(words))].split()
    if not extra or len(extra) > 3 or any(w in common or w in titles for w in extra):
        return False
    if _prefixed(words, prefixes):
        return True
    if before_rx.search(text, max(0, start - _BEFORE_WINDOW), start):
        return True
    gap = _PLACED_BEFORE.search(text, max(0, start - 10), start)
    return gap is not None and ("based" in gap.group(0) or gap.start() in countries)


# a word that opens a sentence, a quote, a clause after a colon or a headline is capitalised anyway
_CLAUSE_START = re.compile(r"(?:^|[.:;!?\"\u201c\u2018(\u2014\u2013]|\s-)\s*$")


_TITLE_SMALL_WORDS = frozenset("a an the of and or nor but to in on at for as by with from into over after amid "
                               "vs via per than".split())


def _titled_materials(text: str, known: list[Mention]) -> list[int]:
    """Starts of materials written with a capital inside a running sentence (not a headline).

    >>> from .gazetteer import gazetteer
    >>> t = "The ministry lent money to Tungsten West and to Cobalt Blue."
    >>> _titled_materials(t, gazetteer().find(t))
    [27, 48]
    >>> t = "Lithium Prices Slump As Chinese Mines Restart"
    >>> _titled_materials(t, gazetteer().find(t))
    []
    """
    if sum(1 for w in text.split() if w[:1].islower() and w not in _TITLE_SMALL_WORDS) < 2:
        return []  # a headline in title case: only its small words are in lower case
    return [m.start for m in known if m.type == "Material" and m.start > 0 and m.text[:1].isupper()
            and not _CLAUSE_START.search(text, max(0, m.start - 4), m.start)]


# a firm's name coordinated with a firm already known: "Raytheon and Northrop Grumman", "Foo, Bar and Baz"
_AND_AFTER = re.compile(r"^(?:\s*,\s*(?:and\s+)?|\s+and\s+)")
_AND_BEFORE = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)$")
# a public body introduced by its role and then its name: "the market regulator, Foo," "the watchdog Foo"
_AGENCY_BEFORE = re.compile(r"\b(?:regulator|watchdog|regulatory\s+agency|state\s+agency|authority)\s*,?\s+$", re.I)
_ACRONYM = re.compile(r"[A-Z]{3,}s?")
# a descriptor and its separator before a name are short: the cue is looked for this far back
_BEFORE_WINDOW = 80
_PLACE_BEFORE = re.compile(r"(?:[A-Z][\w.\-]*['\u2019]s|[\-\s]based)\s+$")


# a site's kind word after a name: the name is a mine's or plant's, not a firm's
_SITE_AFTER = re.compile(r"\s+(?:mines?|plants?|projects?|deposits?|refinery|smelters?|facility|operations?|site|field|concession)\b")
# a region's or a programme's noun after a capitalised name: the name is that place's or programme's
# (nouns that are rarely verbs: "Acme and Globex plan to" is no plan)
_NOT_FIRM_AFTER = re.compile(r"\s+(?:province|region|island|islands|county|prefecture|district|territory|"
                             r"peninsula|basin|valley|plan(?!\s+to\b)|programme|program|initiative|strategy|"
                             r"framework|agreement|pact|package|facility)\b")


def _known_place(name: str) -> bool:
    """Whether the gazetteer knows ``name`` as something that is no entity: a region, an outlet, a source."""
    hit = gazetteer().table.get(surface_key(name))
    return hit is not None and hit[0] == "None"


_POSSESSIVE_AT = re.compile(r"['\u2019]s\s")
_WORDS = re.compile(r"\S+")
# (as a tuple for str.endswith: one call per token, no regex)
_POSSESSIVE_END = ("'s", "\u2019s", "-based", "-listed", "-headquartered", "-owned", "-backed", "-controlled", "-run")


def _strip_possessive(s: str) -> str:
    # (a token never ends in a newline, so this equals re.sub(r"['’]s$", "", s))
    return s[:-2] if s.endswith(("'s", "\u2019s")) else s


def find_firms(text: str, known: list[Mention]) -> list[Mention]:
    """Firm mentions in ``text`` found by corporate cues, skipping spans of ``known`` firms/agencies."""
    common, titles, suffix_rx, before_rx, after_rx, based_rx, gate = _cues()
    leading = _leading()
    prefixes, programmes, sites, suffixes = _heads()
    countries = {m.end: m for m in known if m.type == "Country"}
    firms = [m for m in known if m.type == "Firm"]
    known_firms = firms
    # None: not looked for yet; False: no material is capitalised inside the sentence (the usual case)
    titled = None if any(m.type == "Material" and m.start > 0 and m.text[:1].isupper() for m in known) else False
    if not firms and titled is False and not gate[0].search(text) and not gate[1].search(text.lower()) \
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
        s0 = span.start()
        tokens = [(t.start() + s0, t.end() + s0, t.group(0)) for t in _WORDS.finditer(span.group(0))]
        # split into groups at possessives: "Canada's" | "Teck Resources"
        groups, cur = [], []
        for i, tok in enumerate(tokens):
            cur.append(tok)
            if tok[2].endswith(_POSSESSIVE_END):
                groups.append((cur, True))
                cur = []
            elif tok[2][-1] == "." and tok[2] in suffixes and i + 1 < len(tokens) and tokens[i + 1][2] not in suffixes:
                groups.append((cur, False))  # "... to Acme Lithium Ltd. Beijing said": the name ends at its legal form
                cur = []
        if cur:
            groups.append((cur, False))
        for toks, possessive in groups:
            whole = toks
            while toks and (toks[0][2] in leading or toks[0][2] in common
                            and not suffix_rx.search(" ".join(t[2] for t in toks).rstrip(".,"))):
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
                    # or "Halmahera Persada Lygend, a joint venture": a firm's name around a known one
                    inner and not possessive and len(inner) == 1
                    and all(not (a < end and start < b) or (a, b) == (inner[0].start, inner[0].end) for a, b in taken)
                    and (suffix_rx.search(name_text) or after_rx.match(text, end)
                         or (inner[0].start == start or _prefixed(words, prefixes))
                         and _longer_name(text, start, inner[0], words, prefixes, before_rx, countries, common, titles))):
                continue
            if words[-1] in programmes:
                continue  # "the EU's Just Transition Fund", "the Critical Raw Materials Act": a programme, not a firm

            # a name the gazetteer reads whole as a country or material ("Is the United States a producer?")
            covered = any(a <= start and start + len(name_text) <= b for a, b in gaz_words)
            has_own = False  # a word of its own: no common word, not inside a country's or material's name
            for t in toks:
                w = _strip_possessive(t[2])
                if w.islower():
                    continue  # a connector ("del", "und") is no word of a name's own
                if w in common or _strip_possessive(w) in common or w.rstrip(".,") in common:
                    continue
                w_end = t[0] + len(w)
                if not any(a <= t[0] and w_end <= b for a, b in gaz_words):
                    has_own = True
                    break
            is_suffixed = bool(suffix_rx.search(name_text)) and len(words) > 1
            firm = by_place = False
            if is_suffixed and has_own:
                firm = True
            elif has_own and _prefixed(words, prefixes):
                firm = True  # "PT Vale Indonesia": a legal form before the name
            elif has_own and before_rx.search(text, max(0, start - _BEFORE_WINDOW), start):
                firm = True
            elif after_rx.match(text, end) and (has_own or (len(words) > 1 and not covered)):
                firm = True
            elif is_suffixed and not possessive and _PLACE_BEFORE.search(text, max(0, start - 30), start):
                firm = True  # "Perth's Mineral Resources", "Texas-based Rare Earth Metals": the suffix is enough
                # a city's possessive makes even a name of common words one ("Perth's Mineral Resources");
                # a country's does not ("Australia's Critical Minerals")
                by_place = not any(c in countries for c in (start - 1, start - 2, start - 3, start - 7, start - 6))
            elif has_own and not possessive and words[0] not in titles and len(words) <= 4 and _coordinated(
                    text, start, start + len(name_text), firm_starts, firm_ends, out):
                firm = True
            elif has_own and words[0] not in titles and len(words) <= 4 and not possessive:
                poss = countries.get(start - 1) or countries.get(start - 3) or countries.get(start - 2)
                if poss is not None and re.match(r"['\u2019]s\s", text[poss.end:start]):
                    firm = True
                elif based_rx.search(text, max(0, start - 8), start):
                    firm = True
            if not firm and titled is not False and has_own and 2 <= len(words) <= 6 and start > 0 \
                    and not possessive and words[0] not in titles:
                if titled is None:
                    titled = _titled_materials(text, known)
                # "a loan to Lithium Americas": a material's word capitalised inside a sentence is a name's
                firm = bool(titled) and any(start <= a < start + len(name_text) for a in titled) \
                    and not _SITE_AFTER.match(text, start + len(name_text)) \
                    and not _SITE_AFTER.match(" " + words[-1].lower())  # "the Stibnite Gold Project"
            if not firm and len(words) == 1 and _ACRONYM.fullmatch(words[0]) \
                    and _AGENCY_BEFORE.search(text, max(0, start - 40), start):
                out.append(Mention("Agency", words[0], start, start + len(name_text), name_text))
                taken.append((start, start + len(name_text)))
                continue
            if firm and not is_suffixed and _SITE_AFTER.match(text, start + len(name_text)):
                firm = False  # "South Korea's Sangdong mine": the place of a site, not a firm
            if firm and (_NOT_FIRM_AFTER.match(text, start + len(name_text)) or _known_place(name_text)
                         or len(whole) > len(toks) and _known_place(whole[-len(toks) - 1][2] + " " + name_text)):
                firm = False  # "South Korea's Gangwon province", "the EU's Foo plan", "In Europe, Acme ..."
            name = firm_name(name_text) if firm else ""
            if firm and (not name or all(w in common for w in name.split())) and not (by_place and len(words) > 1):
                firm = False  # "the Company", "About Acme Corp." read as a name of common words only
            if firm and not (len(words) == 1 and len(words[0]) < 3):
                # "the Indonesia Morowali Industrial Park": a site named like a firm
                kind = "Facility" if words[-1] in sites else "Firm"
                out.append(Mention(kind, name if kind == "Firm" else name_text, start, start + len(name_text),
                                   name_text, props={"owner": None} if kind == "Facility" else {}))
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
