"""extract_many with n_process=2 against one process on the same short documents.

    python benchmarks/scaling.py [--docs 2000] [--texts FILE.jsonl] [--rounds 2]

One and two processes alternate, so both see the same machine state; the best of each counts.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

import summitnlp

from corpus import DEFAULT, articles, paragraphs


def seconds(docs, n_process: int) -> float:
    start = time.perf_counter()
    results = list(summitnlp.extract_many(docs, n_process=n_process, batch_size=64))
    assert len(results) == len(docs)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2_000)
    parser.add_argument("--texts", type=Path, default=DEFAULT)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    docs = paragraphs(articles(args.texts), args.docs)
    summitnlp.load()
    ones, twos = [], []
    for _ in range(args.rounds):
        ones.append(seconds(docs, 1))
        twos.append(seconds(docs, 2))
    one, two = min(ones), min(twos)
    print(f"{len(docs):,} documents, best of {args.rounds} rounds: 1 process {one:.1f}s, 2 processes {two:.1f}s, "
          f"speed-up {one / two:.2f}x")
    print(f"scaling: one_s={one:.1f} two_s={two:.1f} speedup={one / two:.2f}")


if __name__ == "__main__":
    main()
