"""PART_OF and COOPERATES_WITH rules checked on several wordings of the same fact (sentences written for
these tests, not taken from any article): each rule must carry over to a phrasing it was not written on,
and each has a wording that must not give the edge.
The rules alone (``learned=False``): the learned pair model has its own tests in test_documents_pairs.py."""

import pytest

from loaders.documents import document_json, extract_text


def run(text):
    return document_json("t.txt", extract_text(text, "t.txt", learned=False))


def pairs(text, edge_type="PART_OF"):
    return {(e["source"], e["target"]) for e in run(text)["edges"] if e["type"] == edge_type}


def coop(text):
    """COOPERATES_WITH pairs, each sorted (the edge is symmetric)."""
    return {tuple(sorted(p)) for p in pairs(text, "COOPERATES_WITH")}


# --- PART_OF: the parent's description, the child's place between child and cue ---------------------------

@pytest.mark.parametrize("text,expected", [
    ("Kestrel Motors Ltd, a unit of French startup Borealis Holdings, will run the line.",
     ("Kestrel Motors", "Borealis Holdings")),
    ("Kestrel Motors Ltd is a subsidiary of the Swedish engineering group Borealis Holdings.",
     ("Kestrel Motors", "Borealis Holdings")),
    ("Kestrel Smelting Corp, which falls under the control of state-owned Borealis Holdings, refines zinc.",
     ("Kestrel Smelting", "Borealis Holdings")),
    ("Kestrel Motors Ltd belongs to the Korean conglomerate Borealis Holdings.", ("Kestrel Motors", "Borealis Holdings")),
])
def test_parent_described_before_its_name(text, expected):
    assert expected in pairs(text)


@pytest.mark.parametrize("text,expected", [
    ("The Redhill mine in northern Chile, run by Acme Mining Corp, ships copper.", ("Redhill mine", "Acme Mining")),
    ("The Bluegum smelter near the coast, owned by Globex Resources, restarted in May.",
     ("Bluegum smelter", "Globex Resources")),
    ("The Kestrel mine in the far north, operated by Initech Metals, is the largest.", ("Kestrel mine", "Initech Metals")),
])
def test_the_child_s_place_stands_between_it_and_the_cue(text, expected):
    assert expected in pairs(text)


@pytest.mark.parametrize("text,expected", [
    ("The Redhill mine, once among the biggest tin sites in Europe, is being reopened by Acme Mining Corp.",
     ("Redhill mine", "Acme Mining")),
    ("The Bluegum refinery is to be run by Globex Resources, the trading house said.", ("Bluegum refinery", "Globex Resources")),
    ("The Kestrel plant will be operated by Initech Metals from next year.", ("Kestrel plant", "Initech Metals")),
    ("The Redhill smelter, under construction in Kotka by Acme Mining Corp, will open in 2027.",
     ("Redhill smelter", "Acme Mining")),
])
def test_passive_of_running_building_and_reopening(text, expected):
    assert expected in pairs(text)


def test_a_site_sold_by_a_firm_is_not_its_part():
    assert not pairs("The Redhill mine, sold by Acme Mining Corp in 2020, is idle.")


# --- PART_OF: the parent inside the apposition, possessives, acquisitions ------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Kestrel Abrasives Ltd, the Borealis Group unit that grinds garnet, cut prices.",
     ("Kestrel Abrasives", "Borealis Group")),
    ("The plant will be run by Globex Energy, a Initech Holdings subsidiary.", ("Globex Energy", "Initech Holdings")),
    ("Kestrel Abrasives Ltd, the Borealis Group division, opened a lab.", ("Kestrel Abrasives", "Borealis Group")),
])
def test_parent_named_inside_the_apposition(text, expected):
    assert expected in pairs(text)


@pytest.mark.parametrize("text,expected", [
    ("The terminal will be run by Initech Holdings' Globex Energy.", ("Globex Energy", "Initech Holdings")),
    ("Borealis Group's Kestrel Abrasives Ltd makes grit in Ireland.", ("Kestrel Abrasives", "Borealis Group")),
    ("Analysts expect Acme Mining Corp's Redfern Copper Ltd to list in May.", ("Redfern Copper", "Acme Mining")),
])
def test_a_firm_named_by_its_parent_s_possessive(text, expected):
    assert expected in pairs(text)


def test_a_country_s_possessive_is_no_parent():
    assert not pairs("Canada's Redfern Copper Ltd and Chile's Acme Mining Corp mine copper.")


@pytest.mark.parametrize("text,expected", [
    ("Last year Globex Group completed its C$900 million acquisition of Acme Lithium Ltd.", ("Acme Lithium", "Globex Group")),
    ("Globex Group closed the long-delayed takeover of Acme Lithium Ltd last week.", ("Acme Lithium", "Globex Group")),
    ("Globex Group, which bought Acme Lithium Ltd in 2022, is expanding.", ("Acme Lithium", "Globex Group")),
])
def test_acquisitions_named_with_their_price_or_in_a_relative_clause(text, expected):
    assert expected in pairs(text)


@pytest.mark.parametrize("text,expected", [
    ("Globex Group took a 60% stake in Acme Lithium Ltd last year.", ("Acme Lithium", "Globex Group")),
    ("Globex Group's $2 billion acquisition of Acme Lithium Ltd closed in May.", ("Acme Lithium", "Globex Group")),
    ("Globex Group, Acme Lithium Ltd's parent, reported a loss.", ("Acme Lithium", "Globex Group")),
    ("Globex Group has taken a controlling stake in Acme Lithium Ltd.", ("Acme Lithium", "Globex Group")),
])
def test_majority_stakes_possessive_takeovers_and_a_parent_in_front(text, expected):
    assert expected in pairs(text)


@pytest.mark.parametrize("text", [
    "Globex Group's proposed takeover of Acme Lithium Ltd was blocked.",
    "Globex Group took Acme Lithium Ltd to court.",
    "Globex Group took a 20% stake in Acme Lithium Ltd.",
])
def test_no_part_without_a_completed_majority(text):
    assert not pairs(text)


def test_a_unit_of_one_parent_does_not_take_the_next_list_item_as_a_parent():
    found = pairs("Kestrel Optics, a unit of Borealis Holdings, and Initech Systems each sell lenses to the army.")
    assert found == {("Kestrel Optics", "Borealis Holdings")}


# --- PART_OF: facility owners: the subject of the verb, verbs of having -------------------------------------

@pytest.mark.parametrize("text,site,owner", [
    ("Unlike Globex Metals, Acme Mining Corp opened a magnet plant in Narvik in May.", "Narvik", "Acme Mining"),
    ("After talks with Globex Metals, Acme Mining Corp commissioned a cobalt refinery near Kokkola.",
     "Kokkola", "Acme Mining"),
    ("Like Globex Metals before it, Initech Resources built a smelter at Tarn.", "Tarn", "Initech Resources"),
])
def test_the_facility_owner_is_the_firm_nearest_before_the_verb(text, site, owner):
    found = pairs(text)
    assert any(site in c and p == owner for c, p in found) and all(p == owner for _, p in found), found


@pytest.mark.parametrize("text", [
    "Globex Metals has agreed to buy part of the Redhill mine's output.",
    "Globex Metals has signed a deal to take ore from the Redhill mine.",
    "Globex Metals has agreed to purchase up to 60% of the graphite produced at Acme's planned Redhill plant.",
])
def test_a_buyer_of_a_site_s_output_is_not_its_owner(text):
    assert not any(p == "Globex Metals" for _, p in pairs(text))


