"""The learned pair model (loaders.documents.pairs): a second reader after the rules, on by default
(``learned=False`` / ``--rules-only`` turn it off)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph import Edge
from graph.io import read_graph
from loaders.documents import extract_facts, extract_text
from loaders.documents.pairs import candidate_types, load_model, pair_facts, rule_facts_by_sentence
from loaders.documents.pairs_train import examples, train
from supplygraph.build import build_graph, ensure_graph
from supplygraph.cli import main

REPO = Path(__file__).resolve().parents[1]
HOLDOUT = REPO / "tests" / "holdout"
MODEL = REPO / "loaders" / "documents" / "vocab" / "pair_model.json"

# sentences of ours: facts the rules read, pairs they leave alone, and one (Globex Group and the
# spodumene of its mines) that the shipped model links; should a retrained model stop linking it,
# the tests that need a learned edge say so and another sentence is wanted here
TEXT = ("Chile mines 24% of the world's lithium. Acme Mining Corp is a unit of Globex Group. "
        "Globex Group and Initech Metals are looking at cobalt and nickel in Zambia. "
        "Globex Group turns spodumene from its own mines into lithium hydroxide.")


def _weights_for(feature: str, kind: str, weight: float) -> dict:
    return {"weights": {feature: {kind: weight}}, "threshold": 0.0}


def test_the_learned_facts_only_add_to_the_rules():
    sents, rules, _ = extract_facts(TEXT, "t.txt", learned=False)
    _, both, _ = extract_facts(TEXT, "t.txt")
    assert not any(f.props.get("found_by") for f in rules)
    def key(f):
        return f.type, f.source, f.target, f.props, f.sent.index

    assert [key(f) for f in both if not f.props.get("found_by")] == [key(f) for f in rules]
    linked = {(f.source, f.target) for f in rules} | {(f.target, f.source) for f in rules}
    for f in both:
        if f.props.get("found_by"):
            assert f.props == {"found_by": "learned"}
            assert (f.source, f.target) not in linked
    assert [f.sent.index for f in both] == sorted(f.sent.index for f in both)  # each after its sentence's rules


def test_a_model_that_favours_a_pair_adds_it_and_one_below_its_threshold_does_not():
    sents, rules, _ = extract_facts(TEXT, "t.txt", learned=False)
    model = _weights_for("B:looking", "PRODUCES", 3.0)
    added = {(f.type, f.source[1], f.target[1]) for f in pair_facts(sents, rules, model)}
    assert ("PRODUCES", "Initech Metals", "cobalt") in added
    assert all(t == "PRODUCES" for t, _, _ in added)
    assert not pair_facts(sents, rules, {**model, "threshold": 3.0})  # a margin must exceed the threshold


def test_the_model_adds_no_type_the_schema_forbids_for_the_pair():
    sents, rules, _ = extract_facts(TEXT, "t.txt", learned=False)
    model = {"weights": {"bias": {"SUPPLIES": 5.0, "PRODUCES": 5.0, "INVESTS_IN": 5.0, "PART_OF": 5.0}},
             "threshold": 0.0}
    by_sentence = rule_facts_by_sentence(rules)
    assert set(by_sentence) <= {s.index for s in sents}
    facts = pair_facts(sents, rules, model)
    assert facts
    mentions = {m.ref: m for s in sents for m in s.mentions}
    for f in facts:
        assert f.type in candidate_types(mentions[f.source], mentions[f.target])
        assert f.source[0] != "Material"  # materials are targets only
    assert not any(f.source[0] == "Country" and f.type == "PART_OF" for f in facts)


def test_learned_edges_carry_the_marker_and_their_sentence():
    edges = [r for r in extract_text(TEXT, "t.txt") if isinstance(r, Edge)]
    plain = [r for r in extract_text(TEXT, "t.txt", learned=False) if isinstance(r, Edge)]
    learned = [e for e in edges if e.props.get("found_by") == "learned"]
    assert learned and len(edges) == len(plain) + len(learned)
    for e in learned:
        src = e.sources[0]
        assert src.document == "t.txt" and TEXT[src.start:src.end] == src.sentence


def test_training_is_deterministic_and_learns_the_holdout_pairs(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    for p in sorted((HOLDOUT / "gold").glob("*.json"))[:12]:
        (gold / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    data = list(examples(gold, HOLDOUT / "docs"))
    assert sum(label != "NONE" for _, label, _ in data) >= 40
    first, second = train(data), train(data)
    assert json.dumps(first) == json.dumps(second)
    # on what it was trained on, most real edges score above "no edge"
    w = first["weights"]
    right = 0
    positives = [(f, label, classes) for f, label, classes in data if label != "NONE"]
    for feats, label, classes in positives:
        score = {c: sum(w.get(x, {}).get(c, 0.0) for x in feats) for c in classes}
        right += max(classes, key=lambda c: score[c]) == label
    assert right / len(positives) > 0.7


def test_the_shipped_model_is_the_one_training_makes_from_the_holdout():
    """The model file is derived data: after a change to the rules or the holdout, retrain it with
    ``.venv/bin/python -m loaders.documents.pairs_train tests/holdout/gold tests/holdout/docs``."""
    shipped = json.loads(MODEL.read_text(encoding="utf-8"))
    made = train(list(examples(HOLDOUT / "gold", HOLDOUT / "docs")), shipped["epochs"], shipped["seed"],
                 shipped["threshold"])
    assert made["examples"] == shipped["examples"], "retrain the pair model (see this test's docstring)"
    assert made == shipped, "retrain the pair model (see this test's docstring)"
    assert load_model()["threshold"] == shipped["threshold"]


def test_cli_extract_marks_learned_edges_and_rules_only_leaves_them_out(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text(TEXT, encoding="utf-8")
    runner = CliRunner()
    plain = json.loads(runner.invoke(main, ["extract", "--rules-only", str(doc)]).output)[0]["edges"]
    learned = json.loads(runner.invoke(main, ["extract", str(doc)]).output)[0]["edges"]
    assert not any(e.get("found_by") for e in plain)
    assert [e for e in learned if not e.get("found_by")] == plain
    assert any(e.get("found_by") == "learned" for e in learned)


@pytest.fixture()
def article_dir(tmp_path):
    d = tmp_path / "docs"
    d.mkdir()
    (d / "a.txt").write_text(TEXT, encoding="utf-8")
    return d


def test_a_graph_built_with_the_rules_only_is_rebuilt_so(tmp_path, article_dir):
    G = build_graph(REPO / "data", [article_dir], learned=False)
    assert G.graph["inputs"] == {"docs": [str(article_dir)], "rules_only": True}
    learned = build_graph(REPO / "data", [article_dir])
    assert learned.graph["inputs"] == {"docs": [str(article_dir)]}
    assert any(d.get("found_by") == "learned" for _, _, d in learned.edges(data=True))
    assert not any(d.get("found_by") for _, _, d in G.edges(data=True))
    out = tmp_path / "graph.json"
    result = CliRunner().invoke(main, ["build", "--quiet", "--rules-only", "--docs", str(article_dir),
                                       "--out", str(out)])
    assert result.exit_code == 0, result.output
    (article_dir / "a.txt").write_text(TEXT + " ", encoding="utf-8")
    os.utime(out, (1, 1))  # older than the article: stale
    rebuilt = ensure_graph(out, REPO / "data")
    assert rebuilt.graph["inputs"].get("rules_only") is True
    assert not any(d.get("found_by") for _, _, d in rebuilt.edges(data=True))
    assert read_graph(out).graph["inputs"] == rebuilt.graph["inputs"]


# ---------------------------------------------------------------- what the model is kept from

EAGER = {"weights": {"bias": {"SUPPLIES": 5.0, "PRODUCES": 4.0, "INVESTS_IN": 5.0, "PART_OF": 5.0}},
         "threshold": 0.0}  # would link every pair


def _eager(text):
    sents, rules, _ = extract_facts(text, "t.txt", learned=False)
    return {(f.type, f.source[1], f.target[1]) for f in pair_facts(sents, rules, EAGER)}


@pytest.mark.parametrize("text", [
    "The Department of Energy denied it would lend $50 million to Acme Mining Corp.",
    "Acme Mining Corp has not produced cobalt in Zambia since 2019.",
    "Globex Group never took a stake in Initech Metals, the company said.",
    "Orion Mining, formerly a unit of Vesta Resources, mines zinc.",
])
def test_no_learned_edge_in_a_negated_or_former_relation(text):
    assert _eager(text) == set()


@pytest.mark.parametrize("text,buyer", [
    ("Japan buys most of its rhodium from South Africa.", "Japan"),
    ("Korea gets about 80% of its tungsten from China.", "South Korea"),
    ("Acme Motors Corp imports graphite anodes made by Globex Group.", "Acme Motors"),
])
def test_a_buyer_is_no_learned_supplier(text, buyer):
    assert not {f for f in _eager(text) if f[0] in ("SUPPLIES", "PRODUCES") and f[1] == buyer}


def test_a_site_the_rules_gave_an_owner_gets_no_second_one_from_the_model():
    found = _eager("Acme Mining Corp, a unit of Globex Group, runs the Redhill mine.")
    assert not {f for f in found if f[0] == "PART_OF"}


def test_no_learned_investment_without_money_or_beside_the_rules_reading_of_it():
    assert not {f for f in _eager("Acme Mining Corp is in talks with Globex Group over a new office.")
                if f[0] == "INVESTS_IN"}
    assert not {f for f in _eager("Glencore will invest $40 million in Acme Mining Corp's Redhill mine.")
                if f[0] == "INVESTS_IN"}
    # with money and no rule reading, the model may speak
    assert ("INVESTS_IN", "Globex Group", "Acme Mining") in _eager(
        "Globex Group and Acme Mining Corp are weighing a fresh capital injection.")


# ---------------------------------------------------------------- RESTRICTS from the model

RESTRICTING = {"weights": {"bias": {"RESTRICTS": 5.0}}, "threshold": 0.0}


def _restricts(text):
    sents, rules, _ = extract_facts(text, "t.txt", learned=False)
    return rules, [f for f in pair_facts(sents, rules, RESTRICTING) if f.type == "RESTRICTS"]


def test_a_learned_item_joins_the_measure_the_rules_named_for_its_imposer():
    rules, added = _restricts("China imposed export controls on gallium in 2023. Beijing has since widened the "
                              "curbs, and the trade in germanium and antimony has slowed.")
    measures = {f.source for f in rules if f.type == "RESTRICTS"}
    assert measures and added
    for f in added:
        assert f.source in measures and f.node_props[f.source]["imposer"] == "China"
        assert f.props == {"found_by": "learned"}
    assert "gallium" not in {f.target[1] for f in added}  # the rules' own item is not read twice


def test_a_learned_item_without_a_measure_of_its_imposer_gets_a_new_one():
    rules, added = _restricts("Indonesia stopped nickel ore from leaving the country in 2020, a ban that drew "
                              "smelters.")
    assert not [f for f in rules if f.type == "RESTRICTS"]
    assert [(f.source, f.target[1], f.node_props[f.source]["imposer"]) for f in added] == [
        (("ExportControl", "Indonesia export controls on nickel ore"), "nickel ore", "Indonesia")]


def test_no_learned_restriction_where_no_measure_is_spoken_of():
    assert _restricts("China mines most of the world's tungsten and exports it to Japan.")[1] == []


@pytest.mark.parametrize("text,kept_out", [
    ("Vietnam put export licences on two heavy rare earths: dysprosium and terbium.", "heavy rare earths"),
    ("China put export licences on three rare earths - terbium, dysprosium and yttrium.", "rare earths"),
    ("Seoul curbed exports of certain lithium iron phosphate cathode technology.", "lithium iron phosphate"),
    ("Tokyo will require licences for all gallium nitride wafer processing equipment.", "gallium nitride wafer"),
])
def test_no_learned_item_for_a_group_before_its_list_or_a_material_naming_a_technology(text, kept_out):
    rules, added = _restricts(text)
    assert rules and kept_out not in {f.target[1] for f in added}


def test_an_item_the_rules_gave_an_imposer_gets_no_second_one_from_the_model():
    rules, added = _restricts("Seoul urged Vietnam to talk and placed licensing requirements on exports of nickel.")
    assert {f.node_props[f.source]["imposer"] for f in rules if f.type == "RESTRICTS"} == {"South Korea"}
    assert added == []


def test_learned_items_of_one_imposer_without_a_rule_measure_share_one_new_measure():
    _, added = _restricts("Indonesia stopped nickel ore from leaving the country in 2020, a ban that drew smelters. "
                          "Bauxite followed under the same ban, Indonesia said.")
    assert {f.target[1] for f in added} >= {"nickel ore", "bauxite"}
    assert len({f.source for f in added}) == 1
    assert {f.node_props[f.source]["imposer"] for f in added} == {"Indonesia"}
