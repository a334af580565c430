"""Run `supplygraph extract` on a folder of articles and score it with the shared scorer."""

import importlib.util
from pathlib import Path

from click.testing import CliRunner

from supplygraph.cli import main

SCORER = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "score_extraction.py"


def score_folder(docs: Path, gold: Path, workdir: Path) -> dict:
    """The scorer's report for the extractor's output on ``docs/*.txt`` against ``gold``."""
    files = sorted(str(p) for p in docs.glob("*.txt"))
    result = CliRunner().invoke(main, ["extract", *files, "--format", "json"])
    assert result.exit_code == 0, result.output
    pred = workdir / "pred.json"
    pred.write_text(result.stdout, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("score_extraction", SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    return scorer.score(gold, pred)
