"""Extent and sense checks on found expressions: trim a determiner that belongs to a noun, reject
non-temporal readings ("a fall in prices", "52 years old", "as soon as", "$5 a year")."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from .patterns import Candidate

LEADING_DETERMINER = re.compile(r"^(?:the|its|their|that|this|a)\s+", re.I)
HYPHEN_ADJECTIVE = re.compile(r"\w-(?:quarter|half|year|month|week|day|hour|minute)$", re.I)


def trimmed(text: str, candidate: Candidate) -> Candidate:
    """Drop a determiner that belongs to the noun after a hyphenated adjective ("the third-quarter loss")."""
    span = text[candidate.start:candidate.end]
    adjective = candidate.kind == "year_ago" or (candidate.kind in ("quarter", "duration") and HYPHEN_ADJECTIVE.search(span))
    if adjective:
        m = LEADING_DETERMINER.match(span)
        if m:
            return Candidate(candidate.start + m.end(), candidate.end, candidate.kind)
    return candidate


SET_ADVERBS = {"daily", "weekly", "monthly", "quarterly", "hourly", "nightly"}  # adverbs only: not "daily tally"
AMBIGUOUS_SEASON = re.compile(r"(?:the\s+)?(?:fall|spring)", re.I)
SEASON_CUE = re.compile(r"\b(?:in|during|since|until|till|by|through|over|before|after)\s+$", re.I)
BARE_UNITS = re.compile(r"(?:seconds|minutes|hours|days|nights|weeks|months|quarters|years|decades|centuries)", re.I)
DURATION_CUE = re.compile(r"\b(?:for|over|within|in)\s+$", re.I)
AGE = re.compile(r"^[\s-]*old\b|^-old\b", re.I)
RATE = re.compile(r"(?:a|an|per)\s+(?:second|minute|hour|day|night|week|month|quarter|year)", re.I)
AMOUNT_BEFORE = re.compile(r"(?:\d|%|\bmillion|\bbillion|\btrillion|\bcents?|\bdollars|\btimes|\bpercent|\bshares|\bunits)\s*$", re.I)
NOT_A_YEAR_OF = r"of\s(?!(?:the\s|this\s|that\s)?(?:year|fiscal|calendar|19\d\d|20\d\d))"  # "a quarter of the market"
FRACTION_AFTER = re.compile(rf"[ -](?:percentage|point|points|percent|mile|miles|inch|{NOT_A_YEAR_OF})", re.I)
TITLE_UNIT = re.compile(r"\s(?-i:Week|Month|Year|Day)$")
SOON_NOT_TEMPORAL = re.compile(r"\bas\s+$", re.I)


def keep(doc: Doc | None, text: str, candidate: Candidate) -> bool:
    """Reject readings that are not temporal in context ("a fall in prices", "52 years old", "as soon as")."""
    span = text[candidate.start:candidate.end]
    before = text[max(0, candidate.start - 20):candidate.start]
    after = text[candidate.end:candidate.end + 10]
    kind = candidate.kind
    if kind == "set" and span.lower() in SET_ADVERBS:
        return doc is None or pos_at(doc, candidate.start) == "ADV"
    if kind == "season" and AMBIGUOUS_SEASON.fullmatch(span):
        return bool(SEASON_CUE.search(before)) and not after.lstrip().lower().startswith("of ")
    if kind == "duration" and BARE_UNITS.fullmatch(span):
        return bool(DURATION_CUE.search(before))
    if kind == "duration" and re.search(r"years?$", span, re.I) and AGE.match(after):
        return False
    if kind == "duration" and (re.search(r"year-old$", span, re.I) or span.lower() in ("a second", "per second", "the second")):
        return False
    if kind == "duration" and RATE.fullmatch(span) and AMOUNT_BEFORE.search(before):
        return False  # "$500 million a year": a rate, not a period
    if kind == "duration" and re.search(r"quarter$", span, re.I) and FRACTION_AFTER.match(text, candidate.end):
        return False  # "a quarter point", "more than a quarter of the market": a fraction
    if kind == "ref" and span.lower() == "the future" and re.match(r"\s+of\b", after):
        return False  # "the future of our peoples": a topic, not a time
    if kind == "rel_unit" and TITLE_UNIT.search(span) and not span.isupper():
        return False  # "ABC's This Week": a title
    if span == "Now" and re.match(r"\s*(?:,|for\b)", after):
        return False  # "Now, he says": a discourse marker
    if span.lower() == "soon":
        return not SOON_NOT_TEMPORAL.search(before) and not re.match(r"\s+(?:after|as)\b", after)
    return True


def pos_at(doc: Doc, char: int) -> str:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0].pos_ if span is not None and len(span) else ""
