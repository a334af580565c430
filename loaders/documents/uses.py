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

from graph.names import canonical_name, is_element, material_name

from .context import DocState, Fact, Sent
from .data import pattern
from .helpers import described_material, nearest_before, resolve
from .mentions import Mention

__all__ = ["use_facts"]

_SPLIT = re.compile(r",\s+(?:and\s+|or\s+)?|\s+(?:such\s+as|including|like)\s+|;\s+")
_AND = re.compile(r"\s+(?:and|or)\s+")
# a gerund with its object ("hardening the lead in bullets and batteries") is one item; "cutting tools and X" is two
_GERUND = re.compile(r"^[a-z\-]+ing\s+(?:the|a|an|its|their|up|out|down|off|(?:and|or)\s+[a-z\-]+ing)\b")
# "drill bits for oil and gas wells": "oil and gas" is one modifier, not two items
_PREP_WORD_END = re.compile(r"\b(?:for|of|in|from)\s+(?:the\s+)?[a-z\-]+$")
_VERBISH = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|said|says|sent|began|help|helps|started|"
                      r"opened|rose|fell|announced|began|accounts?|accounted|remains?|remained)\b")
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
                           r"(?:also\s+|still\s+|mostly\s+|mainly\s+)?$|\bmak(?:es|e|ing)\s+(?:it|them)\s+$")
_PRONOUN_ITEM = re.compile(r"^(?:it|they|them)\b", re.I)
# "high-speed and high-frequency devices": two modifiers sharing one head, one item
_SHARED_HEAD = re.compile(r"^[a-z]+-[a-z]+\s+(?:and|or)\s+[a-z]+-[a-z]+\s+\w")
# a material that only modifies the item's head: "nickel-rich cathodes", "cobalt-free batteries"
_MODIFIER_AFTER = re.compile(r"-(?:rich|based|bearing|free|containing|heavy|doped|coated|lean)\b")
# a made product named by its material: "graphite electrodes", "silicon wafers", "tungsten wire"
# (a coating, film or wire of the material is still the material: "indium tin oxide coatings on displays")
_PRODUCT_AFTER = re.compile(r"\s+(?:electrodes?|wafers?|crucibles?|tools?|blades?|bits?)\b")
_PRODUCT_SUBJECT = re.compile(_PRODUCT_AFTER.pattern[:-3] + r"|capacitors?|magnets?|batter(?:y|ies)|cells?|chips?)\b")
_GAP_PREPOSITION = re.compile(r"\b(?:in|with|at|on|for|into|using|inside)\b")
# what a firm or plan goes into, not a material: "went into a restructuring", "goes into production from 2030"
_NOT_USE_ITEM = re.compile(r"^(?:(?:from|since|until|by|in|after|before)\s+\d|(?:an?\s+)?(?:restructuring|administration|bankruptcy|"
                           r"liquidation|receivership|production|operation|service|effect|force|talks|negotiations|"
                           r"detail|decline|surplus|deficit|reverse)\b)", re.I)
_ORGS = frozenset(("Firm", "Country", "Agency"))
_BUYERS = frozenset("makers manufacturers producers companies firms buyers customers users suppliers carmakers "
                    "automakers chipmakers".split())
# an item chunk opening with its own preposition: "and in drill bits", "as well as for solders"
_PREP_START = re.compile(r"\s*(?:(?:and|or|but|also|as\s+well\s+as)\s+)*(?:in|for|as|into|to|by)\s", re.I)
_ITEM_TAIL = re.compile(r"\s+(?:of\s+(?:many|most|all|some|nearly\s+all|almost\s+all)\s+of\s+(?:those|these|them|the)\b.*"
                        r"|(?:made|sold|built|used)\s+(?:today|now|worldwide|globally)$"
                        r"|(?:being|to\s+be)\s+(?:built|made|sold|produced|manufactured|installed)\b.*$)")
# a described part of a made thing: "nickel-rich cathodes of lithium-ion batteries" (a bare "cathodes of" is the whole)
_PART_OF_WHOLE = re.compile(r"^(?P<part>[\w]+-[\w\-]+\s+(?:cathodes?|anodes?|electrolytes?|cores?|magnets?))\s+of\s+"
                            r"(?:the\s+|many\s+|most\s+|all\s+)?(?P<whole>\S.*)$")
# an item described by its role, whose own uses follow: ", the hard materials in", ", compound semiconductors found in"
_ROLE_APPOSITIVE = re.compile(r"\s*(?:the\s+|an?\s+)?(?:[\w\-]+\s+){0,3}?(?:materials?|ingredients?|agents?|components?|"
                              r"semiconductors?|inputs?|binders?|additives?|metals?|alloys?|coatings?|films?|layers?)\s+"
                              r"(?:(?:found|used)\s+)?(?:in|of|for|on)\s+", re.I)
