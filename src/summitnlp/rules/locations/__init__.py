"""Locations: find places, type and geocode them.

Pipeline of plain functions: candidates (spans) -> resolve (which place each name denotes) ->
locations (one dict per place, every mention, actor flags).
"""
from __future__ import annotations

from collections import Counter
from typing import Any, Optional

from spacy.tokens import Doc

from ... import docdata
from .actors import is_actor, says
from .candidates import Candidate, find_candidates
from .gazetteer import Place, gazetteer
from .resolve import Resolution, haversine_km, resolve

# What an unresolved entity is, by its model label.
UNRESOLVED_KIND = {"GPE": "place", "LOC": "region", "FAC": "landmark"}
LOCAL_KINDS = {"city", "town", "admin1", "region", "island", "landmark"}
FOCUS_NEAR_KM = 150.0
MAX_FOCUS_CANDIDATES = 50
SPEAKING_CITY_POPULATION = 1_000_000  # below this, a town that "said" something is likelier a person


def leader_country_codes(leaders: list[dict[str, Any]]) -> list[str]:
    return [leader["country_code"] for leader in leaders if leader.get("country_code")]


def focus_place(resolutions: list[Resolution]) -> Optional[Place]:
    """The article's main place: the town, state or venue with the most mentions of itself and of
    places near it; else the most mentioned country."""
    settled = [r for r in resolutions if r.place is not None]
    local = [r for r in settled if r.place.kind in LOCAL_KINDS and r.place.country_code]
    local = sorted(local, key=lambda r: -len(r.candidates))[:MAX_FOCUS_CANDIDATES]
    countries = Counter(r.place.country_code for r in settled for _ in r.candidates
                        if r.place.country_code and r.place.kind == "country")
    if local:
        def support(r: Resolution) -> tuple[int, int, int]:
            near = sum(len(o.candidates) for o in local
                       if o is not r and haversine_km(r.place, o.place) <= FOCUS_NEAR_KM)
            pointlike = 0 if r.place.kind in ("admin1", "region") else 1
            return len(r.candidates) + near + countries[r.place.country_code], pointlike, r.place.population

        return max(local, key=support).place
    return gazetteer().country(countries.most_common(1)[0][0]) if countries else None


def speaks_like_a_person(doc: Doc, res: Resolution) -> bool:
    """"said Noma", "Noma said": a town that talks is a person, unless it is a seat of government."""
    place = res.place
    if place is None or place.kind not in ("city", "town") or gazetteer().is_capital(place):
        return False
    if place.population >= SPEAKING_CITY_POPULATION:
        return False
    return any(says(doc[c.start:c.end]) for c in res.candidates)


def modifies_a_noun(doc: Doc, cand: Candidate) -> bool:
    """"White House aides", "Kremlin spokesman": an institution named, not the building."""
    return doc[cand.start:cand.end].root.dep_ == "compound"


def mention(doc: Doc, text: str, cand: Candidate, kind: str) -> dict[str, Any]:
    # ``text`` is doc.text, which spaCy rebuilds on every access
    return {**docdata.mention(text, cand.start_char, cand.end_char),
            "actor": is_actor(doc[cand.start:cand.end], kind)}


def place_entry(place: Place) -> dict[str, Any]:
    return {"name": place.name, "kind": place.kind, "country_code": place.country_code,
            "latitude": place.latitude, "longitude": place.longitude, "geonameid": place.geonameid,
            "approximate": False, "mentions": []}


def unresolved_entry(cand: Candidate, near: Optional[Place]) -> dict[str, Any]:
    """A place the gazetteer lacks (a street, a venue), put at the article's main place, if any."""
    return {"name": cand.text, "kind": UNRESOLVED_KIND.get(cand.label, "place"),
            "country_code": near.country_code if near else None,
            "latitude": near.latitude if near else None, "longitude": near.longitude if near else None,
            "geonameid": None, "approximate": True, "mentions": []}


def extract_locations(doc: Doc) -> list[dict[str, Any]]:
    """Locations as plain dicts with their mentions, in order of first mention."""
    text = doc.text
    leaders = docdata.get_results(doc, "leaders")
    cands = find_candidates(doc, text, gazetteer(), leaders)
    resolutions = resolve(cands, text, leader_country_codes(leaders))
    focus = focus_place(resolutions)
    entries: dict[str, dict[str, Any]] = {}
    for res in resolutions:
        spans = [c for c in res.candidates if not c.context_only]
        if not spans or speaks_like_a_person(doc, res):
            continue
        if res.place is not None:
            entry = entries.setdefault(res.place.key, place_entry(res.place))
        else:
            entry = entries.setdefault("?" + res.key, unresolved_entry(spans[0], focus))
        entry["mentions"].extend(mention(doc, text, c, entry["kind"]) for c in spans
                                 if not (entry["kind"] == "landmark" and modifies_a_noun(doc, c)))
    kept = [e for e in entries.values() if e["mentions"]]
    for entry in kept:
        entry["mentions"].sort(key=lambda m: m["start"])
    return sorted(kept, key=lambda e: e["mentions"][0]["start"])
