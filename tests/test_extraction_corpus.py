"""The extractor on the development corpus, scored by the shared scorer against the issue's thresholds.

The articles and the scorer live in ../shared (beside the repository); the test
skips when they are absent. Nothing of them is copied into the project.
"""

import importlib.util
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from supplygraph.cli import main

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEV = SHARED / "corpus" / "dev"
SCORER = SHARED / "eval" / "score_extraction.py"

pytestmark = pytest.mark.skipif(not (DEV.is_dir() and SCORER.is_file()), reason="../shared corpus absent")


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    docs = sorted(str(p) for p in (DEV / "docs").glob("*.txt"))
    result = CliRunner().invoke(main, ["extract", *docs, "--format", "json"])
    assert result.exit_code == 0, result.output
    pred = tmp_path_factory.mktemp("pred") / "pred.json"
    pred.write_text(result.stdout, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("score_extraction", SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    return scorer.score(DEV / "gold", pred)


def test_every_document_has_a_prediction(report):
    assert report["documents_without_prediction"] == []


def test_core_edge_f1(report):
    assert report["core_edge"]["f1"] >= 0.80, json.dumps(report["edges"], indent=1)


def test_core_node_f1(report):
    assert report["core_node"]["f1"] >= 0.95, json.dumps(report["nodes"], indent=1)


@pytest.mark.parametrize("edge_type", ["INVESTS_IN", "PART_OF"])
def test_investment_and_ownership_f1(report, edge_type):
    assert report["edges"][edge_type]["f1"] >= 0.60, report["edges"][edge_type]


def test_share_accuracy(report):
    assert report["shares_matched"] > 0 and report["share_accuracy"] >= 0.90
