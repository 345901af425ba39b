"""extract_many with worker processes: same results, in order, without reading ahead or losing any."""
import itertools
import multiprocessing
import os

import pytest

import summitnlp
from summitnlp.parallel import extract_in_workers
from summitnlp.types import Extraction

TEXTS = ["Xi met Putin in Moscow on Monday.", "\u201cWe will see,\u201d Trump said.", "Kim arrived in Hanoi."]


@pytest.mark.parametrize("n_process", [0, -2, 1.5, "2", True])
def test_a_bad_process_count_is_refused_at_the_call(n_process):
    with pytest.raises(ValueError, match="n_process"):
        summitnlp.extract_many(TEXTS, n_process=n_process)


@pytest.mark.parametrize("batch_size", [0, -1, 2.0, None])
def test_a_bad_batch_size_is_refused_at_the_call(batch_size):
    with pytest.raises(ValueError, match="batch_size"):
        summitnlp.extract_many(TEXTS, batch_size=batch_size)


@pytest.mark.slow
def test_results_come_in_input_order_across_workers(nlp):
    texts = [f"{name} arrived in {place} on Monday." for name, place in
             itertools.product(["Putin", "Xi Jinping", "Emmanuel Macron"], ["Paris", "Beijing", "Hanoi", "Seoul"])]
    one = list(summitnlp.extract_many(texts, published="2019-04-25", nlp=nlp))
    two = list(summitnlp.extract_many(texts, published="2019-04-25", nlp=nlp, n_process=2, batch_size=1))
    assert two == one
    assert [r.locations[0].name for r in two] == [place for _, place in
                                                  itertools.product(range(3), ["Paris", "Beijing", "Hanoi", "Seoul"])]


def echo(nlp, items):
    return [Extraction(published=text) for _, (text, _) in items]


def test_a_generator_is_not_read_far_ahead_of_the_results():
    taken = []

    def texts():
        for i in itertools.count():
            taken.append(i)
            yield (i, (f"2019-01-{1 + i % 28:02d}", None))

    results = extract_in_workers(None, texts(), echo, n_process=2, slice_size=3)
    assert [next(results).published for _ in range(4)] == ["2019-01-01", "2019-01-02", "2019-01-03", "2019-01-04"]
    results.close()
    assert len(taken) <= 3 * (2 * 2 + 2)


def die_in_a_worker_on_crash(nlp, items):
    if any(text == "crash" for _, (text, _) in items) and multiprocessing.parent_process() is not None:
        os._exit(1)
    return echo(nlp, items)


def test_a_dead_worker_loses_no_results():
    texts = ["a", "b", "crash", "c", "d", "e", "f"]
    items = enumerate((t, None) for t in texts)
    results = list(extract_in_workers(None, items, die_in_a_worker_on_crash, n_process=2, slice_size=2))
    assert [r.published for r in results] == texts
