"""One walk over a Doc: the token attributes the leader rules read, kept in plain lists.

Indexing a Doc (``doc[i]``) builds a new Token object on every call; the rules look at the same
tokens many times, so they read these lists instead and keep Token objects for the rare
parse questions (heads, children, entity tags).
"""
from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Token


class Tokens:
    """A Doc's tokens (text, lower case, trailing whitespace, character offset), entities and sentences."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.tokens: list[Token] = list(doc)
        self.texts = [t.text for t in self.tokens]
        self.lowers = [t.lower_ for t in self.tokens]
        self.spaces = [t.whitespace_ for t in self.tokens]
        self.text = "".join([text + space for text, space in zip(self.texts, self.spaces)])  # doc.text, built faster
        self.starts = [t.idx for t in self.tokens]
        self.is_space = [t.is_space for t in self.tokens]
        # a line break in or right after the token: titles and names do not run across it
        self.breaks_after = [space or "\n" in after for space, after in zip(self.is_space, self.spaces)]
        self.ents = [(ent.start, ent.end, ent.label_) for ent in doc.ents]
        spans = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        self.sentences = [(s.start, s.end) for s in spans]
        self.sentence_starts = [start for start, _ in self.sentences]

    def __len__(self) -> int:
        return len(self.tokens)

    def sentence_bounds(self, i: int) -> tuple[int, int]:
        """(start, end) of the sentence that holds token ``i``."""
        return self.sentences[max(0, bisect_right(self.sentence_starts, i) - 1)]

    def end_char(self, i: int) -> int:
        """Character offset just after token ``i`` (its whitespace not included)."""
        return self.starts[i] + len(self.texts[i])

    def span_text(self, start: int, end: int) -> str:
        """The text of tokens [start, end), as ``doc[start:end].text`` gives it (``end > start``)."""
        return self.text[self.starts[start]:self.end_char(end - 1)]