@pytest.mark.parametrize("text,expected", [
    ("Acme Mining Corp has two mines in Peru, and it has the Redhill mine in Chile.", ("Redhill mine", "Acme Mining")),
    ("Redfern Graphite Inc holds 100 per cent of the Lac Bleu project.",
     ("Lac Bleu project", "Redfern Graphite")),
    ("Globex Resources holds a 75 per cent interest in the Kestrel nickel operation.",
     ("Kestrel nickel operation", "Globex Resources")),
])
def test_having_or_holding_most_of_a_site(text, expected):
    assert expected in pairs(text)


def test_holding_a_minority_of_a_site_is_an_investment():
    text = "Globex Resources holds 20% of the Kestrel mine."
    assert not pairs(text)
    assert ("Globex Resources", "Kestrel mine") in pairs(text, "INVESTS_IN")


@pytest.mark.parametrize("text,firm,site", [
    ("A state lender is providing Acme Mining Corp with $300 million to build the Redhill nickel refinery.",
     "Acme Mining", "Redhill nickel refinery"),
    ("The Department of Energy granted Globex Resources $9 million to help it advance the Kestrel copper project.",
     "Globex Resources", "Kestrel copper project"),
    ("Initech Graphite won an $80 million credit line for a planned anode factory in Kentucky.",
     "Initech Graphite", "factory"),
])
def test_a_site_money_is_given_to_a_firm_to_build_is_the_firm_s(text, firm, site):
    assert any(p == firm and site in c for c, p in pairs(text)), pairs(text)


def test_a_lender_is_not_the_owner_of_what_it_funds():
    assert not pairs("Globex Bank Corp agreed to lend $300 million to build the Redhill rare earths refinery.")


# --- PART_OF: a description heading the sentence stands for the facility or firm named before ----------------

@pytest.mark.parametrize("text,expected", [
    ("Acme Mining Corp is a Canadian nickel miner. The company also operates the Redhill smelter near Sudbury.",
     ("Redhill smelter", "Acme Mining")),
    ("Globex Resources listed in May. The firm operates the Kestrel mine in Peru.", ("Kestrel mine", "Globex Resources")),
    ("Initech Metals was founded in 2019. In March, the company opened the Tarn refinery.",
     ("Tarn refinery", "Initech Metals")),
])
def test_the_company_heading_a_sentence_is_the_firm_named_before(text, expected):
    assert expected in pairs(text)


@pytest.mark.parametrize("text,expected", [
    ("Initech Metals is building the Tarn refinery. The refinery, to be run by Kestrel Energy, a unit of "
     "Initech Metals, opens in 2027.", ("Tarn refinery", "Kestrel Energy")),
    ("Acme Mining Corp will restart the Redhill mine. The mine is run by Globex Resources, which is owned by "
     "Acme Mining Corp.", ("Redhill mine", "Globex Resources")),
    ("Work began on the Bluegum plant in May. The plant will be operated by Kestrel Energy, the industrial "
     "arm of Initech Metals.", ("Bluegum plant", "Kestrel Energy")),
])
def test_the_plant_heading_a_sentence_is_the_facility_named_before(text, expected):
    assert expected in pairs(text)


def test_a_description_without_a_recent_antecedent_gives_nothing():
    text = ("Copper prices rose. Demand was strong. Stocks fell. Rates were flat. The plant is run by Kestrel "
            "Energy, a unit of Initech Metals.")
    assert pairs(text) == {("Kestrel Energy", "Initech Metals")}


@pytest.mark.parametrize("text,expected", [
    ("Initech Metals listed in 2019. Chinese-owned Borealis Group runs a smelter, as does Globex Resources. The "
     "Swiss-based group also controls Kestrel Copper Ltd and the Tarn mine.", {("Kestrel Copper", "Globex Resources"),
                                                                            ("Tarn mine", "Globex Resources")}),
    ("Canada's Acme Mining Corp and Globex Resources both mine nickel. The Canadian company operates the Redhill "
     "mine.", {("Redhill mine", "Acme Mining")}),
])
def test_a_description_with_a_country_picks_the_firm_of_that_country(text, expected):
    assert expected <= pairs(text)


# --- PART_OF: the owner as subject of a relative clause, possessive appositions, lists of owners ------------

@pytest.mark.parametrize("text,expected", [
    ("Acme Lithium Ltd, which Globex Group acquired in 2021, mines spodumene.", {("Acme Lithium", "Globex Group")}),
    ("The Redhill mine, which Globex Group operates, restarted.", {("Redhill mine", "Globex Group")}),
    ("The Redhill mine, in which Globex Group holds a 70% interest, restarted.",
     {("Redhill mine", "Globex Group")}),
    ("Acme Lithium Ltd, in which Globex Group and Initech Metals each hold 50%, mines spodumene.",
     {("Acme Lithium", "Globex Group"), ("Acme Lithium", "Initech Metals")}),
])
def test_the_owner_as_subject_of_a_relative_clause(text, expected):
    assert pairs(text) == expected


def test_a_minority_holder_in_a_relative_clause_is_no_parent():
    assert not pairs("Acme Lithium Ltd, in which Globex Group holds 10%, mines spodumene.")


@pytest.mark.parametrize("text,expected", [
    ("The Redhill mine, Globex Group's flagship operation, restarted.", ("Redhill mine", "Globex Group")),
    ("Acme Lithium Ltd, Globex Group's battery materials arm, opened a plant.", ("Acme Lithium", "Globex Group")),
    ("The Tarn smelter, Initech Metals' oldest plant, closed.", ("Tarn smelter", "Initech Metals")),
])
def test_the_child_named_with_its_parent_s_possessive_in_apposition(text, expected):
    assert expected in pairs(text)


@pytest.mark.parametrize("text,expected", [
    ("Acme Lithium Ltd is controlled by Chinese state-owned Globex Group.", ("Acme Lithium", "Globex Group")),
    ("Acme Lithium Ltd, owned by China's Globex Group, mines spodumene.", ("Acme Lithium", "Globex Group")),
    ("Acme Lithium Ltd is a subsidiary of Australia's Globex Group.", ("Acme Lithium", "Globex Group")),
])
def test_the_parent_s_country_before_its_name(text, expected):
    assert expected in pairs(text)


@pytest.mark.parametrize("text,expected", [
    ("Globex Group and Initech Metals each own half of Acme Lithium Ltd.",
     {("Acme Lithium", "Globex Group"), ("Acme Lithium", "Initech Metals")}),
    ("Globex Group and Initech Metals own the Redhill mine.",
     {("Redhill mine", "Globex Group"), ("Redhill mine", "Initech Metals")}),
    ("Globex Group and Initech Metals jointly control Acme Lithium Ltd.",
     {("Acme Lithium", "Globex Group"), ("Acme Lithium", "Initech Metals")}),
])
def test_a_list_of_owners(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Globex Group and Initech Metals own the Redhill and Tarn mines respectively.",
     {("Redhill mine", "Globex Group"), ("Tarn mine", "Initech Metals")}),
    ("In Chile, where Globex Group and Initech Metals run the Redhill and Tarn mines respectively, output fell.",
     {("Redhill mine", "Globex Group"), ("Tarn mine", "Initech Metals")}),
])
def test_owners_and_sites_paired_by_respectively(text, expected):
    assert pairs(text) == expected


# --- PART_OF: joint ventures: past a relative clause or a locator, set up by a list, co-owners, partners -------

