"""The broader vocabulary (more minerals, alloys and chemicals, firms and agencies): a sample of the new
names found in running text, and the words and names deliberately left out, which must not be
(sentences written for these tests, not taken from any article)."""

import pytest

from graph.names import agency_country, agency_name, firm_name, material_name
from loaders.documents import document_json, extract_text
from loaders.documents.gazetteer import gazetteer


def found(text):
    """(type, canonical name, surface) of the gazetteer's mentions in ``text``."""
    return [(m.type, m.name, m.text) for m in gazetteer().find(text)]


def graph(text):
    out = document_json("t.txt", extract_text(text, "t.txt"))
    nodes = {(n["type"], n["name"]) for n in out["nodes"]}
    edges = {(e["type"], e["source"], e["target"]) for e in out["edges"]}
    return nodes, edges


# --- materials -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # a mineral, a trade name and a chemical formula
    ("Traders quoted fluorspar, petcoke and APT higher.",
     [("fluorspar", "fluorspar"), ("petroleum coke", "petcoke"), ("ammonium paratungstate", "APT")]),
    # ferroalloys and an old name of an element
    ("Ferrochrome and ferroniobium eased while columbium and moly held.",
     [("ferrochrome", "Ferrochrome"), ("ferroniobium", "ferroniobium"), ("niobium", "columbium"),
      ("molybdenum", "moly")]),
    # nuclear fuel-cycle materials, with a formula in brackets
    ("The converter turns yellowcake (U3O8) into UF6 before enrichment to HALEU.",
     [("yellowcake", "yellowcake"), ("yellowcake", "U3O8"), ("uranium hexafluoride", "UF6"),
      ("high-assay low-enriched uranium", "HALEU")]),
    # battery chemistries by their short names
    ("LFP and NMC cells compete with cells using lithium iron phosphate.",
     [("lithium iron phosphate", "LFP"), ("lithium nickel manganese cobalt oxide", "NMC"),
      ("lithium iron phosphate", "lithium iron phosphate")]),
    # rare earth minerals and a mixed oxide
    ("The deposit holds monazite, xenotime and bastnasite; didymium is sold to magnet makers.",
     [("monazite", "monazite"), ("xenotime", "xenotime"), ("bastnaesite", "bastnasite"),
      ("neodymium-praseodymium", "didymium")]),
])
def test_new_materials_are_found_under_their_canonical_name(text, expected):
    assert [(n, s) for t, n, s in found(text) if t == "Material"] == expected


def test_a_chemical_suffix_or_a_form_of_the_material_makes_a_compound_of_its_own():
    names = [n for t, n, _ in found("The plant turns hafnium tetrachloride into zirconium sponge and tantalum "
                                    "pentoxide.") if t == "Material"]
    assert names == ["hafnium tetrachloride", "zirconium sponge", "tantalum pentoxide"]


@pytest.mark.parametrize("text,material,not_material", [
    ("High-nickel cathodes need more nickel than older designs.", "nickel", "nickel cathodes"),
    ("Antimony hardens the plates of lead-acid batteries.", "antimony", "lead-acid"),
    ("Beijing listed diamond wire saws among the items.", "synthetic diamond", "diamond wire"),
    ("Copper wire carries the current.", "copper", "copper wire"),
])
def test_a_product_made_from_a_material_keeps_the_material(text, material, not_material):
    nodes, _ = graph(text)
    assert ("Material", material) in nodes and ("Material", not_material) not in nodes


def test_an_existing_reading_is_unchanged_by_the_new_compound_words():
    # "powder" stays out of the compound words: diamond powder is synthetic diamond
    assert [n for _, n, _ in found("Exports of diamond powder and synthetic diamond powders fell.")] == \
        ["synthetic diamond", "synthetic diamond"]


def test_the_sulphide_spelling_of_a_precipitate_is_the_sulfide_material():
    assert [n for t, n, _ in found("Mixed sulphide precipitate from the plant is shipped to Japan.")
            if t == "Material"] == ["mixed sulfide precipitate"]


# --- firms -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Kazatomprom and Cameco ship uranium, while Boliden and Outokumpu refine base metals.",
     ["Kazatomprom", "Cameco", "Boliden", "Outokumpu"]),
    ("ArcelorMittal buys ferrochrome from Samancor and pellets from LKAB.",
     ["ArcelorMittal", "Samancor Chrome", "LKAB"]),
    # aliases of firms the loader already knew resolve to their canonical name
    ("Volkswagen Group and Hyundai Motor signed supply deals with LG Energy and Huayou.",
     ["Volkswagen", "Hyundai", "LG Energy Solution", "Huayou Cobalt"]),
])
def test_new_firms_and_aliases_are_found(text, expected):
    assert [n for t, n, _ in found(text) if t == "Firm"] == expected


def test_a_new_firm_takes_part_in_an_edge():
    _, edges = graph("Kazatomprom produces uranium in Kazakhstan.")
    assert ("PRODUCES", "Kazatomprom", "uranium") in edges


# --- agencies --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,name,country", [
    ("The loan was cleared by CFIUS last week.", "Committee on Foreign Investment in the United States",
     "United States"),
    ("Natural Resources Canada will fund the refinery.", "Natural Resources Canada", "Canada"),
    ("Japan's JOGMEC and JETRO led the delegation.", "Japan External Trade Organization", "Japan"),
    ("Kazakhstan's Samruk-Kazyna holds the stake.", "Samruk-Kazyna", "Kazakhstan"),
    # a multilateral lender has no single country
    ("The Asian Development Bank approved a loan.", "Asian Development Bank", None),
])
def test_new_agencies_are_found_with_their_country(text, name, country):
    hits = [m for m in gazetteer().find(text) if m.type == "Agency" and m.name == name]
    assert hits and hits[0].props["country"] == country


