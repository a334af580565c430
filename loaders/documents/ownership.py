"""PART_OF: subsidiaries, joint ventures, sub-agencies, and the facilities a firm owns or works.

Pairs of neighbouring organisations are read by the words between them (triggers.yaml "ownership":
"X, a unit of Y", "Y owns 80% of X", "X, which Y acquired", "Y's X"); ventures by their founders
("A and B set up X", "X, a joint venture of A and B", "A, which together with B owns X"); facilities
by the verb of their owner ("Acme runs the Big Hill mine"), the money given to build them, or a
partner named with them. A definite description heading a sentence ("The plant is run by ...", "The
company operates ...") stands for the facility or firm named just before. Holders named in a relative clause
("a joint venture in which A holds 82% and B 18%") are a venture's partners or a firm's majority parent; a site
run "through" a unit is the unit's; a unit whose parent is not named ("X, a wholly owned subsidiary") belongs to
the article's firm of the same name. Owners named with their shares ("60% by A and 40% by B", "A will own 51% of the
venture, to be called X, while B holds the remaining 49%") are a venture's partners; a part-owner ("partly owned by")
is an investor, not a parent; a buyer of a site's output ("buy the ore produced at the mine") does not work it.

>>> from .annotate import annotate
>>> from .context import DocState
>>> doc = DocState("d")
>>> s = annotate("Acme Rare Metals, a unit of Globex Holdings, runs the Big Hill mine.", 0, 0, doc)
>>> [(f.source[1], f.target[1], f.props["relation"]) for f in ownership_facts(s, doc)]
[('Acme Rare Metals', 'Globex Holdings', 'subsidiary'), ('Big Hill mine', 'Acme Rare Metals', 'owned facility')]
>>> doc.remember(s)
>>> s = annotate("The mine is run by Kestrel Mining, which Acme Rare Metals bought in 2020.", 0, 1, doc)
>>> [(f.source[1], f.target[1], f.props["relation"]) for f in ownership_facts(s, doc)]
[('Big Hill mine', 'Kestrel Mining', 'owned facility'), ('Kestrel Mining', 'Acme Rare Metals', 'subsidiary')]
"""

from __future__ import annotations

import re

from .context import DocState, Fact, Sent
from .annotate import PRONOUN_TYPES
from .data import pattern
from .helpers import first_after, resolve
from .mentions import Mention
from .shares import find_shares
from .sites import name_described

__all__ = ["ownership_facts", "known_ventures", "known_parents", "held_in_which", "apposition_head"]

ORGS = ("Firm", "Agency")


_APPOSITION = re.compile(r"^\s*,\s+(?:(?:once|now|still|long)\s+)?(?:one\s+of|among|a|an|the)\s[^,;]{1,60},")
# "X, which produces ore, is a venture between ...": a relative clause before the cue
_RELATIVE = re.compile(r",\s+(?:which|that|who)\s[^,;()]{1,80}(?=,)")
# "a venture of Saudi Arabia's Fund", "a venture between U.S.-based Acme": what may stand before the first parent
_PARENT_LEAD = re.compile(r"^(?:\s|the\b|\x00|['\u2019]s?|-based)*$")
# "the X park on Sulawesi, a joint venture": the place of the venture, not the venture
_PLACE_GAP = re.compile(r"\s+(?:on|in|at|near|off)\s+(?:the\s+)?")
_LISTED_TAIL = re.compile(r"(?<=\s)(?:[A-Z][\w.]*\s+)?(?:[A-Z][\w.\-]*[\-\s])?(?:listed|based|headquartered|registered)\s+$")
# "owned by the Swedish engineering group Sandvik", "a unit of French startup Carester", "within the group of
# state-owned Chinalco": the parent's description, not part of the cue
_DESCRIBED_TAIL = re.compile(r"(?<=\s(?:by|of|to)\s)(?:the\s+)?(?:(?:[\w\-]+\s+){0,3}?(?:group|company|firm|miner|conglomerate|"
                             r"trader|trading\s+house|giant|\w*maker|producer|fund|investor|start-?up|operator|developer|specialist|supplier|"
                             r"refiner|recycler|manufacturer|explorer|miner|smelter|processor|corporation|utility|lender)"
                             # "operated by the Canadian company's local subsidiary X"
                             r"(?:['\u2019]s\s+(?:[\w\-\x01]+\s+){0,2}?(?:unit|subsidiary|arm|affiliate|division|offshoot))?\s+"
                             r"|(?:state|government|family|privately|publicly)[\s-]owned\s+"
                             # "to be owned by its U.S. subsidiary X": the owner is the unit named
                             r"|(?:its|their)\s+(?:[\w\-\x01]+\s+){0,2}?(?:unit|subsidiary|arm|affiliate|division)\s+"
                             # a country mention, masked: "owned by China's", "controlled by Chinese"
                             r"|\x01(?:['\u2019]s?|[\s-](?:based|listed))?\s+)+$")
# "The Nui Phao mine in northern Vietnam, run by Acme": the child's place, before the cue
_PLACE_LEAD = re.compile(r"^\s+(?:in|near|at|on|off|outside)\s+(?:the\s+)?(?:[\w\-\x01]+\s+){0,3}?[\w\-\x01]+(?=\s*,)")
# "SB Energy, a SoftBank Group unit": the parent named inside the apposition
_A_GAP = re.compile(r"\s*,\s*(?:a|an|the)\s+")
_UNIT_AFTER = re.compile(r"\s+(?:unit|subsidiary|affiliate|division|arm|offshoot)\b")
_LOCATOR_TAIL = re.compile(r"(?<=\s)[A-Z][\w.\-]*['\u2019]s\s+$")
_ASIDE_OPEN = re.compile(r"^\s*(?:\(|[\u2013\u2014]|--?(?=\s))\s*")
# a cue that names one parent: "a unit of", "part of"
_ONE_PARENT = re.compile(r"\b(?:unit|subsidiary|division|arm|affiliate|offshoot|part|member|sub-agency|bureau|office)\s+of\s+(?:the\s+)?$")
# "Globex Group, Acme's parent, ...": the child's possessive names its parent in front
_BARE_APPOSITION = re.compile(r"\s*,\s*(?:the\s+)?")
_PARENT_AFTER = re.compile(r"['\u2019]s?\s+(?:new\s+|\w+-based\s+)?(?:parent|owner|holding\s+company|majority\s+owner|controlling\s+"
                           r"shareholder)(?:\s+(?:company|group|firm))?\b")
# "Acme, Globex's mining arm,", "the Redhill mine, Globex's flagship operation,": the child in front
_UNIT_POSS = re.compile(r"['\u2019]s?\s+(?:[\w\-]+\s+){0,2}?(?:unit|subsidiary|division|arm|affiliate|offshoot)\b")
_SITE_POSS = re.compile(r"['\u2019]s?\s+(?:[\w\-]+\s+){0,3}?(?:mine|plant|refinery|smelter|project|operation|facility|factory|"
                        r"deposit|site|asset|complex)\b")
# "Acme, which Globex acquired", "the mine, in which Globex holds 60%": the owner as the clause's subject
_OBJECT_RELATIVE = re.compile(r"\s*,\s+(?:which|that|(?:in|of)\s+which)\s+(?:the\s+)?")
_RELATIVE_VERB = re.compile(r"\s+(?:(?:also|now|jointly|each|together|already|still)\s+)*(?:(?P<own>acquired|bought|purchased|took\s+over|"
                            r"owns?|operates?|controls?|runs?|has\s+(?:acquired|bought|owned|run|operated|controlled)|built|"
                            r"developed)|(?P<hold>holds?|held|has|have|owned))\b(?P<rest>[^,;]{0,50})", re.I)
