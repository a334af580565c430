"""Facilities and investment programmes: named by descriptive noun phrases, found by pattern.

>>> from .gazetteer import gazetteer
>>> text = "MP Materials owns the Mountain Pass Mine and will build a second magnet facility."
>>> ms = gazetteer().find(text)
>>> [(m.name, m.props.get("owner")) for m in find_facilities(text, ms, None)]
[('Mountain Pass Mine', None), ('MP Materials second magnet facility', 'MP Materials')]
>>> t2 = "a plant in the United States is a candidate within Japan's planned $550 billion investment package"
>>> [m.name for m in find_investments(t2, gazetteer().find(t2))]
["Japan's $550 billion investment package"]
"""

from __future__ import annotations

import re
from functools import lru_cache

from .data import entities, pattern
from .mentions import Mention

__all__ = ["find_facilities", "find_investments"]

_KIND = r"(?:mines?|plants?|projects?|refinery|refineries|smelters?|facility|facilities|factory|factories|deposits?|complex|hub|processing\s+plant|operations?|scheme|centre|center|sites?)"
# a few lower-case modifiers may stand between the name and the kind: "Balama graphite mine"
_NAMED = re.compile(r"\b((?:(?:[A-Z][\w'\u2019\-]+|of|de|la)\s+){0,4}[A-Z][\w'\u2019\-]+)\s+(?P<mod>(?:[a-z][\w\-]*\s+){1,3}?)?(?P<kind>(?i:" + _KIND + r"))\b")
_CAPWORD = re.compile(r"^[A-Z]")
_POSSESSIVE = re.compile(r"\b(its|their|the\s+company['\u2019]s|the\s+firm['\u2019]s|the\s+group['\u2019]s|the\s+miner['\u2019]s)\s+((?:(?:new|second|third|first|planned|proposed|main|flagship|existing|own|[\w\-]+ing|[\w\-]+-making|magnet|rare[\s\-]earth|processing|production|separation|refining|mining)\s+){0,3})"
                         + r"(" + _KIND + r")\b(?:\s+(?:in|near|at|outside)\s+((?-i:[A-Z][\w\-]+)(?:\s(?-i:[A-Z][\w\-]+)){0,2}))?", re.I)
_ORDINAL = re.compile(r"\b(?:a|an|the)\s+((?:(?:new|second|third|first|planned|proposed|[\w\-]+-making|magnet|production|processing|separation|refining|rare[\s\-]earth|large-scale|\$?[\d.,]+\s*(?:million|billion)?)\s+){1,3})"
                      + r"(facility|plant|factory|refinery|mine|smelter)\b", re.I)
_IN_COUNTRY = re.compile(r"\b(?:a|an)\s+((?:[\w\-]+\s+){1,5}?)(plant|facility|refinery|factory|mine|project|smelter)\s+in\s+(?:the\s+)?"
                         r"(?:(?:(?:south|north)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|central)\s+)?$", re.I)
_INVOLVING = re.compile(r"\b(?:a|an)\s+((?:[\w\-]+\s+){0,4}?)(project|scheme|plant|facility|centre|center|venture)\s+(?:involving|linked\s+to|led\s+by|backed\s+by|run\s+by|operated\s+by|developed\s+by|proposed\s+by)\s+$", re.I)
# a facility named by its place: "a rare earth refinery at Eneabba", "a magnet plant in Narva"
_AT_PLACE = re.compile(r"\b(?:a|an|the|its|their|(?-i:[A-Z][a-z]+)['\u2019]s)\s+((?:[\w\-]+\s+){0,5}?)(plant|facility|refinery|factory|mine|smelter|"
                       r"hub|project)\s+(?:at|in|near)\s+((?-i:[A-Z][\w\-]+)(?:\s(?-i:[A-Z][\w\-]+))?)", re.I)
# a cheap look for what _AT_PLACE must contain, on the lower-cased sentence and without re.I (a
# case-insensitive alternation is slow): exact for ASCII text, where lower-casing is all re.I does
_AT_PLACE_LOOK = re.compile(r"(?:plant|facility|refinery|factory|mine|smelter|hub|project)\s+(?:at|in|near)\s")
# a site named after a verb of working it, with no kind word: "mines cobalt at Tenke Fungurume and
# Kisanfu", "which mines at Mount Weld", "smelts zinc at Trail"
_WORKED_AT = re.compile(r"\b(?P<verb>mine[sd]?|smelt(?:s|ed)?|refine[sd]?)\s+(?:[a-z][\w\-]*\s+){0,3}?at\s+"
                        r"(?P<a>[A-Z][\w'\u2019\-]+(?:\s[A-Z][\w'\u2019\-]+){0,2})"
                        r"(?:,?\s+and\s+(?P<b>[A-Z][\w'\u2019\-]+(?:\s[A-Z][\w'\u2019\-]+){0,2}))?")
