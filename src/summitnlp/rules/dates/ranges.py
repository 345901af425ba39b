"""Day ranges: "April 24-26, 2019" is two dates, "April 24" and "26", each with its own value."""
from __future__ import annotations

import re

from .patterns import Candidate

RANGE_END = re.compile(r"[-–]\s*(\d{1,2})")


def split_range(text: str, candidate: Candidate) -> list[Candidate]:
    """"April 24-26, 2019" -> "April 24, 2019"-like first day and the "26" of the last day."""
    span = text[candidate.start:candidate.end]
    dash = RANGE_END.search(span)
    if candidate.kind != "range" or not dash:
        return [candidate]
    first = Candidate(candidate.start, candidate.start + dash.start(), "range")
    last = Candidate(candidate.start + dash.start(1), candidate.start + dash.end(1), "range_end")
    return [first, last]


def range_text(text: str, candidate: Candidate, whole: Candidate) -> str:
    """What to normalise for one end of a range: the month, the day, and the range's year if any."""
    span = text[whole.start:whole.end]
    dash = RANGE_END.search(span)
    if dash is None:
        return span
    month_day = span[:dash.start()].strip()
    year_tail = span[dash.end():]
    if candidate.kind == "range_end":
        month_day = month_day.rsplit(None, 1)[0] + " " + dash.group(1)
    return month_day + year_tail