@pytest.mark.parametrize("text,expected", [
    ("The Redhill mine, which ships copper concentrate to Asia, is a 60:40 venture between Chile-based Acme "
     "Mining Corp and Globex Resources.", {("Redhill mine", "Acme Mining"), ("Redhill mine", "Globex Resources")}),
    ("Kestrel Minerals, a joint venture of Norway's Initech Fund Corp and Globex Resources, is weighing a bid.",
     {("Kestrel Minerals", "Initech Fund"), ("Kestrel Minerals", "Globex Resources")}),
    ("Kestrel Minerals, which was founded in 2019, is a joint venture between Acme Mining Corp and Globex "
     "Resources.", {("Kestrel Minerals", "Acme Mining"), ("Kestrel Minerals", "Globex Resources")}),
])
def test_venture_past_a_relative_clause_or_a_locator(text, expected):
    assert expected <= pairs(text)


def test_a_venture_s_place_is_not_a_venture():
    found = pairs("Smelting is concentrated in the Kestrel Industrial Park on Sumatra Ltd, a joint venture between "
                  "Acme Mining Corp and Globex Resources.")
    assert not any(c == "Sumatra" for c, _ in found)


def test_a_relative_clause_naming_another_firm_keeps_its_own_venture():
    found = pairs("Redfern Lithium, which is 60% held by Kestrel Holdings, a joint venture of Acme Mining Corp "
                  "and Globex Resources, ships spodumene.")
    assert ("Kestrel Holdings", "Acme Mining") in found
    assert not any(c == "Redfern Lithium" and p in ("Acme Mining", "Globex Resources") for c, p in found)


@pytest.mark.parametrize("text,expected", [
    ("Back in 2015, Globex Corp and the state agency JOGMEC set up Kestrel Rare Earths Ltd as a financing "
     "vehicle.", {("Kestrel Rare Earths", "Globex"), ("Kestrel Rare Earths", "Japan Organization for Metals and Energy Security")}),
    ("Acme Mining Corp and Globex Resources will merge their copper assets into a new joint venture, Kestrel "
     "Cobre.", {("Kestrel Cobre", "Acme Mining"), ("Kestrel Cobre", "Globex Resources")}),
    ("Acme Mining Corp and Globex Resources formed Kestrel Holdings Ltd last year.",
     {("Kestrel Holdings", "Acme Mining"), ("Kestrel Holdings", "Globex Resources")}),
])
def test_a_venture_set_up_by_the_subject_list(text, expected):
    assert expected <= pairs(text)


def test_a_firm_set_up_by_one_company_is_not_read_as_a_venture():
    assert not pairs("Acme Mining Corp set up Kestrel Holdings Ltd last year.")


@pytest.mark.parametrize("text,expected", [
    ("Globex Corp, which together with JOGMEC owns Kestrel Rare Earths Ltd, has begun buying terbium.",
     {("Kestrel Rare Earths", "Globex"), ("Kestrel Rare Earths", "Japan Organization for Metals and Energy Security")}),
    ("Acme Mining Corp, jointly with Globex Resources, controls Kestrel Copper Ltd.",
     {("Kestrel Copper", "Acme Mining"), ("Kestrel Copper", "Globex Resources")}),
    ("Acme Mining Corp, together with Globex Resources, operates the Redhill mine.",
     {("Redhill mine", "Acme Mining"), ("Redhill mine", "Globex Resources")}),
])
def test_co_owners_named_with_together_with(text, expected):
    assert expected <= pairs(text)


@pytest.mark.parametrize("text,expected", [
    ("Acme Mining Corp has been the partner of Globex Resources at the Redhill mine since 2018.",
     {("Redhill mine", "Acme Mining"), ("Redhill mine", "Globex Resources")}),
    ("Acme Steel Corp, which runs the Kestrel smelter with its local partner Globex Resources, expanded output.",
     {("Kestrel smelter", "Acme Steel"), ("Kestrel smelter", "Globex Resources")}),
    ("Acme Mining Corp runs the Redhill mine jointly with Globex Resources.",
     {("Redhill mine", "Acme Mining"), ("Redhill mine", "Globex Resources")}),
])
def test_partners_at_a_site(text, expected):
    assert expected <= pairs(text)


def test_a_customer_named_with_with_is_not_a_partner():
    found = pairs("Acme Mining Corp runs the Redhill mine with help from Globex Resources.")
    assert ("Redhill mine", "Globex Resources") not in found


# --- COOPERATES_WITH: a list of countries agreeing, pursuing a noun "with" another, asking another ------------

@pytest.mark.parametrize("text,expected", [
    ("Chile and Peru have also held discussions on a lithium partnership.", {("Chile", "Peru")}),
    ("Negotiators for Canada and the Philippines have explored a nickel arrangement.", {("Canada", "Philippines")}),
    ("Seoul and Canberra pledged to collaborate on graphite refining.", {("Australia", "South Korea")}),
    ("Norway and Sweden will work together on rare earth processing.", {("Norway", "Sweden")}),
])
def test_a_pair_of_countries_as_the_subject_of_agreeing(text, expected):
    assert coop(text) == expected


@pytest.mark.parametrize("text", [
    "China and Russia dominate the supply chain for gallium.",
    "Chile and Peru mine most of the copper covered by the new deal.",
    "Japan's Globex Corp and Australia's Acme Mining Corp signed a supply agreement.",
])
def test_countries_that_only_produce_or_place_firms_do_not_cooperate(text):
    assert not coop(text)


@pytest.mark.parametrize("text", [
    "India, Japan and Australia signed a framework on critical minerals in May.",
    "The recycling scheme, which was signed by India, Japan and Australia in 2024, covers cobalt.",
    "Talks on a cobalt pact among India, Japan and Australia resumed on Monday.",
])
def test_a_list_of_three_gives_every_pair(text):
    assert coop(text) == {("Australia", "India"), ("India", "Japan"), ("Australia", "Japan")}


@pytest.mark.parametrize("text,expected", [
    ("Canberra is seeking deeper cooperation on rare earths with Seoul, an official said.",
     {("Australia", "South Korea")}),
    ("Ottawa has held exploratory talks with the European Union on graphite.", {("Canada", "European Union")}),
    ("Argentina has proposed a lithium arrangement with South Korea.", {("Argentina", "South Korea")}),
])
def test_a_country_pursuing_cooperation_with_another(text, expected):
    assert coop(text) == expected


@pytest.mark.parametrize("text", [
    "China restricted gallium exports a year after signing nothing, and its trade with Japan fell.",
    "Exports from Chile rose after the deal, mostly shipped with Japanese carriers.",
])
def test_with_a_country_but_no_cooperation_pursued(text):
    assert not coop(text)


@pytest.mark.parametrize("text,expected", [
    ("Manila has asked Canberra for a nickel supply accord.", {("Australia", "Philippines")}),
    ("Chile urged Japan to sign a lithium partnership before the summit.", {("Chile", "Japan")}),
    ("Peru has invited Canada to negotiate a mining accord.", {("Canada", "Peru")}),
])
def test_a_country_asking_another_for_an_agreement(text, expected):
    assert coop(text) == expected


def test_asking_without_a_cooperation_noun_is_not_cooperation():
    assert not coop("Japan asked Chile about lithium prices last week.")


def test_discussed_cooperation_is_proposed_and_signed_is_done():
    out = run("Chile and Peru have discussed a lithium partnership.")
    e = next(e for e in out["edges"] if e["type"] == "COOPERATES_WITH")
    assert e["status"] == "proposed" and e["on"] == ["lithium"]
    out = run("Chile and Peru signed a lithium partnership.")
    e = next(e for e in out["edges"] if e["type"] == "COOPERATES_WITH")
    assert e["status"] == "done"


