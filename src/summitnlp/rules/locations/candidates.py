"""Candidate place spans: the model's GPE/LOC/FAC entities, places the model mislabelled, and
gazetteer names the model missed ("the Korean peninsula"), minus names inside other names."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable

from spacy.tokens import Doc, Span, Token

from ..countries import country_by_demonym, country_by_name
from .gazetteer import Gazetteer, Hit

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Entities the model may put on a place by mistake ("Vladivostok" as PERSON).
MISLABELS = {"PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT"}
# Entities a place name is never part of.
NOT_PLACES = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "LANGUAGE"}
# Lower-case words that end a place name ("the Korean peninsula", "Russky island").
GENERIC_TAILS = {"peninsula", "island", "islands", "sea", "ocean", "strait", "gulf", "river", "bay",
                 "canal", "valley", "mountains", "desert", "lake", "state", "province", "region"}
CONNECTORS = {"of", "and", "the", "de", "du", "la", "el", "al", "upon", "on", "-", ","}
# A place name followed by these is the name of something else ("the Paris agreement").
EMBEDDING_NEXT = {"agreement", "agreements", "accord", "accords", "treaty", "protocol", "convention",
                  "declaration", "club", "syndrome", "format"}
# Words before a place: a weak reading ("in Clarinda", "to Cirencester") is taken after them.
LOCATIVE = {"in", "at", "near", "from", "into", "outside", "across", "around", "via", "toward", "towards",
            "through", "throughout", "inside", "within", "between"}
# "to" is locative after a verb of motion only ("moved to X", not "according to X").
MOTION = {"go", "come", "travel", "move", "return", "fly", "drive", "head", "walk", "bring", "send", "flee",
          "deport", "commute", "ride", "sail", "relocate", "trip", "journey", "visit", "flight", "road", "way"}
LIST_JOINERS = {",", "and", "or", "&"}
# "the town of X": "of" is locative after these.
PLACE_NOUNS = {"town", "city", "village", "province", "region", "state", "county", "district", "island", "port",
               "capital", "suburb", "municipality", "hamlet", "outskirts", "streets", "center", "centre", "heart"}
# Capitalised words that are also names of small places, but in news mostly are not.
NOT_PLACE_NAMES = {"Congress", "Parliament", "Senate", "Mass", "Easter", "Church", "University", "Court",
                   "Centre", "Center", "Metro", "God", "Christ", "Bible", "Gospel", "Exodus", "Genesis",
                   "States", "State", "Union", "Republic", "Kingdom", "Empire", "Capitol", "Miss", "Mass."}
# Last words of the names of buildings and venues, which the model often calls organisations.
FACILITIES = {"church", "cathedral", "chapel", "mosque", "temple", "synagogue", "library", "hospital", "school",
              "academy", "stadium", "arena", "airport", "hotel", "theatre", "theater", "museum", "park",
              "plantation", "hall", "palace", "castle", "tower", "mall", "station", "courthouse", "prison",
              "jail", "bridge", "racecourse", "square", "street", "avenue", "road", "boulevard", "centre",
              "center", "village", "inn", "complex", "campus", "base"}
DATELINE_NEXT = {",", "(", "\u2014", "\u2013", "-", "--", ":"}
STRONG_CITY_POPULATION = 100_000
STRONG_PERSON_CITY_POPULATION = 300_000
PERSON_TITLES = {"mr", "mrs", "ms", "miss", "dr", "sir", "lady", "lord", "sen", "rep", "gov", "gen", "col",
                 "capt", "sgt", "prof", "rev", "father", "sister", "brother", "coach", "judge", "justice"}
MAX_NGRAM = 5


@dataclass
class Candidate:
    """A span that may name a place, with the gazetteer entries its name can denote."""

    start: int  # token offsets
    end: int
    start_char: int
    end_char: int
    text: str
    source: str  # "ner" (a place entity), "mislabel", "gazetteer", "repeat" or "weak" (needs a locative cue)
    label: str
    hits: list[Hit] = field(default_factory=list)
    context_only: bool = False  # a place named inside another name: a clue to the article's places, not a mention


def is_strong(hit: Hit) -> bool:
    """A reading news rarely uses for anything but the place: not a small town's name."""
    place = hit.place
    if place.kind in ("city", "town") and not place.curated:
        return place.population >= STRONG_CITY_POPULATION
    return True


def trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop a leading "the" and trailing possessive or punctuation tokens."""
    while start < end and (doc[start].lower_ == "the" or doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].lower_ in ("'s", "\u2019s", "'", "\u2019") or doc[end - 1].is_punct
                           or doc[end - 1].is_space):
        end -= 1
    # "Washington, D.C." keeps its inner punctuation; a trailing dot of an abbreviation stays in the token
    return start, end


def make(doc: Doc, start: int, end: int, source: str, label: str, hits: list[Hit]) -> Candidate:
    span = doc[start:end]
    return Candidate(start, end, span.start_char, span.end_char, span.text, source, label, hits)


def is_demonym(text: str) -> bool:
    return country_by_demonym(text) is not None and country_by_name(text) is None


def is_embedded(doc: Doc, end: int) -> bool:
    """The name goes on into the name of something else: "Paris agreement", "Paris climate accord"."""
    for token in doc[end:end + 2]:
        if token.lower_ in EMBEDDING_NEXT:
            return True
        if token.pos_ not in ("NOUN", "ADJ"):
            return False
    return False


def from_entities(doc: Doc, gaz: Gazetteer) -> Iterable[Candidate]:
    for ent in doc.ents:
        start, end = trim(doc, ent.start, ent.end)
        if start >= end:
            continue
        text = doc[start:end].text
        if text.islower() or text in NOT_PLACE_NAMES:
            continue
        hits = gaz.lookup(text)
        if ent.label_ in PLACE_LABELS:
            if not hits and text.isupper():
                continue
            # one unknown word is more often a person or a brand the model took for a place
            yield make(doc, start, end, "weak" if not hits and end - start == 1 else "ner", ent.label_, hits)
        elif ent.label_ in ("ORG", "PERSON") and not hits and end - start > 1 and doc[end - 1].lower_ in FACILITIES:
            # "Holy Redeemer Church", "Carnegie Library": a building, placed by the town in its name or the article's
            yield make(doc, start, end, "ner", "FAC", hits)
        elif ent.label_ in MISLABELS and ent.label_ != "NORP" and hits and not after_title(doc, start):
            own = [h for h in hits if h.main or h.place.curated]  # not an alternate name ("Roma" the club)
            strong = any(is_strong(h) for h in own)
            if ent.label_ == "PERSON":  # a person named like a town is likelier than the reverse
                strong = any(is_strong(h) and (h.place.kind not in ("city", "town") or h.place.curated
                             or h.place.population >= STRONG_PERSON_CITY_POPULATION) for h in own)
            yield make(doc, start, end, "mislabel" if strong else "weak", ent.label_, hits)


def after_title(doc: Doc, start: int) -> bool:
    """After "Mr." or "Miss": a person."""
    return start > 0 and doc[start - 1].lower_.rstrip(".") in PERSON_TITLES


def capitalised(token: Token) -> bool:
    text = token.text
    return text[:1].isupper() and any(ch.isalpha() for ch in text)


def ngram_ok(span: Span) -> bool:
    """A plausible name: capitalised first and last words (or a generic tail), a proper noun in it."""
    first, last = span[0], span[-1]
    if not capitalised(first):
        return False
    if not (capitalised(last) or (len(span) > 1 and last.lower_ in GENERIC_TAILS)):
        return False
    for token in span[1:-1]:
        if not (capitalised(token) or token.lower_ in CONNECTORS or token.lower_ in GENERIC_TAILS):
            return False
    if len(span) == 1 and len(first.text) <= 3 and not first.is_upper:
        return False
    return last.lower_ in GENERIC_TAILS or any(t.pos_ == "PROPN" for t in span)


def is_dateline(doc: Doc, span: Span) -> bool:
    """"WASHINGTON (AP) -", "ST. LOUIS, Mo. -": capitals opening a line, then a comma, bracket or dash."""
    at_line_start = span.start == 0 or "\n" in doc[span.start - 1].text_with_ws
    if not at_line_start or span.end >= len(doc) or not all(t.is_upper or t.is_punct for t in span):
        return False
    return doc[span.end].text in DATELINE_NEXT and any(t.is_alpha for t in span)


def from_gazetteer(doc: Doc, gaz: Gazetteer) -> Iterable[Candidate]:
    """Longest gazetteer names over capitalised token runs, kept only for strong readings."""
    n = len(doc)
    i = 0
    while i < n:
        if not capitalised(doc[i]) or doc[i].lower_ == "the":
            i += 1
            continue
        found = None
        for size in range(min(MAX_NGRAM, n - i), 0, -1):
            span = doc[i:i + size]
            dateline = is_dateline(doc, span)
            if "\n" in span.text or not (dateline or ngram_ok(span)):
                continue
            hits = gaz.lookup(span.text)
            if hits and span.text not in NOT_PLACE_NAMES:
                strong = dateline or any(is_strong(h) for h in hits)
                # a dateline is a place whatever the model called it
                found = make(doc, i, i + size, "gazetteer" if strong else "weak", "GPE" if dateline else "", hits)
                break
        if found is not None:
            yield found
            i = found.end
        else:
            i += 1


def inside_other_name(doc: Doc, cand: Candidate) -> bool:
    """Part of a longer entity that is not a place ("Washington" in "Washington Post")."""
    for token in doc[cand.start:cand.end]:
        if token.ent_type_ in NOT_PLACES:
            return True
        # a name the model gave another type: only the stricter test in from_entities may take it
        if not cand.label and token.ent_type_ in MISLABELS and token.ent_type_ != "NORP":
            return True
    first, last = doc[cand.start], doc[cand.end - 1]
    ent_label = first.ent_type_
    if cand.label or not ent_label or ent_label in PLACE_LABELS:  # a whole entity, trimmed: not inside one
        return False
    # the entity runs on past our span, on either side: a name inside another name
    starts_inside = first.ent_iob_ == "I"
    runs_on = cand.end < len(doc) and doc[cand.end].ent_iob_ == "I" and doc[cand.end].ent_type_ == last.ent_type_
    return ent_label != "NORP" and (starts_inside or runs_on)


def overlaps(a: Candidate, b: Candidate) -> bool:
    return a.start < b.end and b.start < a.end


def select(cands: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: resolvable before not, longer before shorter, entities first."""
    order = {"ner": 0, "mislabel": 1, "gazetteer": 2, "repeat": 3, "weak": 4}
    ranked = sorted(cands, key=lambda c: (not c.hits, -(c.end_char - c.start_char), order[c.source], c.start))
    chosen: list[Candidate] = []
    for cand in ranked:
        if not any(overlaps(cand, c) for c in chosen):
            chosen.append(cand)
    return sorted(chosen, key=lambda c: c.start)


