"""Dates: finding temporal expressions, their TIMEX3 values, tense, and the article's own date."""
from __future__ import annotations

import datetime as dt
import re

import pytest

import summitnlp
from summitnlp.rules.dates import dates_in_text, detect_published
from summitnlp.rules.dates import calendar as cal
from summitnlp.rules.dates.context import number_in, spelled_year_value
from summitnlp.rules.dates.normalize import modifier
from summitnlp.rules.dates.patterns import find_candidates, find_candidates_full_scan
from summitnlp.rules.dates.tense import FUTURE, PAST, PROGRESSIVE, tense_at

ANCHOR = "2019-04-25"  # a Thursday


def found(nlp, text: str, published: str | None = ANCHOR) -> list[tuple[str, str, str | None]]:
    result = summitnlp.extract(text, published=published, nlp=nlp)
    return [(d.text, d.type, d.value) for d in result.dates]


# ------------------------------------------------------------------------------ pure functions
@pytest.mark.parametrize("text, expected", [
    ("The talks ended on Thursday in the port city.", ["Thursday"]),
    ("Prices fell in the third quarter of 2018.", ["the third quarter of 2018"]),
    ("Third-quarter profit rose.", ["Third-quarter"]),
    ("It has grown over the past three years.", ["the past three years"]),
    ("The deal closed two weeks ago.", ["two weeks ago"]),
    ("They met at 10 p.m. Wednesday.", ["10 p.m. Wednesday"]),
    ("Trade doubled in the 1990s.", ["the 1990s"]),
    ("He said Friday's vote mattered.", ["Friday"]),
    ("Watch video 01:30", []),
    ("The motion may pass; they march on.", []),
])
def test_find_candidates_extents(text, expected):
    assert [text[c.start:c.end] for c in find_candidates(text)] == expected


OWN_SENTENCES = [
    "The third-quarter loss narrowed; in the year-ago period it was larger, and for the first nine months it grew.",
    "Some two months after the vote, on Tuesday night at 10 p.m., the minister said the past few years were hard.",
    "In the 1990s and the '80s, from mid-1996 until early next year, every July, the 20th century ended.",
    "They met at noon Thursday, again on April 24-26, 2019, and will return in a few weeks or months.",
    "Since then, on the second day of talks, overnight, this coming Sunday, March eighth, on Mother's Day, "
    "at this crucial moment and on the 15th of last month, a quarter point mattered.",
]


@pytest.mark.parametrize("text", OWN_SENTENCES)
def test_start_place_shortcut_finds_what_a_full_scan_finds(text):
    assert find_candidates(text) == find_candidates_full_scan(text)


@pytest.mark.parametrize("anchor, weekday, direction, expected", [
    (dt.date(2019, 4, 25), 4, -1, dt.date(2019, 4, 25)),  # Thursday said on a Thursday, past
    (dt.date(2019, 4, 25), 3, -1, dt.date(2019, 4, 24)),
    (dt.date(2019, 4, 25), 5, 1, dt.date(2019, 4, 26)),
    (dt.date(2019, 4, 25), 1, 1, dt.date(2019, 4, 29)),
])
def test_weekday_near(anchor, weekday, direction, expected):
    assert cal.weekday_near(anchor, weekday, direction) == expected


@pytest.mark.parametrize("anchor, month, expected", [
    (dt.date(2019, 11, 2), 1, (2020, 1)),
    (dt.date(2019, 11, 2), 6, (2019, 6)),
    (dt.date(2019, 1, 20), 10, (2018, 10)),
])
def test_nearest_month(anchor, month, expected):
    assert cal.nearest_month(anchor, month) == expected


@pytest.mark.parametrize("amount, unit, expected", [
    (2, "M", "P2M"), (None, "Y", "PXY"), (3, "H", "PT3H"), (2.5, "Y", "P2Y6M"), (2, "DE", "P20Y"), (1.5, "MIN", "PT1M30S"),
])
def test_duration_value(amount, unit, expected):
    assert cal.duration_value(amount, unit) == expected


