"""``extract_many(n_process=N)``: worker processes that return results, not Docs.

spaCy's own ``nlp.pipe(n_process=N)`` sends every parsed Doc back to the main process as bytes,
tensors included, and rebuilds it there; on two cores that work in the main process costs a
good part of the gain. Here each worker runs the whole extraction on a slice of the input and
sends back the small ``Extraction`` objects. Slices go out a few at a time, so a long generator
of texts is never read ahead of what the workers can take.
"""
from __future__ import annotations

import itertools
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import Optional

from spacy.language import Language

from .types import Extraction

SliceRunner = Callable[[Language, list], list[Extraction]]

_worker_nlp: Optional[Language] = None
_worker_run: Optional[SliceRunner] = None


def _start_worker(nlp: Language, run: SliceRunner) -> None:
    global _worker_nlp, _worker_run
    _worker_nlp, _worker_run = nlp, run


def _run_slice(items: list) -> list[Extraction]:
    return _worker_run(_worker_nlp, items)


def extract_in_workers(
    nlp: Language, items: Iterator, run: SliceRunner, n_process: int, slice_size: int
) -> Iterator[Extraction]:
    """``run(nlp, slice)`` over slices of ``items`` in ``n_process`` workers, results in order.

    If a worker process dies (killed, out of memory), its slice and the rest are done here.
    """
    slices = iter(lambda: list(islice(items, slice_size)), [])
    pool = ProcessPoolExecutor(
        n_process, mp_context=multiprocessing.get_context(), initializer=_start_worker, initargs=(nlp, run)
    )
    try:
        pending = deque((part, pool.submit(_run_slice, part)) for part in islice(slices, 2 * n_process))
        while pending:
            part, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                for rest in itertools.chain([part], (p for p, _ in pending), slices):
                    yield from run(nlp, rest)
                return
            yield from results
            pending.extend((part, pool.submit(_run_slice, part)) for part in islice(slices, 1))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
