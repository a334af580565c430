"""INVESTS_IN rules checked on several wordings of the same fact (sentences written for these tests, not
taken from any article): each rule must carry over to phrasings it was not written on, and each has a
case that must not give the edge.
The rules alone (``learned=False``): the learned pair model has its own tests in test_documents_pairs.py."""

import pytest

from loaders.documents import document_json, extract_text
from loaders.documents.amounts import find_amounts


def run(text):
    return document_json("t.txt", extract_text(text, "t.txt", learned=False))


def invests(text):
    return {(e["source"], e["target"]) for e in run(text)["edges"] if e["type"] == "INVESTS_IN"}


def edges(text):
    return {(e["source"], e["target"]): e for e in run(text)["edges"] if e["type"] == "INVESTS_IN"}


# --- the investor is the subject, not a name inside its apposition or before its relative clause ----------

@pytest.mark.parametrize("text,expected", [
    ("Kestrel Lithium, a joint venture of Globex Group and the Department of Energy, will invest $40 million "
     "in Acme Mining Corp.", {("Kestrel Lithium", "Acme Mining")}),
    ("Kestrel Lithium, the vehicle owned by Globex Group, took a 10% stake in Acme Mining Corp last year.",
     {("Kestrel Lithium", "Acme Mining")}),
    ("Kestrel Lithium, a unit of Globex Group, which bought a 12% stake in Acme Mining Corp in May, said "
     "output rose.", {("Kestrel Lithium", "Acme Mining")}),
])
def test_investor_past_an_apposition(text, expected):
    assert invests(text) == expected


@pytest.mark.parametrize("text,builder,plant", [
    ("The Department of Energy is backing Acme Mining Corp, which is building a nickel refinery at Redhill.",
     "Acme Mining", "Redhill"),
    ("The Redhill mine is run by Acme Mining Corp, which also operates a smelter in Chile and is building a "
     "cobalt refinery at Kotka.", "Acme Mining", "Kotka"),
    ("Acme Mining Corp, a subsidiary of Globex Group, sells nickel in Japan and is building a nickel refinery "
     "at Redhill.", "Acme Mining", "Redhill"),
])
def test_the_builder_is_the_subject_of_the_relative_clause_or_before_the_apposition(text, builder, plant):
    found = invests(text)
    built = {(s, t) for s, t in found if plant in t}
    assert built and all(s == builder for s, _ in built), found


@pytest.mark.parametrize("text", [
    "Export Finance Australia has lent Acme Mining Corp A$500 million to build a nickel refinery at Redhill.",
    "The Department of Energy lent Acme Mining Corp $90 million to build the Redhill refinery.",
])
def test_money_lent_to_build_is_a_loan_to_the_borrower_not_capex_of_the_lender(text):
    found = invests(text)
    assert any(t == "Acme Mining" for _, t in found), found
    assert not any("refinery" in t and s != "Acme Mining" for s, t in found), found


def test_a_list_of_investors_is_no_apposition():
    found = invests("Japan, the United States and Australia, the three partners, will invest $1 billion in "
                    "Acme Mining Corp.")
    assert {s for s, _ in found} >= {"Japan", "United States", "Australia"}


# --- a description after the verb ("the company") is not a name of the subject's own noun phrase ----------

@pytest.mark.parametrize("text", [
    "Acme Mining Corp runs the Redhill mine. Kestrel Lithium, the vehicle set up by Globex Group, has funded "
    "the company since 2019.",
    "Acme Mining Corp runs the Redhill mine. Kestrel Lithium, a venture owned by Globex Group, has backed the "
    "company since 2019.",
])
def test_the_company_after_the_verb_is_named_before_the_sentence(text):
    assert invests(text) == {("Kestrel Lithium", "Acme Mining")}


@pytest.mark.parametrize("text", [
    "The Department of Energy took a stake in Acme Mining Corp, and Globex Group agreed to invest $50 million in "
    "a deal with the company.",
    "The Department of Energy will lend $20 million to Acme Mining Corp, and Globex Group plans to invest "
    "$50 million in a venture with the company.",
])
def test_the_company_is_not_the_investor_itself(text):
    assert ("Globex Group", "Acme Mining") in invests(text)


# --- "the project": the facility the article is about, not one named in passing -------------------------

@pytest.mark.parametrize("second", [
    "Estonia backed the project with 20 million euros.",
    "The Estonian government funded the project with a 20 million euro grant.",
    "Estonia has pledged EUR 20 million toward the project.",
])
def test_the_project_is_the_article_s_main_facility(second):
    text = ("Acme Mining Corp opened the Narva magnet plant on Monday. The Narva magnet plant will make magnets "
            "for carmakers. Acme Mining Corp already runs the Sillamae separation plant nearby. " + second)
    found = invests(text)
    assert ("Estonia", "Narva magnet plant") in found and not any("Sillamae" in t for _, t in found), found


def test_the_project_with_one_facility_named_is_that_facility():
    found = invests("Acme Mining Corp is developing the Redhill mine. The Department of Energy has committed a "
                    "cumulative $59 million to the project.")
    assert found == {("Department of Energy", "Redhill mine")}


# --- sums written in other ways -------------------------------------------------------------------------

@pytest.mark.parametrize("text,currency,value", [
    ("pledged $US1 billion", "USD", 1e9),
    ("a $A90m grant", "AUD", 9e7),
    ("EUR 18.75 million from the fund", "EUR", 18.75e6),
])
def test_amounts_with_the_currency_after_the_symbol_or_as_a_code(text, currency, value):
    a = find_amounts(text)[0]
    assert (a.currency, a.value) == (currency, value)


@pytest.mark.parametrize("text", [
    "Globex Group has poured billions of dollars into Acme Mining Corp.",
    "The Department of Energy committed a combined $US300 million to Acme Mining Corp.",
    "The Department of Energy has pledged EUR 40 million from its innovation fund to Acme Mining Corp.",
])
def test_sums_in_other_wordings_reach_their_recipient(text):
    found = invests(text)
    assert len(found) == 1 and next(iter(found))[1] == "Acme Mining", found


def test_a_sum_spent_on_itself_names_no_recipient():
    assert not invests("Acme Mining Corp has poured billions of dollars into new trucks.")


# --- the investor after the recipient: "financed by", "with Chinese money"; passives are not forward -------

@pytest.mark.parametrize("text,expected", [
    ("Acme Mining Corp built the Redhill smelter, which was financed by the Department of Energy.",
     ("Department of Energy", "Redhill smelter")),
    ("Miners built new smelters in Indonesia, many of them funded by Chinese groups such as Globex Group.",
     ("Globex Group", "Indonesia")),
    ("Laos expanded its potash output, largely with Chinese money.", ("China", "Laos")),
    ("The Redhill smelter is backed mainly by Export Finance Australia.", ("Export Finance Australia", "Redhill smelter")),
])
def test_investor_named_after_a_passive_or_with_its_money(text, expected):
    found = invests(text)
    assert expected in found, found
    assert not any(t == "China" for _, t in found), found


@pytest.mark.parametrize("text", [
    "The Redhill smelter was financed by bonds sold last year.",
    "Output at the Redhill smelter is backed by strong demand.",
])
def test_a_passive_without_an_investor_gives_nothing(text):
    assert not invests(text)


@pytest.mark.parametrize("text,expected", [
    ("Japan-backed Lynas Rare Earths shipped its first cargo.", {("Japan", "Lynas Rare Earths")}),
    ("Shares of Japan-backed Lynas Rare Earths rose.", {("Japan", "Lynas Rare Earths")}),
    ("A Korean-financed Redhill smelter opened in Chile's north.", set()),  # no recipient right after: nothing
    ("Japan-funded plant aims to loosen China's grip on graphite.", set()),
])
def test_hyphen_backed_names_the_recipient_right_after(text, expected):
    found = invests(text)
    assert expected <= found and not any(t in ("China", "Chile") for _, t in found), found


@pytest.mark.parametrize("text", [
    "Estonia pledged 20 million euros from the Just Transition Fund toward Acme Mining Corp.",
    "The grant comes from the National Reconstruction Fund for Acme Mining Corp.",
    "Acme Mining Corp won support from the European Raw Materials Fund last year.",
])
def test_a_capitalised_fund_is_a_name_not_a_verb_of_funding(text):
    found = invests(text)
    assert not any(s == "European Union" for s, _ in found) and not any("Fund" in t for _, t in found), found


# --- verbs with two objects need money; the recipient is not a place word or in another clause -----------

@pytest.mark.parametrize("text,expected", [
    ("The Export-Import Bank of the United States sent Acme Mining Corp a letter of interest for a $90 million loan.",
     {("Export-Import Bank of the United States", "Acme Mining")}),
    ("Export Finance Australia issued Acme Mining Corp a letter of support worth A$50 million.",
     {("Export Finance Australia", "Acme Mining")}),
    ("The Department of Energy gave Acme Mining Corp $15 million last year.", {("Department of Energy", "Acme Mining")}),
    ("The deal would give Japanese companies access to Acme Mining Corp's cobalt.", set()),
    ("Canada and Chile discussed a pact that would give Canadian firms better access to Chilean copper.", set()),
])
def test_two_object_verbs_need_money(text, expected):
    assert invests(text) == expected


@pytest.mark.parametrize("text", [
    "The Department of Defense stepped up antimony funding as Chinese curbs bit.",
    "Washington will keep funding domestic output and said it was \"not relying on Beijing\".",
    "Japan will invest in new capacity; Indonesia said it welcomed the plan.",
])
def test_no_recipient_in_a_country_adjective_or_another_clause(text):
    assert not invests(text)


