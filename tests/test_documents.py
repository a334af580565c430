"""The document loader on sentences written for these tests (not taken from any article)."""

import json
import warnings

import pytest
from click.testing import CliRunner

from graph import Edge, Node, add_records, new_graph
from loaders.documents import document_json, extract_text, load_documents, read_document
from loaders.documents.amounts import find_amounts
from loaders.documents.hedging import invest_status, is_hedged
from loaders.documents.reading import BadDocument
from loaders.documents.sentences import split_sentences
from loaders.documents.shares import find_shares, parse_share
from supplygraph.cli import main


def edges(text, doc="t.txt"):
    out = document_json(doc, extract_text(text, doc))
    return [(e["type"], e["source"], e["target"]) for e in out["edges"]], out


# --- shares, amounts, hedging -------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("70%", 0.7), ("70 per cent", 0.7), ("70 percent", 0.7), ("59.2%", 0.592), ("about half of", 0.5),
    ("two-thirds of", 0.667), ("a quarter of", 0.25), ("more than 90 per cent", 0.9)])
def test_share_values(text, value):
    assert parse_share(text) == pytest.approx(value)


def test_share_qualifier_and_text():
    s = find_shares("Peru produces up to 12% of the world's silver.")[0]
    assert (s.value, s.qualifier, s.text) == (0.12, "up to", "up to 12%")


def test_first_half_is_not_a_share():
    assert find_shares("output rose in the first half of the year") == []


@pytest.mark.parametrize("text,currency,usd", [
    ("$550 billion", "USD", 550e9), ("US$1.4bn", "USD", 1.4e9), ("A$200 million", "AUD", None),
    ("75 million euros", "EUR", None), ("300 million Canadian dollars (US$220 million)", "CAD", 220e6)])
def test_amounts(text, currency, usd):
    a = find_amounts(f"The fund will put {text} into the mine.")[0]
    assert a.currency == currency and a.usd == usd and a.text.startswith(text.split(" (")[0].split()[0])


def test_price_per_unit_is_not_an_amount():
    assert find_amounts("a floor of $90 per tonne") == []


def test_hedging_and_status():
    assert is_hedged("Seoul is considering a stake") and not is_hedged("Seoul bought a stake")
    assert invest_status("the plant is one contender") == "proposed"
    assert invest_status("the bank will lend") == "committed"
    assert invest_status("the bank has already provided the loan") == "done"


def test_sentence_offsets_and_abbreviations():
    text = "Exports to the U.S. fell. Mr. Lee said No. 5 was next.\nHeading line"
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == ["Exports to the U.S. fell.", "Mr. Lee said No. 5 was next.",
                                             "Heading line"]


# --- edge rules, one family per test ---------------------------------------------------------

def test_supplies_share_stage_and_list_expansion():
    found, out = edges("Indonesia refined 55% of the world's nickel and 40% of its cobalt in 2024.")
    assert ("SUPPLIES", "Indonesia", "nickel") in found and ("SUPPLIES", "Indonesia", "cobalt") in found
    nickel = next(e for e in out["edges"] if e["target"] == "nickel")
    assert nickel["share"] == 0.55 and nickel["stage"] == "refining" and nickel["share_text"] == "55%"
    assert nickel["evidence"].startswith("Indonesia refined")


def test_supplies_dominance_is_a_qualifier_not_a_share():
    _, out = edges("The Democratic Republic of the Congo dominates global cobalt mining.")
    e = out["edges"][0]
    assert (e["source"], e["target"], e.get("share")) == ("Democratic Republic of the Congo", "cobalt", None)
    assert "dominates" in e["qualifier"]


def test_supplies_elided_subject_and_passive_list():
    found, out = edges("Tungsten is hard to replace. Roughly 80% is mined in China. "
                       "The rest is produced by Vietnam, Russia and Bolivia.")
    assert ("SUPPLIES", "China", "tungsten") in found
    assert {("SUPPLIES", c, "tungsten") for c in ("Vietnam", "Russia", "Bolivia")} <= set(found)


def test_supplies_pronoun_and_past_tense():
    _, out = edges("Small volumes of indium come from Peru. France also produced it in the past.")
    e = next(e for e in out["edges"] if e["source"] == "France")
    assert e["target"] == "indium" and e["tense"] == "past"


