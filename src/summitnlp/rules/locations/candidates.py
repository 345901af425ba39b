"""Candidate place spans: the model's GPE/LOC/FAC entities, places the model mislabelled, and
gazetteer names the model missed ("the Korean peninsula"), minus names inside other names."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import repeat
from typing import Any, Iterable, NamedTuple

import numpy

from spacy.attrs import IDX, ORTH, POS, SPACY
from spacy.parts_of_speech import ADJ, NOUN, PROPN
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from ...caches import look_up_all, word_cache
from ..countries import country_by_demonym, country_by_name
from ..quotes.columns import as_strings
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
                   "West", "East", "North", "South", "Valley", "Grand", "Enterprise",  # the West, not West, Texas
                   # parliaments, which the model often calls places
                   "Verkhovna Rada", "Rada", "Knesset", "Duma", "State Duma", "Bundestag", "Bundesrat", "Sejm",
                   "Majlis", "Storting", "Riksdag", "Folketing", "Althing", "Dail", "Dáil", "Oireachtas", "Seanad",
                   "Lok Sabha", "Rajya Sabha", "Assembly"}
# Last words of the names of buildings and venues, which the model often calls organisations.
FACILITIES = {"church", "cathedral", "chapel", "mosque", "temple", "synagogue", "library", "hospital", "school",
              "academy", "stadium", "arena", "airport", "hotel", "theatre", "theater", "museum", "park",
              "plantation", "hall", "palace", "castle", "tower", "mall", "station", "courthouse", "prison",
              "jail", "bridge", "racecourse", "square", "street", "avenue", "road", "boulevard", "centre",
              "center", "village", "inn", "complex", "campus", "base", "estate", "armory", "barracks",
              "harbour", "harbor", "cemetery", "graveyard", "zoo", "gardens", "beach", "pier", "monument",
              "memorial", "racetrack", "circuit", "speedway", "ballpark", "lagoon", "farm", "farms", "elementary"}
# Words after a place name that make a street or a county named after it, which lies elsewhere:
# "Hampton Avenue", "Orange County" (placed at the article's main place).
ROUTE_WORDS = {"street", "st", "avenue", "ave", "road", "rd", "drive", "boulevard", "blvd", "lane", "highway",
               "parkway", "expressway", "freeway", "terrace", "crescent"}
COUNTY_WORDS = {"county", "township", "parish", "borough"}
# Words after a place name that make a building or feature in or beside it: "Manila Cathedral",
# "Busan District Court" (placed at the place).
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
# Words before a person's name: "his daughter Florence"; before a storm's: "Hurricane Florence".
KINSHIP_WORDS = {"wife", "husband", "girlfriend", "boyfriend", "fiancee", "fiancée", "fiance", "fiancé", "partner",
               "daughter", "daughters", "son", "sons", "mother", "mom", "mum", "dad", "baby", "cousin", "uncle", "aunt",
               "nephew", "niece", "grandson", "granddaughter", "grandmother", "grandfather", "stepson", "stepdaughter"}
STORM_WORDS = {"hurricane", "typhoon", "cyclone", "storm"}
MAX_NGRAM = 5
# Capitalised words after a place name that leave it the place ("Kabul Province", "Moscow Region").
PLACE_WORDS_AFTER = GENERIC_TAILS | {"city", "county", "district", "oblast", "krai", "governorate", "prefecture",
                                     "municipality", "area", "metro", "township", "parish", "borough"}
POSSESSIVES = {"'s", "\u2019s"}


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
    dateline: bool = False  # "WASHINGTON (AP) -": a place whatever the words around it
    named: bool = False  # a place noun calls it a place ("the town of X"), whatever the model and the article say


def is_strong(hit: Hit) -> bool:
    """A reading news rarely uses for anything but the place: not a small town's name."""
    place = hit.place
    if place.kind in ("city", "town") and not place.curated:
        return place.population >= STRONG_CITY_POPULATION
    return True


def trim(words: list[Word], start: int, end: int) -> tuple[int, int]:
    """Drop a leading "the" and trailing possessive or punctuation tokens."""
    while start < end and (words[start].lower == "the" or words[start].punct or words[start].space):
        start += 1
    while end > start and (words[end - 1].lower in ("'s", "\u2019s", "'", "\u2019") or words[end - 1].punct
                           or words[end - 1].space):
        end -= 1
    return start, end


def make(doc: Doc, start: int, end: int, source: str, label: str, hits: list[Hit]) -> Candidate:
    span = doc[start:end]
    return Candidate(start, end, span.start_char, span.end_char, span.text, source, label, hits)


def end_char(words: list[Word], i: int) -> int:
    """Character offset just after word ``i`` (its whitespace not included)."""
    return words[i].idx + len(words[i].text)


def make_from(words: list[Word], text: str, start: int, end: int, source: str, label: str,
              hits: list[Hit]) -> Candidate:
    """:func:`make` from the words (``start < end``), without building a Span."""
    start_char, stop = words[start].idx, end_char(words, end - 1)
    return Candidate(start, end, start_char, stop, text[start_char:stop], source, label, hits)


def suffix_kind(word: str) -> str:
    word = word.lower().rstrip(".")
    if word in ROUTE_WORDS:
        return "route"
    if word in COUNTY_WORDS:
        return "county"
    return "landmark" if word in SITE_WORDS else ""


def with_suffix(words: list[Word], text: str, cand: Candidate) -> Candidate:
    """"Hampton Avenue", "Orange County", "Manila Cathedral": the place name and the capitalised
    feature word after it, one place of its own."""
    end = cand.end
    if end >= len(words) or not words[end].text[:1].isupper() or cand.suffix:
        return cand
    kind = suffix_kind(words[end].text)
    if not kind or (words[end].lower.startswith("st") and end + 1 < len(words) and words[end + 1].title):
        return cand  # "St." before a name is "Saint"
    # a small town's name on a building is likelier a person's ("Loyola University"): put it at the main place
    keep = kind == "county" or (kind == "landmark" and any(is_strong(h) for h in cand.hits))
    out = make_from(words, text, cand.start, end + 1, cand.source, cand.label, cand.hits if keep else [])
    out.suffix = "county" if kind == "county" else "landmark"
    return out


def split_possessive(doc: Doc, words: list[Word], gaz: Gazetteer, start: int, end: int) -> list[tuple[int, int]]:
    """"Lusaka's Cairo Road": two places, the owner and a street or building of it."""
    for i in range(start + 1, end - 2):  # a name after the possessive: not "Parker's Farm"
        if words[i].lower in POSSESSIVES:
            if gaz.lookup(doc[start:i].text) and suffix_kind(words[end - 1].text):
                return [(start, i), (i + 1, end)]
            break
    return [(start, end)]


