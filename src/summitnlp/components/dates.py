"""The `summitnlp_dates` spaCy component: runs the dates rules and stores plain results on the Doc."""
from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..rules.dates import extract_dates
from .base import RuleComponent


class DatesComponent(RuleComponent):
    """Finds dates; results go to ``doc._.summitnlp_dates`` as plain dicts of offsets.

    ``detect_published``: when the caller gave no article date, read it from the text (dateline,
    "Published:" line, header date) and store it on the Doc as the anchor for every component.
    """

    def __init__(self, nlp: Language, name: str = "summitnlp_dates", *, detect_published: bool = True) -> None:
        super().__init__(nlp, name)
        self.detect_published = detect_published

    capability = "dates"

    def find(self, doc: Doc) -> list[dict[str, Any]]:
        return extract_dates(doc, detect_published=self.detect_published)


@Language.factory("summitnlp_dates", assigns=["doc._.summitnlp_dates"],
                  default_config={"detect_published": True})
def make_dates(nlp: Language, name: str, detect_published: bool) -> DatesComponent:
    return DatesComponent(nlp, name, detect_published=detect_published)
