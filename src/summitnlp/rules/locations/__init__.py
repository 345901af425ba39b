"""Locations: find places, type and geocode them.

Pipeline of plain functions: candidates (spans) -> resolve (which place each name denotes) ->
locations (one dict per place, every mention, actor flags).
"""
from __future__ import annotations

from collections import Counter
from typing import Any, Optional

from spacy.tokens import Doc

from ... import docdata
from .actors import is_actor, plays_as_a_team, says
from .candidates import COUNTY_WORDS, LOCATIVE, Candidate, find_candidates, previous_word, words_of
from .gazetteer import Place, gazetteer, name_key
from .resolve import Resolution, haversine_km, resolve

# What an unresolved entity is, by its model label.
UNRESOLVED_KIND = {"GPE": "place", "LOC": "region", "FAC": "landmark"}
LOCAL_KINDS = {"city", "town", "admin1", "region", "island", "landmark"}
FOCUS_NEAR_KM = 150.0
COUNTY_NEAR_KM = 200.0
VENUE_JOINERS = {"in", ",", "in the", "at", "near", "outside", "in downtown", "in central"}
MAX_FOCUS_CANDIDATES = 50
TEAM_PROOF_KINDS = {"country", "historical country", "admin1", "continent"}  # named by teams, still places
TEAM_PROOF_POPULATION = 100_000
GREAT_CITY_POPULATION = 5_000_000
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


def within(inner: Place, area: Place) -> bool:
    """Whether ``inner`` lies in ``area``, a country or a state."""
    if area.kind == "country":
        return inner.country_code == area.country_code
    return area.kind == "admin1" and (inner.country_code, inner.admin1) == (area.country_code, area.admin1)


def speaks_like_a_person(doc: Doc, res: Resolution) -> bool:
    """"said Selma", "Selma said": a town that talks is a person, unless it is a seat of government."""
    place = res.place
    if place is None or place.kind not in ("city", "town") or gazetteer().is_capital(place):
        return False
    if place.population >= SPEAKING_CITY_POPULATION:
        return False
    return any(says(doc[c.start:c.end]) for c in res.candidates)


# Nouns a building's name modifies as a place ("a White House dinner", "the Kremlin grounds",
# "Heathrow airport"); before other nouns it names an institution ("White House aides").
PLACE_HEADS = frozenset("""residence office offices lawn grounds gate gates premises room rooms building buildings
airport terminal runway roundabout junction facility site station campus area precinct entrance dinner lunch
luncheon reception ceremony event party visit meeting summit rally visitors tour""".split())


def modifies_a_noun(doc: Doc, cand: Candidate) -> bool:
    """"White House aides", "Kremlin spokesman": an institution named, not the building."""
    root = doc[cand.start:cand.end].root
    if root.dep_ != "compound":
        return False
    head = root.head
    while head.dep_ == "compound" and head.head is not head and head.head.i > head.i:  # "White House press office"
        head = head.head
    return head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() not in PLACE_HEADS


def after_a_locative(doc: Doc, cand: Candidate) -> bool:
    i = previous_word(doc, cand.start)
    return i >= 0 and doc[i].lower_ in LOCATIVE


def without_team_names(doc: Doc, res: Resolution, spans: list[Candidate]) -> list[Candidate]:
    """Drop the mentions of a small place that name a sports team ("Lakeview coach", "Lakeview
    won"); one named so twice and never as a place ("in X") is the team throughout. Countries, states
    and big cities stay: "France beat Croatia" still names France, which acts."""
    place = res.place
    # a big city's other name ("Roma", "Napoli") is the club's rather than the city's, but not a
    # great city's ("New York", which GeoNames calls New York City)
    own_name = place is not None and (name_key(place.name) == res.key or place.population >= GREAT_CITY_POPULATION)
    if place is not None and (place.kind in TEAM_PROOF_KINDS or (own_name and place.population >= TEAM_PROOF_POPULATION)):
        return spans
    team = [c for c in spans if plays_as_a_team(doc[c.start:c.end])]
    if not team:
        return spans
    if len(team) >= 2 and not any(after_a_locative(doc, c) for c in spans):
        return []
    return [c for c in spans if c not in team]


