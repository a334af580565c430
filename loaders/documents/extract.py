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

import heapq
import re
from typing import Iterator

from graph import Edge, Node, Source, load_schema, node_id
from graph.names import country_codes

from .annotate import annotate
from .data import triggers
from .gazetteer import gazetteer, trie_regex
from .context import DocState, Fact, Sent
from .controls import control_facts
from .cooperation import cooperation_facts
from .investments import invest_facts
from .ownership import ownership_facts
from .pairs import pair_facts
from .sentences import split_sentences
from .supplies import supply_facts
from .uses import use_facts

__all__ = ["extract_text", "extract_facts", "RULES"]

RULES = (control_facts, supply_facts, invest_facts, ownership_facts, use_facts, cooperation_facts)
_FAMILY_OF = {"controls": control_facts, "investments": invest_facts, "uses": use_facts,
              "cooperation": cooperation_facts}
# a cheap look at the words before a rule family runs (triggers.yaml "gates"): every family's
# words in one trie pattern over the lower-cased sentence, one scan; the word found names its
# families (a word may open more than one: "package" is a measure or an investment)
_GATE_WORDS: dict[str, set] = {}
for _fam, _words in triggers()["gates"].items():
    for _w in _words:
        _GATE_WORDS.setdefault(_w, set()).add(_FAMILY_OF[_fam])
_GATE = re.compile(trie_regex(sorted(_GATE_WORDS)))
_GATED = frozenset(_FAMILY_OF.values())
# node types a family needs in its sentence before it can find anything
_ORGS = frozenset(("Firm", "Agency", "Facility"))
_CORE_NODES = ("Country", "Material", "Firm")
# a supply statement that may name only its supplier: "Myanmar ranked third.", "Acme led the field with 9,000 tonnes."
_RANK_WORD = re.compile(r"\b(?:second|third|fourth|fifth|tonnes|tons|led\s+the|top\s+spot|among\s+the|round\w*\s+out)\b")
_FRACTION = re.compile(r"\b(?:half|third|thirds|quarter|fifth|fifths|tenth|tenths)\b")  # a share in words
_OUTPUT_WORD = re.compile(r"\b(?:output|production|capacity|produc\w+|tonnes|tons)\b")
_MAX_SENTENCE = 2000  # a longer "sentence" is a table or junk: scanned for names only


def _families(sent: Sent) -> list:
    """The rule families worth running on ``sent``: their trigger words and entity types are present."""
    found = set()
    for m in _GATE.finditer(sent.text.lower()):
        w = m.group(0)
        found |= _GATE_WORDS.get(w) or _GATE_WORDS.get(" ".join(w.replace("-", " ").split())) or set()
    types = [m.type for m in sent.mentions]
    out = []
    for rule in RULES:
        if rule in _GATED and rule not in found:
            continue
        if rule is ownership_facts and not ("Facility" in types or sum(t in _ORGS for t in types) >= 2
                                            or ("Pronoun" in types and any(t in _ORGS for t in types))):
            continue  # PART_OF links two organisations (one may be "the company"), or a facility to its owner
        if rule is cooperation_facts and types.count("Country") < 2:
            continue
        out.append(rule)
    return out


def _by_sentence(spans, bounds):
    """Gazetteer ``spans`` of the document grouped by the sentence ``bounds`` they fall in.

    A span crossing a sentence edge marks that sentence None: it is scanned again on its own.
    """
    out, i, n = [], 0, len(spans)
    for a, b in bounds:
        while i < n and spans[i][0] < a:
            i += 1
        mine, ok = [], True
        if i > 0 and spans[i - 1][1] > a:
            ok = False
        while i < n and spans[i][0] < b:
            s, e = spans[i]
            if e > b:
                ok = False
            mine.append((s - a, e - a))
            i += 1
        out.append(mine if ok else None)
    return out


