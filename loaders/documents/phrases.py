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

_KIND = r"(?:mines?|plants?|projects?|refinery|refineries|smelters?|facility|facilities|factory|factories|deposits?|complex|hub|processing\s+plant|operations?|scheme|centre|center|sites?|works)"
# an amount of money before a facility's kind: "a $600 million plant", "a US$1.4 billion factory"
_AMOUNT = r"(?:[A-Z]{1,2})?[$\u20ac\u00a3\u00a5]\d[\d.,]*|\d[\d.,]*(?:-[a-z]+)?"  # (and a size: "a 1,000-ton plant")
# a capital letter, accented ones included ("Las Ánimas", "Bécancour"): Latin-1's and a few of Latin Extended-A's
_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0106\u010c\u0130\u0141\u0158\u015a\u015e\u0160\u017d"
# a few lower-case modifiers may stand between the name and the kind: "Balama graphite mine"
_NAMED = re.compile(r"\b((?:(?:[" + _UP + r"][\w'\u2019\-]+|of|de|del|la)\s+){0,4}[" + _UP + r"][\w'\u2019\-]+)\s+(?P<mod>(?:[a-z][\w\-]*\s+){1,3}?)??(?P<kind>(?i:" + _KIND + r"))\b")
_POSSESSIVE_WORDS = ("its ", "their ", "company", "firm", "group", "miner")  # one must be there for _POSSESSIVE
_CAPWORD = re.compile(r"^[" + _UP + r"]")
_POSS_WORD = re.compile(r"['\u2019]s$")
_POSSESSIVE = re.compile(r"\b(its|their|the\s+company['\u2019]s|the\s+firm['\u2019]s|the\s+group['\u2019]s|the\s+miner['\u2019]s)\s+((?:(?:new|second|third|first|planned|proposed|main|flagship|existing|own|[\w\-]+ing|[\w\-]+-making|magnet|rare[\s\-]earth|processing|production|separation|refining|mining|(?-i:[A-Z][a-z]+))\s+){0,3})"
                         + r"(" + _KIND + r")\b(?:\s+(?:in|near|at|outside)\s+((?-i:[" + _UP + r"][\w\-]+)(?:\s(?-i:[" + _UP + r"][\w\-]+)){0,2}))?", re.I)
_ORDINAL = re.compile(r"\b(?:a|an|the)\s+((?:(?:new|second|third|first|planned|proposed|[\w\-]+-making|magnet|production|processing|separation|refining|rare[\s\-]earth|large-scale|\$?[\d.,]+\s*(?:million|billion)?)\s+){1,3})"
                      + r"(facility|plant|factory|refinery|mine|smelter)\b")  # on the lower-cased ASCII sentence (else re.I)
_ORDINAL_I = re.compile(_ORDINAL.pattern, re.I)
_IN_COUNTRY = re.compile(r"\b(?:a|an)\s+((?:(?:" + _AMOUNT + r"|(?!(?:a|an|the)\s)[\w\-]+)\s+){1,7}?)(plant|facility|refinery|factory|mine|project|smelter)\s+in\s+(?:the\s+)?"
                         r"(?:(?:(?:south|north)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|central)\s+)?$", re.I)
_INVOLVING = re.compile(r"\b(?:a|an)\s+((?:[\w\-]+\s+){0,4}?)(project|scheme|plant|facility|centre|center|venture)\s+(?:involving|linked\s+to|led\s+by|backed\s+by|run\s+by|operated\s+by|developed\s+by|proposed\s+by)\s+$", re.I)
# a facility named by its place: "a rare earth refinery at Eneabba", "a magnet plant in Narva"
# (words before the kind may be amounts or possessives: "a $1.4 billion factory in Texas", "one of the
# world's largest tin smelters at Pulau Indah")
_AT_PLACE = re.compile(r"\b(?:a|an|the|its|their|whose|(?-i:[A-Z][A-Za-z]+)['\u2019]s)\s+((?:(?:(?!(?:a|an|the)\s)(?>[\w\-]+)|"
                       r"(?-i:[a-z][\w\-]*['\u2019]s)|" + _AMOUNT + r")\s+){0,7}?)"
                       r"(plants?|facility|facilities|refinery|refineries|factory|factories|mines?|smelters?|"
                       r"hub|projects?|sites?|converters?|complex|operations)\s+(?:at|in|near)\s+"
                       # (a place may take "the" and a Romance connector: "at the Salar de Atacama")
                       r"(?:the\s+(?=(?-i:[" + _UP + r"])))?((?-i:(?:St|Mt|Ft|Pt)\.\s)?(?-i:[" + _UP + r"][\w\-]+)"
                       r"(?:\s(?:(?-i:de|del|do|da|la)\s)?(?-i:[" + _UP + r"][\w\-]+))?)", re.I)
