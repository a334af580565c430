"""SUPPLIES, PRODUCES and USED_IN rules checked on several wordings of the same fact (sentences written for
these tests, not taken from any article): each rule must carry over to a phrasing it was not written on,
and each has a near miss that must not give the edge.
The rules alone (``learned=False``): the learned pair model has its own tests in test_documents_pairs.py."""

import pytest

from loaders.documents import document_json, extract_text


def run(text):
    return document_json("t.txt", extract_text(text, "t.txt", learned=False))


def edges(text, *types):
    """(type, source, target) of the edges of ``types`` (SUPPLIES and PRODUCES by default)."""
    types = types or ("SUPPLIES", "PRODUCES")
    return {(e["type"], e["source"], e["target"]) for e in run(text)["edges"] if e["type"] in types}


def pairs(text, *types):
    """(source, target) of the edges of ``types``, SUPPLIES and PRODUCES merged by default."""
    return {(s, t) for _, s, t in edges(text, *types)}


def shares(text):
    """(source, target, share) of every SUPPLIES edge with a share."""
    return {(e["source"], e["target"], e.get("share")) for e in run(text)["edges"]
            if e["type"] == "SUPPLIES" and e.get("share") is not None}


# --- the rest of the market: "A and B supply much of the remainder" ---------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Chile mines about a quarter of the world's copper. Peru and Zambia contribute most of the rest.",
     {("Peru", "copper"), ("Zambia", "copper")}),
    ("Around 70% of the cobalt Japan buys comes from Finland, with Canada and Norway supplying much of the remainder.",
     {("Canada", "cobalt"), ("Norway", "cobalt")}),
    ("Guinea dominates bauxite exports to China; Brazil provides the bulk of the remainder.",
     {("Brazil", "bauxite")}),
])
def test_the_rest_of_the_market(text, expected):
    assert expected <= pairs(text)


def test_the_rest_of_a_meeting_is_not_supply():
    assert pairs("Germany mines lignite. Officials spent the rest of the meeting on tariffs.") <= {("Germany", "lignite")}


# --- a share said of every member of a list: "each with about 5%" ----------------------------------------

@pytest.mark.parametrize("text", [
    "Brazil mines most of the world's niobium. Canada and Australia follow, each with about 5% of global output.",
    "Brazil mines most of the world's niobium. Canada and Australia follow with about 5% of global output each.",
    "Brazil mines most of the world's niobium, while Canada and Australia hold about 5% of global output apiece.",
])
def test_a_share_each_goes_to_every_list_member(text):
    got = shares(text)
    assert ("Canada", "niobium", 0.05) in got and ("Australia", "niobium", 0.05) in got


def test_a_share_without_each_stays_with_its_holder():
    got = shares("Brazil mines most of the world's niobium. Australia trails Canada, which has about 5% of global output.")
    assert ("Australia", "niobium", 0.05) not in got


# --- a material named in an earlier clause of the same sentence ------------------------------------------

@pytest.mark.parametrize("text,material", [
    ("Cobalt is scarce. For refined germanium things are calmer, but Chinese plants made about 68% of output.", "germanium"),
    ("Cobalt is scarce. In indium the gap is smaller, though Chinese smelters still held some 55% of the market.", "indium"),
    ("Cobalt is scarce. As for tellurium, the picture is mixed; Chinese refiners turned out about 60% of world output.",
     "tellurium"),
])
def test_an_earlier_clause_names_the_material(text, material):
    assert ("China", material) in pairs(text) and ("China", "cobalt") not in pairs(text)


# --- a part of the subject's own output sent abroad: "ships most of its output to China" -----------------

@pytest.mark.parametrize("text,expected", [
    ("Zambia mines a lot of copper. The country ships most of its output to China.", ("Zambia", "copper")),
    ("Gabon is a big manganese miner. It sells the bulk of its production to Chinese mills.", ("Gabon", "manganese")),
    ("Peru is second in zinc, but it exports nearly all of its output unrefined.", ("Peru", "zinc")),
])
def test_part_of_its_output_is_supplied(text, expected):
    assert expected in pairs(text)


@pytest.mark.parametrize("text,expected", [
    ("Guinea mines bauxite and nickel. Nickel is the story: Guinea sends the great majority of its ore to China.",
     ("Guinea", "nickel ore")),
    ("New Caledonia is a nickel producer. It exports much of its ore to Japan.", ("New Caledonia", "nickel ore")),
    ("Vietnam mines tungsten. Vietnam ships most of its concentrate to Japan.", ("Vietnam", "tungsten concentrate")),
])
def test_its_ore_is_the_raw_form_of_the_metal_discussed(text, expected):
    assert expected in pairs(text)


def test_a_relative_clause_after_the_destination_names_no_supply():
    got = pairs("Gabon is a manganese miner. It sends most of its ore to China, where it feeds ferroalloy furnaces.")
    assert ("Gabon", "manganese ore") in got and not any(t == "ferroalloys" for _, t in got)


def test_its_output_needs_a_material_under_discussion():
    assert pairs("The Philippines ships most of its output to China.") == set()


# --- goods named by the adjective of their origin and sent abroad -----------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Most Congolese cobalt is shipped to China for refining.", ("Democratic Republic of the Congo", "cobalt")),
    ("The bulk of Chilean lithium carbonate goes to battery makers in Korea.", ("Chile", "lithium carbonate")),
    ("Much of the Indonesian nickel ore was exported before the ban.", ("Indonesia", "nickel ore")),
    ("Nearly all Brazilian niobium leaves the country as ferroniobium.", ("Brazil", "niobium")),
])
def test_origin_adjective_and_shipping(text, expected):
    assert expected in pairs(text, "SUPPLIES")


@pytest.mark.parametrize("text", [
    "Buyers of Congolese cobalt are worried about prices.",
    "Chilean lithium producers met in Santiago to discuss royalties.",
])
def test_origin_adjective_without_shipping_is_no_supply(text):
    assert pairs(text, "SUPPLIES") == set()


# --- the origin of imports: "imports X from Y", "relies on Y for X", "importing Y's X" ----------------------

@pytest.mark.parametrize("text,expected", [
    ("Toyota Tsusho began importing lanthanum and cerium from Vietnam this year.",
     {("Vietnam", "lanthanum"), ("Vietnam", "cerium")}),
    ("South Korea buys most of its graphite from China.", {("China", "graphite")}),
    ("The refinery sources cobalt from Glencore and Umicore under long-term contracts.",
     {("Glencore", "cobalt"), ("Umicore", "cobalt")}),
    ("India relies on Australia and Chile for most of its lithium.", {("Australia", "lithium"), ("Chile", "lithium")}),
    ("Korea depends heavily on Chinese suppliers for graphite.", {("China", "graphite")}),
    ("Mitsubishi started buying Albemarle's lithium hydroxide in 2023.", {("Albemarle", "lithium hydroxide")}),
    ("Much of the tungsten Japan imports originates in China.", {("China", "tungsten")}),
])
def test_import_origins(text, expected):
    assert expected <= pairs(text, "SUPPLIES")


@pytest.mark.parametrize("text", [
    "Vietnam received a loan from Japan to build a rare earth plant.",      # money, not goods
    "Gallium is recovered from bauxite residue in Germany.",               # a feedstock, not an origin
    "The carmaker relies on its own engineers for battery design.",        # no supplier named
])
def test_no_import_origin(text):
    got = pairs(text, "SUPPLIES")
    assert not any(s in ("Japan", "Germany") for s, _ in got) and ("Vietnam", "rare earths") not in got


# --- production named by a noun: "restarted separation of X", "expand its production of X", "capacity of" ---

@pytest.mark.parametrize("text,expected", [
    ("Vale will expand its production of nickel sulphate to 30,000 tonnes a year.", ("Vale", "nickel sulphate")),
    ("In Japan, Shin-Etsu restarted separation of rare earths at its Takefu plant in 2024.",
     ("Shin-Etsu Chemical", "rare earths")),
    ("Umicore has started commercial production of germanium dioxide.", ("Umicore", "germanium dioxide")),
    ("Albemarle is ramping up lithium hydroxide production in Kemerton.", ("Albemarle", "lithium hydroxide")),
])
def test_production_nouns(text, expected):
    assert expected in pairs(text, "PRODUCES")


@pytest.mark.parametrize("text,expected", [
    ("The Kemerton plant has a capacity of 50,000 tonnes a year of lithium hydroxide.", ("Kemerton plant", "lithium hydroxide")),
    (("The company opened the Foxtrot refinery last year. Nameplate capacity is up to 4,000 tonnes per annum of "
      "cobalt sulphate, including battery-grade cobalt sulphate."), ("Foxtrot refinery", "cobalt sulphate")),
    ("The Silver Lake smelter, which opened in May, has a first-phase capacity of about 9,000 tonnes of antimony a year.",
     ("Silver Lake smelter", "antimony")),
])
def test_capacity_names_the_producer(text, expected):
    assert expected in pairs(text, "PRODUCES")


def test_a_listed_product_after_including_is_produced_too():
    got = pairs("The Foxtrot refinery opened in 2024. Annual capacity will be 3,000 tonnes of separated oxides, "
                "including NdPr (neodymium-praseodymium) oxide, dysprosium oxide and terbium oxide.", "PRODUCES")
    assert {("Foxtrot refinery", "dysprosium oxide"), ("Foxtrot refinery", "terbium oxide")} <= got


def test_a_site_brought_into_production_makes_the_metal_discussed():
    got = pairs("Tungsten is scarce again. Almonty is bringing its Sangdong mine back into production.", "PRODUCES")
    assert ("Sangdong mine", "tungsten") in got


@pytest.mark.parametrize("text", [
    "Tesla will expand its production of cars in Berlin.",               # no material
    "Chile has not restarted production of iodine since the strike.",    # negated
    "Analysts doubt that global capacity will grow.",                     # nobody's capacity, no tonnage
])
def test_no_production_noun_fact(text):
    assert pairs(text, "PRODUCES") == set()


