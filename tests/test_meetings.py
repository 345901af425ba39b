"""Meeting rules on parsed sentences, with the other components' results given by hand."""
import pytest

from summitnlp import docdata
from summitnlp.pipeline import load_model
from summitnlp.rules.meetings import extract_meetings
from summitnlp.rules.meetings.candidates import SEPARATORS, TokenColumns, before_anchor, first_trigger, segments

LEADERS = {"Vladimir Putin": "RU", "Xi Jinping": "CN", "Donald Trump": "US", "Kim Jong Un": "KP",
           "Emmanuel Macron": "FR", "Abdelmadjid Tebboune": "DZ"}
SHORT = {"Putin": "Vladimir Putin", "Xi": "Xi Jinping", "Trump": "Donald Trump", "Kim": "Kim Jong Un",
         "Macron": "Emmanuel Macron", "Tebboune": "Abdelmadjid Tebboune"}
PLACES = {"Beijing": ("city", "CN"), "Singapore": ("city", "SG"), "Algeria": ("country", "DZ"),
          "China": ("country", "CN"), "Hanoi": ("city", "VN")}


@pytest.fixture(scope="module")
def model():
    return load_model()


def spans_of(text, words):
    start = 0
    found = []
    for word in words:
        i = text.find(word, start)
        while i != -1:
            found.append((word, i))
            i = text.find(word, i + 1)
    return found


def analyse(model, text, dates=(), published="2019-06-12"):
    """Parse ``text`` and store leaders, places and dates found by plain string search."""
    doc = model(text)
    leaders = {}
    for word, i in spans_of(text, SHORT):
        if any(i >= m["start"] and i < m["end"] for x in leaders.values() for m in x["mentions"]):
            continue
        name = SHORT[word]
        full = text.startswith(name, i)
        end = i + (len(name) if full else len(word))
        leaders.setdefault(name, {"name": name, "country_code": LEADERS[name], "current": True, "mentions": []})
        leaders[name]["mentions"].append(docdata.mention(text, i, end))
    places = {}
    for word, i in spans_of(text, PLACES):
        kind, code = PLACES[word]
        places.setdefault(word, {"name": word, "kind": kind, "country_code": code, "mentions": []})
        places[word]["mentions"].append({**docdata.mention(text, i, i + len(word)), "actor": False})
    date_list = [{**docdata.mention(text, text.index(t), text.index(t) + len(t)), "type": ty, "value": v}
                 for t, ty, v in dates]
    docdata.set_results(doc, "leaders", list(leaders.values()))
    docdata.set_results(doc, "locations", list(places.values()))
    docdata.set_results(doc, "dates", date_list)
    docdata.set_published(doc, published)
    return extract_meetings(doc)


def test_a_meeting_with_place_and_day(model):
    meetings = analyse(model, "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Monday.",
                       dates=[("Monday", "DATE", "2019-06-10")])
    assert len(meetings) == 1
    m = meetings[0]
    assert set(m["participants"]) == {"Vladimir Putin", "Xi Jinping"}
    assert (m["location"], m["date"], m["status"], m["kind"]) == ("Beijing", "2019-06-10", "happened", "talks")
    assert m["trigger"]["text"] == "met"


def test_mentions_of_one_meeting_merge(model):
    text = ("Putin and Xi held a summit in Beijing on Monday. "
            "The two leaders shook hands after the talks, which Putin called warm.")
    meetings = analyse(model, text, dates=[("Monday", "DATE", "2019-06-10")])
    assert len(meetings) == 1
    assert meetings[0]["kind"] == "summit" and meetings[0]["date"] == "2019-06-10"


@pytest.mark.parametrize("text, status", [
    ("Trump will meet Kim in Singapore next month.", "scheduled"),
    ("Trump is scheduled to meet Kim in Singapore.", "scheduled"),
    ("A possible meeting between Trump and Kim was discussed by aides.", "hypothetical"),
    ("Trump said he could meet Kim in Singapore.", "hypothetical"),
    ("Trump cancelled his summit with Kim in Singapore.", "cancelled"),
    ("Trump did not meet Kim in Singapore.", "cancelled"),
    ("Trump met Kim in Singapore.", "happened"),
])
def test_status_follows_tense_modality_and_negation(model, text, status):
    meetings = analyse(model, text)
    assert [m["status"] for m in meetings] == [status]


def test_visit_to_a_country_implies_its_leader(model):
    text = "Tebboune welcomed the French delegation. Macron arrived in Algeria for a two-day visit to Algeria."
    meetings = analyse(model, text)
    assert [set(m["participants"]) for m in meetings] == [{"Emmanuel Macron", "Abdelmadjid Tebboune"}]
    assert meetings[0]["kind"] == "visit" and meetings[0]["event_code"] == "042"


def test_one_leader_without_counterpart_is_no_meeting(model):
    assert analyse(model, "Putin held a meeting of his security council in Beijing.") == []


def test_meeting_a_demand_is_not_a_meeting(model):
    assert analyse(model, "Putin said China met the demands that Xi had set.") == []


def test_distinct_meetings_stay_apart(model):
    text = ("Trump met Kim in Singapore on Tuesday. "
            "Months later, Xi met Putin in Beijing.")
    meetings = analyse(model, text, dates=[("Tuesday", "DATE", "2018-06-12")])
    assert [set(m["participants"]) for m in meetings] == [{"Donald Trump", "Kim Jong Un"},
                                                          {"Xi Jinping", "Vladimir Putin"}]


@pytest.mark.parametrize("duration, published, expected", [
    ("P2M", "2019-04-25", "2019-02"), ("P2M", "2019-01-10", "2018-11"), ("P3D", "2019-03-02", "2019-02-27"),
    ("P1Y", "2019-04-25", "2018"), ("P2M", None, None), ("PXM", "2019-04-25", None),
])
def test_durations_reach_back_from_the_anchor(duration, published, expected):
    assert before_anchor(duration, published) == expected


def span_segments(doc):
    """Sentences cut at whitespace tokens and separators, as Spans (what ``segments`` must reproduce)."""
    for sent in doc.sents:
        start = sent.start
        for token in sent:
            if token.is_space or token.text in SEPARATORS:
                if token.i > start:
                    yield doc[start:token.i]
                start = token.i + 1
        if sent.end > start:
            yield doc[start:sent.end]


@pytest.mark.parametrize("text", [
    "Putin met Xi in Beijing. | World | Reuters",
    "Trump and Kim met in Hanoi.\n\nThey talked  for hours \u2022 Photo",
    "\n Macron visits Algeria \u00b7 Tebboune greets him |",
])
def test_segments_cut_sentences_at_spaces_and_separators(model, text):
    doc = model(text)
    expected = [(s.start, s.end, s.start_char, s.end_char) for s in span_segments(doc)]
    assert len(expected) >= 2
    assert [(s.start, s.end, s.start_char, s.end_char) for s in segments(doc, TokenColumns(doc))] == expected


def test_first_trigger_is_the_first_token_the_trigger_rules_accept(model):
    doc = model("The leaders held talks in Hanoi. Then Trump and Kim met again.")
    tokens = TokenColumns(doc)
    found = [first_trigger(doc, s, tokens) for s in segments(doc, tokens)]
    assert [t.text if t is not None else None for t in found] == ["talks", "met"]
