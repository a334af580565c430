"""Gazetteer matching: countries, materials, agencies, known firms and non-entities in one pass.

All surface forms compile into one regular expression shaped as a trie, so a
sentence is scanned once (leftmost, longest match). Spaces and hyphens in a
name match either ("rare earth" / "rare-earth"); curly apostrophes match
straight ones. Canonical names come from :mod:`graph.names`.

>>> g = gazetteer()
>>> [(m.type, m.name, m.text) for m in g.find("Beijing curbs rare-earth magnets and Gallium; the U.S. and MP Materials react.")]
[('Country', 'China', 'Beijing'), ('Material', 'rare earth magnets', 'rare-earth magnets'), ('Material', 'gallium', 'Gallium'), ('Country', 'United States', 'U.S.'), ('Firm', 'MP Materials', 'MP Materials')]
>>> [m.name for m in g.find("the Japan Bank for International Cooperation, according to Reuters")]
['Japan Bank for International Cooperation']
"""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry

from graph.names import agency_country, agency_name, country_name, material_name, vocabulary

from .data import entities
from .mentions import Mention

__all__ = ["Gazetteer", "gazetteer", "trie_regex", "surface_key"]

_SEP = re.compile(r"[\s\-\u2010\u2011\u2013]+")
_PRIORITY = {"None": 0, "Firm": 1, "Agency": 2, "Country": 3, "Material": 4}


def surface_key(text: str) -> str:
    """Lookup key of a matched surface: spaces/hyphens unified, curly quotes straightened."""
    return _SEP.sub(" ", text.replace("\u2019", "'").replace("\u2018", "'")).strip()


