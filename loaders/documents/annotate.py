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
from functools import lru_cache
from itertools import chain

from graph.names import is_element, material_name

from .context import LIST_SEP, DocState, Sent
from .data import entities
from .firms import find_firms
from .gazetteer import gazetteer, surface_key, trie_regex
from .mentions import Mention
from .phrases import find_facilities, find_investments
from .roles import find_role_agencies

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
    "the mineral": ("Material",), "the mine": ("Facility",), "the project": ("Facility",),
    "the plant": ("Facility",), "the facility": ("Facility",), "the smelter": ("Facility",),
    "the refinery": ("Facility",), "the operation": ("Facility",), "the factory": ("Facility",),
    "the site": ("Facility",), "the venture": ("Firm",), "the vehicle": ("Firm",), "the start-up": ("Firm",),
    "the department": ("Agency",),
    "the trader": ("Firm",), "the carmaker": ("Firm",), "the automaker": ("Firm",), "the chipmaker": ("Firm",),
    "the refiner": ("Firm",), "the conglomerate": ("Firm",), "the explorer": ("Firm",), "the developer": ("Firm",),
    "the maker": ("Firm",), "the manufacturer": ("Firm",), "the metalloid": ("Material",),
}
# "the same mine", "the company's plant": the plain description ("the mine", "the plant")
_DESCRIPTION_KEY = re.compile(r"^the\s+(?:same\s+|(?:[a-z]+\s+)?(?:company|firm|group)['\u2019]s\s+)")
_PRONOUN = re.compile(r"\b(?:(It|it|They|they|This|this)\b(?!\s+(?:is|was)\s+(?:not\s+)?(?:expected|likely|unclear|possible|important|time|said|understood|estimated|thought|believed|hoped|reported)\b)|([Tt]he\s+(?:same\s+|(?:[A-Z][a-z]+\s+)?(?:company|firm|group)['\u2019]s\s+(?=(?:plant|factory|mine|refinery|smelter|facility)\b))?(?:company|firm|miner|group|producer|ministry|agency|government|country|material|metal|compound|element|mineral|mine|project|plant|facility|smelter|refinery|operation|factory|site|venture|vehicle|start-up|department"
                      r"|trader|carmaker|automaker|chipmaker|refiner|conglomerate|explorer|metalloid"
                      # a formal text's defined terms: "the Company", "the Department", "the Project"
                      r"|Company|Department|Ministry|Agency|Project|Government|Group))\b(?!['\u2019]s\s+(?:new|second)))")
_CITED = re.compile(r"\b(?:according\s+to(?:\s+(?:estimates|data|figures|analysis|research|a\s+report|a\s+study)\s+(?:by|from))?"
                    r"|said|says|citing|cited\s+by|reported\s+by|data\s+from|figures\s+from"
                    r"|(?:fact\s+sheet|report|data|figures)\s+(?:released|published)\s+by)"
                    r"\s+(?:the\s+|a\s+|an\s+|consultancy\s+|research\s+firm\s+|analysts?\s+(?:at\s+)?)?$", re.I)
_CITED_WORDS = ("according", "said", "says", "citing", "cited", "reported", "data", "figures", "released", "published")
_NO_COMMENT = re.compile(r"\s+(?:declined|refused|did\s+not\s+(?:immediately\s+)?(?:respond|reply)|could\s+not\s+be\s+reached|"
                         r"was\s+not\s+available)\b")
_RELATIVE = re.compile(r",\s+(?:whose|which|who|where|(?:led|headed|followed|joined)\s+by|including|such\s+as)\s[^,;]*,")
_ASIDE = re.compile(r"\s[\u2013\u2014-]{1,2}\s.*?\s[\u2013\u2014-]{1,2}\s|\([^)]*\)")
_DEMONYM_BEFORE_FIRM = re.compile(r"^\s+(?:[\w\-]+\s+){0,2}?(?:trading\s+house|company|firm|miner|producer|maker|group|giant|conglomerate|refiner|supplier|start-?up|chipmaker|automaker|carmaker|manufacturer|smelter|lender|bank)\s+$", re.I)


_POSS_GAP = re.compile(r"['\u2019]s?\s+")
_BASED_GAP = re.compile(r"[\-\s](?:based|owned|backed|controlled|listed|headquartered)\s+")  # "Chinese-owned CMOC"
_BASED = re.compile(r"[\-\s]based\b")
_OUTSIDE = re.compile(r"\b(?:outside|beyond|excluding)\s+(?:of\s+)?(?:the\s+)?$", re.I)


