"""Small text folds that the lookup keys of countries, places, leaders and titles are built from.

Each table folds names its own way (leaders drop apostrophes, places keep "US" apart from "us"),
so the keys differ; the steps they share live here.
"""
from __future__ import annotations

import unicodedata


def straight_apostrophes(text: str) -> str:
    return text.replace("\u2019", "'")


def squash_spaces(text: str) -> str:
    return " ".join(text.split())


def strip_accents(text: str) -> str:
    """"Sao Paulo" for "São Paulo", "Erdogan" for "Erdoğan"."""
    if text.isascii():
        return text
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def without_possessive(text: str) -> str:
    return text[:-2] if text.endswith("'s") else text


def without_leading_the(text: str) -> str:
    return text[4:] if text[:4].lower() == "the " else text


def is_short_capitals(text: str, longest: int) -> bool:
    """A short all-capital form ("US", "EU", "UAE") that must not be case-folded into a word."""
    return len(text) <= longest and text.isupper()
