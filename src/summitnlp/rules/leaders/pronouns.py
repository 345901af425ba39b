"""He, his, she, her: linked to a person only when the sentence structure makes it clear."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Token

from .tokens import Tokens

PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
                  "she": "f", "her": "f", "hers": "f", "herself": "f"}
SUBJECTS = {"nsubj", "nsubjpass"}


@dataclass(frozen=True)
class Placed:
    """A mention of a person by token span (names and role nouns, leaders or not)."""

    start: int
    end: int
    person: int  # index into the people list


def compatible(gender: Optional[str], pronoun: Token) -> bool:
    return gender is None or gender == PRONOUN_GENDER[pronoun.lower_]


def covering(placed: list[Placed], starts: list[int], token_i: int) -> Optional[Placed]:
    k = bisect_left(starts, token_i + 1) - 1
    if k >= 0 and placed[k].start <= token_i < placed[k].end:
        return placed[k]
    return None


def subject_person(token: Token, placed: list[Placed], starts: list[int], before: int) -> Optional[int]:
    """The person mentioned as the subject of ``token`` (a verb), written before token index ``before``."""
    for child in token.children:
        if child.dep_ in SUBJECTS and child.i < before:
            hit = covering(placed, starts, child.i)
            if hit is None:  # "President Vladimir Putin": the subject's head may be the title word
                left = child.left_edge.i
                hit = next((p for p in placed if left <= p.start and p.end <= child.i + 1), None)
            if hit is not None:
                return hit.person
    return None


def only_person(placed: list[Placed], lo: int, hi: int, fits=lambda person: True) -> Optional[int]:
    """The one person (among those ``fits`` accepts) mentioned in [lo, hi), or None."""
    people = {p.person for p in placed if lo <= p.start and p.end <= hi and fits(p.person)}
    return people.pop() if len(people) == 1 else None


def is_subject(toks: Tokens, mention: Placed, unit_start: int) -> bool:
    """A mention that opens its sentence or is a verb's subject ("Kim had arrived", "..., Kim said")."""
    if mention.start <= unit_start + 1:
        return True
    tokens = toks.tokens
    before_verb = all(tokens[i].pos_ not in ("VERB", "AUX") for i in range(unit_start, mention.start))
    if before_verb and mention.end < len(tokens) and tokens[mention.end].pos_ in ("VERB", "AUX"):
        return True  # "North Korean leader Kim Jong Un said ...", whatever the parser made of it
    return any(tokens[i].dep_ in SUBJECTS for i in range(mention.start, mention.end))


def subject_in(toks: Tokens, placed: list[Placed], lo: int, hi: int, fits=lambda person: True) -> Optional[int]:
    """The one person (among those ``fits`` accepts) mentioned as a subject in [lo, hi), or None."""
    people = {p.person for p in placed
              if lo <= p.start and p.end <= hi and fits(p.person) and is_subject(toks, p, lo)}
    return people.pop() if len(people) == 1 else None


def sentence_units(toks: Tokens) -> list[tuple[int, int]]:
    """The model's sentences, cut again at line breaks (captions and headlines run into the text)."""
    units = []
    for sent in toks.doc.sents:
        start = sent.start
        for i in range(sent.start, sent.end):
            if "\n" in toks.texts[i] and i > start:
                units.append((start, i))
                start = i + 1
        if sent.end > start:
            units.append((start, sent.end))
    return units


def antecedent(toks: Tokens, pronoun: Token, unit: tuple[int, int], previous: Optional[tuple[int, int]],
               placed: list[Placed], starts: list[int], genders: list[Optional[str]]) -> Optional[int]:
    """The person a third-person pronoun most likely refers to, or None when unsure."""
    lo, _ = unit
    for ancestor in pronoun.ancestors:
        if ancestor.i < lo:
            break
        found = subject_person(ancestor, placed, starts, pronoun.i)
        if found is not None and compatible(genders[found], pronoun):
            return found
    def fits(person: int) -> bool:
        return compatible(genders[person], pronoun)

    if any(lo <= p.start < pronoun.i for p in placed):
        found = only_person(placed, lo, pronoun.i)
        if found is None:
            found = subject_in(toks, placed, lo, pronoun.i)
        if found is not None and not fits(found):
            found = None
    elif previous is not None:
        found = subject_in(toks, placed, *previous, fits)
        if found is None:  # person indices start at 0: no "or" here
            found = only_person(placed, *previous, fits)
    else:
        found = None
    return found if found is not None and fits(found) else None


def names_someone(starts: list[int], lo: int, hi: int) -> bool:
    """Does a mention start in [lo, hi)? (``starts`` sorted)"""
    k = bisect_left(starts, lo)
    return k < len(starts) and starts[k] < hi


def resolve_pronouns(toks: Tokens, placed: list[Placed], genders: list[Optional[str]]) -> list[tuple[Token, int]]:
    """(pronoun, person index) pairs for the third-person singular pronouns we are sure of."""
    if not placed or not toks.doc.has_annotation("DEP"):
        return []
    placed = sorted(placed, key=lambda p: p.start)
    starts = [p.start for p in placed]
    links = []
    previous, quiet = None, 0
    for unit in sentence_units(toks):
        for i in range(*unit):
            if toks.lowers[i] in PRONOUN_GENDER and i > placed[0].start and covering(placed, starts, i) is None:
                token = toks.tokens[i]
                person = antecedent(toks, token, unit, previous, placed, starts, genders)
                if person is not None:
                    links.append((token, person))
        # the last sentence that names someone, looking back over at most two that name nobody
        if names_someone(starts, *unit):
            previous, quiet = unit, 0
        elif not all(toks.is_space[unit[0]:unit[1]]):
            quiet += 1
            if quiet > 2:
                previous = None
    return links
