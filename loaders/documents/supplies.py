"""SUPPLIES and PRODUCES: shares, dominance wording, producing verbs, passive origins.

>>> from .annotate import annotate
>>> from .context import DocState
>>> def run(*texts):
...     doc, out = DocState("d"), []
...     for i, t in enumerate(texts):
...         s = annotate(t, 0, i, doc)
...         out += [(f.type, f.source[1], f.target[1], f.props.get("share"), f.props.get("stage"))
...                 for f in supply_facts(s, doc)]
...         doc.remember(s)
...     return out
>>> run("Chile mines about 24% of the world's lithium and 5 per cent of its copper.")
[('SUPPLIES', 'Chile', 'lithium', 0.24, 'mine'), ('SUPPLIES', 'Chile', 'copper', 0.05, 'mine')]
>>> run("Cobalt is mined in Congo.", "About 70% is refined in China.")[-1]
('SUPPLIES', 'China', 'cobalt', 0.7, 'refining')
>>> run("Acme Metals Corp makes tungsten and molybdenum.")
[('PRODUCES', 'Acme Metals', 'tungsten', None, None), ('PRODUCES', 'Acme Metals', 'molybdenum', None, None)]
>>> run("Indonesia dominates global nickel output.")[0][:3]
('SUPPLIES', 'Indonesia', 'nickel')
"""

from __future__ import annotations

import re
from functools import lru_cache

from .context import DocState, Fact, Sent
from .data import entities, lower_pattern, pattern
from .hedging import is_hedged, tense
from .helpers import first_after, nearest_before, resolve, stage_of
from .mentions import Mention
from .shares import find_shares

__all__ = ["supply_facts"]

SUPPLIERS = ("Country", "Firm", "Facility")
_SKIP = ("cited", "locator", "paren", "recipient", "facility_part")
_RECIPIENT_BEFORE = re.compile(r"\b(?:suppl\w*|sell\w*|ship\w*|deliver\w*|provid\w*|export\w*\s+to|sold\s+to|imports?\s+(?:into|by)|to)\s+(?:the\s+)?$", re.I)
_INDUSTRY_MARKET = re.compile(r"^\s*(?:share\s+)?of\s+the\s+(?:global|world['\u2019]s|world|international)\s+((?:[\w\-]+\s+){0,3}?[\w\-]+)\s+(?:market|industry|sector)\b", re.I)
_PASSIVE_AT = re.compile(r"\b(?:produced|mined|refined|made|extracted|processed|separated|smelted|recovered|recycled|"
                         r"manufactured|purified|sintered|milled)\s+(?:at|from|in)\s+(?:the\s+|its\s+|their\s+|[\w\-]+['\u2019]s\s+)?$", re.I)
# "the Mountain Pass mine in California, the only operating rare earth mine in ...": the appositive names its output
_FACILITY_APPOSITIVE = re.compile(r"(?:\s+(?:in|near|at)\s+(?:[A-Z][\w\-]*\s*){1,3})?,\s+(?:the|a|an|its|one\s+of\s+the)\s+"
                                  r"(?:[\w\-']+\s+){0,5}?(?:mines?|refiner(?:y|ies)|smelters?|plants?|produc\w+|factor(?:y|ies)|"
                                  r"deposits?)\b")
# an indefinite appositive: "X, a joint venture between A and B, runs ...": A and B are not the subject
_APPOSITIVE = re.compile(r",\s+(?:a|an)\s+[^,;]{0,90}?\b(?:venture|JV|unit|subsidiary|vehicle|company|firm|start-?up|"
                         r"miner|producer|group|maker|partnership|consortium|affiliate)\b[^,;]*,")
# "The company separated its first oxide ... at its plant": the plant makes it too
_AT_FACILITY = re.compile(r"\s+(?:(?:in|on)\s+(?:[\w\-]+\s+){1,2}?)?at\s+(?:its\s+|their\s+|the\s+(?:company['\u2019]s\s+)?)?$")
_C_VERBS = re.compile(r"\b(?:produces?|produced|producing|makes|make|made|making|separat(?:es?|ed|ing)|mines?|mined|refines?|refined|extracts?|extracted|extracting|smelts?|smelted|manufactures?|manufactured|supplies|supplied|supply|supplying|exports?|exported|ships|shipped|restarts?|restart|resumes?|resume|recovers?|recovered|processes|separates|separated|recycles|recycled|turns?\s+out|churns?\s+out|puts?\s+out)\b"
                      r"(?![\s\-]+(?:chains?|curbs?|controls?|restrictions?|bans?|licen[cs]\w*|quotas?|security|risks?|shortages?|disruptions?|deficits?)\b)", re.I)
_EXTRACT_FROM = re.compile(r"\b(?:extract\w*|produc\w*|min(?:ed|ing)|refin\w*|process\w*|recover\w*|smelt\w*)\s+(?:[\w\-]+\s+){0,3}?(?:from|at)\s+(?:its\s+|the\s+|their\s+)?$", re.I)
_C_VERBS_LOW = re.compile(_C_VERBS.pattern)  # the same words, on the lower-cased sentence
_PASSIVE_LOW = lower_pattern("supplies", "produce_passive")
_DOMINANCE_LOW = lower_pattern("supplies", "dominance")
_ENTRY_LOW = re.compile(r"\d\s?(?:%|per\s?cent|percent)|\bit\b")
_FRACTION_LOW = re.compile(r"half|third|quarter|fifth|tenth")
_NOUN_BEFORE = re.compile(r"\b(?:the|a|an|its|their|on|of|for|restrict\w*|ban\w*|curb\w*|halt\w*|suspend\w*|block\w*|"
                          r"limit\w*|tighten\w*|stop\w*|prohibit\w*)\s+$", re.I)
