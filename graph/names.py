"""Canonical names: the one spelling of each country, material, firm and agency.

Node ids derive from canonical names, so every loader resolves surface forms
here. The vocabularies are data files in ``graph/vocab``; pycountry supplies
the ISO names of every country.

>>> country_name("U.S."), country_name("Beijing"), country_name("Dutch")
('United States', 'China', 'Netherlands')
>>> country_name("Korea, Republic of"), country_name("Burma"), country_name("Atlantis") is None
('South Korea', 'Myanmar', True)
>>> material_name("Artificial Diamonds"), material_name("Rare Earth Elements"), material_name("CVD diamond")
('synthetic diamond', 'rare earths', 'CVD diamond')
>>> firm_name("Lynas Rare Earths Ltd"), firm_name("De Beers Group"), firm_name("Sumitomo Electric Industries, Ltd.")
('Lynas Rare Earths', 'De Beers Group', 'Sumitomo Electric Industries')
>>> agency_name("MOFCOM"), agency_country("Department of Defense")
('Ministry of Commerce (China)', 'United States')
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

__all__ = ["country_name", "country_codes", "material_name", "firm_name", "agency_name",
           "agency_country", "canonical_name", "is_element", "vocabulary", "fold"]

_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Case- and punctuation-insensitive lookup key.

    >>> fold("  The  People’s Republic of China ")
    "people's republic of china"
    """
    text = text.replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    text = _SPACE.sub(" ", text.strip()).casefold()
    return text[4:] if text.startswith("the ") else text


def _is_abbreviation(alias: str) -> bool:
    # All-caps short forms ("US", "EU", "DRC") are matched case-sensitively:
    # folded, "US" would be the pronoun "us".
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 5


@lru_cache(maxsize=None)
def vocabulary(name: str) -> dict:
    """A vocabulary file of ``graph/vocab`` as parsed YAML."""
    text = resources.files("graph.vocab").joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


@lru_cache(maxsize=1)
def _countries() -> tuple[dict, dict, dict]:
    import pycountry

    vocab = vocabulary("countries")
    overrides, extra = vocab.get("countries", {}), vocab.get("extra", {})
    entries = {c.alpha_2: (c.alpha_3, [getattr(c, "common_name", None), c.name,
                                       getattr(c, "official_name", None)])
               for c in pycountry.countries}
    entries.update({code: (spec.get("iso3", ""), [spec["name"]]) for code, spec in extra.items()})
    folded: dict[str, str] = {}
    exact: dict[str, str] = {}
    codes: dict[str, tuple[str, str]] = {}
    for iso2, (iso3, names) in sorted(entries.items()):
        spec = overrides.get(iso2, {})
        names = [n for n in names if n]
        canonical = spec.get("name") or names[0]
        codes[canonical] = (iso2, iso3)
        for form in [canonical, *names, *spec.get("aliases", [])]:
            if _is_abbreviation(form):
                exact.setdefault(form, canonical)
            else:
                folded.setdefault(fold(form), canonical)
    return folded, exact, codes


def country_name(text: str) -> str | None:
    """Canonical country name for a name, alias, demonym or capital; None if unknown."""
    folded, exact, _ = _countries()
    text = text.strip()
    if text in exact:
        return exact[text]
    key = fold(text)
    if key in folded:
        return folded[key]
    if key.endswith("'s") and key[:-2] in folded:
        return folded[key[:-2]]
    return None


def country_codes(name: str) -> tuple[str, str] | None:
    """ISO alpha-2 and alpha-3 codes of a canonical country name."""
    return _countries()[2].get(name)


@lru_cache(maxsize=1)
def _materials() -> tuple[dict, dict, frozenset]:
    vocab = vocabulary("materials")
    folded: dict[str, str] = {}
    exact: dict[str, str] = {}
    elements = frozenset(vocab.get("elements", []))
    for element in elements:
        folded[element] = element
    for element, aliases in (vocab.get("element_aliases") or {}).items():
        for alias in aliases:
            folded[fold(alias)] = element
    for canonical, spec in vocab.get("materials", {}).items():
        folded[fold(canonical)] = canonical
        for alias in (spec or {}).get("aliases", []):
            if _is_abbreviation(alias):
                exact[alias] = canonical
            else:
                folded.setdefault(fold(alias), canonical)
    return folded, exact, elements


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def material_name(text: str) -> str:
    """Canonical material name: a known synonym's canonical form, else the text lower-cased."""
    folded, exact, _ = _materials()
    text = _SPACE.sub(" ", text.strip())
    if text in exact:
        return exact[text]
    key = fold(text)
    if key in folded:
        return folded[key]
    words = key.split(" ")
    singular = " ".join(words[:-1] + [_singular(words[-1])])
    if singular in folded:
        return folded[singular]
    plural = key + "s"
    if plural in folded:
        return folded[plural]
    return _lower_keeping_acronyms(text)


def _lower_keeping_acronyms(text: str) -> str:
    # "CVD diamond", "LEDs", "NdPr oxide": short words with inner capitals are acronyms.
    return " ".join(w if sum(c.isupper() for c in w) > 1 and len(w) <= 6 else w.lower()
                    for w in text.split())


def is_element(name: str) -> bool:
    """True when a canonical material name is a chemical element."""
    return name in _materials()[2]


@lru_cache(maxsize=1)
def _firms() -> tuple[re.Pattern, dict]:
    vocab = vocabulary("firms")
    suffixes = sorted(vocab.get("legal_suffixes", []), key=len, reverse=True)
    pattern = re.compile(r"(?:[,\s]+(?:" + "|".join(re.escape(s) for s in suffixes) + r"))+\s*$")
    aliases = {}
    for canonical, forms in (vocab.get("aliases") or {}).items():
        aliases[fold(canonical)] = canonical
        for form in forms:
            aliases[fold(form)] = canonical
    return pattern, aliases


def firm_name(text: str) -> str:
    """Canonical firm name: legal-form suffixes folded, known aliases resolved."""
    pattern, aliases = _firms()
    text = _SPACE.sub(" ", text.strip()).replace("\u2019", "'")
    core = pattern.sub("", text).strip(" ,") or text
    return aliases.get(fold(core), core)


@lru_cache(maxsize=1)
def _agencies() -> tuple[dict, dict, dict]:
    folded, exact, country = {}, {}, {}
    for canonical, spec in vocabulary("agencies")["agencies"].items():
        country[canonical] = spec.get("country")
        folded[fold(canonical)] = canonical
        for alias in spec.get("aliases", []):
            if _is_abbreviation(alias):
                exact[alias] = canonical
            else:
                folded[fold(alias)] = canonical
    return folded, exact, country


def agency_name(text: str) -> str | None:
    """Canonical agency name for a known agency or its alias; None if unknown."""
    folded, exact, _ = _agencies()
    text = text.strip()
    return exact.get(text) or folded.get(fold(text))


def agency_country(name: str) -> str | None:
    """The country of a known agency (canonical name)."""
    return _agencies()[2].get(name)


def canonical_name(node_type: str, text: str) -> str:
    """Canonical name of ``text`` as a node of ``node_type``.

    >>> canonical_name("Country", "Dutch"), canonical_name("Industry", "  Semiconductors ")
    ('Netherlands', 'semiconductors')
    """
    text = _SPACE.sub(" ", text.strip())
    if node_type == "Country":
        return country_name(text) or text
    if node_type == "Material":
        return material_name(text)
    if node_type == "Firm":
        return firm_name(text)
    if node_type == "Agency":
        return agency_name(text) or text
    if node_type in ("Industry", "Technology"):
        return _lower_keeping_acronyms(text)
    return text
