"""The supplygraph model: schema, records, names, the graph container and its file form.

``graph`` imports nothing else of the project; loaders, queries and the CLI
build on it.
"""

from .errors import DataError, SchemaError, SupplyGraphError
from .model import add_edge, add_node, add_records, counts, edges_of_type, new_graph, nodes_of_type
from .records import Edge, Node, Source, node_id
from .schema import load_schema

__all__ = ["DataError", "SchemaError", "SupplyGraphError", "Edge", "Node", "Source", "node_id",
           "load_schema", "new_graph", "add_node", "add_edge", "add_records", "counts",
           "nodes_of_type", "edges_of_type"]