def mention(doc: Doc, text: str, cand: Candidate, kind: str) -> dict[str, Any]:
    # ``text`` is doc.text, which spaCy rebuilds on every access
    return {**docdata.mention(text, cand.start_char, cand.end_char),
            "actor": is_actor(doc[cand.start:cand.end], kind)}


def place_entry(place: Place) -> dict[str, Any]:
    return {"name": place.name, "kind": place.kind, "country_code": place.country_code,
            "latitude": place.latitude, "longitude": place.longitude, "geonameid": place.geonameid,
            "approximate": False, "mentions": []}


def site_entry(cand: Candidate, place: Place, focus: Optional[Place]) -> dict[str, Any]:
    """A building or feature named after the place it stands in ("Manila Cathedral"), put there; a
    county named like a town ("Orange County") is there only if near the article's main place."""
    if cand.suffix == "county" and focus is not None and haversine_km(place, focus) > COUNTY_NEAR_KM:
        place = focus
    elif focus is not None and focus.kind in LOCAL_KINDS and within(focus, place):
        place = focus  # "Colorado State University" in an article set in Fort Collins
    return {**place_entry(place), "name": cand.text, "kind": cand.suffix, "geonameid": None, "approximate": True}


def unresolved_entry(cand: Candidate, near: Optional[Place]) -> dict[str, Any]:
    """A place the gazetteer lacks (a street, a venue), put at the article's main place, if any."""
    county = cand.suffix == "county" or cand.text.rsplit(" ", 1)[-1].lower() in COUNTY_WORDS
    kind = "county" if county else cand.suffix or UNRESOLVED_KIND.get(cand.label, "place")
    return {"name": cand.text, "kind": kind,
            "country_code": near.country_code if near else None,
            "latitude": near.latitude if near else None, "longitude": near.longitude if near else None,
            "geonameid": None, "approximate": True, "mentions": []}


def located_by_next(doc: Doc, cands: list[Candidate], resolutions: list[Resolution], text: str) -> dict[int, Place]:
    """Token start of each unknown place followed by "in Y" or ", Y" -> Y ("the Palais des Nations
    in Geneva", "Lowther Mill, Leeds"); not when Y starts a clause ("Beyond X, Leeds have")."""
    place_of = {id(c): r.place for r in resolutions for c in r.candidates if r.place is not None}
    out = {}
    for a, b in zip(cands, cands[1:]):
        between = text[a.end_char:b.start_char].strip().lower()
        if id(a) not in place_of and id(b) in place_of and between in VENUE_JOINERS \
                and doc[b.start:b.end].root.dep_ not in ("nsubj", "nsubjpass"):
            out[a.start] = place_of[id(b)]
    return out


def extract_locations(doc: Doc) -> list[dict[str, Any]]:
    """Locations as plain dicts with their mentions, in order of first mention."""
    words, text = words_of(doc)  # text: doc.text, which spaCy rebuilds on every access
    leaders = docdata.get_results(doc, "leaders")
    cands = find_candidates(doc, words, text, gazetteer(), leaders)
    resolutions = resolve(cands, text, leader_country_codes(leaders))
    # a town that talks is a person, and not the article's place
    resolutions = [r for r in resolutions if not speaks_like_a_person(doc, r)]
    focus = focus_place(resolutions)
    placed = located_by_next(doc, cands, resolutions, text)
    entries: dict[str, dict[str, Any]] = {}
    for res in resolutions:
        spans = [c for c in res.candidates if not c.context_only]
        if not spans:
            continue
        spans = without_team_names(doc, res, spans)
        if not spans:
            continue
        if res.place is not None and spans[0].suffix:
            entry = entries.setdefault("?" + res.key, site_entry(spans[0], res.place, focus))
        elif res.place is not None:
            entry = entries.setdefault(res.place.key, place_entry(res.place))
        else:
            near = next((placed[c.start] for c in spans if c.start in placed), focus)
            entry = entries.setdefault("?" + res.key, unresolved_entry(spans[0], near))
        entry["mentions"].extend(mention(doc, text, c, entry["kind"]) for c in spans
                                 if not (entry["kind"] == "landmark" and modifies_a_noun(doc, c)))
    kept = [e for e in entries.values() if e["mentions"]]
    for entry in kept:
        entry["mentions"].sort(key=lambda m: m["start"])
    return sorted(kept, key=lambda e: e["mentions"][0]["start"])
