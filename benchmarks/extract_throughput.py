"""Throughput of the document loader on >= 50 MB of generated news-like text.

Run: ``.venv/bin/python -m benchmarks.extract_throughput [--mb 50] [--doc-kb 4] [--mix realistic|dense] [--jobs N] [--rules-only]``

Articles are generated one at a time from sentence templates written for this
benchmark (no published text), streamed through ``extract_text`` and thrown
away, so memory should stay flat in corpus size. Real articles interleave fact
sentences with quotes, background, market colour and procedural sentences that
name few or no entities: the ``realistic`` mix (default) does the same with
filler templates, the ``dense`` mix uses fact sentences only. The fraction of
entity-dense sentences (two or more named entities) is measured on a sample and
printed (the development corpus has about 56%). Prints MB/s, documents/s,
records/s and peak RSS; the target is >= 5 MB/s on one core.

``--jobs N`` (N > 1) also measures N worker processes (``loaders.documents``'
parallel mode, as ``supplygraph build -j N`` runs it): wall time including the
generation in the parent, and the peak RSS of the largest worker. The extractor
runs as ``supplygraph extract`` does (rules, then the learned pair model);
``--rules-only`` measures the rules alone.
"""

from __future__ import annotations

import argparse
import multiprocessing
from functools import partial
import random
import resource
import time

from benchmarks._harness import save_results
from loaders.documents import extract_facts, extract_text

COUNTRIES = ["China", "Japan", "the United States", "Australia", "Canada", "Chile", "Indonesia", "Brazil",
             "South Korea", "Germany", "Vietnam", "Peru", "the Democratic Republic of the Congo", "Beijing"]
MATERIALS = ["gallium", "germanium", "antimony", "graphite", "rare earths", "lithium", "cobalt", "nickel",
             "tungsten", "dysprosium", "terbium", "synthetic diamonds", "neodymium magnets", "indium"]
FIRMS = ["Acme Metals Corp", "Northwind Resources Ltd", "Bluewater Mining Group", "Kestrel Lithium Inc",
         "Harbour Magnetics", "Lynas", "MP Materials", "Umicore", "Sojitz"]
USES = ["semiconductors", "electric vehicles", "wind turbines", "night-vision goggles", "solar cells",
        "radar components", "batteries", "jet engines"]