_POSS_RANK = re.compile(r"['\u2019]s\s+(?:[\w\-]+\s+){0,2}(?:top|largest|biggest|leading|main|major|dominant)\b", re.I)
_OUTSIDE = re.compile(r"\s+(?:outside(?:\s+of)?|beyond|excluding|ex-)\s*(?:the\s+)?[A-Z]")
_RANK = re.compile(r"\b(?:second|third|fourth|fifth|place|ranks?)\b")
_AHEAD = re.compile(r"\bahead\s+of\s+(?:the\s+)?", re.I)
_BARE_RANK = re.compile(r"\s+(?:(?:in|was|is|came|comes|ranked|ranking|ranks|placed|at)\s+)?(?:a\s+)?(?:distant\s+|close\s+)?"
                        r"(second|third|fourth|fifth)\b(?:\s+place)?(?=\s*(?:[.,;]|$|and\b|with\b|at\b|behind\b|among\b|on\b))", re.I)
_PURPOSE = re.compile(r"\b(?:used|needed|required|designed|able|tools?|equipment|machines?|technolog(?:y|ies))\s+(?:to|for)\s+$", re.I)
_OF_AFTER = re.compile(r"\s+of\b")
_NOUN_FORMS = frozenset(("exports", "export", "supplies", "supply", "ships"))
_NEGATED_OBJECT = re.compile(r"\s+(?:no|none|nothing|little|neither)\b", re.I)
_ELIDED_GAP = re.compile(r"\s+(?:(?:was|is|came|comes|ranked|ranks|ranking)\s+)?(?:a\s+)?(?:(?:distant|close)\s+)?"
                         r"(?:(?:second|third|fourth|fifth)\s+)?(?:(?:at|with|on)\s+)?"
                         r"(?:(?:contributed|accounted\s+for|made\s+up|produced|mined|refined|supplied|held|had|took|managed)\s+)?"
                         r"(?:(?:about|roughly|around|nearly|almost|some|just|over|under|another|a\s+further|just\s+over)\s+)?")
_QUANTITY_OBJECT = re.compile(r"\s+(?:only\s+)?(?:small|smaller|token|tiny|negligible|modest|limited)\s+(?:amounts|quantities|volumes|tonnages)\b", re.I)
_OBJECT_PRONOUN = re.compile(r"\s+(?:it|them|the\s+(?:metal|material|mineral|element|compound))\b")
_VERB_ADJECTIVE = re.compile(r"\b(?:the|a|an|its|their|of|and|supplying|selling|shipping|buying|producing|\w+ing)\s+$", re.I)
_SUPPLY_VERB = re.compile(r"\b(?:suppl\w+|export\w*|ship\w*|sell\w*|sold)\b", re.I)
# a tonnage: "about 60,000 tonnes", "2.2 million tons", "less than 2,100 tonnes"
_TONNAGE = re.compile(r"(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|less\s+than|fewer\s+than|under|"
                      r"just\s+over|just\s+under|an\s+estimated|close\s+to|up\s+to|at\s+least|only|just)\s+)?"
                      r"\d[\d,]*(?:\.\d+)?\s*(?:million\s+|billion\s+|thousand\s+)?(?:metric\s+)?(?:tonnes|tons|carats)\b", re.I)
_TONNAGE_LOW = re.compile(r"\d\s*(?:million\s+|billion\s+|thousand\s+)?(?:metric\s+)?(?:tonnes|tons|carats)\b")
# the verb of a production statement just before its tonnage: "Russia made around 6 tonnes"
_QTY_VERB = re.compile(r"\b(?:produc(?:ed|es|e)|mined|mines|mine|made|makes|make|managed|manages|yielded|yields|dug\s+up|"
                       r"digs\s+up|extracted|extracts|turn(?:ed|s)?\s+out|churn(?:ed|s)?\s+out|put\s+out|puts\s+out|refined|"
                       r"refines|smelted|smelts|shipped|ships|exported|exports|supplied|supplies|contributed|contributes|"
                       r"accounted\s+for|accounts\s+for|delivered|delivers|output)\s+(?:(?:only|just|a\s+mere)\s+)?$", re.I)
_POSS_TONNAGE = re.compile(r"['\u2019]s\s+(?=(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than)\s+)?\d[\d,.]*\s*"
                           r"(?:million\s+)?(?:metric\s+)?(?:tonnes|tons|carats)\b)")
_OF_MATERIAL = re.compile(r"\s+of\s+(?:the\s+)?$")
# a clause about something other than supply: a carried-over material does not apply to it
_OFF_TOPIC = re.compile(r"\b(?:prices?|priced|tariffs?|dut(?:y|ies)|levy|imports?|imported|importing|importer\w*|demand|"
                        r"consum\w*|stockpil\w*|inventor(?:y|ies)|bought|buy\w*|purchas\w*|costs?|spen[dt]\w*|"
                        r"invest\w*|fund\w*|loans?|sales|revenue|profits?|earnings|capacity\s+to\s+use)\b", re.I)
# a share of the world's supply with its material left unsaid: "roughly 60% of the world total", "20% of output"
_WORLD_SCOPE = re.compile(r"\s+of\s+(?:the\s+)?(?:(?:world['\u2019]?s?|global|worldwide|total|mined|refined|world)\s+)*"
                          r"(?:total|output|production|supply|supplies|mining|refining|market|tonnage|[\d,.]+\s*(?:million\s+)?"
                          r"(?:tonnes|tons))\b", re.I)
# the runners-up after a leader: "followed by Chile and China", "far ahead of Indonesia", "behind China"
_FOLLOWED = re.compile(r"\b(?:(?:followed|trailed|chased)\s+by|(?:far\s+|well\s+|just\s+|comfortably\s+|some\s+way\s+)?"
                       r"(?:ahead\s+of|behind))\s+(?:the\s+)?$", re.I)
# a possessive subject from the sentence before: "Its mines produced ...", "Their output ..."
_ITS = re.compile(r"\s*(?:Its|Their)\s+(?:[\w\-]+\s+)?(?:mines?|output|production|producers|miners|smelters|refiners|"
                  r"plants|share|exports|industry)\b")


