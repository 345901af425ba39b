"""Choose the place each name denotes: a population and feature-type prior, then the article's
context (countries and states it mentions, the leaders' countries, places nearby, "Paris, Texas").

One sense per name per article: every mention of a name gets the same place.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Optional

from .candidates import Candidate
from .gazetteer import Hit, Place, gazetteer, name_key

# Prior of a reading, on the scale of log10(population) of a city.
KIND_PRIOR = {"country": 9.0, "continent": 8.5, "historical country": 7.0, "admin1": 8.0, "sea": 7.5,
              "region": 7.5, "peninsula": 7.5, "island": 7.0, "landmark": 7.0, "river": 6.5, "town": 3.0}
MAIN_NAME_BONUS = 1.5  # the place's own name rather than one of its alternate names
CAPITAL_BONUS = 1.0  # a national capital
COUNTRY_BONUS = 1.5  # the article mentions the place's country
# A state or province of a country the article never names, in an article set elsewhere ("Virginia" in
# an Irish story is the Cavan town, "Victoria" in a Canadian one the city)
FOREIGN_AREA_PENALTY = 2.0
ADMIN1_BONUS = 2.5  # the article mentions the place's state or province
NEAR_BONUS = 2.0  # the place lies near another place of the article
NEAR_KM = 250.0
QUALIFIER_PENALTY = 100.0  # "Paris, Texas": a reading outside Texas is out
# A dateline without a state ("WASHINGTON (AP) -") names a capital or a great city: others carry their state.
DATELINE_BONUS = 3.0
DATELINE_CITY_POPULATION = 500_000
ANCHOR_KINDS = {"city", "town", "admin1", "island", "landmark"}
MAX_ANCHORS = 100


@dataclass
class Context:
    countries: Counter = field(default_factory=Counter)  # country code -> weight
    admin1s: Counter = field(default_factory=Counter)  # (country code, admin1) -> weight
    anchors: list[tuple[str, Place]] = field(default_factory=list)  # (name key, place) of settled places
    towns_in: Counter = field(default_factory=Counter)  # (country code, admin1) -> settled towns there


@dataclass
class Resolution:
    key: str
    place: Optional[Place]
    candidates: list[Candidate]


def haversine_km(a: Place, b: Place) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def near(a: Place, b: Place) -> bool:
    """Within NEAR_KM; a degree of latitude is 111 km, which rules most pairs out cheaply."""
    return abs(a.latitude - b.latitude) * 111.0 <= NEAR_KM and haversine_km(a, b) <= NEAR_KM


def prior(hit: Hit) -> float:
    place = hit.place
    base = KIND_PRIOR.get(place.kind)
    if base is None or (place.kind == "town" and not place.curated):
        base = math.log10(place.population + 1)
    if gazetteer().is_capital(place):
        base += CAPITAL_BONUS
    return base + (MAIN_NAME_BONUS if hit.main else 0.0)


def context_bonus(place: Place, key: str, ctx: Context, own: Optional[Place]) -> float:
    """Support from the rest of the article; ``own`` (this name's earlier pick) does not count."""
    bonus = 0.0
    cc = place.country_code
    own_cc = own.country_code if own else None
    if cc and ctx.countries[cc] - (1 if cc == own_cc else 0) > 0:
        bonus += COUNTRY_BONUS
    elif cc and place.kind == "admin1" and sum(ctx.countries.values()) - (1 if own_cc else 0) > 0:
        bonus -= FOREIGN_AREA_PENALTY
    if cc and place.admin1 and place.kind != "admin1":
        own_admin = (own.country_code, own.admin1) if own else None
        if ctx.admin1s[(cc, place.admin1)] - (1 if own_admin == (cc, place.admin1) else 0) > 0:
            bonus += ADMIN1_BONUS
    if place.kind == "admin1" and ctx.towns_in[(cc, place.admin1)] > 0:
        bonus += ADMIN1_BONUS  # "Washington" in an article on Seattle and Tacoma is the state
    if place.kind in ANCHOR_KINDS and any(k != key and near(place, p) for k, p in ctx.anchors):
        bonus += NEAR_BONUS
    return bonus


def satisfies(place: Place, qualifier: Place) -> bool:
    """Whether ``place`` lies in the state or country named after its comma."""
    if qualifier.kind == "admin1" and qualifier.admin1:  # a state without its code: its country only
        return place.country_code == qualifier.country_code and place.admin1 == qualifier.admin1
    return place.country_code == qualifier.country_code


def dateline_bonus(place: Place) -> float:
    if place.kind == "city" and (place.population >= DATELINE_CITY_POPULATION or gazetteer().is_capital(place)):
        return DATELINE_BONUS
    return 0.0


def best(hits: list[Hit], key: str, ctx: Context, own: Optional[Place], qualifiers: list[Place],
         dateline: bool = False) -> Optional[Place]:
    """The reading with the best prior and support from the rest of the article."""
    def score(hit: Hit) -> float:
        s = prior(hit) + context_bonus(hit.place, key, ctx, own)
        if dateline and not qualifiers:
            s += dateline_bonus(hit.place)
        if qualifiers and not any(satisfies(hit.place, q) for q in qualifiers):
            s -= QUALIFIER_PENALTY
        return s

    if qualifiers and all(q.kind == "admin1" for q in qualifiers) and all(h.place.kind in ("city", "town") for h in hits) \
            and not any(satisfies(h.place, q) for h in hits for q in qualifiers):
        return None  # "Blairgowrie, Perthshire" with only the Australian town known: placed at the qualifier
    return max(hits, key=score).place if hits else None


def build_context(picks: dict[str, Optional[Place]], leader_codes: Iterable[str]) -> Context:
    ctx = Context()
    for code in leader_codes:
        ctx.countries[code] += 1
    for key, place in picks.items():
        if place is None:
            continue
        if place.country_code:
            ctx.countries[place.country_code] += 1
        if place.kind == "admin1" and place.admin1:
            ctx.admin1s[(place.country_code, place.admin1)] += 1
        if place.kind in ("city", "town") and place.admin1:
            ctx.towns_in[(place.country_code, place.admin1)] += 1
        if place.kind in ANCHOR_KINDS and len(ctx.anchors) < MAX_ANCHORS:  # bounded: long texts stay linear
            ctx.anchors.append((key, place))
    return ctx


def qualifiers_of(cands: list[Candidate], text: str) -> dict[str, list[Place]]:
    """"X, Y" where Y is a state or country: X lies in Y."""
    out: dict[str, list[Place]] = {}
    for a, b in zip(cands, cands[1:]):
        between = text[a.end_char:b.start_char]
        if between.strip() != "," or not a.hits:
            continue
        quals = [h.place for h in b.hits if h.place.kind in ("admin1", "country")]
        if quals:
            out.setdefault(name_key(a.text), []).extend(quals)
    return out


def resolve(cands: list[Candidate], text: str, leader_codes: list[str]) -> list[Resolution]:
    """A first pick by priors (and the leaders' countries), then two more with the context of the
    previous picks, so that settled names steer ambiguous ones."""
    groups: dict[str, list[Candidate]] = {}
    for cand in cands:
        groups.setdefault(name_key(cand.text), []).append(cand)
    hits = {key: group[0].hits for key, group in groups.items()}
    qualifiers = qualifiers_of(cands, text)
    datelines = {key for key, group in groups.items() if any(c.dateline for c in group)}
    base = build_context({}, leader_codes)
    picks = {key: best(h, key, base, None, qualifiers.get(key, []), key in datelines) for key, h in hits.items()}
    for _ in range(2):
        ctx = build_context(picks, leader_codes)
        picks = {key: best(h, key, ctx, picks[key], qualifiers.get(key, []), key in datelines)
                 for key, h in hits.items()}
    return [Resolution(key, picks[key], groups[key]) for key in groups]