@pytest.mark.parametrize("text, expected", [
    ("the past two years", 2), ("more than four hours", 4), ("two to three weeks", 2), ("2 1/2 years", 2.5),
    ("a minute and a half", 1.5), ("twenty-four hours", 24), ("the next couple of years", 2),
])
def test_number_in(text, expected):
    assert number_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("nineteen ninety-six", 1996), ("the year two thousand", 2000), ("twenty twelve", 2012), ("nineteen hundred", 1900),
])
def test_spelled_year_value(text, expected):
    assert spelled_year_value(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("", None),
    ("Nothing dated here at all.", None),
    ("Published: 2020-03-02\nThe minister spoke.", "2020-03-02"),
    ("date 2019-04-24  Leaders meet | News | 25.04.2019\n\nNews text.", "2019-04-25"),
    ("MOSCOW, April 25 (Reuters) - The Kremlin said in 2019 that talks went well.", "2019-04-25"),
    ("Posted on March 3, 2021 by staff\nThe vote was held on Feb. 2, 2019.", "2021-03-03"),
    ("By Jane Roe | 12 June 2018\nIn 2016 the treaty was signed.", "2018-06-12"),
    ("The minister said the treaty, which was signed by both governments on March 3, 2018, in the capital, "
     "would stand for decades to come, whatever the opposition might say in parliament.", None),
    ("The agency posted on March 3, 2018 a note that nobody read, and the ministry answered it weeks later "
     "with a statement of its own.", None),
])
def test_detect_published(text, expected):
    assert detect_published(text) == expected


# ------------------------------------------------------------------------------ values without a model
@pytest.mark.parametrize("text, expected", [
    ("It happened in the first quarter.", [("DATE", "2019-Q1")]),
    ("Sales grew in the first half of 2018.", [("DATE", "2018-H1")]),
    ("Output rose in 1987.", [("DATE", "1987")]),
    ("It was agreed on May 5, 2017.", [("DATE", "2017-05-05")]),
    ("They met in March 2015.", [("DATE", "2015-03")]),
    ("It was built in the 20th century.", [("DATE", "19")]),
    ("Prices rose last year.", [("DATE", "2018")]),
    ("Sales fell last week.", [("DATE", "2019-W16")]),
    ("We saw him yesterday.", [("DATE", "2019-04-24")]),
    ("Profit rose this summer.", [("DATE", "2019-SU")]),
    ("It closed a year ago.", [("DATE", "2018")]),
    ("It is now clear.", [("DATE", "PRESENT_REF")]),
    ("The plan runs for five years.", [("DURATION", "P5Y")]),
    ("Fees are charged every month.", [("SET", "P1M")]),
    ("The rally started in the early 1980s.", [("DATE", "198")]),
    ("The winter of nineteen ninety-four was cold.", [("DATE", "1994-WI")]),
])
def test_values_from_text_alone(text, expected):
    assert [(d["type"], d["value"]) for d in dates_in_text(text, ANCHOR)] == expected


@pytest.mark.parametrize("text, expected", [
    ("early 1990", "START"), ("about two years ago", "APPROX"), ("more than four hours", "MORE_THAN"),
    ("mid-November", "MID"), ("the end of the year", "END"), ("last week", None),
])
def test_modifier(text, expected):
    assert modifier(text) == expected


def test_discourse_dates_anchor_later_expressions():
    text = "In 1990 he joined the party; two years later he left. On Oct. 12 the market fell; the following week it rose."
    values = {d["text"]: d["value"] for d in dates_in_text(text, "1998-04-01")}
    assert values["two years later"] == "1992"
    assert values["the following week"] == "1997-W42"


def test_no_anchor_means_no_calendar_value_for_relative_dates():
    dates = dates_in_text("He left yesterday and returns next week; the 1990 accord stands.", None)
    values = {d["text"]: d["value"] for d in dates}
    assert values == {"yesterday": None, "next week": None, "1990": "1990"}


