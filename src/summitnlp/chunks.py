"""Very long articles: cut at paragraph breaks, extract each piece, join with original offsets."""
from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

from .types import Extraction

T = TypeVar("T")
SEPARATORS = ("\n\n", "\n", ". ", " ")


def split_text(text: str, limit: int) -> list[tuple[int, str]]:
    """Pieces of at most ``limit`` characters with their start offsets, cut at the best break."""
    pieces = []
    start = 0
    while len(text) - start > limit:
        cut = best_cut(text[start:start + limit])
        pieces.append((start, text[start:start + cut]))
        start += cut
    pieces.append((start, text[start:]))
    return pieces


def best_cut(window: str) -> int:
    """Where to end a piece: after the last paragraph break in its second half, else a line, ..."""
    for separator in SEPARATORS:
        at = window.rfind(separator, len(window) // 2)
        if at != -1:
            return at + len(separator)
    return len(window)


def shifted(item: T, offset: int) -> T:
    """A copy of a result item with every ``start``/``end`` moved by ``offset``, nested ones too."""
    if not dataclasses.is_dataclass(item):
        return item
    changes: dict[str, Any] = {}
    for f in dataclasses.fields(item):
        value = getattr(item, f.name)
        if f.name in ("start", "end") and isinstance(value, int):
            changes[f.name] = value + offset
        elif isinstance(value, list):
            changes[f.name] = [shifted(v, offset) for v in value]
        elif dataclasses.is_dataclass(value):
            changes[f.name] = shifted(value, offset)
    return dataclasses.replace(item, **changes)  # type: ignore[type-var]


def join_extractions(parts: list[tuple[int, Extraction]]) -> Extraction:
    """One Extraction from the pieces' results: one entry per leader and place, offsets restored."""
    joined = Extraction(published=next((p.published for _, p in parts if p.published), None))
    leaders: dict[str, Any] = {}
    places: dict[tuple, Any] = {}
    meetings: dict[tuple, Any] = {}
    errors = []
    for offset, part in parts:
        part = shifted(part, offset)
        for leader in part.leaders:
            merge_mentions(leaders, leader.name, leader)
        for place in part.locations:
            merge_mentions(places, (place.name, place.country_code), place)
        for meeting in part.meetings:
            meetings.setdefault((frozenset(meeting.participants), meeting.date, meeting.status), meeting)
        joined.dates += part.dates
        joined.quotes += part.quotes
        if part.error:
            errors.append(part.error)
    joined.leaders, joined.locations = list(leaders.values()), list(places.values())
    joined.meetings = list(meetings.values())
    joined.error = "; ".join(errors) or None
    return joined


def merge_mentions(seen: dict, key: Any, item: Any) -> None:
    if key in seen:
        seen[key].mentions += item.mentions
    else:
        seen[key] = item
