"""RESTRICTS: export controls, their imposer, target country and covered items.

Each (imposer, target country) pair is one ExportControl node per document,
named after the items of the sentence that first states it.

>>> from .annotate import annotate
>>> from .context import DocState
>>> doc = DocState("d")
>>> s = annotate("Indonesia banned the export of nickel ore and bauxite to China from January 2025.", 0, 0, doc)
>>> facts = control_facts(s, doc)
>>> [(f.source[1], f.target[1], f.props["status"]) for f in facts]
[('Indonesia export controls on nickel ore, bauxite to China', 'nickel ore', 'announced'), ('Indonesia export controls on nickel ore, bauxite to China', 'bauxite', 'announced')]
>>> facts[0].node_props[facts[0].source]["imposer"], facts[0].node_props[facts[0].source]["target_country"]
('Indonesia', 'China')
"""

from __future__ import annotations

import re

from graph.names import agency_country

from .context import DocState, Fact, Sent
from .data import pattern
from .helpers import find_dates, nearest_before, resolve
from .mentions import Mention

__all__ = ["control_facts"]

# the technology word must be the head: "technology metals" are materials, "technology companies" firms
_TECH = re.compile(r"\b((?:(?:key|advanced|related|[\w\-]+ing|[\w\-]+)\s+){0,2}(?:equipment|technolog(?:y|ies)|tools|machinery|know-how|presses))\b"
                   r"(?!\s+(?:metals?|minerals?|materials?|elements?|items?|products?|compan(?:y|ies)|firms?|sectors?|stocks?|giants?|groups?)\b)", re.I)
_TECH_DROP = {"certain", "some", "the", "a", "an", "other", "related", "and", "or", "of", "its", "their", "on", "for"}
_DESTINATION = re.compile(r"\b(?:to|into|targeting|against|aimed\s+at|bound\s+for|destined\s+for)\s+(?:the\s+)?$", re.I)
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$")
_CATEGORY_THEN_LIST = re.compile(r"\s*(?::|\s[\u2013\u2014-]{1,2}\s|,\s+(?:namely|including|such\s+as)\b|\s+\()")
_ANNOUNCE = re.compile(r"\b(?:announc\w+|unveil\w+|issu\w+|said|stated|published)\b", re.I)


def _imposer(sent: Sent, pos: int, doc: DocState) -> str | None:
    before = [m for m in sent.mentions if m.end <= pos and m.type in ("Country", "Agency", "Pronoun")
              and not (m.tags & {"cited", "recipient"})]
    for i, m in enumerate(reversed(before)):
        if m.type == "Pronoun":
            if any(x.type != "Pronoun" for x in before[:len(before) - 1 - i]):
                continue  # "the Netherlands said it would ...": the name said before the pronoun
            r = resolve(m, sent, doc, ("Country", "Agency"))
            if r is None:
                continue
            m = r
        if _DESTINATION.search(sent.text, max(0, m.start - 25), m.start) or \
                re.search(r"\b(?:with|on|over|from)\s+(?:the\s+)?$", sent.text[max(0, m.start - 10):m.start]):
            continue
        return m.name if m.type == "Country" else agency_country(m.name)
    after = [m for m in sent.mentions if m.start >= pos and m.type == "Agency" and "cited" not in m.tags]
    if after:
        return agency_country(after[0].name)
    for m in sent.of("Country", pos, skip=("cited", "recipient")):
        # "shipments of X from Zimbabwe need a licence": the origin controls its own exports
        if _FROM.search(sent.text, max(0, m.start - 10), m.start):
            return m.name
    for m in sent.of("Country", pos, skip=("cited", "recipient")):
        # "..., Beijing said."
        if re.match(r"\s*(?:['\u2019]s\s+[\w\s]{0,30}?)?\s*(?:said|says|announced|stated|confirmed|added)\b", sent.text[m.end:]):
            return m.name
    if doc.last_control:
        return doc.last_control[0]
    return doc.last_imposer  # "The October rules would have added ...": the measure named before


def _target(sent: Sent, imposer: str) -> str | None:
    for m in sent.of("Country", skip=("cited",)):
        if m.name != imposer and _DESTINATION.search(sent.text, max(0, m.start - 25), m.start):
            return m.name
    return None


def _technologies(text: str, start: int, end: int, taken) -> list[Mention]:
    out = []
    for m in _TECH.finditer(text, start, end):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        words = [w for w in m.group(1).split() if w.lower() not in _TECH_DROP]
        if words:
            out.append(Mention("Technology", " ".join(words).lower(), m.start(), m.end(), m.group(1)))
    return out


def _items_after(sent: Sent, pos: int, doc: DocState, limit: int | None = None) -> list[Mention]:
    text = sent.text
    stop = pattern("controls", "item_stop").search(text, pos, limit or len(text))
    end = stop.start() if stop else (limit or len(text))
    head = pattern("controls", "item_head")
    items = [m for m in sent.of("Material", pos, end, skip=("cited",)) if not head.match(text, m.end)]
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
    near = nearest_before(sent.of("Material", a, pos), pos)
    if near is None:
        return []
    gap = sent.text[near.end:pos]
    if adjacent_only and gap.strip():
        return []
    if not adjacent_only and len(gap) > 120:
        return []
    return sent.list_at(near)


def _status(text: str) -> str:
    if pattern("controls", "suspended").search(text) and not pattern("controls", "not_suspended").search(text):
        return "suspended"
    if pattern("controls", "in_force").search(text):
        return "in_force"
    if pattern("controls", "announced").search(text) or _ANNOUNCE.search(text):
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
    for m in pattern("controls", "forward").finditer(text):
        items = _items_after(sent, m.end(), doc)
        if items:
            found.append((m.start(), items))
            used.append((m.start(), m.end()))
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
    for m in pattern("controls", "backward").finditer(text):
        if any(a <= m.start() < b or m.start() <= a < m.end() for a, b in used):
            continue
        bare = m.group(0).lower().startswith(("export", "ban", "embargo", "quota"))
        items = _items_before(sent, m.start(), adjacent_only=bare)
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
        imposer = _imposer(sent, pos, doc)
        if imposer is None:
            continue
        doc.last_imposer = imposer
        target = _target(sent, imposer)
        key = (imposer, target)
        if key not in doc.controls:
            names = ", ".join(dict.fromkeys(i.name for i in items[:4]))
            name = f"{imposer} export controls on {names}" + (f" to {target}" if target else "")
            node = {"imposer": imposer, "target_country": target, "status": _status(text)}
            for role, date in find_dates(text):
                node.setdefault(role, date)
            doc.controls[key] = {"name": name, "props": node}
        doc.last_control = key
        ctrl = doc.controls[key]
        ref = ("ExportControl", ctrl["name"])
        props = {"status": _status(text), "restriction": _restriction(text)}
        for role, date in find_dates(text):
            props.setdefault(role, date)
        for item in items:
            out.append(Fact("RESTRICTS", ref, item.ref, {k: v for k, v in props.items() if v},
                            sent, node_props={ref: ctrl["props"]}))
    return out
