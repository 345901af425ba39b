"""The `summitnlp_dates` spaCy component: runs the dates rules and stores plain results on the Doc."""
from __future__ import annotations

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc

from .. import docdata
from ..rules.dates import extract_dates


class DatesComponent(Pipe):
    """Finds dates; results go to ``doc._.summitnlp_dates`` as plain dicts of offsets."""

    def __init__(self, nlp: Language, name: str = "summitnlp_dates") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        try:
            docdata.set_results(doc, "dates", extract_dates(doc))
        except Exception as error:  # noqa: BLE001 - handed to spaCy's error handler
            self.get_error_handler()(self.name, self, [doc], error)
        return doc


@Language.factory("summitnlp_dates", assigns=["doc._.summitnlp_dates"])
def make_dates(nlp: Language, name: str) -> DatesComponent:
    return DatesComponent(nlp, name)
