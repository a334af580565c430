"""USED_IN: a material is used in, essential for, or a key component of an industry or another material.

>>> from .annotate import annotate
>>> from .context import DocState
>>> doc = DocState("d")
>>> s = annotate("Tungsten and cobalt are essential for cutting tools, jet engines and armour, while zinc is used in solder.", 0, 0, doc)
>>> [(f.source[1], f.target[1], f.props["required"]) for f in use_facts(s, doc)]
[('tungsten', 'cutting tools', True), ('tungsten', 'jet engines', True), ('tungsten', 'armour', True), ('cobalt', 'cutting tools', True), ('cobalt', 'jet engines', True), ('cobalt', 'armour', True), ('zinc', 'solder', False)]
>>> s = annotate("The anode is made mostly of graphite, and the metal is also added to steel.", 0, 1, doc)
>>> [(f.source[1], f.target[1]) for f in use_facts(s, doc)]
[('graphite', 'anode'), ('graphite', 'steel')]
"""

from __future__ import annotations

import re

from graph.names import canonical_name, is_element

from .context import DocState, Fact, Sent
from .data import pattern
from .helpers import nearest_before, resolve
from .mentions import Mention

__all__ = ["use_facts"]

_SPLIT = re.compile(r",\s+(?:and\s+|or\s+)?|\s+(?:such\s+as|including|like)\s+|;\s+")
_AND = re.compile(r"\s+(?:and|or)\s+")
# a gerund with its object ("hardening the lead in bullets and batteries") is one item; "cutting tools and X" is two
_GERUND = re.compile(r"^[a-z\-]+ing\s+(?:the|a|an|its|their|up|out|down|off|(?:and|or)\s+[a-z\-]+ing)\b")
# "drill bits for oil and gas wells": "oil and gas" is one modifier, not two items
_PREP_WORD_END = re.compile(r"\b(?:for|of|in|from)\s+(?:the\s+)?[a-z\-]+$")
_VERBISH = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|said|says|sent|began|help|helps)\b")
_MAX_WORDS = 7
# the thing a material is made into, before "is made of": the head before any "of"-phrase or aside
_MADE_HEAD = re.compile(r"(?:^|[,;:]\s*|\b(?:and|but|while|whereas)\s+)(?P<np>(?:[\w\-]+\s+){0,5}?[\w\-]+)"
                        r"(?:\s+of\s+(?:[\w\-]+\s+){0,4}?[\w\-]+)?(?:,\s+[^,]{1,80},)?\s+$")
_NP_FILLER = frozenset("the a an most many some all nearly almost every each today now its their these those such "
                       "virtually practically and but while whereas".split())
_TRAILING_AND = re.compile(r"\s+(?:and|but)(?:\s+(?:also|is|are|it|they))*\s*$")
_PREPOSITIONS = frozenset("on in at for from with inside across within".split())
# what joins the materials after "made of": "lithium combined with nickel, cobalt and manganese"
_MADE_SEP = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|plus)\s+|\s+(?:combined|mixed|blended|alloyed)\s+with\s+")
# a part of what the text is about as the subject: "Most of it ends up in ...", "Much of the rest goes into ..."
_PART_OF = r"\s*(?:(?:and|but|so)\s+)?(?:(?:Most|most|Much|much|All|all|Some|some|Half|half|Part|part|The\s+bulk|the\s+bulk|" \
           r"The\s+rest|the\s+rest|Nearly\s+all|nearly\s+all)\s+of\s+)?"
_MATERIAL_WORDS = frozenset(("the metal", "the element", "the mineral", "the material", "the compound"))
# "..., and they also end up in": a pronoun right before the trigger is its subject
_PRONOUN_TAIL = re.compile(r"(?:[,;]\s*|\b(?:and|but|while)\s+)(?:it|they)\s+(?:(?:is|are|was|were)\s+)?"
                           r"(?:also\s+|still\s+|mostly\s+|mainly\s+)?$")
