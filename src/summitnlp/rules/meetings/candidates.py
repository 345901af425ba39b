"""One meeting candidate per trigger sentence: trigger, participants, place, date and status."""
from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib.resources import files
from typing import Any, Iterator, Optional

import numpy
from spacy.attrs import IDX, IS_SPACE, LEMMA, LENGTH, ORTH
from spacy.tokens import Doc, Span, Token

from ..countries import country_by_demonym
from ..quotes.columns import as_strings, has_key, lemma_positions, string_keys

LEADER_NOUNS = {"leader", "president", "premier", "minister", "chancellor", "head", "counterpart", "king"}
# Smaller is more specific; the meeting's location is its most specific place.
KIND_RANK = {"landmark": 0, "venue": 0, "island": 1, "city": 2, "town": 2, "settlement": 2,
             "region": 3, "peninsula": 3, "country": 5, "historical country": 5}
DEFAULT_RANK = 4
NOT_MET = {"demand", "expectation", "target", "goal", "need", "requirement", "deadline", "criterion",
           "standard", "threshold", "obligation", "challenge", "condition", "end", "fate", "death"}
CALENDAR = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
SEPARATORS = {"|", "\u2022", "\u00b7", "\u25aa"}  # headline | section | site
SEPARATOR_KEYS = string_keys(SEPARATORS)
COLLECTIVE = re.compile(
    r"\b(?:the (?:pair|duo)|(?:the two|both) (?:leaders|men|women|sides|presidents|heads of state|heads of government|"
    r"countries' leaders)|(?:their|the two's) (?:meeting|talks|summit|encounter|visit|handshake|call)|each other)\b",
    re.I)
MODIFIER_DEPS = {"compound", "amod", "poss", "nmod", "npadvmod"}
DURATION = re.compile(r"P(\d+)([DWMY])")


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    return json.loads((files("summitnlp") / "data" / "meetings.json").read_text(encoding="utf-8"))


@dataclass
class Candidate:
    participants: list[str]
    kind: str
    status: str
    trigger_start: int
    trigger_end: int
    location: Optional[str] = None
    location_rank: int = 99
    location_country: Optional[str] = None
    date: Optional[str] = None
    participant_countries: set[str] = field(default_factory=set)

    @property
    def event_code(self) -> str:
        """A CAMEO code: 036 intent to meet, 041 phone, 042 visit, 044 third place, 040 consult."""
        if self.status in ("scheduled", "hypothetical"):
            return "036"
        if self.kind == "call":
            return "041"
        if self.kind == "visit":
            return "042"
        if self.location_country and self.participant_countries and \
                self.location_country not in self.participant_countries:
            return "044"
        return "040"


@dataclass
class Article:
    """What the other components found, indexed by position for sentence-level lookups."""

    leader_spans: list[tuple[int, int, str]]
    place_spans: list[tuple[int, int, dict[str, Any]]]
    date_spans: list[tuple[int, int, dict[str, Any]]]
    countries: dict[str, str]  # leader name -> country code
    by_country: dict[str, str]  # country code -> its most mentioned leader
    published: Optional[str]

    def within(self, spans: list, sent: Span | Segment) -> list:
        starts = [s[0] for s in spans]
        lo = bisect_right(starts, sent.start_char - 1)
        hi = bisect_right(starts, sent.end_char - 1)
        return [s for s in spans[lo:hi] if s[1] <= sent.end_char]


def index_article(leaders, locations, dates, published) -> Article:
    leader_spans = sorted((m["start"], m["end"], x["name"]) for x in leaders for m in x["mentions"])
    place_spans = sorted(((m["start"], m["end"], x) for x in locations for m in x["mentions"]
                          if not m.get("actor")), key=lambda s: s[:2])
    date_spans = sorted(((d["start"], d["end"], d) for d in dates), key=lambda s: s[:2])
    countries = {x["name"]: x.get("country_code") for x in leaders if x.get("country_code")}
    by_country: dict[str, str] = {}
    for x in sorted(leaders, key=lambda x: (x.get("current") is False, -len(x["mentions"]))):
        if x.get("country_code"):
            by_country.setdefault(x["country_code"], x["name"])
    return Article(leader_spans, place_spans, date_spans, countries, by_country, published)


