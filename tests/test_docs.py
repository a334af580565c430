"""The docs cannot drift: README's generated sections are current and name every public function."""

import importlib
from pathlib import Path

import pytest

from supplygraph.docs import render_readme

README = Path(__file__).resolve().parents[1] / "README.md"


def test_readme_generated_sections_are_current():
    text = README.read_text(encoding="utf-8")
    assert render_readme(text) == text, "README is stale: run `python -m supplygraph.docs`"


def test_every_cli_command_is_in_the_readme():
    from supplygraph.cli import main

    text = README.read_text(encoding="utf-8")
    for name, cmd in main.commands.items():
        assert f"`supplygraph {name}`" in text
        for sub in getattr(cmd, "commands", {}):
            assert f"`supplygraph {name} {sub}`" in text


@pytest.mark.parametrize("package", ["graph", "queries", "loaders.tables", "loaders.documents"])
def test_every_public_function_is_in_the_readme(package):
    try:
        module = importlib.import_module(package)
    except ModuleNotFoundError:
        pytest.skip(f"{package} not present")
    text = README.read_text(encoding="utf-8")
    public = [n for n in getattr(module, "__all__", []) if callable(getattr(module, n))]
    missing = [n for n in public if f"`{n}`" not in text]
    assert not missing, f"{package}: not in README: {missing}"
