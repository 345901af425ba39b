"""Per-word caches fill while extracting and are emptied between memory zones."""
import summitnlp
from summitnlp.caches import clear_word_caches
from summitnlp.rules.locations.gazetteer import name_key
from summitnlp.rules.quotes import columns


def test_clearing_empties_the_rules_and_the_lemmatizers_caches(nlp):
    summitnlp.extract('"We will see," President Putin said in Vladivostok on Thursday.', nlp=nlp)
    lemmatizer = nlp.get_pipe("summitnlp_lemmatizer")
    assert columns.NAMES and name_key.cache_info().currsize and lemmatizer.form_lemmas
    clear_word_caches(nlp)
    assert not columns.NAMES and not name_key.cache_info().currsize and not lemmatizer.form_lemmas


def test_results_are_the_same_with_cold_caches(nlp):
    text = "Kim Jong Un arrived in Vladivostok by train, the Kremlin said on Wednesday."
    warm = summitnlp.extract(text, published="2019-04-24", nlp=nlp)
    clear_word_caches(nlp)
    assert summitnlp.extract(text, published="2019-04-24", nlp=nlp) == warm


def test_caches_are_emptied_once_enough_documents_went_by(nlp, monkeypatch):
    from summitnlp import caches

    monkeypatch.setattr(caches, "_documents_since_cleared", 0)
    summitnlp.extract("President Putin spoke in Vladivostok.", nlp=nlp)
    assert not caches.documents_done(caches.DOCUMENTS_BETWEEN_CLEARS - 1, nlp) and columns.NAMES
    assert caches.documents_done(1, nlp) and not columns.NAMES
