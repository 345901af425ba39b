"""Quote candidates from cues, quotation marks and headlines, and their selection."""
from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable, Optional

from spacy.tokens import Doc, Token

from .content import (TokenRange, according_to, as_clause_content, clausal_content, cut_trailing_attribution,
                      fronted_content, infinitive_content, naming_content, object_content, parenthetical_content,
                      prep_object_content, starts_with_that, subtree_range)
from .columns import Columns, string_keys
from .cues import LEMMA_SLIPS, cue_extent, fixed_lemma, is_cue_word, is_verbal_tag, lemma, lexicon
from .marks import DOUBLE_MARKS, SINGLE_CLOSERS, SINGLE_OPENERS, QuoteSpan
from .speakers import RELATIVE_PRONOUNS, mention_range, passive_agent, speaker_token

LOG = logging.getLogger(__name__)
CharSpan = tuple[int, int]
QUOTE_CHARS = set(DOUBLE_MARKS + SINGLE_OPENERS + SINGLE_CLOSERS + "'")
EDGE_JUNK = set(" \t\r\n\u00a0,;:\u2014\u2013-")
MAX_LEAD_IN = 100  # characters between a cue and a quotation it introduces ("said on Friday: ")
MAX_HEADLINE_SOURCE = 5  # tokens of "Name:" at the head of a headline paragraph

# Lower rank wins when contents overlap.
RANK_SPEECH, RANK_NAMING, RANK_ADJACENT, RANK_BELIEF, RANK_INFINITIVE, RANK_HEADLINE = 0, 1, 1, 3, 4, 2
RANK_OBJECT = 5
RANK_CONTINUATION = 9


@dataclass
class Candidate:
    start: int
    end: int
    rank: int
    cue: Optional[CharSpan]
    speaker: Optional[Token]
    speaker_span: Optional[CharSpan]
    gap: Optional[CharSpan] = None  # the attribution inside a split quote
    kind: str = "indirect"
    parent: Optional["Candidate"] = None  # the quote a continuation inherits its speaker from
    speaker_name: Optional[str] = None
    inheritable: bool = True  # False for signed and labelled quotes: the next quotation is someone else's
    needs_speaker: bool = True  # False for impressions with no one behind them ("the plan seems doomed")