def is_demonym(text: str) -> bool:
    return country_by_demonym(text) is not None and country_by_name(text) is None


def is_embedded(doc: Doc, words: list[Word], start: int, end: int, dateline: bool = False) -> bool:
    """The name is part of the name of something else: "the Paris agreement", "the Houston Rockets",
    "the Washington Post", "the University of Alberta". A dateline ("PHOENIX Fox Sports
    reporter...") runs into whatever name opens the story."""
    for word in words[end:end + 2]:
        if word.lower in EMBEDDING_NEXT:
            return True
        if word.pos not in (NOUN, ADJ):
            break
    if dateline:
        return False
    if end < len(words) and words[end].text in NAME_TAILS:
        return True
    if end < len(words) and words[end].title and doc[end].ent_type_ in ("ORG", "PRODUCT", "WORK_OF_ART", "EVENT"):
        return True  # the model saw a name going on past ours
    return start >= 2 and words[start - 1].lower == "of" and words[start - 2].text in NAME_HEADS


Entity = tuple[int, int, str]  # an entity's token start and end, its label


def entities_of(doc: Doc) -> list[Entity]:
    """The model's entities, read once (``doc.ents`` builds its Spans on every access)."""
    return [(ent.start, ent.end, ent.label_) for ent in doc.ents]


def from_entities(doc: Doc, words: list[Word], doc_text: str, ents: list[Entity],
                  gaz: Gazetteer) -> Iterable[Candidate]:
    for ent_start, ent_end, label in ents:
        for start, end in split_possessive(doc, words, gaz, ent_start, ent_end):
            yield from entity_candidates(doc, words, doc_text, gaz, label, *trim(words, start, end))


def entity_candidates(doc: Doc, words: list[Word], doc_text: str, gaz: Gazetteer, label: str, start: int,
                      end: int) -> Iterable[Candidate]:
    if start >= end:
        return
    text = doc_text[words[start].idx:end_char(words, end - 1)]
    if text.islower() or text in NOT_PLACE_NAMES:
        return
    hits = gaz.lookup(text)
    if not hits and end - start > 1 and words[start].text in CLUB_PREFIXES \
            and gaz.lookup(doc_text[words[start + 1].idx:end_char(words, end - 1)]):
        return  # "Bayern Munich", "Real Madrid": a club
    if label in PLACE_LABELS:
        if not hits and text.isupper():
            return
        # one unknown word is more often a person or a brand the model took for a place
        yield make_from(words, doc_text, start, end, "weak" if not hits and end - start == 1 else "ner", label, hits)
    elif label in ("ORG", "PERSON") and not hits and end - start > 1 and is_building(doc[start:end]):
        # "Holy Trinity Church", "Ohio State University": a building, placed at the place it names,
        # else at the article's main place
        building = make(doc, start, end, "ner", "FAC", place_inside(doc, gaz, start, end))
        building.suffix = "landmark"
        yield building
    elif label in VENUE_LABELS and not hits and end - start > 1 and at_a_venue(doc, start) \
            and words[end - 1].lower not in NOT_VENUES and words[start].lower not in NOT_VENUE_OPENERS:
        # one word after "at" is more often a firm ("at Wedbush")
        # "a class at Trader Joe's", "studying at the Royal College of Music": a venue
        venue = make(doc, start, end, "ner", "FAC", place_inside(doc, gaz, start, end))
        venue.suffix = "landmark"
        yield venue
    elif label in MISLABELS and label != "NORP" and hits and not after_title(doc, start):
        source = "mislabel" if surely_a_place(hits, label) else "weak"
        yield make_from(words, doc_text, start, end, source, label, hits)


VENUE_LABELS = {"ORG", "FAC", "EVENT"}
# Last words of the names of bodies that meet anywhere, not venues: "at the Football Association".
NOT_VENUES = {"association", "associations", "federation", "analytics", "people", "peoples", "parade", "committee",
              "commission", "party", "parties", "movement", "coalition", "alliance", "network", "inc", "ltd", "llc"}


# First words of airlines and broadcasters, which "at" does not make venues: "at Air Zimbabwe".
NOT_VENUE_OPENERS = {"air", "radio"}


def at_a_venue(doc: Doc, start: int) -> bool:
    """After "at" (or "at the"): a place where something happens."""
    i = previous_word(doc, start)
    return i >= 0 and doc[i].lower_ == "at" and doc[start].is_title


OWNER_NEXT = COUNTY_WORDS | POSSESSIVES


def place_inside(doc: Doc, gaz: Gazetteer, start: int, end: int) -> list[Hit]:
    """The readings of the longest strong place name inside a building's name."""
    tokens = [(t.text, t.is_title, t.lower_) for t in doc[start:end]]  # read once: Token access is slow
    n = len(tokens)
    for size in range(min(3, n - 1), 0, -1):
        for i in range(n - size + 1):
            if not tokens[i][1] or (i + size < n and tokens[i + size][2] in OWNER_NEXT):
                continue  # "Montgomery County Heritage Center" is not in Montgomery, nor "Parker's Farm" in Parker
            name = " ".join(text for text, _, _ in tokens[i:i + size])
            hits = [h for h in gaz.lookup(name) if is_strong(h) and h.place.kind != "continent"]
            if hits:
                return hits
    return []


def is_building(span: Span) -> bool:
    """"Carnegie Library", "Florida Atlantic University", "University of Utah": a building or campus."""
    return span[-1].lower_ in FACILITIES or span[-1].lower_ in CAMPUSES or (
        span[0].lower_ in CAMPUSES and len(span) > 2 and span[1].lower_ == "of")


ALIAS_CITY_POPULATION = 1_000_000


def well_known_alias(hit: Hit, label: str) -> bool:
    """An alternate name that still surely names the place: a country's ("UAE", "Burma", not as a
    person: "Holland"), or a great city's that the model took for a person ("Kiev"). Other alternate
    names are often a club's or a firm's ("Roma", "Bayern")."""
    place = hit.place
    if place.kind == "country":
        return label != "PERSON"
    return label == "PERSON" and place.kind == "city" and place.population >= ALIAS_CITY_POPULATION


