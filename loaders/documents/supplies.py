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
>>> run("Korea buys most of its graphite from China.")[0][:3]
('SUPPLIES', 'China', 'graphite')
>>> run("Acme Metals Corp will expand its production of cobalt sulphate at its Kokkola plant.")
[('PRODUCES', 'Kokkola plant', 'cobalt sulphate', None, None), ('PRODUCES', 'Acme Metals', 'cobalt sulphate', None, None)]
"""

from __future__ import annotations

import re
from functools import lru_cache

from graph.names import is_element, material_name

from .context import DocState, Fact, Sent
from .data import entities, lower_pattern, pattern
from .hedging import is_hedged, tense
from .helpers import DESCRIBED_HEAD, described_material, first_after, nearest_before, resolve, stage_of
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
                                  r"deposits?|operations?|projects?|sources?|suppliers?)\b")
# an indefinite appositive: "X, a joint venture between A and B, runs ...": A and B are not the subject
_APPOSITIVE = re.compile(r",\s+(?:a|an)\s+[^,;]{0,90}?\b(?:venture|JV|unit|subsidiary|vehicle|company|firm|start-?up|"
                         r"miner|producer|group|maker|partnership|consortium|affiliate)\b[^,;]*,")
# "The company separated its first oxide ... at its plant": the plant makes it too
_AT_FACILITY = re.compile(r"\s+(?:(?:in|on)\s+(?:[\w\-]+\s+){1,2}?)?at\s+(?:its\s+|their\s+|the\s+(?:company['\u2019]s\s+)?)?$")
_C_VERBS = re.compile(r"\b(?:produces?|produced|producing|makes|make|made|making|separat(?:es?|ed|ing)|mines?|mined|refines?|refined|extracts?|extracted|extracting|smelts?|smelted|manufactures?|manufactured|supplies|supplied|supply|supplying|exports?|exported|ships?|shipped|shipping|sells|sold|selling|sends|restarts?|restart|restarted|resumes?|resume|resumed|recovers?|recovered|recovering|refining|smelting|processes|separates|separated|recycles|recycled|turns?\s+out|churns?\s+out|puts?\s+out|(?:turn(?:s|ed|ing)?|convert(?:s|ed|ing)?|transform(?:s|ed|ing)?|"
                      r"upgrad(?:es?|ed|ing))(?=\s+(?:[\w\-]+\s+){0,5}?into\b)|process(?=\s+(?:[\w\-,.]+\s+){0,10}?into\b))\b"
                      r"(?![\s\-]+(?:chains?|curbs?|controls?|restrictions?|bans?|licen[cs]\w*|permits?|approvals?|quotas?|security|risks?|shortages?|disruptions?|deficits?|duties|tariffs?|rules?|regimes?)\b)", re.I)
# a material and the site it comes out of: "recovers germanium at its Foo smelter", "supplies the concentrate from its
# Foo mine", "buys cobalt from the Foo mine"
_EXTRACT_FROM = re.compile(r"\b(?:extract\w*|produc\w*|min(?:ed|ing)|refin\w*|process\w*|recover\w*|smelt\w*|suppl\w+|"
                           r"deliver\w*|ship\w*|sell\w*|sold|export\w*|sends?|sent|buy\w*|bought|import\w*|sourc\w*)"
                           r"\s+(?:[\w\-]+\s+){0,3}?(?:from|at)\s+(?:its\s+|the\s+|their\s+)?$", re.I)
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
_AND_RANK = re.compile(r"\s+and\s+(?:a\s+)?(?:distant\s+|close\s+)?(?:second|third|fourth|fifth|sixth)\b", re.I)
_BARE_RANK = re.compile(r"\s+(?:(?:in|was|is|came|comes|ranked|ranking|ranks|placed|at)\s+)?(?:a\s+)?(?:distant\s+|close\s+)?"
                        r"(second|third|fourth|fifth)\b(?:\s+place)?(?=\s*(?:[.,;]|$|and\b|with\b|at\b|behind\b|among\b|on\b))", re.I)
_PURPOSE = re.compile(r"\b(?:used|needed|required|designed|able|tools?|equipment|machines?|technolog(?:y|ies)|licen[cs]es?|permits?|"
                      r"permission|approvals?|allowed|permitted)\s+(?:to|for)\s+$", re.I)
_OF_AFTER = re.compile(r"\s+of\b")
_NOUN_FORMS = frozenset(("exports", "export", "supplies", "supply", "ships"))
_NEGATED_OBJECT = re.compile(r"\s+(?:no|none|nothing|little|neither)\b", re.I)
_ELIDED_GAP = re.compile(r"\s+(?:(?:was|is|came|comes|ranked|ranks|ranking)\s+)?(?:a\s+)?(?:(?:distant|close)\s+)?"
                         r"(?:(?:second|third|fourth|fifth)\s+)?(?:(?:at|with|on)\s+)?"
                         r"(?:(?:contributed|accounted\s+for|made\s+up|produced|mined|refined|supplied|held|had|took|managed)\s+)?"
                         r"(?:(?:about|roughly|around|nearly|almost|some|just|over|under|another|a\s+further|just\s+over)\s+)?")
_QUANTITY_OBJECT = re.compile(r"\s+(?:only\s+)?(?:small|smaller|token|tiny|negligible|modest|limited)\s+(?:amounts|quantities|volumes|tonnages)\b", re.I)
# a part of the subject's own output as the object: "exports most of its ore", "sells the bulk of their production"
_PART_OBJECT = re.compile(r"\s+(?:(?:most|much|all|some|part|half|nearly\s+all|almost\s+all|the\s+bulk|(?:the\s+)?(?:great|vast|"
                          r"overwhelming)\s+majority|a\s+(?:large|big|growing|major)\s+(?:part|share|portion))\s+of\s+)?(?:its|their)"
                          r"\s+(?:(?:own|raw|unprocessed|mined|laterite|annual|entire|[\w\-]+-rock)\s+)?(?:output|production|"
                          r"(?P<raw>ores?|concentrates?))\b", re.I)
# a second verb sharing the first one's subject: "mines manganese in the Kalahari and will supply"
_ELIDED_AND = re.compile(r"[^,;]{0,80}?\s+and\s+(?:(?:will|would|also|now|then|can|could|has|have|had|is|are|was|were|still|"
                         r"plans\s+to|expects\s+to|intends\s+to)\s+)*$")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|from|across|around)\s+(?:the\s+)?(?:[\w\-\u2019']+\s+){0,3}$")
_RATHER_THAN = re.compile(r"\b(?:rather\s+than|instead\s+of)\s+$")
_RAW_OBJECT = re.compile(r"\s+(?:the\s+)?(?:(?:raw|mined|unprocessed|run-of-mine)\s+)?(?P<raw>ores?|concentrates?)\b"
                         r"(?!\s+(?:of|from)\b)", re.I)
_OWN_OUTPUT = re.compile(_PART_OBJECT.pattern.replace(r"\s+(?:(?:most", r"\s*(?:(?:most", 1), re.I)
_RELATIVE_CUT = re.compile(r",\s+(?:where|which|who|whose|when)\b")
# a country's adjective naming where goods come from, the goods, and their leaving: "Congolese cobalt is shipped to"
_DEMONYM_END = re.compile(r"(?:an|ese|ish|ch|ic|i)$")
_ORIGIN_GAP = re.compile(r"\s+(?:(?:raw|unprocessed|mined|refined|primary|crude|hard-rock|[a-z]+-grade)\s+)?")
_ORIGIN_OUTPUT = re.compile(r"\s+(?:(?:mine|mined|mining|raw)\s+)?(?:output|production|(?P<raw>ores?|concentrates?))\b", re.I)
_ORIGIN_SHIP = re.compile(r"(?:\s+(?:[\w\-]+\s+){0,6}?)?\s*(?:(?:is|are|was|were|gets?|got|being|been|has\s+been|have\s+been)\s+"
                          r"(?:(?:still|mostly|mainly|largely|now|usually|typically|then)\s+)?(?:shipped|exported|sent|sold|trucked|"
                          r"railed|shipped\s+out)|(?:leaves?|left|leaving|heads?|headed|goes|go|went|flows?|flowed|ends?\s+up|ended\s+up)\b"
                          r"|bound\s+for)\b", re.I)
_ORIGIN_SHARE = re.compile(r"\b(?:most|much|the\s+bulk|(?:the\s+)?(?:great|vast|overwhelming)\s+majority|nearly\s+all|almost\s+all|"
                           r"virtually\s+all)(?:\s+of)?(?:\s+the)?\s*$", re.I)
# a buyer's verb before the goods and their origin ("imports X from Y"), or a dependence ("relies on Y for X")
_ORIGIN_VERB = re.compile(r"\b(?:(?:import(?:s|ed|ing)?|sourc(?:es?|ed|ing)|buy(?:s|ing)?|bought|purchas(?:es?|ed|ing)|obtain(?:s|ed|ing)?|"
                          r"receiv(?:es?|ed|ing))(?=\s)|(?P<rely>(?:rel(?:y|ies|ied|ying)|depend(?:s|ed|ing)?|dependent|reliant)\s+"
                          r"(?:(?:heavily|largely|mostly|mainly|still|almost\s+entirely|entirely|overwhelmingly)\s+)?(?:up)?on\s+(?:the\s+)?))",
                          re.I)
_ORIGIN_FROM = re.compile(r"\bfrom\s+(?:the\s+|neighbouring\s+|neighboring\s+)?(?=[A-Z])")
_POSS_OWNER = re.compile(r"['\u2019]s?\s+(?:[\w\-]+\s+){0,2}?$")
_RELY_FOR = re.compile(r"(?:\s+(?:[\w\-]+\s+)?(?:suppliers|producers|refiners|processors|mines|miners|smelters|companies|firms|"
                       r"exporters|sources|imports|shipments|supply|supplies|output|production))?\s+for\s+(?:(?:most|much|all|nearly\s+all|almost\s+all|the\s+bulk|(?:about|around|over|more\s+than|some)?\s*"
                       r"\d[\d.]*\s*(?:%|per\s*cent|percent)|half|(?:a|one|two)[\s\-](?:third|quarter|fifth)s?)\s+of\s+)?"
                       r"(?:(?:its|their|the|his)\s+)?(?:[\w\-]+\s+){0,1}?")
_ORIGIN_LOW = re.compile(r"import|sourc|buy|bought|purchas|obtain|receiv|rel(?:y|ie|ian)|depend")
# a production noun after a verb of starting or growing it, a possessive, or "capacity": what section K reads
_NOMINAL = re.compile(r"\b(?P<gov>start\w*|began|begin\w*|begun|restart\w*|resum\w*|expand\w*|ramp\w*\s+up|increas\w*|"
                      r"boost\w*|doubl\w*|tripl\w*|rais\w*|scal\w*\s+up|launch\w*|commenc\w*|achiev\w*|halt\w*|suspend\w*|"
                      r"contemplat\w*|target\w*|add\w*|lift\w*|initiat\w*|kick\w*\s+off|plan\w*|grow\w*|resum\w*|cut\w*|"
                      r"ramp\w*)\s+(?:(?:its|their|the|his|her|a|an)\s+)?(?:[\w\-]+\s+){0,3}?"
                      r"(?P<noun>production|output|separation|refining|processing|manufacturing)\b"
                      r"|(?:['\u2019]s|\bits|\btheir)\s+(?:[\w\-]+\s+)?(?P<noun2>production|output)(?=\s+of\b)"
                      r"|\b(?P<cap>capacity)\b", re.I)
_NOMINAL_OF = re.compile(r"\s+(?:of|for)\s+(?:(?:up\s+to|about|around|roughly|some|nearly|over|more\s+than)\s+)?"
                         r"(?:[\d.,]+\s*(?:million\s+|thousand\s+)?(?:metric\s+)?(?:tonnes|tons|t)\s+(?:(?:a|per|each)\s+"
                         r"(?:year|annum)\s+)?of\s+)?(?:the\s+|its\s+)?(?:[\w\-]+\s+){0,2}?", re.I)
_CAPACITY_GAP = re.compile(r"\s+(?:(?:is|was|will|would|be|of|to|reach|expected|set|at|up|stands?|stood|has|have|been|"
                           r"initially|planned|targeted)\s+)*", re.I)
_PER_YEAR_OF = re.compile(r"\s+(?:(?:a|per|each)\s+(?:year|annum)\s+)?of\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?", re.I)
_NOMINAL_LEAD = re.compile(r"\s*(?:(?:The|Its|Their)\s+)?(?:(?:Nameplate|Annual|Initial|Planned|Design|Full|Name-plate|"
                           r"First-phase|Production|Processing|Refining)\s+)?(?:capacity|production|output)\b", re.I)
_AT_PLANT = re.compile(r"\bat\s+(?:its\s+|their\s+|the\s+(?:company['\u2019]s\s+)?)?(?:[\w\-]+\s+)?$")
_INCLUDING = re.compile(r"\s*,?\s+(?:including|such\s+as|notably|among\s+them|like|along\s+with|as\s+well\s+as|together\s+with|"
                        r"plus)\s+(?:the\s+)?")
_INTO_PRODUCTION = re.compile(r"\b(?:back\s+)?into\s+(?:commercial\s+|full\s+|initial\s+)?production\b")
_INTO = re.compile(r"\binto\s+(?:the\s+|a\s+|an\s+)?")
_PART_FROM = re.compile(r"\b(?P<q>most|much|all|nearly\s+all|almost\s+all|the\s+bulk|half|some|part)\s+of\s+(?:it|that|them|this)"
                        r"\s+(?:(?:coming|came|comes|produced|mined|made)\s+)?(?:from|at|in)\s+(?:the\s+)?", re.I)
_CAUSE_CUT = re.compile(r"\b(?:thanks\s+to|because|due\s+to|owing\s+to|as\s+a\s+by-?product|from)\b")
_INTO_VERB = re.compile(r"turn|convert|transform|upgrad|process", re.I)
_INTO_CUT = re.compile(r"[,;(]|\b(?:that|which|who|whose|before|after|then)\b")
_WHICH_BEFORE = re.compile(r"(?:,|\s+and)\s+(?:(?:a|an|the)\s+[\w\s\-]{0,40}?\s+(?:that|which)|which|that|(?P<all>(?:both|all|each|two|three)\s+of\s+which))\s+"
                           r"(?:(?:also|now|already|still|will|would|can|could|currently|is|are|was|were|be|designed|"
                           r"expected|due|set|intended|to)\s+){0,4}$")
# a dateline: "NARVA, Estonia - A factory that ..."
_DATELINE = re.compile(r"\s*(?:[\-\u2013\u2014]{1,2}|\()\s")
_DATELINE_CITY = re.compile(r"[A-Z][A-Z\s.'/\-]+,\s+")
# an aside between a subject and its verb: "Russia, home to Nornickel, is third", "X, where Y operates, ranks"
_ASIDE_BEFORE = re.compile(r",\s+(?:home\s+to|where|which|whose|who|once|long|itself|like|unlike|including|with|despite|"
                           r"thanks\s+to|after|the\s+base\s+of|headquarters\s+of|headquartered|based|listed|located|"
                           r"registered|founded|incorporated)\b[^,;]{0,80},\s*(?:(?:already|also|now|still|currently|"
                           r"itself)\s+)*(?:(?:is|was|remains)\s+(?:the\s+|a\s+)?)?$")
# a share closing a rank: "ranked a distant second with close to a tenth", "third at about 8%"
_RANKED_SHARE = re.compile(r"\b(?:second|third|fourth|fifth|next|runner-up)\s+(?:place\s+)?(?:with|at|on)\s+$", re.I)
# a share of a class of goods, not of one material: "10% of the strategic raw materials it uses"
_GENERIC_OF = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|all\s+|any\s+)?(?:[\w\-]+\s+){0,3}?(?:materials|minerals|metals|"
                         r"commodities|elements|resources|needs|inputs|goods|products|them|these|those)\b", re.I)
_TITLE_RANK = re.compile(r"\b(?:(?:second|third|fourth|fifth)[\s\-](?:placed|ranked|largest|biggest)|No\.\s?[2-5]|runner-up)"
                         r"(?:\s+(?:global\s+|world\s+)?(?:producer|supplier|miner|exporter|refiner|source))?\s+$", re.I)
_FIRM_NOUN_AFTER = re.compile(r"(?:[\s\-]+(?:listed|based|owned|state-owned|mining|chemicals|battery|materials))?\s+(?:company|firm|"
                              r"group|miner|producer|refiner|maker|manufacturer|giant|conglomerate|start-?up|outfit)\b(?!['\u2019]s)")
_BOTH = re.compile(r"\s+(?:both(?:\s+of\s+them)?|the\s+two|both\s+the)(?:\s+(?:metals|materials|minerals|elements|compounds|"
                   r"products))?\b(?!\s+(?:of\s+)?[a-z]+\s+and\b)", re.I)
_OBJECT_PRONOUN = re.compile(r"\s+(?:it|them|the\s+(?:metal|material|mineral|element|compound))\b")
_VERB_ADJECTIVE = re.compile(r"\b(?:the|a|an|its|their|of|and|supplying|selling|shipping|buying|producing|\w+ing)\s+$", re.I)
_SUPPLY_VERB = re.compile(r"\b(?:suppl\w+|export\w*|ship\w*|sell\w*|sold|sends)\b", re.I)
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
                       r"(?:ahead\s+of|behind)|(?P<level>level\s+with|on\s+a\s+par\s+with|tied\s+with|neck\s+and\s+neck\s+with))"
                       r"\s+(?:the\s+)?$", re.I)
_BEHIND_AFTER = re.compile(r"\s+(?:(?:close|far|just|not\s+far|some\s+way|well)\s+)?behind(?:\s+(?:them|those|these|it|the\s+"
                           r"(?:two|three|leaders?|pair)))?\s*(?:[.,;]|$)")
_WITH_BEFORE = re.compile(r"(?:,\s+with|\band)\s+(?:[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?(?:,\s+|\s+and\s+))*$")
# a possessive subject from the sentence before: "Its mines produced ...", "Their output ..."
_ITS = re.compile(r"\s*(?:Its|Their)\s+(?:[\w\-]+\s+){0,2}?(?:mines?|output|production|producers|miners|smelters|refiners|"
                  r"plants|share|exports|industry|refineries|factories|mills|companies|firms|operations|suppliers|exporters)\b")


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


_IN_FORM = re.compile(r"\s+(?:contained\s+)?in\s+(?:the\s+form\s+of\s+)?(?:an?\s+|the\s+)?")


def _in_form(sent: Sent, m: Mention) -> Mention:
    """The form a metal is produced in: "tonnes of nickel in mixed hydroxide precipitate" is the precipitate."""
    gap = _IN_FORM.match(sent.text, m.end)
    if gap is None:
        return m
    form = first_after(sent.of("Material", gap.end(), len(sent.text)), gap.end(), 0)
    return form if form is not None and form.ref != m.ref else m


def _materials_after(mats, pos, end, limit=70):
    first = first_after([m for m in mats if m.end <= end], pos, limit)
    return first


_TONNAGE_AT = re.compile(r"\s+(?:" + _TONNAGE.pattern + ")", re.I)
# "2,000 tonnes of magnets", "40,000 tonnes a year of lithium carbonate": the rate may come before "of"
_OF_GAP = re.compile(r"(?P<rate>\s+(?:a|per|each)\s+(?:year|annum))?\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w\-]+\s+)?")


def _of_limit(of: re.Match | None) -> int:
    """How far after a tonnage its material may start: "of the" plus one word, and the rate when one is said."""
    return 25 + (len(of.group("rate")) if of is not None and of.group("rate") else 0)
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
# a relative aside between a subject and the verb of its share: ", which mines tincal at A and B, supplies "
_REL_ASIDE_VERB = re.compile(r",\s+(?:which|who|whose|where|(?:led|headed)\s+by)\b[^;]{3,180}?,\s+(?:(?:also|now|still|alone|itself|"
                             r"together|already|currently)\s+)*(?:(?:is|are|was|were)\s+(?:thought|estimated|believed|said|"
                             r"expected|reckoned)\s+to\s+)?(?:controls?|suppl(?:y|ies|ied)|produc(?:e|es|ed)|mines?|mined|refines?|refined|"
                             r"accounts?\s+for|accounted\s+for|makes?|made|holds?|held|controls?|controlled|exports?|exported|"
                             r"ships?|shipped|smelts?|smelted|processe[sd]|turns?\s+out|provides?|provided)\s+"
                             r"(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|less\s+than|just|close\s+to|"
                             r"an\s+estimated)\s+)*$", re.I)
# a share of a buyer's needs with the goods left unsaid: "will meet up to 40 per cent of the company's requirements"
_NEEDS_OF = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w\-\u2019']+\s+){0,3}?(?:requirements|needs|demand|"
                       r"consumption|feed|feedstock|purchases)\b", re.I)
_MEET_BEFORE = re.compile(r"\b(?:meet|meets|met|meeting|cover|covers|covered|covering|satisfy|satisfies|satisfied|supply|"
                          r"supplies|supplied|provide|provides|provided|fill|fills|filled)\s+(?:(?:up\s+to|about|around|roughly|"
                          r"some|nearly|almost|over|more\s+than|as\s+much\s+as|at\s+least|close\s+to)\s+)*$", re.I)
_IDIOM_OBJECT = re.compile(r"\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:(?:first|final|formal|binding|new|second|rival|"
                           r"joint)\s+)?(?:offer|bid|decision|profit|loss|announcement|investment|payment|deal|move|case|"
                           r"comeback|push|pitch|approach|attempt|effort|plans?|progress|sense|use|headway|changes?|"
                           r"commitment|proposal|acquisition|statement)\b", re.I)
_OWN_RELATIVE = re.compile(r",\s+(?:which|who)\b[^,;]*$")
# a supplier described as a buyer before a share: "with China the biggest buyer, taking a third of exports"
_BUYER_BEFORE = re.compile(r"\b(?:buyers?|customers?|importers?|consumers?|purchasers?|clients?|offtake)\b", re.I)
# a stake in a venture: "a joint venture in which POSCO holds 82% and Pilbara 18%"
_STAKE_BEFORE = re.compile(r"\b(?:in|of)\s+which\s+(?:[^\s,]+\s+){1,4}?(?:holds?|held|owns?|owned|has|had|will\s+(?:hold|own|have)|"
                           r"would\s+(?:hold|own|have))\b", re.I)
_BUYS_BEFORE = re.compile(r"\b(?:imports?|imported|importing|buys?|bought|buying|purchases?|purchased|sources?|sourced|"
                          r"consumes?|consumed|uses?|used|needs?|needed|receives?|received)\s+$", re.I)
# an output noun whose material is left unsaid: "and world output, thought to be 80 tonnes, is ..."
_UNSAID_OUTPUT = re.compile(r"\b(?:world|global|worldwide|total|annual|its|their)\s+(?:output|production|supply|supplies|"
                            r"reserves|resources)\b(?!\s+of\b)", re.I)
_COMES_FROM = re.compile(r"\b(?:comes?|came|coming|is\s+imported|are\s+imported|was\s+imported|were\s+imported)\s+"
                         r"(?:(?:mainly|mostly|largely|chiefly|primarily|directly)\s+)?from\s+(?:the\s+)?")
_FROM_ORIGIN = re.compile(r"\s+from\s+(?:the\s+)?$", re.I)
# a country with its share and the material left unsaid: "followed by Chile at 20.4%", "and Russia for about 13%"
_RUNNER_SHARE = re.compile(r"\b[A-Z][\w\-]*\s+(?:accounted\s+for|accounts\s+for|contributed|contributes|made\s+up|makes\s+up|"
                           r"took|takes|held|holds|was\s+at|at|for|with|on)\s+(?:(?:about|around|roughly|some|nearly|almost|just|over|"
                           r"under|close\s+to|an\s+estimated)\s+)*$")
# "Its share of the reported total was 36.7%", "a share of roughly 59.5%"
_SHARE_OF = re.compile(r"\bshare\s+of\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?(?:was|is|stood\s+at|of|at|came\s+to|reached)?\s*"
                       r"(?:(?:about|around|roughly|some|nearly|almost|just|over|under|close\s+to)\s+)*$", re.I)
_EACH = re.compile(r"\b(?:each|both)\b")
_EACH_AFTER = re.compile(r"(?:\s+of\s+(?:the\s+)?(?:[\w\-\u2019']+\s+){0,3}?[\w\-]+)?\s+(?:each|apiece)\b")
_LEAD_LOW = re.compile(r"\b(?:among the|led the|leads the|tops? the|top spot|first place|round\w* out|source|largest|biggest|leading|top|remainder|the rest|next[- ](?:largest|biggest))\b")


# a firm or site described by its role: "Foo, one of China's largest producers,", "Bar, the antimony producer in Hunan",
# "Baz in Hanau is one of the continent's last large makers of sintered magnets", "A and B among the largest producers"
_ROLE_AFTER = re.compile(r"(?:\s+(?:in|of|from)\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)?"
                         r"(?:\s*,\s+|\s+(?:is|was|remains|became|has\s+become|is\s+now)\s+|\s+(?=among\s))"
                         r"(?:(?:one\s+of|among)\s+)?"
                         r"(?:(?:the\s+)?(?:[A-Z][\w\-]*|world|country|continent|region|nation|industry)['\u2019]s\s+|the\s+|its\s+|"
                         r"(?<=is\s)an?\s+|(?<=was\s)an?\s+|(?<=remains\s)an?\s+|(?<=,\s)an?\s+(?=(?:[\w\-]+\s+){0,2}?(?:\w+)\s+"
                         r"(?:producers?|miners?|refiners?|makers?|processors?|suppliers?|exporters?|manufacturers?)\b))"
                         r"(?P<mid>(?:[\w\-]+\s+){0,5}?)"
                         r"(?P<role>producers?|makers?|miners?|refiners?|processors?|suppliers?|exporters?|manufacturers?|smelters?)\b"
                         r"(?P<of>\s+of\s+(?:the\s+)?(?P<pron>metal|mineral|material|element|commodity|it\b)?)?")
# the role before the name: "The largest producer, China's CMOC, owns ..."
_ROLE_BEFORE = re.compile(r"\b(?:the\s+)?(?:world['\u2019]s\s+)?(?:largest|biggest|top|leading|main|dominant|No\.\s?1)\s+"
                          r"(?:[\w\-]+\s+){0,2}?(?:producer|miner|refiner|supplier|maker)s?,\s+"
                          r"(?:[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?['\u2019]s\s+)?$", re.I)
# a title just before a firm's name: "aluminium producer National Aluminium", "lithium miner Foo Ltd"
_TITLE_BEFORE = re.compile(r"[\s\-](?:producers?|miners?|makers?|smelters?|refiners?|manufacturers?|processors?)\s+$", re.I)
_ROLE_LOW = re.compile(r"producer|maker|miner|refiner|processor|supplier|exporter|manufacturer|smelter")
# words that only rank or describe a role, naming no material: "the other big domestic producer"
_RANK_WORDS = frozenset("largest biggest top leading main major dominant big other domestic global world's only sole few "
                        "last large remaining second-largest third-largest second third key principal primary "
                        "large-scale significant major important chief".split())
_SIZE_RANK = re.compile(r"\b(?:largest|biggest|top|leading|main|major|dominant|principal|second-largest|third-largest)\b", re.I)
_RANKING = re.compile(r"\b(?:largest|biggest|top|leading|main|major|dominant|big|only|sole|second|third|principal|chief|"
                      r"significant|sizeable|sizable)\b", re.I)


# firms listed as examples of producers: "producers in Henan, such as A and B, ...", "the main producers are A, B and C"
_PRODUCERS_SUCH_AS = re.compile(r"\b(?P<mid>(?:[\w\-]+\s+){0,3}?)(?:producers|makers|miners|refiners|manufacturers|smelters|"
                                r"suppliers)\b"
                                r"[^.;:()]{0,50}?(?:,\s*)?\b(?:such\s+as|including|like|led\s+by|headed\s+by)\s+"
                                r"(?:[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?['\u2019]s\s+)?$"
                                r"|\b(?:main|largest|biggest|leading|top|major|principal)\s+(?P<mid2>(?:[\w\-]+\s+){0,2}?)"
                                r"(?:producers?|makers?|miners?|refiners?|manufacturers?)\s+(?:is|are|was|were|include|included)\s+$", re.I)


_RELATIVE_WORD = re.compile(r"\b(?:whose|which|who|that)\b")
_FUNCTION_WORDS = frozenset("of the a an and or as to in at by for with from such many several some most all small smaller "
                            "other rival local independent established existing new where which that who whose while "
                            "whereas but so than like including among between".split())
_BUYER_VERB = re.compile(r"\b(?:use[sd]?|using|buy\w*|bought|import\w*|consum\w*|need\w*|sourc\w*|purchas\w*|rel(?:y|ies|ied)|"
                         r"depend\w*)\b", re.I)


# what may head a producing verb in -ing: "has begun making", "which is separating", "started separating"
_ING_HEAD = re.compile(r"\b(?:is|are|was|were|been|be|began|begun|begins|begin|start\w*|continu\w*|keeps?|kept|resum\w*|"
                       r"restart\w*|also|now|already|still|plans\s+to\s+start|after|by)\s+$", re.I)


_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$")


@lru_cache(maxsize=1)
def _ambiguous() -> frozenset:
    """Elements that are also everyday words ("tin", "lead"): a material only where the wording says so."""
    return frozenset(entities()["ambiguous_materials"])


# a material that only names the kind of a site or a buyer: "pig-iron furnaces", "cobalt mines", "magnet makers"
_MODIFIER_OF = re.compile(r"(?:-[a-z]+)?[\s\-]+(?:mines?|smelters?|refiner(?:y|ies)|plants?|projects?|deposits?|operations?|"
                          r"furnaces?|factor(?:y|ies)|makers?|producers?|prices?|industry|sector)\b")


def _carried(sent: Sent, doc: DocState, sent_targets: list, pos: int | None = None) -> Mention | None:
    """The material a supply statement without one is about: this sentence's last, else (with ``pos``) one
    named earlier in the sentence ("For germanium the picture differs, but Chinese plants made 68% of output"),
    else the text's current one."""
    if sent_targets:
        return sent_targets[-1]
    if pos is not None:
        for m in reversed(sent.of("Material", 0, pos, skip=("cited", "relative", "recipient"))):
            if not _MODIFIER_OF.match(sent.text, m.end):
                return m
    return doc.current_material(sent.index)