_AND = re.compile(r"\band\b|&")
_HYPHENED = re.compile(r"-[A-Z]")
# "... Globex and Initech own Acme and Redhill respectively": each its own, not a venture
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
# "SoftBank's SB Energy": a firm named by its parent's possessive
_POSS_GAP = re.compile(r"['\u2019]s?\s+")


def ownership_facts(sent: Sent, doc: DocState) -> list[Fact]:
    """The PART_OF facts of one sentence."""
    text = sent.text
    out: list[Fact] = []
    seen = set()

    def emit(child, parent, props):
        if child.ref == parent.ref or (child.ref, parent.ref) in seen:
            return
        seen.add((child.ref, parent.ref))
        out.append(Fact("PART_OF", child.ref, parent.ref, props, sent))
        if props.get("relation") == "joint venture" and child.type == "Firm":
            _note_venture(doc, sent.index, child)
        elif child.type == "Firm":
            doc.parents.add(parent.ref)  # "the company" is seldom a parent named in passing

    name_described(doc, sent)  # "a stake in a platinum project. [...] Acme owns the Redhill project": named here
    # a source named with its own office ("said the Department of Energy's Loan Programs Office") is its parent
    orgs = [m for m in sent.mentions if m.type in ORGS + ("Facility",) and ("cited" not in m.tags or m.type == "Agency"
            and any(x.type == "Agency" and x.start == m.end + 3 for x in sent.mentions) and _POSS_GAP.fullmatch(text, m.end, m.end + 3))]
    heads = _descriptions(sent, doc, orgs)
    if " by the " in text:
        heads = heads + _described_owners(sent, doc, heads)
    if heads:
        orgs = sorted(orgs + heads, key=lambda m: (m.start, -m.end))
    not_part = pattern("ownership", "not_part")
    for i, child in enumerate(orgs):
        nxt = orgs[i + 1:i + 2]
        if nxt and nxt[0].type == "Facility" and child.type in ORGS:
            # "X, the smelter in Hunan, is part of Y": the site in the apposition is not the parent
            nxt += [m for m in orgs[i + 2:] if m.type in ORGS][:1]
        for other in nxt:
            gap = text[child.end:other.start]
            if _ASIDE_OPEN.match(gap):  # "Acme (a unit of Globex)", "Acme - a unit of Globex -": an apposition
                gap = _ASIDE_OPEN.sub(", ", gap, count=1)
            if other.type not in ORGS or not_part.search(gap):
                continue  # "X, spun off from Y": no longer a part
            # "X, part of the Y" / "X, a unit of Y" / "X is owned by Y and Z" / "X, whose parent company Y"
            pm = pattern("ownership", "parent_of").search(gap)
            if pm is None and gap.startswith(","):
                # "Foo, one of China's largest producers, owns 22% of Chile's Bar": past the apposition
                # and the locator
                pm = pattern("ownership", "parent_of").search(_LOCATOR_TAIL.sub("", _APPOSITION.sub("", gap, count=1)))
            # "X is 85% owned by London-listed Y", "X, the antimony producer in Hunan, is part of Y": the
            # parent's listing and the child's apposition only describe them
            bare = _ASIDE_OPEN.sub(", ", _masked(sent, child.end, other.start), count=1)
            bare = _DESCRIBED_TAIL.sub("", _LISTED_TAIL.sub("", _PLACE_LEAD.sub("", bare, count=1)))
            if _A_GAP.fullmatch(gap) and _UNIT_AFTER.match(text, other.end):
                emit(child, other, {"relation": "subsidiary"})
                continue
            if pm is None and not pattern("ownership", "child_of").search(bare) and gap.startswith(","):
                bare = _APPOSITION.sub("", bare, count=1)
            if pm is None and pattern("ownership", "child_of").search(bare):
                parents = [p for p in (sent.list_at(other, ORGS) if other in sent.mentions else [other])
                           if p.start >= other.start and "paren" not in p.tags]
                if _ONE_PARENT.search(bare):
                    parents = [other]  # "Foo, a unit of Bar, and Baz both ...": Baz is Foo's peer, not its parent
                elif len(parents) <= 1:
                    parents = [other] + _share_partners(sent, other)  # "51% owned by A and 49% by B"
                relation = "subsidiary" if child.type != "Facility" else "owned facility"
                if child.type == other.type == "Agency":
                    relation = "sub-agency"
                if len(parents) > 1:
                    relation = "joint venture"
                elif re.search(r"majority|\d", gap):
                    relation = "majority-owned"
                for p in parents or [other]:
                    emit(child, p, {"relation": relation})
                continue
            # "Y's unit X" / "Y, the parent company of X" / "Y owns 80% of X" (a minority holding is an
            # investment: the INVESTS_IN rules give it)
            if pm and child.type in ORGS:
                stake = _stake(pm.group("share")) if pm.group("share") else None
                if stake is not None and stake < 0.5:
                    continue
                props = {"relation": "subsidiary" if stake is None else "majority-owned"}
                if stake is not None:
                    props["stake"] = stake
                owners = _subject_list(sent, child)
                if len(owners) > 1:  # "Globex and Initech own Acme": a venture of both
                    props = {"relation": "joint venture"}
                for o in owners:
                    emit(other, o, props)
                continue
            if _OBJECT_RELATIVE.fullmatch(gap):
                # "Acme, which Globex acquired in 2021", "the Redhill mine, in which Globex holds 60%"
                for p in _relative_owners(sent, other):
                    emit(child, p, {"relation": "subsidiary" if child.type != "Facility" else "owned facility"})
                continue
            if _BARE_APPOSITION.fullmatch(gap):
                # "Globex, Acme's parent, said": the parent in front, the child's possessive after
                if _PARENT_AFTER.match(text, other.end):
                    emit(other, child, {"relation": "subsidiary"})
                    continue
                # "Acme, Globex's mining arm,", "the Redhill mine, Globex's flagship operation,"
                if (_UNIT_POSS if child.type != "Facility" else _SITE_POSS).match(text, other.end):
                    emit(child, other, {"relation": "subsidiary" if child.type != "Facility" else "owned facility"})
                    continue
            # "SoftBank's SB Energy": a firm named by its parent firm's possessive
            if child.type == other.type == "Firm" and _POSS_GAP.fullmatch(gap) and "locator" not in child.tags:
                emit(other, child, {"relation": "subsidiary"})
                continue
            # "the Pentagon's Office of Strategic Capital": an agency within an agency; "the Office of
            # Strategic Capital within the Pentagon": the other way round
            if child.type == other.type == "Agency" and pattern("ownership", "sub_agency").match(gap):
                if gap.lstrip().startswith(("'", "\u2019")):
                    emit(other, child, {"relation": "sub-agency"})
                else:
                    emit(child, other, {"relation": "sub-agency"})
        # "X, a joint venture set up by Y and Z" / "by the two Japanese entities"
        if child.type in ("Firm", "Facility") and not (i and _PLACE_GAP.fullmatch(text, orgs[i - 1].end, child.start)):
            jv = pattern("ownership", "joint_venture").match(text, child.end)
            if jv is None and text.startswith(",", child.end):
                # past a relative clause that names no other organisation, or "as the company is known"
                rel = _RELATIVE.match(text, child.end) or _AS_KNOWN.match(text, child.end)
                if rel and not any(child.end <= m.start < rel.end() for m in orgs):
                    jv = pattern("ownership", "joint_venture").match(text, rel.end())
            if jv:
                after = [m for m in orgs if m.start >= jv.end() and m.type in ORGS]
                parents = []
                counted = _COUNTED_PARTNERS.match(text, jv.end())  # "of three state-owned firms: A, B and C"
                lead_from = counted.end() if counted else jv.end()
                if after and _lead_len(sent, lead_from, after[0]) < 12 or counted and after \
                        and _DESCRIPTOR_LEAD.fullmatch(text, lead_from, after[0].start):
                    parents = sent.list_at(after[0], ORGS)
                    parents += _share_partners(sent, parents[-1])
                elif pattern("ownership", "the_two").match(text, jv.end() + 1) or pattern("ownership", "the_two").search(text, jv.end(), jv.end() + 40):
                    before = [m for m in orgs if m.end <= child.start and m.type in ORGS
                              and not m.tags & {"paren", "description"}]
                    if before:  # "the two entities": the subject pair of the sentence
                        parents = sent.list_at(before[0], ORGS)
                for p in parents:
                    if "paren" not in p.tags:
                        emit(child, p, {"relation": "joint venture"})
    if " which " in text:
        for child in orgs:
            kind, holders = held_in_which(sent, doc, child)
            _split_owners(child, kind, holders, emit)
    if len(orgs) >= 3:
        _co_owned(sent, orgs, emit)
    if "venture" in text:
        _venture_shares(sent, emit)
        _venture_known_as(sent, emit)
    if "'s " in text or "\u2019s " in text:
        _described_parent(sent, doc, emit)
    _formed(sent, orgs, emit)
    if "subsidiary" in text or "unit" in text or "arm" in text:
        _unnamed_parent(sent, doc, emit)
        if "its " in text or "Its " in text:
            _its_unit(sent, doc, emit)
    if "its " in text:
        _its_agency(sent, emit)
        if "through its " in text or "via its " in text:
            _through_its(sent, emit)
    paired = _respectively(sent, emit) if _RESPECTIVELY.search(text) else ()
    held_spans = [(h.start(), h.end()) for h in _HELD_SPAN.finditer(text)] if " which " in text else []
    for fac in sent.of("Facility", skip=()):
        if fac in paired:
            continue
        # "the Alcoa-Sojitz gallium project": the firms naming a site are its owners
        inside = [m for m in sent.mentions if m.type == "Firm" and fac.start <= m.start and m.end <= fac.end
                  and _HYPHENED.match(text, m.end)] if "-" in fac.text else []
        if inside:
            inside += [m for m in sent.mentions if m.type == "Firm" and m.start == inside[-1].end + 1]
            for m in inside:
                emit(fac, m, {"relation": "joint venture" if len(inside) > 1 else "owned facility"})
            continue
        firms = [m for m in sent.of("Firm", 0, fac.start, skip=("cited", "paren")) if m.ref != fac.ref
                 and not any(a < m.start < b for a, b in held_spans)]  # "X, in which Y holds 70%, runs": not Y
        firms = [h for h in heads if h.type == "Firm" and h.end <= fac.start] + firms
        if "relative" not in fac.tags:  # "X, which is owned by Y, runs the Z mine": not Y's
            firms = [f for f in firms if "relative" not in f.tags]
        through = _THROUGH_UNIT.match(text, fac.end) or _THROUGH_RELATIVE.match(text, fac.end)
        unit = next((m for m in sent.of("Firm", fac.end) if through and m.start == through.end()), None)
        if unit is not None and (through.re is _THROUGH_RELATIVE
                                 or firms and pattern("ownership", "operates").search(text, firms[-1].end, fac.start)):
            emit(fac, unit, {"relation": "owned facility"})  # "X runs the mine through Y, its subsidiary": Y's
            continue
        owner = fac.props.get("owner")
        if owner and _THE_SITE.match(fac.text):
            continue  # "the new plant's sponge": the article's plant, not the nearest firm's
        if owner and _ITS_SITE.match(fac.text):
            # "Setouchi, a unit of Miyake, will ship sponge to Cheviot from its plant in Okayama": the subject's
            lo, _ = sent.clause_of(fac.start)
            said = None
            for said in _SAID_CLAUSE.finditer(text, lo, fac.start):
                pass
            if said is not None and sent.of("Firm", said.end(), fac.start, skip=("cited", "paren", "locator")):
                lo = said.end()  # "Acme said its unit Beta could expand its plant": the reported clause's subject
            subject = next((f for f in sent.of("Firm", lo, fac.start, skip=("cited", "paren", "relative", "locator"))
                            if not _OBJECT_PREP.search(text, max(0, f.start - 12), f.start)), None)
            owner = subject.name if subject is not None else owner
        if owner:
            emit(fac, _ref_mention(sent, "Firm", owner), {"relation": "owned facility"})
            continue
        if _COMPANYS.match(fac.text):
            # "Syrah's Balama mine feeds the company's anode plant in Vidalia": the firm named before
            named = [f for f in firms if "relative" not in f.tags and "description" not in f.tags]
            owner_m = named[0] if named else doc.last("Firm", sent.index)
            if owner_m is not None:
                emit(fac, owner_m, {"relation": "owned facility"})
            continue
        if not firms:
            continue
        funded = _funded_firm(sent, fac, firms)
        if funded is not None:  # "lent Acme $50m to build the Big Hill refinery"
            emit(fac, funded, {"relation": "owned facility"})
            continue
        parents = {p for _, p in seen}
        subject = next((f for f in firms if f.ref not in parents), firms[0])  # the clause's subject firm
        verb = _owning_verb(text, subject.end, fac.start)
        if _POSSESSIVE_AFTER_SITE.match(text, fac.end):
            verb = None  # "agreed to buy 35% of Coolgarra's vanadium": the site's output, not the site
        if verb is not None:
            # "In Europe, Neo opened a plant": the firm nearest before the verb is its subject
            subject = ([f for f in firms if f.end <= verb.start() and f.start > subject.start
                        and f.ref not in parents and "relative" not in f.tags] or [subject])[-1]
            subject = apposition_head(sent, subject, ("Firm",)) or subject
        gap = text[subject.end:fac.start]
        for a, b in held_spans:
            if subject.end <= a < fac.start:
                gap = gap[:a - subject.end] + " " * (min(b, fac.start) - a) + gap[min(b, fac.start) - subject.end:]
        if verb is not None and len(gap) < 120:
            stake = next((s.value for s in find_shares(gap)), None)
            if stake is not None and stake < 0.5:  # "holds 20% of the mine": a minority investment
                out.append(Fact("INVESTS_IN", subject.ref, fac.ref,
                                {"instrument": "equity", "stake": stake, "status": "done"}, sent))
                continue
            owners = _subject_list(sent, subject) if "description" not in subject.tags else [subject]
            props = {"relation": "owned facility"} if stake is None else {"relation": "majority-owned", "stake": stake}
            if len(owners) > 1:  # "Globex and Initech own the Redhill mine": a venture of both
                props = {"relation": "joint venture"}
            for o in owners:
                emit(fac, o, props)
        elif _used_at(gap):
            emit(fac, subject, {"relation": "operated facility"})
        elif pattern("ownership", "partner_before").search(gap) and _AT_END.search(gap):
            # "Acme is the partner of French miner Globex at the Big Hill mine": the site of both
            for f in [subject] + [f for f in firms if f.start > subject.end]:
                emit(fac, f, {"relation": "joint venture"})
        else:
            # "Glencore operates the Kamoto Copper Company and the Mutanda mine": the verb's list
            owner = _list_owner(sent, fac, firms)
            if owner is not None:
                emit(fac, owner, {"relation": "owned facility"})
    # "Acme operates the Big Hill mine with local partner Globex": the partner owns it too
    for z, w in zip(orgs, orgs[1:]):
        if w.type in ORGS and any(c == z.ref for c, _ in seen) and pattern("ownership", "partner_after").match(text[z.end:w.start]):
            emit(z, w, {"relation": "joint venture"})
    return out