# --- PART_OF: asides in brackets or dashes, "Globex unit Acme", agencies within agencies -------------------

@pytest.mark.parametrize("text,expected", [
    ("Acme Lithium Ltd (a unit of Globex Group) mines spodumene.", ("Acme Lithium", "Globex Group")),
    ("Acme Lithium Ltd - a unit of Globex Group - mines spodumene.", ("Acme Lithium", "Globex Group")),
    ("Acme Lithium Ltd \u2014 which Globex Group bought last year \u2014 mines spodumene.", ("Acme Lithium", "Globex Group")),
])
def test_the_cue_inside_brackets_or_dashes(text, expected):
    assert expected in pairs(text)


def test_a_bracketed_ticker_is_no_cue():
    assert not pairs("Acme Lithium Ltd (ASX: AKE) and Globex Group signed a supply deal.")


@pytest.mark.parametrize("text,expected", [
    ("Globex Group unit Acme Lithium Ltd said output rose.", ("Acme Lithium", "Globex Group")),
    ("Trading giant Globex Group's metals subsidiary Acme Lithium Ltd said output rose.", ("Acme Lithium", "Globex Group")),
    ("Globex Group mining arm Acme Lithium Ltd cut jobs.", ("Acme Lithium", "Globex Group")),
])
def test_parent_name_then_unit_word_then_child(text, expected):
    assert expected in pairs(text)


@pytest.mark.parametrize("text,expected", [
    ("The Office of Strategic Capital within the Department of Defense approved the loan.",
     ("Office of Strategic Capital", "Department of Defense")),
    ("The Pentagon's Office of Strategic Capital approved the loan.", ("Office of Strategic Capital", "Department of Defense")),
    ("The Defense Logistics Agency, an arm of the Pentagon, buys antimony.",
     ("Defense Logistics Agency", "Department of Defense")),
])
def test_an_agency_within_an_agency(text, expected):
    found = {(e["source"], e["target"], e.get("relation")) for e in run(text)["edges"] if e["type"] == "PART_OF"}
    assert expected + ("sub-agency",) in found


@pytest.mark.parametrize("text,expected", [
    ("Beijing has signed deals with Bolivia and Argentina on lithium.", {("Bolivia", "China"), ("Argentina", "China")}),
    ("Canada struck graphite agreements with Japan, South Korea and Germany.",
     {("Canada", "Japan"), ("Canada", "South Korea"), ("Canada", "Germany")}),
])
def test_a_country_pursuing_cooperation_with_a_list(text, expected):
    assert coop(text) == expected


@pytest.mark.parametrize("text", [
    "Canberra and Tokyo renewed their rare earths partnership.",
    "Australia and the United States unveiled a critical minerals framework.",
    "Chile and the European Union have concluded a framework agreement covering lithium.",
])
def test_renewed_unveiled_and_concluded_are_done(text):
    out = run(text)
    assert [e["status"] for e in out["edges"] if e["type"] == "COOPERATES_WITH"] == ["done"]


# --- PART_OF: owners of sites named as owner/operator, by acquisition, by a venture, in the site's name -------

@pytest.mark.parametrize("text,expected", [
    ("Globex Group is the operator of the Redhill mine.", {("Redhill mine", "Globex Group")}),
    ("Globex Group is the majority owner of the Redhill mine.", {("Redhill mine", "Globex Group")}),
    ("Globex Group completed its acquisition of the Redhill mine in May.", {("Redhill mine", "Globex Group")}),
    ("Redhill mine owner Globex Group said output rose.", {("Redhill mine", "Globex Group")}),
    ("The Redhill mine is operated by a joint venture of Globex Group and Initech Metals.",
     {("Redhill mine", "Globex Group"), ("Redhill mine", "Initech Metals")}),
])
def test_site_owner_and_operator_wordings(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Globex Group said unit Acme Lithium Ltd grew.",
    "Globex Group operates the Redhill mine through its subsidiary Acme Lithium Ltd.",
])
def test_unit_words_do_not_make_a_site_or_a_speaker_a_parent(text):
    assert ("Acme Lithium", "Redhill mine") not in pairs(text)
    assert ("Globex Group", "Acme Lithium") not in pairs(text)


def test_through_its_subsidiary():
    found = pairs("Globex Group, through its subsidiary Acme Lithium Ltd, owns the Redhill mine.")
    assert ("Acme Lithium", "Globex Group") in found


@pytest.mark.parametrize("text,expected", [
    ("JOGMEC will take equity in the Alcoa-Sojitz gallium project in Western Australia.",
     {"Alcoa", "Sojitz"}),
    ("Work started on the Umicore-Glencore recycling plant near Hoboken.", {"Umicore", "Glencore"}),
])
def test_a_site_named_after_its_owners(text, expected):
    assert {p for _, p in pairs(text)} == expected


def test_a_site_of_the_description_s_kind_named_further_back():
    filler = "Prices fell. Rates rose. Stocks slid. Demand grew. "
    found = pairs("Work on the Redhill mine began in 1990. " + filler +
                  "The mine is run by Kestrel Mining Ltd, a unit of Globex Group.")
    assert ("Redhill mine", "Kestrel Mining") in found
    found = pairs("The Redhill mine and the Tarn mine opened in 1990. " + filler +
                  "The mine is run by Kestrel Mining Ltd, a unit of Globex Group.")
    assert found == {("Kestrel Mining", "Globex Group")}


@pytest.mark.parametrize("text,expected", [
    ("The partnership between Chile and Japan covers lithium.", {("Chile", "Japan")}),
    ("A memorandum was signed between India and Australia on cobalt.", {("Australia", "India")}),
    ("Talks between Seoul and Jakarta on nickel resumed.", {("Indonesia", "South Korea")}),
])
def test_a_cooperation_noun_before_between(text, expected):
    assert coop(text) == expected


def test_tensions_between_countries_are_not_cooperation():
    assert not coop("Trade tensions between China and the United States have disrupted supply chains.")


# --- round 11: holders named in a relative clause, the later ones' verb left out ---------------------------

@pytest.mark.parametrize("text,expected", [
    ("The plant is run by Acme Lithium Solution, a joint venture in which Glencore holds 82% and Australia's "
     "Sojitz 18%.", {("Acme Lithium Solution", "Glencore"), ("Acme Lithium Solution", "Sojitz")}),
    ("The refinery is run by Kestrel Lithium, a venture in which Glencore owns 60% and Sojitz the remaining 40%.",
     {("Kestrel Lithium", "Glencore"), ("Kestrel Lithium", "Sojitz")}),
    ("Kestrel Lithium, a consortium in which Glencore, Sojitz and Globex Group each hold a third, runs the mine.",
     {("Kestrel Lithium", "Glencore"), ("Kestrel Lithium", "Sojitz"), ("Kestrel Lithium", "Globex Group")}),
])
def test_the_partners_of_a_venture_named_with_their_shares(text, expected):
    assert expected <= pairs(text)


@pytest.mark.parametrize("text,expected", [
    ("Globex Group runs the Redhill mine through Acme Mining Corp, a subsidiary in which it holds 80% and Sojitz "
     "the remaining 20%.", ("Acme Mining", "Globex Group")),
    ("Acme Mining Corp, in which Glencore holds 70% and Sojitz the rest, runs the Redhill mine.",
     ("Acme Mining", "Glencore")),
    ("Acme Mining Corp, an affiliate in which Glencore owns 45% and Sojitz the rest, sells nickel.",
     ("Acme Mining", "Sojitz")),
])
def test_the_majority_holder_named_in_a_relative_clause_is_the_parent(text, expected):
    found = pairs(text)
    assert expected in found
    minority = {"Sojitz", "Glencore"} - {expected[1]}
    assert not [p for p in found if p[1] in minority], found  # a minority holder is an investor, not a parent


