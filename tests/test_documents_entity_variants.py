"""Entity recognition and coreference of the document loader, each rule checked on several wordings
(sentences written for these tests, not taken from any article), with a case that must not fire.
The rules alone (``learned=False``): the learned pair model has its own tests in test_documents_pairs.py."""

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
    out = document_json("t.txt", extract_text(text, "t.txt", learned=False))
    return {n["name"] for n in out["nodes"] if n["type"] == type_}


def pairs(text, edge_type):
    out = document_json("t.txt", extract_text(text, "t.txt", learned=False))
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


# --- facilities named by their site (round 12) -------------------------------------------------------

def facilities(*sentences):
    """{name: owner} of the facilities of the last sentence, the sentences read as one document."""
    doc, found = DocState("t"), []
    for i, s in enumerate(sentences):
        sent = annotate(s, 0, i, doc)
        doc.remember(sent)
        found = [m for m in sent.mentions if m.type == "Facility"]
    return {m.name: m.props.get("owner") for m in found}


@pytest.mark.parametrize("text,name,owner", [
    ("Harbour Metals Ltd runs Karoo and Umfolozi, two open-pit operations.", "Karoo", "Harbour Metals"),
    ("Glencore runs Kamoto and Mutanda, its two copper-cobalt mines.", "Mutanda mine", "Glencore"),
    ("Bluewater Mining, which operates Red Ridge in Arizona, will expand.", "Red Ridge mine", "Bluewater Mining"),
    ("Acme Lithium Corp operates Salt Flat Nine and exports most of its output.", "Salt Flat Nine", "Acme Lithium"),
])
def test_a_site_named_bare_after_runs_or_operates(text, name, owner):
    assert facilities(text).get(name) == owner


@pytest.mark.parametrize("text", [
    "She ran Acme for a decade before retiring.",
    "The ministry operates Monday to Friday.",
])
def test_no_site_where_no_firm_runs_it(text):
    assert facilities(text) == {}


@pytest.mark.parametrize("text,names", [
    ("Acme Borates Ltd, which mines colemanite at Kerem, Tasli and Ovacik, ships to Europe.",
     {"Kerem mine", "Tasli mine", "Ovacik mine"}),
    ("Acme Borates Ltd mines tincal at Kerem and colemanite at Tasli and Ovacik.",
     {"Kerem mine", "Tasli mine", "Ovacik mine"}),
    ("Globex Zinc Corp smelts concentrate at Rivertown and refines it at Port Elm.",
     {"Rivertown smelter"}),
])
def test_sites_listed_after_a_verb_of_working_them(text, names):
    found = facilities(text)
    assert names <= set(found) and "Europe mine" not in found


def test_a_town_and_its_state_are_one_site():
    found = facilities("Its nearest rival is Acme Borates Ltd, which mines borates at Boron, California.")
    assert "Boron mine" in found and "California mine" not in found


def test_a_noun_mine_is_no_verb_of_working():
    assert "California mine" not in facilities("Rio Tinto, whose open-pit mine at Boron, California, is the largest.")


@pytest.mark.parametrize("text,name,owner", [
    ("Rio Tinto, whose open-pit mine at Boron, California, is the largest borate operation.", "Boron mine", "Rio Tinto"),
    ("Malaysia Smelting Corp, which runs one of the world's largest tin smelters at Pulau Indah, gained.",
     "Pulau Indah smelter", None),
    ("Acme Cobalt Ltd said it would build a $300 million refinery at Port Denis.", "Port Denis refinery", None),
])
def test_a_facility_at_a_named_place(text, name, owner):
    found = facilities(text)
    assert name in found and (owner is None or found[name] == owner)


def test_a_word_that_is_a_material_can_be_the_place():
    found = annotate("Rio Tinto, whose mine at Boron, California, is the largest.", 0, 0, DocState("t")).mentions
    assert ("Facility", "Boron mine") in [(m.type, m.name) for m in found]
    assert ("Material", "boron") not in [(m.type, m.name) for m in found]


@pytest.mark.parametrize("text", [
    "Its hard-rock spodumene mines in Western Australia ship most of their concentrate to China.",
    "Germanium is recovered from zinc concentrates at a handful of smelters in Europe.",
])
def test_plural_sites_in_a_region_are_no_named_site(text):
    assert facilities("Acme Lithium Corp mines lithium.", text) == {}