_AT_END = re.compile(r"\s(?:at|in|on)\s+(?:the\s+)?$")
_POSSESSIVE_AFTER_SITE = re.compile(r"['\u2019]s?\s+(?!(?:owner|operator|parent|majority|controlling)\b)")


def _owning_verb(text: str, start: int, end: int):
    """The first verb of owning or running a site in [start, end); an adjective ("state-owned", "family-run")
    is none."""
    for rx in (pattern("ownership", "operates"), pattern("ownership", "holds_site")):
        for verb in rx.finditer(text, start, end):
            if text[verb.start() - 1:verb.start()] != "-":
                return verb
    return None


# a firm named as a venture: "Lithium Nevada Ventures", "Borealis JV"
_VENTURE_NAME = re.compile(r"\b(?:Ventures?|JV)\b")


def _note_venture(doc: DocState, index: int, m: Mention) -> None:
    """Remember ``m`` as a joint venture of the document (later "the venture" or "the vehicle" stands for it)."""
    doc.ventures.append((index, Mention(m.type, m.name, m.start, m.end, m.text)))


_THAT_AFTER = re.compile(r"\s+that\s+(?!(?:it|they|he|she|we)\b)")
_APPOSITION_TO = re.compile(r"\s*,\s+(?:a|an|the|its)\s+[^,;()]*")