def test_produces_for_firms_with_country_locator():
    found, out = edges("Norway's Fjordmetall Group makes silicon metal, while US-based Acme Alloys Inc produces "
                       "both gallium and germanium.")
    assert ("PRODUCES", "Fjordmetall Group", "silicon metal") in found
    assert ("PRODUCES", "Acme Alloys", "gallium") in found and ("PRODUCES", "Acme Alloys", "germanium") in found
    firm = next(n for n in out["nodes"] if n["name"] == "Fjordmetall Group")
    assert firm["type"] == "Firm" and firm["country"] == "Norway"
    assert not any(s == "Norway" for _, s, _ in found)


def test_restricts_items_imposer_target_and_status():
    found, out = edges("Jakarta will ban exports of nickel ore, bauxite and copper concentrate to China from "
                       "June 1, 2026, the Indonesian trade ministry said.")
    assert {t for ty, _, t in found if ty == "RESTRICTS"} == {"nickel ore", "bauxite", "copper concentrate"}
    ctrl = next(n for n in out["nodes"] if n["type"] == "ExportControl")
    assert ctrl["imposer"] == "Indonesia" and ctrl["target_country"] == "China"
    e = next(e for e in out["edges"] if e["type"] == "RESTRICTS")
    assert e["status"] == "announced" and e["effective"] == "2026-06-01" and e["restriction"] == "ban"


def test_restricts_backward_trigger_and_global_target():
    found, out = edges("Shipments of tungsten and bismuth will require an export licence, Beijing said.")
    assert ("RESTRICTS", "tungsten") == (found[0][0], found[0][2])
    ctrl = next(n for n in out["nodes"] if n["type"] == "ExportControl")
    assert ctrl["imposer"] == "China" and ctrl["target_country"] is None


def test_restricts_epithet_coreference():
    found, out = edges("The world's second-largest economy added three metals to its export control list, "
                       "including tellurium.")
    ctrl = next(n for n in out["nodes"] if n["type"] == "ExportControl")
    assert ctrl["imposer"] == "China"


def test_invests_in_amount_stake_instrument_status():
    found, out = edges("The Export-Import Bank of the United States will lend US$120 million to Boreal Graphite Ltd.")
    e = next(e for e in out["edges"] if e["type"] == "INVESTS_IN")
    assert (e["source"], e["target"]) == ("Export-Import Bank of the United States", "Boreal Graphite")
    assert e["amount_usd"] == 120e6 and e["instrument"] == "loan" and e["status"] == "committed"
    assert e["hedged"] is False
    _, out = edges("Korea Zinc is taking a 10% stake in Pilbara Minerals.")
    e = out["edges"][0]
    assert e["stake"] == 0.1 and "equity" in e["instrument"]


def test_invests_in_hedged_proposal():
    _, out = edges("Seoul could invest A$50 million in Kestrel Lithium Corp, officials said.")
    e = next(e for e in out["edges"] if e["type"] == "INVESTS_IN")
    assert e["source"] == "South Korea" and e["hedged"] is True and e["status"] == "proposed"
    assert e["currency"] == "AUD" and "amount_usd" not in e


def test_part_of_subsidiary_joint_venture_and_facility():
    found, _ = edges("Bluewater Cobalt, a unit of Harbour Mining Group, runs the Red Ridge mine.")
    assert ("PART_OF", "Bluewater Cobalt", "Harbour Mining Group") in found
    assert ("PART_OF", "Red Ridge mine", "Bluewater Cobalt") in found
    found, _ = edges("Alpha Metals Corp and Beta Resources Ltd own Delta Magnetics, a joint venture set up by "
                     "the two companies.")
    assert ("PART_OF", "Delta Magnetics", "Alpha Metals") in found
    assert ("PART_OF", "Delta Magnetics", "Beta Resources") in found


def test_used_in_lists_required_and_chains():
    found, out = edges("Cobalt and lithium are essential for batteries, drones and phones, while niobium is "
                       "used in steel.")
    assert {("USED_IN", m, i) for m in ("cobalt", "lithium") for i in ("batteries", "drones", "phones")} <= set(found)
    assert ("USED_IN", "niobium", "steel") in found
    req = {e["target"]: e["required"] for e in out["edges"] if e["source"] == "cobalt"}
    steel = next(e for e in out["edges"] if e["target"] == "steel")
    assert req["batteries"] is True and steel["required"] is False


