"""The `summitnlp` command: extract from files, folders, JSONL, CSV or stdin; show results.

Exit codes: 0 every document done, 1 some documents failed (the count is printed), 2 bad arguments.
"""
from __future__ import annotations

import csv
import itertools
import json
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from .readers import Fields, Record, read_records
from .settings import DEFAULT_BATCH_SIZE

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Leaders, places, dates, quotes and meetings "
                  "from English political news.")


class Format(str, Enum):
    jsonl = "jsonl"
    json = "json"
    csv = "csv"


CSV_COLUMNS = ["id", "published", "leaders", "locations", "dates", "quotes", "meetings", "error"]


@app.command()
def extract(
    paths: List[str] = typer.Argument(..., help=".txt files, folders, .jsonl or .csv files; - for stdin"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Where to write; stdout if omitted"),
    format: Format = typer.Option(Format.jsonl, "--format", "-f", help="jsonl (one line per document), json, csv"),
    published: Optional[str] = typer.Option(None, help="The articles' date (YYYY-MM-DD), unless a record has one"),
    text_field: str = typer.Option("text", help="Text field of JSONL records / CSV column"),
    id_field: str = typer.Option("id", help="Id field of JSONL records / CSV column"),
    published_field: str = typer.Option("published", help="Date field of JSONL records / CSV column"),
    n_process: int = typer.Option(1, "--n-process", "-n", min=1, help="Worker processes"),
    batch_size: int = typer.Option(DEFAULT_BATCH_SIZE, min=1, help="Documents per batch"),
    resume: bool = typer.Option(False, help="Skip ids already in the output file and append to it"),
    model: Optional[str] = typer.Option(None, help="spaCy model name or path (default: the small English model)"),
) -> None:
    """Extract from every document; write one result per document, in input order, with its id."""
    from .api import normalize_published
    from .pipeline import load

    for name in paths:
        if name != "-" and not Path(name).exists():
            raise typer.BadParameter(f"no such file or folder: {name}", param_hint="PATHS")
    try:
        default_date = normalize_published(published)
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--published") from None
    if resume and (output is None or format != Format.jsonl):
        raise typer.BadParameter("--resume needs --output with --format jsonl", param_hint="--resume")
    done = finished_ids(output) if resume else set()
    records = (r for r in read_records(paths, Fields(text_field, id_field, published_field)) if r.id not in done)
    failed = run(records, output, format, default_date, load(model), n_process, batch_size, resume)
    if failed:
        typer.echo(f"{failed} document(s) failed; see their 'error' field", err=True)
        raise typer.Exit(1)


def run(records, output, format, default_date, nlp, n_process, batch_size, append) -> int:
    from .api import extract_many

    for_texts, for_dates, for_ids = itertools.tee(records, 3)
    results = extract_many((r.text for r in for_texts), published=(r.published or default_date for r in for_dates),
                           nlp=nlp, n_process=n_process, batch_size=batch_size)
    stream = open(output, "a" if append else "w", encoding="utf-8") if output else sys.stdout
    writer = Writer(stream, format)
    failed = 0
    try:
        for record, result in progress(zip(for_ids, results)):
            failed += result.error is not None
            writer.write(record, result)
    except KeyboardInterrupt:
        typer.echo("interrupted: every line written so far is complete", err=True)
        raise typer.Exit(130) from None
    finally:
        writer.close()
        if output:
            stream.close()
    return failed


class Writer:
    def __init__(self, stream, format: Format):
        self.stream, self.format, self.count = stream, format, 0
        self.csv = csv.writer(stream) if format == Format.csv else None
        if self.csv:
            self.csv.writerow(CSV_COLUMNS)
        elif format == Format.json:
            stream.write("[")

    def write(self, record: Record, result) -> None:
        row = {"id": record.id, **result.to_dict()}
        if self.csv:
            self.csv.writerow(csv_row(row))
        elif self.format == Format.json:
            self.stream.write(("," if self.count else "") + "\n" + json.dumps(row, ensure_ascii=False))
        else:
            self.stream.write(json.dumps(row, ensure_ascii=False) + "\n")  # one write: no half lines
        self.stream.flush()
        self.count += 1

    def close(self) -> None:
        if self.format == Format.json:
            self.stream.write("\n]\n")
        self.stream.flush()


def csv_row(row: dict) -> list:
    names = lambda key: "; ".join(x["name"] for x in row[key])  # noqa: E731
    meetings = "; ".join(" & ".join(m["participants"]) for m in row["meetings"])
    return [row["id"], row["published"], names("leaders"), names("locations"), len(row["dates"]),
            len(row["quotes"]), meetings, row["error"] or ""]


def finished_ids(output: Path) -> set[str]:
    """Ids already written; a trailing half-written line (a killed run) is cut off first."""
    if not output.exists():
        return set()
    data = output.read_bytes()
    if data and not data.endswith(b"\n"):
        data = data[: data.rfind(b"\n") + 1]
        output.write_bytes(data)
    return {json.loads(line)["id"] for line in data.decode("utf-8").splitlines() if line.strip()}


def progress(items):
    if not sys.stderr.isatty():
        return items
    from tqdm import tqdm

    return tqdm(items, unit="doc", file=sys.stderr)


@app.command()
def show(file: Path = typer.Argument(..., exists=True, dir_okay=False, help="A JSONL result file or an article")) -> None:
    """Print a readable summary of a result file (JSONL) or of an article (extracted now)."""
    from .display import summary_text
    from .types import Extraction

    if file.suffix == ".jsonl":
        for line in file.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                typer.echo(f"== {row.pop('id', '?')}")
                typer.echo(summary_text(Extraction.from_dict(row)) + "\n")
    else:
        from .api import extract

        typer.echo(summary_text(extract(file.read_text(encoding="utf-8"))))


def main() -> None:
    app()


if __name__ == "__main__":
    main()