def _its_subject(sent: Sent, doc: DocState) -> Mention | None:
    """Whom "Its mines ..." belongs to: the first country or firm of the sentence before (or the one before that)."""
    for back in (1, 2):
        for idx, m in doc.history:
            if idx == sent.index - back and m.type in ("Country", "Firm") and not (m.tags & {"cited", "locator", "paren"}):
                return m
    return None


def _own_output(part: re.Match, sent: Sent, doc: DocState, sent_targets: list, pos: int) -> Mention | None:
    """The material of "its output" / "its ore": the one discussed; "ore" and "concentrate" name its raw form."""
    topic = t = _carried(sent, doc, sent_targets, pos)
    if part.group("raw"):
        # "Its spodumene mines ship most of their concentrate": the mines' own material, not the metal discussed
        kinds = [m for m in sent.of("Material", 0, pos) if _MODIFIER_OF.match(sent.text, m.end)]
        t = kinds[-1] if kinds else t
    if t is None or t.type != "Material":
        return None
    if part.group("raw") and " " in t.name and is_element(t.name.split()[0]):
        # "refines manganese sulphate, importing most of its ore": the ore of the element, not of the compound
        t = Mention("Material", t.name.split()[0], t.start, t.start + len(t.name.split()[0]), t.name.split()[0])
    if part.group("raw") and " " not in t.name:
        # "sends the bulk of its ore abroad": the raw form of the metal discussed (which stays the topic)
        raw = material_name(f"{t.name} {part.group('raw').lower().rstrip('s')}")
        return Mention("Material", raw, part.start("raw"), part.end("raw"), part.group("raw"),
                       props={"base": topic if topic is not None and topic.type == "Material" else t})
    return t