@pytest.mark.parametrize("text", [
    "JOGMEC will take equity in the Alcoa-Sojitz gallium project in Western Australia.",
    "The Department of Energy will invest in the Glencore cobalt refinery project.",
    "Japan is set to fund the Sojitz rare earth plant.",
])
def test_a_firm_naming_a_project_is_not_the_recipient(text):
    found = invests(text)
    assert not any(t in ("Alcoa", "Sojitz", "Glencore") for _, t in found), found


def test_a_firm_named_plainly_is_the_recipient():
    assert invests("JOGMEC will take equity in Sojitz, the trading house.") == {
        ("Japan Organization for Metals and Energy Security", "Sojitz")}


# --- a fund or facility the money flows through is no investor; the agency administering it is ------------

@pytest.mark.parametrize("text", [
    "Acme Mining Corp has secured a $400 million loan through the Critical Minerals Facility, administered by "
    "Export Finance Australia.",
    "Acme Mining Corp, which is building a refinery at Redhill, obtained a A$300m loan through the Critical "
    "Minerals Facility, which is managed by Export Finance Australia.",
    "Export Finance Australia agreed to lend Acme Mining Corp A$1 billion through the Critical Minerals Facility.",
])
def test_money_through_a_fund_comes_from_its_administrator(text):
    found = invests(text)
    assert ("Export Finance Australia", "Acme Mining") in found, found
    assert not any(s.startswith("Critical Minerals Facility") for s, _ in found), found


def test_a_lending_agency_as_channel_is_an_investor():
    found = invests("Acme Mining Corp won a $200 million loan through the Japan Bank for International Cooperation.")
    assert found == {("Japan Bank for International Cooperation", "Acme Mining")}


@pytest.mark.parametrize("text", [
    "Globex Resources, a private investor in mining projects in Brazil, raised funds.",
    "Globex Resources, an early backer of copper ventures in Peru, sold shares.",
])
def test_an_investor_in_projects_in_a_country_does_not_invest_in_the_country(text):
    assert not any(t in ("Brazil", "Peru") for _, t in invests(text))


# --- a recipient in talks with lenders about money ------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Acme Mining Corp has raised $50 million from shareholders and is in talks with Export Finance Australia and "
     "Germany's KfW about debt funding.", {("Export Finance Australia", "Acme Mining"), ("KfW", "Acme Mining")}),
    ("Acme Mining Corp said it was in advanced discussions with the Japan Bank for International Cooperation over a "
     "loan.", {("Japan Bank for International Cooperation", "Acme Mining")}),
    ("Acme Mining Corp opened negotiations with Export Development Canada on financing for its mine.",
     {("Export Development Canada", "Acme Mining")}),
])
def test_talks_with_lenders_about_money_are_a_proposed_investment(text, expected):
    found = edges(text)
    assert expected <= set(found), found
    assert all(found[k]["status"] == "proposed" and found[k]["hedged"] for k in expected)


def test_talks_about_anything_else_are_no_investment():
    assert not invests("Acme Mining Corp is in talks with Export Finance Australia about its export plans.")


# --- holdings in "both operations": each site or firm named before ---------------------------------------

@pytest.mark.parametrize("text", [
    "Globex Group runs the Redhill mine and the Kotka smelter, and Acme Mining Corp holds minority stakes in both "
    "operations.",
    "Globex Group controls the Redhill mine and the Kotka smelter; Acme Mining Corp owns small stakes in the two "
    "operations.",
    "Globex Group built the Redhill mine and the Kotka smelter, and Acme Mining Corp took stakes in both assets.",
])
def test_stakes_in_both_operations(text):
    found = invests(text)
    assert {s for s, _ in found} == {"Acme Mining"}, found
    assert {t for _, t in found} == {"Redhill mine", "Kotka smelter"}, found


def test_both_with_a_recipient_named_goes_to_that_recipient():
    found = invests("Globex Group runs the Redhill mine, and Acme Mining Corp holds a stake in both Kestrel "
                    "Lithium and the Redhill mine.")
    assert ("Acme Mining", "Kestrel Lithium") in found


# --- "X said it ...": the pronoun is the speaker; a site phrase that took in the trigger -----------------

@pytest.mark.parametrize("text", [
    "The Department of Energy said it was considering a loan to a cobalt refinery project in Zambia.",
    "The Department of Energy said on Monday it would lend to a cobalt refinery project in Zambia.",
    "The Department of Energy announced that it will provide a loan to a cobalt refinery project in Zambia.",
])
def test_it_after_said_is_the_speaker(text):
    found = invests(text)
    assert any(s == "Department of Energy" and "refinery" in t for s, t in found), found


def test_it_without_a_speaker_is_the_subject_named_before():
    found = invests("Acme Mining Corp plans a cobalt refinery in Zambia. It has lent $5 million to Kestrel Lithium.")
    assert found == {("Acme Mining", "Kestrel Lithium")}


# --- shares subscribed, a loyal backer, an award made -------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Under the agreement, Globex Group will subscribe for 2,000,000 common shares of Acme Mining Corp.",
     ("Globex Group", "Acme Mining")),
    ("Acme Mining Corp (the \"Company\") announced that Globex Group subscribed to new shares in the Company.",
     ("Globex Group", "Acme Mining")),
    ("Japan has been Lynas Rare Earths' most loyal backer.", ("Japan", "Lynas Rare Earths")),
    ("Globex Group has long been Acme Mining Corp's principal investor.", ("Globex Group", "Acme Mining")),
    ("The Department of Defense made a $9 million Defense Production Act award to Acme Mining Corp.",
     ("Department of Defense", "Acme Mining")),
    ("The Department of Energy made a $40 million loan to Acme Mining Corp in May.", ("Department of Energy", "Acme Mining")),
])
def test_subscriptions_backers_and_awards(text, expected):
    assert expected in invests(text)


@pytest.mark.parametrize("text", [
    "Acme Mining Corp made $40 million in sales to Japan last year.",
    "Globex Group has been Acme Mining Corp's most loyal customer.",
])
def test_sales_and_customers_are_no_investment(text):
    assert not invests(text)


# --- lenders named after a descriptor, and money coming "overwhelmingly" from one source ------------------

@pytest.mark.parametrize("second", [
    "Financing is expected to come through Japanese state lenders including the Japan Bank for International "
    "Cooperation.",
    "Funding will flow mainly from state banks such as the Japan Bank for International Cooperation.",
    "The money came overwhelmingly from the Japan Bank for International Cooperation.",
])
def test_lender_after_a_descriptor(second):
    found = invests("Acme Mining Corp will build a copper refinery in Ohio. " + second)
    assert {s for s, _ in found} - {"Acme Mining"} == {"Japan Bank for International Cooperation"}, found


# --- a site described after the verb: "the roughly $100 million project", "the industrial park" -----------

@pytest.mark.parametrize("second,expected", [
    ("Estonia has backed the roughly 100 million euro project with a grant from the European Union.",
     ("Estonia", "Redhill magnet plant")),
    ("Japan has financed the nearly finished plant, Globex Group said.", ("Japan", "Redhill magnet plant")),
    ("Globex Group has poured billions of dollars into the sprawling site, Japan said.",
     ("Globex Group", "Redhill magnet plant")),
])
def test_a_described_site_is_the_facility_named_before(second, expected):
    found = invests("Acme Mining Corp is building the Redhill magnet plant. " + second)
    assert expected in found, found


def test_a_described_site_of_another_kind_is_not_the_facility_named_before():
    found = invests("Acme Mining Corp is building the Redhill magnet plant. Japan funded the training of its "
                    "engineers, Globex Group said.")
    assert not any(s == "Japan" for s, _ in found), found


# --- the investor named inside the money's noun phrase: "received an EU grant" ---------------------------

@pytest.mark.parametrize("text,expected", [
    ("Acme Mining Corp opened the Redhill plant. The plant received an EU grant of 18 million euros.",
     ("European Union", "Redhill plant")),
    ("Acme Mining Corp has won a US government loan of $90 million.", ("United States", "Acme Mining")),
    ("Acme Mining Corp secured a fresh Department of Energy grant worth $5 million.", ("Department of Energy", "Acme Mining")),
])
def test_investor_inside_the_money_phrase(text, expected):
    assert expected in invests(text)


@pytest.mark.parametrize("text", [
    "Acme Mining Corp received an EU award for safety.",
    "Acme Mining Corp won a US order for 500 tonnes of copper.",
])
def test_a_country_before_a_non_money_noun_is_no_investor(text):
    assert not invests(text)


# --- a sum given with no recipient in its sentence goes to the recipient of the investment just named -------

@pytest.mark.parametrize("later", [
    "The French government is contributing 106 million euros through its France 2030 programme.",
    "Canada has also provided C$40 million, officials in Ottawa said.",
    "Japan has already committed 30 million euros, a Tokyo official said.",
])
def test_a_sum_without_recipient_goes_to_the_project_just_funded(later):
    text = ("Globex Group will invest 90 million euros in the Lacq recycling plant. The plant will make magnets. "
            "Demand for magnets is rising in Europe and Asia. " + later)
    found = invests(text)
    assert ("Globex Group", "Lacq recycling plant") in found
    assert len({s for s, t in found if t == "Lacq recycling plant"}) == 2, found
    assert not any(t in ("France", "Canada", "Japan") for _, t in found), found


