"""Quotes: direct, partial and indirect attributions with their speakers."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Doc


def extract_quotes(doc: Doc) -> list[dict[str, Any]]:
    """Quotes as plain dicts."""
    return []
