"""A light sentence splitter that keeps character offsets.

Lines are split first (headings and list items are sentences of their own),
then at ``.``, ``!`` or ``?`` before a capital, a digit or a quote, except
after abbreviations such as "U.S." or "No.".

>>> text = "The U.S. imports gallium. It comes from China.\\nAbout 80% is made there."
>>> [text[a:b] for a, b in split_sentences(text)]
['The U.S. imports gallium.', 'It comes from China.', 'About 80% is made there.']
"""

from __future__ import annotations

import re

__all__ = ["split_sentences"]

_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])|\n")
_ABBREV = frozenset("""u.s u.k e.u u.n mr mrs ms dr prof st no nos inc corp ltd co jr sr vs etc e.g i.e
jan feb mar apr jun jul aug sep sept oct nov dec gen gov sen rep fig approx dept est mt ft""".split())
_PREV_WORD = re.compile(r"([\w.]+)$")


def _is_abbreviation(text: str, dot: int) -> bool:
    m = _PREV_WORD.search(text, max(0, dot - 12), dot)
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    if word in _ABBREV:
        return True
    # single initials ("J. Smith") and list numbers at a line start ("1. Samarium")
    if len(word) == 1 and word.isalpha():
        return True
    if word.isdigit():
        line_start = text.rfind("\n", 0, dot) + 1
        return text[line_start:dot].strip() == word
    return False


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of ``text``, whitespace trimmed, in order."""
    spans = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group(0) != "\n":
            if _is_abbreviation(text, m.start()) and text[m.start()] == ".":
                continue
            end = m.end()
        else:
            end = m.start()
        spans.append((start, end))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out