TEMPLATES = [
    "{C} produces about {p}% of the world's {M}, according to industry estimates.",
    "{C} accounted for {p}% of global {M} mining output and {q}% of refined {M2} production last year.",
    "{C} dominates global production of {M} and controls most of the supply chain for {M2}.",
    "{C} has said it will impose export restrictions on {M} and {M2} from August, officials said.",
    "The directive mandates stricter reviews of end-usage for {M} exports to {C2}.",
    "{F} is taking a {s}% stake in {F2} and will invest US${n} million in the company.",
    "{C} could invest A${n} million in {F2}, a unit of {F}, sources familiar with the matter said.",
    "{F2}, part of {F}, produces {M} at its smelter in Ontario.",
    "{M} and {M2} are essential for {U}, {U2} and {U3}, while {M3} is used in {U4}.",
    "Officials explored cooperation between {C} and {C2} on {M} and {M2}.",
    "Prices for {M} rose {s}% this year as traders worried about supply, analysts said.",
    "The weather was mild and markets were calm on {d}, with little news from the region.",
    "Small amounts of {M} are produced by {C}, {C2} and {C3}.",
]
# sentences of the kind that surround the facts in a news article: quotes, background,
# market colour, procedure; few or no named entities
FILLER = [
    "\"We are watching the situation very closely and will respond as needed,\" a spokesperson said.",
    "The company did not immediately respond to a request for comment on {d}.",
    "Analysts said the move was widely expected after weeks of speculation.",
    "The announcement came after markets had closed for the day.",
    "Officials in {C} declined to give further details, citing the sensitivity of the talks.",
    "\"This is a wake-up call for everyone in the industry,\" said one executive, who asked not to be named.",
    "Trading volumes were thin ahead of the holiday, brokers said.",
    "The ministry said more guidance would be published in the coming weeks.",
    "Shares in the group fell {s}% in early trading before recovering some of their losses.",
    "It is not yet clear how the rules will be enforced in practice.",
    "The two sides have been locked in a dispute over tariffs for more than a year.",
    "Industry groups have long warned that supply chains are too concentrated.",
    "Several buyers said they had started to look for alternative sources.",
    "The statement did not say how long the measures would remain in place.",
    "Prices have been volatile since the start of the year, with sharp swings on thin volumes.",
    "A government official told reporters that the review was routine.",
    "The report was compiled from customs data and company filings.",
    "Executives at several carmakers said they had enough inventory to last a few months.",
    "The decision is likely to be discussed at a summit later this month.",
    "Critics argue the policy could backfire by encouraging rivals to develop their own capacity.",
    "The figures were revised from an earlier estimate published in {d2}.",
    "Negotiators met for three days but failed to agree on a joint statement.",
    "\"Nobody wants a trade war, but we have to protect our interests,\" the minister told parliament.",
    "Demand from the electronics sector has softened in recent months.",
    "The plan still needs approval from lawmakers, which could take until next year.",
    "Some observers questioned whether the targets were realistic.",
    "Ports reported longer waiting times as inspections were stepped up.",
    "The central bank left interest rates unchanged at its meeting on {d}.",
    "Reporters were not allowed to ask questions after the briefing.",
    "Environmental groups have raised concerns about the impact on local water supplies.",
    "The region has seen a wave of new projects announced over the past two years.",
    "This article was updated to add comments from analysts.",
    "Meanwhile, {C} said it would hold talks with trading partners next week.",
    "Freight rates climbed for a third straight week, according to a shipping index.",
]


def sentence(rng: random.Random, fact_share: float = 1.0) -> str:
    c = rng.sample(COUNTRIES, 3)
    m = rng.sample(MATERIALS, 3)
    u = rng.sample(USES, 4)
    f = rng.sample(FIRMS, 2)
    t = rng.choice(TEMPLATES) if rng.random() < fact_share else rng.choice(FILLER)
    s = t.format(C=c[0], C2=c[1], C3=c[2], M=m[0], M2=m[1], M3=m[2], U=u[0], U2=u[1], U3=u[2], U4=u[3],
                 F=f[0], F2=f[1], p=rng.randint(5, 95), q=rng.randint(5, 95), s=rng.randint(2, 40),
                 n=rng.randint(10, 900), d=rng.choice(["Monday", "Tuesday", "Friday"]),
                 d2=rng.choice(["March", "June", "October"]))
    return s[0].upper() + s[1:]


MIXES = {"realistic": 0.62, "dense": 1.0}  # share of fact sentences


def articles(total_bytes: int, doc_bytes: int, seed: int = 7, fact_share: float = 1.0):
    """Generated articles (name, text) until ``total_bytes`` of text, one at a time."""
    rng = random.Random(seed)
    done, i = 0, 0
    while done < total_bytes:
        parts, size = [], 0
        while size < doc_bytes:
            para = " ".join(sentence(rng, fact_share) for _ in range(rng.randint(2, 5)))
            parts.append(para)
            size += len(para) + 1
        text = "\n".join(parts)
        done += len(text.encode("utf-8"))
        i += 1
        yield f"gen_{i:06d}.txt", text


def dense_fraction(docs) -> float:
    """Share of sentences with two or more named entities (pronouns not counted) in ``docs``."""
    n = dense = 0
    for name, text in docs:
        for sent in extract_facts(text, name)[0]:
            n += 1
            dense += sum(m.type != "Pronoun" for m in sent.mentions) >= 2
    return dense / max(n, 1)


def _count(doc: tuple[str, str], learned: bool = True) -> int:
    return sum(1 for _ in extract_text(doc[1], doc[0], learned=learned))


