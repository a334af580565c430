"""RESTRICTS / ExportControl rules checked on several wordings of the same fact (sentences written for these
tests, not taken from any article): each rule must carry over to phrasings it was not written on, and each has
a case that must not give the edge (or must not give it to the wrong imposer).
The rules alone (``learned=False``): the learned pair model has its own tests in test_documents_pairs.py."""

import pytest

from loaders.documents import document_json, extract_text


def run(text):
    return document_json("t.txt", extract_text(text, "t.txt", learned=False))


def restricts(text):
    """(imposer, item) of every RESTRICTS edge."""
    out = run(text)
    imposer = {n["name"]: n.get("imposer") for n in out["nodes"] if n["type"] == "ExportControl"}
    return {(imposer[e["source"]], e["target"]) for e in out["edges"] if e["type"] == "RESTRICTS"}


def targets(text):
    out = run(text)
    return {n.get("target_country") for n in out["nodes"] if n["type"] == "ExportControl"}


# --- a category followed by examples ("including") is covered too; one followed by its enumeration is not ---

@pytest.mark.parametrize("text,expected", [
    ("Vietnam requires licences for heavy rare earths, including terbium and dysprosium.",
     {("Vietnam", "heavy rare earths"), ("Vietnam", "dysprosium"), ("Vietnam", "terbium")}),
    ("Since March, Kazakhstan has required licences to export heavy rare earths, such as terbium and yttrium, "
     "to any buyer.", {("Kazakhstan", "heavy rare earths"), ("Kazakhstan", "terbium"), ("Kazakhstan", "yttrium")}),
    ("Myanmar put licensing on heavy rare earths (including dysprosium) in May.",
     {("Myanmar", "heavy rare earths"), ("Myanmar", "dysprosium")}),
])
def test_a_category_with_examples_is_covered_with_them(text, expected):
    assert restricts(text) == expected


@pytest.mark.parametrize("text", [
    "Vietnam put export licences on two heavy rare earths: dysprosium and terbium.",
    "Vietnam put export licences on two heavy rare earths - dysprosium and terbium - in May.",
])
def test_a_category_enumerated_is_only_its_list(text):
    assert restricts(text) == {("Vietnam", "dysprosium"), ("Vietnam", "terbium")}


# --- the imposer is not a country inside a closed aside, nor one describing firms, buyers or users ----------

@pytest.mark.parametrize("text,imposer", [
    ("In Zambia, where most smelters belong to Chinese firms, officials say the country will halt exports of "
     "copper concentrate from June.", "Zambia"),
    ("Bolivia, whose lithium fields attract Argentine investors, said it would require licences for lithium "
     "carbonate exports.", "Bolivia"),
    ("The U.S. put 25 Chinese firms on a trade blacklist and widened its curbs on sales of lithography tools.",
     "United States"),
    ("Canberra added 12 Japanese buyers to a registry and imposed licences on exports of nickel ore.", "Australia"),
])
def test_the_imposer_is_not_an_aside_or_a_nationality_of_firms(text, imposer):
    found = restricts(text)
    assert found and {i for i, _ in found} == {imposer}, found


def test_a_country_that_is_the_subject_still_imposes():
    assert restricts("Chinese exporters of antimony need a licence for every shipment.") == {("China", "antimony")}


# --- "A lifts B ban on X": A imposed the measure, B is its target -------------------------------------------

@pytest.mark.parametrize("text", [
    "Beijing lifts U.S. ban on gallium and germanium after trade talks.",
    "China lifts its Japan ban on gallium and germanium after talks.",
    "China has eased the US embargo on gallium and germanium.",
])
def test_lifting_a_ban_names_its_imposer_and_target(text):
    assert restricts(text) == {("China", "gallium"), ("China", "germanium")}
    assert targets(text) == {"United States"} or targets(text) == {"Japan"}


def test_a_country_ban_without_a_lifting_verb_is_that_country_s():
    assert restricts("The U.S. ban on gallium and germanium stays.") == {("United States", "gallium"),
                                                                       ("United States", "germanium")}


# --- the author named inside the trigger: "the curbs Beijing has imposed on X" -----------------------------

@pytest.mark.parametrize("text,imposer", [
    ("Seoul is stockpiling because of the curbs China has imposed on gallium and graphite.", "China"),
    ("Carmakers in Europe blame the licensing rule Beijing imposed last spring on dysprosium and terbium.", "China"),
    ("Buyers in South Korea resent the restrictions that Indonesia placed on nickel ore.", "Indonesia"),
])
def test_the_author_inside_the_trigger_imposes(text, imposer):
    found = restricts(text)
    assert found and {i for i, _ in found} == {imposer}, found


# --- a pronoun with no antecedent nearby stands for the author of the measure discussed --------------------

def test_it_after_a_measure_is_its_author_not_the_last_destination():
    text = ("China said exporters still need licences to ship gallium to the United States. "
            "Shipments fell in the quarter. It also said its ban on exporting tungsten stays in place.")
    assert ("China", "tungsten") in restricts(text)
    assert ("United States", "tungsten") not in restricts(text)


# --- technologies: a coordination of processes, what a bare head is "for", no verb as modifier ------------

@pytest.mark.parametrize("text,tech", [
    ("In March Tokyo added cobalt extraction and refining technology to its list of restricted exports.",
     "cobalt extraction and refining technology"),
    ("Ottawa restricted exports of nickel smelting and refining know-how last year.",
     "nickel smelting and refining know-how"),
    ("Vietnam requires licences for technologies for rare earth separation.", "rare earth separation technology"),
    ("Seoul put licences on equipment for growing diamond by vapour deposition.",
     "growing diamond by vapour deposition equipment"),
])
def test_technology_items(text, tech):
    found = restricts(text)
    assert any(t == tech for _, t in found), found
    assert not any(t in ("cobalt", "nickel", "rare earths") for _, t in found), found


def test_two_purposes_of_one_technology_head_are_two_items():
    found = restricts("Vietnam requires licences for technologies for rare earth separation and for the "
                      "production of magnets.")
    assert {t for _, t in found} == {"rare earth separation technology", "magnets production technology"}


def test_a_list_of_a_material_and_related_technology_keeps_the_material():
    found = restricts("Peru requires export licences for germanium and related technology.")
    assert {t for _, t in found} == {"germanium", "technology"}


# --- other wordings of a control: "controls covering", "licences became mandatory for", "licensing rules ---
# --- introduced ... for", "under the same regime", "has licensed its exports" -------------------------------