def trie_regex(words) -> str:
    """A regular expression matching any of ``words`` (longest first), built from their trie.

    >>> rx = re.compile(trie_regex(["rare earth", "rare earths", "rare"]))
    >>> rx.match("rare-earths").group(0), rx.match("rare metal").group(0)
    ('rare-earths', 'rare')
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def emit(node) -> str:
        end = "" in node
        alts = []
        for ch in sorted(k for k in node if k):
            if ch == " ":
                piece = r"[\s\-\u2010\u2011\u2013]+"
            elif ch == "'":
                piece = "['\u2019]"
            else:
                piece = re.escape(ch)
            alts.append(piece + emit(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    return emit(trie)


def _case_variants(surface: str) -> set[str]:
    words = surface.split(" ")
    out = {surface, surface[:1].upper() + surface[1:]}
    out.add(" ".join(w[:1].upper() + w[1:] for w in words))
    return out


def _plural_variants(surface: str) -> set[str]:
    if surface.endswith("ies"):
        return {surface, surface[:-3] + "y"}
    if surface.endswith("y") and " " in surface:
        return {surface, surface[:-1] + "ies"}
    if surface.endswith("s") and not surface.endswith("ss"):
        return {surface, surface[:-1]}
    return {surface, surface + "s"}


class Gazetteer:
    """Known names compiled into one matcher; :meth:`find` returns Mentions of a text."""

    def __init__(self):
        table: dict[str, tuple[str, str]] = {}

        def add(surface: str, type_: str, name: str, case_sensitive: bool):
            surface = surface_key(surface)
            if not surface or len(surface) < 2:
                return
            forms = {surface} if case_sensitive else _case_variants(surface)
            for f in forms:
                old = table.get(f)
                if old is None or _PRIORITY[type_] < _PRIORITY[old[0]]:
                    table[f] = (type_, name)

        ent = entities()
        for s in ent["not_entities"]:
            add(s, "None", s, True)
        for canonical, forms in ent["firms"].items():
            for s in [canonical, *(forms or [])]:
                add(s, "Firm", canonical, True)
        for firm, forms in (vocabulary("firms").get("aliases") or {}).items():
            for s in [firm, *forms]:
                if len(s) > 2:
                    add(s, "Firm", firm, True)
        for canonical, spec in vocabulary("agencies")["agencies"].items():
            for s in [canonical, *spec.get("aliases", [])]:
                add(s, "Agency", canonical, s.isupper())
        for s, canonical in ent["agency_aliases"].items():
            add(s, "Agency", agency_name(canonical) or canonical, False)
        for s in self._country_surfaces():
            name = country_name(s)
            if name:
                add(s, "Country", name, True)
                if s.startswith("the ") or s.startswith("The "):
                    add(s[4:], "Country", name, True)
        for s, name in ent["epithets"].items():
            add(s, "Country", name, False)
        mvocab = vocabulary("materials")
        surfaces = list(mvocab.get("elements", []))
        for el, forms in (mvocab.get("element_aliases") or {}).items():
            surfaces += forms
        for canonical, spec in mvocab.get("materials", {}).items():
            for s in [canonical, *(spec or {}).get("aliases", [])]:
                if s.isupper() or len(s) <= 2:
                    if len(s) > 2:
                        add(s, "Material", material_name(s), True)
                    continue
                for v in _plural_variants(s):
                    surfaces.append(v)
        surfaces += ent["extra_materials"]
        overrides = {surface_key(k).lower(): v for k, v in ent["material_overrides"].items()}
        for s in surfaces:
            add(s, "Material", overrides.get(surface_key(s).lower()) or material_name(s), False)
        for s, name in overrides.items():
            add(s, "Material", name, False)
        self.table = table
        self.overrides = frozenset(overrides)
        self.memo: dict[str, tuple | bool] = {}  # matched surface -> table entry; bounded by the vocabulary
        self.regex = re.compile(r"(?<![\w&])(?:" + trie_regex(sorted(table)) + r")(?![\w&$])")
        words = "|".join(ent["compound_words"])
        self.compound = re.compile(r"[\s\-]+(?:" + words + r")\b", re.I)
        self.compound_end = re.compile(r"[\s\-]+(?:" + words + r")$", re.I)

    @staticmethod
    def _country_surfaces() -> set[str]:
        vocab = vocabulary("countries")
        out = set()
        for c in pycountry.countries:
            for attr in ("common_name", "name", "official_name"):
                v = getattr(c, attr, None)
                if v and "," not in v:
                    out.add(v)
        for spec in vocab.get("extra", {}).values():
            out.add(spec["name"])
        for spec in vocab.get("countries", {}).values():
            if spec.get("name"):
                out.add(spec["name"])
            out.update(a for a in spec.get("aliases", []) if "(" not in a)
        return out

    def find(self, text: str) -> list[Mention]:
        """Mentions of known names in ``text`` (non-entities dropped), in order."""
        return self.mentions(text, [(m.start(), m.end()) for m in self.regex.finditer(text)])

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every gazetteer match in ``text``: one scan of a whole document.

        >>> gazetteer().spans("Chile mines lithium.")
        [(0, 5), (12, 19)]
        """
        return [m.span() for m in self.regex.finditer(text)]

    def mentions(self, text: str, spans) -> list[Mention]:
        """Mentions for matched ``spans`` of ``text`` (offsets in ``text``), non-entities dropped."""
        out = []
        table, memo = self.table, self.memo
        last_end = 0
        for start, end in spans:
            if start < last_end:
                continue  # inside a compound just read ("graphite anode material" of "... graphite anode materials")
            matched = text[start:end]
            hit = memo.get(matched)
            if hit is None:
                if len(memo) > 50_000:
                    memo.clear()
                hit = memo[matched] = table.get(surface_key(matched), False)
            if hit is False:
                continue
            if hit is None:
                continue
            type_, name = hit
            if type_ == "None":
                continue
            if type_ == "Material":
                # a compound is its own material ("dysprosium oxide"), per the guidelines
                c = self.compound.match(text, end)
                if c:
                    end = c.end()
                    name = material_name(text[start:end])  # case kept: "NdPr oxide" is a known surface
                else:
                    c = self.compound_end.search(matched)
                    # a known surface keeps its canonical name when that has the compound's word
                    # ("graphite anodes": graphite anode material) or the loader reads it so ("diamond powder")
                    if c and c.group(0).strip(" -").lower().rstrip("s") not in name \
                            and surface_key(matched).lower() not in self.overrides:
                        # the compound is its own material; acronyms keep their case ("NdPr oxide")
                        name = " ".join(w if sum(ch.isupper() for ch in w) > 1 and len(w) <= 6 else w.lower()
                                        for w in text[start:end].split())
            mention = Mention(type_, name, start, end, text[start:end])
            last_end = end
            if type_ == "Agency":
                mention.props["country"] = agency_country(name)
            out.append(mention)
        return out


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shared, compiled gazetteer."""
    return Gazetteer()
