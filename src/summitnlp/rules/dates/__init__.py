"""Temporal expressions: find them and normalise them to TIMEX3 values.

Modules: ``patterns`` finds the expressions, ``filters`` and ``ranges`` adjust them, ``normalize``
computes type and value (with ``absolute``, ``quarters``, ``relative``, ``context``), ``tense`` reads
the governing verb, ``anchor`` detects the article's own date, ``calendar`` does the arithmetic.
Each result dict: text/start/end, type, value (TIMEX3 or None), mod (TimeML modifier or None),
kind (the pattern that found it) and anchored (whether an article date was known).
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from spacy.tokens import Doc

from ... import docdata
from . import anchor
from .anchor import detect_published
from .filters import keep, trimmed
from .normalize import Context, Cue, modifier, resolve
from .patterns import find_candidates
from .ranges import range_text, split_range
from .tense import attached_to_noun, tense_at

__all__ = ["extract_dates", "detect_published", "dates_in_text"]

TENSE_KINDS = {"weekday", "month", "full", "range", "season", "time", "holiday", "quarter", "day_of"}
CALENDAR_VALUE = re.compile(r"\d{4}(?:-[01]\d(?:-[0-3]\d)?)?$")  # what "since then" can point back to


def parse_iso(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def dates_in_text(text: str, published: str | None, doc: Doc | None = None) -> list[dict[str, Any]]:
    """Date mentions of ``text`` as plain dicts; ``doc`` (same text) adds tense and part of speech."""
    ctx = Context(anchor=parse_iso(published))
    results = []
    for found in find_candidates(text):
        found = trimmed(text, found)
        if not keep(doc, text, found):
            continue
        tense = tense_at(doc, found.start) if doc is not None and found.kind in TENSE_KINDS else 0
        for candidate in split_range(text, found):
            span = text[candidate.start:candidate.end]
            if found.kind == "range":
                span = range_text(text, candidate, found)
            in_noun_phrase = doc is not None and found.kind == "month" and attached_to_noun(doc, found.end - 1)
            cue = Cue(tense, candidate.start, text[max(0, candidate.start - 30):candidate.start],
                      text[candidate.end:candidate.end + 40], in_noun_phrase)
            kind = "full" if found.kind == "range" else found.kind
            day_before = ctx.last_day
            try:
                typ, value = resolve(kind, span, ctx, cue)
            except (OverflowError, ValueError):  # calendar arithmetic off the ends of dt.date
                typ, value = "DATE", None
            if kind == "then" and value is None:
                continue  # "since then" with no date named before it
            if ctx.last_day is not day_before:
                ctx.last_day_end = candidate.end
            if typ == "DATE" and value and CALENDAR_VALUE.match(value):
                ctx.last_value = value
            results.append({**docdata.mention(text, candidate.start, candidate.end), "type": typ, "value": value,
                            "mod": modifier(span), "kind": kind, "anchored": ctx.anchor is not None})
    return results


def extract_dates(doc: Doc, detect_published: bool = True) -> list[dict[str, Any]]:
    """Date mentions as plain dicts; sets the anchor on the Doc when the caller gave none (and
    ``detect_published`` allows reading it from the text)."""
    text = doc.text
    published = docdata.get_published(doc)
    if published is None and detect_published:
        published = anchor.detect_published(text)
        if published is not None:
            docdata.set_published(doc, published)
    return dates_in_text(text, published, doc)
