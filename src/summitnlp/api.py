"""The public entry points: extract one article, or many."""
from __future__ import annotations

import ctypes
import ctypes.util
import datetime as dt
import functools
import itertools
import os
import re
from collections.abc import Iterable, Iterator
from typing import Any, Optional, Union

from spacy.language import Language
from spacy.tokens import Doc

from . import docdata
from .caches import documents_done
from .chunks import join_extractions, split_text
from .convert import doc_to_extraction
from .parallel import extract_in_workers
from .pipeline import load
from .settings import DEFAULT_BATCH_SIZE
from .types import Extraction

Published = Union[str, dt.date, None]
ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.+\-Z]*)?")
CHUNK_CHARS = 100_000  # longer texts are cut at paragraph breaks: parser memory grows with length
ZONE_DOCS = 2_000  # documents per memory zone
try:
    MALLOC_TRIM = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
except (OSError, AttributeError):  # not glibc (macOS, Windows, musl)
    MALLOC_TRIM = None


def normalize_published(published: Any) -> Optional[str]:
    """``published`` as an ISO date string; raises TypeError or ValueError naming the bad value."""
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        return published.date().isoformat()
    if isinstance(published, dt.date):
        return published.isoformat()
    if not isinstance(published, str):
        raise TypeError(f"published must be an ISO date string or a datetime.date, not {type(published).__name__}")
    match = ISO_DATE.fullmatch(published.strip())
    try:
        if match is None:
            raise ValueError
        return dt.date(*(int(g) for g in match.groups())).isoformat()
    except ValueError:
        raise ValueError(f"published={published!r} is not an ISO date such as '2019-04-25'") from None


def check_text(text: Any) -> str:
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    return text


def make_doc(nlp: Language, text: str, published: Optional[str]) -> Doc:
    doc = nlp.make_doc(text)
    docdata.set_published(doc, published)
    return doc


def extract(
    text: str,
    *,
    published: Published = None,
    nlp: Optional[Language] = None,
    max_chars: Optional[int] = None,
) -> Extraction:
    """Leaders, locations, dates, quotes and meetings in one English news article.

    ``published`` is the article's date (ISO string or ``datetime.date``); relative dates such as
    "on Thursday" are resolved against it. Without it, a date found in the text is used.
    ``nlp`` is a pipeline to use instead of :func:`summitnlp.load`'s default. A text longer than
    100,000 characters is processed in pieces cut at paragraph breaks, with offsets into the whole
    text; set ``max_chars`` to refuse longer texts instead. If one of our components fails on the
    text, the result carries what the others found and ``error`` says what failed.
    """
    check_text(text)
    anchor = normalize_published(published)
    if max_chars is not None and len(text) > max_chars:
        raise ValueError(f"text has {len(text):,} characters, more than max_chars={max_chars:,}")
    if not text.strip():
        return Extraction(published=anchor)
    nlp = nlp if nlp is not None else load()
    limit = min(CHUNK_CHARS, nlp.max_length)
    if len(text) <= limit:
        return doc_to_extraction(nlp(make_doc(nlp, text, anchor)))
    parts = []
    for offset, piece in split_text(text, limit):
        part = doc_to_extraction(nlp(make_doc(nlp, piece, anchor)))
        anchor = anchor or part.published
        parts.append((offset, part))
    result = join_extractions(parts)
    result._text = text
    return result


def extract_many(
    texts: Iterable[str],
    *,
    published: Union[Published, Iterable[Published]] = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    n_process: int = 1,
    nlp: Optional[Language] = None,
    progress: bool = False,
) -> Iterator[Extraction]:
    """Extract from many articles through ``nlp.pipe``; results come in input order.

    ``published`` is one date for every text, or an iterable (a list, a generator) with one date
    per text. An item that is not a str (or has a bad date) yields an Extraction whose ``error``
    says why, and the batch goes on. Texts are processed in memory zones of a few thousand, so
    memory stays flat on long runs. ``n_process`` worker processes (-1: one per CPU) each take
    ``batch_size`` texts at a time and send back their results. ``progress=True`` shows a tqdm
    bar (a widget in notebooks).
    """
    n_process = worker_count(n_process)
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        raise ValueError(f"batch_size must be a positive int, not {batch_size!r}")
    nlp = nlp if nlp is not None else load()
    results = extract_zones(nlp, enumerate(pair_dates(texts, published)), batch_size, n_process)
    if progress:
        from tqdm.auto import tqdm

        results = tqdm(results, total=len(texts) if hasattr(texts, "__len__") else None, unit="doc")
    return iter(results)