def test_a_sum_long_after_the_last_investment_names_no_recipient():
    filler = " ".join(f"Copper demand rose {i} per cent in year {i}." for i in range(2, 10))
    found = invests("Globex Group will invest 90 million euros in the Lacq recycling plant. " + filler +
                    " The French government is contributing 106 million euros to its budget.")
    assert {s for s, _ in found} == {"Globex Group"}, found


# --- acquisitions, purchases and sums spent on a site ------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Glencore has agreed to acquire Acme Mining Corp for $2 billion.", ("Glencore", "Acme Mining")),
    ("Globex Group completed its $900 million acquisition of Acme Mining Corp in May.", ("Globex Group", "Acme Mining")),
    ("Acme Mining Corp agreed to be acquired by Globex Group for $2 billion.", ("Globex Group", "Acme Mining")),
    ("Globex Group paid $650 million for the Redhill mine.", ("Globex Group", "Redhill mine")),
    ("Globex Group plans to spend $1 billion on a new smelter in Tennessee.", ("Globex Group", "Tennessee smelter")),
])
def test_acquisitions_and_sums_spent(text, expected):
    assert expected in invests(text)


@pytest.mark.parametrize("text", [
    "Globex Group paid $5 million for cobalt from Zambia last year.",
    "Globex Group bought cobalt hydroxide from Acme Mining Corp.",
    "Globex Group will spend $2 million on marketing in Japan.",
])
def test_purchases_of_goods_are_no_investment(text):
    assert not invests(text)


# --- a stake named from the recipient's side, sold to a buyer, or bought as stock ---------------------------

@pytest.mark.parametrize("text,expected", [
    ("Acme Mining Corp, in which Globex Group holds a 20% stake, mines cobalt.", ("Globex Group", "Acme Mining")),
    ("Acme Mining Corp's investors include Globex Group and Sojitz.", ("Globex Group", "Acme Mining")),
    ("Acme Mining Corp counts Sojitz among its shareholders.", ("Sojitz", "Acme Mining")),
    ("Acme Mining Corp sold a 20% stake in the Redhill mine to Globex Group.", ("Globex Group", "Redhill mine")),
    ("Globex Group purchased a 20% stake in the Redhill mine from Acme Mining Corp.", ("Globex Group", "Redhill mine")),
    ("Globex Group bought $400 million of preferred stock in Acme Mining Corp.", ("Globex Group", "Acme Mining")),
])
def test_stakes_named_from_the_recipient_or_the_seller(text, expected):
    assert expected in invests(text)


@pytest.mark.parametrize("text", [
    "Acme Mining Corp, in which Globex Group holds a 60% stake, mines cobalt.",  # a majority owner: PART_OF
    "Acme Mining Corp sold its copper to Globex Group.",
    "Acme Mining Corp's customers include Globex Group and Sojitz.",
])
def test_majorities_sales_and_customers_are_no_stake(text):
    assert not invests(text)


# --- money named with its lender after the recipient: rounds led by, grants awarded by, loans drawn down ------

@pytest.mark.parametrize("text,expected", [
    ("Acme Mining Corp closed a $50 million financing round led by Globex Group.", ("Globex Group", "Acme Mining")),
    ("Globex Group led a $50 million funding round in Acme Mining Corp.", ("Globex Group", "Acme Mining")),
    ("Acme Mining Corp was awarded a $35 million grant by the Department of Defense.",
     ("Department of Defense", "Acme Mining")),
    ("Acme Mining Corp has drawn down a $100 million loan from the European Investment Bank.",
     ("European Investment Bank", "Acme Mining")),
    ("Acme Mining Corp received a conditional commitment from the Department of Energy for a $900 million loan.",
     ("Department of Energy", "Acme Mining")),
    ("Acme Mining Corp won $90 million in tax credits from the US government.", ("United States", "Acme Mining")),
    ("Globex Group will provide Acme Mining Corp with $200 million in prepayment financing.",
     ("Globex Group", "Acme Mining")),
])
def test_lender_named_after_the_money(text, expected):
    found = invests(text)
    assert expected in found and (expected[1], expected[0]) not in found, found


def test_a_round_led_by_no_one_named_gives_nothing():
    assert not invests("Acme Mining Corp closed a $50 million financing round led by existing shareholders.")


# --- a loan signed between a state lender and a firm: the lender is whichever is not the firm --------------

@pytest.mark.parametrize("text", [
    "The European Investment Bank signed a 100 million euro loan with Acme Mining Corp.",
    "Acme Mining Corp signed a 100 million euro loan agreement with the European Investment Bank.",
    "Acme Mining Corp has finalised a $90 million financing package with the European Investment Bank.",
])
def test_loan_signed_between_a_lender_and_a_firm(text):
    assert invests(text) == {("European Investment Bank", "Acme Mining")}


def test_a_loan_signed_between_two_firms_has_no_known_lender():
    assert not invests("Acme Mining Corp signed a $90 million loan agreement with Globex Group.")


# --- "X said Y would ...": Y is the subject of what it said -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Acme Mining Corp said Globex Group would acquire a 30% interest in the company.",
    "Acme Mining Corp said Globex Group has agreed to invest $40 million in the company.",
    "Acme Mining Corp announced Globex Group will take a 12% stake in the company.",
])
def test_a_subject_after_said_is_the_investor(text):
    assert invests(text) == {("Globex Group", "Acme Mining")}


# --- holdings stated with "has", "bought into", "an investor in", "control of", "gives X a stake" ---------

@pytest.mark.parametrize("text,expected", [
    ("Sojitz has a 15% stake in Acme Mining Corp.", ("Sojitz", "Acme Mining")),
    ("Sumitomo Metal Mining bought into the Redhill mine in 2022.", ("Sumitomo Metal Mining", "Redhill mine")),
    ("Globex Group has been an investor in Acme Mining Corp since 2018.", ("Globex Group", "Acme Mining")),
    ("Globex Group is set to take majority control of the Redhill mine.", ("Globex Group", "Redhill mine")),
    ("The deal gives Globex Group a 20% stake in Acme Mining Corp.", ("Globex Group", "Acme Mining")),
    ("Acme Mining Corp is majority-owned by Glencore, with Sojitz holding a 25% stake.", ("Sojitz", "Acme Mining")),
    ("Acme Mining Corp has received a letter of interest from the Export-Import Bank of the United States.",
     ("Export-Import Bank of the United States", "Acme Mining")),
])
def test_holdings_in_other_wordings(text, expected):
    assert expected in invests(text)


@pytest.mark.parametrize("text", [
    "China has a 60% share in Indonesia's nickel output.",
    "Globex Group is set to take majority control of Acme Mining Corp's lithium operations.",  # no site named
    "Japan's deal gives Globex Group a 20% stake in Acme Mining Corp.",  # Japan does not invest in Globex
])
def test_holdings_that_are_not_investments_of_the_subject(text):
    found = invests(text)
    assert not any(s in ("China", "Japan") for s, _ in found), found
    assert not any(t in ("Indonesia", "Globex Group") for _, t in found), found
    assert ("Globex Group", "Acme Mining") not in found or "gives" in text, found


# --- prepayments, advances and guarantees --------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Globex Group will prepay $100 million to Acme Mining Corp for future lithium deliveries.", ("Globex Group", "Acme Mining")),
    ("Glencore advanced $80 million to Acme Mining Corp against future cobalt sales.", ("Glencore", "Acme Mining")),
    ("Acme Mining Corp secured a $40 million prepayment from Glencore.", ("Glencore", "Acme Mining")),
    ("Export Finance Australia will guarantee part of the $300 million loan to Acme Mining Corp.",
     ("Export Finance Australia", "Acme Mining")),
    ("The Department of Energy agreed to guarantee a $500 million loan for the Redhill refinery.",
     ("Department of Energy", "Redhill refinery")),
])
def test_prepayments_advances_and_guarantees(text, expected):
    assert expected in invests(text)


@pytest.mark.parametrize("text", [
    "Acme Mining Corp shares advanced 5% to a record after the results.",
    "The Department of Energy guaranteed the safety of the Redhill refinery.",
])
def test_advances_of_prices_and_other_guarantees_are_no_investment(text):
    assert not invests(text)


# --- offtake-backed financing: the loan goes to the partner of the deal named before ----------------------

@pytest.mark.parametrize("text", [
    "Glencore signed an offtake agreement with Acme Mining Corp and will provide a $100 million loan.",
    "Glencore struck a supply deal with Acme Mining Corp and is providing a $100 million prepayment facility.",
    "Glencore agreed a ten-year offtake with Acme Mining Corp and could lend up to $100 million.",
])
def test_offtake_backed_loan_goes_to_the_deal_partner(text):
    assert ("Glencore", "Acme Mining") in invests(text)


def test_an_offtake_without_money_is_no_investment():
    assert not invests("Glencore signed an offtake agreement with Acme Mining Corp for its cobalt.")


# --- round 11: holdings of a firm described, not named ("owns 19% of the company", "of its shares") --------

_BUILDER = "Acme Mining Corp is building a nickel refinery at Redhill. "


