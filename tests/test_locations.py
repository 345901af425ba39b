"""Locations: gazetteer, candidate spans, disambiguation, actors, and the whole component."""
from __future__ import annotations

import math

import pytest

from summitnlp.rules.locations import extract_locations
from summitnlp.rules.locations.gazetteer import Hit, Place, gazetteer, name_key
from summitnlp.rules.locations.resolve import haversine_km, prior


def places_of(nlp, text: str) -> list[dict]:
    return nlp(text)._.summitnlp_locations


def by_name(nlp, text: str) -> dict[str, dict]:
    return {p["name"]: p for p in places_of(nlp, text)}


def mention_texts(nlp, text: str) -> list[str]:
    return sorted(m["text"] for p in places_of(nlp, text) for m in p["mentions"])


# --- pure functions -------------------------------------------------------------------------

@pytest.mark.parametrize("text, key", [
    ("Russia's", "russia"),
    ("the Korean Peninsula", "korean peninsula"),
    ("U.S.", "US"),
    ("US", "US"),
    ("Us", "us"),
    ("St. Petersburg", "saint petersburg"),
    ("Zürich", "zurich"),
    ("VLADIVOSTOK", "vladivostok"),
])
def test_name_key(text, key):
    assert name_key(text) == key


@pytest.mark.parametrize("name, kind, code", [
    ("Vladivostok", "city", "RU"),
    ("Russia", "country", "RU"),
    ("the Soviet Union", "historical country", "SU"),
    ("Korean peninsula", "peninsula", None),
    ("Russky Island", "island", "RU"),
    ("Kremlin", "landmark", "RU"),
    ("Calif.", "admin1", "US"),
])
def test_gazetteer_knows(name, kind, code):
    hits = gazetteer().lookup(name)
    assert any(h.place.kind == kind and h.place.country_code == code for h in hits)


@pytest.mark.parametrize("code, lat, lon", [("US", 39.76, -98.5), ("CA", 60.10867, -113.64258), ("RU", 60.0, 100.0)])
def test_countries_sit_at_geonames_points(code, lat, lon):
    country = gazetteer().country(code)
    assert country is not None and country.kind == "country"
    assert math.isclose(country.latitude, lat, abs_tol=0.01) and math.isclose(country.longitude, lon, abs_tol=0.01)


def test_haversine_moscow_to_vladivostok():
    moscow = gazetteer().lookup("Moscow")[0].place
    vladivostok = gazetteer().lookup("Vladivostok")[0].place
    assert 6300 < haversine_km(moscow, vladivostok) < 6500


def test_prior_prefers_a_big_city_to_a_village_of_the_same_name():
    big = Place("a", "X", "city", "FR", None, 0.0, 0.0, 2_000_000, 1)
    small = Place("b", "X", "city", "US", None, 0.0, 0.0, 3_000, 2)
    assert prior(Hit(big, True)) > prior(Hit(small, True))


# --- the component on sentences -------------------------------------------------------------

@pytest.mark.parametrize("text, name, kind, code", [
    ("Kim arrived in Vladivostok on Wednesday.", "Vladivostok", "city", "RU"),
    ("Talks were held on Russky Island near the city.", "Russky Island", "island", "RU"),
    ("Tensions rose on the Korean peninsula this spring.", "Korean Peninsula", "peninsula", None),
    ("The train crossed the Russian border town of Hasan near Vladivostok.", "Khasan", "town", "RU"),
    ("Ties go back to the Soviet Union and its support.", "Soviet Union", "historical country", "SU"),
    ("The leaders met at Camp David in the summer.", "Camp David", "landmark", "US"),
    ("Protesters gathered outside the White House in the rain.", "White House", "landmark", "US"),
    ("The mayor flew from Paris, Texas, to Dallas.", "Paris", "city", "US"),
    ("The mayor of Paris visited Lyon and Marseille.", "Paris", "city", "FR"),
    ("The flood hit Atlanta and Savannah, Georgia, on Sunday.", "Georgia", "admin1", "US"),
    ("Russian troops left Tbilisi, the capital of Georgia, in 2008.", "Georgia", "country", "GE"),
])
def test_places_typed_and_placed(nlp, text, name, kind, code):
    place = by_name(nlp, text).get(name)
    assert place is not None, places_of(nlp, text)
    assert place["kind"] == kind and place["country_code"] == code
    assert place["latitude"] is not None and place["longitude"] is not None


