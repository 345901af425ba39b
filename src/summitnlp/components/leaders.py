"""The `summitnlp_leaders` spaCy component: runs the leaders rules and stores plain results on the Doc."""
from __future__ import annotations

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc

from .. import docdata
from ..rules.leaders import extract_leaders


class LeadersComponent(Pipe):
    """Finds leaders; results go to ``doc._.summitnlp_leaders`` as plain dicts of offsets."""

    def __init__(self, nlp: Language, name: str = "summitnlp_leaders") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        try:
            docdata.set_results(doc, "leaders", extract_leaders(doc))
        except Exception as error:  # noqa: BLE001 - handed to spaCy's error handler
            self.get_error_handler()(self.name, self, [doc], error)
        return doc


@Language.factory("summitnlp_leaders", assigns=["doc._.summitnlp_leaders"])
def make_leaders(nlp: Language, name: str) -> LeadersComponent:
    return LeadersComponent(nlp, name)