def _tag_recipients(sent: Sent) -> None:
    text = sent.text
    demand = "demand" in text  # both "... demand" rules below need the word (case-sensitive)
    for m in sent.mentions:
        if m.type in ("Country", "Agency", "Firm") and _RECIPIENT_BEFORE.search(text, max(0, m.start - 30), m.start):
            if re.match(r"\s+with\b", text[m.end:]) or re.search(r"\b(?:suppl\w*|sell\w*|ship\w*|deliver\w*)\s+(?:the\s+)?$", text[max(0, m.start - 30):m.start], re.I):
                m.tags.add("recipient")
        if demand and m.type == "Country" and re.search(r"\bof\s+(?:\w+\s+){0,2}$", text[max(0, m.start - 30):m.start]) \
                and re.match(r"\s+(?:\w+\s+){0,2}demand\b", text[m.end:]):
            m.tags.add("recipient")
        if demand and m.type == "Country" and re.match(r"\s+(?:\w+\s+){0,2}demand\b", text[m.end:]):
            m.tags.add("recipient")


def _fact(kind: str, supplier: Mention, material: Mention, props: dict, sent: Sent) -> Fact:
    if kind == "auto":
        kind = "SUPPLIES" if supplier.type == "Country" else "PRODUCES"
    props = {k: v for k, v in props.items() if v is not None}
    if kind == "PRODUCES":
        props = {k: v for k, v in props.items() if k in ("status", "hedged", "capacity")}
    return Fact(kind, supplier.ref, material.ref, props, sent)


def _materials_after(mats, pos, end, limit=70):
    first = first_after([m for m in mats if m.end <= end], pos, limit)
    return first


_TONNAGE_AT = re.compile(r"\s+(?:" + _TONNAGE.pattern + ")", re.I)
_OF_GAP = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w\-]+\s+)?")
# what may follow rank wording whose material is left unsaid: "... are among the largest producers in the country."
_RANK_TAIL = re.compile(r"\s*(?:$|[.,;:]|(?:in|among|for|by|with|at|behind|ahead|after|before|last|this|since|until|globally|"
                        r"worldwide|and|but|while|followed)\b|of\s+(?:(?:the\s+)?(?:metal|mineral|material|element|commodity|ore)\b|"
                        r"it\b|them\b))", re.I)
# the words between a rank and its role noun: "the third-largest tin producer" names its material
_ROLE_WORDS = re.compile(r"(?:largest|biggest|top|leading|dominant|sole|main|major|only)[\s\-]+((?:[\w\-]+\s+){1,2})"
                         r"(?:producer|supplier|exporter|refiner|processor|miner|source|maker)s?\b", re.I)
_GENERIC_ROLE = frozenset("single global world world's primary industrial domestic western overseas foreign commercial "
                          "private state-owned listed independent".split())
_POSS_GAP = re.compile(r"['\u2019]s?\s+")
_COMMA_ASIDE = re.compile(r",\s[^,;]{3,90},\s+(?:(?:would|will|could|can|may|might|is|are|was|were|also|now|already|eventually|"
                          r"currently|still)\s+){0,3}$")
# an importer's share and its origin: "Japan gets 60% of its rare earths from China"
_GETS = re.compile(r"\b(?:gets?|got|getting|imports?|imported|importing|sources?|sourced|buys?|bought|obtains?|obtained|"
                   r"receives?|received)\b", re.I)
_FROM_ORIGIN = re.compile(r"\s+from\s+(?:the\s+)?$", re.I)
# a country with its share and the material left unsaid: "followed by Chile at 20.4%", "and Russia for about 13%"
_RUNNER_SHARE = re.compile(r"\b[A-Z][\w\-]*\s+(?:accounted\s+for|accounts\s+for|contributed|contributes|made\s+up|makes\s+up|"
                           r"took|takes|held|holds|was\s+at|at|for|with|on)\s+(?:(?:about|around|roughly|some|nearly|almost|just|over|"
                           r"under|close\s+to|an\s+estimated)\s+)*$")
# "Its share of the reported total was 36.7%", "a share of roughly 59.5%"
_SHARE_OF = re.compile(r"\bshare\s+of\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?(?:was|is|stood\s+at|of|at|came\s+to|reached)?\s*"
                       r"(?:(?:about|around|roughly|some|nearly|almost|just|over|under|close\s+to)\s+)*$", re.I)
_LEAD_LOW = re.compile(r"\b(?:among the|led the|leads the|tops? the|top spot|first place|round\w* out|source|largest|biggest|leading|top|remainder|the rest|next[- ](?:largest|biggest))\b")


# a firm or site described by its role: "Foo, one of China's largest producers,", "Bar, the antimony producer in Hunan",
# "Baz in Hanau is one of the continent's last large makers of sintered magnets", "A and B among the largest producers"
_ROLE_AFTER = re.compile(r"(?:\s+(?:in|of|from)\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)?"
                         r"(?:\s*,\s+|\s+(?:is|was|remains|became|has\s+become|is\s+now)\s+|\s+(?=among\s))"
                         r"(?:(?:one\s+of|among)\s+)?"
                         r"(?:(?:the\s+)?(?:[A-Z][\w\-]*|world|country|continent|region|nation|industry)['\u2019]s\s+|the\s+|its\s+)"
                         r"(?P<mid>(?:[\w\-]+\s+){0,5}?)"
                         r"(?P<role>producers?|makers?|miners?|refiners?|processors?|suppliers?|exporters?|manufacturers?)\b"
                         r"(?P<of>\s+of\s+(?:the\s+)?(?P<pron>metal|mineral|material|element|commodity|it\b)?)?")
# the role before the name: "The largest producer, China's CMOC, owns ..."
_ROLE_BEFORE = re.compile(r"\b(?:the\s+)?(?:world['\u2019]s\s+)?(?:largest|biggest|top|leading|main|dominant|No\.\s?1)\s+"
                          r"(?:[\w\-]+\s+){0,2}?(?:producer|miner|refiner|supplier|maker)s?,\s+"
                          r"(?:[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?['\u2019]s\s+)?$", re.I)
_ROLE_LOW = re.compile(r"producer|maker|miner|refiner|processor|supplier|exporter|manufacturer|smelter")
# words that only rank or describe a role, naming no material: "the other big domestic producer"
_RANK_WORDS = frozenset("largest biggest top leading main major dominant big other domestic global world's only sole few "
                        "last large remaining second-largest third-largest second third key principal primary "
                        "large-scale significant major important chief".split())