@pytest.mark.parametrize("text, name, kind", [
    ("Trump returned to Washington on Sunday after a trip to Florida.", "Washington", "city"),
    ("Wildfires spread across Washington, forcing evacuations near Seattle and Spokane.", "Washington State", "admin1"),
    ("IMMOKALEE \u2014 The county approved a grant for new roads.", "Immokalee", "city"),
    ("Opening line\nPLEASANTON, Calif. (AP) - A man was hurt.", "Pleasanton", "city"),
    ("The choir sang at Holy Redeemer Church in Boston on Sunday.", "Holy Redeemer Church", "landmark"),
    ("The family moved to Clarinda last year.", "Clarinda", "city"),
    ("Crowds gathered in Lower Manhattan on Friday.", "Manhattan", "city"),
    ("The Atlantic hurricane season starts in June.", "Atlantic Ocean", "sea"),
])
def test_readings_in_context(nlp, text, name, kind):
    place = by_name(nlp, text).get(name)
    assert place is not None and place["kind"] == kind, places_of(nlp, text)


def test_a_name_inside_another_name_still_guides_the_reading(nlp):
    text = "After the Louisiana Purchase, Lafayette grew fast along the river."
    names = by_name(nlp, text)
    assert "Louisiana" not in names  # not a mention
    assert names["Lafayette"]["country_code"] == "US"


def test_unknown_streets_sit_at_the_article_town(nlp):
    text = "Protesters marched down Royal Street in New Orleans on Saturday, then gathered on Canal Street."
    places = by_name(nlp, text)
    town = places["New Orleans"]
    streets = [places[n] for n in ("Royal Street", "Canal Street")]
    assert all(s.get("approximate") and (s["latitude"], s["longitude"]) == (town["latitude"], town["longitude"])
               for s in streets)


@pytest.mark.parametrize("text, not_a_place", [
    ("White House aides said the plan was dead.", "White House"),
    ("Member States agreed on the budget.", "States"),
    ("Mr. Tyler said he would appeal.", "Tyler"),
    ("Pa said the Ark was ready.", "Pa"),
    ("Harden scored late to lift the Houston Rockets over Portland.", "Houston"),
    ("She studied geoscience at the University of Alberta for years.", "Alberta"),
    ("Champion Ashley Sutton won again. Few predicted Sutton would storm to the title.", "Sutton"),
    ("He writes for the Washington Post every week.", "Washington"),
    ("Both countries signed the Paris agreement on climate.", "Paris"),
    ("Russian and North Korean officials met.", "Russian"),
    ("North Korean leader Kim Jong Un left on Friday.", "North Korean"),
    ("Moscow said it would respond.", "the"),
])
def test_not_location_mentions(nlp, text, not_a_place):
    assert not any(not_a_place == t or t.startswith(not_a_place + " ") for t in mention_texts(nlp, text))


@pytest.mark.parametrize("text, place, actor", [
    ("Moscow said it would retaliate against the sanctions.", "Moscow", True),
    ("Pyongyang slammed the drills and threatened a response.", "Pyongyang", True),
    ("The delegation flew to Moscow on Monday.", "Moscow", False),
    ("Ties between Pyongyang and Moscow are old.", "Moscow", False),
])
def test_actor_mentions(nlp, text, place, actor):
    mentions = [m for p in places_of(nlp, text) for m in p["mentions"] if m["text"] == place]
    assert mentions and mentions[0]["actor"] is actor


def test_state_abbreviation_after_a_town(nlp):
    names = by_name(nlp, "He drove from Franklin, Tenn., to Boston, Mass., on Monday.")
    assert names["Tennessee"]["kind"] == "admin1" and names["Massachusetts"]["kind"] == "admin1"
    assert names["Franklin"]["country_code"] == "US"


def test_every_mention_of_a_place_in_one_entry(nlp):
    text = "Vladivostok hosted the summit. Later, Putin left Vladivostok for Moscow."
    entry = by_name(nlp, text)["Vladivostok"]
    assert len(entry["mentions"]) == 2


def test_aliases_merge_into_one_place(nlp):
    text = "The United States and South Korea held drills; the U.S. said they would go on."
    entry = by_name(nlp, text)["United States"]
    assert sorted(m["text"] for m in entry["mentions"]) == ["U.S.", "United States"]


