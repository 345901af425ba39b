"""Dates that name the calendar: ISO and numeric dates, month-day, months, years, decades, seasons."""
from __future__ import annotations

import re

from . import calendar as cal
from .context import (DAY_RE, MONTH_RE, SEASONS, YEAR_RE, Context, Cue, Result, direction_word,
                      spelled_year_value)
from .lexicon import month_number, ordinal_value, words
from .tense import PRESENT

FORWARD_CUES = re.compile(r"\b(?:effective|until|till|starting|beginning|payable|due|(?:takes?|go(?:es)?\s+into)\s+effect)\s+"
                          r"(?:on\s+)?(?:(?:early|late|mid)[\s-]*)?$", re.I)
UNTIL_CUES = re.compile(r"\b(?:until|till|by|through|before|to)\s+(?:(?:early|late|mid)[\s-]*)?$", re.I)


def forward_direction(cue: Cue) -> int:
    """"effective Feb. 1", "until June": forward whatever the verb's tense."""
    return 1 if FORWARD_CUES.search(cue.before) else cue.direction


def day_direction(cue: Cue) -> int:
    """For a month and day: as ``forward_direction``, and a timetable present ("reports on April 3") looks ahead."""
    return 1 if cue.tense == PRESENT else forward_direction(cue)


def resolve_iso(text: str, ctx: Context, cue: Cue) -> Result:
    if "T" in text:
        return "TIME", text
    return "DATE", text if cal.safe_date(*map(int, text.split("-"))) else None


def resolve_numeric(text: str, ctx: Context, cue: Cue) -> Result:
    a, b, c = (int(x) for x in re.split(r"[./]", text))
    year = c if c >= 100 else (1900 + c if c >= 50 else 2000 + c)
    if a > 12 or (b <= 12 and "." in text):
        day, month = a, b
    else:
        month, day = a, b
    date = cal.safe_date(year, month, day)
    return "DATE", cal.day_value(date) if date else None


def resolve_full(text: str, ctx: Context, cue: Cue) -> Result:
    month = MONTH_RE.search(text)
    body = text[month.end():] + " " + text[: month.start()] if month else text
    year_m = YEAR_RE.search(text)
    without_year = YEAR_RE.sub(" ", body)
    day_m = DAY_RE.search(without_year)
    day = int(day_m.group(1)) if day_m else spelled_day(text[month.end():]) if month else None
    if not month or not day:
        return "DATE", None
    mon = month_number(month.group(1))
    if year_m:
        year = int(year_m.group(1))
        ctx.last_year = year
    elif ctx.anchor:
        year = cal.year_for_month_day(ctx.anchor, mon, day, day_direction(cue))
    else:
        return "DATE", None
    date = cal.safe_date(year, mon, day)
    if date:
        ctx.last_day = date
    return "DATE", cal.day_value(date) if date else None


def spelled_day(text: str) -> int | None:
    """The day of "March eighth", "June the twenty-first"."""
    words_after = re.sub(r"^\s*(?:the\s+)?", "", text.lower()).replace(" ", "-").split(",")[0]
    return ordinal_value(words_after.replace("--", "-")) or ordinal_value(words_after.split("-")[0])


def resolve_month_year(text: str, ctx: Context, cue: Cue) -> Result:
    month, year_m = MONTH_RE.search(text), YEAR_RE.search(text)
    year = int(year_m.group(1)) if year_m else (spelled_year_value(text[month.end():]) if month else None)
    if not month or not year:
        return "DATE", None
    ctx.last_year = year
    return "DATE", cal.month_value(year, month_number(month.group(1)))