@pytest.mark.parametrize("text,expected", [
    (_BUILDER + "Glencore, which owns 38% of the company, will buy its output.", {("Glencore", "Acme Mining")}),
    (_BUILDER + "The Department of Energy owns 19% of the company.", {("Department of Energy", "Acme Mining")}),
    (_BUILDER + "Glencore and Sojitz together own about 40 per cent of its shares.",
     {("Glencore", "Acme Mining"), ("Sojitz", "Acme Mining")}),
    ("Glencore and Sojitz, the trading house that founded Acme Mining Corp in 1990, together hold 35% of its "
     "stock.", {("Glencore", "Acme Mining"), ("Sojitz", "Acme Mining")}),
])
def test_a_minority_of_a_described_firm_is_held_by_the_subject(text, expected):
    found = invests(text)
    assert expected <= found, found
    assert not any(s == t for s, t in found)


def test_a_majority_of_its_shares_is_no_investment_and_the_founder_s_apposition_makes_no_venture():
    assert not {(s, t) for s, t in invests(_BUILDER + "Glencore and Sojitz own 60% of its shares.")
                if s in ("Glencore", "Sojitz")}
    found = run("Glencore and Sojitz, the trading house that founded Acme Mining Corp in 1990, hold 35% of its stock.")
    assert not [e for e in found["edges"] if e["type"] == "PART_OF"]


# --- "the venture" / "the vehicle": the joint venture named before, never just the last firm -------------

@pytest.mark.parametrize("text,expected", [
    ("Sojitz and JOGMEC set up Kestrel Holdings to finance Acme Mining Corp. The vehicle lent and invested a "
     "combined $250 million in the miner that year.", ("Kestrel Holdings", "Acme Mining")),
    ("Acme Mining Corp and Globex Group formed Kestrel Lithium Ventures, a joint venture. Glencore, which holds "
     "30% of the venture, will buy the lithium.", ("Glencore", "Kestrel Lithium Ventures")),
    ("The Department of Energy has a stake in Acme Mining Corp and another 5% in Kestrel Lithium, its joint venture "
     "with Globex Group. Globex Group, which holds 38% of the venture, will buy the lithium.",
     ("Globex Group", "Kestrel Lithium")),
])
def test_the_venture_stands_for_the_joint_venture_named_before(text, expected):
    assert expected in invests(text)


def test_the_venture_with_no_venture_named_is_no_recipient():
    found = invests("Acme Mining Corp will build the Redhill mine. Globex Group, which holds 38% of the venture, "
                    "will buy the lithium.")
    assert not [p for p in found if p[0] == "Globex Group"], found


# --- "... and another 5% in B": a second stake of the same holder ----------------------------------------

@pytest.mark.parametrize("text,second,stake", [
    ("The Department of Energy will take a 5% stake in Acme Mining Corp and another 5% in Kestrel Lithium, its "
     "joint venture with Globex Group.", ("Department of Energy", "Kestrel Lithium"), 0.05),
    ("Glencore bought a 10% stake in Acme Mining Corp and a further 7 per cent of Globex Group.",
     ("Glencore", "Globex Group"), 0.07),
    ("Sojitz holds a 12% stake in Acme Mining Corp and an additional 3% in Kestrel Lithium.",
     ("Sojitz", "Kestrel Lithium"), 0.03),
])
def test_a_further_share_in_a_second_firm(text, second, stake):
    found = edges(text)
    assert second in found and found[second].get("stake") == stake, found


def test_a_further_share_of_an_unnamed_venture_does_not_go_to_the_partner():
    found = invests("The Department of Energy will take a 5% stake in Acme Mining Corp and another 5% of its "
                    "Redhill joint venture with Globex Group.")
    assert found == {("Department of Energy", "Acme Mining")}


# --- a loan or grant to a described firm ("lent the Perth-listed company $150m") --------------------------

@pytest.mark.parametrize("text,lender", [
    (_BUILDER + "Export Finance Australia lent the Perth-listed company $150 million.", "Export Finance Australia"),
    (_BUILDER + "The Department of Energy awarded the Canadian graphite developer a $9 million grant.",
     "Department of Energy"),
    (_BUILDER + "Export Finance Australia, the state agency that manages loans, has agreed to buy 15% of the "
     "mine's output and lent the company 32 billion won towards the restart.", "Export Finance Australia"),
])
def test_money_lent_to_a_described_firm(text, lender):
    assert (lender, "Acme Mining") in invests(text)


def test_a_described_firm_given_no_money_and_a_possessive_are_no_investment():
    assert invests(_BUILDER + "Glencore gave the Swiss trading group a warning.") == {("Acme Mining", "Redhill refinery")}
    found = invests("Acme Mining Corp restarted the Redhill mine. The agency that manages the country's reserves "
                    "lent the company $5 million.")
    assert not any(s in ("the country", "United States") for s, _ in found), found


# --- "put money into", "poured fresh capital into" --------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    (_BUILDER + "The Department of Energy will put money into the refinery.",
     ("Department of Energy", "Redhill refinery")),
    ("The Department of Energy has poured fresh capital into Acme Mining Corp.", ("Department of Energy", "Acme Mining")),
    ("Sojitz is pumping its own cash straight into the Redhill mine.", ("Sojitz", "Redhill mine")),
])
def test_money_put_into_a_recipient(text, expected):
    assert expected in invests(text)


@pytest.mark.parametrize("text", [
    "Glencore put money into a savings account.",
    "Glencore poured cold water into the Redhill mine plan.",
])
def test_money_with_no_recipient_or_no_money_is_no_investment(text):
    assert not invests(text)


# --- a stake weighed, offered for, or "of N% in" -----------------------------------------------------------

@pytest.mark.parametrize("text,expected,stake,status", [
    (_BUILDER + "The Department of Energy is weighing an equity stake of up to 10 per cent in the company.",
     ("Department of Energy", "Acme Mining"), 0.1, "proposed"),
    ("Glencore took a stake of about 12% in Acme Mining Corp last year.", ("Glencore", "Acme Mining"), 0.12, "done"),
    ("Sojitz could make an offer for a minority interest in Acme Mining Corp this year.", ("Sojitz", "Acme Mining"),
     None, "proposed"),
])
def test_a_stake_weighed_or_offered_for(text, expected, stake, status):
    found = edges(text)
    assert expected in found, found
    assert found[expected].get("stake") == stake and found[expected]["status"] == status


@pytest.mark.parametrize("text", [
    "Glencore is considering a stake of 5% in its own share buyback programme.",
    "Sojitz has expressed interest in Acme Mining Corp's cobalt.",
])
def test_a_stake_in_no_recipient_or_interest_in_a_product_is_no_investment(text):
    assert not invests(text)


# --- a stake with no recipient after it: the recipient just named -----------------------------------------

@pytest.mark.parametrize("text,expected", [
    (_BUILDER + "Export Finance Australia has agreed to lend the company $150 million, and Glencore is taking a "
     "15% stake.", ("Glencore", "Acme Mining")),
    ("Export Finance Australia will lend $150 million to Acme Mining. Glencore will also take a 10% stake.",
     ("Glencore", "Acme Mining")),
    ("Export Finance Australia will lend $150 million to Acme Mining Corp, while Sojitz bought a minority stake "
     "for $20 million.", ("Sojitz", "Acme Mining")),
])
def test_a_bare_stake_goes_to_the_recipient_named_before(text, expected):
    found = edges(text)
    assert expected in found, found
    lender = [k for k in found if k[0] == "Export Finance Australia"]
    assert lender and "stake" not in found[lender[0]]  # the stake of the next clause is not the loan's


@pytest.mark.parametrize("text", [
    "Export Finance Australia will lend $150 million to Acme Mining. Glencore sold its stake.",
    "Glencore is taking a 15% stake.",
])
def test_a_stake_sold_or_with_no_recipient_before_is_no_investment(text):
    assert not [p for p in invests(text) if p[0] == "Glencore"]


# --- the recipient borrows, or is built or supported with money from a lender ----------------------------

@pytest.mark.parametrize("text,expected", [
    ("Acme Mining Corp, which is borrowing about two-thirds of the cost from the Japan Bank for International "
     "Cooperation and Glencore, will build the plant.",
     {("Japan Bank for International Cooperation", "Acme Mining"), ("Glencore", "Acme Mining")}),
    ("Acme Mining Corp borrowed $30 million from Glencore last year.", {("Glencore", "Acme Mining")}),
    ("Acme Mining Corp has lined up a 20 million euro loan from the European Investment Bank, the EU's lending arm.",
     {("European Investment Bank", "Acme Mining")}),
    ("The Redhill refinery was built with a $102 million loan and a $220 million grant from the Department of Energy.",
     {("Department of Energy", "Redhill refinery")}),
    ("Acme Mining Corp opened a magnet factory at Redhill, supported by a grant of 18.75 million euros from the "
     "European Union.", {("European Union", "Redhill factory")}),
])
def test_money_borrowed_or_lined_up_from_a_lender(text, expected):
    found = invests(text)
    assert expected <= found, found
    assert not any(s == "European Union" and t == "Acme Mining" for s, t in found)  # "the EU's lending arm"


@pytest.mark.parametrize("text", [
    "Acme Mining Corp borrowed ideas from Glencore when it raised $5 million.",
    "Acme Mining Corp borrowed its name and three engineers from Glencore.",
    "Acme Mining Corp is building a refinery at Redhill. Scheldt has lined up a 20 million euro loan from the "
    "European Investment Bank.",
])
def test_borrowing_no_money_or_an_unknown_borrower_is_no_investment(text):
    assert not [p for p in invests(text) if p[0] in ("Glencore", "European Investment Bank")]


# --- "X said it and Y would together invest": the speaker joins the investors -----------------------------