@pytest.mark.parametrize("text,expected", [
    ("In May Chile announced further controls covering lithium hydroxide.", {("Chile", "lithium hydroxide")}),
    ("Last year Peru unveiled a round of rules that cover tellurium and bismuth.",
     {("Peru", "tellurium"), ("Peru", "bismuth")}),
    ("In Vietnam licences are mandatory for exports of tungsten concentrate.", {("Vietnam", "tungsten concentrate")}),
    ("Licences are now required for shipments of cobalt hydroxide from Congo.",
     {("Democratic Republic of the Congo", "cobalt hydroxide")}),
    ("Malaysia kept the licensing rules introduced in March for rare earth oxides.",
     {("Malaysia", "rare earth oxides")}),
    ("The Netherlands issued licensing rules for deep-ultraviolet lithography tools.",
     {("Netherlands", "deep-ultraviolet lithography tools")}),
])
def test_other_wordings_of_a_control(text, expected):
    assert restricts(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Peru requires licences for copper exports. Zinc concentrate has been under the same regime since May.",
     ("Peru", "zinc concentrate")),
    ("Peru requires licences for copper exports. A later notice brought molybdenum under a similar regime.",
     ("Peru", "molybdenum")),
    ("Bolivia, the largest tantalum miner, has licensed its exports for two years.", ("Bolivia", "tantalum")),
    ("Gabon dominates manganese supply and curbed its shipments in June.", ("Gabon", "manganese")),
])
def test_items_brought_under_a_regime_or_licensed_by_their_producer(text, expected):
    assert expected in restricts(text)


@pytest.mark.parametrize("text", [
    "Rules that cover mine safety were tightened in Chile.",
    "Bolivia mines tantalum, and it licensed its exports of beef in 2023.",
    "Peru is studying the regime that applies to copper smelters.",
])
def test_wordings_that_are_not_controls(text):
    assert not restricts(text)


# --- a measure already discussed, named again by what it added, extended or covers ------------------------

_BEFORE = "Peru introduced export licences for copper in March. "


@pytest.mark.parametrize("text,expected", [
    ("Its next set of rules, which added tellurium and bismuth in June, was later paused.",
     {("Peru", "tellurium"), ("Peru", "bismuth")}),
    ("The rules it issued on May 2, which had extended controls to indium and gallium, were suspended.",
     {("Peru", "indium"), ("Peru", "gallium")}),
    ("Lima's follow-up package covering zinc concentrate and lead starts in July.",
     {("Peru", "zinc concentrate"), ("Peru", "lead")}),
    ("Molybdenum and rhenium are to be added from July, officials said.",
     {("Peru", "molybdenum"), ("Peru", "rhenium")}),
    ("Later the government tightened the rules on silver concentrate.", {("Peru", "silver concentrate")}),
])
def test_a_measure_named_again_by_what_it_added(text, expected):
    assert restricts(_BEFORE + text) - {("Peru", "copper")} == expected


@pytest.mark.parametrize("text", [
    "A stimulus package unveiled in June, which added tellurium and bismuth to the budget, was passed.",
    "Molybdenum and rhenium are to be added from July, officials said.",
    "In July Acme Mining unveiled a broader package covering zinc concentrate and lead.",
])
def test_without_a_measure_discussed_these_wordings_are_no_control(text):
    assert not restricts("Peru mines zinc and copper. " + text)


# --- import duties: laid by the importer on goods from the origin; never guessed from the document ----------

@pytest.mark.parametrize("text,expected,origin", [
    ("Ottawa set anti-dumping duties of 40% on natural graphite from China.", ("Canada", "natural graphite"), "China"),
    ("A Section 301 duty on Chinese tungsten carbide doubles in May.", ("United States", "tungsten carbide"), "China"),
    ("Washington slaps countervailing duties on Indonesian nickel pig iron.", ("United States", "nickel pig iron"),
     "Indonesia"),
])
def test_duties_belong_to_the_importer(text, expected, origin):
    found = restricts(text)
    assert found == {expected}, found
    assert targets(text) == {origin}


def test_a_duty_with_no_importer_named_is_not_guessed_and_does_not_become_the_measure_talked_about():
    text = ("China restricts exports of graphite. A 25% duty on Chinese tungsten carbide is due in May. "
            "Its rules cover natural graphite.")
    found = restricts(text)
    assert ("China", "tungsten carbide") not in found
    assert ("China", "natural graphite") in found


# --- where the list of covered items ends ----------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Zambia, which halted exports of copper concentrate in 2021 to push firms into local smelting, today "
     "smelts most of its copper.", {("Zambia", "copper concentrate")}),
    ("Ghana, which banned exports of raw bauxite in 2019, now mines more alumina than before.",
     {("Ghana", "bauxite")}),
    ("Since it stopped exporting raw bauxite, Guinea has built two alumina refineries.", {("Guinea", "bauxite")}),
    ("Peru's curbs on indium and tellurium exports left buyers without gallium.",
     {("Peru", "indium"), ("Peru", "tellurium")}),
    ("Vietnam requires licences for furnaces used in sapphire growth, and for related know-how.",
     {("Vietnam", "furnaces"), ("Vietnam", "know-how")}),
])
def test_the_list_of_items_ends_at_a_new_clause_a_purpose_or_a_main_verb(text, expected):
    assert restricts(text) == expected


@pytest.mark.parametrize("text", [
    "Peru put export controls on indium and tellurium, as well as on the equipment used to refine them.",
    "Peru added indium and tellurium to its export control list, along with refining equipment.",
    "Peru added indium and tellurium to its export control list, together with refining equipment.",
])
def test_the_list_goes_on_after_as_well_as_or_along_with(text):
    found = restricts(text)
    assert {("Peru", "indium"), ("Peru", "tellurium")} <= found
    assert any(t.endswith("equipment") for _, t in found), found


# --- an imposer not named in the sentence -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Since May, exporters of cobalt in Congo have needed a permit for every cargo.",
    "Shippers of cobalt in Congo now need approval from the ministry.",
])
def test_exporters_in_a_country_are_controlled_by_it(text):
    assert restricts(text) == {("Democratic Republic of the Congo", "cobalt")}


def test_items_restricted_before_keep_their_imposer():
    text = ("Peru requires licences for indium exports. Chile tightened curbs on sales of lithium to Japan. "
            "Exporters of indium have needed a licence since May.")
    assert ("Chile", "indium") not in restricts(text)
    assert ("Peru", "indium") in restricts(text)


def test_a_new_measure_belongs_to_the_country_the_text_is_about():
    text = ("Congo suspended cobalt exports in February. Zambia's copper output grew 12% last year. "
            "Much of that came after a ban on exports of copper concentrate in 2021.")
    assert ("Zambia", "copper concentrate") in restricts(text)
    assert ("Democratic Republic of the Congo", "copper concentrate") not in restricts(text)


def test_the_measure_named_again_keeps_the_last_imposer():
    text = ("Congo suspended cobalt exports in February. Zambia mined 12% of the world's copper last year. "
            "The ban on exports of cobalt hydroxide stays.")
    assert ("Democratic Republic of the Congo", "cobalt hydroxide") in restricts(text)


# --- an elided coordination of technologies -------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("In May Seoul restricted exports of its nickel smelting and cathode coating technologies.",
     {"nickel smelting technologies", "cathode coating technologies"}),
    ("Tokyo added nickel refining and magnet sintering equipment to its control list.",
     {"nickel refining equipment", "magnet sintering equipment"}),
    ("Seoul put licences on graphite purification and anode coating know-how.",
     {"graphite purification know-how", "anode coating know-how"}),
])
def test_an_elided_technology_coordination_gives_two_items(text, expected):
    assert {t for _, t in restricts(text)} == expected