def _overlaps(m: Mention, spans) -> bool:
    return any(a < m.end and m.start < b for a, b in spans)


_WORD = re.compile(r"(?<![\w&])[\w&]+")
_LEAD = re.compile(r"[\w&]+|\S")
_WORD_CHAR = re.compile(r"[\w&]")


def _dynamic(text: str, doc: DocState, taken) -> list[Mention]:
    """Names learnt earlier in the document, found by a dict lookup on each word (no regex per document)."""
    if not doc.dynamic:
        return []
    index = doc.dynamic_index
    if index is None or doc.dynamic_size != len(doc.dynamic):
        index = {}
        for surface in sorted(doc.dynamic, key=len, reverse=True):
            index.setdefault(_LEAD.match(surface).group(0), []).append(surface)
        doc.dynamic_index, doc.dynamic_size = index, len(doc.dynamic)
    out = []
    if not any(lead in text for lead in index):
        return out
    pos = 0
    for w in _WORD.finditer(text):
        if w.start() < pos:
            continue
        for surface in index.get(w.group(0), ()):
            end = w.start() + len(surface)
            if text.startswith(surface, w.start()) and not (end < len(text) and _WORD_CHAR.match(text, end)):
                type_, name = doc.dynamic[surface]
                mention = Mention(type_, name, w.start(), end, surface)
                pos = end
                if not _overlaps(mention, taken):
                    out.append(mention)
                    taken.append((w.start(), end))
                break
    return out


@lru_cache(maxsize=1)
def _ambiguous() -> frozenset:
    return frozenset(entities()["ambiguous_materials"])


def _materials(text: str, mentions: list[Mention], doc: DocState) -> list[Mention]:
    """Merge adjacent materials into one compound, drop lone ambiguous elements, resolve heads."""
    ambiguous = _ambiguous()
    heads = entities()["heads"]
    units = entities()["quantity_units"]
    out: list[Mention] = []
    shared = False  # a compound material that a list may go on from ("titanium sponge and ingot")
    for m in mentions:
        if m.type != "Material":
            out.append(m)
            continue
        shared = shared or " " in m.text
        prev = out[-1] if out else None
        if prev is not None and prev.type == "Material" and text[prev.end:m.start] in (" ", "-") \
                and not (is_element(prev.name) and is_element(m.text.split()[0].split("-")[0].lower())):
            # "copper-cobalt mines", "high-manganese nickel cathodes" name two metals; "rare earth magnets" one material
            surface = text[prev.start:m.end]
            out[-1] = Mention("Material", material_name(surface.lower()), prev.start, m.end, surface)
            continue
        out.append(m)
    out = _ellipses(text, out)
    if shared:
        out = _shared_material(text, out)
    mats = [m for m in out if m.type == "Material"]
    keep = []
    for m in out:
        if m.type == "Material" and m.name in ambiguous:
            i = mats.index(m)
            near = [mats[j] for j in (i - 1, i + 1) if 0 <= j < len(mats)]
            if not any(LIST_SEP.match(text[min(m.end, n.end):max(m.start, n.start)]) for n in near) \
                    and not _TRADED_AFTER.match(text, m.end) and not _TRADED_BEFORE.search(text, max(0, m.start - 24), m.start):
                continue  # "lead the talks", "a tin can"; "tin smelters", "tonnes of refined tin" name the metal
        if m.type == "Material" and m.text.lower() in heads and (heads[m.text.lower()] is not None or " " not in m.name):
            head = m.text.lower().rstrip("s")
            if heads[m.text.lower()] is None and (any(k is not m and k.start == m.start for k in out)
                                                  or _FORM_MODIFIED.search(text, max(0, m.start - 20), m.start)):
                # a bare form read already as a form of a material before it ("sponge and ingot"), or a
                # kind of its own ("cemented carbides", "solid oxide fuel cells")
                continue
            paren = _PAREN_BEFORE.search(text, max(0, m.start - 16), m.start) if text[m.start - 2:m.start - 1] == ")" else None
            named = next((k for k in reversed(keep) if k.type == "Material" and k.end == paren.start()), None) if paren else None
            if named is not None:
                named.name = material_name(f"{named.text} {m.text}")  # "gallium (Ga) nitride": one compound
                continue
            # the material named last: earlier in this sentence ("hafnium oxide ... the oxide"), or before it
            before = reversed(doc.history)
            if heads[m.text.lower()] is None:
                before = chain(((0, k) for k in reversed(keep)), before)
            for _, old in before:
                if old.type == "Material" and old.name != m.name and old.name.rstrip("s").endswith(head) \
                        and (len(old.name) == len(head) or not old.name.rstrip("s")[-len(head) - 1].isalpha()):
                    m.name = old.name
                    break
            else:
                if heads[m.text.lower()] is None:
                    continue  # "the oxide" with no oxide named before: nothing to refer to
                if m.text.lower() != "magnets":
                    m.name = heads[m.text.lower()]
        if m.type == "Material" and m.name in units and _TONNAGE_OF.search(text, max(0, m.start - 40), m.start):
            m.name = units[m.name]  # "45,000 tonnes of rare earth oxide": a measure of the rare earths mined
        keep.append(m)
    return keep


