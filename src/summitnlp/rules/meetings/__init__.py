"""Meetings: who met whom, where and when."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Doc


def extract_meetings(doc: Doc) -> list[dict[str, Any]]:
    """Meetings as plain dicts."""
    return []