# --- what a verb turns its feed into: the products, not the feed --------------------------------------------

@pytest.mark.parametrize("text,expected,feed", [
    ("Indonesia mines nickel. The country now smelts it into nickel pig iron and nickel matte.",
     {("Indonesia", "nickel pig iron"), ("Indonesia", "nickel matte")}, ("Indonesia", "nickel ore")),
    ("Ganfeng converts spodumene concentrate into lithium hydroxide at its Ningdu plant.",
     {("Ganfeng Lithium", "lithium hydroxide")}, ("Ganfeng Lithium", "spodumene concentrate")),
    ("The Olen plant turns recycled scrap into cobalt oxide and nickel sulphate.",
     {("Olen plant", "cobalt oxide"), ("Olen plant", "nickel sulphate")}, None),
])
def test_products_after_into(text, expected, feed):
    got = pairs(text)
    assert expected <= got and feed not in got


def test_into_without_a_material_gives_nothing():
    assert pairs("Ganfeng turned its quarterly loss into a profit.") == set()


# --- members named after the product: "separates light rare earths such as neodymium and praseodymium" -------

@pytest.mark.parametrize("text", [
    "The Sillamae plant separates light rare earths such as lanthanum and cerium.",
    "The Sillamae plant separates light rare earths, including lanthanum and cerium.",
    ("The Sillamae plant, some 20 kilometres from the border, which separates light rare earths including lanthanum "
     "and cerium, is being expanded."),
])
def test_named_members_of_a_product_are_produced(text):
    got = pairs(text, "PRODUCES")
    assert {("Sillamae plant", "lanthanum"), ("Sillamae plant", "cerium")} <= got


# --- a subject before an aside, and a dateline that is no subject --------------------------------------------

def test_the_subject_before_a_home_to_aside():
    got = pairs("Indonesia leads nickel mining. Russia, home to Nornickel, is a distant third.", "SUPPLIES")
    assert ("Russia", "nickel") in got and ("Nornickel", "nickel") not in got


def test_a_dateline_country_is_not_the_producer():
    got = pairs("OSLO, Norway - A plant that turns ilmenite into titanium slag opened on Monday.")
    assert ("Norway", "titanium slag") not in got


# --- a firm described by a role with an indefinite article, and firms leading a group ------------------------

@pytest.mark.parametrize("text,expected", [
    ("Canada's Teck Resources is a significant germanium producer in North America.", ("Teck Resources", "germanium")),
    ("Foo Metals, a cobalt refiner based in Finland, expanded last year.", ("Foo Metals", "cobalt")),
    ("Bar Mining remains a major antimony miner in Tajikistan.", ("Bar Mining", "antimony")),
])
def test_a_role_with_an_indefinite_article(text, expected):
    assert expected in pairs(text)


def test_a_role_without_a_material_names_nothing():
    assert pairs("Bar Corp, a unit of Baz Holdings, is a supplier to Tesla.") == set()


@pytest.mark.parametrize("text,expected", [
    ("Chinese refiners, led by Huayou Cobalt, process the bulk of the world's cobalt.", {("Huayou Cobalt", "cobalt")}),
    ("Japanese smelters, led by Foo Metals and Bar Refining, supply most of Asia's indium.",
     {("Foo Metals", "indium"), ("Bar Refining", "indium")}),
    ("Western producers, headed by Foo Metals, mine about a tenth of the world's tantalum.", {("Foo Metals", "tantalum")}),
])
def test_firms_leading_a_group_of_producers(text, expected):
    assert expected <= pairs(text)


# --- a fraction closing a rank: "ranked second with close to a tenth" ---------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Congo mines most of the world's cobalt. Indonesia ranked a distant second with close to a tenth.",
     ("Indonesia", "cobalt", 0.1)),
    ("Chile mines a lot of copper. Peru came second at roughly a quarter.", ("Peru", "copper", 0.25)),
    ("Cobalt is mined in Congo. Indonesia, where the metal is recovered at nickel plants, was second with about a fifth.",
     ("Indonesia", "cobalt", 0.2)),
])
def test_a_fraction_closing_a_rank(text, expected):
    assert expected in shares(text)


def test_a_fraction_of_time_is_no_share():
    assert shares("Chile mines copper. The strike at Escondida lasted a year and a half.") == set()


def test_a_share_of_a_class_of_goods_carries_no_material():
    got = shares("Rare earths are scarce. The plan wants Europe to mine 10% of the strategic raw materials it uses.")
    assert not any(t == "rare earths" for _, t, _ in got)


# --- a rank worn as a title, and a firm described by its country ------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Congo mines most of the world's cobalt, eight times as much as second-placed Indonesia.", ("Indonesia", "cobalt")),
    ("Chile mines the most copper, well ahead of No. 2 producer Peru.", ("Peru", "copper")),
    ("Guinea exports more bauxite than third-ranked Brazil.", ("Brazil", "bauxite")),
])
def test_a_rank_worn_as_a_title(text, expected):
    assert expected in pairs(text, "SUPPLIES")


@pytest.mark.parametrize("text,firm", [
    ("Lynas Rare Earths is based in Perth. The Australian company separated dysprosium oxide in Malaysia.",
     "Lynas Rare Earths"),
    ("Umicore reported results on Monday. The Belgian group refines germanium at Olen.", "Umicore"),
    ("Teck Resources shares rose. The Canadian miner recovers germanium at Trail.", "Teck Resources"),
])
def test_a_firm_described_by_its_country(text, firm):
    got = pairs(text)
    assert any(s == firm for s, _ in got) and not any(s in ("Australia", "Belgium", "Canada") for s, _ in got)


# --- "both metals", "the two elements": the pair just discussed ----------------------------------------------

@pytest.mark.parametrize("text,firm", [
    ("China controls gallium and germanium. Europe has a foothold: Belgium's Umicore refines both metals.", "Umicore"),
    ("Niobium and tantalum are scarce. Foo Metals, a Brazilian firm, produces the two metals at Araxa.", "Foo Metals"),
    ("Dysprosium and terbium are heavy rare earths. Lynas has begun shipping both of them to Japan.", "Lynas Rare Earths"),
])
def test_both_metals_are_the_pair_just_named(text, firm):
    got = {t for s, t in pairs(text) if s == firm}
    assert len(got) == 2


def test_both_with_its_own_pair_named_is_read_directly():
    got = pairs("Cobalt is scarce. Umicore refines both gallium and germanium.")
    assert ("Umicore", "gallium") in got and ("Umicore", "cobalt") not in got


def test_a_described_seller_is_not_the_buyer():
    got = pairs("Lynas Rare Earths began supplying dysprosium and terbium to Japan, the first time the Australian miner "
                "has sold the two elements to Japanese buyers.")
    assert ("Lynas Rare Earths", "dysprosium") in got and ("Japan", "dysprosium") not in got


# --- runners-up named before "behind", products after "into" in a dominance, causes that name no product --------

@pytest.mark.parametrize("text,expected", [
    ("Peru and Chile are the next-largest sources of copper, with Zambia and Namibia behind them.",
     {("Zambia", "copper"), ("Namibia", "copper")}),
    ("Australia and Chile mine most of the world's lithium, with Argentina close behind.", {("Argentina", "lithium")}),
    ("Guinea is the top bauxite exporter, and Australia and Brazil are the largest miners, with India behind them.",
     {("India", "bauxite")}),
])
def test_runners_up_before_behind(text, expected):
    assert expected <= pairs(text, "SUPPLIES")


def test_behind_without_a_list_of_suppliers_names_no_runner_up():
    got = pairs("Peru mines a lot of copper, with its neighbours far behind.", "SUPPLIES")
    assert got == {("Peru", "copper")}


def test_a_dominance_over_processing_into_products():
    got = pairs("China dominates the processing of tungsten into tungsten carbide and ferrotungsten.", "SUPPLIES")
    assert ("China", "tungsten carbide") in got


def test_a_cause_after_a_rank_names_no_product():
    got = pairs("Congo mined 70% of the world's cobalt, ahead of Indonesia, which is now the second-largest source "
                "thanks to nickel plants that yield cobalt as a by-product.", "SUPPLIES")
    assert ("Indonesia", "cobalt") in got and ("Indonesia", "nickel") not in got


# --- where most of it comes from, and "both of which" -----------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Vietnam mined about 3,400 tonnes of tungsten, most of it from the Nui Phao mine.", ("Nui Phao mine", "tungsten")),
    ("Chile exported 50,000 tonnes of lithium carbonate, much of that from SQM.", ("SQM", "lithium carbonate")),
    ("Zambia shipped 2,000 tonnes of cobalt, nearly all of it from the Kansanshi mine.", ("Kansanshi mine", "cobalt")),
])
def test_most_of_it_from(text, expected):
    assert expected in pairs(text)


@pytest.mark.parametrize("text,expected", [
    ("Glencore controls Kamoto Copper Company and the Mutanda mine, both of which produce cobalt hydroxide.",
     {("Kamoto Copper", "cobalt hydroxide"), ("Mutanda mine", "cobalt hydroxide")}),
    ("Eramet runs the Weda Bay mine and the Moanda mine, both of which also produce manganese ore.",
     {("Weda Bay mine", "manganese ore"), ("Moanda mine", "manganese ore")}),
])
def test_both_of_which_is_every_member(text, expected):
    assert expected <= pairs(text, "PRODUCES")


def test_the_subject_before_a_headquartered_aside():
    got = pairs("Element Six, headquartered in the UK, already makes synthetic diamond at plants in Ireland.")
    assert ("Element Six", "synthetic diamond") in got and ("United Kingdom", "synthetic diamond") not in got


# --- USED_IN: the subject named by a description, a part of "it", items with digits and gerunds ------------

def uses(text):
    return pairs(text, "USED_IN")