_COATING_ON = re.compile(r"\s+(?:coatings?|films?|layers?)\s+(?:on|in|for)\s+(?:the\s+)?")
_FOR_IN_ITEM = re.compile(r"\s+(for)\s+(?:use\s+in\s+)?(?:the\s+)?")
# a subject left out before a second verb: "... for cathodes and is also used in", "... wafers and also goes into"
_ELIDED = re.compile(r"(?:,\s*|\s+)(?:and|but)\s+(?:(?:is|are|was|were|has|have|had|can|may)\s+)?(?:(?:also|still|often|widely|"
                     r"commonly|increasingly|mostly|mainly|largely|now)\s+)*$")
_RELATIVE_GAP = re.compile(r"\s*,?\s*")
# a part of the material as the subject: "smaller amounts are used in", "the rest goes into"
_REST = re.compile(r"\b(?:(?:smaller|small|lesser|minor|remaining)\s+(?:amounts|quantities|volumes|shares)|the\s+(?:rest|remainder|"
                   r"balance)|(?:[\d.]+\s*(?:%|per\s*cent)|most|much|half|the\s+bulk|(?:a|one|two)[\s\-](?:third|quarter|fifth)s?)"
                   r"\s+of\s+(?:(?:its|the|global|world|total|annual)\s+)?(?:consumption|demand|use|output|supply))"
                   r"\s+(?:(?:is|are|was|were|also|still|mostly|mainly)\s+)*$", re.I)
_OBJECT_GAP = re.compile(r"(?:\s+(?:then|later|first|also|mostly|largely|mainly|partly|further|back)\b)*"
                         r"(?:\s+[\w\-\u2019']+){0,6}?\s+")
_INTO = re.compile(r"\binto\s+(?:the\s+|a\s+|an\s+)?")
_INTO_BREAK = re.compile(r"[;:]|\b(?:and|but|while|which|that|who|where)\s+(?!it\b|them\b)\w+\s+(?:is|are|was|were|has|have)\b")
# a verb of its own between a material and a passive "turned into": the material is that verb's, not the feed
_OTHER_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|mines?|mined|exports?|ships?|shipped|sells?|sold|buys?|bought|imports?)\b"
                         r"(?!\s+(?:(?:then|later|first|also|mostly|largely|mainly|usually|typically|now|been)\s+)*"
                         r"(?:[a-z]+ed|made|spun|drawn)\b)")
# a definite description as the subject: "The oxide has become", "Beyond chips, the acid feeds into"
_DEFINITE = re.compile(r"(?:^|[,;]\s+|\b(?:and|but|while)\s+)\s*[Tt]he\s+([a-z]+)\s+(?:(?:has|have|had|is|are|was|were|also|now|"
                       r"still|then|itself|in\s+turn|mostly|mainly|largely)\s+)*(?:become\s+)?(?:the\s+|an?\s+)?$")
# an appositive between a subject and its verb: ", a dense metal recovered mostly from coltan ore, is "
_APPOSITIVE_TAIL = re.compile(r",\s+(?:a|an|the|itself)\s+[^;]{3,160}?,\s+(?:(?:is|are|was|were|has|have|had|also|now|still|"
                              r"remains?|been|become|becomes|mostly|mainly|largely)\s+)*(?:the\s+|an?\s+)?")
# the verb after "used to" / "needed to" when the vocabulary names none: its object is the use
_INFINITIVE_TO = re.compile(r"\b(?:used|needed|required|employed|utili[sz]ed)\s+(?:[a-z]+\s+)?to$", re.I)
_TO_VERB = re.compile(r"\s+(?!(?:the|a|an|its|their|this|these|those|such|many|most|some|all|and|or)\b)([a-z]+)\s+"
                      r"(?!(?:and|or|,|to|it|them|up|out|down)\b)(?=[a-z])")
