"""Quotes: quotation marks, cues, content spans, kinds and speakers, on our own sentences."""
from __future__ import annotations

import random

import pytest

import summitnlp
from summitnlp import docdata
from summitnlp.rules.quotes import extract_quotes
from summitnlp.rules.quotes.candidates import has_uncovered_alnum, trim, word_count
from summitnlp.rules.quotes.columns import Columns, string_keys
from summitnlp.rules.quotes.cues import fixed_lemma, lexicon
from summitnlp.rules.quotes.marks import direction, find_quote_spans, paragraphs


def quoted(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_quote_spans(text)]


def run(nlp, text: str) -> list[dict]:
    return extract_quotes(nlp(text))


def one(nlp, text: str) -> dict:
    quotes = run(nlp, text)
    assert len(quotes) == 1, quotes
    return quotes[0]


# ----------------------------------------------------------------------------- quotation marks
@pytest.mark.parametrize("text, expected", [
    ('He said "yes" and left.', ['"yes"']),
    ("She called it \u201ca farce\u201d and \u201ca waste.\u201d", ["\u201ca farce\u201d", "\u201ca waste.\u201d"]),
    ("\u00abNon\u00bb, a-t-il dit.", ["\u00abNon\u00bb"]),
    ("\u201eJa\u201c, sagte er.", ["\u201eJa\u201c"]),
    ("The mayor\u2019s \u2018big idea\u2019 failed.", ["\u2018big idea\u2019"]),
    ('"Outer \u2018inner\u2019 text," he said.', ['"Outer \u2018inner\u2019 text,"']),
    ("It's the voters' choice, isn't it?", []),
])
def test_quote_marks_pair(text, expected):
    assert quoted(text) == expected


def test_two_apostrophes_work_as_a_double_mark():
    text = "''We will appeal,'' the lawyer said. It's the clients' choice."
    assert quoted(text) == ["''We will appeal,''"]


def test_unclosed_paragraph_continues_into_the_next():
    text = "\u201cWe came to talk.\n\n\u201cAnd we will keep talking,\u201d she said."
    spans = find_quote_spans(text)
    assert len(spans) == 1
    assert spans[0].start == 0 and text[spans[0].end - 1] == "\u201d"
    assert len(spans[0].parts) == 2


@pytest.mark.parametrize("text", ['"', '""" odd " count', "\u201d backwards \u201c", "\u201c" * 50, "", "\n\n\u201c\n"])
def test_odd_marks_never_raise(text):
    for span in find_quote_spans(text):
        assert 0 <= span.start < span.end <= len(text)


@pytest.mark.parametrize("text, i, expected", [
    ('say "hi"', 4, "open"), ('say "hi"', 7, "close"), ("\u201chi", 0, "open"), ("hi\u201d", 2, "close"),
])
def test_mark_direction(text, i, expected):
    assert direction(text, i) == expected


def test_paragraphs_skip_blank_lines():
    text = "One.\n\n  \nTwo."
    assert [text[s:e] for s, e in paragraphs(text)] == ["One.", "Two."]


@pytest.mark.parametrize("text, expected", [(", that it rained;", "that it rained"), ("  \u2014 ok ", "ok")])
def test_trim_edges(text, expected):
    start, end = trim(text, 0, len(text))
    assert text[start:end] == expected


def test_word_count_ignores_punctuation():
    assert word_count('" -- a b, c "') == 3


def test_cue_lexicon_loads_once():
    assert lexicon() is lexicon()
    assert "say" in lexicon().speech and "according" not in lexicon().speech


# ----------------------------------------------------------------------------- kinds and contents
@pytest.mark.parametrize("text, kind, content", [
    ("The finance minister said the budget would be balanced by next year.", "indirect",
     "the budget would be balanced by next year"),
    ("Premier Lund told reporters that the border would reopen on Monday.", "indirect",
     "that the border would reopen on Monday"),
    ('"We will not sign this agreement," Senator Okafor said.', "direct",
     '"We will not sign this agreement,"'),
    ('Senator Okafor said: "We will not sign this agreement."', "direct",
     '"We will not sign this agreement."'),
    ('The governor said the hearings were "a circus from start to finish."', "partial",
     'the hearings were "a circus from start to finish."'),
    ("According to the ministry, the shipment left the port on Friday.", "indirect",
     "the shipment left the port on Friday."),
])
def test_kind_and_content(nlp, text, kind, content):
    quote = one(nlp, text)
    assert quote["kind"] == kind
    assert quote["text"] == content
    assert text[quote["start"]:quote["end"]] == quote["text"]