_LOOSE_SEP = re.compile(r"(?:\s*\([^()]{1,30}\))?(?:\s+[a-z][\w\-]*)?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?")


def _loose_list(sent: Sent, start: int, end: int, lead: int = 0) -> list[Mention]:
    """The materials listed from ``start`` (the first within ``lead`` characters), where an item may end in a
    word the gazetteer did not take: "NdPr (neodymium-praseodymium) oxide, dysprosium oxide and terbium oxide"."""
    out: list[Mention] = []
    for m in sent.of("Material", start, end, skip=("cited", "paren")):
        if not out:
            if m.start - start > lead or not re.fullmatch(r"(?:[\w\-]+\s+){0,2}", sent.text[start:m.start]):
                break
        elif not _LOOSE_SEP.fullmatch(sent.text, out[-1].end, m.start):
            break
        out.append(m)  # a repeated item still ends the gap to the next one; duplicates are dropped below
    seen, uniq = set(), []
    for m in out:
        if m.ref not in seen:
            seen.add(m.ref)
            uniq.append(m)
    return uniq


def _nominal_subject(sent: Sent, doc: DocState, sups: list, pronouns: list, pos: int, a: int) -> Mention | None:
    """The producer of a production noun: the site or firm before it, a country just before it, or a pronoun."""
    before = [x for x in sups if "relative" not in x.tags and x.end <= pos]
    near = nearest_before([x for x in before if x.type in ("Facility", "Firm")], pos, 100)
    if near is not None:
        return near
    near = nearest_before([x for x in before if x.type == "Country"], pos, 40)
    if near is not None:
        return near
    for p in reversed([p for p in pronouns if p.end <= pos and pos - p.end < 60]):
        who = _resolve_subject(p, sent, doc, SUPPLIERS)
        if who is not None:
            return who
    return None


_THE_METAL = re.compile(r"\s+(?:a\s+year\s+)?of\s+the\s+(?:metal|element)\b")
# a preposition before a name: the name is not the subject of the verb after it ("talks with Acme resumed")
_OBJECT_OF_BEFORE = re.compile(r"\b(?:between|with|of|by|for|from|among|against|over)\s+(?:the\s+)?$", re.I)
# what lies between a production quantity (or its material) and the sites it came from: "in 2024 at its",
# "of the metal last year through its", "at the"
_QTY_SITE_GAP = re.compile(r"(?:\s+of\s+(?:the\s+)?[\w\-]+)?(?:\s+(?:in|during)\s+(?:\d{4}|the\s+(?:first|second|third|last)\s+"
                           r"(?:half|quarter))|\s+(?:last|this)\s+year|\s+(?:a|per)\s+year|\s+annually)?\s+"
                           r"(?:at|through)\s+(?:its\s+|their\s+|the\s+)?(?:[\w\-]+\s+)?")


def _quantity_sites(sent: Sent, anchor: int, end: int) -> list[Mention]:
    """The sites (or operating units, after "through") a production quantity ending at ``anchor`` came from.

    >>> from .annotate import annotate
    >>> s = annotate("Acme Mining Ltd mined 9,000 tonnes of cobalt in 2024 at its Foo and Bar mines.", 0, 0, DocState("d"))
    >>> [m.name for m in _quantity_sites(s, s.text.index(" in 2024"), len(s.text))]
    ['Foo mine', 'Bar mine']
    """
    text = sent.text
    for x in sent.of(("Facility", "Firm"), anchor, end, skip=()):
        gap = _QTY_SITE_GAP.fullmatch(text, anchor, x.start)
        if gap is None or x.type == "Firm" and " through " not in text[anchor:x.start]:
            return []
        found = sent.list_at(x) if x in sent.mentions else [x]
        return [m for m in found if m.start >= x.start and m.type in ("Facility", "Firm")]
    return []


def _last_materials(sent: Sent, doc: DocState, pos: int, n: int) -> list[Mention]:
    """The ``n`` materials "both metals" stands for: the ones named most often so far (ties: the first named),
    in order of first mention; this sentence's own materials before ``pos`` first."""
    here = [m for m in sent.of("Material", 0, pos) if not (m.tags & {"relative", "facility_part", "cited"})]
    if len({m.ref for m in here}) >= n:
        return list({m.ref: m for m in reversed(here)}.values())[::-1][-n:]
    counts: dict = {}
    first: dict = {}
    for k, (i, m) in enumerate(doc.history):
        if i < sent.index and m.type == "Material" and not (m.tags & {"relative", "facility_part", "cited"}):
            counts[m.ref] = counts.get(m.ref, 0) + 1
            first.setdefault(m.ref, (k, m))
    top = sorted(counts, key=lambda r: (-counts[r], first[r][0]))[:n]
    return [first[r][1] for r in sorted(top, key=lambda r: first[r][0])] if len(top) == n else []


def _described_firm(country: Mention, sent: Sent, doc: DocState) -> Mention | None:
    """The firm that "the Australian company" describes: the last one of that country named, else the last firm."""
    here = [x for x in sent.of("Firm", 0, country.start, skip=("cited",))]
    earlier = here[::-1] + [x for i, x in reversed(doc.history) if i < sent.index and x.type == "Firm"]
    for x in earlier:
        if x.props.get("country") == country.name:
            return x
    return earlier[0] if earlier else None


_CLAUSE_PUNCT = re.compile(r"[,;:]")
_USED_IN_BEFORE = re.compile(r"\b(?:used|consumed|sold|imported|needed|bought|installed)\s+(?:in|into|by)\s+(?:the\s+)?(?:\w+\s+)?$")
_SITE_WORDS = frozenset(("the mine", "the plant", "the project", "the refinery", "the smelter", "the facility", "the site",
                         "the factory", "the operation"))
_REPORTED = re.compile(r"\b(?:says?|said|expects?|expected|estimates?|estimated|believes?|thinks?|hopes?|argues?|reckons?|"
                       r"claims?|predicts?|forecasts?)\b")
# a name that only describes who paid for or runs something: "a Japanese-financed plant", "Chinese-owned smelters"
_BACKED_AFTER = re.compile(r"-(?:financed|backed|funded|owned|controlled|led|run|operated|listed|based|built|sponsored)\b")
# the auxiliaries and adverbs between a subject pronoun and its verb: "it has long", "they will also"
_AUX_GAP = re.compile(r"\s+(?:(?:has|have|had|is|are|was|were|will|would|can|could|may|might|also|long|now|still|already|"
                      r"currently|once|then|itself|themselves|since|mostly|mainly|largely|even|just|only|not\s+only)\s+)*")