# a second subject whose verb is left out: "holmium goes into lasers, erbium into amplifiers", "GaN is used in radar,
# and GaAs in phone chips": the separator before the material, and the preposition after it
_GAP_SEP = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)$")
_GAP_PREP = re.compile(r"\s+(in|into|for)\s+")
# the next trigger's own subject at the end of a use list: "..., germanium is used in", "..., and antimony goes into"
_NEXT_SUBJECT_GAP = re.compile(r"\s+(?:(?:is|are|was|were)\s+(?:[a-z]+ly\s+)?)?")
_FINITE_TRIGGER = re.compile(r"(?:go|goes|went|feeds?|fed|ends?|ended)\b", re.I)
# a range standing for many uses: "used in everything from radar to phone chargers"
_EVERYTHING = re.compile(r"\s*(?:everything|anything|products)\s+from\s+", re.I)
_RANGE_TO = re.compile(r"\s+to\s+(?:the\s+)?")
# heads too general to be a use of their own: "chemicals for battery cathodes" goes into the cathodes
_GENERIC_HEADS = frozenset("chemicals products compounds materials components inputs intermediates salts parts "
                           "applications uses".split())


def _resolve_material(p: Mention, sent: Sent, doc: DocState) -> Mention | None:
    """What "the metal" / "the element" stands for: the last element named (not a compound made of it); what
    "the mineral" / "the material" stands for: the last material named."""
    element = p.name in ("the metal", "the element")
    here = [m for m in sent.of("Material", 0, p.start) if "relative" not in m.tags]
    if element and here and is_element(here[0].name) and here[0].start < 60 and len(here) > 1:
        # "Adding scandium yields aluminium alloys, which is why the metal is sought after": the subject's metal
        return here[0]
    earlier = here[::-1] + [m for i, m in reversed(doc.history) if i < sent.index and m.type == "Material"
                            and not (m.tags & {"cited", "facility_part"})]
    for m in earlier:
        if not element or is_element(m.name):
            return m
        head = m.name.split()[0]
        if is_element(head):  # "gallium nitride chips ... The metal is also used in": gallium
            return Mention("Material", head, m.start, m.start + len(head), head)
    return earlier[0] if earlier else None


def _prev_subject(sent: Sent, doc: DocState) -> Mention | None:
    """What a sentence-initial "It" / "Its" stands for: the material the sentence before was about (its first one
    that names no site), not the last material it happened to name ("Magnesium is alloyed with aluminium. It is also
    used to make titanium")."""
    return doc.subjects.get(sent.index - 1) or doc.topics.get(sent.index - 1)


def _subjects(sent: Sent, pos: int, start: int, doc: DocState) -> list[Mention]:
    text = sent.text
    head = text[start:pos]
    pron = re.match(_PART_OF + r"(It|They|it|they)\b", head)
    if (pron and re.match(_PART_OF + r"(?:It|They|it|they)(?:\s+(?:is|are|also|have|has|were|was|ends?|goes|go|still)\b|\s*$)", head)) \
            or _PRONOUN_TAIL.search(head):
        # "Magnets are vital for motors, and they also end up in drones": the sentence's own subject
        tail = _PRONOUN_TAIL.search(head)
        cut = start + (tail.start() if tail is not None else pron.start(1))  # the materials before the pronoun
        own = sent.of("Material", 0, cut, skip=("cited",))
        if own and own[0].start < 40:
            return [m for m in sent.list_at(own[0])]
        own = [m for m in own if "relative" not in m.tags and not _MODIFIER_AFTER.match(text, m.end)]
        if own and tail is None and pron.group(1).lower() == "it":
            # "China produces two-thirds of the world's titanium sponge, but most of it ends up in": the sponge
            return [own[-1]]
        p = next((m for m in sent.mentions if m.type == "Pronoun" and m.start >= start), None)
        r = _prev_subject(sent, doc) if p is not None and p.name == "it" and (
            p.start < 3 or sent.text.startswith("Its ")) else None
        if r is None:
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
        named = _DEFINITE.search(head)
        found = described_material(named.group(1), sent, doc, start) if named is not None else None
        return [found] if found is not None else []
    near = mats[-1]
    lead = mats[0]
    made = _PRODUCT_SUBJECT.match(text, lead.end) if lead.start - start < 3 and lead.type == "Material" else None
    if made is not None and len(mats) == 1:
        # "Tantalum capacitors are going into servers": the capacitors, not the metal
        phrase = text[lead.start:made.end()]
        return [Mention("Material", material_name(phrase), lead.start, made.end(), phrase)]
    if lead is not near and re.fullmatch(r"\s*(?:(?:The|the|Ultra-pure|High-purity|Pure|Refined)\s+)?", text[start:lead.start]) \
            and _APPOSITIVE_TAIL.fullmatch(text, lead.end, pos):
        # "Tantalum, a dense metal recovered mostly from coltan ore, is indispensable in": the subject, not the ore
        near = lead
    return [m for m in sent.list_at(near) if m.start >= start] or [near]


