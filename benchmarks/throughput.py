"""Words per second of summitnlp.extract_many against plain en_core_web_sm nlp.pipe, same texts.

    python benchmarks/throughput.py [--texts FILE.jsonl] [--rounds 3] [--plain-batch-size N]

By default plain ``nlp.pipe`` runs with spaCy's default batch size; ``--plain-batch-size 32`` gives
it summitnlp's own batch size, to compare the pipelines alone.

Prints both rates, their ratio, and the share of time in each component (the model's and ours).
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

import spacy

import summitnlp
from summitnlp.pipeline import load_model

from corpus import DEFAULT, articles, words


def rate(run, texts) -> float:
    start = time.perf_counter()
    run(texts)
    return words(texts) / (time.perf_counter() - start)


def component_shares(nlp, texts) -> dict[str, float]:
    """Seconds per component, running the pipeline stage by stage over all documents."""
    docs = [nlp.make_doc(t) for t in texts]
    seconds = {}
    for name, proc in nlp.pipeline:
        start = time.perf_counter()
        docs = list(proc.pipe(docs)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        seconds[name] = time.perf_counter() - start
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, default=DEFAULT)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--plain-batch-size", type=int, default=None)
    args = parser.parse_args()
    texts = articles(args.texts)
    plain = load_model()
    ours = summitnlp.load()
    plain_runs = lambda ts: list(plain.pipe(ts, batch_size=args.plain_batch_size))  # noqa: E731
    our_runs = lambda ts: list(summitnlp.extract_many(ts, nlp=ours))  # noqa: E731
    our_runs(texts[:5]), plain_runs(texts[:5])  # warm up
    plain_rates, our_rates = [], []
    for _ in range(args.rounds):  # alternate, so both see the same machine state
        plain_rates.append(rate(plain_runs, texts))
        our_rates.append(rate(our_runs, texts))
    best_plain, best_ours = max(plain_rates), max(our_rates)
    print(f"texts: {len(texts)} documents, {words(texts):,} words ({args.texts.name}); best of {args.rounds} rounds")
    batch = args.plain_batch_size or f"default ({plain.batch_size})"
    print(f"plain {plain.meta['name']} nlp.pipe, all components, batch size {batch}: {best_plain:8.0f} words/s")
    print(f"summitnlp.extract_many:                     {best_ours:8.0f} words/s")
    print(f"ratio summitnlp / plain: {best_ours / best_plain:.2f}x")
    seconds = component_shares(ours, texts)
    total = sum(seconds.values())
    print("share of pipeline time per component:")
    for name, sec in seconds.items():
        mark = "ours " if name.startswith("summitnlp_") else "model"
        print(f"  {mark} {name:22} {sec:6.2f}s {100 * sec / total:5.1f}%")
    print(f"throughput: plain_wps={best_plain:.0f} summitnlp_wps={best_ours:.0f} ratio={best_ours / best_plain:.2f} "
          + " ".join(f"{n}={100 * s / total:.1f}%" for n, s in seconds.items()))


if __name__ == "__main__":
    main()
