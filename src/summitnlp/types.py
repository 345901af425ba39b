"""The public result types.

Every field named in the evaluation contract (``shared/eval/CONTRACT.md``) is here under the same
name; further fields may be added, never renamed or dropped. Dates are ISO strings. JSON goes
through ``dataclasses-json``, used only in this module so that it stays replaceable.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any, Optional

from dataclasses_json import DataClassJsonMixin


@dataclass
class Mention:
    """One span of the article: ``text == article[start:end]``."""

    text: str
    start: int
    end: int
    actor: bool = False  # a place used as a government ("Moscow said")


@dataclass
class Leader:
    """A person who holds or held political office, with every mention of them."""

    name: str
    title: Optional[str] = None
    country: Optional[str] = None
    country_code: Optional[str] = None
    current: Optional[bool] = None  # holds the office on the article's date
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Location:
    """A place, typed and geocoded, with every literal mention of it."""

    name: str
    kind: str
    country_code: Optional[str] = None
    latitude: Optional[float] = None
    longitude: Optional[float] = None
    geonameid: Optional[int] = None
    mentions: list[Mention] = field(default_factory=list)
    approximate: bool = False  # not in the gazetteer (a street, a venue): placed at the article's main place


@dataclass
class DateMention:
    """A temporal expression with its TIMEX3 type and value (``2019-04-25``, ``P2M``, ``PAST_REF``)."""

    text: str
    start: int
    end: int
    type: str
    value: Optional[str] = None


@dataclass
class Quote:
    """An attributed statement: ``text`` is the content, ``speaker`` the resolved name."""

    text: str
    start: int
    end: int
    kind: str  # direct | partial | indirect
    speaker: Optional[str] = None
    speaker_mention: Optional[Mention] = None
    cue: Optional[Mention] = None


@dataclass
class Meeting:
    """An encounter between leaders reported as happened, scheduled, cancelled or hypothetical."""

    participants: list[str]
    location: Optional[str] = None
    date: Optional[str] = None
    kind: str = "other"  # summit | talks | visit | call | other
    status: str = "happened"  # happened | scheduled | cancelled | hypothetical
    event_code: Optional[str] = None  # CAMEO
    trigger: Optional[Mention] = None


@dataclass
class Extraction(DataClassJsonMixin):
    """Everything summitnlp found in one article."""

    published: Optional[str] = None
    leaders: list[Leader] = field(default_factory=list)
    locations: list[Location] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    error: Optional[str] = None  # set instead of raising when one item of a batch fails

    def to_dict(self) -> dict[str, Any]:
        """A plain dict in the contract's shape."""
        return asdict(self)

    def to_json(self, **kwargs: Any) -> str:  # type: ignore[override]
        """The result as a JSON string (keyword arguments go to ``json.dumps``)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, **kwargs)

    @classmethod
    def from_json(cls, text: str) -> "Extraction":  # type: ignore[override]
        """Rebuild an Extraction from :meth:`to_json` output."""
        return cls.from_dict(json.loads(text))

    def to_frames(self) -> dict[str, Any]:
        """A pandas DataFrame per capability (needs the ``pandas`` extra)."""
        from .display import to_frames

        return to_frames(self)

    def _repr_html_(self) -> str:
        """Notebook view: the article with leaders, places, dates and quotes highlighted, and a summary."""
        from .display import render_html

        return render_html(self, getattr(self, "_text", None))
