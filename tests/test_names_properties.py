"""Property-based tests for name normalisation and ids."""

import re

from hypothesis import given, settings, strategies as st

from graph.names import canonical_name, country_name, firm_name, material_name
from graph.records import node_id, slug

TYPES = ["Country", "Material", "Firm", "Agency", "Industry", "Technology", "Facility"]
names = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40).filter(str.strip)


@given(names, st.sampled_from(TYPES))
@settings(max_examples=300, deadline=None)
def test_canonical_names_are_fixed_points(text, node_type):
    once = canonical_name(node_type, text)
    assert canonical_name(node_type, once) == once


@given(names)
@settings(max_examples=300, deadline=None)
def test_firm_names_never_empty_and_never_end_in_a_legal_suffix(text):
    name = firm_name(text)
    assert name.strip()
    core = name.split()
    if len(core) > 1:
        assert core[-1].rstrip(".") not in {"Ltd", "Inc", "Corp", "LLC", "plc"}


@given(names)
@settings(max_examples=300, deadline=None)
def test_slugs_are_safe_and_deterministic(text):
    s = slug(text)
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", s)
    assert slug(text) == s
    assert node_id("Firm", text) == f"firm:{s}"


@given(st.sampled_from(["China", "Japan", "United States", "Netherlands", "South Korea", "Myanmar"]),
       st.sampled_from(["", " ", "  "]), st.booleans())
def test_known_countries_survive_case_and_whitespace(name, pad, upper_first):
    text = pad + (name.lower() if not upper_first else name) + pad
    assert country_name(text) == name


@given(names)
@settings(max_examples=200, deadline=None)
def test_material_names_are_lower_case_apart_from_acronyms(text):
    name = material_name(text)
    for word in name.split():
        assert word == word.lower() or sum(c.isupper() for c in word) > 1
