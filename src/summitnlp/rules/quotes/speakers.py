"""Who said it: the speaker span of a cue, and its resolution to a canonical name."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Any, Optional

from spacy.tokens import Doc, Token

from ... import docdata
from ...caches import word_cache
from ..countries import country_by_demonym, country_by_name
from .columns import Columns
from .cues import is_cue_verb, lemma, lexicon

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
CLIMB_DEPS = {"advcl", "conj", "xcomp", "pcomp", "acl", "prep", "ccomp", "dep", "relcl", "npadvmod", "oprd", "amod", "acomp"}
MENTION_STOP_DEPS = {"relcl", "acl", "appos", "advmod", "punct", "prep", "parataxis"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}
FIRST_PERSON = {"i", "me", "we", "us", "my", "our"}
PLURAL = {"they", "them", "their"}
NEUTER = {"it", "its"}
PRONOUNS = MALE | FEMALE | FIRST_PERSON | PLURAL | NEUTER | {"you"}
HONORIFIC_GENDER = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "sir": "m",
                    "lady": "f", "madam": "f"}
TITLE_WORDS = {"mr", "mrs", "ms", "dr", "sir", "president", "premier", "prime", "minister", "chancellor",
               "leader", "king", "queen", "prince", "senator", "sen", "rep", "gov", "governor", "secretary",
               "general", "gen", "chairman", "supreme", "vice", "former", "foreign", "defense", "defence",
               "state", "spokesman", "spokeswoman", "ambassador", "mayor", "lord", "judge", "justice"}
ROLE_TITLES = {"president", "leader", "premier", "chancellor", "minister", "king", "queen", "prince",
               "emperor", "dictator", "chairman", "secretary", "senator", "governor", "mayor", "ruler",
               "strongman", "monarch", "ayatollah", "pope", "candidate", "nominee", "frontrunner"}
ACTOR_LABELS = {"ORG", "GPE", "NORP", "FAC"}
PERSON_CONTEXT = 4  # tokens before a PERSON entity searched for its title and country
NAME_CLEAN = re.compile(r"^(?:the\s+)|(?:['\u2019]s?)$", re.I)


def speaker_token(verb: Token) -> Optional[Token]:
    """The subject that utters a cue verb, climbing from "adding", "and said", "as saying" to their host."""
    current = verb
    if verb.dep_ == "acl":
        agent = passive_agent(verb)  # "the bill, opposed by Republicans": they did the opposing
        if agent is not None:
            return agent
    for _ in range(4):
        if current is not verb and lemma(current) in lexicon().agency:  # "KCNA quoted Kim as saying": Kim
            obj = next((c for c in current.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return obj
        subject = nearest_subject(current)
        if subject is not None and not can_speak(subject):
            subject = nearest_actor_before(current)
        if subject is not None:
            agent = passive_agent(current) if subject.dep_ == "nsubjpass" else None
            return agent or subject
        if current.pos_ in ("NOUN", "PROPN"):
            owner = next((c for c in current.children if c.dep_ == "poss"), None)
            if owner is not None:  # "Kim's statement that ..."
                return owner
        if current is verb:
            named = inverted_name(verb)
            if named is not None:
                return named
        if current.dep_ not in CLIMB_DEPS or current.head is current:
            break
        current = reporter_of_content(current) or current.head
    return nearest_actor_before(verb)


def nearest_subject(verb: Token) -> Optional[Token]:
    """The verb's subject; of two ('"Like A. Or B," Kim said' parses B as one too), the nearest."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return min(subjects, key=lambda c: abs(c.i - verb.i)) if subjects else None


def reporter_of_content(verb: Token) -> Optional[Token]:
    """ "X said he had A and called it B", "X said A, arguing B": a subjectless cue hung on the reported
    clause shares the reporter's subject, not the clause's."""
    host = verb.head
    if verb.dep_ not in ("conj", "advcl") or host.dep_ != "ccomp" or not is_cue_verb(verb):
        return None
    if any(c.dep_ == "mark" for c in verb.children):
        return None
    return host.head if lemma(host.head) in lexicon().speech else None


def inverted_name(verb: Token) -> Optional[Token]:
    """ "Said Ellis: ..." - a name right after a subjectless speech verb, parsed as its object."""
    if lemma(verb) != "say":
        return None
    for child in verb.rights:
        if child.i - verb.i <= 3 and child.dep_ in ("dobj", "npadvmod", "attr", "appos", "dep") \
                and (child.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or child.pos_ == "PROPN"):
            return child
    return None


NON_ACTOR_ENTS = {"DATE", "TIME"}  # numbers can speak: "73 percent said"
DATELINE_FOLLOWERS = {"\u2014", "\u2013", "-", "--", "(", ","}
ACTOR_WINDOW = 8  # tokens left of a cue searched when its parsed subject cannot speak


