"""Candidate place spans: the model's GPE/LOC/FAC entities, places the model mislabelled, and
gazetteer names the model missed ("the Korean peninsula"), minus names inside other names."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable

from spacy.attrs import IDX, IS_ALPHA, IS_PUNCT, IS_UPPER, LENGTH, LOWER, POS
from spacy.parts_of_speech import PROPN
from spacy.tokens import Doc, Span

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
# Capitalised words before a place name that leave it the place: "Lower Manhattan", "Northern Syria".
QUALIFIERS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
              "upper", "lower", "greater", "downtown", "old", "new", "inner", "outer", "mid", "rural", "coastal"}
# Capitalised words that make a place name part of another name: "Houston Rockets", "Ohio State".
NAME_TAILS = {"Post", "Times", "Herald", "Tribune", "Journal", "Gazette", "Star", "Police", "Department",
              "Chamber", "Council", "Office", "Commission", "Army", "Guard", "Society", "Airlines", "Airways",
              "Authority", "University", "College", "Institute", "State", "FC", "United", "Rockets",
              "Bulls", "Lakers", "Mavericks", "Blazers", "Raptors", "Rangers", "Giants", "Yankees", "Mets",
              "Bank", "Ministry", "Court", "Assembly", "Party", "Agency", "Corporation", "Company", "Group",
              "Limited", "Ltd", "Inc", "Museum", "Zoo", "Symphony", "Orchestra", "Opera", "Ballet"}
# "... of X" names something else after these: "the University of Alberta", "the Bank of Mexico".
NAME_HEADS = {"University", "Bank", "Institute", "Council", "College", "Chamber", "Department", "Ministry",
              "Museum", "Society", "Academy", "Association", "Federation", "Court", "Diocese", "Archdiocese",
              "Government", "Embassy", "Consulate", "Mayor", "Governor", "President", "Prime", "Duke", "Duchess",
              "Prince", "Princess", "King", "Queen", "Bishop", "Archbishop", "Patriarch", "Catholicos"}
# Words before a place: a weak reading ("in Clarinda", "to Cirencester") is taken after them.
LOCATIVE = {"in", "at", "near", "from", "into", "outside", "across", "around", "via", "toward", "towards",
            "through", "throughout", "inside", "within", "between"}
# "to" is locative after a verb of motion only ("moved to X", not "according to X").
MOTION = {"go", "come", "travel", "move", "return", "fly", "drive", "head", "walk", "bring", "send", "flee",
          "deport", "commute", "ride", "sail", "relocate", "trip", "journey", "visit", "flight", "road", "way",
          "switch", "honeymoon", "transfer", "evacuate", "escape", "emigrate", "migrate", "march", "rush"}
LIST_JOINERS = {",", "and", "or", "&"}
# "the town of X": "of" is locative after these.
PLACE_NOUNS = {"town", "city", "village", "province", "region", "state", "county", "district", "island", "port",
               "capital", "suburb", "municipality", "hamlet", "outskirts", "streets", "center", "centre", "heart"}
# Capitalised words that are also names of small places, but in news mostly are not.
NOT_PLACE_NAMES = {"Congress", "Parliament", "Senate", "Mass", "Easter", "Church", "University", "Court",
                   "Centre", "Center", "Metro", "God", "Christ", "Bible", "Gospel", "Exodus", "Genesis",
                   "States", "State", "Union", "Republic", "Kingdom", "Empire", "Capitol", "Miss",
                   "West", "East", "North", "South", "Valley", "Grand", "Enterprise"}  # the West, not West, Texas
# Last words of the names of buildings and venues, which the model often calls organisations.
FACILITIES = {"church", "cathedral", "chapel", "mosque", "temple", "synagogue", "library", "hospital", "school",
              "academy", "stadium", "arena", "airport", "hotel", "theatre", "theater", "museum", "park",
              "plantation", "hall", "palace", "castle", "tower", "mall", "station", "courthouse", "prison",
              "jail", "bridge", "racecourse", "square", "street", "avenue", "road", "boulevard", "centre",
              "center", "village", "inn", "complex", "campus", "base", "estate", "armory", "barracks",
              "harbour", "harbor", "cemetery", "graveyard", "zoo", "gardens", "beach", "pier", "monument",
              "memorial", "racetrack", "circuit", "speedway", "ballpark"}
# Words after a place name that make a street or a county named after it, which lies elsewhere:
# "Hampton Avenue", "Orange County" (placed at the article's main place).
ROUTE_WORDS = {"street", "st", "avenue", "ave", "road", "rd", "drive", "boulevard", "blvd", "lane", "highway",
               "parkway", "expressway", "freeway", "terrace", "crescent"}
COUNTY_WORDS = {"county", "township", "parish", "borough"}
# Words after a place name that make a building or feature in or beside it: "Manila Cathedral",
# "Seoul Central District Court" (placed at the place).
SITE_WORDS = (FACILITIES - ROUTE_WORDS - {"village", "base", "estate", "park", "square", "gardens", "centre", "center"}) | {
    "university", "college", "court", "cathedral", "basilica", "river", "hospital", "airport", "port", "harbour"}
# British and Irish road numbers: "the A417", "via the A436, A40 and A429", "the M25 motorway".
ROAD_NUMBER = re.compile(r"[AMN][1-9][0-9]{0,3}(?:\(M\))?")
ROAD_BEFORE = {"the", "via", "onto", "along", "off"}
ROAD_AFTER = {"southbound", "northbound", "eastbound", "westbound", "motorway", "carriageway", "junction", "road"}
NOT_ROADS = {"A220", "A300", "A310", "A318", "A319", "A320", "A321", "A330", "A340", "A350", "A380", "A400",
             "M1A1", "M4", "M16", "M60", "N95"}  # aircraft, rifles, masks
CAMPUSES = {"university", "college", "polytechnic"}
MIDLINE_DATELINE_NEXT = {"(", "\u2014", "\u2013", "--"}
DATELINE_NEXT = {",", "(", "\u2014", "\u2013", "-", "--", ":"}
STRONG_CITY_POPULATION = 100_000
STRONG_PERSON_CITY_POPULATION = 300_000
PROMINENT_CITY_POPULATION = 500_000
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
    suffix: str = ""  # "landmark" or "county": a place name plus a feature word, its own place


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
    return start, end


def make(doc: Doc, start: int, end: int, source: str, label: str, hits: list[Hit]) -> Candidate:
    span = doc[start:end]
    return Candidate(start, end, span.start_char, span.end_char, span.text, source, label, hits)


def suffix_kind(word: str) -> str:
    word = word.lower().rstrip(".")
    if word in ROUTE_WORDS:
        return "route"
    if word in COUNTY_WORDS:
        return "county"
    return "landmark" if word in SITE_WORDS else ""


def with_suffix(doc: Doc, cand: Candidate) -> Candidate:
    """"Hampton Avenue", "Orange County", "Manila Cathedral": the place name and the capitalised
    feature word after it, one place of its own."""
    end = cand.end
    if end >= len(doc) or not doc[end].text[:1].isupper() or cand.suffix:
        return cand
    kind = suffix_kind(doc[end].text)
    if not kind or (doc[end].lower_.startswith("st") and end + 1 < len(doc) and doc[end + 1].is_title):
        return cand  # "St." before a name is "Saint"
    # a small town's name on a building is likelier a person's ("Loyola University"): put it at the main place
    keep = kind == "county" or (kind == "landmark" and any(is_strong(h) for h in cand.hits))
    out = make(doc, cand.start, end + 1, cand.source, cand.label, cand.hits if keep else [])
    out.suffix = "county" if kind == "county" else "landmark"
    return out


def split_possessive(doc: Doc, gaz: Gazetteer, start: int, end: int) -> list[tuple[int, int]]:
    """"Harare's Third Street": two places, the owner and a street or building of it."""
    for i in range(start + 1, end - 1):
        if doc[i].lower_ in ("'s", "\u2019s"):
            if gaz.lookup(doc[start:i].text) and suffix_kind(doc[end - 1].text):
                return [(start, i), (i + 1, end)]
            break
    return [(start, end)]


def is_demonym(text: str) -> bool:
    return country_by_demonym(text) is not None and country_by_name(text) is None


def is_embedded(doc: Doc, start: int, end: int) -> bool:
    """The name is part of the name of something else: "the Paris agreement", "the Houston Rockets",
    "the Washington Post", "the University of Alberta"."""
    for token in doc[end:end + 2]:
        if token.lower_ in EMBEDDING_NEXT:
            return True
        if token.pos_ not in ("NOUN", "ADJ"):
            break
    if end < len(doc) and doc[end].text in NAME_TAILS:
        return True
    if end < len(doc) and doc[end].is_title and doc[end].ent_type_ in ("ORG", "PRODUCT", "WORK_OF_ART", "EVENT"):
        return True  # the model saw a name going on past ours
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].text in NAME_HEADS


def from_entities(doc: Doc, gaz: Gazetteer) -> Iterable[Candidate]:
    for ent in doc.ents:
        for start, end in split_possessive(doc, gaz, ent.start, ent.end):
            yield from entity_candidates(doc, gaz, ent, *trim(doc, start, end))


def entity_candidates(doc: Doc, gaz: Gazetteer, ent: Span, start: int, end: int) -> Iterable[Candidate]:
    if start >= end:
        return
    text = doc[start:end].text
    if text.islower() or text in NOT_PLACE_NAMES:
        return
    hits = gaz.lookup(text)
    if ent.label_ in PLACE_LABELS:
        if not hits and text.isupper():
            return
        # one unknown word is more often a person or a brand the model took for a place
        yield make(doc, start, end, "weak" if not hits and end - start == 1 else "ner", ent.label_, hits)
    elif ent.label_ in ("ORG", "PERSON") and not hits and end - start > 1 and is_building(doc[start:end]):
        # "Holy Redeemer Church", "Colorado State University": a building, placed at the place it names,
        # else at the article's main place
        building = make(doc, start, end, "ner", "FAC", place_inside(doc, gaz, start, end))
        building.suffix = "landmark"
        yield building
    elif ent.label_ in VENUE_LABELS and not hits and at_a_venue(doc, start) and doc[end - 1].lower_ not in NOT_VENUES:
        # "a class at Whole Foods", "studying at the Guildhall School of Music": a venue
        venue = make(doc, start, end, "ner", "FAC", place_inside(doc, gaz, start, end))
        venue.suffix = "landmark"
        yield venue
    elif ent.label_ in MISLABELS and ent.label_ != "NORP" and hits and not after_title(doc, start):
        source = "mislabel" if surely_a_place(hits, ent.label_) else "weak"
        yield make(doc, start, end, source, ent.label_, hits)


VENUE_LABELS = {"ORG", "FAC", "EVENT"}
# Last words of the names of bodies that meet anywhere, not venues: "at the Football Association".
NOT_VENUES = {"association", "associations", "federation", "analytics", "people", "peoples", "parade", "committee",
              "commission", "party", "parties", "movement", "coalition", "alliance", "network", "inc", "ltd", "llc"}


def at_a_venue(doc: Doc, start: int) -> bool:
    """After "at" (or "at the"): a place where something happens."""
    i = previous_word(doc, start)
    return i >= 0 and doc[i].lower_ == "at" and doc[start].is_title


def place_inside(doc: Doc, gaz: Gazetteer, start: int, end: int) -> list[Hit]:
    """The readings of the longest strong place name inside a building's name."""
    for size in range(min(3, end - start - 1), 0, -1):
        for i in range(start, end - size + 1):
            if not doc[i].is_title:
                continue
            hits = [h for h in gaz.lookup(doc[i:i + size].text) if is_strong(h) and h.place.kind != "continent"]
            if hits:
                return hits
    return []


