"""Quotation-mark spans in raw text: straight, curly, low-9, guillemets and single curly marks.

Marks are paired per paragraph. A paragraph that opens a quotation without closing it continues
into the next paragraph when that one opens with a quotation mark again (news convention);
otherwise the span ends with its paragraph. Odd counts and stray marks never raise.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

DOUBLE_OPENERS = "\u201c\u201e\u00ab"  # “ „ «
DOUBLE_CLOSERS = "\u201d\u00bb\u201f"  # ” » ‟
DOUBLE_EITHER = '"\uff02'  # straight marks: direction from context
SINGLE_OPENERS = "\u2018\u2039"  # ‘ ‹
SINGLE_CLOSERS = "\u2019\u203a"  # ’ ›
DOUBLE_MARKS = DOUBLE_OPENERS + DOUBLE_CLOSERS + DOUBLE_EITHER
OPEN_CONTEXT = set(" \t\n\r\u00a0([{\u2014\u2013-/:;") | set(DOUBLE_MARKS) | set(SINGLE_OPENERS)
PARAGRAPH_BREAK = re.compile(r"\n")
TWO_APOSTROPHES = "''"  # typewriter-style double quotation mark (''like this'')
MARK_RE = re.compile("''|[" + re.escape(DOUBLE_MARKS + SINGLE_OPENERS + SINGLE_CLOSERS) + "]")


@dataclass
class QuoteSpan:
    """A quotation from its opening mark to just after its closing mark (``end`` exclusive)."""

    start: int
    end: int
    closed: bool = True
    parts: list[tuple[int, int]] = field(default_factory=list)  # one per paragraph
    single: bool = False

    def __post_init__(self) -> None:
        if not self.parts:
            self.parts = [(self.start, self.end)]


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line of ``text``."""
    spans, start = [], 0
    for match in PARAGRAPH_BREAK.finditer(text):
        if text[start:match.start()].strip():
            spans.append((start, match.start()))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def direction(text: str, i: int, width: int = 1) -> str:
    """'open', 'close' or 'either' for the mark at ``text[i:i+width]``, from its type and neighbours."""
    ch = text[i] if width == 1 else '"'
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    opens_ctx = before in OPEN_CONTEXT and not after.isspace()
    closes_ctx = not before.isspace() and (after.isspace() or not after.isalnum())
    if ch in DOUBLE_OPENERS or ch in SINGLE_OPENERS:
        return "close" if closes_ctx and not opens_ctx and ch != "\u201e" else "open"
    if ch in DOUBLE_CLOSERS or ch in SINGLE_CLOSERS:
        return "open" if opens_ctx and not closes_ctx and ch != "\u2019" else "close"
    if opens_ctx and not closes_ctx:
        return "open"
    if closes_ctx and not opens_ctx:
        return "close"
    return "either"


def is_single_mark(ch: str) -> bool:
    return ch in SINGLE_OPENERS or ch in SINGLE_CLOSERS


def pair_paragraph(text: str, start: int, end: int) -> tuple[list[QuoteSpan], int | None]:
    """Closed spans of one paragraph, and the offset of a double quotation left open at its end."""
    spans: list[QuoteSpan] = []
    open_double: int | None = None
    open_single: int | None = None
    for match in MARK_RE.finditer(text, start, end):
        i, width = match.start(), match.end() - match.start()
        way = direction(text, i, width)
        if width == 1 and is_single_mark(text[i]):
            if open_double is not None:
                continue  # nested single quotes belong to the enclosing double quotation
            if way == "open" and text[i] in SINGLE_OPENERS:
                open_single = i
            elif way != "open" and open_single is not None and text[i] in SINGLE_CLOSERS:
                spans.append(QuoteSpan(open_single, i + 1, single=True))
                open_single = None
            continue
        if open_double is None:
            if way != "close":
                open_double, open_single = i, None
        elif way == "open" and width == 1 and text[i] not in DOUBLE_EITHER:
            open_double = i  # a second opener: the first one was stray
        else:
            spans.append(QuoteSpan(open_double, i + width))
            open_double = None
    return spans, open_double


def opens_with_mark(text: str, start: int, end: int) -> bool:
    stripped = text[start:end].lstrip()
    return bool(stripped) and (stripped[0] in DOUBLE_OPENERS + DOUBLE_EITHER or stripped.startswith(TWO_APOSTROPHES))


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every quotation in ``text``, in order; multi-paragraph quotations come as one span."""
    result: list[QuoteSpan] = []
    pending: QuoteSpan | None = None  # a quotation running on from earlier paragraphs
    for p_start, p_end in paragraphs(text):
        spans, left_open = pair_paragraph(text, p_start, p_end)
        if pending is not None:
            if opens_with_mark(text, p_start, p_end) and spans and spans[0].start < p_start + 4:
                first = spans.pop(0)
                pending.parts.append((first.start, first.end))
                pending.end, pending.closed = first.end, True
                result.append(pending)
                pending = None
            elif opens_with_mark(text, p_start, p_end) and not spans and left_open is not None:
                pending.parts.append((left_open, p_end))
                pending.end = p_end
                left_open = None
            else:
                result.append(pending)
                pending = None
        result.extend(spans)
        if left_open is not None:
            end = text[:p_end].rstrip()
            pending = QuoteSpan(left_open, max(len(end), left_open + 1), closed=False)
    if pending is not None:
        result.append(pending)
    result.sort(key=lambda s: s.start)
    return result