# --- more wordings of coverage: "a regime that also covers", "stricter end-user checks on", -------------
# --- "covered by that ban", "a package that reached ..." --------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Peru requires licences for indium, under a regime that also covers indium tin oxide.",
     {("Peru", "indium"), ("Peru", "indium tin oxide")}),
    ("Vietnam now runs tighter end-use checks on graphite shipped to Japan.", {("Vietnam", "graphite")}),
    ("Hanoi later dropped its extra end-use reviews for tungsten carbide.", None),
])
def test_regimes_that_cover_and_end_user_checks(text, expected):
    found = restricts("Vietnam announced export controls last year. " + text)
    if expected is None:
        assert {t for _, t in found} == {"tungsten carbide"} and {i for i, _ in found} == {"Vietnam"}, found
    else:
        assert found == expected


@pytest.mark.parametrize("text", [
    "Bismuth had also been covered by that ban until May.",
    "Bismuth was also covered under the same rules.",
    "Bismuth has been included in the new list.",
])
def test_items_said_to_be_covered_by_the_measure(text):
    assert ("Peru", "bismuth") in restricts("Peru banned exports of tellurium in May. " + text)


def test_covered_by_something_else_is_no_control():
    assert not restricts("Peru mines tellurium. Bismuth was covered by insurance.")


@pytest.mark.parametrize("text", [
    "The third package, which reached tellurium products too, is paused.",
    "A later package, which targeted tellurium and bismuth, is paused.",
    "The rules unveiled on Sept. 4, which had extended licensing to tellurium, lapsed.",
    "The notice, which covered tellurium, lapsed in May.",
])
def test_a_measure_discussed_before_reaching_or_covering_items(text):
    assert ("Peru", "tellurium") in restricts(_BEFORE + text)


# --- an imposer from the sentence before: "Its rules ...", a fronted clause's pronoun ---------------------

@pytest.mark.parametrize("text,expected", [
    ("Hanoi knows its strength. Its own rules have required licences for tungsten concentrate since August.",
     ("Vietnam", "tungsten concentrate")),
    ("Lima watches prices closely. Their export rules covering tellurium took effect in May.",
     ("Peru", "tellurium")),
    ("A decade after it banned exports of raw bauxite, Malaysia still mines little of it.", ("Malaysia", "bauxite")),
])
def test_an_imposer_from_the_possessive_or_the_main_clause(text, expected):
    assert expected in restricts(text)


# --- after a measure has been discussed, ordinary business wordings stay no control ----------------------

@pytest.mark.parametrize("text", [
    "Albemarle said the new rules, which added paperwork for cobalt buyers, were costly.",
    "Output of lithium will be added from 2027 when the new line starts.",
    "The acquisition of the cobalt mine would need approval from regulators.",
    "A $2 billion package covering lithium projects in Nevada was approved by Congress.",
    "Indonesia's nickel output, which reached 1.8 million tonnes, is growing.",
    "Korea Zinc restricted its shipments of germanium to domestic buyers.",
    "Umicore halted sales of cobalt to the trader last month.",
])
def test_business_wordings_after_a_measure_are_no_control(text):
    found = restricts("China restricted exports of gallium in 2023. " + text)
    assert found == {("China", "gallium")}, found


@pytest.mark.parametrize("text,expected", [
    ("China curbed exports of gallium. A wider package announced in May, which would have added three more "
     "elements, dysprosium and magnet technologies, was paused.", ("China", "magnet technologies")),
    ("China curbed exports of gallium. The rules it announced on Sept. 3, which added germanium, were paused.",
     ("China", "germanium")),
])
def test_a_few_words_may_come_before_the_added_items(text, expected):
    assert expected in restricts(text)


# --- status: announced only in the future tense; "on hold" and "froze" are suspensions -------------------

def statuses(text):
    return {e.get("status") for e in run(text)["edges"] if e["type"] == "RESTRICTS"}


@pytest.mark.parametrize("text,status", [
    ("Ghana banned exports of raw bauxite from January 2019.", "in_force"),
    ("The controls, announced by Peru on May 2, 2024, cover tellurium and bismuth.", "in_force"),
    ("Chile put lithium carbonate under export licensing on April 4.", "in_force"),
    ("Chile will require licences for lithium carbonate exports from August 1.", "announced"),
    ("Peru said exports of tellurium would need licences from next month.", "announced"),
    ("Beijing put its curbs on tellurium exports on hold for a year.", "suspended"),
    ("Beijing froze its ban on tellurium shipments to Japan in November.", "suspended"),
])
def test_control_status(text, status):
    assert statuses(text) == {status}


@pytest.mark.parametrize("text,expected", [
    ("The curbs, imposed by Vietnam in March, cover tungsten concentrate.", ("Vietnam", "tungsten concentrate")),
    ("The rules, introduced by Chile last year, cover lithium hydroxide.", ("Chile", "lithium hydroxide")),
    ("The controls, announced by Peru on May 2, 2024, cover tellurium and bismuth.", ("Peru", "tellurium")),
])
def test_the_agent_of_a_passive_imposes(text, expected):
    assert expected in restricts(text)


def test_a_country_criticising_the_measure_does_not_impose_it():
    assert not restricts("The curbs, criticised by Japan in March, cover tungsten concentrate.")


# --- a list of countries as the subject: each imposes its own measure ----------------------------------

@pytest.mark.parametrize("text", [
    "Japan and the Netherlands restrict sales of chipmaking tools to China.",
    "Japan and the Netherlands have both imposed export controls on chipmaking tools.",
    "Japan and the Netherlands now require licences for chipmaking tools.",
])
def test_each_country_of_a_subject_list_imposes(text):
    assert {i for i, _ in restricts(text)} == {"Japan", "Netherlands"}


def test_countries_that_only_buy_do_not_impose():
    found = restricts("Buyers in Japan and Korea worry about China's curbs on gallium.")
    assert {i for i, _ in found} == {"China"}


# --- "technologies to make X": the technology is the item, named by its product -------------------------

@pytest.mark.parametrize("text,tech", [
    ("Beijing imposed an export ban on technologies to make rare earth magnets.",
     "rare earth magnets production technology"),
    ("Seoul restricts exports of equipment to produce battery cathodes.", "battery cathodes production equipment"),
    ("Tokyo requires licences for know-how to grow gallium nitride crystals.",
     "gallium nitride crystals production know-how"),
])
def test_technology_to_make_something(text, tech):
    assert {t for _, t in restricts(text)} == {tech}


# --- import bans: like a duty, laid by the importer on goods from the origin --------------------------------