def find_candidates(doc: Doc, leaders, locations, dates, published) -> list[Candidate]:
    article = index_article(leaders, locations, dates, published)
    candidates: list[Candidate] = []
    recent: list[str] = []  # leaders in order of last mention, for an implicit counterpart
    tokens = TokenColumns(doc)
    for segment in segments(doc, tokens):
        named = unique(name for _, _, name in article.within(article.leader_spans, segment))
        trigger = first_trigger(doc, segment, tokens)
        if trigger is not None:
            sent = doc[segment.start:segment.end]
            candidate = build_candidate(sent, trigger, named, recent, candidates, article)
            if candidate is not None:
                candidates.append(candidate)
        for name in named:
            if name in recent:
                recent.remove(name)
            recent.append(name)
    return candidates


class TokenColumns:
    """What the trigger scan reads of every token, from one ``doc.to_array`` call instead of Token
    objects: character offsets, lemmas, where segments are cut, which tokens may be triggers."""

    def __init__(self, doc: Doc) -> None:
        self.strings = doc.vocab.strings
        keys = doc.to_array([ORTH, LEMMA, IS_SPACE, IDX, LENGTH]) if len(doc) else numpy.zeros((0, 5), dtype="uint64")
        self.lemma_keys = keys[:, 1].tolist()
        self.starts, self.lengths = keys[:, 3].tolist(), keys[:, 4].tolist()
        self.cuts = numpy.flatnonzero((keys[:, 2] != 0) | has_key(keys[:, 0], SEPARATOR_KEYS)).tolist()
        # is_trigger rejects every token whose lemma is not a trigger word
        self.possible = lemma_positions(self.lemma_keys, lexicon()["triggers"], self.strings)

    def segment(self, start: int, end: int) -> Segment:
        """Tokens [start, end) with the character offsets a ``doc[start:end]`` span would have."""
        return Segment(start, end, self.starts[start], self.starts[end - 1] + self.lengths[end - 1])

    def lemmas(self, start: int, end: int) -> set[str]:
        """The lower-case lemmas of tokens [start, end)."""
        return set(as_strings(self.lemma_keys[start:end], self.strings, lower=True))


@dataclass
class Segment:
    """Token and character bounds of a sentence piece (``end`` and ``end_char`` exclusive)."""

    start: int
    end: int
    start_char: int
    end_char: int


def segments(doc: Doc, tokens: TokenColumns) -> Iterator[Segment]:
    """Sentences, cut again where scraped headlines run together: at spaces and "|" separators."""
    cuts = tokens.cuts  # spaces and separators
    for sent in doc.sents:
        start = sent.start
        for i in cuts[bisect_left(cuts, sent.start):bisect_left(cuts, sent.end)]:
            if i > start:
                yield tokens.segment(start, i)
            start = i + 1
        if sent.end > start:
            yield tokens.segment(start, sent.end)


def unique(items) -> list:
    return list(dict.fromkeys(items))


def is_trigger(token: Token, sent_lemmas: set[str]) -> bool:
    lex = lexicon()
    lemma = token.lemma_.lower()
    if lemma not in lex["triggers"] or token.pos_ not in ("NOUN", "VERB", "PROPN"):
        return False
    if lemma in lex["noun_only"] and token.pos_ == "VERB":
        return False
    if lemma == "talk" and token.tag_ != "NNS":
        return False
    if lemma == "call" and not {"phone", "telephone", "phonecall"} & sent_lemmas:
        return False
    if lemma == "meet" and any(c.dep_ == "dobj" and c.lemma_.lower() in NOT_MET for c in token.children):
        return False
    return True


def first_trigger(doc: Doc, segment: Segment, tokens: TokenColumns) -> Optional[Token]:
    possible = tokens.possible
    candidates = possible[bisect_left(possible, segment.start):bisect_left(possible, segment.end)]
    if not candidates:
        return None
    segment_lemmas = tokens.lemmas(segment.start, segment.end)
    return next((doc[i] for i in candidates if is_trigger(doc[i], segment_lemmas)), None)


def build_candidate(sent, trigger, named, recent, earlier, article: Article) -> Optional[Candidate]:
    participants = unique([*named, *leaders_by_demonym(sent, article)])
    if len(participants) < 2 and mentions_collective(sent) and earlier:
        participants = unique([*participants, *earlier[-1].participants])
    if len(participants) == 1:
        counterpart = implicit_counterpart(sent, trigger, participants[0], recent, article)
        if counterpart:
            participants.append(counterpart)
    if len(participants) < 2:
        return None
    status = meeting_status(trigger, sent, article)
    if status is None:
        return None
    candidate = Candidate(participants, lexicon()["triggers"][trigger.lemma_.lower()], status,
                          trigger.idx, trigger.idx + len(trigger),
                          participant_countries={article.countries[p] for p in participants
                                                 if article.countries.get(p)})
    place_of(candidate, sent, article)
    candidate.date = date_of(sent, trigger, article)
    return candidate