def disjoint(spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """Spans in order, dropping any that overlaps an earlier one (the lookups rely on disjointness)."""
    kept: list[QuoteSpan] = []
    for span in sorted(spans, key=lambda s: s.start):
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
    return kept


def is_reporting(dep: str, pos: str, tag: str, word: str) -> bool:
    """A speech verb, or a coordinated naming verb ("and called it a farce"), that attributes on its own
    (``word`` is the token's lemma as ``cues.lemma`` gives it)."""
    if dep not in ("advcl", "conj") or not is_verbal_tag(pos, tag):
        return False
    return word in lexicon().speech or (dep == "conj" and word in lexicon().naming)


ACCORDING, COLON = string_keys(["according"]), string_keys([":"])


@lru_cache(maxsize=1)
def cue_like_lemmas() -> frozenset[str]:
    """Lower-case lemmas of every cue, claim noun and reporting verb, and the lemmatizer slips fixed into one."""
    lex = lexicon()
    return frozenset().union(lex.speech, lex.belief, lex.infinitive, lex.naming, lex.agency, lex.object,
                             lex.prep_objects, lex.claim_nouns, lex.raising, LEMMA_SLIPS)


def cue_like_tokens(columns: Columns) -> list[tuple[Token, str]]:
    """The tokens the candidate rules start from ("according", ":", cue and claim lemmas), with their
    lower-case lemma; the rules test each further, so this only saves looking at the rest."""
    indices = columns.find(cue_like_lemmas(), ACCORDING, COLON)
    return [(columns.doc[i], columns.lemmas[i]) for i in indices]


class DocIndex:
    """Per-document lookups: quotation spans by offset, line breaks and reporting verbs by token."""

    def __init__(self, spans: list[QuoteSpan], text: str, doc: Optional[Doc] = None,
                 columns: Optional[Columns] = None) -> None:
        self.spans = disjoint(spans)
        self.starts = [s.start for s in self.spans]
        self.ends = [s.end for s in self.spans]  # disjoint spans: ends are sorted too
        self.text = text  # Doc.text is rebuilt on every access: read it once per document
        if doc is not None and columns is None:
            columns = Columns(doc)
        self.breaks: list[int] = []
        self.cue_like: list[tuple[Token, str]] = []  # see cue_like_tokens
        self.reporting: list[int] = []
        if columns is not None:
            # spaCy keeps line breaks as tokens
            self.breaks = [i for i, word in enumerate(columns.texts) if "\n" in word]
            self.cue_like = cue_like_tokens(columns)
            self.reporting = [t.i for t, lemma_ in self.cue_like if t.dep_ in ("advcl", "conj")
                              and is_reporting(t.dep_, t.pos_, t.tag_, fixed_lemma(lemma_, t.lower_))]
        self.sentence_starts = [s.start_char for s in doc.sents] if doc is not None and len(doc) else [0]

    def sentence_start(self, offset: int) -> int:
        """Character offset where the sentence holding ``offset`` begins (without walking the tree)."""
        return self.sentence_starts[max(0, bisect.bisect_right(self.sentence_starts, offset) - 1)]

    def containing(self, offset: int) -> Optional[QuoteSpan]:
        i = bisect.bisect_right(self.starts, offset) - 1
        span = self.spans[i] if i >= 0 else None  # disjoint spans: only the last one opened can hold it
        return span if span is not None and span.start < offset < span.end else None

    def overlapping(self, start: int, end: int) -> list[QuoteSpan]:
        return self.spans[bisect.bisect_right(self.ends, start):bisect.bisect_left(self.starts, end)]

    def first_before_verb(self, verb: Token) -> bool:
        """Whether a quotation closes right before the cue's attribution (the adjacent rule's case)."""
        before = self.last_before(verb.idx)
        return before is not None and before.end >= self.sentence_start(verb.idx)

    def first_after(self, offset: int) -> Optional[QuoteSpan]:
        i = bisect.bisect_left(self.starts, offset)
        return self.spans[i] if i < len(self.spans) else None

    def last_before(self, offset: int) -> Optional[QuoteSpan]:
        i = bisect.bisect_right(self.ends, offset)
        return self.spans[i - 1] if i > 0 else None

    def in_range(self, indices: list[int], first: int, last: int) -> list[int]:
        """The members of a sorted token-index list between ``first`` and ``last`` inclusive."""
        return indices[bisect.bisect_left(indices, first):bisect.bisect_right(indices, last)]


def char_range(doc: Doc, tokens: TokenRange) -> CharSpan:
    first, last = doc[tokens[0]], doc[tokens[1]]
    return first.idx, last.idx + len(last.text)


def trim(text: str, start: int, end: int) -> CharSpan:
    while start < end and text[start] in EDGE_JUNK:
        start += 1
    while end > start and text[end - 1] in EDGE_JUNK:
        end -= 1
    return start, end


WORD = re.compile(r"\w+")


def word_count(text: str, enough: int = 1_000_000) -> int:
    """Words in ``text``, counting no further than ``enough``."""
    count = 0
    for _ in WORD.finditer(text):
        count += 1
        if count >= enough:
            break
    return count


def speaker_of(verb: Token, text: str) -> tuple[Optional[Token], Optional[CharSpan]]:
    head = speaker_token(verb)
    if head is None or head.lower_ in lexicon().not_speaker:
        return None, None
    head = author_of_document(head)
    if "\n" in text[min(head.idx, verb.idx):max(head.idx, verb.idx)]:
        return None, None  # a subject in another paragraph: the parse ran across a line break
    start, end = char_range(verb.doc, mention_range(head))
    if head.lower_ in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
        start = min(start, head.head.head.left_edge.idx)  # "the envoy, who said": both ways of naming him
    start = max(start, text.rfind("\n", start, head.idx) + 1)
    line_end = text.find("\n", head.idx, end)
    end = line_end if line_end >= 0 else end
    start, end = trim(text, start, end)
    while start < end and text[start] in QUOTE_CHARS:
        start += 1
    return head, (start, end)


def author_of_document(head: Token) -> Token:
    """ "He released a letter that said ...": a relative pronoun whose antecedent is a document object
    speaks for whoever issued it."""
    if head.lower_ not in ("that", "which") or head.head.dep_ != "relcl":
        return head
    document = head.head.head
    if document.dep_ != "dobj" or document.lemma_.lower() not in lexicon().nouns:
        return head
    issuer = next((c for c in document.head.children if c.dep_ == "nsubj"), None)
    return issuer if issuer is not None else head


def clip_to_paragraph(index: DocIndex, tokens: TokenRange, anchor: int) -> Optional[TokenRange]:
    """The part of a token range in the paragraph of token ``anchor`` (a parse can run across lines)."""
    first, last = tokens
    before = index.in_range(index.breaks, first, min(anchor, last))
    if before:
        first = before[-1] + 1
    after = index.in_range(index.breaks, max(anchor, first), last)
    if after:
        last = after[0] - 1
    return (first, last) if first <= last else None


def widen_to_quotes(quotes: DocIndex, start: int, end: int, keep_out: list[int]) -> CharSpan:
    """Grow a content span to the whole quotations it touches, except ones holding the attribution."""
    text = quotes.text
    for span in quotes.overlapping(start, end):
        if span.single and not (start <= span.start and span.end <= end + 1):
            continue
        if span.start < end < span.end and only_marks(text[span.start:end]):
            end = span.start  # the parse ended the sentence after the next quotation's opening mark
            continue
        if span.start < start < span.end and only_marks(text[start:span.end]):
            start = span.end
            continue
        if any(span.start <= k < span.end for k in keep_out):
            continue
        start, end = min(start, span.start), max(end, span.end)
    return start, end


def only_marks(text: str) -> bool:
    return all(ch in QUOTE_CHARS or ch.isspace() for ch in text)


def adjacent_quote(verb: Token, quotes: DocIndex, attribution_start: int) -> Optional[QuoteSpan]:
    """A quotation introduced by the cue ("said: '...'") or closed right before it ('...," Kim said')."""
    text = quotes.text
    verb_end = verb.idx + len(verb.text)
    after = quotes.first_after(verb_end)
    if after is not None and not after.single:
        lead_in = text[verb_end:after.start]
        stripped = lead_in.strip()
        if len(lead_in) <= MAX_LEAD_IN and (stripped.endswith((":", ",")) or not stripped) \
                and not any(ch in lead_in for ch in ".!?\"\u201c\u201d"):
            return after
    before = quotes.last_before(attribution_start)
    if before is not None and not before.single:
        between = text[before.end:attribution_start]
        if len(between) <= 4 and not any(ch.isalnum() for ch in between):
            return before
    return None


def split_quote(verb: Token, quotes: DocIndex, attribution_start: int) -> Optional[tuple[QuoteSpan, QuoteSpan]]:
    """ '"A," he told the host, "B."' : a quotation ending in a comma, the attribution, and its sequel."""
    text = quotes.text
    before = quotes.last_before(attribution_start)
    if before is None or before.single or not before.closed:
        return None
    between = text[before.end:attribution_start]
    if len(between) > 4 or any(ch.isalnum() for ch in between):
        return None
    if not text[before.start:before.end].rstrip(DOUBLE_MARKS + " ").endswith(","):
        return None
    after = quotes.first_after(verb.idx + len(verb.text))
    if after is None or after.single:
        return None
    lead_in = text[verb.idx + len(verb.text):after.start]
    if len(lead_in) > MAX_LEAD_IN or not lead_in.rstrip().endswith(",") or any(ch in lead_in for ch in ".!?:;\n"):
        return None
    doc = verb.doc
    attribution = doc.char_span(attribution_start, after.start, alignment_mode="expand")
    if attribution is None or any(t.pos_ in ("VERB", "AUX") and t.i != verb.i for t in attribution):
        return None  # "said, adding later, '...'": the second quotation is a new attribution
    return before, after


TITLE_INTRODUCERS = ("titled", "entitled", "called", "named", "dubbed", "headlined")
MAX_TITLE_WORDS = 8


def is_title(text: str, span: QuoteSpan) -> bool:
    """A book, film or programme title rather than speech: "titled 'X'", or short Title Case."""
    if text[max(0, span.start - 12):span.start].rstrip().lower().endswith(TITLE_INTRODUCERS):
        return True
    words = [w for w in text[span.start:span.end].split() if any(ch.isalpha() for ch in w)]
    small = {"a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "at", "by", "with"}
    return 0 < len(words) <= MAX_TITLE_WORDS and all(
        w.strip(DOUBLE_MARKS + "'\u2018\u2019")[:1].isupper() or w.lower() in small for w in words)


def quotes_speech(text: str, quotes: DocIndex, span: CharSpan) -> bool:
    """Whether a span holds a quotation that is not a title."""
    return any(not q.single and not is_title(text, q) for q in quotes.overlapping(*span)
               if span[0] <= q.start < span[1])


def has_plain_object(verb: Token) -> bool:
    """ "said goodbye", "says a lot": a direct object that is not quoted speech."""
    if lemma(verb) != "say":
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in lexicon().not_speech_objects for c in verb.children)


def cut_out(start: int, end: int, left: int, right: int) -> CharSpan:
    """Content without the attribution: a misparse can hang the speaker inside the complement."""
    if right <= start or left >= end:
        return start, end
    return (start, left) if left - start >= end - right else (right, end)


RAISED_DEPS = ("xcomp", "acomp", "ccomp", "oprd", "attr")


def raising_candidate(verb: Token, quotes: DocIndex) -> Optional[Candidate]:
    """ "The plan seems unlikely to pass", "it appears that talks stalled": an impression without a
    speaker, the subject and its complement together."""
    complement = next((c for c in verb.rights if c.dep_ in RAISED_DEPS
                       or (c.dep_ == "prep" and c.lower_ == "like")), None)
    if complement is None:
        return None
    subject = next((c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subject is None or subject.lower_ in RELATIVE_PRONOUNS:
        return None  # "prices that seem to start at ...": a description, not an impression
    first = complement.left_edge.i if subject.lower_ == "it" and complement.dep_ == "ccomp" else subject.left_edge.i
    tokens = clip_to_paragraph(quotes, (first, complement.right_edge.i), verb.i)
    if tokens is None:
        return None
    start, end = trim(quotes.text, *widen_to_quotes(quotes, *char_range(verb.doc, tokens), [verb.idx]))
    if word_count(quotes.text[start:end], 3) < 3:
        return None
    return Candidate(start, end, RANK_OBJECT, cue_extent(verb), None, None, needs_speaker=False)


HEARSAY = frozenset({"say", "report", "rumor", "rumour", "know"})  # "was said / reported / known to ..."


def is_passive_raising(verb: Token) -> bool:
    """ "Turnout is expected to rise", "he was said to be furious": a passive cue with a to-infinitive and
    no agent reports an impression of nobody in particular."""
    children = list(verb.children)
    return (any(c.dep_ == "nsubjpass" for c in children) and not any(c.dep_ == "agent" for c in children)
            and any(c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                    for c in children))


def verb_candidate(verb: Token, quotes: DocIndex) -> Optional[Candidate]:
    doc = verb.doc
    word = lemma(verb)
    lex = lexicon()
    enclosing = quotes.containing(verb.idx)
    if enclosing is not None and enclosing.closed:
        return None  # a cue inside someone's quotation: nested speech is left to that quotation
    if word in lex.raising or ((word in lex.belief or word in HEARSAY) and is_passive_raising(verb)):
        return raising_candidate(verb, quotes)
    speech = word in lex.speech
    # a speech cue needs its speaker from the start; any other cue only once it has content
    speaker, speaker_span = speaker_of(verb, quotes.text) if speech else (None, None)
    if speech:
        split = split_quote(verb, quotes, min(verb.idx, speaker_span[0]) if speaker_span else verb.idx)
        if split is not None:
            return Candidate(split[0].start, split[1].end, RANK_SPEECH, cue_extent(verb), speaker, speaker_span,
                             (split[0].end, split[1].start))
    tokens: Optional[TokenRange] = None
    gap: Optional[CharSpan] = None
    rank = RANK_SPEECH
    if word in lex.speech or word in lex.belief:
        tokens = clausal_content(verb)
        rank = RANK_SPEECH if word in lex.speech else RANK_BELIEF
    if tokens is None and word in lex.speech:
        found = parenthetical_content(verb)
        if found is not None:
            tokens, gap = found[0], char_range(doc, found[1])
    if tokens is None and (word in lex.speech or word in lex.belief):
        tokens = as_clause_content(verb)
    if tokens is None and word in lex.speech and not quotes.first_before_verb(verb):
        tokens = fronted_content(verb, speaker.left_edge.i if speaker is not None and speaker.i < verb.i else verb.i)
    if tokens is not None and has_plain_object(verb):
        return None  # "said goodbye to X after talks which ...": a parse that swallowed a clause
    if tokens is None and (word in lex.naming or word in lex.speech):
        tokens, rank = naming_content(verb), RANK_NAMING
        if tokens is not None and not quotes_speech(quotes.text, quotes, char_range(doc, tokens)):
            tokens = None
    if tokens is None and word in lex.infinitive:
        tokens, rank = infinitive_content(verb), RANK_INFINITIVE
    if tokens is None and word in lex.object:
        tokens, rank = object_content(verb), RANK_OBJECT
    if tokens is None and word in lex.prep_objects:
        tokens, rank = prep_object_content(verb), RANK_OBJECT
    if tokens is None and (word in lex.object or word in lex.naming):
        found = passive_content(verb)
        if found is not None:
            tokens, rank = found, RANK_OBJECT
    if tokens is not None and gap is None:
        tokens = cut_trailing_attribution(verb, tokens, quotes.in_range(quotes.reporting, tokens[0] + 1, tokens[1]))
    if tokens is not None:
        tokens = clip_to_paragraph(quotes, tokens, verb.i)
    if tokens is not None:
        if not speech:
            speaker, speaker_span = speaker_of(verb, quotes.text)
        start, end = char_range(doc, tokens)
        if gap is None:
            for left, right in [(verb.idx, verb.idx + len(verb.text))] + ([speaker_span] if speaker_span else []):
                start, end = cut_out(start, end, left, right)
        if word_count(quotes.text[start:end], 2) < 2:
            return None
        keep_out = [verb.idx] + ([speaker_span[0]] if speaker_span else [])
        start, end = widen_to_quotes(quotes, start, end, keep_out)
    elif word in lex.speech:
        attribution_start = min(verb.idx, speaker_span[0]) if speaker_span else verb.idx
        span = adjacent_quote(verb, quotes, attribution_start)
        if span is None:
            return None
        start, end, rank = span.start, span.end, RANK_ADJACENT
    else:
        return None
    start, end = trim(quotes.text, start, end)
    if start >= end:
        return None
    return Candidate(start, end, rank, cue_extent(verb), speaker, speaker_span, gap)


def passive_content(verb: Token) -> Optional[TokenRange]:
    """ "The plan was criticized by ...", "the bill, opposed by ...": what the agent commented on is the
    passive subject, or the noun the participle modifies (the agent is the speaker)."""
    if passive_agent(verb) is None:
        return None
    subject = next((c for c in verb.lefts if c.dep_ == "nsubjpass"), None)
    if subject is not None:
        return subtree_range(subject)
    if verb.dep_ == "acl" and verb.head.i < verb.i and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head.left_edge.i, verb.head.i
    return None


def noun_candidate(noun: Token, quotes: DocIndex) -> Optional[Candidate]:
    """ "the senator's claim that the vote was rigged": a that-clause hung on a claim noun."""
    clause = next((c for c in noun.rights if c.dep_ in ("acl", "ccomp") and starts_with_that(c)), None)
    if clause is None:
        return None
    speaker, speaker_span = speaker_of(noun, quotes.text)
    tokens = clip_to_paragraph(quotes, subtree_range(clause), noun.i)
    if tokens is None:
        return None
    start, end = char_range(noun.doc, tokens)
    start, end = trim(quotes.text, *widen_to_quotes(quotes, start, end, [noun.idx]))
    if word_count(quotes.text[start:end], 3) < 3:
        return None
    return Candidate(start, end, RANK_BELIEF, (noun.idx, noun.idx + len(noun.text)), speaker, speaker_span)


def according_candidate(token: Token, quotes: DocIndex) -> Optional[Candidate]:
    found = according_to(token)
    if found is None:
        return None
    tokens, source, cue_tokens = found
    doc = token.doc
    cue = char_range(doc, cue_tokens)
    speaker_span = char_range(doc, mention_range(source))
    start, end = char_range(doc, tokens)
    gap = None
    if start < cue[0] and cue[1] < end:
        gap = (cue[0], speaker_span[1])
    start, end = widen_to_quotes(quotes, start, end, [cue[0]])
    start, end = trim(quotes.text, start, end)
    if word_count(quotes.text[start:end], 2) < 2:
        return None
    return Candidate(start, end, RANK_SPEECH, cue, source, speaker_span, gap)


def starts_paragraph(token: Token, text: str) -> bool:
    i = token.idx - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    return i < 0 or text[i] == "\n"


def paragraph_end(doc: Doc, i: int) -> int:
    """Index of the first token after token ``i``'s paragraph."""
    while i < len(doc) and "\n" not in doc[i].text and "\n" not in doc[i].whitespace_:
        i += 1
    return min(i + 1, len(doc)) if i < len(doc) and "\n" in doc[i].whitespace_ else i


def looks_like_name(tokens: list[Token]) -> bool:
    """Capitalised words (a name, an outlet, "PENCE"), not a label such as "Update" or "Photo"."""
    words = [t for t in tokens if t.is_alpha]
    if not words or len(tokens) > MAX_HEADLINE_SOURCE or words[0].lower_ in lexicon().labels:
        return False
    if any(t.pos_ in ("VERB", "AUX") for t in tokens):
        return False  # a section title that is a sentence ("Talks Resume:")
    return all(t.text[:1].isupper() or not t.is_alpha or t.lower_ in ("of", "the", "de", "al", "van", "von")
               for t in tokens)


def headline_candidate(colon: Token, text: str) -> Optional[Candidate]:
    """'Name: what they said' at the head of a paragraph (headlines, interview transcripts)."""
    doc = colon.doc
    first = colon.i
    while first > 0 and colon.i - first <= MAX_HEADLINE_SOURCE and not starts_paragraph(doc[first], text):
        first -= 1
    if first == colon.i or not starts_paragraph(doc[first], text) or not looks_like_name(list(doc[first:colon.i])):
        return None
    end = paragraph_end(doc, colon.i)
    last = end - 1
    while last > colon.i and doc[last].is_space:
        last -= 1
    if last - colon.i < 3:
        return None
    start, stop = trim(text, doc[colon.i + 1].idx, doc[last].idx + len(doc[last].text))
    source = doc[first:colon.i]
    return Candidate(start, stop, RANK_HEADLINE, (colon.idx, colon.idx + 1), source.root,
                     (source.start_char, source.end_char), inheritable=False)


BYLINE = re.compile(r"[ \t\u00a0]{0,3}(?:\u2015|\u2014|\u2013|--?)[ \t\u00a0]{0,3}([A-Z][^\n]{0,80})(?=\n|$)")


def byline_candidate(doc: Doc, span: QuoteSpan, text: str) -> Optional[Candidate]:
    """'"What they said." -- Name' : a quotation signed with a dash at the end of its paragraph."""
    match = BYLINE.match(text, span.end)
    if span.single or match is None:
        return None
    name_start, name_end = trim(text, match.start(1), match.end(1))
    while name_end > name_start and text[name_end - 1] in ".\u00a0":
        name_end -= 1
    source = doc.char_span(name_start, name_end, alignment_mode="expand")
    if source is None or not len(source) or len(source) > 10:
        return None
    dash = text.find(match.group(0).strip(" \t\u00a0")[:1], span.end)
    return Candidate(span.start, span.end, RANK_ADJACENT, (dash, dash + 1), source.root,
                     (name_start, name_end), inheritable=False)


def collect_candidates(doc: Doc, spans: list[QuoteSpan], text: str,
                       columns: Optional[Columns] = None) -> list[Candidate]:
    columns = columns if columns is not None else Columns(doc)
    quotes = DocIndex(spans, text, doc, columns)
    claim_nouns = lexicon().claim_nouns
    found: list[Optional[Candidate]] = []
    for token, lemma_ in quotes.cue_like:
        lower, pos = token.lower_, token.pos_
        if lower == "according":
            found.append(guarded(according_candidate, token, quotes))
        elif token.text == ":":
            found.append(guarded(headline_candidate, token, text))
        elif is_verbal_tag(pos, token.tag_) and is_cue_word(fixed_lemma(lemma_, lower)):
            found.append(guarded(verb_candidate, token, quotes))
        elif pos == "NOUN" and lemma_ in claim_nouns:
            found.append(guarded(noun_candidate, token, quotes))
    found.extend(guarded(byline_candidate, doc, span, text) for span in spans)
    return [c for c in found if c is not None]


def guarded(rule: Callable[..., Optional[Candidate]], *args: Any) -> Optional[Candidate]:
    """One rule failing on an odd parse costs that candidate, not the document's quotes."""
    try:
        return rule(*args)
    except Exception:  # noqa: BLE001 - logged, and the other candidates stand
        LOG.warning("quote rule %s failed", rule.__name__, exc_info=True)
        return None


def kind_of(text: str, cand: Candidate, quotes: DocIndex) -> str:
    """direct: nothing but quotation (and the split-quote attribution); partial: some; else indirect."""
    inside = [q for q in quotes.overlapping(cand.start, cand.end)
              if q.start >= cand.start - 1 and q.end <= cand.end + 1 and not q.single]
    if not inside:
        return "indirect"
    covered = [(q.start, q.end) for q in inside] + ([cand.gap] if cand.gap else [])
    return "partial" if has_uncovered_alnum(text, cand.start, cand.end, covered) else "direct"


def has_uncovered_alnum(text: str, start: int, end: int, covered: list[CharSpan]) -> bool:
    """Whether a letter or digit of ``text[start:end]`` lies outside every ``covered`` span."""
    checked = start  # everything before this offset is covered or has no letter or digit
    for left, right in sorted(covered):
        if left > checked:
            if any(ch.isalnum() for ch in text[checked:min(left, end)]):
                return True
            checked = min(left, end)
        checked = max(checked, right)
        if checked >= end:
            return False
    return any(ch.isalnum() for ch in text[checked:end])


def select(candidates: list[Candidate], spans: list[QuoteSpan], text: str) -> list[Candidate]:
    """Non-overlapping candidates by rank, then continuation quotes, in text order."""
    quotes = DocIndex(spans, text)
    chosen: list[Candidate] = []
    taken = Coverage([])
    # Weak cues (belief, object, infinitive) report nothing without someone doing the reporting.
    candidates = [c for c in candidates if c.speaker_span is not None or c.rank < RANK_BELIEF or not c.needs_speaker]
    for cand in sorted(candidates, key=lambda c: (c.rank, -(c.end - c.start))):
        if taken.hits(cand.start, cand.end):
            continue
        chosen.append(cand)
        taken.add(cand.start, cand.end)
    chosen.sort(key=lambda c: c.start)
    chosen = add_continuations(text, chosen, spans)
    for cand in chosen:
        cand.kind = kind_of(text, cand, quotes)
    return chosen


def add_continuations(text: str, chosen: list[Candidate], spans: list[QuoteSpan]) -> list[Candidate]:
    """Quotations right after an attributed quote, with no attribution of their own, inherit it."""
    by_end = sorted(chosen, key=lambda c: c.end)
    covered = Coverage([(c.start, c.end) for c in chosen])
    added: list[Candidate] = []
    last: Optional[Candidate] = None
    j = 0
    for span in sorted(spans, key=lambda s: s.start):
        while j < len(by_end) and by_end[j].end <= span.start:
            if last is None or by_end[j].end > last.end:
                last = by_end[j]
            j += 1
        if span.single or last is None or not last.inheritable or covered.hits(span.start, span.end):
            continue
        if word_count(text[span.start:span.end], 3) < 3 or is_title(text, span) or not follows(text, last, span):
            continue
        root = last.parent or last
        start, end = trim(text, span.start, span.end)
        last = Candidate(start, end, RANK_CONTINUATION, None, root.speaker, root.speaker_span, parent=root)
        added.append(last)
    return sorted(chosen + added, key=lambda c: c.start)


class Coverage:
    """Disjoint character spans, tested for overlap by bisection."""

    def __init__(self, spans: list[CharSpan]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.spans.insert(i, (start, end))

    def hits(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)
        return i > 0 and self.spans[i - 1][1] > start


def follows(text: str, last: Candidate, span: QuoteSpan) -> bool:
    """Whether ``span`` continues ``last``: same paragraph after its attribution, or the next one."""
    attribution_end = max(last.end, last.speaker_span[1] if last.speaker_span else 0,
                          last.cue[1] if last.cue else 0)
    if attribution_end > span.start:
        return False
    between = text[attribution_end:span.start]
    if "\n" not in between:
        return len(between) < 250
    return between.strip(" \t\r\n.,;:") == "" and text.count("\n", attribution_end, span.start) <= 2
