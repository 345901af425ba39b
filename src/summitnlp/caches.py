"""Process-wide caches of per-word results, emptied between memory zones.

The rules remember what they worked out for a word or name (its folded key, its lexeme fields),
because a text repeats its words. Each cache has a cap, but a long run fills every one of them with
words it will never see again; ``extract_many`` empties them once every 2,000 documents or so (at
the end of a memory zone), so memory stays flat and the caches stay warm.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

Cache = TypeVar("Cache")
_CLEARERS: list[Callable[[], Any]] = []
DOCUMENTS_BETWEEN_CLEARS = 2_000  # a zone's worth: often enough to stay flat, rare enough to stay warm
_documents_since_cleared = 0


def word_cache(cache: Cache) -> Cache:
    """Register a dict or an ``lru_cache``-wrapped function to be emptied with the others."""
    _CLEARERS.append(getattr(cache, "cache_clear", None) or cache.clear)
    return cache


def look_up_all(cache: dict, keys: list, work_out: Callable[[Any], Any], limit: int = 100_000) -> list:
    """``cache[key]`` for every key, working each missing one out once; past ``limit`` entries the
    cache starts afresh, since a long run meets ever new words."""
    try:
        return list(map(cache.__getitem__, keys))
    except KeyError:
        if len(cache) > limit:
            cache.clear()
        for key in set(keys).difference(cache):
            cache[key] = work_out(key)
        return list(map(cache.__getitem__, keys))


def clear_word_caches(nlp: Any = None) -> None:
    """Empty every registered cache, and those of ``nlp``'s components that have ``clear_caches``."""
    for clear in _CLEARERS:
        clear()
    for _, component in getattr(nlp, "pipeline", ()):
        if hasattr(component, "clear_caches"):
            component.clear_caches()


def documents_done(count: int, nlp: Any = None) -> bool:
    """Count finished documents; empty the caches (and say so) once enough have gone by."""
    global _documents_since_cleared
    _documents_since_cleared += count
    if _documents_since_cleared < DOCUMENTS_BETWEEN_CLEARS:
        return False
    _documents_since_cleared = 0
    clear_word_caches(nlp)
    return True
