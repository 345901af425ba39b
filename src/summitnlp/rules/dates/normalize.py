"""TIMEX3 type and value of one found expression: dispatch by kind to the resolvers.

``absolute`` names the calendar, ``quarters`` reads business periods, ``relative`` counts from the
anchor or the discourse; ``context`` holds what they share.
"""
from __future__ import annotations

import re

from .absolute import (resolve_century, resolve_decade, resolve_full, resolve_holiday, resolve_iso, resolve_month,
                       resolve_month_year, resolve_numeric, resolve_season, resolve_spelled_year, resolve_year)
from .context import Context, Cue, Result
from .quarters import resolve_quarter_mention, resolve_year_ago
from .relative import (resolve_ago, resolve_day_of, resolve_day_of_month, resolve_deictic, resolve_duration,
                       resolve_overnight, resolve_ref, resolve_rel_unit, resolve_set, resolve_then, resolve_time,
                       resolve_weekday)

__all__ = ["Context", "Cue", "modifier", "resolve"]

MODS = [  # TimeML MOD values, first match wins
    (re.compile(r"\b(?:early|the\s+beginning\s+of|the\s+start\s+of)\b", re.I), "START"),
    (re.compile(r"\b(?:late|the\s+end\s+of)\b", re.I), "END"),
    (re.compile(r"\b(?:mid|the\s+middle\s+of)\b", re.I), "MID"),
    (re.compile(r"\b(?:more\s+than|over|at\s+least)\b", re.I), "MORE_THAN"),
    (re.compile(r"\b(?:less\s+than|fewer\s+than|under|up\s+to|no\s+more\s+than|at\s+most)\b", re.I), "LESS_THAN"),
    (re.compile(r"^(?:about|around|approximately|roughly|nearly|almost|some|close\s+to)\b|\bor\s+so\b", re.I), "APPROX"),
]

RESOLVERS = {
    "iso": resolve_iso, "numeric": resolve_numeric, "full": resolve_full, "month_year": resolve_month_year,
    "month": resolve_month, "year": resolve_year, "decade": resolve_decade, "century": resolve_century,
    "spelled_year": resolve_spelled_year, "season": resolve_season, "quarter": resolve_quarter_mention,
    "year_ago": resolve_year_ago, "rel_unit": resolve_rel_unit, "weekday": resolve_weekday,
    "deictic": resolve_deictic, "time": resolve_time, "ago": resolve_ago, "duration": resolve_duration,
    "set": resolve_set, "ref": resolve_ref, "holiday": resolve_holiday,
    "overnight": resolve_overnight, "then": resolve_then, "day_of": resolve_day_of,
    "day_of_month": resolve_day_of_month,
}


def resolve(kind: str, text: str, ctx: Context, cue: Cue) -> Result:
    """(type, value) of one expression; value None when it cannot be computed (e.g. no anchor)."""
    if kind == "weekday" and cue.after.startswith(("'s", "’s")):
        cue = Cue(0, cue.position, cue.before, cue.after)  # "Tuesday's declaration": the verb governs the noun
    return RESOLVERS[kind](text, ctx, cue)


def modifier(text: str) -> str | None:
    """The TimeML MOD of an expression ("early 1990" START, "about two years" APPROX), or None."""
    return next((mod for pattern, mod in MODS if pattern.search(text)), None)