def _item(sent: Sent, s: int, item: str) -> Mention | None:
    """One use named in a list: a material mention it is, else an industry phrase (None for a verb or clause)."""
    mats = [m for m in sent.mentions if m.type == "Material" and s <= m.start < s + len(item) + 1
            and not _MODIFIER_AFTER.match(sent.text, m.end)  # "nickel-rich cathodes": not nickel
            and not _PRODUCT_AFTER.match(sent.text, m.end)]  # "graphite electrodes": a product made of it
    if mats and (mats[0].start - s < 3 or mats[-1].end >= s + len(item) - 1):
        # the item is a material, perhaps with adjectives before it ("powerful magnets")
        return mats[0] if mats[0].start - s < 3 else mats[-1]
    if re.search(r"\bforms?$", item) or re.match(r"(?:the\s+)?same\b", item) or _NOT_USE_ITEM.match(item) \
            or item.lower() in ("salt", "compound", "chemical", "material", "product", "metal", "mineral", "substance"):
        return None  # "in die-cast form": the shape it takes; "the same devices", "the salt": said before, not a use
    words = [w for w in item.split() if w not in ("the", "a", "an", "and", "of", "for")]
    if len(words) > _MAX_WORDS or _VERBISH.search(item) or _PRONOUN_ITEM.match(item) or not re.match(r"[A-Za-z0-9]", item):
        return None
    if len(words) == 1 and pattern("uses", "verb_item").fullmatch(words[0]):
        return None  # "used to cut, grind and polish ...": what it does, not where it goes
    if any(m.type in _ORGS and s <= m.start < s + len(item) for m in sent.mentions):
        return None  # "favoured by battery makers A, B and C": buyers, not uses
    return Mention("Industry", canonical_name("Industry", item), s, s + len(item), item)


def _items(sent: Sent, start: int, end: int, tags: list | None = None) -> list[Mention]:
    """The uses listed from ``start``; ``tags`` gets, per item, "for" when it is what the item before it is for
    ("superalloys for jet engines"), "prep" when it opens with its own preposition ("and in drill bits"), else ""."""
    text = sent.text
    span = _EVERYTHING.match(text, start, end) if "from" in text[start:end] else None
    if span is not None:
        # "everything from drill bits to armour-piercing shells": the two ends of the range are the uses
        to = _RANGE_TO.search(text, span.end(), end)
        if to is not None:
            return _items(sent, span.end(), to.start(), tags) + _items(sent, to.end(), end, tags)
    region = text[start:end]
    stop = pattern("uses", "item_stop").search(region)
    if stop:
        region = region[:stop.start()]
    region = _TRAILING_AND.sub("", region)  # "slicing wafers and also | goes into ...": the next trigger's subject
    out: list[Mention] = []
    kinds: list[str] = []
    pos = start
    appositive = False
    for part in _SPLIT.split(region):
        offset = text.find(part, pos)
        pos = offset + len(part)
        role = _ROLE_APPOSITIVE.match(part) if out and not appositive else None
        if role is not None:
            # "cemented carbides, the hard materials in cutting tools and drill bits": the uses of the item before
            appositive = True
            first_kind = len(kinds)
            offset += role.end()
            part = part[role.end():]
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
            item = _ITEM_TAIL.sub("", item)  # "cathodes of many of those batteries", "anodes ... made today"
            if not item:
                continue
            s = c_off + chunk.find(item) if chunk.find(item) >= 0 else c_off
            kind = "prep" if _PREP_START.match(chunk) else ""
            po = _PART_OF_WHOLE.match(item)
            if po is not None:
                # "the nickel-rich cathodes of lithium-ion batteries": the cathodes, which go into the batteries
                head = _item(sent, s, po.group("part"))
                tail = _item(sent, s + po.start("whole"), po.group("whole"))
                if head is not None and tail is not None:
                    out += [head, tail]
                    kinds += [kind or "head", "for"]
                    continue
            co = _COATING_ON.search(item)
            if co is not None and co.start() > 0:
                # "the indium tin oxide coatings on flat-panel displays": the oxide, which goes onto the displays
                head = _item(sent, s, item[:co.start()])
                tail = _item(sent, s + co.end(), item[co.end():])
                if head is not None and head.type == "Material" and tail is not None:
                    out += [head, tail]
                    kinds += [kind or "head", "for"]
                    continue
            fo = _FOR_IN_ITEM.search(item)
            if fo is not None and fo.start() > 0 and not _GERUND.match(item) and (
                    _ends_in_material_head(item[:fo.start()])
                    or fo.group(1) == "for" and item[:fo.start()].lower().split()[-1] in _GENERIC_HEADS):
                # "superalloys for jet engines": the item, and what it in turn is for
                head = _item(sent, s, item[:fo.start()])
                tail = _item(sent, s + fo.end(), item[fo.end():])
                if head is not None:
                    out.append(head)
                    kinds.append(kind or "head")
                if tail is not None:
                    out.append(tail)
                    kinds.append("for" if head is not None else kind)
                continue
            m = _item(sent, s, item)
            if m is not None:
                out.append(m)
                kinds.append(kind)
        if role is not None and len(kinds) > first_kind:
            kinds[first_kind] = "apos"
            kinds[first_kind + 1:] = ["" for _ in kinds[first_kind + 1:]]
    if tags is not None:
        tags.extend(kinds)
    return out