def test_mentions_are_literal_spans(nlp):
    doc = nlp("North Korea's leader and Russia's president met in the Russian city of Vladivostok.")
    for place in doc._.summitnlp_locations:
        for m in place["mentions"]:
            assert doc.text[m["start"]:m["end"]] == m["text"]
            assert not m["text"].lower().startswith("the ") and not m["text"].endswith("'s")


@pytest.mark.parametrize("text", ["", "   ", "🙂🙂 \"unbalanced", "<p>Paris</p><br/>", "\n\n\n", "Moscow " * 2000])
def test_odd_text_does_not_crash(nlp, text):
    assert isinstance(places_of(nlp, text), list)


def test_a_long_text_stays_fast_enough_to_finish(nlp):
    towns = ["Lyon", "Nantes", "Lille", "Rennes", "Dijon", "Tours", "Metz", "Nancy", "Brest", "Caen"]
    text = " ".join(f"Officials in {t} met officials from Paris on day {i}." for i in range(30) for t in towns)
    places = places_of(nlp, text)
    assert {"Lyon", "Paris"} <= {p["name"] for p in places}


def test_works_without_the_leaders_component(nlp):
    with nlp.select_pipes(disable=["summitnlp_leaders"]):
        doc = nlp("Kim Jong Un arrived in Vladivostok for talks with Putin.")
    assert "Vladivostok" in {p["name"] for p in extract_locations(doc)}


# --- the seed article ------------------------------------------------------------------------

def test_seed_locations(seed, shared_dir):
    import json

    gold = json.loads((shared_dir / "seed" / "dw-2019-04-25-kim-putin-vladivostok.gold.json").read_text())
    found = {loc.name.casefold(): loc for loc in seed.locations}
    for ref in gold["locations"]:
        names = ref.get("name_any") or [ref["name"]]
        loc = next((found[n.casefold()] for n in names if n.casefold() in found), None)
        assert loc is not None, names
        kinds = ref.get("kind_any") or [ref["kind"]]
        assert loc.kind in kinds
        if "country_code" in ref:
            assert loc.country_code == ref["country_code"]
        assert loc.latitude is not None
    mentioned = {m.text for loc in seed.locations for m in loc.mentions}
    assert not mentioned & set(gold["locations_must_not"])


def test_seed_pyongyang_is_an_actor(seed):
    pyongyang = next(loc for loc in seed.locations if loc.name == "Pyongyang")
    assert any(m.actor for m in pyongyang.mentions)


def test_built_gazetteer_keys_match_the_runtime_folding():
    """The build script folds names with name_key; a change to name_key needs a rebuild."""
    import gzip
    from importlib.resources import files

    text = gzip.decompress((files("summitnlp") / "data" / "gazetteer.tsv.gz").read_bytes()).decode("utf-8")
    rows = [line.split("\t") for line in text.splitlines()[1:2000]]
    assert rows and all(row[8].split("|")[0] == name_key(row[1]) for row in rows)


# --- round 2: streets, counties, buildings, road numbers -------------------------------------

from summitnlp.rules.locations.candidates import ROAD_NUMBER, suffix_kind  # noqa: E402


@pytest.mark.parametrize("word, kind", [
    ("Avenue", "route"), ("St.", "route"), ("County", "county"), ("Cathedral", "landmark"),
    ("University", "landmark"), ("Post", ""), ("Times", ""),
])
def test_suffix_kind(word, kind):
    assert suffix_kind(word) == kind


@pytest.mark.parametrize("text, is_road", [("A417", True), ("M25", True), ("A1(M)", True), ("A", False),
                                           ("AB12", False), ("A12345", False)])
def test_road_number_pattern(text, is_road):
    assert bool(ROAD_NUMBER.fullmatch(text)) == is_road


@pytest.mark.parametrize("text, mention, kind", [
    ("Police closed Hampton Avenue in St. Louis on Monday.", "Hampton Avenue", "landmark"),
    ("Flooding reached Dade County in Florida on Tuesday.", "Dade County", "county"),
    ("Crews resurfaced the A417 southbound carriageway near Gloucester overnight.", "A417", "landmark"),
])
def test_feature_named_after_a_place_is_its_own_place(nlp, text, mention, kind):
    entries = [p for p in places_of(nlp, text) if any(m["text"] == mention for m in p["mentions"])]
    assert entries and entries[0]["kind"] == kind and entries[0]["latitude"] is not None