_PRONOUN_ITEM = re.compile(r"^(?:it|they|them)\b", re.I)
# "high-speed and high-frequency devices": two modifiers sharing one head, one item
_SHARED_HEAD = re.compile(r"^[a-z]+-[a-z]+\s+(?:and|or)\s+[a-z]+-[a-z]+\s+\w")


def _resolve_material(p: Mention, sent: Sent, doc: DocState) -> Mention | None:
    """What "the metal" / "the element" stands for: the last element named (not a compound made of it); what
    "the mineral" / "the material" stands for: the last material named."""
    element = p.name in ("the metal", "the element")
    here = [m for m in sent.of("Material", 0, p.start) if "relative" not in m.tags]
    earlier = here[::-1] + [m for i, m in reversed(doc.history) if i < sent.index and m.type == "Material"
                            and not (m.tags & {"cited", "facility_part"})]
    for m in earlier:
        if not element or is_element(m.name):
            return m
        head = m.name.split()[0]
        if is_element(head):  # "gallium nitride chips ... The metal is also used in": gallium
            return Mention("Material", head, m.start, m.start + len(head), head)
    return earlier[0] if earlier else None


def _subjects(sent: Sent, pos: int, start: int, doc: DocState) -> list[Mention]:
    text = sent.text
    head = text[start:pos]
    pron = re.match(_PART_OF + r"(It|They|it|they)\b", head)
    if (pron and re.match(_PART_OF + r"(?:It|They|it|they)(?:\s+(?:is|are|also|have|has|were|was|ends?|goes|go|still)\b|\s*$)", head)) \
            or _PRONOUN_TAIL.search(head):
        # "Magnets are vital for motors, and they also end up in drones": the sentence's own subject
        own = sent.of("Material", 0, start, skip=("cited",))
        if own and own[0].start < 40:
            return [m for m in sent.list_at(own[0])]
        p = next((m for m in sent.mentions if m.type == "Pronoun" and m.start >= start), None)
        r = resolve(p, sent, doc, ("Material",)) if p else None
        if r is None:
            r = doc.last("Material", sent.index)
        return [r] if r else []
    which = re.search(r",?\s+(?:which|that)\s+(?:\w+\s+){0,3}$", head)
    mats = sent.of(("Material", "Technology"), start, pos, skip=("cited",))
    described = [m for m in sent.of("Pronoun", start, pos) if m.name in _MATERIAL_WORDS]
    if described and (not mats or described[-1].start > mats[-1].end) and not which:
        # "The metal is a key input in ammunition", "planners regard the element as vital for radar"
        r = _resolve_material(described[-1], sent, doc)
        return [r] if r is not None else []
    if which:
        near = nearest_before(mats, start + which.start())
        # "X and Y, which are used in": the relative clause is about the whole list
        return [m for m in sent.list_at(near) if m.start >= start] or [near] if near else []
    if not mats:
        return []
    near = mats[-1]
    return [m for m in sent.list_at(near) if m.start >= start] or [near]


def _items(sent: Sent, start: int, end: int) -> list[Mention]:
    text = sent.text
    region = text[start:end]
    stop = pattern("uses", "item_stop").search(region)
    if stop:
        region = region[:stop.start()]
    region = _TRAILING_AND.sub("", region)  # "slicing wafers and also | goes into ...": the next trigger's subject
    out = []
    pos = start
    for part in _SPLIT.split(region):
        offset = text.find(part, pos)
        pos = offset + len(part)
        chunks = [part] if _GERUND.match(part.strip()) or _SHARED_HEAD.match(part.strip()) else _AND.split(part)
        merged: list[str] = []
        for chunk in chunks:
            if merged and _PREP_WORD_END.search(merged[-1].strip()) and len(chunk.split()) <= 3:
                merged[-1] = merged[-1] + " and " + chunk  # "drill bits for oil and gas wells"
            else:
                merged.append(chunk)
        chunks = merged
        for chunk in chunks:
            c_off = text.find(chunk, offset)
            item = pattern("uses", "item_prefix").sub("", chunk.strip()).strip(" .,\"'\u201d")
            if not item:
                continue
            s = c_off + chunk.find(item) if chunk.find(item) >= 0 else c_off
            mats = [m for m in sent.mentions if m.type == "Material" and s <= m.start < s + len(item) + 1]
            if mats and (mats[0].start - s < 3 or mats[-1].end >= s + len(item) - 1):
                # the item is a material, perhaps with adjectives before it ("powerful magnets")
                out.append(mats[0] if mats[0].start - s < 3 else mats[-1])
                continue
            words = [w for w in item.split() if w not in ("the", "a", "an", "and", "of", "for")]
            if len(words) > _MAX_WORDS or _VERBISH.search(item) or _PRONOUN_ITEM.match(item) or not re.match(r"[A-Za-z0-9]", item):
                continue
            out.append(Mention("Industry", canonical_name("Industry", item), s, s + len(item), item))
    return out


