"""Reported content from the dependency parse: clausal complements, parentheticals, "according to"."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from .cues import lemma, lexicon

TokenRange = tuple[int, int]  # first and last token index, inclusive
COMPLEMENT_DEPS = {"dobj", "oprd", "xcomp", "prep", "ccomp", "attr", "acomp", "advcl", "dative"}


def subtree_range(token: Token) -> TokenRange:
    return token.left_edge.i, token.right_edge.i


def union(ranges: list[TokenRange]) -> Optional[TokenRange]:
    if not ranges:
        return None
    return min(r[0] for r in ranges), max(r[1] for r in ranges)


def clausal_content(verb: Token) -> Optional[TokenRange]:
    """The clausal complement(s) of a cue verb: "said [that the talks went well]", also when the parse
    hangs the clause on a medium noun: "said in a statement [that ...]"."""
    found = union([subtree_range(c) for c in verb.children if c.dep_ == "ccomp"])
    if found is not None:
        return with_coordinated_clause(verb, found)
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.lemma_.lower() in lexicon().nouns:
                clauses = [c for c in noun.rights if c.dep_ in ("acl", "ccomp") and starts_with_that(c)]
                if clauses:
                    return union([subtree_range(c) for c in clauses])
    return None


def with_coordinated_clause(verb: Token, content: TokenRange) -> TokenRange:
    """ "said A, but B can wait": a clause with its own subject coordinated right after the complement
    (misattached to the cue by the parser) continues the report, unless it is a new attribution."""
    for conj in verb.rights:
        if conj.dep_ != "conj" or conj.i <= content[1] or conj.pos_ not in ("VERB", "AUX"):
            continue
        has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children)
        if has_subject and lemma(conj) not in lexicon().speech and lemma(conj) not in lexicon().belief:
            return content[0], conj.right_edge.i
        break
    return content


def starts_with_that(clause: Token) -> bool:
    first = clause.left_edge
    return first.lower_ == "that" and first.dep_ == "mark"


def parenthetical_content(verb: Token) -> Optional[tuple[TokenRange, TokenRange]]:
    """For "The plan, she said, is dead": the host clause around the cue, and the cue's own gap."""
    if verb.dep_ != "parataxis" or verb.head is verb:
        return None
    host = verb.head
    sent = verb.sent
    gap = subtree_range(verb)
    left = max(host.left_edge.i, sent.start)
    right = min(host.right_edge.i, sent.end - 1)
    if right - left + 1 <= (gap[1] - gap[0] + 1) + 1:
        return None
    return (left, right), gap


FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
MAX_ATTRIBUTION_TAIL = 8  # tokens after a sentence-final cue ("..., he said on Tuesday in Paris.")


def fronted_content(verb: Token, attribution_start: int) -> Optional[TokenRange]:
    """For "The border stays shut, the minister said.": the clause before the final attribution."""
    sent = verb.sent
    comma = attribution_start - 1
    if comma <= sent.start or verb.doc[comma].text not in (",", "\u2014", "\u2013"):
        return None
    tail = verb.doc[verb.i + 1:sent.end]
    if len(tail) > MAX_ATTRIBUTION_TAIL or any(t.pos_ in ("VERB", "AUX") for t in tail):
        return None
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative") for c in verb.children):
        return None
    if not any(t.tag_ in FINITE_TAGS for t in verb.doc[sent.start:comma]):
        return None  # an introductory phrase ("In a statement, ..."), not a reported clause
    return sent.start, comma - 1


def naming_content(verb: Token) -> Optional[TokenRange]:
    """Objects and complements right of a naming verb: called [the deal "a disaster"]."""
    ranges = [subtree_range(c) for c in verb.rights if c.dep_ in COMPLEMENT_DEPS]
    return union(ranges)


def object_content(verb: Token) -> Optional[TokenRange]:
    """The object of a verb of comment and the rest of its clause: criticized [the plan as naive]."""
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    return obj.left_edge.i, clause_end(verb)


def clause_end(verb: Token) -> int:
    """The last token of the verb's own clause: not a coordinated predicate ("and threatened ..."),
    not final punctuation."""
    last = verb.i
    for child in verb.rights:
        if child.dep_ in ("conj", "cc") or (child.dep_ == "punct" and child.i > last + 1):
            break
        last = child.right_edge.i
    while last > verb.i and verb.doc[last].is_punct:
        last -= 1
    return last


def prep_object_content(verb: Token) -> Optional[TokenRange]:
    """The object of a verb's preposition: called for [a ceasefire], warned against [new tariffs]."""
    preps = lexicon().prep_objects.get(lemma(verb), frozenset())
    for child in verb.rights:
        if child.dep_ == "prep" and child.lower_ in preps:
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            extra = [c for c in verb.rights if c.dep_ == "xcomp" and c.i > child.i]
            if objects:
                return objects[0].left_edge.i, max([clause_end(verb)] + [c.right_edge.i for c in extra])
    return None


def cut_trailing_attribution(verb: Token, tokens: TokenRange, reporting: list[int]) -> TokenRange:
    """Stop content before a second attribution hung inside it: "..., arguing that ..." / "and X accused".

    ``reporting`` holds the indices of the coordinated or adverbial speech verbs inside ``tokens``."""
    doc = verb.doc
    first, last = tokens
    for i in reporting:
        token = doc[i]
        if token.head.i < i and token.head.i != verb.i:
            start = token.left_edge.i
            while start > first and (doc[start - 1].is_punct or doc[start - 1].dep_ == "cc"):
                start -= 1
            if start > first:
                return first, start - 1
    return tokens


def infinitive_content(verb: Token) -> Optional[TokenRange]:
    """A to-infinitive complement: vowed [to retaliate]."""
    for child in verb.rights:
        if child.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            return subtree_range(child)
    return None


def according_to(token: Token) -> Optional[tuple[TokenRange, Token, TokenRange]]:
    """For "according to X": (content range, the source head, the cue range "according to")."""
    doc = token.doc
    if token.lower_ != "according" or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "to":
        return None
    to = doc[token.i + 1]
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    sent = token.sent
    phrase = (token.i, max(source.right_edge.i, to.i))
    host = token.head if token.head is not token else None
    if host is not None and host.sent == sent and not (phrase[0] <= host.i <= phrase[1]):
        left, right = max(host.left_edge.i, sent.start), min(host.right_edge.i, sent.end - 1)
    else:
        left, right = sent.start, sent.end - 1
    if phrase[0] - left <= 1:
        content = (phrase[1] + 1, right)
    elif right - phrase[1] <= 2:
        content = (left, phrase[0] - 1)
    else:
        content = (left, right)
    if content[1] < content[0]:
        return None
    return content, source, (token.i, to.i)
