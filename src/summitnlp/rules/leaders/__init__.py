"""Leaders: detect people in office, resolve their mentions, titles and countries."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from ... import docdata


def extract_leaders(doc: Doc) -> list[dict[str, Any]]:
    """Leaders as plain dicts with their mentions."""
    leaders: dict[str, dict[str, Any]] = {}
    for e in doc.ents:
        if e.label_ == "PERSON":
            entry = leaders.setdefault(e.text, {"name": e.text, "title": None, "country": None,
                                                "country_code": None, "current": None, "mentions": []})
            entry["mentions"].append(docdata.mention(doc, e.start_char, e.end_char))
    return list(leaders.values())