def apposition_head(sent: Sent, m, types=ORGS):
    """The name whose apposition ``m`` closes when a restrictive "that" follows ``m``: in "Caremag, a unit of
    Carester that is building a plant", the unit builds it (a "that" clause does not describe a proper name).

    >>> from .annotate import annotate
    >>> s = annotate("Kestrel Ltd, a unit of Globex Group that is building a plant, hires.", 0, 0, DocState("d"))
    >>> apposition_head(s, s.mentions[1]).name
    'Kestrel'
    """
    if not _THAT_AFTER.match(sent.text, m.end):
        return None
    for h in reversed([x for x in sent.mentions if x.type in types and x.end <= m.start]):
        if _APPOSITION_TO.fullmatch(sent.text, h.end, m.start):
            return h
    return None


def known_parents(doc: DocState) -> set:
    """Refs of the firms found to be the parent of another firm in the document so far."""
    return doc.parents


def known_ventures(doc: DocState, before: int) -> list[Mention]:
    """The joint ventures named before sentence ``before``, latest first: those found founded or owned by two
    partners, and firms named as ventures ("Lithium Nevada Ventures").

    >>> from .annotate import annotate
    >>> doc = DocState("d")
    >>> s = annotate("Acme Mining Corp and Globex Group formed Kestrel Lithium, a joint venture.", 0, 0, doc)
    >>> _ = ownership_facts(s, doc); doc.remember(s)
    >>> [m.name for m in known_ventures(doc, 1)]
    ['Kestrel Lithium']
    """
    named = [(idx, m) for idx, m in doc.history if m.type == "Firm" and _VENTURE_NAME.search(m.name)]
    both = sorted(named + doc.ventures, key=lambda x: x[0])
    out, seen = [], set()
    for idx, m in reversed(both):
        if idx < before and m.ref not in seen:
            seen.add(m.ref)
            out.append(m)
    return out


def _masked(sent: Sent, start: int, end: int) -> str:
    """The text between ``start`` and ``end`` with its country mentions as one mark each ("\\x01")."""
    text = sent.text
    cs = [m for m in sent.mentions if m.type == "Country" and start <= m.start and m.end <= end]
    if not cs:
        return text[start:end]
    out, pos = [], start
    for m in cs:
        out += [text[pos:m.start], "\x01"]
        pos = m.end
    return "".join(out) + text[pos:end]


def _respectively(sent: Sent, emit) -> list:
    """"Globex and Initech own the Redhill and Tarn mines respectively": owners and sites paired in order.

    Returns the facilities paired.
    """
    text = sent.text
    facs = sent.of("Facility", skip=())
    for verb in pattern("ownership", "operates").finditer(text):
        firms = sent.of("Firm", 0, verb.start(), skip=("cited", "paren"))
        after = [f for f in facs if f.start >= verb.end()]
        if not firms or not after:
            continue
        owners = sent.list_at(firms[-1], ORGS)
        sites = sent.list_at(after[0], ("Facility",))
        if len(owners) == len(sites) > 1 and owners[-1] is firms[-1]:
            for o, f in zip(owners, sites):
                emit(f, o, {"relation": "owned facility"})
            return sites
    return []


def _subject_list(sent: Sent, m) -> list:
    """The list that ``m`` closes as the subject of a verb ("Globex and Initech own ..."), else [m]."""
    if m.type not in ORGS or "description" in m.tags or _RESPECTIVELY.search(sent.text):
        return [m]
    items = sent.list_at(m, ORGS)
    if len(items) < 2 or items[-1] is not m or any("paren" in x.tags for x in items) \
            or not _AND.search(sent.text, items[-2].end, m.start):
        return [m]
    return items


# "X, a joint venture in which", "X, in which": the holders and their shares follow
_HELD_IN_WHICH = re.compile(r"\s*,\s+(?:(?:a|an|the|its)\s+(?:[\w\-]+\s+){0,3}?(?P<kind>joint[- ]venture|venture|JV|consortium|"
                            r"partnership|subsidiary|unit|company|firm|vehicle|affiliate)\s*,?\s+)?(?:in|of)\s+which\s+",
                            re.I)
_SHARE = (r"(?:(?:about|some|roughly|around|nearly|almost|just\s+over|just\s+under)\s+)?(?:\d[\d.]*\s*(?:%|per\s*cent|percent)"
          r"|(?:a|one)\s+(?:third|quarter|fifth|half)|half|two-thirds|three-quarters)")
_REST = r"the\s+(?:rest|remainder|balance|remaining\s+" + _SHARE + r")"
_HOLDS_SHARE = re.compile(r"\s+(?:(?:now|also|currently|still|each|will|would|is\s+to)\s+)*(?:holds?|owns?|has|have|controls?|held|"
                          r"owned|hold|own|keeps?|keep|retains?|retain|takes?|take)\s+(?:a\s+|an\s+)?(?P<share>" + _SHARE
                          + r"|" + _REST + r")", re.I)