def resolve_month(text: str, ctx: Context, cue: Cue) -> Result:
    month = MONTH_RE.search(text)
    if not month or not ctx.anchor:
        return "DATE", None
    mon = month_number(month.group(1))
    low = text.lower()
    for word, shift in (("last year", -1), ("next year", 1), ("this year", 0)):
        if low.endswith(word):
            return "DATE", cal.month_value(ctx.anchor.year + shift, mon)
    rel = direction_word(text[: month.start()])
    tense = forward_direction(cue)
    if rel:
        year, mon = cal.month_near(ctx.anchor, mon, *rel)
    elif tense > 0 or (tense < 0 and not UNTIL_CUES.search(cue.before) and not cue.in_noun_phrase):
        year, mon = cal.month_near(ctx.anchor, mon, tense)
    else:
        year, mon = cal.nearest_month(ctx.anchor, mon)
    ctx.last_month = (year, mon)
    return "DATE", cal.month_value(year, mon)


def resolve_year(text: str, ctx: Context, cue: Cue) -> Result:
    year = YEAR_RE.search(text)
    if not year:
        return "DATE", None
    ctx.last_year = int(year.group(1))
    half = re.search(r"\b(first|second)\s+half\s+of\b", text, re.I)
    if half:
        return "DATE", f"{year.group(1)}-H{1 if half.group(1).lower() == 'first' else 2}"
    return "DATE", year.group(1)


def resolve_decade(text: str, ctx: Context, cue: Cue) -> Result:
    digits = re.search(r"(\d{4}|'\d\d)", text)
    if digits:
        d = digits.group(1)
        return "DATE", d[:3] if len(d) == 4 else "19" + d[1]
    for word, n in words()["decade_words"].items():
        if word in text.lower():
            return "DATE", f"19{n}"
    return "DATE", None


def resolve_century(text: str, ctx: Context, cue: Cue) -> Result:
    m = re.search(r"(\d{1,2})(?:st|nd|rd|th)", text)
    n = int(m.group(1)) if m else ordinal_value(re.split(r"[\s-]+century", text.lower())[0].split()[-1])
    return "DATE", f"{n - 1:02d}" if n else None


def resolve_spelled_year(text: str, ctx: Context, cue: Cue) -> Result:
    year = spelled_year_value(text)
    return "DATE", str(year) if year else None


def resolve_season(text: str, ctx: Context, cue: Cue) -> Result:
    season_m = re.search(r"spring|summer|fall|autumn|winter", text, re.I)
    if not season_m:
        return "DATE", None
    season = SEASONS[season_m.group(0).lower()]
    tail = text[season_m.end():]
    year_m = YEAR_RE.search(tail)
    if year_m:
        return "DATE", f"{year_m.group(1)}-{season}"
    spelled = spelled_year_value(tail) if tail.strip() else None
    if spelled:
        return "DATE", f"{spelled}-{season}"
    if not ctx.anchor:
        return "DATE", None
    for word, shift in (("last year", -1), ("next year", 1), ("this year", 0)):
        if word in tail.lower():
            return "DATE", f"{ctx.anchor.year + shift}-{season}"
    rel = direction_word(text[: season_m.start()])
    direction, strict = rel if rel else (cue.direction, False)
    return "DATE", f"{cal.season_near(ctx.anchor, season, direction, strict)}-{season}"


def resolve_holiday(text: str, ctx: Context, cue: Cue) -> Result:
    """"Christmas", "last Thanksgiving", "Easter 2019": the holiday's day in the year the context implies."""
    low = " ".join(text.lower().split())
    rule = next((r for name, r in sorted(words()["holidays"].items(), key=lambda kv: -len(kv[0]))
                 if name.lower() in low), None)
    if rule is None:
        return "DATE", None
    year_m = YEAR_RE.search(text)
    if year_m:
        date = cal.holiday_date(rule, int(year_m.group(1)))
    elif ctx.anchor:
        rel = direction_word(low)
        direction = rel[0] if rel and rel[0] else forward_direction(cue)
        date = cal.holiday_near(ctx.anchor, rule, direction)
    else:
        return "DATE", None
    if date:
        ctx.last_day = date
    return "DATE", cal.day_value(date) if date else None