def can_speak(token: Token) -> bool:
    """Not a date, number or dateline misparsed as the subject ("Tuesday said", "WASHINGTON --")."""
    if token.ent_type_ in NON_ACTOR_ENTS:
        return False
    return not (is_dateline(token) or is_label(token))


def is_label(token: Token) -> bool:
    """A heading misparsed as the subject: "The Latest: ...", "THE BORROWING Back when he said ..."."""
    doc = token.doc
    after = token.right_edge.i + 1
    if after < len(doc) and doc[after].text == ":":
        return True
    first = token.left_edge.i
    return token.i > first and all(t.is_upper or not t.is_alpha for t in doc[first:token.i + 1])


def is_dateline(token: Token) -> bool:
    doc = token.doc
    if not (token.is_upper and len(token.text) > 1) or token.i + 1 >= len(doc):
        return False
    at_line_start = token.i == 0 or "\n" in doc[token.i - 1].text or "\n" in doc[token.i - 1].whitespace_
    return at_line_start and doc[token.i + 1].text in DATELINE_FOLLOWERS


def nearest_actor_before(verb: Token) -> Optional[Token]:
    """The closest person, organisation or pronoun just left of a cue, in its sentence."""
    for token in reversed(verb.doc[max(0, verb.i - ACTOR_WINDOW):verb.i]):
        if token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or token.lower_ in MALE | FEMALE | PLURAL:
            return token
        if token.is_sent_start:
            break
    return None


def passive_agent(verb: Token) -> Optional[Token]:
    """``X`` in "was told by X"; None when the passive subject is the speaker ("Kim was quoted")."""
    if lemma(verb) in lexicon().agency:
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is None:
        return None
    return next((c for c in agent.children if c.dep_ == "pobj"), None)


def mention_range(head: Token) -> tuple[int, int]:
    """Token range of a speaker noun phrase, without trailing relative clauses or appositions."""
    right = head.i
    for child in head.rights:
        if child.dep_ in MENTION_STOP_DEPS and not (child.dep_ == "prep" and child.lower_ == "of"):
            break
        right = child.right_edge.i
    left = head.left_edge.i
    while left < head.i and head.doc[left].is_punct:
        left += 1
    return left, right


@word_cache
@lru_cache(maxsize=65536)  # entity texts recur (every mention of a name)
def clean_name(text: str) -> str:
    return NAME_CLEAN.sub("", " ".join(text.split())).strip()


@word_cache
@lru_cache(maxsize=65536)
def name_words(text: str) -> tuple[str, ...]:
    return tuple(w for w in clean_name(text).split() if w.lower().rstrip(".") not in TITLE_WORDS)


class SpanIndex:
    """Labelled character spans, looked up by overlap."""

    def __init__(self, spans: list[tuple[int, int, Any]]) -> None:
        self.spans = sorted(spans, key=lambda s: (s[0], s[1]))
        self.starts = [s[0] for s in self.spans]

    def overlapping(self, start: int, end: int) -> list[tuple[int, int, Any]]:
        hits = []
        i = bisect.bisect_left(self.starts, end)
        while i > 0:
            i -= 1
            s, e, label = self.spans[i]
            if e > start:
                hits.append((s, e, label))
            if start - s > 300:  # mentions are short: nothing further left can reach ``start``
                break
        return hits

    def before(self, offset: int, limit: int = 12) -> list[tuple[int, int, Any]]:
        """Up to ``limit`` spans ending at or before ``offset``, nearest first."""
        i = bisect.bisect_left(self.starts, offset)
        found: list[tuple[int, int, Any]] = []
        while i > 0 and len(found) < limit:
            i -= 1
            if self.spans[i][1] <= offset:
                found.append(self.spans[i])
        return found


def country_codes(words: list[str]) -> set[str]:
    """Countries named or implied by single words and adjacent pairs ("North Korean", "Russia's")."""
    phrases = words + [f"{a} {b}" for a, b in zip(words, words[1:])]
    return {code for code in map(country_code, phrases) if code is not None}


@word_cache
@lru_cache(maxsize=65536)
def country_code(phrase: str) -> Optional[str]:
    """The country a demonym or name denotes (the same words recur around every titled name)."""
    country = country_by_demonym(phrase) or country_by_name(phrase)
    return country.code if country is not None else None


