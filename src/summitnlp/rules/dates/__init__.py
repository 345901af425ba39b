"""Temporal expressions: find them and normalise them to TIMEX3 values."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from ... import docdata


def extract_dates(doc: Doc) -> list[dict[str, Any]]:
    """Date mentions as plain dicts; sets the anchor on the Doc when the caller gave none."""
    # First version: the model's DATE/TIME entities, values still to come.
    return [
        {**docdata.mention(doc, e.start_char, e.end_char), "type": e.label_, "value": None}
        for e in doc.ents
        if e.label_ in ("DATE", "TIME")
    ]