_PAREN_BEFORE = re.compile(r"\s*\([^()]{1,12}\)\s+$")
# a lower-case word right before a bare form that makes it a kind of its own ("cemented carbides", "mixed
# hydroxide", "unsold hydroxide"), unless it is a function word ("the oxide", "into carbonate and hydroxide")
_FORM_MODIFIED = re.compile(r"(?<![\w\-])(?!(?:the|its|their|this|that|these|those|of|and|or|into|as|to|from|for|with|"
                            r"in|on|at|by|a|an|more|less)\s)"
                            r"[a-z][\w\-]*\s+$", re.I)
# what makes a word that is also a common noun or verb ("tin", "lead") the metal: its trade and works
_TRADED_AFTER = re.compile(r"[\s\-]+(?:smelters?|smelting|mines?|miners?|deposits?|ores?|prices?|exports?|imports?|"
                           r"production|output|producers?|exporters?|importers?|reserves|refiner(?:y|ies)|shipments|"
                           r"ingots?|concentrates?|consumption)\b")
_TRADED_BEFORE = re.compile(r"\b(?:refined|mined|smelted|primary|secondary|recycled|(?:tonnes|tons|exports|imports|"
                            r"production|output|shipments|prices|supplies|consumption)\s+of(?:\s+refined)?)\s+$")
@lru_cache(maxsize=1)
def _namesakes() -> frozenset:
    return frozenset(entities()["state_namesakes"])


@lru_cache(maxsize=1)
def _namesake_rx() -> re.Pattern:
    return re.compile("|".join(re.escape(n) for n in sorted(_namesakes())) or "(?!)")


def _state_namesakes(text: str, mentions: list[Mention], doc: DocState) -> list[Mention]:
    """"Georgia" is the US state unless listed with other countries ("via Azerbaijan and Georgia") or read so before.

    >>> d = DocState("d")
    >>> [m.name for m in annotate("Element Six will run a plant in Georgia.", 0, 0, d).mentions if m.type == "Country"]
    []
    >>> [m.name for m in annotate("Ore goes via Azerbaijan and Georgia.", 0, 1, d).mentions if m.type == "Country"]
    ['Azerbaijan', 'Georgia']
    """
    countries = [m for m in mentions if m.type == "Country"]
    out = []
    for m in mentions:
        if m.type == "Country" and m.name in _namesakes() and not any(
                n is not m and LIST_SEP.match(text[min(m.end, n.end):max(m.start, n.start)]) for n in countries) \
                and not any(x.type == "Country" and x.name == m.name for _, x in doc.history):
            continue
        out.append(m)
    return out


_TONNAGE_OF = re.compile(r"\d\s*(?:million\s+)?(?:metric\s+)?(?:tonnes|tons|t)\s+(?:(?:per\s+(?:annum|year)|a\s+year)\s+)?of\s+(?:separated\s+)?$")
_ELLIPSIS = re.compile(r"(?<![\w\-])((?:[a-z][\w\-]*\s+){0,1}[a-z][\w\-]*)\s+(?:and|or)\s+$")


