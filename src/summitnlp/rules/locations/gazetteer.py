"""The place gazetteer: GeoNames rows (data/gazetteer.tsv.gz) plus the hand-curated places_extra.json.

Loaded once per process. Lookup is by a folded key (see :func:`name_key`).
"""
from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any, Optional

from ..countries import all_countries
from ...caches import word_cache
from ..text import (
    is_short_capitals,
    squash_spaces,
    straight_apostrophes,
    strip_accents,
    without_leading_the,
    without_possessive,
)

# A prior rank per kind: which reading of an ambiguous name news means, population aside.
KIND_RANK = {"country": 6, "historical country": 5, "continent": 5, "admin1": 4, "sea": 4, "region": 4,
             "peninsula": 4, "island": 3, "landmark": 3, "river": 3, "city": 0, "town": 0}


ABBREVIATED_HEADS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "point"}


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry."""

    key: str  # unique id: "gn:<geonameid>" or "x:<name>"
    name: str
    kind: str
    country_code: Optional[str]
    admin1: Optional[str]
    latitude: float
    longitude: float
    population: int
    geonameid: Optional[int]
    curated: bool = False


@dataclass(frozen=True, slots=True)
class Hit:
    """A place a name can denote; ``main`` when the name is its main name, not an alternate."""

    place: Place
    main: bool


@word_cache
@lru_cache(maxsize=65536)  # a text repeats its names; folding is the cost of a lookup
def name_key(text: str) -> str:
    """Fold a surface form: accents, case, dots, a leading "the", a trailing possessive, spacing.

    Short all-capital forms keep their case, so that "US" and "EU" are not the towns Us and Eu.
    """
    text = without_possessive(straight_apostrophes(text).strip()).removesuffix("'")
    text = squash_spaces(strip_accents(text).replace(".", "").replace("-", " "))
    if is_short_capitals(text, 4):
        return text
    text = without_leading_the(text.casefold())
    head, _, rest = text.partition(" ")
    if rest and head in ABBREVIATED_HEADS:
        text = ABBREVIATED_HEADS[head] + " " + rest
    return text


class Gazetteer:
    """Name key -> candidate places.

    GeoNames rows are kept as text and made into places on first lookup: building 150,000 places
    up front is most of the loading time, and an article looks up a few hundred names.
    """

    def __init__(self) -> None:
        self.index: dict[str, list[Hit]] = {}  # curated places (places_extra.json)
        self.aliases: dict[str, list[Hit]] = {}  # the countries helper's names, after GeoNames' own
        self.rows: list[str] = []  # GeoNames rows, as built
        self.row_keys: dict[str, list[int]] = {}  # key -> 2 * row number (+1 where the key is the row's own name)
        self.places: dict[int, Place] = {}  # row number -> place, made on first use
        self.found: dict[str, list[Hit]] = {}  # key -> hits, merged on first lookup
        self.by_code: dict[str, Place] = {}  # country code -> the country
        self.capitals: set[str] = set()  # keys of the places that are national capitals
        self.given_names: frozenset[str] = frozenset()  # people's first names ("Helen"), not places'

    def add(self, place: Place, names: list[str], aliases: bool = False) -> None:
        """Index ``place`` under its names, the first being its own name; ``aliases``: after GeoNames'
        readings of the same names."""
        target = self.aliases if aliases else self.index
        for i, key in enumerate(name_key(name) for name in names):
            if len(key) < 2:
                continue
            hits = target.setdefault(key, [])
            if not any(h.place.key == place.key for h in hits):
                hits.append(Hit(place, i == 0))
            self.found.pop(key, None)
        if place.kind in ("country", "historical country") and place.country_code:
            self.by_code.setdefault(place.country_code, place)

    def add_rows(self, rows: list[str]) -> None:
        """GeoNames rows (see scripts/build_gazetteer.py), their keys folded at build time."""
        offset = len(self.rows)
        self.rows.extend(rows)
        row_keys = self.row_keys
        for n, row in enumerate(rows, offset):
            own, *others = row.rsplit("\t", 1)[1].split("|")
            row_keys.setdefault(own, []).append(2 * n + 1)
            for key in others:
                row_keys.setdefault(key, []).append(2 * n)
        for n in range(offset, len(self.rows)):  # countries come first in the built file
            place = self.place(n)
            if place.kind != "country":
                break
            self.by_code.setdefault(place.country_code, place)
        self.found.clear()

    def place(self, n: int) -> Place:
        place = self.places.get(n)
        if place is None:
            gid, name, kind, cc, admin1, lat, lon, pop, _ = self.rows[n].split("\t")
            key = f"gn:{gid}" if gid else f"x:{kind}:{cc}:{name}"
            place = Place(key, name, kind, cc or None, admin1 or None, float(lat), float(lon), int(pop),
                          int(gid) if gid else None)
            self.places[n] = place
        return place

    def hits(self, key: str) -> list[Hit]:
        found = self.found.get(key)
        if found is None:
            found = list(self.index.get(key, ()))
            seen = {h.place.key for h in found}
            for code in self.row_keys.get(key, ()):
                place = self.place(code >> 1)
                if place.key not in seen:
                    seen.add(place.key)
                    found.append(Hit(place, bool(code & 1)))
            found.extend(h for h in self.aliases.get(key, ()) if h.place.key not in seen)
            self.found[key] = found
        return found

    def lookup(self, text: str) -> list[Hit]:
        return self.hits(name_key(text))

    def is_capital(self, place: Place) -> bool:
        return place.key in self.capitals

    def country(self, code: Optional[str]) -> Optional[Place]:
        return self.by_code.get(code) if code else None


def _data_text(name: str) -> str:
    path = files("summitnlp") / "data" / name
    if name.endswith(".gz"):
        return gzip.decompress(path.read_bytes()).decode("utf-8")
    return path.read_text(encoding="utf-8")


def _load_geonames(gaz: Gazetteer) -> None:
    lines = _data_text("gazetteer.tsv.gz").splitlines()
    gaz.add_rows([line for line in lines if line and not line.startswith("#")])


def _load_extra(gaz: Gazetteer, extra: dict[str, Any]) -> None:
    for name, kind, cc, lat, lon, aliases, admin1 in extra["places"]:
        place = Place(f"x:{name}", name, kind, cc, admin1, float(lat), float(lon), 0, None, curated=True)
        gaz.add(place, [name, *aliases])


def _add_countries(gaz: Gazetteer, extra_names: dict[str, list[str]]) -> None:
    """Names and aliases from the shared countries helper ("Britain", "DPRK", "the States") and our own
    (``country_aliases``), and capitals."""
    for code, names in extra_names.items():
        place = gaz.country(code)
        if place is not None:
            gaz.add(place, [place.name, *names], aliases=True)
    for country in all_countries():
        place = gaz.country(country.code)
        if place is not None:
            gaz.add(place, [place.name, country.name, *country.aliases], aliases=True)
        if country.capital:  # the biggest of the country's places so named: not every Washington in the US
            named = [h.place for h in gaz.lookup(country.capital)
                     if h.main and h.place.country_code == country.code and h.place.kind == "city"]
            if named:
                gaz.capitals.add(max(named, key=lambda place: place.population).key)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    gaz = Gazetteer()
    extra = json.loads(_data_text("places_extra.json"))
    _load_extra(gaz, extra)  # first, so curated historical countries own their codes (SU, YU)
    gaz.given_names = frozenset(extra.get("person_given_names", []))
    _load_geonames(gaz)
    _add_countries(gaz, extra.get("country_aliases", {}))
    return gaz