def worker_count(n_process: Any) -> int:
    if isinstance(n_process, bool) or not isinstance(n_process, int) or not (n_process >= 1 or n_process == -1):
        raise ValueError(f"n_process must be a positive int or -1 (one per CPU), not {n_process!r}")
    return n_process if n_process != -1 else max(os.cpu_count() or 1, 1)


def extract_zones(nlp: Language, items: Iterator, batch_size: int, n_process: int) -> Iterator[Extraction]:
    if n_process > 1:
        run = functools.partial(extract_slice, batch_size=batch_size)
        yield from extract_in_workers(nlp, items, run, n_process, slice_size=batch_size)
        return
    while True:
        zone = list(itertools.islice(items, ZONE_DOCS))
        if not zone:
            return
        with nlp.memory_zone():
            yield from extract_zone(nlp, zone, batch_size)
        if documents_done(len(zone), nlp):
            release_freed_memory()


def release_freed_memory() -> None:
    """Give the memory a finished zone freed back to the system.

    glibc keeps freed memory for reuse, and one long-lived allocation made during a zone can pin
    the heap above it, so without this a long run's RSS creeps up from zone to zone.
    """
    if MALLOC_TRIM is not None:
        MALLOC_TRIM(0)


def extract_slice(nlp: Language, items: list, batch_size: int) -> list[Extraction]:
    """What a worker process does with its slice of the input."""
    with nlp.memory_zone():
        results = list(extract_zone(nlp, items, batch_size))
    if documents_done(len(items), nlp):
        release_freed_memory()
    return results


def pair_dates(texts: Iterable[Any], published: Any) -> Iterator[tuple[Any, Any]]:
    """(text, date) pairs; a text without a date of its own gets a date error, not a shifted one."""
    if published is None or isinstance(published, (str, dt.date)):
        return ((text, published) for text in texts)
    missing = object()
    pairs = itertools.zip_longest(texts, published, fillvalue=missing)
    return ((text, MissingDate() if date is missing else date) for text, date in pairs if text is not missing)


class MissingDate:
    """Stands for the date of a text that the dates iterable had run out for."""

    def __repr__(self) -> str:
        return "<no date given for this text>"


def extract_zone(nlp: Language, zone: list, batch_size: int) -> Iterator[Extraction]:
    """Results for one slice of (index, (text, date)) items, in order, streaming through nlp.pipe.

    Items that are not text get an error result, and very long texts go through :func:`extract`
    on the side; both wait in ``ready`` until their turn.
    """
    ready: dict[int, Extraction] = {}

    def texts() -> Iterator[tuple[str, dict[str, Any]]]:
        for i, (text, published) in zone:
            try:
                if isinstance(published, MissingDate):
                    raise ValueError("published: the dates ran out before the texts did")
                anchor = normalize_published(published)
                if len(check_text(text)) > min(CHUNK_CHARS, nlp.max_length):
                    ready[i] = extract(text, published=anchor, nlp=nlp)
                else:
                    yield text, {"index": i, docdata.PUBLISHED: anchor}
            except (TypeError, ValueError) as error:
                ready[i] = Extraction(error=f"{type(error).__name__}: {error}")

    expected = zone[0][0]
    for doc, context in nlp.pipe(texts(), as_tuples=True, batch_size=batch_size):
        i = context["index"]
        while expected < i:
            yield ready.pop(expected)
            expected += 1
        yield doc_to_extraction(doc)
        expected = i + 1
    while expected in ready:
        yield ready.pop(expected)
        expected += 1
