"""RESTRICTS: export controls, their imposer, target country and covered items.

Each (imposer, target country) pair is one ExportControl node per document,
named after the items of the sentence that first states it.

>>> from .annotate import annotate
>>> from .context import DocState
>>> doc = DocState("d")
>>> s = annotate("Indonesia will ban the export of nickel ore and bauxite to China from January 2025.", 0, 0, doc)
>>> facts = control_facts(s, doc)
>>> [(f.source[1], f.target[1], f.props["status"]) for f in facts]
[('Indonesia export controls on nickel ore, bauxite to China', 'nickel ore', 'announced'), ('Indonesia export controls on nickel ore, bauxite to China', 'bauxite', 'announced')]
>>> facts[0].node_props[facts[0].source]["imposer"], facts[0].node_props[facts[0].source]["target_country"]
('Indonesia', 'China')

A measure lifted by another country names its imposer and target; equipment is an item of its own:

>>> s = annotate("Beijing lifts its U.S. ban on gallium and on germanium refining equipment.", 0, 1, doc)
>>> [(f.node_props[f.source]["imposer"], f.node_props[f.source]["target_country"], f.target, f.props["status"])
...  for f in control_facts(s, doc)]
[('China', 'United States', ('Material', 'gallium'), 'suspended'), ('China', 'United States', ('Technology', 'germanium refining equipment'), 'suspended')]

An import ban is the importer's measure, aimed at the origin of the goods:

>>> s = annotate("Ottawa banned imports of Russian titanium sponge and ingot.", 0, 2, doc)
>>> [(f.node_props[f.source]["imposer"], f.node_props[f.source]["target_country"], f.target[1], f.props["restriction"])
...  for f in control_facts(s, doc)]
[('Canada', 'Russia', 'titanium sponge', 'import ban'), ('Canada', 'Russia', 'titanium ingot', 'import ban')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from graph.names import agency_country, material_name

from .context import LIST_SEP, DocState, Fact, Sent
from .data import entities, lower_pattern, pattern
from .helpers import find_dates, nearest_before, resolve
from .mentions import Mention

__all__ = ["control_facts"]

# the technology word must be the head: "technology metals" are materials, "technology companies" firms; its
# modifiers do not cross a list ("gallium and related technology" keeps gallium apart) except a coordination
# of processes ("lithium extraction and refining technology")
_NOT_MOD = (r"(?:and|or|of|to|the|for|with|from|in|on|by|as|its|their|including|covering|also|now|new|all|any|"
            r"add(?:s|ed|ing)?|ban\w*|restrict\w*|curb\w*|controll?\w*|exports?|export(?:ed|ing)|imports?|"
            r"licen[cs]\w*|requir\w*|needs?|needed|said|says|put|puts|placed|imposed)")
_NOT_MODIFIER = re.compile(_NOT_MOD, re.I)
_TECH = re.compile(r"\b((?:(?!" + _NOT_MOD + r"\b)(?:[\w\-]+|\([A-Z]{2,6}\))"
                   r"(?:(?<=ing|ion)\s+(?:and|or)\s+[\w\-]+(?:ing|ion))?\s+){0,3}"
                   r"(?P<head>equipment|technolog(?:y|ies)|tools|machinery|know-how|presses|furnaces|methods|processes|"
                   r"chips|reactors|machines|systems|"
                   r"dual-use\s+(?:items|goods)))\b"
                   r"(?!\s+(?:metals?|minerals?|materials?|elements?|items?|products?|compan(?:y|ies)|firms?|sectors?|"
                   r"stocks?|giants?|groups?)\b)", re.I)
# what a bare head is for: "technologies for rare earth extraction and separation and for magnet production"
_TECH_FOR = re.compile(r",?\s+(?:and\s+)?(?:for|(?P<make>to\s+(?:make|produce|manufacture|grow)))\s+(?:the\s+)?"
                       r"(?P<np>[^,;.()]{3,80}?)"
                       r"(?=\s+and\s+for\s|\s+(?:to|from|since|until|with|which|that|used|under|were|was|is|are|would|"
                       r"will|in\s+(?:19|20)\d\d)\b|[,;.()]|$)", re.I)
_TWO_PROCESSES = re.compile(r"(?P<what>[\w\- ]+?)\s+(?P<a>[\w\-]+(?:ion|ing))\s+and\s+(?P<b>[\w\-]+(?:ion|ing))", re.I)
_LEAD_VERB = re.compile(r"^(?:making|producing|manufacturing)\s+", re.I)  # "methods for making X cathodes"
_CATEGORY_OF = re.compile(r"\b(?:list|catalog(?:ue)?|range|number|set|types?|kinds?)\s+of\s+$", re.I)
_PROCESS_OF = re.compile(r"^(?P<noun>production|manufacture|manufacturing|making|processing|refining|extraction|separation|"
                         r"mining|smelting|recycling)\s+of\s+(?:the\s+)?(?P<what>.+)$", re.I)
_GENERIC = {"know-how", "tools", "machinery", "reactors", "machines", "systems"}  # no item alone: "the know-how to run the lines"
_RELATED = re.compile(r"\b(?:related|associated)\s+\S+$", re.I)  # "related know-how": the know-how of the items
_TECH_DROP = {"certain", "some", "the", "a", "an", "other", "related", "and", "or", "of", "its", "their", "on", "for"}
# "to" after "in response to", "a reply to", "due to" is no destination
_DESTINATION = re.compile(r"\b(?:(?<!response\s)(?<!reply\s)(?<!reaction\s)(?<!answer\s)(?<!retaliation\s)(?<!due\s)"
                          r"(?<!owing\s)(?<!similar\s)(?<!addition\s)to|into|targeting|against|aimed\s+at|bound\s+for|"
                          r"destined\s+for)\s+(?:the\s+)?$", re.I)
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$")
# "seven rare earths: samarium, ..." enumerates its category (the list is the measure); "seven rare earths,
# including samarium" gives examples of it (the category is covered too)
_CATEGORY_THEN_LIST = re.compile(r"\s*(?::|\s[\u2013\u2014-]{1,2}\s|,\s+namely\b|\s+\((?!\s*(?:including|such\s+as|e\.g\.)))")
# a clause put before the main one: "Years after it stopped exporting ore, Guinea ..."
_FRONTED = re.compile(r"^(?:[\w\-]+\s+){0,4}?(?:after|before|since|when|while|because|although|though|once|until|as)\s+$",
                      re.I)
# "output of lithium", but not "exports of lithium"
_OF_END = re.compile(r"(?<!export)(?<!exports)(?<!shipment)(?<!shipments)(?<!sales)\s+of\s+(?:the\s+)?$", re.I)
# a few words (no preposition) between a verb and its first item: "added five more elements and X"
_ITEMS_NEXT = re.compile(r"\s*(?:(?!(?:for|to|of|in|on|at|with|by|from)\b)[\w\-]+,?\s+){0,4}", re.I)
# "Korea Zinc restricted its shipments of germanium": a company's own sales policy, not a country's measure
_FIRM_VERB = re.compile(r"\s+(?:(?:has|have|had|also|then|now|temporarily|briefly)\s+){0,2}$", re.I)
_NEW_CLAUSE = re.compile(r",\s+(?:the\s+)?$")
# the first half of an elided coordination: "lithium extraction and battery cathode technologies"
_ELIDED = re.compile(r"(?P<pre>(?:[\w\-]+\s+){0,2}[\w\-]+(?:ion|ing))\s+and\s+$")
# between a subject list and its measure: "Japan and the Netherlands (have both imposed) export controls on"
_SUBJECT_GAP = re.compile(r"\s+(?:(?!(?:about|over|on|of|for|from|with|in|at|by|that|which|who|and|or|but)\b)[a-z\-]+\s+){0,5}")
_BY_AGENT = re.compile(r"\b(?:(?:announc|impos|introduc|issu|unveil|adopt|enforc|approv|decre|requir|bann|prohibit|"
                       r"restrict|barr|halt|suspend|curb|limit|outlaw|forbid|block|stopp|licens|licenc)\w*|set|fixed|capped)"
                       r"(?:\s+(?:at|to)\s+[\d,.]+(?:\s+[\w-]+){0,2}?)?\s+by\s+(?:the\s+)?$", re.I)
_OBJECT_OF = re.compile(r"\b(?:remov\w*|add(?:s|ed|ing)?|put(?:s|ting)?|plac(?:es|ed|ing)|hit(?:s|ting)?|blacklist\w*|"
                        r"target\w*|accus\w*|urg(?:es|ed|ing)|ask(?:s|ed|ing)?|told|tell(?:s|ing)?|warn\w*|join\w*|"
                        r"lobb\w*|pressur\w*|persuad\w*|struck|strik\w*|drop(?:s|ped|ping)?)\s+(?:the\s+)?$", re.I)
_JOINED = re.compile(r"\bjoin(?:s|ed|ing)?\s+(?:the\s+)?$", re.I)
_IN_DOING = re.compile(r"\s+in\s+\w+ing\b", re.I)
_IN_NEXT = re.compile(r"\s+in\s+(?:the\s+)?")
_IN = re.compile(r"\bin\s+(?:the\s+)?$")
_POSSESSIVE = re.compile(r"\b(?:its|their)\b", re.I)
# "added scandium to the seven rare earths requiring licences": the items before "to" join the category after it
_TO_THE = re.compile(r"\s+(?:to|into)\s+(?:the\s+|its\s+|their\s+)?(?:[\w\-]+\s+){0,3}$", re.I)
_ADD_VERB = re.compile(r"\badd(?:s|ed|ing)?\s+(?:(?!(?:to|into|and|or)\b)[\w\-]+\s+){0,2}$", re.I)
_BEFORE_TECH = re.compile(r"\s*(?:,\s*|,?\s+(?:and|or|as\s+well\s+as)\s+)"
                          r"(?:(?:some|certain|related|other|the|its|their)\s+)?", re.I)
# a bare ore right after a trigger: "banned exports of unprocessed ore", "halted raw ore shipments"
_ORE = re.compile(r"\s*(?:(?:the|all|its|their|raw|unprocessed|unrefined|mineral|mined)\s+){0,3}"
                  r"(?P<form>ores?|concentrates?)\b", re.I)
# the measure of unnamed others: "Western curbs on", "foreign export bans on", "rivals' restrictions on"
_UNNAMED = re.compile(r"\b(?:Western|foreign|allied|rival|other\s+countries['\u2019]?|rivals['\u2019]?|"
                      r"their\s+rivals['\u2019]?)\s+(?:(?:new|recent|export|tighter|sweeping)\s+){0,2}$", re.I)
_EXPORT_WORD = re.compile(r"\bexport", re.I)
# a count of unnamed elements: "five more elements", "seven medium and heavy elements"
_COUNTED = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
                      r"(?:more\s+|additional\s+|further\s+|other\s+|new\s+)?(?P<heavy>(?:medium(?:\s+and\s+|-)?)?heavy\s+)?elements\b", re.I)
_MEASURE_NAME = {"import duty": "import duties", "import ban": "import ban",
                 "import restriction": "import restrictions"}
_IMPORTS_AFTER = re.compile(r"\s+imports?\b", re.I)  # "restrictions on Chinese polysilicon imports"
_IMPORTS_NEXT = re.compile(r"\s*(?:the\s+|all\s+)?imports?\s+(?:of|from)\b", re.I)  # "a ban on imports of X"
_IMPORT_BAN = re.compile(r"\b(?:ban|barr|prohibit|block|halt|suspend|stop|embargo)", re.I)
# "those products", "these two metals" (not "the metal", "them"): a list, not one item
_PLURAL_ANAPHOR = re.compile(r"(?:[\w\-]+\s+of\s+)?(?:these|those|such)\s+(?:[\w\-]+\s+){0,3}?[\w\-]+s\b", re.I)
_POSSESSOR = re.compile(r"['\u2019]s\s+(?:[\w\-]+\s+){0,2}")
_COVER_VERB = re.compile(r"\b(?:covers?|covering|includes?|including|applies|extends?|targets?|lists?)\b")
_NOT_LOWERABLE = re.compile("[\u0130\u0131\u017f]")  # İ, ı, ſ: lower() or re.I treat them apart
_TO_NEXT = re.compile(r"\s+(?:to|into|in)\b")
_INDEFINITE = re.compile(r"\b(?:a|an)\s+(?:[\w\-]+\s+){0,2}$", re.I)


def _actors_before(sent: Sent, pos: int) -> list[Mention]:
    """Countries, agencies and pronouns before ``pos`` that can be the imposer of a measure named there."""
    out = []
    for m in sent.mentions:
        if m.end > pos or m.type not in ("Country", "Agency", "Pronoun") or m.tags & {"cited", "recipient"}:
            continue
        if "relative" in m.tags and "," in sent.text[m.end:pos]:
            continue  # "In Zimbabwe, where Chinese firms own the mines, the government ...": a closed aside
        if m.type == "Country" and pattern("controls", "org_after").match(sent.text, m.end):
            continue
        out.append(m)
    return out


def _lifted(sent: Sent, pos: int) -> tuple[str, str] | None:
    """(imposer, target) of "A lifts B ban on ...": B is named right before the measure, after a lifting verb."""
    near = nearest_before(sent.of("Country"), pos)
    if near is None or sent.text[near.end:pos].strip(" -'\u2019s") \
            or not pattern("controls", "lifting").search(sent.text, 0, near.start):
        return None
    earlier = [m for m in _actors_before(sent, near.start) if m.type == "Country" and m.name != near.name]
    return (earlier[-1].name, near.name) if earlier else None


def _co_imposers(sent: Sent, pos: int, imposer: str) -> list[str]:
    """The other countries of a subject list: "Japan and the Netherlands restrict sales of chipmaking tools"."""
    named = [m for m in sent.of("Country", 0, pos, skip=("cited", "recipient", "locator")) if m.name == imposer]
    if not named:
        return []
    joined = [m.name for m in sent.of("Country", named[-1].end, pos, skip=("cited", "recipient", "locator"))
              if _JOINED.search(sent.text, max(0, m.start - 12), m.start) and _IN_DOING.match(sent.text, m.end)]
    if joined:
        return [n for n in dict.fromkeys(joined) if n != imposer]  # "Japan joined the Netherlands in restricting"
    subject = sent.list_at(named[-1])
    if len(subject) < 2 or subject[-1].end > pos or not _SUBJECT_GAP.fullmatch(sent.text, subject[-1].end, pos):
        return []
    return [m.name for m in subject if m.name != imposer
            and not _DESTINATION.search(sent.text, max(0, m.start - 25), m.start)]


def _actor_inside(sent: Sent, start: int, end: int) -> str | None:
    """The country or agency named inside a trigger (not as its destination): "curbs China imposed on"."""
    for m in sent.of(("Country", "Agency"), start, end, skip=("cited", "recipient")):
        if not _DESTINATION.search(sent.text, max(0, m.start - 25), m.start):
            return m.name if m.type == "Country" else agency_country(m.name)
    return None


def _imposer(sent: Sent, pos: int, doc: DocState, items=()) -> str | None:
    before = _actors_before(sent, pos)
    firm = nearest_before(sent.of("Firm", 0, pos, skip=("cited", "locator", "relative")), pos)
    if firm is not None and _FIRM_VERB.fullmatch(sent.text, firm.end, pos) \
            and not any(firm.end <= m.start for m in before):
        return None
    for i, m in enumerate(reversed(before)):
        if m.type == "Country" and (_POSSESSOR.fullmatch(sent.text, m.end, pos)
                                    or m.end == pos and sent.text.startswith(("'s", "\u2019s"), pos)):
            return m.name  # "adds to China's restrictions on": the measure's owner, not a destination
        if m.type == "Pronoun":
            if any(x.type != "Pronoun" for x in before[:len(before) - 1 - i]):
                continue  # "the Netherlands said it would ...": the name said before the pronoun
            if _FRONTED.match(sent.text, 0, m.start) and "," in sent.text[pos:]:
                # "Years after it stopped exporting ore, Guinea holds ...": the subject of the main clause
                main = sent.of("Country", sent.text.index(",", pos), skip=("cited", "recipient"))
                if main and _NEW_CLAUSE.search(sent.text, max(0, main[0].start - 8), main[0].start):
                    return main[0].name
            if doc.last_control and not any(x.type in ("Country", "Agency") for idx, x in doc.history[-12:]
                                             if idx == sent.index - 1):
                return doc.last_control[0]  # "It added that ...": the measure's author, not the last country named
            r = resolve(m, sent, doc, ("Country", "Agency"))
            if r is None:
                continue
            return r.name if r.type == "Country" else agency_country(r.name)
        if _DESTINATION.search(sent.text, max(0, m.start - 25), m.start) or \
                re.search(r"\b(?:with|on|over|from)\s+(?:the\s+)?$", sent.text[max(0, m.start - 10):m.start]) or \
                (m is not before[0] and _OBJECT_OF.search(sent.text, max(0, m.start - 20), m.start)):
            continue  # "Tokyo removed Seoul from its list and tightened controls": the object of another verb
        return m.name if m.type == "Country" else agency_country(m.name)
    after = [m for m in sent.mentions if m.start >= pos and m.type == "Agency" and "cited" not in m.tags]
    if after:
        return agency_country(after[0].name)
    for m in sent.of("Country", pos, skip=("cited", "recipient")):
        if _BY_AGENT.search(sent.text, max(0, m.start - 40), m.start):
            return m.name  # "the controls, announced by Peru in May, cover ...": the passive's agent
    for m in sent.of("Country", pos, skip=("cited", "recipient")):
        # "shipments of X from Zimbabwe need a licence": the origin controls its own exports
        if _FROM.search(sent.text, max(0, m.start - 10), m.start):
            return m.name
    for m in sent.of("Country", pos, skip=("cited", "recipient")):
        # "..., Beijing said."
        if re.match(r"\s*(?:['\u2019]s\s+[\w\s]{0,30}?)?\s*(?:said|says|announced|stated|confirmed|added)\b", sent.text[m.end:]):
            return m.name
    return _remembered(sent, pos, doc, items)


def _located_in(sent: Sent, start: int, end: int) -> str | None:
    """A country the exporters are "in" between ``start`` and ``end``: their own government controls them."""
    for m in sent.of("Country", start, end, skip=("cited", "recipient")):
        if _IN.search(sent.text, max(0, m.start - 10), m.start):
            return m.name
    return None


def _in_after(sent: Sent, pos: int) -> str | None:
    """The country named right after ``pos`` as "in X": "is prohibited in Zimbabwe", "need a licence in China"."""
    gap = _IN_NEXT.match(sent.text, pos)
    if gap is None:
        return None
    return next((m.name for m in sent.of("Country", gap.end(), skip=("cited", "recipient")) if m.start == gap.end()),
                None)


def _importer(sent: Sent, pos: int) -> str | None:
    """Who lays an import duty named at ``pos``: an actor before it, a trade law it is named after, an agency."""
    for m in reversed(_actors_before(sent, pos)):
        if m.type == "Country" and not _DESTINATION.search(sent.text, max(0, m.start - 25), m.start) \
                and not _FROM.search(sent.text, max(0, m.start - 10), m.start):
            return m.name
        if m.type == "Agency" and agency_country(m.name):
            return agency_country(m.name)
    law = pattern("controls", "us_trade_law").search(sent.text)
    if law:
        return "United States"
    for m in sent.of("Agency", pos):
        if agency_country(m.name):
            return agency_country(m.name)
    return None


def _origin(sent: Sent, pos: int, imposer: str) -> str | None:
    """The country an import duty falls on: "on Chinese graphite", "on anode material from China"."""
    for m in sent.of("Country", pos, skip=("cited",)):
        if m.name != imposer:
            return m.name
    return None


def _remembered(sent: Sent, pos: int, doc: DocState, items) -> str | None:
    """The imposer of a measure whose sentence names no actor."""
    refs = {i.ref for i in items}
    for (imposer, _), ctrl in reversed(doc.controls.items()):
        if refs & ctrl.get("items", set()):
            return imposer  # "exporters of gallium still need a licence": whoever restricted gallium before
    if _INDEFINITE.search(sent.text, max(0, pos - 30), pos) or _POSSESSIVE.search(sent.text, 0, pos + 1):
        # "Its October rules required licences for ...": the country the sentence before was about
        # "Indonesia mined 60% of the world's nickel. The jump followed a ban on ...": a new measure, by the
        # country the text is about, not the last one named as imposing something
        prev = [x for idx, x in doc.history[-20:] if idx == sent.index - 1 and x.type == "Country"
                and not x.tags & {"locator", "cited", "recipient", "relative"}]
        if prev:
            return prev[0].name
    if doc.last_control:
        return doc.last_control[0]
    return doc.last_imposer  # "The October rules would have added ...": the measure named before


def _target(sent: Sent, imposer: str) -> str | None:
    for m in sent.of("Country", skip=("cited",)):
        if m.name != imposer and _DESTINATION.search(sent.text, max(0, m.start - 25), m.start):
            return m.name
    return None


def _lower(name: str) -> str:
    """A technology's name lower-cased, acronyms kept: "advanced AI chips", "CVD diamond equipment"."""
    return " ".join(w if sum(ch.isupper() for ch in w) > 1 else w.lower() for w in name.split())


