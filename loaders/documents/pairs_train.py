"""Train the pair model of :mod:`loaders.documents.pairs` from annotated articles.

Run: ``python -m loaders.documents.pairs_train GOLD_DIR DOCS_DIR [-o MODEL.json]``

Every pair of named entities in a sentence that :func:`pairs.candidate_types`
allows is an example; its label is the gold edge between the two whose
evidence is that sentence (gold names and aliases matched to the mentions'
names and surface forms), else no edge. The learner is an averaged
multiclass perceptron: simple, fast in pure Python, and the same data give the
same model byte for byte (fixed seed, weights rounded to 4 places).

>>> p = Perceptron()
>>> for _ in range(3):
...     for feats, label in [(["hi"], "SUPPLIES"), (["lo"], "NONE")]:
...         p.learn(feats, label, ["NONE", "SUPPLIES"])
>>> p.average()
>>> p.weights["hi"]["SUPPLIES"] > 0 > p.weights["hi"]["NONE"]
True
"""

from __future__ import annotations

import argparse
import json
import random
import re
import unicodedata
from pathlib import Path

from .extract import extract_facts
from .pairs import NONE, EDGE_ENDS, candidate_pairs, pair_features, rule_facts_by_sentence

__all__ = ["Perceptron", "examples", "train", "main"]

_FIRM_ENDINGS = {"inc", "ltd", "limited", "corp", "corporation", "co", "plc", "group", "holdings", "company",
                 "ag", "sa", "nv", "llc"}


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower().replace("\u2019", "'")
    text = re.sub(r"\([^)]*\)|'s\b", " ", text)
    words = re.sub(r"[^a-z0-9]+", " ", text).split()
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words)


def _forms(name: str, aliases=()) -> set[str]:
    out = set()
    for n in (name, *aliases):
        words = _norm(n).split()
        out.add(" ".join(words))
        while len(words) > 1 and words[-1] in _FIRM_ENDINGS:
            words = words[:-1]
        out.add(" ".join(words))
    return out - {""}


class Perceptron:
    """Averaged multiclass perceptron over string features."""

    def __init__(self):
        self.weights: dict[str, dict[str, float]] = {}
        self._total: dict[tuple[str, str], float] = {}
        self._stamp: dict[tuple[str, str], int] = {}
        self._t = 0

    def _score(self, feats, c):
        return sum(self.weights.get(f, {}).get(c, 0.0) for f in feats)

    def _bump(self, f, c, delta):
        key = (f, c)
        row = self.weights.setdefault(f, {})
        w = row.get(c, 0.0)
        self._total[key] = self._total.get(key, 0.0) + (self._t - self._stamp.get(key, 0)) * w
        self._stamp[key] = self._t
        row[c] = w + delta

    def learn(self, feats: list[str], label: str, classes: list[str]) -> None:
        """One example: on a wrong guess, move weights towards ``label`` and away from the guess."""
        self._t += 1
        guess = max(classes, key=lambda c: (self._score(feats, c), c == NONE))
        if guess != label:
            for f in feats:
                self._bump(f, label, 1.0)
                self._bump(f, guess, -1.0)

    def average(self) -> None:
        """Replace each weight by its average over all steps (steadier than the last weights)."""
        t = max(self._t, 1)
        for f, row in self.weights.items():
            for c, w in row.items():
                key = (f, c)
                total = self._total.get(key, 0.0) + (self._t - self._stamp.get(key, 0)) * w
                row[c] = total / t


def examples(gold_dir: Path, docs_dir: Path):
    """(features, label, classes) of every candidate pair in the annotated articles, in a fixed order."""
    for gold_path in sorted(Path(gold_dir).glob("*.json")):
        doc_path = Path(docs_dir) / (gold_path.stem + ".txt")
        if not doc_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        forms = {n["name"]: (n["type"], _forms(n["name"], n.get("aliases") or ())) for n in gold["nodes"]}
        by_sentence: dict[str, list] = {}
        imposers = {n["name"]: n.get("imposer") for n in gold["nodes"] if n["type"] == "ExportControl"}
        for e in gold["edges"]:
            if e["type"] == "RESTRICTS":  # the pair is the imposing country and the item
                e = {**e, "source": e.get("imposer") or imposers.get(e["source"]) or ""}
            if e["type"] in EDGE_ENDS and e["source"] in forms and e["target"] in forms:
                for ev in [e.get("evidence") or ""] + list(e.get("also_evidence") or []):
                    if ev:
                        by_sentence.setdefault(" ".join(ev.split())[:80], []).append(e)
        sents, facts, _ = extract_facts(doc_path.read_text(encoding="utf-8"), doc_path.name, learned=False)
        ruled = rule_facts_by_sentence(facts)

        def denotes(m, gold_name):
            gtype, gforms = forms[gold_name]
            return gtype == m.type and bool(gforms & (_forms(m.name) | _forms(m.text)))

        for sent in sents:
            golds = by_sentence.get(" ".join(sent.text.split())[:80], [])
            for a, b, classes in candidate_pairs(sent):
                label = NONE
                for e in golds:
                    if e["type"] in classes and denotes(a, e["source"]) and denotes(b, e["target"]):
                        label = e["type"] if label == NONE or e["type"] == "SUPPLIES" else label
                yield pair_features(sent, a, b, ruled.get(sent.index, [])), label, [NONE] + classes


def train(data: list, epochs: int = 8, seed: int = 1, threshold: float = 2.0) -> dict:
    """The model (as written to JSON) learnt from ``data``, a list of :func:`examples` items."""
    p = Perceptron()
    order = list(range(len(data)))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            p.learn(*data[i])
    p.average()
    weights = {}
    for f in sorted(p.weights):
        row = {c: round(w, 4) for c, w in sorted(p.weights[f].items()) if round(w, 4) != 0}
        if row:
            weights[f] = row
    counts: dict[str, int] = {}
    for _, label, _ in data:
        counts[label] = counts.get(label, 0) + 1
    return {"about": "pair model of loaders.documents.pairs; made by loaders.documents.pairs_train",
            "epochs": epochs, "seed": seed, "threshold": threshold, "examples": dict(sorted(counts.items())),
            "classes": [NONE, *EDGE_ENDS], "weights": weights}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold_dir", type=Path, help="gold annotations (one JSON per article)")
    ap.add_argument("docs_dir", type=Path, help="the articles (NAME.txt for gold NAME.json)")
    ap.add_argument("-o", "--output", type=Path, default=Path(__file__).parent / "vocab" / "pair_model.json")
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--threshold", type=float, default=2.0,
                    help="margin over 'no edge' an edge needs (default 2: chosen on held-out articles)")
    a = ap.parse_args(argv)
    data = list(examples(a.gold_dir, a.docs_dir))
    model = train(data, a.epochs, threshold=a.threshold)
    a.output.write_text(json.dumps(model, sort_keys=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(data)} pairs {model['examples']}: {len(model['weights'])} features -> {a.output}")


if __name__ == "__main__":
    main()