def test_holders_of_a_minority_each_are_no_parents():
    assert not [p for p in pairs("Acme Mining Corp, in which Glencore holds 30% and Sojitz 25%, runs the Redhill "
                                 "mine.") if p[1] in ("Glencore", "Sojitz")]


# --- a site run through a unit is the unit's; names inside "in which ..." do not run the site ------------

@pytest.mark.parametrize("text,expected", [
    ("Globex Group runs the Redhill mine through Acme Mining Corp, a subsidiary in which it holds 80%.",
     ("Redhill mine", "Acme Mining")),
    ("Globex Group controls the Redhill mine via Acme Mining Corp.", ("Redhill mine", "Acme Mining")),
    ("Globex Group operates the Redhill mine through its subsidiary Acme Mining Corp.", ("Redhill mine", "Acme Mining")),
])
def test_a_site_run_through_a_unit(text, expected):
    found = pairs(text)
    assert expected in found and ("Redhill mine", "Globex Group") not in found, found


def test_a_site_whose_output_goes_through_a_trader_stays_its_owner_s():
    found = pairs("Globex Group runs the Redhill mine, shipping ore through Glencore.")
    assert found == {("Redhill mine", "Globex Group")}
    found = pairs("Acme Mining Corp, in which Glencore holds 70% and Sojitz the rest, runs the Redhill mine.")
    assert ("Redhill mine", "Acme Mining") in found and ("Redhill mine", "Sojitz") not in found


# --- a venture named by its partner's possessive; founders in an apposition --------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Acme Mining Corp will develop the Redhill mine through Kestrel Lithium Ventures, the project's joint venture "
     "with Globex Group.", ("Kestrel Lithium Ventures", "Globex Group")),
    ("Kestrel Lithium, its joint venture with Sojitz, will run the mine.", ("Kestrel Lithium", "Sojitz")),
    ("Output will come from Kestrel Lithium, the company's venture with Sojitz.", ("Kestrel Lithium", "Sojitz")),
])
def test_a_venture_named_by_a_partner_s_possessive(text, expected):
    assert expected in pairs(text)


def test_a_founder_described_in_an_apposition_founded_no_venture_with_the_list_before():
    assert not pairs("Glencore and Sojitz, the trading house that founded Acme Mining Corp in 1990, hold 35% of it.")
    assert pairs("Glencore and Sojitz set up Acme Mining Corp in 1990.") == {("Acme Mining", "Glencore"),
                                                                             ("Acme Mining", "Sojitz")}


# --- verbs of owning a site: restarting, expanding, commissioning it ---------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("In Finland, Acme Cobalt Oy, a subsidiary of Globex Group, plans to restart and expand a cobalt refinery in "
     "Kokkola.", ("Kokkola refinery", "Acme Cobalt Oy")),
    ("Sojitz buys oxide from Kestrel Heavy Earths, an Australian miner that is commissioning a separation plant near "
     "Kalgoorlie.", ("Kalgoorlie plant", "Kestrel Heavy Earths")),
    ("Glencore plans to reopen the Redhill mine next year.", ("Redhill mine", "Glencore")),
])
def test_restarting_expanding_or_commissioning_a_site(text, expected):
    assert expected in pairs(text)


def test_a_buyer_of_a_restarted_site_s_output_is_not_its_owner():
    found = pairs("Glencore agreed to buy ore from the Redhill mine once Acme Mining Corp restarts it.")
    assert ("Redhill mine", "Glencore") not in found


# --- "The mine is owned by X": the site named last of that kind; "It will be owned by X" -----------------

@pytest.mark.parametrize("text,expected", [
    ("Work on the Tarn mine stopped in 1980. The Redhill mine sat idle for decades. Prices rose. Rates fell. "
     "Demand grew. The mine is owned by Kestrel Mining Ltd.", ("Redhill mine", "Kestrel Mining")),
    ("Acme Mining Corp restarted the Redhill mine in 2024. It is run by Kestrel Mining Ltd.",
     ("Redhill mine", "Kestrel Mining")),
    ("Acme Magnetics will build a magnet factory in Vietnam. It will be owned by Acme Magnetics Vietnam, a wholly "
     "owned subsidiary set up last year.", ("Acme Magnetics magnet factory", "Acme Magnetics Vietnam")),
])
def test_the_site_a_sentence_head_stands_for(text, expected):
    assert expected in pairs(text)


def test_it_two_sentences_on_stands_for_no_site():
    found = pairs("Acme Mining Corp restarted the Redhill mine in 2024. Prices rose. It is run by Kestrel Mining Ltd.")
    assert ("Redhill mine", "Kestrel Mining") not in found


# --- "X, a wholly owned subsidiary": the parent is the article's firm of the same name, or its main one ----

@pytest.mark.parametrize("text,expected", [
    ("Acme Magnetics will build a magnet factory in Vietnam. It will be owned by Acme Magnetics Vietnam, a wholly "
     "owned subsidiary set up last year.", ("Acme Magnetics Vietnam", "Acme Magnetics")),
    ("Globex Rare Earths separated its first oxide in May. Globex said output would double. The plant belongs to "
     "Globex Malaysia, a wholly owned subsidiary.", ("Globex Malaysia", "Globex Rare Earths")),
    ("Globex Group sells lithium. Globex Group plans a mine. Initech Mining, the project-level subsidiary, holds "
     "100% of the Redhill property.", ("Initech Mining", "Globex Group")),
])
def test_a_subsidiary_whose_parent_is_not_named(text, expected):
    assert expected in pairs(text)


@pytest.mark.parametrize("text", [
    "Glencore sells lithium. Sojitz buys cobalt. Initech Mining, a subsidiary, holds 100% of the Redhill property.",
    "The station will be run by Kestrel Energy, a Globex Group unit, from 2027.",
])
def test_no_unnamed_parent_without_a_main_firm_or_with_the_parent_inside(text):
    assert not [p for p in pairs(text) if p[0] in ("Initech Mining", "Kestrel Energy") and p[1] != "Globex Group"]


# --- COOPERATES_WITH: a pair naming a pact past its subject words; the subject of the verb of agreeing -----

@pytest.mark.parametrize("text,expected", [
    ("Under the Australia-India Critical Minerals Investment Partnership, signed in 2022, the two governments have "
     "shortlisted five projects.", {("Australia", "India")}),
    ("The Japan-Canada critical minerals dialogue covers graphite.", {("Canada", "Japan")}),
    ("The U.S.-Japan critical minerals agreement was signed in 2023.", {("Japan", "United States")}),
])
def test_a_hyphenated_pair_naming_a_pact_about_something(text, expected):
    assert coop(text) == expected


@pytest.mark.parametrize("text", [
    "The China-Myanmar border crossing reopened after talks.",
    "Japan-Canada lithium shipments rose before the deal was signed.",
])
def test_a_hyphenated_pair_naming_no_pact(text):
    assert not coop(text)


@pytest.mark.parametrize("text,expected", [
    ("U.S. tariffs on Canadian steel have prompted Ottawa to court new buyers, and Canada signed a critical minerals "
     "partnership with the European Union in 2021.", {("Canada", "European Union")}),
    ("Chile, which exports copper to China, signed a lithium agreement with Germany.", {("Chile", "Germany")}),
    ("After Chinese curbs on graphite, Japan struck a supply deal with Australia.", {("Australia", "Japan")}),
])
def test_the_partner_with_is_paired_with_the_subject_of_the_verb(text, expected):
    assert coop(text) == expected


