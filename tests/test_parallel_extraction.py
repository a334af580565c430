"""Extraction with several worker processes gives the same output as one, in file order."""

from __future__ import annotations

import shutil
import warnings
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.io import dumps, graph_to_dict
from loaders.documents import BadDocument, extract_paths, job_count, load_documents
from supplygraph.build import build_graph
from supplygraph.cli import main

ROOT = Path(__file__).resolve().parents[1]
HOLDOUT = ROOT / "tests" / "holdout" / "docs"


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    """Twenty of our own articles with two bad files among them."""
    d = tmp_path_factory.mktemp("articles")
    for p in sorted(HOLDOUT.glob("*.txt"))[:20]:
        shutil.copy(p, d / p.name)
    (d / "05_binary.txt").write_bytes(b"\x00\x01\x02")
    (d / "15_empty.txt").write_text("  \n", encoding="utf-8")
    return d


def test_job_count():
    assert job_count(3) == 3 and job_count(0) >= 1
    with pytest.raises(ValueError, match="jobs"):
        job_count(-1)


def test_results_come_back_in_file_order_with_bad_files_in_place(articles):
    paths = sorted(articles.iterdir())
    serial = list(extract_paths(paths, jobs=1))
    parallel = list(extract_paths(paths, jobs=3))
    assert [p for p, _ in parallel] == paths
    assert [isinstance(r, BadDocument) for _, r in parallel].count(True) == 2
    assert [r if isinstance(r, list) else str(r) for _, r in parallel] == \
        [r if isinstance(r, list) else str(r) for _, r in serial]


def test_cli_extract_output_is_identical_for_any_number_of_jobs(articles):
    runner = CliRunner()
    one = runner.invoke(main, ["extract", str(articles), "--format", "json"])
    two = runner.invoke(main, ["extract", str(articles), "--format", "json", "-j", "2"])
    assert one.exit_code == two.exit_code == 1  # two files skipped
    assert one.stdout == two.stdout and one.stdout.count('"doc"') == 20


def test_build_graph_is_identical_for_any_number_of_jobs(articles):
    skipped1, skipped2 = [], []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        g1 = build_graph(ROOT / "data", docs=[articles], skipped=skipped1)
        g2 = build_graph(ROOT / "data", docs=[articles], skipped=skipped2, jobs=2)
    assert skipped1 == skipped2 and len(skipped1) == 2
    assert dumps(graph_to_dict(g1)) == dumps(graph_to_dict(g2))


def test_load_documents_streams_records_with_jobs(articles):
    skipped = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        records = load_documents([articles], skipped=skipped, jobs=2)
        first = next(records)  # a generator: records arrive before all files are done
        rest = list(records)
    assert first.type in ("Country", "Material", "Firm", "Agency") and len(rest) > 100
    assert sorted(Path(p).name for p, _ in skipped) == ["05_binary.txt", "15_empty.txt"]


def test_jsonl_has_one_line_per_good_file_equal_to_the_json_objects(articles):
    import json

    runner = CliRunner()
    array = json.loads(runner.invoke(main, ["extract", str(articles), "--format", "json"]).stdout)
    lines = runner.invoke(main, ["extract", str(articles), "--format", "jsonl", "-j", "2"]).stdout.splitlines()
    assert [json.loads(line) for line in lines] == array and len(lines) == 20