def leaders_by_demonym(sent: Span, article: Article) -> list[str]:
    """ "The Russian and North Korean leaders" -> the article's leaders of those countries."""
    found = []
    for ent in sent.ents:
        if ent.label_ != "NORP":
            continue
        head = ent.root.head
        while head.dep_ == "conj" or head.pos_ == "ADJ":
            if head.head is head:
                break
            head = head.head
        if head.lemma_.lower() in LEADER_NOUNS and head.tag_ == "NNS":
            country = country_by_demonym(ent.text)
            if country and country.code in article.by_country:
                found.append(article.by_country[country.code])
    return found


def mentions_collective(sent: Span) -> bool:
    """ "the pair", "the two leaders", "their meeting": the participants of the last meeting."""
    return COLLECTIVE.search(sent.text) is not None


def implicit_counterpart(sent, trigger, participant, recent, article: Article) -> Optional[str]:
    """ "talks with X" or "a visit to Russia": the other side is implied by the context."""
    words = {t.lower_ for t in trigger.subtree} | {t.lower_ for t in trigger.children}
    if trigger.lemma_.lower() in ("visit", "trip"):
        for _, _, place in article.within(article.place_spans, sent):
            host = article.by_country.get(place.get("country_code") or "")
            if host and host != participant:
                return host
    if "with" in words or "between" in words:
        others = [name for name in reversed(recent) if name != participant]
        return others[0] if others else None
    return None


def context_tokens(trigger: Token) -> list[Token]:
    """The trigger, its modifiers, and the verbs it hangs from with their auxiliaries."""
    tokens = [trigger, *trigger.children]
    node = trigger
    for _ in range(3):
        if node.head is node:
            break
        node = node.head
        tokens += [node, *(c for c in node.children if c.dep_ in ("aux", "auxpass", "neg", "mark", "advmod",
                                                                     "amod", "xcomp", "prt"))]
    return tokens


def meeting_status(trigger: Token, sent: Span, article: Article) -> Optional[str]:
    lex = lexicon()
    tokens = context_tokens(trigger)
    lemmas = {t.lemma_.lower() for t in tokens}
    if any(t.dep_ == "neg" for t in tokens) or lemmas & set(lex["cancelled"]):
        return "cancelled"
    if lemmas & set(lex["hypothetical"]):
        return "hypothetical"
    if lemmas & set(lex["scheduled"]) or (trigger.dep_ == "xcomp" and trigger.tag_ == "VB"):
        return "scheduled"
    return "happened"


def place_of(candidate: Candidate, sent: Span, article: Article) -> None:
    """The most specific place in the sentence, leaving out modifiers ("US President", "Russia's")."""
    for start, end, place in article.within(article.place_spans, sent):
        span = sent.doc.char_span(start, end, alignment_mode="expand")
        if span is not None and span.root.dep_ in MODIFIER_DEPS:
            continue
        rank = KIND_RANK.get(place.get("kind") or "", DEFAULT_RANK)
        if rank < candidate.location_rank:
            candidate.location, candidate.location_rank = place["name"], rank
            candidate.location_country = place.get("country_code")


def date_of(sent: Span, trigger: Token, article: Article) -> Optional[str]:
    """The calendar date of the trigger's clause, or one reached back from "two months after"."""
    trigger_heads = set(ancestors(trigger, 3))
    best = None
    for start, end, mention in article.within(article.date_spans, sent):
        span = sent.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not trigger_heads & set(ancestors(span.root, 3)):
            continue
        value = mention.get("value") or ""
        if CALENDAR.fullmatch(value):
            if best is None or len(value) > len(best):
                best = value
        elif mention.get("type") == "DURATION" and {"after", "ago", "before"} & {t.lower_ for t in span.root.head.subtree}:
            best = best or before_anchor(value, article.published)
    return best


def ancestors(token: Token, depth: int) -> list[Token]:
    found = [token]
    for _ in range(depth):
        if token.head is token:
            break
        token = token.head
        found.append(token)
    return found


def before_anchor(duration: str, published: Optional[str]) -> Optional[str]:
    """ "some two months" before 2019-04-25 -> 2019-02 (day and week keep the day)."""
    match = DURATION.fullmatch(duration)
    if not match or not published:
        return None
    amount, unit = int(match.group(1)), match.group(2)
    anchor = date.fromisoformat(published)
    if unit == "Y":
        return str(anchor.year - amount)
    if unit == "M":
        months = anchor.year * 12 + anchor.month - 1 - amount
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    days = amount * (7 if unit == "W" else 1)
    return date.fromordinal(anchor.toordinal() - days).isoformat()
