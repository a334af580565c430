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
"""

from __future__ import annotations

import re

from graph.names import agency_country

from .context import DocState, Fact, Sent
from .data import pattern
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
_TECH = re.compile(r"\b((?:(?!" + _NOT_MOD + r"\b)[\w\-]+"
                   r"(?:\s+(?:and|or)\s+[\w\-]+(?:ing|ion))?\s+){0,3}"
                   r"(?P<head>equipment|technolog(?:y|ies)|tools|machinery|know-how|presses|furnaces|methods|processes|"
                   r"dual-use\s+(?:items|goods)))\b"
                   r"(?!\s+(?:metals?|minerals?|materials?|elements?|items?|products?|compan(?:y|ies)|firms?|sectors?|"
                   r"stocks?|giants?|groups?)\b)", re.I)
# what a bare head is for: "technologies for rare earth extraction and separation and for magnet production"
_TECH_FOR = re.compile(r",?\s+(?:and\s+)?(?:for|(?P<make>to\s+(?:make|produce|manufacture|grow)))\s+(?:the\s+)?"
                       r"(?P<np>[^,;.()]{3,80}?)"
                       r"(?=\s+and\s+for\s|\s+(?:to|from|since|until|with|which|that|used|under|were|was|is|are|would|"
                       r"will|in\s+(?:19|20)\d\d)\b|[,;.()]|$)", re.I)
_LEAD_VERB = re.compile(r"^(?:making|producing|manufacturing)\s+", re.I)  # "methods for making X cathodes"
_CATEGORY_OF = re.compile(r"\b(?:list|catalog(?:ue)?|range|number|set|types?|kinds?)\s+of\s+$", re.I)
_PROCESS_OF = re.compile(r"^(?P<noun>production|manufacture|manufacturing|making|processing|refining|extraction|separation|"
                         r"mining|smelting|recycling)\s+of\s+(?:the\s+)?(?P<what>.+)$", re.I)
_TECH_DROP = {"certain", "some", "the", "a", "an", "other", "related", "and", "or", "of", "its", "their", "on", "for"}
_DESTINATION = re.compile(r"\b(?:to|into|targeting|against|aimed\s+at|bound\s+for|destined\s+for)\s+(?:the\s+)?$", re.I)
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
_BY_AGENT = re.compile(r"\b(?:announc|impos|introduc|issu|unveil|adopt|enforc|approv|decre)\w*\s+by\s+(?:the\s+)?$", re.I)
_IN = re.compile(r"\bin\s+(?:the\s+)?$")
_POSSESSIVE = re.compile(r"\b(?:its|their)\b", re.I)
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
                re.search(r"\b(?:with|on|over|from)\s+(?:the\s+)?$", sent.text[max(0, m.start - 10):m.start]):
            continue
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


def _technologies(text: str, start: int, end: int, taken) -> list[Mention]:
    """Equipment and know-how named between ``start`` and ``end`` (not overlapping the ``taken`` spans)."""
    out = []
    for m in _TECH.finditer(text, start, end):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        words = m.group(1).split()
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
                    out.append(Mention("Technology", f"{np} {head}".lower(), begin, t.end(), text[begin:t.end()]))
                continue
        if head in ("methods", "processes") and len(words) < 2:
            continue  # "methods" alone is no item; "battery cathode methods" is
        if words:
            out.append(Mention("Technology", " ".join(words).lower(), m.start(), m.end(), m.group(1)))
            pre = _ELIDED.search(text, max(start, m.start() - 60), m.start())
            if pre:
                first = pre.group("pre").split()
                while first and (first[0].lower() in _TECH_DROP or _NOT_MODIFIER.fullmatch(first[0])):
                    first.pop(0)
                if first and not any(a < m.start() and pre.start() < b for a, b in taken):
                    out.append(Mention("Technology", " ".join(first + [head]).lower(), pre.start("pre"),
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
    techs = _technologies(text, pos, end, [(m.start, m.end) for m in sent.mentions if m.type != "Material"])
    # "gallium extraction technology": the technology is the item, not the material that names it
    items = [m for m in items if not any(t.start <= m.start and m.end <= t.end for t in techs)] + techs
    if len(items) > 1 and _CATEGORY_THEN_LIST.match(text, items[0].end):
        items = items[1:]  # "seven rare earths - samarium, ...": the list, not its category
    if not items:
        ana = pattern("controls", "item_anaphor").search(text, pos, end)
        if ana:
            earlier = nearest_before(sent.of("Material"), pos)
            if earlier is not None:
                items = sent.list_at(earlier)  # "gallium and germanium ... these two metals": the whole list
            else:
                earlier = doc.topic(sent.index, 3) or doc.last("Material", sent.index)
                items = [earlier] if earlier is not None else []
    return sorted(items, key=lambda m: m.start)


def _items_before(sent: Sent, pos: int, adjacent_only: bool) -> list[Mention]:
    a, _ = sent.clause_of(pos)
    text = sent.text
    purposes = _purposes(text, a, pos)
    near = nearest_before([m for m in sent.of("Material", a, pos) if not any(x <= m.start < y for x, y in purposes)],
                          pos)
    taken = [(m.start, m.end) for m in sent.mentions if m.type != "Material"]
    techs = [t for t in _technologies(text, max(a, pos - 160), pos, taken)
             if (not adjacent_only or not text[t.end:pos].strip())]
    mats = []
    if near is not None:
        gap = text[near.end:pos]
        if not (adjacent_only and gap.strip()) and not (not adjacent_only and len(gap) > 120):
            mats = sent.list_at(near)
    if not techs:
        return mats
    # "lithium refining technology, along with cathode methods, to the list": the technologies of the same list,
    # from the first item on; a material inside a technology's name is not an item of its own
    first = min([m.start for m in mats] + [techs[-1].start])
    techs = [t for t in techs if t.start >= first - 80]
    mats = [m for m in mats if not any(t.start <= m.start and m.end <= t.end for t in techs)]
    return sorted(mats + techs, key=lambda m: m.start)


def _status(text: str) -> str:
    if pattern("controls", "suspended").search(text) and not pattern("controls", "not_suspended").search(text):
        return "suspended"
    if pattern("controls", "in_force").search(text):
        return "in_force"
    if pattern("controls", "announced").search(text):
        return "announced"
    return "in_force"


def _restriction(text: str) -> str | None:
    for kind, label in (("ban", "ban"), ("licence", "export licence requirement"), ("review", "end-use review")):
        if pattern("controls", kind).search(text):
            return label
    return None


def control_facts(sent: Sent, doc: DocState) -> list[Fact]:
    """The RESTRICTS facts of one sentence; ExportControl node properties ride on each fact."""
    text = sent.text
    found: list[tuple[int, list[Mention]]] = []
    used: list[tuple[int, int]] = []
    hints: dict[int, str] = {}
    duties: set[int] = set()
    for m in pattern("controls", "forward").finditer(text):
        items = _items_after(sent, m.end(), doc)
        if items:
            found.append((m.start(), items))
            used.append((m.start(), m.end()))
            inside = _actor_inside(sent, m.start(), m.end())
            if inside:
                hints[m.start()] = inside  # "the curbs Beijing has imposed on X": the author named in the trigger
            if pattern("controls", "duty").search(m.group(0)):
                duties.add(m.start())
    for m in pattern("controls", "pre_noun").finditer(text):
        # "its suspension of cobalt exports": the items end at the trade noun
        if any(a <= m.start() < b for a, b in used):
            continue
        items = _items_after(sent, m.end(), doc, m.start("trade"))
        if items:
            found.append((m.start(), items))
            used.append((m.start(), m.end("trade")))
    for m in pattern("controls", "subject").finditer(text):
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
            home = _located_in(sent, m.end(), verdict.start())
            if home:
                hints[m.start()] = home  # "exporters of antimony in China must hold a licence"
    backward = [(pattern("controls", "backward"), False)]
    if doc.last_control or doc.last_imposer:
        # a measure already discussed: "five more rare earths would be added", "would need approval"
        backward.append((pattern("controls", "followup_back"), True))
    for rx, followup in backward:
        for m in rx.finditer(text):
            if any(a <= m.start() < b or m.start() <= a < m.end() for a, b in used):
                continue
            bare = followup or m.group(0).lower().startswith(("export", "ban", "embargo", "quota"))
            items = _items_before(sent, m.start(), adjacent_only=bare)
            if followup and items and _OF_END.search(text, max(0, items[0].start - 30), items[0].start):
                continue  # "output of lithium will be added": what is added is the output, not an item
            more = pattern("controls", "along_with").match(text, m.end())
            if more:
                # "added X to its control list, along with equipment for Y": the list goes on after the trigger
                items += [i for i in _items_after(sent, more.end(), doc) if i.start >= more.end()]
            if items:
                found.append((m.start(), items))
                used.append((m.start(), m.end()))
    if doc.last_control or doc.last_imposer:
        for m in pattern("controls", "followup").finditer(text):
            # "a second package announced in October, which added holmium and erbium"
            if any(a <= m.start() < b or m.start() <= a < m.end() for a, b in used):
                continue
            items = _items_after(sent, m.end(), doc)
            if items and not _ITEMS_NEXT.fullmatch(text, m.end(), items[0].start):
                continue  # "rules which added paperwork for cobalt buyers": the items must follow the verb
            if items:
                found.append((m.start(), items))
                used.append((m.start(), m.end()))
    if not found:
        ana = pattern("controls", "anaphor").match(text) or pattern("controls", "anaphor").search(text, 0, 40)
        actor = doc.last_control or sent.of(("Agency", "Country"))
        if ana and actor and re.search(r"\b(?:covers?|cover|covering|includes?|including|applies|extends?|targets?|lists?)\b", text[ana.end():]):
            items = sent.of("Material", ana.end(), skip=("cited",))
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
        duty = pos in duties
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
           duty: bool) -> list[Fact]:
    """The RESTRICTS facts of one measure, its ExportControl node made (or found) in ``doc``."""
    text = sent.text
    out = []
    key = (imposer, target)
    if key not in doc.controls:
        names = ", ".join(dict.fromkeys(i.name for i in items[:4]))
        kind = "import duties" if duty else "export controls"
        name = f"{imposer} {kind} on {names}" + (f" to {target}" if target and not duty else "") \
            + (f" from {target}" if target and duty else "")
        node = {"imposer": imposer, "target_country": target, "status": _status(text)}
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
    props = {"status": _status(text), "restriction": "import duty" if duty else _restriction(text)}
    for role, date in find_dates(text):
        props.setdefault(role, date)
    for item in items:
        out.append(Fact("RESTRICTS", ref, item.ref, {k: v for k, v in props.items() if v},
                        sent, node_props={ref: ctrl["props"]}))
    return out
