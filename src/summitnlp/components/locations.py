"""The `summitnlp_locations` spaCy component: runs the locations rules and stores plain results on the Doc."""
from __future__ import annotations

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc

from .. import docdata
from ..rules.locations import extract_locations


class LocationsComponent(Pipe):
    """Finds locations; results go to ``doc._.summitnlp_locations`` as plain dicts of offsets."""

    def __init__(self, nlp: Language, name: str = "summitnlp_locations") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        try:
            docdata.set_results(doc, "locations", extract_locations(doc))
        except Exception as error:  # noqa: BLE001 - handed to spaCy's error handler
            self.get_error_handler()(self.name, self, [doc], error)
        return doc


@Language.factory("summitnlp_locations", assigns=["doc._.summitnlp_locations"])
def make_locations(nlp: Language, name: str) -> LocationsComponent:
    return LocationsComponent(nlp, name)
