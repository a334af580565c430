"""Schema validation, deterministic ids and provenance merging."""

import pytest

from graph import Edge, Node, SchemaError, Source, add_edge, add_node, add_records, load_schema, new_graph
from graph.io import graph_to_dict

URL = "https://example.org/table"


def table(row, **claim):
    return Source.from_table("data/t.csv", row, URL, claim or None)


def doc(start, sentence="A sentence.", name="a.txt"):
    return Source.from_document(name, sentence, start, start + len(sentence))


def two_nodes(G, a=("Country", "China"), b=("Material", "rare earths")):
    na, nb = Node(*a), Node(*b)
    add_records(G, [na, nb])
    return na.id, nb.id


def test_schema_names_every_type_the_issue_lists():
    s = load_schema()
    assert set(s.node_types) == {"Country", "Material", "Firm", "Agency", "ExportControl", "Facility",
                                 "Agreement", "Investment", "Industry", "Technology"}
    assert {"SUPPLIES", "PRODUCES", "RESTRICTS", "INVESTS_IN", "PART_OF", "USED_IN", "COOPERATES_WITH",
            "IMPOSES", "TARGETS", "LOCATED_IN"} == set(s.edge_types)


def test_wrong_endpoints_raise_naming_type_and_endpoints():
    G = new_graph()
    china, ree = two_nodes(G)
    with pytest.raises(SchemaError, match=r"SUPPLIES material:rare-earths -> country:china.*Material to Country"):
        add_edge(G, Edge("SUPPLIES", ree, china, {}, (doc(0),)))


@pytest.mark.parametrize("props,match", [
    ({"share": 1.7}, "share must lie in 0..1"),
    ({"share": "most"}, "share"),
    ({"stage": "smelting"}, "not one of"),
    ({"year": "2024.5"}, "year"),
    ({"colour": "red"}, "no property 'colour'"),
])
def test_bad_properties_raise(props, match):
    G = new_graph()
    china, ree = two_nodes(G)
    with pytest.raises(SchemaError, match=match):
        add_edge(G, Edge("SUPPLIES", china, ree, props, (doc(0),)))


def test_unknown_types_raise():
    G = new_graph()
    with pytest.raises(SchemaError, match="unknown node type 'Planet'"):
        add_node(G, Node("Planet", "Mars"))
    china, ree = two_nodes(G)
    with pytest.raises(SchemaError, match="unknown edge type 'LIKES'"):
        add_edge(G, Edge("LIKES", china, ree, {}, (doc(0),)))


def test_edge_without_source_is_refused():
    G = new_graph()
    china, ree = two_nodes(G)
    with pytest.raises(SchemaError, match="needs at least one source"):
        add_edge(G, Edge("SUPPLIES", china, ree, {"share": 0.5}))


def test_edge_to_missing_node_is_refused():
    G = new_graph()
    with pytest.raises(SchemaError, match="unknown node"):
        add_edge(G, Edge("SUPPLIES", "country:china", "material:gallium", {}, (doc(0),)))


def test_ids_are_deterministic_and_loading_twice_changes_nothing():
    records = [Node("Country", "China"), Node("Material", "gallium"),
               Edge("SUPPLIES", "country:china", "material:gallium", {"stage": "refining", "share": 0.98},
                    (table(3),))]
    G1, G2 = new_graph(), new_graph()
    add_records(G1, records)
    add_records(G2, records + records)
    assert graph_to_dict(G1) == graph_to_dict(G2)
    assert Node("Country", "China").id == "country:china"


def test_same_fact_from_two_sources_is_one_edge_with_two_sources():
    G = new_graph()
    china, ree = two_nodes(G)
    add_edge(G, Edge("SUPPLIES", china, ree, {"stage": "refining", "share": 0.9}, (table(2),)))
    add_edge(G, Edge("SUPPLIES", china, ree, {"stage": "refining", "share": 0.9}, (doc(10),)))
    assert G.number_of_edges() == 1
    e = G.edges[china, ree, "SUPPLIES|refining"]
    assert [s["kind"] for s in e["sources"]] == ["document", "table"]
    assert "disputed" not in e


