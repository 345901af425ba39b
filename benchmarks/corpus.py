"""Benchmark texts: news articles from a JSONL file (PolNeAR dev by default), never shipped."""
from __future__ import annotations

import json
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEFAULT = SHARED / "eval" / "quotes" / "data" / "polnear_dev.jsonl"


def articles(path: Path = DEFAULT) -> list[str]:
    if not path.exists():
        raise SystemExit(f"no benchmark texts at {path}: pass --texts FILE.jsonl (one {{'text': ...}} per line)")
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def paragraphs(texts: list[str], count: int) -> list[str]:
    """``count`` short documents: the articles' paragraphs, cycled, each made unique by its number."""
    pool = [p for t in texts for p in t.split("\n\n") if len(p.split()) >= 8]
    return [f"{pool[i % len(pool)]} ({i})" for i in range(count)]


def words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)