def _ellipses(text: str, mentions: list[Mention]) -> list[Mention]:
    """"natural flake and spherical graphite": the first item shares the head of the second.

    A modifier before "and"/"or" becomes a material of its own when modifier + head is a known material.
    """
    gaz = gazetteer()
    out = []
    for m in mentions:
        words = m.text.split()
        if m.type == "Material" and len(words) >= 2 and text[max(0, m.start - 5):m.start].rstrip().endswith(("and", "or")):
            before = _ELLIPSIS.search(text, max(0, m.start - 40), m.start)
            if before and not (out and out[-1].end > before.start(1)):
                mods = before.group(1).split()
                tries = [(k, h) for k in range(len(mods)) for h in range(1, len(words))]
                for k, h in tries:
                    hit = gaz.table.get(surface_key(" ".join(mods[k:] + words[-h:])))
                    if hit and hit[0] == "Material":
                        a = before.start(1) + before.group(1).find(mods[k])
                        out.append(Mention("Material", hit[1], a, before.end(1), text[a:before.end(1)]))
                        break
        out.append(m)
    return out


@lru_cache(maxsize=1)
def _forms() -> tuple[frozenset, re.Pattern]:
    """One-word forms of a material ("ingot", "hydroxide", "powder") and the list step to one more form."""
    words = sorted({w.lower() for w in entities()["compound_words"] if " " not in w} | {"wire", "wires"},
                   key=len, reverse=True)
    # the form ends its noun phrase: "sponge and ingot from Russia", not "sponge and ingot mills"
    rx = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s*,?\s+(?:and|or)\s+)(" + "|".join(words) + r")"
                    r"(?=\s*(?:[,.;:)]|$|\s(?:and|or|from|to|in|into|at|for|by|on|with|that|which|is|are|was|were|will|"
                    r"would|has|have|had|as|under|since|until|than|but|while|prices?|output|production|exports|imports|"
                    r"shipments|supply|supplies|demand|capacity|markets?)\b))")
    return frozenset(words), rx


def _shared_material(text: str, mentions: list[Mention]) -> list[Mention]:
    """"titanium sponge and ingot", "tantalum powder and wire": a form after a material's form shares its material.

    >>> t = "It bought tantalum powder and wire from Russia."
    >>> [m.name for m in _shared_material(t, gazetteer().find(t))]
    ['tantalum powder', 'tantalum wire', 'Russia']
    """
    if " and " not in text and ", " not in text and " or " not in text:
        return mentions  # no list: no form after another
    forms, rx = _forms()
    out = []
    for m in mentions:
        out.append(m)
        if m.type != "Material" or " " not in m.text:
            continue
        last = m.text.rpartition(" ")[2].lower()
        base, _, own = m.name.rpartition(" ")
        if last not in forms or not base or own.rstrip("s") != last.rstrip("s"):
            continue  # not a form of a material named by its canonical name ("artificial diamond powder")
        pos = m.end
        while True:
            f = rx.match(text, pos)
            if f is None:
                break
            out.append(Mention("Material", material_name(f"{base} {f.group(1)}"), f.start(1), f.end(1), f.group(1)))
            pos = f.end(1)
    return out


@lru_cache(maxsize=1)
def _regional() -> tuple[re.Pattern, dict]:
    spec = entities()["regional_epithets"]
    regions = sorted(spec["regions"], key=len, reverse=True)
    rx = re.compile(r"\b[Tt]he\s+(" + "|".join(re.escape(r) for r in regions) + r")\s+(?:"
                    + "|".join(spec["nouns"]) + r")\b(?!['\u2019]s\s+(?:largest|biggest|top))")
    return rx, {r: frozenset(cs) for r, cs in spec["regions"].items()}


def _regional_epithets(text: str, doc: DocState, earlier: list[Mention], taken) -> list[Mention]:
    """"The Asian nation": the last country of that region named before, in this sentence or earlier."""
    rx, regions = _regional()
    out = []
    for m in rx.finditer(text):
        members = regions[m.group(1)]
        before = [x for x in earlier if x.type == "Country" and x.end <= m.start()]
        found = next((x.name for x in reversed(before) if x.name in members), None)
        if found is None:
            found = next((x.name for _, x in reversed(doc.history)
                          if x.type == "Country" and x.name in members and "cited" not in x.tags), None)
        mention = Mention("Country", found or "", m.start(), m.end(), m.group(0))
        if found and not _overlaps(mention, taken):
            out.append(mention)
    return out