_OUTPUT_NOUN = re.compile(r"\b(?:output|production)\b")
_ASPIRATION = re.compile(r"\s+(?:targets?|goals?|ambitions?|plans?|aims?|hopes?|ceilings?|equipment|machinery|technology|lines?)\b",
                         re.I)
_OUTPUT_OF = re.compile(r"\s+(?:at|of|from|by)\s+(?:the\s+|its\s+|their\s+)?")
_HOLDING_WORDS = re.compile(r"\b(?:shareholders?|stakes?|shares|equity|stakeholders?|owns|owned|holding\s+company)\b", re.I)
_RANK_AFTER = re.compile(r"(?:\s+(?:in\s+the\s+world|globally|worldwide|by\s+output|by\s+volume))?\s+(?:only\s+|just\s+)?"
                         r"(?:after|behind)\s+(?:the\s+)?")
# a name that is only compared with the subject: "second after Australia", "more than Chile"
_COMPARED = re.compile(r"\b(?:after|behind|ahead\s+of|than|outside(?:\s+of)?|besides|excluding|except)\s+(?:the\s+)?$", re.I)
_PHRASE_END = re.compile(r"\s+(?:and|but|while|whereas|or)\s+|[,;:]")


def _phrase_end(text: str, start: int, end: int) -> int:
    """Where the phrase after a share ends: "91% of refining| and ...", "60% of the nickel|, ahead of ..."."""
    m = _PHRASE_END.search(text, start, end)
    return m.start() if m else end


# the head words of a site that a description can stand for: "the mine" a mine, project or pit
_SITE_HEADS = {"the mine": frozenset("mine project pit deposit operation".split()),
               "the plant": frozenset("plant factory facility refinery smelter works".split()),
               "the refinery": frozenset("refinery plant".split()),
               "the smelter": frozenset("smelter plant".split()),
               "the project": frozenset("project mine deposit".split()),
               "the factory": frozenset("factory plant works".split())}


def _resolve_subject(p: Mention, sent: Sent, doc: DocState, types=SUPPLIERS) -> Mention | None:
    """Who a pronoun subject stands for: the sentence's own subject named before it ("The Philippines is second,
    but it exports most of its ore"), a site that was the subject of the sentence before ("The Foo mine, ...,
    had been idle. It can produce ..."), else what ``resolve`` finds."""
    if p.name in ("it", "they") and p.start > 0:
        first = next((m for m in sent.mentions if m.type != "Pronoun"), None)
        if first is not None and first.end <= p.start and first.start < 40 and first.type in types \
                and first.type != "Facility" and not (first.tags & set(_SKIP)) \
                and not re.search(r"\b(?:said|says|according)\b", sent.text[first.end:p.start]):
            return first
    heads = _SITE_HEADS.get(p.name)
    if heads and "Facility" in types:
        # "the mine" is the last site named as a mine or project, not a geological complex named after it
        here = [x for x in sent.of("Facility", 0, p.start, skip=("cited",))]
        earlier = here[::-1] + [x for i, x in reversed(doc.history) if sent.index - 4 <= i < sent.index
                                and x.type == "Facility" and "cited" not in x.tags]
        site = next((x for x in earlier if x.name.lower().split()[-1].rstrip("s") in heads
                     or x.text.lower().split()[-1].rstrip("s") in heads), None)
        if site is not None:
            return site
    if p.name == "it" and "Facility" in types and p.start < 3:
        prev = next((x for i, x in doc.history[-12:] if i == sent.index - 1
                     and not (x.tags & {"locator", "cited", "facility_part"})), None)
        if prev is not None and prev.type == "Facility" and prev.start < 40:
            return prev
    return resolve(p, sent, doc, types)


# "The plant, inside the Foo park, can produce": a description, an aside (which may name other sites), the verb
_LEAD_ASIDE = re.compile(r",\s[^;]{3,140}?,\s+(?:(?!that\b|which\b|who\b)[a-z][\w\-]*\s+){0,5}")


def _aside_subject(sent: Sent, doc: DocState, pronouns: list, a: int, vs: int) -> Mention | None:
    """The description or pronoun opening the clause when an aside stands between it and the verb at ``vs``:
    "The mine, which sits on a large deposit, is expected to produce" is said of the mine, not of a name in the
    aside."""
    lead = next((p for p in pronouns if p.start - a < 3), None)
    if lead is None or not _LEAD_ASIDE.fullmatch(sent.text, lead.end, vs) or _C_VERBS.search(sent.text, lead.end, vs):
        return None  # an aside with a verb of its own is a clause, not an aside
    return _resolve_subject(lead, sent, doc, SUPPLIERS)


# a buyer's share of what a site or firm makes: "agreed to take 80% of the lithium carbonate produced at the Foo
# project", "entitled to half of the terbium that the Foo plant produces", "65% of the company's terbium output is
# reserved for Japanese buyers"
_OFFTAKE_LOW = re.compile(r"\b(?:take|takes|took|taking|buy|buys|bought|buying|purchas\w*|receiv\w*|offtake|entitle\w*|"
                          r"market|marketing|sell|sells|selling|"
                          r"reserved|earmarked|secur\w*|get|gets|got)\b")
_OFFTAKE_MADE = re.compile(r"\s+(?:(?:to\s+be|being|that\s+(?:is|are|will\s+be)|which\s+(?:is|are|will\s+be))\s+)?"
                           r"(?:produced|made|mined|refined|processed|separated|manufactured|coming|to\s+come)\b[^,;.]{0,50}?"
                           r"\s(?:at|by|from)\s+(?:the\s+|its\s+|their\s+|[\w\-]+['\u2019]s\s+)?"
                           r"(?:(?:planned|proposed|new|future|first|existing)\s+)?$", re.I)
_OFFTAKE_REL = re.compile(r"\s+(?:that|which)\s+(?:the\s+)?$", re.I)
_OFFTAKE_VERB = re.compile(r"\s+(?:(?:will|would|can|could|is\s+expected\s+to|plans\s+to|eventually|already)\s+){0,2}"
                           r"(?:produces?|makes?|mines?|refines?|turns?\s+out|separates?|manufactures?)\b", re.I)
_OFFTAKE_OWNER = re.compile(r"\s+of\s+(?:(?:the|its|their)\s+)?(?:[\w\-]+\s+){0,3}?$", re.I)
_OWNER_OUTPUT_OF = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?P<owner>.{1,60}?)['\u2019]s?\s+(?:[\w\-]+\s+)?(?:output|production|"
                              r"supply)\s+of\s+(?:the\s+)?", re.I)
_OUTPUT_AFTER = re.compile(r"\s+(?:output|production)\b", re.I)


def _offtake_producer(sent: Sent, doc: DocState, a: int, s, targets: list, nxt: int) -> Mention | None:
    """Who makes the goods a share of which a buyer takes: the site or firm named after them, or their owner."""
    text = sent.text
    if not targets or targets[0].start < s.end or targets[-1].end > nxt:
        return None
    last = max(targets, key=lambda x: x.end)
    orgs = [x for x in sent.of(("Facility", "Firm", "Pronoun"), last.end, len(text), skip=("cited",))
            if x.type != "Pronoun" or x.name.startswith("the ")]
    nearest = orgs[0] if orgs else None
    if nearest is not None and len(orgs) > 1 and orgs[1].type == "Facility" and _POSS_GAP.match(text, nearest.end) \
            and orgs[1].start - nearest.end < 40:
        orgs = orgs[1:]  # "produced at the company's planned Foo plant": the plant
        if _OFFTAKE_MADE.fullmatch(text, last.end, nearest.start):
            return orgs[0]
        nearest = orgs[0]
    if nearest is not None and nearest.start - last.end < 90 and (
            _OFFTAKE_MADE.fullmatch(text, last.end, nearest.start)
            or _OFFTAKE_REL.fullmatch(text, last.end, nearest.start) and _OFFTAKE_VERB.match(text, nearest.end)):
        return _resolve_subject(nearest, sent, doc, ("Facility", "Firm")) if nearest.type == "Pronoun" else nearest
    owner_of = _OWNER_OUTPUT_OF.fullmatch(text, s.end, targets[0].start)
    if owner_of is not None:
        # "market a fifth of the mine's output of platinum and palladium": the owner named before "output of"
        o = next((x for x in sent.of(("Facility", "Firm", "Pronoun"), s.end, targets[0].start, skip=("cited",))
                  if x.end == owner_of.end("owner")), None)
        if o is not None:
            return _resolve_subject(o, sent, doc, ("Facility", "Firm")) if o.type == "Pronoun" else o
    own = _OUTPUT_AFTER.match(text, last.end)
    if own is not None and "'" in text[s.end:targets[0].start] or own is not None and "\u2019" in text[s.end:targets[0].start]:
        # "65% of the company's terbium output": the owner named before the goods
        owner = [x for x in sent.of(("Facility", "Firm", "Pronoun"), s.end, targets[0].start, skip=("cited",))
                 if _POSS_GAP.match(text, x.end)]
        if owner:
            o = owner[-1]
            return _resolve_subject(o, sent, doc, ("Facility", "Firm")) if o.type == "Pronoun" else o
    return None


# a supply contract: "signed long-term contracts for polysilicon with Wacker", "a deal with Kazatomprom for deliveries of
# uranium hexafluoride", "an offtake agreement to buy spodumene from Pilbara"
_DEAL = re.compile(r"\b(?:contracts?|deals?|agreements?)\b")
_DEAL_FOR = re.compile(r"\s+(?:to\s+(?:buy|purchase|source|take)|for)\s+(?:the\s+)?(?:(?:supply|supplies|delivery|deliveries|"
                       r"purchases?|shipments?)\s+of\s+)?(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?=\S)", re.I)
_DEAL_WITH = re.compile(r"\s+(?:with|from)\s+(?:the\s+)?", re.I)
_DEAL_WITH_FOR = re.compile(r"\s+(?:for|to\s+(?:buy|purchase|source|take))\s+(?:the\s+)?(?:supply|supplies|delivery|deliveries|"
                            r"purchases?|shipments?)\s+of\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?=\S)", re.I)
_AND_WITH = re.compile(r"(?:,\s+|\s+)and\s+(?:also\s+)?with\s+(?:the\s+)?", re.I)


def _deal_org(sent: Sent, pos: int, end: int, countries: bool) -> Mention | None:
    """The firm named at ``pos`` (past a country that only locates it: "Germany's Wacker Chemie")."""
    cands = [x for x in sent.of(("Firm", "Country"), pos, end, skip=("cited",)) if countries or x.type == "Firm"
             or _POSS_GAP.match(sent.text, x.end)]
    first = first_after(cands, pos, 0)
    if first is not None and first.type == "Country" and _POSS_GAP.match(sent.text, first.end):
        held = first_after([x for x in cands if x.type == "Firm"], first.end, 4)
        return held if held is not None else (first if countries else None)
    return first


def _deal_parties(sent: Sent, pos: int, end: int) -> list[tuple[Mention, Mention]]:
    """(seller, goods) of the supply contract whose noun ends at ``pos``."""
    text, out = sent.text, []
    mats = sent.of("Material", pos, end, skip=("cited",))
    f = _DEAL_FOR.match(text, pos)
    goods = first_after(mats, f.end(), 0) if f is not None else None
    if goods is not None:  # "contracts for polysilicon with A (..., and with B)"
        w = _DEAL_WITH.match(text, goods.end)
        seller = _deal_org(sent, w.end(), end, w.group(0).strip().startswith("from")) if w is not None else None
        sellers = [seller] if seller is not None else []
        while sellers:
            more = _AND_WITH.search(text, sellers[-1].end, min(end, sellers[-1].end + 160))
            nxt = _deal_org(sent, more.end(), end, False) if more is not None else None
            if nxt is None or nxt in sellers:
                break
            sellers.append(nxt)
        return [(x, goods) for x in sellers]
    w = re.match(r"\s+with\s+(?:the\s+)?", text[pos:end])
    seller = _deal_org(sent, pos + w.end(), end, False) if w is not None else None
    if seller is not None:  # "an agreement with Kazatomprom for deliveries of uranium hexafluoride"
        f = _DEAL_WITH_FOR.match(text, seller.end)
        goods = first_after(mats, f.end(), 0) if f is not None else None
        if goods is not None:
            return [(seller, goods)]
    return out