@pytest.mark.parametrize("text,expected", [
    ("Indium prices rose. The metal is a key input in touch screens.", ("indium", "touch screens")),
    ("Germanium arsenide wafers are rare. The element is also needed for infrared lenses.", ("germanium", "infrared lenses")),
    ("Cobalt output fell. Planners regard the metal as essential for jet engines.", ("cobalt", "jet engines")),
])
def test_a_described_material_is_the_subject(text, expected):
    assert expected in uses(text)


def test_the_metal_prefers_the_element_over_its_compound():
    got = uses("Gallium nitride chips sit in radars. The metal is also used in LEDs.")
    assert ("gallium", "LEDs") in got and ("gallium nitride", "LEDs") not in got


@pytest.mark.parametrize("text,expected", [
    ("Tungsten is scarce. Most of it ends up in cemented carbides.", ("tungsten", "cemented carbides")),
    ("Cobalt is scarce. Much of it goes into superalloys.", ("cobalt", "superalloys")),
    ("Lithium is scarce. It is mostly used in batteries, but it is also vital for lubricating greases.",
     ("lithium", "lubricating greases")),
])
def test_part_of_it_as_the_subject(text, expected):
    assert expected in uses(text)


@pytest.mark.parametrize("text,expected,absent", [
    ("Gallium is used in radar systems and 5G base stations.", ("gallium", "5g base stations"), None),
    ("Tungsten is critical for cutting tools and X-ray tubes.", ("tungsten", "x-ray tubes"), ("tungsten", "cutting tools and x-ray tubes")),
    ("Antimony is essential for hardening the lead in bullets and batteries.", None, ("antimony", "batteries")),
    ("Diamond grit goes into drill bits for oil and gas wells.", None, ("synthetic diamond", "gas wells")),
    ("Antimony is a key input in ammunition, where it hardens lead bullets.", ("antimony", "ammunition"),
     ("antimony", "where it hardens lead bullets")),
])
def test_use_items(text, expected, absent):
    got = uses(text)
    assert (expected is None or expected in got) and (absent is None or absent not in got)


@pytest.mark.parametrize("text,expected", [
    ("Dysprosium and terbium are added to neodymium magnets so they keep working when hot.",
     {("dysprosium", "neodymium magnets"), ("terbium", "neodymium magnets")}),
    ("Niobium is often added to steel to make it stronger.", {("niobium", "steel")}),
    ("Vanadium is added into high-strength steel.", {("vanadium", "high-strength steel")}),
])
def test_added_to(text, expected):
    assert expected <= uses(text)


def test_added_without_to_is_no_use():
    assert uses("Vanadium added 5% on Monday as traders returned.") == set()


@pytest.mark.parametrize("text,expected", [
    ("The cathode of most car batteries is made from lithium combined with nickel and cobalt.",
     {("lithium", "cathode"), ("nickel", "cathode"), ("cobalt", "cathode")}),
    ("Cells are cheap, and nearly all anodes today are made from graphite.", {("graphite", "anodes")}),
    ("Battery anodes, the negative electrode of a cell, are made mostly of graphite.", {("graphite", "battery anodes")}),
])
def test_made_from_names_the_use_first(text, expected):
    assert expected <= uses(text)


def test_made_of_without_a_material_is_no_use():
    assert uses("The report was made of three parts, and the panel was made from oak.") == set()


# --- ranks and shares in coordinated clauses: each share keeps its own stage ---------------------------------

@pytest.mark.parametrize("text,expected", [
    ("China accounts for 69% of rare earth mining and 91% of refining.", {(0.69, "mine"), (0.91, "refining")}),
    ("Indonesia mines 60% of the world's nickel and refines about 45% of it.", {(0.6, "mine"), (0.45, "refining")}),
    ("Chile holds 40% of lithium reserves and supplies 25% of exports.", {(0.4, "resources"), (0.25, "exports")}),
])
def test_second_share_gets_its_own_stage(text, expected):
    got = {(e["share"], e.get("stage")) for e in run(text)["edges"] if e["type"] == "SUPPLIES" and e.get("share")}
    assert expected <= got


def test_output_at_a_mine_is_the_metal_discussed():
    got = pairs("Cobalt is scarce. Acme Mining Corp is ramping up output at its Kestrel mine.", "PRODUCES")
    assert ("Kestrel mine", "cobalt") in got


# --- the subject carried from the sentence before, and verbs that only name a licence ----------------------

@pytest.mark.parametrize("text,expected", [
    ("Australia mines lithium. Its hard-rock spodumene mines ship most of their concentrate to China.",
     ("Australia", "spodumene concentrate")),
    ("China dominates gallium. Its refineries shipped 700 tonnes of gallium to Japan and Korea.", ("China", "gallium")),
    ("Congo mines most cobalt. Its mines exported most of their ore to China and India.",
     ("Democratic Republic of the Congo", "cobalt ore")),
])
def test_its_mines_are_the_last_subjects(text, expected):
    assert expected in pairs(text, "SUPPLIES")


@pytest.mark.parametrize("text", [
    "Since April, China has required licences to export dysprosium and terbium.",
    "Exporters now need permits to ship gallium to Japan, Beijing said.",
    "Vietnam granted permission to export rare earths to two firms.",
])
def test_a_licence_to_export_is_not_supply(text):
    assert pairs(text, "SUPPLIES") == set()


# --- SUPPLIES rather than PRODUCES when a site is ranked or its output is a share of the world's ----------------

@pytest.mark.parametrize("text,expected", [
    ("Eramet runs the Weda Bay mine in North Maluku, one of the largest nickel mines in the world.", ("Weda Bay mine", "nickel")),
    ("Glencore owns the Kamoto mine, the biggest cobalt mine in Congo.", ("Kamoto mine", "cobalt")),
])
def test_a_ranked_site_supplies(text, expected):
    assert expected in pairs(text, "SUPPLIES") and expected not in pairs(text, "PRODUCES")


def test_an_unranked_site_produces():
    text = "Eramet runs the Weda Bay mine in North Maluku, a large nickel mine on Halmahera."
    assert ("Weda Bay mine", "nickel") not in pairs(text, "SUPPLIES")


@pytest.mark.parametrize("text", [
    ("Alcoa backs the Wagerup project. If it reaches full capacity, the plant would produce about 100 tonnes of "
     "gallium a year, roughly a tenth of world supply."),
    ("Alcoa backs the Wagerup project. Once running at full rate in 2027, the plant should make some 100 tonnes of "
     "gallium, roughly a tenth of world supply."),
])
def test_a_described_site_holds_the_share(text):
    got = shares(text)
    assert any(s != "Alcoa" and t == "gallium" and v == 0.1 for s, t, v in got) and not any(s == "Alcoa" for s, _, _ in got)


@pytest.mark.parametrize("text,absent", [
    ("Synthetic diamond is vital for slicing wafers and also goes into heat spreaders.", ("synthetic diamond", "also")),
    ("Antimony was used in primers during the Second World War.", ("antimony", "primers during the second world war")),
    ("Tungsten has been used in filaments since the 1900s.", ("tungsten", "filaments since the 1900s")),
])
def test_use_items_stop_at_the_next_verb_or_a_time(text, absent):
    assert absent not in uses(text)


def test_use_items_keep_the_time_stop_item():
    assert ("antimony", "primers") in uses("Antimony was used in primers during the Second World War.")


# --- a yearly rate before "of" ("30,000 tonnes a year of lithium carbonate") and a site described before an aside ---

@pytest.mark.parametrize("text,expected", [
    ("Acme Corp runs the Kestrel mine. The mine, which lies on a large clay deposit, is expected to produce 30,000 "
     "tonnes a year of lithium carbonate.", ("Kestrel mine", "lithium carbonate")),
    ("Borealis Mining Ltd owns the Ridge plant. The plant, inside the Tanjung Industrial Park, can make about 12,000 "
     "tonnes per year of nickel sulphate.", ("Ridge plant", "nickel sulphate")),
    ("The Delta smelter in Ontario, one of the oldest in Canada, had been idle since 2023. It can produce up to 9,000 "
     "tonnes per annum of cobalt sulphate.", ("Delta smelter", "cobalt sulphate")),
])
def test_a_yearly_rate_before_of_names_the_output(text, expected):
    assert expected in pairs(text, "PRODUCES")


def test_a_site_named_in_the_aside_is_not_the_producer():
    text = ("Borealis Mining Ltd owns the Ridge plant. The plant, inside the Tanjung Industrial Park, can make about "
            "12,000 tonnes per year of nickel sulphate.")
    assert not any(s.startswith("Tanjung") for s, _ in pairs(text))


def test_a_metal_produced_in_a_form_is_that_form():
    got = pairs("Acme Corp runs the Ridge plant. The plant will produce 50,000 tonnes a year of nickel in mixed "
                "hydroxide precipitate, an intermediate that is refined into nickel sulphate.", "PRODUCES")
    assert ("Ridge plant", "mixed hydroxide precipitate") in got
    assert ("Ridge plant", "nickel sulphate") not in got and ("Ridge plant", "nickel") not in got


# --- a share of someone's output bought by another: the maker supplies it, the buyer is the recipient -------------

@pytest.mark.parametrize("text,maker,goods", [
    ("Acme Corp agreed to buy 60% of the spodumene concentrate produced over ten years at the Kestrel mine.",
     "Kestrel mine", "spodumene concentrate"),
    ("Japanese buyers will be entitled to half of the terbium that the Ridge plant produces.", "Ridge plant", "terbium"),
    ("Borealis Mining Ltd is a partner, and about 40 per cent of the company's cobalt sulphate output is reserved "
     "for Korean customers.", "Borealis Mining", "cobalt sulphate"),
])
def test_an_offtake_share_belongs_to_the_maker(text, maker, goods):
    got = {(s, t): v for s, t, v in shares(text)}
    assert (maker, goods) in got and not any(s in ("Acme", "Japan") for s, _ in got)