def _technologies(text: str, start: int, end: int, taken, names=()) -> list[Mention]:
    """Equipment and know-how named between ``start`` and ``end`` (not overlapping the ``taken`` spans).

    A technology whose modifiers begin inside a material's name (``names`` spans) takes the whole name:
    "some rare earth magnet production technologies".
    """
    out = []
    for m in _TECH.finditer(text, start, end):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        begin = next((a for a, b in names if a < m.start() < b and a >= start), m.start())
        words = text[begin:m.end()].split()
        if begin and text[begin - 1] in "'\u2019" and words[0].lower() == "s":
            words.pop(0)  # "ASML's advanced machines": the possessive's "s" is no modifier
        while words and words[0].lower() in _TECH_DROP:
            words.pop(0)
        head = m.group("head").lower()
        bare = len(words) == len(head.split()) and not head.startswith("dual")
        if bare and _CATEGORY_OF.search(text, max(0, m.start() - 30), m.start()):
            continue  # "its list of technologies that need a licence": the list, not an item
        if bare:
            # a bare head: what follows "for" names it ("equipment for growing diamond by vapour deposition")
            pos, tails = m.end(), []
            while True:
                t = _TECH_FOR.match(text, pos, end)
                if t is None:
                    break
                tails.append(t)
                pos = t.end()
            if tails:
                head = "technology" if head.startswith("technolog") else head
                for t in tails:
                    np = _LEAD_VERB.sub("", t.group("np").strip())
                    p = _PROCESS_OF.match(np)
                    if p:
                        np = f"{p.group('what')} {p.group('noun')}"
                    elif t.group("make"):
                        np += " production"  # "technologies to make magnets": magnet production technology
                    begin = m.start() if t is tails[0] else t.start("np")
                    two = _TWO_PROCESSES.fullmatch(np)
                    # "technologies for rare earth extraction and separation": one technology per process
                    for one in ([f"{two.group('what')} {two.group('a')}", f"{two.group('what')} {two.group('b')}"]
                                if two else [np]):
                        out.append(Mention("Technology", _lower(f"{one} {head}"), begin, t.end(), text[begin:t.end()]))
                continue
        if head in ("methods", "processes") and len(words) < 2 or head in _GENERIC and len(words) < 2 and \
                not _RELATED.search(text, max(0, m.start() - 12), m.end()):
            continue  # "methods" alone is no item; "battery cathode methods" or "related know-how" is
        if words:
            out.append(Mention("Technology", _lower(" ".join(words)), begin, m.end(), text[begin:m.end()]))
            pre = _ELIDED.search(text, max(start, m.start() - 60), m.start())
            if pre:
                first = pre.group("pre").split()
                while first and (first[0].lower() in _TECH_DROP or _NOT_MODIFIER.fullmatch(first[0])):
                    first.pop(0)
                if first and not any(a < m.start() and pre.start() < b for a, b in taken):
                    out.append(Mention("Technology", _lower(" ".join(first + [head])), pre.start("pre"),
                                       pre.end("pre"), pre.group("pre")))
    return sorted(out, key=lambda t: t.start)