def supply_facts(sent: Sent, doc: DocState) -> list[Fact]:
    """The SUPPLIES and PRODUCES facts of one sentence."""
    text = sent.text
    low = text.lower()
    passive_any = _PASSIVE_LOW.search(low)
    quantity = ("amounts" in low or "quantities" in low or "volumes" in low or "tonnages" in low) and bool(_QUANTITY_OBJECT.search(text))
    has_qty = ("ton" in low or "carat" in low) and bool(_TONNAGE_LOW.search(low))
    if not sent.of("Material") and not _ENTRY_LOW.search(low) and not passive_any and not _RANK.search(low) \
            and not quantity and not has_qty and not _LEAD_LOW.search(low) and not _ROLE_LOW.search(low) \
            and "of its " not in low and "of their " not in low and "production" not in low and "output" not in low \
            and "both" not in low and " two " not in low and not _FRACTION_LOW.search(low):
        return []
    # which of the rule sections below can match at all: one look each at the lower-cased sentence
    has_share = "%" in text or "cent" in low or "pc" in low or bool(_FRACTION_LOW.search(low))
    has_dom = bool(_DOMINANCE_LOW.search(low))
    has_verb = bool(_C_VERBS_LOW.search(low))
    has_fac = any(m.type == "Facility" for m in sent.mentions)
    has_origin = ("from" in low or " on " in low or "'s " in low or "\u2019s " in low) and bool(_ORIGIN_LOW.search(low))
    has_export = "export" in low
    has_nominal = "production" in low or "output" in low or "capacity" in low or "separation" in low \
        or "refining" in low or "processing" in low or "manufacturing" in low
    has_ship = has_export or "ship" in low or " sent " in low or " sold " in low or "leav" in low or " left " in low \
        or "bound for" in low or " go" in low or " went " in low or " flow" in low or " head" in low or " end" in low
    has_role = bool(_ROLE_LOW.search(low))
    has_deal = (" with " in low or " from " in low) and ("contract" in low or "agreement" in low or "deal" in low)
    has_offtake = has_share and bool(_OFFTAKE_LOW.search(low))
    has_title_rank = "-placed" in low or "no." in low or "runner-up" in low or "ranked " in low or "-largest " in low
    if not (has_share or has_dom or has_verb or passive_any or has_fac or has_export or has_qty or has_role
            or has_origin or has_ship or has_nominal or has_deal):
        return []
    _tag_recipients(sent)
    out: list[Fact] = []
    done_pairs: set = set()
    hedged = is_hedged(text) or None
    when = tense(text)

    sent_supplier: list[Mention] = []
    sent_targets: list[Mention] = []
    verb_adjective = _VERB_ADJECTIVE

    shared: list = []  # non-empty once a fact with a share was read in this sentence

    def emit(kind, sup, mat, props, lead=True):
        if sup.type == "Country" and _FIRM_NOUN_AFTER.match(text, sup.end) and _DEMONYM_END.search(sup.text):
            sup = _described_firm(sup, sent, doc)  # "The Australian company separated ...": the firm, not its country
            if sup is None:
                return
            if kind == "SUPPLIES" and not props.get("share") and not props.get("qualifier"):
                kind = "PRODUCES"
                props = {**props, "status": "planned" if props.get("tense") == "future" else "operating"}
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
        if mat.type == "Material" and (props.get("share") is not None or not shared):
            doc.supply_material = (sent.index, mat.props.get("base", mat))  # "its ore": the metal stays the topic
            # (a share's material stays what a runner-up later speaks of: "X mines 60% of A and is the top exporter
            # of B. Y is second with 13%": of A)
            shared.append(props.get("share") is not None or None)
            if shared[-1] is None:
                shared.pop()

    rank_targets: list[Mention] = []
    for a, b in sent.clauses:
        clause = text[a:b]
        sups = [x for x in sent.of(SUPPLIERS, a, b, skip=_SKIP) if not (x.type == "Country" and _BACKED_AFTER.match(text, x.end))]
        if a == 0 and sups and sups[0].start < 40 and _DATELINE.match(text, sups[0].end) \
                and _DATELINE_CITY.fullmatch(text, 0, sups[0].start):
            sups = sups[1:]  # "NARVA, Estonia - A factory ...": the dateline's country is no subject
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
            scope = _WORLD_SCOPE.match(text, s.end) if "," in text[s.end:nxt] else None
            stop = _CLAUSE_PUNCT.search(text, scope.end(), nxt) if scope is not None else None
            # "a fifth of mined supply, and Acme sold 9,000 tonnes of lithium carbonate": the share's phrase ended
            first = _materials_after(mats, s.end, stop.start() if stop is not None else nxt)
            if first is not None:
                targets = [x for x in sent.list_at(first) if x.start < nxt]
            elif _HOLDING_WORDS.search(clause) and not _OF_AFTER.match(text, s.end):
                continue  # "its largest shareholder, which holds 29.9%": a stake, not a supply share
            else:
                # "Indonesia, where cobalt is recovered from nickel ore, has a tenth": not the feedstock after "from"
                near = nearest_before([m for m in mats if not _FROM_BEFORE.search(text, max(0, m.start - 12), m.start)],
                                      s.start) or nearest_before(mats, s.start)
                if near is not None and ("relative" in near.tags or _MODIFIER_OF.match(text, near.end)) \
                        and _RANKED_SHARE.search(text, max(a, s.start - 30), s.start):
                    # "Indonesia, where the metal is recovered at nickel plants, ranked second with a tenth": the
                    # material discussed, not the one in the aside
                    near = _carried(sent, doc, sent_targets)
                elif near is not None and "relative" in near.tags:
                    # "Indonesia, where cobalt is recovered alongside nickel, has a tenth": a material outside the
                    # aside, else the aside's first (what it is about), else the material discussed
                    outside = [m for m in mats if m.end <= s.start and "relative" not in m.tags]
                    inside = [m for m in mats if m.end <= s.start and "relative" in m.tags
                              and not _MODIFIER_OF.match(text, m.end)]
                    near = outside[-1] if outside else inside[0] if inside else _carried(sent, doc, sent_targets)
                if near is not None:
                    targets = [near]
            if not targets:
                ind = _INDUSTRY_MARKET.match(text[s.end:nxt])
                if ind:
                    targets = [Mention("Industry", ind.group(1).lower(), s.end, s.end, ind.group(1))]
            elided = nearest_before(sups, s.start) if not targets and sent_targets else None
            if elided is not None and _ELIDED_GAP.fullmatch(text, elided.end, s.start) and not _OF_AFTER.match(text, s.end):
                targets = [sent_targets[-1]]  # "A supplied a fifth, and B roughly 17 per cent": the verb and object elided
            if not targets and _OF_AFTER.match(text, s.end) and "the " in text[s.end:nxt]:
                dh = DESCRIBED_HEAD.search(text, s.end, min(nxt, s.end + 90))
                t = described_material(dh.group(1), sent, doc, s.start) if dh is not None else None
                targets = [t] if t is not None else []  # "70 per cent of the market for the highest grades of the acid"
            if not targets and not mats and _NEEDS_OF.match(text, s.end) \
                    and _MEET_BEFORE.search(text, max(a, s.start - 25), s.start):
                carried = _carried(sent, doc, sent_targets, s.start)  # "will meet 40% of the company's requirements"
                targets = [carried] if carried is not None and carried.type == "Material" else []
            if not targets and _GENERIC_OF.match(text, s.end):
                continue  # "to mine 10% of the strategic raw materials it uses": a class, not the material discussed
            if not targets and pattern("supplies", "produce_passive").search(clause):
                topic = doc.topic(sent.index)
                if topic is not None:
                    targets = [topic]
            if not targets and not mats and not _OFF_TOPIC.search(clause) and (
                    _RUNNER_SHARE.search(text, max(a, s.start - 40), s.start)
                    or _RANKED_SHARE.search(text, max(a, s.start - 30), s.start)
                    or _SHARE_OF.search(text, max(a, s.start - 60), s.start)):
                carried = _carried(sent, doc, sent_targets, s.start)  # "followed by Chile at 20%", "Russia for about 13%"
                targets = [carried] if carried is not None else []
            if not targets and _WORLD_SCOPE.match(text, s.end) and not _OFF_TOPIC.search(clause):
                carried = _carried(sent, doc, sent_targets, s.start)  # "China mined 60% of the world total": of what was named
                targets = [carried] if carried is not None else []
            if not targets:
                continue
            producer = _offtake_producer(sent, doc, a, s, targets, nxt) if has_offtake else None
            buyer = nearest_before([x for x in sups if x.type != "Facility"], s.start) if producer is not None else None
            if buyer is not None and buyer.ref == producer.ref:
                buyer = None
            supplier = producer or nearest_before(sups, s.start)
            rel = _REL_ASIDE_VERB.search(text, max(a, s.start - 220), s.start) \
                if producer is None and supplier is not None and (", wh" in text[a:s.start] or " by " in text[a:s.start]) \
                else None
            if rel is not None and supplier.start > rel.start():
                # "Foo, which mines ore at the A and B pits, supplies half of ...": the subject before the aside
                supplier = nearest_before([x for x in sups if "relative" not in x.tags], rel.start(), 40) or supplier
            described = nearest_before([p for p in pronouns if p.name in _SITE_WORDS], s.start, 60) \
                if producer is None and supplier is not None else None
            if described is not None and described.start > supplier.end \
                    and _REPORTED.search(text, supplier.end, described.start):
                # "Acme says the mine could meet 35% of demand": the mine's share, not the firm's
                supplier = _resolve_subject(described, sent, doc, ("Facility", "Firm")) or supplier
            if supplier is not None and producer is None and supplier.end <= s.start \
                    and (_BUYER_BEFORE.search(text, supplier.end, s.start)
                         or _STAKE_BEFORE.search(text, max(a, s.start - 90), s.start)):
                continue  # "with China the biggest buyer, taking a third of the exports": what it buys; a JV stake
            if supplier is not None and _COMPARED.search(text, max(a, supplier.start - 14), supplier.start):
                # "the second-biggest producer after Australia, accounting for a fifth": not Australia's share
                supplier = nearest_before(sups, supplier.start) or supplier
            if supplier is None and _ITS.match(text, a) and _ITS.match(text, a).end() <= s.start:
                supplier = _its_subject(sent, doc)  # "Its share of the total was 37%, followed by Chile ...": not Chile
            if supplier is None:
                after = [x for x in sups if x.start >= s.end and re.search(
                    r"\b(?:in|by|from)\s+(?:the\s+)?(?:\w+\s+)?$", text[max(a, x.start - 20):x.start])]
                # "98% of the magnets used in the EU are shipped from China": where they come from, not where used
                origin = [x for x in after if re.search(r"\bfrom\s+(?:the\s+)?(?:\w+\s+)?$", text[max(a, x.start - 20):x.start])]
                after = origin or [x for x in after if not _USED_IN_BEFORE.search(text, max(a, x.start - 30), x.start)]
                supplier = after[0] if after else None
            if supplier is None:
                # the description or pronoun nearest before the share: "says the mine could meet 35%"
                for p in reversed([p for p in pronouns if p.end <= s.start and s.start - p.end < (70 if p.name.startswith("the ") else 40)]):
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
            importer = buyer if producer is not None else None
            if producer is not None:
                for t in targets:  # the share of a site's output sold: the site makes it
                    emit("PRODUCES", producer, t, {"status": "planned" if when == "future" else "operating",
                                                   "hedged": hedged}, lead=False)
            elif "from" in clause and _COMES_FROM.search(text, s.end, b) and not _COMES_FROM.search(text, a, supplier.start) \
                    and supplier.start < s.start:
                # "Some 60% of the cobalt Japan buys comes from Finland": the share is the importer's
                came = _COMES_FROM.search(text, s.end, b)
                origin = first_after(sent.of(("Country", "Firm"), came.end(), b, skip=("cited", "locator")), came.end(), 0)
                if origin is not None:
                    importer, supplier = supplier, origin
            elif _GETS.search(text, supplier.end, s.start) and "from" in clause:
                origin = [x for x in sent.of(("Country", "Firm"), s.end, b, skip=("cited", "locator"))
                          if _FROM_ORIGIN.search(text, max(s.end, x.start - 12), x.start)]
                if origin:  # the share is the importer's: the supplier is where it comes from
                    importer, supplier = supplier, origin[0]
            window = text[max(a, s.start - 30):nxt]
            after_text = text[s.end:min(b, s.end + 120)]
            if pattern("supplies", "demand_share").search(after_text) or _NEEDS_OF.match(text, s.end):
                basis = "demand_coverage"
            elif pattern("supplies", "output_share").search(after_text):
                basis = "supplier_output_share"
            elif re.search(r"\bimports?\b|\bcome\s+from\b|\bcomes\s+from\b", window, re.I):
                basis = "import_share"
            else:
                basis = "market_share"
            recipients = [importer] if importer is not None else [x for x in sent.mentions if "recipient" in x.tags]
            if producer is not None:
                basis = "supplier_output_share"
            elif importer is not None:
                basis = "import_share"
            props = {"share": s.value, "share_text": s.text, "share_basis": basis,
                     "stage": stage_of(text[s.end:_phrase_end(text, s.end, nxt)]) or stage_of(window)
                     or stage_of(text[a:s.start])
                     or ("imports" if basis == "import_share" else None),
                     "recipient": recipients[0].name if recipients else None,
                     "tense": when, "hedged": hedged}
            if s.qualifier:
                props["share_note"] = s.qualifier
            suppliers = [supplier]
            if importer is None and supplier in sent.mentions and (_EACH.search(text, supplier.end, s.start)
                                                                  or _EACH_AFTER.match(text, s.end)):
                # "A and B were next, each with about 5%": the share is every list member's
                suppliers = [x for x in sent.list_at(supplier) if not (x.tags & set(_SKIP))] or [supplier]
            for sup in suppliers:
                for t in targets:
                    emit("SUPPLIES", sup, t, props)
        # B. dominance wording
        for d in (pattern("supplies", "dominance").finditer(clause) if has_dom else ()):
            ds, de = d.start() + a, d.end() + a
            if any(s.start <= ds <= s.end + 40 and not any(s.end < m.start and m.end <= ds for m in mats)
                   for s in shares) and not (
                    ("remainder" in d.group(0) or "rest" in d.group(0))
                    and any(s.end < x.start < ds for s in shares for x in sups)):
                continue  # (but "a quarter, with Peru and Zambia accounting for the rest": the others' part)
            word = d.group(0).lower()
            if _BUYS_BEFORE.search(text, max(a, ds - 20), ds):
                continue  # "India imports almost all the needle coke it uses": what it buys, not what it supplies
            if "concentrated" in word:
                first = first_after(sent.of("Country", a, b, skip=("cited", "paren")), de, 40)
                near = nearest_before(mats, ds)
                if first is None or near is None:
                    continue
                lead = mats[0] if mats[0].start - a < 40 else None
                if lead is not None and lead is not near and _UNSAID_OUTPUT.search(text, near.end, ds):
                    # "Hafnium is a by-product of zirconium, and world output ... is concentrated in": the subject's
                    near = lead
                for c in sent.list_at(first):
                    for mtl in sent.list_at(near):
                        emit("SUPPLIES", c, mtl, {"qualifier": "concentrated", "stage": "resources"})
                continue
            supplier = nearest_before([x for x in sups if "relative" not in x.tags], ds)
            aside_at = _ASIDE_BEFORE.search(text, max(a, ds - 100), ds) if supplier is not None else None
            if aside_at is not None and supplier.start > aside_at.start():
                # "Russia, home to Nornickel, is a distant third": the subject before the aside
                supplier = nearest_before([x for x in sups if "relative" not in x.tags], aside_at.start(), 40) or supplier
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
            if supplier in sent.mentions and _OWN_RELATIVE.match(text[supplier.end:ds]):
                # "China, which mines 60% of fluorspar and is also the largest exporter of hydrofluoric acid": the
                # relative clause is about its own subject
                dmats = [m for m in mats if m.start > supplier.end]
            own = _OWN_OUTPUT.match(text, de) if word.endswith(" of") else None
            inner = [m for m in dmats if ds <= m.start and m.end <= de]
            role = _ROLE_WORDS.search(word) if not inner else None
            named_role = role is not None and any(w not in _GENERIC_ROLE for w in role.group(1).lower().split()) \
                and not _OF_AFTER.match(text, de)
            # "the biggest zinc smelter": the material is inside; "the biggest coal miner, has bought lithium assets":
            # the role names its own goods, a material further on is not them
            first = inner[0] if inner else (_materials_after(dmats, de, b, 80) if own is None and not named_role else None)
            if first is not None and (_RELATIVE_CUT.search(text, de, first.start) or _CAUSE_CUT.search(text, de, first.start)):
                first = None  # "most of its ore to China, where it feeds pig-iron furnaces": not what is supplied
            targets = sent.list_at(first) if first is not None else []
            into = _INTO.match(text, targets[-1].end + 1) if targets and "into" in clause else None
            if into is not None:  # "dominates the processing of tungsten into APT and carbide": the products too
                # (named first, so that the material a later "Vietnam was second" carries is the tungsten)
                targets = _loose_list(sent, into.end(), b, 25) + targets
            if own is not None:
                t = _own_output(own, sent, doc, sent_targets, ds)
                targets = [t] if t is not None else []
            elif not targets:
                near = nearest_before([m for m in dmats if m.start > supplier.start], ds)
                if near is None and not named_role:
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
            # "A and B were second and third": a rank for each member of the list
            ranks_each = _RANK.search(word) is not None and _AND_RANK.match(text, de)
            if supplier in sent.mentions and supplier.type in ("Country", "Firm") and (_RANK.search(word) is None or ranks_each):
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
                # "the second-biggest lithium producer after Australia": the one ranked above supplies it too
                after = _RANK_AFTER.match(text, de) if _RANK.search(word) else None
                above = first_after(sent.of(("Country", "Firm"), a, b, skip=_SKIP), after.end(), 0) if after else None
                for t in (targets if above is not None and above.ref != supplier.ref else ()):
                    emit("SUPPLIES", above, t, {"qualifier": "ranked above " + supplier.name, "stage": props["stage"],
                                                "tense": when}, lead=False)
        # "Tajikistan ranks second among producers and Russia third": an elliptical rank
        if rank_targets or sent_targets:
            for c in sent.of(("Country", "Firm"), a, b, skip=_SKIP):
                if _BARE_RANK.match(text, c.end):
                    for t in (rank_targets or sent_targets[-1:]):
                        emit("SUPPLIES", c, t, {"qualifier": _BARE_RANK.match(text, c.end).group(1).lower()}, lead=False)
        # "as much as second-placed Indonesia", "ahead of No. 3 producer Peru": a rank worn as a title
        for c in (sent.of(("Country", "Firm"), a, b, skip=_SKIP) if has_title_rank else ()):
            r = _TITLE_RANK.search(text, max(a, c.start - 40), c.start)
            if r is None:
                continue
            t = (rank_targets or sent_targets or [None])[-1] or _carried(sent, doc, sent_targets, r.start())
            if t is not None and t.type == "Material":
                emit("SUPPLIES", c, t, {"qualifier": r.group(0).strip().lower(), "tense": when}, lead=False)
        # C. producing verbs, active voice
        appositives = None
        last_verb = None  # (end, subject) of the last producing verb read in this clause
        for v in (_C_VERBS.finditer(clause) if has_verb else ()):
            vs, ve = v.start() + a, v.end() + a
            if v.group(0).lower().endswith("ed") \
                    and (re.search(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+\s+)?$", text[max(a, vs - 20):vs])
                         or re.match(r"\s+(?:in|into|by|from|at|when|with|as|to)\b", text[ve:ve + 7])
                         and any(0 <= vs - m.end <= 1 for m in mats)):
                continue  # passive, or a participle after its noun ("the graphite produced at the plant"): handled below
            if any(abs(s.start - ve) < 30 for s in shares):
                continue
            if _NOUN_BEFORE.search(text, max(a, vs - 12), vs):
                continue  # "a ban on the export of", "its supply of": a noun, not a verb with a subject
            if any(f.start <= vs < f.end for f in sups if f.type == "Facility"):
                continue  # "the Kestrel mine": part of a name, not the verb
            if _OF_AFTER.match(text, ve) and v.group(0).lower() in _NOUN_FORMS:
                continue  # "saying exports of X would ...": a noun phrase
            purpose = _PURPOSE.search(text, max(a, vs - 20), vs)
            site = nearest_before(sups, vs, 120) if purpose is not None else None
            if purpose is not None and not (purpose.group(0).lower().startswith(("designed", "able")) and (
                    has_qty and _TONNAGE_AT.match(text, ve) or site is not None and site.type == "Facility"
                    or any(x.name in _SITE_WORDS and vs - x.end < 60 for x in pronouns if x.end <= vs))):
                continue  # "the equipment used to make them": a purpose, not a producer ("the plant is designed to
                # produce 9,000 tonnes" is a plan of the plant's)
            if _NEGATED_OBJECT.match(text, ve) or _RATHER_THAN.search(text, max(a, vs - 16), vs):
                continue  # "has produced no gallium since 1987", "rather than ship raw ore abroad"
            if _IDIOM_OBJECT.match(text, ve) and v.group(0).lower().startswith(("mak", "made", "turn", "put")):
                continue  # "could make an offer for a lithium developer": an idiom, not making the material
            if has_qty:
                q = _TONNAGE_AT.match(text, ve)
                qof = _OF_GAP.match(text, q.end()) if q is not None else None
                if q is not None and not (qof and first_after(mats, q.end(), _of_limit(qof))):
                    continue  # "produced 28,000 tonnes as a by-product of its nickel industry": the quantity rule reads it
            if v.group(0).endswith("ed") and verb_adjective.search(text, max(a, vs - 14), vs):
                continue  # "supplying separated dysprosium": an adjective, not the verb
            if v.group(0).lower() in ("making", "separating", "shipping", "selling", "recovering", "refining", "smelting") \
                    and not _ING_HEAD.search(text, max(a, vs - 24), vs):
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
            subject = _aside_subject(sent, doc, pronouns, a, vs) if "," in text[a:vs] else None
            elided = last_verb is not None and _ELIDED_AND.fullmatch(text, last_verb[0], vs) \
                and not any(last_verb[0] <= x.start < vs and not _PLACE_BEFORE.search(text, last_verb[0], x.start)
                            for x in cands)  # (a name in "in the Kalahari field" is a place, not a new subject)
            if subject is None and elided:
                # "Foo, which mines manganese in the Kalahari and will supply ore to the refinery": the same subject
                subject = last_verb[1]
            if subject is None:
                subject = nearest_before(cands, vs, 45 + sum(q - p for p, q in aside if p < vs))
            if subject is not None and subject.type == "Country":
                aside_at = _ASIDE_BEFORE.search(text, max(a, vs - 100), vs)
                if aside_at is not None and subject.start > aside_at.start():
                    # "Element Six, headquartered in the UK, already makes ...": the subject before the aside
                    subject = nearest_before(cands, aside_at.start(), 40) or subject
            bare = nearest_before([p for p in pronouns if p.name in ("it", "they")], vs, 30) if subject is not None else None
            if bare is not None and bare.start > subject.end and _AUX_GAP.fullmatch(text, bare.end, vs):
                # "... after Kazakhstan, and it has long supplied nickel": the pronoun is the subject, not the name before
                subject = _resolve_subject(bare, sent, doc, ("Firm", "Country", "Facility")) or subject
            described = nearest_before([p for p in pronouns if p.name.startswith("the ") and "relative" not in p.tags], vs, 45)
            if described is not None and (subject is None or described.start > subject.end):
                # "..., the first time the Australian miner has sold ...": the description is the subject
                subject = _resolve_subject(described, sent, doc, ("Firm", "Facility")) or subject
            which = _WHICH_BEFORE.search(text, max(a, vs - 40), vs) \
                if "," in text[max(a, vs - 30):vs] or "and which" in text[max(a, vs - 40):vs] else None
            if which is not None and (subject is None or which.group("all")):
                # "the Foo plant in Bar, some 25 km up the coast, which turns ...": the site before the asides
                subject = nearest_before([x for x in cands if x.type in ("Facility", "Firm")], which.start(), 90)
                if subject is not None and which.group("all"):
                    # "A and the B mine, both of which produce ...": every member of the list
                    members = [x for x in sent.mentions if x.type in ("Facility", "Firm") and x.end <= subject.end
                               and _LOOSE_SEP.fullmatch(text, x.end, subject.start)]
                    both = members[-1:] + [subject]
                    subject_list = both
                else:
                    subject_list = None
            else:
                subject_list = None
            if subject is None and "," in text[a:vs]:
                comma = _COMMA_ASIDE.search(text, max(a, vs - 140), vs)
                if comma is not None:  # "X, in the hills north of Y, would produce": past the aside
                    subject = nearest_before(cands, comma.start(), 45)
            if subject is None:
                firsts = [m for m in sent.mentions if m.start >= a and m.type not in ("Pronoun",)
                          and not _BACKED_AFTER.match(text, m.end)]
                if firsts and firsts[0].type in ("Firm", "Country", "Facility") and firsts[0].start - a < 40 \
                        and firsts[0].end <= vs and not _DATELINE.match(text, firsts[0].end) \
                        and not (firsts[0].tags & set(_SKIP)):
                    subject = firsts[0]
            if subject is None:
                for p in pronouns:
                    if p.start < vs and vs - p.end < 40:
                        subject = _resolve_subject(p, sent, doc, ("Firm", "Country", "Facility"))
            if subject is None and a == 0 and text.startswith(("Its ", "Their ")) and _ITS.match(text) \
                    and _ITS.match(text).end() <= vs:
                subject = _its_subject(sent, doc)  # "Its refineries turned out ...": the last sentence's subject
            if subject is None:
                continue
            if subject.type == "Country":
                host = nearest_before([x for x in cands if x.type in ("Facility", "Firm")], subject.start, 6)
                if host is not None and re.fullmatch(r"\s+in\s+(?:the\s+)?", text[host.end:subject.start]):
                    subject = host  # "the Foo plant in France, which can separate ...": the plant, not its place
            subjects = [subject]
            if subject_list:
                subjects = subject_list
            elif subject in sent.mentions and subject.type in ("Country", "Firm"):
                # "Japan, South Korea and Russia refine ...": the whole coordinated subject
                subjects = [x for x in sent.list_at(subject)
                            if x.end <= subject.end and not (x.tags & set(_SKIP))] or [subject]
            last_verb = (ve, subject)
            if v.group(0).lower() in ("restarted", "resumed") and subjects[0].start > a \
                    and _OBJECT_OF_BEFORE.search(text, max(a, subjects[0].start - 12), subjects[0].start):
                continue  # "talks between A and B resumed": the names are not what restarted
            gap = text[subject.end:vs]
            if pattern("supplies", "negation").search(gap) or re.search(r"\bno\s+\w*\s*$", gap):
                continue
            obj = _OBJECT_PRONOUN.match(text, ve)
            if obj is None and _QUANTITY_OBJECT.match(text, ve) and not _materials_after(mats, ve, b, 60):
                obj = _QUANTITY_OBJECT.match(text, ve)  # "produce only token amounts": of the material discussed
            part = None
            if obj is None and "of" in clause and not _materials_after(mats, ve, b, 60):
                part = _PART_OBJECT.match(text, ve)  # "ships most of its output to China": the material discussed
            if obj is None and part is None and ("ore" in clause or "concentrate" in clause) \
                    and not _materials_after(mats, ve, b, 60):
                part = _RAW_OBJECT.match(text, ve)  # "will supply ore to the refinery": the raw form of the metal
            pair = _BOTH.match(text, ve) if obj is None and part is None and ("both" in clause or "two" in clause) else None
            if part is not None:
                t = _own_output(part, sent, doc, sent_targets, vs)
                if t is not None and part.re is _RAW_OBJECT and not t.name.endswith(("ore", "concentrate")):
                    t = None  # "processes ore": of a metal we can name, else not a material of its own
                targets = [t] if t is not None else []
            elif pair is not None:
                targets = _last_materials(sent, doc, vs, 2)  # "refines both metals": the two just named
            elif obj:
                # "recovers the metal from zinc concentrate": the material named earlier
                t = nearest_before([m for m in sent.of("Material") if "relative" not in m.tags], vs) \
                    or doc.topic(sent.index, 3) or doc.last("Material", sent.index)
                targets = [t] if t is not None else []
            else:
                first = _materials_after(mats, ve, b, 60)
                if first is not None and " in " in text[first.end:first.end + 4]:
                    first = _in_form(sent, first)
                targets = sent.list_at(first) if first is not None else []
            if "into" in clause:
                # "smelts it into pig iron and matte", "turns concentrate into oxides": the products, not the feed
                into = _INTO.search(text, ve, min(b, ve + 70))
                if into is not None and _INTO_CUT.search(text, ve, into.start()):
                    into = None  # "produces MHP, an intermediate that is refined into sulphate": another verb's
                made = _loose_list(sent, into.end(), b, 25) if into is not None else []
                if made:
                    targets = made
                elif _INTO_VERB.match(v.group(0)):
                    continue
            if targets and _INCLUDING.match(text, targets[-1].end):
                # "separates light rare earths such as neodymium and praseodymium": the named members too
                targets = targets + _loose_list(sent, _INCLUDING.match(text, targets[-1].end).end(), b)
            if not targets:
                continue
            verb = v.group(0).lower()
            supply_verb = bool(_SUPPLY_VERB.match(verb))
            kind = "SUPPLIES" if subject.type == "Country" or supply_verb else "PRODUCES"
            stage = "exports" if verb.startswith(("export", "ship", "send")) else stage_of(verb)
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
            if p.group(0).lower().startswith(("leav", "left")):
                if near is None or ps - near.end > 2:
                    continue  # "the cobalt hydroxide leaving Congo", not "the trader left Congo"
            if near is None and not _OFF_TOPIC.search(clause):
                near = _carried(sent, doc, sent_targets)  # "smelters process much of the ore mined in Myanmar"
            if near is None:
                continue
            qual = "small amounts" if re.search(r"small amounts", clause, re.I) else None
            # "the main producers are A and B": a ranked position (SUPPLIES), not only making
            rank = _RANKING.search(text, max(a, ps - 30), ps) if p.group(0).lower().startswith("producer") else None
            if rank is not None and qual is None:
                qual = text[rank.start():pe].lower()
            for c in sent.list_at(first):
                for mtl in (sent.list_at(near) if near in sent.mentions else [near]):
                    props = {"stage": stage_of(p.group(0)) or "production", "qualifier": qual,
                             "tense": when, "hedged": hedged}
                    emit("SUPPLIES" if c.type == "Country" or rank is not None else "PRODUCES", c, mtl, props)
                    if rank is not None and c.type != "Country" and mtl.type == "Material":
                        out.append(_fact("PRODUCES", c, mtl, {"status": "operating"}, sent))  # it makes it, too
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
        # E2. goods named by their origin and sent abroad: "Most Congolese cobalt is shipped to China",
        # "the bulk of Australian spodumene concentrate goes to Chinese converters", "much of Peruvian output leaves ..."
        for c in (sent.of("Country", a, b, skip=("cited", "paren", "recipient")) if has_ship else ()):
            if not (_DEMONYM_END.search(c.text) or c.text.isupper()) or c.text == c.name:
                continue
            gap = _ORIGIN_GAP.match(text, c.end)
            mtl = first_after(mats, gap.end(), 0) if gap else None
            own = _ORIGIN_OUTPUT.match(text, c.end) if mtl is None else None
            if mtl is None and own is None:
                continue
            end = mtl.end if mtl is not None else own.end()
            sent_off = _ORIGIN_SHIP.match(text, end)
            if sent_off is None or _RELATIVE_CUT.search(text, end, sent_off.end()):
                continue
            if mtl is not None:
                targets = [x for x in sent.list_at(mtl) if x.start >= mtl.start]
            else:
                t = _own_output(own, sent, doc, sent_targets, c.start)
                targets = [t] if t is not None else []
            qual = _ORIGIN_SHARE.search(text, max(a, c.start - 30), c.start)
            for t in targets:
                emit("SUPPLIES", c, t, {"stage": "exports", "qualifier": qual.group(0).strip().lower() if qual else None,
                                        "tense": when, "hedged": hedged})
        # E4. where most of it comes from: "..., most of it from the Nui Phao mine", "much of that from Chilean brines"
        for o in (_PART_FROM.finditer(text, a, b) if "of it" in clause or "of that" in clause or "of them" in clause else ()):
            first = first_after(sent.of(SUPPLIERS, a, b, skip=("cited",)), o.end(), 0)
            if first is None:
                continue
            t = _carried(sent, doc, sent_targets, o.start())
            for org in ([x for x in sent.list_at(first) if x.start >= first.start] if t is not None else []):
                emit("auto", org, t, {"qualifier": o.group("q").lower(), "status": "operating", "tense": when,
                                      "hedged": hedged}, lead=False)
        # E5. a supply contract and its seller: "signed contracts for polysilicon with Germany's Wacker Chemie and
        # with OCI", "an agreement with Kazatomprom for deliveries of uranium hexafluoride"
        for d in (_DEAL.finditer(text, a, b) if has_deal else ()):
            for seller, goods in _deal_parties(sent, d.end(), b):
                emit("SUPPLIES", seller, goods, {"stage": "supply", "tense": when, "hedged": hedged}, lead=False)
        # E3. an import's origin: "began importing dysprosium from Lynas", "buys most of its cobalt from Congo",
        # "importing the company's terbium", "relies on China for its rare earths"
        for o in (_ORIGIN_VERB.finditer(text, a, b) if has_origin else ()):
            oe = o.end()
            origins, targets = [], []
            if o.group("rely"):
                first = first_after(sent.of(("Country", "Firm"), a, b, skip=("cited",)), oe, 4)
                if first is None:
                    continue
                origins = [x for x in sent.list_at(first) if x.start >= first.start]
                tail = _RELY_FOR.match(text, origins[-1].end)
                mtl = first_after(mats, tail.end(), 0) if tail else None
                targets = [x for x in sent.list_at(mtl) if x.start >= mtl.start] if mtl is not None else []
            else:
                cut = _ORIGIN_FROM.search(text, oe, min(b, oe + 90))
                inside = [m for m in mats if oe <= m.start and (cut is None or m.end <= cut.start())]
                part = _PART_OBJECT.match(text, oe) if not inside and cut is not None else None
                if part is not None and part.end() <= cut.start():
                    # "importing most of its ore from A and B": the raw form of the material discussed
                    t = _own_output(part, sent, doc, sent_targets, o.start())
                    inside = [t] if t is not None and t.type == "Material" else []
                    targets = inside
                if not inside:
                    continue
                if _RELATIVE_CUT.search(text, oe, inside[0].start):
                    continue
                if part is None:
                    targets = [x for x in sent.list_at(inside[0]) if x.start >= inside[0].start]
                owner = _POSS_OWNER.search(text, max(oe, inside[0].start - 60), inside[0].start) if part is None else None
                if cut is not None:
                    cands = sent.of(SUPPLIERS, a, b, skip=("cited",))
                    first = first_after(cands, cut.end(), 0)
                    held = first_after([x for x in cands if x.type != "Country"], first.end, 4) \
                        if first is not None and first.type == "Country" else None
                    if held is not None and _POSS_GAP.fullmatch(text, first.end, held.start):
                        first = held  # "buys zirconium from Russia's TVEL": the firm, not its country
                    origins = [x for x in sent.list_at(first) if x.start >= first.start] if first is not None else []
                elif owner is not None:
                    # "importing Lynas's dysprosium", "buying the company's magnets": the owner supplies them
                    named = [x for x in sent.of(("Firm", "Facility", "Pronoun"), oe, inside[0].start, skip=("cited",))
                             if x.end == owner.start()]
                    who = _resolve_subject(named[0], sent, doc, ("Firm", "Facility")) if named else None
                    origins = [who] if who is not None else []
            buyer = nearest_before([x for x in sent.of(("Country", "Firm"), a, o.start(), skip=_SKIP)], o.start())
            for org in origins:
                if org.type not in SUPPLIERS:
                    continue
                for t in targets:
                    emit("SUPPLIES", org, t, {"stage": "imports" if o.group(0).lower().startswith(("import", "rel", "dep")) else "supply",
                                              "recipient": buyer.name if buyer is not None and buyer.type == "Country" else None,
                                              "tense": when, "hedged": hedged}, lead=False)
        # F. a facility named with what it makes: "the only rare earth mine ..., the Mountain Pass Mine",
        # "the X mine in Nevada, the only lithium mine in the US", "is building a rare earth refinery at Y"
        for fac in (sent.of("Facility", a, b, skip=()) if has_fac else ()):
            ap = _FACILITY_APPOSITIVE.match(text, fac.end)
            inside = [x for x in mats if fac.start <= x.start and x.end <= (ap.end() if ap else fac.end)
                      and x.start >= fac.start]
            if inside and (ap or re.search(r"\b(?:mine|refinery|smelter|plant|factory)\b", fac.text, re.I)):
                status = "planned" if when == "future" or re.search(
                    r"\b(?:build\w*|construct\w*|develop\w*|planned|proposed|due\s+to)\b", clause, re.I) else "operating"
                ranked = _SIZE_RANK.search(text, fac.end, ap.end()) if ap else None
                for mtl in inside[:1]:
                    if ranked:  # "the Weda Bay mine, one of the largest nickel mines in the world": a rank
                        emit("SUPPLIES", fac, mtl, {"qualifier": ap.group(0).strip(" ,"), "tense": when}, lead=False)
                    else:
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
                subject = _aside_subject(sent, doc, pronouns, a, vs) if "," in text[a:vs] else None
                if subject is None:
                    subject = nearest_before([x for x in sups if "relative" not in x.tags], vs, 80)
                if subject is None and _ITS.match(text, a):
                    subject = _its_subject(sent, doc)
                if subject is None:
                    for p in pronouns:
                        if p.start < vs and vs - p.end < 40:
                            subject = _resolve_subject(p, sent, doc, SUPPLIERS)
                if subject is None or pattern("supplies", "negation").search(text, subject.end, vs):
                    continue
                subjects = [subject]
                if subject in sent.mentions and subject.type in ("Country", "Firm"):
                    subjects = [x for x in sent.list_at(subject)
                                if x.end <= subject.end and not (x.tags & set(_SKIP))] or [subject]
            of = _OF_GAP.match(text, qe)
            named = first_after(mats, qe, _of_limit(of)) if of else None
            if named is not None:
                named = _in_form(sent, named) if " in " in text[named.end:named.end + 4] else named
                targets = sent.list_at(named)
            elif _OFF_TOPIC.search(clause):
                continue
            else:
                t = _carried(sent, doc, sent_targets) if sent_targets else (
                    nearest_before([m for m in sent.of("Material") if "relative" not in m.tags], qs)
                    or doc.current_material(sent.index))
                if t is not None and not is_element(t.name) and of is not None and _THE_METAL.match(text, qe):
                    # "38,000 tons of the metal" after "cobalt hydroxide": the element, not the compound
                    head = t.name.split()[0]
                    t = Mention("Material", head, t.start, t.start + len(head), head) if is_element(head) else t
                targets = [t] if t is not None else []
            stage = stage_of(verb.group(0)) if verb is not None else None
            sites = _quantity_sites(sent, targets[-1].end if named is not None else qe, b) \
                if verb is not None and targets and (" at " in text[qe:b] or " through " in text[qe:b]) else []
            if sites:
                # "mined 9,000 tonnes at its A and B copper-cobalt mines": the mines too, and what their names say
                named_in = [m for m in sent.of("Material", sites[0].start, sites[-1].end, skip=())
                            if "facility_part" in m.tags]
                subjects = subjects + [(x, named_in) for x in sites if x.ref not in {y.ref for y in subjects}]
            topic = None
            for sub in subjects:
                sub, extra = sub if isinstance(sub, tuple) else (sub, [])
                for t in targets + [m for m in extra if m.ref not in {x.ref for x in targets}]:
                    props = {"quantity": q.group(0), "stage": stage or "production", "tense": when, "hedged": hedged}
                    if sub.type != "Country":
                        props["status"] = "planned" if when == "future" else "operating"
                    if t not in targets and topic is None:
                        topic = (doc.supply_material,)
                    emit("auto", sub, t, props)
            if topic is not None:
                doc.supply_material = topic[0]  # a material only a site's name gives is not what the text is about
        # K. production named by a noun: "Solvay restarted separation of rare earths at its plant", "will expand its
        # production of magnets to 10,000 tonnes", "a capacity of 2,000 tonnes a year of magnets", "ramp up output"
        for n in (_NOMINAL.finditer(text, a, b) if has_nominal else ()):
            ns, ne = n.start(), n.end()
            if pattern("supplies", "negation").search(text, max(a, ns - 20), ns):
                continue
            qty = None
            if n.group("cap"):
                qty = _TONNAGE.search(text, ne, min(b, ne + 60))
                if qty is None or not _CAPACITY_GAP.fullmatch(text, ne, qty.start()):
                    continue
                of = _PER_YEAR_OF.match(text, qty.end())
            else:
                of = _NOMINAL_OF.match(text, ne)
            mtl = first_after(mats, of.end(), 0) if of is not None else None
            listed = []
            if mtl is None and of is not None:
                inc = _INCLUDING.search(text, of.end(), min(b, of.end() + 40))
                listed = _loose_list(sent, inc.end(), b) if inc is not None else []
                mtl = listed[0] if listed else None  # "of separated oxides, including NdPr oxide and ..."
            if mtl is None and of is None:
                inner = [m for m in mats if ns <= m.start and m.end <= n.start("noun")]
                mtl = inner[-1] if inner else None  # "has expanded rare earth separation", "magnet capacity"
            if mtl is None and n.group("cap") and qty is not None:
                tail = _OF_GAP.match(text, qty.end())  # "capacity of about 2,000 tonnes of sintered magnets a year"
                mtl = first_after(mats, tail.end(), 0) if tail else None
            pos = n.start()
            subject = _nominal_subject(sent, doc, sups, pronouns, pos, a)
            at = [f for f in sent.of("Facility", ne, b, skip=()) if f.start - ne < 90
                  and _AT_PLANT.search(text, max(ne, f.start - 40), f.start)]
            if subject is None and at:
                subject = at[0]
            if subject is None and not sups and _NOMINAL_LEAD.match(text):
                # "Nameplate capacity is expected to be 5,500 tonnes ...": of the site just named
                subject = next((x for i, x in reversed(doc.history) if sent.index - 3 <= i < sent.index
                                and x.type == "Facility"), None)
            if subject is None:
                continue
            if listed:
                targets = listed
            elif mtl is not None:
                targets = [x for x in sent.list_at(mtl) if x.start >= mtl.start]
                inc = _INCLUDING.match(text, targets[-1].end)
                if inc is not None:  # "... oxides, including NdPr oxide and dysprosium oxide": the items too
                    targets += _loose_list(sent, inc.end(), b)
            elif (n.group("noun") or "").lower() in ("output", "production") and of is None and (
                    subject.type == "Facility" or at) and not _OFF_TOPIC.search(clause):
                t = _carried(sent, doc, sent_targets, ns)  # "expects its Sangdong mine to ramp up output"
                targets = [t] if t is not None and t.type == "Material" else []
            else:
                targets = []
            status = "planned" if when == "future" or n.group("cap") and re.search(
                r"\b(?:will|would|expected|planned|designed|nameplate)\b", clause, re.I) else "operating"
            props = {"stage": stage_of(n.group(0)) or "production", "status": status, "tense": when, "hedged": hedged,
                     "capacity": qty.group(0) if qty is not None else None}
            for sub in [subject] + [f for f in at[:1] if f is not subject]:
                for t in targets:
                    emit("auto", sub, t, props, lead=False)
        # K2. a site brought into production: "is bringing its Sangdong mine back into production"
        for n in (_INTO_PRODUCTION.finditer(text, a, b) if has_nominal and "into" in low else ()):
            fac = nearest_before(sent.of("Facility", a, b, skip=()), n.start(), 40)
            if fac is None or _OFF_TOPIC.search(clause):
                continue
            t = _carried(sent, doc, sent_targets, fac.start)
            if t is not None and t.type == "Material":
                emit("PRODUCES", fac, t, {"status": "planned"}, lead=False)
        # K3. a material's output and whose it is: "the germanium output of its plant", "cobalt production at Foo
        # Group fell", "China's gallium output", "the company's terbium production"
        for n in (_OUTPUT_NOUN.finditer(text, a, b) if has_nominal else ()):
            mtl = next((m for m in mats if 0 <= n.start() - m.end <= 1 and "facility_part" not in m.tags), None)
            if mtl is None or _ASPIRATION.match(text, n.end()):
                continue  # "the EU's lithium production target": a goal, not output
            who = None
            if _OUTPUT_OF.match(text, n.end()):
                who = first_after(sent.of(SUPPLIERS + ("Pronoun",), a, b, skip=_SKIP), n.end(), 12)
                if who is not None and not _OUTPUT_OF.fullmatch(text, n.end(), who.start) \
                        and not re.fullmatch(r"\s+(?:at|of|from|by)\s+", text[n.end():who.start]):
                    who = None
            if who is None:
                x = nearest_before(sent.of(SUPPLIERS + ("Pronoun",), a, mtl.start, skip=("cited", "paren")), mtl.start, 4)
                if x is not None and (_POSS_GAP.fullmatch(text, x.end, mtl.start)
                                      or x.type == "Country" and not text[x.end:mtl.start].strip()):
                    who = x
            if who is not None and who.type == "Pronoun":
                who = _resolve_subject(who, sent, doc) if who.name.startswith("the ") else None
            if who is None or who.type not in SUPPLIERS:
                continue
            props = {"stage": "production", "tense": when, "hedged": hedged}
            if who.type != "Country":
                props["status"] = "planned" if when == "future" else "operating"
            emit("auto", who, mtl, props, lead=False)
    # H. the runners-up after a leader: "..., followed by Chile and China", "far ahead of Indonesia"
    if sent_targets and ("by" in text or "ahead" in text or "behind" in text or " with " in text):
        for x in sent.of(("Country", "Firm"), skip=_SKIP):
            followed = _FOLLOWED.search(text, max(0, x.start - 40), x.start)
            if followed:
                # the material of the statement the runner-up follows, not one named after it
                here = [t for t in sent_targets if t in sent.mentions]
                before = [t for t in here if t.end <= x.start]
                led = before[-1] if before else (sent_targets[-1] if not here else None)
                for y in (sent.list_at(x) if led is not None else ()):
                    if y.start >= x.start and not (y.tags & set(_SKIP)):
                        qual = "level" if followed.group("level") else \
                            "ranked above" if "behind" in followed.group(0).lower() else "runner-up"
                        emit("SUPPLIES", y, led, {"qualifier": qual, "tense": when}, lead=False)
            elif _BEHIND_AFTER.match(text, x.end) and _WITH_BEFORE.search(text, max(0, x.start - 60), x.start):
                # "..., with Brazil and India behind them": the runners-up named before "behind"
                for y in sent.list_at(x):
                    if y.end <= x.end and not (y.tags & set(_SKIP)):
                        emit("SUPPLIES", y, sent_targets[-1], {"qualifier": "runner-up", "tense": when}, lead=False)
    # I. a firm or site described by its role: "Foo, one of China's largest producers, ..."
    for x in (sent.of(("Firm", "Facility"), skip=_SKIP) if has_role else ()):
        r = _ROLE_AFTER.match(text, x.end)
        if r is None:
            title = _TITLE_BEFORE.search(text, max(0, x.start - 20), x.start) if x.type == "Firm" else None
            made = [m for m in sent.of("Material", max(0, x.start - 60), x.start, skip=("cited", "paren"))
                    if 0 <= title.start() - m.end <= 1] if title is not None else []
            if made and not any(m.ref == made[-1].ref for i, m in doc.history if i < sent.index):
                made = []  # "state copper miner Foo" in a story about lithium: an epithet, not a fact of the story
            if made:
                # "aluminium producer National Aluminium", "Swedish iron ore miner Foo AB": the title names its goods
                rank = _SIZE_RANK.search(text, max(0, made[-1].start - 25), made[-1].start)
                if rank is not None:
                    emit("SUPPLIES", x, made[-1], {"qualifier": text[rank.start():title.end()].strip().lower(),
                                                   "tense": when}, lead=False)
                else:
                    emit("PRODUCES", x, made[-1], {"status": "operating"}, lead=False)
                continue
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
    # (countries too: "well ahead of other producers such as Brazil and Nigeria")
    firms = sent.of(("Firm", "Country"), skip=_SKIP) if has_role else []
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
        bought = bool(named) and named[0].start >= end and _BUYER_VERB.search(text, end, named[0].start)
        if bought:
            continue  # "makers such as A use dysprosium": what they buy, not what they make
        head = (r.group("mid") or "").split()[-1:]
        mid_at = r.start("mid") + (r.group("mid") or "").rfind(head[0]) if head else -1
        unnamed = bool(head) and head[0].lower() not in _RANK_WORDS | _GENERIC_ROLE | _FUNCTION_WORDS \
            and not head[0].lower().endswith(("ing", "ed", ",")) \
            and not any(c.start <= mid_at < c.end for c in sent.mentions)
        if not named and unnamed:
            continue  # "solder makers such as A": goods the vocabulary does not know, not the material discussed
        dh = DESCRIBED_HEAD.search(text, end) if not named and "the " in text[end:] else None
        if dh is not None:
            found = described_material(dh.group(1), sent, doc, r.start())
            named = [found] if found is not None else []  # "suppliers, led by A and B, control 70% of the acid market"
        if not named:
            # "Cobalt prices slumped, squeezing producers such as A": the material of the sentence before them
            named = [m for m in sent.of("Material", 0, r.start(), skip=("cited", "relative", "recipient"))][-1:]
        if any(p.end <= r.start() for p in sent.of("Pronoun")):
            named = []  # "Much of it is recovered at zinc smelters such as A": the material discussed, not their ore
        targets = (sent.list_at(named[0]) if named[0] in sent.mentions else named[:1]) if named else []
        if not targets:
            t = _carried(sent, doc, sent_targets)
            targets = [t] if t is not None and t.type == "Material" else []
        led = re.search(r"\b(?:led|headed)\s+by\s+(?:\S+['\u2019]s\s+)?$", r.group(0))
        # "the main producers are A and B", "leading producers include A": a ranked position, not mere making
        ranked = r.group("mid2") is not None or bool(r.group("mid") and _RANKING.search(r.group("mid")))
        for y in members:
            for t in targets:
                if led:  # "Chinese refiners, led by Foo, process the bulk of ...": the leader's position
                    emit("SUPPLIES", y, t, {"qualifier": "leading " + r.group(0).split(",")[0].split()[-1].lower()}, lead=False)
                elif ranked:
                    emit("SUPPLIES", y, t, {"qualifier": " ".join(r.group(0).split()[:3]).strip(" ,").lower(),
                                            "tense": when}, lead=False)
                elif y.type == "Country":
                    emit("SUPPLIES", y, t, {"qualifier": "producer", "tense": when}, lead=False)
                else:
                    emit("PRODUCES", y, t, {"status": "operating"}, lead=False)
    return out
