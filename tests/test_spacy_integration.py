"""summitnlp inside other people's spaCy pipelines: add_pipe, entry points, save and reload."""
import json
import subprocess
import sys
from importlib.metadata import entry_points

import pytest
import spacy

import summitnlp
from summitnlp.convert import doc_to_extraction
from summitnlp.pipeline import COMPONENTS, load_model

SENTENCE = ('Russian President Vladimir Putin met North Korean leader Kim Jong Un in Vladivostok on Thursday. '
            '"We had good talks," Putin said.')


def test_every_component_is_a_spacy_factories_entry_point():
    names = {ep.name for ep in entry_points(group="spacy_factories")}
    assert set(COMPONENTS) <= names


@pytest.mark.parametrize("name", COMPONENTS)
def test_add_pipe_into_a_users_pipeline(name):
    nlp = load_model()
    nlp.add_pipe(name)
    doc = nlp(SENTENCE)
    capability = name.removeprefix("summitnlp_")
    assert isinstance(getattr(doc._, name), list)
    assert isinstance(doc_to_extraction(doc).to_dict()[capability], list)


def test_results_survive_doc_to_bytes(nlp):
    doc = nlp(SENTENCE)
    again = spacy.tokens.Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert doc_to_extraction(again) == doc_to_extraction(doc)


@pytest.mark.slow
def test_saved_pipeline_reloads_in_a_fresh_process(tmp_path, nlp):
    nlp.to_disk(tmp_path / "pipeline")
    expected = summitnlp.extract(SENTENCE, published="2019-04-25", nlp=nlp).to_dict()
    script = (
        "import json, sys, spacy, summitnlp\n"
        "nlp = spacy.load(sys.argv[1])\n"
        "print(json.dumps(summitnlp.extract(sys.argv[2], published='2019-04-25', nlp=nlp).to_dict()))\n"
    )
    out = subprocess.run([sys.executable, "-c", script, str(tmp_path / "pipeline"), SENTENCE],
                         capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == expected


@pytest.mark.slow
def test_users_leaders_rows_reach_the_results_and_survive_saving(tmp_path):
    rows = [{"name": "Ada Quill", "aliases": ["Quill"], "office": "Mayor", "role": "other",
             "country_code": "GB", "country": "United Kingdom", "start": "2018-05-01", "end": None}]
    text = "Ada Quill said the city would bid for the games. Quill spoke in London on Monday."
    nlp = summitnlp.load(leaders=rows)
    assert nlp is not summitnlp.load()
    leader = next(x for x in summitnlp.extract(text, published="2019-04-25", nlp=nlp).leaders if x.name == "Ada Quill")
    assert leader.country_code == "GB" and {m.text for m in leader.mentions} == {"Ada Quill", "Quill"}
    nlp.to_disk(tmp_path / "pipeline")
    again = summitnlp.extract(text, published="2019-04-25", nlp=spacy.load(tmp_path / "pipeline"))
    assert "Ada Quill" in {x.name for x in again.leaders}