def import_measures(text):
    """(imposer, target country, item, restriction) of every RESTRICTS edge."""
    out = run(text)
    node = {n["name"]: n for n in out["nodes"] if n["type"] == "ExportControl"}
    return {(node[e["source"]].get("imposer"), node[e["source"]].get("target_country"), e["target"],
             e.get("restriction")) for e in out["edges"] if e["type"] == "RESTRICTS"}


@pytest.mark.parametrize("text,expected", [
    ("Ottawa banned imports of Russian titanium sponge last spring.",
     ("Canada", "Russia", "titanium sponge", "import ban")),
    ("Ghana imposed a ban on imports of refined cobalt from Zambia in 2023.",
     ("Ghana", "Zambia", "cobalt", "import ban")),
    ("Tokyo said it would halt imports of Chinese polysilicon from June.",
     ("Japan", "China", "polysilicon", "import ban")),
    ("Seoul placed restrictions on imports of Russian nickel from March.",
     ("South Korea", "Russia", "nickel", "import restriction")),
])
def test_an_import_ban_belongs_to_the_importer(text, expected):
    assert import_measures(text) == {expected}


def test_buying_imports_is_no_import_ban():
    assert not restricts("Ottawa increased imports of Russian titanium sponge last spring.")


# --- "may be shipped only under a licence" states the rule, it is no hypothesis ---------------------------

@pytest.mark.parametrize("text,expected", [
    ("In May, Hanoi put zinc on a list of goods that may be exported only with a permit.", {("Vietnam", "zinc")}),
    ("Pretoria added vanadium to a list of metals that may only be sold abroad under licence.",
     {("South Africa", "vanadium")}),
    ("Lima added tellurium to a list of products that may be shipped to foreign buyers only with state approval.",
     {("Peru", "tellurium")}),
])
def test_may_only_be_shipped_under_licence_is_a_control(text, expected):
    assert restricts(text) == expected


@pytest.mark.parametrize("text", [
    "Hanoi may add zinc to its export control list next year.",
    "Lawmakers in Lima debated a ban on tellurium exports, but the bill stalled.",
    "Pretoria has discussed export curbs on vanadium but stopped short of a ban.",
])
def test_a_possible_or_debated_measure_is_no_control(text):
    assert not restricts(text)


# --- "added X to the Y that need licences": X joins a covered category, the news is X ---------------------

@pytest.mark.parametrize("text,expected", [
    ("Beijing added lutetium and yttrium to the heavy rare earths that need export licences.",
     {("China", "lutetium"), ("China", "yttrium")}),
    ("Hanoi has added zinc to the metals subject to export licensing.", {("Vietnam", "zinc")}),
    ("Last month Pretoria added vanadium to the five minerals requiring export permits.",
     {("South Africa", "vanadium")}),
])
def test_items_added_to_a_covered_category(text, expected):
    assert restricts(text) == expected


def test_a_category_that_needs_licences_without_an_addition_is_covered():
    assert restricts("Beijing said heavy rare earths need export licences from May.") == {("China", "heavy rare earths")}


# --- a material and a technology coordinated with a determiner between: "X and some Y technologies" --------

@pytest.mark.parametrize("text,expected", [
    ("Hanoi has placed zinc and some smelting technologies under export licensing.",
     {("Vietnam", "zinc"), ("Vietnam", "smelting technologies")}),
    ("Pretoria put vanadium, chromium and certain refining equipment under export control in May.",
     {("South Africa", "vanadium"), ("South Africa", "chromium"), ("South Africa", "refining equipment")}),
    ("Lima brought tellurium and related purification technology under licensing rules.",
     {("Peru", "tellurium"), ("Peru", "purification technology")}),
])
def test_a_material_joined_to_a_technology_by_a_determiner(text, expected):
    assert restricts(text) == expected


def test_a_material_in_another_clause_is_not_joined_to_the_technology():
    found = restricts("Hanoi mines zinc; it has also placed some smelting technologies under export licensing.")
    assert found == {("Vietnam", "smelting technologies")}


# --- forms of one material coordinated with the material named once: "titanium sponge and ingot" ----------

@pytest.mark.parametrize("text,expected", [
    ("Moscow put titanium sponge and ingot under export licensing in March.",
     {("Russia", "titanium sponge"), ("Russia", "titanium ingot")}),
    ("Chile will require licences for lithium carbonate and hydroxide shipments.",
     {("Chile", "lithium carbonate"), ("Chile", "lithium hydroxide")}),
    ("Kinshasa banned exports of cobalt hydroxide, sulphate and copper from June.",
     {("Democratic Republic of the Congo", "cobalt hydroxide"), ("Democratic Republic of the Congo", "cobalt sulphate"),
      ("Democratic Republic of the Congo", "copper")}),
])
def test_a_form_named_after_its_material_shares_it(text, expected):
    assert restricts(text) == expected


def test_a_form_word_that_modifies_a_plant_is_no_item():
    found = restricts("Moscow put titanium sponge and ingot mills under export licensing in March.")
    assert ("Russia", "titanium ingot") not in found


# --- a bare ore after the trigger is the ore of the material the text is about ----------------------------

@pytest.mark.parametrize("text,expected", [
    ("Gabon mines a fifth of the world's manganese. The government will halt raw ore exports from 2029.",
     {("Gabon", "manganese ore")}),
    ("Zimbabwe, which mines most of Africa's lithium, banned exports of unprocessed ore in 2022.",
     {("Zimbabwe", "lithium ore")}),
    ("The Philippines produces much of Asia's nickel and wants to stop shipments of raw ore by 2027.",
     {("Philippines", "nickel ore")}),
])
def test_a_bare_ore_is_the_ore_of_the_material_discussed(text, expected):
    assert restricts(text) == expected


def test_a_bare_ore_with_no_material_around_is_no_item():
    assert not restricts("Zimbabwe banned exports of unprocessed ore in 2022.")


# --- a licensing system with a clause before what it covers ----------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("The licensing system that Hanoi put in place on May 1, 2024, covering zinc and tin ingots, still applies.",
     {("Vietnam", "zinc"), ("Vietnam", "tin ingots")}),
    ("The permit regime which Lima introduced last year, covering tellurium, has slowed shipments.",
     {("Peru", "tellurium")}),
    ("A quota scheme that Jakarta adopted in 2023, which covers bauxite, is being tightened.",
     {("Indonesia", "bauxite")}),
])
def test_a_system_with_a_relative_clause_before_its_coverage(text, expected):
    assert restricts(text) == expected


# --- chips are controlled items like equipment; not when they are only what a material is used in ----------

@pytest.mark.parametrize("text,expected", [
    ("Washington tightened curbs on sales of advanced AI chips to China.", ("United States", "advanced AI chips")),
    ("Tokyo will require export licences for high-bandwidth memory chips from May.",
     ("Japan", "high-bandwidth memory chips")),
    ("The Netherlands restricted exports of lithography equipment and memory chips.", ("Netherlands", "memory chips")),
])
def test_chips_are_controlled_items(text, expected):
    assert expected in restricts(text)


def test_chips_a_material_is_used_in_are_no_item():
    assert restricts("Washington curbed exports of gallium used in chips.") == {("United States", "gallium")}