def is_building(span: Span) -> bool:
    """"Carnegie Library", "Florida Atlantic University", "University of Utah": a building or campus."""
    return span[-1].lower_ in FACILITIES or span[-1].lower_ in CAMPUSES or (
        span[0].lower_ in CAMPUSES and len(span) > 2 and span[1].lower_ == "of")


def surely_a_place(hits: list[Hit], label: str) -> bool:
    """Whether a name the model gave another type is a place anyway ("Vladivostok" as a PERSON)."""
    own = [h for h in hits if h.main or h.place.curated]  # not an alternate name ("Roma" the club)
    if label != "PERSON":
        return any(is_strong(h) for h in own)
    # a person named like a town is likelier than the reverse
    return any(is_strong(h) and (h.place.kind not in ("city", "town") or h.place.curated
                                 or h.place.population >= STRONG_PERSON_CITY_POPULATION) for h in own)


def after_title(doc: Doc, start: int) -> bool:
    """After "Mr." or "Miss": a person."""
    return start > 0 and doc[start - 1].lower_.rstrip(".") in PERSON_TITLES


@dataclass(frozen=True, slots=True)
class Word:
    """What the gazetteer scan needs of a token, read once (spaCy builds a Token on every access)."""

    text: str
    lower: str
    idx: int
    cap: bool
    upper: bool
    alpha: bool
    punct: bool
    propn: bool
    line_start: bool


