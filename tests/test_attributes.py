"""summitnlp_attributes sets exactly what the model's attribute_ruler sets, token for token."""
from importlib.metadata import entry_points

import pytest

import summitnlp
from summitnlp.components.attributes import UnsupportedPattern, compile_patterns, replace_attribute_ruler
from summitnlp.pipeline import load_model

TEXTS = [
    "Russian President Vladimir Putin met North Korean leader Kim Jong Un in Vladivostok on Thursday.",
    '"We had good talks," Putin said, but he did not say what they agreed. I told them that myself.',
    "There is no deal yet. Those who did it ain't gonna say so, and y'all know that nothin' changed.",
    "It was she who called him; you gave it to me, and I thanked you for it.\n\n  Then  they left\t.",
    "Something happened to everyone: let's get going, c'mon, the talks got ta start somewhere.",
    "Did they? Does it matter? What had been agreed was never what either side had wanted.",
    "",
    "   \n\n ",
    "\u00a0\U0001F600 <b>Kim</b> &amp; Putin\u200f met \u2014 \"briefly\".",
]


def annotations(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def test_summitnlp_pipelines_use_it_in_place_of_the_ruler(nlp):
    assert "summitnlp_attributes" in nlp.pipe_names and "attribute_ruler" not in nlp.pipe_names
    assert nlp.pipe_names.index("summitnlp_attributes") < nlp.pipe_names.index("summitnlp_lemmatizer")


@pytest.mark.parametrize("text", TEXTS)
def test_same_tags_pos_morphology_lemmas_and_labels_as_the_ruler(text, plain_model, fast_model):
    assert annotations(fast_model(text)) == annotations(plain_model(text))


def test_same_results_in_batches(plain_model, fast_model):
    assert [annotations(d) for d in fast_model.pipe(TEXTS, batch_size=3)] == [annotations(d) for d in plain_model.pipe(TEXTS)]


def test_a_users_own_pipeline_keeps_its_ruler():
    users = load_model()
    summitnlp.load(users)
    assert "attribute_ruler" in users.pipe_names and "summitnlp_attributes" not in users.pipe_names


def test_patterns_with_operators_are_refused(plain_model):
    with pytest.raises(UnsupportedPattern, match="pattern"):
        compile_patterns([{"patterns": [[{"LOWER": "very", "OP": "+"}]], "attrs": {"POS": "ADV"}}], plain_model.vocab)
    with pytest.raises(UnsupportedPattern, match="FUZZY"):
        compile_patterns([{"patterns": [[{"LOWER": {"FUZZY": "talks"}}]], "attrs": {"POS": "NOUN"}}], plain_model.vocab)


def test_a_ruler_it_cannot_follow_stays_in_place():
    nlp = load_model()
    nlp.get_pipe("attribute_ruler").add([[{"LOWER": "very", "OP": "+"}]], {"POS": "ADV"})
    assert not replace_attribute_ruler(nlp)
    assert "attribute_ruler" in nlp.pipe_names and "summitnlp_attributes" not in nlp.pipe_names


def test_patterns_survive_to_bytes_and_to_disk(tmp_path, fast_model, plain_model):
    component = fast_model.get_pipe("summitnlp_attributes")
    fresh = load_model()
    fresh.add_pipe("summitnlp_attributes", before="attribute_ruler").from_bytes(component.to_bytes())
    fresh.remove_pipe("attribute_ruler")
    component.to_disk(tmp_path / "attributes")
    again = load_model()
    again.add_pipe("summitnlp_attributes", before="attribute_ruler").from_disk(tmp_path / "attributes")
    again.remove_pipe("attribute_ruler")
    text = TEXTS[2]
    assert annotations(fresh(text)) == annotations(again(text)) == annotations(plain_model(text))


def test_it_is_a_spacy_factories_entry_point():
    assert "summitnlp_attributes" in {ep.name for ep in entry_points(group="spacy_factories")}


USER_PATTERNS = [
    {"patterns": [[{"DEP": "nsubj"}, {"LOWER": {"IN": ["said", "says"]}}]], "attrs": {"LEMMA": "SPEAKER"}},
    {"patterns": [[{"IS_PUNCT": True, "ORTH": {"NOT_IN": [".", ","]}}]], "attrs": {"MORPH": "PunctType=Quot"}},
    {"patterns": [[{"TEXT": {"REGEX": "^[A-Z][a-z]+ov$"}}], [{"NORM": "russia"}]], "attrs": {"TAG": "XX"}},
    {"patterns": [[{}, {"LOWER": "talks"}]], "attrs": {"POS": "ADJ"}, "index": -2},
    {"patterns": [[{"POS": "ADJ", "TAG": "VBD"}]], "attrs": {"LEMMA": "seen-too-late"}},
]


def test_user_patterns_on_other_attributes_give_what_the_ruler_gives():
    text = '"We will see," Lavrov said. Putin says Moscow held talks; Ivanov left Russia.'
    ruler = load_model()
    ruler.get_pipe("attribute_ruler").add_patterns(USER_PATTERNS)
    fast = load_model()
    fast.get_pipe("attribute_ruler").add_patterns(USER_PATTERNS)
    assert replace_attribute_ruler(fast)
    doc = fast(text)
    assert annotations(doc) == annotations(ruler(text))
    assert [t.text for t in doc if t.lemma_ == "SPEAKER"] == ["Lavrov", "Putin"]
    assert [t.text for t in doc if t.tag_ == "XX"] == ["Lavrov", "Ivanov", "Russia"]
    assert {t.text for t in doc if str(t.morph) == "PunctType=Quot"} == {'"', ";"}
    assert [t.text for t in doc if t.pos_ == "ADJ"] == ["held"]
    assert "seen-too-late" not in {t.lemma_ for t in doc}  # patterns match the Doc as it was before any rule