@pytest.mark.parametrize("text, content", [
    ("The union leader called for a general strike in the capital.", "a general strike in the capital"),
    ("The opposition criticized the budget as reckless and unfair.", "the budget as reckless and unfair"),
    ("The senator vowed to block the nomination.", "to block the nomination"),
    ("Officials believe the fire was started deliberately.", "the fire was started deliberately"),
    ("The foreign minister called the deal a historic mistake.", "the deal a historic mistake"),
])
def test_indirect_attributions_beyond_say(nlp, text, content):
    quote = one(nlp, text)
    assert quote["text"] == content and quote["kind"] == "indirect"


def test_coordinated_attributions_are_separate(nlp):
    text = 'Havana condemned the new sanctions and promised a \u201cfirm reply.\u201d'
    quotes = run(nlp, text)
    assert [q["cue"]["text"] for q in quotes] == ["condemned", "promised"]
    assert quotes[0]["text"] == "the new sanctions"
    assert quotes[1]["kind"] == "partial" and quotes[1]["speaker_mention"]["text"] == "Havana"


def test_claim_noun_with_that_clause(nlp):
    quote = one(nlp, "Nobody believed the governor's claim that the budget was balanced.")
    assert quote["text"] == "that the budget was balanced"
    assert quote["speaker_mention"]["text"].startswith("the governor")


def test_split_quote_is_one_quote(nlp):
    text = '"The plan," the spokeswoman said, "is dead on arrival."'
    quote = one(nlp, text)
    assert quote["kind"] == "direct"
    assert quote["text"].startswith('"The plan,"') and quote["text"].endswith('arrival."')
    assert quote["speaker_mention"]["text"] == "the spokeswoman"


def test_split_quote_with_an_addressee_is_one_quote(nlp):
    text = '\u201cNow that I am retired,\u201d the general told the host, \u201cI can say it was hard to serve.\u201d'
    quote = one(nlp, text)
    assert quote["kind"] == "direct"
    assert quote["text"] == text
    assert quote["speaker_mention"]["text"] == "the general"


def test_quotation_after_a_second_verb_is_not_a_split_quote(nlp):
    text = '"We cannot pay for this," the candidate said, adding later, "The alliance costs us a fortune."'
    assert all(not (q["text"].startswith('"We cannot') and q["text"].endswith('fortune."'))
               for q in run(nlp, text))


@pytest.mark.parametrize("text, content", [
    ("A party source said he could not answer because reporters had only asked for the data an hour earlier.",
     "he could not answer because reporters had only asked for the data an hour earlier"),
    ("The envoy said the video shows the pilot quietly leaving the cockpit when asked to by the guards.",
     "the video shows the pilot quietly leaving the cockpit when asked to by the guards"),
    ("Most economists agreed that the proposal would raise taxes but that it would add many new rules.",
     "that the proposal would raise taxes but that it would add many new rules"),
])
def test_subordinate_speech_verb_does_not_cut_the_content(nlp, text, content):
    assert run(nlp, text)[0]["text"] == content


def test_noun_conjunct_stays_in_the_object_content(nlp):
    quote = one(nlp, "Opposition leaders called the vote and the arrests a cynical ploy aimed at silencing critics.")
    assert quote["text"] == "the vote and the arrests a cynical ploy aimed at silencing critics"


def test_coordinated_cue_inside_the_report_gets_the_reporter(nlp):
    text = "The former governor said he had fought off pneumonia twice and called it a routine illness."
    quotes = run(nlp, text)
    assert [q["text"] for q in quotes] == ["he had fought off pneumonia twice", "it a routine illness"]
    assert all(q["speaker_mention"]["text"] == "The former governor" for q in quotes)


def test_participle_after_the_report_gets_the_reporter(nlp):
    quotes = run(nlp, "The minister said the border would stay shut, arguing that the risk was too high.")
    assert quotes[-1]["cue"]["text"] == "arguing"
    assert quotes[-1]["speaker_mention"]["text"] == "The minister"