@pytest.mark.parametrize("text,expected", [
    ("In France, the Department of Energy said it and trading house Sojitz would together invest $110 million in "
     "Acme Mining Corp, a unit of Globex Group.", {("Department of Energy", "Acme Mining"), ("Sojitz", "Acme Mining")}),
    ("Glencore said it and Sojitz will invest $50 million in Acme Mining Corp.",
     {("Glencore", "Acme Mining"), ("Sojitz", "Acme Mining")}),
    ("Glencore said that it and the state agency JOGMEC had lent Acme Mining Corp $40 million.",
     {("Glencore", "Acme Mining"), ("Japan Organization for Metals and Energy Security", "Acme Mining")}),
])
def test_the_speaker_and_a_partner_invest_together(text, expected):
    assert expected <= invests(text)


def test_the_speaker_and_a_partner_talking_prices_invest_nothing():
    assert not invests("Glencore said it and Sojitz will discuss cobalt prices with Acme Mining Corp.")


# --- "a round led by the venture arm of X": the parent named after the arm -----------------------------

@pytest.mark.parametrize("text,investor", [
    ("Acme Mining Corp last year raised $48 million in a round led by the venture arm of Glencore.", "Glencore"),
    ("Acme Mining Corp raised $48 million in a placement led by an affiliate of Sojitz.", "Sojitz"),
    ("Acme Mining Corp raised $48 million in a funding round led by Sojitz.", "Sojitz"),
])
def test_a_round_led_by_an_arm_of_a_firm(text, investor):
    assert (investor, "Acme Mining") in invests(text)


# --- holders of a firm named in a relative clause, the second one's verb left out ------------------------

@pytest.mark.parametrize("text,expected", [
    ("Globex Group runs the Redhill mine through Acme Mining Corp, a subsidiary in which it holds 80% and Sojitz "
     "the remaining 20%.", {("Sojitz", "Acme Mining")}),
    ("Acme Mining Corp, in which Glencore holds 30% and Sojitz 25%, runs the Redhill mine.",
     {("Glencore", "Acme Mining"), ("Sojitz", "Acme Mining")}),
    ("Acme Mining Corp, an affiliate in which Glencore owns 45% and Sojitz the rest, sells nickel.",
     {("Glencore", "Acme Mining")}),
])
def test_minority_holders_named_in_a_relative_clause(text, expected):
    found = invests(text)
    assert expected <= found, found
    assert not any(s == "Globex Group" for s, _ in found)  # the 80% holder is the parent


def test_partners_of_a_joint_venture_and_a_controlling_holder_are_no_investors():
    assert not invests("The plant is run by Acme Lithium Solution, a joint venture in which Glencore holds 82% and "
                       "Sojitz 18%.")
    assert not invests("Glencore and Sojitz are folding their units into a joint venture, Acme Lithium, in which "
                       "Glencore will hold 50 per cent plus one share.")


# --- a sum of a firm's shares bought ("will buy A$200m of new Acme shares through X") ---------------------

@pytest.mark.parametrize("text,expected", [
    ("Canberra, for its part, will buy A$200 million of new Acme Mining shares through Export Finance Australia.",
     {("Australia", "Acme Mining"), ("Export Finance Australia", "Acme Mining")}),
    ("Glencore bought $45 million of Acme Mining stock last year.", {("Glencore", "Acme Mining")}),
    ("Sojitz will subscribe for 30 million euros of newly issued Acme Mining shares.", {("Sojitz", "Acme Mining")}),
])
def test_a_sum_of_a_firm_s_shares_bought(text, expected):
    assert expected <= invests(text)


def test_a_sum_of_a_firm_s_product_bought_is_no_investment():
    assert not invests("Glencore bought $45 million of Acme Mining cobalt last year.")


# --- the holder after the recipient's possessive; a holding named by its investor's possessive -----------

@pytest.mark.parametrize("text,expected,stake", [
    ("Acme Mining Corp's largest shareholder is Swedish state-owned iron ore producer Glencore, which holds 29.9 per "
     "cent.", ("Glencore", "Acme Mining"), 0.299),
    ("Acme Mining Corp's biggest investor remains Sojitz.", ("Sojitz", "Acme Mining"), None),
    ("Acme Mining Corp's main backer is the Department of Energy.", ("Department of Energy", "Acme Mining"), None),
])
def test_the_largest_holder_named_after_the_recipient(text, expected, stake):
    found = edges(text)
    assert expected in found and found[expected].get("stake") == stake, found


@pytest.mark.parametrize("text,expected", [
    ("Japan's reliance on China has fallen, largely thanks to JOGMEC's earlier investment in Australia's Lynas Rare "
     "Earths.", {("Japan Organization for Metals and Energy Security", "Lynas Rare Earths")}),
    ("Glencore's stake in Acme Mining Corp has grown.", {("Glencore", "Acme Mining")}),
    ("Sojitz's initial investment in the Redhill mine paid off.", {("Sojitz", "Redhill mine")}),
])
def test_a_holding_named_by_its_investor_s_possessive(text, expected):
    assert invests(text) == expected


@pytest.mark.parametrize("text", [
    "Acme Mining Corp's controlling shareholder is Globex Group.",
    "Glencore's investment in new technology paid off.",
])
def test_a_controlling_holder_or_an_investment_in_no_recipient(text):
    assert not invests(text)


# --- the speaker past its apposition; "that" after a name inside an apposition ----------------------------

@pytest.mark.parametrize("text,expected", [
    ("In France, the Japan Organization for Metals and Energy Security, known as JOGMEC, said it and trading house "
     "Sojitz would together invest $110 million in Acme Mining Corp.",
     {("Japan Organization for Metals and Energy Security", "Acme Mining"), ("Sojitz", "Acme Mining")}),
    ("Glencore bought a stake in Globex Group last year. The Department of Energy, the lender of last resort, said "
     "it would lend $50 million to Acme Mining Corp.", {("Department of Energy", "Acme Mining")}),
])
def test_the_speaker_named_before_an_apposition(text, expected):
    found = invests(text)
    assert expected <= found and not [p for p in found if p[0] == "Globex Group"], found


@pytest.mark.parametrize("text", [
    "Sojitz will invest $110 million in Acme Mining Corp, a unit of French specialist Globex Group that is building "
    "a plant at Lacq.",
    "Acme Mining Corp, a subsidiary of Globex Group that is building a plant at Lacq, hires.",
])
def test_a_that_clause_after_the_parent_s_name_describes_the_unit(text):
    assert not [p for p in invests(text) if p[0] == "Globex Group"]


# --- a noun before the investor's name is no verb ("mining holding Glencore raised its stake in") ---------

@pytest.mark.parametrize("text,expected", [
    ("State-owned mining holding Glencore raised its stake in Acme Mining Corp to 34% last year.",
     ("Glencore", "Acme Mining")),
    ("The sovereign holding Sojitz took a stake in Acme Mining Corp in May.", ("Sojitz", "Acme Mining")),
    ("Investment firm Sojitz bought shares in Acme Mining Corp.", ("Sojitz", "Acme Mining")),
])
def test_the_investor_named_inside_a_trigger_s_words(text, expected):
    assert invests(text) == {expected}


def test_an_amount_in_a_currency_named_by_a_country_stays_one_trigger():
    found = invests("Sojitz will invest approximately 200 million Australian dollars ($134.7 million) in Acme Mining "
                    "Corp by March.")
    assert found == {("Sojitz", "Acme Mining")}


# --- "a deal that gives it a 12% stake in the company": "it" is the sentence's subject ------------------

@pytest.mark.parametrize("text,expected", [
    ("Glencore agreed to buy lithium from Acme Mining. Sojitz will also subscribe for new shares that will give it a "
     "9.9% stake in the developer.", ("Sojitz", "Acme Mining")),
    ("Sojitz will buy new Acme Mining Corp shares, a deal that gives it a 12% stake in the company.",
     ("Sojitz", "Acme Mining")),
    ("Glencore will convert its loan to Acme Mining into shares, which would hand it a 15% stake in the miner.",
     ("Glencore", "Acme Mining")),
])
def test_a_stake_handed_to_it(text, expected):
    assert expected in invests(text)


def test_a_say_handed_to_it_is_no_stake():
    assert not invests("Glencore said a new rule gives it a say in the market.")


def test_an_explorer_lent_money_is_no_proposal():
    found = edges("Acme Mining is building a nickel refinery at Redhill. Export Finance Australia lent the explorer "
                  "$15 million.")
    assert found[("Export Finance Australia", "Acme Mining")]["status"] != "proposed"


@pytest.mark.parametrize("text,expected", [
    ("Coal India will invest 500 crore rupees in Acme Mining Corp.", ("Coal India", "Acme Mining")),
    ("Glencore has committed 40 crore rupees to Acme Mining Corp.", ("Glencore", "Acme Mining")),
    ("Sojitz will lend 12 lakh rupees to Acme Mining Corp.", ("Sojitz", "Acme Mining")),
])
def test_sums_in_crore_and_lakh(text, expected):
    assert expected in invests(text)


def test_crore_amounts_convert_through_the_dollar_figure():
    (a,) = find_amounts("earmarked 200 crore rupees ($24 million) for it")
    assert (a.currency, a.value, a.usd) == ("INR", 2e9, 24e6)
    assert not find_amounts("about 200 crore people")


# --- money paying for goods (a contract, an order) is no investment ----------------------------------------

