"""Person-name spans: the model's PERSON entities, names after a title, and names from the table."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc, Span

from ..countries import country_by_demonym, country_by_name
from .evidence import POSSESSIVE, capitalized, phrase_ending_at, span_key, span_text
from .lexicon import LEADER, Lexicon, phrase_key
from .table import LeadersTable, normalize_name

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

    @property
    def words(self) -> list[str]:
        return self.text.split()

    @property
    def is_full(self) -> bool:
        """Two or more words: a name that introduces a person, not a short form."""
        return len([w for w in self.words if len(w.rstrip(".")) > 1 or not w.endswith(".")]) >= 2


NOT_NAMES = {"I", "He", "She", "We", "They", "It", "You", "His", "Her", "The", "A", "An", "This", "That", "And",
             "But", "Or", "If", "In", "On", "At", "Of", "To", "For", "By", "As", "Is", "Was", "Will", "Has", "Mr",
             "Mrs", "Ms", "Who", "What", "When", "Where", "Why", "How"}


def name_token(text: str) -> bool:
    """Could be part of a written name: capitalised word or an initial."""
    return capitalized(text) and any(ch.isalpha() for ch in text) and text not in NOT_NAMES


def trim(doc: Doc, start: int, end: int, lex: Lexicon) -> tuple[int, int]:
    """Drop a possessive, a leading "the" and leading title or honorific words from a name span."""
    while end > start and (doc[end - 1].text in POSSESSIVE or not any(c.isalnum() for c in doc[end - 1].text)):
        end -= 1
    while start < end and (doc[start].lower_ == "the" or not any(c.isalnum() for c in doc[start].text)):
        start += 1
    for _ in range(3):
        found = longest_title_prefix(doc, start, end, lex)
        if found is None:
            break
        start = found
    return start, end


def longest_title_prefix(doc: Doc, start: int, end: int, lex: Lexicon) -> Optional[int]:
    """End of a title or honorific at the start of [start, end), leaving at least one token."""
    for length in range(min(4, end - start - 1), 0, -1):
        key = span_key(doc, start, start + length)
        phrase = lex.phrase(span_text(doc, start, start + length))
        if key in lex.honorifics or (phrase is not None and phrase.kind == LEADER):
            return start + length
    return None


def honorific_before(doc: Doc, start: int, lex: Lexicon) -> tuple[int, Optional[str]]:
    """(first token of the mention, gender) when "Mr."/"Ms." stands before the name."""
    if start > 0:
        key = phrase_key(doc[start - 1].text)
        if key in lex.honorifics:
            return start - 1, lex.honorifics[key]
    return start, None


def names_from_entities(doc: Doc, lex: Lexicon) -> list[tuple[int, int, str]]:
    spans = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        for start, end in split_on_breaks(ent):
            start, end = trim(doc, start, end, lex)
            end = over_nickname(doc, start, end)
            if start < end and name_token(doc[start].text):
                spans.append((start, end, SOURCE_ENT))
    return spans


def over_nickname(doc: Doc, start: int, end: int) -> int:
    """ 'Robert C. "Bobby" Scott': the model stops at the nickname; the name goes on after it."""
    quotes = [i for i in range(start, end) if doc[i].text in NAME_QUOTES]
    if len(quotes) == 1:  # an opening quote inside, its closing one just after
        close = end if end < len(doc) and doc[end].text in NAME_QUOTES else None
        if close is not None and close + 1 < len(doc) and name_token(doc[close + 1].text):
            return name_run_end(doc, close + 1)
        return quotes[0]
    return end


def name_text(doc: Doc, start: int, end: int) -> str:
    """The written name without a quoted nickname: 'Robert C. "Bobby" Scott' -> 'Robert C. Scott'."""
    words, quoted = [], False
    for token in doc[start:end]:
        if token.text in NAME_QUOTES:
            quoted = not quoted
        elif not quoted:
            words.append(token.text_with_ws)
    return " ".join("".join(words).split()) or doc[start:end].text


def split_on_breaks(ent: Span) -> list[tuple[int, int]]:
    """An entity cut at line breaks (the model sometimes runs a name into the next line)."""
    pieces, start = [], ent.start
    for token in ent:
        if "\n" in token.text or "\n" in token.whitespace_:
            end = token.i if "\n" in token.text else token.i + 1
            if end > start:
                pieces.append((start, end))
            start = token.i + 1
    if ent.end > start:
        pieces.append((start, ent.end))
    return pieces


def names_after_titles(doc: Doc, lex: Lexicon, last_words: frozenset[str]) -> list[tuple[int, int, str]]:
    """Capitalised words right after a leader title: "Prime Minister Jane Doe", "President Obama"."""
    spans = []
    for token in doc[:-1]:
        if token.lower_ not in last_words:
            continue
        found = phrase_ending_at(doc, token.i, max(0, token.i - 5), lex)
        if found is None or found[0].kind != LEADER:
            continue
        end = name_run_end(doc, token.i + 1)
        if end > token.i + 1:
            spans.append((token.i + 1, end, SOURCE_TITLE))
    return spans


def name_run_end(doc: Doc, start: int) -> int:
    """End of a run of name-like tokens ("Ban Ki-moon", "J. D. Vance") starting at ``start``."""
    k = start
    while k < len(doc) and k - start < MAX_NAME_TOKENS:
        token = doc[k]
        glued = k > start and not doc[k - 1].whitespace_ and doc[k - 1].text == "-"
        if token.text == "-" and not token.whitespace_ and k > start and not doc[k - 1].whitespace_:
            k += 1
            continue
        if not (name_token(token.text) or glued) or token.ent_type_ in NOT_NAME_LABELS or token.text in POSSESSIVE:
            break
        if k == start and (country_by_demonym(token.text) or country_by_name(token.text)):
            break
        k += 1
    while k > start and doc[k - 1].text == "-":
        k -= 1
    return k


@lru_cache(maxsize=8)
def alias_first_words(table: LeadersTable) -> frozenset[str]:
    """First words of the table's multi-word names: only runs starting so are looked up."""
    return frozenset(normalize_name(s).split(" ")[0] for s in table.surfaces() if " " in normalize_name(s))


