"""End-to-end scale benchmark: the bundled data at 1x, 10x and 100x.

Generates scaled copies of ``data/`` (every table's rows repeated with
renamed materials, firms and controls, so the graph really grows) and of a
small article set, then times ``build``, ``report``, ``html`` and
``neo4j export`` in fresh processes and reports peak memory, and how each
grows with size.

Run: ``python -m benchmarks.scale [--factors 1 10 100]``
"""

from __future__ import annotations

import argparse
import csv
import shutil
from pathlib import Path

from benchmarks._harness import python_step, save_results

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "build" / "bench-scale"

# Columns that name things we may rename per copy (countries stay real: they must resolve).
RENAME = {
    "production.csv": ["material"],
    "export_controls.csv": ["id", "name", "materials", "technologies"],
    "firms.csv": ["firm", "parents", "produces"],
    "investments.csv": ["recipient", "sector"],
    "uses.csv": ["material", "used_in"],
    "material_groups.csv": ["member", "group"],
}


def _rename(value: str, copy: int, column: str) -> str:
    if copy == 0 or not value or value == "World":
        return value
    items = value.split(";")
    out = []
    for item in items:
        name, sep, pair = item.partition(":") if column == "parents" else (item, "", "")
        out.append(f"{name} {copy}" + (sep + pair if sep else ""))
    return ";".join(out)


def scaled_data(factor: int, out: Path) -> Path:
    """A copy of data/ with every table ``factor`` times as large."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for src in sorted((ROOT / "data").glob("*.csv")):
        rows = list(csv.DictReader(src.open(encoding="utf-8")))
        with (out / src.name).open("w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
            w.writeheader()
            for copy in range(factor):
                for row in rows:
                    row = dict(row)
                    for col in RENAME.get(src.name, []):
                        row[col] = _rename(row[col], copy, col)
                    w.writerow(row)
    return out


DOC_BYTES_1X = 40_000  # about twenty 2 KB articles: the size of the dev corpus and sample articles


def scaled_docs(factor: int, out: Path) -> Path:
    """Generated news-like articles (benchmarks.extract_throughput's realistic mix), ``factor`` x 40 KB."""
    from benchmarks.extract_throughput import MIXES, articles

    out.mkdir(parents=True, exist_ok=True)
    for name, text in articles(factor * DOC_BYTES_1X, 2_000, seed=factor, fact_share=MIXES["realistic"]):
        (out / name).write_text(text, encoding="utf-8")
    return out


STEPS = {
    "build": "import warnings; warnings.simplefilter('ignore')\n"
             "from supplygraph.build import build_graph; from graph.io import write_graph\n"
             "G = build_graph({data!r}, [{docs!r}]); write_graph(G, {graph!r})\n"
             "print(G.number_of_nodes(), G.number_of_edges())",
    "report": "from supplygraph.cli import main\n"
              "main(['report', '--graph', {graph!r}, '--format', 'json', '--out', {out!r} + '/report.json'],"
              " standalone_mode=False)",
    "html": "from supplygraph.cli import main\n"
            "main(['html', '--graph', {graph!r}, '--out', {out!r} + '/graph.html'], standalone_mode=False)",
    "export": "from supplygraph.cli import main\n"
              "main(['neo4j', 'export', '--graph', {graph!r}, '--format', 'csv', '--out', {out!r} + '/csv'],"
              " standalone_mode=False)",
}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--factors", type=int, nargs="+", default=[1, 10, 100])
    args = ap.parse_args(argv)
    results = []
    for factor in args.factors:
        base = WORK / f"x{factor}"
        data = scaled_data(factor, base / "data")
        docs = scaled_docs(factor, base / "docs")
        graph = str(base / "graph.json")
        for step, code in STEPS.items():
            try:
                r = python_step(code.format(data=str(data), docs=str(docs), graph=graph, out=str(base)), cwd=str(ROOT))
            except RuntimeError as exc:
                r = {"seconds": None, "peak_rss_mb": None, "error": str(exc).splitlines()[-1][:200]}
            row = {"factor": factor, "step": step, "seconds": r["seconds"], "peak_rss_mb": r["peak_rss_mb"],
                   "doc_bytes": factor * DOC_BYTES_1X, "table_rows": sum(1 for f in data.glob("*.csv")
                                                                         for _ in f.open()) }
            if step == "build" and r.get("stdout"):
                row["nodes"], row["edges"] = (int(x) for x in r["stdout"].split()[:2])
            if "error" in r:
                row["error"] = r["error"]
            results.append(row)
            print(row, flush=True)
    save_results("scale", results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