@pytest.mark.parametrize("text", [
    "The Ministry of Defence has awarded a $310 million contract to Acme Mining Corp to supply parts.",
    "The Defense Logistics Agency awarded Acme Mining Corp a five-year contract worth up to $245 million.",
    "Glencore placed a $40 million order with Acme Mining Corp for cobalt.",
])
def test_a_contract_awarded_is_no_investment(text):
    assert not invests(text)


@pytest.mark.parametrize("text", [
    "The Department of Energy awarded Acme Mining Corp a $40 million grant.",
    "The Department of Energy has awarded $40 million to Acme Mining Corp.",
])
def test_a_grant_awarded_is_still_an_investment(text):
    assert invests(text) == {("Department of Energy", "Acme Mining")}


# --- a recipient named by its owner's possessive: the site or unit owned --------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Export Finance Australia approved a A$185 million loan for Acme Mining Corp's Redhill vanadium project.",
     ("Export Finance Australia", "Redhill vanadium project")),
    ("Glencore will invest $40 million in Acme Mining Corp's Redhill mine.", ("Glencore", "Redhill mine")),
    ("The Department of Energy lent $40 million to Acme Mining Corp's Redhill refinery.",
     ("Department of Energy", "Redhill refinery")),
])
def test_money_for_a_firm_s_site_goes_to_the_site(text, expected):
    assert invests(text) == {expected}


def test_money_for_a_firm_s_plans_goes_to_the_firm():
    assert invests("Glencore will invest $40 million in Acme Mining Corp's expansion.") == {("Glencore", "Acme Mining")}


# --- co-financing is financing --------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Acme Mining Corp is building a nickel refinery at Redhill. The Japan Bank for International Cooperation will "
     "co-finance the project with a loan of up to $250 million.",
     ("Japan Bank for International Cooperation", "Redhill refinery")),
    ("The Export-Import Bank of the United States co-funded Acme Mining Corp in 2023.",
     ("Export-Import Bank of the United States", "Acme Mining")),
    ("The Redhill refinery was co-financed by the Export-Import Bank of the United States.",
     ("Export-Import Bank of the United States", "Redhill refinery")),
])
def test_co_financing(text, expected):
    # the site's name may keep its material ("Redhill nickel refinery"): matched on its first and last words
    assert any(p[0] == expected[0] and p[1].split()[0] == expected[1].split()[0]
               and p[1].split()[-1] == expected[1].split()[-1] for p in invests(text))


def test_co_financed_by_is_passive():
    assert invests("Acme Mining Corp was co-financed by Glencore in 2023.") == {("Glencore", "Acme Mining")}


# --- a firm its country's state owns: the country holds it -------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Chile's state-owned Acme Mining Corp mines copper.", ("Chile", "Acme Mining")),
    ("Acme Mining Corp, Chile's state-controlled copper miner, is planning a smelter.", ("Chile", "Acme Mining")),
    ("Chile has the reserves, and Acme Mining Corp, which is majority-owned by the state, mines the ore.",
     ("Chile", "Acme Mining")),
    ("Chilean copper group Acme Mining Corp will build a smelter. Acme Mining Corp, which is wholly owned by the "
     "government, has the ore.", ("Chile", "Acme Mining")),
])
def test_a_state_owned_firm_is_held_by_its_country(text, expected):
    assert expected in invests(text)


@pytest.mark.parametrize("text", [
    "Acme Mining Corp, which is owned by the state's pension fund, mines copper in Chile.",
    "Acme Mining Corp, which is wholly owned by the government, mines copper in Chile and Peru.",
    "Acme Mining Corp sells ore to Chile's state-owned smelters.",
])
def test_no_state_holding_without_the_state_s_own_country(text):
    assert not [p for p in invests(text) if p[0] in ("Chile", "Peru")]


# --- a lender's offer reported by the firm that gets it; "the company, X said": X ------------------------

@pytest.mark.parametrize("text,expected", [
    ("Acme Mining Corp said the Export-Import Bank of the United States had approved a $90 million loan.",
     ("Export-Import Bank of the United States", "Acme Mining")),
    ("Acme Mining Corp, a venture of Globex Group and Initech Holdings, said the Loan Programs Office had issued a "
     "conditional commitment for a $1.8 billion loan.", ("Loan Programs Office", "Acme Mining")),
    ("Acme Mining Corp said on Monday that Export Finance Australia was considering a loan of up to A$50 million.",
     ("Export Finance Australia", "Acme Mining")),
])
def test_a_lender_s_offer_reported_by_its_recipient(text, expected):
    assert expected in invests(text)


def test_a_second_lender_in_the_same_report_lends_to_the_same_firm():
    found = invests("Acme Mining Corp said the Loan Programs Office had issued a conditional commitment for a $1.8 "
                    "billion loan, while UK Export Finance agreed to guarantee a further $500 million of borrowing.")
    assert ("UK Export Finance", "Acme Mining") in found


def test_an_offer_to_a_named_firm_is_not_the_speaker_s():
    assert invests("Acme Mining Corp said Glencore was considering a loan to Initech Mining.") == {
        ("Glencore", "Initech Mining")}


@pytest.mark.parametrize("text,expected", [
    ("Glencore will buy ingot from Initech Mining. Investissement Quebec has taken a 19.9% equity stake in the "
     "company, Acme Mining Corp said.", ("Investissement Québec", "Acme Mining")),
    ("Glencore will buy ingot from Initech Mining. Sojitz will lend the company $40 million, Acme Mining Corp said "
     "on Monday.", ("Sojitz", "Acme Mining")),
    ("Glencore will buy ingot from Initech Mining. Sojitz has funded the company since 2020, Acme Mining Corp says.",
     ("Sojitz", "Acme Mining")),
])
def test_the_company_is_the_firm_that_says_so(text, expected):
    assert expected in invests(text)


def test_the_company_is_not_the_investor_saying_so():
    assert invests("Glencore will buy ingot from Initech Mining. Sojitz will lend the company $40 million, Sojitz "
                   "said on Monday.") == {("Sojitz", "Initech Mining")}


# --- "it" after a sentence naming a site only in a relative clause is the firm, not the site ---------------

@pytest.mark.parametrize("text,expected", [
    ("Acme Mining Corp, which operates the Redhill mine in Nevada, is expanding. Last year the Department of Energy "
     "agreed to lend it $150 million.", ("Department of Energy", "Acme Mining")),
    ("Acme Mining Corp, which runs the Redhill mine, wants to grow. Glencore will take equity in it.",
     ("Glencore", "Acme Mining")),
])
def test_it_is_the_firm_when_its_site_was_named_in_a_relative_clause(text, expected):
    assert expected in invests(text)


def test_it_is_the_project_named_in_the_main_clause_before():
    assert ("Sojitz", "Wagerup gallium project") in invests(
        "Alcoa plans a Wagerup gallium project with partners. Sojitz will take equity in it.")


# --- "financed by a loan from X": the lender past the loan; "who A says are backed by B" names no recipient -

@pytest.mark.parametrize("text,expected", [
    ("Acme Mining Corp is planning a refinery at Redhill. The plant is expected to be financed partly by a loan from "
     "the Export-Import Bank of the United States, the executives said.",
     ("Export-Import Bank of the United States", "Redhill refinery")),
    ("The Redhill refinery will be funded by a $200 million loan from Export Finance Australia.",
     ("Export Finance Australia", "Redhill refinery")),
    ("The Redhill refinery was backed by an equity stake from Glencore.", ("Glencore", "Redhill refinery")),
])
def test_financed_by_a_loan_from_a_lender(text, expected):
    assert expected in invests(text)


@pytest.mark.parametrize("text", [
    "M23 rebels, who Kinshasa and Western governments say are backed by Rwanda, moved coltan.",
    "The militias, which Chile claims are funded by Peru, blocked the road.",
])
def test_the_speaker_of_a_claim_is_not_what_is_backed(text):
    assert not invests(text)


# --- "X, a developer building a refinery": a description of the firm, not an investment ------------------

@pytest.mark.parametrize("text", [
    "Glencore signed a memorandum in July with Acme Mining Corp, a Swedish start-up building a magnet factory in "
    "Lulea, covering ferroboron.",
    "One of the better-placed candidates is Acme Mining Corp, a Perth-listed developer building a refinery near "
    "Geraldton.",
    "Acme Mining Corp, the only company building a graphite plant in Europe, hires.",
])
def test_a_firm_described_as_building_is_no_investment(text):
    assert not invests(text)


@pytest.mark.parametrize("text", [
    "Acme Mining Corp is building a refinery near Geraldton.",
    "Acme Mining Corp, which is building a refinery near Geraldton, hires.",
])
def test_a_firm_that_is_building_invests(text):
    assert invests(text) == {("Acme Mining", "Geraldton refinery")}


# --- sums in rand, dirhams or lira; a sum with its dollar value in brackets before "for a stake" ----------

@pytest.mark.parametrize("text,expected", [
    ("Sojitz will pay about 2.1 billion rand ($115 million) for a 20% stake in Acme Mining Corp.",
     ("ZAR", 115e6, 0.2)),
    ("Glencore paid R500 million for a 10% stake in Acme Mining Corp.", ("ZAR", None, 0.1)),
    ("Glencore will invest 140 million euros (about $150 million) in Acme Mining Corp.", ("EUR", 150e6, None)),
    ("Sojitz will invest 1.5 billion dirhams in Acme Mining Corp.", ("MAD", None, None)),
])
def test_sums_in_other_currencies(text, expected):
    e = edges(text)[(text.split(" will ")[0].split(" paid ")[0], "Acme Mining")]
    assert (e.get("currency"), e.get("amount_usd"), e.get("stake")) == expected