# "the world's top producer" as a subject: the country the article last gave a supply position
_TOP_EPITHET = re.compile(r"\b[Tt]he\s+world['\u2019]s\s+(?:top|largest|biggest|leading|dominant|No\.\s?1)\s+"
                          r"(?:[\w\-]+\s+)?(?:producer|supplier|exporter|refiner|miner|processor)\b")
_PREDICATE = re.compile(r"(?:\b(?:is|was|are|were|remains?|remained|became|becomes|as|be|been)|,)\s*$")


def _top_epithets(text: str, doc: DocState, taken) -> list[Mention]:
    out = []
    for m in _TOP_EPITHET.finditer(text):
        sup = doc.last_supplier
        if sup is None or sup.type != "Country" or _PREDICATE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "X is the world's top producer", "X, the world's top producer,": a predicate, not a reference
        mention = Mention("Country", sup.name, m.start(), m.end(), m.group(0))
        if not _overlaps(mention, taken):
            out.append(mention)
    return out


def _tag(text: str, mentions: list[Mention]) -> None:
    # an aside needs a dash or a bracket; a citation one of its words (the lower-cased test is exact
    # for ASCII only: re.I also folds a few non-ASCII letters)
    asides = [(a.start(), a.end()) for a in _ASIDE.finditer(text)] \
        if ("(" in text or "-" in text or "\u2013" in text or "\u2014" in text) else []
    relatives = [(a.start(), a.end()) for a in _RELATIVE.finditer(text)] if "," in text else []
    low = text.lower()
    may_cite = not text.isascii() or any(w in low for w in _CITED_WORDS)
    analyst = not text.isascii() or any(w in low for w in _ANALYST_WORDS)
    cities = _cities()
    by_start = sorted(mentions, key=lambda x: x.start)
    for i, m in enumerate(by_start):
        if may_cite and m.type in ("Agency", "Firm", "Country") and _CITED.search(text, max(0, m.start - 40), m.start):
            m.tags.add("cited")
        if m.type == "Agency" and _NO_COMMENT.match(text, m.end):
            m.tags.add("cited")  # an agency asked for comment is a source, not an actor
        if analyst and m.type == "Firm" and _ANALYST_AT.search(text, max(0, m.start - 50), m.start):
            m.tags.add("cited")
        if any(a <= m.start and m.end <= b for a, b in asides):
            m.tags.add("paren")
        if any(a <= m.start and m.end <= b for a, b in relatives):
            m.tags.add("relative")  # inside ", whose/which ... ,": not the main clause's subject or object
        if m.type == "Country" and i + 1 < len(by_start):
            nxt = by_start[i + 1]
            gap = text[m.end:nxt.start]
            if nxt.type in ("Firm", "Facility", "Agency") and (
                    _POSS_GAP.fullmatch(gap) or _BASED_GAP.fullmatch(gap)
                    or _DEMONYM_BEFORE_FIRM.match(gap)):
                m.tags.add("locator")
                nxt.props.setdefault("country", m.name)
        if m.type == "Country" and _BASED.match(text, m.end):
            m.tags.add("locator")
        if m.type == "Country" and _OUTSIDE.search(text, max(0, m.start - 20), m.start):
            m.tags.add("locator")  # "the largest producer outside China": a scope, not an actor
        if m.type == "Country" and m.text in cities and (
                _CITY_AFTER.match(text, m.end) or _CITY_BEFORE.search(text, max(0, m.start - 40), m.start)):
            # "an analyst in London", "a London brokerage", "Singapore-based": where someone sits, no actor
            m.tags.add("cited")


@lru_cache(maxsize=1)
def _person_cues() -> tuple[re.Pattern, re.Pattern, frozenset]:
    """A person's role right before a name, one in an apposition after it, and the firms' suffix words."""
    roles = trie_regex(sorted({r.lower() for r in entities()["person_roles"]}))
    before = re.compile(r"\b(?:" + roles + r")\s*,?\s+$", re.I)
    # ", Acme's head of strategy,", ", a senior analyst": not ", whose chief executive" (the firm's own)
    after = re.compile(r",\s+(?!(?:whose|which|who|where)\b)(?:(?:a|an|the|its|their|[A-Z][\w'\u2019.\-]*['\u2019]s)\s+)?"
                       r"(?:[\w\-]+\s+){0,3}?(?:" + roles + r")\b", re.I)
    return before, after, frozenset(entities()["firm_suffixes"])


