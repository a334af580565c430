"""Measure a step in a fresh interpreter: wall time and that process's own peak RSS."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

__all__ = ["python_step", "save_results"]

RESULTS = Path("build/benchmarks")


def python_step(code: str, cwd: str | None = None) -> dict:
    """Run Python ``code`` in a fresh interpreter that reports its own peak RSS."""
    wrapped = code + "\nimport resource, sys\nprint('PEAK_RSS_KB', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", wrapped], cwd=cwd, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"step failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    peak = [line for line in proc.stderr.splitlines() if line.startswith("PEAK_RSS_KB")]
    rss = int(peak[-1].split()[1]) / 1024 if peak else None
    return {"seconds": round(seconds, 3), "peak_rss_mb": round(rss, 1) if rss else None, "stdout": proc.stdout}


def save_results(name: str, results) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(results, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return path
