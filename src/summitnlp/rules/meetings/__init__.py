"""Meetings: who met whom, where and when, from triggers, leaders, places and dates in a sentence."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from ... import docdata
from .candidates import Candidate, find_candidates
from .merge import merge_candidates


def extract_meetings(doc: Doc) -> list[dict[str, Any]]:
    """Meetings as plain dicts: participants, location, date, kind, status, event_code, trigger."""
    leaders = docdata.get_results(doc, "leaders")
    if len(leaders) < 1:
        return []
    candidates = find_candidates(
        doc, leaders, docdata.get_results(doc, "locations"), docdata.get_results(doc, "dates"),
        docdata.get_published(doc),
    )
    meetings = merge_candidates(candidates)
    text = doc.text if meetings else ""  # rebuilt on every access: read once
    return [as_dict(text, m) for m in meetings]


def as_dict(text: str, meeting: Candidate) -> dict[str, Any]:
    return {
        "participants": meeting.participants,
        "location": meeting.location,
        "date": meeting.date,
        "kind": meeting.kind,
        "status": meeting.status,
        "event_code": meeting.event_code,
        "trigger": docdata.mention(text, meeting.trigger_start, meeting.trigger_end),
    }
