"""Showing results to people: a terminal summary, displaCy highlights, notebook HTML, DataFrames."""
from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .types import Extraction

LABELS = {"leaders": "LEADER", "locations": "PLACE", "dates": "DATE", "quotes": "QUOTE"}
COLORS = {"LEADER": "#f4b183", "PLACE": "#9dc3e6", "DATE": "#c5e0b4", "QUOTE": "#e2d1f0"}


def summary_text(result: "Extraction") -> str:
    """A few readable lines per capability, for a terminal."""
    lines = [f"published: {result.published}"]
    if result.error:
        lines.append(f"error: {result.error}")
    lines += ["leaders:"] + [f"  {x.name} ({x.title}, {x.country}) x{len(x.mentions)}" for x in result.leaders]
    lines += ["locations:"] + [f"  {x.name} [{x.kind}, {x.country_code}] {x.latitude}, {x.longitude}"
                               for x in result.locations]
    lines += ["dates:"] + [f"  {x.text!r} -> {x.value} ({x.type})" for x in result.dates]
    lines += ["quotes:"] + [f"  [{x.kind}] {x.speaker}: {shorten(x.text)!r}" for x in result.quotes]
    lines += ["meetings:"] + [f"  {' & '.join(x.participants)} in {x.location} on {x.date} ({x.kind}, {x.status})"
                              for x in result.meetings]
    return "\n".join(lines)


def shorten(text: str, width: int = 70) -> str:
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def highlight_spans(result: "Extraction") -> list[dict[str, Any]]:
    """Non-overlapping spans to highlight (leaders, places, dates win over quotes they sit in)."""
    spans = [{"start": m.start, "end": m.end, "label": LABELS["leaders"]} for x in result.leaders for m in x.mentions]
    spans += [{"start": m.start, "end": m.end, "label": LABELS["locations"]} for x in result.locations for m in x.mentions]
    spans += [{"start": d.start, "end": d.end, "label": LABELS["dates"]} for d in result.dates]
    spans += [{"start": q.start, "end": q.end, "label": LABELS["quotes"]} for q in result.quotes]
    chosen: list[dict[str, Any]] = []
    for span in sorted(spans, key=lambda s: (s["label"] == "QUOTE", s["start"])):
        if all(span["end"] <= c["start"] or span["start"] >= c["end"] for c in chosen):
            chosen.append(span)
    return sorted(chosen, key=lambda s: s["start"])


def render_html(result: "Extraction", text: str | None) -> str:
    """displaCy entity view of the article (when its text is known) and a summary table."""
    parts = []
    if text:
        from spacy import displacy

        data = {"text": text, "ents": highlight_spans(result), "title": None}
        parts.append(displacy.render(data, style="ent", manual=True, jupyter=False,
                                     options={"colors": COLORS}))
    parts.append(summary_table(result))
    return "\n".join(parts)


def summary_table(result: "Extraction") -> str:
    rows = [("Leaders", "; ".join(f"{x.name} ({x.title or '?'}, {x.country_code or '?'})" for x in result.leaders)),
            ("Places", "; ".join(f"{x.name} ({x.kind})" for x in result.locations)),
            ("Dates", "; ".join(f"{x.text} = {x.value}" for x in result.dates)),
            ("Quotes", "; ".join(f"{x.speaker or '?'}: \u201c{shorten(x.text, 50)}\u201d" for x in result.quotes)),
            ("Meetings", "; ".join(f"{' & '.join(x.participants)}, {x.location or '?'}, {x.date or '?'} ({x.status})"
                                   for x in result.meetings))]
    if result.published:
        rows.insert(0, ("Published", result.published))
    body = "".join(f"<tr><th style='text-align:left'>{html.escape(k)}</th><td style='text-align:left'>"
                   f"{html.escape(v) or '&mdash;'}</td></tr>" for k, v in rows)
    return f"<table class='summitnlp'>{body}</table>"


def to_frames(result: "Extraction") -> dict[str, Any]:
    """One pandas DataFrame per capability; mentions flattened to one row each for leaders and places."""
    try:
        import pandas as pd
    except ImportError as error:
        raise ImportError("to_frames needs pandas: pip install 'summitnlp[pandas]'") from error
    data = result.to_dict()
    frames = {}
    for key in ("leaders", "locations"):
        rows = [{**{k: v for k, v in item.items() if k != "mentions"}, **{f"mention_{k}": v for k, v in m.items()}}
                for item in data[key] for m in item["mentions"] or [{}]]
        frames[key] = pd.DataFrame(rows)
    frames["dates"] = pd.DataFrame(data["dates"], columns=["text", "start", "end", "type", "value"])
    frames["quotes"] = pd.json_normalize(data["quotes"]) if data["quotes"] else pd.DataFrame(
        columns=["text", "start", "end", "kind", "speaker"])
    frames["meetings"] = pd.DataFrame(data["meetings"], columns=["participants", "location", "date", "kind",
                                                                 "status", "event_code", "trigger"])
    return frames
