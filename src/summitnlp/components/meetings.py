"""The `summitnlp_meetings` spaCy component: runs the meetings rules and stores plain results on the Doc."""
from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..rules.meetings import extract_meetings
from .base import RuleComponent


class MeetingsComponent(RuleComponent):
    """Finds meetings; results go to ``doc._.summitnlp_meetings`` as plain dicts of offsets."""

    capability = "meetings"

    def find(self, doc: Doc) -> list[dict[str, Any]]:
        return extract_meetings(doc)


@Language.factory("summitnlp_meetings", assigns=["doc._.summitnlp_meetings"])
def make_meetings(nlp: Language, name: str) -> MeetingsComponent:
    return MeetingsComponent(nlp, name)
