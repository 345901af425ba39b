"""The `summitnlp_meetings` spaCy component: runs the meetings rules and stores plain results on the Doc."""
from __future__ import annotations

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc

from .. import docdata
from ..rules.meetings import extract_meetings


class MeetingsComponent(Pipe):
    """Finds meetings; results go to ``doc._.summitnlp_meetings`` as plain dicts of offsets."""

    def __init__(self, nlp: Language, name: str = "summitnlp_meetings") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        try:
            docdata.set_results(doc, "meetings", extract_meetings(doc))
        except Exception as error:  # noqa: BLE001 - handed to spaCy's error handler
            self.get_error_handler()(self.name, self, [doc], error)
        return doc


@Language.factory("summitnlp_meetings", assigns=["doc._.summitnlp_meetings"])
def make_meetings(nlp: Language, name: str) -> MeetingsComponent:
    return MeetingsComponent(nlp, name)
