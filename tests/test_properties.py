"""Property-based tests: share parsing and the HTML page's escaping."""

import json
import re
from html.parser import HTMLParser

from hypothesis import assume, given, settings, strategies as st

from graph import Edge, Node, Source, add_records, new_graph
from graph.html import render_html
from loaders.documents.shares import find_shares, parse_share

PERCENT_FORMS = ["{n}%", "{n} %", "{n} per cent", "{n} percent", "{n}pc"]
QUALIFIERS = ["", "about ", "around ", "more than ", "over ", "up to ", "nearly "]


@given(st.integers(min_value=0, max_value=100), st.sampled_from(PERCENT_FORMS), st.sampled_from(QUALIFIERS))
@settings(max_examples=300, deadline=None)
def test_integer_percentages_parse_exactly(n, form, qualifier):
    text = f"The country mines {qualifier}{form.format(n=n)} of the world's cobalt."
    shares = find_shares(text)
    assert [round(s.value, 4) for s in shares] == [round(n / 100, 4)]
    assert shares[0].text.strip() in text


@given(st.decimals(min_value=0, max_value=100, places=1))
@settings(max_examples=200, deadline=None)
def test_decimal_percentages_parse_exactly(d):
    assert parse_share(f"{d}% of output") == round(float(d) / 100, 4)


@given(st.integers(min_value=101, max_value=100000))
@settings(max_examples=200, deadline=None)
def test_percentages_over_100_are_never_shares(n):
    # "prices rose 150%" is a change, not a share of anything.
    assert parse_share(f"prices rose {n}% of the time") is None


@given(st.text(max_size=200))
@settings(max_examples=300, deadline=None)
def test_shares_are_always_between_0_and_1(text):
    for s in find_shares(text):
        assert 0.0 <= s.value <= 1.0
        assert 0 <= s.start < s.end <= len(text)


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


hostile = st.text(alphabet=st.sampled_from(list("<>&\"'/`=() ;:abcxyzSCRIPTscript\u2028\u2029")), min_size=1, max_size=60)


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, sorted(k for k, _ in attrs)))


def _structure(page: str) -> list:
    parser = _Tags()
    parser.feed(page)
    return parser.tags


def _page(name: str, sentence: str) -> str:
    G = new_graph()
    firm, mat = Node("Firm", name), Node("Material", "gallium")
    src = Source.from_document("doc<1>.txt", sentence, 0, len(sentence))
    add_records(G, [firm, mat, Edge("PRODUCES", firm.id, mat.id, {}, (src,))])
    return render_html(G, title=name, caption=sentence)


@given(hostile, hostile)
@settings(max_examples=150, deadline=None)
def test_hostile_names_and_sentences_never_become_markup(name, sentence):
    assume(name.strip())
    page = _page(name, sentence)
    # Whatever the text, the page has the same elements and attributes as with a plain name.
    assert _structure(page) == _structure(_page("plain", "plain"))
    block = re.search(r'<script type="application/json"[^>]*>(.*?)</script>', page, re.S)
    assert block, "the page carries its data in one JSON block"
    assert "<" not in block.group(1) and ">" not in block.group(1)
    assert Node("Firm", name).name in set(_strings(json.loads(block.group(1)))), "the name survives as data"
