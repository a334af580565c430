"""Fixtures shared across test modules."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))


@pytest.fixture(scope="session")
def bolt_server():
    """One real Bolt server (ArcadeDB) for the whole session, on 127.0.0.1."""
    pytest.importorskip("arcadedb_embedded", reason="arcadedb-embedded (test extra) provides the Bolt server")
    from neo4j_server import BoltServer

    with BoltServer() as server:
        yield server
