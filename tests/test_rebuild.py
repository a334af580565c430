"""A stale graph file is rebuilt from the same inputs it was built with, articles included."""

from __future__ import annotations

import os
import shutil
import warnings
from pathlib import Path

import pytest

from graph.io import write_graph
from supplygraph.build import build_graph, ensure_graph, is_stale

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture()
def setup(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    article = tmp_path / "note.txt"
    article.write_text("Ruritania's Zenda Quarries Ltd mines about 30% of the world's hafnium.\n", encoding="utf-8")
    out = tmp_path / "graph.json"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        write_graph(build_graph(data, docs=[article]), out)
    return data, article, out


def _stamp(path: Path, t: int) -> None:
    os.utime(path, (t, t))


def test_graph_records_its_inputs(setup):
    data, article, out = setup
    G = ensure_graph(out, data)
    assert G.graph["inputs"] == {"docs": [str(article)]}


def test_rebuild_after_a_table_changes_keeps_the_article_facts(setup):
    data, article, out = setup
    _stamp(out, 100)
    assert is_stale(out, data)  # the tables are now newer than the graph
    G = ensure_graph(out, data)
    assert "firm:zenda-quarries" in G and not is_stale(out, data)
    assert any(s["kind"] == "document" for _, _, d in G.edges("firm:zenda-quarries", data=True) for s in d["sources"])


def test_an_edited_article_makes_the_graph_stale(setup):
    data, article, out = setup
    for p in data.iterdir():
        _stamp(p, 10)
    _stamp(article, 50)
    _stamp(out, 100)
    assert not is_stale(out, data) and not is_stale(out, data, [str(article)])
    article.write_text("Zenda Quarries Ltd mines about 40% of the world's hafnium.\n", encoding="utf-8")
    assert is_stale(out, data, [str(article)])
    G = ensure_graph(out, data)
    assert [d.get("share") for _, _, d in G.edges("firm:zenda-quarries", data=True)] == [0.4]


def test_a_vanished_article_is_named_in_a_warning(setup):
    data, article, out = setup
    article.unlink()
    _stamp(out, 100)
    with pytest.warns(UserWarning, match="note.txt"):
        G = ensure_graph(out, data)
    assert "firm:zenda-quarries" not in G
