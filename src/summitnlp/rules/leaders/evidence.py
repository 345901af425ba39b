"""Title evidence around a name: "Russian President X", "X, Russia's president", "the foreign minister, X"."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from ..countries import country_by_demonym, country_by_name
from .lexicon import LEADER, MAX_PHRASE_TOKENS, Lexicon, Phrase, phrase_key
from .tokens import Tokens

POSSESSIVE = {"'s", "\u2019s", "'", "\u2019"}
DETERMINERS = {"the", "a", "an"}
QUOTES = {'"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "``", "''"}
OF_WORDS = {"of", "for", "at", "from"}
PARTY_LETTERS = {"R", "D", "I"}
MAX_QUALIFIER_STEPS = 6


@dataclass
class Evidence:
    """One role phrase attached to a name (or standing alone as a role noun)."""

    kind: str
    title: str
    start: int  # token span of the whole phrase, qualifiers included
    end: int
    country_code: Optional[str] = None
    former: bool = False
    qualified: bool = False  # a country, party or international organisation stands beside it
    org: bool = False  # an ordinary organisation stands beside it: a company's president is no leader
    direct: bool = False  # written right before the name ("Sen. X")
    weak: bool = False
    prefix_ok: bool = False
    definite: bool = False  # "the ..." or a possessive: can point back to a known person
    hypothetical: bool = False  # "the next president"

    @property
    def names_leader(self) -> bool:
        if self.kind != LEADER or self.org:
            return False
        return not self.weak or self.qualified or (self.prefix_ok and self.direct)


@dataclass
class Qualifiers:
    start: int
    country_code: Optional[str] = None
    former: bool = False
    qualified: bool = False
    org: bool = False
    definite: bool = False
    hypothetical: bool = False


def capitalized(text: str) -> bool:
    return bool(text) and text[0].isupper()


def span_key(toks: Tokens, start: int, end: int) -> str:
    return phrase_key(toks.span_text(start, end))


def has_break(toks: Tokens, start: int, end: int) -> bool:
    """A line break inside [start, end): titles and names do not run across paragraphs."""
    return any(toks.breaks_after[start:end - 1]) or toks.is_space[end - 1]


def phrase_ending_at(toks: Tokens, last: int, lo: int, lex: Lexicon) -> Optional[tuple[Phrase, int]]:
    """The longest role phrase whose last token is ``last`` (not reaching before ``lo``)."""
    for length in range(min(MAX_PHRASE_TOKENS, last - lo + 1), 0, -1):
        start = last - length + 1
        if has_break(toks, start, last + 1):
            continue
        phrase = lex.phrase(toks.span_text(start, last + 1))
        if phrase is not None:
            return phrase, start
    return None


def phrase_starting_at(toks: Tokens, first: int, hi: int, lex: Lexicon) -> Optional[tuple[Phrase, int]]:
    """The longest role phrase starting at token ``first`` (ending before ``hi``); returns its end."""
    for length in range(min(MAX_PHRASE_TOKENS, hi - first), 0, -1):
        if has_break(toks, first, first + length):
            continue
        phrase = lex.phrase(toks.span_text(first, first + length))
        if phrase is not None:
            return phrase, first + length
    return None


def country_ending_at(toks: Tokens, end: int, lo: int) -> Optional[tuple[str, int]]:
    """A country name or demonym made of the tokens just before ``end`` ("North Korean", "U.S.")."""
    for length in (3, 2, 1):
        start = end - length
        if start < lo or not capitalized(toks.texts[start]) or toks.lowers[start] in DETERMINERS:
            continue
        text = toks.span_text(start, end)
        country = country_by_demonym(text) or country_by_name(text)
        if country is not None:
            return country.code, start
    return None


def country_starting_at(toks: Tokens, start: int, hi: int) -> Optional[tuple[str, int]]:
    for length in (4, 3, 2, 1):
        end = start + length
        if end > hi or not capitalized(toks.texts[start]):
            continue
        country = country_by_name(toks.span_text(start, end))
        if country is not None:
            return country.code, end
    return None


def org_ending_at(toks: Tokens, end: int, lo: int, lex: Lexicon) -> Optional[tuple[bool, int]]:
    """(is international, start) when the tokens before ``end`` name an organisation."""
    for length in (3, 2, 1):
        start = end - length
        if start >= lo and span_key(toks, start, end) in lex.intl_orgs:
            return True, start
    if toks.tokens[end - 1].ent_type_ == "ORG" and capitalized(toks.texts[end - 1]):
        start = end - 1
        while start > lo and toks.tokens[start].ent_iob_ == "I":
            start -= 1
        return False, start
    return None


def qualifiers_before(toks: Tokens, end: int, lo: int, lex: Lexicon) -> Qualifiers:
    """Country, party, organisation and "former" words written before a title that ends at ``end``."""
    q = Qualifiers(start=end)
    k = end
    for _ in range(MAX_QUALIFIER_STEPS):
        if k <= lo:
            break
        if toks.breaks_after[k - 1]:
            break
        text = toks.texts[k - 1]
        key = phrase_key(text)
        if key in lex.former or (key == "-" and k - 2 >= lo and phrase_key(toks.texts[k - 2]) in lex.former):
            q.former = True
            k -= 1
        elif key in lex.modifiers or text in QUOTES or key == "-":
            k -= 1
        elif key in DETERMINERS:
            q.definite = q.definite or key == "the"
            k -= 1
            break
        elif key in lex.hypothetical:
            q.hypothetical = True
            k -= 1
        elif key in lex.parties:
            q.qualified = True
            q.country_code = q.country_code or lex.parties[key]
            k -= 1
        elif toks.tokens[k - 1].pos_ == "ADJ" and country_ending_at(toks, k, lo) is None:
            k -= 1  # "the embattled ...", "the Ruritanian ..."
        elif key in DETERMINERS:
            q.definite = q.definite or key == "the"
            k -= 1
            break
        elif text in POSSESSIVE and k - 1 > lo:
            found = country_ending_at(toks, k - 1, lo)
            if found is None:
                break
            q.country_code, k = found
            q.qualified = q.definite = True
            break  # a possessive starts the noun phrase
        elif (found := country_ending_at(toks, k, lo)) is not None:
            q.country_code, k = found
            q.qualified = True
        elif (org := org_ending_at(toks, k, lo, lex)) is not None:
            international, k = org
            q.qualified = q.qualified or international
            q.org = not international
            break
        else:
            break
    q.start = k
    return q


def after_title(toks: Tokens, end: int, hi: int, lex: Lexicon) -> tuple[Optional[str], bool, bool, int]:
    """What follows a title: "of Russia" -> (code, qualified, org, new end)."""
    if end >= hi or toks.lowers[end] not in OF_WORDS:
        return None, False, False, end
    k = end + 1
    if k < hi and toks.lowers[k] == "the":
        k += 1
    if k >= hi:
        return None, False, False, end
    found = country_starting_at(toks, k, hi)
    if found is not None:
        return found[0], True, False, found[1]
    for length in (3, 2, 1):
        if k + length <= hi and span_key(toks, k, k + length) in lex.intl_orgs:
            return None, True, False, k + length
    if toks.tokens[k].ent_type_ in ("GPE", "LOC", "NORP"):
        end_of_place = k + 1
        while end_of_place < hi and toks.tokens[end_of_place].ent_iob_ == "I":
            end_of_place += 1
        following = toks.texts[end_of_place] if end_of_place < hi else ""
        if not (capitalized(following) or following == "-"):  # "of the Miami-based Caucus" is no place
            return None, True, False, end_of_place
    return None, False, toks.lowers[end] in ("of", "at", "for"), k


def title_evidence(toks: Tokens, phrase: Phrase, title_start: int, title_end: int, lo: int, hi: int,
                   lex: Lexicon, direct: bool) -> Evidence:
    """Evidence for a role phrase at [title_start, title_end) with its qualifiers on both sides."""
    title = phrase.title
    start = title_start
    if start > lo and toks.lowers[start - 1] in lex.office_prefixes and phrase.kind == LEADER:
        title = f"{toks.texts[start - 1].capitalize()} {title}"
        start -= 1
    q = qualifiers_before(toks, start, lo, lex)
    ev = Evidence(phrase.kind, title, q.start, title_end, q.country_code, q.former, q.qualified, q.org,
                  direct, phrase.weak or title != phrase.title, phrase.prefix_ok, q.definite, q.hypothetical)
    if not direct:
        code, qualified, org, ev.end = after_title(toks, title_end, hi, lex)
        ev.country_code = ev.country_code or code
        ev.qualified = ev.qualified or qualified
        ev.org = ev.org or (org and not qualified)
    if title in lex.domestic_titles and (us_state_near(toks, q.start, title_start, title_end, ev.end, lex)
                                         or span_key(toks, title_start, title_end) in lex.us_forms):
        ev.country_code, ev.qualified = "US", True
    return ev


def us_state_near(toks: Tokens, qualifier_start: int, title_start: int, title_end: int, end: int,
                  lex: Lexicon) -> bool:
    """ "Texas Sen. X", "governor of Ohio", "a congressman from Georgia": a US state beside the title."""
    regions = ((max(0, qualifier_start - 2), title_start), (title_end, end))
    return any(span_key(toks, i, j) in lex.us_states
               for lo, hi in regions for i in range(lo, hi) for j in range(i + 1, min(i + 2, hi) + 1))


def evidence_before(toks: Tokens, start: int, lo: int, lex: Lexicon) -> Optional[Evidence]:
    """A title right before a name ("North Korean leader X") or before a comma ("the minister, X")."""
    last, direct = start - 1, True
    if last > lo and toks.texts[last] == ",":
        last, direct = last - 1, False
    if last < lo:
        return None
    found = phrase_ending_at(toks, last, lo, lex)
    if found is None:
        return None
    phrase, title_start = found
    if direct and not capitalized(toks.texts[title_start]) and phrase.kind == LEADER:
        # lower-case titles before a name need a qualifier: "North Korean leader X", not "as leader X"
        ev = title_evidence(toks, phrase, title_start, last + 1, lo, start, lex, direct=True)
        ev.direct = False
        return ev
    ev = title_evidence(toks, phrase, title_start, last + 1, lo, start, lex, direct=direct)
    if not direct and not (ev.definite or ev.qualified):
        return None  # "..., minister, X" without "the" or a country is a list, not an apposition
    return ev


def evidence_after(toks: Tokens, end: int, hi: int, lex: Lexicon) -> Optional[Evidence]:
    """An apposition after a name: "X, Russia's president", "X, the president of France", "X (R-Texas)"."""
    if end + 2 < hi and toks.texts[end] == "(" and toks.texts[end + 1] in PARTY_LETTERS \
            and toks.texts[end + 2] in ("-", "\u2013"):
        return Evidence(LEADER, "Legislator", end, end + 3, "US", qualified=True)
    if end + 3 < hi and toks.texts[end] == "," and toks.texts[end + 1] in PARTY_LETTERS \
            and toks.texts[end + 2] in ("-", "\u2013") and phrase_key(toks.texts[end + 3]) in lex.us_states:
        return Evidence(LEADER, "Legislator", end, end + 4, "US", qualified=True)  # "X, D-Calif., said"
    if end + 1 >= hi or toks.texts[end] != ",":
        return None
    k = end + 1
    definite = False
    if toks.lowers[k] in DETERMINERS:
        definite = toks.lowers[k] == "the"
        k += 1
    # walk over qualifiers until a role phrase starts; the phrase's own qualifiers are re-read backwards
    for _ in range(MAX_QUALIFIER_STEPS):
        if k >= hi:
            return None
        found = phrase_starting_at(toks, k, hi, lex)
        if found is not None:
            phrase, title_end = found
            ev = title_evidence(toks, phrase, k, title_end, end + 1, hi, lex, direct=False)
            ev.definite = ev.definite or definite
            return ev
        text = toks.texts[k]
        key = phrase_key(text)
        if not (key in lex.former or key in lex.modifiers or key in lex.parties or text in POSSESSIVE
                or text in QUOTES or key == "-" or capitalized(text)):
            return None
        k += 1
    return None