def words_of(doc: Doc, text: str) -> list[Word]:
    """The words of ``doc`` from its attribute arrays: creating spaCy Tokens one by one is slow."""
    if len(doc) == 0:
        return []
    rows = doc.to_array([IDX, LENGTH, LOWER, IS_UPPER, IS_ALPHA, IS_PUNCT, POS])
    strings = doc.vocab.strings
    words = []
    previous_idx = 0
    for idx, length, lower, upper, alpha, punct, pos in rows.tolist():
        word = text[idx:idx + length]
        cap = word[:1].isupper() and any(ch.isalpha() for ch in word)
        line_start = idx == 0 or "\n" in text[previous_idx:idx]
        words.append(Word(word, strings[lower], idx, cap, bool(upper), bool(alpha), bool(punct), pos == PROPN,
                          line_start))
        previous_idx = idx
    return words


def ngram_ok(words: list[Word]) -> bool:
    """A plausible name: capitalised first and last words (or a generic tail), a proper noun in it."""
    first, last = words[0], words[-1]
    if not first.cap:
        return False
    if not (last.cap or (len(words) > 1 and last.lower in GENERIC_TAILS)):
        return False
    for word in words[1:-1]:
        if not (word.cap or word.lower in CONNECTORS or word.lower in GENERIC_TAILS):
            return False
    if len(words) == 1 and len(first.text) <= 3 and not first.upper:
        return False
    return last.lower in GENERIC_TAILS or any(w.propn for w in words)


