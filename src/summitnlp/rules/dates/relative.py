"""Dates relative to the anchor or to the discourse: "last week", "Friday", "two years ago", "now",
and the durations and sets built from the same words."""
from __future__ import annotations

import datetime as dt
import re

from . import calendar as cal
from .absolute import resolve_full
from .context import (DAY_RE, MONTH_RE, POD, SEASONS, WEEKDAY_RE, Context, Cue, Result, direction_word,
                      has_vague_amount, number_in, unit_code)
from .lexicon import month_number, weekday_number, words
from .quarters import quarter_in_discussion
from .tense import leans_future

FORWARD_DAY_CUES = re.compile(r"\b(?:ahead\s+of|in\s+advance\s+of|"
                              r"(?:set|scheduled|slated|planned|due|expected)\s+(?:for|on)|"
                              r"(?:postponed|delayed|adjourned|put\s+off|moved)\s+(?:until|till|to))\s+$", re.I)
CLOCK_REACH = 20  # characters between a named day and a clock time that belongs to it


def has_day_word(text: str) -> bool:
    return bool(WEEKDAY_RE.search(text) or MONTH_RE.search(text) or re.search(r"today|tomorrow|yesterday|tonight", text, re.I))


PERIOD_ENDED = re.compile(r"\s{0,3}(?:ended|ending|that\s+ended|which\s+ended|to|through)\s", re.I)


def resolve_rel_unit(text: str, ctx: Context, cue: Cue) -> Result:
    low = " ".join(text.lower().split())
    if low in ("the year", "the fiscal year", "the calendar year", "the month", "the week") and PERIOD_ENDED.match(cue.after):
        return "DURATION", cal.duration_value(1, unit_code(low) or "Y")  # "the year ended June 30"
    if low in ("the fiscal year", "the calendar year"):
        return "DURATION", "P1Y"
    if not ctx.anchor:
        return "DATE", None
    anchor = ctx.anchor
    if "weekend" in low:
        rel = direction_word(low)
        direction = rel[0] if rel else (cue.direction or -1)
        saturday = cal.weekday_near(anchor, 6, 1 if direction > 0 else -1, strict=bool(rel and rel[1]))
        return "DATE", cal.weekend_value(saturday)
    rel = direction_word(low)
    shift = rel[0] if rel else 0
    if low.startswith(("the previous", "the day before")):
        shift = -1
    same_day = low in ("the day", "that day", "the same day", "that same day")
    if low in ("the year", "the month", "the week", "the day") or low.startswith("that") or same_day:
        base_day = ctx.last_day if (same_day and ctx.last_day) else anchor
        if low == "that year" and ctx.last_year:
            return "DATE", str(ctx.last_year)
        return unit_value(low, base_day, 0)
    if re.search(r"\b(following|previous)\s+(year|month)$", low):
        if low.endswith("year") and ctx.last_year:
            return "DATE", str(ctx.last_year + shift)
        if low.endswith("month") and ctx.last_month:
            return "DATE", cal.month_value(*cal.shift_month(*ctx.last_month, shift))
    from_discourse = re.search(r"\b(previous|following|next)\s+(day|morning|evening)|day before|"
                               r"^the\s+(previous|following)\s+(week|month)", low)
    base = ctx.last_day if from_discourse and ctx.last_day else anchor
    typ, value = unit_value(low, base, shift)
    if re.search(r"(morning|evening)$", low) and value:
        return "TIME", value + ("TMO" if low.endswith("morning") else "TEV")
    return typ, value


