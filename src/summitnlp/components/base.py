"""What every summitnlp capability component shares: run its rules, store plain results on the Doc."""
from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc

from .. import docdata


class RuleComponent(Pipe):
    """A component whose ``find(doc)`` returns plain dicts for ``doc._.summitnlp_<capability>``.

    Failures go to spaCy's error handler (``nlp.set_error_handler``): they raise by default, and
    ``summitnlp.load()`` pipelines record them on the Doc instead.
    """

    capability = ""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def find(self, doc: Doc) -> list[dict[str, Any]]:
        raise NotImplementedError

    def __call__(self, doc: Doc) -> Doc:
        take_published_from_context(doc)
        try:
            docdata.set_results(doc, self.capability, self.find(doc))
        except Exception as error:  # noqa: BLE001 - handed to spaCy's error handler
            self.get_error_handler()(self.name, self, [doc], error)
        return doc


def take_published_from_context(doc: Doc) -> None:
    """``extract_many`` sends each text with its date as spaCy context; put the date on the Doc."""
    context = getattr(doc, "_context", None)
    if isinstance(context, dict) and docdata.get_published(doc) is None:
        docdata.set_published(doc, context.get(docdata.PUBLISHED))
