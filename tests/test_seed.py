"""The seed article (DW, 25.04.2019, bundled in examples/): its hand-checked facts."""
import summitnlp


def leader(result, name):
    return next(x for x in result.leaders if x.name == name)


def test_putin_is_president_of_russia(seed):
    putin = leader(seed, "Vladimir Putin")
    assert putin.country_code == "RU" and putin.title.lower() == "president"
    assert {"Putin", "Russia's president"} <= {m.text for m in putin.mentions}


def test_kim_jong_un_and_his_grandfather_are_different_leaders(seed):
    kim = leader(seed, "Kim Jong Un")
    grandfather = leader(seed, "Kim Il Sung")
    assert kim.country_code == grandfather.country_code == "KP"
    assert "Kim" in {m.text for m in kim.mentions}
    assert not {m.start for m in kim.mentions} & {m.start for m in grandfather.mentions}


def test_photo_credit_and_places_are_not_leaders(seed):
    names = {x.name for x in seed.leaders}
    assert not names & {"V. Sharifulin", "Vladivostok", "Hasan"}


def test_thursday_is_the_publication_day(seed, seed_text):
    thursday = seed_text.index("on Thursday") + 3
    date = next(d for d in seed.dates if d.start == thursday)
    assert date.value == "2019-04-25" and date.text == "Thursday"


def test_scheduled_friday_is_the_next_day(seed, seed_text):
    friday = seed_text.index("on Friday") + 3
    assert next(d for d in seed.dates if d.start == friday).value == "2019-04-26"


def test_publication_date_is_found_in_the_text(seed_text, nlp):
    assert summitnlp.extract(seed_text, nlp=nlp).published == "2019-04-25"


def test_ceaselessly_quote_is_kim_jong_uns(seed):
    quote = next(q for q in seed.quotes if "Ceaselessly bolstering" in q.text)
    assert quote.speaker == "Kim Jong Un" and quote.kind == "direct"


def test_putins_indirect_statement_resolves_russias_president(seed):
    quote = next(q for q in seed.quotes if "his country was backing" in q.text)
    assert quote.speaker == "Vladimir Putin" and quote.kind == "indirect"
    assert quote.speaker_mention.text == "Russia's president"


def test_vladivostok_is_a_russian_city_on_the_map(seed):
    city = next(x for x in seed.locations if x.name == "Vladivostok")
    assert city.kind == "city" and city.country_code == "RU"
    assert abs(city.latitude - 43.1) < 0.5 and abs(city.longitude - 131.9) < 0.5


def test_the_summit_is_kim_and_putin_in_vladivostok_on_the_day(seed):
    meeting = next(m for m in seed.meetings if {"Kim Jong Un", "Vladimir Putin"} <= set(m.participants))
    assert meeting.location in {"Vladivostok", "Russky Island"} and meeting.date == "2019-04-25"
    assert meeting.status == "happened"


def test_the_earlier_kim_trump_talks_are_a_separate_meeting(seed):
    meeting = next(m for m in seed.meetings if set(m.participants) == {"Kim Jong Un", "Donald Trump"})
    assert meeting.location == "Vietnam" and meeting.date == "2019-02" and meeting.status == "happened"


def test_headlines_and_captions_are_sentences_of_their_own(nlp, seed_text):
    doc = nlp(seed_text)
    starts = {s.start_char for s in doc.sents}
    assert seed_text.index("\n\nKim Jong Un and Vladimir Putin end") + 2 in starts
    assert seed_text.index("North Korean leader Kim Jong Un said goodbye") in starts