# a second holder with its share, the verb left out: "... and state miner Gecamines the remaining 20%"
_GAP_BEFORE = re.compile(r"\s*,?\s+(?:and|while|with)\s+(?:[\w\-'\u2019.]+\s+){0,3}?", re.I)
_GAPPED_SHARE = re.compile(r"\s+(?:(?:holding|owning|with|has|holds|owns)\s+)?(?P<share>" + _SHARE + r"|" + _REST + r")", re.I)
# the relative clause naming holders: ", in which Globex holds 70% and Initech the rest,"
_HELD_SPAN = re.compile(r",\s+(?:(?:a|an|the)\s+[^,;]{0,40}?)?(?:in|of)\s+which\s[^,;]*")
# a site run through a unit: "runs the Kambove mine through Acme Congo", "through its subsidiary Acme Congo"
_THROUGH_UNIT = re.compile(r"\s*,?\s+(?:through|via)\s+(?:its\s+|their\s+|a\s+|the\s+)?(?:(?:local|\w+-based|\w+n|\w+ese)\s+(?=(?:subsidiary|unit|affiliate|arm|venture)\b))?"
                           r"(?:(?:subsidiary|unit|affiliate|arm|venture)\s+)?")
_PLUS_ONE = re.compile(r"\s+plus\s+(?:one|a\s+single)\s+share\b", re.I)
_EACH = re.compile(r"\beach\b", re.I)
# "the Kambove mine, which the Chinese company runs through Huaxin Congo": the unit's site
_THROUGH_RELATIVE = re.compile(r"\s*,\s+which\s+(?:[^,;]{0,40}?\s)?(?:runs?|operates?|controls?|owns?|manages?|holds?|works?)"
                               r"\s+(?:it\s+)?(?:through|via)\s+(?:its\s+|their\s+|a\s+|the\s+)?(?:(?:local|\w+-based|\w+n|\w+ese)\s+(?=(?:subsidiary|unit|affiliate|arm|venture)\b))?"
                               r"(?:(?:subsidiary|unit|affiliate|arm|venture)\s+)?")
_REST_WORD = re.compile(r"^the\s+(?:rest|remainder|balance)$", re.I)


def held_in_which(sent: Sent, doc: DocState, child) -> tuple[str | None, list]:
    """The holders of ``child`` named in a relative clause after it, each with its share (None when unknown).

    "Acme, a joint venture in which Globex holds 82% and Initech 18%" gives ('joint venture', [(Globex, 0.82),
    (Initech, 0.18)]); "Acme, a subsidiary in which it holds 80% and Gecamines the remaining 20%": "it" is the
    sentence's first organisation. The kind is the apposition's noun, or None.

    >>> from .annotate import annotate
    >>> s = annotate("Kestrel Lithium, a joint venture in which Globex Group holds 82% and Sojitz 18%, runs it.", 0, 0,
    ...              DocState("d"))
    >>> kind, holders = held_in_which(s, DocState("d"), s.mentions[0])
    >>> kind, [(h.name, share) for h, share in holders]
    ('joint venture', [('Globex Group', 0.82), ('Sojitz', 0.18)])
    """
    text = sent.text
    hit = _HELD_IN_WHICH.match(text, child.end)
    if hit is None:
        return None, []
    kind = (hit.group("kind") or "").lower().replace("-", " ") or None
    kind = "joint venture" if kind in ("joint venture", "venture", "jv", "consortium", "partnership") else kind
    first = next((m for m in sent.mentions if m.start >= hit.end()), None)
    if first is None or first.start - hit.end() > 3 or first.type not in ORGS + ("Pronoun",):
        return kind, []
    at = first.end
    firsts = [first]
    if first.type == "Pronoun":
        if first.name != "it":
            return kind, []
        # "X runs the mine through Y, a subsidiary in which it holds 80%": the sentence's first organisation
        first = next((m for m in sent.mentions if (m.type in ORGS or m.type == "Pronoun" and m.name != "it")
                      and m.end <= child.start and m.ref != child.ref
                      and not m.tags & {"cited", "locator", "paren"}), None)
        if first is not None and first.type == "Pronoun":  # "which the Chinese company runs through Y"
            first = resolve(first, sent, doc, ORGS)
        if first is None or first.ref == child.ref:
            return kind, []
        firsts = [first]
    else:  # "in which Globex, Initech and Acme each hold a third"
        firsts = [x for x in sent.list_at(first, ORGS) if x.start >= first.start and "locator" not in x.tags]
        at = firsts[-1].end
    held = _HOLDS_SHARE.match(text, at)
    if held is None:
        return kind, []
    share = held.group("share") + (" plus" if _PLUS_ONE.match(text, held.end()) else "")
    each = len(firsts) == 1 or bool(_EACH.search(text, at, held.start("share")))
    out = [(x, share if each else "together") for x in firsts]
    at = held.end()
    for m in sent.mentions:
        if m.start < at or m.type not in ORGS or "locator" in m.tags:
            continue
        gap = _GAP_BEFORE.fullmatch(text, at, m.start)
        share = _GAPPED_SHARE.match(text, m.end) if gap else None
        if share is None:
            break
        out.append((m, share.group("share")))
        at = share.end()
    # "50 per cent plus one share": control, a hair over half
    values = [(_stake(s) or 0) + (1e-6 if s.endswith(" plus") else 0) if not _REST_WORD.match(s) and s != "together"
              else None for _, s in out]
    known = sum(v for v in values if v is not None)
    values = [v if v is not None or s == "together" else (round(1 - known, 4) if known < 1 else None)
              for v, (_, s) in zip(values, out)]
    return kind, [(m, v) for (m, _), v in zip(out, values)]


def _split_owners(child, kind, holders, emit) -> None:
    """PART_OF for the holders of ``child``: each partner of a venture, else the majority holder."""
    if kind == "joint venture" and len(holders) > 1:
        for holder, _ in holders:
            emit(child, holder, {"relation": "joint venture"})
        return
    for holder, share in holders:
        if share is not None and share > 0.5:
            emit(child, holder, {"relation": "subsidiary" if child.type != "Facility" else "owned facility",
                                 "stake": round(share, 4)})


def _relative_owners(sent: Sent, first) -> list:
    """Owners named as the subject of an object relative clause starting at ``first``, or []."""
    if first.type not in ORGS or "description" in first.tags:
        return []
    items = [x for x in sent.list_at(first, ORGS) if x.start >= first.start]
    vm = _RELATIVE_VERB.match(sent.text, items[-1].end)
    if vm is None or re.match(r"\s*(?:it\s+)?(?:through|via)\b", vm.group("rest")):
        return []  # "the mine, which Globex runs through Acme": Acme's (the unit's) site
    if vm.group("hold"):
        # "in which Globex holds 60%": most of it, or equal halves of a venture ("each hold 50%")
        share = _stake(vm.group("rest"))
        if share is None or share < 0.5 and not (len(items) > 1 and share * len(items) >= 0.99):
            return []
    return items


# the next owner with its share, the verb left out: "owned 60% by A and 40% by France-based B"
_SHARE_BY = re.compile(r"\s*,?\s+and\s+(?:the\s+remaining\s+|the\s+other\s+|a\s+)?(?:(?:about|some|roughly|nearly)\s+)?"
                       r"\d[\d.]*\s*(?:%|per\s*cent|percent)\s+(?:is\s+owned\s+|is\s+held\s+|owned\s+|held\s+)?by\s+(?:the\s+)?")


def _share_partners(sent: Sent, last) -> list:
    """The owners named after ``last`` with their own share: "76% owned by OCP and 24% by Huaxin" gives Huaxin."""
    out = []
    while True:
        hit = _SHARE_BY.match(sent.text, last.end)
        nxt = next((m for m in sent.of(ORGS, hit.end()) if "paren" not in m.tags), None) if hit else None
        if nxt is None or _lead_len(sent, hit.end(), nxt) >= 12:
            return out
        out.append(nxt)
        last = nxt