def blocked_spans(leaders: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Character spans of mentions of known leaders (a person, never a place)."""
    spans = []
    for leader in leaders:
        if leader.get("country_code"):
            spans.extend((m["start"], m["end"]) for m in leader.get("mentions", []))
    return spans


def repeated(doc: Doc, found: list[Candidate]) -> Iterable[Candidate]:
    """Other occurrences of the names found, which the model missed there ("Royal Street" twice)."""
    names = {c.text: c for c in found if c.source != "weak"
             and len(c.text) >= 3 and c.text[:1].isupper() and (c.hits or c.end - c.start > 1)}
    if not names:
        return
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")(?!\w)")
    taken = {(c.start_char, c.end_char) for c in found}
    for match in pattern.finditer(doc.text):
        if (match.start(), match.end()) in taken:
            continue
        span = doc.char_span(match.start(), match.end())
        if span is not None:
            model = names[match.group()]
            yield Candidate(span.start, span.end, span.start_char, span.end_char, span.text, "repeat",
                            model.label, model.hits)


def acceptable(doc: Doc, cand: Candidate, blocked: list[tuple[int, int]]) -> bool:
    if cand.source != "ner" and inside_other_name(doc, cand):
        return False
    if is_demonym(cand.text) or is_embedded(doc, cand.end):
        return False
    return not any(s < cand.end_char and cand.start_char < e for s, e in blocked)


def previous_word(doc: Doc, start: int) -> int:
    """The index of the word before ``start``, over a "the"."""
    i = start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i


def supported(doc: Doc, weak: list[Candidate], strong: list[Candidate]) -> list[Candidate]:
    """Weak readings taken after a locative word, or in a list after a place ("Zilina, Nitra and Presov")."""
    ends = {c.end for c in strong}
    kept: list[Candidate] = []
    for cand in sorted(weak, key=lambda c: c.start):
        if any(overlaps(cand, c) for c in strong) or any(overlaps(cand, c) for c in kept):
            continue
        i = previous_word(doc, cand.start)
        if i < 0:
            continue
        listed = doc[i].lower_ in LIST_JOINERS and (i in ends or (i >= 1 and doc[i - 1].text == "," and i - 1 in ends))
        moved_to = doc[i].lower_ == "to" and i >= 1 and doc[i - 1].lemma_.lower() in MOTION
        town_of = doc[i].lower_ == "of" and i >= 1 and doc[i - 1].lower_ in PLACE_NOUNS
        if doc[i].lower_ in LOCATIVE or listed or moved_to or town_of:
            kept.append(cand)
            ends.add(cand.end)
    return kept


def clues(doc: Doc, cands: list[Candidate], blocked: list[tuple[int, int]]) -> list[Candidate]:
    """Strong place names inside other names ("Louisiana" in "the Louisiana Purchase"): context only."""
    out = []
    for cand in cands:
        if cand.hits and cand.source == "gazetteer" and not acceptable(doc, cand, blocked):
            cand.context_only = True
            out.append(cand)
    return out


def find_candidates(doc: Doc, gaz: Gazetteer, leaders: list[dict[str, Any]]) -> list[Candidate]:
    """Place mentions, plus context-only clues (``context_only``), in text order."""
    blocked = blocked_spans(leaders)
    every = [*from_entities(doc, gaz), *from_gazetteer(doc, gaz)]
    cands = [c for c in every if acceptable(doc, c, blocked)]
    strong = select([c for c in cands if c.source != "weak"])
    found = select(strong + supported(doc, [c for c in cands if c.source == "weak"], strong))
    again = [c for c in repeated(doc, found) if acceptable(doc, c, blocked)]
    found = select(found + again) if again else found
    hints = [c for c in clues(doc, every, blocked) if not any(overlaps(c, f) for f in found)]
    return sorted(found + hints, key=lambda c: c.start)