def surely_a_place(hits: list[Hit], label: str) -> bool:
    """Whether a name the model gave another type is a place anyway ("Vladivostok" as a PERSON)."""
    own = [h for h in hits if h.main or h.place.curated or well_known_alias(h, label)]
    if label != "PERSON":
        return any(is_strong(h) for h in own)
    # a person named like a town is likelier than the reverse
    return any(is_strong(h) and (h.place.kind not in ("city", "town") or h.place.curated
                                 or h.place.population >= STRONG_PERSON_CITY_POPULATION) for h in own)


# Nouns a firm's name follows: "salvage firm Ocean Venture", "the retailer Zenith".
FIRM_NOUNS = {"firm", "company", "startup", "start-up", "retailer", "brand", "maker", "carrier", "airline", "bank",
              "supermarket", "chain", "developer", "insurer", "lender", "broker", "group", "conglomerate", "publisher"}


# Nouns a firm's name modifies or owns: "the Acme employee", "Mesa shareholders"; and, owned only,
# "Mango's headquarters" (but "its Battle Creek headquarters" is in Battle Creek).
FIRM_HEADS = {"employee", "employees", "shares", "shareholders", "stock", "ceo", "founder", "customers", "shoppers"}
OWNED_FIRM_HEADS = FIRM_HEADS | {"headquarters", "stores", "products"}


def named_as_a_firm(doc: Doc, cand: Candidate) -> bool:
    """"salvage firm Ocean Venture": a company's name; every mention of it is the company."""
    return not cand.suffix and cand.start > 0 and doc[cand.start - 1].lower_ in FIRM_NOUNS


def owns_firm_things(doc: Doc, cand: Candidate) -> bool:
    """"Mango's headquarters", "the Acme employee": a company's name here (a small town's name only)."""
    if cand.suffix or cand.named or any(is_prominent(h) for h in cand.hits) \
            or doc[cand.end - 1].lower_ in COUNTY_WORDS:
        return False
    root = doc[cand.start:cand.end].root
    return (root.dep_ == "poss" and root.head.lower_ in OWNED_FIRM_HEADS) or \
        (root.dep_ == "compound" and root.head.lower_ in FIRM_HEADS)


def a_transit_line(doc: Doc, cand: Candidate) -> bool:
    """"the Orange line", "the Red Line": a metro line, named like a town or not."""
    return cand.end < len(doc) and doc[cand.end].lower_ == "line" or doc[cand.end - 1].text == "Line"


def in_a_title(doc: Doc, cand: Candidate) -> bool:
    """A small town's name as a word of a title: "Bring Me The Luck"."""
    if cand.start == 0 or cand.end - cand.start != 1 or cand.suffix or cand.named or cand.dateline \
            or any(is_prominent(h) for h in cand.hits):
        return False
    before = doc[cand.start - 1]
    return before.text == "The" and not before.is_sent_start and before.ent_type_ not in PLACE_LABELS


def named_for_a_person(doc: Doc, cand: Candidate) -> bool:
    """"his daughter Florence", "Hurricane Maria": a person's or a storm's name, not the town."""
    if cand.start == 0 or cand.suffix or cand.named:
        return False
    before = doc[cand.start - 1].lower_
    return before in STORM_WORDS or (before in KINSHIP_WORDS and not any(is_prominent(h) for h in cand.hits))


def after_title(doc: Doc, start: int) -> bool:
    """After "Mr." or "Miss": a person."""
    return start > 0 and doc[start - 1].lower_.rstrip(".") in PERSON_TITLES


class Word(NamedTuple):
    """What the gazetteer scan needs of a token, read once (spaCy builds a Token on every access)."""

    # the lexeme's: the same wherever the word stands
    text: str
    lower: str
    cap: bool  # an upper-case first character, and a letter in it
    upper: bool
    alpha: bool
    punct: bool
    space: bool  # ``is_space``
    title: bool  # ``is_title``
    # the token's
    idx: int
    propn: bool
    line_start: bool
    pos: int  # the part-of-speech symbol (``spacy.parts_of_speech``)


# word -> the lexeme's fields of a Word: a text repeats its words, and every text the common ones
LEXICAL: dict[str, tuple[str, str, bool, bool, bool, bool, bool, bool]] = word_cache({})


def lexical_fields(texts: list[str], vocab: Vocab) -> list[tuple[str, str, bool, bool, bool, bool, bool, bool]]:
    def fields(word: str) -> tuple[str, str, bool, bool, bool, bool, bool, bool]:
        lex = vocab[word]  # the tokens' lexeme
        cap = word[:1].isupper() and any(ch.isalpha() for ch in word)
        return word, lex.lower_, cap, lex.is_upper, lex.is_alpha, lex.is_punct, lex.is_space, lex.is_title

    return look_up_all(LEXICAL, texts, fields)


def words_of(doc: Doc) -> tuple[list[Word], str]:
    """The words of ``doc``, and ``doc.text``, from its attribute arrays and cached lexeme fields:
    creating spaCy Tokens one by one is slow (``doc.text`` joins them too), and so is reading 64-bit
    string keys out of an array (``ORTH`` only, its strings cached)."""
    if len(doc) == 0:
        return [], doc.text
    keys = doc.to_array([ORTH, SPACY])
    texts = as_strings(keys[:, 0].tolist(), doc.vocab.strings)
    text = "".join([word + " " if space else word for word, space in zip(texts, keys[:, 1].tolist())])
    rows = doc.to_array([IDX, POS]).astype("int64")
    idxs, pos = rows[:, 0], rows[:, 1]
    # a line starts at a token with a line break between the previous token's start and its own
    breaks = numpy.flatnonzero(numpy.frombuffer(text.encode("utf-32-le"), dtype="<u4") == 10) \
        if "\n" in text else numpy.zeros(0, dtype="int64")
    seen = numpy.searchsorted(breaks, idxs)
    line_starts = numpy.concatenate(([idxs[0] == 0 or seen[0] > 0], seen[1:] > seen[:-1])).tolist()
    per_token = zip(idxs.tolist(), (pos == PROPN).tolist(), line_starts, pos.tolist())
    fields = map(tuple.__add__, lexical_fields(texts, doc.vocab), per_token)
    return list(map(tuple.__new__, repeat(Word), fields)), text


