"""The graph in Neo4j: schema-driven Cypher, flat property rows, and a batched, idempotent push.

Labels and relationship types come from ``spec/schema.yaml`` only and every
value travels as a parameter; how nodes, relationships and their provenance
are represented is data too (``spec/neo4j.yaml``). The statement builders and
row functions are pure (the offline exporter reuses them); the ``neo4j``
driver is imported here and nowhere else, inside :func:`connect`.

>>> print(merge_nodes_statement("Country"))
UNWIND $rows AS row
MERGE (n:Country {id: row.id})
SET n += row.props
>>> merge_nodes_statement("Country) DETACH DELETE (x")
Traceback (most recent call last):
...
graph.errors.SchemaError: unknown node type 'Country) DETACH DELETE (x' (known: Country, Material, Firm, Agency, ExportControl, Facility, Agreement, Investment, Industry, Technology)
"""

from __future__ import annotations

import json
import re
import time
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any, Callable, Iterator

import networkx as nx
import yaml

from .errors import SupplyGraphError
from .schema import Schema, load_schema

if TYPE_CHECKING:  # pragma: no cover
    import neo4j as _neo4j

__all__ = ["GraphDatabaseError", "PushSummary", "representation", "cypher_name", "property_kinds",
           "cypher_schema", "constraint_statements", "merge_nodes_statement",
           "merge_relationships_statement", "wipe_statements", "count_statements",
           "node_properties", "relationship_properties", "node_rows", "relationship_rows",
           "connect", "push", "wipe", "database_counts", "run_query", "run_write", "redact_uri"]

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# Words that would read as Cypher syntax where a name is expected: always quoted.
_RESERVED_WORDS = frozenset("""
all and as asc ascending by call case contains create delete desc descending detach distinct
else end ends exists false in is limit match merge not null on optional or order remove return
set skip starts then true union unwind where with xor yield""".split())


_SCHEMES = ("neo4j", "neo4j+s", "neo4j+ssc", "bolt", "bolt+s", "bolt+ssc")


class GraphDatabaseError(SupplyGraphError):
    """Neo4j could not be reached or refused the work: one line, never the password."""


# --------------------------------------------------------------------------- pure part