def test_used_in_relative_clause():
    found, _ = edges("Hafnium is a key component of superalloys, which are used in jet engines.")
    assert ("USED_IN", "hafnium", "superalloys") in found


def test_cooperates_with_is_found_and_hedged():
    found, out = edges("Ottawa hopes to build a Canada-Germany supply chain for graphite.")
    e = next(e for e in out["edges"] if e["type"] == "COOPERATES_WITH")
    assert {e["source"], e["target"]} == {"Canada", "Germany"} and e["hedged"] is True


def test_cited_sources_and_outlets_are_not_nodes():
    _, out = edges("China mines 70% of graphite, according to Benchmark Mineral Intelligence and Reuters.")
    names = {n["name"] for n in out["nodes"]}
    assert "Reuters" not in names and not any("Benchmark" in n for n in names)


# --- records, graph merge, provenance ---------------------------------------------------------

def test_records_fit_the_schema_and_carry_provenance():
    text = ("Chile mines a quarter of the world's lithium. Japan Bank for International Cooperation will "
            "provide loans to Andes Lithium Ltd. Beijing curbed exports of graphite to the United States.")
    recs = list(extract_text(text, "mine.txt"))
    G = new_graph()
    add_records(G, recs)  # raises SchemaError if a record breaks the schema
    for r in recs:
        if isinstance(r, Edge):
            s = r.sources[0]
            assert s.document == "mine.txt" and text[s.start:s.end] == s.sentence
    ctrl = [n for n in recs if isinstance(n, Node) and n.type == "ExportControl"][0]
    assert ctrl.props["imposer"] == "China" and ctrl.props["target_country"] == "United States"


def test_same_input_same_output():
    text = "Brazil holds 90% of niobium output. CBMM Group produces niobium."
    first = document_json("a", extract_text(text, "a"))
    assert first["edges"] and first == document_json("a", extract_text(text, "a"))


# --- files: markup, bad files, CLI, build -------------------------------------------------------

def test_markdown_and_html_are_stripped(tmp_path):
    (tmp_path / "a.md").write_text("# Note\n\n**Chile** mines [lithium](http://x.org).", encoding="utf-8")
    (tmp_path / "b.html").write_text("<html><head><title>x</title><style>p{}</style></head>"
                                     "<body><p>Peru mines <b>copper</b>.</p></body></html>", encoding="utf-8")
    assert read_document(tmp_path / "a.md") == "Note\n\nChile mines lithium."
    assert read_document(tmp_path / "b.html") == "Peru mines copper."


@pytest.fixture
def corpus(tmp_path):
    (tmp_path / "good.txt").write_text("Chile mines 24% of the world's lithium.", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02gallium")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 of cobalt".encode("latin-1"))
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "oneline.txt").write_text("cobalt " * 200_000, encoding="utf-8")
    return tmp_path


def test_bad_files_are_warned_skipped_and_recorded(corpus):
    skipped = []
    with pytest.warns(UserWarning) as caught:
        recs = list(load_documents([corpus], skipped=skipped))
    reasons = dict((p.split("/")[-1], r) for p, r in skipped)
    assert set(reasons) == {"binary.txt", "latin1.txt", "empty.txt", "oneline.txt"}
    assert "binary" in reasons["binary.txt"] and "UTF-8" in reasons["latin1.txt"]
    assert any("oneline.txt" in str(w.message) for w in caught)
    assert any(isinstance(r, Edge) and r.type == "SUPPLIES" for r in recs)


def test_bad_document_error_names_the_file(corpus):
    with pytest.raises(BadDocument, match="empty.txt"):
        read_document(corpus / "empty.txt")


def test_cli_extract_json_and_exit_status(corpus):
    runner = CliRunner()
    ok = runner.invoke(main, ["extract", str(corpus / "good.txt"), "--format", "json"])
    assert ok.exit_code == 0, ok.output
    data = json.loads(ok.output)
    assert data[0]["doc"] == "good.txt" and data[0]["edges"][0]["share"] == 0.24
    bad = runner.invoke(main, ["extract", str(corpus / "good.txt"), str(corpus / "empty.txt")])
    assert bad.exit_code == 1
    assert json.loads(bad.stdout)[0]["doc"] == "good.txt"