@pytest.mark.parametrize("text,name", [
    ("Zambezi Graphite Ltd raised funds. Flake will go to Zambezi's plant at Geismar.", "Geismar plant"),
    ("Kestrel Lithium Inc said the feed that Kestrel's refinery in Muscle Shoals, Alabama, uses is short.",
     "Muscle Shoals refinery"),
])
def test_a_possessive_before_the_kind_is_the_owner_not_the_name(text, name):
    found = facilities(*text.split(". "))
    assert name in found and not any("'s" in n for n in found)


@pytest.mark.parametrize("text,name,owner", [
    ("Kansai Carbon Ltd, which is 60 per cent owned by steelmaker Hanshin Steel, makes needle coke at its Sakai works.",
     "Sakai works", "Kansai Carbon"),
    ("The payment will fund a new furnace at the company's Rotherham works.", "Rotherham works", "Acme Titanium"),
    ("Northwind Steel Ltd will reline a blast furnace at its Port Talbot works.", "Port Talbot works", "Northwind Steel"),
])
def test_a_works_owned_by_the_firm(text, name, owner):
    assert facilities("Acme Titanium Ltd buys sponge.", text).get(name) == owner


def test_works_as_a_verb_is_no_facility():
    assert facilities("Acme Titanium Ltd works with Globex Group on the Rotherham melt shop.") == {}


@pytest.mark.parametrize("text,name", [
    ("Lynas Rare Earths separated its first oxide at its Malaysian plant in May.", "Lynas Rare Earths Malaysia plant"),
    ("Acme Cobalt Ltd shipped the hydroxide to its Finnish refinery.", "Acme Cobalt Finland refinery"),
    ("Bluewater Mining Group will double the size of its Chilean mine.", "Bluewater Mining Group Chile mine"),
])
def test_a_demonym_before_the_kind_names_the_country(text, name):
    assert name in facilities(text)


@pytest.mark.parametrize("text,name", [
    ("Scheldt Metals NV will double the output of its plant at Hoboken, near Antwerp.", "Scheldt Metals Hoboken plant"),
    ("Acme Antimony Ltd will ship ingots from its smelter in Kellogg, Idaho, to the stockpile.",
     "Acme Antimony Kellogg smelter"),
    ("Canada's Teck Resources recovers the metal at its smelter in British Columbia.",
     "Teck Resources smelter (British Columbia)"),
])
def test_a_site_after_at_names_the_facility_a_region_after_in_places_it(text, name):
    assert name in facilities(text)


def test_an_aside_about_another_firm_does_not_take_its():
    found = facilities("Acme Graphite Ltd, a unit of Globex Group, runs its Big Hill mine at full tilt.")
    assert found == {"Big Hill mine": "Acme Graphite"}


def test_accented_names_are_names():
    found = facilities("Fluoruros del Norte SA operates the Las Ánimas open-pit mine in San Luis Potosí state.")
    assert "Las Ánimas open-pit mine" in found and "San Luis mine" not in found


@pytest.mark.parametrize("text,name,owner", [
    ("Obi Nickel Ltd, a joint venture between Acme Nickel and Globex Group, runs a high-pressure acid leach (HPAL) plant.",
     "Obi Nickel high-pressure acid leach plant", "Obi Nickel"),
    ("Framatome, the fuel maker controlled by EDF, runs a chemical plant that makes hafnium.", "Framatome chemical plant",
     "Framatome"),
    ("Daehan Solar Materials Co began building a $1.4 billion wafer factory.", "Daehan Solar Materials wafer factory",
     "Daehan Solar Materials"),
    # a place names it; its owner is then left to the ownership rules
    ("Daehan Solar Materials Co began building a $1.4 billion wafer factory in Texas.", "Texas factory", None),
    ("Acme Magnetics Ltd opened a sintered magnet plant in Estonia.", "sintered magnet plant (Estonia)", None),
])
def test_a_facility_introduced_by_running_or_building_it(text, name, owner):
    found = facilities(text)
    assert name in found and found[name] == owner


def test_a_bare_plant_run_by_a_firm_is_no_facility():
    assert facilities("Borealis Cobalt Ltd runs a plant that produces nickel sulphate.") == {}


