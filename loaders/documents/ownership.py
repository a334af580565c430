"""PART_OF: subsidiaries, joint ventures, sub-agencies, and the facilities a firm owns or works.

Pairs of neighbouring organisations are read by the words between them (triggers.yaml "ownership":
"X, a unit of Y", "Y owns 80% of X", "X, which Y acquired", "Y's X"); ventures by their founders
("A and B set up X", "X, a joint venture of A and B", "A, which together with B owns X"); facilities
by the verb of their owner ("Acme runs the Big Hill mine"), the money given to build them, or a
partner named with them. A definite description heading a sentence ("The plant is run by ...", "The
company operates ...") stands for the facility or firm named just before.

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
from .mentions import Mention
from .shares import find_shares

__all__ = ["ownership_facts"]

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
                             r"trader|trading\s+house|giant|maker|producer|fund|investor|start-?up|operator|developer)\s+"
                             r"|(?:state|government|family|privately|publicly)[\s-]owned\s+"
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

    orgs = [m for m in sent.mentions if m.type in ORGS + ("Facility",) and "cited" not in m.tags]
    heads = _descriptions(sent, doc, orgs)
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
                parents = [p for p in sent.list_at(other, ORGS) if p.start >= other.start and "paren" not in p.tags]
                if _ONE_PARENT.search(bare):
                    parents = [other]  # "Foo, a unit of Bar, and Baz both ...": Baz is Foo's peer, not its parent
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
                # past a relative clause that names no other organisation
                rel = _RELATIVE.match(text, child.end)
                if rel and not any(child.end <= m.start < rel.end() for m in orgs):
                    jv = pattern("ownership", "joint_venture").match(text, rel.end())
            if jv:
                after = [m for m in orgs if m.start >= jv.end() and m.type in ORGS]
                parents = []
                if after and _lead_len(sent, jv.end(), after[0]) < 12:
                    parents = sent.list_at(after[0], ORGS)
                elif pattern("ownership", "the_two").match(text, jv.end() + 1) or pattern("ownership", "the_two").search(text, jv.end(), jv.end() + 40):
                    before = [m for m in orgs if m.end <= child.start and m.type in ORGS
                              and not m.tags & {"paren", "description"}]
                    if before:  # "the two entities": the subject pair of the sentence
                        parents = sent.list_at(before[0], ORGS)
                for p in parents:
                    if "paren" not in p.tags:
                        emit(child, p, {"relation": "joint venture"})
    if len(orgs) >= 3:
        _co_owned(sent, orgs, emit)
    _formed(sent, orgs, emit)
    paired = _respectively(sent, emit) if _RESPECTIVELY.search(text) else ()
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
        owner = fac.props.get("owner")
        if owner:
            emit(fac, _ref_mention(sent, "Firm", owner), {"relation": "owned facility"})
            continue
        firms = [m for m in sent.of("Firm", 0, fac.start, skip=("cited", "paren")) if m.ref != fac.ref]
        firms = [h for h in heads if h.type == "Firm" and h.end <= fac.start] + firms
        if not firms:
            continue
        funded = _funded_firm(sent, fac, firms)
        if funded is not None:  # "lent Acme $50m to build the Big Hill refinery"
            emit(fac, funded, {"relation": "owned facility"})
            continue
        parents = {p for _, p in seen}
        subject = next((f for f in firms if f.ref not in parents), firms[0])  # the clause's subject firm
        verb = pattern("ownership", "operates").search(text, subject.end, fac.start) \
            or pattern("ownership", "holds_site").search(text, subject.end, fac.start)
        if verb is not None:
            # "In Europe, Neo opened a plant": the firm nearest before the verb is its subject
            subject = ([f for f in firms if f.end <= verb.start() and f.start > subject.start
                        and f.ref not in parents and "relative" not in f.tags] or [subject])[-1]
        gap = text[subject.end:fac.start]
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


def _relative_owners(sent: Sent, first) -> list:
    """Owners named as the subject of an object relative clause starting at ``first``, or []."""
    if first.type not in ORGS or "description" in first.tags:
        return []
    items = [x for x in sent.list_at(first, ORGS) if x.start >= first.start]
    vm = _RELATIVE_VERB.match(sent.text, items[-1].end)
    if vm is None:
        return []
    if vm.group("hold"):
        # "in which Globex holds 60%": most of it, or equal halves of a venture ("each hold 50%")
        share = _stake(vm.group("rest"))
        if share is None or share < 0.5 and not (len(items) > 1 and share * len(items) >= 0.99):
            return []
    return items


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
            or _GIVES.search(text, firm.end, cue):
        return None  # "Globex Bank agreed to lend $300m to build ...": the firm gives the money
    return firm


# a description stands for an earlier name only at the head of its sentence: "The plant belongs to ...",
# "In May, the company opened ..."
_HEAD_SPAN = 40
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
        if len(types) != 1 or types[0] not in ("Firm", "Facility"):
            return []
        # "The Swiss-based trader": the country in the description picks among the firms
        country = next((m.name for m in sent.mentions if m.type == "Country" and p.start <= m.start < p.end), None)
        ante = _antecedent(doc, sent.index, types[0], _FACILITY_HEAD.search(p.name).group(1), country)
        if ante is None:
            return []
        return [Mention(ante.type, ante.name, p.start, p.end, p.text, {"description"})]
    return []


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
        # further back only a site of the same kind, the one named last: "the Sangdong mine ... The mine"
        kind = [m for idx in sorted(found) for m in found[idx] if head in m.name.lower()]
        return kind[-1] if kind and len({m.ref for m in kind}) == 1 else None
    return found[max(near)][0] if near else None


def _used_at(gap: str) -> bool:
    """"Acme mined ore at the Big Hill mine": the subject works the site, unless a possessive names
    another owner ("graphite produced at the Company's plant")."""
    fu = pattern("ownership", "facility_use").search(gap)
    return fu is not None and not re.search(r"['\u2019]s\s", gap[fu.end():])


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
