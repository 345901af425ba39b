"""Person-name spans: the model's PERSON entities, names after a title, and names from the table."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Optional

from ..countries import country_by_demonym, country_by_name
from .evidence import POSSESSIVE, capitalized, phrase_ending_at, span_key
from .lexicon import LEADER, Lexicon, phrase_key
from .table import LeadersTable, normalize_name
from .tokens import Tokens

MAX_NAME_TOKENS = 5
PLACE_LABELS = {"GPE", "LOC", "FAC"}
NOT_NAME_LABELS = {"GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT",
                   "QUANTITY", "EVENT", "LAW", "LANGUAGE", "WORK_OF_ART", "PRODUCT"}
PLACE_NOUNS = {"town", "city", "village", "port", "region", "province", "district", "island", "capital",
               "republic", "state", "county", "settlement", "area", "territory", "peninsula", "border"}
PLACE_PREPOSITIONS = {"in", "near", "outside", "across", "inside"}
SOURCE_TABLE, SOURCE_ENT, SOURCE_TITLE = "table", "ent", "title"
NAME_QUOTES = {'"', "\u201c", "\u201d", "''", "``"}


@dataclass
class NameSpan:
    """One written name: tokens [start, end) without title or possessive; the mention may add "Mr."."""

    start: int
    end: int
    mention_start: int  # character offset, "Mr." included
    mention_end: int
    text: str
    source: str
    gender: Optional[str] = None

    @cached_property
    def words(self) -> list[str]:
        return self.text.split()

    @cached_property
    def is_full(self) -> bool:
        """Two or more words: a name that introduces a person, not a short form."""
        return len([w for w in self.words if len(w.rstrip(".")) > 1 or not w.endswith(".")]) >= 2


NOT_NAMES = {"I", "He", "She", "We", "They", "It", "You", "His", "Her", "The", "A", "An", "This", "That", "And",
             "But", "Or", "If", "In", "On", "At", "Of", "To", "For", "By", "As", "Is", "Was", "Will", "Has", "Mr",
             "Mrs", "Ms", "Who", "What", "When", "Where", "Why", "How"}


def name_token(text: str) -> bool:
    """Could be part of a written name: capitalised word or an initial."""
    return capitalized(text) and any(ch.isalpha() for ch in text) and text not in NOT_NAMES


def trim(toks: Tokens, start: int, end: int, lex: Lexicon) -> tuple[int, int]:
    """Drop a possessive, a leading "the" and leading title or honorific words from a name span."""
    while end > start and (toks.texts[end - 1] in POSSESSIVE or not any(c.isalnum() for c in toks.texts[end - 1])):
        end -= 1
    while start < end and (toks.lowers[start] == "the" or not any(c.isalnum() for c in toks.texts[start])):
        start += 1
    for _ in range(3):
        found = longest_title_prefix(toks, start, end, lex)
        if found is None:
            break
        start = found
    return start, end


def longest_title_prefix(toks: Tokens, start: int, end: int, lex: Lexicon) -> Optional[int]:
    """End of a title or honorific at the start of [start, end), leaving at least one token."""
    for length in range(min(4, end - start - 1), 0, -1):
        key = span_key(toks, start, start + length)
        phrase = lex.phrase(toks.span_text(start, start + length))
        if key in lex.honorifics or (phrase is not None and phrase.kind == LEADER):
            return start + length
    return None


def honorific_before(toks: Tokens, start: int, lex: Lexicon) -> tuple[int, Optional[str]]:
    """(first token of the mention, gender) when "Mr."/"Ms." stands before the name."""
    if start > 0:
        key = phrase_key(toks.texts[start - 1])
        if key in lex.honorifics:
            return start - 1, lex.honorifics[key]
    return start, None


def names_from_entities(toks: Tokens, lex: Lexicon) -> list[tuple[int, int, str]]:
    spans = []
    for ent_start, ent_end, label in toks.ents:
        if label != "PERSON":
            continue
        for start, end in split_on_breaks(toks, ent_start, ent_end):
            start, end = trim(toks, start, end, lex)
            end = over_nickname(toks, start, end)
            if start < end and name_token(toks.texts[start]):
                spans.append((start, end, SOURCE_ENT))
    return spans


def over_nickname(toks: Tokens, start: int, end: int) -> int:
    """ 'Robert C. "Bobby" Scott': the model stops at the nickname; the name goes on after it."""
    quotes = [i for i in range(start, end) if toks.texts[i] in NAME_QUOTES]
    if len(quotes) == 1:  # an opening quote inside, its closing one just after
        close = end if end < len(toks) and toks.texts[end] in NAME_QUOTES else None
        if close is not None and close + 1 < len(toks) and name_token(toks.texts[close + 1]):
            return name_run_end(toks, close + 1)
        return quotes[0]
    return end


def name_text(toks: Tokens, start: int, end: int) -> str:
    """The written name without a quoted nickname: 'Robert C. "Bobby" Scott' -> 'Robert C. Scott'."""
    words, quoted = [], False
    for i in range(start, end):
        if toks.texts[i] in NAME_QUOTES:
            quoted = not quoted
        elif not quoted:
            words.append(toks.texts[i] + toks.spaces[i])
    return " ".join("".join(words).split()) or toks.span_text(start, end)


def split_on_breaks(toks: Tokens, ent_start: int, ent_end: int) -> list[tuple[int, int]]:
    """An entity cut at line breaks (the model sometimes runs a name into the next line)."""
    pieces, start = [], ent_start
    for i in range(ent_start, ent_end):
        if "\n" in toks.texts[i] or "\n" in toks.spaces[i]:
            end = i if "\n" in toks.texts[i] else i + 1
            if end > start:
                pieces.append((start, end))
            start = i + 1
    if ent_end > start:
        pieces.append((start, ent_end))
    return pieces


def names_after_titles(toks: Tokens, lex: Lexicon, last_words: frozenset[str]) -> list[tuple[int, int, str]]:
    """Capitalised words right after a leader title: "Prime Minister Jane Doe", "President Obama"."""
    spans = []
    for i in range(len(toks) - 1):
        if toks.lowers[i] not in last_words:
            continue
        found = phrase_ending_at(toks, i, max(0, i - 5), lex)
        if found is None or found[0].kind != LEADER:
            continue
        end = name_run_end(toks, i + 1)
        if end > i + 1:
            spans.append((i + 1, end, SOURCE_TITLE))
    return spans


def name_run_end(toks: Tokens, start: int) -> int:
    """End of a run of name-like tokens ("Ban Ki-moon", "J. D. Vance") starting at ``start``."""
    k = start
    while k < len(toks) and k - start < MAX_NAME_TOKENS:
        text = toks.texts[k]
        glued = k > start and not toks.spaces[k - 1] and toks.texts[k - 1] == "-"
        if text == "-" and not toks.spaces[k] and k > start and not toks.spaces[k - 1]:
            k += 1
            continue
        if not (name_token(text) or glued) or toks.tokens[k].ent_type_ in NOT_NAME_LABELS or text in POSSESSIVE:
            break
        if k == start and (country_by_demonym(text) or country_by_name(text)):
            break
        k += 1
    while k > start and toks.texts[k - 1] == "-":
        k -= 1
    return k


@lru_cache(maxsize=8)
def alias_first_words(table: LeadersTable) -> frozenset[str]:
    """First words of the table's multi-word names: only runs starting so are looked up."""
    return frozenset(normalize_name(s).split(" ")[0] for s in table.surfaces() if " " in normalize_name(s))