def test_parenthetical_cue_hung_on_the_subject_covers_the_clause(nlp):
    text = "The question now, she told us on Tuesday, is whether she can keep the committee going."
    quote = one(nlp, text)
    assert quote["text"] == text
    assert quote["speaker_mention"]["text"] == "she"


def test_infinitive_content_keeps_its_coordinated_verbs(nlp):
    quote = one(nlp, "The candidate wants to triple the size of the volunteer program, grow the youth corps "
                     "and create a new reserve.")
    assert quote["text"].endswith("grow the youth corps and create a new reserve")


def test_colon_after_the_complement_continues_the_report(nlp):
    quote = one(nlp, "The analyst notes that we are at a rare moment where three things happen at once: "
                     "prices are rising, rates are low and lenders are loose.")
    assert quote["text"].endswith("rates are low and lenders are loose")


def test_according_to_a_source_parsed_as_a_verb_phrase(nlp):
    quote = one(nlp, "As a television boss, the host repeatedly demeaned women with crude language, "
                     "according to show insiders.")
    assert quote["text"] == "As a television boss, the host repeatedly demeaned women with crude language"
    assert quote["cue"]["text"] == "according to"
    assert "insiders" in quote["speaker_mention"]["text"]


def test_document_in_a_relative_clause_speaks_for_its_issuer(nlp):
    quote = one(nlp, "The candidate released a letter from his doctor on Friday that said he was in excellent health.")
    assert quote["text"] == "he was in excellent health"
    assert quote["speaker_mention"]["text"] == "The candidate"


def test_report_goes_on_while_the_reported_subject_does(nlp):
    quote = one(nlp, "The mayor says she hopes to win the race, but she knows that the champion will always "
                     "be the favourite.")
    assert quote["text"] == ("she hopes to win the race, but she knows that the champion will always "
                             "be the favourite")


def test_evidence_shows_its_findings(nlp):
    quote = one(nlp, "Recent polls show a tight race in the state.")
    assert quote["text"] == "a tight race in the state"
    assert quote["speaker_mention"]["text"] == "Recent polls"


def test_multi_sentence_quote_is_covered_whole(nlp):
    text = '"Prices are rising. Wages are not," Ms. Berg said.'
    quote = one(nlp, text)
    assert quote["text"] == '"Prices are rising. Wages are not,"'


def test_multi_paragraph_quote_continues(nlp):
    text = ('Chancellor Weiss said: \u201cThe first duty of a government is to keep people safe.\n\n'
            '\u201cThe second is to keep them free.\u201d')
    quote = one(nlp, text)
    assert quote["kind"] == "direct"
    assert quote["text"].endswith("free.\u201d")


def test_following_quote_inherits_the_speaker(nlp):
    text = ('"We expect a decision within weeks," Mayor Ines Duarte said. '
            '"There is no reason for further delay here."')
    quotes = run(nlp, text)
    assert len(quotes) == 2
    assert quotes[1]["text"] == '"There is no reason for further delay here."'
    assert quotes[1]["speaker"] == quotes[0]["speaker"] == "Ines Duarte"


@pytest.mark.parametrize("text", [
    "Minister Alvarez said goodbye to the visiting delegation on Tuesday.",
    "The result says a lot about the mood in the capital.",
    'The first and "eternal" leader of the movement was buried in 1994.',
    'She wrote a memoir called "Long Roads Home" in 2010.',
    "He said nothing.",
])
def test_not_quotes(nlp, text):
    assert run(nlp, text) == []


# ----------------------------------------------------------------------------- speakers and cues
@pytest.mark.parametrize("text, mention, cue", [
    ("The state news agency quoted General Ortiz as saying that the troops would stay.", "General Ortiz", "saying"),
    ("Ortega was quoted as saying that the troops would stay in the region.", "Ortega", "saying"),
    ("The foreign ministry said in a statement that the talks had been productive.", "The foreign ministry", "said"),
    ("The talks had been productive, said Anna Keller, the chief negotiator.", "Anna Keller", "said"),
    ("Pyongyang threatened a \u201cmerciless response\u201d to the drills.", "Pyongyang", "threatened"),
    ("According to Anna Keller, the talks had been productive.", "Anna Keller", "According to"),
])
def test_speaker_mention_and_cue(nlp, text, mention, cue):
    quote = one(nlp, text)
    assert quote["speaker_mention"]["text"] == mention
    assert quote["cue"]["text"] == cue


