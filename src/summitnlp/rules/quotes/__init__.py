"""Quotes: direct, partial and indirect attributions with their speakers.

Candidates come from cue verbs and their parse (clausal complements, parentheticals, naming and
to-infinitive complements), from "according to X", from quotations next to a cue, and from
quotations that continue an attributed one. Overlapping candidates are settled by rank, so every
character of content belongs to at most one quote.
"""
from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from .candidates import Candidate, collect_candidates, select
from .columns import Columns
from .marks import find_quote_spans
from .speakers import SpeakerResolver


def extract_quotes(doc: Doc) -> list[dict[str, Any]]:
    """Quotes as plain dicts, in text order (the shape is documented on the component)."""
    if len(doc) == 0 or not doc.has_annotation("DEP"):
        return []
    columns = Columns(doc)
    text = columns.text  # doc.text is rebuilt on every access: read once, faster
    spans = find_quote_spans(text)
    chosen = select(collect_candidates(doc, spans, text, columns), spans, text)
    resolver = SpeakerResolver(doc, columns)
    return [as_dict(text, c, resolver) for c in chosen]


def mention_dict(text: str, span: tuple[int, int] | None) -> dict[str, Any] | None:
    if span is None or span[0] >= span[1]:
        return None
    return {"text": text[span[0]:span[1]], "start": span[0], "end": span[1]}


def as_dict(text: str, cand: Candidate, resolver: SpeakerResolver) -> dict[str, Any]:
    speaker = cand.speaker_name
    if speaker is None and cand.speaker is not None:
        speaker = resolver.resolve(cand.speaker, *cand.speaker_span)
    return {
        "text": text[cand.start:cand.end],
        "start": cand.start,
        "end": cand.end,
        "kind": cand.kind,
        "speaker": speaker,
        "speaker_mention": mention_dict(text, cand.speaker_span),
        "cue": mention_dict(text, cand.cue),
    }