def names_from_table(toks: Tokens, table: LeadersTable) -> list[tuple[int, int, str]]:
    """Multi-word table names inside runs of capitalised words, whatever the model tagged them."""
    spans = []
    firsts = alias_first_words(table)
    is_name = [name_token(text) for text in toks.texts]
    starts_alias = [named and normalize_name(text) in firsts for named, text in zip(is_name, toks.texts)]
    i, n = 0, len(toks)
    while i < n:
        if not is_name[i] or not any(starts_alias[i:min(n, i + 8)]):
            i += 1
            continue
        end = i
        while end < n and end - i < 8 and (is_name[end] or toks.texts[end] == "-"):
            end += 1
        spans.extend(table_names_in_run(toks, i, end, table))
        i = end + 1
    return spans


def table_names_in_run(toks: Tokens, start: int, end: int, table: LeadersTable) -> list[tuple[int, int, str]]:
    found = []
    firsts = alias_first_words(table)
    k = start
    while k < end - 1:
        if normalize_name(toks.texts[k]) not in firsts:
            k += 1
            continue
        for length in range(min(MAX_NAME_TOKENS, end - k), 1, -1):
            if table.by_alias(toks.span_text(k, k + length)):
                found.append((k, k + length, SOURCE_TABLE))
                k += length - 1
                break
        k += 1
    return found


SOURCE_RANK = {SOURCE_TABLE: 0, SOURCE_ENT: 1, SOURCE_TITLE: 2}


