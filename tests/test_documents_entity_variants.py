"""Entity recognition and coreference of the document loader, each rule checked on several wordings
(sentences written for these tests, not taken from any article), with a case that must not fire."""

import pytest

from loaders.documents import document_json, extract_text
from loaders.documents.annotate import annotate
from loaders.documents.context import DocState


def mentions(*sentences):
    """(type, name) of the mentions of each sentence, read in order as one document."""
    doc, out = DocState("t"), []
    for i, s in enumerate(sentences):
        sent = annotate(s, 0, i, doc)
        doc.remember(sent)
        out.append([(m.type, m.name) for m in sent.mentions])
    return out


def nodes(text, type_):
    out = document_json("t.txt", extract_text(text, "t.txt"))
    return {n["name"] for n in out["nodes"] if n["type"] == type_}


def pairs(text, edge_type):
    out = document_json("t.txt", extract_text(text, "t.txt"))
    return {(e["source"], e["target"]) for e in out["edges"] if e["type"] == edge_type}


# --- a known firm's longer name --------------------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    # a country's possessive before the longer name
    ("South Korea's Samsung Display Q will buy more gallium.", "Samsung Display Q"),
    # a descriptor before it
    ("Cobalt is refined by the group's local subsidiary Glencore Kazakh Zinc in Ust-Kamenogorsk.",
     "Glencore Kazakh Zinc"),
    # an apposition after it
    ("Umicore Optical Materials, the germanium arm of Umicore, runs a plant in Olen.", "Umicore Optical Materials"),
    # a legal form before the name
    ("Regulators approved the sale of PT Glencore Halmahera to a local buyer.", "PT Glencore Halmahera"),
])
def test_a_known_firms_name_that_goes_on_is_one_longer_firm(text, name):
    assert name in {n for t, n in mentions(text)[0] if t == "Firm"}


def test_a_known_firm_followed_by_a_title_keeps_its_own_name():
    found = mentions("Japan's Toyota Chief Executive spoke on Monday.")[0]
    assert ("Firm", "Toyota") in found and not any(t == "Firm" and n != "Toyota" for t, n in found)


def test_a_name_around_a_known_firm_with_an_apposition_is_one_firm():
    found = mentions("Weda Bay Glencore, a joint venture with a local miner, began output.")[0]
    assert ("Firm", "Weda Bay Glencore") in found


# --- names that are no firms ----------------------------------------------------------------------

@pytest.mark.parametrize("text,not_firm", [
    ("The plant won 40 million euros from the EU's Just Transition Fund.", "Just Transition Fund"),
    ("Canberra's Critical Minerals Strategic Reserve will buy the output.", "Critical Minerals Strategic Reserve"),
    ("Japan's Economic Security Promotion Act covers the items.", "Economic Security Promotion Act"),
    ("The refinery won a grant under Germany's Raw Materials Fund.", "Raw Materials Fund"),
])
def test_programmes_funds_and_laws_are_no_firms(text, not_firm):
    assert not any(n == not_firm for t, n in mentions(text)[0] if t == "Firm")


@pytest.mark.parametrize("text,site", [
    ("Tsingshan built the Weda Bay Industrial Park, a joint venture with a local partner.", "Weda Bay Industrial Park"),
    ("Smelters crowd Malaysia's Kuantan Industrial Park, a venture of two firms.", "Kuantan Industrial Park"),
    ("Huayou runs the Obi Island Industrial Park, a venture with Harita Group.", "Obi Island Industrial Park"),
])
def test_an_industrial_park_named_like_a_firm_is_a_facility(text, site):
    found = mentions(text)[0]
    assert ("Facility", site) in found and ("Firm", site) not in found


# --- a city's possessive, legal forms, and a sentence-internal "Ltd." --------------------------------

@pytest.mark.parametrize("text,name", [
    ("The mine is a venture between Albemarle and Perth's Mineral Resources.", "Mineral Resources"),
    ("Shares of Toronto's Energy Fuels Group rose.", "Energy Fuels Group"),
    ("Investors backed Brisbane's Critical Metals Group in the round.", "Critical Metals Group"),
])
def test_a_citys_possessive_makes_a_suffixed_name_of_common_words_a_firm(text, name):
    assert ("Firm", name) in mentions(text)[0]


