"""What the resolvers share: the document context, cues around an expression, word helpers."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .lexicon import number_value, words
from .tense import plain

Result = tuple[str, "str | None"]

MONTH_RE = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?(?![a-z])", re.I)
WEEKDAY_RE = re.compile(r"\b(Mon|Tues?|Wed|Thu(?:rs)?|Fri|Sat|Sun)[a-z]*", re.I)
YEAR_RE = re.compile(r"(?<![\d$.,])(1[0-9]\d\d|20\d\d)(?!\d)")
DAY_RE = re.compile(r"(?<![\d:.])([0-3]?\d)(?:st|nd|rd|th)?(?![\d:.]|\s*[ap]\.?m)")
UNIT_RE = re.compile(r"\b(second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|centur|millenni)", re.I)
SPELLED_TENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
                "seventeen": 17, "eighteen": 18, "nineteen": 19}
POD = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI", "overnight": "NI"}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
VAGUE_RE = re.compile(r"\b(several|few|many|some|number|dozens|recent|coming)\b", re.I)
MODIFIERS = re.compile(
    r"\b(?:no\s+more\s+than|no\s+less\s+than|more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|"
    r"up\s+to|close\s+to|as\s+many\s+as|as\s+long\s+as|each\s+of\s+the|the|past|last|next|first|final|coming|"
    r"previous|following|remaining|more|additional|full|straight|consecutive|trading|business|working|calendar|"
    r"long|about|around|approximately|roughly|nearly|almost|over|under|just|only|barely|another|extra|within|some)\b",
    re.I)


@dataclass
class Context:
    """What earlier expressions of the document tell later ones."""

    anchor: dt.date | None
    last_quarter: tuple[int, int] | None = None
    last_quarter_at: int = -10_000
    last_year: int | None = None
    last_day: dt.date | None = None
    last_month: tuple[int, int] | None = None
    last_day_end: int = -10_000  # where the expression that set last_day ended
    last_value: str | None = None  # the last calendar DATE value, what "since then" refers to


@dataclass(frozen=True)
class Cue:
    """What surrounds one expression: the governing tense (tense.py codes), its offset and nearby text."""

    tense: int = 0
    position: int = 0
    before: str = ""
    after: str = ""
    in_noun_phrase: bool = False  # modifies a noun ("a cutback in September"), so the verb's tense is weak

    @property
    def direction(self) -> int:
        """-1, 0 or 1 for resolvers that only know past and future."""
        return plain(self.tense)


def direction_word(text: str) -> tuple[int, bool] | None:
    """(direction, strict) from last/next/this/past/coming..., or None when none is present."""
    low = text.lower()
    if re.search(r"\b(this\s+past|last|past|previous|preceding|prior|latest)\b", low):
        return -1, True
    if re.search(r"\b(this\s+coming|next|coming|following)\b", low):
        return 1, True
    if re.search(r"\bthis\b", low):
        return 0, False
    return None


def number_in(text: str) -> float | None:
    """The amount before the unit word ("the past two years" -> 2, "2 1/2 years" -> 2.5, "two to three weeks" -> 2)."""
    unit = UNIT_RE.search(text)
    head = text[: unit.start()] if unit else text
    head = MODIFIERS.sub(" ", head.lower()).replace("-", " ")
    head = re.split(r"\s+(?:to|or)\s+", " ".join(head.split()))[0].strip()
    half = 0.5 if unit and re.search(r"\band\s+a\s+half\b", text[unit.end():], re.I) else 0.0
    if re.fullmatch(r"\d+\s+1/2", head):
        return float(head.split()[0]) + 0.5
    if head.endswith(" and a half"):
        base = number_value(head[: -len(" and a half")])
        return base + 0.5 if base is not None else None
    value = number_value(head) if head else None
    return value + half if value is not None else None


def unit_code(text: str) -> str | None:
    m = UNIT_RE.search(text)
    if not m:
        return None
    word = m.group(1).lower()
    return words()["units"].get({"centur": "century", "millenni": "millennium"}.get(word, word))


def has_vague_amount(text: str) -> bool:
    if re.search(r"\bsome\s+(?:\d|[a-z]+ty\b|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)", text, re.I):
        return False
    bare_plural = re.match(r"\s*(?:weeks|months|years|days|hours|minutes|decades|centuries)\b", text, re.I)
    return bool(VAGUE_RE.search(text) or bare_plural)


def spelled_year_value(text: str) -> int | None:
    low = text.lower().replace("-", " ")
    if "two thousand" in low:
        rest = low.split("two thousand", 1)[1].replace("and", " ").strip()
        extra = number_value(rest) if rest else 0
        return 2000 + int(extra or 0)
    parts = low.split()
    for i, w in enumerate(parts):
        if w in ("nineteen", "twenty"):
            century = 19 if w == "nineteen" else 20
            rest = " ".join(parts[i + 1:])
            if rest == "hundred":
                return century * 100
            value = SPELLED_TENS.get(rest) or number_value(rest)
            return century * 100 + int(value) if value is not None and value < 100 else None
    return None