def test_a_refiners_share_of_ore_mined_elsewhere_stays_the_refiners():
    got = shares("China refines 90% of the cobalt mined in Congo.")
    assert ("China", "cobalt", 0.9) in got


# --- ranks: the one ranked above, a share after a comparison, a role naming its own goods ----------------------

@pytest.mark.parametrize("text,leader,material", [
    ("Chile is the world's second-biggest copper producer after Peru.", "Peru", "copper"),
    ("Brazil is the second-largest niobium miner after Canada, with about a tenth of output.", "Canada", "niobium"),
    ("Vietnam is now the third-biggest tungsten producer behind China.", "China", "tungsten"),
])
def test_the_one_ranked_above_supplies_too(text, leader, material):
    assert (leader, material) in pairs(text, "SUPPLIES")


def test_a_share_after_a_comparison_is_the_subjects():
    got = shares("Brazil is the second-largest niobium miner after Canada, accounting for about a tenth of "
                 "mined supply, and Acme Corp sold 5,000 tonnes of ferroniobium.")
    assert ("Brazil", "niobium", 0.1) in got and not any(s == "Canada" for s, _, _ in got)


@pytest.mark.parametrize("text,absent", [
    ("Separately, Acme Corp, the country's biggest coal miner, has been buying lithium assets in Chile.",
     ("Acme", "lithium")),
    ("Borealis Mining Ltd, the largest gold miner in Ghana, also holds cobalt permits.", ("Borealis Mining", "cobalt")),
])
def test_a_role_naming_its_own_goods_does_not_take_a_later_material(text, absent):
    assert absent not in pairs(text)


@pytest.mark.parametrize("text,expected", [
    ("Aluminium is scarce. The venture joins aluminium producer Acme Metals Corp and two state banks.",
     ("Acme Metals", "aluminium")),
    ("The deposit holds iron ore. Its largest shareholder is the state-owned iron ore miner Borealis Mining Ltd, "
     "which holds 29.9 per cent.", ("Borealis Mining", "iron ore")),
    ("Lithium prices fell. Shares in lithium producer Acme Corp fell 4% on Monday.", ("Acme", "lithium")),
])
def test_a_title_before_a_firm_names_what_it_makes(text, expected):
    assert expected in pairs(text, "PRODUCES")


def test_a_title_naming_goods_the_story_is_not_about_is_an_epithet():
    text = "Chile wants more lithium. State copper miner Acme Corp will run the new lithium venture."
    assert ("Acme", "copper") not in pairs(text)


def test_a_shareholding_is_not_a_supply_share():
    got = shares("The deposit holds iron ore. Its largest shareholder is the state-owned iron ore miner Borealis Mining "
                 "Ltd, which holds 29.9 per cent.")
    assert got == set()


@pytest.mark.parametrize("text", [
    "Indium is scarce. The main producers are Acme Metals Corp and Borealis Mining Ltd.",
    "Indium is scarce. Leading producers include Acme Metals Corp and Borealis Mining Ltd.",
    "Indium is scarce. The largest makers are Acme Metals Corp and Borealis Mining Ltd.",
])
def test_ranked_producers_hold_a_supply_position(text):
    got = pairs(text, "SUPPLIES")
    assert {("Acme Metals", "indium"), ("Borealis Mining", "indium")} <= got


def test_producers_given_as_examples_only_produce():
    text = "Indium is scarce. Smelters such as Acme Metals Corp and Borealis Mining Ltd recover it."
    assert not any(t == "indium" for _, t in pairs(text, "SUPPLIES"))


# --- a material's output and whose it is ------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Cobalt production at Acme Metals Corp fell 12% last year.", ("Acme Metals", "cobalt")),
    ("Regulators capped the price of Borealis Mining Ltd's terbium output.", ("Borealis Mining", "terbium")),
    ("Lithium output from the Kestrel mine rose to a record.", ("Kestrel mine", "lithium")),
    ("Indonesia's nickel production doubled in three years.", ("Indonesia", "nickel")),
])
def test_a_materials_output_names_its_maker(text, expected):
    assert expected in pairs(text)


def test_output_of_a_product_line_is_not_its_maker():
    assert pairs("Demand for cobalt production equipment rose in Japan.") == set()


@pytest.mark.parametrize("text,expected,absent", [
    ("Canada mines potash and uranium, ahead of Kazakhstan, and it has long supplied nickel to U.S. buyers.",
     ("Canada", "nickel"), ("Kazakhstan", "nickel")),
    ("Peru trails Chile, but it still exports copper to China.", ("Peru", "copper"), ("Chile", "copper")),
    ("Norway is smaller than Sweden, yet it has also refined cobalt for decades.", ("Norway", "cobalt"),
     ("Sweden", "cobalt")),
])
def test_a_pronoun_subject_after_another_name(text, expected, absent):
    got = pairs(text)
    assert expected in got and absent not in got


# --- USED_IN: a second verb with the subject left out, uses of uses, relatives, transformations -------------------

@pytest.mark.parametrize("text,expected,absent", [
    ("Vanadium is vital for the cathodes of flow batteries and is also used in specialty steels.",
     ("vanadium", "specialty steels"), ("flow batteries", "specialty steels")),
    ("Indium is indispensable for coating touch screens and also goes into solders.",
     ("indium", "solders"), ("touch screens", "solders")),
    ("Niobium is a key ingredient of high-strength steel and is often added to superalloys.",
     ("niobium", "superalloys"), ("high-strength steel", "superalloys")),
])
def test_a_second_verb_keeps_the_first_subject(text, expected, absent):
    got = uses(text)
    assert expected in got and absent not in got


@pytest.mark.parametrize("text,expected,absent", [
    ("Cobalt is also used in superalloys for jet engines and gas turbines.",
     {("cobalt", "superalloys"), ("superalloys", "jet engines"), ("superalloys", "gas turbines")},
     ("cobalt", "gas turbines")),
    ("Most lithium goes into rechargeable batteries for laptops, phones and power tools.",
     {("lithium", "rechargeable batteries"), ("rechargeable batteries", "phones")}, ("lithium", "phones")),
    ("Magnesium is alloyed into aluminium alloys for drink cans and car bodies.",
     {("magnesium", "aluminium alloys"), ("aluminium alloys", "drink cans")}, ("magnesium", "car bodies")),
])
def test_a_use_for_something_else_is_chained(text, expected, absent):
    got = uses(text)
    assert expected <= got and absent not in got


def test_a_general_head_passes_its_use_on():
    got = uses("Refiners turn cobalt into chemicals for battery cathodes.")
    assert ("cobalt", "battery cathodes") in got and not any(t == "chemicals" for _, t in got)


def test_a_use_for_something_that_is_no_material_stays_one_item():
    got = uses("Germanium goes into infrared lenses for night sights and into fibre-optic cables.")
    assert not any(s == "infrared lenses" for s, _ in got)


@pytest.mark.parametrize("text,expected", [
    ("Graphite is a key component of lithium-ion batteries, which power electric cars and home storage units.",
     ("lithium-ion batteries", "electric cars")),
    ("Neodymium goes into permanent magnets that drive wind turbines and electric motors.",
     ("permanent magnets", "wind turbines")),
    ("Lithium is needed for rechargeable batteries, which in turn power phones and laptops.",
     ("rechargeable batteries", "laptops")),
])
def test_what_a_use_in_turn_powers(text, expected):
    assert expected in uses(text)


def test_a_relative_after_a_country_is_no_use():
    assert not any(t == "electric cars" for _, t in uses("Lithium comes from Chile, which powers its grid with solar."))


@pytest.mark.parametrize("text,expected", [
    ("Nickel is abundant here. Most of it is turned into nickel pig iron for stainless steel.",
     {("nickel", "nickel pig iron"), ("nickel pig iron", "stainless steel")}),
    ("Congo ships cobalt hydroxide to China, where refiners turn it into cobalt sulphate.",
     {("cobalt hydroxide", "cobalt sulphate")}),
    ("The plant makes mixed hydroxide precipitate, an intermediate that is refined into nickel sulphate.",
     {("mixed hydroxide precipitate", "nickel sulphate")}),
])
def test_what_a_material_is_turned_into(text, expected):
    assert expected <= uses(text)


@pytest.mark.parametrize("text", [
    "Mining has turned the province into the centre of the nickel industry.",
    "Investors poured money into cobalt projects last year.",
    "Analysts looked into the processing of tungsten into carbide.",
])
def test_into_without_a_material_product_is_no_use(text):
    assert not any(t in ("centre of the nickel industry", "cobalt projects", "tungsten carbide")
                   for _, t in uses(text))


@pytest.mark.parametrize("text,expected", [
    ("Most lithium goes into batteries, with smaller amounts used in glass and greases.", ("lithium", "glass")),
    ("Most antimony goes into flame retardants, and the rest is used in lead-acid batteries.",
     ("antimony", "lead-acid batteries")),
    ("Most tungsten ends up as tungsten carbide.", ("tungsten", "tungsten carbide")),
])
def test_smaller_amounts_and_ending_up_as(text, expected):
    assert expected in uses(text)


@pytest.mark.parametrize("text,absent", [
    ("Lithium hydroxide is a key material in the nickel-rich cathodes favoured by battery makers Acme Corp and "
     "Borealis Mining Ltd.", ("lithium hydroxide", "Acme")),
    ("Synthetic diamond is used to cut, grind and polish car parts.", ("synthetic diamond", "cut")),
    ("Cobalt sulphate goes into nickel-rich cathodes.", ("cobalt sulphate", "nickel")),
])
def test_use_items_are_not_buyers_verbs_or_modifiers(text, absent):
    assert absent not in uses(text)


# --- subjects and objects that are only described, compared or backed --------------------------------------