def test_capital_as_actor_is_a_speaker(nlp):
    quote = one(nlp, "Pyongyang threatened a \u201cmerciless response\u201d to the drills.")
    assert quote["speaker"] in ("Pyongyang", "North Korea")
    assert quote["kind"] == "partial"


def test_short_name_and_pronoun_resolve_to_the_full_name(nlp):
    text = ("Prime Minister Helena Marsh arrived in Oslo on Monday. "
            "Marsh said the agreement was fair. Later she said the vote would be held in May.")
    quotes = run(nlp, text)
    assert [q["speaker"] for q in quotes] == ["Helena Marsh", "Helena Marsh"]
    assert quotes[1]["speaker_mention"]["text"] == "she"


def test_speakers_resolve_without_the_leaders_component(nlp):
    text = "Ambassador Tomas Brandt met the press. He said the embassy would stay open."
    with nlp.select_pipes(disable=["summitnlp_leaders", "summitnlp_locations"]):
        doc = nlp(text)
    assert docdata.get_results(doc, "leaders") == []
    quote = one_from(doc)
    assert quote["speaker"] == "Tomas Brandt"


def one_from(doc) -> dict:
    quotes = extract_quotes(doc)
    assert len(quotes) == 1, quotes
    return quotes[0]


def test_relative_clause_speaker_covers_the_antecedent(nlp):
    quote = one(nlp, "The mayor, who said the bridge would reopen in June, left early.")
    assert quote["speaker_mention"]["text"].startswith("The mayor")
    assert quote["text"] == "the bridge would reopen in June"


def test_dateline_is_not_a_speaker(nlp):
    text = "BERLIN \u2014 The chancellor said on Monday that the coalition would survive."
    quote = one(nlp, text)
    assert quote["speaker_mention"] is None or "BERLIN" not in quote["speaker_mention"]["text"]


def test_title_after_a_quote_is_not_a_continuation(nlp):
    text = '"We will not raise taxes," Senator Okafor said on "Face the Nation."'
    quotes = run(nlp, text)
    assert len(quotes) == 1 and "Face the Nation" not in quotes[0]["text"]


def test_live_blog_label_is_not_a_speaker(nlp):
    text = "The Latest: Governor Ruiz says the storm damage is worse than feared.\n\nMore follows."
    quote = one(nlp, text)
    assert quote["speaker_mention"]["text"] == "Governor Ruiz"


def test_unresolvable_speaker_is_null(nlp):
    quote = one(nlp, "A senior official said the plan would be announced next week.")
    assert quote["speaker"] is None
    assert quote["speaker_mention"]["text"] == "A senior official"


def test_dash_signed_quote(nlp):
    text = "\u201cWe need more buses and fewer promises.\u201d \u2014 Laila Haddad, commuter"
    quote = one(nlp, text)
    assert quote["kind"] == "direct" and quote["speaker_mention"]["text"].startswith("Laila Haddad")


def test_transcript_speaker_label(nlp):
    text = "HOST: Will the minister resign before the vote next week?\n\nGARCIA: No, she will not resign."
    quotes = run(nlp, text)
    assert [q["speaker_mention"]["text"] for q in quotes] == ["HOST", "GARCIA"]


# ----------------------------------------------------------------------------- robustness and the seed
@pytest.mark.parametrize("text", [
    "", " ", "\u201c", 'He said "', "\U0001F600 said \U0001F600", "<p>She said &quot;no&quot;</p>",
    '"' * 30 + " said " + "\u201d" * 30, "said said said said.",
])
def test_odd_text_never_raises(nlp, text):
    for quote in run(nlp, text):
        assert text[quote["start"]:quote["end"]] == quote["text"]


def test_long_text_degrades_gracefully(nlp):
    paragraph = 'The mayor said "the works will end soon" and left. '
    quotes = summitnlp.extract(paragraph * 300, nlp=nlp).quotes
    assert 250 <= len(quotes) <= 300