def _chained(items: list[Mention], tags: list[str]) -> tuple[list[Mention], list[tuple[Mention, Mention]]]:
    """Split a use list into what the subject goes into and what those in turn go into: in "superalloys for jet
    engines and turbines, and in drill bits" the subject goes into superalloys and drill bits, the superalloys into
    jet engines and turbines. A general head ("chemicals for battery cathodes") passes its uses on."""
    direct: list[Mention] = []
    chains: list[tuple[Mention, Mention]] = []
    last = head = None
    for it, tag in zip(items, tags):
        if tag == "apos" and direct:
            # the uses of every item named before the appositive: "GaN and GaAs, semiconductors found in radar"
            heads = list(direct)
            chains += [(h, it) for h in heads]
            head = heads
            continue
        if isinstance(head, list):
            if tag == "":
                chains += [(h, it) for h in head]
                continue
            head = None
        if tag == "for" and last is not None:
            if last.type == "Industry" and last.text.lower().split()[-1] in _GENERIC_HEADS:
                direct[direct.index(last)] = it  # "chemicals for battery cathodes": the cathodes
                last, head = it, None
            else:
                chains.append((last, it))
                head = last
        elif tag == "" and head is not None and not _ends_in_material_head(it.text):
            chains.append((head, it))  # "for jet engines, turbines and rockets": the rest of the list
        else:
            direct.append(it)
            last, head = it, None
    return direct, chains


def _made_from(sent: Sent) -> list[Fact]:
    """"The anode is made mostly of graphite": the materials are used in the thing named before the verb."""
    text, out = sent.text, []
    for m in pattern("uses", "made_from").finditer(text):
        a, b = sent.clause_of(m.start())
        mats = [x for x in sent.of("Material", m.end(), b) if "relative" not in x.tags]
        if not mats or mats[0].start - m.end() > 25 or _GAP_PREPOSITION.search(text, m.end(), mats[0].start):
            continue  # "made by reducing quartz in furnaces with graphite electrodes": not the graphite
        used = mats[:1]
        for x in mats[1:]:
            if not (_MADE_SEP.fullmatch(text, used[-1].end, x.start)
                    or m.group("by") and re.fullmatch(r"\s+with\s+", text[used[-1].end:x.start])):
                break  # ("made by combining lithium carbonate with iron phosphate": both)
            used.append(x)
        if m.group("itself"):
            # "..., iron phosphate, itself produced from phosphoric acid and iron": the material before the comma
            made_into = [x for x in sent.of("Material", a, m.start()) if x.end == m.start()]
            out += [Fact("USED_IN", x.ref, made_into[0].ref, {"required": False}, sent) for x in used
                    if made_into and x.ref != made_into[0].ref]
            continue
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


def _ends_in_material_head(phrase: str) -> bool:
    """True when the phrase's head noun (its last words) names a made material: "rechargeable batteries"."""
    phrase = phrase.rstrip()
    return any(m.end() == len(phrase) for m in pattern("uses", "material_heads").finditer(phrase))


def _as_material(m: Mention) -> Mention | None:
    """A use that is itself something made and used further ("rechargeable batteries for phones"): as a material,
    when its head noun names one (triggers.yaml uses.material_heads); None for an activity or a field."""
    if m.type in ("Material", "Technology"):
        return m
    if not _ends_in_material_head(m.text):
        return None
    return Mention("Material", material_name(m.text), m.start, m.end, m.text)


