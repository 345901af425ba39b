"""The tense of the clause that governs a temporal expression: PAST, NONE (unknown/present), FUTURE,
PROGRESSIVE ("is leaving") or WOULD ("would arrive", "could arrive")."""
from __future__ import annotations

from spacy.tokens import Doc, Token

FUTURE_AUX = {"will", "shall", "'ll", "wo"}
FUTURE_HEADS = {"schedule", "expect", "plan", "set", "due", "intend", "hope", "want", "aim", "prepare",
                "propose", "aspire", "seek", "try", "agree", "promise", "vow", "threaten", "likely", "poised"}
SAME_PAST_FORM = {"hurt", "cut", "put", "set", "hit", "let", "cost", "spread", "shut", "quit", "beat", "bid", "cast",
                  "burst", "split", "upset", "read", "bet", "broadcast", "forecast", "shed", "slit", "thrust"}
MAX_CLIMB = 4
PAST, NONE, FUTURE, PROGRESSIVE, WOULD, PRESENT = -1, 0, 1, 2, 3, 4


def token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def governing_verb(token: Token) -> Token | None:
    """The nearest verb or auxiliary above ``token`` (or the token itself)."""
    current = token
    for _ in range(MAX_CLIMB + 2):
        if current.pos_ in ("VERB", "AUX") and current.dep_ not in ("aux", "auxpass"):
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def auxiliaries(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass")]


def is_past(verb: Token, auxes: list[Token]) -> bool:
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return True
    return verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes)


def verb_tense(verb: Token) -> int:
    """Tense of one verb from its tag and auxiliaries; climbs through infinitives ("is scheduled to leave")."""
    current, climbed = verb, False
    for _ in range(MAX_CLIMB):
        auxes = auxiliaries(current)
        aux_words = {a.lower_ for a in auxes}
        if aux_words & FUTURE_AUX or "going" in aux_words:
            return FUTURE
        past = is_past(current, auxes)
        if current.pos_ == "ADJ" and current.head.i != current.i:
            past = past or is_past(current.head, auxiliaries(current.head))
        if climbed and (current.lemma_ in FUTURE_HEADS or current.lemma_ == "be"):
            return NONE if past else FUTURE  # "is scheduled to leave", "is to resume"
        if current.lemma_ in FUTURE_HEADS and current.tag_ == "VBN" and not past and \
                any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in auxes):
            return FUTURE  # "the vote is expected Friday"
        if past:
            return PAST
        if current.tag_ == "VBN" and current.dep_ in ("acl", "advcl") and not auxes:
            return PAST  # "the record high set on Aug. 6"
        if "would" in aux_words or aux_words & {"could", "might", "may", "should", "must", "can"}:
            return WOULD  # "a ruling could come Friday": a modal without "have" looks ahead
        if current.tag_ == "VBG" and any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in auxes):
            return PROGRESSIVE  # "is leaving on Friday"
        if current.tag_ in ("VBZ", "VBP") and current.pos_ == "VERB" and not auxes:
            # "they meet Monday" is a timetable present; "stocks hurt ... Friday" may be a past form
            return NONE if current.lower_ in SAME_PAST_FORM else PRESENT
        climbs = current.dep_ in ("xcomp", "ccomp", "advcl", "conj", "acl", "acomp")
        if (current.tag_ in ("VB", "VBG", "VBN") or current.pos_ == "ADJ") and climbs and current.head.i != current.i:
            current, climbed = current.head, True
            continue
        return NONE
    return NONE


def plain(tense: int) -> int:
    """-1, 0 or 1: progressive and "would" forms count as unknown outside weekdays."""
    return tense if tense in (PAST, NONE, FUTURE) else NONE


def leans_future(tense: int) -> bool:
    """For a bare weekday: "will meet", "is leaving", "would arrive" all point forward."""
    return tense in (FUTURE, PROGRESSIVE, WOULD, PRESENT)


def attached_to_noun(doc: Doc, char: int) -> bool:
    """"a cutback in September", "November transactions": the expression modifies a noun, not a verb."""
    token = token_at(doc, char)
    if token is None:
        return False
    head = token.head
    if head.pos_ == "ADP" and head.head.i != head.i:
        head = head.head
    return head.i != token.i and head.pos_ in ("NOUN", "PROPN")


def tense_at(doc: Doc, char: int) -> int:
    token = token_at(doc, char)
    if token is None:
        return 0
    verb = governing_verb(token)
    if verb is not None and outside_its_clause(token, verb):
        verb = governing_verb(verb.head) if verb.head.i != verb.i else None  # a root here is a broken parse
    return verb_tense(verb) if verb is not None else 0


def outside_its_clause(token: Token, verb: Token) -> bool:
    """"warnings on Thursday that strikes could harm": a time before the clause's "that" belongs to the
    main clause, whatever the parser attached it to."""
    return any(c.dep_ == "mark" and token.i < c.i < verb.i for c in verb.children)