def ngram_ok(words: list[Word]) -> bool:
    """A plausible name: capitalised first and last words (or a generic tail), a proper noun in it."""
    first, last = words[0], words[-1]
    if not first.cap:
        return False
    if not (last.cap or (len(words) > 1 and last.lower in GENERIC_TAILS)):
        return False
    for word in words[1:-1]:  # "Gulf of Aden", "St. Peter's Basilica"
        if not (word.cap or word.lower in CONNECTORS or word.lower in GENERIC_TAILS or word.text in POSSESSIVES):
            return False
    if len(words) == 1 and len(first.text) <= 3 and not first.upper:
        return False
    return last.lower in GENERIC_TAILS or any(w.propn for w in words)


def is_dateline(words: list[Word], following: Word | None, before: list[Word]) -> bool:
    """"WASHINGTON (AP) -", "ST. LOUIS, Mo. -": capitals opening a line, then a comma, bracket or dash;
    mid-line, capitals then a dash or a bracket ("Associated Press DENVER (AP) -", ". BOISE -");
    "PHOENIX Fox Sports reporter...": capitalised words opening a line; the state after a
    dateline's comma ("MARION COUNTY, Ore. (KXYZ) -"). ``before``: the two words before ``words``."""
    if following is None or not all(w.upper or w.punct for w in words) or not any(w.alpha for w in words):
        return False
    if not words[0].line_start:
        after_a_dateline = len(before) == 2 and before[1].text == "," and before[0].upper and before[0].alpha
        return following.text in MIDLINE_DATELINE_NEXT and (sum(len(w.text) for w in words) >= 4 or after_a_dateline)
    letters = sum(len(w.text) for w in words if w.alpha)  # "PHOENIX Fox Sports reporter...", not "UK Sales"
    capitals_then_a_name = (len(words) >= 2 or letters >= 5) and following.cap and not following.upper
    return following.text in DATELINE_NEXT or capitals_then_a_name


def may_continue_a_name(word: Word) -> bool:
    """Whether ``word`` may stand after the first word of a run that passes :func:`ngram_ok` or
    :func:`is_dateline`."""
    return word.cap or word.upper or word.punct or word.lower in CONNECTORS or word.lower in GENERIC_TAILS \
        or word.text in POSSESSIVES


def from_gazetteer(doc: Doc, words: list[Word], text: str, gaz: Gazetteer) -> Iterable[Candidate]:
    """Longest gazetteer names over capitalised token runs; a weak reading (a small town) is marked
    "weak", to be kept only after a locative cue."""
    n = len(words)
    resume = 0  # the end of the last name found: names do not overlap
    for i in [i for i, word in enumerate(words) if word.cap and word.lower != "the"]:
        if i < resume:
            continue
        found = None
        longest = 1  # a run through a word neither test allows (lower case, not a connector) fails both
        while longest < MAX_NGRAM and i + longest < n and may_continue_a_name(words[i + longest]):
            longest += 1
        for size in range(longest, 0, -1):
            run = words[i:i + size]
            # capitals or punctuation first, else no dateline: most runs need not be read further
            dateline = (run[0].upper or run[0].punct) \
                and is_dateline(run, words[i + size] if i + size < n else None, words[max(0, i - 2):i])
            if not (dateline or ngram_ok(run)):
                continue
            name = text[run[0].idx:run[-1].idx + len(run[-1].text)]
            if "\n" in name or name in NOT_PLACE_NAMES:
                continue
            hits = gaz.lookup(name) or (gaz.lookup(name.title()) if dateline else [])  # "BONN, Germany (AP)"
            if hits:
                strong = dateline or any(is_strong(h) for h in hits)
                # a dateline is a place whatever the model called it
                source, label = "gazetteer" if strong else "weak", "GPE" if dateline else ""
                found = make_from(words, text, i, i + size, source, label, hits)
                found.dateline = dateline
                break
        if found is not None:
            yield found
            resume = found.end


# Street names: up to three capitalised words or a numbered ordinal ("14th"), then a route word;
# "N." or "S." may open them ("S. Whitfield Drive").
STREET_WORDS = (ROUTE_WORDS - {"st", "ave", "rd", "blvd"}) | {"st.", "ave.", "rd.", "blvd.", "place"}
NUMBERED = re.compile(r"[1-9][0-9]{0,3}(?:st|nd|rd|th)")
COMPASS_INITIALS = {"N.", "S.", "E.", "W.", "NE", "NW", "SE", "SW"}
MAX_STREET_WORDS = 3


def street_names(doc: Doc, words: list[Word]) -> Iterable[Candidate]:
    """"Kestrel Drive", "31st St.", "S. Whitfield Drive", "Harcourt Place": a street, whatever the
    model called it (placed at the place named next, else at the article's main place)."""
    for j in range(1, len(words)):
        word = words[j]
        if not word.cap or word.lower not in STREET_WORDS:
            continue
        if word.lower == "st." and j + 1 < len(words) and words[j + 1].cap and words[j + 1].lower not in CALENDAR_WORDS:
            continue  # "St. Louis": Saint; "on 31st St. Monday": Street
        k = j
        while k > 0 and j - k < MAX_STREET_WORDS and street_word(words[k - 1]):
            k -= 1
        if k > 0 and words[k - 1].text in COMPASS_INITIALS:
            k -= 1
        if k == j or words[k].line_start and words[k].lower in ("the", "a"):
            continue
        street = make(doc, k, j + 1, "ner", "FAC", [])
        street.suffix = "landmark"
        yield street


# Last words of buildings and grounds named by capitalised words ("Redfield Lakes High School",
# "Blackwater Lagoon"), which the model often leaves untagged.
BUILDING_WORDS = {"school", "hospital", "church", "cathedral", "chapel", "mosque", "temple", "synagogue", "library",
                  "stadium", "arena", "airport", "hotel", "theatre", "theater", "museum", "farm", "farms", "lagoon",
                  "elementary", "cemetery", "prison", "jail", "courthouse", "mall", "centre", "center", "racecourse",
                  "ballpark", "speedway", "campus"}
# ... and natural features ("Severn Valley", "Keldon Point"), areas rather than buildings
FEATURE_WORDS = {"valley", "river", "lake", "bay", "mountains", "hills", "creek", "canyon", "forest", "falls", "point",
                 "harbour", "harbor"}
MAX_BUILDING_WORDS = 4
# Last words of bodies as often as of buildings: a building only with a place in the name ("Busan
# District Court") or a building's kind before them ("Riverside Shopping Center").
BODY_OR_BUILDING = {"court", "center", "centre", "club"}
CLUB_GROUNDS = {"golf", "country", "yacht", "tennis", "beach", "polo", "racquet", "bowling", "cricket"}
BUILDING_KINDS = {"village", "town", "shopping", "medical", "trade", "convention", "community", "detention",
                  "reception", "civic", "sports", "leisure", "conference", "exhibition", "arts", "visitor", "visitors",
                  "health", "cancer", "aquatic", "recreation", "garden", "history", "heritage", "science"}