def _purposes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans saying what an item is used for ("the presses used to grow diamond"): no items there."""
    if "used" not in text:
        return []
    return [(p.start(), p.end()) for p in pattern("controls", "purpose", flags=0).finditer(text, start, end)]


def _items_after(sent: Sent, pos: int, doc: DocState, limit: int | None = None) -> list[Mention]:
    text = sent.text
    stop = pattern("controls", "item_stop").search(text, pos, limit or len(text))
    end = stop.start() if stop else (limit or len(text))
    for m in sent.of(("Country", "Firm", "Agency"), pos, end):
        if _NEW_CLAUSE.search(text, max(pos, m.start - 8), m.start):
            # "after it stopped exporting nickel ore, Indonesia holds ...": a new clause
            end = text.rindex(",", pos, m.start)
            break
    head = pattern("controls", "item_head")
    purposes = _purposes(text, pos, end)
    items = [m for m in sent.of("Material", pos, end, skip=("cited",)) if not head.match(text, m.end)
             and not any(a <= m.start < b for a, b in purposes)]  # "presses used to grow diamond": not an item
    techs = [t for t in _technologies(text, pos, end, [(m.start, m.end) for m in sent.mentions if m.type != "Material"],
                                      [(m.start, m.end) for m in sent.mentions if m.type == "Material"])
             if not any(a <= t.start < b for a, b in purposes)]  # "gallium used in chips": chips are no item
    # "gallium extraction technology": the technology is the item, not the material that names it
    items = [m for m in items if not any(t.start <= m.start and m.end <= t.end for t in techs)] + techs
    if "element" in text:
        items += _counted_elements(sent, pos, end, doc, items)
        items.sort(key=lambda m: m.start)
    if len(items) > 1 and _CATEGORY_THEN_LIST.match(text, items[0].end):
        items = items[1:]  # "seven rare earths - samarium, ...": the list, not its category
    if not items and ("ore" in text or "concentrate" in text):
        items = _bare_ore(sent, pos, end, doc)
    ana = pattern("controls", "item_anaphor").search(text, pos, end) if not items or " th" in text[pos:items[0].start] \
        else None
    if ana and items and _PLURAL_ANAPHOR.match(ana.group(0)) and ana.end() <= items[0].start \
            and not sent.of("Material", 0, pos):
        # "exporters of those products and of X": the products the sentence before listed, then X
        items = [x for x in _previous_list(sent, doc) if all(i.ref != x.ref for i in items)] + items
    elif not items and ana:
        # "recovered from zinc ores": a source named on the way is not what "the metal" stands for
        earlier = nearest_before([x for x in sent.of("Material", 0, pos) if not _FROM.search(
            sent.text, max(0, x.start - 12), x.start)], pos)
        if earlier is not None:
            items = sent.list_at(earlier)  # "gallium and germanium ... these two metals": the whole list
        elif _PLURAL_ANAPHOR.match(ana.group(0)):
            items = _previous_list(sent, doc)
        if not items:
            earlier = doc.topic(sent.index, 3) or doc.last("Material", sent.index)
            items = [earlier] if earlier is not None else []
    return _elided(sent, sorted(items, key=lambda m: m.start))


def _previous_list(sent: Sent, doc: DocState) -> list[Mention]:
    """The materials the sentence before named, once each: what "those products" stands for."""
    out: list[Mention] = []
    for idx, x in doc.history[-30:]:
        if idx == sent.index - 1 and x.type == "Material" and "cited" not in x.tags \
                and all(o.ref != x.ref for o in out):
            out.append(x)
    return out


@lru_cache(maxsize=1)
def _form_next() -> tuple[frozenset, re.Pattern]:
    """The one-word forms of a material ("ingot", "hydroxide") and a pattern for one more form in a list."""
    words = sorted({w.lower() for w in entities()["compound_words"] if " " not in w}, key=len, reverse=True)
    rx = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s*,?\s+(?:and|or)\s+)(" + "|".join(words) + r")\b(?![\w\-])", re.I)
    return frozenset(words), rx


def _elided(sent: Sent, items: list[Mention]) -> list[Mention]:
    """The items plus the forms that share a material named once: "titanium sponge and ingot" -> titanium ingot."""
    words, rx = _form_next()
    text, out = sent.text, []
    for m in items:
        out.append(m)
        last = m.text.split()[-1].lower() if m.type == "Material" and " " in m.text else ""
        if last not in words or " " not in m.name or m.name.split()[-1].lower().rstrip("s") != last.rstrip("s"):
            continue  # the name itself must end in the form: "artificial diamond powders" is synthetic diamond
        base, pos = m.name.rsplit(" ", 1)[0], m.end
        while True:
            f = rx.match(text, pos)
            if f is None or pattern("controls", "item_head").match(text, f.end()):
                break
            name = material_name(f"{base} {f.group(1).lower()}")
            if all(x.ref != ("Material", name) for x in items + out):
                out.append(Mention("Material", name, f.start(1), f.end(1), f.group(1)))
            pos = f.end()
    return out


def _counted_elements(sent: Sent, pos: int, end: int, doc: DocState, items) -> list[Mention]:
    """"five more elements", "seven medium and heavy elements": rare earths, in a text about rare earths."""
    out = []
    for m in _COUNTED.finditer(sent.text, pos, end):
        if any(i.start < m.end() and m.start() < i.end for i in items + sent.mentions):
            continue  # "five more rare earth elements" is named already
        if not any("rare earth" in x.name for _, x in doc.history[-80:]) and \
                not any("rare earth" in x.name for x in sent.mentions):
            continue
        name = "heavy rare earths" if m.group("heavy") else "rare earths"
        out.append(Mention("Material", name, m.start(), m.end(), m.group(0)))
    return out


def _bare_ore(sent: Sent, pos: int, end: int, doc: DocState) -> list[Mention]:
    """"banned exports of unprocessed ore": the ore of the material the sentence (or the text) is about."""
    ore = _ORE.match(sent.text, pos, end)
    if ore is None or pattern("controls", "item_head").match(sent.text, ore.end()):
        return []
    mat = nearest_before(sent.of("Material", 0, pos), pos) or doc.current_material(sent.index)
    if mat is None or " " in mat.name:
        return []  # only an element or mineral has an ore: "nickel ore", not "nickel matte ore"
    form = ore.group("form").lower()
    name = material_name(f"{mat.name} {'ore' if form.startswith('ore') else 'concentrate'}")
    return [Mention("Material", name, ore.start("form"), ore.end("form"), ore.group("form"))]


def _items_before(sent: Sent, pos: int, adjacent_only: bool, doc: DocState | None = None) -> list[Mention]:
    a, _ = sent.clause_of(pos)
    text = sent.text
    purposes = _purposes(text, a, pos)
    near = nearest_before([m for m in sent.of("Material", a, pos) if not any(x <= m.start < y for x, y in purposes)],
                          pos)
    taken = [(m.start, m.end) for m in sent.mentions if m.type != "Material"]
    techs = [t for t in _technologies(text, max(a, pos - 160), pos, taken,
                                      [(m.start, m.end) for m in sent.mentions if m.type == "Material"])
             if (not adjacent_only or not text[t.end:pos].strip()) and not any(x <= t.start < y for x, y in purposes)]
    mats = []
    if near is not None:
        gap = text[near.end:pos]
        if not (adjacent_only and gap.strip()) and not (not adjacent_only and len(gap) > 120):
            mats = sent.list_at(near)
    if not mats and doc is not None and "element" in text:
        # "will add five more elements to its list"
        mats = [c for c in _counted_elements(sent, max(a, pos - 120), pos, doc, [])
                if not (adjacent_only and text[c.end:pos].strip())][-1:]
    if not techs:
        return _elided(sent, mats)
    # "lithium refining technology, along with cathode methods, to the list": the technologies of the same list,
    # from the first item on; a material inside a technology's name is not an item of its own
    first = min([m.start for m in mats] + [techs[-1].start])
    techs = [t for t in techs if t.start >= first - 80]
    mats = [m for m in mats if not any(t.start <= m.start and m.end <= t.end for t in techs)]
    lead = min([m.start for m in mats] + [techs[0].start])
    head = nearest_before([m for m in sent.of("Material", a, lead) if not any(x <= m.start < y for x, y in purposes)],
                          lead)
    if head is not None and _BEFORE_TECH.fullmatch(text, head.end, lead):
        # "graphite and some rare earth technologies": a material list joined to the technology by a determiner
        mats = [m for m in sent.list_at(head) if m not in mats] + mats
    return _elided(sent, sorted(mats + techs, key=lambda m: m.start))


def _joined(sent: Sent, items: list[Mention]) -> list[Mention]:
    """The items added to a covered category: "added scandium to the rare earths that need licences" -> scandium.

    The category is what the new items join, like a control list, not the news of the sentence.
    """
    text = sent.text
    gap = _TO_THE.search(text, max(0, items[0].start - 40), items[0].start)
    if gap is None:
        return items
    new = nearest_before(sent.of("Material", 0, gap.start(), skip=("cited",)), gap.start())
    if new is None or text[new.end:gap.start()].strip():
        return items
    added = sent.list_at(new)
    if not _ADD_VERB.search(text, max(0, added[0].start - 40), added[0].start):
        return items
    return added


def _added_by(sent: Sent, doc: DocState, used: list[tuple[int, int]]) -> list[tuple[int, list[Mention]]]:
    """"In May Beijing added tin and bismuth": a country adding items to a measure the text is about.

    The actor stands right before the verb and the items right after it; "added nickel to its stockpile" is no
    measure (an addition to a control list is the backward rule's).
    """
    text, out = sent.text, []
    for m in pattern("controls", "added_by").finditer(text):
        if any(a <= m.start() < b for a, b in used):
            continue
        if not any(x.end <= m.start() and not text[x.end:m.start()].strip() and not x.tags & {"cited", "recipient"}
                   for x in sent.mentions if x.type in ("Country", "Agency", "Pronoun")):
            continue
        items = _items_after(sent, m.end(), doc)
        if not items or not _ITEMS_NEXT.fullmatch(text, m.end(), items[0].start):
            continue
        n = 1
        while n < len(items) and LIST_SEP.match(text[items[n - 1].end:items[n].start]):
            n += 1
        items = items[:n]  # the one list after the verb: "added X and Y, and later it required licences for Z"
        if _TO_NEXT.match(text, items[-1].end):
            continue
        out.append((m.start(), items))
        used.append((m.start(), m.end()))
    return out


def _bare_trade(sent: Sent, doc: DocState, used: list[tuple[int, int]]) -> list[tuple[int, list[Mention]]]:
    """"Cobalt prices rose after Congo said exports would be capped": the items of a measure on the trade itself.

    They are the material named before the trade noun in the sentence, else the one the text is about.
    """
    m = pattern("controls", "bare_trade").search(sent.text)
    if m is None or any(a <= m.start() < b for a, b in used):
        return []
    near = nearest_before(sent.of("Material", 0, m.start(), skip=("cited",)), m.start())
    if near is not None:
        items = sent.list_at(near)
    else:
        topic = doc.topic(sent.index, 3) or doc.last("Material", sent.index)
        items = [Mention("Material", topic.name, m.start(), m.start(), "")] if topic is not None else []
    if items:
        used.append((m.start(), m.end()))
        return [(m.start(), items)]
    return []


def _status(text: str) -> str:
    if pattern("controls", "suspended").search(text) and not pattern("controls", "not_suspended").search(text):
        return "suspended"
    if pattern("controls", "in_force").search(text):
        return "in_force"
    if pattern("controls", "announced").search(text):
        return "announced"
    return "in_force"


def _restriction(text: str) -> str | None:
    for kind, label in (("ban", "ban"), ("ban_also", "ban"), ("licence", "export licence requirement"),
                        ("quota", "export quota"), ("tax", "export tax"), ("review", "end-use review")):
        if pattern("controls", kind).search(text):
            return label
    return None


def _forward_matches(text: str) -> list[re.Match]:
    """The forward triggers of ``text``; the rarer wordings only when one of their words is there."""
    low = text.lower()
    # the long alternations are several times faster case-sensitively on the lower-cased text; the offsets are the
    # same (lower() keeps every other character's length and case-insensitive matches)
    odd = _NOT_LOWERABLE.search(text)
    rx, on = (pattern, text) if odd else (lower_pattern, low)
    out = list(rx("controls", "forward").finditer(on))
    if "import" in low or "cover" in low or "quota" in low or "approval" in low:
        more = [m for m in rx("controls", "forward_more").finditer(on)
                if not any(o.start() < m.end() and m.start() < o.end() for o in out)]
        if more:
            out = sorted(out + more, key=lambda m: m.start())
    return out


def control_facts(sent: Sent, doc: DocState) -> list[Fact]:
    """The RESTRICTS facts of one sentence; ExportControl node properties ride on each fact."""
    text = sent.text
    found: list[tuple[int, list[Mention]]] = []
    used: list[tuple[int, int]] = []
    hints: dict[int, str] = {}
    duties: dict[int, str] = {}  # trigger position -> "import duty" / "import ban"
    rx, on = (pattern, text) if _NOT_LOWERABLE.search(text) else (lower_pattern, text.lower())  # see _forward_matches
    for m in _forward_matches(text):
        items = _items_after(sent, m.end(), doc)
        if items:
            found.append((m.start(), items))
            used.append((m.start(), m.end()))
            inside = _actor_inside(sent, m.start(), m.end())
            if inside:
                hints[m.start()] = inside  # "the curbs Beijing has imposed on X": the author named in the trigger
            if (pattern("controls", "duty").search(m.group(0)) or _IMPORTS_NEXT.match(text, m.end())
                    or _IMPORTS_AFTER.match(text, items[-1].end)) \
                    and not _EXPORT_WORD.search(m.group(0)):  # an export tax is the exporter's measure
                word = m.group(0).replace("import", "")
                duties[m.start()] = ("import ban" if _IMPORT_BAN.search(word) else "import duty"
                                     if pattern("controls", "duty").search(word) else "import restriction")
    for m in rx("controls", "pre_noun").finditer(on):
        # "its suspension of cobalt exports": the items end at the trade noun
        if any(a <= m.start() < b for a, b in used):
            continue
        items = _items_after(sent, m.end(), doc, m.start("trade"))
        if items:
            found.append((m.start(), items))
            used.append((m.start(), m.end("trade")))
    for m in rx("controls", "subject").finditer(on):
        # "exporters of X must obtain licences": the items lie between the subject and its verdict
        if any(a <= m.start() < b for a, b in used):
            continue
        verdict = pattern("controls", "verdict").search(text, m.end(), m.end() + 150)
        if verdict is None:
            continue
        items = _items_after(sent, m.end(), doc, verdict.start())
        if items:
            found.append((m.start(), items))
            used.append((m.start(), verdict.end()))
            home = _located_in(sent, m.end(), verdict.start()) or _in_after(sent, verdict.end())
            if home:
                hints[m.start()] = home  # "exporters of antimony in China must hold a licence"
    backward = [(rx("controls", "backward"), False)]
    if doc.last_control or doc.last_imposer:
        # a measure already discussed: "five more rare earths would be added", "would need approval"
        backward.append((rx("controls", "followup_back"), True))
    for trigger, followup in backward:
        for m in trigger.finditer(on):
            if any(a <= m.start() < b or m.start() <= a < m.end() for a, b in used):
                continue
            bare = followup or m.group(0).lower().startswith(("export", "ban", "embargo", "quota"))
            items = _items_before(sent, m.start(), adjacent_only=bare, doc=doc)
            if followup and items and _OF_END.search(text, max(0, items[0].start - 30), items[0].start):
                continue  # "output of lithium will be added": what is added is the output, not an item
            if items and not followup:
                items = _joined(sent, items)
            more = pattern("controls", "along_with").match(text, m.end())
            if more:
                # "added X to its control list, along with equipment for Y": the list goes on after the trigger
                items += [i for i in _items_after(sent, more.end(), doc) if i.start >= more.end()]
            if items:
                found.append((m.start(), items))
                used.append((m.start(), m.end()))
                home = _located_in(sent, m.start(), m.end()) or _in_after(sent, m.end())  # "need a licence in China"
                if home:
                    hints[m.start()] = home  # "zinc exporters in Peru must obtain permits"
    if doc.last_control or doc.last_imposer:
        for m in rx("controls", "followup").finditer(on):
            # "a second package announced in October, which added holmium and erbium"
            if any(a <= m.start() < b or m.start() <= a < m.end() for a, b in used):
                continue
            items = _items_after(sent, m.end(), doc)
            if items and not _ITEMS_NEXT.fullmatch(text, m.end(), items[0].start):
                continue  # "rules which added paperwork for cobalt buyers": the items must follow the verb
            if items:
                found.append((m.start(), items))
                used.append((m.start(), m.end()))
    if not found and ("exports" in text or "shipments" in text or "sales" in text):
        found += _bare_trade(sent, doc, used)
    if (doc.last_control or doc.last_imposer) and "add" in text:
        found += _added_by(sent, doc, used)
    if not found:
        ana = pattern("controls", "anaphor").match(text) or pattern("controls", "anaphor").search(text, 0, 40)
        actor = doc.last_control or sent.of(("Agency", "Country"))
        verb = _COVER_VERB.search(text, ana.end()) if ana and actor else None
        if verb:
            # "The restrictions, announced in July, target battery cathode technology": equipment when no material is
            # named (a material's apposition may name tools it goes into)
            items = _items_after(sent, verb.end(), doc)
            if not items or any(i.type == "Material" for i in items):
                head = pattern("controls", "item_head")  # "lithium pricing", "nickel smelters": no items
                items = [i for i in sent.of("Material", ana.end(), skip=("cited",)) if not head.match(text, i.end)]
            if items:
                found.append((ana.start(), items))
    hypothetical = pattern("controls", "hypothetical")
    found = [(pos, items) for pos, items in found
             if not hypothetical.search(text, sent.clause_of(pos)[0], pos + 60)]  # a threat or an option, not a measure
    if not found:
        m = pattern("controls", "mention").search(text)
        if m and not hypothetical.search(text):
            imposer = _imposer(sent, m.start(), doc)
            if imposer is not None:
                doc.last_imposer = imposer
    out = []
    for pos, items in found:
        if _UNNAMED.search(text, max(0, pos - 30), pos):
            continue  # "a reply to Western curbs on chip tools": a measure of parties the text does not name
        duty = duties.get(pos)
        lifted = _lifted(sent, pos)
        if lifted:
            imposer, target = lifted
        elif pos in hints:
            imposer = hints[pos]
            target = _target(sent, imposer)
        elif duty:
            # an import duty: laid by the importer, on goods from the origin; never guessed from the document
            imposer = _importer(sent, pos)
            if imposer is None:
                continue
            target = _origin(sent, pos, imposer)
        else:
            imposer = _imposer(sent, pos, doc, items)
            if imposer is None:
                continue
            target = _target(sent, imposer)
        for other in _co_imposers(sent, pos, imposer):
            out += _facts(sent, doc, other, _target(sent, other), items, duty)
        out += _facts(sent, doc, imposer, target, items, duty)
    return out


def _facts(sent: Sent, doc: DocState, imposer: str, target: str | None, items: list[Mention],
           duty: str | None) -> list[Fact]:
    """The RESTRICTS facts of one measure, its ExportControl node made (or found) in ``doc``.

    ``duty`` names an import measure ("import duty", "import ban"): laid by the importer on goods from ``target``.
    """
    text = sent.text
    out = []
    key = (imposer, target)
    if key not in doc.controls:
        names = ", ".join(dict.fromkeys(i.name for i in items[:4]))
        kind = _MEASURE_NAME.get(duty or "", "export controls")
        name = f"{imposer} {kind} on {names}" + (f" to {target}" if target and not duty else "") \
            + (f" from {target}" if target and duty else "")
        tariff = duty == "import duty" or (not duty and _restriction(text) == "export tax")
        node = {"imposer": imposer, "target_country": target, "status": _status(text),
                "kind": "tariff" if tariff else "control"}
        for role, date in find_dates(text):
            node.setdefault(role, date)
        doc.controls[key] = {"name": name, "props": node, "items": set()}
    ctrl = doc.controls[key]
    if not duty:
        # an import duty is not the measure later sentences go on about ("its rules cover ...")
        doc.last_imposer = imposer
        doc.last_control = key
        ctrl.setdefault("items", set()).update(i.ref for i in items)
    ref = ("ExportControl", ctrl["name"])
    props = {"status": _status(text), "restriction": duty or _restriction(text)}
    for role, date in find_dates(text):
        props.setdefault(role, date)
    for item in items:
        out.append(Fact("RESTRICTS", ref, item.ref, {k: v for k, v in props.items() if v},
                        sent, node_props={ref: ctrl["props"]}))
    return out