def test_a_rand_sum_needs_its_multiplier():
    assert not find_amounts("The R2 units were shut in 2023.")
    assert [a.currency for a in find_amounts("about R1.8 billion in debt")] == ["ZAR"]


# --- a site described first ("a copper project in Peru") and named in the next sentences -----------------

@pytest.mark.parametrize("text,expected", [
    ("Sojitz will pay $115 million for a 20% stake in a platinum project in South Africa. The company signed an "
     "agreement with Acme Mining Corp, which owns the Redhill project.", ("Sojitz", "Redhill project")),
    ("Glencore will lend $80 million to a cobalt refinery project in Zambia, it said. The Kestrel refinery, run by "
     "Initech Mining Corp, will open in 2027.", ("Glencore", "Kestrel refinery")),
    ("Sojitz has taken a stake in a nickel mine in Brazil. The Redhill mine, run by Acme Mining Corp, ships ore "
     "to Japan.", ("Sojitz", "Redhill mine")),
])
def test_a_described_site_takes_the_name_given_next(text, expected):
    assert expected in invests(text)


def test_a_described_site_does_not_take_a_site_of_another_kind_or_too_late():
    found = invests("Sojitz will pay $115 million for a 20% stake in a platinum project in South Africa. Acme Mining "
                    "Corp runs the Redhill mine. Prices fell. Demand fell. Costs rose. The Kestrel project opened.")
    assert not [p for p in found if p[1] in ("Redhill mine", "Kestrel project")]


@pytest.mark.parametrize("text,expected", [
    ("Sojitz will pay $115 million for a 20% stake in the Redhill project. JOGMEC will finance roughly half of "
     "Sojitz's outlay.", ("Japan Organization for Metals and Energy Security", "Redhill project")),
    ("Glencore agreed to buy a 15% stake in Acme Mining Corp. The Export-Import Bank of the United States will fund "
     "part of Glencore's purchase.", ("Export-Import Bank of the United States", "Acme Mining")),
])
def test_funding_a_firm_s_outlay_funds_what_it_pays_for(text, expected):
    assert expected in invests(text)


def test_funding_a_firm_without_an_outlay_funds_the_firm():
    assert ("Japan Organization for Metals and Energy Security", "Sojitz") in invests(
        "JOGMEC will finance Sojitz's expansion.")


# --- one site in a country is not the country; a plant is not the complex it stands in ------------------

@pytest.mark.parametrize("text", [
    "Castellane Automobiles will invest 140 million euros for a 30% stake in a plant in South Africa that will "
    "refine manganese.",
    "Glencore will invest $50 million in a smelter in Chile.",
    "Acme Mining Corp will take a stake in an idle mine in Peru.",
])
def test_one_site_in_a_country_is_not_the_country(text):
    assert not [p for p in invests(text) if p[1] in ("South Africa", "Chile", "Peru")]


def test_projects_in_a_country_are_the_country_s():
    assert invests("Glencore is investing in lithium projects in Argentina.") == {("Glencore", "Argentina")}


def test_a_plant_is_not_the_complex_it_stands_in():
    found = invests("Acme Mining Corp is planning a ferroboron plant at its Redhill complex. The plant is expected to "
                    "be financed partly by a loan from Export Finance Australia.")
    assert ("Export Finance Australia", "Redhill complex") not in found


def test_a_site_named_inside_its_description_keeps_its_name():
    found = invests("Almonty Industries is building a large mine at Sangdong in South Korea. The Mittersill mine, "
                    "run by Sandvik, sells ore to it.")
    assert not [p for p in found if p[1] == "Mittersill mine"]


# --- a firm bought past its trade ("buy Mexican fluorspar producer X"); money applied for is proposed ------

@pytest.mark.parametrize("text", [
    "Brennan Chemical Corp said it had agreed to buy Mexican fluorspar producer Acme Mining Corp from Globex Group "
    "for about US$1.35 billion.",
    "Brennan Chemical Corp acquired Canadian lithium developer Acme Mining Corp in 2023.",
    "Brennan Chemical Corp will buy Australian rare earths explorer Acme Mining Corp.",
])
def test_a_firm_bought_past_its_description(text):
    assert ("Brennan Chemical", "Acme Mining") in invests(text)


def test_buying_a_material_from_a_firm_is_no_acquisition():
    assert not invests("Brennan Chemical Corp bought Chilean copper from Acme Mining Corp.")


@pytest.mark.parametrize("text,lender", [
    ("Acme Mining Corp makes acid. It has also applied for a grant under the CHIPS and Science Act from the Commerce "
     "Department, although no award has been made.", "Department of Commerce"),
    ("Acme Mining Corp has applied for a $50 million loan from Export Finance Australia.", "Export Finance Australia"),
    ("Acme Mining Corp is applying for funding from the Department of Energy.", "Department of Energy"),
])
def test_money_applied_for_is_proposed(text, lender):
    assert edges(text)[(lender, "Acme Mining")]["status"] == "proposed"


def test_permits_applied_for_are_no_money():
    assert not invests("Acme Mining Corp applied for permits from the Department of Energy.")


# --- money spent to raise a site's output; a place opening the sentence is no co-investor -----------------

@pytest.mark.parametrize("text,expected", [
    ("Acme Mining Corp said it would spend 48 million euros to more than double the germanium output of its Redhill "
     "plant.", ("Acme Mining", "Redhill plant")),
    ("Acme Mining Corp will spend $30 million to upgrade the furnaces at its Redhill smelter.",
     ("Acme Mining", "Redhill smelter")),
    ("Acme Mining Corp is spending $12 million to restart the kilns at the Redhill plant.", ("Acme Mining", "Redhill plant")),
])
def test_money_spent_to_raise_a_site_s_output(text, expected):
    assert expected in invests(text)


def test_money_spent_to_raise_output_with_no_site_names_none():
    assert not invests("Acme Mining Corp will spend $30 million to double output, it said.")


@pytest.mark.parametrize("text", [
    "In Chile, Glencore will invest $40 million in Acme Mining Corp.",
    "At Redhill, in Peru, Glencore will invest $40 million in Acme Mining Corp.",
])
def test_a_place_opening_the_sentence_is_no_co_investor(text):
    assert invests(text) == {("Glencore", "Acme Mining")}


def test_a_listed_country_is_a_co_investor():
    assert ("Japan", "Acme Mining") in invests("Japan and Glencore will invest $40 million in Acme Mining Corp.")


# --- a state fund's majority is a holding; a venture's partners are no investors; a venture builds -------

@pytest.mark.parametrize("text,expected", [
    ("The Public Investment Fund, which manages more than US$900 billion, already owns about 67 per cent of Acme "
     "Mining Corp.", ("Public Investment Fund", "Acme Mining")),
    ("Export Finance Australia holds 60% of Acme Mining Corp.", ("Export Finance Australia", "Acme Mining")),
])
def test_a_state_investor_s_majority_is_a_holding(text, expected):
    assert expected in invests(text)


def test_a_firm_s_majority_is_no_holding():
    assert not invests("Glencore owns 67 per cent of Acme Mining Corp.")


@pytest.mark.parametrize("text", [
    "Glencore will own 51% of the venture, to be called Kestrel Lithium Ltd, while Sojitz and the U.S. Department "
    "of Energy will together hold the remaining 49%.",
    "Glencore will hold 60% of the joint venture, named Kestrel Lithium Ltd, and Sojitz will have the remaining 40%.",
])
def test_a_venture_s_partners_are_its_parents_not_investors(text):
    assert not [p for p in invests(text) if p[1] == "Kestrel Lithium"]
    assert ("Kestrel Lithium", "Glencore") in run_pairs(text)


def run_pairs(text):
    return {(e["source"], e["target"]) for e in run(text)["edges"] if e["type"] == "PART_OF"}


@pytest.mark.parametrize("text", [
    "Saudi Arabian Mining Co has agreed to form a joint venture with Sojitz to build a rare earth refinery at "
    "Redhill, the two companies said.",
    "Glencore set up a joint venture with Sojitz to build the Redhill refinery.",
    "Glencore is creating a venture with Sojitz to develop the Redhill mine.",
])
def test_a_venture_formed_to_build_is_the_builder(text):
    assert not [p for p in invests(text) if p[0] in ("Saudi Arabian Mining", "Glencore")]


# --- "X, the arm of Y, said it would invest": X, not the parent named in its apposition -----------------

@pytest.mark.parametrize("text,expected", [
    ("Acme Mining Corp, the recycling arm of Brussels-listed Globex Group, said on Tuesday it would spend 48 million "
     "euros on its Redhill plant.", ("Acme Mining", "Redhill plant")),
    ("Acme Mining Corp, a unit of Globex Group, said it would invest $40 million in Initech Mining.",
     ("Acme Mining", "Initech Mining")),
    ("Acme Mining Corp, one of the partners of Globex Group, said it would lend $40 million to Initech Mining.",
     ("Acme Mining", "Initech Mining")),
])
def test_the_speaker_past_its_apposition(text, expected):
    found = invests(text)
    assert expected in found and not [p for p in found if p[0] == "Globex Group"]


def test_a_list_of_speakers_invests_together():
    assert invests("Globex Group, Acme Mining Corp and Glencore said they would invest $40 million in Initech "
                   "Mining.") == {("Globex Group", "Initech Mining"), ("Acme Mining", "Initech Mining"),
                                  ("Glencore", "Initech Mining")}