_DESCRIBED_UNIT = re.compile(r"['\u2019]s\s+(?:[\w\-]+\s+){0,2}?(?:unit|subsidiary|arm|affiliate|division|offshoot)\s*,?\s+$")


def _described_parent(sent: Sent, doc: DocState, emit) -> None:
    """"the Canadian company's local subsidiary Almonty Korea Tungsten": a unit of the firm the description
    stands for (named before)."""
    for pron in sent.of("Pronoun"):
        if "Firm" not in PRONOUN_TYPES.get(pron.name, ()):
            continue
        child = next((m for m in sent.of(("Firm",), pron.end) if _DESCRIBED_UNIT.fullmatch(sent.text, pron.end, m.start)),
                     None)
        parent = resolve(pron, sent, doc, ("Firm",)) if child is not None else None
        if parent is not None and parent.ref != child.ref:
            emit(child, parent, {"relation": "subsidiary"})


# "A will own 51% of the venture, to be called X": X a venture of A; "B and C will hold the remaining 49%": of B, C
_VENTURE_SHARE = re.compile(r"\b(?:will\s+|would\s+|is\s+to\s+)?(?:own|owns|hold|holds|take|takes|have|has)\s+(?:a\s+)?"
                            r"(?:(?:about|some|roughly|nearly)\s+)?\d[\d.]*\s*(?:%|per\s*cent|percent)\s+(?:stake\s+in\s+|of\s+)"
                            r"(?:the\s+)?(?:new\s+)?(?:joint[- ])?venture\s*,\s+(?:to\s+be\s+|which\s+will\s+be\s+)?"
                            r"(?:called|named|known\s+as|dubbed)\s+(?:the\s+)?", re.I)
_REST_SHARE = re.compile(r"\b(?:will\s+|would\s+)?(?:(?:together|jointly)\s+)?(?:own|owns|hold|holds|take|takes|have|has)\s+"
                         r"the\s+(?:remaining|rest|other|balance)\b", re.I)


def _venture_shares(sent: Sent, emit) -> None:
    """"Maaden will own 51% of the venture, to be called Arabian Rare Earths Co, while MP Materials and the
    Department of War will together hold the remaining 49%": the venture's partners, each a parent."""
    text = sent.text
    hit = _VENTURE_SHARE.search(text)
    venture = next((m for m in sent.of(("Firm",), hit.end()) if m.start == hit.end()), None) if hit else None
    if venture is None:
        return
    lo, _ = sent.clause_of(hit.start())
    first = [m for m in sent.of(ORGS, lo, hit.start(), skip=("cited", "paren", "relative"))]
    partners = _subject_list(sent, first[-1]) if first else []
    for rest in _REST_SHARE.finditer(text, venture.end):
        a, _ = sent.clause_of(rest.start())
        others = [m for m in sent.of(ORGS, max(a, venture.end), rest.start(), skip=("cited", "paren", "relative"))]
        for m in others:  # "MP Materials and the U.S. Department of War": a list, its locators masked
            if m is others[0] or _LIST_GLUE.match(_masked(sent, partners[-1].end, m.start).replace("\x01", "")):
                partners.append(m)
    for p in partners:
        emit(venture, p, {"relation": "joint venture"})


def _lead_len(sent: Sent, start: int, first) -> int:
    """Length of what stands before the first parent after a venture cue, its locators not counted."""
    lead = list(sent.text[start:first.start])
    for m in sent.mentions:
        if start <= m.start and m.end <= first.start and "locator" in m.tags:
            lead[m.start - start:m.end - start] = ["\x00"] * (m.end - m.start)
    lead = "".join(lead)
    return 0 if _PARENT_LEAD.match(lead) else len(lead.replace("\x00", ""))


def _co_owned(sent: Sent, orgs, emit) -> None:
    """"Sojitz, which together with JOGMEC owns JARE": the third is a venture of the first two."""
    text = sent.text
    for x, y, z in zip(orgs, orgs[1:], orgs[2:]):
        if y.type in ORGS and z.type in ("Firm", "Facility") \
                and pattern("ownership", "co_owner").match(text[x.end:y.start]) \
                and pattern("ownership", "co_owns").match(text[y.end:z.start]):
            emit(z, x, {"relation": "joint venture"})
            emit(z, y, {"relation": "joint venture"})


# an apposition on the last founder: "A and B, the family group that co-founded Z"
_APPOSED = re.compile(r"\s*,\s+(?:a|an|the)\s+[^,;()]*?\b(?:that|which|who)\s")


# "Acme Vietnam, a wholly owned subsidiary set up last year, ...": a unit whose parent is not named
_UNIT_NO_PARENT = re.compile(r"\s*,\s+(?:a|an|the|its)\s+(?:(?-i:[a-z][\w\-]*)\s+){0,3}?(?:subsidiary|unit|arm|affiliate|division)"
                             r"(?=\s*[,.;]|\s+(?:set\s+up|created|formed|established|founded|that|which|based|registered|"
                             r"incorporated)\b)", re.I)


# "through its Chinese subsidiary Foo", "Its US subsidiary Foo is building": Foo is the unit of the one "its" names
_ITS_UNIT = re.compile(r"\b[Ii]ts\s+(?:[\w\-.]+\s+){0,2}?(?:subsidiary|unit|arm|affiliate|division|offshoot)\s*,?\s+$")


def _its_unit(sent: Sent, doc: DocState, emit) -> None:
    """A firm named as "its ... subsidiary": the parent is the sentence's first firm before it, else the firm
    heading the sentence before ("Acme makes magnets. Its US unit Foo is building a plant.")."""
    text = sent.text
    for child in sent.of("Firm", skip=("cited", "paren")):
        hit = _ITS_UNIT.search(text, max(0, child.start - 60), child.start)
        if hit is None:
            continue
        before = [m for m in sent.of("Firm", 0, hit.start(), skip=("cited", "paren", "locator")) if m.ref != child.ref]
        if before and re.fullmatch(r"\s*,?\s*(?:and|or|with|plus)\s+", text[before[-1].end:hit.start()]):
            before = before[-1:]  # "from Sojitz and its unit Foo": the name just before
        parent = before[0] if before else (_antecedent(doc, sent.index, "Firm", "", lookback=1) if hit.start() == 0
                                            else None)
        if parent is not None and parent.ref != child.ref:
            emit(child, parent, {"relation": "subsidiary"})


_VENTURE_BETWEEN = re.compile(r"\b(?:joint[- ]venture|JV|venture)\s+(?:company\s+)?(?:between|of|formed\s+by|set\s+up\s+by)\s+"
                              r"(?:the\s+)?(?:(?!(?:and|or|of|to|in|on|at|with)\b)[a-z][\w\-]*\s+){0,4}")
_KNOWN_AS = re.compile(r"\s*,\s+(?:(?:now|later|since|which\s+is|to\s+be)\s+)?(?:known\s+as|called|named|dubbed)\s+(?:the\s+)?")