def names_from_table(doc: Doc, table: LeadersTable) -> list[tuple[int, int, str]]:
    """Multi-word table names inside runs of capitalised words, whatever the model tagged them."""
    spans = []
    firsts = alias_first_words(table)
    i, n = 0, len(doc)
    while i < n:
        if not name_token(doc[i].text) or not any(normalize_name(t.text) in firsts for t in doc[i:min(n, i + 8)]
                                                  if name_token(t.text)):
            i += 1
            continue
        end = i
        while end < n and end - i < 8 and (name_token(doc[end].text) or doc[end].text == "-"):
            end += 1
        spans.extend(table_names_in_run(doc, i, end, table))
        i = end + 1
    return spans


def table_names_in_run(doc: Doc, start: int, end: int, table: LeadersTable) -> list[tuple[int, int, str]]:
    found = []
    firsts = alias_first_words(table)
    k = start
    while k < end - 1:
        if normalize_name(doc[k].text) not in firsts:
            k += 1
            continue
        for length in range(min(MAX_NAME_TOKENS, end - k), 1, -1):
            if table.by_alias(doc[k:k + length].text):
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


def place_texts(doc: Doc) -> set[str]:
    return {ent.text for ent in doc.ents if ent.label_ in PLACE_LABELS}


def looks_like_place(doc: Doc, start: int, end: int, places: set[str]) -> bool:
    """A model PERSON that the article also tags as a place, or that sits where places sit."""
    text = doc[start:end].text
    if text in places or country_by_name(text) is not None:
        return True
    if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in PLACE_NOUNS:
        return True
    before = doc[start - 1].lower_ if start > 0 else ""
    return before in PLACE_PREPOSITIONS and (end >= len(doc) or doc[end].text not in POSSESSIVE)


def ordinary_word(token, lower_words: set[str]) -> bool:
    """A capitalised word that is no name: written in lower case elsewhere, or a verb or adjective."""
    return token.lower_ in lower_words or token.tag_.startswith("VB") or token.tag_ in ("JJ", "RB")


def drop_headline_word(doc: Doc, start: int, end: int, table: LeadersTable, lower_words: set[str]) -> tuple[int, int]:
    """ "Obama Says", "Derelict Obama" in a headline: a table surname beside an ordinary word."""
    if end - start != 2:
        return start, end
    for keep, other in ((start, start + 1), (start + 1, start)):
        word = doc[keep].text
        if ordinary_word(doc[other], lower_words) and any(
                row.name.split()[-1] == word for row in table.by_alias(word)):
            return keep, keep + 1
    return start, end


def find_names(doc: Doc, table: LeadersTable, lex: Lexicon, last_words: frozenset[str]) -> list[NameSpan]:
    spans = merge_spans(names_from_entities(doc, lex) + names_after_titles(doc, lex, last_words)
                        + names_from_table(doc, table))
    places = place_texts(doc)
    lower_words = {t.text for t in doc if t.text.islower()}
    names = []
    for start, end, source in spans:
        if source == SOURCE_TITLE:
            start, end = trim(doc, start, end, lex)
            if start >= end:
                continue
        if source == SOURCE_ENT and not table.by_alias(doc[start:end].text):
            if looks_like_place(doc, start, end, places):
                continue
            start, end = drop_headline_word(doc, start, end, table, lower_words)
        mention_start, gender = honorific_before(doc, start, lex)
        names.append(NameSpan(start, end, doc[mention_start].idx, doc[end - 1].idx + len(doc[end - 1].text),
                              name_text(doc, start, end), source, gender))
    return names


def loose_short_forms(doc: Doc, words: set[str], taken: set[int], lex: Lexicon) -> list[NameSpan]:
    """Known surnames the model did not tag as a person ("Valdana then left", "Putin" as ORG)."""
    found = []
    for token in doc:
        if token.text not in words or token.i in taken:
            continue
        if token.ent_type_ not in ("", "PERSON") and not (token.ent_iob_ == "B" and single_word_entity(doc, token.i)):
            continue
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        before = doc[token.i - 1] if token.i > 0 else None
        if (after is not None and name_token(after.text) and not after.is_sent_start) or \
                (before is not None and name_token(before.text) and not token.is_sent_start
                 and phrase_key(before.text) not in lex.honorifics):
            continue  # part of a longer name or a name used as a modifier ("Trump Tower")
        mention_start, gender = honorific_before(doc, token.i, lex)
        found.append(NameSpan(token.i, token.i + 1, doc[mention_start].idx, token.idx + len(token.text),
                              token.text, "surname", gender))
    return found


def single_word_entity(doc: Doc, i: int) -> bool:
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        if doc[end].text not in POSSESSIVE:
            return False
        end += 1
    return True
