"""Shared fixtures: one pipeline per test session, the seed article, the shared folder."""
from __future__ import annotations

from pathlib import Path

import pytest

import summitnlp
from summitnlp.components.attributes import replace_attribute_ruler
from summitnlp.components.lemmas import replace_lemmatizer
from summitnlp.pipeline import load_model

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLE = REPO / "examples" / "dw-2019-04-25-kim-putin-vladivostok.txt"


@pytest.fixture(scope="session")
def nlp():
    return summitnlp.load()


@pytest.fixture(scope="session")
def plain_model():
    """The spaCy model alone, with its own attribute_ruler and lemmatizer."""
    return load_model()


@pytest.fixture(scope="session")
def fast_model():
    """The spaCy model alone, with summitnlp_attributes and summitnlp_lemmatizer in their place."""
    nlp = load_model()
    assert replace_attribute_ruler(nlp) and replace_lemmatizer(nlp) is not None
    return nlp


@pytest.fixture(scope="session")
def seed_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed(seed_text, nlp):
    """The bundled example article extracted with its publication date."""
    return summitnlp.extract(seed_text, published="2019-04-25", nlp=nlp)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside this checkout")
    return SHARED
