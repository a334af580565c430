"""RESTRICTS / ExportControl rules checked on several wordings of the same fact (sentences written for these
tests, not taken from any article): each rule must carry over to phrasings it was not written on, and each has
a case that must not give the edge (or must not give it to the wrong imposer)."""

import pytest

from loaders.documents import document_json, extract_text


def run(text):
    return document_json("t.txt", extract_text(text, "t.txt"))


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
