"""The extraction benchmark runs end to end at a tiny size (its numbers are not checked here:
speed targets live in benchmarks/, never in tests)."""

from __future__ import annotations

import json

from benchmarks import extract_throughput


def test_benchmark_runs_and_one_and_two_workers_extract_the_same(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)  # results go to build/benchmarks under the current folder
    out = extract_throughput.main(["--mb", "0.04", "--jobs", "2"])
    assert out["learned"] is True and out["MB"] >= 0.04 and out["documents"] >= 10
    assert out["records"] > 0 and out["MB_per_s"] > 0 and out["peak_rss_MB"] > 0
    assert out["parallel"]["records"] == out["records"]  # the same corpus, the same records in two workers
    saved = json.loads((tmp_path / "build" / "benchmarks" / "extract_throughput.json").read_text())
    assert saved["records"] == out["records"]
    assert "target >= 5 MB/s" in capsys.readouterr().out


def test_benchmark_of_the_rules_alone(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    out = extract_throughput.main(["--mb", "0.02", "--rules-only"])
    assert out["learned"] is False and out["records"] > 0


def test_the_generated_corpus_is_the_same_for_the_same_seed():
    a = list(extract_throughput.articles(20_000, 2000, seed=3, fact_share=0.62))
    b = list(extract_throughput.articles(20_000, 2000, seed=3, fact_share=0.62))
    assert a == b and sum(len(t) for _, t in a) >= 20_000
    assert a != list(extract_throughput.articles(20_000, 2000, seed=4, fact_share=0.62))
