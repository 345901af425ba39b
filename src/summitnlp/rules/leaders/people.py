"""People of one article: names grouped into persons, short forms linked, the table consulted."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from ..countries import country_by_code
from .evidence import Evidence
from .lexicon import NON_LEADER, lexicon
from .names import NameSpan
from .table import LeadersTable, LeaderRow, normalize_name

# Which current office names a person when the text does not say: the state's head first.
ROLE_PRIORITY = {"head_of_state": 0, "head_of_government": 1, "leader": 2, "org_head": 3, "other": 4,
                 "historic": 5}


@dataclass
class Person:
    """A person of the article with every written name and the title evidence around them."""

    name: str
    intro: int  # character offset of the first full name (or first mention)
    names: list[NameSpan] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    rows: list[LeaderRow] = field(default_factory=list)  # all table terms of this person
    leader: bool = False
    title: Optional[str] = None
    country: Optional[str] = None
    country_code: Optional[str] = None
    current: Optional[bool] = None
    role: Optional[str] = None
    extra_mentions: list[dict] = field(default_factory=list)  # role nouns and pronouns
    _words: set[str] = field(default_factory=set, repr=False)
    _words_for: int = field(default=-1, repr=False)

    @property
    def words(self) -> set[str]:
        """First and last words of the full names (what a short form can be)."""
        if self._words_for != len(self.names):
            self._words = {w for n in self.names if n.is_full for w in (n.words[0], n.words[-1])}
            self._words_for = len(self.names)
        return self._words

    @property
    def leaderish(self) -> bool:
        return bool(self.rows) or any(ev.names_leader for ev in self.evidence)

    def add(self, name: NameSpan, evidence: list[Evidence]) -> None:
        self.names.append(name)
        self.evidence.extend(evidence)


def is_past(row: LeaderRow, date: Optional[str]) -> bool:
    if date is None:
        return row.end is not None
    return row.end is not None and not row.holds_on(date) and row.end <= date


def is_future(row: LeaderRow, date: Optional[str]) -> bool:
    return date is not None and row.start is not None and not row.holds_on(date) and row.start > date


def titles_match(text_title: str, office: str) -> bool:
    a, b = normalize_name(text_title), normalize_name(office)
    return bool(a) and (a == b or a in b or b in a)


def choose_person(candidates: list[LeaderRow], table: LeadersTable, date: Optional[str],
                  evidence: list[Evidence]) -> list[LeaderRow]:
    """All terms of the one person that a name means on ``date`` (several may share a name)."""
    names = list(dict.fromkeys(row.name for row in candidates))
    if not names:
        return []

    def rank(name: str) -> tuple:
        rows = table.rows_for(name)
        said = any(titles_match(ev.title, r.office) for ev in evidence if ev.names_leader for r in rows)
        current = any(r.holds_on(date) for r in rows)
        last_end = max((r.end or "9999") for r in rows if not is_future(r, date)) if any(
            not is_future(r, date) for r in rows) else ""
        return (said, current, last_end)

    return leader_rows(table.rows_for(max(names, key=rank)))


def leader_rows(rows: list[LeaderRow]) -> list[LeaderRow]:
    """Terms in a political office: the table also lists spokespeople and advisers for quotes."""
    lex = lexicon()
    return [row for row in rows if lex.is_leader_office(row.office)]


RECENT_CHARS = 300  # a full name this close before a surname claims it over a more frequent namesake
SUFFIXES = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"}


def table_rows_for_name(table: LeadersTable, text: str) -> list[LeaderRow]:
    """Table rows for a written full name, also without middle initials or "Jr." ("John F. Kerry")."""
    rows = table.by_alias(text)
    if rows:
        return rows
    words = [w for w in text.split() if w not in SUFFIXES]
    if len(words) > 2:
        return table.by_alias(f"{words[0]} {words[-1]}")
    return []


def same_person(name: NameSpan, person: Person) -> bool:
    key = normalize_name(name.text)
    for known in person.names:
        if normalize_name(known.text) == key:
            return True
        if known.is_full and known.words[0] == name.words[0] and known.words[-1] == name.words[-1]:
            return True
    return False


def group_full_names(full: list[tuple[NameSpan, list[Evidence]]], table: LeadersTable,
                     date: Optional[str]) -> list[Person]:
    people: list[Person] = []
    by_table_name: dict[str, Person] = {}
    for name, evidence in full:
        rows = choose_person(table_rows_for_name(table, name.text), table, date, evidence)
        person = by_table_name.get(rows[0].name) if rows else None
        if person is None:
            person = next((p for p in people if same_person(name, p)), None)
        if person is None:
            person = Person(name=rows[0].name if rows else name.text, intro=name.mention_start, rows=rows)
            people.append(person)
        if rows and not person.rows:
            person.rows, person.name = rows, rows[0].name
        if person.rows:
            by_table_name[person.rows[0].name] = person
        person.add(name, evidence)
    return people


def short_form_owner(name: NameSpan, people: list[Person], table: LeadersTable) -> Optional[Person]:
    """The person a one-word name refers to: most recently introduced before it, leaders first."""
    word = name.words[-1]
    key = normalize_name(word)
    owners = [p for p in people if word in p.words or any(key in {normalize_name(a) for a in r.aliases}
                                                          for r in p.rows[:1])]
    if not owners:
        return None

    position = name.mention_start

    def rank(p: Person) -> tuple:
        before = p.intro <= position
        surname = any(n.is_full and n.words[-1] == word or n.words[0] == word for n in p.names)
        last_full = max((n.mention_start for n in p.names if n.is_full and n.mention_start < position), default=-1)
        recent = last_full >= 0 and position - last_full <= RECENT_CHARS
        salience = sum(1 for n in p.names if n.mention_start < position)
        # a full name just before wins ("Bill Clinton ... Clinton said"); else the one the article is about
        return (before, p.leaderish, surname, recent, salience, last_full if before else -p.intro)

    return max(owners, key=rank)


def standalone_short_form(name: NameSpan, evidence: list[Evidence], table: LeadersTable,
                          date: Optional[str]) -> list[LeaderRow]:
    """Table terms for a surname used without a full name ("Putin" alone), when one person fits."""
    rows = table.by_alias(name.text)
    if not rows:
        return []
    said = [r for r in rows if any(ev.names_leader and titles_match(ev.title, r.office) for ev in evidence)]
    current = [r for r in (said or rows) if r.holds_on(date)]
    pool = current or said
    names = {r.name for r in pool}
    return leader_rows(table.rows_for(names.pop())) if len(names) == 1 else []


def build_people(named: list[tuple[NameSpan, list[Evidence]]], table: LeadersTable,
                 date: Optional[str]) -> list[Person]:
    """Group names into people: full names first, then short forms onto them."""
    people = group_full_names([(n, e) for n, e in named if n.is_full], table, date)
    short_people: dict[str, Person] = {}
    for name, evidence in named:
        if name.is_full:
            continue
        owner = short_form_owner(name, people, table)
        owner = other_holder_of_title(name, evidence, owner, people, table, date) or owner
        if owner is None:
            owner = short_people.get(name.text)
        if owner is None:
            rows = standalone_short_form(name, evidence, table, date)
            owner = next((p for p in people if rows and p.rows and p.rows[0].name == rows[0].name), None)
            if owner is None:
                owner = Person(name=rows[0].name if rows else name.text, intro=name.mention_start, rows=rows)
                people.append(owner)
            short_people[name.text] = owner
        owner.add(name, evidence)
    return people


def other_holder_of_title(name: NameSpan, evidence: list[Evidence], owner: Optional[Person],
                          people: list[Person], table: LeadersTable, date: Optional[str]) -> Optional[Person]:
    """ "President Clinton" after "Hillary Clinton": the table's Clinton who held that title instead."""
    said = [ev for ev in evidence if ev.names_leader]
    if owner is None or not owner.rows or not said:
        return None
    if any(titles_match(ev.title, r.office) for ev in said for r in owner.rows):
        return None
    rows = [r for r in leader_rows(table.by_alias(name.text))
            if r.name != owner.rows[0].name and any(titles_match(ev.title, r.office) for ev in said)]
    if not rows:
        return None
    rows = choose_person(rows, table, date, said)
    person = next((p for p in people if p.rows and p.rows[0].name == rows[0].name), None)
    if person is None:
        person = Person(name=rows[0].name, intro=name.mention_start, rows=rows)
        people.append(person)
    return person