def test_disagreeing_sources_are_both_kept_and_visible():
    G = new_graph()
    china, ree = two_nodes(G)
    add_edge(G, Edge("SUPPLIES", china, ree, {"stage": "mine", "share": 0.62}, (doc(5),)))
    add_edge(G, Edge("SUPPLIES", china, ree, {"stage": "mine", "share": 0.692, "year": 2024}, (table(2),)))
    e = G.edges[china, ree, "SUPPLIES|mine"]
    assert e["share"] == 0.692  # the table claim ranks first
    assert e["disputed"] == ["share"]
    assert sorted(s["claim"]["share"] for s in e["sources"]) == [0.62, 0.692]


def test_merge_result_does_not_depend_on_order():
    china, ree = "country:china", "material:rare-earths"
    edges = [Edge("SUPPLIES", china, ree, {"stage": "mine", "share": s}, (src,))
             for s, src in [(0.62, doc(5)), (0.692, table(2, year=2024)), (0.7, table(9, year=2023))]]
    G1, G2 = new_graph(), new_graph()
    two_nodes(G1), two_nodes(G2)
    add_records(G1, edges)
    add_records(G2, list(reversed(edges)))
    assert graph_to_dict(G1) == graph_to_dict(G2)


def test_different_stages_are_parallel_edges():
    G = new_graph()
    china, ree = two_nodes(G)
    add_edge(G, Edge("SUPPLIES", china, ree, {"stage": "mine", "share": 0.69}, (table(2),)))
    add_edge(G, Edge("SUPPLIES", china, ree, {"stage": "refining", "share": 0.91}, (table(3),)))
    assert sorted(k for _, _, k in G.edges(keys=True)) == ["SUPPLIES|mine", "SUPPLIES|refining"]


def test_symmetric_edges_merge_regardless_of_direction():
    G = new_graph()
    jp, us = two_nodes(G, ("Country", "Japan"), ("Country", "United States"))
    add_edge(G, Edge("COOPERATES_WITH", us, jp, {}, (doc(0),)))
    add_edge(G, Edge("COOPERATES_WITH", jp, us, {}, (doc(50),)))
    assert G.number_of_edges() == 1


def test_spelling_of_a_name_does_not_depend_on_order():
    a, b = Node("Firm", "Gecamines"), Node("Firm", "Gécamines")
    assert a.id == b.id
    G1, G2 = new_graph(), new_graph()
    add_records(G1, [a, b])
    add_records(G2, [b, a])
    assert G1.nodes[a.id]["name"] == G2.nodes[a.id]["name"] == "Gécamines"
    assert G1.nodes[a.id]["aliases"] == ["Gecamines"]


# ---------------------------------------------------------------- a marker of doubt needs every source

def _produces(*claims):
    G = new_graph()
    add_records(G, [Node("Firm", "Acme"), Node("Material", "cobalt")])
    for i, props in enumerate(claims):
        src = Source.from_document(f"{i}.txt", "Acme makes cobalt.", 0, 18)
        add_records(G, [Edge("PRODUCES", "firm:acme", "material:cobalt", props, (src,))])
    return G.edges["firm:acme", "material:cobalt", "PRODUCES"]


@pytest.mark.parametrize("claims", [({}, {"found_by": "learned"}), ({"found_by": "learned"}, {})])
def test_an_edge_a_rule_also_found_is_not_marked_learned(claims):
    edge = _produces(*claims)
    assert "found_by" not in edge and "disputed" not in edge
    assert len(edge["sources"]) == 2  # the learned source keeps its claim
    assert [s.get("claim", {}).get("found_by") for s in edge["sources"]].count("learned") == 1


def test_an_edge_only_the_model_found_stays_marked():
    assert _produces({"found_by": "learned"}, {"found_by": "learned"})["found_by"] == "learned"
    assert load_schema().edge_types["PRODUCES"].every_source_properties == {"found_by"}