@pytest.mark.parametrize("text", [
    "Glencore will lend $40 million to the Redhill refinery. Acme Mining Corp is 85% owned by Globex Group. Chile, "
    "which holds the remaining 15%, has said it wants to take a controlling stake.",
    "Glencore will lend $40 million to the Redhill refinery. Acme Mining Corp is 80% owned by Globex Group. Sojitz, "
    "which owns the remaining 20%, may buy a larger stake.",
])
def test_a_holder_wanting_a_bigger_stake_wants_it_in_what_it_holds(text):
    found = invests(text)
    assert not [p for p in found if p[1] == "Redhill refinery" and p[0] != "Glencore"]
    assert [p for p in found if p[1] == "Acme Mining" and p[0] in ("Chile", "Sojitz")]


# --- a lender in talks over a loan, the recipient named before; each statement's own modality ------------

@pytest.mark.parametrize("text,expected", [
    ("Acme Mining Corp will build a refinery at Redhill. The European Investment Bank is in advanced talks over a "
     "loan of up to €165 million.", ("European Investment Bank", "Redhill refinery")),
    ("Acme Mining Corp said the European Investment Bank is in talks about financing.",
     ("European Investment Bank", "Acme Mining")),
    ("Acme Mining Corp said Export Finance Australia had entered negotiations on a A$90 million loan.",
     ("Export Finance Australia", "Acme Mining")),
])
def test_a_lender_in_talks_over_a_loan(text, expected):
    assert edges(text)[expected]["status"] == "proposed"


def test_talks_over_no_money_are_no_offer():
    assert not invests("The European Investment Bank is in talks over a new lending policy.")


def test_a_contribution_beside_talks_keeps_its_own_status():
    found = edges("Acme Mining Corp will build a refinery at Redhill. Glencore will contribute €110 million in equity, "
                  "while the European Investment Bank is in advanced talks over a loan of up to €165 million.")
    assert found[("Glencore", "Redhill refinery")]["status"] == "committed"


# --- a sum restated in another currency before its recipient; money channelled through a described agency ---

@pytest.mark.parametrize("text,expected", [
    ("Globex Group will put ¥9 billion, or about $60 million, into Acme Mining Corp.", ("Globex Group", "Acme Mining")),
    ("Globex Group has committed 40 million euros, or roughly $43 million, to Acme Mining Corp.",
     ("Globex Group", "Acme Mining")),
    ("Glencore is to invest C$90 million, or some US$66 million, in the Redhill mine of Acme Mining Corp.",
     ("Glencore", "Redhill mine")),
])
def test_a_sum_restated_in_another_currency(text, expected):
    assert expected in invests(text)


def test_a_restated_sum_paid_for_goods_is_no_investment():
    assert not invests("Globex Group paid ¥9 billion, or about $60 million, for cobalt from Zambia.")


@pytest.mark.parametrize("text,investor,via", [
    ("Japan has channelled money into Acme Mining Corp through state agency JOGMEC since 2012.",
     "Japan", "Japan Organization for Metals and Energy Security"),
    ("Germany funnelled public money into Acme Mining Corp via state development bank KfW.", "Germany", "KfW"),
    ("Australia has poured taxpayer money into Acme Mining Corp through the export credit agency Export Finance "
     "Australia.", "Australia", "Export Finance Australia"),
])
def test_money_channelled_through_a_described_agency(text, investor, via):
    found = edges(text)
    assert (investor, "Acme Mining") in found and (via, "Acme Mining") in found
    assert found[(investor, "Acme Mining")]["via"] == [via]


def test_a_name_after_through_a_loan_from_is_no_channel():
    found = edges("Germany poured money into Acme Mining Corp through a loan from Glencore.")
    assert "via" not in found.get(("Germany", "Acme Mining"), {})


def test_a_stake_of_the_clause_before_is_not_this_statements():
    found = edges("The Pentagon took a 15% stake in MP Materials, while Japan has channelled money into Acme Mining "
                  "Corp through state agency JOGMEC.")
    assert found[("Department of Defense", "MP Materials")]["stake"] == 0.15
    assert "stake" not in found[("Japan", "Acme Mining")]


# --- a lender named past its descriptor; a letter of interest to a venture named before -------------------

@pytest.mark.parametrize("text,lender", [
    ("Acme Mining Corp is in talks with state development bank KfW over a loan of 50 million euros.", "KfW"),
    ("Acme Mining Corp is in advanced talks with export credit agency Export Finance Australia about debt funding.",
     "Export Finance Australia"),
    ("Acme Mining Corp said it had entered negotiations with the state lender JBIC over financing.",
     "Japan Bank for International Cooperation"),
])
def test_talks_with_a_described_lender(text, lender):
    assert edges(text)[(lender, "Acme Mining")]["status"] == "proposed"


def test_talks_with_a_described_partner_about_no_money_are_no_offer():
    assert not invests("Acme Mining Corp is in talks with state development bank KfW over a new office in Berlin.")


@pytest.mark.parametrize("text,lender", [
    ("Globex Group and Acme Mining Corp formed Kestrel Lithium, a joint venture. The Export-Import Bank of the "
     "United States issued a letter of interest for a loan of up to $900 million to the venture.",
     "Export-Import Bank of the United States"),
    ("Globex Group and Acme Mining Corp formed Kestrel Lithium, a joint venture. Export Finance Australia has "
     "sent a letter of support for a debt package of as much as A$300 million to the venture.",
     "Export Finance Australia"),
    ("Globex Group and Acme Mining Corp formed Kestrel Lithium, a joint venture. KfW has issued a letter of "
     "intent to the venture for a 40 million euro loan.", "KfW"),
])
def test_a_letter_of_interest_to_the_venture(text, lender):
    assert (lender, "Kestrel Lithium") in invests(text)


def test_a_letter_of_interest_to_a_venture_never_named_goes_nowhere():
    assert not [p for p in invests("KfW issued a letter of interest for a loan of 40 million euros to the venture.")
                if p[0] == "KfW"]


# --- "X said that Y ...": a report, not a relative clause on X ------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Acme Mining Corp said on Monday that the DFC had approved a $120 million loan for its Redhill graphite project.",
     ("U.S. International Development Finance Corporation", "Redhill graphite project")),
    ("Acme Mining Corp announced that KfW would lend 40 million euros to its Redhill nickel refinery.",
     ("KfW", "Redhill nickel refinery")),
    ("Acme Mining Corp told investors that the Department of Energy will fund its Redhill lithium plant.",
     ("Department of Energy", "Redhill lithium plant")),
])
def test_a_lender_reported_with_that(text, expected):
    found = invests(text)
    assert expected in found and (expected[0], "Acme Mining") not in found


def test_a_plant_that_a_lender_finances_is_still_the_object():
    assert ("Department of Energy", "Redhill refinery") in invests(
        "Acme Mining Corp will build a refinery at Redhill that the Department of Energy is financing.")


# --- a holder counted by the recipient as customer and shareholder; the recipient only described -----------

@pytest.mark.parametrize("text,expected", [
    ("Acme Mining Corp counts Glencore as its largest customer and a 12% shareholder.", ("Glencore", "Acme Mining")),
    ("Acme Mining Corp makes lithium. The Perth-based miner, which counts China's Ganfeng Lithium as its biggest "
     "buyer and a major shareholder, will cut jobs.", ("Ganfeng Lithium", "Acme Mining")),
    ("Acme Mining Corp makes lithium. The company counts Sojitz as a key partner and an early investor.",
     ("Sojitz", "Acme Mining")),
])
def test_a_customer_counted_as_a_shareholder(text, expected):
    assert expected in invests(text)


def test_a_customer_only_is_no_investor():
    assert not invests("Acme Mining Corp makes lithium. The miner counts Glencore as its largest customer.")


# --- the money named first, its investors and recipient in a relative clause ------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Output recovered thanks to a 2012 financing package that JOGMEC and trading house Sojitz extended to "
     "Acme Mining Corp.", {("Japan Organization for Metals and Energy Security", "Acme Mining"),
                           ("Sojitz", "Acme Mining")}),
    ("The plant depends on the $300 million loan which the European Investment Bank provided to Acme Mining Corp "
     "in 2021.", {("European Investment Bank", "Acme Mining")}),
    ("The grants that the Department of Energy has given to Acme Mining Corp total $80 million.",
     {("Department of Energy", "Acme Mining")}),
])
def test_money_then_a_relative_clause_naming_who_gave_it(text, expected):
    found = edges(text)
    assert expected <= set(found) and all(found[p]["status"] == "done" for p in expected)


def test_a_relative_clause_about_something_else_gives_no_money():
    assert ("Glencore", "Acme Mining") not in invests("The support that Glencore provided to Acme Mining Corp was "
                                                      "political rather than financial.")
    assert ("Glencore", "Acme Mining") not in invests("The equipment that Glencore shipped to Acme Mining Corp "
                                                      "arrived late.")


# --- a market value given to a firm is no money paid in ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Acme Mining Corp shares rose 21%, giving the company a market value of about A$640 million.",
    "Glencore's offer gives Acme Mining Corp a valuation of $2 billion.",
    "The rally gave the miner an implied market capitalisation of $900 million, Acme Mining Corp said.",
])
def test_a_market_value_given_is_no_investment(text):
    assert not invests(text)


def test_money_given_beside_a_value_still_counts():
    assert ("Glencore", "Acme Mining") in invests("Glencore gave Acme Mining Corp a $50 million loan last year.")
