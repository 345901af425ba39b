"""Where our components keep their results on a Doc.

Each capability stores a list of plain dicts (character offsets, strings, numbers) in a Doc
extension, so a Doc keeps its results through ``doc.to_bytes()``, ``DocBin`` and ``n_process>1``.
``convert.py`` is the one place that turns them into the public dataclasses.
"""
from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

PUBLISHED = "summitnlp_published"  # ISO date used as the anchor: given by the caller, or detected
ERRORS = "summitnlp_errors"  # what failed in our components for this Doc, when they record errors
CAPABILITIES = ("leaders", "locations", "dates", "quotes", "meetings")


def attr(capability: str) -> str:
    """The Doc extension name that holds one capability's results."""
    return f"summitnlp_{capability}"


def register_extensions() -> None:
    """Register our Doc extensions (idempotent)."""
    for name in [PUBLISHED, ERRORS, *(attr(c) for c in CAPABILITIES)]:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def get_results(doc: Doc, capability: str) -> list[dict[str, Any]]:
    """One capability's stored results, or an empty list when its component did not run."""
    return getattr(doc._, attr(capability)) or []


def set_results(doc: Doc, capability: str, results: list[dict[str, Any]]) -> None:
    setattr(doc._, attr(capability), results)


def get_published(doc: Doc) -> str | None:
    return getattr(doc._, PUBLISHED)


def set_published(doc: Doc, iso_date: str | None) -> None:
    setattr(doc._, PUBLISHED, iso_date)


def get_errors(doc: Doc) -> list[str]:
    return getattr(doc._, ERRORS) or []


def record_error(name: str, component: Any, docs: list[Doc], error: Exception) -> None:
    """A spaCy error handler that notes the failure on each Doc instead of raising."""
    for doc in docs:
        setattr(doc._, ERRORS, [*get_errors(doc), f"{name} failed: {type(error).__name__}: {error}"])


def mention(doc_or_text: Any, start: int, end: int) -> dict[str, Any]:
    """A plain mention dict for ``text[start:end]``."""
    text = doc_or_text.text if isinstance(doc_or_text, Doc) else doc_or_text
    return {"text": text[start:end], "start": start, "end": end}


register_extensions()
