"""Quarters, halves and "a year earlier": business-news periods read against the quarter in discussion."""
from __future__ import annotations

import re

from . import calendar as cal
from .context import YEAR_RE, Context, Cue, Result
from .lexicon import month_number, ordinal_value

ENDED = re.compile(r"^\s{0,3},?\s{0,3}(?:that\s+)?(?:ended|ending|ends|which\s+ended|through)\s+(?:on\s+)?"
                   r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?", re.I)
ORDINAL_RE = re.compile(r"\b(first|second|third|fourth|1st|2nd|3rd|4th)\b", re.I)
RECENT_QUARTER_CHARS = 600  # how far back a named quarter still colours "a year ago"


def reference_quarter(ctx: Context) -> tuple[int, int] | None:
    """The quarter a bare "the quarter" means: the one last named, else the last completed one."""
    if ctx.last_quarter:
        return ctx.last_quarter
    if ctx.anchor:
        return cal.shift_quarter(*cal.quarter_of(ctx.anchor), -1)
    return None


def resolve_quarter(text: str, ctx: Context, cue: Cue) -> Result:
    low = text.lower()
    if "half" in low:
        return resolve_half(low, ctx)
    ordinal = ORDINAL_RE.search(low)
    year_m = YEAR_RE.search(text)
    year_ago = bool(re.search(r"year[\s-](?:ago|earlier)|a year (?:ago|earlier)|last year|corresponding|same period", low))
    is_period = "period" in low
    ref = reference_quarter(ctx)
    if ordinal:
        q = ordinal_value(ordinal.group(1)) or 1
        if year_m:
            year = int(year_m.group(1))
        elif ctx.anchor:
            year = ctx.anchor.year
            if re.search(r"last year's|last year\b", low):
                year -= 1
            elif re.search(r"next year's|next year\b", low):
                year += 1
            elif q > cal.quarter_of(ctx.anchor)[1] and cue.direction < 0:
                year -= 1  # "third-quarter results" reported in April are last year's
        elif ref:
            year = ref[0]
        else:
            return "DATE", None
        if year_ago and not year_m:
            year -= 1
        else:
            ctx.last_quarter = (year, q)
        return "DATE", cal.quarter_value(year, q)
    if not ctx.anchor:
        return "DATE", None
    current = cal.quarter_of(ctx.anchor)
    if re.search(r"\b(latest|most\s+recent|recent)\b", low):
        value = cal.shift_quarter(*current, -1)
    elif re.search(r"\b(current|this)\b", low) and not ctx.last_quarter or "current" in low:
        value = current
    elif re.search(r"\bnext|coming\b", low):
        value = cal.shift_quarter(*current, 1)
    elif re.search(r"\b(last|previous|prior|preceding|past)\b", low) and not year_ago:
        value = cal.shift_quarter(*current, -1)
    else:
        value = ref or current
    if year_m:
        if is_period and not ctx.last_quarter:
            return "DATE", year_m.group(1)
        value = (int(year_m.group(1)), value[1])
    elif year_ago:
        value = (value[0] - 1, value[1])
    return "DATE", cal.quarter_value(*value)


def resolve_half(low: str, ctx: Context) -> Result:
    half = 2 if re.search(r"\b(second|2nd|last|latter)\b", low) else 1
    year_m = YEAR_RE.search(low)
    if year_m:
        year = int(year_m.group(1))
    elif ctx.anchor:
        year = ctx.anchor.year - (1 if "last year" in low else 0) + (1 if "next year" in low else 0)
    else:
        return "DATE", None
    return "DATE", f"{year}-H{half}"


def resolve_year_ago(text: str, ctx: Context, cue: Cue) -> Result:
    if not ctx.anchor:
        return "DATE", None
    if quarter_in_discussion(ctx, cue.position):
        year, q = ctx.last_quarter
        return "DATE", cal.quarter_value(year - 1, q)
    return "DATE", str(ctx.anchor.year - 1)


def quarter_ended(after: str, ctx: Context) -> None:
    """"the quarter ended Sept. 30": that quarter becomes the one the discourse talks about."""
    m = ENDED.match(after)
    if m and ctx.anchor:
        month = month_number(m.group(1)) or 1
        year = ctx.anchor.year if month <= ctx.anchor.month else ctx.anchor.year - 1
        ctx.last_quarter = (year, (month - 1) // 3 + 1)


def quarter_in_discussion(ctx: Context, position: int) -> bool:
    return ctx.last_quarter is not None and position - ctx.last_quarter_at < RECENT_QUARTER_CHARS


def resolve_quarter_mention(text: str, ctx: Context, cue: Cue) -> Result:
    """A quarter or half; it becomes the quarter in discussion."""
    if not ORDINAL_RE.search(text):
        quarter_ended(cue.after, ctx)
    typ, value = resolve_quarter(text, ctx, cue)
    if value and re.search(r"-Q\d$", value):
        ctx.last_quarter_at = cue.position
    return typ, value