# ------------------------------------------------------------------------------ with the pipeline
@pytest.mark.parametrize("text, expected", [
    ("The minister arrived in Seoul on Monday.", ("Monday", "DATE", "2019-04-22")),
    ("The minister is scheduled to leave on Friday.", ("Friday", "DATE", "2019-04-26")),
    ("The minister will fly to Tokyo on Tuesday.", ("Tuesday", "DATE", "2019-04-30")),
    ("The agreement was signed in December.", ("December", "DATE", "2018-12")),
    ("The leaders will meet again in June.", ("June", "DATE", "2019-06")),
    ("The summit was held on March 3.", ("March 3", "DATE", "2019-03-03")),
    ("He met the envoy at noon Thursday.", ("noon Thursday", "TIME", "2019-04-25T12:00")),
    ("The vote is expected Friday morning.", ("Friday morning", "TIME", "2019-04-26TMO")),
    ("The firm reported a loss for the fourth quarter.", ("the fourth quarter", "DATE", "2018-Q4")),
    ("The firm expects a profit in the fourth quarter.", ("the fourth quarter", "DATE", "2019-Q4")),
    ("The pilgrims gathered at Easter.", ("Easter", "DATE", "2019-04-21")),
    ("The shops will close on Christmas Day.", ("Christmas Day", "DATE", "2019-12-25")),
])
def test_tense_resolves_relative_days(nlp, text, expected):
    assert expected in found(nlp, text)


@pytest.mark.parametrize("text, word, expected", [
    ("The envoy arrived in Seoul on Monday.", "Monday", PAST),
    ("The envoy will arrive in Seoul on Monday.", "Monday", FUTURE),
    ("The envoy is scheduled to arrive in Seoul on Monday.", "Monday", FUTURE),
    ("The envoy is leaving Seoul on Monday.", "Monday", PROGRESSIVE),
    ("The envoy has arrived in Seoul on Monday.", "Monday", PAST),
])
def test_tense_at(nlp, text, word, expected):
    assert tense_at(nlp(text), text.index(word)) == expected


def test_range_gives_both_days():
    got = [(d["text"], d["value"]) for d in dates_in_text("The summit runs April 24-26, 2019 in the port.", ANCHOR)]
    assert got == [("April 24", "2019-04-24"), ("26", "2019-04-26")]


@pytest.mark.parametrize("text, expected", [
    ("The agreement was signed in December.", "2018-12"),          # past tense: the last December
    ("Officials criticised the December cutback.", "2019-12"),     # modifies a noun: the nearest one
    ("Officials will meet in December.", "2019-12"),
])
def test_month_in_november(nlp, text, expected):
    got = summitnlp.extract(text, published="2019-11-20", nlp=nlp).dates
    assert [d.value for d in got if d.text == "December"] == [expected]


def test_clock_time_takes_the_day_just_named(nlp):
    got = found(nlp, "The vote was held on Tuesday at 10 a.m. in the capital.")
    assert ("10 a.m.", "TIME", "2019-04-23T10:00") in got


def test_range_and_numeric_dates(nlp):
    got = found(nlp, "Voting ran from 03/04/2019 to 25.04.2019; results came on 12/25/2019.")
    assert ("12/25/2019", "DATE", "2019-12-25") in got
    assert ("03/04/2019", "DATE", "2019-03-04") in got
    assert ("25.04.2019", "DATE", "2019-04-25") in got


def test_offsets_match_text(nlp):
    text = "On Thursday, some two months after the talks, he said the 1990s were over."
    for d in summitnlp.extract(text, published=ANCHOR, nlp=nlp).dates:
        assert text[d.start:d.end] == d.text


def test_odd_text_degrades(nlp):
    text = "<p>\u201cUnbalanced quote on \U0001F600 Friday 2019-13-45 and 99.99.9999</p>" * 3
    result = summitnlp.extract(text, published=ANCHOR, nlp=nlp)
    assert all(text[d.start:d.end] == d.text for d in result.dates)
    assert ("Friday", "2019-04-19") in [(d.text, d.value) for d in result.dates]


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31"])
def test_calendar_edges_do_not_crash(published):
    text = "Last Friday, two weeks ago, next year, at Easter and on Christmas Day, the talks in the third quarter ended."
    dates = dates_in_text(text, published)
    assert len(dates) >= 5
    assert all(text[d["start"]:d["end"]] == d["text"] for d in dates)


def test_seed_dates(seed, shared_dir):
    import json

    gold = json.loads((shared_dir / "seed" / "dw-2019-04-25-kim-putin-vladivostok.gold.json").read_text())
    for g in gold["dates"]:
        accepted = [g["value"]] if "value" in g else g["value_any"]
        at_start = [d.value for d in seed.dates if d.start == g["start"]]
        assert any(v in accepted for v in at_start), (g, at_start)


