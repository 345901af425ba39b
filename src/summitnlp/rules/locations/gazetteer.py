"""The place gazetteer: GeoNames rows (data/gazetteer.tsv.gz) plus the hand-curated places_extra.json.

Loaded once per process. Lookup is by a folded key (see :func:`name_key`).
"""
from __future__ import annotations

import gzip
import json
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any, Optional

from ..countries import all_countries

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


def name_key(text: str) -> str:
    """Fold a surface form: accents, case, dots, a leading "the", a trailing possessive, spacing.

    Short all-capital forms keep their case, so that "US" and "EU" are not the towns Us and Eu.
    """
    text = text.replace("\u2019", "'").strip()
    if text.endswith("'s"):
        text = text[:-2]
    elif text.endswith("'"):
        text = text[:-1]
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = " ".join(text.replace(".", "").replace("-", " ").split())
    if len(text) <= 4 and text.isupper():
        return text
    text = text.casefold()
    if text.startswith("the "):
        text = text[4:]
    head, _, rest = text.partition(" ")
    if rest and head in ABBREVIATED_HEADS:
        text = ABBREVIATED_HEADS[head] + " " + rest
    return text


class Gazetteer:
    """Name key -> candidate places."""

    def __init__(self) -> None:
        self.index: dict[str, list[Hit]] = {}
        self.by_code: dict[str, Place] = {}  # country code -> the country
        self.capitals: set[str] = set()  # keys of the places that are national capitals

    def add(self, place: Place, names: list[str]) -> None:
        """Index ``place`` under its names, the first being its own name."""
        self.add_keys(place, [name_key(name) for name in names])

    def add_keys(self, place: Place, keys: list[str], fresh: bool = False) -> None:
        """Index ``place`` under folded keys, the first being its own name's. ``fresh``: the place
        and its keys are known to be new (built rows), so repeats need no check."""
        for i, key in enumerate(keys):
            if len(key) < 2:
                continue
            hits = self.index.setdefault(key, [])
            if fresh or not any(h.place.key == place.key for h in hits):
                hits.append(Hit(place, i == 0))
        if place.kind in ("country", "historical country") and place.country_code:
            self.by_code.setdefault(place.country_code, place)

    def lookup(self, text: str) -> list[Hit]:
        return self.index.get(name_key(text), [])

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
    for line in _data_text("gazetteer.tsv.gz").splitlines():
        if not line or line.startswith("#"):
            continue
        gid, name, kind, cc, admin1, lat, lon, pop, keys = line.split("\t")
        key = f"gn:{gid}" if gid else f"x:{kind}:{cc}:{name}"
        place = Place(key, name, kind, cc or None, admin1 or None, float(lat), float(lon), int(pop),
                      int(gid) if gid else None)
        gaz.add_keys(place, keys.split("|"), fresh=True)  # folded and deduplicated at build time


def _load_extra(gaz: Gazetteer, extra: dict[str, Any]) -> None:
    for name, kind, cc, lat, lon, aliases, admin1 in extra["places"]:
        place = Place(f"x:{name}", name, kind, cc, admin1, float(lat), float(lon), 0, None, curated=True)
        gaz.add(place, [name, *aliases])


def _add_countries(gaz: Gazetteer) -> None:
    """Names and aliases from the shared countries helper ("Britain", "DPRK", "the States"), and capitals."""
    for country in all_countries():
        place = gaz.country(country.code)
        if place is not None:
            gaz.add(place, [place.name, country.name, *country.aliases])
        if country.capital:
            gaz.capitals.update(h.place.key for h in gaz.lookup(country.capital)
                                if h.main and h.place.country_code == country.code and h.place.kind == "city")


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    gaz = Gazetteer()
    extra = json.loads(_data_text("places_extra.json"))
    _load_extra(gaz, extra)  # first, so curated historical countries own their codes (SU, YU)
    _load_geonames(gaz)
    _add_countries(gaz)
    return gaz
