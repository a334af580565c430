"""Shares in text, normalised to 0-1: "70%", "70 per cent", "about half", "two-thirds".

>>> [(s.value, s.qualifier, s.text) for s in find_shares("China makes about 60% of it and 98.8 per cent of gallium.")]
[(0.6, 'about', 'about 60%'), (0.988, None, '98.8 per cent')]
>>> [(s.value, s.text) for s in find_shares("Nearly two-thirds of the world's cobalt; half of its output.")]
[(0.667, 'Nearly two-thirds'), (0.5, 'half')]
>>> find_shares("in the first half of 2024")
[]
>>> [(s.value, s.text) for s in find_shares("Peru was second with close to a tenth; it took a year and a half.")]
[(0.1, 'close to a tenth')]
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["Share", "find_shares", "parse_share"]


class Share(NamedTuple):
    start: int
    end: int
    value: float
    qualifier: str | None
    text: str


_QUAL = (r"(?:(?P<q>about|around|approximately|roughly|nearly|almost|over|more than|less than|under|"
         r"up to|at least|some|close to|just over|just under|an estimated|estimated|as much as|"
         r"as many as|well over|around|circa|some|an)\s+)?")
_FRACTIONS = {"half": 0.5, "a half": 0.5, "one-half": 0.5, "two-thirds": 0.667, "two thirds": 0.667,
              "one-third": 0.333, "one third": 0.333, "a third": 0.333, "a quarter": 0.25,
              "one-quarter": 0.25, "one quarter": 0.25, "three-quarters": 0.75, "three quarters": 0.75,
              "a fifth": 0.2, "one-fifth": 0.2, "one fifth": 0.2, "two-fifths": 0.4, "two fifths": 0.4,
              "three-fifths": 0.6, "three fifths": 0.6, "four-fifths": 0.8, "four fifths": 0.8,
              "a tenth": 0.1, "one-tenth": 0.1, "nine-tenths": 0.9, "nine tenths": 0.9}
_NUMBER = re.compile(_QUAL + r"(?P<n>\d{1,3}(?:\.\d+)?)\s?(?:%|per\s?cent\b|percent\b|pct\b)", re.I)
# the number alone, found first; the qualifier is then looked for just before it (a long optional
# case-insensitive prefix tried at every position is what made the one-pattern scan slow)
_BARE_NUMBER = re.compile(r"(?<![\d.])(?<!\d,)(?P<n>\d{1,3}(?:\.\d+)?)\s?(?:%|[Pp]er\s?[Cc]ent\b|PER\s?CENT\b|[Pp]ercent\b|PERCENT\b|[Pp]ct\b|pc\b)")
_QUAL_BEFORE = re.compile(_QUAL.replace("(?:(?P<q>", "(?:(?P<q>", 1)[:-1] + r"$", re.I)
_WORDS = re.compile(_QUAL + r"(?P<f>" + "|".join(sorted(_FRACTIONS, key=len, reverse=True)).replace(" ", r"[\s-]")
                    + r")(?=\s+of\b)", re.I)
# a fraction closing a clause, after a verb or preposition of holding: "ranked second with close to a tenth."
_WORDS_END = re.compile(_WORDS.pattern.replace(r"(?=\s+of\b)", r"(?=\s*(?:[.,;:)]|$|\s+(?:each|apiece)\b))"), re.I)
_HOLDING_BEFORE = re.compile(r"\b(?:with|at|for|held|holds|had|has|took|takes|made\s+up|makes\s+up|contribut(?:ed|es)|"
                             r"suppl(?:ied|ies)|produc(?:ed|es)|mined|mines|refined|refines|account(?:ed|s)\s+for|represent(?:ed|s)|"
                             r"was|is)\s+$", re.I)
_ANY_FRACTION = re.compile(r"half|third|quarter|fifth|tenth", re.I)
_ORDINAL = re.compile(r"\b(?:first|second|latter|former|next|last|past)\s+$", re.I)


def _qualifier(m: re.Match) -> str | None:
    q = m.group("q")
    return q.lower() if q and q.lower() not in ("an", "some") else None


def find_shares(text: str) -> list[Share]:
    """Every share stated in ``text``, in order; values rounded to three decimals."""
    out = []
    has_number = "%" in text or "cent" in text or "pct" in text or "pc" in text  # "90pc": British press style
    last_end = 0
    for m in (_BARE_NUMBER.finditer(text) if has_number else ()):
        start = m.start()
        q = _QUAL_BEFORE.search(text, max(last_end, start - 25), start)
        if q is not None and q.group("q"):
            start = q.start()
        last_end = m.end()
        value = float(m.group("n")) / 100.0
        if 0.0 <= value <= 1.0:
            out.append(Share(start, m.end(), round(value, 4), _qualifier(q) if q is not None and q.group("q") else None,
                             text[start:m.end()]))
    fractions = bool(_ANY_FRACTION.search(text))
    for m in (_WORDS.finditer(text) if fractions else ()):
        if _ORDINAL.search(text, max(0, m.start() - 10), m.start()):
            continue
        key = re.sub(r"[\s-]+", " ", m.group("f").lower())
        value = next(v for k, v in _FRACTIONS.items() if k.replace("-", " ") == key)
        out.append(Share(m.start(), m.end(), value, _qualifier(m), m.group(0)))
    for m in (_WORDS_END.finditer(text) if fractions else ()):
        if not _HOLDING_BEFORE.search(text, max(0, m.start() - 20), m.start()) or any(x.start == m.start() for x in out):
            continue
        key = re.sub(r"[\s-]+", " ", m.group("f").lower())
        value = next(v for k, v in _FRACTIONS.items() if k.replace("-", " ") == key)
        out.append(Share(m.start(), m.end(), value, _qualifier(m), m.group(0)))
    return sorted(out)


def parse_share(text: str) -> float | None:
    """The first share in ``text`` as 0-1, or None.

    >>> parse_share("70 per cent"), parse_share("about half of"), parse_share("dominates")
    (0.7, 0.5, None)
    """
    found = find_shares(text if " of" in text else text + " of")
    return found[0].value if found else None
