"""Modality of a statement: hedged wording, tense, and the status of an investment.

>>> is_hedged("The project could be among the first"), is_hedged("The firm invested $2m")
(True, False)
>>> tense("Germany and Kazakhstan also produced it in the past"), tense("The plant will supply 10%")
('past', 'future')
>>> invest_status("is a leading candidate"), invest_status("will invest"), invest_status("has invested")
('proposed', 'committed', 'done')
>>> is_hedged("Acme raised its stake in May"), is_hedged("Acme may raise its stake")
(False, True)
"""

from __future__ import annotations

import re

from .data import lower_pattern

_HEDGES = lower_pattern("hedges")
_PAST = lower_pattern("past")
_FUTURE = lower_pattern("future")
_PROPOSED = lower_pattern("investments", "proposed")
_COMMITTED = lower_pattern("investments", "committed")
_DONE = lower_pattern("investments", "done")

# "in May", "from May 2025": the month, capitalised inside a sentence, is not the modal "may"
_MONTH_MAY = re.compile(r"(?<=[\w,] )May\b")

__all__ = ["is_hedged", "tense", "invest_status"]


def _lower(text: str) -> str:
    return _MONTH_MAY.sub("month", text).lower() if "May" in text else text.lower()


def is_hedged(text: str) -> bool:
    """True when ``text`` has modal or speculative wording (could, considering, candidate ...)."""
    return bool(_HEDGES.search(_lower(text)))


def tense(text: str) -> str | None:
    """'past', 'future' or None (present) for a supply statement."""
    text = text.lower()
    if _PAST.search(text):
        return "past"
    if _FUTURE.search(text):
        return "future"
    return None


def invest_status(text: str) -> str:
    """'proposed', 'committed' or 'done' for the wording of an investment."""
    text = _lower(text)
    if _PROPOSED.search(text):
        return "proposed"
    if _COMMITTED.search(text):
        return "committed"
    if _DONE.search(text):
        return "done"
    return "committed"