def test_two_technology_heads_are_not_one_coordinated_item():
    found = restricts("Seoul restricts exports of memory chips and grinding equipment.")
    assert ("South Korea", "memory chips") in found and not any(" and " in t for _, t in found)


# --- a measure of parties the text does not name ("Western curbs") is nobody's in the text ------------------

@pytest.mark.parametrize("text", [
    "Beijing's new rules came in response to foreign export controls on lithography tools.",
    "Chinese officials called the licences a reply to Western curbs on semiconductor equipment.",
    "The move by Beijing mirrors rival restrictions on sales of memory chips.",
])
def test_unnamed_parties_measure_gives_no_edge(text):
    assert not restricts(text)


def test_a_named_country_s_curbs_still_count():
    assert restricts("Beijing's new rules came in response to U.S. export controls on lithography tools.") == {
        ("United States", "lithography tools")}


# --- "X exporters must obtain licences": the items modify the exporters ------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("China's commerce ministry said gallium exporters would need to obtain licences.", {("China", "gallium")}),
    ("Zinc exporters in Peru must now obtain government permits.", {("Peru", "zinc")}),
    ("Under a decree signed on Monday, Bolivia said lithium carbonate shippers will have to secure state approval.",
     {("Bolivia", "lithium carbonate")}),
])
def test_exporters_named_by_their_goods_need_licences(text, expected):
    assert restricts(text) == expected


def test_exporters_that_obtained_financing_are_no_control():
    assert not restricts("Zinc exporters in Peru obtained cheaper financing this year.")


# --- export taxes and levies are the exporter's measure; "surtax" is an import duty ------------------------

@pytest.mark.parametrize("text,expected", [
    ("Zimbabwe has also imposed a 5% export tax on lithium concentrates.",
     ("Zimbabwe", None, "lithium concentrates")),
    ("Indonesia introduced an export levy on nickel pig iron last year.", ("Indonesia", None, "nickel pig iron")),
    ("India imposed a 40% export duty on iron ore in 2022.", ("India", None, "iron ore")),
    ("Ottawa imposed a 25% surtax on Chinese aluminium.", ("Canada", "China", "aluminium")),
])
def test_export_taxes_and_surtaxes(text, expected):
    assert {(i, t, item) for i, t, item, _ in import_measures(text)} == {expected}


def test_export_tax_revenue_is_no_control():
    assert not restricts("Zimbabwe collected more export tax revenue from lithium last year.")


# --- quotas that allow a tonnage, approval requirements, licences "required by" the imposer ------------------

@pytest.mark.parametrize("text,expected", [
    ("Under the quota, Kinshasa will allow exports of 96,000 tonnes of cobalt a year.",
     {("Democratic Republic of the Congo", "cobalt")}),
    ("Bolivia requires state approval for all lithium exports.", {("Bolivia", "lithium")}),
    ("Export permits for tungsten concentrate are now required by Rwanda.", {("Rwanda", "tungsten concentrate")}),
    ("The new quotas let Jakarta permit shipments of 2 million tonnes of bauxite.", {("Indonesia", "bauxite")}),
])
def test_quotas_approvals_and_required_by(text, expected):
    assert restricts(text) == expected


def test_allowing_exports_without_a_quota_is_no_control():
    assert not restricts("Kinshasa will allow exports of cobalt to resume next month.")


# --- the object of another verb is not the imposer; "joined X in restricting" makes both imposers ----------

@pytest.mark.parametrize("text,expected", [
    ("Tokyo removed South Korea from its list of trusted partners and tightened controls on hydrogen fluoride.",
     {("Japan", "hydrogen fluoride")}),
    ("Beijing warned Japan on Friday and then restricted exports of gallium.", {("China", "gallium")}),
    ("Seoul urged Vietnam to talk and placed licensing requirements on exports of nickel.",
     {("South Korea", "nickel")}),
])
def test_the_object_of_another_verb_does_not_impose(text, expected):
    assert restricts(text) == expected


@pytest.mark.parametrize("text", [
    "Japan joined the Netherlands in restricting exports of chipmaking tools.",
    "In 2023 Japan joined the Netherlands in curbing sales of chipmaking tools to China.",
])
def test_joined_in_restricting_makes_both_imposers(text):
    assert {i for i, _ in restricts(text)} == {"Japan", "Netherlands"}


def test_joined_without_doing_the_same_is_one_imposer():
    assert {i for i, _ in restricts("Japan joined the Netherlands and said it would restrict exports of chipmaking "
                                    "tools.")} == {"Japan"}


# --- a technology whose modifiers begin inside a material's name takes the whole name ----------------------

@pytest.mark.parametrize("text,tech", [
    ("China restricted the export of some rare earth magnet production technologies.",
     "rare earth magnet production technologies"),
    ("Seoul curbed exports of certain lithium iron phosphate cathode technology.",
     "lithium iron phosphate cathode technology"),
    ("Tokyo will require licences for all gallium nitride wafer processing equipment.",
     "gallium nitride wafer processing equipment"),
])
def test_a_technology_keeps_the_whole_material_name(text, tech):
    assert {t for _, t in restricts(text)} == {tech}


# --- a second verb that pushes the producers ends the list of items --------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Jakarta will restrict exports of tin ingots and push its smelters to sell solder and tin chemicals.",
     {("Indonesia", "tin ingots")}),
    ("Hanoi banned exports of zinc concentrate and ordered local refiners to process zinc oxide at home.",
     {("Vietnam", "zinc concentrate")}),
    ("Lima will curb exports of copper concentrate and require the miners to build copper cathode plants.",
     {("Peru", "copper concentrate")}),
])
def test_a_second_verb_ends_the_items(text, expected):
    assert restricts(text) == expected


# --- a count of unnamed elements in a text about rare earths: "five more elements" ------------------------

@pytest.mark.parametrize("text,expected", [
    ("Vietnam mines rare earths. In May, Hanoi required export licences for seven medium and heavy elements.",
     {("Vietnam", "heavy rare earths")}),
    ("Myanmar supplies rare earths to China. Naypyidaw will add five more elements to its export control list.",
     {("Myanmar", "rare earths")}),
    ("Hanoi restricted exports of rare earth magnets in March and extended the curbs on exports of three "
     "additional elements in June.", {("Vietnam", "rare earth magnets"), ("Vietnam", "rare earths")}),
])
def test_counted_elements_in_a_rare_earth_text_are_rare_earths(text, expected):
    assert restricts(text) == expected


def test_counted_elements_elsewhere_are_no_item():
    assert not restricts("Hanoi required export licences for seven other elements in May.")


# --- "curbs on Chinese X imports": the trade noun after the items makes it an import measure ---------------

@pytest.mark.parametrize("text,expected", [
    ("Canberra placed curbs on Chinese aluminium imports.", ("Australia", "China", "aluminium")),
    ("The restrictions on Chinese polysilicon imports were introduced under the Uyghur Forced Labor Prevention Act.",
     ("United States", "China", "polysilicon")),
    ("Seoul imposed a ban on Russian nickel imports last year.", ("South Korea", "Russia", "nickel")),
])
def test_items_followed_by_imports_make_an_import_measure(text, expected):
    assert {(i, t, item) for i, t, item, _ in import_measures(text)} == {expected}