def test_seed_published_detected(nlp, seed_text):
    assert summitnlp.extract(seed_text, nlp=nlp).published == "2019-04-25"


def test_caller_published_is_kept(nlp, seed_text):
    assert summitnlp.extract(seed_text, published="2019-04-26", nlp=nlp).published == "2019-04-26"


def test_component_without_anchor_text(nlp):
    assert summitnlp.extract("Talks went on. Later they left.", nlp=nlp).published is None


def test_detection_can_be_switched_off(seed_text):
    from summitnlp.pipeline import load_model

    nlp = load_model()
    nlp.add_pipe("summitnlp_dates", config={"detect_published": False})
    assert "summitnlp_dates" in nlp.pipe_names
    result = summitnlp.extract(seed_text, nlp=nlp)
    assert result.published is None
    assert [d.value for d in result.dates if d.text == "Thursday"] == [None, None]


# ------------------------------------------------------------------------------ round 2: discourse and news habits
@pytest.mark.parametrize("text, expected", [
    ("The strike began on Feb. 2, 2019. Since then, no trains have run.", ("then", "DATE", "2019-02-02")),
    ("Rights lapse on May 30. Until then, holders may convert.", ("then", "DATE", "2019-05-30")),
    ("It is the third day of the blockade.", ("the third day", "DATE", "2019-04-25")),
    ("Oil prices fell overnight in Asia.", ("overnight", "TIME", "2019-04-24TNI")),
    ("Mother's Day is this coming Sunday, May twelfth, in most places.",
     ("this coming Sunday, May twelfth", "DATE", "2019-05-12")),
    ("The envoys met on April the second.", ("April the second", "DATE", "2019-04-02")),
    ("The firm stayed small for about a decade.", ("about a decade", "DURATION", "P1E")),
    ("The temple stood for centuries.", ("centuries", "DURATION", "PXC")),
    ("The town grew for two decades.", ("two decades", "DURATION", "P20Y")),
    ("Voters go to the polls next Election Day.", ("next Election Day", "DATE", "2019-11-05")),
    ("Crowds will gather on Mother's Day.", ("Mother's Day", "DATE", "2019-05-12")),
    ("The parade will be held on Victory Day.", ("Victory Day", "DATE", "2019-05-09")),
])
def test_round_two_values_from_text(text, expected):
    got = [(d["text"], d["type"], d["value"]) for d in dates_in_text(text, ANCHOR)]
    assert expected in got


@pytest.mark.parametrize("text", [
    "By then, the army had left.",                       # nothing named before: no value to give
    "The overnight rate rose by a quarter point.",
    "Both sides spoke about the future of the region.",
    'The envoy spoke on the "This Week" programme.',
    "The quarter-to-quarter comparison improved.",
])
def test_round_two_non_temporal_readings_are_dropped(text):
    assert dates_in_text(text, ANCHOR) == []


@pytest.mark.parametrize("text, expected", [
    ("Ahead of Friday's vote, the party campaigned hard.", ("Friday", "DATE", "2019-04-26")),
    ("The election, set for Sunday, will be close.", ("Sunday", "DATE", "2019-04-28")),
    ("The hearing was adjourned until Monday.", ("Monday", "DATE", "2019-04-29")),
    ("Monday's attack killed five people.", ("Monday", "DATE", "2019-04-22")),
    ("She hopes she can one day return home.", ("one day", "DATE", "FUTURE_REF")),
    ("The repairs took one day.", ("one day", "DURATION", "P1D")),
])
def test_round_two_forward_cues_and_some_day(nlp, text, expected):
    assert expected in found(nlp, text)


