"""The `summitnlp_quotes` spaCy component: runs the quotes rules and stores plain results on the Doc."""
from __future__ import annotations

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc

from .. import docdata
from ..rules.quotes import extract_quotes


class QuotesComponent(Pipe):
    """Finds quotes; results go to ``doc._.summitnlp_quotes`` as plain dicts of offsets:
    ``{"text", "start", "end", "kind", "speaker", "speaker_mention", "cue"}`` where the span is the
    content, ``kind`` is direct | partial | indirect, and the two mentions are ``{"text", "start", "end"}``
    or None. Speakers resolve through the leaders and locations results when those components ran."""

    def __init__(self, nlp: Language, name: str = "summitnlp_quotes") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        try:
            docdata.set_results(doc, "quotes", extract_quotes(doc))
        except Exception as error:  # noqa: BLE001 - handed to spaCy's error handler
            self.get_error_handler()(self.name, self, [doc], error)
        return doc


@Language.factory("summitnlp_quotes", assigns=["doc._.summitnlp_quotes"])
def make_quotes(nlp: Language, name: str) -> QuotesComponent:
    return QuotesComponent(nlp, name)