def building_names(doc: Doc, words: list[Word], gaz: Gazetteer) -> Iterable[Candidate]:
    """Capitalised words ending in a building's word, a building whatever the model called it (placed
    at the place its name holds, else at the place named next or the article's main place)."""
    for j in range(1, len(words)):
        if not words[j].cap or (words[j].lower not in BUILDING_WORDS and words[j].lower not in FEATURE_WORDS
                                and words[j].lower not in BODY_OR_BUILDING):
            continue
        if words[j].lower == "club" and words[j - 1].lower not in CLUB_GROUNDS:
            continue  # a golf club is grounds; a football club a team
        if j + 1 < len(words) and (words[j + 1].lower in ("for", "of") or
                                   words[j + 1].cap and words[j + 1].lower in STREET_WORDS):
            continue  # "the Centre for Policy Studies": a body; "Church Lane": a street
        k = j
        while k > 0 and j - k < MAX_BUILDING_WORDS and not words[k].line_start:
            if street_word(words[k - 1]):
                k -= 1
            elif k == j and k > 1 and words[k - 1].lower in POSSESSIVES and street_word(words[k - 2]):
                k -= 2  # "Parker's Farm"
            else:
                break
        if k >= 2 and words[k - 1].text.isdigit() and words[k - 2].lower in ("no.", "no"):
            k -= 2  # "No. 4 Remand Centre"
        elif k > 0 and (words[k - 1].text[:1].isdigit() or words[k - 1].text == "-"):
            continue  # not "Remand Centre" in "Block 4 Remand Centre", nor "Cross-Border Centre"
        if k == j or any(t.ent_type_ in NOT_PLACES for t in doc[k:j + 1]) or words[k].lower in NOT_PLACE_OPENERS:
            continue
        if doc[j].ent_type_ == "PERSON" or (words[j].lower in FEATURE_WORDS and words[j - 1].text in gaz.given_names):
            continue  # "Carla Hills", "Ricki Lake": a person
        if gaz.lookup(doc[k:j + 1].text):
            continue  # a known place ("Niagara Falls"), found as such
        inside = place_inside(doc, gaz, k, j + 1)
        local = [h for h in inside if h.place.kind != "country"]  # "the United States Tax Court" is a body
        if words[j].lower in BODY_OR_BUILDING and not local and words[j - 1].lower not in BUILDING_KINDS \
                and words[j - 1].lower not in CLUB_GROUNDS:
            continue  # "the Supreme Court", "the Policy Research Center": bodies; "Busan District Court": a building
        building = make(doc, k, j + 1, "ner", "FAC", inside)
        building.suffix = "region" if words[j].lower in FEATURE_WORDS else "landmark"
        yield building


# "the town of Greyhaven", "the suburb of Tazrinat"; "Okpoga village", "the Park Slope neighborhood".
NAMED_AFTER = (PLACE_NOUNS - {"center", "centre", "streets"}) | {"neighbourhood", "neighborhood"}
NAMED_BEFORE = {"village", "town", "district", "suburb", "neighbourhood", "neighborhood", "township", "area", "region"}
MAX_NAMED_WORDS = 3


def named_places(doc: Doc, words: list[Word], gaz: Gazetteer) -> Iterable[Candidate]:
    """Names a place noun calls a place: "the town of X", "X village", whatever the model called them."""
    n = len(words)
    for i, word in enumerate(words):
        if word.cap or word.lower not in NAMED_AFTER and word.lower not in NAMED_BEFORE:
            continue
        if word.lower in NAMED_AFTER and i + 2 < n and words[i + 1].lower == "of":
            end = i + 2
            while end < n and end - (i + 2) < MAX_NAMED_WORDS and street_word(words[end]) \
                    and not NUMBERED.fullmatch(words[end].lower):
                end += 1
            if end > i + 2 and not (end < n and words[end].text == "-"):  # not "Wilkes" of "Wilkes-Barre"
                yield named_place(doc, gaz, i + 2, end)
        if word.lower in NAMED_BEFORE and (i + 1 >= n or doc[i + 1].pos_ not in ("NOUN", "PROPN")):
            k = i  # not "the town hall"
            while k > 0 and i - k < MAX_NAMED_WORDS and street_word(words[k - 1]) and not words[k - 1].line_start \
                    and doc[k - 1].ent_type_ not in NOT_PLACES and doc[k - 1].ent_type_ != "NORP":  # "the Amish area"
                k -= 1
            if k < i:
                yield named_place(doc, gaz, k, i)


def named_place(doc: Doc, gaz: Gazetteer, start: int, end: int) -> Candidate:
    cand = make(doc, start, end, "ner", "GPE", gaz.lookup(doc[start:end].text))
    cand.named = True
    return cand


# Words that open the names of features and buildings: "Lake Tarrawong", "Point Keldon", "Hotel Brasov".
FEATURE_OPENERS = {"lake": "region", "mount": "region", "mt.": "region", "point": "region", "cape": "region",
                   "isle": "island", "fort": "landmark", "port": "city", "camp": "landmark", "hotel": "landmark"}
MAX_OPENED_WORDS = 2


def opened_names(doc: Doc, words: list[Word], gaz: Gazetteer) -> Iterable[Candidate]:
    """"Lake X", "Mount X", "Point X", "Hotel X": a feature or building, whatever the model called it."""
    n = len(words)
    for i, word in enumerate(words):
        if not word.cap or word.lower not in FEATURE_OPENERS or i + 1 >= n:
            continue
        end = i + 1
        while end < n and end - i <= MAX_OPENED_WORDS and street_word(words[end]) and words[end].text not in NAME_TAILS:
            end += 1
        if end == i + 1:
            continue
        hits = gaz.lookup(doc[i:end].text)
        cand = make(doc, i, end, "ner", "FAC", hits)
        cand.suffix = "" if hits else FEATURE_OPENERS[word.lower]
        yield cand


BARE_LOCATIVES = {"in", "at", "near", "outside"}
MAX_BARE_WORDS = 3