_PERSON_NAME = re.compile(r"[A-Z][a-z\u00e0-\u00ff]+(?:-[A-Z][a-z]+)?(?:\s[A-Z][a-z\u00e0-\u00ff]+(?:-[A-Z][a-z]+)?){1,2}")


def _person(text: str, firm: Mention) -> bool:
    """Whether a firm guessed from a cue is a person named with a role ("chief executive Jane Roe said").

    >>> t = "Acme's chief executive, Jane Roe, said the company would expand."
    >>> _person(t, Mention("Firm", "Jane Roe", 24, 32, "Jane Roe"))
    True
    >>> t = "Roe Holdings, whose chief executive spoke, grew."
    >>> _person(t, Mention("Firm", "Roe Holdings", 0, 12, "Roe Holdings"))
    False
    """
    if firm.type != "Firm" or not _PERSON_NAME.fullmatch(firm.text):
        return False
    before, after, suffixes = _person_cues()
    if any(w in suffixes for w in firm.text.split()):
        return False  # "Jane Roe Holdings" is a firm
    return bool(before.search(text, max(0, firm.start - 40), firm.start) or after.match(text, firm.end))


# a firm an analyst, economist or researcher works at is the source of a view, not an actor:
# "said Jane Roe, an analyst at Lisbon-based Acme Advisory", "Analysts at Acme Metals estimate", "a lawyer at
# Washington firm Foo & Bar"
_ANALYST_AT = re.compile(r"\b(?:analysts?|economists?|strategists?|consultants?|researchers?|research|lawyers?)\s+"
                         r"(?:at|with|from)\s+(?:[\w\-]+\s+){0,2}$", re.I)
_ANALYST_WORDS = ("analyst", "economist", "strategist", "consultant", "research", "lawyer")


@lru_cache(maxsize=1)
def _cities() -> frozenset:
    return frozenset(entities()["market_cities"])


# a city as the seat of a market or a person: "a London brokerage", "traders in London", "a Singapore-based
# consultancy" (a named firm's seat places the firm: "Singapore-listed Straits Trading" keeps the country)
_CITY_AFTER = re.compile(r"[\-\s](?:based|listed|headquartered|traded)\b(?!\s+[A-Z])|\s+(?:brokerage|bourse|office|consultancy|"
                         r"think[\s\-]tank|metal\s+exchange|stock\s+exchange|exchange|market|trader|traders|analysts?|"
                         r"bank|lawyers?|hedge\s+fund)\b")
_CITY_BEFORE = re.compile(r"\b(?:analysts?|traders?|consultants?|brokers?|economists?|strategists?|bankers?|researchers?|"
                          r"dealers?|lawyers?|prices?|exchanges?|bourse|listed|based|headquartered|trading|traded|"
                          r"investors?|fund\s+managers?)\s+(?:[\w\-]+\s+)?(?:in|at)\s+$")


_SHORT = re.compile(r"[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?")


def _short_name(surface: str) -> str | None:
    """The first word of a firm's name, as the article later calls it ("Neo" for "Neo Performance Materials").

    Only a word that is no common capitalised word, name or material of its own, and not a suffix word.
    """
    words = surface.split()
    if len(words) == 2 and (gazetteer().table.get(surface_key(words[0])) or ("",))[0] == "Country":
        words = words[1:] + words[:1]  # "China Minmetals" is "Minmetals" later: the country only places it
    if len(words) < 2 or not _SHORT.fullmatch(words[0]):
        return None
    w = words[0]
    if w in _common_words() or gazetteer().table.get(surface_key(w)) is not None:
        return None
    return w


@lru_cache(maxsize=1)
def _common_words() -> frozenset:
    ent = entities()
    return frozenset(ent["common_capitalised"]) | frozenset(ent["firm_suffixes"]) | frozenset(ent["titles"]) \
        | frozenset(w for d in ent["firm_descriptors"] for w in d.title().split())