# a cheap look for what _AT_PLACE must contain, on the lower-cased sentence and without re.I (a
# case-insensitive alternation is slow): exact for ASCII text, where lower-casing is all re.I does
_AT_PLACE_LOOK = re.compile(r"(?:plant|facility|refinery|factory|mine|smelter|hub|project|site|converter|complex)\s+"
                            r"(?:at|in|near)\s|"
                            r"(?:plants|facilities|refineries|factories|mines|smelters|projects|sites|converters|"
                            r"operations)\s+(?:at|near)\s")
# a site named after a verb of working it, with no kind word: "mines cobalt at Tenke Fungurume and
# Kisanfu", "which mines at Mount Weld", "smelts zinc at Trail"
# a site's name and a list of them: "Mount Weld", "Emet, Bigadiç and Kestelek"
_SITE_NAME = r"[" + _UP + r"][\w'\u2019\-]+(?:\s[" + _UP + r"][\w'\u2019\-]+){0,2}"
_SITE_NAME_RX = re.compile(_SITE_NAME)
# (a comma list ends with "and": "at Boron, California" is a town and its state, one site)
_SITE_LIST = _SITE_NAME + r"(?:(?:,\s+" + _SITE_NAME + r")*,?\s+and\s+" + _SITE_NAME + r")?"
# (the bare "mine" only where it is a verb: "to mine", "which mine"; "the mine at Foo" is read below)
_WORKED_AT = re.compile(r"\b(?P<verb>mine[sd]|(?<=to\s)mine|(?<=which\s)mine|(?<=that\s)mine|smelt(?:s|ed)?|refine[sd]?)\s+(?:[a-z][\w\-]*\s+){0,3}?at\s+(?P<list>" + _SITE_LIST + ")")
# the same verb's next object and its sites: "mines tincal at Kırka and colemanite at Emet and Kestelek"
_WORKED_MORE = re.compile(r",?\s+and\s+(?:[a-z][\w\-]*\s+){1,3}?at\s+(?P<list>" + _SITE_LIST + ")")
_WORKED_KIND = {"mine": "mine", "smel": "smelter", "refi": "refinery"}
# sites named bare after a verb of running them: "Glencore runs Kamoto and Mutanda", "which operates
# Mountain Pass in California" (a name no gazetteer or firm cue knows)
_RUNS_SITE = re.compile(r"\b(?:runs|ran|operates|operated)\s+(?P<list>" + _SITE_LIST + r")"
                        r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|near|on|and|which|that|since|through|with|for)\s)")
# a facility introduced by a verb of running or building it: "runs a high-pressure acid leach (HPAL) plant",
# "opened a magnet plant", "is building a $1.4 billion wafer factory in Texas"
_RUNS_A = re.compile(r"\b(?:runs?|ran|running|operates?|operated|operating|owns?|owned|owning|built|builds?|building|"
                     r"opened|opens?|commissioned|construct(?:s|ed|ing)?)\s+(?P<det>a|an)\s+"
                     r"(?P<mods>(?:(?:" + _AMOUNT + r"|(?!(?:a|an|in|of|the|with|to|for|or|that|which|its|their|stake|share|interest|"
                     r"majority|minority|number|series|network|portfolio)\b)[\w\-]+)\s+){0,5}?)(?:\([A-Z]{2,8}\)\s+)?"
                     r"(?P<kind>plant|facility|refinery|factory|mine|smelter|mill|complex|concentrator|line)\b"
                     r"(?:\s+(?:in|at|near)\s+(?P<place>(?:(?:St|Mt|Ft|Pt)\.\s)?[" + _UP + r"][\w\-]+(?:\s[" + _UP + r"][\w\-]+)?))?")