def is_dateline(words: list[Word], following: Word | None) -> bool:
    """"WASHINGTON (AP) -", "ST. LOUIS, Mo. -": capitals opening a line, then a comma, bracket or dash;
    mid-line, capitals then a dash or a bracket ("Associated Press WASHINGTON (AP) -", ". IMMOKALEE -");
    "SAN ANTONIO Turner analyst...": two or more capitalised words opening a line."""
    if following is None or not all(w.upper or w.punct for w in words) or not any(w.alpha for w in words):
        return False
    if not words[0].line_start:
        return following.text in MIDLINE_DATELINE_NEXT and sum(len(w.text) for w in words) >= 4
    return following.text in DATELINE_NEXT or (len(words) >= 2 and following.cap and not following.upper)


def from_gazetteer(doc: Doc, words: list[Word], text: str, gaz: Gazetteer) -> Iterable[Candidate]:
    """Longest gazetteer names over capitalised token runs; a weak reading (a small town) is marked
    "weak", to be kept only after a locative cue."""
    n = len(words)
    i = 0
    while i < n:
        if not words[i].cap or words[i].lower == "the":
            i += 1
            continue
        found = None
        for size in range(min(MAX_NGRAM, n - i), 0, -1):
            run = words[i:i + size]
            dateline = is_dateline(run, words[i + size] if i + size < n else None)
            if not (dateline or ngram_ok(run)):
                continue
            name = text[run[0].idx:run[-1].idx + len(run[-1].text)]
            if "\n" in name or name in NOT_PLACE_NAMES:
                continue
            hits = gaz.lookup(name)
            if hits:
                strong = dateline or any(is_strong(h) for h in hits)
                # a dateline is a place whatever the model called it
                found = make(doc, i, i + size, "gazetteer" if strong else "weak", "GPE" if dateline else "", hits)
                break
        if found is not None:
            yield found
            i = found.end
        else:
            i += 1