_WORKED_KIND = {"mine": "mine", "smel": "smelter", "refi": "refinery"}
# earlier names sharing the kind word: "the Kamoto and Mutanda mines"
_NAME_BEFORE = re.compile(r"([A-Z][\w'\u2019\-]*(?:\s+[A-Z][\w'\u2019\-]*){0,2})(?:,\s+and\s+|\s+and\s+|,\s+)$")
_SINGULAR = {"mines": "mine", "plants": "plant", "projects": "project", "refineries": "refinery", "smelters": "smelter",
             "facilities": "facility", "factories": "factory", "deposits": "deposit", "operations": "operation",
             "sites": "site"}
_POSS_AFTER = re.compile(r"['\u2019]s?\s+")
_OWNER_BEFORE = re.compile(r"\b(?:its|their|whose|the\s+(?:company|firm|group|miner|producer)['\u2019]s)\s+$")
_STOPWORDS = {"the", "a", "an", "its", "their", "major", "new", "this", "that"}


def _clean(words: str) -> str:
    return re.sub(r"\s+", " ", words).strip()


@lru_cache(maxsize=1)
def _common() -> frozenset:
    return frozenset(entities()["common_capitalised"])


_WORD = re.compile(r"\S+")


@lru_cache(maxsize=1)
def _modifier_words() -> frozenset:
    return frozenset(entities()["facility_modifiers"])


def _modifiers_ok(m: re.Match, mentions: list[Mention]) -> bool:
    """Every lower-case word between a facility's name and its kind is a known modifier or part of a material."""
    allowed = _modifier_words()
    mats = [(x.start, x.end) for x in mentions if x.type == "Material"]
    for w in _WORD.finditer(m.group("mod")):
        a = m.start("mod") + w.start()
        if w.group(0).lower() not in allowed and not any(s <= a < e for s, e in mats):
            return False
    return True


