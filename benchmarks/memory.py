"""Import time, first-extract time, and memory over a long run of extract_many.

    python benchmarks/memory.py [--docs 20000] [--texts FILE.jsonl]

Peak RSS over the whole run, and RSS after 2,000 and after all documents (flat = within 5%).
The documents go through ``extract_many`` in blocks of 2,000 (one memory zone each) and RSS is
read after each block is done, so every reading is taken at the same point of a zone's life
rather than at a random point inside one.
"""
from __future__ import annotations

import argparse
import gc
import resource
import subprocess
import sys
import time
from pathlib import Path

from corpus import DEFAULT, articles, paragraphs

PAGE = resource.getpagesize()
BLOCK = 2_000


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * PAGE / 2**20


def import_seconds() -> float:
    code = "import time; t = time.perf_counter(); import summitnlp; print(time.perf_counter() - t)"
    return min(float(subprocess.check_output([sys.executable, "-c", code])) for _ in range(3))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--texts", type=Path, default=DEFAULT)
    args = parser.parse_args()
    print(f"import summitnlp: {import_seconds():.2f}s (fresh process, best of 3)")
    docs = paragraphs(articles(args.texts), args.docs)
    import summitnlp

    start = time.perf_counter()
    summitnlp.extract(docs[0])
    print(f"first extract (loads the model): {time.perf_counter() - start:.2f}s")
    marks = {}
    start = time.perf_counter()
    for done in range(BLOCK, args.docs + BLOCK, BLOCK):
        for _ in summitnlp.extract_many(docs[done - BLOCK : done]):
            pass
        gc.collect()
        marks[min(done, args.docs)] = rss_mb()
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    early, late = marks.get(2_000, float("nan")), marks[args.docs]
    print(f"{args.docs:,} documents in {seconds:.0f}s; peak RSS {peak:.0f} MB")
    print("RSS after each block of 2,000 documents (MB): " + ", ".join(f"{mb:.0f}" for mb in marks.values()))
    print(f"RSS after 2,000: {early:.0f} MB, after {args.docs:,}: {late:.0f} MB ({100 * (late / early - 1):+.1f}%)")
    print(f"memory: peak_mb={peak:.0f} rss_2000_mb={early:.0f} rss_end_mb={late:.0f} growth={100 * (late / early - 1):.1f}%")


if __name__ == "__main__":
    main()