def bare_names_after_locatives(doc: Doc, words: list[Word]) -> Iterable[Candidate]:
    """"a market at Dargai": capitalised proper nouns the model left untagged and the gazetteer lacks,
    right after "in" or "at": weak readings (see :func:`supported`)."""
    n = len(words)
    for i in range(1, n):
        if words[i - 1].lower not in BARE_LOCATIVES or not words[i].cap or not words[i].propn or words[i].upper:
            continue
        end = i
        while end < n and end - i < MAX_BARE_WORDS and words[end].cap and words[end].propn and words[end].alpha \
                and doc[end].ent_iob_ == "O":
            end += 1
        if end == i or (end < n and (words[end].cap or words[end].lower in POSSESSIVES)) \
                or words[i].text in NOT_PLACE_NAMES:
            continue  # a longer name runs on ("Kirby's Mill")
        if words[i - 1].lower == "in" and i >= 2 and words[i - 2].cap and not doc[i - 2].is_sent_start \
                and doc[i - 2].ent_type_ not in PLACE_LABELS:
            continue  # "Hope in Action": a name with "in" inside
        if sum(w.cap for w in words[max(0, i - 4):i - 1]) >= 2:
            continue  # a headline: "Mayor Won't Be at Parade"
        yield make(doc, i, end, "weak", "", [])


PLURAL_STREET_WORDS = {"streets", "avenues", "roads", "boulevards", "lanes", "drives"}
MAX_TOGETHER = 6


def streets_named_together(doc: Doc, words: list[Word]) -> Iterable[Candidate]:
    """"the corner of Ferris and Maple streets": each name before a plural street word is a street."""
    for j in range(2, len(words)):
        if words[j].lower not in PLURAL_STREET_WORDS or words[j].cap:
            continue
        k = j - 1
        names = []
        while k >= 0 and len(names) < MAX_TOGETHER and street_word(words[k]):
            names.append(k)
            k -= 1
            if k >= 0 and words[k].lower in ("and", ","):
                k -= 1
            else:
                break
        if len(names) >= 2:
            for i in names:
                street = make(doc, i, i + 1, "ner", "FAC", [])
                street.suffix = "landmark"
                yield street


def street_word(word: Word) -> bool:
    """A word of a street's name: capitalised and not a function word ("At Fifth Avenue"), or "14th"."""
    if NUMBERED.fullmatch(word.lower) or word.lower in NAME_ABBREVIATIONS:
        return True
    return word.cap and word.alpha and not word.upper and word.lower not in STREET_STOPS


NAME_ABBREVIATIONS = {"st.", "mt.", "ft."}  # "St. Paul Heights"
STREET_STOPS = {"the", "a", "an", "at", "on", "in", "to", "of", "from", "by", "and", "or", "for", "with", "this",
                "that", "his", "her", "their", "our", "its", "my", "your", "one", "first", "second", "last", "next"}


NOT_DATELINES = {"breaking", "update", "updated", "news", "watch", "exclusive", "photos", "video", "live", "opinion",
                 "editorial", "analysis", "review", "note", "editor", "by", "and", "the", "a", "of"}
MAX_DATELINE_WORDS = 4


def unknown_datelines(doc: Doc, words: list[Word], gaz: Gazetteer) -> Iterable[Candidate]:
    """"SOUTH KORDOFAN, June 3 (SUNA):": capitals opening a line, then a comma and a date: the place
    a story was filed from, though the gazetteer lacks it (not a heading: "TOP STORIES —")."""
    n = len(words)
    for i, word in enumerate(words):
        if not word.line_start or not (word.upper and word.alpha):
            continue
        end = i
        while end < n and end - i < MAX_DATELINE_WORDS and words[end].upper and words[end].alpha \
                and (end == i or not words[end].line_start):
            end += 1
        run = words[i:end]
        if end >= n - 1 or any(w.lower in NOT_DATELINES for w in run) or sum(len(w.text) for w in run) < 4:
            continue
        dated = words[end].text == "," and doc[end + 1].ent_type_ == "DATE"
        if dated and not gaz.lookup(doc[i:end].text):
            cand = make(doc, i, end, "ner", "GPE", [])
            cand.dateline = True
            yield cand


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


def spans_split_place(doc: Doc, cand: Candidate) -> bool:
    """A gazetteer name the model cut in two, one part a place: "Boa Vista" as GPE "Boa" + ORG "Vista".
    Every entity it touches lies inside it, so it is not part of a longer name."""
    if cand.label or cand.end - cand.start < 2:
        return False
    tokens = doc[cand.start:cand.end]
    if not any(t.ent_type_ in PLACE_LABELS for t in tokens):
        return False
    if any(t.ent_type_ in NOT_PLACES for t in tokens) or tokens[0].ent_iob_ == "I":
        return False
    return not (cand.end < len(doc) and doc[cand.end].ent_iob_ == "I")


def inside_other_name(doc: Doc, cand: Candidate) -> bool:
    """Part of a longer entity that is not a place ("Washington" in "Washington Post")."""
    if spans_split_place(doc, cand):
        return False
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
    # a building or street ("Parker's Farm") is its own place, before a name inside it
    ranked = sorted(cands, key=lambda c: (not (c.hits or c.suffix), -(c.end_char - c.start_char), order[c.source],
                                          c.start))
    chosen: list[Candidate] = []
    used: set[int] = set()  # token indices taken
    for cand in ranked:
        tokens = range(cand.start, cand.end)
        if not any(i in used for i in tokens):
            chosen.append(cand)
            used.update(tokens)
    return sorted(chosen, key=lambda c: c.start)


