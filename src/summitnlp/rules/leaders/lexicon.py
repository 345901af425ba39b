"""Title words, role nouns and name cues from ``data/titles.json``, loaded once per process."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Optional

from ..text import squash_spaces, straight_apostrophes

MAX_PHRASE_TOKENS = 6
HYPHENS = ("-", "\u2010", "\u2011", "\u2013")

LEADER = "leader"
NON_LEADER = "non_leader"
RELATION = "relation"


def phrase_key(text: str) -> str:
    """Lower-case, single-spaced, hyphens glued: the key titles are looked up by."""
    text = squash_spaces(straight_apostrophes(text).lower())
    for hyphen in HYPHENS:
        if hyphen in text:
            text = text.replace(" " + hyphen, "-").replace(hyphen + " ", "-").replace(hyphen, "-")
    return text


@dataclass(frozen=True)
class Phrase:
    """A role phrase: a leader title ("President"), a non-leader role or a family relation."""

    kind: str
    title: str
    weak: bool = False  # needs a country, party or organisation beside it to name a leader
    prefix_ok: bool = False  # may stand alone right before a name ("Rep. X", "King X")


@dataclass(frozen=True)
class Lexicon:
    phrases: dict[str, Phrase]
    lookup: dict[str, tuple[str, ...]]
    former: frozenset[str]
    modifiers: frozenset[str]
    parties: dict[str, Optional[str]]
    intl_orgs: frozenset[str]
    honorifics: dict[str, Optional[str]]
    office_prefixes: frozenset[str]
    female_titles: frozenset[str]
    female_names: frozenset[str]
    male_names: frozenset[str]
    case_sensitive: dict[str, str]  # keys that only count written so: "PM", not the "p.m." of a time
    domestic_titles: frozenset[str]  # offices inside one country: "Sen. X" is of the article's country
    us_states: frozenset[str]  # "(D-Calif.)", "a congressman from Georgia": the United States
    us_forms: frozenset[str]
    hypothetical: frozenset[str]  # "the next president": nobody the article has named
    non_leader_offices: tuple[str, ...]  # table offices that are no political office ("Kremlin spokesman")

    def is_leader_office(self, office: str) -> bool:
        key = phrase_key(office)
        return not any(word in key for word in self.non_leader_offices)  # title spellings only US news uses ("Sen.", "Rep.", "Congresswoman")

    def phrase(self, text: str) -> Optional[Phrase]:
        key = phrase_key(text)
        written = self.case_sensitive.get(key)
        if written is not None and " ".join(text.split()) != written:
            return None
        return self.phrases.get(key)

    def table_keys(self, title: str) -> tuple[str, ...]:
        """Offices or roles to ask the table for, for a title found in text."""
        return self.lookup.get(title, (title,))

    def gender_of_first_name(self, first: str) -> Optional[str]:
        if first in self.female_names:
            return "f"
        if first in self.male_names:
            return "m"
        return None


def _phrases(data: dict) -> dict[str, Phrase]:
    weak, prefix_ok = set(data["weak"]), set(data["prefix_ok"])
    phrases: dict[str, Phrase] = {}
    for word in data["relations"]:
        phrases[phrase_key(word)] = Phrase(RELATION, word)
    for word in data["non_leaders"]:
        phrases[phrase_key(word)] = Phrase(NON_LEADER, word)
    for surface, title in data["titles"].items():  # titles win over a non-leader word of the same spelling
        phrases[phrase_key(surface)] = Phrase(LEADER, title, title in weak, title in prefix_ok)
    return phrases


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = json.loads((files("summitnlp") / "data" / "titles.json").read_text(encoding="utf-8"))
    return Lexicon(
        phrases=_phrases(data),
        lookup={title: tuple(keys) for title, keys in data["lookup"].items()},
        former=frozenset(phrase_key(w) for w in data["former"]),
        modifiers=frozenset(phrase_key(w) for w in data["modifiers"]),
        parties={phrase_key(k): v for k, v in data["parties"].items()},
        intl_orgs=frozenset(phrase_key(w) for w in data["intl_orgs"]),
        honorifics={phrase_key(k): v for k, v in data["honorifics"].items()},
        office_prefixes=frozenset(data["office_prefixes"]),
        female_titles=frozenset(data["female_titles"]),
        female_names=frozenset(data["female_first_names"]),
        male_names=frozenset(data["male_first_names"]),
        case_sensitive=dict(data["case_sensitive"]),
        domestic_titles=frozenset(data["domestic_titles"]),
        us_states=frozenset(phrase_key(w) for w in data["us_states"]),
        us_forms=frozenset(phrase_key(w) for w in data["us_forms"]),
        hypothetical=frozenset(data["hypothetical"]),
        non_leader_offices=tuple(data["non_leader_offices"]),
    )