def test_a_countrys_possessive_does_not_make_a_name_of_common_words_a_firm():
    assert not any(t == "Firm" for t, _ in mentions("Brazil's Rare Earth Resources are large.")[0])


@pytest.mark.parametrize("text,name", [
    ("State-owned mining holding Nusantara Mining raised its stake.", "Nusantara Mining"),
    ("Jakarta wants PT Nusa Halmahera Minerals to build a smelter.", "PT Nusa Halmahera Minerals"),
    ("The lender will finance PT Weda Nickel and two other smelters.", "PT Weda Nickel"),
])
def test_holdings_and_indonesian_legal_forms_name_firms(text, name):
    assert ("Firm", name) in mentions(text)[0]


def test_a_name_ends_at_its_legal_form_before_the_next_sentence_word():
    found = mentions("The bank will lend to Andes Cobalt Ltd. Beijing objected to the loan.")[0]
    assert ("Firm", "Andes Cobalt") in found and ("Country", "China") in found


@pytest.mark.parametrize("text,owner", [
    ("The mines are run by Chinese-owned Jinchuan Group, which also refines nickel.", "Jinchuan Group"),
    ("Output fell at state-backed Tianqi Lithium this year.", "Tianqi Lithium"),
    ("Foreign-controlled Sinomine Resource Group bought the project.", "Sinomine Resource"),
])
def test_an_ownership_adjective_is_not_part_of_a_firms_name(text, owner):
    assert ("Firm", owner) in mentions(text)[0]


# --- a material's word capitalised inside a sentence belongs to a name -------------------------------

@pytest.mark.parametrize("text,name", [
    ("The agency lent $50 million to Tungsten West last year.", "Tungsten West"),
    ("Output at Cobalt Blue fell after the flood.", "Cobalt Blue"),
    ("Analysts said Hunan Antimony Star and two others are the largest producers.", "Hunan Antimony Star"),
])
def test_a_capitalised_material_inside_a_sentence_belongs_to_a_firms_name(text, name):
    found = mentions(text)[0]
    assert ("Firm", name) in found and not any(t == "Material" for t, _ in found)


@pytest.mark.parametrize("text", [
    "Lithium Prices Slump As Chinese Demand Cools",   # a headline in title case
    "Tungsten is hard. Cobalt is blue.",                # sentence starts
    "The project, the Stibnite Gold Project, is in Idaho.",  # a site's name, not a firm's
])
def test_capitalised_materials_at_a_start_or_in_a_headline_or_site_name_are_no_firms(text):
    assert not any(t == "Firm" for t, _ in mentions(text)[0])


# --- categories that are no materials; wafers ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The two governments will cooperate on critical minerals.",
    "Brussels adopted the Critical Raw Materials Act in 2024.",
    "Critical minerals are at the heart of the talks, officials said.",
])
def test_critical_minerals_is_a_category_not_a_material(text):
    assert not any(t == "Material" for t, _ in mentions(text)[0])


def test_critical_minerals_do_not_hide_the_materials_named_with_them():
    assert ("Material", "rare earths") in mentions("Critical minerals such as rare earths are scarce.")[0]


@pytest.mark.parametrize("text,material", [
    ("The plant in Utah makes germanium wafers for satellites.", "germanium wafers"),
    ("Demand for gallium arsenide wafers is rising.", "gallium arsenide wafers"),
    ("Two firms in Japan make indium wafers.", "indium wafers"),
])
def test_wafers_of_a_material_are_a_material_of_their_own(text, material):
    assert material in {n for t, n in mentions(text)[0] if t == "Material"}


# --- coreference: descriptions with modifiers -----------------------------------------------------

@pytest.mark.parametrize("text,key", [
    ("The silvery metalloid is used in flame retardants.", "the metalloid"),
    ("The dense grey metal is essential for cutting tools.", "the metal"),
    ("Steelmakers rely on the light metal for alloys.", "the metal"),
    ("The brittle, silvery element is mined as ore.", "the element"),
])
def test_a_material_described_with_adjectives_is_a_description(text, key):
    assert ("Pronoun", key) in mentions(text)[0]


