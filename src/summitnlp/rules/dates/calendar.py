"""Calendar arithmetic and TIMEX3 value strings."""
from __future__ import annotations

import datetime as dt



def day_value(day: dt.date) -> str:
    return day.isoformat()


def week_value(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def weekend_value(day: dt.date) -> str:
    return week_value(day) + "-WE"


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def quarter_of(day: dt.date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def quarter_value(year: int, quarter: int) -> str:
    return f"{year:04d}-Q{quarter}"


def shift_quarter(year: int, quarter: int, by: int) -> tuple[int, int]:
    index = year * 4 + quarter - 1 + by
    return index // 4, index % 4 + 1


def shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


def shift_days(day: dt.date, by: int) -> dt.date | None:
    try:
        return day + dt.timedelta(days=by)
    except OverflowError:
        return None


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def weekday_near(anchor: dt.date, weekday: int, direction: int, strict: bool = False) -> dt.date:
    """The ``weekday`` (ISO number) on or before ``anchor`` (direction <= 0) or on or after it (> 0).

    ``strict`` excludes the anchor itself ("last Friday" said on a Friday is a week ago).
    """
    if direction > 0:
        ahead = (weekday - anchor.isoweekday()) % 7
        if strict and ahead == 0:
            ahead = 7
        return anchor + dt.timedelta(days=ahead)
    back = (anchor.isoweekday() - weekday) % 7
    if strict and back == 0:
        back = 7
    return anchor - dt.timedelta(days=back)


def month_near(anchor: dt.date, month: int, direction: int, strict: bool = False) -> tuple[int, int]:
    """(year, month) of the named month: last one on/before the anchor, next one on/after, or this year's."""
    year = anchor.year
    if direction < 0 and (month > anchor.month or (strict and month == anchor.month)):
        year -= 1
    elif direction > 0 and (month < anchor.month or (strict and month == anchor.month)):
        year += 1
    return year, month


def nearest_month(anchor: dt.date, month: int) -> tuple[int, int]:
    """(year, month) of the named month closest to the anchor ("January" said in November is next January)."""
    here = anchor.year * 12 + anchor.month
    offsets = [(abs(y * 12 + month - here), y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    return min(offsets)[1], month


SEASON_ORDER = ("SP", "SU", "FA", "WI")


def season_near(anchor: dt.date, season: str, direction: int, strict: bool = False) -> int:
    """The year of the season meant: the last one (direction < 0), the next one (> 0), or this year's."""
    if direction == 0:
        return anchor.year
    month_index = {12: 3, 1: 3, 2: 3}.get(anchor.month, (anchor.month - 3) // 3)
    current = (anchor.year - (1 if anchor.month <= 2 else 0)) * 4 + month_index
    target = SEASON_ORDER.index(season)
    if direction < 0:
        k = current - ((current - target) % 4)
        if strict and k == current:
            k -= 4
    else:
        k = current + ((target - current) % 4)
        if strict and k == current:
            k += 4
    return k // 4


def year_for_month_day(anchor: dt.date, month: int, day: int, direction: int) -> int:
    """The year that puts month/day nearest the anchor, pushed back or forward by tense."""
    options = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := safe_date(y, month, day))]
    if not options:
        return anchor.year
    best = min(options, key=lambda d: abs((d - anchor).days))
    if direction < 0 and (best - anchor).days > 60:
        return best.year - 1
    if direction > 0 and (anchor - best).days > 60:
        return best.year + 1
    return best.year


TIMEML_UNIT_LETTER = {"DE": "E", "CE": "C"}  # TimeML's own letters for decade and century


def duration_value(amount: float | None, unit: str) -> str:
    """``P2M``, ``PT3H``, ``PXY``... for an amount (None: unknown) of a unit code (data/date_words.json)."""
    if unit == "2W":
        amount, unit = (None if amount is None else amount * 2), "W"
    if unit in ("DE", "CE") and amount in (None, 1):
        return f"P{'X' if amount is None else 1}{TIMEML_UNIT_LETTER[unit]}"  # "decades" PXE, "a century" P1C
    if unit == "DE":
        amount, unit = amount * 10, "Y"  # "two decades" is counted in years (P20Y)
    if unit == "CE":
        amount, unit = amount * 100, "Y"
    if amount is not None and amount != int(amount):
        return fractional_duration(amount, unit)
    count = "X" if amount is None else str(int(amount))
    if unit in ("H", "S"):
        return f"PT{count}{unit}"
    if unit == "MIN":
        return f"PT{count}M"
    return f"P{count}{unit}"


def fractional_duration(amount: float, unit: str) -> str:
    whole, part = int(amount), amount - int(amount)
    smaller = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60), "MIN": ("S", 60)}
    if unit not in smaller:
        return f"P{amount:g}{unit}"
    sub, factor = smaller[unit]
    prefix = "PT" if unit in ("H", "MIN", "D") and sub in ("H", "M", "S") else "P"
    main = "M" if unit == "MIN" else unit
    head = f"{whole}{main}" if whole else ""
    if prefix == "PT" and unit == "D":
        return f"P{whole}DT{round(part * factor)}H" if whole else f"PT{round(part * factor)}H"
    return f"{prefix}{head}{round(part * factor)}{sub}"


def easter(year: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th (1-based; -1 for the last) ISO ``weekday`` of a month."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


def holiday_date(rule: str, year: int) -> dt.date | None:
    """The date of a holiday rule from data/date_words.json ("12-25", "thanksgiving", "easter"...)."""
    if rule[:2].isdigit():
        return safe_date(year, int(rule[:2]), int(rule[3:]))
    if not 1583 <= year <= 9999:
        return None
    movable = {
        "thanksgiving": lambda y: nth_weekday(y, 11, 4, 4),
        "labor_day": lambda y: nth_weekday(y, 9, 1, 1),
        "memorial_day": lambda y: nth_weekday(y, 5, 1, -1),
        "easter": easter,
        "good_friday": lambda y: easter(y) - dt.timedelta(days=2),
        "easter_monday": lambda y: easter(y) + dt.timedelta(days=1),
        "palm_sunday": lambda y: easter(y) - dt.timedelta(days=7),
        "ash_wednesday": lambda y: easter(y) - dt.timedelta(days=46),
        "pentecost": lambda y: easter(y) + dt.timedelta(days=49),
        "mothers_day": lambda y: nth_weekday(y, 5, 7, 2),  # the US and Canadian dates
        "fathers_day": lambda y: nth_weekday(y, 6, 7, 3),
        "mlk_day": lambda y: nth_weekday(y, 1, 1, 3),
        "presidents_day": lambda y: nth_weekday(y, 2, 1, 3),
        "columbus_day": lambda y: nth_weekday(y, 10, 1, 2),
        "election_day": lambda y: nth_weekday(y, 11, 1, 1) + dt.timedelta(days=1),  # the Tuesday after the first Monday
    }
    return movable[rule](year) if rule in movable else None


def holiday_near(anchor: dt.date, rule: str, direction: int) -> dt.date | None:
    """The holiday's occurrence on/before the anchor, on/after it, or the nearest one (direction 0)."""
    options = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := holiday_date(rule, y))]
    if direction < 0:
        options = [d for d in options if d <= anchor]
        return max(options) if options else None
    if direction > 0:
        options = [d for d in options if d >= anchor]
        return min(options) if options else None
    return min(options, key=lambda d: abs((d - anchor).days)) if options else None