@pytest.mark.parametrize("text,expected,absent", [
    ("Indonesia, where cobalt is recovered alongside nickel in acid leach plants, has become the second-largest "
     "source of the metal, with about a tenth of global supply.", ("Indonesia", "cobalt"), ("Indonesia", "nickel")),
    ("Peru, where molybdenum is mined together with copper, holds about 15% of world output.", ("Peru", "molybdenum"),
     ("Peru", "copper")),
    ("Gabon, where manganese is dug up alongside iron ore, has close to a quarter of world supply.",
     ("Gabon", "manganese"), ("Gabon", "iron ore")),
])
def test_a_share_after_a_where_aside_is_of_its_first_material(text, expected, absent):
    got = {(s, t) for s, t, _ in shares(text)}
    assert expected in got and absent not in got


@pytest.mark.parametrize("text", [
    "Acme Corp runs the Kestrel mine. Acme Corp says the mine could meet about 30% of US tungsten demand.",
    "Acme Corp runs the Kestrel mine. Acme Corp estimates the mine will supply some 30% of US tungsten demand.",
    "Acme Corp runs the Kestrel mine. Its chief executive, Acme Corp said, expects the mine to cover 30% of US "
    "tungsten demand.",
])
def test_a_site_named_after_a_reporting_verb_holds_the_share(text):
    got = shares(text)
    assert ("Kestrel mine", "tungsten", 0.3) in got and not any(s == "Acme" for s, _, _ in got)


@pytest.mark.parametrize("text", [
    "A Japanese-financed plant to make synthetic diamond in Georgia is among the first projects.",
    "A Chinese-owned smelter will refine cobalt in Finland.",
    "Korean-backed refiners process lithium in Chile.",
])
def test_a_country_that_only_pays_is_no_supplier(text):
    assert not any(s in ("Japan", "China", "South Korea") for s, _ in pairs(text))


@pytest.mark.parametrize("text,expected,absent", [
    ("Some 90 per cent of the magnets used in the EU are shipped from China.", "China", "European Union"),
    ("About 80% of the gallium consumed in Japan comes from China.", "China", "Japan"),
    ("Roughly 70% of the cobalt sold in India is imported from Congo.", "Democratic Republic of the Congo", "India"),
])
def test_a_share_used_somewhere_comes_from_its_origin(text, expected, absent):
    got = {s for s, _, _ in shares(text)}
    assert expected in got and absent not in got


@pytest.mark.parametrize("text", [
    "China has required export permits for certain graphite products since 2023.",
    "Beijing said it would require export approvals for several grades of antimony.",
    "Vietnam introduced export duties on rare earths last year.",
])
def test_export_paperwork_is_not_supply(text):
    assert pairs(text, "SUPPLIES") == set()


@pytest.mark.parametrize("text", [
    "Nickel is recovered alongside cobalt in Indonesia.",
    "In Peru, silver was mined together with zinc for decades.",
    "Copper is found with gold in the Andes.",
])
def test_a_passive_verb_has_no_subject_before_it(text):
    got = pairs(text)
    assert ("Indonesia", "cobalt") not in got and ("Peru", "zinc") not in got


# --- the site goods come out of: "supplies the concentrate from its Foo mine" -----------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Acme Corp supplies the spodumene concentrate from its Kestrel mine in Western Australia.",
     ("Kestrel mine", "spodumene concentrate")),
    ("The agency will buy antimony ingots from the Ridge smelter in Idaho.", ("Ridge smelter", "antimony ingots")),
    ("Borealis Mining Ltd ships cobalt hydroxide from its Delta mine to China.", ("Delta mine", "cobalt hydroxide")),
])
def test_the_site_goods_come_from_produces_them(text, expected):
    assert expected in pairs(text, "PRODUCES")


def test_people_moved_from_a_site_are_not_its_output():
    got = pairs("Acme Corp moved engineers and cobalt traders from its Kestrel mine to Lubumbashi.", "PRODUCES")
    assert ("Kestrel mine", "cobalt") not in got


@pytest.mark.parametrize("text,expected", [
    ("Acme Corp runs the Kestrel mine, one of the largest graphite operations in Africa.", ("Kestrel mine", "graphite")),
    ("Borealis Mining Ltd owns the Ridge mine, the biggest lithium project in Europe.", ("Ridge mine", "lithium")),
    ("Acme Corp operates the Delta mine, one of the main cobalt sources outside Congo.", ("Delta mine", "cobalt")),
])
def test_a_site_ranked_among_operations_supplies(text, expected):
    assert expected in pairs(text)


# --- USED_IN: an item described by its role, more trigger wordings ------------------------------------------

@pytest.mark.parametrize("text,expected,absent", [
    ("Tungsten is used mostly in cemented carbides, the hard materials in cutting tools and wear parts.",
     {("tungsten", "cemented carbides"), ("cemented carbides", "cutting tools"), ("cemented carbides", "wear parts")},
     ("tungsten", "wear parts")),
    ("Gallium goes into gallium nitride and gallium arsenide, compound semiconductors found in radar and chargers.",
     {("gallium nitride", "radar"), ("gallium arsenide", "chargers")}, ("gallium", "radar")),
    ("Vanadium is essential for ferrovanadium, the main alloying agent in high-strength steel.",
     {("vanadium", "ferrovanadium"), ("ferrovanadium", "high-strength steel")}, ("vanadium", "high-strength steel")),
])
def test_an_item_described_by_its_role_passes_its_uses_on(text, expected, absent):
    got = uses(text)
    assert expected <= got and absent not in got


@pytest.mark.parametrize("text,expected", [
    ("Nickel is used mainly in stainless steel.", ("nickel", "stainless steel")),
    ("Gallium is the raw material for gallium nitride chips.", ("gallium", "gallium nitride")),
    ("Graphite is the largest single component of a lithium-ion cell by weight.", ("graphite", "lithium-ion cell")),
    ("Dysprosium is added in small amounts to neodymium magnets.", ("dysprosium", "neodymium magnets")),
    ("Each car needs a kilogram of magnets, and they are also found in loudspeakers.", ("magnets", "loudspeakers")),
    ("Cobalt is also used as a binder in cemented carbide tools.", ("cobalt", "cemented carbide tools")),
])
def test_more_wordings_of_a_use(text, expected):
    assert expected in uses(text)


@pytest.mark.parametrize("text", [
    "Lithium is found in brines across the Andes.",
    "Graphite is the main raw material in anodes, and anode material accounts for a tenth of the cost of a cell.",
    "Prices are added to the index each month.",
])
def test_near_misses_of_those_wordings(text):
    got = uses(text)
    assert ("lithium", "brines across the andes") not in got and not any("tenth" in t for _, t in got) \
        and not any(t == "index each month" for _, t in got)


# --- peers and leaders named around a ranked statement ---------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Malaysia mined 11,000 tonnes of rare earths. That was about 3% of world supply, level with Nigeria.",
     ("Nigeria", "rare earths")),
    ("Peru mines 10% of the world's zinc, on a par with Mexico.", ("Mexico", "zinc")),
    ("Gabon holds 20% of manganese output, neck and neck with Australia.", ("Australia", "manganese")),
])
def test_a_peer_level_with_the_subject_supplies(text, expected):
    assert expected in pairs(text, "SUPPLIES")


@pytest.mark.parametrize("text", [
    "Tungsten is mined in many places. Among them, Acme Metals Corp and Borealis Mining Ltd are the largest.",
    "Tungsten is mined in many places. Acme Metals Corp and Borealis Mining Ltd are the biggest two.",
    "Tungsten is mined in many places; Acme Metals Corp and Borealis Mining Ltd were the leading ones.",
])
def test_firms_that_are_the_largest_hold_a_position(text):
    assert {("Acme Metals", "tungsten"), ("Borealis Mining", "tungsten")} <= pairs(text, "SUPPLIES")


def test_the_rank_of_a_material_not_its_products():
    got = shares("China mined 83% of the world's tungsten and dominates the processing of tungsten into APT and "
                 "carbide. Vietnam was a distant second at about 4%.")
    assert ("Vietnam", "tungsten", 0.04) in got


@pytest.mark.parametrize("text,expected", [
    ("Most of the cobalt hydroxide leaving Congo is refined in China.", ("Democratic Republic of the Congo", "cobalt hydroxide")),
    ("The spodumene concentrate exported from Australia goes to Chinese converters.", ("Australia", "spodumene concentrate")),
    ("Much of the bauxite shipped from Guinea ends up in Chinese refineries.", ("Guinea", "bauxite")),
])
def test_goods_leaving_a_country_are_its_supply(text, expected):
    assert expected in pairs(text, "SUPPLIES")


def test_a_person_leaving_a_country_is_no_supply():
    assert pairs("The cobalt trader left Congo in 2021 and now lives in Belgium.", "SUPPLIES") == set()


@pytest.mark.parametrize("text", [
    "The EU's lithium production target for 2030 looks out of reach.",
    "Japan's gallium output goal was cut in half.",
    "India's rare earth production ambitions depend on Kazakhstan.",
])
def test_a_production_goal_is_not_output(text):
    assert pairs(text) == set()


# --- producers named as examples, countries too, a locator before the first ------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Chile mines a third of the world's lithium, well ahead of other producers such as Argentina and Zimbabwe.",
     {("Argentina", "lithium"), ("Zimbabwe", "lithium")}),
    ("Nickel prices have halved, hurting producers such as Canada's Sherritt and Australia's Nickel West.",
     {("Sherritt International", "nickel"), ("Nickel West", "nickel")}),
    ("Smaller tungsten miners, including Austria and Portugal, sell mostly to Europe.",
     {("Austria", "tungsten"), ("Portugal", "tungsten")}),
])
def test_producers_named_as_examples(text, expected):
    assert expected <= pairs(text)


@pytest.mark.parametrize("text", [
    "Magnet makers such as Japan's Proterial use large amounts of dysprosium.",
    "Solder makers including Germany and Japan rely on the metal. Cobalt is refined in China.",
])
def test_makers_of_other_goods_named_as_examples_are_not_producers(text):
    assert not {p for p in pairs(text) if p[0] in ("Proterial", "Germany", "Japan")}


