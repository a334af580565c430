"""Money amounts: "$550 billion", "US$1.4bn", "A$200 million", "200 million Australian dollars ($134.7 million)".

``amount_usd`` is set only for US dollars, or from a US-dollar conversion in
brackets right after an amount in another currency; the currency is kept.

>>> a = find_amounts("will invest 200 million Australian dollars ($134.7 million) in it")[0]
>>> a.text, a.currency, a.usd
('200 million Australian dollars ($134.7 million)', 'AUD', 134700000.0)
>>> [(a.currency, a.value, a.usd) for a in find_amounts("US$1.4bn and A$200 million, not $110 per kilogram")]
[('USD', 1400000000.0, 1400000000.0), ('AUD', 200000000.0, None)]
>>> [(a.text, a.currency, a.value) for a in find_amounts("$US8.5 billion, $A90m and EUR 18.75 million")]
[('$US8.5 billion', 'USD', 8500000000.0), ('$A90m', 'AUD', 90000000.0), ('EUR 18.75 million', 'EUR', 18750000.0)]
>>> [(a.currency, a.value, a.usd) for a in find_amounts("earmarked 200 crore rupees ($24 million) for it")]
[('INR', 2000000000.0, 24000000.0)]
>>> [(a.currency, a.value, a.usd) for a in find_amounts("about R1.8 billion in debt, 2.1 billion rand ($115 million)")]
[('ZAR', 1800000000.0, None), ('ZAR', 2100000000.0, 115000000.0)]
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

__all__ = ["Amount", "find_amounts"]


class Amount(NamedTuple):
    start: int
    end: int
    value: float
    currency: str
    usd: float | None
    text: str


_SYMBOLS = {"us$": "USD", "$": "USD", "usd": "USD", "a$": "AUD", "au$": "AUD", "aud": "AUD", "c$": "CAD",
            "ca$": "CAD", "cad": "CAD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP", "¥": "JPY",
            "jpy": "JPY", "myr": "MYR", "$us": "USD", "$a": "AUD", "$c": "CAD", "hk$": "HKD", "s$": "SGD", "nz$": "NZD", "rmb": "CNY", "cny": "CNY",
            "r": "ZAR", "zar": "ZAR"}
_NAMES = {"australian dollars": "AUD", "canadian dollars": "CAD", "us dollars": "USD", "u.s. dollars": "USD",
          "dollars": "USD", "euros": "EUR", "euro": "EUR", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
          "pounds": "GBP", "won": "KRW", "rupees": "INR", "ringgit": "MYR", "rand": "ZAR", "dirhams": "MAD",
          "dirham": "MAD", "lira": "TRY", "reais": "BRL"}
_MULT = {"trillion": 1e12, "tn": 1e12, "billion": 1e9, "bn": 1e9, "b": 1e9, "million": 1e6, "mn": 1e6,
         "m": 1e6, "mln": 1e6, "thousand": 1e3, "k": 1e3, "crore": 1e7, "lakh": 1e5}
_NUM = r"(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<mult>trillion|billion|million|thousand|bn|tn|mln|mn|b|m|k)?\b"
# a rand sum is "R1.8 billion": the bare capital R, a number right after it, and a multiplier (not "R2 units")
_SYMBOL_AMOUNT = re.compile(r"(?P<cur>US\$|AU\$|A\$|CA\$|C\$|HK\$|NZ\$|S\$|\$US|\$A|\$C|\$|€|£|¥|(?:USD|AUD|CAD|EUR|GBP|JPY|RMB|CNY|MYR|ZAR)\s?"
                            r"|\b(?-i:R)(?=\d[\d,.]*\s*(?:billion|million|bn|m|trillion|tn)\b))\s?" + _NUM, re.I)
_NAMED_AMOUNT = re.compile(r"(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<mult>trillion|billion|million|thousand|crore|lakh)?\s+"
                           r"(?P<cur>australian dollars|canadian dollars|u\.?s\.? dollars|dollars|euros?|yen|yuan|"
                           r"renminbi|pounds|won|rupees|ringgit|rand|dirhams?|lira|reais)\b", re.I)
_PER_UNIT = re.compile(r"\s*(?:per|a|an|/|each)\s", re.I)
_BRACKET_USD = re.compile(r"^\s*\(\s*(?:about\s+|around\s+|approximately\s+|roughly\s+)?(?:US)?\$\s?" + _NUM + r"\s*\)", re.I)


def _value(m: re.Match) -> float:
    n = float(m.group("n").replace(",", ""))
    return n * _MULT.get((m.group("mult") or "").lower(), 1.0)


def find_amounts(text: str) -> list[Amount]:
    """Money amounts in ``text`` (prices per unit left out), in order."""
    return list(_amounts(text)) if any(c.isdigit() for c in text) else []


@lru_cache(maxsize=512)
def _amounts(text: str) -> tuple[Amount, ...]:
    """find_amounts, remembered: the rules ask again about the same sentence."""
    found = []
    taken: list[tuple[int, int]] = []
    for rx, table in ((_NAMED_AMOUNT, _NAMES), (_SYMBOL_AMOUNT, _SYMBOLS)):
        for m in rx.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            if _PER_UNIT.match(text, m.end()):
                continue
            cur = table.get(m.group("cur").strip().lower(), "USD")
            value, end = _value(m), m.end()
            usd = value if cur == "USD" else None
            conv = _BRACKET_USD.match(text[end:])
            if conv and cur != "USD":
                usd, end = _value(conv), end + conv.end()
            taken.append((m.start(), end))
            found.append(Amount(m.start(), end, value, cur, usd, text[m.start():end]))
    return tuple(sorted(found))
