"""An interrupted build leaves the previous graph file intact."""

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _big_tables(folder: Path, rows: int) -> None:
    folder.mkdir()
    countries = ["China", "United States", "Japan", "Australia", "Myanmar", "India", "Brazil", "Canada"]
    with (folder / "production.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow("material,stage,country,year,quantity,unit,share,share_note,source_url,source_title".split(","))
        for i in range(rows):
            w.writerow([f"material {i // 8}", "mine", countries[i % 8], 2024, 100, "t", 0.1, "",
                        "https://example.org/x", "t"])


def _build(data: Path, out: Path) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "supplygraph.cli", "build", "--data", str(data), "--out", str(out), "--quiet"]
    return subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


@pytest.mark.parametrize("kill_after", [0.8, 2.5])
def test_killed_build_keeps_previous_graph(tmp_path, kill_after):
    out = tmp_path / "graph.json"
    ok = subprocess.run([sys.executable, "-m", "supplygraph.cli", "build", "--data", str(ROOT / "data"),
                         "--out", str(out), "--quiet"], cwd=ROOT, capture_output=True)
    assert ok.returncode == 0, ok.stderr
    before = out.read_bytes()
    _big_tables(tmp_path / "big", 40_000)
    proc = _build(tmp_path / "big", out)
    time.sleep(kill_after)
    if proc.poll() is not None:
        pytest.skip("build finished before it could be interrupted on this machine")
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    after = out.read_bytes()
    # Either untouched, or (killed after the rename) the complete new graph: never a torn file.
    if after != before:
        assert len(json.loads(after)["edges"]) == 40_000
    else:
        assert json.loads(after)["format"] == "supplygraph/1"
