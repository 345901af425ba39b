#!/usr/bin/env python3
"""Compare our leaders table (src/summitnlp/data/leaders.jsonl) with the public reference tables.

    .venv/bin/python scripts/check_leaders.py [--ref ../shared/eval/leaders] [--since 1990] [--json]

The reference files (REIGN 2021-03, PETRARCH2 actors 2014) are read in place: they are for checking
only and never go into the package. Matching method: same country, and every token of the reference
name (often a surname only) occurs among the tokens of one of our names/aliases (accent- and
hyphen-insensitive), with overlapping terms. REIGN records one de facto leader per country, so a
REIGN spell is compared with the union of all leading terms (head of state/government, leader) our
table gives that person in that country.
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import difflib
import importlib.util
import json
import sys
from pathlib import Path
from typing import Any, Iterable

from summitnlp.rules.leaders.table import LeaderRow, LeadersTable, load_table, normalize_name

REPO = Path(__file__).resolve().parents[1]
DEFAULT_REF = REPO.parent / "shared" / "eval" / "leaders"
LEADING_ROLES = {"head_of_state", "head_of_government", "leader", "historic"}
MAX_DAYS_OFF = 366
REIGN_END = "2021-03-01"
PETRARCH_END = "2014-01-30"

# Correlates-of-War state abbreviations (REIGN) -> our country codes (first = preferred).
COW_TO_OURS: dict[str, tuple[str, ...]] = {
    "AAB": ("AG",), "AFG": ("AF",), "ALB": ("AL",), "ALG": ("DZ",), "AND": ("AD",), "ANG": ("AO",),
    "ARG": ("AR",), "ARM": ("AM",), "AUL": ("AU",), "AUS": ("AT",), "AZE": ("AZ",), "BAH": ("BH",),
    "BAR": ("BB",), "BEL": ("BE",), "BEN": ("BJ",), "BFO": ("BF",), "BHM": ("BS",), "BHU": ("BT",),
    "BLR": ("BY",), "BLZ": ("BZ",), "BNG": ("BD",), "BOL": ("BO",), "BOS": ("BA",), "BOT": ("BW",),
    "BRA": ("BR",), "BRU": ("BN",), "BUI": ("BI",), "BUL": ("BG",), "CAM": ("KH",), "CAN": ("CA",),
    "CAO": ("CM",), "CAP": ("CV",), "CDI": ("CI",), "CEN": ("CF",), "CHA": ("TD",), "CHL": ("CL",),
    "CHN": ("CN",), "COL": ("CO",), "COM": ("KM",), "CON": ("CG",), "COS": ("CR",), "CRO": ("HR",),
    "CUB": ("CU",), "CYP": ("CY",), "CZE": ("CS", "CZ"), "CZR": ("CZ",), "DEN": ("DK",),
    "DJI": ("DJ",), "DMA": ("DM",), "DOM": ("DO",), "DRC": ("CD",), "DRV": ("VN",), "ECU": ("EC",),
    "EGY": ("EG",), "EQG": ("GQ",), "ERI": ("ER",), "EST": ("EE",), "ETH": ("ET",), "ETM": ("TL",),
    "FIJ": ("FJ",), "FIN": ("FI",), "FRN": ("FR",), "FSM": ("FM",), "GAB": ("GA",), "GAM": ("GM",),
    "GDR": ("DD",), "GFR": ("DE",), "GHA": ("GH",), "GMY": ("DE",), "GNB": ("GW",), "GRC": ("GR",),
    "GRG": ("GE",), "GRN": ("GD",), "GUA": ("GT",), "GUI": ("GN",), "GUY": ("GY",), "HAI": ("HT",),
    "HON": ("HN",), "HUN": ("HU",), "ICE": ("IS",), "IND": ("IN",), "INS": ("ID",), "IRE": ("IE",),
    "IRN": ("IR",), "IRQ": ("IQ",), "ISR": ("IL",), "ITA": ("IT",), "JAM": ("JM",), "JOR": ("JO",),
    "JPN": ("JP",), "KEN": ("KE",), "KIR": ("KI",), "KOS": ("XK",), "KUW": ("KW",), "KYR": ("KG",),
    "KZK": ("KZ",), "LAO": ("LA",), "LAT": ("LV",), "LBR": ("LR",), "LEB": ("LB",), "LES": ("LS",),
    "LIB": ("LY",), "LIE": ("LI",), "LIT": ("LT",), "LUX": ("LU",), "MAA": ("MR",), "MAC": ("MK",),
    "MAD": ("MV",), "MAG": ("MG",), "MAL": ("MY",), "MAS": ("MU",), "MAW": ("MW",), "MEX": ("MX",),
    "MLD": ("MD",), "MLI": ("ML",), "MLT": ("MT",), "MNC": ("MC",), "MNG": ("ME",), "MON": ("MN",),
    "MOR": ("MA",), "MSI": ("MH",), "MYA": ("MM",), "MZM": ("MZ",), "NAM": ("NA",), "NAU": ("NR",),
    "NEP": ("NP",), "NEW": ("NZ",), "NIC": ("NI",), "NIG": ("NG",), "NIR": ("NE",), "NOR": ("NO",),
    "NTH": ("NL",), "OMA": ("OM",), "PAK": ("PK",), "PAL": ("PW",), "PAN": ("PA",), "PAR": ("PY",),
    "PER": ("PE",), "PHI": ("PH",), "PNG": ("PG",), "POL": ("PL",), "POR": ("PT",), "PRK": ("KP",),
    "QAT": ("QA",), "ROK": ("KR",), "ROM": ("RO",), "RUS": ("RU", "SU"), "RVN": ("VN",), "RWA": ("RW",),
    "SAF": ("ZA",), "SAL": ("SV",), "SAU": ("SA",), "SEN": ("SN",), "SEY": ("SC",), "SIE": ("SL",),
    "SIN": ("SG",), "SKN": ("KN",), "SLO": ("SK",), "SLU": ("LC",), "SLV": ("SI",), "SNM": ("SM",),
    "SOL": ("SB",), "SOM": ("SO",), "SPN": ("ES",), "SRI": ("LK",), "SSD": ("SS",), "STP": ("ST",),
    "SUD": ("SD",), "SUR": ("SR",), "SVG": ("VC",), "SWA": ("SZ",), "SWD": ("SE",), "SWZ": ("CH",),
    "SYR": ("SY",), "TAJ": ("TJ",), "TAZ": ("TZ",), "THI": ("TH",), "TKM": ("TM",), "TOG": ("TG",),
    "TON": ("TO",), "TRI": ("TT",), "TUN": ("TN",), "TUR": ("TR",), "TUV": ("TV",), "UAE": ("AE",),
    "UGA": ("UG",), "UKG": ("GB",), "UKR": ("UA",), "URU": ("UY",), "USA": ("US",), "UZB": ("UZ",),
    "VAN": ("VU",), "VEN": ("VE",), "WSM": ("WS",), "YAR": ("YE",), "YEM": ("YE",), "YPR": ("YE",),
    "YUG": ("YU", "CS", "RS"), "ZAM": ("ZM",), "ZIM": ("ZW",),
}


def load_reader(ref: Path) -> Any:
    """Import the shared read_leaders.py from the reference folder (never copied into the repo)."""
    spec = importlib.util.spec_from_file_location("read_leaders", ref / "read_leaders.py")
    module = importlib.util.module_from_spec(spec)
    saved = sys.argv
    sys.argv = [saved[0]]  # read_leaders reads sys.argv[1] at import time
    try:
        spec.loader.exec_module(module)
    finally:
        sys.argv = saved
    return module


def to_date(iso: str | None, latest: bool = False) -> dt.date | None:
    """Partial ISO -> date (earliest or latest day it can mean)."""
    if not iso:
        return None
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 12, 31) if latest else dt.date(parts[0], 1, 1)
    if len(parts) == 2:
        if not latest:
            return dt.date(parts[0], parts[1], 1)
        following = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    return dt.date(*parts)


PARTICLES = frozenset({"al", "el", "an", "as", "at", "ath", "ad", "bin", "ibn", "bint", "ben", "abu", "de",
                       "da", "del", "la", "le", "van", "von", "der", "y", "jr", "sr"})


def name_tokens(text: str) -> frozenset[str]:
    return frozenset(normalize_name(text).replace("'", " ").split())


def distinctive(tokens: Iterable[str]) -> set[str]:
    return {t for t in tokens if len(t) >= 4 and t not in PARTICLES}


def name_match_method(reference: str, row: LeaderRow) -> str | None:
    """'exact': all reference tokens among the tokens of one of our names/aliases;
    'fuzzy': a distinctive reference token (4+ letters, not a particle) is >= 0.75 similar
    (difflib ratio) to one of our tokens (REIGN spells "Mitterand", "Qabus", "Nahayan")."""
    wanted = name_tokens(reference)
    surfaces = [name_tokens(surface) for surface in row.surfaces()]
    if wanted and any(wanted <= tokens for tokens in surfaces):
        return "exact"
    ours = distinctive(t for tokens in surfaces for t in tokens)
    for token in distinctive(wanted):
        if any(difflib.SequenceMatcher(None, token, mine).ratio() >= 0.75 for mine in ours):
            return "fuzzy"
    return None


def merged_terms(rows: Iterable[LeaderRow], today: dt.date) -> list[tuple[dt.date, dt.date]]:
    """Union of the rows' terms as [(start, end)], touching or overlapping terms joined."""
    spans = sorted((to_date(r.start) or dt.date(1900, 1, 1), to_date(r.end, latest=True) or today)
                   for r in rows)
    merged: list[list[dt.date]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1] + dt.timedelta(days=31):
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def overlap(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def merge_reign_spells(reign: list[dict]) -> list[dict]:
    """Join consecutive spells of one person in one country (REIGN splits e.g. Kohl at 1990-10)."""
    merged: list[dict] = []
    last_by_person: dict[tuple, dict] = {}
    for spell in sorted(reign, key=lambda s: s["start"] or ""):
        codes = COW_TO_OURS.get(spell["country_cow"], (spell["country_cow"],))
        key = (codes, normalize_name(spell["name"]))
        previous = last_by_person.get(key)
        start = to_date(spell["start"])
        if previous and previous["end"] and to_date(previous["end"], latest=True) + dt.timedelta(days=45) >= start:
            previous["end"] = spell["end"]
            continue
        spell = dict(spell, countries=codes)
        merged.append(spell)
        last_by_person[key] = spell
    return merged


def compare_reign(table: LeadersTable, reign: list[dict], since: int) -> dict[str, Any]:
    """Each REIGN spell ending in or after `since`: matched (how), missing, or dates off."""
    frozen = to_date(REIGN_END)
    result: dict[str, Any] = {"spells": 0, "matched": 0, "methods": collections.Counter(), "disagreements": []}
    for spell in merge_reign_spells(reign):
        span = (to_date(spell["start"]), to_date(spell["end"], latest=True) or frozen)
        if span[1].year < since:
            continue
        result["spells"] += 1
        rows = [r for code in spell["countries"] for r in table.by_country(code) if r.role in LEADING_ROLES]
        method, problem = reign_problem(spell, span, rows, frozen)
        if problem is None:
            result["matched"] += 1
            result["methods"][method] += 1
        else:
            result["disagreements"].append(problem)
    return result


def term(row: LeaderRow) -> tuple[dt.date, dt.date]:
    return merged_terms([row], dt.date.today())[0]


def reign_problem(spell: dict, span: tuple[dt.date, dt.date], rows: list[LeaderRow],
                  frozen: dt.date) -> tuple[str | None, dict[str, Any] | None]:
    where = {"source": "REIGN", "country": spell["country_cow"], "name": spell["name"],
             "start": spell["start"], "end": spell["end"]}
    if not rows:
        return None, {**where, "kind": "country missing"}
    methods = {id(r): name_match_method(spell["name"], r) for r in rows}
    for method in ("exact", "fuzzy"):  # fuzzy only when no exact match ("Raul Castro" is not Fidel)
        mine = [r for r in rows if methods[id(r)] == method and overlap(term(r), span)]
        if mine:
            break
    else:
        held = sorted({r.name for r in rows if overlap(term(r), span)})
        return None, {**where, "kind": "name not matching" if held else "leader missing", "ours": held}
    # Best of: each single term, and the union of the person's terms (REIGN counts de facto rule).
    union = [t for t in merged_terms(mine, dt.date.today()) if overlap(t, span)]
    candidates = [term(r) for r in mine] + [(union[0][0], union[-1][1])]
    off = min(days_off(candidate, span, spell["end"] is None, frozen) for candidate in candidates)
    if off <= MAX_DAYS_OFF:
        return method, None
    if any(contains(candidate, span) for candidate in candidates):
        # The person held office throughout the REIGN spell; REIGN names someone else as de facto
        # leader for part of our term (rotating chairs, regents, independence dates).
        return f"{method}, REIGN spell within our term", None
    shown = sorted({f"{s}..{e}" for s, e in candidates})
    return method, {**where, "kind": "dates off", "ours": shown, "days_off": off}


def contains(ours: tuple[dt.date, dt.date], theirs: tuple[dt.date, dt.date]) -> bool:
    slack = dt.timedelta(days=MAX_DAYS_OFF)
    return ours[0] - slack <= theirs[0] and theirs[1] <= ours[1] + slack


def days_off(ours: tuple[dt.date, dt.date], theirs: tuple[dt.date, dt.date], open_end: bool,
             frozen: dt.date) -> int:
    off_start = abs((ours[0] - theirs[0]).days)
    off_end = 0 if open_end and ours[1] >= frozen else abs((ours[1] - theirs[1]).days)
    return max(off_start, off_end)


# PETRARCH (CAMEO) country codes the reader's COW->ISO3 table does not produce; PETRARCH writes the
# Soviet Union as RUS and East Timor as TMP.
PETRARCH_TO_OURS: dict[str, tuple[str, ...]] = {
    "RUS": ("RU", "SU"), "SUN": ("SU",), "YUG": ("YU", "CS", "RS"), "SRB": ("RS", "CS"), "DEU": ("DE",),
    "DDR": ("DD",), "VUT": ("VU",), "NRU": ("NR",), "BTN": ("BT",), "FJI": ("FJ",), "SLB": ("SB",),
    "MHL": ("MH",), "CPV": ("CV",), "KSV": ("XK",), "TMP": ("TL",), "PSE": ("PS",), "MDG": ("MG",),
    "LCA": ("LC",), "GRD": ("GD",), "CAF": ("CF",), "BHS": ("BS",), "TTO": ("TT",), "PLW": ("PW",),
    "MUS": ("MU",), "MRT": ("MR",), "BRB": ("BB",), "VCT": ("VC",), "TWN": ("TW",), "BHR": ("BH",),
    "ATG": ("AG",), "SYC": ("SC",), "MCO": ("MC",), "KNA": ("KN",), "GMB": ("GM",), "GNQ": ("GQ",),
    "BRN": ("BN",), "MDV": ("MV",), "SMR": ("SM",), "TUV": ("TV",), "TON": ("TO",), "WSM": ("WS",),
    "KIR": ("KI",), "STP": ("ST",), "GUY": ("GY",), "DJI": ("DJ",), "LUX": ("LU",), "MLT": ("MT",),
    "CHE": ("CH",), "ERI": ("ER",), "SSD": ("SS",), "LIE": ("LI",), "ROU": ("RO",), "HKG": ("HK",),
    "FSM": ("FM",), "MNE": ("ME",), "SVN": ("SI",), "AND": ("AD",), "SUR": ("SR",), "LSO": ("LS",),
    "DMA": ("DM",), "BWA": ("BW",), "AZE": ("AZ",), "JAM": ("JM",), "NAM": ("NA",), "SWZ": ("SZ",),
}


def compare_petrarch(table: LeadersTable, petrarch: list[dict], iso3_to_ours: dict[str, str],
                     since: int) -> dict[str, Any]:
    """Each of our leading terms between `since` and 2014: is the person a PETRARCH actor of that
    country (name), and does one of their dated GOV spells overlap our term (+-1 year)? PETRARCH's
    dated spells are incomplete (often only a minister post), so the second check is a weak hint."""
    by_country: dict[str, list[dict]] = collections.defaultdict(list)
    for entry in petrarch:
        for code in PETRARCH_TO_OURS.get(entry["country"], (iso3_to_ours.get(entry["country"]),)):
            if code:
                by_country[code].append(entry)
    cutoff = to_date(PETRARCH_END)
    result: dict[str, Any] = {"spells": 0, "matched": 0, "methods": collections.Counter(), "disagreements": []}
    for row in table.rows:
        span = term(row)
        if row.role not in LEADING_ROLES - {"historic"} or span[1].year < since or span[0] > cutoff:
            continue
        result["spells"] += 1
        problem = petrarch_problem(row, span, by_country.get(row.country_code, []))
        if problem is None:
            result["matched"] += 1
            result["methods"]["exact"] += 1
        else:
            result["disagreements"].append({"source": "PETRARCH", "country": row.country_code, "name": row.name,
                                            "office": row.office, "start": row.start, "end": row.end, **problem})
    return result


def petrarch_problem(row: LeaderRow, span: tuple[dt.date, dt.date], entries: list[dict]) -> dict | None:
    if not entries:
        return {"kind": "country missing"}
    found = [e for e in entries if petrarch_name_matches(row, e)]
    if not found:
        return {"kind": "name not found"}
    spells = [(to_date(e["start"]) or dt.date(1900, 1, 1), to_date(e["end"]) or dt.date.today())
              for e in found if e["role"].startswith("GOV") and (e["start"] or e["end"])]
    if spells and not any(overlap((s - dt.timedelta(days=MAX_DAYS_OFF), e + dt.timedelta(days=MAX_DAYS_OFF)), span)
                          for s, e in spells):
        return {"kind": "no GOV spell in our term", "theirs": [f"{s}..{e}" for s, e in spells]}
    return None


def petrarch_name_matches(row: LeaderRow, entry: dict) -> bool:
    theirs = [name_tokens(n) for n in (entry["name"], *entry["aliases"])]
    ours = [name_tokens(s) for s in row.surfaces()]
    return any(o and o <= t for o in ours for t in theirs)


def decade_counts(table: LeadersTable) -> dict[str, collections.Counter]:
    per_decade: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for row in table.rows:
        decade = f"{row.start[:3]}0s" if row.start else "unknown"
        per_decade[decade][row.role] += 1
    return dict(sorted(per_decade.items()))


def print_counts(table: LeadersTable) -> None:
    roles = sorted({r.role for r in table.rows})
    print(f"our rows: {len(table.rows)}; countries/orgs: {len({r.country_code for r in table.rows})}")
    print("decade  " + " ".join(f"{role[:14]:>14}" for role in roles) + "   total")
    for decade, counts in decade_counts(table).items():
        print(f"{decade:7} " + " ".join(f"{counts[role]:>14}" for role in roles) + f"   {sum(counts.values()):>5}")


def print_comparison(title: str, result: dict[str, Any], show: int) -> None:
    kinds = collections.Counter(d["kind"] for d in result["disagreements"])
    print(f"\n{title}: spells compared {result['spells']}, matched {result['matched']} "
          f"{dict(result['methods'])}, "
          f"disagreements {len(result['disagreements'])} {dict(kinds)}")
    for d in result["disagreements"][:show]:
        extra = "".join(f" {key}={d[key]}" for key in ("ours", "theirs") if d.get(key))
        print(f"  [{d['kind']}] {d['country']} {d['name']} {d['start']}..{d['end']}{extra}")


def run(ref: Path, since: int = 1990, table: LeadersTable | None = None) -> dict[str, Any]:
    reader = load_reader(ref)
    table = table or load_table()
    reign = reader.read_reign(ref / "REIGN_leaderlist_3_21.csv")
    petrarch = reader.read_petrarch(ref / "Phoenix.Countries.actors.txt")
    iso3 = {reader.COW_TO_ISO3.get(cow, cow): ours[0] for cow, ours in COW_TO_OURS.items()}
    return {"table": table, "reign": compare_reign(table, reign, since),
            "petrarch": compare_petrarch(table, petrarch, iso3, since)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ref", type=Path, default=DEFAULT_REF)
    parser.add_argument("--since", type=int, default=1990)
    parser.add_argument("--show", type=int, default=10_000, help="disagreements to list per source")
    parser.add_argument("--json", action="store_true", help="print disagreements as JSON")
    args = parser.parse_args()
    result = run(args.ref, args.since)
    if args.json:
        print(json.dumps({k: result[k]["disagreements"] for k in ("reign", "petrarch")}, indent=1,
                         ensure_ascii=False, default=str))
        return
    print_counts(result["table"])
    print(f"\nmatching: same country and overlapping terms; name 'exact' = all tokens of the reference "
          f"name among the tokens of one of our names/aliases (normalize_name), else 'fuzzy' = a "
          f"distinctive token >= 0.75 similar; dates off = start/end > {MAX_DAYS_OFF} days apart and "
          f"the REIGN spell not within our term")
    print_comparison(f"REIGN (spells ending >= {args.since}, frozen {REIGN_END})", result["reign"], args.show)
    print_comparison(f"PETRARCH (our leading terms {args.since}..{PETRARCH_END[:4]} vs GOV actors)",
                     result["petrarch"], args.show)


if __name__ == "__main__":
    main()