# where a pronoun or a description may start: "it", "they", "this", "the" at a word's start (one scan
# with a literal first character; the full patterns are tried only there)
_PRONOUN_AT = re.compile(r"[IiTt](?<!\w[IiTt])(?:t\b|h(?:ey|is)\b|he\s)")
# a description with modifiers: "the Canadian company", "the Swiss-based trader", "the state-owned miner",
# "the dense grey metal", "the silvery metalloid"; not a predicate ("X is the largest company") and not
# a descriptor before a name ("the Chinese company Foo")
_MODIFIED = re.compile(
    r"[Tt]he\s+(?:(?:[A-Z][a-z]+|[A-Z]\.[A-Z]\.|[A-Z][\w.]*-(?:based|listed|owned|headquartered|backed|run|controlled)"
    r"|[a-z]+-(?:based|listed|owned|headquartered|backed|run|controlled)|state|privately[\s\-]held|mining|trading|battery|"
    r"magnet|chip|steel|metals|chemicals|holding|smelting|refining|engineering)\s+){1,3}"
    r"(?P<firm>company|firm|miner|group|producer|trader|carmaker|automaker|chipmaker|refiner|conglomerate|explorer"
    r"|developer|maker|manufacturer)\b(?!['\u2019]s\s+(?:new|second)|\s+[A-Z]|-)"
    r"|[Tt]he\s+(?:[a-z]+(?:-[a-z]+)?,?\s+){1,3}(?P<mat>metal|metalloid|element|mineral)\b(?!-)")
# the head nouns of those descriptions: without one in the sentence the pattern is not tried
_MODIFIED_NOUN = re.compile(r"compan|firm|miner|group|producer|trader|maker|refiner|conglomerate|explorer|developer|"
                            r"manufacturer|metal|element|mineral")
_MODIFIER_STOP = frozenset("same other first second third largest biggest top only main new former".split())


def _pronouns(text: str, taken) -> list[Mention]:
    out = []
    last = 0
    modified = None  # whether a description's head noun is in the sentence: looked for once, when needed
    for c in _PRONOUN_AT.finditer(text):
        pos = c.start()
        if pos < last:
            continue
        m = _PRONOUN.match(text, pos)
        if m is not None:
            word = m.group(0)
            key = _DESCRIPTION_KEY.sub("the ", " ".join(word.lower().split()))
        elif text[pos + 1] == "h" and text[pos + 2] == "e":
            if modified is None:
                modified = _MODIFIED_NOUN.search(text) is not None
            m = _MODIFIED.match(text, pos) if modified else None
            if m is None or _PREDICATE.search(text, max(0, pos - 12), pos) \
                    or not _MODIFIER_STOP.isdisjoint(text[pos + 4:m.start(m.lastgroup)].lower().split()):
                continue
            word = m.group(0)
            key = "the " + m.group(m.lastgroup).lower()
        else:
            continue
        last = m.end()
        mention = Mention("Pronoun", key, m.start(), m.end(), word)
        if not _overlaps(mention, taken):
            out.append(mention)
    return out


def _placed_descriptions(mentions: list[Mention], doc: DocState) -> None:
    """"The Canadian miner", "the Chinese firm": the last firm placed in that country, if the text placed one.

    Such a description becomes a mention of that firm; otherwise it stays a description for the rules
    to resolve (the last firm named).
    """
    for i, p in enumerate(mentions):
        if p.type != "Pronoun" or "Firm" not in PRONOUN_TYPES.get(p.name, ()) or PRONOUN_TYPES[p.name][0] != "Firm":
            continue
        inside = [c.name for c in mentions if c.type == "Country" and p.start <= c.start and c.end <= p.end]
        if not inside:
            continue
        firm = next((m for m in reversed(mentions[:i]) if m.type == "Firm" and m.props.get("country") in inside), None) \
            or next((m for _, m in reversed(doc.history) if m.type == "Firm" and m.props.get("country") in inside
                     and "cited" not in m.tags), None)
        if firm is not None:
            mentions[i] = Mention("Firm", firm.name, p.start, p.end, p.text, props={"country": firm.props["country"]})


# a facility phrase needs one of these head words; without one the facility patterns are not tried
# (on the lower-cased sentence; the words as a trie, one cheap scan)
_FACILITY_WORD = re.compile(trie_regex(
    "mine plant project refine smelt facilit factor deposit complex hub operat scheme centre center venture site converter"
    .split()
    + ["runs ", "ran ", "anode line", "cathode line", "production line", "assembly line", "cell line", "wafer line",
       "magnet line"]))
# "its Sakai works" (tried only where "works" is in the sentence: "works" is mostly a verb)
_WORKS = re.compile(r"(?:its|their|'s|\u2019s)\s+(?:[\w\-]+\s+){1,2}works\b")