def test_street_named_after_a_town_sits_in_the_article_city(nlp):
    places = by_name(nlp, "Police closed Hampton Avenue in St. Louis on Monday.")
    street, city = places["Hampton Avenue"], places["St. Louis"]
    assert abs(street["latitude"] - city["latitude"]) < 1 and abs(street["longitude"] - city["longitude"]) < 1


def test_building_named_after_a_city_sits_in_it(nlp):
    places = by_name(nlp, "Thousands attended Mass at Manila Cathedral on Sunday.")
    cathedral = places["Manila Cathedral"]
    assert cathedral["kind"] == "landmark" and cathedral["country_code"] == "PH"


def test_possessive_splits_owner_and_street(nlp):
    texts = mention_texts(nlp, "Vendors returned to Harare's Third Street after the raid.")
    assert "Harare" in texts and "Third Street" in texts


@pytest.mark.parametrize("text", ["The airline took delivery of the A380 in Toulouse.",
                                  "Soldiers carried the M16 through the village."])
def test_aircraft_and_rifles_are_not_roads(nlp, text):
    assert not any(t in ("A380", "M16") for t in mention_texts(nlp, text))


@pytest.mark.parametrize("name, code", [("Qamishli", "SY"), ("Raqqa", "SY"), ("Hasakah", "SY")])
def test_arabic_article_is_optional(name, code):
    assert any(h.place.country_code == code for h in gazetteer().lookup(name))


@pytest.mark.parametrize("text, mention", [
    ("Tickets for Silverstone, Northamptonshire sold out within an hour.", "Silverstone"),
    ("Ms Patel, of Hayes, told the court she had seen nothing.", "Hayes"),
    ("Traffic was diverted from the ring road to Cirencester overnight.", "Cirencester"),
    ("US troops patrolled in Manbij near the Turkish border.", "Manbij"),
])
def test_small_town_with_a_cue_is_found(nlp, text, mention):
    assert mention in mention_texts(nlp, text)


@pytest.mark.parametrize("text, not_a_place", [
    ("They met in March in Reading.", "March"),
    ("Worshippers gathered for the Easter Vigil at St. Mary's Church.", "Easter Vigil"),
])
def test_calendar_words_are_not_places(nlp, text, not_a_place):
    assert not_a_place not in mention_texts(nlp, text)


@pytest.mark.parametrize("text, venue, city", [
    ("The pianist studied at the Royal Academy of Music in London for three years.", "Royal Academy of Music", "London"),
    ("Delegates gathered at the Palais des Nations in Geneva on Monday.", "Palais des Nations", "Geneva"),
])
def test_venue_after_at_sits_in_the_named_city(nlp, text, venue, city):
    places = by_name(nlp, text)
    assert venue in places and city in places
    assert haversine_km(Place("a", "", "", None, None, places[venue]["latitude"], places[venue]["longitude"], 0, None),
                        Place("b", "", "", None, None, places[city]["latitude"], places[city]["longitude"], 0, None)) < 50


def test_bodies_are_not_venues(nlp):
    text = "The deal was announced at the International Air Transport Association in Geneva."
    assert "International Air Transport Association" not in mention_texts(nlp, text)


@pytest.mark.parametrize("text", ["Relations between Russia and the West have soured again.",
                                  "Voters in the North were angry about the plan."])
def test_compass_words_are_not_small_towns(nlp, text):
    assert all(p["kind"] != "city" for p in places_of(nlp, text) if p["name"] in ("West", "North"))


@pytest.mark.parametrize("text, mention, area", [
    ("The season opens at Thruxton, Hampshire in May.", "Thruxton", "Hampshire"),
    ("The festival moved to Blairgowrie, Perthshire last year.", "Blairgowrie", "Perthshire"),
])
def test_unknown_name_before_its_area_is_a_place_there(nlp, text, mention, area):
    places = {m["text"]: p for p in places_of(nlp, text) for m in p["mentions"]}
    assert mention in places and area in places
    assert abs(places[mention]["latitude"] - places[area]["latitude"]) < 2
