"""The leaders table: who held which office, where, and when.

The packaged table (``data/leaders.jsonl``) is compiled by hand as facts: one row per person per
office term. ``role`` is one of ROLES; rows whose term ended before 1990 carry ``historic``
(leaders news still cites, e.g. Stalin, Mao), all others the role of their office.
Dates are ISO strings, possibly partial ("2012", "2012-05"); ``end`` None means still in office.
``country_code`` is ISO 3166-1 alpha-2, SU/YU/CS/DD for historic states, or an organisation's code
(UN, EU, NATO, AFU = African Union since AU is Australia, ASEAN, IMF, WHO). Acting and interim
holders are rows of their own ("Acting President"). Single-word aliases that are common words or
first names ("May", "Friday", "Paul") are not listed; the table is checked against public
references with scripts/check_leaders.py.

    table = load_table()
    table.by_alias("Kim Jong-un")                    # -> [LeaderRow(name="Kim Jong Un", ...)]
    table.holders("RU", "President", "2019-04-25")   # -> [LeaderRow(name="Vladimir Putin", ...)]
"""
from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..text import strip_accents
from ...caches import word_cache

ROLES = frozenset({"head_of_state", "head_of_government", "leader", "org_head", "historic", "other"})
FIELDS = ("name", "aliases", "office", "role", "country_code", "country", "start", "end")
DATA_FILE = "leaders.jsonl"

_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
_CODE = re.compile(r"^[A-Z]{2,5}$")
# Letters NFKD does not decompose into base + accent.
_SPECIAL_LETTERS = str.maketrans({
    "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "þ": "th",
    "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i", "ħ": "h",
})
# Hyphens, dashes, dots, apostrophes and commas are folded so "Kim Jong-un" ~ "Kim Jong Un".
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015.,_/]+")
_APOSTROPHES = re.compile(r"['\u2018\u2019\u02bc\u02bb`\u00b4]")
# Office titles news uses interchangeably (compared after normalize_name).
_OFFICE_EQUIVALENTS = (
    frozenset({"prime minister", "premier", "pm"}),
    frozenset({"chancellor", "federal chancellor"}),
    frozenset({"secretary general", "un secretary general", "nato secretary general"}),
)


@word_cache
@lru_cache(maxsize=65536)
def normalize_name(s: str) -> str:
    """Lowercase, strip accents, fold hyphens/dots/apostrophes and extra spaces."""
    s = _APOSTROPHES.sub("", strip_accents(s.translate(_SPECIAL_LETTERS)).lower())
    return _SEPARATORS.sub(" ", s).strip()


def _lowest(date: str) -> str:
    """Earliest full date a partial ISO date can mean ("2012" -> "2012-01-01")."""
    return date + "-01-01"[len(date) - 4:] if len(date) < 10 else date


def _highest(date: str) -> str:
    """Latest full date a partial ISO date can mean ("2012-05" -> "2012-05-31")."""
    return date + "-12-31"[len(date) - 4:] if len(date) < 10 else date


@dataclass(frozen=True)
class LeaderRow:
    name: str
    aliases: tuple[str, ...]
    office: str
    role: str
    country_code: str
    country: str
    start: str | None
    end: str | None

    def holds_on(self, date: str | None) -> bool:
        """True when the term covers ``date`` (ISO, partial ok: overlap counts); None = today."""
        if date is None:
            return self.end is None
        if self.start is not None and _lowest(self.start) > _highest(date):
            return False
        return self.end is None or _highest(self.end) >= _lowest(date)

    def surfaces(self) -> tuple[str, ...]:
        """Name followed by aliases."""
        return (self.name, *self.aliases)

    def to_dict(self) -> dict[str, Any]:
        return {field: (list(self.aliases) if field == "aliases" else getattr(self, field))
                for field in FIELDS}


def _office_keys(office: str) -> frozenset[str]:
    key = normalize_name(office)
    for group in _OFFICE_EQUIVALENTS:
        if key in group:
            return group
    return frozenset({key})


class LeadersTable:
    """Rows indexed by normalized alias, canonical name and country for O(1) lookups."""

    def __init__(self, rows: Iterable[LeaderRow]) -> None:
        self.rows: list[LeaderRow] = list(rows)
        self._by_alias: dict[str, list[LeaderRow]] = {}
        self._by_name: dict[str, list[LeaderRow]] = {}
        self._by_country: dict[str, list[LeaderRow]] = {}
        for row in self.rows:
            for key in {normalize_name(surface) for surface in row.surfaces()} - {""}:
                self._by_alias.setdefault(key, []).append(row)
            self._by_name.setdefault(normalize_name(row.name), []).append(row)
            self._by_country.setdefault(row.country_code, []).append(row)

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[LeaderRow]:
        return iter(self.rows)

    def by_alias(self, surface: str) -> list[LeaderRow]:
        """Rows whose name or an alias equals ``surface`` (case-, accent- and hyphen-insensitive)."""
        return list(self._by_alias.get(normalize_name(surface), ()))

    def rows_for(self, name: str) -> list[LeaderRow]:
        """All terms of one canonical name, oldest first."""
        return sorted(self._by_name.get(normalize_name(name), ()), key=lambda r: r.start or "")

    def by_country(self, country_code: str) -> list[LeaderRow]:
        return list(self._by_country.get(country_code.upper(), ()))

    def holders(self, country_code: str, office_or_role: str, date: str | None) -> list[LeaderRow]:
        """Who held the office (title, case-insensitive) or role in the country on ``date``.

        ``date`` None means now (open terms). Most recent term first.
        """
        wanted = office_or_role.strip()
        if wanted in ROLES:
            matches = (row for row in self.by_country(country_code) if row.role == wanted)
        else:
            keys = _office_keys(wanted)
            matches = (row for row in self.by_country(country_code) if normalize_name(row.office) in keys)
        found = [row for row in matches if row.holds_on(date)]
        return sorted(found, key=lambda r: r.start or "", reverse=True)

    def surfaces(self) -> set[str]:
        """Every name and alias as written (for building matchers)."""
        return {surface for row in self.rows for surface in row.surfaces()}

    def with_rows(self, rows: Iterable[LeaderRow]) -> "LeadersTable":
        """A new table with these rows added after ours."""
        return LeadersTable([*self.rows, *rows])