# --- ranks below the leader said of a list: "A and B were second and third", "C and D trail in X" --------

@pytest.mark.parametrize("text,expected", [
    ("China refines most of the world's bismuth. Laos and Mexico were a distant second and third.",
     {("Laos", "bismuth"), ("Mexico", "bismuth")}),
    ("Peru and Chile are second and third in zinc, behind China.", {("Peru", "zinc"), ("Chile", "zinc")}),
    ("China dominates indium refining, while South Korea and Japan trail in indium.",
     {("South Korea", "indium"), ("Japan", "indium")}),
])
def test_ranks_of_a_listed_pair(text, expected):
    assert expected <= pairs(text, "SUPPLIES")


def test_a_single_rank_is_not_given_to_the_whole_list():
    got = pairs("China mines most graphite; Brazil and Mozambique follow, with Mozambique a distant second.", "SUPPLIES")
    assert ("Brazil", "graphite") not in got or ("Mozambique", "graphite") in got


@pytest.mark.parametrize("text,expected", [
    ("Over 60% of the fluorspar America imports comes from Mexico, with Vietnam and South Africa accounting for "
     "much of the remainder.", {("Vietnam", "fluorspar"), ("South Africa", "fluorspar")}),
    ("Chile mines a quarter of the copper, with Peru and Zambia accounting for the rest.",
     {("Peru", "copper"), ("Zambia", "copper")}),
    ("Guinea ships most of the bauxite China buys, with Australia accounting for most of the remainder.",
     {("Australia", "bauxite")}),
])
def test_accounting_for_the_remainder(text, expected):
    assert expected <= pairs(text, "SUPPLIES")


# --- an aside between a subject and its rank or share ---------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("South Africa mines a third of the manganese, while Gabon, home to Eramet's Moanda mine, is the second-largest "
     "producer.", ("Gabon", "manganese")),
    ("Brazil, home to the Araxa deposit, is the largest niobium producer.", ("Brazil", "niobium")),
    ("Acme Borates Corp, which mines tincal at Kirka and colemanite at Emet, Bigadic and Kestelek, supplies more than "
     "half of the refined borates sold globally.", ("Acme Borates", "borates")),
    ("Umicore, whose refineries in Belgium and Finland run at full tilt, accounts for about a tenth of cobalt refining.",
     ("Umicore", "cobalt")),
])
def test_the_subject_before_an_aside(text, expected):
    assert expected in pairs(text)


def test_a_site_inside_the_aside_is_not_the_subject():
    got = pairs("Acme Borates Corp, which mines colemanite at the Emet mine, supplies more than half of the borates.")
    assert not any(s == "Emet mine" and t == "borates" for s, t in got)


# --- where an import share comes from --------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Mexico is the main supplier to the United States: some 63 per cent of the fluorspar the US imports comes from "
     "Mexican mines.", ("Mexico", "fluorspar", 0.63)),
    ("Roughly 40% of the nickel ore Japan buys comes from the Philippines.", ("Philippines", "nickel ore", 0.4)),
    ("In Korea, about 70% of the graphite used by anode makers is imported from China.", ("China", "graphite", 0.7)),
])
def test_an_import_share_belongs_to_its_origin(text, expected):
    got = shares(text)
    assert expected in got
    assert not any(s in ("United States", "Japan", "South Korea") for s, _, _ in got)


@pytest.mark.parametrize("text,expected", [
    ("China refines most manganese sulphate, importing most of its ore from South Africa, Gabon and Australia.",
     {("South Africa", "manganese ore"), ("Gabon", "manganese ore"), ("Australia", "manganese ore")}),
    ("Utilities still buy zirconium products from Russia's TVEL.", {("TVEL", "zirconium")}),
    ("Acme has agreed to source zircon from Australia's Iluka Resources under a seven-year contract.",
     {("Iluka Resources", "zircon")}),
])
def test_import_origins_of_raw_goods_and_of_a_foreign_firm(text, expected):
    assert expected <= pairs(text, "SUPPLIES")


def test_the_country_of_a_firm_selling_is_not_the_origin():
    assert ("Russia", "zirconium") not in pairs("Utilities still buy zirconium products from Russia's TVEL.")


@pytest.mark.parametrize("text,expected", [
    ("Hafnium is a by-product of refining zirconium, and world output is concentrated in France and the United States.",
     {("France", "hafnium"), ("United States", "hafnium")}),
    ("Gallium is recovered from bauxite, and global production, about 700 tonnes, is concentrated in China and Japan.",
     {("China", "gallium"), ("Japan", "gallium")}),
])
def test_concentrated_output_is_the_subjects(text, expected):
    got = pairs(text, "SUPPLIES")
    assert expected <= got and not any(t in ("zirconium", "bauxite") for _, t in got)


def test_concentrated_production_of_a_named_material():
    got = pairs("Germanium comes from zinc ores, and production of zinc is concentrated in China and Peru.", "SUPPLIES")
    assert ("Peru", "zinc") in got and ("Peru", "germanium") not in got


# --- USED_IN: who "It" is, subjects behind an appositive, the object of "used to <verb>" --------------------

@pytest.mark.parametrize("text,expected", [
    ("Magnesium is alloyed with aluminium for car panels. It is also used to make titanium sponge.",
     ("magnesium", "titanium sponge")),
    ("Scandium strengthens aluminium alloys. It also goes into solid oxide fuel cells.",
     ("scandium", "solid oxide fuel cells")),
    ("Gallium is recovered from bauxite refining in China. It is essential for radar chips.",
     ("gallium", "radar chips")),
])
def test_a_sentence_initial_it_is_the_last_sentences_subject(text, expected):
    got = uses(text)
    assert expected in got
    assert not any(s in ("aluminium", "aluminium alloys", "bauxite") and t == expected[1] for s, t in got)


@pytest.mark.parametrize("text,expected", [
    ("Tantalum, a dense metal recovered mostly from coltan ore, is indispensable in capacitors.", ("tantalum", "capacitors")),
    ("Cobalt, a by-product of copper mining, is used in jet engine superalloys.", ("cobalt", "superalloys")),
    ("Germanium, the grey metalloid refined from zinc residues, is essential for infrared optics.",
     ("germanium", "infrared optics")),
])
def test_the_subject_before_an_appositive_is_used(text, expected):
    got = uses(text)
    assert expected in got and not any(s in ("coltan ore", "copper", "zinc") for s, _ in got)


@pytest.mark.parametrize("text,expected", [
    ("Magnesium is needed to desulphurise steel.", ("magnesium", "steel")),
    ("Zinc is mostly used to galvanise steel.", ("zinc", "steel")),
    ("Vanadium is used to strengthen steel for rebar.", ("vanadium", "steel")),
])
def test_the_object_of_used_to_verb(text, expected):
    assert expected in uses(text)


def test_added_to_keeps_its_object():
    assert ("dysprosium", "neodymium magnets") in uses("Dysprosium is added to neodymium magnets.")


@pytest.mark.parametrize("text,expected", [
    ("Bismuth has replaced lead in solders and plumbing fittings.", {("bismuth", "solders"), ("bismuth", "plumbing fittings")}),
    ("Bismuth telluride is the workhorse material in thermoelectric coolers.", {("bismuth telluride", "thermoelectric coolers")}),
    ("Indium is mostly consumed as indium tin oxide, the conductive coating on flat-panel displays.",
     {("indium", "indium tin oxide"), ("indium tin oxide", "flat-panel displays")}),
    ("Scandium is sought after for aerospace structures.", {("scandium", "aerospace structures")}),
    ("Its high melting point makes it an ingredient of nickel superalloys.", {("tungsten", "nickel superalloys")}),
])
def test_more_wordings_of_a_use(text, expected):
    assert expected <= uses("Tungsten is dense. " + text if text.startswith("Its") else text)


def test_a_workhorse_appositive_passes_uses_on():
    got = uses("Tungsten is essential for cemented carbide, the workhorse material of drill bits and milling cutters.")
    assert {("cemented carbide", "drill bits"), ("cemented carbide", "milling cutters")} <= got
    assert ("tungsten", "drill bits") not in got


# --- USED_IN: a use's share of a material's demand ----------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Catalytic converters, which clean exhaust gases, consume about 80% of annual palladium demand and roughly "
     "two-fifths of platinum.", {("palladium", "catalytic converters"), ("platinum", "catalytic converters")}),
    ("Glass-making as a whole absorbs more than half of world boron demand.", {("boron", "glass-making")}),
    ("Batteries account for about 70% of lithium consumption.", {("lithium", "batteries")}),
    ("Stainless steel is the biggest single use of nickel.", {("nickel", "stainless steel")}),
])
def test_a_use_named_by_its_share_of_demand(text, expected):
    assert expected <= uses(text)


@pytest.mark.parametrize("text", [
    "Imports account for 90% of India's nickel demand.",
    "Nickel demand rose 5% last year, and prices followed.",
    "China consumes about half of world copper demand.",
])
def test_demand_shares_that_name_no_use(text):
    assert uses(text) == set()


# --- USED_IN: things made of a material ---------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Tantalum capacitors are going into every AI server.", ("tantalum capacitors", "AI server")),
    ("Needle coke is the main raw material for graphite electrodes.", ("needle coke", "graphite electrodes")),
    ("High-purity quartz is the raw material for silicon crucibles.", ("high-purity quartz", "silicon crucibles")),
])
def test_a_product_named_by_its_material(text, expected):
    got = uses(text)
    assert expected in got and ("needle coke", "graphite") not in got and ("tantalum", "AI server") not in got


def test_the_same_devices_are_not_a_use():
    assert not any(t.startswith("same") for _, t in uses("Almost all rhodium ends up in the same devices."))