def _transformed(sent: Sent, doc: DocState) -> list[tuple[Mention, list[Mention], list[str]]]:
    """What is turned into what: "refiners turn the hydroxide into sulphate", "Most of it is turned into nickel pig
    iron", "an intermediate that is refined into nickel sulphate": (feed, products, their item tags)."""
    text, out = sent.text, []
    for v in pattern("uses", "transform").finditer(text):
        a, b = sent.clause_of(v.start())
        into = _INTO.search(text, v.end(), min(b, v.end() + 60))
        if into is None or _INTO_BREAK.search(text, v.end(), into.start()) or not _OBJECT_GAP.fullmatch(text, v.end(), into.start()):
            continue  # only the verb's own object between it and "into"
        if text[max(a, v.start() - 4):v.start()].lower() == "the ":
            continue  # "the processing of tungsten into APT": a noun, said of no one's material in particular
        obj = [m for m in sent.of(("Material", "Pronoun"), v.end(), into.start(), skip=("cited",))]
        if obj:  # active: "turns the flake into ...", "turning it into ..."
            feed = obj[0]
        else:  # passive: "Graphite is turned into ...", "an intermediate that is refined into ..."
            before = [m for m in sent.of(("Material", "Pronoun"), a, v.start(), skip=("cited",))]
            feed = before[-1] if before else None
            other = _OTHER_VERB.search(text, feed.end, v.end()) if feed is not None else None
            if other is not None and other.start() < v.start():
                feed = None  # "Chile mines lithium, and Chinese plants turn it into ...": the pronoun rule decides
        if feed is not None and feed.type == "Pronoun":
            here = [m for m in sent.of("Material", a, feed.start) if not (m.tags & {"relative", "cited"})]
            if feed.name in _MATERIAL_WORDS:
                feed = _resolve_material(feed, sent, doc)
            elif feed.name in ("it", "them") and here:
                feed = here[-1]  # "ships hydroxide to China, which turns it into sulphate"
            elif feed.name in ("it", "them") and doc.current_material(sent.index) is not None:
                feed = doc.current_material(sent.index)  # "Much of Congolese output goes to refiners that turn it into"
            else:
                feed = resolve(feed, sent, doc, ("Material",))
        if feed is None or feed.type != "Material":
            continue
        tags: list[str] = []
        items = _items(sent, into.end(), b, tags)
        # what a material is made into is another material: "turned the archipelago into the centre of ..." is not
        keep, chained = [], False
        for it, tag in zip(items, tags):
            chained = tag == "for" or (chained and tag == "")  # "pig iron for cans and car bodies": all kept
            if chained or _as_material(it) is not None:
                keep.append((it, tag))
        out.append((feed, [it for it, _ in keep], [tag for _, tag in keep]))
    return out


# a use's part of a material's demand: "Autocatalysts consume about 80% of annual palladium demand", "glass-making
# absorbs more than half of world boron demand", "Solder is the largest single use of tin"
_DEMAND_VERB = re.compile(r"\s+(?:(?:as\s+a\s+whole|alone|together|now|still|already|also)\s+)?(?P<verb>consumes?|consumed|consuming|"
                          r"accounts?\s+for|accounted\s+for|absorbs?|absorbed|takes?\s+up|took\s+up|represents?|represented|"
                          r"makes?\s+up|made\s+up)\s+")
_DEMAND_OF = re.compile(r"\bof\s+(?:the\s+)?(?:annual\s+|global\s+|world\s+|worldwide\s+|total\s+|world['\u2019]s\s+|"
                        r"all\s+)?$")
_DEMAND_AFTER = re.compile(r"\s+(?:demand|consumption|use|usage|needs)\b")
_DEMAND_NP = re.compile(r"(?:^|[,;:]\s*|\b(?:and|but|while|whereas)\s+)(?:(?:and|but|while|whereas|so)\s+)?"
                        r"(?P<np>(?:[\w\-]+\s+){0,4}?[\w\-]+)"
                        r"(?:,\s+(?:which|that|who)\b[^;]{1,160}?,)?$")
_NOT_A_USE = frozenset("imports exports purchases buyers consumers it this that they demand prices supply production output "
                       "market stockpiles china sales shipments".split())