def test_build_merges_documents_with_tables(corpus, tmp_path):
    from pathlib import Path

    from supplygraph.build import build_graph

    data = Path(__file__).resolve().parents[1] / "data"
    skipped = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        G = build_graph(data, docs=[corpus / "good.txt", corpus / "empty.txt"], skipped=skipped)
    assert len(skipped) == 1
    kinds = {s["kind"] for _, _, d in G.edges("country:chile", data=True) for s in d["sources"]}
    assert "document" in kinds


# --- general rules added for unseen articles (sentences written for these tests) -----------

def test_number_inside_a_larger_number_is_not_a_share():
    assert [s.value for s in find_shares("prices rose 1,050% while Peru holds 5.5% of it")] == [0.055]


def test_ringgit_amounts_keep_their_currency():
    a = find_amounts("The firm will spend MYR300 million on it")[0]
    assert (a.currency, a.value, a.usd) == ("MYR", 3e8, None)


def test_congo_alone_means_the_democratic_republic():
    found, out = edges("Congo mines about 60% of the world's cobalt.")
    assert ("SUPPLIES", "Democratic Republic of the Congo", "cobalt") in found


def test_ban_on_the_export_of_is_a_control_not_a_supply():
    found, out = edges("Vietnam announced a ban on the export of tungsten and bismuth to Japan.")
    assert ("RESTRICTS", "Vietnam export controls on tungsten, bismuth to Japan", "tungsten") in found
    assert not [e for e in found if e[0] == "SUPPLIES"]


def test_restricting_exports_is_not_a_supply_claim():
    found, _ = edges("In May 2024, Zimbabwe began restricting exports of lithium ore.")
    assert not [e for e in found if e[0] == "SUPPLIES"]


def test_end_use_reviews_for_exports_of():
    found, _ = edges("Canada will require stricter reviews of end-users and end-uses for exports of nickel to Russia.")
    assert [e for e in found if e[0] == "RESTRICTS" and e[2] == "nickel"]


def test_these_metals_stand_for_the_whole_list():
    found, _ = edges("The last shipment of indium and tellurium left before Peru's export controls on these two "
                     "specialty metals took effect.")
    targets = {e[2] for e in found if e[0] == "RESTRICTS"}
    assert targets == {"indium", "tellurium"}


def test_technology_before_a_material_word_is_not_a_technology():
    _, out = edges("Brazil imposed export controls on these technology metals, including niobium.")
    assert not [n for n in out["nodes"] if n["type"] == "Technology"]


def test_one_material_is_enough_for_a_use():
    found, _ = edges("Tellurium is crucial for thin-film solar panels and thermoelectric coolers.")
    assert ("USED_IN", "tellurium", "thin-film solar panels") in found
    assert ("USED_IN", "tellurium", "thermoelectric coolers") in found


@pytest.mark.parametrize("text,target", [
    ("Vanadium, a critical component of flow batteries, is mined in South Africa.", "flow batteries"),
    ("Manganese is a key raw material for steelmaking.", "steelmaking"),
    ("Nickel is a critical mineral for battery cathodes.", "battery cathodes"),
])
def test_component_and_critical_mineral_uses(text, target):
    found, _ = edges(text)
    assert [e for e in found if e[0] == "USED_IN" and e[2] == target], found


def test_use_items_stop_at_an_adverb_and_keep_shared_heads():
    found, _ = edges("Indium is employed in touch screens and solders, usually in combination with tin.")
    assert {e[2] for e in found if e[0] == "USED_IN"} == {"touch screens", "solders"}
    found, _ = edges("Hafnium is used in low-power and high-temperature alloys.")
    assert ("USED_IN", "hafnium", "low-power and high-temperature alloys") in found


def test_adjective_before_a_material_item_keeps_the_material():
    found, _ = edges("Neodymium is used in powerful magnets.")
    assert ("USED_IN", "neodymium", "magnets") in found


def test_which_clause_speaks_of_the_whole_list():
    found, _ = edges("Cathodes use nickel and manganese, which are used in drill bits.")
    sources = {e[1] for e in found if e[0] == "USED_IN" and e[2] == "drill bits"}
    assert sources == {"nickel", "manganese"}


def test_a_rank_inside_one_country_is_not_a_world_position():
    found, _ = edges("Glencore sold its stake to Acme Metals Corp, Chile's largest copper producer.")
    assert not [e for e in found if e[0] == "SUPPLIES" and e[1] == "Chile"]