def extract_facts(text: str, doc_name: str, learned: bool = True) -> tuple[list[Sent], list[Fact], DocState]:
    """Sentences (with mentions) and facts of one document.

    ``learned``: also the pair model's facts (:mod:`.pairs`) for entity pairs no rule linked,
    each after the rule facts of its sentence (False: the rules alone).
    """
    doc = DocState(doc_name)
    sents, facts = [], []
    bounds = split_sentences(text)
    groups = _by_sentence(gazetteer().spans(text), bounds)
    for i, ((a, b), spans) in enumerate(zip(bounds, groups)):
        sent = annotate(text[a:b], a, i, doc, spans)
        sents.append(sent)
        ms = sent.mentions
        busy = len(ms) >= 2 or (ms and ("%" in sent.text or "per" in sent.text or _FRACTION.search(sent.text)))
        if len(sent.text) > _MAX_SENTENCE:
            pass
        elif busy:
            for rule in _families(sent):
                facts += rule(sent, doc)
        elif ms:
            # one mention can be enough: a material for USED_IN (its uses are industries, not
            # mentions), a country for RESTRICTS (the items may be equipment, not mentions)
            fams = _families(sent)
            if ms[0].type in ("Material", "Pronoun") and use_facts in fams:
                facts += use_facts(sent, doc)
            if control_facts in fams:
                facts += control_facts(sent, doc)
            if invest_facts in fams and ms[0].type in ("Country", "Firm", "Agency"):
                facts += invest_facts(sent, doc)  # "Acme has poured billions into the park.": the recipient named before
            if ms[0].type in ("Country", "Firm", "Facility") and _RANK_WORD.search(sent.text) \
                    or ms[0].type == "Facility" and _OUTPUT_WORD.search(sent.text):
                facts += supply_facts(sent, doc)  # "Vietnam is a distant second.", "Output at the Foo mine doubled."
        elif sent.text.startswith(("Its ", "Their ")):
            facts += supply_facts(sent, doc)  # "Its mines yielded 70% of world output.": the subject named before
        elif use_facts in _families(sent):
            facts += use_facts(sent, doc)  # "The oxide is the standard material for chip dielectrics.": named before
        doc.remember(sent)
    if learned:
        facts = list(heapq.merge(facts, pair_facts(sents, facts), key=lambda f: f.sent.index))
    return sents, facts, doc


_IDS: dict[tuple[str, str], str] = {}  # node_id is pure: memoised (bounded below)


def _node_id(ref: tuple[str, str]) -> str:
    nid = _IDS.get(ref)
    if nid is None:
        if len(_IDS) > 50_000:
            _IDS.clear()
        nid = _IDS[ref] = node_id(*ref)
    return nid


def _source(doc: str, sent: Sent, source_url: str | None, cache: dict) -> Source:
    """The sentence's Source, built once per sentence and shared (it is immutable)."""
    src = cache.get(sent.index)
    if src is None:
        src = cache[sent.index] = Source("document", document=doc, sentence=sent.text, start=sent.start,
                                         end=sent.end, source_url=source_url)
    return src


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


def extract_text(text: str, doc_name: str, source_url: str | None = None,
                 learned: bool = True) -> Iterator[Node | Edge]:
    """Node and Edge records of one article's text; edges carry document, sentence and offsets.

    Nodes come first (in order of first mention), then edges in sentence order.
    """
    schema = load_schema()
    sents, facts, doc = extract_facts(text, doc_name, learned)
    nodes: dict[tuple[str, str], dict] = {}
    sources: dict[int, Source] = {}

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
    for sent in sents:
        for m in sent.mentions:
            # a known agency named as an actor (not as a cited source) has a supply-chain role
            keep = m.type in _CORE_NODES + ("Agency",) and "cited" not in m.tags \
                or m.ref in in_facts
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
                   (_source(doc_name, entry["sent"], source_url, sources),))
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
        yield Edge(f.type, _node_id(f.source), _node_id(f.target), props,
                   (_source(doc_name, f.sent, source_url, sources),))