def decide(person: Person, date: Optional[str]) -> None:
    """Leader or not; title, country and whether in office on ``date``."""
    # a title written with the name says more than a party letter "(R-Ind.)"
    said = sorted((ev for ev in person.evidence if ev.names_leader), key=lambda ev: ev.title == "Legislator")
    current_rows = [r for r in person.rows if r.holds_on(date)]
    past_rows = [r for r in person.rows if is_past(r, date)]
    # a title the table knows from an ended term is that term, not a new one ("president Kim Il Sung")
    present_said = [ev for ev in said if not ev.former
                    and not any(titles_match(ev.title, r.office) for r in past_rows)]
    if current_rows:
        row = best_row(current_rows, said)
        set_from_row(person, row, current=True)
    elif present_said:
        set_from_evidence(person, present_said[0], current=True)
    elif past_rows:
        row = best_row(past_rows, said, latest=True)
        set_from_row(person, row, current=False)
    elif said:
        set_from_evidence(person, said[0], current=False)
    else:
        return
    person.leader = True
    if person.country_code is None:
        person.country_code = next((ev.country_code for ev in said if ev.country_code), None)
        country = country_by_code(person.country_code) if person.country_code else None
        person.country = country.name if country else None


def best_row(rows: list[LeaderRow], said: list[Evidence], latest: bool = False) -> LeaderRow:
    matching = [r for r in rows if any(titles_match(ev.title, r.office) for ev in said)]
    pool = matching or rows
    if latest:
        return max(pool, key=lambda r: (r.end or "9999", -ROLE_PRIORITY.get(r.role, 9)))
    return min(pool, key=lambda r: (ROLE_PRIORITY.get(r.role, 9), r.start or ""))


def set_from_row(person: Person, row: LeaderRow, current: bool) -> None:
    person.title, person.role, person.current = row.office, row.role, current
    person.country_code, person.country = row.country_code, row.country


def set_from_evidence(person: Person, ev: Evidence, current: bool) -> None:
    person.title, person.current = ev.title, current
    person.country_code = ev.country_code
    country = country_by_code(ev.country_code) if ev.country_code else None
    person.country = country.name if country else None


def non_leader_said(person: Person) -> bool:
    return any(ev.kind == NON_LEADER for ev in person.evidence)