@pytest.mark.parametrize("text,expected", [
    ("LFP cathode material is made by combining lithium carbonate with iron phosphate.",
     {("lithium carbonate", "lfp cathode material"), ("iron phosphate", "lfp cathode material")}),
    ("Ferroniobium is produced by reducing niobium oxide with aluminium.",
     {("niobium oxide", "ferroniobium"), ("aluminium", "ferroniobium")}),
    ("Cathodes need nickel sulphate, itself produced from nickel matte.", {("nickel matte", "nickel sulphate")}),
])
def test_made_by_combining_and_itself_made_from(text, expected):
    assert expected <= uses(text)


def test_made_with_a_tool_is_no_ingredient():
    got = uses("Silicon metal is made by reducing quartz in furnaces with graphite electrodes.")
    assert not any(s == "graphite" for s, _ in got)


@pytest.mark.parametrize("text,expected", [
    ("Vanadium is mostly used as a strengthening additive in steel, with about 90 per cent of consumption going into "
     "rebar.", {("vanadium", "steel"), ("vanadium", "rebar")}),
    ("Niobium is used in steel, with most of its output going into pipelines.", {("niobium", "pipelines")}),
    ("Manganese is mostly used to make steel, but demand from batteries is rising.", {("manganese", "batteries")}),
    ("Platinum is also finding new use in electrolysers.", {("platinum", "electrolysers")}),
])
def test_shares_of_consumption_and_new_demand(text, expected):
    assert expected <= uses(text)


def test_demand_from_buyers_is_not_a_use():
    assert not any("maker" in t for _, t in uses("Nickel is used in steel, but demand from battery makers is rising."))


# --- a second statement about the subject inside its relative clause; the leader's material carried on ------

@pytest.mark.parametrize("text,expected", [
    ("China, which mines roughly 60 per cent of the world's fluorspar and is also the largest exporter of hydrofluoric "
     "acid, has tightened oversight.", ("China", "hydrofluoric acid")),
    ("Chile, which mines a quarter of the copper and is also the top exporter of molybdenum, raised royalties.",
     ("Chile", "molybdenum")),
    ("Indonesia, which mines half of the nickel and is the biggest producer of nickel pig iron, banned ore exports.",
     ("Indonesia", "nickel pig iron")),
])
def test_a_rank_inside_the_subjects_relative_clause(text, expected):
    assert expected in pairs(text, "SUPPLIES")


@pytest.mark.parametrize("text,expected", [
    ("China mines 60 per cent of the fluorspar and is the largest exporter of hydrofluoric acid. Mexico ranks a "
     "distant second with about 13 per cent of global mine production.", ("Mexico", "fluorspar", 0.13)),
    ("China mines 80% of the world's tungsten and dominates ammonium paratungstate. Vietnam was second at 4%.",
     ("Vietnam", "tungsten", 0.04)),
    ("Congo mines 70% of the cobalt, and it is also the top producer of cobalt hydroxide. Russia is next with 4% of "
     "world output.", ("Russia", "cobalt", 0.04)),
])
def test_a_runner_up_share_is_of_the_leaders_share_material(text, expected):
    assert expected in shares(text)


@pytest.mark.parametrize("text", [
    "Most Turkish boron is exported, with China the biggest buyer, taking roughly a third of exports.",
    "Chile sells most of its copper abroad, with Japan the main customer at about 20% of shipments.",
])
def test_a_buyers_share_is_not_supply(text):
    assert not any(s in ("China", "Japan") for s, _, _ in shares(text))


# --- a share of a buyer's needs; a share of a named site's output --------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Acme Alloys buys titanium sponge from Japan. Globex Metals Corp will meet up to 40 per cent of the company's "
     "requirements.", ("Globex Metals", "titanium sponge", 0.4)),
    ("Foo Steel imports coking coal. Acme Mining Corp will cover about 50% of its needs from 2027.",
     ("Acme Mining", "coking coal", 0.5)),
    ("Nordic Batteries AB needs lithium hydroxide. Acme Mining Corp could supply roughly a third of its feedstock.",
     ("Acme Mining", "lithium hydroxide", 0.333)),
])
def test_a_share_of_a_buyers_needs_is_of_the_goods_discussed(text, expected):
    assert expected in shares(text)


def test_a_share_of_needs_after_a_named_material_keeps_it():
    got = shares("Acme Mining Corp will meet 30% of the company's cobalt requirements.")
    assert ("Acme Mining", "cobalt", 0.3) in got


@pytest.mark.parametrize("text", [
    "Globex Platinum owns the Sefateng project in the Bushveld Complex. The deal lets Hoshino market a fifth of the "
    "mine's output of platinum and palladium.",
    "Globex Platinum owns the Sefateng project in the Bushveld Complex. Hoshino will sell a fifth of the mine's "
    "production of platinum and palladium in Asia.",
    "Globex Platinum owns the Sefateng project in the Bushveld Complex. Hoshino is entitled to a fifth of the mine's "
    "output of platinum and palladium.",
])
def test_a_share_of_the_mines_output_is_the_mines(text):
    got = shares(text)
    assert ("Sefateng project", "palladium", 0.2) in got
    assert not any(s == "Bushveld Complex" for s, _, _ in got)


# --- buyers and stakeholders are not suppliers ---------------------------------------------------------------

@pytest.mark.parametrize("text,buyer", [
    ("India imports almost all the needle coke it uses, mostly from the United States and Japan.", "India"),
    ("Japan buys most of the world's rhodium from South Africa.", "Japan"),
    ("Korea sources the bulk of its graphite from China.", "South Korea"),
])
def test_an_importer_holding_most_of_it_is_no_supplier(text, buyer):
    assert not any(s == buyer for s, _ in pairs(text, "SUPPLIES"))


@pytest.mark.parametrize("text", [
    "The refinery is run by Acme Lithium Solution, a joint venture in which POSCO holds 82% and Pilbara Minerals 18%.",
    "Acme Cobalt, of which Glencore owns 60%, refines cobalt in Finland.",
    "Chinese groups have secured offtake rights to more than half of Argentina's lithium output.",
])
def test_stakes_and_offtake_rights_are_not_shares(text):
    assert not any(s in ("POSCO", "Pilbara Minerals", "Glencore", "China") for s, _, _ in shares(text))


def test_a_holding_of_reserves_is_still_a_share():
    assert ("Chile", "lithium", 0.2) in shares("Chile, in which output rose, holds 20% of the lithium market.")


@pytest.mark.parametrize("text,expected", [
    ("Vanadium is used in steel. China makes two-thirds of the world's titanium sponge, but most of it ends up in "
     "chemical plants.", ("titanium sponge", "chemical plants")),
    ("Cobalt is scarce. Indonesia now refines a lot of nickel sulphate, and much of it goes into battery cathodes.",
     ("nickel sulphate", "battery cathodes")),
    ("Tin is traded in London. Peru exports most of its zinc concentrate, but some of it ends up in local smelters.",
     ("zinc concentrate", "local smelters")),
])
def test_part_of_it_is_the_material_named_earlier_in_the_sentence(text, expected):
    got = uses(text)
    assert expected in got and not any(s in ("vanadium", "cobalt", "tin") and t == expected[1] for s, t in got)


@pytest.mark.parametrize("text", [
    "Vanadium prices fell, squeezing producers such as Largo, which went into a restructuring last year.",
    "Cobalt output slumped and the refinery went into administration.",
    "Acme signed a deal for deliveries of uranium hexafluoride, the feedstock for enrichment, from 2030.",
])
def test_a_firms_fate_or_a_date_is_not_a_use(text):
    assert not any(t in ("restructuring", "administration", "from 2030") for _, t in uses(text))


# --- "the acid", "the oxide": a material named before; suppliers led by firms -----------------------------

@pytest.mark.parametrize("text,expected", [
    ("Fluorspar is turned into hydrofluoric acid. Japanese suppliers, led by Stella Chemifa and Morita Chemical "
     "Industries, are thought to control about 70 per cent of the market for the highest-purity grades of the acid.",
     {("Japan", "hydrofluoric acid"), ("Stella Chemifa", "hydrofluoric acid")}),
    ("Hafnium oxide coats chip gates. Acme Metals Corp makes about 40% of the world's supply of the oxide.",
     {("Acme Metals", "hafnium oxide")}),
    ("Demand for lithium hydroxide is rising. Chile supplies nearly half of the hydroxide used in Japan.",
     {("Chile", "lithium hydroxide")}),
])
def test_a_described_material_is_the_one_named_before(text, expected):
    assert expected <= pairs(text)


def test_a_description_naming_no_earlier_material_gives_nothing():
    assert pairs("Chile supplies nearly half of the acid used in Japan.") == set()


@pytest.mark.parametrize("text", [
    "Globex Corp made a bid for a lithium miner.",
    "Acme could make an offer for a minority interest in a cobalt developer.",
    "Borealis Resources made progress on its graphite project.",
])
def test_an_idiom_with_make_is_not_production(text):
    assert pairs(text, "PRODUCES") == set()


# --- a supply contract names its seller ---------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Daehan has signed long-term contracts for polysilicon with Germany's Wacker Chemie, which runs a plant in "
     "Tennessee, and with Tokuyama Corp.", {("Wacker Chemie", "polysilicon"), ("Tokuyama", "polysilicon")}),
    ("Meridian signed a non-binding agreement with Kazatomprom for deliveries of uranium hexafluoride from 2030.",
     {("Kazatomprom", "uranium hexafluoride")}),
    ("Acme Batteries signed a deal to buy spodumene concentrate from Pilbara Minerals.",
     {("Pilbara Minerals", "spodumene concentrate")}),
    ("Tesla has a supply agreement for lithium hydroxide with Albemarle.", {("Albemarle", "lithium hydroxide")}),
])
def test_the_seller_in_a_supply_contract(text, expected):
    assert expected <= pairs(text, "SUPPLIES")


