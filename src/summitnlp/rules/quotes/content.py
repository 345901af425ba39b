"""Reported content from the dependency parse: clausal complements, parentheticals, "according to"."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from .cues import is_cue_word, lemma, lexicon

TokenRange = tuple[int, int]  # first and last token index, inclusive
QUOTE_MARKS = {'"', "'", "\u201d", "\u2019", "''", "\u00bb"}  # a closing mark ends a quotation: keep it
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
        return with_elaboration(verb, with_coordinated_clause(verb, found))
    addressed = addressee_clause(verb)
    if addressed is not None:
        return addressed
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.lemma_.lower() in lexicon().nouns:
                clauses = [c for c in noun.rights if c.dep_ in ("acl", "ccomp") and starts_with_that(c)]
                if clauses:
                    return union([subtree_range(c) for c in clauses])
    return None


def addressee_clause(verb: Token) -> Optional[TokenRange]:
    """ "told a meeting of leaders [that few understood ...]": a that-clause the parse hung on the
    addressee as if it were a relative clause ("that" is its marker, not a relative pronoun)."""
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "dative"):
            continue
        nouns = [obj] + [n for p in obj.children if p.dep_ == "prep" for n in p.children if n.dep_ == "pobj"]
        for noun in nouns:
            if noun.lemma_.lower() in lexicon().claim_nouns:
                continue  # "believed the governor's claim that ...": the claim is the governor's
            clause = next((c for c in noun.rights if c.dep_ in ("relcl", "acl") and starts_with_that(c)), None)
            if clause is not None:
                return subtree_range(clause)
    return None


def with_coordinated_clause(verb: Token, content: TokenRange) -> TokenRange:
    """ "said A, but B can wait": a clause with its own subject coordinated right after the complement
    (misattached to the cue by the parser) continues the report, unless it is a new attribution."""
    for conj in verb.rights:
        if conj.dep_ != "conj" or conj.i <= content[1] or conj.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in conj.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            break
        new_attribution = lemma(conj) in lexicon().speech or lemma(conj) in lexicon().belief
        if not new_attribution or same_pronoun_subject(verb, subject):
            end = conj.right_edge.i
            while end > conj.i and verb.doc[end].is_punct and verb.doc[end].text not in QUOTE_MARKS:
                end -= 1
            return content[0], end
        break
    return content


def with_elaboration(verb: Token, content: TokenRange) -> TokenRange:
    """ "notes that three things happen at once: A, B and C": what follows a colon closing the complement
    spells it out (the parser tends to make it a new clause of its own)."""
    doc = verb.doc
    colon = content[1] + 1
    if colon >= len(doc) or doc[colon].text != ":" or verb.i > content[0]:
        return content
    sent_end = doc[colon].sent.end - 1
    while sent_end > colon and (doc[sent_end].is_punct or doc[sent_end].is_space):
        sent_end -= 1
    return (content[0], sent_end) if sent_end > colon and doc[colon].sent == verb.sent else content


def same_pronoun_subject(verb: Token, subject: Token) -> bool:
    """ "says she hopes A, but she knows B": the reported subject goes on, so does the report."""
    if subject.pos_ != "PRON":
        return False
    for clause in verb.children:
        if clause.dep_ == "ccomp":
            return any(c.dep_ == "nsubj" and c.lower_ == subject.lower_ for c in clause.children)
    return False


def starts_with_that(clause: Token) -> bool:
    first = clause.left_edge
    return first.lower_ == "that" and first.dep_ == "mark"


def parenthetical_content(verb: Token) -> Optional[tuple[TokenRange, TokenRange]]:
    """For "The plan, she said, is dead": the host clause around the cue, and the cue's own gap."""
    if verb.dep_ != "parataxis" or verb.head is verb:
        return None
    host = verb.head
    if host.dep_ in ("nsubj", "nsubjpass") and host.pos_ in ("NOUN", "PROPN", "PRON"):
        host = host.head  # "The difference now, he said, is ...": the cue hung on the subject noun
    sent = verb.sent
    gap = subtree_range(verb)
    left = max(host.left_edge.i, sent.start)
    right = min(host.right_edge.i, sent.end - 1)
    if right - left + 1 <= (gap[1] - gap[0] + 1) + 1:
        return None
    return (left, right), gap