def test_a_rank_outside_a_country_is_not_a_world_position_nor_an_investor():
    found, _ = edges("Acme Rare Earths Ltd, the largest rare earths producer outside China, plans to build a new "
                     "oxide separation plant in Canada.")
    assert not [e for e in found if e[1] == "China"]
    assert [e for e in found if e[0] == "INVESTS_IN" and e[1] == "Acme Rare Earths"]


def test_investing_to_build_a_plant():
    found, out = edges("Acme Graphite Ltd will invest US$90 million to construct a new processing plant.")
    inv = [e for e in out["edges"] if e["type"] == "INVESTS_IN"]
    assert inv and inv[0]["amount_usd"] == 9e7 and inv[0]["instrument"] == "capex"


def test_facility_place_is_a_capitalised_name():
    _, out = edges("Acme Metals Corp will expand its smelter in Finland as it seeks more cobalt.")
    names = [n["name"] for n in out["nodes"] if n["type"] == "Facility"]
    assert names == ["Acme Metals smelter (Finland)"], names


# --- general rules found on independently written articles (own sentences) -------------------

def _restricts(text):
    _, out = edges(text)
    return {(e["imposer"], e["target"]) for e in out["edges"] if e["type"] == "RESTRICTS"}, out


@pytest.mark.parametrize("text,items", [
    ("Indonesia will require exporters of nickel and cobalt to obtain permits from March.", {"nickel", "cobalt"}),
    ("Since May, shipments of lithium carbonate and spodumene from Zimbabwe have needed a licence.",
     {"lithium carbonate", "spodumene"}),
    ("Brazil said exports of niobium to China would no longer be approved.", {"niobium"}),
    ("Vietnam put tin and tungsten under export licensing last week.", {"tin", "tungsten"}),
    ("Chile imposed licences for lithium hydroxide, saying supply was strategic.", {"lithium hydroxide"}),
    ("Canada's own ban on cobalt sales worried buyers.", {"cobalt"}),
])
def test_export_control_phrasings(text, items):
    found, out = _restricts(text)
    assert {t for _, t in found} == items
    assert len({i for i, _ in found}) == 1 and [n for n in out["nodes"] if n["type"] == "ExportControl"]


def test_control_talked_about_again_covers_compounds_after_such_as():
    found, _ = _restricts("Peru said it would require licences for exports of copper from June. "
                          "The notice also covers compounds such as copper sulfate and copper oxide.")
    assert {t for _, t in found} >= {"copper", "copper sulfate", "copper oxide"}


def test_control_with_only_an_agency_named_finds_its_country():
    found, _ = _restricts("The rules, announced by the Ministry of Commerce on May 2, 2024, cover cerium and lanthanum.")
    assert found == {("China", "cerium"), ("China", "lanthanum")}


def test_control_on_equipment_only_and_pronoun_after_country():
    found, _ = _restricts("The Netherlands said it would require licences for some advanced wafer inspection tools.")
    assert {i for i, _ in found} == {"Netherlands"} and found


def test_noun_exports_of_is_not_a_supply_verb():
    found, _ = edges("Beijing went further, saying exports of bismuth to Japan would no longer be approved.")
    assert not [e for e in found if e[0] in ("SUPPLIES", "PRODUCES")]


def test_ellipsis_shares_the_head_of_the_next_material():
    _, out = edges("Exporters of natural flake and spherical graphite need a licence.")
    mats = {n["name"] for n in out["nodes"] if n["type"] == "Material"}
    assert {"natural flake graphite", "spherical graphite"} <= mats


def test_agency_named_as_actor_is_a_node_without_an_edge():
    _, out = edges("The commerce ministry said the new rules were final.")
    assert [n["name"] for n in out["nodes"] if n["type"] == "Agency"] == ["Ministry of Commerce (China)"]


def test_country_named_only_as_a_cited_source_is_not_a_node():
    _, out = edges("Peru mines about 10% of the world's copper, according to US estimates.")
    assert {n["name"] for n in out["nodes"] if n["type"] == "Country"} == {"Peru"}


def test_coordinated_subjects_all_supply():
    found, _ = edges("Brazil, Canada and Australia refine small quantities of niobium.")
    assert {e[1] for e in found if e[0] == "SUPPLIES"} == {"Brazil", "Canada", "Australia"}


