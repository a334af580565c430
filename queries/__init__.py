"""Chokepoint analysis: pure functions over the supplygraph graph, returning DataFrames.

One family per module, each function taking the graph first and never
changing it:

* :mod:`queries.paths`: ``dependency_paths``, ``dependent_industries``
* :mod:`queries.concentration`: ``concentration``, ``hhi``
* :mod:`queries.controls`: ``control_exposure``
* :mod:`queries.failure`: ``dominators``, ``articulation_points``, ``single_source_materials``,
  ``failure_points``
* :mod:`queries.whatif`: ``what_if``, ``alternative_suppliers``, ``mitigations``, ``resolve_control``
* :mod:`queries.report`: ``chokepoint_report``, ``report_sections``
* :mod:`queries.toy`: ``toy_graph``, the tiny graph of the doctests

Thresholds and weights are data: ``queries/scoring.yaml``. Names are resolved
with ``graph.names`` (``"Rare Earth Elements"`` finds ``rare earths``); an
unknown name raises :class:`QueryError` (a ``graph.SupplyGraphError``).

>>> from queries import toy_graph, concentration
>>> concentration(toy_graph(), "synthetic diamond").loc[0, "top_supplier"]
'China'
"""

from ._common import QueryError, as_of_date, resolve, resolve_country, resolve_material
from .concentration import concentration, hhi
from .controls import control_exposure
from .failure import articulation_points, dominators, failure_points, single_source_materials
from .paths import dependency_paths, dependent_industries
from .report import chokepoint_report, report_sections
from .toy import toy_graph
from .whatif import alternative_suppliers, mitigations, resolve_control, what_if

__all__ = ["QueryError", "resolve", "resolve_material", "resolve_country", "as_of_date", "dependency_paths", "dependent_industries", "concentration", "hhi",
           "control_exposure", "dominators", "articulation_points", "single_source_materials", "failure_points",
           "what_if", "alternative_suppliers", "mitigations", "resolve_control",
           "chokepoint_report", "report_sections", "toy_graph"]
