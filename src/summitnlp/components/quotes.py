"""The `summitnlp_quotes` spaCy component: runs the quotes rules and stores plain results on the Doc."""
from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..rules.quotes import extract_quotes
from .base import RuleComponent


class QuotesComponent(RuleComponent):
    """Finds quotes; results go to ``doc._.summitnlp_quotes`` as plain dicts of offsets."""

    capability = "quotes"

    def find(self, doc: Doc) -> list[dict[str, Any]]:
        return extract_quotes(doc)


@Language.factory("summitnlp_quotes", assigns=["doc._.summitnlp_quotes"])
def make_quotes(nlp: Language, name: str) -> QuotesComponent:
    return QuotesComponent(nlp, name)
