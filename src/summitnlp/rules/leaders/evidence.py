"""Title evidence around a name: "Russian President X", "X, Russia's president", "the foreign minister, X"."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Doc

from ..countries import country_by_demonym, country_by_name
from .lexicon import LEADER, MAX_PHRASE_TOKENS, Lexicon, Phrase, phrase_key

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


def span_text(doc: Doc, start: int, end: int) -> str:
    # built from the tokens: doc.text would rebuild the whole text on every call
    return "".join(doc[i].text_with_ws for i in range(start, end - 1)) + doc[end - 1].text


def span_key(doc: Doc, start: int, end: int) -> str:
    return phrase_key(span_text(doc, start, end))


def has_break(doc: Doc, start: int, end: int) -> bool:
    """A line break inside [start, end): titles and names do not run across paragraphs."""
    return any(doc[i].is_space or "\n" in doc[i].whitespace_ for i in range(start, end - 1)) or doc[end - 1].is_space


def phrase_ending_at(doc: Doc, last: int, lo: int, lex: Lexicon) -> Optional[tuple[Phrase, int]]:
    """The longest role phrase whose last token is ``last`` (not reaching before ``lo``)."""
    for length in range(min(MAX_PHRASE_TOKENS, last - lo + 1), 0, -1):
        start = last - length + 1
        if has_break(doc, start, last + 1):
            continue
        phrase = lex.phrase(span_text(doc, start, last + 1))
        if phrase is not None:
            return phrase, start
    return None


def phrase_starting_at(doc: Doc, first: int, hi: int, lex: Lexicon) -> Optional[tuple[Phrase, int]]:
    """The longest role phrase starting at token ``first`` (ending before ``hi``); returns its end."""
    for length in range(min(MAX_PHRASE_TOKENS, hi - first), 0, -1):
        if has_break(doc, first, first + length):
            continue
        phrase = lex.phrase(span_text(doc, first, first + length))
        if phrase is not None:
            return phrase, first + length
    return None


def country_ending_at(doc: Doc, end: int, lo: int) -> Optional[tuple[str, int]]:
    """A country name or demonym made of the tokens just before ``end`` ("North Korean", "U.S.")."""
    for length in (3, 2, 1):
        start = end - length
        if start < lo or not capitalized(doc[start].text) or doc[start].lower_ in DETERMINERS:
            continue
        text = doc[start:end].text
        country = country_by_demonym(text) or country_by_name(text)
        if country is not None:
            return country.code, start
    return None


def country_starting_at(doc: Doc, start: int, hi: int) -> Optional[tuple[str, int]]:
    for length in (4, 3, 2, 1):
        end = start + length
        if end > hi or not capitalized(doc[start].text):
            continue
        country = country_by_name(doc[start:end].text)
        if country is not None:
            return country.code, end
    return None


def org_ending_at(doc: Doc, end: int, lo: int, lex: Lexicon) -> Optional[tuple[bool, int]]:
    """(is international, start) when the tokens before ``end`` name an organisation."""
    for length in (3, 2, 1):
        start = end - length
        if start >= lo and span_key(doc, start, end) in lex.intl_orgs:
            return True, start
    token = doc[end - 1]
    if token.ent_type_ == "ORG" and capitalized(token.text):
        start = end - 1
        while start > lo and doc[start].ent_iob_ == "I":
            start -= 1
        return False, start
    return None


def qualifiers_before(doc: Doc, end: int, lo: int, lex: Lexicon) -> Qualifiers:
    """Country, party, organisation and "former" words written before a title that ends at ``end``."""
    q = Qualifiers(start=end)
    k = end
    for _ in range(MAX_QUALIFIER_STEPS):
        if k <= lo:
            break
        token = doc[k - 1]
        if token.is_space or "\n" in token.whitespace_:
            break
        key = phrase_key(token.text)
        if key in lex.former or (key == "-" and k - 2 >= lo and phrase_key(doc[k - 2].text) in lex.former):
            q.former = True
            k -= 1
        elif key in lex.modifiers or token.text in QUOTES or key == "-":
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
        elif token.pos_ == "ADJ" and country_ending_at(doc, k, lo) is None:  # "the embattled ...", "the Ruritanian ..."
            k -= 1
        elif key in DETERMINERS:
            q.definite = q.definite or key == "the"
            k -= 1
            break
        elif token.text in POSSESSIVE and k - 1 > lo:
            found = country_ending_at(doc, k - 1, lo)
            if found is None:
                break
            q.country_code, k = found
            q.qualified = q.definite = True
            break  # a possessive starts the noun phrase
        elif (found := country_ending_at(doc, k, lo)) is not None:
            q.country_code, k = found
            q.qualified = True
        elif (org := org_ending_at(doc, k, lo, lex)) is not None:
            international, k = org
            q.qualified = q.qualified or international
            q.org = not international
            break
        else:
            break
    q.start = k
    return q


def after_title(doc: Doc, end: int, hi: int, lex: Lexicon) -> tuple[Optional[str], bool, bool, int]:
    """What follows a title: "of Russia" -> (code, qualified, org, new end)."""
    if end >= hi or doc[end].lower_ not in OF_WORDS:
        return None, False, False, end
    k = end + 1
    if k < hi and doc[k].lower_ == "the":
        k += 1
    if k >= hi:
        return None, False, False, end
    found = country_starting_at(doc, k, hi)
    if found is not None:
        return found[0], True, False, found[1]
    for length in (3, 2, 1):
        if k + length <= hi and span_key(doc, k, k + length) in lex.intl_orgs:
            return None, True, False, k + length
    if doc[k].ent_type_ in ("GPE", "LOC", "NORP"):
        end_of_place = k + 1
        while end_of_place < hi and doc[end_of_place].ent_iob_ == "I":
            end_of_place += 1
        following = doc[end_of_place].text if end_of_place < hi else ""
        if not (capitalized(following) or following == "-"):  # "of the Miami-based Caucus" is no place
            return None, True, False, end_of_place
    return None, False, doc[end].lower_ in ("of", "at", "for"), k


def title_evidence(doc: Doc, phrase: Phrase, title_start: int, title_end: int, lo: int, hi: int,
                   lex: Lexicon, direct: bool) -> Evidence:
    """Evidence for a role phrase at [title_start, title_end) with its qualifiers on both sides."""
    title = phrase.title
    start = title_start
    if start > lo and doc[start - 1].lower_ in lex.office_prefixes and phrase.kind == LEADER:
        title = f"{doc[start - 1].text.capitalize()} {title}"
        start -= 1
    q = qualifiers_before(doc, start, lo, lex)
    ev = Evidence(phrase.kind, title, q.start, title_end, q.country_code, q.former, q.qualified, q.org,
                  direct, phrase.weak or title != phrase.title, phrase.prefix_ok, q.definite, q.hypothetical)
    if not direct:
        code, qualified, org, ev.end = after_title(doc, title_end, hi, lex)
        ev.country_code = ev.country_code or code
        ev.qualified = ev.qualified or qualified
        ev.org = ev.org or (org and not qualified)
    if title in lex.domestic_titles and (us_state_near(doc, q.start, title_start, title_end, ev.end, lex)
                                         or span_key(doc, title_start, title_end) in lex.us_forms):
        ev.country_code, ev.qualified = "US", True
    return ev


def us_state_near(doc: Doc, qualifier_start: int, title_start: int, title_end: int, end: int,
                  lex: Lexicon) -> bool:
    """ "Texas Sen. X", "governor of Ohio", "a congressman from Georgia": a US state beside the title."""
    regions = ((max(0, qualifier_start - 2), title_start), (title_end, end))
    return any(span_key(doc, i, j) in lex.us_states
               for lo, hi in regions for i in range(lo, hi) for j in range(i + 1, min(i + 2, hi) + 1))


def evidence_before(doc: Doc, start: int, lo: int, lex: Lexicon) -> Optional[Evidence]:
    """A title right before a name ("North Korean leader X") or before a comma ("the minister, X")."""
    last, direct = start - 1, True
    if last > lo and doc[last].text == ",":
        last, direct = last - 1, False
    if last < lo:
        return None
    found = phrase_ending_at(doc, last, lo, lex)
    if found is None:
        return None
    phrase, title_start = found
    if direct and not capitalized(doc[title_start].text) and phrase.kind == LEADER:
        # lower-case titles before a name need a qualifier: "North Korean leader X", not "as leader X"
        ev = title_evidence(doc, phrase, title_start, last + 1, lo, start, lex, direct=True)
        ev.direct = False
        return ev
    ev = title_evidence(doc, phrase, title_start, last + 1, lo, start, lex, direct=direct)
    if not direct and not (ev.definite or ev.qualified):
        return None  # "..., minister, X" without "the" or a country is a list, not an apposition
    return ev


def evidence_after(doc: Doc, end: int, hi: int, lex: Lexicon) -> Optional[Evidence]:
    """An apposition after a name: "X, Russia's president", "X, the president of France", "X (R-Texas)"."""
    if end + 2 < hi and doc[end].text == "(" and doc[end + 1].text in PARTY_LETTERS \
            and doc[end + 2].text in ("-", "\u2013"):
        return Evidence(LEADER, "Legislator", end, end + 3, "US", qualified=True)
    if end + 3 < hi and doc[end].text == "," and doc[end + 1].text in PARTY_LETTERS \
            and doc[end + 2].text in ("-", "\u2013") and phrase_key(doc[end + 3].text) in lex.us_states:
        return Evidence(LEADER, "Legislator", end, end + 4, "US", qualified=True)  # "X, D-Calif., said"
    if end + 1 >= hi or doc[end].text != ",":
        return None
    k = end + 1
    definite = False
    if doc[k].lower_ in DETERMINERS:
        definite = doc[k].lower_ == "the"
        k += 1
    # walk over qualifiers until a role phrase starts; the phrase's own qualifiers are re-read backwards
    for _ in range(MAX_QUALIFIER_STEPS):
        if k >= hi:
            return None
        found = phrase_starting_at(doc, k, hi, lex)
        if found is not None:
            phrase, title_end = found
            ev = title_evidence(doc, phrase, k, title_end, end + 1, hi, lex, direct=False)
            ev.definite = ev.definite or definite
            return ev
        token = doc[k]
        key = phrase_key(token.text)
        if not (key in lex.former or key in lex.modifiers or key in lex.parties or token.text in POSSESSIVE
                or token.text in QUOTES or key == "-" or capitalized(token.text)):
            return None
        k += 1
    return None