def _made_from(sent: Sent) -> list[Fact]:
    """"The anode is made mostly of graphite": the materials are used in the thing named before the verb."""
    text, out = sent.text, []
    for m in pattern("uses", "made_from").finditer(text):
        a, b = sent.clause_of(m.start())
        mats = [x for x in sent.of("Material", m.end(), b) if "relative" not in x.tags]
        if not mats or mats[0].start - m.end() > 25:
            continue
        used = mats[:1]
        for x in mats[1:]:
            if not _MADE_SEP.fullmatch(text, used[-1].end, x.start):
                break
            used.append(x)
        head = _MADE_HEAD.search(text[a:m.start()])
        if head is None:
            continue
        words = [w for w in head.group("np").split() if w.lower() not in _NP_FILLER]
        cut = next((i for i, w in enumerate(words) if i and w.lower() in _PREPOSITIONS), None)
        words = words[:cut]  # "every anode on the market": the anode
        if not words or len(words) > 4 or _VERBISH.search(" ".join(words)):
            continue
        thing = " ".join(words)
        ns, ne = a + head.start("np"), a + head.end("np")
        nps = sent.of("Material", ns, ne)
        target = nps[-1] if nps and nps[-1].end >= ne - 1 else Mention("Industry", canonical_name("Industry", thing), ns, ne, thing)
        for x in used:
            if x.ref != target.ref:
                out.append(Fact("USED_IN", x.ref, target.ref, {"required": False}, sent))
    return out


def use_facts(sent: Sent, doc: DocState) -> list[Fact]:
    """The USED_IN facts of one sentence."""
    text = sent.text
    trig = list(pattern("uses", "trigger").finditer(text))
    made = _made_from(sent) if "made" in text or "produced" in text or "manufactured" in text else []
    if not trig:
        return made
    out: list[Fact] = list(made)
    seen = {(f.source, f.target) for f in made}
    for i, t in enumerate(trig):
        a, b = sent.clause_of(t.start())
        nxt = trig[i + 1].start() if i + 1 < len(trig) else b
        required = bool(pattern("uses", "required").search(t.group(0)))
        if pattern("uses", "reverse").search(t.group(0)):
            # "sectors reliant on rare earths for high-performance technologies"
            mats = sent.of("Material", t.end(), min(b, t.end() + 60))
            m_for = re.search(r"\bfor\s+", text[t.end():b])
            if not mats or not m_for:
                continue
            subjects = sent.list_at(mats[0])
            items = _items(sent, t.end() + m_for.end(), nxt)
        else:
            prev_end = trig[i - 1].end() if i > 0 else a
            subjects = _subjects(sent, t.start(), max(a, prev_end if i > 0 and trig[i - 1].end() > a else a), doc)
            end = min(nxt, b)
            # the next trigger's subject is this trigger's last item: "essential for magnets used in motors"
            items = _items(sent, t.end(), end)
        for s in subjects:
            for it in items:
                if s is None or s.ref == it.ref:
                    continue
                key = (s.ref, it.ref)
                if key in seen:
                    continue
                seen.add(key)
                out.append(Fact("USED_IN", s.ref, it.ref, {"required": required}, sent))
    return out
