"""Attribution cues: which lemmas report speech, belief, naming or agency quotation."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from spacy.tokens import Token


@dataclass(frozen=True)
class CueLexicon:
    speech: frozenset[str]
    belief: frozenset[str]
    infinitive: frozenset[str]
    naming: frozenset[str]
    agency: frozenset[str]
    nouns: frozenset[str]
    object: frozenset[str]
    not_speaker: frozenset[str]
    labels: frozenset[str]
    not_speech_objects: frozenset[str]
    claim_nouns: frozenset[str]
    raising: frozenset[str]
    prep_objects: dict[str, frozenset[str]]


@lru_cache(maxsize=1)
def lexicon() -> CueLexicon:
    raw = json.loads((files("summitnlp") / "data" / "quote_cues.json").read_text(encoding="utf-8"))
    fields = {key: frozenset(raw[key]) for key in CueLexicon.__dataclass_fields__ if key != "prep_objects"}
    preps = {verb: frozenset(words) for verb, words in raw["prep_objects"].items()}
    return CueLexicon(**fields, prep_objects=preps)


LEMMA_FIXES = {("hop", "hope"): "hope"}  # (model lemma, surface prefix): the lemmatizer's known slips
LEMMA_SLIPS = frozenset(wrong for wrong, _ in LEMMA_FIXES)


def lemma(token: Token) -> str:
    word = token.lemma_.lower()
    return fixed_lemma(word, token.lower_) if word in LEMMA_SLIPS else word


def fixed_lemma(lemma_: str, lower: str) -> str:
    """The lower-case lemma of a token whose ``lemma_`` and ``lower_`` are given."""
    word = lemma_.lower()
    for (wrong, prefix), right in LEMMA_FIXES.items():
        if word == wrong and lower.startswith(prefix):
            return right
    return word


def is_verbal(token: Token) -> bool:
    return is_verbal_tag(token.pos_, token.tag_)


def is_verbal_tag(pos: str, tag: str) -> bool:
    return pos == "VERB" or (tag.startswith("VB") and pos != "AUX")


def is_cue_verb(token: Token) -> bool:
    """A verb that may introduce reported content of any kind."""
    return is_verbal(token) and is_cue_word(lemma(token))


def is_cue_word(word: str) -> bool:
    """A lemma that may introduce reported content, when its token is verbal."""
    lex = lexicon()
    return (word in lex.speech or word in lex.belief or word in lex.infinitive
            or word in lex.naming or word in lex.agency or word in lex.object or word in lex.prep_objects
            or word in lex.raising)


def cue_extent(token: Token) -> tuple[int, int]:
    """Character span of a cue verb, with its particle ("pointed out", "went on")."""
    end = token.idx + len(token.text)
    for child in token.rights:
        if child.dep_ == "prt" and child.i == token.i + 1:
            end = child.idx + len(child.text)
    return token.idx, end