# ---------------------------------------------------------------------------------------- loading

def _check_date(value: Any, field: str, where: str) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or not _DATE.match(value.strip()):
        raise ValueError(f"{where}: {field} {value!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")
    return value.strip()


def _check_text(record: dict[str, Any], field: str, where: str) -> str:
    value = record.get(field)
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{where}: missing or empty {field!r}")
    return value.strip()


def _check_aliases(value: Any, where: str) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        value = value.split("|")
    if not isinstance(value, (list, tuple)) or not all(isinstance(a, str) for a in value):
        raise ValueError(f"{where}: aliases must be a list of strings or a '|'-separated string")
    return tuple(dict.fromkeys(a.strip() for a in value if a.strip()))


def row_from_dict(record: Any, where: str = "row") -> LeaderRow:
    """Validate one row; ValueError names the row and the problem."""
    if not isinstance(record, dict):
        raise ValueError(f"{where}: expected an object/dict, got {type(record).__name__}")
    name = record.get("name")
    where = f"{where} ({name!r})" if isinstance(name, str) and name else where
    unknown = set(record) - set(FIELDS)
    if unknown:
        raise ValueError(f"{where}: unknown field(s) {sorted(unknown)}")
    role = _check_text(record, "role", where)
    if role not in ROLES:
        raise ValueError(f"{where}: role {role!r} is not one of {sorted(ROLES)}")
    code = _check_text(record, "country_code", where).upper()
    if not _CODE.match(code):
        raise ValueError(f"{where}: country_code {code!r} must be 2-5 capital letters")
    start = _check_date(record.get("start"), "start", where)
    end = _check_date(record.get("end"), "end", where)
    if start and end and _lowest(end) < _lowest(start):
        raise ValueError(f"{where}: end {end} is before start {start}")
    return LeaderRow(
        name=_check_text(record, "name", where),
        aliases=_check_aliases(record.get("aliases"), where),
        office=_check_text(record, "office", where),
        role=role,
        country_code=code,
        country=_check_text(record, "country", where),
        start=start,
        end=end,
    )


def _records_from_jsonl(lines: Iterable[str], source: str) -> Iterator[tuple[str, Any]]:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{source} line {number}"
        try:
            yield where, json.loads(line)
        except json.JSONDecodeError as error:
            raise ValueError(f"{where}: invalid JSON ({error.msg})") from None


def _records_from_csv(path: Path) -> Iterator[tuple[str, Any]]:
    with path.open(encoding="utf-8", newline="") as handle:
        for number, record in enumerate(csv.DictReader(handle), 2):
            yield f"{path.name} line {number}", {k.strip(): (v or "").strip() for k, v in record.items() if k}


def _records(extra: str | Path | Iterable[dict]) -> Iterator[tuple[str, Any]]:
    if isinstance(extra, (str, Path)):
        path = Path(extra)
        if not path.is_file():
            raise ValueError(f"leaders file {str(path)!r} does not exist")
        if path.suffix.lower() == ".csv":
            return _records_from_csv(path)
        return _records_from_jsonl(path.read_text(encoding="utf-8").splitlines(), path.name)
    if isinstance(extra, dict):
        extra = [extra]
    return ((f"row {number}", record) for number, record in enumerate(extra, 1))


def read_rows(source: str | Path | Iterable[dict]) -> list[LeaderRow]:
    """Rows from a CSV path (aliases separated by '|'), a JSONL path, or dicts."""
    return [row_from_dict(record, where) for where, record in _records(source)]


@lru_cache(maxsize=1)
def packaged_table() -> LeadersTable:
    """The table shipped with the package, loaded once per process."""
    text = (resources.files("summitnlp") / "data" / DATA_FILE).read_text(encoding="utf-8")
    return LeadersTable(row_from_dict(record, where)
                        for where, record in _records_from_jsonl(text.splitlines(), DATA_FILE))


def load_table(extra: str | Path | Iterable[dict] | None = None) -> LeadersTable:
    """The packaged table plus optional user rows (a new table; the packaged one stays cached)."""
    table = packaged_table()
    if extra is None:
        return table
    return table.with_rows(read_rows(extra))
