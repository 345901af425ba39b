"""summitnlp: leaders, places, dates, attributed quotes and meetings from English political news.

    >>> import summitnlp
    >>> result = summitnlp.extract(text, published="2019-04-25")
    >>> result.leaders, result.locations, result.dates, result.quotes, result.meetings

The spaCy model loads on first use, so importing summitnlp is cheap.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = [
    "extract", "extract_many", "load", "ModelNotFoundError",
    "Extraction", "Leader", "Location", "DateMention", "Quote", "Meeting", "Mention",
]

_LAZY = {
    "extract": "api", "extract_many": "api", "load": "pipeline", "ModelNotFoundError": "pipeline",
    "Extraction": "types", "Leader": "types", "Location": "types", "DateMention": "types",
    "Quote": "types", "Meeting": "types", "Mention": "types",
}

if TYPE_CHECKING:
    from .api import extract, extract_many
    from .pipeline import ModelNotFoundError, load
    from .types import DateMention, Extraction, Leader, Location, Meeting, Mention, Quote


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'summitnlp' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