def test_seed_quotes(seed):
    found = {q.text: q for q in seed.quotes}
    expected = {
        "candid and meaningful": ("partial", "Kim Jong Un"),
        "Ceaselessly bolstering and developing": ("direct", "Kim Jong Un"),
        "the eyes of the world were glued": ("indirect", "Kim Jong Un"),
        "his country was backing Kim's effort": ("indirect", "Vladimir Putin"),
        "welcomed North Korea's efforts": ("indirect", "Vladimir Putin"),
    }
    for snippet, (kind, speaker) in expected.items():
        matches = [q for text, q in found.items() if snippet in text]
        assert len(matches) == 1, snippet
        assert (matches[0].kind, matches[0].speaker) == (kind, speaker)
    assert not any("eternal" in q.text or "goodbye" in q.text for q in seed.quotes)


# ----------------------------------------------------------------------------- token columns and coverage
COLUMN_TEXTS = [
    "Kim said: \u201cWe will talk.\u201d\n\nPutin  agreed | Reuters",
    "According to aides, the President hopes the deal holds. \U0001F600 ok",
    "  Leading spaces\tand tabs: she said so\n",
]


@pytest.mark.parametrize("text", COLUMN_TEXTS)
def test_columns_match_token_attributes(nlp, text):
    doc = nlp(text)
    columns = Columns(doc)
    assert columns.text == doc.text
    assert columns.texts == [t.text for t in doc]
    assert columns.lowers(0, len(doc)) == [t.lower_ for t in doc]
    assert columns.lemmas == [t.lemma_.lower() for t in doc]


@pytest.mark.parametrize("text", COLUMN_TEXTS)
def test_columns_find_tokens_by_lemma_lower_case_or_text(nlp, text):
    doc = nlp(text)
    lemmas = {"say", "hope", "agree"}
    expected = [t.i for t in doc if t.lemma_.lower() in lemmas or t.lower_ == "according" or t.text == ":"]
    assert expected
    assert Columns(doc).find(lemmas, string_keys(["according"]), string_keys([":"])) == expected


def test_columns_of_an_empty_doc(nlp):
    columns = Columns(nlp.make_doc(""))
    assert columns.text == "" and columns.texts == []
    assert columns.find({"say"}, string_keys(["according"]), string_keys([":"])) == []


@pytest.mark.parametrize("text, covered, expected", [
    ('"All of it," he said', [(0, 12)], True),
    ('"All of it."', [(0, 12)], False),
    ('"A" and "B"', [(0, 3), (8, 11)], True),
    ('"A" -- "B"', [(0, 3), (7, 10)], False),
    ('"A," he said, "B."', [(0, 4), (14, 18), (4, 14)], False),
    ("abc", [], True),
    ("abc", [(2, 1)], True),
])
def test_letters_outside_the_quotations_are_found(text, covered, expected):
    assert has_uncovered_alnum(text, 0, len(text), covered) is expected


def test_uncovered_letters_agree_with_a_walk_over_each_character():
    rng = random.Random(7)
    for _ in range(2000):
        text = "".join(rng.choice('ab 1,."') for _ in range(rng.randint(0, 20)))
        covered = [(rng.randint(-2, 22), rng.randint(-2, 22)) for _ in range(rng.randint(0, 4))]
        start, end = sorted(rng.randint(0, len(text)) for _ in range(2))
        walk = any(text[i].isalnum() and not any(s <= i < e for s, e in covered) for i in range(start, end))
        assert has_uncovered_alnum(text, start, end, covered) is walk, (text, start, end, covered)


@pytest.mark.parametrize("lemma_, lower, expected", [
    ("hop", "hopes", "hope"), ("hop", "hopped", "hop"), ("Say", "said", "say"), ("claim", "claims", "claim"),
])
def test_lemma_slips_are_fixed(lemma_, lower, expected):
    assert fixed_lemma(lemma_, lower) == expected