def test_items_followed_by_exports_stay_an_export_control():
    assert import_measures("Seoul imposed a ban on nickel exports last year.") == {
        ("South Korea", None, "nickel", "ban")}


# --- the agent of a quota "set at N tonnes by" ---------------------------------------------------------------

@pytest.mark.parametrize("text,imposer", [
    ("Export quotas for rare earths were set at 40,000 tonnes by China's industry ministry.", "China"),
    ("Export quotas for cobalt were capped at 18,125 tonnes by Congo for the rest of the year.",
     "Democratic Republic of the Congo"),
    ("Export quotas for bauxite were fixed by Indonesia in March.", "Indonesia"),
])
def test_the_agent_of_a_quota_set_at_a_tonnage(text, imposer):
    assert {i for i, _ in restricts(text)} == {imposer}


def test_a_quota_by_a_year_has_no_agent():
    assert not restricts("Export quotas for tin will be fixed by 2030.")


# --- a measure denied is no measure ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Mozambique, home to a large graphite mine, has no export restrictions on graphite concentrate.",
    "Tanzania has not banned exports of graphite.",
    "There are no similar curbs on cobalt exports in Zambia.",
])
def test_a_denied_measure_is_no_control(text):
    assert not restricts(text)


def test_no_longer_allowing_without_a_licence_is_a_control():
    assert restricts("Zambia no longer allows exports of cobalt concentrate without a licence.") == {
        ("Zambia", "cobalt concentrate")}


# --- the kind of restriction: quota, export tax, import duty (a tariff node) --------------------------------

@pytest.mark.parametrize("text,restriction,kind", [
    ("Kinshasa capped cobalt exports at 18,000 tonnes.", "export quota", "control"),
    ("Zimbabwe imposed a 5% export tax on lithium concentrate.", "export tax", "tariff"),
    ("Washington raised tariffs on Chinese graphite to 25%.", "import duty", "tariff"),
    ("Jakarta banned exports of bauxite.", "ban", "control"),
])
def test_restriction_and_kind(text, restriction, kind):
    out = run(text)
    assert {e.get("restriction") for e in out["edges"] if e["type"] == "RESTRICTS"} == {restriction}
    assert {n.get("kind") for n in out["nodes"] if n["type"] == "ExportControl"} == {kind}


# --- phasing out exports is a restriction -----------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Jakarta plans to phase out tin ingot exports by 2028 under a quota regime.", {("Indonesia", "tin ingot")}),
    ("Indonesia will phase out exports of bauxite by 2027.", {("Indonesia", "bauxite")}),
    ("Zimbabwe announced a phase-out of lithium concentrate exports.", {("Zimbabwe", "lithium concentrate")}),
])
def test_phasing_out_exports(text, expected):
    assert restricts(text) == expected


def test_phasing_out_a_plant_is_no_control():
    assert not restricts("Zimbabwe will phase out its oldest lithium plant by 2027.")


# --- a measure discussed, named again as sanctions or as what it now covers ---------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Russia banned exports of neon to the United States in May. The measures, which also cover palladium, took "
     "effect at once.", ("Russia", "palladium")),
    ("Moscow restricted titanium sponge exports in March. The rules now cover nickel as well.", ("Russia", "nickel")),
    ("Jakarta banned bauxite exports in 2023. The sanctions, which also cover lithium carbonate, hurt smelters.",
     ("Indonesia", "lithium carbonate")),
])
def test_a_measure_named_again_by_what_it_covers(text, expected):
    assert expected in restricts(text)


def test_what_sanctions_cover_without_a_measure_discussed_is_no_control():
    assert not restricts("The sanctions, which also cover lithium carbonate, hurt smelters.")


# --- "technologies for X extraction and separation": one technology per process --------------------------

@pytest.mark.parametrize("text,expected", [
    ("Beijing prohibited the export of technologies for rare earth extraction and separation.",
     {"rare earth extraction technology", "rare earth separation technology"}),
    ("Seoul restricted exports of equipment for lithium mining and refining.",
     {"lithium mining equipment", "lithium refining equipment"}),
    ("Tokyo requires licences for know-how for gallium purification and recycling.",
     {"gallium purification know-how", "gallium recycling know-how"}),
])
def test_two_processes_after_for_are_two_technologies(text, expected):
    assert {t for _, t in restricts(text)} == expected


def test_a_process_modifier_coordination_stays_one_technology():
    assert {t for _, t in restricts("Seoul restricted exports of lithium mining and refining equipment.")} == {
        "lithium mining and refining equipment"}


# --- passive controls with their agent, or the country they apply in -------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Exports of lithium were banned by Zimbabwe in 2022.", {("Zimbabwe", "lithium")}),
    ("Shipments of germanium to Japan have been restricted by Beijing since December.", {("China", "germanium")}),
    ("The export of raw lithium ore is prohibited in Zimbabwe.", {("Zimbabwe", "lithium ore")}),
    ("Gallium and germanium exports now require a licence in China.", {("China", "gallium"), ("China", "germanium")}),
])
def test_passive_controls_name_their_agent_or_place(text, expected):
    assert restricts(text) == expected


def test_a_place_not_right_after_the_verdict_is_not_the_imposer():
    assert not restricts("Exports of lithium were banned for years before the first mine in Zimbabwe opened.")


# --- a measure that "covers", "applies to", "extends to" its items --------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("China's export ban covers gallium, germanium and antimony.",
     {("China", "gallium"), ("China", "germanium"), ("China", "antimony")}),
    ("Beijing's curbs apply to antimony ore and tellurium.", {("China", "antimony ore"), ("China", "tellurium")}),
    ("Vietnam's licensing requirement now extends to tungsten concentrate.", {("Vietnam", "tungsten concentrate")}),
])
def test_a_measure_that_covers_or_applies_to_items(text, expected):
    assert restricts(text) == expected


def test_a_rule_of_another_kind_that_applies_to_a_material_is_no_control():
    assert not restricts("The accounting rule applies to lithium inventories held by Chile's miners.")


# --- more verbs of a ban: outlaw, forbid, a moratorium, vetting, exporters told to halt shipments ------------

@pytest.mark.parametrize("text,expected", [
    ("Zimbabwe outlawed the export of lithium ore in 2022.", {("Zimbabwe", "lithium ore")}),
    ("Indonesia's government has forbidden nickel ore exports since 2020.", {("Indonesia", "nickel ore")}),
    ("Kazakhstan put a moratorium on exports of tungsten concentrate.", {("Kazakhstan", "tungsten concentrate")}),
    ("Beijing will vet exports of graphite under a new regime from December 1.", {("China", "graphite")}),
    ("Guinea ordered bauxite exporters to halt shipments.", {("Guinea", "bauxite")}),
])
def test_more_verbs_of_a_ban(text, expected):
    assert restricts(text) == expected


