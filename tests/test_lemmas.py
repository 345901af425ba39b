"""summitnlp_lemmatizer gives the English rule lemmatizer's lemmas, once per distinct form."""
import pytest

import summitnlp
from summitnlp.components import lemmas
from summitnlp.components.lemmas import replace_lemmatizer
from summitnlp.pipeline import load_model

from test_attributes import TEXTS, annotations


def test_summitnlp_pipelines_use_it_in_place_of_the_lemmatizer(nlp):
    assert "summitnlp_lemmatizer" in nlp.pipe_names and "lemmatizer" not in nlp.pipe_names


@pytest.mark.parametrize("text", TEXTS + ["The talks were held, and the leaders met; Putin's aides had been meeting."])
def test_same_lemmas_as_the_models_lemmatizer(text, plain_model, fast_model):
    assert annotations(fast_model(text)) == annotations(plain_model(text))


def test_lemmas_of_words_first_seen_in_an_earlier_memory_zone(fast_model, plain_model):
    text = "The Zorblaxians were zorblaxing the zorblaxed treaties."
    with fast_model.memory_zone():
        first = [t.lemma_ for t in fast_model(text)]
    with fast_model.memory_zone():
        again = [t.lemma_ for t in fast_model(text)]
    assert first == again == [t.lemma_ for t in plain_model(text)]


def test_the_cache_of_forms_stays_bounded(fast_model, monkeypatch):
    monkeypatch.setattr(lemmas, "CACHE_LIMIT", 5)
    component = fast_model.get_pipe("summitnlp_lemmatizer")
    for text in TEXTS[:4]:
        fast_model(text)
        assert len(component.form_lemmas) <= 5 + len(set(t.text for t in fast_model.make_doc(text)))


def test_a_users_own_pipeline_keeps_its_lemmatizer():
    users = load_model()
    summitnlp.load(users)
    assert "lemmatizer" in users.pipe_names and "summitnlp_lemmatizer" not in users.pipe_names


def test_a_lookup_lemmatizer_stays_in_place():
    nlp = load_model()
    nlp.replace_pipe("lemmatizer", "lemmatizer", config={"mode": "lookup"})
    assert replace_lemmatizer(nlp) is None
    assert "lemmatizer" in nlp.pipe_names