def _demand_uses(sent: Sent) -> list[Fact]:
    """Uses named as the consumers of a share of a material's demand."""
    text, out = sent.text, []
    mats = sent.of("Material")
    for m in mats:
        role = _DEMAND_AFTER.match(text, m.end) is not None and _DEMAND_OF.search(text, max(0, m.start - 40), m.start)
        if not role:
            continue
        a, b = sent.clause_of(m.start)
        verb = None
        for v in _DEMAND_VERB.finditer(text, a, m.start):
            verb = v  # the last verb before the material
        if verb is None or m.start - verb.end() > 70:
            continue
        np = _DEMAND_NP.search(text, a, verb.start())
        if np is None or np.group("np").lower().split()[-1] in _NOT_A_USE:
            continue
        item = _item(sent, np.start("np"), np.group("np").strip())
        if item is None or item.type not in ("Industry", "Material") or item.ref == m.ref:
            continue
        # "about 80% of annual palladium demand and roughly two-fifths of platinum": every material so shared
        used = [m] + [x for x in mats if x.start > m.end and x.end <= b and _DEMAND_OF.search(text, max(0, x.start - 40), x.start)
                      and re.search(r"(?:%|cent|half|thirds?|quarters?|fifths?|tenths?|bulk|most|much)\s+of\s+",
                                    text[max(0, x.start - 40):x.start])]
        for x in used:
            out.append(Fact("USED_IN", x.ref, item.ref, {"required": False}, sent))
        break
    for m in mats:
        # "Solder is the largest single use of tin": the use is the subject, the material follows "of"
        v = re.search(r"\b(?:is|are|was|were|remains?)\s+(?:the\s+|by\s+far\s+the\s+)?(?:largest|biggest|main|principal|"
                      r"single\s+largest|largest\s+single|second-largest|fastest-growing)\s+(?:single\s+)?(?:uses?|applications?|"
                      r"end-uses?|outlets?|consumers?)\s+(?:of|for)\s+(?:the\s+)?$", text[max(0, m.start - 60):m.start])
        if v is None:
            continue
        vs = max(0, m.start - 60) + v.start()
        a, _ = sent.clause_of(vs)
        np = _DEMAND_NP.search(text, a, vs - 1 if text[vs - 1:vs] == " " else vs)
        if np is None or np.group("np").lower().split()[-1] in _NOT_A_USE:
            continue
        item = _item(sent, np.start("np"), np.group("np").strip())
        if item is not None and item.ref != m.ref and item.type in ("Industry", "Material"):
            out.append(Fact("USED_IN", m.ref, item.ref, {"required": False}, sent))
    return out


def _gapped(sent: Sent, trigger: re.Match, begin: int, end: int) -> list[tuple[Mention, int, int]]:
    """Second subjects with their verb left out in a use list: (material, where its separator starts, where its
    uses start). "holmium goes into lasers, erbium into amplifiers and thulium into X-ray machines": erbium and
    thulium. A made thing ("magnets in wind turbines") is an item used further, not a new subject.

    >>> from .annotate import annotate
    >>> s = annotate("Gallium nitride is used in radar, and gallium arsenide in phone chips.", 0, 0, DocState("d"))
    >>> t = pattern("uses", "trigger").search(s.text)
    >>> [(m.name, s.text[c:]) for m, _, c in _gapped(s, t, t.end(), len(s.text))]
    [('gallium arsenide', 'phone chips.')]
    """
    text = sent.text
    last = trigger.group(0).split()[-1].lower()
    want = ("in", "into") if last in ("in", "into") else (last,)
    out = []
    for m in sent.of("Material", begin, end):
        g = _GAP_PREP.match(text, m.end)
        if g is None or g.group(1).lower() not in want or g.end() >= end or m.start <= begin + 1 \
                or not _GAP_SEP.search(text, max(begin, m.start - 12), m.start) or _ends_in_material_head(m.text):
            continue
        out.append((m, _GAP_SEP.search(text, max(begin, m.start - 12), m.start).start(), g.end()))
    return out


def _next_subject_cut(sent: Sent, begin: int, end: int, nxt: re.Match | None) -> int:
    """Where a use list ends when the next trigger's subject closes it: "critical for radar and base stations,
    germanium is used in ...": before germanium (a bare "magnets used in motors" stays this list's item)."""
    if nxt is None or nxt.start() != end:
        return end
    text = sent.text
    for m in reversed(sent.of("Material", begin, end)):
        gap = _NEXT_SUBJECT_GAP.fullmatch(text, m.end, end)
        if gap is None:
            continue
        if gap.end() == m.end + len(text[m.end:end]) and text[m.end:end].strip() == "" \
                and not _FINITE_TRIGGER.match(nxt.group(0)):
            return end  # "magnets used in motors": a participle, the item itself
        sep = _GAP_SEP.search(text, max(begin, m.start - 12), m.start)
        return sep.start() if sep is not None else end
    return end