def road_numbers(doc: Doc, words: list[Word]) -> Iterable[Candidate]:
    """Numbered roads, placed at the article's main place."""
    listed = -2
    for i, word in enumerate(words):
        if not word.text[:1] in "AMN" or word.text in NOT_ROADS or not ROAD_NUMBER.fullmatch(word.text):
            continue
        before = words[i - 1].lower if i else ""
        after = words[i + 1].lower if i + 1 < len(words) else ""
        in_list = before in (",", "and", "or") and listed >= i - 3
        if before in ROAD_BEFORE or after in ROAD_AFTER or in_list:
            listed = i
            road = make(doc, i, i + 1, "ner", "FAC", [])
            road.suffix = "landmark"
            yield road


CALENDAR_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                  "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                  "sunday", "today", "tonight", "christmas", "easter", "ramadan", "eid"}


def mistaken_for_a_number(doc: Doc, cand: Candidate) -> bool:
    """"in Manbij" tagged DATE: the model's DATE/TIME/... entity is exactly a place name, with no
    digit nor calendar word in it."""
    first, last = doc[cand.start], doc[cand.end - 1]
    whole = first.ent_iob_ == "B" and (cand.end >= len(doc) or doc[cand.end].ent_iob_ != "I")
    return whole and not any(t.like_num or t.lower_ in CALENDAR_WORDS for t in doc[cand.start:cand.end]) \
        and last.ent_type_ == first.ent_type_


def inside_other_name(doc: Doc, cand: Candidate) -> bool:
    """Part of a longer entity that is not a place ("Washington" in "Washington Post")."""
    for token in doc[cand.start:cand.end]:
        if token.ent_type_ in NOT_PLACES and not mistaken_for_a_number(doc, cand):
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
    used: set[int] = set()  # token indices taken
    for cand in ranked:
        tokens = range(cand.start, cand.end)
        if not any(i in used for i in tokens):
            chosen.append(cand)
            used.update(tokens)
    return sorted(chosen, key=lambda c: c.start)


