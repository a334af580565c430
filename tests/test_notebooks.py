"""Every notebook executes top to bottom; their cells assert on real results."""

import os
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"

pytestmark = pytest.mark.slow


def run_notebook(path: Path, env: dict | None = None):
    nb = nbformat.read(path, as_version=4)
    old = dict(os.environ)
    os.environ.update(env or {})
    try:
        client = nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                                         resources={"metadata": {"path": str(NOTEBOOKS)}})
        client.execute()
    finally:
        os.environ.clear()
        os.environ.update(old)
    return nb


def _outputs(nb) -> str:
    return "\n".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []))


def test_notebooks_are_committed_without_outputs():
    for path in sorted(NOTEBOOKS.glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        assert all(not c.get("outputs") and c.get("execution_count") is None
                   for c in nb.cells if c.cell_type == "code"), f"{path.name} has stale outputs"


@pytest.mark.parametrize("name", ["01_quickstart.ipynb", "02_chokepoints.ipynb"])
def test_notebook_runs(name):
    run_notebook(NOTEBOOKS / name)


def test_neo4j_notebook_runs_against_the_bolt_server(bolt_server):
    env = {"NEO4J_URI": bolt_server.uri, "NEO4J_USERNAME": bolt_server.auth[0],
           "NEO4J_PASSWORD": bolt_server.auth[1], "NEO4J_DATABASE": "scratch"}
    nb = run_notebook(NOTEBOOKS / "03_neo4j.ipynb", env)
    assert "No Neo4j reachable" not in _outputs(nb)


def test_neo4j_notebook_explains_when_no_server_is_reachable():
    env = {"NEO4J_URI": "bolt://127.0.0.1:9", "NEO4J_USERNAME": "neo4j", "NEO4J_PASSWORD": "x"}
    nb = run_notebook(NOTEBOOKS / "03_neo4j.ipynb", env)
    assert "No Neo4j reachable" in _outputs(nb)
    assert bolt_server_password_not_in(nb, "x")


def bolt_server_password_not_in(nb, password: str) -> bool:
    return f"password {password}" not in _outputs(nb)