@pytest.mark.parametrize("text, expected", [
    ("A ruling could come Friday.", ("Friday", "DATE", "2019-04-26")),              # a modal looks ahead
    ("He may have left the city Monday.", ("Monday", "DATE", "2019-04-22")),        # ... unless perfect
    ("The rebels attacked on Monday. The same day, police arrested three men.", ("The same day", "DATE", "2019-04-22")),
    ("Talks resumed on the 15th of last month.", ("the 15th of last month", "DATE", "2019-03-15")),
    ("The new tariff takes effect Jan. 1.", ("Jan. 1", "DATE", "2020-01-01")),
    ("The tariff took effect Jan. 1.", ("Jan. 1", "DATE", "2019-01-01")),
    ("The company reports its results on Jan. 10.", ("Jan. 10", "DATE", "2020-01-10")),
])
def test_round_two_modals_and_discourse_days(nlp, text, expected):
    assert expected in found(nlp, text)


def test_time_before_a_that_clause_is_outside_it():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from summitnlp.rules.dates.tense import outside_its_clause

    # the parser's broken reading: "Thursday" hangs off "do", the verb of the that-clause
    words = ["warnings", "on", "Thursday", "that", "strikes", "could", "do", "harm"]
    doc = Doc(Vocab(), words=words, heads=[6, 0, 1, 6, 6, 6, 6, 6],
              deps=["nsubj", "prep", "pobj", "mark", "nsubj", "aux", "ROOT", "dobj"])
    assert outside_its_clause(doc[2], doc[6])
    assert not outside_its_clause(doc[7], doc[6])


@pytest.mark.parametrize("text, expected", [
    ("In 2012, the company said its profits would rise by March 22, 2013.", None),
    ("The treaty was signed in Paris on March 3, 2018.\nIt was hailed as a breakthrough.", None),
    ("March 21, 2013 -- The minister said on Thursday that the talks had ended well.", "2013-03-21"),
    ("LONDON | Fri Mar 22, 2013 7:05am EDT\n(Reuters) - Britain said it would act.", "2013-03-22"),
])
def test_detect_published_skips_dates_inside_sentences(text, expected):
    assert detect_published(text) == expected


@pytest.mark.parametrize("line, expected", [
    ("The treaty was signed in Paris on March 3, 2018.", True),
    ("Leaders meet | News | DW | 25.04.2019", False),
    ("Updated 10:32 am EDT, Thu March 21, 2013", False),
    ("Short line with a stop.", False),
])
def test_is_sentence(line, expected):
    from summitnlp.rules.dates.anchor import is_sentence

    assert is_sentence(line) == expected


@pytest.mark.parametrize("source, can_start, cannot_start", [
    (r"(?:the\s+)?\d{4}", "tT07", "hx ."),
    (r"(?<![\w'])(?:about\s+)?(?:(?-i:May)|June)\b", "aAmMjJ", "yx1"),
    (r"(?:early|late)?[\s-]*(?:spring|fall)", "elsf -\t", "pxa"),
    (r"x{0,2}(?:y|z)+", "xyzXYZ", "a"),
])
def test_first_char_class(source, can_start, cannot_start):
    from summitnlp.rules.dates.firsts import first_char_class

    first = first_char_class(re.compile(source, re.IGNORECASE))
    assert first is not None
    assert all(first.match(ch) for ch in can_start)
    assert not any(first.match(ch) for ch in cannot_start)


@pytest.mark.parametrize("source", [r"[^a]b", r".x", r"(?:a|.)b"])
def test_first_char_class_gives_up_on_any_character(source):
    from summitnlp.rules.dates.firsts import first_char_class

    assert first_char_class(re.compile(source)) is None


def test_word_alternation_matches_its_words_only():
    from summitnlp.rules.dates.patterns import word_alternation

    words = ["a", "an", "another", "at", "about", "year", "years"]
    pattern = re.compile(rf"(?:{word_alternation(words)})", re.IGNORECASE)
    assert all(pattern.fullmatch(w) and pattern.fullmatch(w.upper()) for w in words)
    assert not any(pattern.fullmatch(w) for w in ["ano", "abou", "yea", "b", ""])


@pytest.mark.parametrize("text, expected", [
    ("in the 2019 vote", [0, 3, 7]),  # "in", "the" start an expression only with a strong word close after it
    ("the" + " word" * 12 + " 2019", [64]),
    ("the talks ended", []),
    ("On Monday and in '98", [3, 14, 17]),
])
def test_start_places(text, expected):
    from summitnlp.rules.dates.patterns import start_places

    assert start_places(text) == expected