@pytest.mark.parametrize("text", [
    "Glencore owns a stake in the mine.",
    "Acme Lithium Corp operates a network of brine wells.",
])
def test_a_stake_or_a_network_is_no_facility(text):
    assert facilities(text) == {}


# --- materials: a shared material, ambiguous metals in trade, forms (round 12) ----------------------

def materials_of(text):
    return {n for t, n in mentions(text)[0] if t == "Material"}


@pytest.mark.parametrize("text,material", [
    ("Cheviot bought half of its titanium sponge and ingot from Russia until 2022.", "titanium ingot"),
    ("The group is a maker of tantalum powder and wire, the company said.", "tantalum wire"),
    ("Lithium carbonate and hydroxide prices fell for a third month.", "lithium hydroxide"),
    ("Exports of nickel matte, sulphate and pig iron rose.", "nickel sulphate"),
])
def test_a_form_after_a_materials_form_shares_the_material(text, material):
    assert material in materials_of(text)


@pytest.mark.parametrize("text", [
    "Moscow put titanium sponge and ingot mills under licensing.",
    "Beijing restricted artificial diamond powders and wafers.",
])
def test_no_shared_material_before_a_noun_or_for_a_class_name(text):
    found = materials_of(text)
    assert "titanium ingot" not in found and "synthetic wafers" not in found and "synthetic diamond wafers" not in found


@pytest.mark.parametrize("text", [
    "Indonesia is the world's largest exporter of refined tin.",
    "Myanmar was the third-largest tin miner before the suspension.",
    "Benchmark tin prices rose 6% in London.",
    "The smelter shipped 70,000 tonnes of lead last year.",
])
def test_a_common_word_metal_named_in_trade_is_the_metal(text):
    assert materials_of(text) & {"tin", "lead"}


@pytest.mark.parametrize("text", [
    "Japan will lead the talks on supply chains.",
    "The firm took the lead in the sector.",
    "Food is sold in a tin can.",
])
def test_a_common_word_metal_in_other_senses_is_no_material(text):
    assert not materials_of(text) & {"tin", "lead"}


@pytest.mark.parametrize("text,material", [
    ("Exports of solder, tin powder and tin-based chemicals will not be affected.", "tin powder"),
    ("Smelters should make higher-value tin chemicals instead.", "tin chemicals"),
    ("The plant makes molybdenum powders for 3D printing.", "molybdenum powders"),
])
def test_a_metals_powder_and_chemicals_are_materials(text, material):
    assert material in materials_of(text)


def test_diamond_powder_stays_synthetic_diamond():
    assert materials_of("China restricted exports of artificial diamond powders in 2025.") == {"synthetic diamond"}


# --- firms with connector words and accents; agencies named by role (round 12) ----------------------

@pytest.mark.parametrize("text,name", [
    ("Brennan Chemical Corp agreed to buy Mexican fluorspar producer Fluoruros del Norte from Grupo Alfa.",
     "Fluoruros del Norte"),
    ("The mine belongs to Wolfram Bergbau und Huetten, which is owned by Sandvik.", "Wolfram Bergbau und Huetten"),
    ("Compañía Minera de Sonora, a unit of Grupo Alfa, mines copper.", "Compañía Minera de Sonora"),
    ("In Belgium, Scheldt Metals Recovery, the recycling arm of Vandermeulen Group, will expand.",
     "Scheldt Metals Recovery"),
])
def test_firm_names_with_small_words_accents_and_arms(text, name):
    assert ("Firm", name) in mentions(text)[0]


def test_a_place_with_a_connector_is_no_firm():
    assert not [n for t, n in mentions("SQM pumps brine from the Salar de Atacama in Chile.")[0]
                if t == "Firm" and "Salar" in n]


@pytest.mark.parametrize("text,agency", [
    ("South Africa's Industrial Development Corporation, a state-owned lender, will lend R1.8 billion.",
     "Industrial Development Corporation (South Africa)"),
    ("The plant will be financed by a loan from Türk Eximbank, the state export credit agency.", "Türk Eximbank"),
    ("Finland's state investor Finnish Industry Investment is taking a 15% stake.", "Finnish Industry Investment"),
    ("Debt will come from the Mohammed VI Investment Fund, the kingdom's strategic investor.",
     "Mohammed VI Investment Fund"),
])
def test_agencies_named_by_name_or_role(text, agency):
    assert ("Agency", agency) in mentions(text)[0]