def blocked_spans(leaders: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Character spans of mentions of known leaders (a person, never a place)."""
    spans = []
    for leader in leaders:
        if leader.get("country_code"):
            spans.extend((m["start"], m["end"]) for m in leader.get("mentions", []))
    return spans


def repeated(doc: Doc, words: list[Word], found: list[Candidate]) -> Iterable[Candidate]:
    """Other occurrences of the names found, which the model missed there ("Royal Street" twice).
    One pass over the words, keyed by each name's first word."""
    by_first: dict[str, list[tuple[tuple[str, ...], Candidate]]] = {}
    for c in found:
        if c.source != "weak" and len(c.text) >= 3 and c.text[:1].isupper() and (c.hits or c.end - c.start > 1):
            seq = tuple(w.text for w in words[c.start:c.end])
            by_first.setdefault(seq[0], []).append((seq, c))
    taken = {c.start for c in found}
    for i, word in enumerate(words):
        if word.text not in by_first or i in taken:
            continue
        for seq, model in sorted(by_first[word.text], key=lambda pair: -len(pair[0])):
            if tuple(w.text for w in words[i:i + len(seq)]) == seq:
                again = make(doc, i, i + len(seq), "repeat", model.label, model.hits)
                again.suffix = model.suffix
                yield again
                break


def state_abbreviation_out_of_place(doc: Doc, cand: Candidate) -> bool:
    """"Calif.", "Pa." name a state only after a town and a comma or bracket ("Franklin, Tenn.",
    "Walker County (Ga.)"); a bare "Pa" or "Ark" is a word. Dotted initials ("N.J.", "B.C.") are safe."""
    if not cand.hits or not all(h.place.kind == "admin1" and not h.main for h in cand.hits):
        return False
    text = cand.text
    if len(text.replace(".", "")) > 4 or text.count(".") >= 2 or (text.isupper() and "." not in text):
        return False  # a full alternate name ("Bayern"), dotted initials, or a postal code such as "BC"
    return not (text.endswith(".") and cand.start > 0 and doc[cand.start - 1].text in (",", "("))


def tail_of_a_longer_name(doc: Doc, cand: Candidate) -> bool:
    """One word after a capitalised word that is not a place nor a qualifier: "Boa Vista" is not
    Vista, "Paddock Hill Bend" is not Bend, but "Lower Manhattan" is Manhattan."""
    if cand.end - cand.start != 1 or cand.start == 0:
        return False
    before = doc[cand.start - 1]
    if not before.is_title or before.is_sent_start or before.is_stop or before.ent_type_ in PLACE_LABELS:
        return False  # "In D.C.", "After Paris" in a headline
    return before.lower_ not in QUALIFIERS and before.lower_.rstrip(".") not in PERSON_TITLES


def acceptable(doc: Doc, cand: Candidate, blocked: list[tuple[int, int]]) -> bool:
    if cand.source != "ner" and inside_other_name(doc, cand):
        return False
    if tail_of_a_longer_name(doc, cand):
        return False
    if is_demonym(cand.text) or is_embedded(doc, cand.start, cand.end) or state_abbreviation_out_of_place(doc, cand):
        return False
    return not any(s < cand.end_char and cand.start_char < e for s, e in blocked)


def previous_word(doc: Doc, start: int) -> int:
    """The index of the word before ``start``, over a "the"."""
    i = start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i


def qualified(doc: Doc, cand: Candidate, by_start: dict[int, Candidate]) -> bool:
    """"Croft, Yorkshire", "Bowling Green, Kentucky": a town, a comma, then its state or country."""
    after = by_start.get(cand.end + 1)
    if after is None or cand.end >= len(doc) or doc[cand.end].text != ",":
        return False
    areas = {h.place.country_code for h in after.hits if h.place.kind in ("admin1", "country", "region")}
    return any(h.place.country_code in areas for h in cand.hits)


AREA_KINDS = {"admin1", "region", "country"}
MAX_UNKNOWN_WORDS = 3


def before_an_area(doc: Doc, strong: list[Candidate], people: set[str]) -> Iterable[Candidate]:
    """A proper name the gazetteer lacks, then a comma and a state, county or country: "Thruxton,
    Hampshire", "Estey's Bridge, N.B.", a place in that area."""
    for area in strong:
        j = area.start - 1
        if j < 1 or doc[j].text != "," or not any(h.place.kind in AREA_KINDS for h in area.hits):
            continue
        k = j
        while k > 0 and j - k < MAX_UNKNOWN_WORDS and doc[k - 1].is_title and doc[k - 1].pos_ == "PROPN" \
                and doc[k - 1].ent_type_ != "PERSON" and doc[k - 1].text not in people:
            k -= 1
        if k < j and not after_title(doc, k) and not doc[k:j].text in NOT_PLACE_NAMES:
            yield make(doc, k, j, "ner", "", [])


def supported(doc: Doc, weak: list[Candidate], strong: list[Candidate]) -> list[Candidate]:
    """Weak readings taken after a locative word, or in a list after a place ("Zilina, Nitra and Presov")."""
    ends = {c.end for c in strong}
    by_start = {c.start: c for c in strong}
    kept: list[Candidate] = []
    for cand in sorted(weak, key=lambda c: c.start):
        if any(overlaps(cand, c) for c in strong) or any(overlaps(cand, c) for c in kept):
            continue
        if qualified(doc, cand, by_start):
            kept.append(cand)
            ends.add(cand.end)
            continue
        i = previous_word(doc, cand.start)
        if i < 0:
            continue
        listed = doc[i].lower_ in LIST_JOINERS and (i in ends or (i >= 1 and doc[i - 1].text == "," and i - 1 in ends))
        moved_to = doc[i].lower_ == "to" and i >= 1 and doc[i - 1].lemma_.lower() in MOTION
        # "the town of X", "Ms Abdhou, of Hayes,"
        town_of = doc[i].lower_ == "of" and i >= 1 and (doc[i - 1].lower_ in PLACE_NOUNS or doc[i - 1].text == ",")
        from_to = doc[i].lower_ == "to" and any(t.lower_ == "from" for t in doc[max(0, i - 6):i])
        if doc[i].lower_ in LOCATIVE or listed or moved_to or town_of or from_to:
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


def person_names(doc: Doc, words: list[Word]) -> set[str]:
    """Surnames of the article's full person names, and words after a title: "Sutton" once
    "Ashley Sutton" or "Mr. Sutton" appears is the person throughout."""
    names = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].is_title:
            names.add(ent[-1].text)
    for before, word in zip(words, words[1:]):
        if word.cap and before.lower.rstrip(".") in PERSON_TITLES:
            names.add(word.text)
    return names