def merge_spans(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Non-overlapping spans: table names first ("Rip Donald Trump" holds "Donald Trump"), then longest."""
    ordered = sorted(spans, key=lambda s: (s[2] != SOURCE_TABLE, -(s[1] - s[0]), SOURCE_RANK[s[2]], s[0]))
    taken: set[int] = set()
    kept = []
    for start, end, source in ordered:
        if any(i in taken for i in range(start, end)):
            continue
        taken.update(range(start, end))
        kept.append((start, end, source))
    return sorted(kept)


def place_texts(toks: Tokens) -> set[str]:
    return {toks.span_text(start, end) for start, end, label in toks.ents if label in PLACE_LABELS}


def looks_like_place(toks: Tokens, start: int, end: int, places: set[str]) -> bool:
    """A model PERSON that the article also tags as a place, or that sits where places sit."""
    text = toks.span_text(start, end)
    if text in places or country_by_name(text) is not None:
        return True
    if start >= 2 and toks.lowers[start - 1] == "of" and toks.lowers[start - 2] in PLACE_NOUNS:
        return True
    before = toks.lowers[start - 1] if start > 0 else ""
    return before in PLACE_PREPOSITIONS and (end >= len(toks) or toks.texts[end] not in POSSESSIVE)


def ordinary_word(toks: Tokens, i: int, lower_words: set[str]) -> bool:
    """A capitalised word that is no name: written in lower case elsewhere, or a verb or adjective."""
    tag = toks.tokens[i].tag_
    return toks.lowers[i] in lower_words or tag.startswith("VB") or tag in ("JJ", "RB")


def drop_headline_word(toks: Tokens, start: int, end: int, table: LeadersTable,
                       lower_words: set[str]) -> tuple[int, int]:
    """ "Obama Says", "Derelict Obama" in a headline: a table surname beside an ordinary word."""
    if end - start != 2:
        return start, end
    for keep, other in ((start, start + 1), (start + 1, start)):
        word = toks.texts[keep]
        if ordinary_word(toks, other, lower_words) and any(
                row.name.split()[-1] == word for row in table.by_alias(word)):
            return keep, keep + 1
    return start, end


def find_names(toks: Tokens, table: LeadersTable, lex: Lexicon, last_words: frozenset[str]) -> list[NameSpan]:
    spans = merge_spans(names_from_entities(toks, lex) + names_after_titles(toks, lex, last_words)
                        + names_from_table(toks, table))
    places = place_texts(toks)
    lower_words = {text for text in toks.texts if text.islower()}
    names = []
    for start, end, source in spans:
        if source == SOURCE_TITLE:
            start, end = trim(toks, start, end, lex)
            if start >= end:
                continue
        if source == SOURCE_ENT and not table.by_alias(toks.span_text(start, end)):
            if looks_like_place(toks, start, end, places):
                continue
            start, end = drop_headline_word(toks, start, end, table, lower_words)
        mention_start, gender = honorific_before(toks, start, lex)
        names.append(NameSpan(start, end, toks.starts[mention_start], toks.end_char(end - 1),
                              name_text(toks, start, end), source, gender))
    return names


def loose_short_forms(toks: Tokens, words: set[str], taken: set[int], lex: Lexicon) -> list[NameSpan]:
    """Known surnames the model did not tag as a person ("Valdana then left", "Putin" as ORG)."""
    found = []
    for i, text in enumerate(toks.texts):
        if text not in words or i in taken:
            continue
        token = toks.tokens[i]
        if token.ent_type_ not in ("", "PERSON") and not (token.ent_iob_ == "B" and single_word_entity(toks, i)):
            continue
        after = toks.tokens[i + 1] if i + 1 < len(toks) else None
        before = toks.tokens[i - 1] if i > 0 else None
        if (after is not None and name_token(after.text) and not after.is_sent_start) or \
                (before is not None and name_token(before.text) and not token.is_sent_start
                 and phrase_key(before.text) not in lex.honorifics):
            continue  # part of a longer name or a name used as a modifier ("Trump Tower")
        mention_start, gender = honorific_before(toks, i, lex)
        found.append(NameSpan(i, i + 1, toks.starts[mention_start], toks.end_char(i), text, "surname", gender))
    return found


def single_word_entity(toks: Tokens, i: int) -> bool:
    end = i + 1
    while end < len(toks) and toks.tokens[end].ent_iob_ == "I":
        if toks.texts[end] not in POSSESSIVE:
            return False
        end += 1
    return True