def test_a_role_of_another_countrys_agency_stays_a_firm_guess():
    found = mentions("Zambia's Industrial Development Corporation holds the state's stake.")[0]
    assert not any(t == "Agency" for t, n in found)


@pytest.mark.parametrize("text,name", [
    ("Among the first projects is a roughly $600 million synthetic diamond grit plant in Indonesia.",
     "synthetic diamond grit plant (Indonesia)"),
    # Georgia is read as the US state: a place, no country
    ("Among the first projects is a roughly $600 million synthetic diamond grit plant in Georgia.", "Georgia plant"),
    ("Acme Carbon Ltd will run a roughly US$600 million plant in Georgia making diamond grit.", "Georgia plant"),
    ("Tokyo hopes the Georgia plant will anchor a wider supply chain.", "Georgia plant"),
])
def test_a_plant_placed_in_a_country_or_state(text, name):
    assert name in facilities(text)


def test_a_country_before_plural_sites_is_no_facility():
    assert facilities("Chile mines more copper than Peru, and the Chile mines are old.") == {}


@pytest.mark.parametrize("text,name", [
    ("The project sits in Narva, Estonia, where Canada's Acme Magnetics Ltd opened a magnet plant in 2025.", "Narva plant"),
    ("Kestrel Carbon Ltd will build a needle coke and synthetic graphite complex in Odisha with Japanese partners.",
     "Odisha complex"),
    ("Korea's Acme Future M Ltd is also building a natural graphite anode line in Sejong.", "Sejong line"),
])
def test_a_built_facility_named_by_its_place(text, name):
    assert name in facilities(text)


def test_a_unit_inside_a_firms_named_site():
    found = facilities("The Pentagon will fund a gallium recovery plant at Alcoa's Wagerup alumina refinery.")
    assert found.get("Wagerup gallium recovery plant") == "Alcoa" and "Wagerup alumina refinery" in found


def test_a_list_of_facilities_is_not_one():
    assert facilities("Acme Mining Corp runs a mine and a plant in Chile.") == {}


def test_two_elements_side_by_side_stay_two():
    assert {"manganese", "nickel"} <= materials_of("Demand for high-manganese nickel cathodes is rising.")
    assert "samarium-cobalt magnets" in materials_of("Samarium cobalt magnets resist heat.")


@pytest.mark.parametrize("text,material", [
    ("Eti Maden mines tincal and refines it into borax pentahydrate.", "borax pentahydrate"),
    ("The crucibles are made of high-purity quartz and ordinary quartz.", "quartz"),
    ("Tin also goes into tinplate for food cans.", "tinplate"),
    ("The firm sells fluoropolymers and fluorochemicals.", "fluoropolymers"),
    ("Flow batteries use a vanadium electrolyte.", "vanadium electrolyte"),
    ("Acid-grade fluorspar is reacted with sulphuric acid.", "sulphuric acid"),
])
def test_minerals_intermediates_and_british_spellings(text, material):
    assert material in materials_of(text)


def test_a_state_company_named_like_an_agency_is_a_firm():
    assert ("Firm", "Khanij Bidesh India") in mentions("India's state-run Khanij Bidesh India Ltd began drilling.")[0]


@pytest.mark.parametrize("text,kept", [
    ("Element Six will run a plant in Georgia making diamond grit.", False),
    ("Georgia lands a Japan-financed diamond plant.", False),
    ("Kazatomprom ships uranium via Azerbaijan and Georgia to Europe.", True),
])
def test_georgia_is_the_state_unless_listed_with_countries(text, kept):
    assert (("Country", "Georgia") in mentions(text)[0]) == kept


@pytest.mark.parametrize("text", [
    "\"Supply is tight,\" said an analyst at a London brokerage.",
    "\"Prices rose,\" said Anna Berg, a nuclear fuel analyst in Stockholm.",
    "Benchmark tin prices in London rose 6%.",
    "\"It is a lever,\" said Lin Mei of a Singapore-based consultancy.",
])
def test_a_city_as_a_seat_of_markets_and_analysts_is_no_actor(text):
    assert "United Kingdom" not in nodes(text, "Country") and not nodes(text, "Country") & {"Sweden", "Singapore"}


