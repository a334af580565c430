"""The extractor on the development corpus, scored by the shared scorer against the issue's thresholds.

The articles and the scorer live in ../shared (beside the repository); the test
skips when they are absent. Nothing of them is copied into the project.
"""

import json
from pathlib import Path

import pytest

from extraction_scoring import SCORER, score_folder

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"

pytestmark = pytest.mark.skipif(not (DEV.is_dir() and SCORER.is_file()), reason="../shared corpus absent")


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    return score_folder(DEV / "docs", DEV / "gold", tmp_path_factory.mktemp("pred"))


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