def test_forbidding_something_else_is_no_control():
    assert not restricts("Indonesia's government has forbidden foreign ownership of nickel mines.")


# --- exports that resume "under quotas" are controlled by the quota ------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Congo's regulator said cobalt exports would resume under quotas from October 16.",
     {("Democratic Republic of the Congo", "cobalt")}),
    ("Jakarta said bauxite shipments will continue under a quota from January.", {("Indonesia", "bauxite")}),
    ("Zambia will allow copper concentrate sales abroad only under export quotas.", {("Zambia", "copper concentrate")}),
])
def test_exports_under_quotas(text, expected):
    assert restricts(text) == expected


def test_a_scrapped_measure_is_no_longer_in_force():
    out = run("Tokyo scrapped its licensing requirement for hydrogen fluoride exports to Seoul in 2023.")
    assert {e.get("status") for e in out["edges"] if e["type"] == "RESTRICTS"} == {"suspended"}


# --- a measure noun and its verb parted by a relative clause or a participle phrase ---------------------------

@pytest.mark.parametrize("text,expected", [
    ("Vietnam tightened its export rules in May. The new rules, which take effect in July, cover tungsten "
     "concentrate and bismuth.", {("Vietnam", "tungsten concentrate"), ("Vietnam", "bismuth")}),
    ("Kazakhstan announced export curbs in March. Its restrictions, which were drafted by the trade ministry, "
     "also cover chromium.", {("Kazakhstan", "chromium")}),
    ("Bolivia unveiled export controls on antimony last year. A second package published on May 3, covering lithium "
     "carbonate and indium, was put on hold in June.", {("Bolivia", "antimony"), ("Bolivia", "lithium carbonate"),
                                                         ("Bolivia", "indium")}),
])
def test_a_measure_parted_from_cover_by_a_clause(text, expected):
    assert restricts(text) == expected


def test_a_report_parted_from_cover_is_no_measure():
    # the clause must hang on a measure noun: a report that covers metals restricts nothing
    assert not restricts("Vietnam mines tungsten. The survey, which was released in July, covers tungsten "
                         "concentrate and bismuth.")


# --- "rules on exporting X": rules need a trade word after "on" ---------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Beijing tightened rules on exporting battery cathode technology in July.",
     {("China", "battery cathode technology")}),
    ("Jakarta issued new rules on the export of nickel matte.", {("Indonesia", "nickel matte")}),
    ("Chile adopted regulations on shipments of lithium carbonate last year.", {("Chile", "lithium carbonate")}),
])
def test_rules_on_exporting(text, expected):
    assert restricts(text) == expected


def test_rules_on_something_else_are_no_control():
    assert not restricts("Chile adopted rules on royalties for lithium carbonate producers last year.")


# --- a country adding items to a measure the text is already about -------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Beijing has widened its export licensing every year. In May 2024 Beijing added tin, bismuth and indium, "
     "and later it covered more.", {("China", "tin"), ("China", "bismuth"), ("China", "indium")}),
    ("Jakarta first banned nickel ore exports in 2020. Two years later Indonesia also added bauxite.",
     {("Indonesia", "nickel ore"), ("Indonesia", "bauxite")}),
    ("Vietnam restricted exports of rare earths in 2023. In 2024 it added tungsten concentrate.",
     {("Vietnam", "rare earths"), ("Vietnam", "tungsten concentrate")}),
])
def test_a_country_adds_items_to_a_measure(text, expected):
    assert restricts(text) == expected


@pytest.mark.parametrize("text", [
    "Vietnam restricted exports of rare earths in 2023. In 2024 Japan added tungsten to its national stockpile.",
    "Vietnam restricted exports of rare earths in 2023. In 2024 Japan added 5,000 tonnes of tungsten capacity.",
])
def test_adding_to_a_stockpile_or_capacity_is_no_control(text):
    assert restricts(text) == {("Vietnam", "rare earths")}


# --- the trade itself capped or banned: its items named before or in the text --------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Cobalt prices jumped after Congo's regulator said exports in 2026 would be capped at 90,000 tonnes.",
     {("Democratic Republic of the Congo", "cobalt")}),
    ("Zambia produces most of the region's copper. Lusaka said exports would be capped at 100,000 tonnes next year.",
     {("Zambia", "copper")}),
    ("Indonesia is the top nickel producer. Jakarta says shipments abroad have been banned since 2020.",
     {("Indonesia", "nickel")}),
])
def test_the_trade_itself_capped(text, expected):
    assert restricts(text) == expected


@pytest.mark.parametrize("text", [
    "Chile produces lithium. Chile said exports would be capped by weak demand this year.",
    "Myanmar mines rare earths. Myanmar said shipments were halted by fighting in Kachin state.",
])
def test_the_trade_held_back_by_the_market_is_no_control(text):
    assert not restricts(text)


# --- a generic head alone ("know-how", "tools", "machinery") is no item; with a modifier it is --------------

@pytest.mark.parametrize("text,expected", [
    ("Vietnam requires licences for rare earth separation know-how.",
     {("Vietnam", "rare earth separation know-how")}),
    ("Japan restricted sales of lithography tools and etching machinery to Russia.",
     {("Japan", "lithography tools"), ("Japan", "etching machinery")}),
    ("Beijing now vets shipments of plasma deposition (CVD) reactors.", {("China", "plasma deposition (CVD) reactors")}),
])
def test_a_modified_generic_head_is_an_item(text, expected):
    assert restricts(text) == expected


def test_a_bare_generic_head_is_no_item():
    assert restricts("Vietnam requires licences for magnet production technology, including the know-how to "
                     "install the lines, and for the tools it needs.") == {("Vietnam", "magnet production technology")}


# --- "the metal" after a material named as a source ("recovered from zinc") stands for the product ----------

@pytest.mark.parametrize("text,item", [
    ("Kazakhstan refines most of the region's gallium, much of it extracted from bauxite, and in May it banned "
     "sales of the metal to Japan.", "gallium"),
    ("Bolivia produces indium, recovered from zinc ores, and last year it restricted exports of the metal.",
     "indium"),
    ("Peru makes germanium, a by-product obtained from the zinc ores of its mines, and it now bans shipments of "
     "the metal abroad.", "germanium"),
])
def test_the_metal_is_not_its_source(text, item):
    assert {i for _, i in restricts(text)} == {item}


# --- a measure "in force since <date> on" its items -----------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("The move adds to China's restrictions in force since May 2024 on gallium wafers.", {("China", "gallium wafers")}),
    ("Jakarta's ban in place since January 2020 on nickel ore remains.", {("Indonesia", "nickel ore")}),
    ("Vietnam kept controls in effect since last March on rare earth oxides.", {("Vietnam", "rare earth oxides")}),
])
def test_a_measure_in_force_since_a_date(text, expected):
    assert restricts(text) == expected