_WHERE_BEFORE = re.compile(r"\bin\s+([" + _UP + r"][\w\-]+(?:\s[" + _UP + r"][\w\-]+)?)(?:,\s+[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?)?,"
                           r"\s+where\s+[^.;,]*$")
_IN_A_COUNTRY = re.compile(r"\s+in\s+(?:the\s+)?(?:[a-z]+\s+)?[A-Z]")
# the verbs' stems, looked for as plain substrings of the lower-cased sentence before _RUNS_A is tried
_RUNS_A_STEMS = (" run", " ran ", "operat", " owns ", " owned ", " owning ", "buil", " open", "commission", "construct")
_MINING = re.compile(r"\bmin(?:e|es|ing|er|ers)\b")
# an aside about the subject that names another firm: "Acme, which is 60% owned by Globex, ... its plant"
# (a relative clause, an apposition: "Framatome, the fuel maker controlled by EDF, runs a plant")
_ASIDE = re.compile(r",\s+(?:which|who|whose|a|an|the|part\s+of|(?:\d[\d.]*\s*(?:%|per\s*cent)\s+)?"
                    r"(?:owned|controlled|backed)\s+by)\s[^,;]*,")
# earlier names sharing the kind word: "the Kamoto and Mutanda mines"
_NAME_BEFORE = re.compile(r"([A-Z][\w'\u2019\-]*(?:\s+[A-Z][\w'\u2019\-]*){0,2})(?:,\s+and\s+|\s+and\s+|,\s+)$")
_SINGULAR = {"mines": "mine", "plants": "plant", "projects": "project", "refineries": "refinery", "smelters": "smelter",
             "facilities": "facility", "factories": "factory", "deposits": "deposit", "operations": "operation",
             "sites": "site"}
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_TOWN_STATE = re.compile(r",\s+[A-Z]")  # "in Kellogg, Idaho": a town and its state
_POSS_AFTER = re.compile(r"['\u2019]s?\s+")
_OWNER_BEFORE = re.compile(r"\b(?:its|their|whose|the\s+(?:company|firm|group|miner|producer)['\u2019]s)\s+$")
_STOPWORDS = {"the", "a", "an", "its", "their", "major", "new", "this", "that"}


def _clean(words: str) -> str:
    return re.sub(r"\s+", " ", words).strip()


_AMOUNT_WORDS = frozenset("million billion bn m roughly about around some nearly almost up to".split())


def _without_amounts(words: str) -> str:
    """Modifiers without an amount of money ("roughly $600 million synthetic diamond" -> "synthetic diamond").

    >>> _without_amounts("roughly US$600 million synthetic diamond ")
    'synthetic diamond'
    """
    return " ".join(w for w in words.split() if w.lower() not in _AMOUNT_WORDS and "$" not in w and not w[:1].isdigit())


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