def test_a_named_material_with_a_description_noun_is_no_description():
    found = mentions("The rare earth element is scarce.")[0]
    assert not any(t == "Pronoun" for t, _ in found)


@pytest.mark.parametrize("first,second,firm", [
    ("Canada's Teck Resources runs a smelter, and Glencore trades.", "The Canadian miner is a top producer.",
     "Teck Resources"),
    ("Chinese-owned CMOC Group runs two mines, followed by Glencore.", "The Chinese firm holds 80 per cent of both.",
     "CMOC"),
    ("Swiss-based Glencore runs mines, and CMOC Group runs others.", "The Swiss-based trader controls a smelter.",
     "Glencore"),
    ("US-based Albemarle and Chile's SQM mine lithium.", "The Chilean company is expanding.", "SQM"),
])
def test_a_description_with_a_country_names_the_firm_placed_there(first, second, firm):
    assert [n for t, n in mentions(first, second)[1] if t == "Firm"] == [firm]


def test_a_description_with_a_country_no_firm_is_placed_in_stays_a_description():
    found = mentions("Glencore and Umicore refine cobalt.", "The Japanese company is a buyer.")[1]
    assert ("Pronoun", "the company") in found and not any(t == "Firm" for t, _ in found)


@pytest.mark.parametrize("text", [
    "Zijin is the largest Chinese company by sales.",    # a predicate, not a reference
    "The Chinese company Zijin bought the mine.",        # a descriptor before a name
    "The first Canadian miner to do so was Teck.",       # an ordinal picks a new one
])
def test_descriptions_that_do_not_refer_back(text):
    assert not any(t == "Pronoun" and n in ("the company", "the miner") for t, n in mentions(text)[0])


@pytest.mark.parametrize("text,key", [
    ("The trader said it would ship more cobalt.", "the trader"),
    ("The carmaker buys magnets from Japan.", "the carmaker"),
    ("The U.S.-listed company said output rose.", "the company"),
    ("The state-owned miner raised output.", "the miner"),
])
def test_firm_descriptions(text, key):
    assert ("Pronoun", key) in mentions(text)[0]


@pytest.mark.parametrize("text,country", [
    ("Swiss-based Glencore runs the mine.", "Switzerland"),
    ("Chinese-owned Huayou Cobalt runs the plant.", "China"),
    ("Australian-listed Lynas runs the plant.", "Australia"),
])
def test_the_country_of_an_ownership_adjective_places_the_firm(text, country):
    doc = DocState("t")
    sent = annotate(text, 0, 0, doc)
    firm = next(m for m in sent.mentions if m.type == "Firm")
    assert firm.props.get("country") == country
    assert all("locator" in m.tags for m in sent.mentions if m.type == "Country")


# --- facilities named without a kind word, or with "site" ------------------------------------------

@pytest.mark.parametrize("text,sites", [
    ("Acme Mining mines copper at Big Hill and Red Creek.", {"Big Hill mine", "Red Creek mine"}),
    ("Globex, which mines at Mount Ember, ships concentrate to Japan.", {"Mount Ember mine"}),
    ("Initech smelts zinc at Port Tallis in Canada.", {"Port Tallis smelter"}),
    ("The group refines nickel at Kwinana Bay.", {"Kwinana Bay refinery"}),
])
def test_a_site_named_after_the_verb_that_works_it(text, sites):
    assert sites <= {n for t, n in mentions(text)[0] if t == "Facility"}


@pytest.mark.parametrize("text", [
    "Acme Mining mines copper at China's border.",       # a country is no site
    "The firm refines cobalt at Glencore's request.",    # nor a firm
    "Acme Mining mines cobalt at a record pace.",        # nor a common word
])
def test_a_verb_of_working_before_no_name_makes_no_site(text):
    assert not any(t == "Facility" for t, _ in mentions(text)[0])