def find_facilities(text: str, mentions: list[Mention], owner_hint: str | None) -> list[Mention]:
    """Facility mentions in ``text``; ``owner_hint`` is the firm "its"/"the company's" refers to."""
    common = _common()
    out: list[Mention] = []
    firms = [m for m in mentions if m.type == "Firm"]
    known = [(m.start, m.end) for m in mentions if m.type in ("Firm", "Agency")]

    def add(name, start, end, owner=None, **props):
        if any(a < end and start < b for a, b in [(m.start, m.end) for m in out]):
            return
        out.append(Mention("Facility", name, start, end, text[start:end], props={"owner": owner, **props}))

    for m in _NAMED.finditer(text):
        head = m.group(1).split()
        while head and (head[0] in common or not _CAPWORD.match(head[0])):
            head = head[1:]
        if not head:
            continue
        start = m.start(1) + m.group(1).find(head[0])
        owner = None
        firm = next((f for f in firms if f.start <= start < f.end), None)
        if firm is not None:
            # "Acme Mining's Big Hill Mine": the firm's possessive names the owner
            poss = _POSS_AFTER.match(text, firm.end)
            if poss is None or poss.end() >= m.end(1):
                continue
            start, owner = poss.end(), firm.name
            head = text[start:m.end(1)].split()
        elif any(a <= start < b for a, b in known):
            continue
        elif _OWNER_BEFORE.search(text, max(0, start - 24), start):
            before = [f for f in firms if f.end <= start]
            owner = before[-1].name if before else owner_hint  # "Acme idled its Big Hill Plant"
        names = [(x.start, x.end) for x in mentions if x.type in ("Country", "Material")]
        if all(any(a <= start + i and start + i < b for a, b in names)
               for i in [m.group(1).find(w) - m.group(1).find(head[0]) for w in head]):
            continue  # "Chile mines", "Lithium plant": no name of its own
        # a capitalised name before the kind word: "Mountain Pass Mine", "Mount Weld mine"
        if not any(w not in common for w in head):
            continue
        kind = m.group("kind")
        if m.group("mod"):
            if not _modifiers_ok(m, mentions):
                continue
            kind = _clean(m.group("mod")) + " " + kind
        plural = m.group("kind").lower() in _SINGULAR
        if plural:
            kind = kind[:len(kind) - len(m.group("kind"))] + _SINGULAR[m.group("kind").lower()]
        add(_clean(" ".join(head) + " " + kind), start, m.end(), owner, core=" ".join(head))
        pos = start
        while plural:
            # "the Kamoto and Mutanda mines": each name before shares the kind word
            b = _NAME_BEFORE.search(text, max(0, pos - 60), pos)
            if b is None or b.group(1) in common or any(a <= b.start(1) < e for a, e in names + known):
                break
            add(_clean(f"{b.group(1)} {kind}"), b.start(1), b.end(1), owner, core=b.group(1))
            pos = b.start(1)
    if " at " in text:
        for m in _WORKED_AT.finditer(text):
            kind = _WORKED_KIND[m.group("verb")[:4]]
            for g in ("a", "b"):
                if m.group(g) is None or m.group(g) in common \
                        or any(x.start < m.end(g) and m.start(g) < x.end for x in mentions):
                    continue  # a country, a firm or a material is no site's name
                add(f"{m.group(g)} {kind}", m.start(g), m.end(g), None, core=m.group(g))
    for m in _POSSESSIVE.finditer(text):
        owner = None
        before = [f for f in firms if f.end <= m.start()]
        if m.group(1).lower() in ("its", "their") and before:
            owner = before[-1].name
        else:
            owner = owner_hint
        if owner is None:
            continue
        mods = _clean(m.group(2))
        place = (m.group(4) or "").strip()
        if place and not any(x.start == m.start(4) and x.type == "Country" for x in mentions):
            name = _clean(f"{owner} {place} {mods} {m.group(3)}")  # "its plant near Kuantan": the place names it
        else:
            name = _clean(f"{owner} {mods} {m.group(3)}") + (f" ({place})" if place else "")
        add(name, m.start(), m.end(), owner)
    for m in (_AT_PLACE.finditer(text) if not text.isascii() or _AT_PLACE_LOOK.search(text.lower()) else ()):
        if any(a <= m.start(3) < b for a, b in [(x.start, x.end) for x in mentions]):
            continue  # a country ("a plant in Japan") or a firm is not the facility's place name
        if m.group(3) in common:
            continue
        # "the Alcoa-Sojitz gallium project at Wagerup": the firm named in it owns it, and its words name it
        inside = next((f.name for f in firms if m.start(1) <= f.start and f.end <= m.end(1)), None)
        name = f"{m.group(3)} {m.group(1)} {m.group(2)}" if inside else f"{m.group(3)} {m.group(2)}"
        add(_clean(name), m.start(), m.end(), inside, core=m.group(3))
    for m in _ORDINAL.finditer(text):
        before = [f for f in firms if f.end <= m.start()]
        owner = before[-1].name if before else owner_hint
        if owner is None:
            continue
        add(_clean(f"{owner} {m.group(1)} {m.group(2)}"), m.start(), m.end(), owner)
    for c in (x for x in mentions if x.type == "Country"):
        m = _IN_COUNTRY.search(text, max(0, c.start - 80), c.start)
        if m and m.end() == c.start:
            add(_clean(f"{m.group(1)} {m.group(2)}") + f" ({c.name})", m.start(), c.end)
    for f in firms:
        m = _INVOLVING.search(text, max(0, f.start - 90), f.start)
        if m and m.end() == f.start:
            words = " ".join(w for w in m.group(1).split() if w.lower() not in _STOPWORDS)
            add(_clean(f"{f.name} {words} {m.group(2)}"), m.start(), f.end, None, partner=f.name)
    return out


def find_investments(text: str, mentions: list[Mention]) -> list[Mention]:
    """Investment programmes: "Japan's $550 billion investment package" and the like."""
    out = []
    countries = {m.start: m for m in mentions if m.type == "Country"}
    for m in pattern("investments", "package", flags=0).finditer(text):
        owner = countries.get(m.start("owner"))
        if owner is None:
            continue
        amount = re.sub(r"\s+", " ", m.group("amount")).strip()
        name = f"{owner.name}'s {amount} investment {m.group('kind').lower()}"
        out.append(Mention("Investment", name, m.start(), m.end(), m.group(0),
                           props={"owner": owner.name, "amount_text": amount}))
    return out
