"""Merge the mentions of one meeting (headline, "the talks", "their meeting") into one Meeting."""
from __future__ import annotations

from typing import Optional

from .candidates import Candidate

KIND_PRIORITY = ("summit", "visit", "talks", "call", "other")


def merge_candidates(candidates: list[Candidate]) -> list[Candidate]:
    meetings: list[Candidate] = []
    for candidate in candidates:
        same = next((m for m in meetings if is_same_meeting(m, candidate)), None)
        if same is None:
            meetings.append(candidate)
        else:
            absorb(same, candidate)
    return meetings


def is_same_meeting(a: Candidate, b: Candidate) -> bool:
    if set(a.participants) != set(b.participants) or a.status != b.status:
        return False
    if a.date and b.date and not (a.date.startswith(b.date) or b.date.startswith(a.date)):
        return False
    return not (a.location_country and b.location_country and a.location_country != b.location_country)


def absorb(meeting: Candidate, other: Candidate) -> None:
    meeting.date = more_specific(meeting.date, other.date)
    if other.location_rank < meeting.location_rank:
        meeting.location, meeting.location_rank = other.location, other.location_rank
        meeting.location_country = other.location_country or meeting.location_country
    if KIND_PRIORITY.index(other.kind) < KIND_PRIORITY.index(meeting.kind):
        meeting.kind = other.kind


def more_specific(a: Optional[str], b: Optional[str]) -> Optional[str]:
    if not a or not b:
        return a or b
    return a if len(a) >= len(b) else b