def as_clause_content(verb: Token) -> Optional[TokenRange]:
    """For "The bill is dead, as the senator noted." and "As she noted, the bill is dead.": the host clause
    on the other side of the "as" attribution."""
    if verb.dep_ != "advcl" or verb.head is verb or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in verb.children):
        return None
    if any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children):
        return None  # "as he told reporters that ...": content of its own (or none of the host's)
    host, sent, doc = verb.head, verb.sent, verb.doc
    first, last = verb.left_edge.i, verb.right_edge.i
    if first > host.i:
        left, right = max(host.left_edge.i, sent.start), first - 1
    else:
        left, right = last + 1, min(host.right_edge.i, sent.end - 1)
    while left < right and (doc[left].is_punct or doc[left].is_space) and doc[left].text not in QUOTE_MARKS:
        left += 1
    while right > left and (doc[right].is_punct or doc[right].is_space) and doc[right].text not in QUOTE_MARKS:
        right -= 1
    return (left, right) if right - left >= 2 else None


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
        gerund = next((c for c in verb.rights if c.dep_ == "xcomp" and c.tag_ == "VBG"), None)
        return subtree_range(gerund) if gerund is not None else None  # "recalled [sitting in on ...]"
    return obj.left_edge.i, clause_end(verb)


def clause_end(verb: Token) -> int:
    """The last token of the verb's own clause: not a coordinated predicate ("and threatened ..."),
    not final punctuation."""
    last = verb.i
    verbal_conjuncts = [c.i for c in verb.rights if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    for child in verb.rights:
        if child.dep_ == "conj" and child.i in verbal_conjuncts:
            break
        if child.dep_ == "cc" and any(i > child.i for i in verbal_conjuncts):
            break  # a noun conjunct hung on the verb ("called the vote and the arrests a ploy") stays
        if child.dep_ == "punct" and child.i > last + 1:
            break
        if child.dep_ == "advcl" and is_cue_word(lemma(child)):
            break  # "compared A to B, saying C": the participle reports on its own
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
        if is_subordinate(token):
            continue  # "because they had asked", "when asked": part of the report, not a new one
        if token.head.i < i and token.head.i != verb.i:
            start = token.left_edge.i
            while start > first and (doc[start - 1].is_punct or doc[start - 1].dep_ == "cc"):
                start -= 1
            if start > first:
                return first, start - 1
    return tokens


def is_subordinate(verb: Token) -> bool:
    """An adverbial clause opened by a conjunction or wh-adverb ("because ...", "when asked"), or a
    coordinated complement clause ("... but that it would add ...")."""
    if verb.dep_ == "conj":
        return any(c.dep_ == "mark" for c in verb.children if c.i < verb.i)
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB") for c in verb.children if c.i < verb.i)


def infinitive_content(verb: Token) -> Optional[TokenRange]:
    """A to-infinitive complement: vowed [to retaliate]."""
    for child in verb.rights:
        if child.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            return with_bare_conjuncts(verb, subtree_range(child))
    return None


def with_bare_conjuncts(verb: Token, content: TokenRange) -> TokenRange:
    """ "wants to cut taxes, grow jobs and ...": bare verbs the parser coordinated with the finite cue
    belong to the infinitive (a finite verb cannot coordinate with a bare form)."""
    if verb.tag_ == "VB":
        return content
    last = content[1]
    for conj in verb.rights:
        if conj.dep_ == "conj" and conj.i > last and conj.tag_ == "VB" \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
            last = conj.right_edge.i
            while last > conj.i and verb.doc[last].is_punct:
                last -= 1
    return content[0], last


def according_to(token: Token) -> Optional[tuple[TokenRange, Token, TokenRange]]:
    """For "according to X": (content range, the source head, the cue range "according to")."""
    doc = token.doc
    if token.lower_ != "according" or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "to":
        return None
    to = doc[token.i + 1]
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    source_end = source.right_edge.i if source is not None else to.i
    if source is None:  # "according to show insiders": a noun-verb homograph parsed as a verb phrase
        verbal = next((c for c in to.children if c.dep_ == "pcomp"), None)
        source = next((c for c in verbal.children if c.dep_ == "dobj"), None) if verbal is not None else None
        if source is None:
            return None
        source_end = verbal.right_edge.i
    sent = token.sent
    phrase = (token.i, max(source_end, to.i))
    host = token.head if token.head is not token else None
    if host is not None and host.sent == sent and host.i < token.i - 1 and doc[token.i - 1].text == ",":
        # "A, and B, according to X": the parse hangs the phrase on the last clause, but X vouches for
        # everything before the comma
        left, right = sent.start, token.i - 2
    elif host is not None and host.sent == sent and not (phrase[0] <= host.i <= phrase[1]):
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