def annotate(text: str, start: int, index: int, doc: DocState, spans=None) -> Sent:
    """The sentence ``text`` (at offset ``start``, number ``index``) with all its mentions.

    ``spans`` are the gazetteer matches of the sentence when the whole document was scanned at once.
    """
    gaz = gazetteer().find(text) if spans is None else gazetteer().mentions(text, spans)
    firms = find_firms(text, gaz)
    if firms:
        firms = [f for f in firms if not _person(text, f)]
    if firms:
        fspans = [(f.start, f.end) for f in firms]
        mentions = [m for m in gaz if not _overlaps(m, fspans)] + firms
    else:
        mentions = gaz
    taken = [(m.start, m.end) for m in mentions if m.type != "Material"]
    mentions = mentions + _dynamic(text, doc, taken)
    if "The " in text or "the " in text:
        mentions += _regional_epithets(text, doc, mentions, taken)
        if "world" in text:
            mentions += _top_epithets(text, doc, taken)
    if taken:
        mentions = [m for m in mentions if not (m.type == "Material" and _overlaps(m, taken))
                    or any(m.start == a and m.end == b for a, b in taken)]
    mentions.sort(key=lambda m: (m.start, -m.end))
    mentions = _materials(text, mentions, doc)
    if _namesake_rx().search(text) and any(m.type == "Country" and m.name in _namesakes() for m in mentions):
        mentions = _state_namesakes(text, mentions, doc)
    facilities = []
    low = text.lower()
    if _FACILITY_WORD.search(low) or "works" in low and _WORKS.search(low):
        last_firm = doc.last("Firm", index + 1)
        facilities = find_facilities(text, mentions, last_firm.name if last_firm else None, low)
        fspans = [(f.start, f.end) for f in facilities]
        cores = {f.props.get("core") for f in facilities}
        if any(c and c[:1].isupper() for c in cores):
            # "the mine at Boron": a material's word naming the site is no material
            mentions = [m for m in mentions if not (m.type == "Material" and m.text in cores)]
        # words inside a facility phrase describe it: kept as nodes, not as actors
        for m in mentions:
            if m.type in ("Material", "Country") and _overlaps(m, fspans):
                m.tags.add("facility_part")
        orgs = [(m.start, m.end) for m in mentions if m.type in ("Firm", "Agency")]
        mentions += [f for f in facilities if not _overlaps(f, orgs) or f.props.get("owner") or f.props.get("partner")]
    if "$" in text:
        mentions += find_investments(text, mentions)
    roles = find_role_agencies(text, mentions, doc)
    if roles:
        # a role that names a known agency ("South Africa's Industrial Development Corporation") outranks
        # a firm guessed from a corporate word
        guessed = [f for f in firms if _overlaps(f, [(r.start, r.end) for r in roles])]
        if guessed:
            mentions = [m for m in mentions if not any(m is f for f in guessed)]
            firms = [f for f in firms if not any(f is g for g in guessed)]
        mentions += [r for r in roles if not _overlaps(r, [(m.start, m.end) for m in mentions])]
    pron = _pronouns(text, [(m.start, m.end) for m in mentions if m.type != "Country"])
    for p in pron:
        for m in mentions:
            if m.type == "Country" and p.start <= m.start and m.end <= p.end:
                m.tags.add("locator")  # "the Canadian company's factory": the country only describes it
    mentions += [p for p in pron if not any(m.type == "Country" and m.start < p.end and p.start < m.end
                                            and not (p.start <= m.start and m.end <= p.end) for m in mentions)]
    mentions.sort(key=lambda m: (m.start, -m.end))
    if mentions:
        _tag(text, mentions)
    if pron:
        _placed_descriptions(mentions, doc)
    for f in firms:
        doc.dynamic.setdefault(f.text, (f.type, f.name))
    for m in mentions:
        if m.type == "Firm":
            short = _short_name(m.text)
            if short:
                doc.dynamic.setdefault(short, ("Firm", m.name))  # "Vulcan" after "Vulcan Elements"
    for f in facilities:
        core = f.props.get("core")
        if core and len(core) > 3:
            doc.dynamic.setdefault(core, ("Facility", f.name))
        doc.dynamic.setdefault(f.name, ("Facility", f.name))
    return Sent(text, start, index, mentions)