def find_facilities(text: str, mentions: list[Mention], owner_hint: str | None, low: str | None = None) -> list[Mention]:
    """Facility mentions in ``text``; ``owner_hint`` is the firm "its"/"the company's" refers to.

    ``low`` is ``text`` lower-cased, if the caller has it.
    """
    common = _common()
    out: list[Mention] = []
    low = text.lower() if low is None else low
    ascii_ = text.isascii()  # (lower-casing keeps the offsets of ASCII text)
    firms = [m for m in mentions if m.type == "Firm"]
    firms_outside = firms
    if len(firms) > 1 and "," in text:
        # "its" after an aside means the subject, not a firm named in the aside
        asides = [a.span() for a in _ASIDE.finditer(text)]
        firms_outside = [f for f in firms if not any(a <= f.start and f.end <= b for a, b in asides)] or firms

    def last_firm(pos: int) -> str | None:
        """The firm "its" before ``pos`` stands for: the last named before it outside an aside."""
        before = [f for f in firms_outside if f.end <= pos]
        return before[-1].name if before else None

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
        poss = [i for i, w in enumerate(head) if _POSS_WORD.search(w)] \
            if "'" in m.group(1) or "\u2019" in m.group(1) else ()
        if poss and not any(f.start <= start < f.end for f in firms):
            # "Zambezi's plant", "Acme's Big Hill mine" of a firm not known: the possessive is the owner,
            # the words after it (if any) the name
            head = head[poss[-1] + 1:]
            if not head:
                continue
            start = m.start(1) + m.group(1).rfind(head[0])
        if m.group("kind").lower() == "works" and not _OWNER_BEFORE.search(text, max(0, start - 24), start):
            continue  # "Foo works with Bar": a verb; "its Sakai works", "the company's Foo works": a site
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
            owner = last_firm(start) or owner_hint  # "Acme idled its Big Hill Plant"
        names = [(x.start, x.end) for x in mentions if x.type in ("Country", "Material")]
        if all(any(a <= start + i and start + i < b for a, b in names)
               for i in [m.group(1).find(w) - m.group(1).find(head[0]) for w in head]):
            place = next((x for x in mentions if x.type == "Country" and x.start == start and x.end == m.end(1)), None)
            if place is not None and not m.group("mod") and m.group("kind").lower() not in _SINGULAR \
                    and _THE_BEFORE.search(text, max(0, start - 6), start):
                # "the Georgia plant": the one site the text places there
                add(f"{place.text} {m.group('kind')}", start, m.end(), None, core=place.text)
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
    def sites(m: re.Match, kind: str, owner=None) -> None:
        for n in _SITE_NAME_RX.finditer(text, m.start("list"), m.end("list")):
            if n.group(0) in common or any(x.start < n.end() and n.start() < x.end
                                           and not (x.type == "Material" and x.text[:1].isupper()) for x in mentions):
                continue  # a country, a firm or a material is no site's name (a capitalised one may be: "at Boron")
            add(_clean(f"{n.group(0)} {kind}"), n.start(), n.end(), owner, core=n.group(0))

    if " at " in text:
        for m in _WORKED_AT.finditer(text):
            kind = _WORKED_KIND[m.group("verb")[:4]]
            worker = last_firm(m.start())  # "Acme, which mines at Big Hill": Acme's mine
            while m is not None:
                sites(m, kind, worker)
                m = _WORKED_MORE.match(text, m.end())
    if " runs " in text or " operate" in text or " ran " in text:
        for m in _RUNS_SITE.finditer(text):
            runner = last_firm(m.start())
            if runner is not None:  # a firm runs it ("She ran Acme for a decade" names no site)
                sites(m, "mine" if _MINING.search(low) else "", runner)
    for m in (_POSSESSIVE.finditer(text) if any(w in low for w in _POSSESSIVE_WORDS) else ()):
        owner = None
        if m.group(1).lower() in ("its", "their"):
            owner = last_firm(m.start()) or owner_hint
        else:
            owner = owner_hint
        if owner is None:
            continue
        mods = _clean(m.group(2))
        if mods and not mods.islower():
            # "its Malaysian plant": a capitalised word before the kind is the country it lies in, named as such
            at = {x.start: x.name for x in mentions if x.type == "Country"}
            words = [(at.get(m.start(2) + w.start(), "") if w.group(0)[:1].isupper() else w.group(0))
                     for w in _WORD.finditer(m.group(2))]
            if not all(words):
                continue  # some other name: "its Big Hill mine" is read as a name above
            mods = " ".join(words)
        place = (m.group(4) or "").strip()
        if place.split(" ")[0] in common:
            place = ""  # "its plant in May": a month, no place
        if place and not any(x.start == m.start(4) and x.type == "Country" for x in mentions) \
                and (not text.startswith("in", m.start(4) - 3) or _TOWN_STATE.match(text, m.end(4))):
            # "its plant at Hoboken", "near Kuantan", "in Kellogg, Idaho": the site names it; "its smelter in
            # British Columbia": the region only places it
            name = _clean(f"{owner} {place} {mods} {m.group(3)}")
        else:
            name = _clean(f"{owner} {mods} {m.group(3)}") + (f" ({place})" if place else "")
        add(name, m.start(), m.end() if place else m.end(3), owner)
    for m in (_RUNS_A.finditer(text) if any(v in low for v in _RUNS_A_STEMS) else ()):
        owner = last_firm(m.start()) or owner_hint
        if owner is None:
            continue
        mods = _without_amounts(m.group("mods"))
        place = m.group("place")
        after = _IN_A_COUNTRY.match(text, m.end("kind"))
        if after and any(x.type == "Country" and x.start == after.end() - 1 for x in mentions):
            continue  # "opened a refinery in Portugal", "in southern Spain": named by the country below
        if m.group("kind") == "line" and not mods:
            continue  # "runs a line": a production line needs its product named
        if not place:
            # "in Narva, Estonia, where Acme opened a magnet plant": the place the clause is about
            where = _WHERE_BEFORE.search(text, max(0, m.start() - 120), m.start())
            if where and not any(x.start == where.start(1) for x in mentions):
                place = where.group(1)
        if place and place.split(" ")[0] not in common and not any(x.start <= text.find(place, m.start() - 120) < x.end
                                                                   for x in mentions):
            # "runs a plant in Temple, Texas": the place names it (its owner is left to the ownership rules,
            # which know relative clauses: "a unit of Globex that is building a plant at Lacq")
            add(f"{place} {m.group('kind')}", m.start("det"), m.end(), None, core=place)
        elif mods:  # (a bare "runs a plant" names nothing to tell it by)
            add(_clean(f"{owner} {mods} {m.group('kind')}"), m.start("det"), m.end("kind"), owner)
    for m in (_AT_PLACE.finditer(text) if not ascii_ or _AT_PLACE_LOOK.search(low) else ()):
        host = next((f for f in firms if f.start == m.start(3)), None)
        if host is not None:
            # "a gallium recovery plant at Alcoa's Wagerup alumina refinery": a unit inside the firm's named site
            poss = _POSS_AFTER.match(text, host.end)
            site = next((o for o in out if poss and o.start == poss.end() and o.props.get("core")), None)
            if site is not None:
                mods = _without_amounts(m.group(1))
                add(_clean(f"{site.props['core']} {mods} {_SINGULAR.get(m.group(2).lower(), m.group(2))}"),
                    m.start(), m.end(2), host.name, core=site.props["core"])
            continue
        if any(x.start <= m.start(3) < x.end and not (x.type == "Material" and x.text[:1].isupper())
               for x in mentions):
            continue  # a country ("a plant in Japan") or a firm is not the facility's place name ("at Boron" is)
        if m.group(3) in common:
            continue
        kind = _SINGULAR.get(m.group(2).lower(), m.group(2))
        if kind != m.group(2) and text.startswith("in", m.end(2) + 1):
            continue  # "its mines in Western Australia", "smelters in Europe": sites of a region, not one named site
        # "the Alcoa-Sojitz gallium project at Wagerup": the firm named in it owns it, and its words name it
        inside = next((f.name for f in firms if m.start(1) <= f.start and f.end <= m.end(1)), None)
        name = f"{m.group(3)} {m.group(1)} {kind}" if inside else f"{m.group(3)} {kind}"
        # "Zambezi's plant at Geismar": the firm's possessive names the owner
        # (or "Acme Corp's converter near Foo": the possessive is the firm name's last word)
        poss = next((f for f in firms if f.start <= m.start() < f.end and _POSS_AFTER.match(text, f.end)), None)
        owner = inside or (poss.name if poss else None)
        start = m.start()
        if poss is not None and not inside and "former " in m.group(1).lower():
            # "Acme's former mines at Foo": no longer Acme's (the site is named after the possessive)
            owner, start = None, _POSS_AFTER.match(text, poss.end).end()
        if owner is None and text.startswith("whose", m.start()):
            owner = next((f.name for f in reversed(firms) if f.end <= m.start()), None)  # "Rio Tinto, whose mine at Boron"
        add(_clean(name), start, m.end(), owner, core=m.group(3))
    for m in (_ORDINAL.finditer(low) if ascii_ else _ORDINAL_I.finditer(text)):
        before = [f for f in firms if f.end <= m.start()]
        owner = before[-1].name if before else owner_hint
        if owner is None:
            continue
        # (an amount is no part of the name: "a $2 billion smelter" is the owner's smelter)
        add(_clean(f"{owner} {_without_amounts(text[m.start(1):m.end(1)])} {text[m.start(2):m.end(2)]}"), m.start(), m.end(),
            owner)
    for c in (x for x in mentions if x.type == "Country"):
        m = _IN_COUNTRY.search(text, max(0, c.start - 80), c.start)
        if m and m.end() == c.start:
            mods = _without_amounts(m.group(1))
            # "a roughly $600 million plant in Georgia": no words of its own but the place's
            add(_clean(f"{mods} {m.group(2)}") + f" ({c.name})" if mods else f"{c.name} {m.group(2)}", m.start(), c.end)
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
