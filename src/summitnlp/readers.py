"""Documents from .txt files, folders, JSONL, CSV or stdin, as (id, text, published) records."""
from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

SUFFIXES = (".txt", ".jsonl", ".csv")


@dataclass
class Record:
    id: str
    text: Any  # normally a str; anything else becomes an error result, not a crash
    published: Optional[str] = None


@dataclass
class Fields:
    text: str = "text"
    id: str = "id"
    published: str = "published"


def read_records(paths: list[str], fields: Fields) -> Iterator[Record]:
    """Every document under ``paths`` in order; "-" reads stdin (JSONL when it starts with "{")."""
    for name in paths:
        if name == "-":
            yield from read_stdin(fields)
            continue
        path = Path(name)
        files = sorted(p for p in path.rglob("*") if p.suffix in SUFFIXES) if path.is_dir() else [path]
        for file in files:
            yield from read_file(file, fields)


def read_file(path: Path, fields: Fields) -> Iterator[Record]:
    if path.suffix == ".jsonl":
        with path.open(encoding="utf-8") as lines:
            yield from read_jsonl(lines, str(path), fields)
    elif path.suffix == ".csv":
        with path.open(encoding="utf-8", newline="") as rows:
            yield from read_rows(csv.DictReader(rows), str(path), fields)
    else:
        yield Record(str(path), path.read_text(encoding="utf-8", errors="replace"))


def read_stdin(fields: Fields) -> Iterator[Record]:
    data = sys.stdin.read()
    if data.lstrip().startswith("{"):
        yield from read_jsonl(data.splitlines(), "-", fields)
    else:
        yield Record("-", data)


def read_jsonl(lines, source: str, fields: Fields) -> Iterator[Record]:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            yield Record(f"{source}:{number}", None, None)
            print(f"{source}:{number}: not JSON ({error.msg})", file=sys.stderr)
            continue
        yield from read_rows([row], f"{source}:{number}", fields)


def read_rows(rows, source: str, fields: Fields) -> Iterator[Record]:
    for number, row in enumerate(rows, 1):
        default_id = source if ":" in source else f"{source}:{number}"
        if not isinstance(row, dict):
            yield Record(default_id, row)
            continue
        record_id = row.get(fields.id)
        yield Record(str(record_id) if record_id not in (None, "") else default_id,
                     row.get(fields.text), row.get(fields.published) or None)
