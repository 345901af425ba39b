"""Texts longer than one piece: cut at paragraph breaks, offsets into the whole text."""
import pytest

import summitnlp
from summitnlp import api
from summitnlp.chunks import split_text

PARAGRAPH = ("Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Monday. "
             "\"We agreed on a great deal,\" Putin said after the talks.\n\n")


@pytest.mark.parametrize("text, limit", [
    ("a" * 50, 10), ("one two three four five six seven", 8), (PARAGRAPH * 5, 200), ("x", 5), ("", 5),
])
def test_split_text_keeps_every_character_in_order(text, limit):
    pieces = split_text(text, limit)
    assert "".join(p for _, p in pieces) == text
    assert all(len(p) <= limit for _, p in pieces)
    assert all(text[start:start + len(p)] == p for start, p in pieces)


def test_split_prefers_paragraph_breaks():
    pieces = split_text(PARAGRAPH * 5, 400)
    assert all(p.endswith("\n\n") for _, p in pieces[:-1])


def test_long_article_gives_offsets_into_the_whole_text(nlp, monkeypatch):
    monkeypatch.setattr(api, "CHUNK_CHARS", 1_000)
    text = PARAGRAPH * 12
    result = summitnlp.extract(text, published="2019-06-12", nlp=nlp)
    assert result.error is None
    mentions = [m for x in result.leaders + result.locations for m in x.mentions]
    assert max(m.start for m in mentions) > 1_000
    for span in mentions + result.dates + result.quotes:
        assert text[span.start:span.end] == span.text
    assert len({x.name for x in result.leaders}) == len(result.leaders)


def test_a_caller_limit_refuses_longer_text():
    with pytest.raises(ValueError, match="max_chars=100"):
        summitnlp.extract("word " * 100, max_chars=100)