@pytest.mark.parametrize("text,country", [
    ("London and Washington agreed a minerals pact.", "United Kingdom"),
    ("MSC is 52% owned by Singapore-listed Straits Trading Co.", "Singapore"),
])
def test_a_city_as_a_government_or_a_firms_seat_stays(text, country):
    assert country in nodes(text, "Country")


# --- facility phrases: the kind word first, a place after ----------------------------------------

@pytest.mark.parametrize("text,name", [
    # a capitalised site followed by "mine and processing complex": the name ends at the first kind word
    ("Output rose at its Copper Gulch mine and processing complex near Elko.", "Copper Gulch mine"),
    ("Acme Mining Ltd expanded the Red Butte mine and concentrator last year.", "Red Butte mine"),
    # a modifier that says what the site is for
    ("Globex stores waste at its Kettle Ridge tailings site.", "Kettle Ridge tailings site"),
    ("Acme Metals Ltd studies a gallium unit at its Port Henry industrial complex.", "Port Henry industrial complex"),
])
def test_a_named_site_ends_at_its_first_kind_word(text, name):
    assert name in facilities(text)


@pytest.mark.parametrize("text,name", [
    # a site, a converter or the operations at a place, with "the" and a Romance connector in its name
    ("Solvex restarted output at its site at Port Lavaca last year.", "Port Lavaca site"),
    ("The loan will fund Bayou Minerals Corp's converter near Baton Rouge.", "Baton Rouge converter"),
    ("Acme Lithium Ltd took over the operations at the Salar de Pocitos.", "Salar de Pocitos operation"),
    # an abbreviated saint's or mountain's name
    ("Acme Wafers Inc will build a germanium wafer plant in St. Albans.", "St. Albans plant"),
    # a size before the kind word ("1,000-tonne") is no obstacle
    ("Nordmag plans a 2,000-tonne magnet plant in Lower Saxony.", "Lower Saxony plant"),
])
def test_a_facility_named_by_the_place_after_its_kind(text, name):
    assert name in facilities(text)


@pytest.mark.parametrize("text,name,owner", [
    # an upper-case firm's possessive owns the site named by its place
    ("BHP's operations at the Salar de Maricunga grew.", "Salar de Maricunga operation", "BHP"),
    ("Output fell at ASX-listed Acme Lithium Ltd's site at Port Pirie.", "Port Pirie site", "Acme Lithium"),
    # "former": the firm no longer owns it
    ("Globex took over BHP's former mine at Mount Keith.", "Mount Keith mine", None),
])
def test_a_firms_possessive_owns_the_site_unless_former(text, name, owner):
    found = facilities(text)
    assert name in found and found[name] == owner


def test_a_country_after_the_kind_word_is_no_site_name():
    # "operations in Chile", "a site in the Philippines": a country, not a place name of the facility's own
    assert not any(n.startswith(("Chile", "Philippines")) for n in
                   facilities("Acme Lithium Ltd runs operations at the Philippines' coast and a site in Chile."))


def test_an_amount_is_no_part_of_an_owners_facility_name():
    found = facilities("Acme Zinc Ltd said it would build a new $2.1 billion smelter.")
    assert found and all("$" not in n and "billion" not in n for n in found)


# --- people named with a role are not firms ---------------------------------------------------------

@pytest.mark.parametrize("text,person", [
    ("Acme's chief executive, Maria Lindqvist, said the company would expand.", "Maria Lindqvist"),
    ("Managing director Paul Okafor said the company aimed to decide soon.", "Paul Okafor"),
    ('"Demand is strong," Omar Rashed, Globex\'s head of strategy, said.', "Omar Rashed"),
    ("Northwind chairman Henrik Sand said the company was in talks with buyers.", "Henrik Sand"),
])
def test_a_person_named_with_a_role_is_no_firm(text, person):
    assert ("Firm", person) not in mentions(text)[0]


def test_a_firm_whose_chief_executive_speaks_stays_a_firm():
    assert ("Firm", "Kestrel Metals") in mentions("Kestrel Metals, whose chief executive spoke on Monday, "
                                                   "is a partner of Globex Group.")[0]


# --- a firm an analyst works at is a cited source -----------------------------------------------------

