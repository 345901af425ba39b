"""Date word tables (``data/date_words.json``), loaded once per process."""
from __future__ import annotations

import importlib.resources
import json
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def words() -> dict[str, Any]:
    path = importlib.resources.files("summitnlp") / "data" / "date_words.json"
    return json.loads(path.read_text(encoding="utf-8"))


def month_number(word: str) -> int | None:
    return words()["months"].get(word.lower().rstrip("."))


def weekday_number(word: str) -> int | None:
    """ISO weekday (Monday 1) of a weekday name, singular or plural."""
    word = word.lower().rstrip(".")
    table = words()["weekdays"]
    return table.get(word) or (table.get(word[:-1]) if word.endswith("s") else None)


def number_value(word: str) -> float | None:
    """The value of a number written in digits or words ("12", "2.5", "twenty-four", "a couple of")."""
    word = " ".join(word.lower().replace("-", " ").split())
    if not word:
        return None
    if word.replace(".", "", 1).isdigit():
        return float(word)
    table = words()["numbers"]
    if word in table:
        return float(table[word])
    parts = word.split()
    if len(parts) == 2 and parts[0] in table and parts[1] in table and table[parts[1]] < 10 <= table[parts[0]]:
        return float(table[parts[0]] + table[parts[1]])
    return None


def ordinal_value(word: str) -> int | None:
    word = word.lower()
    if word[:-2].isdigit() and word[-2:] in ("st", "nd", "rd", "th"):
        return int(word[:-2])
    return words()["ordinals"].get(word)


def alternation(items: list[str]) -> str:
    """A regex alternation of literal words, longest first so that prefixes do not win."""
    import re

    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(items), key=len, reverse=True))