def test_negated_object_is_not_a_supply():
    found, _ = edges("Japan has mined no cobalt since 1990, and Chile mines copper.")
    assert ("SUPPLIES", "Japan", "cobalt") not in found and ("SUPPLIES", "Chile", "copper") in found


def test_second_share_of_a_sentence_keeps_its_subject_across_a_while_clause():
    found, out = edges("It is Peru. It mines 40% of the world's rhenium, which is recovered while copper is smelted, "
                       "and roughly four-fifths of all tellurium.")
    shares = {(e["source"], e["target"]): e.get("share") for e in out["edges"] if e["type"] == "SUPPLIES"}
    assert shares.get(("Peru", "tellurium")) == 0.8


def test_ranks_ordinal_ahead_of_and_elliptical():
    found, _ = edges("Brazil mines most of the world's niobium. Canada, the second-largest producer, and Australia, "
                     "in third place, trail far behind.")
    assert {e[1] for e in found if e[0] == "SUPPLIES" and e[2] == "niobium"} == {"Brazil", "Canada", "Australia"}
    found, _ = edges("Russia is the biggest producer of palladium, ahead of South Africa and Canada.")
    assert {e[1] for e in found if e[2] == "palladium"} == {"Russia", "South Africa", "Canada"}
    found, _ = edges("Indonesia mines most of the world's nickel. The Philippines ranks second and Russia third.")
    assert {e[1] for e in found if e[2] == "nickel"} == {"Indonesia", "Philippines", "Russia"}
    found, _ = edges("Chile mines a quarter of the world's lithium. Argentina is a distant second.")
    assert ("SUPPLIES", "Argentina", "lithium") in found


def test_regional_description_resolves_to_that_regions_country():
    found, _ = edges("Chile and the United States signed a deal. The South American nation mines 24% of the world's "
                     "lithium.")
    assert ("SUPPLIES", "Chile", "lithium") in found


def test_firms_in_a_list_with_locators_and_a_relative_clause():
    found, _ = edges("In cobalt, Finland's Acme Metals Corp and Canada's Globex Mining, whose Northwind refinery in "
                     "Ontario recovers the metal from nickel matte, are among the few sizeable producers.")
    assert {(e[1], e[2]) for e in found} >= {("Acme Metals", "cobalt"), ("Globex Mining", "cobalt"),
                                             ("Northwind refinery", "cobalt"),
                                             ("Northwind refinery", "Globex Mining")}


def test_facility_owner_from_possessive_firm_and_its():
    found, _ = edges("Washington backs Acme Mining Corp's Blue Ridge Project in Nevada, which would produce "
                     "lithium alongside boron.")
    assert ("PART_OF", "Blue Ridge Project", "Acme Mining") in found
    assert {e[2] for e in found if e[0] == "PRODUCES" and e[1] == "Blue Ridge Project"} == {"lithium", "boron"}
    found, _ = edges("Ford idled its Dearborn Truck Plant for a week.")
    assert ("PART_OF", "Dearborn Truck Plant", "Ford") in found


def test_money_committed_to_a_project_and_a_loan_considered_for_it():
    found, out = edges("Acme Mining Corp is developing the Blue Ridge Project in Nevada. The Department of Energy has "
                       "committed $40 million to the project, and the Export-Import Bank is considering a loan of "
                       "up to $900 million.")
    inv = {(e["source"], e["target"]): e for e in out["edges"] if e["type"] == "INVESTS_IN"}
    assert ("Department of Energy", "Blue Ridge Project") in inv
    loan = inv[("Export-Import Bank of the United States", "Blue Ridge Project")]
    assert loan["status"] == "proposed" and loan["hedged"] and "loan" in loan["instrument"]


def test_pronoun_investor_is_the_agency_subject_of_the_sentence_before():
    found, _ = edges("Acme Metals Corp makes cobalt. The Pentagon wants more supply. Last year it awarded $5 million "
                     "under a defence programme to a company developing a cobalt mine in Peru.")
    assert [e for e in found if e[0] == "INVESTS_IN" and e[1] == "Department of Defense"]


def test_the_mine_is_the_facility_just_named():
    _, out = edges("Acme Mining Corp owns the Blue Ridge Mine. The company says the mine could meet about 30 per cent "
                   "of US lithium demand.")
    sup = [e for e in out["edges"] if e["type"] == "SUPPLIES" and e.get("share") == 0.3]
    assert sup and sup[0]["source"] == "Blue Ridge Mine"