def test_a_price_in_force_since_a_date_is_no_measure():
    assert not restricts("Vietnam kept the floor price in force since last March on rare earth oxides.")


# --- "those products" with no antecedent in its sentence: the materials of the sentence before ---------------

@pytest.mark.parametrize("text,expected", [
    ("Vietnam refines tungsten into APT and tungsten carbide. Since May, exporters of those products and of "
     "bismuth have needed a licence from Hanoi.",
     {("Vietnam", "tungsten"), ("Vietnam", "ammonium paratungstate"), ("Vietnam", "tungsten carbide"),
      ("Vietnam", "bismuth")}),
    ("Chile makes lithium carbonate and lithium hydroxide. Santiago now requires licences for exports of these "
     "chemicals.", {("Chile", "lithium carbonate"), ("Chile", "lithium hydroxide")}),
    ("Indonesia smelts nickel pig iron and nickel matte. Jakarta said it would curb shipments of such products.",
     {("Indonesia", "nickel pig iron"), ("Indonesia", "nickel matte")}),
])
def test_those_products_are_the_list_before(text, expected):
    assert restricts(text) == expected


def test_those_products_named_in_the_same_sentence_are_that_list():
    assert restricts("Chile makes copper. Chile makes lithium carbonate and lithium hydroxide and now requires "
                     "licences for exports of these chemicals.") == {("Chile", "lithium carbonate"),
                                                                     ("Chile", "lithium hydroxide")}


# --- "<Country>'s restrictions on": the owner of the measure, even after "to" ---------------------------------

@pytest.mark.parametrize("text,expected", [
    ("The decision adds to Vietnam's curbs on tungsten concentrate.", {("Vietnam", "tungsten concentrate")}),
    ("Buyers reacted to Beijing's new restrictions on graphite.", {("China", "graphite")}),
    ("Traders turned to Jakarta's export ban on bauxite.", {("Indonesia", "bauxite")}),
])
def test_a_possessive_names_the_imposer(text, expected):
    assert restricts(text) == expected


def test_a_possessive_firm_is_no_imposer_of_the_country_measure():
    # the possessive names the buyers, the measure stays Japan's
    assert restricts("Japan restricted exports of gallium to China's chipmakers.") == {("Japan", "gallium")}


# --- a list or control widened "to include" its items ---------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Beijing widened its export control list to include tungsten carbide.", {("China", "tungsten carbide")}),
    ("Tokyo extended its curbs to cover gallium nitride and indium phosphide.",
     {("Japan", "gallium nitride"), ("Japan", "indium phosphide")}),
    ("Hanoi broadened the ban to also include rare earth oxides.", {("Vietnam", "rare earth oxides")}),
])
def test_a_measure_widened_to_include(text, expected):
    assert restricts(text) == expected


def test_rules_amended_to_include_details_are_no_control():
    assert not restricts("Seoul amended the rules to include more details on lithium pricing.")


# --- licences "needed to export" items ------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Licences are now needed to export tungsten and bismuth from China.", {("China", "tungsten"), ("China", "bismuth")}),
    ("Vietnam said licences will be required to ship rare earth oxides.", {("Vietnam", "rare earth oxides")}),
    ("A licence is also necessary to sell gallium abroad, Beijing said.", {("China", "gallium")}),
])
def test_licences_needed_to_export(text, expected):
    assert restricts(text) == expected


def test_a_licence_needed_to_mine_is_no_export_control():
    assert not restricts("Licences are needed to mine tungsten in Vietnam.")


# --- an export suspension is a measure in force; suspending a measure suspends it -----------------------------

def statuses(text):
    return {e.get("status") for e in run(text)["edges"] if e["type"] == "RESTRICTS"}


@pytest.mark.parametrize("text", [
    "Congo suspended cobalt exports for four months in February.",
    "Congo kept its suspension of cobalt exports in place until October.",
    "Guinea has suspended all bauxite shipments by three miners.",
])
def test_a_suspension_of_exports_is_in_force(text):
    assert statuses(text) == {"in_force"}


@pytest.mark.parametrize("text", [
    "China suspended its ban on gallium exports to the United States.",
    "Beijing suspended its October export controls on holmium for a year.",
    "Beijing paused for a year its curbs on cobalt sales.",
])
def test_a_suspended_measure_is_suspended(text):
    assert statuses(text) == {"suspended"}


# --- the measure talked about again, its items equipment only -------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("The restrictions, announced by China in July, target lithium battery cathode technology.",
     {("China", "lithium battery cathode technology")}),
    ("The Netherlands requires licences for exports of advanced lithography systems.",
     {("Netherlands", "advanced lithography systems")}),
    ("Japan restricted sales of chipmaking machines to China.", {("Japan", "chipmaking machines")}),
])
def test_equipment_named_as_machines_systems_or_after_the_measure(text, expected):
    assert restricts(text) == expected


def test_a_licensing_system_is_no_item():
    assert restricts("Beijing set up a licensing system for rare earth exports.") == {("China", "rare earths")}


def test_the_list_ends_at_a_step_it_is_said_to_be():
    # the goods "a step" affects are not covered
    assert restricts("Tokyo will require licences for etching tools, a step that will hit shipments of Acme's "
                     "lithography machines.") == {("Japan", "etching tools")}


# --- triggers are matched on the lower-cased sentence: the letters lower() or re.I treat apart keep the old path -

@pytest.mark.parametrize("odd", ["\u0130", "\u0131", "\u017f", ""])
def test_triggers_match_whatever_the_letters_of_the_sentence(odd):
    text = f"Beijing RESTRICTED EXPORTS of graphite, the ministry said in {odd}zmir."
    assert restricts(text) == {("China", "graphite")}


# --- a measure named by its number: "Announcement No. 61 lists ...", "The notice covers ..." after it ----------

@pytest.mark.parametrize("text,expected", [
    ("Vietnam's trade ministry issued Decree No. 12 on Monday. The notice covers rare earth separation technology.",
     {("Vietnam", "rare earth separation technology")}),
    ("Announcement No. 7 of 2024 lists tungsten carbide and bismuth, Vietnam's trade ministry said.",
     {("Vietnam", "tungsten carbide"), ("Vietnam", "bismuth")}),
    ("Beijing published Order No. 3 in May. Order No. 3 also targets indium phosphide.",
     {("China", "indium phosphide")}),
])
def test_a_measure_named_by_its_number(text, expected):
    assert restricts(text) == expected


def test_a_numbered_order_of_goods_is_no_measure():
    assert not restricts("Vietnam's miner Masan placed Order No. 3 for tungsten carbide drills.")


@pytest.mark.parametrize("text,item", [
    ("The Dutch government requires export licences for ASML's newest lithography machines.",
     "newest lithography machines"),
    ("Tokyo restricted sales of Nikon's immersion lithography systems.", "immersion lithography systems"),
    ("Seoul vets exports of Samsung's memory chips.", "memory chips"),
])
def test_a_firm_possessive_is_not_part_of_the_item(text, item):
    assert {i for _, i in restricts(text)} == {item}
