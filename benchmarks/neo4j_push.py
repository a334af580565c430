"""Benchmark: rows/s pushing the bundled graph over Bolt, batched vs one statement per row.

Run ``.venv/bin/python -m benchmarks.neo4j_push [--repeat N] [--batch-size N]``.

Starts the test server (ArcadeDB with Bolt on 127.0.0.1, ``tests/neo4j_server.py``),
then, ``--repeat`` times each, into an emptied database:

* batched: ``UNWIND $rows AS row MERGE ...``, ``--batch-size`` rows per
  statement and managed transaction (the default of ``supplygraph neo4j push``);
* per row: the same statements with one row each (``batch_size=1``), i.e. one
  statement and one transaction per node or relationship;
* re-push: batched again onto the existing data (all MERGEs match).

Prints the median rows/s of each and their ratio, and writes
``build/benchmarks/neo4j_push.json``. Ratios within one run are what to
compare: the machine is shared and ArcadeDB merges more slowly than Neo4j.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
from pathlib import Path

from graph.neo4j import connect, push, run_write
from supplygraph.build import build_graph

from ._harness import save_results

REPO = Path(__file__).resolve().parents[1]


def _bolt_server_class():
    spec = importlib.util.spec_from_file_location("neo4j_server", REPO / "tests" / "neo4j_server.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.BoltServer


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=1000)
    args = parser.parse_args(argv)
    G = build_graph(REPO / "data")
    rows = G.number_of_nodes() + G.number_of_edges()
    runs: dict[str, list[float]] = {"batched": [], "per_row": [], "re_push": []}
    with _bolt_server_class()() as server, connect(server.uri, *server.auth, "scratch") as driver:
        for _ in range(args.repeat):
            for mode, batch in (("batched", args.batch_size), ("per_row", 1)):
                run_write(driver, "MATCH (n) DETACH DELETE n", database="scratch")
                summary = push(driver, G, "scratch", batch_size=batch)
                assert summary.counters["relationships_created"] == G.number_of_edges()
                runs[mode].append(summary.rows / summary.seconds)
            summary = push(driver, G, "scratch", batch_size=args.batch_size)
            runs["re_push"].append(summary.rows / summary.seconds)
    result = {"rows": rows, "nodes": G.number_of_nodes(), "relationships": G.number_of_edges(),
              "batch_size": args.batch_size, "repeat": args.repeat,
              "rows_per_s": {mode: round(statistics.median(v), 1) for mode, v in runs.items()},
              "all_rows_per_s": {mode: [round(x, 1) for x in v] for mode, v in runs.items()}}
    result["speedup_batched_vs_per_row"] = round(result["rows_per_s"]["batched"] / result["rows_per_s"]["per_row"], 2)
    print(f"push of {rows} rows ({G.number_of_nodes()} nodes, {G.number_of_edges()} relationships) "
          f"into ArcadeDB over Bolt, median of {args.repeat}:")
    print(f"{'mode':<10} {'rows/s':>10}")
    for mode, value in result["rows_per_s"].items():
        print(f"{mode:<10} {value:>10,.0f}")
    print(f"batched / per row: {result['speedup_batched_vs_per_row']}x")
    print(f"written to {save_results('neo4j_push', result)}")
    return result


if __name__ == "__main__":
    main()
