"""INVESTS_IN: stakes, loans, equity and capex, with amount, instrument, status and hedging.

>>> from .annotate import annotate
>>> from .context import DocState
>>> doc = DocState("d")
>>> s = annotate("Glencore is taking a 10% stake in Acme Mining Ltd for US$1.4bn.", 0, 0, doc)
>>> [(f.source[1], f.target[1], f.props["stake"], f.props["amount_usd"], f.props["status"]) for f in invest_facts(s, doc)]
[('Glencore', 'Acme Mining', 0.1, 1400000000.0, 'committed')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from graph.names import agency_country

from .context import DocState, Fact, Sent
from .data import pattern, triggers
from .amounts import find_amounts
from .hedging import invest_status, is_hedged
from .helpers import first_after, nearest_before, resolve
from .mentions import Mention
from .shares import find_shares

__all__ = ["invest_facts"]

INVESTORS = ("Country", "Firm", "Agency")
TARGETS = ("Firm", "Facility", "Country", "Investment")
_SKIP = ("cited", "locator", "paren", "facility_part")
_NEGATION = pattern("supplies", "negation")


def _country_of(m: Mention) -> str | None:
    if m.type == "Country":
        return m.name
    if m.type == "Agency":
        return agency_country(m.name)
    return m.props.get("country")


# where one investor's clause ends: "A has put $60m into it, and B could lend $1.8bn" are two statements
_VIA_BEFORE = re.compile(r"\b(?:through|via)\s+(?:the\s+|its\s+|a\s+)?$")  # "loans through JBIC"
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s+")


def _modality(text: str, lo: int, end: int) -> dict:
    """Status and hedging of the statement from ``lo`` (its investor) to the end of its clause."""
    nxt = _NEXT_CLAUSE.search(text, end)
    scope = text[lo:nxt.start() if nxt else len(text)]
    return {"status": invest_status(scope), "hedged": is_hedged(scope)}


@lru_cache(maxsize=1)
def _instruments() -> tuple:
    """(instrument, compiled trigger) in the order of triggers.yaml."""
    return tuple((k, pattern("investments", "instruments", k)) for k in triggers()["investments"]["instruments"])


def _props(text: str, pos: int, end: int, lo: int | None = None) -> dict:
    props: dict = {}
    amounts = find_amounts(text)
    if amounts:
        a = min(amounts, key=lambda x: abs(x.start - pos))
        props.update(amount_text=a.text, currency=a.currency, amount_usd=a.usd)
    elif re.search(r"\bbillions\b", text):
        props["amount_text"] = "billions"
    for s in find_shares(text):
        if re.match(r"\s*(?:equity\s+)?stake|\s*interest|\s*shareholding", text[s.end:]):
            props["stake"] = s.value
    window = text[max(0, pos - 60):end + 60]
    instruments = [k for k, rx in _instruments() if rx.search(window)]
    if instruments:
        props["instrument"] = ", ".join(instruments)
    if lo is None:
        props["status"] = invest_status(text)
        props["hedged"] = is_hedged(text)
    else:
        props.update(_modality(text, lo, end))
    return props


def _recent(doc: DocState, before: int, types) -> Mention | None:
    """The last mention of ``types`` in the two sentences before ``before``."""
    for idx, m in reversed(doc.history):
        if idx < before - 2:
            return None
        if idx < before and m.type in types:
            return m
    return None


_RELATIVE_OBJECT = pattern("investments", "relative_object")
_SITES_IN = pattern("investments", "sites_in")
_APPOSITIVE = pattern("investments", "appositive")
_POSSESSIVE_MONEY = pattern("investments", "possessive_money")
_TOP_HOLDER = pattern("investments", "top_holder")
_COMES_THROUGH = pattern("investments", "comes_through")


def _project_before(m: Mention, sent: Sent, doc: DocState) -> Mention | None:
    """The project of the sentence before that "it" or "the venture" stands for as a recipient.

    "Alcoa plans a gallium project at Wagerup. Japan will take equity in it.": money goes to the project,
    not to the firm that is the sentence's subject.
    """
    if m.name not in ("it", "the venture") or sent.of("Facility", 0, m.start, skip=_SKIP):
        return None
    for back in (1, 2):  # "... at Wagerup. The project, agreed in 2025, could ... Japan will take equity in it."
        prev = [x for idx, x in doc.history[-30:] if idx == sent.index - back and x.type == "Facility"
                and not (x.tags & {"locator", "cited", "facility_part"})]
        if prev:
            return prev[0]
    return None


def _target_after(sent: Sent, pos: int, limit: int = 40) -> Mention | None:
    """The first recipient named within ``limit`` characters after ``pos`` (a locator only places it)."""
    after = [m for m in sent.of(TARGETS, pos, skip=_SKIP) if m.start - pos <= limit]
    return after[0] if after else None


def _holdings(sent: Sent, doc: DocState, emit, targets: list) -> None:
    """Investors named around the recipient rather than before a verb of investing.

    "JARE, an investor in Lynas", "Apple's $500 million commitment to MP", "the Department became the
    company's largest shareholder", "Financing will come through JBIC and NEXI" (the last recipient).
    """
    text = sent.text
    for m in sent.of(INVESTORS, skip=_SKIP):
        for rx in (_APPOSITIVE, _POSSESSIVE_MONEY):
            hit = rx.match(text, m.end)
            target = _target_after(sent, hit.end()) if hit else None
            if target is not None:
                props = _props(text, hit.start(), hit.end(), m.start)
                if rx is _APPOSITIVE:
                    props.update(status="done", instrument=props.get("instrument") or "equity")
                emit(m, target, props)
                targets.append(target)
    for hit in _TOP_HOLDER.finditer(text):
        a, _ = sent.clause_of(hit.start())
        cands = sent.of(INVESTORS + ("Pronoun",), a, hit.start(), skip=_SKIP)
        if cands and re.match(r"\s*,?\s+and\s", text[cands[-1].end:hit.start()]):
            cands = cands[:1]  # "X agreed terms with Y and will become its largest shareholder": X is the subject
        elif len(cands) > 1 and cands[-1].type == "Pronoun" and cands[-1].name == "it":
            # "the department's agreement with MP, under which it ... became": the party named first
            cands = [c for c in cands[:-1] if c.type != "Firm" or c.type == "Pronoun"][:1] or cands
        investor = resolve(cands[-1], sent, doc, INVESTORS) if cands else None
        if investor is None:
            continue
        poss = hit.group("poss") or ""
        target = None
        if poss and poss[0].isupper():
            target = next((x for x in sent.of(TARGETS, hit.start("poss"), hit.end("poss"), skip=("cited",))), None)
        elif poss:  # "the company's", "its": the firm named last before the investor
            pron = next((x for x in sent.of("Pronoun", hit.start()) if x.start <= hit.start("poss") < x.end), None)
            before = [x for x in sent.of(("Firm",), 0, hit.start(), skip=_SKIP) if x.ref != investor.ref]
            target = before[-1] if before else doc.last("Firm", sent.index)
            if pron is not None:
                target = resolve(pron, sent, doc, ("Firm",))
        else:
            target = _target_after(sent, hit.end(), 10)
        if target is not None and target.ref != investor.ref:
            props = {k: v for k, v in _props(text, hit.start(), hit.end(), hit.start()).items()
                     if not k.startswith(("amount", "currency"))}  # a sum elsewhere in the sentence is not this
            props.update(status="done" if re.match(r"became|is|was|remain|are", hit.group(0)) else props["status"],
                         instrument="equity")
            emit(investor, target, props)
    for hit in _COMES_THROUGH.finditer(text):
        first = first_after(sent.of(("Agency", "Firm", "Country"), hit.end(), skip=_SKIP), hit.end(), 5)
        target = targets[-1] if targets else doc.last_invest_target
        if target is None or target.type not in ("Facility", "Firm"):  # the money goes to a project, not a country
            target = _recent(doc, sent.index, ("Facility",))
        if first is None or target is None:
            continue
        props = _props(text, hit.start(), hit.end(), hit.start())
        for inv in sent.list_at(first, ("Agency", "Firm", "Country")):
            emit(inv, target, props)


_HOLDS_SHARE = pattern("investments", "holds_share")
_OWNED_SHARE = pattern("investments", "owned_share")
_OWNED = ("Firm", "Facility")
_POSSESSIVE_ONLY = re.compile(r"['\u2019]s?\s+(?!(?:state\s+|federal\s+|national\s+)?government\b)")


def _stake_value(text: str) -> float | None:
    found = find_shares(text)
    return found[0].value if found else None


def _stakes(sent: Sent, doc: DocState, emit) -> None:
    """Shareholdings stated as a share held or owned.

    "De Beers is 85% owned by Anglo American", "Botswana holds the remaining 15%" (of the firm whose shares
    were just divided up), "Laurentia retains a 19% interest in the Company", "GM, which owns 38% of the venture".
    Only firms and facilities are owned this way: "China holds 60% of world reserves" is no stake.
    """
    text = sent.text
    for hit in _OWNED_SHARE.finditer(text):
        owners = [m for m in sent.of(INVESTORS, hit.end(), skip=_SKIP) if not text.startswith("-", m.end)]
        owner = first_after(owners, hit.end(), 40)  # "London-listed Anglo American": the place only describes
        owned = nearest_before(sent.of(_OWNED, 0, hit.start(), skip=_SKIP), hit.start())
        stake = _stake_value(hit.group(0))
        if owner is None or owned is None or owner.ref == owned.ref:
            continue
        doc.last_stake_target = owned  # "... holds the remaining 15%" comes next
        if (stake or 0) > 0.5:
            continue  # a majority owner is the parent (PART_OF), not an investor
        emit(owner, owned, {"stake": stake, "instrument": "equity", "status": "done",
                            "hedged": False})
        doc.last_stake_target = owned
    for hit in _HOLDS_SHARE.finditer(text):
        a, _ = sent.clause_of(hit.start())
        # "Tianqi, one of China's largest producers, owns": a possessive only describes; "Botswana's government" holds
        cands = [m for m in sent.of(INVESTORS + ("Pronoun",), a, hit.start(), skip=_SKIP)
                 if not _POSSESSIVE_ONLY.match(text, m.end)]
        stake = _stake_value(hit.group(0))
        if not cands or (stake or 0) > 0.5:
            continue
        investor = resolve(cands[-1], sent, doc, INVESTORS)
        if investor is None:
            continue
        target = None
        if hit.group("of"):
            after = first_after(sent.of(_OWNED + ("Pronoun",), hit.end() - 1, skip=_SKIP), hit.end(), 30)
            if after is not None and after.type == "Pronoun":
                after = resolve(after, sent, doc, _OWNED)
            target = after
        elif hit.group("rest"):
            before = [m for m in sent.of(_OWNED, 0, hit.start(), skip=_SKIP) if m.ref != investor.ref]
            target = before[0] if before else doc.last_stake_target
        if target is None or target.ref == investor.ref:
            continue
        emit(investor, target, {"stake": stake, "instrument": "equity", "status": "done",
                                "hedged": False})
        doc.last_stake_target = target


def invest_facts(sent: Sent, doc: DocState) -> list[Fact]:
    """The INVESTS_IN facts of one sentence."""
    text = sent.text
    out: list[Fact] = []
    seen = set()

    def emit(src: Mention, tgt: Mention, props: dict):
        if src.ref == tgt.ref or (src.ref, tgt.ref) in seen or tgt.type not in TARGETS:
            return
        seen.add((src.ref, tgt.ref))
        out.append(Fact("INVESTS_IN", src.ref, tgt.ref, {k: v for k, v in props.items() if v is not None}, sent))
        doc.last_invest_target = tgt

    for inv in sent.of("Investment"):
        doc.programme = (("Country", inv.props["owner"]), inv)
    names = [(m.start, m.end) for m in sent.mentions if m.type != "Pronoun"]
    more = pattern("investments", "money_more")
    triggers_ = sorted([t for t in list(pattern("investments", "forward").finditer(text))
                        + list(pattern("investments", "money_to").finditer(text))
                        + list(more.finditer(text))
                        if not any(a <= t.start() < b for a, b in names)],  # "Export Finance Australia" is a name
                       key=lambda t: t.start())
    targets: list[Mention] = []
    last_investor = None
    for t in triggers_:
        ts, te = t.start(), t.end()
        a, b = sent.clause_of(ts)
        build = bool(re.search(r"build|construct|develop|expand", t.group(0), re.I))
        investor = None
        if t.re is more:
            investor = last_investor  # "..., and $80 million to B": the same lender
        else:
            cands = [m for m in sent.of(INVESTORS + ("Pronoun",), a, ts, skip=_SKIP)]
            if cands:
                investor = cands[-1]
                if last_investor is not None and any(investor.ref == x.ref for x in targets):
                    investor = last_investor  # "a loan to A and a loan to B": A is a recipient, not the lender
                if investor.type == "Pronoun":
                    investor = resolve(investor, sent, doc, INVESTORS)
        if investor is None:
            continue
        if investor in sent.mentions and _NEGATION.search(text[investor.end:ts]):
            continue  # "X did not invest in Y", "X denied it would lend to Y"
        investors = [x for x in sent.list_at(investor, INVESTORS) if not (x.tags & set(_SKIP))] \
            if investor in sent.mentions else [investor]
        if not build and investor in sent.mentions:
            rel = _RELATIVE_OBJECT.search(text, max(0, investor.start - 12), investor.start)
            obj = [m for m in sent.of(("Facility", "Firm"), 0, rel.start(), skip=_SKIP)
                   if rel.start() - m.end <= 40] if rel else []
            if obj:  # "a plant in Georgia that Japan is financing": the object comes first
                emit(investor, obj[-1], _props(text, ts, te, investor.start))
                targets.append(obj[-1])
                last_investor = investor
                continue
        adjective = pattern("investments", "adjective_target")
        tcands = [m for m in sent.mentions if m.start >= te - 1 and m.start - te <= 60
                  and m.type in TARGETS + ("Pronoun", "Material") and not (m.tags & {"locator", "cited", "facility_part"})
                  and not (m.type == "Country" and adjective.match(text, m.end))]
        if build:
            tcands = [m for m in tcands if m.type == "Facility"]
        if not tcands:
            continue
        target = tcands[0]
        if target.type == "Pronoun":
            target = _project_before(target, sent, doc) or resolve(target, sent, doc, ("Firm", "Facility"))
            if target is None:
                continue
        if target.type == "Material":
            site = _SITES_IN.match(text[target.end:target.end + 40] + " ")
            place = first_after(sent.of("Country", target.end), target.end + site.end(), 2) if site else None
            if place is not None:  # "investing in lithium projects in Argentina": the country is the target
                for i in investors:
                    emit(i, place, _props(text, ts, te, investor.start if investor in sent.mentions else None))
                continue
            for i in investors:
                doc.pending_investor = (i, sent)
            continue
        props = _props(text, ts, te, investor.start if investor in sent.mentions else None)
        if build:
            props["instrument"] = "capex"
        via = None
        for m in sent.of(("Firm", "Agency"), te, skip=("cited",)):
            if _VIA_BEFORE.search(text[max(0, m.start - 15):m.start]):
                via = m
                break
        if via is not None:
            props["via"] = [via.name]
        for i in investors:
            emit(i, target, props)
        targets.append(target)
        last_investor = investor
        if via is not None:
            emit(via, target, {k: v for k, v in props.items() if k != "via"})
        if doc.pending_investor is not None:
            pending, psent = doc.pending_investor
            countries = {_country_of(i) for i in investors}
            if pending.type == "Country" and pending.name in countries and psent.index >= sent.index - 2:
                f = Fact("INVESTS_IN", pending.ref, target.ref,
                         {"status": props["status"], "hedged": is_hedged(psent.text)}, psent)
                if (pending.ref, target.ref) not in seen:
                    seen.add((pending.ref, target.ref))
                    out.append(f)
            doc.pending_investor = None
    # "X received EUR 18m from the EU's Just Transition Fund": the recipient comes first
    for r in pattern("investments", "receive").finditer(text):
        after = [m for m in sent.of(INVESTORS, r.end() - 1, skip=("cited",)) if m.start - r.end() < 25]
        if not after:
            continue
        investor, via = after[0], None
        nxt = [m for m in sent.mentions if m.start >= investor.end]
        if investor.type == "Country" and nxt and re.match(r"['\u2019]s\s+$", text[investor.end:nxt[0].start]):
            via = nxt[0]  # "the European Union's Just Transition Fund": the country's fund
        before = [m for m in sent.of(("Firm", "Facility", "Pronoun"), 0, r.start(), skip=_SKIP)]
        target = before[-1] if before else _recent(doc, sent.index, ("Facility", "Firm"))
        if target is not None and target.type == "Pronoun":
            target = resolve(target, sent, doc, ("Firm", "Facility"))
        if target is None:
            continue
        props = _props(text, r.start(), r.end())
        if via is not None:
            props["via"] = [via.name]
        if props["status"] == "committed" and re.search(r"\b(?:received|secured|won|obtained|got|raised)\b", r.group(0)):
            props["status"] = "done"
        emit(investor, target, props)
    # "..., and the Export-Import Bank is considering a loan of up to $1.8 billion": the same recipient
    for o in pattern("investments", "offer").finditer(text):
        cands = [m for m in sent.of(("Agency", "Firm", "Country"), 0, o.start(), skip=_SKIP)]
        if not cands or any(s_ref == cands[-1].ref for s_ref, _ in seen):
            continue
        investor = cands[-1]
        if _NEGATION.search(text[investor.end:o.start()]):
            continue  # "X denied it would lend $50m"
        after = [m for m in sent.of(TARGETS, o.end(), skip=_SKIP) if m.start - o.end() <= 60]
        target = after[0] if after else (targets[-1] if targets else _recent(doc, sent.index, ("Facility",)))
        if target is None:
            continue
        clause = text[investor.start:]
        props = _props(clause, o.start() - investor.start, o.end() - investor.start)
        emit(investor, target, props)
    _holdings(sent, doc, emit, targets)
    keep = doc.last_invest_target
    _stakes(sent, doc, emit)
    doc.last_invest_target = keep  # a shareholding is no money flowing, "financing will come through" is not about it
    # a project named as a candidate of an investment programme
    if pattern("investments", "candidate").search(text) and doc.programme is not None:
        owner_ref, inv = doc.programme
        owner = Mention("Country", owner_ref[1], 0, 0, owner_ref[1])
        for fac in sent.of("Facility", skip=()):
            emit(owner, fac, {"status": "proposed", "hedged": True, "via": [inv.name]})
    # a package between two countries, and the agencies that deliver it
    for inv in sent.of("Investment"):
        owner = inv.props["owner"]
        others = [c for c in sent.of("Country", skip=("cited", "paren", "facility_part", "locator"))
                  if c.name != owner and re.search(r"\b(?:with|in|to|into|for)\s+(?:the\s+)?$", text[max(0, c.start - 12):c.start])]
        if not others:
            continue
        target = others[0]
        amount = find_amounts(inv.text)
        props = {"status": invest_status(text) if not re.search(r"\bagreed\b", text) else "committed",
                 "via": [inv.name], "amount_text": inv.props.get("amount_text"),
                 "amount_usd": amount[0].usd if amount else None,
                 "instrument": _props(text, inv.start, inv.end).get("instrument")}
        emit(Mention("Country", owner, inv.start, inv.start, owner), target, props)
        co = pattern("investments", "co_investors").search(text, inv.end)
        if co:
            for ag in sent.of(("Agency", "Firm"), co.end(), skip=("cited",)):
                emit(ag, target, {**props, "hedged": is_hedged(text)})
    return out
