"""The one place a processed Doc becomes the public dataclasses."""
from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

from spacy.tokens import Doc

from . import docdata
from .types import DateMention, Extraction, Leader, Location, Meeting, Mention, Quote

T = TypeVar("T")
MENTION_FIELDS = {"mentions": True, "speaker_mention": False, "cue": False, "trigger": False}


def build(cls: type[T], data: dict[str, Any]) -> T:
    """A dataclass from a stored dict, ignoring keys the dataclass does not have."""
    names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    values = {k: v for k, v in data.items() if k in names}
    for key, is_list in MENTION_FIELDS.items():
        if key in values and values[key] is not None:
            values[key] = [build(Mention, m) for m in values[key]] if is_list else build(Mention, values[key])
    return cls(**values)


def doc_to_extraction(doc: Doc) -> Extraction:
    """Everything our components stored on ``doc``, as an Extraction (keeping the text for display)."""
    result = Extraction(
        published=docdata.get_published(doc),
        leaders=[build(Leader, d) for d in docdata.get_results(doc, "leaders")],
        locations=[build(Location, d) for d in docdata.get_results(doc, "locations")],
        dates=[build(DateMention, d) for d in docdata.get_results(doc, "dates")],
        quotes=[build(Quote, d) for d in docdata.get_results(doc, "quotes")],
        meetings=[build(Meeting, d) for d in docdata.get_results(doc, "meetings")],
        error="; ".join(docdata.get_errors(doc)) or None,
    )
    result._text = doc.text  # not a field: it stays out of to_dict/to_json and equality
    return result
