"""The public entry points: extract one article, or many."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Optional, Union

from spacy.language import Language
from spacy.tokens import Doc

from . import docdata
from .convert import doc_to_extraction
from .pipeline import load
from .types import Extraction

Published = Union[str, dt.date, None]
ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.+\-Z]*)?")


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


def extract(text: str, *, published: Published = None, nlp: Optional[Language] = None) -> Extraction:
    """Leaders, locations, dates, quotes and meetings in one English news article.

    ``published`` is the article's date (ISO string or ``datetime.date``); relative dates such as
    "on Thursday" are resolved against it. Without it, a date found in the text is used.
    ``nlp`` is a pipeline to use instead of :func:`summitnlp.load`'s default.
    """
    check_text(text)
    anchor = normalize_published(published)
    if not text.strip():
        return Extraction(published=anchor)
    nlp = nlp if nlp is not None else load()
    return doc_to_extraction(nlp(make_doc(nlp, text, anchor)))


def extract_many(
    texts: Iterable[str],
    *,
    published: Union[Published, Sequence[Published]] = None,
    batch_size: int = 64,
    n_process: int = 1,
    nlp: Optional[Language] = None,
) -> Iterator[Extraction]:
    """Extract from many articles through ``nlp.pipe``; results come in input order.

    ``published`` is one date for every text, or a list with one per text. An item that is not a
    str (or has a bad date) yields an Extraction whose ``error`` says why, and the batch goes on.
    """
    nlp = nlp if nlp is not None else load()
    per_text = isinstance(published, (list, tuple))
    errors: dict[int, str] = {}

    def docs() -> Iterator[tuple[Doc, int]]:
        for i, text in enumerate(texts):
            try:
                anchor = normalize_published(published[i] if per_text else published)  # type: ignore[index]
                yield make_doc(nlp, check_text(text), anchor), i
            except (TypeError, ValueError, IndexError) as error:
                errors[i] = f"{type(error).__name__}: {error}"

    expected = 0
    for doc, i in nlp.pipe(docs(), as_tuples=True, batch_size=batch_size, n_process=n_process):
        while expected < i:
            yield Extraction(error=errors.pop(expected))
            expected += 1
        yield doc_to_extraction(doc)
        expected = i + 1
    while expected in errors:
        yield Extraction(error=errors.pop(expected))
        expected += 1