def person_words(doc: Doc) -> set[str]:
    """The words of the article's PERSON entities."""
    return {t.text for ent in doc.ents if ent.label_ == "PERSON" for t in ent if t.is_title}


def unlikely_unknown_place(doc: Doc, cand: Candidate, people: set[str]) -> bool:
    """A name the gazetteer lacks that reads as something else: a time ("11:11pm PDT"), a feast
    ("Easter Vigil"), or a person named elsewhere in the article ("Helen Kunz")."""
    if cand.hits or cand.suffix:
        return False
    tokens = doc[cand.start:cand.end]
    if tokens[-1].lower_ in FACILITIES or tokens[-1].lower_ in ROUTE_WORDS:
        return False
    if any(t.like_num for t in tokens) or tokens[0].lower_ in CALENDAR_WORDS:
        return True
    words = [t.text for t in tokens if t.is_alpha]
    return bool(words) and all(w in people for w in words)


def is_prominent(hit: Hit) -> bool:
    """A country, state, area or big city: not a town that may share a person's name."""
    return hit.place.kind not in ("city", "town") or hit.place.population >= PROMINENT_CITY_POPULATION


def find_candidates(doc: Doc, text: str, gaz: Gazetteer, leaders: list[dict[str, Any]]) -> list[Candidate]:
    """Place mentions, plus context-only clues (``context_only``), in text order."""
    blocked = blocked_spans(leaders)
    words = words_of(doc, text)
    every = [with_suffix(doc, c) for c in (*from_entities(doc, gaz), *from_gazetteer(doc, words, text, gaz))]
    every.extend(road_numbers(doc, words))
    cands = [c for c in every if acceptable(doc, c, blocked)]
    strong = select([c for c in cands if c.source != "weak"])
    found = select(strong + supported(doc, [c for c in cands if c.source == "weak"], strong))
    again = [c for c in repeated(doc, words, found) if acceptable(doc, c, blocked)]
    found = select(found + again) if again else found
    people = person_names(doc, words)
    named = person_words(doc)
    unknown = [c for c in before_an_area(doc, found, people | named) if acceptable(doc, c, blocked)]
    found = select(found + unknown) if unknown else found
    found = [c for c in found if not (c.text in people and not any(is_prominent(h) for h in c.hits))]
    found = [c for c in found if not unlikely_unknown_place(doc, c, named)]
    hints = [c for c in clues(doc, every, blocked) if not any(overlaps(c, f) for f in found)]
    return sorted(found + hints, key=lambda c: c.start)
