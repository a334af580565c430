"""A real Bolt server for tests and benchmarks: ArcadeDB (PyPI ``arcadedb-embedded``) on 127.0.0.1.

Run as a script it starts ArcadeDB with its Bolt plugin on the given ports,
creates the databases (the main one and ``scratch``), prints ``READY`` and serves until SIGTERM. From Python,
:class:`BoltServer` starts that script in a separate process (ArcadeDB runs
a JVM; a child process keeps it out of pytest's), waits until a ``RETURN 1``
succeeds, and stops it by its PID.

    with BoltServer() as server:
        driver = graph.neo4j.connect(server.uri, *server.auth, server.database)
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

__all__ = ["BoltServer", "free_port"]

HOST = "127.0.0.1"
USER = "root"
DATABASE = "supplygraph"


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


class BoltServer:
    """ArcadeDB with Bolt in a child process; a context manager."""

    def __init__(self, database: str = DATABASE, password: str = "sg-test-Pa55word!",
                 startup_timeout: float = 120.0, extra_databases: tuple[str, ...] = ("scratch",)):
        self.database, self.password = database, password
        self.extra_databases = tuple(extra_databases)
        self.bolt_port, self.http_port = free_port(), free_port()
        self.startup_timeout = startup_timeout
        self.root = Path(tempfile.mkdtemp(prefix="sg-arcadedb-"))
        self.proc: subprocess.Popen | None = None

    @property
    def uri(self) -> str:
        return f"bolt://{HOST}:{self.bolt_port}"

    @property
    def auth(self) -> tuple[str, str]:
        return (USER, self.password)

    def start(self) -> "BoltServer":
        env = {**os.environ, "SG_ARCADEDB_PASSWORD": self.password}  # not on the command line
        self._log = open(self.root / "server.out", "wb")
        # cwd: ArcadeDB writes ./log/ relative to the working directory.
        self.proc = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), str(self.root / "db"),
             str(self.bolt_port), str(self.http_port), ",".join(self.extra_databases + (self.database,))],
            cwd=self.root, env=env, stdout=self._log, stderr=subprocess.STDOUT)
        try:
            self._wait_ready()
        except BaseException:
            self.stop()
            raise
        return self

    def _wait_ready(self) -> None:
        from graph.neo4j import GraphDatabaseError, connect, run_query

        deadline = time.monotonic() + self.startup_timeout
        last: Exception | None = None
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"ArcadeDB exited with {self.proc.returncode}: {self.output()[-2000:]}")
            try:
                # The Bolt port opens before the databases exist (the main one is
                # created last): retry until a query runs there.
                with connect(self.uri, *self.auth, self.database) as driver:
                    if run_query(driver, "RETURN 1 AS one", database=self.database)[0]["one"] == 1:
                        return
            except GraphDatabaseError as exc:
                last = exc
            time.sleep(0.3)
        raise RuntimeError(f"ArcadeDB not ready after {self.startup_timeout:.0f}s: {last}")

    def output(self) -> str:
        path = self.root / "server.out"
        return path.read_text(errors="replace") if path.exists() else ""

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if getattr(self, "_log", None):
            self._log.close()

    def __enter__(self) -> "BoltServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def _serve(root: str, bolt_port: int, http_port: int, databases: str) -> None:
    import arcadedb_embedded

    server = arcadedb_embedded.create_server(
        root_path=root, root_password=os.environ["SG_ARCADEDB_PASSWORD"],
        config={"host": HOST, "http_port": http_port, "bolt_port": bolt_port,
                "server_plugins": "Bolt:com.arcadedb.bolt.BoltProtocolPlugin"})
    server.start()
    for database in databases.split(","):
        server.create_database(database)
    stopping = []
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(1))
    print("READY", flush=True)
    while not stopping:
        time.sleep(0.2)
    server.stop()


if __name__ == "__main__":
    _serve(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4])