# --- a site run through a unit named in a relative clause; "it" holding the unit's majority --------------

@pytest.mark.parametrize("text,expected", [
    ("Globex Group had a bad year. The hardest hit was its Redhill mine, which the company runs through Acme Mining "
     "Corp, a subsidiary in which it holds 80% and Sojitz the remaining 20%.",
     {("Redhill mine", "Acme Mining"), ("Acme Mining", "Globex Group")}),
    ("The Redhill mine, which Globex Group runs through its unit Acme Mining Corp, shut in May.",
     {("Redhill mine", "Acme Mining")}),
    ("The Redhill mine, which Globex Group operates via Acme Mining Corp, shut in May.", {("Redhill mine", "Acme Mining")}),
])
def test_a_site_run_through_a_unit_in_a_relative_clause(text, expected):
    found = pairs(text)
    assert expected <= found and ("Redhill mine", "Globex Group") not in found, found


def test_a_site_sold_through_a_trader_in_a_relative_clause_is_not_the_trader_s():
    assert ("Redhill mine", "Glencore") not in pairs("The Redhill mine, which Globex Group sells through Glencore, "
                                                     "shut in May.")
    assert ("Redhill mine", "Globex Group") in pairs("The Redhill mine, which Globex Group runs, shut in May.")


# --- "X, a unit of <description> Y that is building Z": X builds Z; the parent past its description -------

@pytest.mark.parametrize("text,expected", [
    ("Sojitz will invest $110 million in Acme Mining Corp, a unit of French specialist Globex Group that is building "
     "a plant at Lacq.", {("Acme Mining", "Globex Group"), ("Lacq plant", "Acme Mining")}),
    ("Acme Mining Corp, a unit of Globex Group that runs the Redhill mine, hires.",
     {("Acme Mining", "Globex Group"), ("Redhill mine", "Acme Mining")}),
    ("Acme Mining Corp, a subsidiary of Canadian explorer Globex Group, hires.", {("Acme Mining", "Globex Group")}),
])
def test_a_that_clause_after_the_parent_describes_the_unit(text, expected):
    found = pairs(text)
    assert expected <= found and not [p for p in found if p[0] in ("Lacq plant", "Redhill mine")
                                      and p[1] == "Globex Group"], found


def test_a_that_clause_after_a_subject_is_its_own():
    assert ("Lacq plant", "Globex Group") in pairs("Globex Group said that it is building a plant at Lacq.")


# --- COOPERATES_WITH: a pact named before a relative clause whose subject is the pair; present-tense verbs;
# joint work pursued "with" another country ----------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("The plant is the first project under a graphite cooperation pact that Canada and Germany signed in May.",
     {("Canada", "Germany")}),
    ("The loan builds on a memorandum on battery metals that Ottawa and Berlin agreed last year.",
     {("Canada", "Germany")}),
    ("Analysts point to the framework which Chile and Peru concluded in 2021.", {("Chile", "Peru")}),
    ("Ottawa and Berlin discuss adding graphite to a possible minerals partnership.", {("Canada", "Germany")}),
    ("Canberra has proposed joint stockpiling of rare earths with Seoul.", {("Australia", "South Korea")}),
])
def test_a_pact_named_before_the_pair_that_signed_it(text, expected):
    assert coop(text) == expected


@pytest.mark.parametrize("text", [
    "The ore that Chile and Peru shipped last year went to a smelter under a supply deal.",
    "The tariffs that Washington and Beijing imposed have hurt the deal.",
    "China's Tsingshan runs a joint venture with Indonesia's Vale.",
])
def test_a_relative_clause_without_a_verb_of_agreeing_is_no_pact(text):
    assert not coop(text)


# --- the parent past a description ending in "corporation", "-maker"; "the X maker owned by Y" ------------

@pytest.mark.parametrize("text,expected", [
    ("Utilities buy tubes from Kestrel Fuels, a unit of state nuclear corporation Globex Holdings, a dependence "
     "that worries Paris.", ("Kestrel Fuels", "Globex Holdings")),
    ("Kestrel Coke Ltd, which is 60 per cent owned by Japanese steelmaker Globex Steel Corp, makes needle coke.",
     ("Kestrel Coke", "Globex Steel")),
    ("Kestrel Motors Ltd, a subsidiary of Chinese state-owned carmaker Globex Auto Group, buys magnets.",
     ("Kestrel Motors", "Globex Auto Group")),
    ("Kestrel Fuels, the fuel and reactor-component maker controlled by Globex Holdings, runs a plant at Lyon.",
     ("Kestrel Fuels", "Globex Holdings")),
    ("Acme Mining counts Kestrel Motors Ltd, the capacitor maker owned by Taiwan's Globex Holdings, among its "
     "customers.", ("Kestrel Motors", "Globex Holdings")),
])
def test_a_parent_described_by_its_trade(text, expected):
    assert expected in pairs(text)


def test_a_maker_supplying_a_firm_is_not_its_part():
    assert not pairs("Kestrel Motors Ltd, the capacitor maker supplied by Globex Holdings, buys tantalum.")


# --- a part-owner is an investor, not the parent -----------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Kestrel Motors Ltd, which is partly owned by Russian state conglomerate Globex Holdings, declined to comment.",
     ("Globex Holdings", "Kestrel Motors")),
    ("Kestrel Motors Ltd is minority-owned by Globex Holdings.", ("Globex Holdings", "Kestrel Motors")),
    ("Kestrel Motors Ltd, part-owned by Glencore, makes magnets.", ("Glencore", "Kestrel Motors")),
])
def test_a_part_owner_invests(text, expected):
    assert expected in pairs(text, "INVESTS_IN")
    assert (expected[1], expected[0]) not in pairs(text)


# --- owners named with their shares, the verb left out: "60% by A and 40% by B" --------------------------

@pytest.mark.parametrize("text,expected", [
    ("Kestrel Lithium LLC, a joint venture owned 60% by Canada's Globex Group and 40% by France-based Initech "
     "Holdings, said it would build a plant.",
     {("Kestrel Lithium", "Globex Group"), ("Kestrel Lithium", "Initech Holdings")}),
    ("Kestrel Lithium is 51% owned by Globex Group and 49% by Initech Holdings.",
     {("Kestrel Lithium", "Globex Group"), ("Kestrel Lithium", "Initech Holdings")}),
    ("Kestrel Lithium, which will be 70 per cent owned by Globex Group and 30 per cent by Initech Holdings, hires.",
     {("Kestrel Lithium", "Globex Group"), ("Kestrel Lithium", "Initech Holdings")}),
])
def test_owners_named_with_their_shares(text, expected):
    assert expected <= pairs(text)


def test_a_share_by_volume_names_no_owner():
    assert pairs("Kestrel Lithium is owned by Globex Group and sells 40% by volume to Initech Holdings.") == {
        ("Kestrel Lithium", "Globex Group")}


# --- a firm named in a relative clause does not own the site the sentence's subject runs ------------------

@pytest.mark.parametrize("text", [
    "MSC, which is about 52% owned by Singapore-listed Globex Group, refines ore from its own Redhill mine.",
    "The smelter operator, which is owned by Globex Group, runs the Redhill mine.",
])
def test_a_parent_in_a_relative_clause_does_not_own_the_site(text):
    assert ("Redhill mine", "Globex Group") not in pairs(text)