@pytest.mark.parametrize("text,firm", [
    ('"Prices will stay high," said Ana Costa, an analyst at Porto-based Ribeira Advisory.', "Ribeira Advisory"),
    ("Analysts at Harbour Metals Research estimate stocks will run low.", "Harbour Metals Research"),
    ("Tom Reyes, head of battery research at Copperline Capital, expects a deficit.", "Copperline Capital"),
])
def test_a_firm_an_analyst_works_at_is_no_node(text, firm):
    assert firm not in nodes(text, "Firm")


def test_a_firm_that_acts_is_a_node_even_near_an_analyst():
    assert "Ribeira Mining" in nodes("Ribeira Mining Ltd produces tungsten concentrate, analysts said.", "Firm")


# --- a material's form named bare refers back ----------------------------------------------------------

@pytest.mark.parametrize("sentences,material", [
    (("Acme Chemicals Ltd sells antimony trisulfide.", "The trisulfide goes into primers."), "antimony trisulfide"),
    (("Globex produces spodumene concentrate in Australia.", "It ships the concentrate to China."),
     "spodumene concentrate"),
    # the antecedent in the same sentence wins over an older one
    (("Acme makes scandium oxide.", "Globex makes hafnium oxide, and the oxide is used in chips."), "hafnium oxide"),
    (("Acme makes zirconium sponge in France.", "Framatome buys the sponge."), "zirconium sponge"),
])
def test_a_bare_form_is_the_material_of_that_form_named_before(sentences, material):
    assert ("Material", material) in mentions(*sentences)[-1]


@pytest.mark.parametrize("sentences", [
    ("Cobalt prices rose.", "The oxide market was quiet."),            # no oxide named before
    ("Acme makes tungsten carbide.", "Cemented carbides are used in tools."),  # a kind of its own
    ("Acme makes zirconium oxide.", "It also makes solid oxide fuel cells."),
])
def test_a_bare_form_with_nothing_to_refer_to_is_no_material(sentences):
    last = mentions(*sentences)[-1]
    assert not any(t == "Material" and n in ("tungsten carbide", "zirconium oxide") for t, n in last)
    assert not any(t == "Material" and n in ("oxide", "carbides") for t, n in last)


def test_a_form_after_a_material_and_its_symbol_is_one_compound():
    found = mentions("The plant makes neodymium-praseodymium (NdPr) oxide, dysprosium oxide and terbium oxide.")[0]
    assert ("Material", "dysprosium oxide") in found and ("Material", "oxide") not in found


# --- a ministry or department named bare is the one of the country the text is about -----------------

@pytest.mark.parametrize("text,agency", [
    ("China cut tungsten quotas. The Ministry of Natural Resources set the first batch at 50,000 tonnes.",
     "Ministry of Natural Resources (China)"),
    ("Indonesia banned ore exports. The Ministry of Energy and Mineral Resources said quotas would shrink.",
     "Ministry of Energy and Mineral Resources (Indonesia)"),
    ("India will build a magnet plant. The miner works under the Department of Atomic Energy.",
     "Department of Atomic Energy (India)"),
])
def test_a_bare_ministry_is_the_countrys_named_before(text, agency):
    assert agency in nodes(text, "Agency")


def test_a_bare_ministry_of_another_country_is_not_taken_for_a_known_one():
    assert "Ministry of Natural Resources (China)" not in nodes(
        "Russia raised output. The Ministry of Natural Resources said it would grant licences.", "Agency")


# --- a descriptor opening a sentence is no part of the firm's name ---------------------------------------

@pytest.mark.parametrize("text,firm", [
    ("Steelmaker Northgate Holdings said it would buy lithium.", "Northgate Holdings"),
    ("Chipmaker Vantor Semiconductor will add a line.", "Vantor Semiconductor"),
    ("Miner Redcliff Resources raised output.", "Redcliff Resources"),
])
def test_a_sentence_opening_descriptor_is_no_part_of_the_name(text, firm):
    found = {n for t, n in mentions(text)[0] if t == "Firm"}
    assert firm in found and not any(n.startswith(text.split()[0]) for n in found)


def test_a_lawyer_at_a_firm_cites_it():
    assert "Gould & Marsh" not in nodes('"Nothing has changed," said Ann Lee, a trade lawyer at Washington '
                                       'firm Gould & Marsh.', "Firm")
