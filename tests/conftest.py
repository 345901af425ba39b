"""Shared fixtures: one pipeline per test session, the seed article, the shared folder."""
from __future__ import annotations

from pathlib import Path

import pytest

import summitnlp

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLE = REPO / "examples" / "dw-2019-04-25-kim-putin-vladivostok.txt"


@pytest.fixture(scope="session")
def nlp():
    return summitnlp.load()


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