def test_a_site_in_the_relative_clause_is_its_subject_s():
    assert ("Redhill mine", "Acme Mining") in pairs("Acme Mining Corp, which runs the Redhill mine, is owned by "
                                                     "Globex Group.")


# --- an adjective "state-owned" is no verb of owning; a share of a site's output is no share of the site ---

@pytest.mark.parametrize("text", [
    "The miner said Kestrel Vanadium Corp, a subsidiary of Chinese state-owned steelmaker Globex Steel Group, had "
    "agreed to buy 35% of the Redhill mine's vanadium pentoxide.",
    "Kestrel Vanadium Corp, a family-owned trader, will take half of the Redhill mine's output.",
    "Kestrel Vanadium Corp, a state-run group, buys 20% of the Redhill mine's ore.",
])
def test_buying_a_share_of_a_site_s_output_owns_nothing(text):
    assert not [p for p in pairs(text) | pairs(text, "INVESTS_IN") if "Redhill mine" in p]


def test_a_state_owned_group_that_bought_a_site_owns_it():
    assert ("Redhill mine", "Kestrel Vanadium") in pairs("Kestrel Vanadium Corp, a state-owned group, bought the "
                                                         "Redhill mine in 2020.")


# --- a buyer of what a site turns out does not work the site ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Under the offtake, Acme Mining Corp will buy all of the coltan concentrate produced at the Big Hill mine.",
    "Acme Mining Corp will take the cobalt processed at the Big Hill refinery.",
    "Acme Mining Corp sources graphite mined at the Big Hill mine.",
])
def test_a_buyer_of_a_site_s_product_does_not_work_it(text):
    assert not [p for p in pairs(text) if p[1] == "Acme Mining"]


@pytest.mark.parametrize("text", [
    "Acme Mining Corp refines concentrate produced at the Big Hill mine.",
    "Acme Mining Corp makes anodes from graphite mined at the Big Hill mine.",
])
def test_a_firm_using_what_a_site_turns_out_works_it(text):
    assert ("Big Hill mine", "Acme Mining") in pairs(text)


# --- a venture's partners named with their shares: "A will own 51% of the venture, to be called X, while B and
# C will hold the remaining 49%"; a venture formed "with" a firm to build a site is not that firm's site ------

@pytest.mark.parametrize("text,expected", [
    ("Globex Group will own 51% of the venture, to be called Kestrel Lithium Ltd, while Initech Holdings and the "
     "U.S. Department of Energy will together hold the remaining 49%.",
     {("Kestrel Lithium", "Globex Group"), ("Kestrel Lithium", "Initech Holdings"),
      ("Kestrel Lithium", "Department of Energy")}),
    ("Globex Group will hold 60% of the joint venture, named Kestrel Lithium Ltd, and Initech Holdings will have the "
     "remaining 40%.", {("Kestrel Lithium", "Globex Group"), ("Kestrel Lithium", "Initech Holdings")}),
    ("Globex Group takes a 70% stake in the new venture, dubbed Kestrel Lithium Ltd.", {("Kestrel Lithium", "Globex Group")}),
])
def test_a_venture_s_partners_named_with_their_shares(text, expected):
    assert expected <= pairs(text)


def test_the_state_holding_the_rest_names_no_partner():
    assert pairs("Globex Group will hold 60% of the venture, to be called Kestrel Lithium Ltd, while the state will "
                 "have the remaining 40%.") == {("Kestrel Lithium", "Globex Group")}


@pytest.mark.parametrize("text", [
    "Glencore set up a joint venture with Sojitz to build the Redhill refinery.",
    "Glencore formed a consortium with Sojitz to develop the Redhill mine.",
])
def test_a_venture_partner_named_with_with_does_not_own_the_site(text):
    assert not [p for p in pairs(text) if p[1] == "Sojitz"]


# --- a site named by a firm description's possessive; a unit named by a firm description's possessive; a
# venture of a counted list of partners --------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Globex Group's Redhill mine in Chile feeds the company's anode plant in Vidalia.", ("Vidalia plant", "Globex Group")),
    ("Globex Group said the group's refinery at Lacq would double output.", ("Lacq refinery", "Globex Group")),
    ("Globex Group mines nickel in Chile and ships it to the miner's smelter in Hunan.", ("Hunan smelter", "Globex Group")),
])
def test_a_site_named_by_the_company_s_possessive(text, expected):
    assert expected in pairs(text)


@pytest.mark.parametrize("text,expected", [
    ("Almonty Industries is building the Sangdong mine. The mine, operated by the Canadian company's local "
     "subsidiary Almonty Korea Tungsten, could supply 10% of tungsten.",
     {("Almonty Korea Tungsten", "Almonty Industries"), ("Sangdong mine", "Almonty Korea Tungsten")}),
    ("Glencore runs the Redhill mine. The Swiss group's Chilean unit Acme Mining Corp sells the ore.",
     {("Acme Mining", "Glencore")}),
    ("The Redhill mine is run by the Swiss group's Chilean unit Acme Mining Corp.", {("Redhill mine", "Acme Mining")}),
])
def test_a_unit_named_by_a_description_s_possessive(text, expected):
    assert expected <= pairs(text)


def test_a_description_s_customer_is_no_unit():
    assert ("Acme Mining", "Glencore") not in pairs("Glencore runs the Redhill mine. The Swiss group's customer Acme "
                                                     "Mining Corp buys the ore.")


@pytest.mark.parametrize("text,expected", [
    ("Kestrel Lithium Ltd is a joint venture of two miners: Globex Group and Initech Holdings.",
     {("Kestrel Lithium", "Globex Group"), ("Kestrel Lithium", "Initech Holdings")}),
    ("Kestrel Lithium Ltd, as the company is known, is a joint venture of three state-owned firms: copper producer "
     "Globex Group, Initech Holdings and Acme Mining Corp.",
     {("Kestrel Lithium", "Globex Group"), ("Kestrel Lithium", "Initech Holdings"), ("Kestrel Lithium", "Acme Mining")}),
])
def test_a_venture_of_a_counted_list_of_partners(text, expected):
    assert expected <= pairs(text)


def test_the_two_partners_named_before_a_speaker():
    found = pairs("Glencore and the Japan Organization for Metals and Energy Security will invest $50 million in Acme "
                  "Mining Corp through Kestrel Lithium Ltd, a joint venture set up by the two entities, Glencore said.")
    assert {("Kestrel Lithium", "Glencore"), ("Kestrel Lithium", "Japan Organization for Metals and Energy Security")} \
        <= found


@pytest.mark.parametrize("text", [
    "Acme Mining Corp said the U.S. Department of Energy's Loan Programs Office had issued a commitment for a loan.",
    "The loan, Acme Mining Corp said, came from the Department of Energy's Loan Programs Office.",
    "According to the Department of Energy's Loan Programs Office, the loan was approved.",
])
def test_an_office_named_by_its_department_s_possessive(text):
    assert ("Loan Programs Office", "Department of Energy") in pairs(text)


# --- "its plant" is the clause subject's, not the nearest firm's; "the new plant" is no firm's -----------

@pytest.mark.parametrize("text,owner", [
    ("Acme Mining Corp, a subsidiary of Japan's Globex Group, will ship sponge to Initech Metals Ltd from its plant in "
     "Okayama.", "Acme Mining"),
    ("Acme Mining Corp will sell ore to Initech Metals Ltd from its mine in Chile.", "Acme Mining"),
    ("Acme Mining Corp signed a deal with Initech Metals Ltd to supply ore from its smelter in Hunan.", "Acme Mining"),
])
def test_its_site_belongs_to_the_clause_subject(text, owner):
    found = pairs(text)
    assert [p for p in found if p[1] == owner and p[0] not in ("Acme Mining",)]
    assert not [p for p in found if p[1] == "Initech Metals"]


