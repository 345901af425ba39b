"""Role nouns ("Russia's president", "the North Korean leader") resolved to the office holder."""
from __future__ import annotations

from typing import Optional

from .evidence import Evidence, phrase_ending_at, title_evidence
from .lexicon import LEADER, Lexicon
from .people import Person, decide, leader_rows, set_from_row
from .table import LeadersTable, normalize_name
from .tokens import Tokens

GENERIC_LEADER_ROLES = {"leader", "head_of_state", "head_of_government"}
SUBORDINATE = {"vice", "deputy", "assistant", "under", "shadow", "junior", "first"}
EQUIVALENT_TITLES = ({"prime minister", "premier", "pm"}, {"secretary general", "secretary-general"})


def same_office(said: Optional[str], office: Optional[str]) -> bool:
    """Could a person whose office is ``office`` be called ``said``? "Leader" fits "Supreme Leader",
    "President" fits "President of Russia"; "President" does not fit "Vice President", nor
    "Majority Leader" fit "Leader"."""
    if not said or not office:
        return False
    x, y = normalize_name(said), normalize_name(office)
    if x == y or any(x in group and y in group for group in EQUIVALENT_TITLES):
        return True
    if y.split(" ")[0] in SUBORDINATE:
        return False
    return y.endswith(" " + x) or y.startswith(x + " of ")


def fits(person: Person, ev: Evidence) -> bool:
    """Could ``person`` be the holder that the role noun ``ev`` names?"""
    if not person.leader or (ev.country_code and person.country_code != ev.country_code):
        return False
    if ev.former != (person.current is False):
        return False
    if ev.title in ("Leader", "Head of State", "Head of Government"):
        return person.role in GENERIC_LEADER_ROLES or "leader" in (person.title or "").lower() \
            or any(e.title == ev.title for e in person.evidence)
    return same_office(ev.title, person.title) or any(
        e.names_leader and same_office(ev.title, e.title) for e in person.evidence)


def find_role_nouns(toks: Tokens, lex: Lexicon, last_words: frozenset[str], taken: set[int]) -> list[Evidence]:
    """Definite leader titles that stand for a person: "Russia's president", "the German chancellor"."""
    found = []
    k = 0
    for i, lower in enumerate(toks.lowers):
        if lower not in last_words or i in taken or toks.tokens[i].tag_ in ("NNS", "NNPS"):
            continue
        while toks.sentences[k][1] <= i:
            k += 1
        sent_start, sent_end = toks.sentences[k]
        match = phrase_ending_at(toks, i, sent_start, lex)
        if match is None or match[0].kind != LEADER or any(j in taken for j in range(match[1], i)):
            continue
        ev = title_evidence(toks, match[0], match[1], i + 1, sent_start, sent_end, lex, direct=False)
        if ev.org or ev.hypothetical or not ev.definite:
            continue
        if ev.end < len(toks) and toks.texts[ev.end] in ("-", "\u2013"):  # "president-elect" and the like
            continue
        found.append(ev)
    return found


def holder(people: list[Person], ev: Evidence, position: int, mentions_before) -> Optional[Person]:
    """The person of the article the role noun names: the most recently mentioned one that fits."""
    fitting = [p for p in people if fits(p, ev)]
    if not fitting:
        return None
    if len(fitting) == 1:
        return fitting[0]
    return max(fitting, key=lambda p: (mentions_before(p, position), -p.intro))


def holder_from_table(ev: Evidence, table: LeadersTable, lex: Lexicon, date: Optional[str],
                      people: list[Person]) -> Optional[Person]:
    """The table's holder of a country's office on ``date`` ("the US president" in 2010: Obama)."""
    if ev.former or not ev.country_code:
        return None
    for key in lex.table_keys(ev.title):
        rows = table.holders(ev.country_code, key, date)
        if not rows:
            continue
        name = rows[0].name
        person = next((p for p in people if p.rows and p.rows[0].name == name), None)
        if person is None:
            person = Person(name=name, intro=10 ** 9, rows=leader_rows(table.rows_for(name)))
            people.append(person)
        if not person.leader:
            decide(person, date)
            if person.leader and lex.is_leader_office(rows[0].office):
                set_from_row(person, rows[0], current=True)  # the office the text named
        return person if person.leader else None
    return None