_RANKING = re.compile(r"\b(?:largest|biggest|top|leading|main|major|dominant|big|only|sole|second|third|principal|chief)\b", re.I)


# firms listed as examples of producers: "producers in Henan, such as A and B, ...", "the main producers are A, B and C"
_PRODUCERS_SUCH_AS = re.compile(r"\b(?P<mid>(?:[\w\-]+\s+){0,3}?)(?:producers|makers|miners|refiners|manufacturers|smelters)\b"
                                r"[^.;:()]{0,50}?(?:,\s*)?\b(?:such\s+as|including|like)\s+$"
                                r"|\b(?:main|largest|biggest|leading|top|major|principal)\s+(?P<mid2>(?:[\w\-]+\s+){0,2}?)"
                                r"(?:producers?|makers?|miners?|refiners?|manufacturers?)\s+(?:is|are|was|were|include|included)\s+$", re.I)


_RELATIVE_WORD = re.compile(r"\b(?:whose|which|who|that)\b")


# what may head a producing verb in -ing: "has begun making", "which is separating", "started separating"
_ING_HEAD = re.compile(r"\b(?:is|are|was|were|been|be|began|begun|begins|begin|start\w*|continu\w*|keeps?|kept|resum\w*|"
                       r"restart\w*|also|now|already|still|plans\s+to\s+start|after|by)\s+$", re.I)


_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$")


@lru_cache(maxsize=1)
def _ambiguous() -> frozenset:
    """Elements that are also everyday words ("tin", "lead"): a material only where the wording says so."""
    return frozenset(entities()["ambiguous_materials"])


def _carried(sent: Sent, doc: DocState, sent_targets: list) -> Mention | None:
    """The material a supply statement without one is about: this sentence's last, else the text's current one."""
    if sent_targets:
        return sent_targets[-1]
    return doc.current_material(sent.index)


def _its_subject(sent: Sent, doc: DocState) -> Mention | None:
    """Whom "Its mines ..." belongs to: the first country or firm of the sentence before (or the one before that)."""
    for back in (1, 2):
        for idx, m in doc.history:
            if idx == sent.index - back and m.type in ("Country", "Firm") and not (m.tags & {"cited", "locator", "paren"}):
                return m
    return None


