"""Countries by code, name, alias or demonym ("Russia", "the U.S.", "DPRK", "North Korean")."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Optional

from .text import (
    is_short_capitals,
    squash_spaces,
    straight_apostrophes,
    without_leading_the,
    without_possessive,
)

# When a demonym names two countries, the one news means far more often.
PREFERRED = {"Dominican": "DO", "Congolese": "CD", "Guinean": "GN"}


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capital: Optional[str]
    geonameid: Optional[int]
    historical: bool


def surface_key(text: str) -> str:
    """Fold case for ordinary names, but keep short all-caps forms ("US" is not "us")."""
    text = without_possessive(without_leading_the(squash_spaces(straight_apostrophes(text))))
    return text if is_short_capitals(text, 3) else text.casefold()


@dataclass(frozen=True)
class _Index:
    by_code: dict[str, Country]
    by_name: dict[str, Country]
    by_demonym: dict[str, Country]


@lru_cache(maxsize=1)
def _index() -> _Index:
    rows = json.loads((files("summitnlp") / "data" / "countries.json").read_text(encoding="utf-8"))
    countries = [Country(r["code"], r["name"], tuple(r["aliases"]), tuple(r["demonyms"]), r["capital"],
                         r["geonameid"], r["historical"]) for r in rows]
    by_code = {c.code: c for c in countries}
    by_name: dict[str, Country] = {}
    by_demonym: dict[str, Country] = {}
    for c in countries:
        for name in (c.name, *c.aliases):
            by_name.setdefault(surface_key(name), c)
        for demonym in c.demonyms:
            preferred = PREFERRED.get(demonym)
            if preferred is None or preferred == c.code:
                by_demonym.setdefault(surface_key(demonym), c)
    return _Index(by_code, by_name, by_demonym)


def all_countries() -> list[Country]:
    return list(_index().by_code.values())


def country_by_code(code: str) -> Optional[Country]:
    return _index().by_code.get(code.upper())


def country_by_name(text: str) -> Optional[Country]:
    """The country a name or alias denotes ("Russia", "the U.S.", "DPRK", "Russia's")."""
    return _index().by_name.get(surface_key(text))


def country_by_demonym(text: str) -> Optional[Country]:
    """The country an adjective or demonym denotes ("Russian", "North Korean", "Soviet", "U.S.")."""
    return _index().by_demonym.get(surface_key(text))