def parallel(total: int, doc_bytes: int, share: float, jobs: int, learned: bool = True) -> dict:
    """Wall-clock throughput of ``jobs`` worker processes over the same generated corpus."""
    t0 = time.perf_counter()
    n_docs = n_bytes = n_records = 0
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        docs = articles(total, doc_bytes, fact_share=share)

        def counted():
            nonlocal n_docs, n_bytes
            for doc in docs:
                n_docs += 1
                n_bytes += len(doc[1].encode("utf-8"))
                yield doc

        n_records = sum(pool.imap(partial(_count, learned=learned), counted(), chunksize=16))
    wall = time.perf_counter() - t0
    child_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"jobs": jobs, "MB": n_bytes / 1e6, "documents": n_docs, "records": n_records, "seconds": wall,
            "MB_per_s": n_bytes / 1e6 / wall, "docs_per_s": n_docs / wall, "worker_peak_rss_MB": child_mb}


def main(argv=None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=50.0, help="corpus size in MB (default 50)")
    ap.add_argument("--doc-kb", type=float, default=4.0, help="article size in KB (default 4)")
    ap.add_argument("--mix", choices=sorted(MIXES), default="realistic",
                    help="realistic: fact sentences among filler (default); dense: fact sentences only")
    ap.add_argument("--jobs", type=int, default=1, help="also measure this many worker processes (default 1: no)")
    ap.add_argument("--rules-only", action="store_true", help="the rules alone (extract --rules-only)")
    a = ap.parse_args(argv)
    total = int(a.mb * 1_000_000)
    share = MIXES[a.mix]
    dense = dense_fraction(articles(300_000, int(a.doc_kb * 1000), seed=99, fact_share=share))
    print(f"mix {a.mix}: {dense:.0%} of sentences name two or more entities")
    # generation is timed apart: only extraction counts
    gen_time = ext_time = 0.0
    n_docs = n_bytes = n_records = 0
    it = articles(total, int(a.doc_kb * 1000), fact_share=share)
    while True:
        t0 = time.perf_counter()
        try:
            name, text = next(it)
        except StopIteration:
            break
        t1 = time.perf_counter()
        n_records += sum(1 for _ in extract_text(text, name, learned=not a.rules_only))
        t2 = time.perf_counter()
        gen_time += t1 - t0
        ext_time += t2 - t1
        n_docs += 1
        n_bytes += len(text.encode("utf-8"))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out = {"mix": a.mix, "learned": not a.rules_only, "dense_fraction": dense, "MB": n_bytes / 1e6, "documents": n_docs, "records": n_records, "seconds": ext_time,
           "MB_per_s": n_bytes / 1e6 / ext_time, "docs_per_s": n_docs / ext_time,
           "records_per_s": n_records / ext_time, "peak_rss_MB": peak_mb}
    print(f"extracted {out['MB']:.1f} MB in {n_docs} documents ({n_records} records) in {ext_time:.1f} s "
          f"(+{gen_time:.1f} s generating)")
    print(f"throughput: {out['MB_per_s']:.2f} MB/s, {out['docs_per_s']:.0f} docs/s, "
          f"{out['records_per_s']:.0f} records/s on one core; peak RSS {peak_mb:.0f} MB (target >= 5 MB/s)")
    if a.jobs > 1:
        par = out["parallel"] = parallel(total, int(a.doc_kb * 1000), share, a.jobs, not a.rules_only)
        print(f"{a.jobs} jobs: {par['MB']:.1f} MB in {par['seconds']:.1f} s wall (generation included): "
              f"{par['MB_per_s']:.2f} MB/s, {par['docs_per_s']:.0f} docs/s; largest worker peak RSS "
              f"{par['worker_peak_rss_MB']:.0f} MB")
    print(f"results in {save_results('extract_throughput', out)}")
    return out


if __name__ == "__main__":
    main()