@lru_cache(maxsize=1)
def representation() -> dict:
    """The Neo4j representation (``spec/neo4j.yaml``): marker, base and source properties."""
    text = resources.files("graph.spec").joinpath("neo4j.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def cypher_name(name: str) -> str:
    """``name`` as a Cypher label, type or property key: plain if safe, else in backticks.

    >>> cypher_name("Country"), cypher_name("on"), cypher_name("a`b c")
    ('Country', '`on`', '`a``b c`')
    """
    if _IDENTIFIER.match(name) and name.lower() not in _RESERVED_WORDS:
        return name
    return "`" + name.replace("`", "``") + "`"


def property_kinds(schema: Schema | None = None) -> dict[str, dict[str, dict[str, str]]]:
    """Property name -> kind for every label (``nodes``) and relationship type (``relationships``).

    Base properties first, then the schema's own, then the marker and source lists.

    >>> kinds = property_kinds()
    >>> kinds["relationships"]["SUPPLIES"]["share"], kinds["nodes"]["Country"]["aliases"]
    ('share', 'list')
    >>> kinds["nodes"]["Country"]["sg_managed"], kinds["relationships"]["USED_IN"]["source_rows"]
    ('bool', 'list')
    """
    schema = schema or load_schema()
    rep = representation()
    tail = {rep["marker"]: "bool", rep["sources_property"]: "list", **{k: "list" for k in rep["source_lists"]}}
    nodes = {label: {**{k: v["kind"] for k, v in rep["node_properties"].items()},
                     **{k: p.kind for k, p in spec.properties.items()}, **tail}
             for label, spec in schema.node_types.items()}
    rels = {rtype: {**{k: v["kind"] for k, v in rep["relationship_properties"].items()},
                    **{k: p.kind for k, p in spec.properties.items()}, **tail}
            for rtype, spec in schema.edge_types.items()}
    return {"nodes": nodes, "relationships": rels}


def cypher_schema(schema: Schema | None = None) -> dict:
    """Labels, relationship types, property keys and allowed patterns, as a Cypher linter wants them.

    >>> s = cypher_schema()
    >>> "Country" in s["labels"], "SUPPLIES" in s["relationshipTypes"], "source_urls" in s["propertyKeys"]
    (True, True, True)
    >>> {"from": "Country", "to": "Material", "relType": "SUPPLIES"} in s["graphSchema"]
    True
    """
    schema = schema or load_schema()
    kinds = property_kinds(schema)
    keys = {k for group in kinds.values() for props in group.values() for k in props}
    patterns = [{"from": s, "to": t, "relType": rtype}
                for rtype, spec in schema.edge_types.items() for s in spec.source for t in spec.target]
    return {"labels": list(schema.node_types), "relationshipTypes": list(schema.edge_types),
            "propertyKeys": sorted(keys), "graphSchema": patterns}


def constraint_statements(schema: Schema | None = None) -> list[str]:
    """One uniqueness constraint on ``id`` and one index on ``name`` per label, idempotent.

    >>> constraint_statements()[:2]
    ['CREATE CONSTRAINT sg_country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE', 'CREATE INDEX sg_country_name IF NOT EXISTS FOR (n:Country) ON (n.name)']
    """
    schema = schema or load_schema()
    rep = representation()
    out = []
    for label in schema.node_types:
        lab = cypher_name(label)
        out.append(f"CREATE CONSTRAINT {cypher_name(rep['constraint_name'].format(label=label.lower()))} "
                   f"IF NOT EXISTS FOR (n:{lab}) REQUIRE n.id IS UNIQUE")
        out.append(f"CREATE INDEX {cypher_name(rep['index_name'].format(label=label.lower()))} "
                   f"IF NOT EXISTS FOR (n:{lab}) ON (n.name)")
    return out


def merge_nodes_statement(label: str, schema: Schema | None = None) -> str:
    """``UNWIND $rows AS row MERGE`` nodes of one label on ``id``; rows are ``{id, props}``.

    ``+=`` keeps properties other tools added to a node we share with them.
    """
    (schema or load_schema()).check_node_type(label)
    return (f"UNWIND $rows AS row\n"
            f"MERGE (n:{cypher_name(label)} {{id: row.id}})\n"
            f"SET n += row.props")


def merge_relationships_statement(rel_type: str, source_label: str, target_label: str,
                                  schema: Schema | None = None) -> str:
    """``UNWIND $rows AS row MERGE`` relationships of one type between two labels, on ``key``.

    Rows are ``{source, target, key, props}``. The relationship is entirely
    ours, so ``SET r = row.props`` also drops properties a source no longer states.

    >>> print(merge_relationships_statement("SUPPLIES", "Country", "Material"))
    UNWIND $rows AS row
    MATCH (a:Country {id: row.source})
    MATCH (b:Material {id: row.target})
    MERGE (a)-[r:SUPPLIES {key: row.key}]->(b)
    SET r = row.props
    >>> merge_relationships_statement("SUPPLIES", "Material", "Country")
    Traceback (most recent call last):
    ...
    graph.errors.SchemaError: SUPPLIES cannot go from Material to Country (allowed: Country, Firm, Facility -> Material, Technology, Industry)
    """
    (schema or load_schema()).check_edge(rel_type, source_label, target_label, {})
    return (f"UNWIND $rows AS row\n"
            f"MATCH (a:{cypher_name(source_label)} {{id: row.source}})\n"
            f"MATCH (b:{cypher_name(target_label)} {{id: row.target}})\n"
            f"MERGE (a)-[r:{cypher_name(rel_type)} {{key: row.key}}]->(b)\n"
            f"SET r = row.props")


def wipe_statements(schema: Schema | None = None) -> list[str]:
    """Delete what supplygraph wrote, in batches of ``$batch``: relationships, then nodes.

    Each statement returns ``deleted``; run it until that is 0. A node that
    still has a relationship some other tool wrote is kept (``kept`` counts them).

    >>> print(wipe_statements()[0])
    MATCH ()-[r:SUPPLIES]->() WHERE r.sg_managed = true
    WITH r LIMIT $batch
    DELETE r
    RETURN count(*) AS deleted
    """
    schema = schema or load_schema()
    marker = cypher_name(representation()["marker"])
    rels = [f"MATCH ()-[r:{cypher_name(t)}]->() WHERE r.{marker} = true\n"
            f"WITH r LIMIT $batch\nDELETE r\nRETURN count(*) AS deleted" for t in schema.edge_types]
    nodes = [f"MATCH (n:{cypher_name(label)}) WHERE n.{marker} = true AND NOT EXISTS {{ (n)--() }}\n"
             f"WITH n LIMIT $batch\nDELETE n\nRETURN count(*) AS deleted" for label in schema.node_types]
    return rels + nodes


def count_statements(schema: Schema | None = None) -> dict[str, dict[str, str]]:
    """Statements counting supplygraph's nodes by label and relationships by type (column ``n``).

    >>> count_statements()["nodes"]["Country"]
    'MATCH (n:Country) WHERE n.sg_managed = true RETURN count(n) AS n'
    """
    schema = schema or load_schema()
    marker = cypher_name(representation()["marker"])
    return {"nodes": {label: f"MATCH (n:{cypher_name(label)}) WHERE n.{marker} = true RETURN count(n) AS n"
                      for label in schema.node_types},
            "edges": {t: f"MATCH ()-[r:{cypher_name(t)}]->() WHERE r.{marker} = true RETURN count(r) AS n"
                      for t in schema.edge_types}}


def _primitive(value: Any) -> Any:
    # Neo4j properties are primitives or homogeneous lists of them.
    if isinstance(value, (list, tuple, set)):
        return [str(v) for v in value]
    if isinstance(value, (bool, int, float, str)):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _source_lists(sources: list[dict]) -> dict[str, list]:
    """Every source as JSON text, and the distinct non-empty values filtered on in Cypher."""
    rep = representation()
    out: dict[str, list] = {}
    if sources:
        out[rep["sources_property"]] = [json.dumps(src, ensure_ascii=False, sort_keys=True) for src in sources]
    for prop, template in rep["source_lists"].items():
        values: list[str] = []
        for src in sources:
            try:
                value = template.format_map({k: v for k, v in src.items() if v is not None and v != ""})
            except KeyError:
                continue  # this source lacks a field of the template
            if value not in values:
                values.append(value)
        if values:
            out[prop] = values
    return out


def _flat(attrs: dict, skip: frozenset) -> dict:
    props = {}
    for k in sorted(attrs):
        v = attrs[k]
        if k in skip or v is None or v == "" or v == [] or v == ():
            continue  # an empty list cannot go through neo4j-admin import: leave it out everywhere
        props[k] = _primitive(v)
    return props


def node_properties(G: nx.MultiDiGraph, nid: str) -> dict:
    """The Neo4j properties of one node: id, name, aliases, its own properties, marker, sources.

    Empty values are left out (an empty list cannot travel through neo4j-admin import).

    >>> from graph import new_graph, add_node, Node, Source
    >>> G = new_graph()
    >>> _ = add_node(G, Node("Country", "China", {"iso2": "CN"}, ("PRC",),
    ...                      (Source.from_table("t.csv", 3, None),)))
    >>> node_properties(G, "country:china")
    {'id': 'country:china', 'aliases': ['PRC'], 'iso2': 'CN', 'name': 'China', 'sg_managed': True, 'sources': ['{"claim": {"iso2": "CN"}, "kind": "table", "row": 3, "table": "t.csv"}'], 'source_tables': ['t.csv'], 'source_rows': ['t.csv:3']}
    """
    attrs = G.nodes[nid]
    props = {"id": nid, **_flat(attrs, frozenset({"type", "sources", "id"})),
             representation()["marker"]: True}
    props.update(_source_lists(attrs.get("sources") or []))
    return props


def relationship_properties(attrs: dict, key: str) -> dict:
    """The Neo4j properties of one edge: key, its own properties, ``disputed``, marker, sources.

    >>> from graph import Source
    >>> src = Source.from_document("a.txt", "X mines 10% of Y.", 0, 17, {"share": 0.1}).to_dict()
    >>> p = relationship_properties({"type": "SUPPLIES", "stage": "mine", "share": 0.1,
    ...                              "sources": [src]}, "SUPPLIES|mine")
    >>> p["key"], p["share"], p["source_sentences"], p["source_documents"], "source_rows" in p
    ('SUPPLIES|mine', 0.1, ['X mines 10% of Y.'], ['a.txt'], False)
    >>> json.loads(p["sources"][0])["claim"]
    {'share': 0.1}
    """
    props = {"key": key, **_flat(attrs, frozenset({"type", "sources", "key"})),
             representation()["marker"]: True}
    props.update(_source_lists(attrs.get("sources") or []))
    return props


def node_rows(G: nx.MultiDiGraph) -> dict[str, list[dict]]:
    """Rows ``{id, props}`` by label, labels in schema order, rows sorted by id."""
    order = list(load_schema().node_types)
    out: dict[str, list[dict]] = defaultdict(list)
    for nid in sorted(G.nodes):
        out[G.nodes[nid]["type"]].append({"id": nid, "props": node_properties(G, nid)})
    return {label: out[label] for label in sorted(out, key=order.index)}


def relationship_rows(G: nx.MultiDiGraph) -> dict[tuple[str, str, str], list[dict]]:
    """Rows ``{source, target, key, props}`` by (type, source label, target label), sorted."""
    order = list(load_schema().edge_types)
    out: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for u, v, k, d in sorted(G.edges(keys=True, data=True), key=lambda e: e[:3]):
        group = (d["type"], G.nodes[u]["type"], G.nodes[v]["type"])
        out[group].append({"source": u, "target": v, "key": k, "props": relationship_properties(d, k)})
    return {g: out[g] for g in sorted(out, key=lambda g: (order.index(g[0]), g[1], g[2]))}


# --------------------------------------------------------------------------- driver part

def redact_uri(uri: str) -> str:
    """``uri`` without any user:password part, for messages.

    >>> redact_uri("neo4j://neo4j:secret@db.example:7687")
    'neo4j://db.example:7687'
    """
    return re.sub(r"//[^/@]*@", "//", uri)


@contextmanager
def _errors(uri: str, user: str | None, database: str | None) -> Iterator[None]:
    """Turn driver errors into one-line GraphDatabaseErrors that never carry the password."""
    from neo4j import exceptions as ex

    where = redact_uri(uri)
    try:
        yield
    except ex.AuthError:
        raise GraphDatabaseError(f"Neo4j at {where} refused the credentials of user {user!r}") from None
    except ex.ServiceUnavailable as exc:
        reason = re.search(r"\[Errno -?\d+\] ([^)\n]+)", str(exc))
        raise GraphDatabaseError(f"cannot connect to Neo4j at {where}: "
                                 f"{reason.group(1) if reason else _first_line(exc).rstrip(':')}") from None
    except ex.ConfigurationError as exc:
        raise GraphDatabaseError(f"bad Neo4j settings for {where}: {_first_line(exc)}") from None
    except ex.Neo4jError as exc:
        code = getattr(exc, "code", "") or ""
        if code.endswith("DatabaseNotFound"):
            raise GraphDatabaseError(f"database {database!r} does not exist at {where}") from None
        raise GraphDatabaseError(f"Neo4j error {code}: {_first_line(exc)}") from None
    except ex.DriverError as exc:
        raise GraphDatabaseError(f"Neo4j driver error at {where}: {_first_line(exc)}") from None
    except ValueError as exc:  # e.g. a URI scheme the driver does not know
        raise GraphDatabaseError(f"bad Neo4j URI {where!r}: {_first_line(exc)}") from None


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "message", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def connect(uri: str, user: str, password: str, database: str | None = None) -> "_neo4j.Driver":
    """A driver that has reached ``database`` (``RETURN 1``); GraphDatabaseError when it cannot.

    Close it when done (it is a context manager).
    """
    import neo4j

    scheme = uri.split("://", 1)[0].lower() if "://" in uri else ""
    if scheme not in _SCHEMES:
        raise GraphDatabaseError(f"bad Neo4j URI {redact_uri(uri)!r}: expected one of "
                                 f"{', '.join(s + '://' for s in _SCHEMES)}")
    with _errors(uri, user, database):
        driver = neo4j.GraphDatabase.driver(uri, auth=(user, password))
        try:
            driver.verify_connectivity()
            driver.execute_query("RETURN 1", database_=database)
        except BaseException:
            driver.close()
            raise
    driver._sg_where = (uri, user, database)  # for error messages in later calls
    return driver


def _where(driver, database: str | None) -> tuple[str, str | None, str | None]:
    uri, user, _ = getattr(driver, "_sg_where", ("neo4j", None, None))
    return uri, user, database


def run_query(driver, query: str, params: dict | None = None, database: str | None = None) -> list[dict]:
    """Rows of a read query as plain dicts (in a managed read transaction)."""
    def work(tx):
        return [record.data() for record in tx.run(query, params or {})]

    with _errors(*_where(driver, database)), driver.session(database=database) as session:
        return session.execute_read(work)


def run_write(driver, query: str, params: dict | None = None, database: str | None = None) -> list[dict]:
    """Rows of a write query, in a managed write transaction (retried on transient errors)."""
    with _errors(*_where(driver, database)), driver.session(database=database) as session:
        return _write(session, query, params or {})[0]


def _write(session, statement: str, params: dict):
    def work(tx):
        result = tx.run(statement, params)
        records = [r.data() for r in result]
        return records, result.consume().counters

    return session.execute_write(work)  # managed: the driver retries transient errors


@dataclass
class PushSummary:
    """What a push did: rows sent by label/type, the server's counters, the time taken."""

    nodes: dict[str, int] = field(default_factory=dict)
    relationships: dict[str, int] = field(default_factory=dict)
    counters: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def rows(self) -> int:
        return sum(self.nodes.values()) + sum(self.relationships.values())


def _add_counters(total: dict[str, int], counters) -> None:
    for name in ("nodes_created", "nodes_deleted", "relationships_created", "relationships_deleted",
                 "properties_set", "constraints_added", "indexes_added"):
        total[name] = total.get(name, 0) + int(getattr(counters, name, 0) or 0)


def wipe(driver, database: str | None = None, batch_size: int = 1000) -> dict[str, int]:
    """Delete what supplygraph wrote (marked nodes and relationships), nothing else.

    Returns ``{"relationships": n, "nodes": n, "kept": n}``: ``kept`` counts our
    nodes left in place because another tool's relationship still uses them.
    """
    schema = load_schema()
    statements = wipe_statements(schema)
    n_rel = len(schema.edge_types)
    out = {"relationships": 0, "nodes": 0, "kept": 0}
    with _errors(*_where(driver, database)), driver.session(database=database) as session:
        for i, statement in enumerate(statements):
            while True:
                records, _ = _write(session, statement, {"batch": batch_size})
                deleted = records[0]["deleted"] if records else 0
                out["relationships" if i < n_rel else "nodes"] += deleted
                if deleted < batch_size:
                    break
        remaining = database_counts(driver, database)["nodes"]
    out["kept"] = sum(remaining.values())
    return out


def _write_batches(session, statement: str, rows: list, batch_size: int, summary, tally: dict, key: str,
                   progress) -> None:
    """Run one UNWIND statement over ``rows`` in batches, counting into ``summary`` and ``tally[key]``."""
    for i in range(0, len(rows), batch_size):
        batch = rows[i:i + batch_size]
        _, counters = _write(session, statement, {"rows": batch})
        _add_counters(summary.counters, counters)
        tally[key] = tally.get(key, 0) + len(batch)
        if progress:
            progress(len(batch))


def push(driver, G: nx.MultiDiGraph, database: str | None = None, batch_size: int = 1000,
         wipe_first: bool = False, progress: Callable[[int], None] | None = None) -> PushSummary:
    """Write ``G`` into Neo4j: constraints and indexes, then nodes, then relationships, in batches.

    Idempotent: nodes merge on ``id`` and relationships on ``key``, so a second
    push changes no count. ``progress`` is called with the number of rows of
    each batch written; :func:`push` itself prints nothing.
    """
    if batch_size < 1:
        raise GraphDatabaseError(f"batch size must be at least 1, got {batch_size}")
    schema = load_schema()
    summary = PushSummary()
    start = time.perf_counter()
    if wipe_first:
        summary.deleted = wipe(driver, database, batch_size)
    nodes, rels = node_rows(G), relationship_rows(G)
    with _errors(*_where(driver, database)), driver.session(database=database) as session:
        for statement in constraint_statements(schema):
            _add_counters(summary.counters, session.run(statement).consume().counters)
        for label, rows in nodes.items():
            _write_batches(session, merge_nodes_statement(label, schema), rows, batch_size,
                           summary, summary.nodes, label, progress)
        for (rtype, s, t), rows in rels.items():
            _write_batches(session, merge_relationships_statement(rtype, s, t, schema), rows, batch_size,
                           summary, summary.relationships, rtype, progress)
    summary.relationships = {t: summary.relationships[t] for t in schema.edge_types if t in summary.relationships}
    summary.seconds = time.perf_counter() - start
    return summary


def database_counts(driver, database: str | None = None) -> dict[str, dict[str, int]]:
    """supplygraph's nodes by label and relationships by type in the database, as :func:`graph.counts`."""
    out: dict[str, dict[str, int]] = {"nodes": {}, "edges": {}}
    for kind, statements in count_statements().items():
        for name, statement in statements.items():
            n = run_query(driver, statement, database=database)[0]["n"]
            if n:
                out[kind][name] = n
        out[kind] = dict(sorted(out[kind].items()))
    return out