@pytest.mark.parametrize("text", [
    "Japan signed an agreement with Chile for cooperation on lithium.",
    "Acme signed a deal with Glencore for a stake in its cobalt mine.",
    "Korea reached an agreement with Albemarle on lithium research.",
])
def test_agreements_that_sell_nothing(text):
    assert not any(s in ("Chile", "Glencore", "Albemarle") for s, _ in pairs(text, "SUPPLIES"))


@pytest.mark.parametrize("text,expected", [
    ("China refines 70% of the world's indium, which goes into the indium tin oxide coatings on flat-panel displays.",
     {("indium", "indium tin oxide"), ("indium tin oxide", "flat-panel displays")}),
    ("Gallium is used in gallium nitride films on power chips and in LEDs.",
     {("gallium", "gallium nitride"), ("gallium nitride", "power chips"), ("gallium", "LEDs")}),
    ("Tantalum goes into thin tantalum oxide layers in capacitors.",
     {("tantalum", "tantalum oxide"), ("tantalum oxide", "capacitors")}),
])
def test_a_coating_of_a_material_on_a_product(text, expected):
    assert expected <= uses(text)


def test_a_coating_on_an_unnamed_thing_is_one_use():
    got = uses("Tungsten is used in hard coatings on drill bits.")
    assert ("tungsten", "drill bits") in got or any("coatings" in t for _, t in got)


# --- a second verb sharing its subject; raw ore as the object ---------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Acme Batteries is a subsidiary of Globex Resources, which mines manganese in the Kalahari field and will supply "
     "ore to the refinery.", ("Globex Resources", "manganese ore")),
    ("Borealis Mining Ltd mines nickel in Sulawesi and ships concentrate to China.", ("Borealis Mining", "nickel concentrate")),
    ("Acme Metals Corp, which mines zinc in Bolivia and also sells concentrate to Peruvian smelters, raised output.",
     ("Acme Metals", "zinc concentrate")),
])
def test_an_elided_subject_supplies_the_raw_form(text, expected):
    got = pairs(text, "SUPPLIES")
    assert expected in got and not any(s == "Acme Batteries" for s, _ in got)


@pytest.mark.parametrize("text", [
    "Jakarta banned exports of unprocessed nickel ore, forcing miners to build smelters rather than ship raw ore abroad.",
    "Lynas Rare Earths mines at Mount Weld and processes ore in Kalgoorlie.",
])
def test_ore_that_is_not_supplied(text):
    got = pairs(text)
    assert ("Indonesia", "nickel ore") not in got and ("Lynas Rare Earths", "rare earths") not in got


# --- a second subject with its verb left out: "A goes into X, B into Y" ----------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Of the minor metals, hafnium goes into reactor control rods, scandium into aluminium alloys and yttrium into "
     "laser crystals.",
     {("hafnium", "reactor control rods"), ("scandium", "aluminium alloys"), ("yttrium", "laser crystals")}),
    ("Indium phosphide is used in optical transceivers, and cadmium telluride in thin-film solar panels.",
     {("indium phosphide", "optical transceivers"), ("cadmium telluride", "thin-film solar panels")}),
    ("Tantalum is critical for capacitors in hearing aids, and tungsten for armour-piercing rounds and drill bits.",
     {("tungsten", "armour-piercing rounds"), ("tungsten", "drill bits")}),
])
def test_a_gapped_second_subject_gets_its_own_uses(text, expected):
    got = pairs(text, "USED_IN")
    assert expected <= got
    firsts = {s for s, _ in expected}
    assert not any(s in firsts and t in firsts for s, t in got)  # no material is another's use


def test_a_made_thing_in_a_use_list_is_not_a_new_subject():
    got = pairs("Neodymium is used in motors, speakers and permanent magnets in wind turbines.", "USED_IN")
    assert ("neodymium", "permanent magnets") in got and ("neodymium", "speakers") in got


# --- the next use statement's subject closes the list before it ------------------------------------------

@pytest.mark.parametrize("text", [
    "Tantalum capacitors are vital for hearing aids and pacemakers, niobium is used in superconducting magnets.",
    "Bismuth is important for pharmaceuticals and pigments, and tellurium goes into solar cells.",
    "Silver is key for solar cells and contacts, tellurium is also used in thermoelectric coolers.",
])
def test_the_next_subject_is_not_an_item_of_the_list_before(text):
    got = pairs(text, "USED_IN")
    second = "niobium" if "niobium" in text else "tellurium"
    assert any(s == second for s, _ in got)
    assert not any(t == second for _, t in got)


# --- a range of uses: "used in everything from X to Y" ----------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Cobalt, a metal used in everything from phone batteries to jet engines, rose again.",
     {("cobalt", "phone batteries"), ("cobalt", "jet engines")}),
    ("Platinum goes into everything from catalytic converters to dental fillings.",
     {("platinum", "catalytic converters"), ("platinum", "dental fillings")}),
    ("Prices of vanadium, the hard metal found in everything from armour plate to flow batteries, fell.",
     {("vanadium", "armour plate"), ("vanadium", "flow batteries")}),
])
def test_a_range_of_uses(text, expected):
    assert expected <= pairs(text, "USED_IN")


def test_found_in_a_range_of_places_is_no_use():
    assert not pairs("Copper deposits are found in everything from Chile to Zambia.", "USED_IN")


# --- a plant designed to produce: a plan of the plant's, not a purpose of equipment -------------------------

@pytest.mark.parametrize("text,expected", [
    ("The Kestrel plant is designed to produce 12,000 tonnes a year of lithium hydroxide.",
     ("PRODUCES", "Kestrel plant", "lithium hydroxide")),
    ("Acme Lithium Ltd is building a refinery at Port Hedland, which is designed to produce battery-grade lithium "
     "hydroxide.", ("PRODUCES", "Port Hedland refinery", "lithium hydroxide")),
    ("Acme Nickel Ltd plans a smelter at Kalgoorlie, which it expects to open in 2027 and which is designed to "
     "produce 5,000 tonnes of nickel sulphate a year.", ("PRODUCES", "Kalgoorlie smelter", "nickel sulphate")),
])
def test_a_plant_designed_to_produce(text, expected):
    assert expected in edges(text)


def test_equipment_designed_to_make_is_no_producer():
    assert not edges("Acme Corp builds presses designed to make synthetic diamond.")


# --- "start recovering", "began refining": a producing verb in -ing after a verb of starting --------------

@pytest.mark.parametrize("text,expected", [
    ("Acme Zinc Ltd said its smelter at Trail would start recovering germanium in 2026.",
     ("Acme Zinc Trail smelter", "germanium")),
    ("Foo Metals Corp began refining cobalt at its Kokkola plant last year.", ("Kokkola plant", "cobalt")),
    ("Globex Corp has started smelting zinc at the Rooiberg smelter.", ("Rooiberg smelter", "zinc")),
])
def test_a_verb_of_starting_with_a_producing_ing(text, expected):
    assert expected in pairs(text, "PRODUCES")


def test_an_ing_subject_is_no_production():
    assert not pairs("Recovering gallium from waste is costly, Acme Corp said.")


# --- "restarted ... a gallium line": restarting is producing again ----------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Acme Alumina Ltd restarted in May a gallium line at its Pinjarra refinery.",
     {("Acme Alumina", "gallium"), ("Pinjarra refinery", "gallium")}),
    ("Globex Metals Corp resumed in March the germanium circuit at its Trail smelter.",
     {("Globex Metals", "germanium"), ("Trail smelter", "germanium")}),
    ("Foo Tungsten Ltd, a unit of Bar Holdings, restarted tungsten concentrate output in January.",
     {("Foo Tungsten", "tungsten concentrate")}),
])
def test_a_restart_is_production(text, expected):
    assert expected <= pairs(text, "PRODUCES")


def test_talks_that_resumed_produce_nothing():
    assert not pairs("Talks between Acme Corp and Globex Corp restarted in May over gallium prices.")


# --- a production quantity and the sites it came from: "mined 9,000 tonnes at its A and B mines" ----------

@pytest.mark.parametrize("text,expected", [
    ("Acme Mining Ltd mined 9,000 tonnes of cobalt in 2024 at its Foo and Bar mines.",
     {("Foo mine", "cobalt"), ("Bar mine", "cobalt")}),
    ("Globex Corp produced about 3,500 tons of tungsten last year at its Kestrel mine.", {("Kestrel mine", "tungsten")}),
    ("Cobalt prices fell. Acme Mining Ltd mined 9,000 tonnes in 2024 at its Foo copper-cobalt mine.",
     {("Foo copper-cobalt mine", "cobalt"), ("Foo copper-cobalt mine", "copper")}),
])
def test_a_quantity_made_at_named_sites(text, expected):
    assert expected <= pairs(text, "PRODUCES")


def test_a_site_named_after_a_quantity_in_another_clause_makes_nothing():
    got = pairs("Acme Mining Ltd mined 9,000 tonnes of cobalt in 2024 while a strike halted the Foo mine.")
    assert ("Foo mine", "cobalt") not in got


# --- "N tons of the metal" after a compound was named: the element ----------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Most Congolese mines sell cobalt hydroxide to refiners. Acme Mining Ltd mined 38,000 tons of the metal in 2024 "
     "at its Foo mine.", ("Foo mine", "cobalt")),
    ("Gallium arsenide wafers are in short supply. Acme Corp produced 40 tonnes of the metal last year at its Foo "
     "refinery.", ("Foo refinery", "gallium")),
    ("Nickel sulphate demand is rising. Globex Corp produced 12,000 tonnes of the metal in 2023 at its Bar smelter.",
     ("Bar smelter", "nickel")),
])
def test_the_metal_after_a_compound_is_its_element(text, expected):
    assert expected in pairs(text, "PRODUCES")


def test_the_intermediate_after_a_compound_stays_the_compound():
    got = pairs("Most Congolese mines sell cobalt hydroxide to refiners. Acme Mining Ltd mined 38,000 tons of the "
                "intermediate in 2024 at its Foo mine.", "PRODUCES")
    assert ("Foo mine", "cobalt") not in got