def test_a_new_agency_invests():
    nodes, edges = graph("The International Finance Corporation will invest in Acme Lithium Ltd.")
    assert ("Agency", "International Finance Corporation") in nodes
    assert ("INVESTS_IN", "International Finance Corporation", "Acme Lithium") in edges


def test_names_resolve_the_new_surfaces():
    assert material_name("columbium") == "niobium" and material_name("GaN") == "gallium nitride"
    assert firm_name("Volkswagen Group") == "Volkswagen"
    assert agency_name("CFIUS") == "Committee on Foreign Investment in the United States"
    assert agency_country("World Bank") is None and agency_country("Korea Customs Service") == "South Korea"


# --- what was left out must not be found ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The minister met coal producers and plans to scrap steel tariffs.",  # verbs before a material word
    "Coal-fired plants and heavy water use worry the farmers.",          # everyday phrases
    "Radon levels in the basement were normal, Trina Smith said.",       # a gas of home inspections, a person
    "Travellers change trains at Shanghai Hongqiao.",                     # a place, not China Hongqiao
])
def test_everyday_words_places_and_people_are_not_read_as_entities(text):
    assert [m for m in found(text) if m[0] in ("Material", "Firm", "Agency")] == []


@pytest.mark.parametrize("text,facility", [
    ("Sibanye-Stillwater is building the Keliber lithium project in Finland.", "Keliber lithium project"),
    ("Sumitomo holds a stake in the Ambatovy nickel mine.", "Ambatovy nickel mine"),
])
def test_a_mine_named_like_its_operator_stays_a_facility(text, facility):
    nodes, _ = graph(text)
    assert ("Facility", facility) in nodes and not any(t == "Firm" and facility.startswith(n) for t, n in nodes)


def test_an_end_product_in_a_list_of_uses_does_not_take_the_metals_figures():
    nodes, edges = graph("Bismuth goes into lead-free solders and specialty steels. Peru and Bolivia contributed "
                         "roughly 900 tonnes and 400 tonnes respectively.")
    assert {("SUPPLIES", "Peru", "bismuth"), ("SUPPLIES", "Bolivia", "bismuth")} <= edges
    assert not any(t == "Material" and ("steel" in n or "solder" in n) for t, n in nodes)


# --- names added for unseen wire stories ------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # a chemical suffix and diamond by its make or form
    ("Primers need antimony trisulphide and bullets need the metal.", ("Material", "antimony trisulphide")),
    ("The unit grows CVD diamond for optics.", ("Material", "CVD diamond")),
    ("Drill bits are tipped with polycrystalline diamond.", ("Material", "polycrystalline diamond")),
    ("Plants in Chile raised lithium chemical output.", ("Material", "lithium chemical")),
])
def test_forms_of_materials_newly_known(text, expected):
    assert expected in [(t, n) for t, n, _ in found(text)]


@pytest.mark.parametrize("text", ["Certain artificial diamond micropowders need a licence.",
                                  "Licences now cover fine diamond micropowder."])
def test_diamond_micropowder_stays_synthetic_diamond(text):
    # the powder is the synthetic diamond the text is about, not a compound of its own
    assert ("Material", "synthetic diamond") in [(t, n) for t, n, _ in found(text)]


@pytest.mark.parametrize("text,expected", [
    ("The lenders, led by Mizuho and SMBC, signed on Friday.", [("Firm", "Mizuho"), ("Firm", "Sumitomo Mitsui Banking")]),
    ("Standard Chartered and HSBC arranged the loan.", [("Firm", "Standard Chartered"), ("Firm", "HSBC")]),
    ("Magnesium from US Magnesium dried up.", [("Firm", "US Magnesium")]),
    ("The plant is run by IREL (India) Ltd in Kerala.", [("Firm", "IREL")]),
    ("The U.S. International Development Finance Corp will lend more.",
     [("Agency", "U.S. International Development Finance Corporation")]),
])
def test_banks_firms_and_agency_surfaces_newly_known(text, expected):
    got = [(t, n) for t, n, _ in found(text)]
    assert all(e in got for e in expected)


@pytest.mark.parametrize("text,firm", [
    ("Bitterroot Smelting, a Montana company, won the contract.", "Bitterroot Smelting"),
    ("Shares of Owyhee Antimony's parent rose.", "Owyhee Antimony"),
    ("Kansai Trading, a metals distributor, will buy shares.", "Kansai Trading"),
    ("Hokkai Metals, an Osaka-based non-ferrous metals distributor, will subscribe for shares.", "Hokkai Metals"),
    ("Anode makers include Keystone Solutions, a unit of Globex Group.", "Keystone Solutions"),
])
def test_firm_names_ending_in_trade_words_or_described_as_distributors(text, firm):
    out = document_json("t.txt", extract_text(text, "t.txt"))
    assert firm in {n["name"] for n in out["nodes"] if n["type"] == "Firm"}


@pytest.mark.parametrize("text", [
    "Ken Lo of the Pacific Resource Policy Institute expects a deficit.",
    "The Nordic Battery Metals Association lobbied for tariffs.",
    "Karin Vogt, head of policy at Germany's VDA car industry association, said so.",
])
def test_think_tanks_and_associations_are_no_firms(text):
    out = document_json("t.txt", extract_text(text, "t.txt"))
    assert not [n for n in out["nodes"] if n["type"] == "Firm"]


def test_the_department_of_atomic_energy_is_indias_where_india_is_the_context():
    nodes, _ = graph("India will build a magnet plant. The state miner works under the Department of Atomic Energy.")
    assert ("Agency", "Department of Atomic Energy (India)") in nodes
    nodes, _ = graph("Acme Mining Corp reported higher output in Texas last year.")
    assert not any(t == "Agency" for t, n in nodes)
