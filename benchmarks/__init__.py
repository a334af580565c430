"""Speed and memory benchmarks: scripts run as ``python -m benchmarks.<name>``.

Targets live here, never in timed unit tests. Each script prints a table and
writes its results as JSON under ``build/benchmarks/``.
"""
