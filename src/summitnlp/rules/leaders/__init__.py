"""Leaders: detect people in office, resolve their mentions, titles and countries.

``extract_leaders(doc)`` returns plain dicts (see ``person_dict``). The steps, each in its own module:
names.py finds written names, evidence.py the titles around them, people.py groups names into people
and asks the table (table.py), roles.py resolves role nouns and pronouns.py he/his/she/her.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Any, Optional

from spacy.tokens import Doc

from ... import docdata
from ..countries import country_by_code
from .evidence import POSSESSIVE, Evidence, evidence_after, evidence_before
from .lexicon import LEADER, Lexicon, lexicon
from .names import NameSpan, find_names, loose_short_forms
from .people import Person, build_people, decide, short_form_owner
from .pronouns import Placed, resolve_pronouns
from .roles import find_role_nouns, holder, holder_from_table
from .table import LeadersTable, load_table
from .tokens import Tokens

__all__ = ["extract_leaders", "default_table"]


@lru_cache(maxsize=1)
def default_table() -> LeadersTable:
    """The packaged table, or an empty one when the data file is missing (titles still work)."""
    try:
        return load_table()
    except (FileNotFoundError, OSError):
        return LeadersTable([])


@lru_cache(maxsize=1)
def title_last_words() -> frozenset[str]:
    """Last words of leader titles: a cheap first test before a phrase lookup."""
    return frozenset(key.split(" ")[-1].split("-")[-1] for key, phrase in lexicon().phrases.items()
                     if phrase.kind == LEADER) | frozenset(
        key.split(" ")[-1] for key, phrase in lexicon().phrases.items() if phrase.kind == LEADER)


def name_evidence(toks: Tokens, name: NameSpan, lex: Lexicon) -> list[Evidence]:
    lo, hi = toks.sentence_bounds(name.start)
    first = toks.doc.char_span(name.mention_start, name.mention_end, alignment_mode="expand").start
    found = [evidence_before(toks, first, lo, lex)]
    if name.end < hi and toks.texts[name.end] not in POSSESSIVE:
        found.append(evidence_after(toks, name.end, hi, lex))
    return [ev for ev in found if ev is not None]


def person_gender(person: Person, lex: Lexicon) -> Optional[str]:
    for name in person.names:
        if name.gender:
            return name.gender
    for name in person.names:
        if name.is_full:
            gender = lex.gender_of_first_name(name.words[0])
            if gender:
                return gender
    if person.title in lex.female_titles:
        return "f"
    return lex.gender_of_first_name(person.name.split()[0]) if person.name else None


def last_mention_before(person: Person, position: int) -> int:
    starts = [n.mention_start for n in person.names] + [m["start"] for m in person.extra_mentions]
    return max((s for s in starts if s < position), default=-1)


def mention_of(start: int, end: int, **flags: Any) -> dict[str, Any]:
    return {"text": "", "start": start, "end": end, **flags}  # text is filled in once, at the end


def resolve_role_nouns(toks: Tokens, people: list[Person], table: LeadersTable, lex: Lexicon,
                       date: Optional[str], taken: set[int]) -> list[tuple[Evidence, Person]]:
    resolved = []
    for ev in find_role_nouns(toks, lex, title_last_words(), taken):
        start = toks.starts[ev.start]
        if toks.lowers[ev.start] in ("the", "a", "an"):
            start = toks.starts[ev.start + 1] if ev.start + 1 < ev.end else start
        person = holder(people, ev, start, last_mention_before) or holder_from_table(ev, table, lex, date, people)
        if person is None:
            continue
        person.extra_mentions.append(mention_of(toks.starts[ev.start], toks.end_char(ev.end - 1), role=True))
        person.intro = min(person.intro, toks.starts[ev.start])
        resolved.append((ev, person))
    return resolved


def link_pronouns(toks: Tokens, people: list[Person], roles: list[tuple[Evidence, Person]], lex: Lexicon) -> None:
    index = {id(p): k for k, p in enumerate(people)}
    placed = [Placed(toks.doc.char_span(n.mention_start, n.mention_end, alignment_mode="expand").start, n.end,
                     index[id(p)]) for p in people for n in p.names]
    placed += [Placed(ev.start, ev.end, index[id(p)]) for ev, p in roles]
    genders = [person_gender(p, lex) for p in people]
    for token, k in resolve_pronouns(toks, placed, genders):
        if people[k].leader:
            people[k].extra_mentions.append(mention_of(token.idx, token.idx + len(token.text), pronoun=True))


def person_dict(person: Person) -> dict[str, Any]:
    mentions = {(n.mention_start, n.mention_end): {"text": "", "start": n.mention_start, "end": n.mention_end}
                for n in person.names}
    for m in person.extra_mentions:
        mentions.setdefault((m["start"], m["end"]), m)
    return {"name": person.name, "title": person.title, "country": person.country,
            "country_code": person.country_code, "current": person.current,
            "mentions": [mentions[k] for k in sorted(mentions)], "office_role": person.role}


def add_loose_short_forms(toks: Tokens, people: list[Person], table: LeadersTable, lex: Lexicon,
                          taken: set[int]) -> None:
    """Surnames of the article's people wherever the model did not see a person (non-leaders too:
    "Trump" tagged as an organisation must still stop "he" from going to someone else)."""
    words = set()
    for person in people:
        words |= person.words
        if person.leader:
            words |= {a for r in person.rows[:1] for a in r.aliases if " " not in a}
    for name in loose_short_forms(toks, words, taken, lex):
        owner = short_form_owner(name, people, table)
        if owner is not None:
            owner.names.append(name)
            taken.add(name.start)


def fill_domestic_countries(people: list[Person], lex: Lexicon) -> None:
    """ "Sen. X" with no country named: the country most of the article's leaders belong to."""
    codes = Counter(p.country_code for p in people if p.leader and p.country_code)
    if not codes:
        return
    code, count = codes.most_common(1)[0]
    if count * 2 <= sum(codes.values()):
        return
    country = country_by_code(code)
    for person in people:
        if person.leader and person.country_code is None and (person.title in lex.domestic_titles
                                                               or (person.title or "").endswith(" Secretary")):
            person.country_code, person.country = code, country.name if country else None


def extract_leaders(doc: Doc, table: Optional[LeadersTable] = None) -> list[dict[str, Any]]:
    """Leaders as plain dicts with their mentions (names, short forms, role nouns, pronouns)."""
    lex = lexicon()
    table = table if table is not None else default_table()
    date = docdata.get_published(doc)
    named, taken = [], set()
    toks = Tokens(doc)
    for name in find_names(toks, table, lex, title_last_words()):
        evidence = name_evidence(toks, name, lex)
        named.append((name, evidence))
        taken.update(range(name.start, name.end))
        for ev in evidence:
            taken.update(range(ev.start, ev.end))
    people = build_people(named, table, date)
    for person in people:
        decide(person, date)
    add_loose_short_forms(toks, people, table, lex, taken)
    fill_domestic_countries(people, lex)
    roles = resolve_role_nouns(toks, people, table, lex, date, taken)
    link_pronouns(toks, people, roles, lex)
    leaders = sorted((p for p in people if p.leader), key=lambda p: p.intro)
    results = [person_dict(p) for p in leaders]
    text = toks.text
    for result in results:
        for m in result["mentions"]:
            m["text"] = text[m["start"]:m["end"]]
    return results
