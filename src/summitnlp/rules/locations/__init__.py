"""Locations: find places, type and geocode them."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from ... import docdata


def extract_locations(doc: Doc) -> list[dict[str, Any]]:
    """Locations as plain dicts with their mentions."""
    places: dict[str, dict[str, Any]] = {}
    for e in doc.ents:
        if e.label_ in ("GPE", "LOC", "FAC"):
            entry = places.setdefault(e.text, {"name": e.text, "kind": e.label_.lower(), "country_code": None,
                                               "latitude": None, "longitude": None, "geonameid": None,
                                               "mentions": []})
            entry["mentions"].append({**docdata.mention(doc, e.start_char, e.end_char), "actor": False})
    return list(places.values())
