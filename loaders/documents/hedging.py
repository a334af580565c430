"""Modality of a statement: hedged wording, tense, and the status of an investment.

>>> is_hedged("The project could be among the first"), is_hedged("The firm invested $2m")
(True, False)
>>> tense("Germany and Kazakhstan also produced it in the past"), tense("The plant will supply 10%")
('past', 'future')
>>> invest_status("is a leading candidate"), invest_status("will invest"), invest_status("has invested")
('proposed', 'committed', 'done')
"""

from __future__ import annotations

from .data import pattern

__all__ = ["is_hedged", "tense", "invest_status"]


def is_hedged(text: str) -> bool:
    """True when ``text`` has modal or speculative wording (could, considering, candidate ...)."""
    return bool(pattern("hedges").search(text))


def tense(text: str) -> str | None:
    """'past', 'future' or None (present) for a supply statement."""
    if pattern("past").search(text):
        return "past"
    if pattern("future").search(text):
        return "future"
    return None


def invest_status(text: str) -> str:
    """'proposed', 'committed' or 'done' for the wording of an investment."""
    if pattern("investments", "proposed").search(text):
        return "proposed"
    if pattern("investments", "committed").search(text):
        return "committed"
    if pattern("investments", "done").search(text):
        return "done"
    return "committed"