def blocked_spans(leaders: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Character spans of mentions of known leaders by name (a person, never a place); a description
    ("Georgia's governor", "the President of France") still names its place."""
    spans = []
    for leader in leaders:
        if leader.get("country_code"):
            name_words = {w.lower() for w in str(leader.get("name") or "").split()}
            spans.extend((m["start"], m["end"]) for m in leader.get("mentions", [])
                         if name_words & {w.lower() for w in str(m.get("text") or "").split()})
    return spans


def repeated(doc: Doc, words: list[Word], found: list[Candidate]) -> Iterable[Candidate]:
    """Other occurrences of the names found, which the model missed there ("Canal Street" twice).
    One pass over the words, keyed by each name's first word."""
    by_first: dict[str, list[tuple[tuple[str, ...], Candidate]]] = {}
    for c in found:
        repeatable = c.hits or c.named or c.end - c.start > 1
        if c.source != "weak" and len(c.text) >= 3 and c.text[:1].isupper() and repeatable:
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
                again.named = model.named
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


def head_of_a_longer_name(doc: Doc, cand: Candidate) -> bool:
    """One word the model did not call a place, before a capitalised word that is not a place word:
    "Hang Seng", "Lincoln Financial", "NY Daily Bulletin"."""
    if cand.label or cand.end - cand.start != 1 or cand.end >= len(doc):
        return False
    after = doc[cand.end]
    return after.is_title and after.pos_ == "PROPN" and after.lower_ not in PLACE_WORDS_AFTER \
        and after.ent_type_ not in PLACE_LABELS


# Words that open football clubs' names before a city's: "Real Madrid", "Bayern Munich", "Inter Milan".
CLUB_PREFIXES = {"Real", "Atletico", "Atlético", "Inter", "AC", "Bayern", "Borussia", "Olympique", "Sporting",
                 "Dynamo", "Dinamo", "Spartak", "CSKA", "Lokomotiv", "Zenit", "Racing", "Deportivo", "Athletic"}


def a_club_name(doc: Doc, cand: Candidate) -> bool:
    """"Real Madrid", "Bayern Munich": a club, neither the city nor "Bayern" (Bavaria)."""
    if cand.start > 0 and doc[cand.start - 1].text in CLUB_PREFIXES:
        return True
    return cand.text in CLUB_PREFIXES and cand.end < len(doc) and doc[cand.end].is_title


def acceptable(doc: Doc, words: list[Word], cand: Candidate, blocked: list[tuple[int, int]]) -> bool:
    if cand.text in NOT_PLACE_NAMES and not (cand.suffix and cand.end - cand.start == 1):  # "State and Erie streets"
        return False
    if cand.source != "ner" and inside_other_name(doc, cand):
        return False
    if cand.source in ("gazetteer", "weak") and head_of_a_longer_name(doc, cand):
        return False
    if not cand.dateline and (tail_of_a_longer_name(doc, cand) or a_club_name(doc, cand)):
        return False
    if is_demonym(cand.text) or is_embedded(doc, words, cand.start, cand.end, cand.dateline) \
            or state_abbreviation_out_of_place(doc, cand):
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
    Hampshire", "Kirby's Mill, N.B.", a place in that area."""
    for area in strong:
        j = area.start - 1
        if j < 1 or doc[j].text != "," or not any(h.place.kind in AREA_KINDS for h in area.hits):
            continue
        k = j
        while k > 0 and j - k < MAX_UNKNOWN_WORDS and doc[k - 1].is_title and doc[k - 1].pos_ == "PROPN" \
                and doc[k - 1].ent_type_ != "PERSON" and doc[k - 1].text not in people:
            k -= 1
        if k == j:
            k = dateline_start(doc, j)
        if k < j and not after_title(doc, k) and not doc[k:j].text in NOT_PLACE_NAMES:
            yield make(doc, k, j, "ner", "", [])


def dateline_start(doc: Doc, comma: int) -> int:
    """The start of the capitals that open a line before ``comma`` ("CAMP MURRAY, Wash. -"), else ``comma``."""
    k = comma
    while k > 0 and comma - k < MAX_UNKNOWN_WORDS and doc[k - 1].is_upper and doc[k - 1].is_alpha:
        k -= 1
    line_start = k == 0 or "\n" in doc[k - 1].whitespace_ or doc[k - 1].is_space
    return k if k < comma and line_start else comma


def owns_a_site(doc: Doc, cand: Candidate, by_start: dict[int, Candidate]) -> bool:
    """"Middletown's Church Lane", "Busan's Sajik Stadium": the owner of a street or building is a place."""
    if cand.end + 1 >= len(doc) or doc[cand.end].lower_ not in POSSESSIVES:
        return False
    site = by_start.get(cand.end + 1)
    return site is not None and bool(site.suffix)


def bracketed(doc: Doc, cand: Candidate) -> bool:
    """"cakes from Sugarbird Bakery (Ridgewood)": a name alone in brackets after a name, its town."""
    if cand.start < 2 or cand.end >= len(doc):
        return False
    return doc[cand.start - 1].text == "(" and doc[cand.end].text == ")" and doc[cand.start - 2].is_title \
        and all(t.is_title for t in doc[cand.start:cand.end])  # not "(MoD)", "(DPRK)"


def supported(doc: Doc, weak: list[Candidate], strong: list[Candidate]) -> list[Candidate]:
    """Weak readings taken after a locative word, or in a list after a place ("Trnava, Nitra and Presov")."""
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
        motion = i - 2 if i >= 2 and doc[i - 1].lower_ in ("back", "home", "over") else i - 1  # "moved back to X"
        moved_to = doc[i].lower_ == "to" and motion >= 0 and doc[motion].lemma_.lower() in MOTION
        # "the town of X", "Ms Patel, of Hayes,", "Rita Ellis of Bellmore"
        name_ends = cand.end >= len(doc) or not doc[cand.end].is_title  # not "Reid of Aston Villa"
        town_of = doc[i].lower_ == "of" and i >= 1 and (doc[i - 1].lower_ in PLACE_NOUNS or doc[i - 1].text == ","
                                                         or (doc[i - 1].ent_type_ == "PERSON" and name_ends))
        from_to = doc[i].lower_ == "to" and any(t.lower_ == "from" for t in doc[max(0, i - 6):i])
        if doc[i].lower_ in LOCATIVE or listed or moved_to or town_of or from_to or owns_a_site(doc, cand, by_start) \
                or bracketed(doc, cand):
            kept.append(cand)
            ends.add(cand.end)
    return kept


def clues(doc: Doc, words: list[Word], cands: list[Candidate], blocked: list[tuple[int, int]]) -> list[Candidate]:
    """Strong place names inside other names ("Louisiana" in "the Louisiana Purchase"): context only."""
    out = []
    for cand in cands:
        if cand.hits and cand.source == "gazetteer" and not acceptable(doc, words, cand, blocked):
            cand.context_only = True
            out.append(cand)
    return out


def person_names(words: list[Word], ents: list[Entity]) -> set[str]:
    """Surnames of the article's full person names, and words after a title: "Sutton" once
    "Ashley Sutton" or "Mr. Sutton" appears is the person throughout."""
    names = set()
    for start, end, label in ents:
        if label == "PERSON" and end - start > 1 and words[end - 1].title:
            names.add(words[end - 1].text)
    for before, word in zip(words, words[1:]):
        if word.cap and before.lower.rstrip(".") in PERSON_TITLES:
            names.add(word.text)
    return names


def person_words(words: list[Word], ents: list[Entity]) -> set[str]:
    """The words of the article's PERSON entities."""
    return {word.text for start, end, label in ents if label == "PERSON" for word in words[start:end] if word.title}


# Last words of names of things that are not places: "the Rural Water Act", "Careers Day".
NOT_PLACE_HEADS = {"act", "acts", "bill", "law", "day", "days", "week", "society", "association", "foundation",
                   "award", "awards", "prize", "programme", "program", "project", "scheme", "initiative", "campaign"}
NOT_PLACE_OPENERS = {"operation", "project", "team", "club"}  # "Operation Safe Harbour"


def unlikely_unknown_place(doc: Doc, cand: Candidate, named: set[str], surnames: set[str],
                           given_names: frozenset[str]) -> bool:
    """A name the gazetteer lacks that reads as something else: a time ("10:42pm EST"), a feast
    ("Easter Vigil"), a law or an event ("... Framework Act"), a person's name ("Helen Brandt", a
    given name first; "Scott Prewitt" once "Prewitt" is a person), or a person's name and more
    ("Lakeview's Jane Ross")."""
    if cand.hits or cand.suffix:
        return False
    tokens = doc[cand.start:cand.end]
    if tokens[0].lower_ in NOT_PLACE_OPENERS:
        return True
    if tokens[-1].lower_ in FACILITIES or tokens[-1].lower_ in ROUTE_WORDS:
        return False
    if any(t.like_num or any(ch.isdigit() for ch in t.text) for t in tokens) or tokens[0].lower_ in CALENDAR_WORDS:
        return True
    if tokens[-1].lower_ in NOT_PLACE_HEADS or tokens[-1].is_stop \
            or any(t.lower_ in POSSESSIVES for t in tokens[1:-1]):
        return True
    words = [t.text for t in tokens if t.is_alpha]
    if not words:
        return False
    if len(words) >= 2 and (words[0] in given_names or words[-1] in surnames or listed_with_people(doc, cand)):
        return True
    return all(w in named for w in words)


def listed_with_people(doc: Doc, cand: Candidate) -> bool:
    """"founded by Jane Ross, Ufuk Yilmaz and ...": a name in a list beside a person's is a person's."""
    if cand.start > 0 and doc[cand.start - 1].lower_ in LOCATIVE:  # "from New Quay and Gwbert"
        return False
    before = cand.start - 1
    while before >= 0 and doc[before].lower_ in LIST_JOINERS:
        before -= 1
    after = cand.end
    while after < len(doc) and doc[after].lower_ in LIST_JOINERS:
        after += 1
    return (before < cand.start - 1 and before >= 0 and doc[before].ent_type_ == "PERSON") or \
        (after > cand.end and after < len(doc) and doc[after].ent_type_ == "PERSON")


def is_prominent(hit: Hit) -> bool:
    """A country, state, area or big city: not a town that may share a person's name."""
    return hit.place.kind not in ("city", "town") or hit.place.population >= PROMINENT_CITY_POPULATION


def hyphen_parts(doc: Doc, words: list[Word], gaz: Gazetteer, taken: set[int]) -> Iterable[Candidate]:
    """Places inside one hyphenated token, which the tokenizer keeps whole after an abbreviation:
    "U.S.-led", "U.K.-based", "U.S.-Mexico". A candidate for part of a token (its own characters)."""
    for i, word in enumerate(words):
        if i in taken or "-" not in word.text or not word.cap or len(word.text) > 40:
            continue
        offset = 0
        for part in word.text.split("-"):
            start = word.idx + offset
            offset += len(part) + 1
            if not part[:1].isupper() or len(part) < 2:
                continue
            hits = [h for h in gaz.lookup(part) if is_strong(h)]
            if hits and part not in NOT_PLACE_NAMES and not is_demonym(part):
                yield Candidate(i, i + 1, start, start + len(part), part, "gazetteer", "", hits)


def find_candidates(doc: Doc, words: list[Word], text: str, gaz: Gazetteer,
                    leaders: list[dict[str, Any]]) -> list[Candidate]:
    """Place mentions, plus context-only clues (``context_only``), in text order; ``words`` and
    ``text`` from :func:`words_of`."""
    blocked = blocked_spans(leaders)
    ents = entities_of(doc)
    every = [with_suffix(words, text, c) for c in (*from_entities(doc, words, text, ents, gaz),
                                                   *from_gazetteer(doc, words, text, gaz))]
    every.extend(road_numbers(doc, words))
    every.extend(unknown_datelines(doc, words, gaz))
    every.extend(street_names(doc, words))
    every.extend(streets_named_together(doc, words))
    every.extend(building_names(doc, words, gaz))
    every.extend(named_places(doc, words, gaz))
    every.extend(opened_names(doc, words, gaz))
    every.extend(c for c in bare_names_after_locatives(doc, words) if not gaz.lookup(c.text))
    cands = [c for c in every if acceptable(doc, words, c, blocked)]
    strong = select([c for c in cands if c.source != "weak"])
    found = select(strong + supported(doc, [c for c in cands if c.source == "weak"], strong))
    again = [c for c in repeated(doc, words, found) if acceptable(doc, words, c, blocked)]
    found = select(found + again) if again else found
    people = person_names(words, ents)
    named = person_words(words, ents)
    unknown = [c for c in before_an_area(doc, found, people | named) if acceptable(doc, words, c, blocked)]
    found = select(found + unknown) if unknown else found
    found = [c for c in found if c.named or not (c.text in people and not any(is_prominent(h) for h in c.hits))]
    found = [c for c in found if not (named_for_a_person(doc, c) or in_a_title(doc, c) or a_transit_line(doc, c)
                                      or owns_firm_things(doc, c))]
    firms = {c.text for c in found if named_as_a_firm(doc, c)}
    found = [c for c in found if c.text not in firms or any(is_prominent(h) for h in c.hits)]
    found = [c for c in found if c.named or not unlikely_unknown_place(doc, c, named, people, gaz.given_names)]
    taken = {i for c in found for i in range(c.start, c.end)}
    found = sorted(found + list(hyphen_parts(doc, words, gaz, taken)), key=lambda c: (c.start, c.start_char))
    datelines = {(c.start, c.end) for c in every if c.dateline}
    for cand in found:  # the model's entity on a dateline is a dateline too
        cand.dateline = cand.dateline or (cand.start, cand.end) in datelines
    hints = [c for c in clues(doc, words, every, blocked) if not any(overlaps(c, f) for f in found)]
    return sorted(found + hints, key=lambda c: c.start)
