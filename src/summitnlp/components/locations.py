"""The `summitnlp_locations` spaCy component: runs the locations rules and stores plain results on the Doc."""
from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..rules.locations import extract_locations
from .base import RuleComponent


class LocationsComponent(RuleComponent):
    """Finds locations; results go to ``doc._.summitnlp_locations`` as plain dicts of offsets."""

    capability = "locations"

    def find(self, doc: Doc) -> list[dict[str, Any]]:
        return extract_locations(doc)


@Language.factory("summitnlp_locations", assigns=["doc._.summitnlp_locations"])
def make_locations(nlp: Language, name: str) -> LocationsComponent:
    return LocationsComponent(nlp, name)
