"""The article's own publication date, read from its text when the caller gave none."""
from __future__ import annotations

import datetime as dt
import re

from . import calendar as cal
from .lexicon import month_number

HEADER_CHARS = 600
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
DATE_FORMS = [
    ("ymd", re.compile(r"(?<!\d)(\d{4})-([01]\d)-([0-3]\d)(?!\d)")),
    ("dmy", re.compile(r"(?<![\d.])([0-3]?\d)\.([01]?\d)\.(\d{4})(?!\d)")),
    ("mdy_slash", re.compile(r"(?<![\d/])([01]?\d)/([0-3]?\d)/(\d{4})(?!\d)")),
    ("month_day_year", re.compile(rf"(?<![A-Za-z])({MONTH})\s+([0-3]?\d)(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\d)")),
    ("day_month_year", re.compile(rf"(?<!\d)([0-3]?\d)(?:st|nd|rd|th)?\s+({MONTH})\s+(\d{{4}})(?!\d)")),
]
LABEL = re.compile(r"(?:^|\|)[ \t]{0,3}(?:published|posted|first\s+published|publication\s+date|date\s+published|"
                   r"updated)(?:\s{1,3}(?:on|at))?\s{0,3}:?\s{0,3}|"
                   r"\b(?:published|posted|publication\s+date|date\s+published)\s{0,3}:\s{0,3}", re.I | re.M)
NUMERIC_FORMS = {"ymd", "dmy", "mdy_slash"}
SHORT_LINE = 120  # a month-name date counts as a header date only on a short line or after a separator
DATELINE = re.compile(rf"^[A-Z][A-Za-z .'-]{{1,40}},?\s+(?:[A-Z][A-Za-z.]+,?\s+)?({MONTH})\s+([0-3]?\d)\s+"
                      r"\((?:[A-Z][\w .&-]{1,30})\)\s*[-–—]", re.M)  # MOSCOW, April 25 (Reuters) -
PREPOSITION_BEFORE = re.compile(r"\b(?:on|by|until|till|since|before|after|from|to|through|in|of|at)$", re.I)
SENTENCE_END = re.compile(r"[\w)][.!?]['\"”’]?$")
SENTENCE_WORDS = 9
YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")


def dates_in(text: str) -> list[tuple[int, dt.date]]:
    """(offset, date) of every complete calendar date written in ``text``."""
    return [(start, date) for start, date, _ in dated_forms(text)]


def dated_forms(text: str) -> list[tuple[int, dt.date, str]]:
    found = []
    for form, pattern in DATE_FORMS:
        for m in pattern.finditer(text):
            date = to_date(form, m.groups())
            if date:
                found.append((m.start(), date, form))
    return sorted(found, key=lambda item: item[0])


def header_like(text: str, offset: int) -> bool:
    """A date on a short line, at a line start, or after a separator ("| DW | 25 April 2019")."""
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    line = text[line_start: line_end if line_end >= 0 else len(text)]
    before = text[line_start:offset].rstrip()
    if not before:
        return True  # "March 21, 2013 -- The minister said ...": a date that opens its line
    if PREPOSITION_BEFORE.search(before) or is_sentence(line.strip()):
        return False  # "... would rise by March 22, 2013." is an event in a sentence, not the article's date
    return len(line.strip()) <= SHORT_LINE or before.endswith(("|", "-", "–", "—", "•", "·", ":"))


def is_sentence(line: str) -> bool:
    """Nine words or more closed by a full stop: body text, not a header."""
    return len(line.split(None, SENTENCE_WORDS)) > SENTENCE_WORDS - 1 and bool(SENTENCE_END.search(line[-4:]))


def to_date(form: str, parts: tuple[str, ...]) -> dt.date | None:
    try:
        if form == "ymd":
            return cal.safe_date(int(parts[0]), int(parts[1]), int(parts[2]))
        if form == "dmy":
            return cal.safe_date(int(parts[2]), int(parts[1]), int(parts[0]))
        if form == "mdy_slash":
            return cal.safe_date(int(parts[2]), int(parts[0]), int(parts[1]))
        if form == "month_day_year":
            month = month_number(parts[0])
            return cal.safe_date(int(parts[2]), month, int(parts[1])) if month else None
        month = month_number(parts[1])
        return cal.safe_date(int(parts[2]), month, int(parts[0])) if month else None
    except (TypeError, ValueError):
        return None


def labelled_date(text: str) -> dt.date | None:
    """A date right after "Published:", "Posted on"... anywhere in the text."""
    for label in LABEL.finditer(text):
        found = dates_in(text[label.end(): label.end() + 40])
        if found and found[0][0] == 0:
            return found[0][1]
    return None


def dateline_date(text: str) -> dt.date | None:
    """``MOSCOW, April 25 (Reuters) -``: the year comes from the latest year written in the text."""
    m = DATELINE.search(text[:HEADER_CHARS])
    if not m:
        return None
    years = [int(y) for y in YEAR.findall(text)]
    month = month_number(m.group(1))
    if not years or not month:
        return None
    return cal.safe_date(max(years), month, int(m.group(2)))


def detect_published(text: str) -> str | None:
    """The article's own date as ISO "YYYY-MM-DD", or None when the text does not carry one.

    A labelled date ("Published: ...") wins; otherwise the latest complete date in the header, the
    dateline date included. The latest, because a header can carry an earlier date (an event date,
    a crawl line) but an article is not published before the header's own newest date.
    """
    if not text:
        return None
    labelled = labelled_date(text[:20_000])
    if labelled:
        return labelled.isoformat()
    header = text[:HEADER_CHARS]
    candidates = [date for offset, date, form in dated_forms(header)
                  if form in NUMERIC_FORMS or header_like(text, offset)]
    dateline = dateline_date(text[:200_000])
    if dateline:
        candidates.append(dateline)
    return max(candidates).isoformat() if candidates else None
