"""The text folds that lookup keys are built from."""
import pytest

from summitnlp.rules.text import (
    is_short_capitals,
    squash_spaces,
    straight_apostrophes,
    strip_accents,
    without_leading_the,
    without_possessive,
)


@pytest.mark.parametrize("text, folded", [
    ("São Paulo", "Sao Paulo"), ("Erdoğan", "Erdogan"), ("Ciudad Juárez", "Ciudad Juarez"), ("Kyiv", "Kyiv"),
])
def test_strip_accents(text, folded):
    assert strip_accents(text) == folded


@pytest.mark.parametrize("text, folded", [
    ("the Kremlin", "Kremlin"), ("The Hague", "Hague"), ("Theresa May", "Theresa May"), ("the", "the"),
])
def test_without_leading_the(text, folded):
    assert without_leading_the(text) == folded


def test_possessive_apostrophes_and_spaces():
    assert without_possessive(straight_apostrophes("Russia\u2019s")) == "Russia"
    assert without_possessive("Paris") == "Paris"
    assert squash_spaces("  North \n Korea ") == "North Korea"


@pytest.mark.parametrize("text, longest, expected", [("US", 3, True), ("UAE", 3, True), ("NATO", 3, False),
                                                     ("Us", 3, False), ("NATO", 4, True)])
def test_is_short_capitals(text, longest, expected):
    assert is_short_capitals(text, longest) is expected