class SpeakerResolver:
    """Maps a speaker span to a canonical name using leaders, actor places and PERSON entities."""

    def __init__(self, doc: Doc, columns: Optional[Columns] = None) -> None:
        self.doc = doc
        columns = columns if columns is not None else Columns(doc)
        text = columns.text
        ents = [(e.start, e.end, e.start_char, e.end_char, e.label_) for e in doc.ents]
        self.leaders = SpanIndex([(m["start"], m["end"], leader["name"])
                                  for leader in docdata.get_results(doc, "leaders")
                                  for m in leader.get("mentions", []) if "start" in m and "end" in m])
        self.actors = SpanIndex([(m["start"], m["end"], place["name"])
                                 for place in docdata.get_results(doc, "locations")
                                 for m in place.get("mentions", []) if m.get("actor")])
        self.gender: dict[str, str] = {}
        self.full_names: dict[str, str] = {}
        self.context: dict[int, tuple[frozenset[str], frozenset[str]]] = {}  # title words, countries
        self.people = SpanIndex(self.person_spans(ents, columns))
        self.actor_ents = SpanIndex([(start_char, end_char, clean_name(text[start_char:end_char]))
                                     for _, _, start_char, end_char, label in ents if label in ACTOR_LABELS])

    def person_spans(self, ents: list[tuple[int, int, int, int, str]], columns: Columns) -> list[tuple[int, int, str]]:
        """PERSON entities (token start, end, char start, end, label) with short forms mapped to the
        full name introduced earlier."""
        spans = []
        for start, end, start_char, end_char, label in ents:
            if label != "PERSON":
                continue
            words = name_words(columns.text[start_char:end_char])
            if not words:
                continue
            full = " ".join(words)
            if len(words) == 1:
                full = self.full_names.get(words[0], full)
            else:
                for word in words:
                    self.full_names.setdefault(word, full)
            context_start = max(0, start - PERSON_CONTEXT)
            lowers = columns.lowers(context_start, end)  # the entity and the words before it
            honorific = next((word for word in lowers if word in HONORIFIC_GENDER), None)
            if honorific is not None:
                self.gender.setdefault(full, HONORIFIC_GENDER[honorific])
            titles = frozenset(word for word in lowers if word in ROLE_TITLES)
            countries = frozenset(country_codes(columns.texts[context_start:end])) if titles else frozenset()
            self.context[start_char] = (titles, countries)
            spans.append((start_char, end_char, full))
        return spans

    def resolve(self, head: Token, start: int, end: int) -> Optional[str]:
        """The canonical name for the speaker whose head token is ``head`` and span is [start, end)."""
        word = head.lower_
        if word in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
            antecedent = head.head.head
            return self.resolve(antecedent, *mention_chars(antecedent))
        name = self.best(self.leaders, head, start, end, anywhere=True)
        if name:
            return self.full_names.get(name, name)
        name = self.best(self.actors, head, start, end)
        if name:
            return name
        if word in PRONOUNS:
            return self.pronoun(head)
        name = self.best(self.people, head, start, end, anywhere=True)
        if name:
            return name
        if word in ROLE_TITLES:
            return self.titled_person(head)
        if head.text in self.full_names and head.text[:1].isupper():  # a surname the NER took for an ORG
            return self.full_names[head.text]
        return self.best(self.actor_ents, head, start, end)

    @staticmethod
    def best(index: SpanIndex, head: Token, start: int, end: int, anywhere: bool = False) -> Optional[str]:
        """The label of the span holding the head token, else (``anywhere``) of the first span inside."""
        hits = index.overlapping(start, end)
        for s, e, label in hits:
            if s <= head.idx < e:
                return label
        if anywhere and hits:
            return min(hits, key=lambda h: h[0])[2]
        return None

    def titled_person(self, head: Token) -> Optional[str]:
        """"Russia's president" -> the person introduced earlier as "Russian President X"."""
        role = head.lower_
        modifiers = [t for t in head.lefts if t.dep_ in ("poss", "amod", "compound", "nmod")]
        codes = country_codes([t.text for m in modifiers for t in m.subtree])
        for s, _, name in self.people.before(head.idx, limit=40):
            titles, countries = self.context.get(s, (frozenset(), frozenset()))
            if role in titles and (not codes or codes & countries):
                return name
        return None

    def pronoun(self, head: Token) -> Optional[str]:
        """A third-person singular pronoun: the nearest compatible subject, else the nearest person."""
        word = head.lower_
        if word not in MALE | FEMALE:
            return None
        wanted = "m" if word in MALE else "f"
        recent = sorted(self.leaders.before(head.idx) + self.people.before(head.idx), reverse=True)
        compatible = [(s, name) for s, _, name in recent if self.gender.get(name, wanted) == wanted]
        window_start = self.previous_sentence_start(head)
        for s, name in compatible:
            if s >= window_start and self.is_subject_at(s):
                return self.remember(name, wanted)
        return self.remember(compatible[0][1], wanted) if compatible else None

    def remember(self, name: str, gender: str) -> str:
        self.gender.setdefault(name, gender)
        return name

    def previous_sentence_start(self, token: Token) -> int:
        sent = token.sent
        if sent.start == 0:
            return 0
        return self.doc[sent.start - 1].sent.start_char

    def is_subject_at(self, offset: int) -> bool:
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        if span is None or not len(span):
            return False
        token = span[0]
        while token.dep_ in ("compound", "flat", "amod") and token.head is not token:
            token = token.head
        return token.dep_ in ("nsubj", "nsubjpass")


def mention_chars(head: Token) -> tuple[int, int]:
    first, last = mention_range(head)
    doc = head.doc
    return doc[first].idx, doc[last].idx + len(doc[last].text)