def supply_facts(sent: Sent, doc: DocState) -> list[Fact]:
    """The SUPPLIES and PRODUCES facts of one sentence."""
    text = sent.text
    low = text.lower()
    passive_any = _PASSIVE_LOW.search(low)
    quantity = ("amounts" in low or "quantities" in low or "volumes" in low or "tonnages" in low) and bool(_QUANTITY_OBJECT.search(text))
    has_qty = ("ton" in low or "carat" in low) and bool(_TONNAGE_LOW.search(low))
    if not sent.of("Material") and not _ENTRY_LOW.search(low) and not passive_any and not _RANK.search(low) \
            and not quantity and not has_qty and not _LEAD_LOW.search(low) and not _ROLE_LOW.search(low):
        return []
    # which of the rule sections below can match at all: one look each at the lower-cased sentence
    has_share = "%" in text or "cent" in low or "pc" in low or bool(_FRACTION_LOW.search(low))
    has_dom = bool(_DOMINANCE_LOW.search(low))
    has_verb = bool(_C_VERBS_LOW.search(low))
    has_fac = any(m.type == "Facility" for m in sent.mentions)
    has_export = "export" in low
    has_role = bool(_ROLE_LOW.search(low))
    if not (has_share or has_dom or has_verb or passive_any or has_fac or has_export or has_qty or has_role):
        return []
    _tag_recipients(sent)
    out: list[Fact] = []
    done_pairs: set = set()
    hedged = is_hedged(text) or None
    when = tense(text)

    sent_supplier: list[Mention] = []
    sent_targets: list[Mention] = []
    verb_adjective = _VERB_ADJECTIVE

    def emit(kind, sup, mat, props, lead=True):
        sent_supplier.append(sup)
        key = (sup.ref, mat.ref, props.get("share"))
        if key in done_pairs or sup.ref == mat.ref:
            return
        if props.get("share") is None and any(k[:2] == key[:2] for k in done_pairs):
            return  # a plainer statement of a pair already read with its share
        done_pairs.add(key)
        sent_targets.append(mat)
        out.append(_fact(kind, sup, mat, props, sent))
        if lead and all(f.source == sup.ref for f in out):
            doc.last_supplier = sup  # the sentence's leader: a runner-up is not who "the top producer" later means
        if mat.type == "Material":
            doc.supply_material = (sent.index, mat)

    rank_targets: list[Mention] = []
    for a, b in sent.clauses:
        clause = text[a:b]
        sups = sent.of(SUPPLIERS, a, b, skip=_SKIP)
        mats = sent.of("Material", a, b, skip=("recipient",))
        pronouns = [m for m in sent.of("Pronoun", a, b)]
        shares = find_shares(clause) if has_share else []
        shares = [s._replace(start=s.start + a, end=s.end + a) for s in shares]
        shares = [s for s in shares if not pattern("supplies", "not_a_share").search(text[max(0, s.start - 25):s.start])
                  and not pattern("supplies", "not_a_share_after").match(text[s.end:s.end + 40])]
        # A. a stated share
        for i, s in enumerate(shares):
            nxt = shares[i + 1].start if i + 1 < len(shares) else b
            targets = []
            first = _materials_after(mats, s.end, nxt)
            if first is not None:
                targets = [x for x in sent.list_at(first) if x.start < nxt]
            else:
                # "Indonesia, where cobalt is recovered from nickel ore, has a tenth": not the feedstock after "from"
                near = nearest_before([m for m in mats if not _FROM_BEFORE.search(text, max(0, m.start - 12), m.start)],
                                      s.start) or nearest_before(mats, s.start)
                if near is not None:
                    targets = [near]
            if not targets:
                ind = _INDUSTRY_MARKET.match(text[s.end:nxt])
                if ind:
                    targets = [Mention("Industry", ind.group(1).lower(), s.end, s.end, ind.group(1))]
            elided = nearest_before(sups, s.start) if not targets and sent_targets else None
            if elided is not None and _ELIDED_GAP.fullmatch(text, elided.end, s.start) and not _OF_AFTER.match(text, s.end):
                targets = [sent_targets[-1]]  # "A supplied a fifth, and B roughly 17 per cent": the verb and object elided
            if not targets and pattern("supplies", "produce_passive").search(clause):
                topic = doc.topic(sent.index)
                if topic is not None:
                    targets = [topic]
            if not targets and not mats and not _OFF_TOPIC.search(clause) and (
                    _RUNNER_SHARE.search(text, max(a, s.start - 40), s.start)
                    or _SHARE_OF.search(text, max(a, s.start - 60), s.start)):
                carried = _carried(sent, doc, sent_targets)  # "followed by Chile at 20%", "Russia for about 13%"
                targets = [carried] if carried is not None else []
            if not targets and _WORLD_SCOPE.match(text, s.end) and not _OFF_TOPIC.search(clause):
                carried = _carried(sent, doc, sent_targets)  # "China mined 60% of the world total": of what was named
                targets = [carried] if carried is not None else []
            if not targets:
                continue
            supplier = nearest_before(sups, s.start)
            if supplier is None and _ITS.match(text, a) and _ITS.match(text, a).end() <= s.start:
                supplier = _its_subject(sent, doc)  # "Its share of the total was 37%, followed by Chile ...": not Chile
            if supplier is None:
                after = [x for x in sups if x.start >= s.end and re.search(
                    r"\b(?:in|by|from)\s+(?:the\s+)?(?:\w+\s+)?$", text[max(a, x.start - 20):x.start])]
                supplier = after[0] if after else None
            if supplier is None:
                # the description or pronoun nearest before the share: "says the mine could meet 35%"
                for p in reversed([p for p in pronouns if p.end <= s.start and s.start - p.end < 40]):
                    supplier = resolve(p, sent, doc, SUPPLIERS)
                    if supplier is not None:
                        break
            if supplier is None:
                for p in pronouns:
                    if p.start - a < 25:
                        supplier = resolve(p, sent, doc, SUPPLIERS)
                if supplier is None and re.match(r"\s*(?:This|These|That|Together,\s+they)\b", clause):
                    supplier = doc.last_supplier
            if supplier is None and _ITS.match(text, a):
                supplier = _its_subject(sent, doc)  # "Its mines yielded four-fifths of ...": the last sentence's subject
            if supplier is None and sent_supplier:
                supplier = sent_supplier[-1]  # "X refines 98% of A ..., and two-thirds of B": one subject
            if supplier is None:
                continue
            importer = None
            if _GETS.search(text, supplier.end, s.start) and "from" in clause:
                origin = [x for x in sent.of(("Country", "Firm"), s.end, b, skip=("cited", "locator"))
                          if _FROM_ORIGIN.search(text, max(s.end, x.start - 12), x.start)]
                if origin:  # the share is the importer's: the supplier is where it comes from
                    importer, supplier = supplier, origin[0]
            window = text[max(a, s.start - 30):nxt]
            after_text = text[s.end:min(b, s.end + 120)]
            if pattern("supplies", "demand_share").search(after_text):
                basis = "demand_coverage"
            elif pattern("supplies", "output_share").search(after_text):
                basis = "supplier_output_share"
            elif re.search(r"\bimports?\b|\bcome\s+from\b|\bcomes\s+from\b", window, re.I):
                basis = "import_share"
            else:
                basis = "market_share"
            recipients = [importer] if importer is not None else [x for x in sent.mentions if "recipient" in x.tags]
            if importer is not None:
                basis = "import_share"
            props = {"share": s.value, "share_text": s.text, "share_basis": basis,
                     "stage": stage_of(window) or stage_of(text[a:s.start])
                     or ("imports" if basis == "import_share" else None),
                     "recipient": recipients[0].name if recipients else None,
                     "tense": when, "hedged": hedged}
            if s.qualifier:
                props["share_note"] = s.qualifier
            for t in targets:
                emit("SUPPLIES", supplier, t, props)
        # B. dominance wording
        for d in (pattern("supplies", "dominance").finditer(clause) if has_dom else ()):
            ds, de = d.start() + a, d.end() + a
            if any(s.start <= ds <= s.end + 40 for s in shares):
                continue
            word = d.group(0).lower()
            if "concentrated" in word:
                first = first_after(sent.of("Country", a, b, skip=("cited", "paren")), de, 40)
                near = nearest_before(mats, ds)
                if first is None or near is None:
                    continue
                for c in sent.list_at(first):
                    for mtl in sent.list_at(near):
                        emit("SUPPLIES", c, mtl, {"qualifier": "concentrated", "stage": "resources"})
                continue
            supplier = nearest_before([x for x in sups if "relative" not in x.tags], ds)
            if supplier is not None and supplier.type == "Country" and _POSS_RANK.match(text[supplier.end:ds] + word):
                continue  # "Congo's largest producer": a rank inside one country, said of someone else
            if _OUTSIDE.match(text, de):
                continue  # "the largest producer outside China": not a world position
            if supplier is None:
                for p in pronouns:
                    if p.start < ds:
                        supplier = resolve(p, sent, doc, SUPPLIERS)
            if supplier is None and "small amounts" in word:
                passive = pattern("supplies", "produce_passive").search(clause)
                if passive:
                    first = first_after(sups, passive.end() + a, 30)
                    if first is not None:
                        mtl = _materials_after(mats, de, b, 40)
                        for c in sent.list_at(first):
                            if mtl is not None:
                                emit("SUPPLIES", c, mtl, {"qualifier": "small amounts", "stage": "production"})
                continue
            if supplier is None:
                continue
            dmats = [m for m in mats if "relative" not in m.tags]
            first = _materials_after(dmats, de, b, 80)
            targets = sent.list_at(first) if first is not None else []
            if not targets:
                near = nearest_before([m for m in dmats if m.start > supplier.start], ds)
                if near is None:
                    near = nearest_before(dmats, ds, 60) or (sent.of("Material")[:1] or [None])[0]
                if near is None and (_RANK.search(word) or _RANK_TAIL.match(text, de)) and not _OFF_TOPIC.search(clause):
                    role = _ROLE_WORDS.search(word)
                    said = [w for w in role.group(1).lower().split() if w not in _GENERIC_ROLE] if role else []
                    if not said:
                        near = _carried(sent, doc, sent_targets)  # "Vietnam is a distant second.": the material just discussed
                    elif len(said) == 1 and said[0] in _ambiguous():
                        near = Mention("Material", said[0], ds + role.start(1), ds + role.start(1) + len(said[0]), said[0])
                targets = [near] if near is not None else []
            suppliers = [supplier]
            if supplier in sent.mentions and supplier.type in ("Country", "Firm") and _RANK.search(word) is None:
                suppliers = [x for x in sent.list_at(supplier)
                             if x.end <= supplier.end and not (x.tags & set(_SKIP))] or [supplier]
            props = {"qualifier": word, "stage": stage_of(clause[d.start():d.start() + 80]), "tense": when,
                     "hedged": hedged}
            for sup in suppliers:
                for t in targets:
                    emit("SUPPLIES", sup, t, props, lead=_RANK.search(word) is None)
            if targets:
                rank_targets[:] = targets
                # "the biggest producer of X, ahead of Peru and Chile": the runners-up supply it too
                ahead = _AHEAD.search(text, de, b)
                first_c = first_after(sent.of("Country", a, b, skip=_SKIP), ahead.end(), 3) if ahead else None
                for c in (sent.list_at(first_c) if first_c is not None else []):
                    for t in targets:
                        emit("SUPPLIES", c, t, {"qualifier": "runner-up", "stage": props["stage"], "tense": when}, lead=False)
        # "Tajikistan ranks second among producers and Russia third": an elliptical rank
        if rank_targets or sent_targets:
            for c in sent.of(("Country", "Firm"), a, b, skip=_SKIP):
                if _BARE_RANK.match(text, c.end):
                    for t in (rank_targets or sent_targets[-1:]):
                        emit("SUPPLIES", c, t, {"qualifier": _BARE_RANK.match(text, c.end).group(1).lower()}, lead=False)
        # C. producing verbs, active voice
        appositives = None
        for v in (_C_VERBS.finditer(clause) if has_verb else ()):
            vs, ve = v.start() + a, v.end() + a
            if re.match(r"\s+(?:in|by|from|at|when|with|as|to)\b", text[ve:ve + 6]) and v.group(0).lower().endswith("ed") \
                    and re.search(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+\s+)?$", text[max(a, vs - 20):vs]):
                continue  # passive: handled below
            if any(abs(s.start - ve) < 30 for s in shares):
                continue
            if _NOUN_BEFORE.search(text, max(a, vs - 12), vs):
                continue  # "a ban on the export of", "its supply of": a noun, not a verb with a subject
            if any(f.start <= vs < f.end for f in sups if f.type == "Facility"):
                continue  # "the Kestrel mine": part of a name, not the verb
            if _OF_AFTER.match(text, ve) and v.group(0).lower() in _NOUN_FORMS:
                continue  # "saying exports of X would ...": a noun phrase
            if _PURPOSE.search(text, max(a, vs - 20), vs):
                continue  # "the equipment used to make them": a purpose, not a producer
            if _NEGATED_OBJECT.match(text, ve):
                continue  # "has produced no gallium since 1987"
            if has_qty:
                q = _TONNAGE_AT.match(text, ve)
                if q is not None and not (_OF_GAP.match(text, q.end()) and first_after(mats, q.end(), 25)):
                    continue  # "produced 28,000 tonnes as a by-product of its nickel industry": the quantity rule reads it
            if v.group(0).endswith("ed") and verb_adjective.search(text, max(a, vs - 14), vs):
                continue  # "supplying separated dysprosium": an adjective, not the verb
            if v.group(0).lower() in ("making", "separating") and not _ING_HEAD.search(text, max(a, vs - 24), vs):
                continue  # "furnaces making pig iron", "making sure": only "began making", "which is separating"
            if appositives is None:
                appositives = [(m.start(), m.end()) for m in _APPOSITIVE.finditer(text, a, b)] \
                    if (", a " in clause or ", an " in clause) else []
            aside = [(p, q) for p, q in appositives if not p <= vs < q]
            cands = [x for x in sups if not (x.type == "Facility" and re.search(
                r",\s+(?:the\s+)?$", text[max(0, x.start - 6):x.start])) and not any(p <= x.start < q for p, q in aside)]
            owners = {x.start for x in cands if x.type == "Firm" and any(
                f.type == "Facility" and _POSS_GAP.fullmatch(text, x.end, f.start) for f in sups)}
            cands = [x for x in cands if x.start not in owners]  # "Acme's Ridge mine would produce": the mine does
            subject = nearest_before(cands, vs, 45 + sum(q - p for p, q in aside if p < vs))
            if subject is None and "," in text[a:vs]:
                comma = _COMMA_ASIDE.search(text, max(a, vs - 140), vs)
                if comma is not None:  # "X, in the hills north of Y, would produce": past the aside
                    subject = nearest_before(cands, comma.start(), 45)
            if subject is None:
                firsts = [m for m in sent.mentions if m.start >= a and m.type not in ("Pronoun",)]
                if firsts and firsts[0].type in ("Firm", "Country", "Facility") and firsts[0].start - a < 40 \
                        and not (firsts[0].tags & set(_SKIP)):
                    subject = firsts[0]
            if subject is None:
                for p in pronouns:
                    if p.start < vs and vs - p.end < 40:
                        subject = resolve(p, sent, doc, ("Firm", "Country", "Facility"))
            if subject is None:
                continue
            if subject.type == "Country":
                host = nearest_before([x for x in cands if x.type in ("Facility", "Firm")], subject.start, 6)
                if host is not None and re.fullmatch(r"\s+in\s+(?:the\s+)?", text[host.end:subject.start]):
                    subject = host  # "the Foo plant in France, which can separate ...": the plant, not its place
            subjects = [subject]
            if subject in sent.mentions and subject.type in ("Country", "Firm"):
                # "Japan, South Korea and Russia refine ...": the whole coordinated subject
                subjects = [x for x in sent.list_at(subject)
                            if x.end <= subject.end and not (x.tags & set(_SKIP))] or [subject]
            gap = text[subject.end:vs]
            if pattern("supplies", "negation").search(gap) or re.search(r"\bno\s+\w*\s*$", gap):
                continue
            obj = _OBJECT_PRONOUN.match(text, ve)
            if obj is None and _QUANTITY_OBJECT.match(text, ve) and not _materials_after(mats, ve, b, 60):
                obj = _QUANTITY_OBJECT.match(text, ve)  # "produce only token amounts": of the material discussed
            if obj:
                # "recovers the metal from zinc concentrate": the material named earlier
                t = nearest_before([m for m in sent.of("Material") if "relative" not in m.tags], vs) \
                    or doc.topic(sent.index, 3) or doc.last("Material", sent.index)
                targets = [t] if t is not None else []
            else:
                first = _materials_after(mats, ve, b, 60)
                targets = sent.list_at(first) if first is not None else []
            if not targets:
                continue
            verb = v.group(0).lower()
            supply_verb = bool(_SUPPLY_VERB.match(verb))
            kind = "SUPPLIES" if subject.type == "Country" or supply_verb else "PRODUCES"
            stage = "exports" if verb.startswith("export") or verb.startswith("ship") else stage_of(verb)
            is_future = when == "future" or verb.startswith(("restart", "resume"))
            props = {"stage": stage or "production", "tense": "future" if is_future and kind == "SUPPLIES" else when,
                     "hedged": hedged, "status": "planned" if is_future else "operating"}
            if kind == "SUPPLIES":
                props.pop("status")
            last = max(targets, key=lambda x: x.end)
            at = [f for f in sent.of("Facility", last.end, b, skip=()) if f.start - last.end < 40
                  and _AT_FACILITY.search(text, last.end, f.start)]
            if at and not supply_verb:
                # "... separated oxide in May at its Kuantan plant": the plant too; "at its A and B mines": both
                subjects = subjects + (sent.list_at(at[0]) if at[0] in sent.mentions else at[:1])
            for sub in subjects:
                kind = "SUPPLIES" if sub.type == "Country" or supply_verb else "PRODUCES"
                p = props if kind == "SUPPLIES" else {**props, "status": "planned" if is_future else "operating"}
                if kind == "SUPPLIES":
                    p = {k: v for k, v in p.items() if k != "status"}
                for t in targets:
                    if sub.type == "Facility" or t.type == "Material":
                        emit(kind, sub, t, p)
        # D. passive origin: "is produced in China", "coming from Canada", "produced at the X mine"
        for p in (pattern("supplies", "produce_passive").finditer(clause) if passive_any else ()):
            ps, pe = p.start() + a, p.end() + a
            first = first_after(sent.of(("Country", "Firm", "Facility"), a, b, skip=("cited", "locator")), pe, 25)
            if first is None:
                continue
            near = nearest_before(mats, ps, 120)
            if near is None and not _OFF_TOPIC.search(clause):
                near = _carried(sent, doc, sent_targets)  # "smelters process much of the ore mined in Myanmar"
            if near is None:
                continue
            qual = "small amounts" if re.search(r"small amounts", clause, re.I) else None
            for c in sent.list_at(first):
                for mtl in (sent.list_at(near) if near in sent.mentions else [near]):
                    props = {"stage": stage_of(p.group(0)) or "production", "qualifier": qual,
                             "tense": when, "hedged": hedged}
                    emit("SUPPLIES" if c.type == "Country" else "PRODUCES", c, mtl, props)
        for fac in (sent.of("Facility", a, b, skip=()) if has_fac else ()):
            ex = _EXTRACT_FROM.search(text, max(0, fac.start - 60), fac.start)
            if ex and not _PASSIVE_AT.search(text, max(0, fac.start - 30), fac.start):
                inside = [x for x in mats if ex.start() <= x.start < fac.start]
                near = inside[0] if inside else (nearest_before(sent.of("Material"), ex.start(), 120)
                                                 if re.search(r"\b(?:the\s+material|it|them)\b", ex.group(0)) else None)
                if near is not None:
                    emit("PRODUCES", fac, near, {"status": "operating"})
                continue
            if _PASSIVE_AT.search(text, max(0, fac.start - 30), fac.start):
                near = nearest_before(mats, fac.start, 80)
                if near is not None:
                    for mtl in sent.list_at(near):
                        emit("PRODUCES", fac, mtl, {"status": "planned" if when == "future" else "operating"})
        # E. "Chinese exports of antimony", "China's gallium exports"
        for c in (sent.of("Country", a, b, skip=("cited", "locator", "paren")) if has_export else ()):
            m = re.match(r"(?:['\u2019]s)?\s+exports?\s+of\s+", text[c.end:])
            if m:
                mtl = first_after(mats, c.end + m.end(), 25)
                if mtl is not None:
                    emit("SUPPLIES", c, mtl, {"stage": "exports"})
        # F. a facility named with what it makes: "the only rare earth mine ..., the Mountain Pass Mine",
        # "the X mine in Nevada, the only lithium mine in the US", "is building a rare earth refinery at Y"
        for fac in (sent.of("Facility", a, b, skip=()) if has_fac else ()):
            ap = _FACILITY_APPOSITIVE.match(text, fac.end)
            inside = [x for x in mats if fac.start <= x.start and x.end <= (ap.end() if ap else fac.end)
                      and x.start >= fac.start]
            if inside and (ap or re.search(r"\b(?:mine|refinery|smelter|plant|factory)\b", fac.text, re.I)):
                status = "planned" if when == "future" or re.search(
                    r"\b(?:build\w*|construct\w*|develop\w*|planned|proposed|due\s+to)\b", clause, re.I) else "operating"
                for mtl in inside[:1]:
                    emit("PRODUCES", fac, mtl, {"status": status})
            m = re.search(r"\b((?:[\w\-]+\s+){1,3})(mine|refinery|smelter|plant)\s+(?:in\s+(?:the\s+)?[\w\s.]+?)?,\s+(?:the\s+)?$",
                          text[max(a, fac.start - 90):fac.start], re.I)
            if m:
                near = [x for x in mats if fac.start - 90 <= x.start < fac.start]
                for mtl in near[:1]:
                    emit("PRODUCES", fac, mtl, {"status": "operating"})
        # G. a production quantity: "Russia made around 6 tonnes", "a fraction of China's 270,000 tonnes"
        for q in (_TONNAGE.finditer(text, a, b) if has_qty else ()):
            qs, qe = q.start(), q.end()
            verb = _QTY_VERB.search(text, max(a, qs - 30), qs)
            if verb is None:
                c = nearest_before(sent.of("Country", a, b, skip=_SKIP), qs, 4)
                if c is None or not _POSS_TONNAGE.match(text, c.end):
                    continue
                subjects = [c]
            else:
                vs = verb.start()
                subject = nearest_before([x for x in sups if "relative" not in x.tags], vs, 80)
                if subject is None and _ITS.match(text, a):
                    subject = _its_subject(sent, doc)
                if subject is None:
                    for p in pronouns:
                        if p.start < vs and vs - p.end < 40:
                            subject = resolve(p, sent, doc, SUPPLIERS)
                if subject is None or pattern("supplies", "negation").search(text, subject.end, vs):
                    continue
                subjects = [subject]
                if subject in sent.mentions and subject.type in ("Country", "Firm"):
                    subjects = [x for x in sent.list_at(subject)
                                if x.end <= subject.end and not (x.tags & set(_SKIP))] or [subject]
            of = _OF_GAP.match(text, qe)
            named = first_after(mats, qe, 25) if of else None
            if named is not None:
                targets = sent.list_at(named)
            elif _OFF_TOPIC.search(clause):
                continue
            else:
                t = _carried(sent, doc, sent_targets) if sent_targets else (
                    nearest_before([m for m in sent.of("Material") if "relative" not in m.tags], qs)
                    or doc.current_material(sent.index))
                targets = [t] if t is not None else []
            stage = stage_of(verb.group(0)) if verb is not None else None
            for sub in subjects:
                for t in targets:
                    props = {"quantity": q.group(0), "stage": stage or "production", "tense": when, "hedged": hedged}
                    if sub.type != "Country":
                        props["status"] = "planned" if when == "future" else "operating"
                    emit("auto", sub, t, props)
    # H. the runners-up after a leader: "..., followed by Chile and China", "far ahead of Indonesia"
    if sent_targets and ("by" in text or "ahead" in text or "behind" in text):
        for x in sent.of(("Country", "Firm"), skip=_SKIP):
            if _FOLLOWED.search(text, max(0, x.start - 40), x.start):
                for y in sent.list_at(x):
                    if y.start >= x.start and not (y.tags & set(_SKIP)):
                        emit("SUPPLIES", y, sent_targets[-1], {"qualifier": "runner-up", "tense": when}, lead=False)
    # I. a firm or site described by its role: "Foo, one of China's largest producers, ..."
    for x in (sent.of(("Firm", "Facility"), skip=_SKIP) if has_role else ()):
        r = _ROLE_AFTER.match(text, x.end)
        if r is None:
            if _ROLE_BEFORE.search(text, max(0, x.start - 70), x.start):
                t = _carried(sent, doc, sent_targets)
                if t is not None and t.type == "Material":
                    emit("SUPPLIES", x, t, {"qualifier": "largest producer", "tense": when}, lead=False)
            continue
        mid_mats = [m for m in sent.of("Material") if r.start("mid") <= m.start and m.end <= r.start("role")]
        words = r.group("mid").lower().split()
        if mid_mats:
            targets = sent.list_at(mid_mats[0])
        elif r.group("of") and r.group("pron") is None:
            first = first_after(sent.of("Material"), r.end(), 3)
            targets = sent.list_at(first) if first is not None else []
        elif all(w in _RANK_WORDS for w in words):
            t = _carried(sent, doc, sent_targets)
            targets = [t] if t is not None and t.type == "Material" else []
        else:
            targets = []
        ranked = bool(_RANKING.search(r.group("mid")))
        subjects = [y for y in sent.list_at(x) if y.end <= x.end and not (y.tags & set(_SKIP))] or [x]
        for sub in subjects:
            for t in targets:
                if ranked:
                    emit("SUPPLIES", sub, t, {"qualifier": r.group(0).strip(" ,"), "tense": when}, lead=False)
                else:
                    emit("PRODUCES", sub, t, {"status": "operating"}, lead=False)
    # J. firms named as examples of producers: "producers such as A and B turn out ...", "the main producers are A and B"
    firms = sent.of("Firm", skip=_SKIP) if has_role else []
    done_lists: set = set()
    for x in firms:
        if x.start in done_lists:
            continue
        r = _PRODUCERS_SUCH_AS.search(text, max(0, x.start - 110), x.start)
        if r is None:
            continue
        members = [x]
        for y in sent.list_at(x):
            if y.start > members[-1].start and not (y.tags & set(_SKIP)):
                if _RELATIVE_WORD.search(text, members[-1].end, y.start):
                    break  # "A, whose parent company B ...": B is not listed
                members.append(y)
        done_lists.update(y.start for y in members)
        end = max(y.end for y in members)
        named = [m for m in sent.of("Material") if r.start() <= m.start < r.end()] \
            or [m for m in sent.of("Material") if m.start >= end and "relative" not in m.tags][:1]
        if any(p.end <= r.start() for p in sent.of("Pronoun")):
            named = []  # "Much of it is recovered at zinc smelters such as A": the material discussed, not their ore
        targets = sent.list_at(named[0]) if named else []
        if not targets:
            t = _carried(sent, doc, sent_targets)
            targets = [t] if t is not None and t.type == "Material" else []
        for y in members:
            for t in targets:
                emit("PRODUCES", y, t, {"status": "operating"}, lead=False)
    return out
