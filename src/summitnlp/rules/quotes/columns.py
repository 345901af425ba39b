"""A Doc's token attributes in plain lists and one array, read with a single ``doc.to_array`` call.

Walking a Doc (``for token in doc``, ``doc[i]``) builds a Token object per step and each string
attribute is another lookup; the rules scan every token for cues, so they filter the array and
make Token objects only for the few tokens that need the parse (heads, children).
"""
from __future__ import annotations

from collections.abc import Collection
from itertools import compress

import numpy
from spacy.attrs import LEMMA, LOWER, ORTH, SPACY
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc

from ...caches import look_up_all, word_cache

KEYS = (ORTH, LOWER, LEMMA, SPACY)
TEXT, LOWER_CASE, LEMMA_FORM, SPACE = range(len(KEYS))  # columns of ``keys``


class Columns:
    """``texts`` and ``lemmas`` of every token (Token's ``text`` and ``lemma_.lower()``), ``text``
    (``doc.text``), and the string-store keys of ``KEYS`` per token; other attributes are read only
    for the tokens asked for."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.strings = doc.vocab.strings
        self.keys = doc.to_array(list(KEYS)) if len(doc) else numpy.zeros((0, len(KEYS)), dtype="uint64")
        self.texts = as_strings(self.keys[:, TEXT].tolist(), self.strings)
        self.lemmas = as_strings(self.keys[:, LEMMA_FORM].tolist(), self.strings, lower=True)
        spaces = self.keys[:, SPACE].tolist()
        # doc.text joins Token objects; the same text from the lists is faster
        self.text = "".join([text + " " if space else text for text, space in zip(self.texts, spaces)])

    def __len__(self) -> int:
        return len(self.texts)

    def find(self, lemmas: Collection[str], lowers: numpy.ndarray, texts: numpy.ndarray) -> list[int]:
        """Indices of the tokens whose lower-case lemma is in ``lemmas``, ``lower_`` in ``lowers`` or
        ``text`` in ``texts`` (both as ``string_keys``), in order."""
        found = set(compress(range(len(self)), map(lemmas.__contains__, self.lemmas)))
        found.update(numpy.flatnonzero(has_key(self.keys[:, LOWER_CASE], lowers)).tolist())
        found.update(numpy.flatnonzero(has_key(self.keys[:, TEXT], texts)).tolist())
        return sorted(found)

    def lowers(self, start: int, end: int) -> list[str]:
        """``lower_`` of tokens [start, end)."""
        return as_strings(self.keys[start:end, LOWER_CASE].tolist(), self.strings)


def string_keys(words: Collection[str]) -> numpy.ndarray:
    """The string-store keys of ``words``, for ``has_key``."""
    return numpy.array(sorted(get_string_id(word) for word in words), dtype="uint64")


def has_key(keys: numpy.ndarray, wanted: numpy.ndarray) -> numpy.ndarray:
    """Per entry of ``keys``: whether it is one of ``wanted`` (``numpy.isin`` costs more on short texts)."""
    found = numpy.zeros(len(keys), dtype=bool)
    for key in wanted:
        found |= keys == key
    return found


def lemma_positions(lemma_keys: list[int], lemmas: Collection[str], strings: StringStore) -> list[int]:
    """Indices of the tokens (``LEMMA`` keys from ``doc.to_array``) whose lower-case lemma is in ``lemmas``."""
    return list(compress(range(len(lemma_keys)), map(lemmas.__contains__, as_strings(lemma_keys, strings, lower=True))))


# string-store key -> string (and -> lower-case string): keys are hashes of the strings, the same in every Vocab
NAMES: dict[int, str] = word_cache({})
LOWER_NAMES: dict[int, str] = word_cache({})


def as_strings(column: list[int], strings: StringStore, lower: bool = False) -> list[str]:
    """String-store keys (or part-of-speech symbols) to their strings, lower-cased if ``lower``."""
    if lower:
        return look_up_all(LOWER_NAMES, column, lambda key: strings[key].lower())
    return look_up_all(NAMES, column, strings.__getitem__)
