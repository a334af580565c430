"""INVESTS_IN: stakes, loans, equity and capex, with amount, instrument, status and hedging.

The investor is the subject of a verb of investing (past an apposition, "X, a unit of Y, will invest",
or before a relative clause, "X, which ... is building"), or named after the recipient ("financed by",
"a loan from", "in talks with", "in which X holds", "investors include"). A recipient named in an earlier
sentence is found through descriptions ("the company", "the project", "the roughly $100m plant") and
through the last investment's recipient; a fund money flows through is no investor, its administrator is.
"The company" a lender pays is the firm named last (not the lender, not a parent named in passing), "the venture"
only a joint venture named before. Holdings are read from either side: "X owns 19% of the company", "Acme's largest
shareholder is X", "a subsidiary in which A holds 80% and B the remaining 20%" (B invests, A is the parent); a state
holds the firms it owns ("Kazakhstan's state-controlled X", "X, which is majority-owned by the state"), and a state
fund its majorities. Money paying for goods ("awarded a $310m contract") is no investment; a lender's offer reported
by a firm goes to that firm ("Acme said the LPO had issued a commitment for a loan"); a site only described ("a stake
in a platinum project in South Africa") takes the name given to it in the next sentences (``sites``).

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
from .annotate import PRONOUN_TYPES
from .helpers import first_after, nearest_before, resolve
from .mentions import Mention
from .ownership import apposition_head, held_in_which, known_parents, known_ventures
from .shares import find_shares
from .sites import invest_memo, name_described, note_described

__all__ = ["invest_facts"]

INVESTORS = ("Country", "Firm", "Agency")
_NO_ACTOR = frozenset(INVESTORS)


def _describes_actor(m: Mention, text: str) -> bool:
    """A pronoun or description that may be an investor: not one of a site or a material ("the mine's output"),
    nor a possessive ("the agency that manages the country's reserves")."""
    return not _NO_ACTOR.isdisjoint(PRONOUN_TYPES.get(m.name, INVESTORS)) and text[m.end:m.end + 1] not in ("'", "\u2019")
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
# "loans through JBIC", "money through state agency JOGMEC" (a descriptor of lower-case words before the name)
_VIA_BEFORE = re.compile(r"\b(?:through|via)\s+(?:the\s+|its\s+|a\s+)?"
                         r"(?:(?!(?:from|of|by|with|to|for|and|or|in|on|at|under)\b)[a-z][\w\-]*\s+){0,3}$")
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s+")
_CLAUSE_BREAK = re.compile(r",\s+(?:but|while|whereas)\s+|;\s+")


def _modality(text: str, lo: int, end: int) -> dict:
    """Status and hedging of the statement from ``lo`` (its investor) to the end of its clause."""
    nxt = _NEXT_CLAUSE.search(text, end)
    scope = text[lo:nxt.start() if nxt else len(text)]
    return {"status": invest_status(scope), "hedged": is_hedged(scope)}


@lru_cache(maxsize=1)
def _instruments() -> tuple:
    """(instrument, compiled trigger) in the order of triggers.yaml."""
    return tuple((k, pattern("investments", "instruments", k)) for k in triggers()["investments"]["instruments"])


_STAKE_OF = re.compile(r"\b(?:stake|interest|shareholding)\s+of\s+$", re.I)


@lru_cache(maxsize=256)
def _shares(text: str) -> tuple:
    """find_shares of a sentence, remembered (_props asks for each trigger of it)."""
    return tuple(find_shares(text))


def _props(text: str, pos: int, end: int, lo: int | None = None) -> dict:
    props: dict = {}
    amounts = find_amounts(text)
    if amounts:
        a = min(amounts, key=lambda x: abs(x.start - pos))
        props.update(amount_text=a.text, currency=a.currency, amount_usd=a.usd)
    elif re.search(r"\bbillions\b", text):
        props["amount_text"] = "billions"
    # a stake in another clause is another statement's: "... lend Acme $150m, and Glencore is taking a 15% stake"
    nxt = _NEXT_CLAUSE.search(text, end) if lo is not None else None
    for s in _shares(text):
        if nxt is not None and s.end > nxt.start():
            break
        if lo is not None and s.end <= lo and _CLAUSE_BREAK.search(text, s.end, lo):
            continue  # "A took a 15% stake in B, while C has put money into D": the stake of the clause before
        if re.match(r"\s*(?:equity\s+)?stake|\s*interest|\s*shareholding", text[s.end:]) \
                or _STAKE_OF.search(text, max(0, s.start - 30), s.start):  # "a stake of up to 10 per cent"
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


def _name_start(text: str, end: int) -> int:
    """Where a name after a trigger starts: at "the" when the trigger took it in ("from the US government")."""
    return end - 4 if text[max(0, end - 4):end].lower() == "the " else end


def _recent(doc: DocState, before: int, types) -> Mention | None:
    """The last mention of ``types`` in the two sentences before ``before``."""
    for idx, m in reversed(doc.history):
        if idx < before - 2:
            return None
        if idx < before and m.type in types:
            return m
    return None


_RELATIVE_OBJECT = pattern("investments", "relative_object")
_SAID_BEFORE = re.compile(r"\b(?:said|says|say|announced|added|confirmed|stated|disclosed|reported|noted|told\s+\w+)"
                          r"(?:\s+(?:on|last|this|late|early)\s+\w+)?\s+$")
_TRAILING_THE = re.compile(r"(?<=\s)the\s+$", re.I)
# a country after a preposition of place is where something happens, never the subject: "sells nickel in Japan and is building"
_PLACE_BEFORE = pattern("investments", "place_before")
_OBJECT_BEFORE = pattern("investments", "object_before")
# "Acme said Glencore would acquire ...": a name after "said" that a verb follows is that clause's subject
_CLAUSE_SUBJECT = re.compile(r"\s+(?:would|will|has|had|have|is|was|plans|planned|agreed|could|may|might|intends|is\s+to)\b")
_ACQUIRE = re.compile(r"(?:acqui|took|takes?\s|taking|bought|buy|purchas)", re.I)  # a whole firm or site changing hands
_PAY_OR_SPEND = re.compile(r"(?:pa(?:y|id)|spen[dt])", re.I)
_SITES_IN = pattern("investments", "sites_in")
_APPOSITIVE = pattern("investments", "appositive")
_POSSESSIVE_MONEY = pattern("investments", "possessive_money")
_POSSESSIVE_STAKE = pattern("investments", "possessive_stake")
_OWNER_BEFORE = re.compile(r"['\u2019]s?\s+(?:[\w\-]+\s+){0,3}$")
_TOP_HOLDER_IS = pattern("investments", "top_holder_is")
_TOP_HOLDER = pattern("investments", "top_holder")
_COMES_THROUGH = pattern("investments", "comes_through")


def _last_target(doc: DocState, before: int, window: int = 6) -> Mention | None:
    """The recipient of the document's last investment, when it was named in the last ``window`` sentences:
    "JOGMEC will invest in a plant in France. [...] The French government is contributing 106 million euros"."""
    target = doc.last_invest_target
    if target is None:
        return None
    for idx, m in reversed(doc.history):
        if idx < before - window:
            return None
        if m is target or (idx < before and m.ref == target.ref):
            return target
    return None


def _project_before(m: Mention, sent: Sent, doc: DocState) -> Mention | None:
    """The project of the sentence before that "it" or "the venture" stands for as a recipient.

    "Alcoa plans a gallium project at Wagerup. Japan will take equity in it.": money goes to the project,
    not to the firm that is the sentence's subject.
    """
    if m.name not in ("it", "the venture") or sent.of("Facility", 0, m.start, skip=_SKIP):
        return None
    for back in (1, 2):  # "... at Wagerup. The project, agreed in 2025, could ... Japan will take equity in it."
        # a site named in a relative clause only describes a firm: "MP, which operates Mountain Pass, ..."
        prev = [x for idx, x in doc.history[-30:] if idx == sent.index - back and x.type == "Facility"
                and not (x.tags & {"locator", "cited", "facility_part", "relative"})]
        if prev:
            return prev[0]
    return None


# an apposition opened after a name: "JARE, a vehicle owned by Sojitz and JOGMEC, ..." (up to a name inside it)
_APPOSITION_OPEN = re.compile(r"\s*,\s+(?:a|an|the|its|one\s+of|part\s+of)\s[^,;()]*")
_RELATIVE_OPEN = re.compile(r",\s+(?:which|who)\s+")
_FUNCTION_WORDS = frozenset(("a", "an", "the", "its", "and", "of", "one", "part", "or", "their"))


def _is_apposition(text: str, head: Mention, inner: Mention, close: int, mentions) -> bool:
    """True when ``inner`` sits in an apposition after ``head`` that closes with a comma at ``close``.

    The apposition must describe (a common noun besides the names in it): "Japan, the US and Australia,"
    is a list, not an apposition.
    """
    if not _APPOSITION_OPEN.fullmatch(text, head.end, inner.start):
        return False
    words = [text[m.end:n.start] for m, n in zip([head] + mentions, mentions + [Mention("", "", close, close, "")])]
    return any(w.islower() and w not in _FUNCTION_WORDS for gap in words for w in re.findall(r"[A-Za-z\-]+", gap))


def _subject(sent: Sent, cand: Mention, pos: int, lo: int) -> tuple[Mention, bool, int]:
    """The actor doing what the verb at ``pos`` says, given ``cand``, the last actor named before it.

    A verb in a relative clause belongs to the name before ", which" ("Almonty, which runs a mine in Spain
    and is building one in Korea"); a name inside an apposition only describes the subject ("POSCO
    Future M, a unit of POSCO Holdings, is building"). Also returned: whether a relative clause decided,
    and where the subject's noun phrase (with its apposition) ends.
    """
    text = sent.text
    if "," not in text[lo:pos]:
        return cand, False, cand.end
    head = apposition_head(sent, cand, INVESTORS) if cand in sent.mentions else None
    if head is not None and head.start >= lo:
        return head, False, cand.end  # "Caremag, a unit of Carester that is building": Caremag builds
    actors = sent.of(INVESTORS, lo, pos, skip=("cited", "paren"))
    rel = None
    for r in _RELATIVE_OPEN.finditer(text, lo, pos):
        rel = r
    if rel is not None:
        head = nearest_before(actors, rel.start(), 8)
        if head is not None and re.fullmatch(r"\s*(?:\([^()]*\))?\s*", text[head.end:rel.start()]):
            closed = text.find(",", rel.end(), pos)
            if closed < 0 or not any(m.start > closed for m in actors):
                subject, _, np_end = _subject(sent, head, rel.start(), lo)
                return subject, True, np_end
    if cand.start < lo:
        return cand, False, cand.end
    close = text.find(",", cand.end, pos)
    if close < 0 and not _RELATIVE_OPEN.match(text, cand.end):
        return cand, False, cand.end
    close = cand.end if close < 0 else close
    inner = [m for m in sent.mentions if m.start < close]
    for head in reversed([m for m in actors if m.end < cand.start]):
        between = [m for m in inner if head.end <= m.start and m.end <= close]
        if _is_apposition(text, head, cand, close, between):
            return head, False, close
    return cand, False, cand.end


def _recipient(pron: Mention, sent: Sent, doc: DocState, subject: Mention | None, np_end: int,
               types=("Firm", "Facility")):
    """What a description after a verb of investing ("the company", "the miner") stands for.

    Not a name of the subject's own noun phrase: in "JARE, a vehicle of Sojitz, has funded the company" and
    "Apple will invest $500m in a deal with the company" the company is one named before (or earlier).
    """
    if pron.name in ("it", "this", "they"):
        return resolve(pron, sent, doc, types)
    if pron.name in _VENTURE_WORDS:
        return _venture(doc, sent.index, subject)
    allowed = [t for t in PRONOUN_TYPES.get(pron.name, ()) if t in types]
    if not allowed:
        return None
    if "Firm" in allowed:
        # "... has taken a 19.9% stake in the company, Laurentian said": the firm speaking about itself
        speaker = next((x for x in sent.of(("Firm",), pron.end) if _SPEAKER_AFTER.match(sent.text, x.end)
                        and re.search(r",\s+(?:the\s+)?$", sent.text[max(0, x.start - 6):x.start])), None)
        if speaker is not None and (subject is None or speaker.ref != subject.ref):
            return speaker
    earlier = [x for x in sent.of(allowed, 0, pron.start, skip=("locator", "cited", "facility_part"))
               if subject is None or x.ref != subject.ref and not subject.start <= x.start < np_end]
    if earlier:
        return earlier[-1]
    if allowed == ["Facility"]:
        return _salient_facility(doc, sent.index, kind=pron.name.rsplit(" ", 1)[-1])
    for t in allowed:
        found = _last_other(doc, t, sent.index, subject)
        if found is not None:
            return found
    return None


_VENTURE_WORDS = ("the venture", "the vehicle")


def _venture(doc: DocState, before: int, other: Mention | None = None) -> Mention | None:
    """What "the venture" or "the vehicle" stands for: the last joint venture named (not ``other``), else none."""
    return next((m for m in known_ventures(doc, before) if other is None or m.ref != other.ref), None)


def _actor(m: Mention, sent: Sent, doc: DocState, types=INVESTORS) -> Mention | None:
    """The investor a subject stands for; "the vehicle" only for a venture named before."""
    if m.type == "Pronoun" and m.name in _VENTURE_WORDS:
        return _venture(doc, sent.index)
    return resolve(m, sent, doc, types)


def _last_other(doc: DocState, type_: str, before: int, other: Mention | None) -> Mention | None:
    """The last mention of ``type_`` before sentence ``before`` that is not ``other``: "GM, which owns 38% of the
    venture": the venture is the firm named last before GM's sentence that is not GM. A firm's parent named in
    passing ("Acme, a unit of Globex, ...") gives way to a firm named up to a sentence before it."""
    parents = known_parents(doc) if type_ == "Firm" else ()
    first = None
    for idx, m in reversed(doc.history):
        if idx < before and m.type == type_ and m.tags.isdisjoint(("locator", "cited")) \
                and (other is None or m.ref != other.ref):
            if m.ref not in parents:
                return m
            if first is None:
                first = (idx, m)
            elif idx < first[0] - 1:
                break
    return first[1] if first else None


_SITE_DESCRIPTION = pattern("investments", "site_description")


# a firm described with its own words: "the Perth-listed company", "the Swiss trading group"
_FIRM_DESCRIPTION = re.compile(r"\s*the\s+(?:(?!(?:and|or|of|in|to)\s)[\w\-]+\s+){0,2}?(company|firm|group|miner|developer|"
                               r"producer|start-?up|explorer|maker|manufacturer)\b(?![''\u2019-])", re.I)


def _described_firm(sent: Sent, pos: int) -> Mention | None:
    """A firm described (not named) right at ``pos``, as the plain description "the company" stands for it."""
    hit = _FIRM_DESCRIPTION.match(sent.text, pos)
    if hit is None or any(m.start < hit.end() and m.end > hit.start() for m in sent.mentions
                          if m.type not in ("Country", "Material")):  # "the Canadian graphite developer"
        return None
    start = sent.text.index("the", hit.start(), hit.end()) if "the" in hit.group(0) else hit.start()
    return Mention("Pronoun", "the company", start, hit.end(), sent.text[start:hit.end()])


def _described_site(sent: Sent, doc: DocState, pos: int) -> Mention | None:
    """A site described after a verb of investing: "backed the roughly EUR100 million project", "poured billions
    into the industrial park": the article's facility of that kind, else its main facility."""
    hit = _SITE_DESCRIPTION.match(sent.text, pos)
    if hit is None or any(m.start < hit.end() and m.end > hit.start() for m in sent.mentions if m.type != "Material"):
        return None
    head = hit.group(1).lower()
    named = [m for idx, m in reversed(doc.history) if m.type == "Facility" and idx < sent.index
             and idx >= sent.index - 6 and head in m.name.lower() and not (m.tags & {"locator", "cited", "facility_part"})]
    return named[0] if named else _salient_facility(doc, sent.index, fallback=False)


# kinds of site a description cannot stand for: "the plant" is no mine, "the mine" no plant
# (a complex, park or site holds plants: "a plant at its Bandirma complex" is not the complex)
_AREAS = ("complex", "park", "site", "zone", "hub", "estate")
_OTHER_KIND = {"plant": ("mine", "deposit") + _AREAS, "factory": ("mine", "deposit") + _AREAS,
               "refinery": ("mine", "deposit") + _AREAS, "smelter": ("mine", "deposit") + _AREAS,
               "mine": ("plant", "factory", "refinery", "smelter")}


def _salient_facility(doc: DocState, before: int, window: int = 6, fallback: bool = True,
                      kind: str = "") -> Mention | None:
    """The facility "the project" or "the plant" stands for: of those named in the last ``window`` sentences,
    the one the article has named most often (the most recent on a tie), not the last one in passing; with
    ``fallback``, the last facility named at all when none is that recent. A ``kind`` of site ("plant") leaves
    out sites named as another kind ("the Lurio mine")."""
    counts: dict = {}
    last: dict = {}
    other = _OTHER_KIND.get(kind, ())
    for idx, m in doc.history:
        if m.type == "Facility" and idx < before and not (m.tags & {"locator", "cited", "facility_part"}) \
                and not (other and m.name.lower().rsplit(" ", 1)[-1] in other):
            counts[m.ref] = counts.get(m.ref, 0) + 1
            last[m.ref] = (idx, m)
    near = [ref for ref, (idx, _) in last.items() if idx >= before - window]
    if not near:
        return (last[max(last, key=lambda ref: last[ref][0])][1] if last else None) if fallback else None
    best = max(near, key=lambda ref: (counts[ref], last[ref][0]))
    return last[best][1]


def _target_after(sent: Sent, pos: int, limit: int = 40) -> Mention | None:
    """The first recipient named within ``limit`` characters after ``pos`` (a locator only places it)."""
    after = [m for m in sent.of(TARGETS, pos, skip=_SKIP) if m.start - pos <= limit
             and (m.type != "Country" or m.start - pos <= 1)]  # "an investor in mining projects in Brazil": a place
    return after[0] if after else None


def _holdings(sent: Sent, doc: DocState, emit, targets: list) -> None:
    """Investors named around the recipient rather than before a verb of investing.

    "JARE, an investor in Lynas", "Apple's $500 million commitment to MP", "the Department became the
    company's largest shareholder", "Financing will come through JBIC and NEXI" (the last recipient).
    """
    text = sent.text
    for m in sent.of(INVESTORS, skip=_SKIP):
        for rx in (_APPOSITIVE, _POSSESSIVE_MONEY, _POSSESSIVE_STAKE):
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
        investor = _actor(_subject(sent, cands[-1], hit.start(), a)[0], sent, doc) if cands else None
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
    for target in sent.of(("Firm", "Facility"), skip=_SKIP):
        hit = _TOP_HOLDER_IS.match(text, target.end)
        if hit is None or "majority" in hit.group(0).lower() or "controlling" in hit.group(0).lower():
            continue  # "Acme's largest shareholder is Glencore": the holder after; a controlling one is the parent
        # past a description of the holder: "is Swedish state-owned iron ore producer Norrbotten Malm"
        holder = next((x for x in sent.of(("Firm", "Agency", "Country"), hit.end(), skip=("cited",))
                       if x.start - hit.end() <= 60 and not _demonym(x, text) and "locator" not in x.tags), None)
        if holder is not None and not _CLAUSE_GAP.search(text, hit.end(), holder.start):
            stake = _HOLDS_SHARE.search(text, holder.end, holder.end + 40)
            value = _stake_value(stake.group(0)) if stake else None
            if (value or 0) <= 0.5:
                emit(holder, target, {"instrument": "equity", "status": "done", "hedged": False, "stake": value})
    for hit in _COMES_THROUGH.finditer(text):
        lo = _name_start(text, hit.end())
        lenders = sent.of(("Agency", "Firm", "Country"), lo, skip=_SKIP)
        first = first_after(lenders, lo, hit.end() - lo + 5)
        named = [m for m in lenders if m.start - hit.end() <= 60 and _LENDER_DESCRIPTOR.match(text[hit.end():m.start])]
        if named and (first is None or first.type == "Country" and first.end < named[0].start):
            first = named[0]  # "through Japanese state lenders including the Japan Bank for International Cooperation"
        target = targets[-1] if targets else doc.last_invest_target
        if target is None or target.type not in ("Facility", "Firm"):  # the money goes to a project, not a country
            target = _recent(doc, sent.index, ("Facility",))
        if first is None or target is None:
            continue
        props = _props(text, hit.start(), hit.end(), hit.start())
        for inv in _list_from(sent, first, ("Agency", "Firm", "Country")):
            emit(inv, target, props)


def _list_from(sent: Sent, first: Mention, types=INVESTORS) -> list[Mention]:
    """The list of actors starting at ``first``, through a locator: "EFA and Germany's KfW" is EFA and KfW."""
    items = sent.list_at(first, types)
    while items and "locator" in items[-1].tags:
        placed = first_after(sent.of(types, items[-1].end), items[-1].end, 4)
        if placed is None or placed in items:
            break
        items = items + sent.list_at(placed, types)[sent.list_at(placed, types).index(placed):]
    return [m for m in items if "locator" not in m.tags and m.start >= first.start]


_SAID = pattern("investments", "said")


def _speaker(sent: Sent, pron: Mention, cands: list[Mention]) -> Mention | None:
    """"The DFC said it was considering a loan": "it" is the one who said so."""
    if pron.name not in ("it", "they") or len(cands) < 2 or cands[-1] is not pron:
        return None
    prev = cands[-2]
    gap = sent.text[prev.end:pron.start]
    if gap.startswith(","):  # "JOGMEC, the state agency, said it ...": past the apposition and its commas
        gap = " " + re.sub(r"^,\s+(?:a|an|the|its)\s[^,;()]{1,80},", "", gap)[1:].lstrip()
    if prev.type == "Pronoun" or not _SAID.fullmatch(gap):
        return None
    # "Scheldt, the recycling arm of Brussels-listed Vandermeulen Group, said it ...": the apposition's head
    head = next((h for h in reversed(cands[:-2]) if h.type != "Pronoun" and sent.text.startswith(",", prev.end)
                 and _APPOSITION_TO_NAME.fullmatch(sent.text, h.end, prev.start)), None)
    return head or prev


_APPOSITION_TO_NAME = re.compile(r"\s*,\s+(?:a|an|the|its|one\s+of)\s[^,;()]{0,80}")


def _named_holders(sent: Sent, doc: DocState, emit) -> None:
    """Holdings named from the recipient's side: "Acme, in which Glencore holds a 20% stake", "Acme's investors
    include Glencore and Sojitz", "Acme counts Sojitz among its backers", "Acme sold a stake in X to Glencore"."""
    text = sent.text
    equity = {"instrument": "equity", "status": "done", "hedged": False}
    if " which " in text:
        # "Acme, a subsidiary in which Globex holds 80% and Sojitz the remaining 20%": the minority holders
        for target in sent.of(("Firm", "Facility"), skip=_SKIP):
            kind, holders = held_in_which(sent, doc, target)
            for holder, share in holders if kind != "joint venture" else ():
                if share is not None and share <= 0.5 and holder.type in INVESTORS:
                    emit(holder, target, {**equity, "stake": share})
    for hit in _IN_WHICH.finditer(text):
        owned = sent.of(("Firm", "Facility"), 0, hit.start(), skip=_SKIP)
        target = nearest_before(owned, hit.start(), 2)
        if target is None:  # "the Redhill project in Nevada, in which GM holds 38%": past the site's place
            target = nearest_before(owned, hit.start(), 40)
            if target is None or target.type != "Facility" or not _PLACE_TAIL.fullmatch(text, target.end, hit.start()):
                target = None
        holder = first_after(sent.of(INVESTORS, hit.end(), skip=("cited",)), hit.end(), 2)
        held = _IN_WHICH_HOLDS.match(text[holder.end:holder.end + 90]) if holder is not None else None
        stake = _stake_value(held.group(0)) if held else None
        if stake is not None and _PLUS_ONE.match(text, holder.end + held.end()):
            continue  # "50 per cent plus one share": control, the parent's (PART_OF)
        if target is not None and held and (stake or 0) <= 0.5:
            emit(holder, target, {**equity, "stake": stake})
    for target in sent.of(("Firm", "Facility", "Pronoun"), skip=_SKIP):
        tail = text[target.end:target.end + 80]
        if target.type == "Pronoun":
            # "The Perth-based miner, which counts X as a 12% shareholder": the firm the description stands for
            if PRONOUN_TYPES.get(target.name, ())[:1] != ("Firm",) or target.name in ("it", "they") \
                    or not (_COUNTS.match(tail) or _BACKERS_INCLUDE.match(tail)):
                continue
        end = target.end
        if target.type == "Pronoun":
            target = resolve(target, sent, doc, ("Firm",))
            if target is None:
                continue
        hit = _BACKERS_INCLUDE.match(tail)
        if hit:
            first = first_after(sent.of(INVESTORS, end + hit.end(), skip=("cited",)), end + hit.end(), 2)
        else:
            counts = _COUNTS.match(tail)
            first = first_after(sent.of(INVESTORS, end + counts.end()), end + counts.end(), 2) \
                if counts else None
            if first is not None and not _COUNTS_AMONG.match(text[_list_from(sent, first)[-1].end:]):
                first = None
        for holder in _list_from(sent, first) if first is not None else ():
            emit(holder, target, {**equity, "status": "done"})
    for hit in _SIGNED_WITH.finditer(text):
        a, _ = sent.clause_of(hit.start())
        subject = nearest_before(sent.of(INVESTORS, a, hit.start(), skip=_SKIP), hit.start())
        lo = _name_start(text, hit.end())
        partner = first_after(sent.of(INVESTORS, lo, skip=_SKIP), lo, hit.end() - lo + 2)
        if subject is None or partner is None:
            continue
        lender = {m.type for m in (subject, partner)} - {"Firm"}
        if len(lender) == 1 and (subject.type == "Firm") != (partner.type == "Firm"):
            investor, target = (partner, subject) if subject.type == "Firm" else (subject, partner)
            emit(investor, target, _props(text, hit.start(), hit.end(), a))  # a state lender and a firm
    for hit in _GIVES_STAKE.finditer(text):
        lo = _name_start(text, hit.end())
        holder = first_after(sent.of(INVESTORS + ("Pronoun",), lo, skip=("cited",)), lo, hit.end() - lo + 1)
        if holder is not None and holder.type == "Pronoun":
            # "subscribe for new shares that will give it a 9.9% stake": "it" is the sentence's subject
            if holder.name not in ("it", "them"):
                continue
            subject = next(iter(sent.of(INVESTORS, sent.clause_of(hit.start())[0], hit.start(), skip=_SKIP)), None)
            resolved = subject or resolve(holder, sent, doc, INVESTORS)
            if resolved is None or not _STAKE_IN.match(text[holder.end:holder.end + 60]):
                continue
            stake = _STAKE_IN.match(text[holder.end:holder.end + 60])
            at = _name_start(text, holder.end + stake.end())  # "a stake in the developer": from "the"
            target = first_after(sent.of(("Firm", "Facility", "Pronoun"), at, skip=_SKIP), at, 2) \
                or _described_firm(sent, at)
            if target is not None and target.type == "Pronoun":
                target = _recipient(target, sent, doc, resolved, resolved.end)
            if target is not None:
                emit(resolved, target, {**equity, "stake": _stake_value(stake.group(0)), "status": invest_status(text),
                                        "hedged": is_hedged(text)})
            continue
        stake = _STAKE_IN.match(text[holder.end:holder.end + 60]) if holder is not None else None
        if stake:
            at = holder.end + stake.end()
            target = first_after(sent.of(("Firm", "Facility", "Pronoun"), at - 1, skip=_SKIP), at, 2)
            if target is not None and target.type == "Pronoun":
                target = _recipient(target, sent, doc, holder, holder.end)
            if target is not None:
                emit(holder, target, {**equity, "stake": _stake_value(stake.group(0)), "status": invest_status(text),
                                      "hedged": is_hedged(text)})
    for hit in _SOLD_STAKE.finditer(text):
        target = first_after(sent.of(("Firm", "Facility"), hit.end(), skip=_SKIP), hit.end(), 1)
        buyer = first_after(sent.of(INVESTORS, target.end, skip=("cited",)), target.end, 40) if target else None
        if buyer is not None and _TO_BUYER.fullmatch(text, target.end, buyer.start):
            emit(buyer, target, {**equity, "stake": _stake_value(hit.group(0)),
                                 "status": invest_status(text), "hedged": is_hedged(text)})


_IN_WHICH = pattern("investments", "in_which")
_PLACE_TAIL = re.compile(r"\s+(?:in|near|at)\s+(?:northern\s+|southern\s+|eastern\s+|western\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}")
_IN_WHICH_HOLDS = pattern("investments", "in_which_holds")
_BACKERS_INCLUDE = pattern("investments", "backers_include")
_COUNTS_AMONG = pattern("investments", "counts_among")
_COUNTS = re.compile(r"(?:\s*,\s+which)?\s+count(?:s|ed|ing)?\s+(?:the\s+)?")
_SOLD_STAKE = pattern("investments", "sold_stake")
_GIVES_STAKE = pattern("investments", "gives_stake")
_STAKE_IN = pattern("investments", "stake_in")
_SIGNED_WITH = pattern("investments", "signed_with")
_TO_BUYER = re.compile(r"\s+(?:[\w\-]+\s+){0,3}?to\s+(?:the\s+)?")


def _talks(sent: Sent, doc: DocState, emit) -> None:
    """A recipient in talks with lenders about money: "Acme is in talks with EFA and KfW about debt funding"."""
    text = sent.text
    for hit in _TALKS_WITH.finditer(text):
        lo = _name_start(text, hit.end())
        first = first_after(sent.of(INVESTORS, lo, skip=("cited",)), lo, hit.end() - lo + 3)
        if first is None:  # "in talks with state development bank KfW": past the lender's descriptor
            first = first_after(sent.of(INVESTORS, hit.end(), skip=("cited",)), hit.end(), 40)
            if first is None or not _LOWER_DESCRIPTOR.fullmatch(text, hit.end(), first.start):
                continue
        lenders = _list_from(sent, first)
        if not lenders or not _TALKS_ABOUT.match(text[lenders[-1].end:lenders[-1].end + 80]):
            continue
        a, _ = sent.clause_of(hit.start())
        before = [m for m in sent.of(("Firm", "Facility", "Pronoun"), 0, hit.start(), skip=_SKIP + ("relative",))
                  if m.type != "Pronoun" or PRONOUN_TYPES.get(m.name, ("",))[0] in ("Firm", "Facility")]
        recipient = before[0] if before else None  # the subject: "Acme has secured X ..., and is in talks with"
        if recipient is not None and recipient.type == "Pronoun":
            recipient = resolve(recipient, sent, doc, ("Firm", "Facility"))
        if recipient is None:
            continue
        for lender in lenders:
            emit(lender, recipient, {"status": "proposed", "hedged": True,
                                     "instrument": _props(text, hit.start(), hit.end()).get("instrument")})


# a name's descriptor of lower-case words: "state development bank", "export credit agency"
_LOWER_DESCRIPTOR = re.compile(r"(?:(?!(?:and|or|of|to|for|from|by|with|in|on|at|about|over|its|their)\b)[a-z][\w\-]*\s+){1,4}")
# money named before the clause that says who gave it to whom: "a financing package that JOGMEC extended to Lynas"
_MONEY_THAT = re.compile(r"\b(?:loans?|financing|funding|package|credit(?:\s+lines?)?|investment|grants?|equity|debt|"
                         r"guarantees?)\s+(?:that|which)\s+")
_GAVE_TO = re.compile(r"\s+(?:(?:has|had|have|would|will)\s+)?(?:also\s+)?(?:extended|provided|granted|gave|given|offered|"
                      r"arranged|pledged|committed|lent|advanced|made\s+available)\s+(?:\S+\s+){0,3}?to\s+(?:the\s+)?")


def _relative_money(sent: Sent, emit) -> None:
    """Money named before a relative clause giving its investors and recipient: "a financing package that
    JOGMEC and Sojitz extended to Lynas", "the loans which the EIB has provided to Acme"."""
    text = sent.text
    for hit in _MONEY_THAT.finditer(text):
        lo = _name_start(text, hit.end())
        first = first_after(sent.of(INVESTORS, lo, skip=("cited",)), lo, hit.end() - lo + 4)
        if first is None:  # "that state agency JOGMEC extended": past the descriptor
            first = first_after(sent.of(INVESTORS, hit.end(), skip=("cited",)), hit.end(), 40)
            if first is None or not _LOWER_DESCRIPTOR.fullmatch(text, hit.end(), first.start):
                continue
        investors = _list_from(sent, first)
        gave = _GAVE_TO.match(text, investors[-1].end) if investors else None
        target = first_after(sent.of(("Firm", "Facility", "Country"), gave.end(), skip=_SKIP), gave.end(), 2) \
            if gave else None
        if target is None:
            continue
        props = _props(text, hit.start(), gave.end(), first.start)
        if not re.search(r"\b(?:will|would)\b", gave.group(0)):
            props["status"] = "done"  # "the package JOGMEC extended to Lynas": given
        for inv in investors:
            emit(inv, target, props)


_RECEIVE_NAMED = pattern("investments", "receive_named")
_MONEY_NOUN = pattern("investments", "money_noun")
_TALKS_WITH = pattern("investments", "talks_with")
_TALKS_ABOUT = pattern("investments", "talks_about")
_LENDER_DESCRIPTOR = pattern("investments", "lender_descriptor")
_BOTH_TARGETS = pattern("investments", "both_targets")
_HOLDS_SHARE = pattern("investments", "holds_share")
_WITH_HOLDER = re.compile(r",\s+with\s+(?:\S+\s+){0,3}$")
_OWNED_SHARE = pattern("investments", "owned_share")
_OWNED = ("Firm", "Facility")
_OWN_SHARES = re.compile(r"(?:its|their)\s+(?:\w+\s+)?(?:shares|stock|equity|capital)\b", re.I)
_POSSESSIVE_ONLY = re.compile(r"['\u2019]s?\s+(?!(?:state\s+|federal\s+|national\s+)?government\b)")


# a capitalised word opening the clause that is no mention: an unrecognised name ("Scheldt has lined up a loan")
_UNKNOWN_SUBJECT = re.compile(r"\s*(?!(?:The|It|Its|This|That|These|Those|They|Their|In|On|At|By|For|From|Last|Earlier|"
                              r"Meanwhile|Separately|Also|Since|After|Before|Under|With|Now|Then|But|And|So|Yet|A|An)\b)"
                              r"[A-Z][\w\-]*\s+(?:[A-Z][\w\-]*\s+)*(?:has|have|had|is|are|was|were|will|would|also|recently|"
                              r"then|last|this|earlier|said|says|received|secured|won|obtained|got|raised|lined|landed|borrowed)\b")


def _unknown_subject(sent: Sent, lo: int) -> bool:
    """True when the clause at ``lo`` opens with a capitalised name that is no mention."""
    hit = _UNKNOWN_SUBJECT.match(sent.text, lo)
    return hit is not None and not any(m.start <= hit.start() + len(hit.group(0)) - len(hit.group(0).lstrip()) < m.end
                                       for m in sent.mentions)


_POSSESSIVE_AFTER = re.compile(r"['\u2019]s?\s")
_PLUS_ONE = re.compile(r"\s+plus\s+(?:one|a\s+single)\s+share\b", re.I)


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
    shared_here = None  # the firm whose shares this sentence divides up
    venture_here = False  # ... named as a joint venture
    for hit in _HOLDS_SHARE.finditer(text):
        a, _ = sent.clause_of(hit.start())
        # "Tianqi, one of China's largest producers, owns": a possessive only describes; "Botswana's government" holds
        cands = [m for m in sent.of(INVESTORS + ("Pronoun",), a, hit.start(), skip=_SKIP)
                 if not _POSSESSIVE_ONLY.match(text, m.end)]
        stake = _stake_value(hit.group(0))
        if not cands:
            continue
        subject, _, np_end = _subject(sent, cands[-1], hit.start(), a)
        investor = _actor(subject, sent, doc)
        if investor is None:
            continue
        target = None
        named = _NAMED_AFTER.match(text, hit.end()) if hit.group("of") else None
        if named:
            # "owns 51% of the venture, to be called Arabian Rare Earths Co": the name given; a venture's
            # partners are its parents (PART_OF), not investors
            target = first_after(sent.of(_OWNED, hit.end(), skip=_SKIP), hit.end(), 60)
            venture_here = venture_here or "venture" in named.group(0).lower()
        elif hit.group("of"):
            lo = hit.start("of") + 1  # "owns 19% of the company": the description starts at "the"
            if _OWN_SHARES.match(text, hit.end()):
                # "together own 40% of its shares": the firm named before the holders, else the last one
                before = [m for m in sent.of(_OWNED, 0, hit.start(), skip=_SKIP) if m.ref != investor.ref
                          and m not in sent.list_at(investor, INVESTORS)]
                target = before[-1] if before else _last_other(doc, "Firm", sent.index, investor)
            else:
                after = first_after(sent.of(_OWNED + ("Pronoun",), lo, skip=_SKIP), lo, 30)
                if after is not None and after.type == "Pronoun":
                    after = _recipient(after, sent, doc, investor, np_end, _OWNED)
                target = after
        elif hit.group("rest"):
            before = [m for m in sent.of(_OWNED, 0, hit.start(), skip=_SKIP) if m.ref != investor.ref]
            # "A will own 51% of the venture X, while B will hold the remaining 49%": X, divided up just before
            target = shared_here if shared_here is not None else before[0] if before else doc.last_stake_target
        elif investor in sent.mentions and _WITH_HOLDER.search(text, max(0, investor.start - 30), investor.start):
            # "Acme is majority-owned by Glencore, with Sojitz holding a 25% stake": the sentence's subject
            before = [m for m in sent.of(_OWNED, 0, investor.start, skip=_SKIP + ("relative",)) if m.ref != investor.ref]
            target = before[0] if before else None
        if target is None or target.ref == investor.ref:
            continue
        shared_here = target
        if venture_here:
            continue
        if (stake or 0) > 0.5 and investor.type == "Firm":
            doc.last_stake_target = target
            continue  # a majority owner firm is the parent (PART_OF); a state fund's majority is a holding
        # "MBK Partners and Young Poong together own 40%": each holder of the subject list
        holders = [x for x in sent.list_at(investor, INVESTORS) if x is investor or not (
            investor.end <= x.start < np_end or x.tags & set(_SKIP))] if investor in sent.mentions else [investor]
        for holder in holders:
            emit(holder, target, {"stake": stake if len(holders) == 1 else None, "instrument": "equity",
                                  "status": "done", "hedged": False})
        doc.last_stake_target = target


_NAMED_AFTER = re.compile(r"(?:the\s+)?(?:venture|company|vehicle|firm|entity|joint\s+venture)\s*,\s+(?:to\s+be\s+|which\s+will\s+be\s+)?"
                          r"(?:called|named|known\s+as|dubbed)\s", re.I)
_BARE_STAKE = pattern("investments", "bare_stake")
_STAKE_VERB = pattern("investments", "stake_verb")


def _bare_stake(sent: Sent, doc: DocState, emit, targets: list, holders=frozenset()) -> None:
    """A stake taken with no recipient named: "the EIB will lend the company EUR150m, and Foo is taking a 15% stake"
    (in the recipient just named), "Foo will also buy a stake." (in the last investment's recipient)."""
    text = sent.text
    for hit in _BARE_STAKE.finditer(text):
        a, _ = sent.clause_of(hit.start())
        cands = [m for m in sent.of(INVESTORS + ("Pronoun",), a, hit.start(), skip=_SKIP)
                 if not _OBJECT_BEFORE.search(text, max(0, m.start - 12), m.start)
                 and (m.type != "Pronoun" or _describes_actor(m, text))]
        if not cands:
            continue
        investor = _actor(_subject(sent, cands[-1], hit.start(), a)[0], sent, doc)
        if investor is None or investor.ref in holders \
                or _NEGATION.search(text, investor.end if investor in sent.mentions else a, hit.start()):
            continue
        target = next((x for x in reversed(targets) if x.ref != investor.ref), None) \
            or _last_target(doc, sent.index, 2)
        if target is None or target.ref == investor.ref:
            continue
        props = _props(text[hit.start():hit.end()], 0, hit.end() - hit.start())
        props.update(instrument="equity", status=invest_status(text[a:hit.end()]), hedged=is_hedged(text[a:hit.end()]))
        emit(investor, target, props)


_SAID_VERB = re.compile(r"\b(?:said|says|announced|disclosed|confirmed)\b")


def _speaking_firm(sent: Sent, investor: Mention) -> Mention | None:
    """The firm whose words report a lender's offer, as its recipient: "Acme, a joint venture of A and B, said
    the Loan Programs Office had issued a commitment for a loan" (Acme borrows)."""
    if investor not in sent.mentions:
        return None
    firms = sent.of(("Firm",), 0, investor.start, skip=_SKIP)
    verb = _SAID_VERB.search(sent.text, firms[0].end, investor.start) if firms else None
    if verb is None or any(m.start > verb.start() for m in firms) or investor.start - verb.end() > 60:
        return None
    return firms[0]


_STATE_OWNED = pattern("investments", "state_owned")
_BY_THE_STATE = pattern("investments", "by_the_state")


def _firm_country(m: Mention, sent: Sent, doc: DocState) -> str | None:
    """The country a firm is said to be of, where any mention of it in the document gave one, or a country word
    described it ("Chilean copper group Acme")."""
    for x in [m] + [x for x in sent.mentions if x.ref == m.ref] + [x for _, x in doc.history if x.ref == m.ref]:
        if x.props.get("country"):
            return x.props["country"]
    for idx, x in doc.history:
        if x.ref == m.ref:
            before = [c for i, c in doc.history if i == idx and c.type == "Country" and c.end <= x.start
                      and x.start - c.end <= 30]
            if before:
                return before[-1].name
    return None


def _state_owned(sent: Sent, doc: DocState, emit) -> None:
    """A firm its country's state owns: "Kazakhstan's state-controlled Irtysh Combine", "Eti Maden, Turkey's
    state-owned miner,", "OCP, which is majority-owned by the state" (the state of the firm's country)."""
    text = sent.text
    props = {"instrument": "equity", "status": "done", "hedged": False}
    for c in sent.of("Country", skip=("cited",)):
        hit = _STATE_OWNED.match(text, c.end)
        if hit is None:
            continue
        firm = first_after(sent.of("Firm", hit.end(), skip=_SKIP), hit.end(), 40)
        if firm is not None and re.fullmatch(r"(?:[\w\-]+\s+){0,3}", text[hit.end():firm.start]):
            emit(c, firm, props)  # "Kazakhstan's state-controlled Irtysh Combine"
            continue
        head = nearest_before(sent.of("Firm", 0, c.start, skip=_SKIP), c.start, 3)
        if head is not None and text[head.end:c.start].strip() == ",":
            emit(c, head, props)  # "Eti Maden, Turkey's state-owned boron miner,"
    for hit in _BY_THE_STATE.finditer(text):
        firm = nearest_before(sent.of("Firm", 0, hit.start(), skip=_SKIP), hit.start(), 20)
        if firm is None or not re.fullmatch(r"\s*,?\s+(?:which|that)\s+(?:is|was|are|were|has\s+been|remains)\s+",
                                            text[firm.end:hit.start()]):
            continue
        # else the one country of the sentence: "Morocco has the reserves, and OCP, which is owned by the state, ..."
        countries = {c.name for c in sent.of("Country", skip=("cited",))}
        name = _firm_country(firm, sent, doc) or (countries.pop() if len(countries) == 1 else None)
        if name is not None:
            emit(Mention("Country", name, hit.start(), hit.start(), name), firm, props)


_FUNDING_VERB = re.compile(r"(?:co-)?(?:fund|financ|back|bankroll)\w*", re.I)
_NOT_FORWARD = pattern("investments", "not_forward")
_PASSIVE_BEFORE = pattern("investments", "passive_before")
_BY_INVESTOR = pattern("investments", "by_investor")
_SUCH_AS = pattern("investments", "such_as")


_TWO_OBJECTS = pattern("investments", "two_objects")
_HANDS_A_STAKE = re.compile(r"\S+(?:\s+\S+){0,3}?\s+(?:a|an)\s+(?:\S+\s+){0,3}?(?:stake|interest|shareholding)\s+in\b", re.I)
_MONEY_AHEAD = pattern("investments", "money_ahead")
_A_VALUE = re.compile(r"\S+(?:\s+\S+){0,3}?\s+(?:a|an)\s+(?:[\w\-]+\s+)?(?:market\s+(?:value|valuation|capitali[sz]ation)|"
                      r"valuation|value|worth)\b", re.I)
_FUND_NAME = pattern("investments", "fund_name", flags=0)
_ADMINISTERED_BY = pattern("investments", "administered_by")
# between a verb of investing and its recipient: no new clause ("fund domestic output and was not relying on Beijing")
_CLAUSE_GAP = pattern("investments", "clause_gap")
_SPEAKER_AFTER = pattern("investments", "speaker_after")
_MAIN_VERB_GAP = pattern("investments", "main_verb_gap")
# a firm naming a site: "the Alcoa-Sojitz gallium project", "the Glencore copper mine"
_NAMES_A_SITE = pattern("investments", "names_a_site", flags=0)
_DEMONYM_END = ("ese", "ian", "an", "ish", "i", "ch", "ic")


def _demonym(m: Mention, text: str) -> bool:
    """A country word used as an adjective: "Chinese curbs", "Congolese resources" (no recipient)."""
    return m.text != m.name and m.text.endswith(_DEMONYM_END) and bool(re.match(r"\s+[a-z]", text[m.end:m.end + 3]))


def _runs_fund(sent: Sent, via: Mention) -> Mention | None:
    """The investor behind a channel: the agency administering a fund ("the Critical Minerals Facility,
    administered by Export Finance Australia"), the channel itself when it is an agency, none for a bare fund."""
    after = first_after(sent.of(("Agency", "Firm", "Country"), via.end, skip=("cited",)), via.end, 60)
    if after is not None and _ADMINISTERED_BY.fullmatch(sent.text[via.end:after.start]):
        return after
    return None if _FUND_NAME.search(via.name) else via


def _hyphen_backed(sent: Sent, ts: int, te: int, emit) -> None:
    """"Japan-backed Lynas", "a Japanese-financed plant": the investor before the hyphen, the firm or plant after."""
    investor = nearest_before(sent.of(INVESTORS, skip=("cited",)), ts, 1)
    target = first_after(sent.of(("Firm", "Facility"), te, skip=("cited",)), te, 12)
    if investor is not None and target is not None and sent.text[target.start - 1:target.start] != "'":
        emit(investor, target, {"status": "done", "hedged": False})


_PRONOUN_AND = re.compile(r"\s+and\s+(?:(?:the\s+)?[\w\-]+\s+){0,2}?", re.I)
_ARM_OF = re.compile(r"(?:[\w\-]+\s+){0,2}?(?:arm|unit|fund|affiliate|subsidiary|division)\s+of\s+(?:the\s+)?", re.I)


_FORMS_VENTURE = re.compile(r"\b(?:form|forms|formed|forming|set\s+up|sets\s+up|setting\s+up|creat\w+|establish\w*|launch\w*)\s+"
                            r"(?:a|an)\s+(?:new\s+|\d+-\d+\s+)?(?:joint[- ]venture|JV|venture|consortium)\b", re.I)
# an apposition's noun right before a bare participle: "Acme, a Perth-listed developer building a refinery"
_DESCRIBED_BUILDER = re.compile(r",\s+(?:a|an|the)\s+(?:[\w\-]+\s+){1,4}$")
# one site placed in a country: "a plant in South Africa" (not "lithium projects in Argentina")
_ONE_SITE_IN = re.compile(r"\b(?:a|an|one)\s+(?:[\w\-]+\s+){0,3}?(?:plant|project|mine|refinery|smelter|factory|facility|"
                          r"operation|deposit|complex)\s+(?:in|at|near)\s+(?:the\s+)?$", re.I)
# a firm's own spending named by its possessive: "half of Hoshino's outlay", "Acme's share of the cost"
_ITS_OUTLAY = re.compile(r"['\u2019]s?\s+(?:[\w\-]+\s+){0,2}?(?:outlay|purchase|acquisition|contribution|share\s+of\s+the\s+"
                         r"(?:cost|bill|investment)|investment|spending|capex)\b", re.I)
# a firm's trade between a verb of buying and its name: "buy Mexican fluorspar producer", "acquired rival miner"
_BOUGHT_DESCRIBED = re.compile(r"\s*(?:the\s+)?(?:[\w\-]+\s+){0,3}?(?:producer|miner|maker|\w+maker|company|firm|group|developer|"
                               r"explorer|refiner|smelter|rival|peer|start-?up|supplier|manufacturer|operator|trader|"
                               r"recycler|processor|specialist)\s+")
_SAYS = re.compile(r"\b(?:say|says|said|claims?|claimed|alleges?|alleged|believes?|believed|accuses?|accused)\b")
_DESCRIBED_BY = re.compile(r"\s+(?:(?!(?:such|as|including|like|and|or)\b)[a-z][\w\-]*\s+){1,3}")


def _by_investor(sent: Sent, doc: DocState, emit) -> None:
    """Investors named after the recipient: "smelters in the country, many of them financed by Chinese groups
    such as Tsingshan", "a plant built mostly with Japanese money"."""
    text = sent.text
    for hit in _BY_INVESTOR.finditer(text):
        lo = _name_start(text, hit.end())
        after = sent.of(INVESTORS, lo, skip=("cited",))
        arm = _ARM_OF.match(text, hit.end())  # "a round led by the venture arm of Samsung": the parent's money
        first = first_after(after, lo, hit.end() - lo + 3 + (arm.end() - arm.start() if arm else 0))
        if first is None:
            continue
        if first.type == "Country" and _demonym(first, text):
            # "partly owned by Russian state conglomerate Rostec": the firm the country word describes
            named = first_after([m for m in after if m.type != "Country"], first.end, 40)
            if named is not None and _DESCRIBED_BY.fullmatch(text, first.end, named.start):
                first = named
        named = [m for m in after if _SUCH_AS.match(text[first.end:m.start])]
        investors = _list_from(sent, named[0] if named else first)
        a, _ = sent.clause_of(hit.start())
        before = [m for m in sent.of(("Firm", "Facility", "Country", "Pronoun"), a, hit.start(), skip=_SKIP)
                  if m.type != "Pronoun" or PRONOUN_TYPES.get(m.name, ("",))[0] in ("Firm", "Facility", "Country")]
        target = before[-1] if before else None
        if target is not None and _SAYS.search(text, target.end, hit.start()):
            continue  # "rebels who Kinshasa says are backed by Rwanda": the speaker, not what is backed
        if target is not None and target.type == "Pronoun":
            kind = target.name.rsplit(" ", 1)[-1]
            target = _salient_facility(doc, sent.index, kind=kind) if kind in _OTHER_KIND \
                else resolve(target, sent, doc, ("Firm", "Facility", "Country"))  # "the plant": no complex
        if target is None:
            continue
        props = _props(text, hit.start(), hit.end())
        props["status"] = "done" if props["status"] == "committed" and not re.search(
            r"\b(?:will|would|to\s+be)\b", text[a:hit.start()]) else props["status"]
        for inv in investors:
            emit(inv, target, props)


_PURCHASE_NOUN = pattern("investments", "purchase_noun")


def _purchase(t: re.Match, text: str, te: int) -> bool:
    """True when the money of trigger ``t`` pays for goods: a contract or an order, named in the trigger
    ("awarded a $310m contract to") or before the sum after it ("awarded Acme a contract worth $245m")."""
    if _PURCHASE_NOUN.search(t.group(0)):
        return True
    if not _TWO_OBJECTS.search(t.group(0)):
        return False
    noun = _PURCHASE_NOUN.search(text, te, te + 90)
    money = _MONEY_AHEAD.search(text, te, te + 90)
    return noun is not None and (money is None or noun.start() < money.start())


def _stake_verbs(text: str, taken: set) -> list:
    """The stake_verb triggers of ``text`` that no forward trigger already ends at."""
    return [t for t in _STAKE_VERB.finditer(text) if t.end() not in taken]


def _forward_matches(forward, text: str, sent: Sent) -> list:
    """The forward triggers of ``text``; one that took in an actor's name ("mining holding MIND ID raised its
    stake in": the noun "holding" is no verb) is searched again after the name."""
    out = []
    for t in forward.finditer(text):
        inner = [m for m in sent.mentions if t.start() < m.start and m.end < t.end() and m.type in ("Firm", "Agency")]
        if inner:
            again = forward.search(text, inner[-1].end, t.end() + 1)
            if again is not None:
                out.append(again)
            continue
        out.append(t)
    return out


_SUM_GATE = re.compile(r"[\d$€£¥]|illions", re.I)
_MONEY_WORDS = re.compile(r"money|cash|capital|funds|dollars", re.I)


def invest_facts(sent: Sent, doc: DocState) -> list[Fact]:
    """The INVESTS_IN facts of one sentence."""
    text = sent.text
    out: list[Fact] = []
    seen = set()

    memo = invest_memo(doc)
    if memo["described"]:
        name_described(doc, sent)

    def emit(src: Mention, tgt: Mention, props: dict):
        if src.ref == tgt.ref or (src.ref, tgt.ref) in seen or tgt.type not in TARGETS:
            return
        seen.add((src.ref, tgt.ref))
        fact = Fact("INVESTS_IN", src.ref, tgt.ref, {k: v for k, v in props.items() if v is not None}, sent)
        out.append(fact)
        doc.last_invest_target = tgt
        memo["by"][src.ref] = tgt
        note_described(doc, sent.index, tgt, fact, src.ref)

    for inv in sent.of("Investment"):
        doc.programme = (("Country", inv.props["owner"]), inv)
    names = [(m.start, m.end) for m in sent.mentions  # a described site ("a loan to a refinery project") is no name
             if m.type != "Pronoun" and not (m.type == "Facility" and m.text[:1].islower())]
    more = pattern("investments", "money_more")
    forward = pattern("investments", "forward")
    stake_words = "stake" in text or "interest" in text or "shareholding" in text or "equity" in text
    forwards = _forward_matches(forward, text, sent)
    forward_ends = {t.end() for t in forwards}
    # a sum needs a digit, a currency sign or "billions"; only "put money into" names none (a cheap test first)
    sums = _SUM_GATE.search(text) is not None
    triggers_ = sorted([t for t in forwards
                        + (_stake_verbs(text, forward_ends) if stake_words else [])
                        + (list(pattern("investments", "money_to").finditer(text))
                           if sums or _MONEY_WORDS.search(text) else [])
                        + (list(more.finditer(text)) if sums else [])
                        if not any(a <= t.start() < b for a, b in names)  # "Export Finance Australia" is a name
                        and not (t.start() > 0 and text[t.start()].isupper())],  # "the Just Transition Fund" too
                       key=lambda t: t.start())
    targets: list[Mention] = []
    last_investor = None
    for t in triggers_:
        ts, te = t.start(), t.end()
        np_end = None
        verb = _FUNDING_VERB.match(text, ts) if t.re is forward else None
        if verb and (_NOT_FORWARD.match(text, te) or verb.group(0).lower().endswith("ed")
                     and _PASSIVE_BEFORE.search(text, max(0, ts - 25), ts)):
            if text[ts - 1:ts] == "-":  # "Japan-backed Lynas": the recipient is the name right after
                _hyphen_backed(sent, ts, te, emit)
            continue  # "smelters financed by Chinese groups": the passive rule; "funding from X": the source
        if _TWO_OBJECTS.search(t.group(0)) and (not _MONEY_AHEAD.search(text, te, te + 90) or _HANDS_A_STAKE.match(text, te, te + 60)
                                                or _A_VALUE.match(text, te)):
            continue  # "give US firms access to Congolese cobalt": no money; "gives Glencore a stake": Glencore invests;
            # "giving the company a market value of $640m": a price, no money paid in
        if _purchase(t, text, te):
            continue  # "awarded a $310m contract to Acme", "awarded Acme a contract worth $245m": a purchase
        owner = _OWNER_BEFORE.search(text, max(0, ts - 60), ts) if text[ts:ts + 10].lower().startswith("investment") else None
        if owner and any(m.end == owner.start() for m in sent.of(INVESTORS, skip=_SKIP)):
            continue  # "JOGMEC's earlier investment in Lynas": the possessive names the investor (_holdings)
        a, b = sent.clause_of(ts)
        build = bool(re.search(r"build|construct|develop|expand", t.group(0), re.I))
        if build and _FORMS_VENTURE.search(text, a, ts):
            continue  # "A agreed to form a joint venture with B to build a refinery": the venture builds it
        if t.group(0) == "building" and _DESCRIBED_BUILDER.search(text, max(a, ts - 60), ts):
            continue  # "Nordvik, a Swedish start-up building a factory": a description of the firm, no investment
        investor = None
        if t.re is more:
            investor = last_investor  # "..., and $80 million to B": the same lender
        else:
            cands = [m for m in sent.of(INVESTORS + ("Pronoun",), a, ts, skip=_SKIP[1:])
                     if not (m.type == "Country" and _PLACE_BEFORE.search(text, max(0, m.start - 12), m.start))
                     and not _OBJECT_BEFORE.search(text, max(0, m.start - 12), m.start)
                     and ("cited" not in m.tags or _CLAUSE_SUBJECT.match(text, m.end))
                     and (m.type != "Pronoun" or _describes_actor(m, text))]
            if cands:
                investor, relative, np_end = _subject(sent, cands[-1], ts, a)
                if not relative and any(investor.ref == x.ref for x in targets):
                    if build:
                        continue  # "lent Iluka A$1bn to build the refinery": a purpose, the lender's money
                    investor = last_investor  # "a loan to A and a loan to B": A is a recipient, not the lender
                    if investor is None:
                        continue
                    np_end = investor.end
                if investor.type == "Pronoun":
                    investor = _speaker(sent, investor, cands) or _actor(investor, sent, doc)
        if investor is None:
            continue
        np_end = investor.end if np_end is None else np_end
        if investor in sent.mentions and _NEGATION.search(text[investor.end:ts]):
            continue  # "X did not invest in Y", "X denied it would lend to Y"
        investors = [x for x in sent.list_at(investor, INVESTORS) if (x is investor or not (x.tags & set(_SKIP))
                     and not _PLACE_BEFORE.search(text, max(0, x.start - 12), x.start))  # "In Belgium, Acme said"
                     and not investor.end <= x.start < np_end] \
            if investor in sent.mentions else [investor]  # not a name of the subject's apposition
        if investor in sent.mentions and t.re is not more:
            # "JOGMEC said it and trading house Iwatani would together invest": the speaker joins the list
            pron = next((p for p in sent.of("Pronoun", a, investors[0].start) if p.name in ("it", "they")
                         and _PRONOUN_AND.fullmatch(text, p.end, investors[0].start)), None)
            if pron is not None:
                prior = [m for m in sent.of(INVESTORS, a, pron.start, skip=_SKIP)] + [pron]
                extra = _speaker(sent, pron, prior) or _actor(pron, sent, doc)
                if extra is not None and all(extra.ref != x.ref for x in investors):
                    investors = [extra] + investors
        if not build and investor in sent.mentions:
            rel = _RELATIVE_OBJECT.search(text, max(0, investor.start - 12), investor.start)
            if rel and _SAID_BEFORE.search(text, max(0, rel.start() - 40), rel.start()):
                rel = None  # "Acme said on Monday that the DFC had approved a loan": a report, not an object
            obj = [m for m in sent.of(("Facility", "Firm"), 0, rel.start(), skip=_SKIP)
                   if rel.start() - m.end <= 40] if rel else []
            if obj:  # "a plant in Georgia that Japan is financing": the object comes first
                emit(investor, obj[-1], _props(text, ts, te, investor.start))
                targets.append(obj[-1])
                last_investor = investor
                continue
        adjective = pattern("investments", "adjective_target")
        the = _TRAILING_THE.search(t.group(0))  # "funded the company": the description starts at "the"
        after = ts + the.start() if the else te - 1
        tcands = [m for m in sent.mentions if m.start >= after and m.start - te <= 60
                  and m.type in TARGETS + ("Pronoun", "Material") and not (m.tags & {"locator", "cited", "facility_part"})
                  and not (m.type == "Country" and (adjective.match(text, m.end) or _demonym(m, text)))
                  and not _CLAUSE_GAP.search(text, te, m.start) and not _SPEAKER_AFTER.match(text, m.end)]
        if tcands and tcands[0].type == "Firm" and _NAMES_A_SITE.match(text, tcands[0].end):
            continue  # "equity in the Alcoa-Sojitz gallium project": the firm only names the project
        if build:
            tcands = [m for m in tcands if m.type == "Facility"]
        if not tcands or tcands[0].start - te > 3:
            # "a loan to a cobalt refinery project in Zambia": the site phrase took in the trigger's last words
            over = [m for m in sent.of("Facility", skip=_SKIP) if m.start < te < m.end]
            tcands = over + tcands
        rest = text[after if the else te:][:60].lstrip()
        both = _BOTH_TARGETS.match(rest) if not tcands or tcands[0].start - te > 3 else None
        if both and investor in sent.mentions:
            sites = sent.of(("Firm", "Facility"), 0, investor.start, skip=_SKIP)
            for site in sent.list_at(sites[-1], ("Firm", "Facility")) if sites else ():
                for i in investors:
                    emit(i, site, _props(text, ts, te, investor.start))
            continue
        if not tcands or tcands[0].start - te > 3:
            firm = _described_firm(sent, te)  # "lent the Perth-listed company $150 million"
            tcands = [firm] + tcands if firm is not None else tcands
        if not tcands or tcands[0].start - te > 3:
            site = _described_site(sent, doc, after if the else te)
            tcands = [site] + tcands if site is not None else tcands
        if not tcands:
            continue
        target = tcands[0]
        if target.type == "Country" and _ONE_SITE_IN.search(text, max(0, target.start - 60), target.start):
            continue  # "a stake in a plant in South Africa": one site there, not the country
        if target.type == "Firm" and _ITS_OUTLAY.match(text, target.end) and memo["by"].get(target.ref) is not None:
            target = memo["by"][target.ref]  # "finance half of Hoshino's outlay": what Hoshino pays for
        elif target.type == "Firm" and _POSSESSIVE_AFTER.match(text, target.end) and not _ACQUIRE.match(t.group(0)):
            # "a loan for Saltbush Minerals' Coolgarra project", "a stake in SoftBank's SB Energy": what the firm owns
            owned = first_after(sent.of(("Facility", "Firm"), target.end, skip=_SKIP), target.end, 4)
            target = owned or target
        if t.re is more and ("%" in t.group(0) or "cent" in t.group(0)):
            if target.start - te > 3:
                continue  # "and another 5% of its Thacker Pass venture with GM": the venture is no name here
            props_stake = _stake_value(t.group(0))
        else:
            props_stake = None
        if t.re is forward and _ACQUIRE.match(t.group(0)) and not re.search(r"stake|interest|share|equity|stock|warrant", t.group(0), re.I):
            bought = first_after(sent.of(("Firm",), te, skip=_SKIP), te, 60)
            if bought is not None and _BOUGHT_DESCRIBED.fullmatch(text, te, bought.start):
                target = bought  # "agreed to buy Mexican fluorspar producer Fluoruros": the firm past its trade
            if target.type not in ("Firm", "Facility") or not re.fullmatch(r"\s*(?:the\s+)?", text[te:target.start]) \
                    and target is not bought:
                continue  # "acquired Acme", "the acquisition of the Redhill mine": the firm or site itself
            if re.match(r"['\u2019]s?\s", text[target.end:target.end + 3]):
                owned = first_after(sent.of("Facility", target.end), target.end, 4)
                if owned is None:
                    continue  # "control of SQM's lithium operations": an asset of the firm, not the firm
                target = owned
        elif _PAY_OR_SPEND.match(t.group(0)) and target.type not in ("Firm", "Facility", "Pronoun"):
            continue  # "paid $5m for cobalt": a purchase, not an investment
        if target.type == "Pronoun":
            target = _project_before(target, sent, doc) or _recipient(target, sent, doc, investor, np_end)
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
        if props_stake is not None:
            props["stake"] = props_stake  # "... and a further 7% of B": this share, not the first one
        target_end = tcands[0].end
        if build or _PAY_OR_SPEND.match(t.group(0)) and target.type == "Facility" and props.get("stake") is None:
            props["instrument"] = "capex"
        via = None
        for m in sent.of(("Firm", "Agency"), te, skip=("cited",)):
            if _CLAUSE_GAP.search(text, target_end, m.start) or _MAIN_VERB_GAP.search(text, target_end, m.start):
                break  # a channel named in another clause is another loan's
            if _VIA_BEFORE.search(text[max(0, m.start - 40):m.start]):
                via = m
                break
        if via is not None:
            props["via"] = [via.name]
            via = _runs_fund(sent, via)
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
        after = [m for m in sent.of(INVESTORS, min(r.end() - 1, _name_start(text, r.end())), skip=("cited",))
                 if m.start - r.end() < 25]
        if not after:
            continue
        investor, via = after[0], None
        if r.group(0).rstrip().lower().endswith(("through", "via", "the")) and re.search(r"\b(?:through|via)\s+(?:the\s+)?$", r.group(0), re.I):
            via, investor = investor, _runs_fund(sent, investor)  # "a loan through the Facility, run by EFA"
            if investor is None:
                continue
        nxt = [m for m in sent.mentions if m.start >= investor.end]
        if via is None and investor.type == "Country" and nxt and re.match(r"['\u2019]s\s+$", text[investor.end:nxt[0].start]):
            via = nxt[0]  # "the European Union's Just Transition Fund": the country's fund
        before = [m for m in sent.of(("Firm", "Facility", "Pronoun"), 0, r.start(), skip=_SKIP)]
        before = [m for m in before if "relative" not in m.tags] or before  # "Iluka, which is building X, secured"
        if not before and (_unknown_subject(sent, sent.clause_of(r.start())[0])
                           or not r.group(0).lower().startswith("with")
                           and sent.of(("Country", "Agency"), sent.clause_of(r.start())[0], r.start(), skip=_SKIP)):
            continue  # "Scheldt has lined up a loan from the EIB": a subject not recognised is no earlier name;
            # "Argentina has drawn investment from Chinese miners": a country's, not the last project's
        target = before[-1] if before else _recent(doc, sent.index, ("Facility", "Firm"))
        if target is not None and target.type == "Pronoun":
            target = _recipient(target, sent, doc, None, 0)
        if target is None:
            continue
        props = _props(text, r.start(), r.end())
        if via is not None:
            props["via"] = [via.name]
        if props["status"] == "committed" and re.search(r"\b(?:received|secured|won|obtained|got|raised|borrowed)\b", r.group(0)):
            props["status"] = "done"
        lenders = [x for x in _list_from(sent, investor, INVESTORS) if x is investor or not _POSSESSIVE_AFTER.match(text, x.end)]
        for lender in lenders if via is None else [investor]:
            emit(lender, target, props)  # "is borrowing from JBIC and Mizuho": each lender
    # "The factory received an EU grant of 18.75 million euros": the investor inside the money's noun phrase
    for r in _RECEIVE_NAMED.finditer(text):
        investor = first_after(sent.of(("Country", "Agency"), r.end(), skip=("cited",)), r.end(), 0)
        if investor is None or not _MONEY_NOUN.match(text[investor.end:investor.end + 40]):
            continue
        before = [m for m in sent.of(("Firm", "Facility", "Pronoun"), 0, r.start(), skip=_SKIP + ("relative",))]
        target = before[-1] if before else None
        if target is not None and target.type == "Pronoun":
            target = _recipient(target, sent, doc, None, 0)
        if target is not None:
            props = _props(text, r.start(), r.end())
            if props["status"] == "committed" and not re.search(r"\b(?:will|would|could|to)\b", text[:r.start()]):
                props["status"] = "done"
            emit(investor, target, props)
    # "..., and the Export-Import Bank is considering a loan of up to $1.8 billion": the same recipient
    offered: list[Mention] = []
    for o in pattern("investments", "offer").finditer(text):
        cands = [m for m in sent.of(("Agency", "Firm", "Country"), 0, o.start(), skip=_SKIP[1:])
                 if not _OBJECT_BEFORE.search(text, max(0, m.start - 12), m.start)
                 and ("cited" not in m.tags or _CLAUSE_SUBJECT.match(text, m.end))]  # "Acme said Glencore had"
        if not cands:
            continue
        investor = _subject(sent, cands[-1], o.start(), sent.clause_of(o.start())[0])[0]
        if any(s_ref == investor.ref for s_ref, _ in seen):
            continue
        if _NEGATION.search(text[investor.end:o.start()]):
            continue  # "X denied it would lend $50m"
        after = [m for m in sent.of(TARGETS, o.end(), skip=_SKIP) if m.start - o.end() <= 60 and m.ref != investor.ref
                 and not _CLAUSE_GAP.search(text, o.end(), m.start)  # "through its France 2030 programme": a channel
                 and not re.search(r"\b(?:through|via|under|from)\s", text[o.end():m.start])
                 and not (m.type == "Country" and _ONE_SITE_IN.search(text, max(0, m.start - 60), m.start))]
        # "X signed an offtake deal with Acme and will provide a $100m loan": the partner named before
        partner = [m for m in sent.of(("Firm", "Facility"), 0, o.start(), skip=_SKIP) if m.ref != investor.ref
                   and re.search(r"\bwith\s+(?:the\s+)?$", text[max(0, m.start - 10):m.start])]
        recent = targets + offered
        target = after[0] if after else (recent[-1] if recent else partner[-1] if partner
                                         else _speaking_firm(sent, investor) or _recent(doc, sent.index, ("Facility",))
                                         or _last_target(doc, sent.index))
        if target is None:
            continue
        clause = text[investor.start:]
        # the statement's modality up to the next clause: "A will contribute $10m, while B is in talks over a loan"
        props = _props(clause, o.start() - investor.start, o.end() - investor.start, 0)
        emit(investor, target, props)
        offered.append(target)
    _holdings(sent, doc, emit, targets)
    if " which " in text or "sold" in text or " with " in text or "stake" in text or "sell" in text or "divest" in text or "offload" in text \
            or "count" in text or "investors" in text or "shareholders" in text or "backers" in text or "lenders" in text:
        _named_holders(sent, doc, emit)
    if "talks" in text or "discussions" in text or "negotiations" in text:
        _talks(sent, doc, emit)
    if " that " in text or " which " in text:
        _relative_money(sent, emit)
    if "by " in text or "with " in text:
        _by_investor(sent, doc, emit)
    if "state" in text or "government" in text:
        _state_owned(sent, doc, emit)
    keep = doc.last_invest_target
    holders = set()

    def emit_held(src, tgt, props):
        holders.add(src.ref)
        emit(src, tgt, props)

    _stakes(sent, doc, emit_held)
    doc.last_invest_target = keep  # a shareholding is no money flowing, "financing will come through" is not about it
    if "stake" in text or "shareholding" in text:
        # "Botswana, which holds the remaining 15%, wants to take a controlling stake": in what it holds
        _bare_stake(sent, doc, emit, targets, holders)
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
