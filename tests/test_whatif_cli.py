"""``supplygraph whatif``: a country dropping out or a control biting, from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from graph.io import write_graph
from queries import alternative_suppliers, what_if
from queries.toy import toy_graph
from supplygraph.cli import main

AS_OF = "2026-01-01"
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("g") / "graph.json"
    write_graph(toy_graph(), path)
    return str(path)


def _run(*args):
    return CliRunner().invoke(main, ["whatif", *args])


def test_country_csv_is_the_library_table(graph_file):
    result = _run("--graph", graph_file, "--country", "China", "--as-of", AS_OF, "--format", "csv")
    assert result.exit_code == 0, result.output
    expected = what_if(toy_graph(), remove_country="China", as_of=AS_OF).to_csv(index=False, lineterminator="\n")
    assert result.output == expected
    assert "remove China" in result.output


def test_control_json_has_the_rows_and_the_alternatives_and_is_stable(graph_file):
    args = ("--graph", graph_file, "--control", "CN-B", "--as-of", AS_OF, "--format", "json")
    first, second = _run(*args), _run(*args)
    assert first.exit_code == 0, first.output
    assert first.output == second.output
    data = json.loads(first.output)
    assert data["scenario"] == "apply CN-B (suspended)" and data["as_of"] == AS_OF
    rows = what_if(toy_graph(), apply_control="CN-B", as_of=AS_OF)
    assert [r["node"] for r in data["what_if"]] == list(rows["node"])
    direct = sorted(set(rows.loc[rows["kind"] == "direct", "node"]))
    expected = pd.concat([alternative_suppliers(toy_graph(), m, control="CN-B") for m in direct])
    assert [r["supplier"] for r in data["alternatives"]] == list(expected["supplier"])


def test_text_names_the_scenario_and_can_go_to_a_file(graph_file, tmp_path):
    result = _run("--graph", graph_file, "--control", "CN-B", "--as-of", AS_OF)
    assert result.exit_code == 0, result.output
    assert "What if: apply CN-B (suspended)" in result.output and "Alternative suppliers" in result.output
    out = tmp_path / "whatif.txt"
    result = _run("--graph", graph_file, "--country", "China", "--as-of", AS_OF, "--out", str(out))
    assert result.exit_code == 0 and result.output == ""
    assert "What if: remove China" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("args", [[], ["--country", "China", "--control", "CN-B"]])
def test_exactly_one_scenario(graph_file, args):
    result = _run("--graph", graph_file, *args)
    assert result.exit_code == 2 and "one of --country and --control" in result.output


def test_an_unknown_control_is_one_clean_error(graph_file):
    result = _run("--graph", graph_file, "--control", "XX-0000")
    assert result.exit_code == 2
    assert result.output.startswith("error: no export control 'XX-0000'")


def test_alternatives_of_a_group_and_its_members_are_listed_once(tmp_path):
    from supplygraph.build import build_graph

    path = tmp_path / "bundled.json"
    write_graph(build_graph(ROOT / "data"), path)
    result = _run("--graph", str(path), "--control", "CN-2025-70", "--as-of", AS_OF, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    hit = {r["node"] for r in data["what_if"] if r["kind"] == "direct"}
    assert "rare earths" in hit and len(hit) > 2  # the group and members of it
    rows = [json.dumps(r, sort_keys=True) for r in data["alternatives"]]
    assert rows and len(rows) == len(set(rows))