@pytest.mark.parametrize("text,site", [
    ("Solvay began producing oxides at its La Rochelle site in April.", "La Rochelle site"),
    ("Output resumed at the Big Hill site after the flood.", "Big Hill site"),
    ("The Kestrel and Osprey sites were idled.", "Osprey site"),
])
def test_a_named_site_is_a_facility(text, site):
    assert ("Facility", site) in mentions(text)[0]


@pytest.mark.parametrize("text,owner", [
    ("The Alcoa-Sojitz gallium project at Wagerup will start in 2026.", "Alcoa"),
    ("Work began on the Umicore cathode plant at Kokkola last year.", "Umicore"),
    ("A Lynas separation plant at Seadrift is planned.", "Lynas Rare Earths"),
])
def test_a_firm_named_in_a_facility_at_a_place_owns_it(text, owner):
    doc = DocState("t")
    sent = annotate(text, 0, 0, doc)
    fac = [m for m in sent.mentions if m.type == "Facility"]
    assert len(fac) == 1 and fac[0].props.get("owner") == owner


@pytest.mark.parametrize("text,material", [
    ("Zimbabwe banned exports of raw lithium ore in 2022.", "lithium ore"),
    ("The smelter sells antimony ingots to the stockpile.", "antimony ingots"),
    ("Indonesia banned exports of nickel ore in 2020.", "nickel ore"),
])
def test_ore_and_ingots_of_a_material_are_materials_of_their_own(text, material):
    assert material in {n for t, n in mentions(text)[0] if t == "Material"}


def test_a_material_before_an_unrelated_noun_stays_the_material():
    assert ("Material", "lithium") in mentions("Lithium prices fell this week.")[0]


# --- agencies cited as the source of a figure ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "That is a fifth of demand, according to estimates by the Ministry of Economy, Trade and Industry.",
    "Imports doubled, according to data from the Department of Commerce.",
    "The loan is guaranteed, according to a fact sheet released by the Department of Energy.",
])
def test_an_agency_cited_for_a_figure_is_a_source(text):
    found = annotate(text, 0, 0, DocState("t")).mentions
    assert all("cited" in m.tags for m in found if m.type == "Agency")


def test_an_agency_that_acts_is_not_a_source():
    found = annotate("The Department of Energy released a $2 billion loan to the firm.", 0, 0, DocState("t")).mentions
    assert not any("cited" in m.tags for m in found if m.type == "Agency")


# --- places and programmes named like firms ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Its mine in South Korea's Gangwon province will ramp up.",
    "The EU's ResourceNow plan proposes joint purchasing.",
    "In Europe, Umicore opened a cathode plant.",
    "In Western Australia, Alcoa and Sojitz plan to recover gallium.",
])
def test_regions_and_programmes_are_no_firms(text):
    firms = {n for t, n in mentions(text)[0] if t == "Firm"}
    assert not firms & {"Gangwon", "ResourceNow", "Europe", "Australia", "Western Australia"}


def test_a_firm_that_plans_to_act_is_still_a_firm():
    assert ("Firm", "Acme Metals") in mentions("In Western Australia, Alcoa and Acme Metals plan to recover gallium.")[0]


@pytest.mark.parametrize("text,name", [
    ("Zhengzhou Sino-Crystal Technology, the diamond maker, expanded.", "Zhengzhou Sino-Crystal Technology"),
    ("POSCO Future M, Korea's only large anode producer, fell out of the top ten.", "POSCO Future M"),
    ("Acme Graphite, Canada's biggest flake producer, raised funds.", "Acme Graphite"),
])
def test_a_name_described_after_a_comma_is_a_firm(text, name):
    assert ("Firm", name) in mentions(text)[0]


@pytest.mark.parametrize("text,material", [
    ("Battery-grade lithium carbonate was assessed at 80,000 yuan/t.", "lithium carbonate"),
    ("Prices of battery-grade lithium hydroxide slipped.", "lithium hydroxide"),
    ("Graphite anodes are the main use of the mineral.", "graphite anode material"),
])
def test_grades_and_plurals_keep_the_canonical_material(text, material):
    assert material in {n for t, n in mentions(text)[0] if t == "Material"}
