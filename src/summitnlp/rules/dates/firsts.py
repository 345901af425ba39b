"""Which characters can begin a match of a regex, so that a pattern is only tried where it can match.

``first_char_class(pattern)`` reads the pattern's parse tree (the ``re`` module's own parser) and
returns a one-character class such as ``[0-9T]``: a superset of the first characters of its
non-empty matches. When it cannot tell (a negated class, ``.``, an unknown construct), it returns
None, and the pattern is tried everywhere, as before.
"""
from __future__ import annotations

import re
from typing import Optional

try:  # the parser is a private module of ``re``: if it moves, every pattern is simply tried everywhere
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    sre_parse = sre_constants = None

Firsts = tuple[Optional[set[str]], bool]  # (class items, or None for "any character"; can match empty)


def escaped(code: int) -> str:
    return re.escape(chr(code))


def class_items(items: list) -> Optional[set[str]]:
    """The members of a ``[...]`` class as class source, or None for a negated or unknown class."""
    c = sre_constants
    categories = {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_NOT_DIGIT: r"\D", c.CATEGORY_SPACE: r"\s",
                  c.CATEGORY_NOT_SPACE: r"\S", c.CATEGORY_WORD: r"\w", c.CATEGORY_NOT_WORD: r"\W"}
    out = set()
    for op, value in items:
        if op is c.LITERAL:
            out.add(escaped(value))
        elif op is c.RANGE:
            out.add(f"{escaped(value[0])}-{escaped(value[1])}")
        elif op is c.CATEGORY and value in categories:
            out.add(categories[value])
        else:
            return None
    return out


def firsts_of_sequence(parsed) -> Firsts:
    items: set[str] = set()
    for op, value in parsed:
        found, nullable = firsts_of_op(op, value)
        if found is None:
            return None, False
        items |= found
        if not nullable:
            return items, False
    return items, True


def firsts_of_op(op, value) -> Firsts:
    c = sre_constants
    if op is c.LITERAL:
        return {escaped(value)}, False
    if op is c.IN:
        return class_items(value), False
    if op is c.SUBPATTERN:
        return firsts_of_sequence(value[-1])
    if op is c.BRANCH:
        items, nullable = set(), False
        for alternative in value[1]:
            found, empty = firsts_of_sequence(alternative)
            if found is None:
                return None, False
            items |= found
            nullable = nullable or empty
        return items, nullable
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        found, empty = firsts_of_sequence(value[2])
        return found, empty or value[0] == 0
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):  # zero-width: the next item gives the first character
        return set(), True
    return None, False


def first_char_class(pattern: re.Pattern[str]) -> Optional[re.Pattern[str]]:
    """A class matching every character a non-empty match of ``pattern`` can start with, or None."""
    if sre_parse is None:
        return None
    try:
        items, _ = firsts_of_sequence(sre_parse.parse(pattern.pattern, pattern.flags))
        if not items:
            return None
        # IGNORECASE makes the class a superset where part of the pattern is case-sensitive: that is fine
        return re.compile("[" + "".join(sorted(items)) + "]", pattern.flags | re.IGNORECASE)
    except Exception:  # noqa: BLE001 - an unreadable tree only costs speed
        return None