def unit_value(low: str, anchor: dt.date, shift: int) -> Result:
    code = unit_code(low) or ("D" if re.search(r"morning|evening|night", low) else None)
    if code in ("D",):
        day = cal.shift_days(anchor, shift)
        return "DATE", cal.day_value(day) if day else None
    if code == "W":
        day = cal.shift_days(anchor, 7 * shift)
        return "DATE", cal.week_value(day) if day else None
    if code == "M":
        return "DATE", cal.month_value(*cal.shift_month(anchor.year, anchor.month, shift))
    if code == "Y":
        return "DATE", str(anchor.year + shift)
    if code == "DE":
        return "DATE", str(anchor.year // 10 + shift)
    if code == "CE":
        return "DATE", f"{anchor.year // 100 + shift:02d}"
    if code == "Q":
        return "DATE", cal.quarter_value(*cal.shift_quarter(*cal.quarter_of(anchor), shift))
    return "DATE", None


def resolve_weekday(text: str, ctx: Context, cue: Cue) -> Result:
    m = WEEKDAY_RE.search(text)
    if not m or not ctx.anchor:
        return "DATE", None
    wd = weekday_number(m.group(0))
    rel = direction_word(text[: m.start()])
    if rel and rel[0] != 0:
        direction, strict = rel
    elif FORWARD_DAY_CUES.search(cue.before):
        direction, strict = 1, False
    else:
        direction, strict = (1 if leans_future(cue.tense) else -1), False
    base = ctx.anchor
    if re.search(r"\b(previous|following)\b", text, re.I) and ctx.last_day:
        base, strict = ctx.last_day, True
    day = cal.weekday_near(base, wd, direction, strict)
    ctx.last_day = day
    return "DATE", cal.day_value(day)


def resolve_deictic(text: str, ctx: Context, cue: Cue) -> Result:
    if not ctx.anchor:
        return ("TIME" if "tonight" in text.lower() else "DATE"), None
    low = text.lower()
    shift = -1 if "yesterday" in low else 1 if "tomorrow" in low else 0
    day = cal.shift_days(ctx.anchor, shift)
    if day is None:
        return "DATE", None
    ctx.last_day = day
    if "tonight" in low:
        return "TIME", cal.day_value(day) + "TNI"
    return "DATE", cal.day_value(day)


def resolve_time(text: str, ctx: Context, cue: Cue) -> Result:
    low = text.lower()
    clock = clock_value(text)
    day_value = day_of_time(text, ctx, cue)
    if clock and ctx.last_day and cue.position - ctx.last_day_end <= CLOCK_REACH and not has_day_word(text):
        day_value = cal.day_value(ctx.last_day)  # "Friday morning at 10 a.m.": the day just named
    if clock:
        return "TIME", (day_value + clock) if day_value else None
    for word, code in POD.items():
        if word in low:
            return "TIME", (day_value + "T" + code) if day_value else None
    return "TIME", day_value


def day_of_time(text: str, ctx: Context, cue: Cue) -> str | None:
    if not ctx.anchor:
        return None
    low = text.lower()
    if MONTH_RE.search(text) and DAY_RE.search(text[MONTH_RE.search(text).end():]):
        return resolve_full(text[MONTH_RE.search(text).start():], ctx, cue)[1]
    if WEEKDAY_RE.search(text):
        return resolve_weekday(WEEKDAY_RE.search(text).group(0), ctx, cue)[1]
    if low.startswith("the ") and ctx.last_day:
        return cal.day_value(ctx.last_day)
    shift = -1 if ("yesterday" in low or "last" in low) else 1 if "tomorrow" in low else 0
    day = cal.shift_days(ctx.anchor, shift)
    return cal.day_value(day) if day else None


def clock_value(text: str) -> str | None:
    low = text.lower()
    if re.search(r"\bnoon\b", low):
        return "T12:00"
    if "midnight" in low:
        return "T24"
    m = re.search(r"(\d{1,2})(?::(\d\d))?\s*(a\.?m\.?|p\.?m\.?)?", low)
    if not m:
        return None
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    if m.group(3) and m.group(3).startswith("p") and hour < 12:
        hour += 12
    if m.group(3) and m.group(3).startswith("a") and hour == 12:
        hour = 0
    return f"T{hour:02d}:{minute:02d}" if hour <= 24 else None


def resolve_ago(text: str, ctx: Context, cue: Cue) -> Result:
    low = text.lower()
    backwards = bool(re.search(r"\b(ago|earlier|back|before)\b", low))
    code = unit_code(low)
    amount = number_in(low)
    if amount is None or has_vague_amount(low) and not re.match(r"\s*(a|an)\s", low):
        return "DATE", "PAST_REF" if backwards else "FUTURE_REF"
    if not ctx.anchor or code is None:
        return "DATE", None
    if code == "Y" and amount == 1 and quarter_in_discussion(ctx, cue.position):
        year, q = ctx.last_quarter
        return "DATE", cal.quarter_value(year - 1, q)
    sign = -1 if backwards else 1
    n = int(round(amount)) * sign
    if code in ("D",):
        day = cal.shift_days(ctx.anchor, n)
        return "DATE", cal.day_value(day) if day else None
    if code in ("W", "2W"):  # "two weeks ago" names the day fourteen days back, as annotators read it
        day = cal.shift_days(ctx.anchor, n * (14 if code == "2W" else 7))
        return "DATE", cal.day_value(day) if day else None
    if code == "M":
        return "DATE", cal.month_value(*cal.shift_month(ctx.anchor.year, ctx.anchor.month, n))
    if code == "Q":
        return "DATE", cal.quarter_value(*cal.shift_quarter(*cal.quarter_of(ctx.anchor), n))
    if code == "Y":
        after_event = re.search(r"\b(later|after)\b", low) and ctx.last_year is not None
        base_year = ctx.last_year if after_event else ctx.anchor.year  # "In 1990 ...; two years later"
        return "DATE", str(base_year + n)
    if code == "DE":
        return "DATE", str((ctx.anchor.year + 10 * n) // 10)
    if code == "CE":
        return "DATE", f"{(ctx.anchor.year + 100 * n) // 100:02d}"
    if code in ("H", "MIN", "S"):
        return "TIME", cal.day_value(ctx.anchor)
    return "DATE", None


SOME_DAY_CUE = re.compile(r"\b(?:will|would|could|might|may|can|shall|should|must|to|he|she|they|we|i|you|it|who)\s+$",
                          re.I)


def resolve_duration(text: str, ctx: Context, cue: Cue) -> Result:
    low = text.lower()
    if low == "one day" and SOME_DAY_CUE.search(cue.before):
        return "DATE", "FUTURE_REF"  # "she could one day become president": some day, not a length
    code = unit_code(low) or ("X" if re.search(r"\b(while|time)$", low) else None)
    if code is None:
        return "DURATION", None
    amount = number_in(low) if code != "X" else None
    if amount is None and not has_vague_amount(low) and re.search(r"\b(the|a|an)\b", low) is None:
        amount = None if re.search(r"s\b", low.split()[-1]) else 1
    if re.match(r"the\s+(?:past|last)\s+(?:few|several)\s+(?:months|quarters|years|decades)", low):
        return "DATE", "PAST_REF"
    if low.startswith("recent ") or re.search(r"\b(while|time)$", low):
        amount = None
    if re.match(r"(another|an additional|an extra|a full)\s", low):
        amount = 1
    return "DURATION", cal.duration_value(amount, code)


def resolve_set(text: str, ctx: Context, cue: Cue) -> Result:
    low = text.lower()
    adverbs = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
               "quarterly": "P3M", "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W", "semiannually": "P6M"}
    if low in adverbs:
        return "SET", adverbs[low]
    wd = WEEKDAY_RE.search(text)
    if wd and weekday_number(wd.group(0)):
        pod = next((code for word, code in POD.items() if word in low), None)
        return "SET", f"XXXX-WXX-{weekday_number(wd.group(0))}" + (f"T{pod}" if pod else "")
    month = MONTH_RE.search(text)
    if month and month_number(month.group(1)):
        return "SET", f"XXXX-{month_number(month.group(1)):02d}"
    season = re.search(r"spring|summer|fall|autumn|winter", low)
    if season:
        return "SET", f"XXXX-{SEASONS[season.group(0)]}"
    code = unit_code(low)
    if code is None:
        return "SET", None
    counted = re.search(r"\d|two|three|four|five|six", low)
    amount = number_in(re.sub(r"^(every|each|per|twice|a|an)\s+(other\s+)?", "", low)) if counted else 1
    return "SET", cal.duration_value(amount or 1, code)


def resolve_ref(text: str, ctx: Context, cue: Cue) -> Result:
    low = " ".join(text.lower().split())
    table = words()["refs"]
    if low in table:
        return "DATE", table[low]
    if "coming" in low or "future" in low or "ahead" in low:
        return "DATE", "FUTURE_REF"
    if "later date" in low or "future date" in low:
        return "DATE", "FUTURE_REF"
    if "these days" in low or low.endswith(" moment"):
        return "DATE", "PRESENT_REF"
    return "DATE", "PAST_REF"


def resolve_overnight(text: str, ctx: Context, cue: Cue) -> Result:
    """"Stocks fell overnight": the night before the article's day."""
    day = cal.shift_days(ctx.anchor, -1) if ctx.anchor else None
    return "TIME", (cal.day_value(day) + "TNI") if day else None


def resolve_then(text: str, ctx: Context, cue: Cue) -> Result:
    """"since then", "until then": the date last named in the text."""
    return "DATE", ctx.last_value


def resolve_day_of(text: str, ctx: Context, cue: Cue) -> Result:
    """"the second day of the offensive": the day being told about, the article's own unless the clause is past."""
    if not ctx.anchor:
        return "DATE", None
    day = ctx.last_day if cue.direction < 0 and ctx.last_day else ctx.anchor
    return "DATE", cal.day_value(day)


def resolve_day_of_month(text: str, ctx: Context, cue: Cue) -> Result:
    """"the 15th of last month"."""
    m = re.search(r"(\d{1,2})(?:st|nd|rd|th)\s+of\s+(last|this|next)", text, re.I)
    if not m or not ctx.anchor:
        return "DATE", None
    shift = {"last": -1, "this": 0, "next": 1}[m.group(2).lower()]
    day = cal.safe_date(*cal.shift_month(ctx.anchor.year, ctx.anchor.month, shift), int(m.group(1)))
    if day:
        ctx.last_day = day
    return "DATE", cal.day_value(day) if day else None