def _venture_known_as(sent: Sent, emit) -> None:
    """"the joint venture between state miner A and B, known as Z": Z, named after its partners, is a venture of both."""
    text = sent.text
    for hit in _VENTURE_BETWEEN.finditer(text):
        first = first_after(sent.of(ORGS, hit.end(), skip=("cited", "paren")), hit.end(), 0)
        if first is None:
            continue
        partners = [p for p in sent.list_at(first, ORGS) if p.start >= first.start and "paren" not in p.tags]
        known = _KNOWN_AS.match(text, partners[-1].end) if len(partners) >= 2 else None
        if known is None:
            paren = next((m for m in sent.mentions if m.start > partners[-1].end and "paren" in m.tags), None) \
                if len(partners) >= 2 else None
            known = _KNOWN_AS.match(text, paren.end + 1) if paren is not None and text.startswith(")", paren.end) else None
        venture = first_after(sent.of(("Firm",), known.end(), skip=("cited",)), known.end(), 0) if known else None
        if venture is None:
            continue
        for p in partners:
            emit(venture, p, {"relation": "joint venture"})


_THROUGH_ITS = re.compile(r"\b(?:through|via)\s+its\s+(?:(?:local|\w+-based|\w+ian|\w+ese)\s+)?")


def _through_its(sent: Sent, emit) -> None:
    """"Glencore mined 38,000 tons through its Kamoto Copper Co and Mutanda operations": the firms and sites
    named after "through its" belong to the clause's subject firm."""
    text = sent.text
    for hit in _THROUGH_ITS.finditer(text):
        first = first_after(sent.of(("Firm", "Facility"), hit.end(), skip=("cited", "paren")), hit.end(), 0)
        lo, _ = sent.clause_of(hit.start())
        subject = next((f for f in sent.of("Firm", lo, hit.start(), skip=("cited", "paren", "relative", "locator"))
                        if not _OBJECT_PREP.search(text, max(0, f.start - 12), f.start)), None)
        if first is None or subject is None:
            continue
        for m in sent.list_at(first, ("Firm", "Facility")):
            if m.start >= first.start and "paren" not in m.tags and m.ref != subject.ref:
                emit(m, subject, {"relation": "subsidiary" if m.type == "Firm" else "operated facility"})


def _its_agency(sent: Sent, emit) -> None:
    """"The Pentagon has awarded $120m, and its Office of Strategic Capital is weighing a loan": an agency named
    by "its" after another agency, with no firm between them, is that agency's office."""
    text = sent.text
    orgs = sent.of(ORGS + ("Facility",), skip=("cited", "paren"))
    for i, m in enumerate(orgs):
        if m.type != "Agency" or text[max(0, m.start - 4):m.start] not in ("its ", "Its "):
            continue
        parent = orgs[i - 1] if i else None
        if parent is not None and parent.type == "Agency" and parent.ref != m.ref and m.start - parent.end <= 150:
            emit(m, parent, {"relation": "sub-agency"})


def _unnamed_parent(sent: Sent, doc: DocState, emit) -> None:
    """A firm described as a subsidiary with no parent named: its parent is the firm of the article whose name
    it shares ("Shinano Magnetics Vietnam" of "Shinano Magnetics"), else the one the article names most often."""
    for child in sent.of("Firm", skip=("cited", "paren")):
        if not _UNIT_NO_PARENT.match(sent.text, child.end):
            continue
        counts: dict = {}
        named: dict = {}
        for _, m in doc.history:
            if m.type == "Firm" and m.ref != child.ref and m.tags.isdisjoint(("cited", "locator")):
                counts[m.ref] = counts.get(m.ref, 0) + 1
                named[m.ref] = m
        for m in sent.of("Firm", 0, child.start, skip=("cited", "locator")):
            if m.ref != child.ref:
                counts[m.ref] = counts.get(m.ref, 0) + 1
                named[m.ref] = m
        head = child.name.split()[0].lower()
        kin = [ref for ref in named if ref[1].split()[0].lower() == head]
        if len(kin) == 1:
            emit(child, named[kin[0]], {"relation": "subsidiary"})
        elif not kin and counts:
            best = max(counts, key=counts.get)
            if counts[best] >= 2 and sorted(counts.values())[-2:] != [counts[best]] * 2:
                emit(child, named[best], {"relation": "subsidiary"})


def _formed(sent: Sent, orgs, emit) -> None:
    """"Acme and Globex set up Borealis", "... fold their units into a joint venture, Borealis": a venture
    of the sentence's subject list (two or more; one founder alone may be a customer or a lender)."""
    text = sent.text
    for z in orgs:
        if z.type != "Firm" or "description" in z.tags:
            continue
        fm = pattern("ownership", "formed").search(text, max(0, z.start - 40), z.start)
        if fm is None:
            continue
        before = [m for m in orgs if m.end <= fm.start() and m.type in ORGS
                  and not m.tags & {"paren", "description", "relative"}]
        if not before:
            continue
        founders = [p for p in sent.list_at(before[0], ORGS) if p.end <= fm.start()]
        if founders and _APPOSED.match(text, founders[-1].end, fm.start()):
            continue  # "A and B, the group that co-founded Z": only B's apposition says who founded Z
        if len(founders) >= 2 and founders[-1] is before[-1]:
            for p in founders:
                emit(z, p, {"relation": "joint venture"})


_GIVES = re.compile(r"\b(?:lend|lends|lending|lent|invest\w*|provid\w*|award\w*|grant(?:s|ed|ing)?|pay|pays|paid|"
                    r"contribut\w*|pledg\w*|financ\w*|fund(?:s|ed|ing)?|back(?:s|ed|ing)?)\b")
_FAC_LEAD = re.compile(r"^(?:(?:a|an|the|planned|proposed|new|future)\s+)*")


def _funded_firm(sent: Sent, fac, firms):
    """The firm that money is given to for building ``fac`` ("a loan to Acme to build the X plant"), or None."""
    text = sent.text
    lead = _FAC_LEAD.match(fac.text).group(0)
    probe = text[max(0, fac.start - 60):fac.start] + lead
    pm = pattern("ownership", "purpose").search(probe)
    if pm is None:
        return None
    cue = fac.start + len(lead) - (len(probe) - pm.start())
    firm = next((f for f in reversed(firms) if f.end <= cue), None)
    if firm is None or cue - firm.end > 150 or "description" in firm.tags \
            or any(m.type == "Facility" and firm.end <= m.start < cue for m in sent.mentions) \
            or _GIVES.search(text, firm.end, cue) or _VENTURE_WITH.search(text, max(0, firm.start - 50), firm.start):
        return None  # "Globex Bank agreed to lend $300m to build ...": the firm gives the money; "a joint
        # venture with Sojitz to build ...": the venture's
    return firm


_SAID_CLAUSE = re.compile(r"\b(?:said|says|announced|added|confirmed|told\s+\w+)\s+(?:that\s+)?")
_THE_SITE = re.compile(r"the\s+(?!.*['\u2019]s\s)", re.I)
_ITS_SITE = re.compile(r"(?:its|their)\s", re.I)
_OBJECT_PREP = re.compile(r"\b(?:to|from|with|for|by|of|than|at|in|on)\s+(?:the\s+)?$", re.I)
# a site named by a firm description's possessive: "the company's anode plant"
_COMPANYS = re.compile(r"the\s+(?:[\w\-]+\s+)?(?:company|firm|group|miner|producer|developer)['\u2019]s\s", re.I)
_VENTURE_WITH = re.compile(r"\b(?:joint[- ]venture|JV|venture|consortium|partnership)\s+with\s+(?:the\s+)?(?:[\w\-'\u2019]+\s+){0,3}$",
                           re.I)


