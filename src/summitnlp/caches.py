"""Process-wide caches of per-word results, emptied between memory zones.

The rules remember what they worked out for a word or name (its folded key, its lexeme fields),
because a text repeats its words. Each cache has a cap, but a long run fills every one of them with
words it will never see again; ``extract_many`` empties them after each memory zone, so memory stays
flat from zone to zone.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

Cache = TypeVar("Cache")
_CLEARERS: list[Callable[[], Any]] = []


def word_cache(cache: Cache) -> Cache:
    """Register a dict or an ``lru_cache``-wrapped function to be emptied with the others."""
    _CLEARERS.append(getattr(cache, "cache_clear", None) or cache.clear)
    return cache


def clear_word_caches(nlp: Any = None) -> None:
    """Empty every registered cache, and those of ``nlp``'s components that have ``clear_caches``."""
    for clear in _CLEARERS:
        clear()
    for _, component in getattr(nlp, "pipeline", ()):
        if hasattr(component, "clear_caches"):
            component.clear_caches()
