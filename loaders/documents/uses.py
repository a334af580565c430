"""USED_IN: a material is used in, essential for, or a key component of an industry or another material.

>>> from .annotate import annotate
>>> from .context import DocState
>>> doc = DocState("d")
>>> s = annotate("Tungsten and cobalt are essential for cutting tools, jet engines and armour, while zinc is used in solder.", 0, 0, doc)
>>> [(f.source[1], f.target[1], f.props["required"]) for f in use_facts(s, doc)]
[('tungsten', 'cutting tools', True), ('tungsten', 'jet engines', True), ('tungsten', 'armour', True), ('cobalt', 'cutting tools', True), ('cobalt', 'jet engines', True), ('cobalt', 'armour', True), ('zinc', 'solder', False)]
"""

from __future__ import annotations

import re

from graph.names import canonical_name

from .context import DocState, Fact, Sent
from .data import pattern
from .helpers import nearest_before, resolve
from .mentions import Mention

__all__ = ["use_facts"]

_SPLIT = re.compile(r",\s+(?:and\s+|or\s+)?|\s+(?:such\s+as|including|like)\s+|;\s+")
_AND = re.compile(r"\s+(?:and|or)\s+")
_GERUND = re.compile(r"^[a-z\-]+ing\b")
_VERBISH = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|said|says|sent|began|help|helps)\b")
_MAX_WORDS = 7
# "..., and they also end up in": a pronoun right before the trigger is its subject
_PRONOUN_TAIL = re.compile(r"(?:[,;]\s*|\b(?:and|but|while)\s+)(?:it|they)\s+(?:also\s+|still\s+|mostly\s+|mainly\s+)?$")
_PRONOUN_ITEM = re.compile(r"^(?:it|they|them)\b", re.I)
# "high-speed and high-frequency devices": two modifiers sharing one head, one item
_SHARED_HEAD = re.compile(r"^[a-z]+-[a-z]+\s+(?:and|or)\s+[a-z]+-[a-z]+\s+\w")


def _subjects(sent: Sent, pos: int, start: int, doc: DocState) -> list[Mention]:
    text = sent.text
    head = text[start:pos]
    pron = re.match(r"\s*(?:(?:and|but|so)\s+)?(It|They|it|they)\b", head)
    if (pron and re.match(r"\s*(?:(?:and|but|so)\s+)?(?:It|They|it|they)\s+(?:is|are|also|have|has|were|was)\b", head)) \
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
    out = []
    pos = start
    for part in _SPLIT.split(region):
        offset = text.find(part, pos)
        pos = offset + len(part)
        chunks = [part] if _GERUND.match(part.strip()) or _SHARED_HEAD.match(part.strip()) else _AND.split(part)
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
            words = item.split()
            if len(words) > _MAX_WORDS or _VERBISH.search(item) or _PRONOUN_ITEM.match(item) or not re.match(r"[A-Za-z]", item):
                continue
            out.append(Mention("Industry", canonical_name("Industry", item), s, s + len(item), item))
    return out


def use_facts(sent: Sent, doc: DocState) -> list[Fact]:
    """The USED_IN facts of one sentence."""
    text = sent.text
    trig = list(pattern("uses", "trigger").finditer(text))
    if not trig:
        return []
    out: list[Fact] = []
    seen = set()
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