_AS_KNOWN = re.compile(r",\s+as\s+[^,;]{1,40}?\s+(?:is|are|was)\s+(?:\w+\s+)?(?:known|called)(?=\s*,)")
_COUNTED_PARTNERS = re.compile(r"\s+(?:two|three|four|five|six)\s+(?:[\w\-]+\s+){0,2}?(?:firms|companies|groups|entities|"
                               r"partners|miners|producers|investors)\s*:\s*", re.I)
_DESCRIPTOR_LEAD = re.compile(r"(?:[a-z][\w\-]*\s+){0,3}")
# a description stands for an earlier name only at the head of its sentence: "The plant belongs to ...",
# "In May, the company opened ..."
_HEAD_SPAN = 40
_IT_OWNED = re.compile(r"\s+(?:will\s+be|is|was|would\s+be|is\s+to\s+be|has\s+been)\s+(?:\w+ly\s+)?(?:owned|run|operated|"
                       r"managed)\s+by\b")
_FACILITY_HEAD = re.compile(r"(\w+)$")
_FACILITY_REACH = 8  # sentences back a site of the description's kind may be named


def _descriptions(sent: Sent, doc: DocState, orgs) -> list:
    """"The plant is owned by Acme", "The company runs the Big Hill mine": the definite description heading
    the sentence, as a mention of the facility or firm it stands for (named in the last sentences)."""
    first = orgs[0].start if orgs else len(sent.text)
    for p in sent.mentions:
        if p.start >= min(first, _HEAD_SPAN):
            break
        if p.type != "Pronoun":
            continue
        types = PRONOUN_TYPES.get(p.name, ())
        head = _FACILITY_HEAD.search(p.name).group(1)
        if p.name == "it" and p.start == 0 and _IT_OWNED.match(sent.text, p.end):
            types, head = ("Facility",), ""  # "It will be owned by Acme Vietnam": the site named just before
        if len(types) != 1 or types[0] not in ("Firm", "Facility"):
            return []
        # "The Swiss-based trader": the country in the description picks among the firms
        country = next((m.name for m in sent.mentions if m.type == "Country" and p.start <= m.start < p.end), None)
        ante = _antecedent(doc, sent.index, types[0], head, country, lookback=3 if head else 1)
        if ante is None:
            return []
        return [Mention(ante.type, ante.name, p.start, p.end, p.text, {"description"})]
    return []


# an owner described, not named: "51% owned by the state-controlled miner", "run by the Swiss trader"
_BY_DESCRIBED = re.compile(r"\b(?:owned|controlled|held|run|operated)\s+by\s+$")


def _described_owners(sent: Sent, doc: DocState, heads) -> list:
    """Firm descriptions named as an owner after "owned by", as mentions of the firm they stand for (the first
    firm of the latest sentence naming one, or the one of the description's country)."""
    out = []
    for p in sent.of("Pronoun"):
        if PRONOUN_TYPES.get(p.name, ())[:1] != ("Firm",) or p.name in ("it", "they", "them") \
                or any(h.start == p.start for h in heads) or sent.text[p.end:p.end + 1] in ("'", "\u2019") \
                or not _BY_DESCRIBED.search(sent.text, max(0, p.start - 20), p.start):  # "the company's unit X": X owns
            continue
        country = next((m.name for m in sent.mentions if m.type == "Country" and p.start <= m.start < p.end), None)
        ante = _antecedent(doc, sent.index, "Firm", "", country)
        if ante is not None:
            out.append(Mention(ante.type, ante.name, p.start, p.end, p.text, {"description"}))
    return out


def _antecedent(doc: DocState, index: int, type_: str, head: str, country: str | None = None, lookback: int = 3):
    """The facility or firm a description heading sentence ``index`` stands for.

    The latest sentence (of the last ``lookback``) naming one gives it: its facility whose name has
    the description's head word ("the plant": the "Narva plant"), or its first firm (the subject). A
    description with a country ("the Swiss-based trader") takes the latest firm of that country, or
    the latest one of no known country.
    """
    window = []
    reach = lookback if type_ == "Firm" else _FACILITY_REACH
    for idx, m in reversed(doc.history):
        if idx < index - reach:
            break
        window.append((idx, m))
    found, nation = {}, {}
    last_country = None
    for idx, m in reversed(window):
        if m.type == "Country":
            last_country = (idx, m)
        elif m.type == "Firm":
            # "Chinese-owned CMOC", "Canada's Teck": the country named just before a firm is its own
            near = last_country and last_country[0] == idx and 0 <= m.start - last_country[1].end <= 12
            nation[id(m)] = m.props.get("country") or (last_country[1].name if near else None)
        if idx < index and m.type == type_ and not m.tags & {"locator", "cited", "paren", "description"}:
            found.setdefault(idx, []).append(m)
    if not found:
        return None
    if type_ == "Firm" and country is not None:
        ms = [m for idx in sorted(found) for m in found[idx]]
        same = [m for m in ms if nation.get(id(m)) == country]
        unknown = [m for m in ms if nation.get(id(m)) is None]
        return (same or unknown or [None])[-1]
    near = [idx for idx in found if idx >= index - lookback]
    if type_ == "Facility":
        if near:
            ms = found[max(near)]
            pick = next((m for m in ms if head in m.name.lower()), ms[0] if len(ms) == 1 else None)
            if pick is not None:
                return pick
        if not head:
            return None  # "It" stands only for a site of the sentence before
        # further back only a site of the same kind, the one named last: "the Sangdong mine ... The mine"
        # (the latest sentence naming one must name only one: "the Redhill and Tarn mines ... The mine" is either)
        kind = [(idx, m) for idx in sorted(found) for m in found[idx] if head in m.name.lower()]
        latest = {m.ref for idx, m in kind if idx == kind[-1][0]} if kind else set()
        return kind[-1][1] if len(latest) == 1 else None
    return found[max(near)][0] if near else None


def _used_at(gap: str) -> bool:
    """"Acme mined ore at the Big Hill mine": the subject works the site, unless a possessive names
    another owner ("graphite produced at the Company's plant")."""
    fu = pattern("ownership", "facility_use").search(gap)
    return fu is not None and not re.search(r"['\u2019]s\s", gap[fu.end():]) and not _BUYS.search(gap, 0, fu.start())


# a buyer of what a site turns out does not work it: "Acme will buy all of the ore produced at the Big Hill mine"
_BUYS = re.compile(r"\b(?:buy|buys|bought|buying|purchas\w*|take|takes|took|taking|import\w*|source[sd]?|sourcing|"
                   r"offtake|receiv\w*)\b", re.I)


_LIST_GLUE = re.compile(r"^(?:\s|,|and\b|the\b|\x00)*$")


def _list_owner(sent: Sent, fac, firms):
    """The firm whose verb of owning heads the list that ``fac`` closes, or None."""
    text = sent.text
    for f in reversed(firms):
        om = pattern("ownership", "operates").search(text, f.end, fac.start)
        if om is None or om.start() - f.end > 40:
            continue
        rest = list(text[om.end():fac.start])
        for m in sent.mentions:
            if om.end() <= m.start and m.end <= fac.start and m.type in ("Firm", "Facility"):
                rest[m.start - om.end():m.end - om.end()] = ["\x00"] * (m.end - m.start)
        return f if _LIST_GLUE.match("".join(rest)) else None
    return None


def _stake(text: str) -> float | None:
    shares = find_shares(text)
    return shares[0].value if shares else None


def _ref_mention(sent: Sent, type_: str, name: str):
    for m in sent.mentions:
        if m.type == type_ and m.name == name:
            return m
    from .mentions import Mention
    return Mention(type_, name, 0, 0, name)