# ----------------------------------------------------------------------------- round 3 rules
@pytest.mark.parametrize("text, content", [
    ("The director recalled sitting in on focus groups for the campaign.",
     "sitting in on focus groups for the campaign"),
    ("The senator has proposed taxing carbon emissions.", "taxing carbon emissions"),
    ("Another former lawmaker also stated his intention to run for governor.", "his intention to run for governor"),
    ("Voter enthusiasm appears to have dropped sharply since the spring.",
     "Voter enthusiasm appears to have dropped sharply since the spring"),
    ("It appears that the talks stalled over the weekend.", "that the talks stalled over the weekend"),
])
def test_gerund_object_and_impression_contents(nlp, text, content):
    assert one(nlp, text)["text"] == content


def test_impression_has_no_speaker(nlp):
    quote = one(nlp, "The new tariff seems likely to hurt farmers in the Midwest.")
    assert quote["speaker"] is None and quote["speaker_mention"] is None and quote["cue"]["text"] == "seems"


def test_appearing_somewhere_is_not_an_impression(nlp):
    assert run(nlp, "The governor appeared at a rally in Ohio on Friday.") == []


@pytest.mark.parametrize("text, content, mention", [
    ("Ignoring the progress of the last decade also carries risks, as the mayor's supporters point out.",
     "Ignoring the progress of the last decade also carries risks", "the mayor's supporters"),
    ("As the senator noted, the bill has stalled in committee.", "the bill has stalled in committee", "the senator"),
])
def test_as_clause_attribution(nlp, text, content, mention):
    quote = one(nlp, text)
    assert quote["text"] == content and quote["speaker_mention"]["text"] == mention


def test_participle_attribution_ends_the_object_content(nlp):
    quotes = run(nlp, "She also compared the governor to his predecessor, saying they are both part of the system.")
    assert [q["text"] for q in quotes] == ["the governor to his predecessor", "they are both part of the system"]


def test_according_to_after_coordinated_clauses_covers_both(nlp):
    text = ("The agency hacked the servers in 2010 and its employees covered up the intrusions, "
            "according to a congressional report.")
    quote = one(nlp, text)
    assert quote["text"] == "The agency hacked the servers in 2010 and its employees covered up the intrusions"
    assert quote["speaker_mention"]["text"] == "a congressional report"


def test_subject_inside_the_quotation_is_not_the_speaker(nlp):
    quotes = run(nlp, '"Like Denver. Or Tulsa," Smith said. "The crime numbers are worse."')
    assert [q["speaker_mention"]["text"] for q in quotes] == ["Smith", "Smith"]
    assert quotes[0]["text"] == '"Like Denver. Or Tulsa,"'


def test_next_quotation_opening_mark_does_not_pull_it_in(nlp):
    text = ("The club's investment, Ms. Tanner said, ''is a fine example of change'' in the sport. "
            "''They're spending a fortune,'' she said.")
    quotes = run(nlp, text)
    assert [q["text"] for q in quotes] == [
        "The club's investment, Ms. Tanner said, ''is a fine example of change'' in the sport.",
        "''They're spending a fortune,''"]


@pytest.mark.parametrize("text, content, mention", [
    ("These policy proposals have been applauded by critics of the banks.", "These policy proposals",
     "critics of the banks"),
    ("The immigration bill, opposed by House Republicans, never became law.", "The immigration bill",
     "House Republicans"),
])
def test_passive_comment_with_an_agent(nlp, text, content, mention):
    quote = one(nlp, text)
    assert quote["text"] == content and quote["speaker_mention"]["text"] == mention


def test_passive_without_an_agent_is_not_a_quote(nlp):
    assert run(nlp, "The immigration bill was opposed last year.") == []


def test_that_clause_hung_on_the_addressee_is_the_content(nlp):
    text = "Last week, he told a meeting of island leaders that few people understood the stakes better than they did."
    assert one(nlp, text)["text"] == "that few people understood the stakes better than they did"


def test_relative_clause_on_the_object_is_not_reported_content(nlp):
    assert run(nlp, "He told the story of a man that nobody remembered.") == []


@pytest.mark.parametrize("text", [
    "Turnout among young voters is expected to rise sharply this year.",
    "The minister was said to be furious about the leak.",
])
def test_passive_hearsay_is_a_speakerless_impression(nlp, text):
    quote = one(nlp, text)
    assert quote["text"] == text.rstrip(".") and quote["speaker"] is None
