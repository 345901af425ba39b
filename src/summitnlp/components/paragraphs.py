"""The `summitnlp_paragraphs` component: a blank line always ends a sentence.

News text puts headlines, captions and datelines on lines of their own, often without a full
stop; the parser alone runs them into the next paragraph. Placed before the parser, which keeps
sentence starts set before it.
"""
from __future__ import annotations

import numpy
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc


def mark_paragraph_starts(doc: Doc) -> Doc:
    if len(doc) < 2:
        return doc
    for i in numpy.flatnonzero(doc.to_array(IS_SPACE)[:-1]).tolist():  # whitespace tokens only
        if doc[i].text.count("\n") >= 2:
            doc[i + 1].is_sent_start = True
    return doc


@Language.component("summitnlp_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    """Start a sentence after every blank line."""
    return mark_paragraph_starts(doc)