def use_facts(sent: Sent, doc: DocState) -> list[Fact]:
    """The USED_IN facts of one sentence."""
    text = sent.text
    trig = list(pattern("uses", "trigger").finditer(text))
    if "that " in text or "which " in text:
        # "batteries, which power electric cars": the item before the relative is used in what follows
        trig = sorted(trig + list(pattern("uses", "relative").finditer(text)), key=lambda m: m.start())
    made = _made_from(sent) if "made" in text or "produced" in text or "manufactured" in text else []
    if "demand" in text or "consumption" in text or " use of " in text or " uses of " in text or " usage" in text:
        made += _demand_uses(sent)
    turned = _transformed(sent, doc) if " into " in text else []
    if not trig and not turned:
        return made
    out: list[Fact] = list(made)
    seen = {(f.source, f.target) for f in made}

    def add(s, it, required):
        if s is None or it is None or s.ref == it.ref or (s.ref, it.ref) in seen:
            return
        seen.add((s.ref, it.ref))
        out.append(Fact("USED_IN", s.ref, it.ref, {"required": required}, sent))

    for feed, items, tags in turned:
        direct, chains = _chained(items, tags)
        heads = {id(h) for h, _ in chains}
        for it in direct:
            add(feed, (_as_material(it) or it) if id(it) in heads else it, False)
        for head, it in chains:
            add(_as_material(head), it, False)

    prev_subjects: list[Mention] = []
    prev_items: list[Mention] = []
    for i, t in enumerate(trig):
        a, b = sent.clause_of(t.start())
        nxt = trig[i + 1].start() if i + 1 < len(trig) else b
        required = bool(pattern("uses", "required").search(t.group(0)))
        tags: list[str] = []
        if t.re is pattern("uses", "relative"):
            # the noun right before "which power": the last use named, or a material
            before = [x for x in prev_items + [m for m in sent.of(("Material", "Technology"), 0, t.start())]
                      if _RELATIVE_GAP.fullmatch(text, x.end, t.start())]
            subjects = [x for x in (_as_material(before[-1]),) if x is not None] if before else []
            items = _items(sent, t.end(), min(nxt, b), tags)
        elif pattern("uses", "reverse").search(t.group(0)):
            # "sectors reliant on rare earths for high-performance technologies"
            mats = sent.of("Material", t.end(), min(b, t.end() + 60))
            m_for = re.search(r"\bfor\s+", text[t.end():b])
            if not mats or not m_for:
                continue
            subjects = sent.list_at(mats[0])
            items = _items(sent, t.end() + m_for.end(), nxt, tags)
        else:
            prev_end = trig[i - 1].end() if i > 0 else a
            head_start = max(a, prev_end if i > 0 and trig[i - 1].end() > a else a)
            if i > 0 and prev_subjects and _ELIDED.search(text, head_start, t.start()):
                # "is critical for cathodes and is also used in superalloys": the same subject, not the cathodes
                subjects = prev_subjects
            else:
                subjects = _subjects(sent, t.start(), head_start, doc)
            if not subjects and (_REST.search(text, head_start, t.start()) or t.group(0).lower().startswith("demand")):
                # "with smaller amounts used in glass", "The rest goes into ceramics": of the material discussed
                topic = prev_subjects or [m for m in sent.of("Material", 0, t.start()) if "relative" not in m.tags][:1]
                if not topic:
                    found = doc.topic(sent.index)
                    topic = [found] if found is not None else []
                subjects = topic
            end = min(nxt, b)
            # the next trigger's subject is this trigger's last item: "essential for magnets used in motors"
            begin = t.end()
            verb = _TO_VERB.match(text, begin) if _INFINITIVE_TO.search(t.group(0)) else None
            if verb is not None and not any(m.start == verb.start(1) for m in sent.mentions):
                begin = verb.end()  # "needed to desulphurise steel": the steel, not the verb
            if i + 1 < len(trig) and end == nxt:
                end = _next_subject_cut(sent, begin, end, trig[i + 1])
            gaps = _gapped(sent, t, begin, end) if ", " in text[begin:end] or " and " in text[begin:end] else []
            for k, (g, _, g_start) in enumerate(gaps):
                g_tags: list[str] = []
                g_items = _items(sent, g_start, gaps[k + 1][1] if k + 1 < len(gaps) else end, g_tags)
                g_direct, g_chains = _chained(g_items, g_tags)
                for it in g_direct:
                    add(g, it, required)
                for head, it in g_chains:
                    add(_as_material(head), it, False)
            if gaps:
                end = gaps[0][1]  # the first subject's uses end where the second subject starts
            items = _items(sent, begin, end, tags)
        if t.group(0).lower().startswith("demand"):
            items = [it for it in items if it.text.lower().split()[-1] not in _BUYERS]  # "demand from battery makers"
        direct, chains = _chained(items, tags)
        heads = {id(h) for h, _ in chains}  # a use that is itself used further is a material: one node, one type
        direct = [(_as_material(it) or it) if id(it) in heads else it for it in direct]
        for s in subjects:
            for it in direct:
                add(s, it, required)
        for head, it in chains:
            add(_as_material(head), it, False)
        prev_subjects, prev_items = subjects, items
    return out
