"""The extraction pipeline: text in, Node and Edge records out, every edge with its sentence.

>>> recs = list(extract_text("Chile mines 24% of the world's lithium. Acme Mining Ltd, a unit of Globex Group, "
...                          "refines it.", "note.txt"))
>>> [(r.type, r.name) for r in recs if isinstance(r, Node)]
[('Country', 'Chile'), ('Material', 'lithium'), ('Firm', 'Acme Mining'), ('Firm', 'Globex Group')]
>>> e = [r for r in recs if isinstance(r, Edge)][0]
>>> e.type, e.source, e.target, e.props["share"], e.sources[0].sentence
('SUPPLIES', 'country:chile', 'material:lithium', 0.24, "Chile mines 24% of the world's lithium.")
"""

from __future__ import annotations

import re
from typing import Iterator

from graph import Edge, Node, Source, load_schema, node_id
from graph.names import country_codes

from .annotate import annotate
from .context import DocState, Fact, Sent
from .controls import control_facts
from .cooperation import cooperation_facts
from .investments import invest_facts
from .ownership import ownership_facts
from .sentences import split_sentences
from .supplies import supply_facts
from .uses import use_facts

__all__ = ["extract_text", "extract_facts", "RULES"]

RULES = (control_facts, supply_facts, invest_facts, ownership_facts, use_facts, cooperation_facts)
# a cheap look at the words before a rule family runs: most sentences need few families
_GATES = {
    control_facts: re.compile(r"export|licen[cs]|ban|curb|restrict|control|prohibit|permit", re.I),
    invest_facts: re.compile(r"invest|stake|interest|loan|lend|lent|fund|financ|equity|build|package|candidate|"
                             r"contender|consideration|back|guarantee|grant|capital|acquir|shortlist", re.I),
    ownership_facts: re.compile(r"part of|unit of|subsidiar|division|arm of|affiliate|joint|venture|owned|"
                                r"operat|\bits\b|their|\bhas\b|\bhave\b|\bowns?\b|\bruns?\b|mine|plant|"
                                r"facility|factory|refinery|smelter|project|from|\bat\b", re.I),
    use_facts: re.compile(r"used|utili|employ|need|requir|essential|critical|crucial|vital|indispensable|important|"
                          r"key|go into|goes into|went into|applications|for use|reliant|dependent|rel[yi]", re.I),
    cooperation_facts: re.compile(r"cooperat|co-operat|partner|alliance|agreement|framework|deal|pact|memorand|"
                                  r"collaborat|supply chain|ties|initiative|accord|compact|MOU|dialogue", re.I),
}
_CORE_NODES = ("Country", "Material", "Firm")
_MAX_SENTENCE = 2000  # a longer "sentence" is a table or junk: scanned for names only


def extract_facts(text: str, doc_name: str) -> tuple[list[Sent], list[Fact], DocState]:
    """Sentences (with mentions) and facts of one document."""
    doc = DocState(doc_name)
    sents, facts = [], []
    for i, (a, b) in enumerate(split_sentences(text)):
        sent = annotate(text[a:b], a, i, doc)
        sents.append(sent)
        busy = len(sent.mentions) >= 2 or (sent.mentions and ("%" in sent.text or "per" in sent.text))
        if busy and len(sent.text) <= _MAX_SENTENCE:
            for rule in RULES:
                gate = _GATES.get(rule)
                if gate is None or gate.search(sent.text):
                    facts += rule(sent, doc)
        doc.remember(sent)
    return sents, facts, doc


def _source(doc: str, sent: Sent, source_url: str | None) -> Source:
    return Source.from_document(doc, sent.text, sent.start, sent.end, source_url=source_url)


def _fit(props: dict, specs: dict) -> dict:
    """Properties the schema knows, coerced; values that do not fit are dropped, not fatal."""
    out = {}
    for k, v in props.items():
        if k in specs and v is not None and v != "" and v != []:
            try:
                out[k] = specs[k].coerce(v)
            except (TypeError, ValueError):
                continue
    return out


def extract_text(text: str, doc_name: str, source_url: str | None = None) -> Iterator[Node | Edge]:
    """Node and Edge records of one article's text; edges carry document, sentence and offsets.

    Nodes come first (in order of first mention), then edges in sentence order.
    """
    schema = load_schema()
    sents, facts, doc = extract_facts(text, doc_name)
    nodes: dict[tuple[str, str], dict] = {}

    def note(ref, sent, surface=None, props=None):
        entry = nodes.get(ref)
        if entry is None:
            entry = nodes[ref] = {"sent": sent, "aliases": set(), "props": {}}
        if surface and surface != ref[1]:
            entry["aliases"].add(surface)
        for k, v in (props or {}).items():
            if v is not None:
                entry["props"].setdefault(k, v)

    in_facts = {r for f in facts for r in (f.source, f.target)}
    control_sents = {f.sent.index for f in facts if f.type == "RESTRICTS"}
    imposers = {p.get("imposer") for f in facts for p in f.node_props.values()}
    for sent in sents:
        for m in sent.mentions:
            keep = m.type in _CORE_NODES and not (m.type == "Firm" and "cited" in m.tags) \
                or m.ref in in_facts \
                or (m.type == "Agency" and "cited" not in m.tags and sent.index in control_sents
                    and m.props.get("country") in imposers)
            if keep:
                props = dict(m.props)
                if m.type == "Country":
                    codes = country_codes(m.name)
                    if codes:
                        props.update(iso2=codes[0], iso3=codes[1])
                note(m.ref, sent, m.text, props)
    for f in facts:
        for ref in (f.source, f.target):
            note(ref, f.sent, None, f.node_props.get(ref))
    for ref, entry in nodes.items():
        props = _fit(entry["props"], schema.node_types[ref[0]].properties)
        yield Node(ref[0], ref[1], props, tuple(sorted(entry["aliases"])),
                   (_source(doc_name, entry["sent"], source_url),))
    seen = set()
    for f in facts:
        spec = schema.edge_types[f.type]
        if f.source[0] not in spec.source or f.target[0] not in spec.target:
            continue
        props = _fit(f.props, spec.properties)
        key = (f.type, f.source, f.target, repr(sorted(props.items(), key=str)))
        if key in seen:
            continue
        seen.add(key)
        yield Edge(f.type, node_id(*f.source), node_id(*f.target), props,
                   (_source(doc_name, f.sent, source_url),))