def test_the_new_plant_is_no_nearest_firm_s():
    assert not [p for p in pairs("Framatome has signed a letter of intent to take up to 60 per cent of the new plant's "
                                 "sponge, Acme Mining Corp said.") if p[1] == "Framatome"]


# --- a joint venture's owners described, not named: "51% owned by the state-controlled miner" -------------

@pytest.mark.parametrize("text,expected", [
    ("Globex Group and Initech Corp agreed to build a smelter. The joint venture, to be named Kestrel Smelting, "
     "will be 60% owned by the state-controlled miner and 40% by Initech.",
     {("Kestrel Smelting", "Globex Group"), ("Kestrel Smelting", "Initech")}),
    ("Globex Group signed a deal with Initech Corp on Monday. Their new company, Kestrel Smelting Ltd, is 70% "
     "owned by the group and 30% by Initech.",
     {("Kestrel Smelting", "Globex Group"), ("Kestrel Smelting", "Initech")}),
    ("Globex Group will supply the ore. Kestrel Smelting Ltd is majority-owned by the trader.",
     {("Kestrel Smelting", "Globex Group")}),
])
def test_an_owner_described_after_owned_by(text, expected):
    assert expected <= pairs(text)


def test_a_described_owner_with_no_firm_named_before_gives_nothing():
    assert not pairs("Kestrel Smelting Ltd is 60% owned by the state-controlled miner.")


# --- an agency named by "its" after another agency ------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("The Pentagon has already spent $50 million on stockpiles, and its Office of Strategic Capital is weighing "
     "a loan as well.", ("Office of Strategic Capital", "Department of Defense")),
    ("The Department of Energy said its Loan Programs Office would lend $900 million to Acme Mining Corp.",
     ("Loan Programs Office", "Department of Energy")),
    ("The Commerce Department and its Bureau of Industry and Security issued new rules on Tuesday.",
     ("Bureau of Industry and Security", "Department of Commerce")),
])
def test_an_agency_named_by_its_after_another(text, expected):
    assert expected in pairs(text)


def test_its_after_a_firm_names_no_sub_agency():
    found = pairs("The Pentagon signed a deal with Acme Mining Corp, and its Office of Strategic Capital will lend money.")
    assert ("Office of Strategic Capital", "Department of Defense") not in found


# --- "its plant" in a reported clause: the reported clause's subject owns it ------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Globex Group said its battery unit Acme Cells Ltd could double output at its plant in Ohio.",
     ("Ohio plant", "Acme Cells")),
    ("Globex Group announced that Acme Cells Ltd, its battery arm, would expand its factory in Leipzig.",
     ("Leipzig factory", "Acme Cells")),
    ("Globex Group told investors its subsidiary Acme Cells Ltd will restart its smelter at Kokkola next year.",
     ("Kokkola smelter", "Acme Cells")),
])
def test_its_site_in_a_reported_clause(text, expected):
    place = expected[0].split()[0]  # the site's name may carry its owner's too: matched on its place
    owners = {p for f, p in pairs(text) if place in f}
    assert owners == {expected[1]}


def test_its_site_of_the_speaker_itself():
    found = pairs("Globex Group said on Monday it could double output at its plant in Ohio.")
    assert {p for f, p in found if "Ohio" in f} == {"Globex Group"}


# --- "the joint venture between A and B, known as Z": Z is a venture of both -----------------------------------

@pytest.mark.parametrize("text", [
    "In Chile, the joint venture between state copper giant Globex Group and Initech Corp, known as Kestrel "
    "Lithium Ltd, began production.",
    "The venture of Globex Group and Initech Corp, called Kestrel Lithium Ltd, will refine lithium.",
    "Output rose at the joint venture formed by Globex Group and Initech Corp, now known as Kestrel Lithium Ltd.",
])
def test_a_venture_between_two_named_after(text):
    assert {("Kestrel Lithium", "Globex Group"), ("Kestrel Lithium", "Initech")} <= pairs(text)


def test_a_venture_called_off_names_no_venture():
    found = pairs("The joint venture between Globex Group and Initech Corp, called off in May, left Kestrel Lithium Ltd "
                  "without a buyer.")
    assert not [p for p in found if p[0] == "Kestrel Lithium"]


# --- a site owned by "its ... subsidiary X": the unit named owns it ----------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Globex Group unveiled plans for a nickel refinery in Ohio, to be owned by its U.S. subsidiary Acme Nickel Ltd.",
     ("Ohio", "Acme Nickel")),
    ("The Redhill mine is owned by its Chilean unit Acme Mining Corp.", ("Redhill", "Acme Mining")),
    ("Globex Group said the Redhill mine would be run by its local subsidiary Acme Mining Corp.",
     ("Redhill", "Acme Mining")),
])
def test_a_site_owned_by_its_named_unit(text, expected):
    assert [f for f, p in pairs(text) if expected[0] in f and p == expected[1]]


def test_a_unit_in_another_clause_owns_no_site():
    found = pairs("The Redhill mine is owned by Globex Group, and its subsidiary Acme Mining Corp sells the ore.")
    assert ("Redhill mine", "Globex Group") in found and ("Redhill mine", "Acme Mining") not in found


# --- "through its X and Y operations": the firms and sites of the clause's subject ----------------------------

@pytest.mark.parametrize("text,expected", [
    ("Swiss-based Globex Group, the second-biggest producer, mined 9,000 tons of cobalt in 2024 through its Acme "
     "Mining Corp and Redhill operations.", {("Acme Mining", "Globex Group"), ("Redhill operation", "Globex Group")}),
    ("Globex Group exports nickel via its Acme Nickel Ltd unit.", {("Acme Nickel", "Globex Group")}),
    ("Last year Globex Group refined 4,000 tonnes of lithium through its local Acme Lithium Ltd.",
     {("Acme Lithium", "Globex Group")}),
])
def test_units_named_after_through_its(text, expected):
    assert expected <= pairs(text)


def test_through_its_partner_names_no_unit():
    assert ("Acme Trading", "Globex Group") not in pairs("Globex Group sells cobalt through its partner Acme Trading Ltd.")


# --- COOPERATES_WITH: "the two governments" stands for the pair named just before -------------------------------

@pytest.mark.parametrize("text", [
    "Canada has long courted Chile over lithium. On Monday the two governments signed a partnership on critical "
    "minerals that gives Canadian and Chilean firms new access.",
    "Ottawa held talks with Santiago in May. The two countries have agreed a framework on copper, Canadian and "
    "Chilean officials said.",
    "Canada and Chile ended a long dispute last year. A minerals pact, which the two nations signed in March, covers "
    "lithium sold by Chilean and Canadian firms.",
])
def test_the_two_governments_are_the_pair_named_before(text):
    assert ("Canada", "Chile") in coop(text)


def test_the_two_governments_after_three_countries_are_no_pair():
    found = coop("Canada, Chile and Peru met in Lima. The two governments signed a pact on copper, Canadian and "
                 "Peruvian officials said.")
    assert ("Canada", "Chile") not in found


def test_the_two_governments_after_a_pair_named_in_the_sentence_are_that_pair():
    found = coop("Chile buys cars from China. The deal falls under the Canada-Chile Minerals Partnership, which the "
                 "two governments signed in 2022.")
    assert ("Canada", "Chile") in found and ("Chile", "China") not in found
