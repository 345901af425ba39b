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


# --- round 3: datelines, streets, buildings, place nouns, names of other things ----------------

@pytest.mark.parametrize("text, mention", [
    ("FORT LEWIS, Wash. - Engineers at the post rebuilt two bridges this spring.", "FORT LEWIS"),
    ("MARION COUNTY, Ore. (KXYZ) - Firefighters saved a barn early on Sunday.", "MARION COUNTY"),
    ("MARION COUNTY, Ore. (KXYZ) - Firefighters saved a barn early on Sunday.", "Ore."),
    ("By MARTA RUIZ, Associated Press DENVER (AP) — The council voted late on Monday.", "DENVER"),
    ("PHOENIX Fox Sports reporter Ann Lee praised the coach.", "PHOENIX"),
])
def test_datelines_are_places(nlp, text, mention):
    assert mention in mention_texts(nlp, text)


@pytest.mark.parametrize("text, mention", [
    ("Officers closed Bayview Road and Kestrel Drive in Toronto after the crash.", "Kestrel Drive"),
    ("Two cyclists were hurt on 31st St. Monday morning.", "31st St."),
    ("Paint was sprayed on cars along S. Whitfield Drive overnight.", "S. Whitfield Drive"),
    ("The quartet played at number 8, Harcourt Place, last spring.", "Harcourt Place"),
])
def test_street_names_are_places(nlp, text, mention):
    assert mention in mention_texts(nlp, text)


def test_saint_is_not_a_street(nlp):
    assert "St. Louis" in mention_texts(nlp, "The family settled in St. Louis in 1990.")


@pytest.mark.parametrize("text, mention", [
    ("Parents gathered outside Redfield Lakes High School after the lockdown.", "Redfield Lakes High School"),
    ("Ducks nest every spring beside Blackwater Lagoon.", "Blackwater Lagoon"),
    ("The stolen calves were found at Parker's Farm on Friday.", "Parker's Farm"),
])
def test_buildings_the_model_missed_are_places(nlp, text, mention):
    assert mention in mention_texts(nlp, text)


def test_a_body_named_like_a_building_is_not_one(nlp):
    assert not any("Centre" in m for m in mention_texts(nlp, "She joined the Northgate Centre for Policy Studies."))


def test_a_county_building_is_not_in_the_town_of_that_name(nlp):
    text = "The quilt show opens at the Montgomery County Heritage Center in Red Oak, Iowa."
    place = by_name(nlp, text)["Montgomery County Heritage Center"]
    assert place["country_code"] == "US" and place["longitude"] < -90  # Iowa, not Montgomery, Alabama


def test_an_owner_s_name_does_not_place_a_farm(nlp):
    assert "Wilson" not in mention_texts(nlp, "The ponies grazed at Wilson's Farm outside Moncton.")


@pytest.mark.parametrize("text, mention", [
    ("The clinic opened last year in the coastal suburb of Tazrinat, near the capital.", "Tazrinat"),
    ("Families who fled Okpoga village were treated for cholera.", "Okpoga"),
    ("A fire broke out in the Park Slope neighborhood of Brooklyn.", "Park Slope"),
    ("Thefts from cars have risen in the Ballyhackett area this winter.", "Ballyhackett"),
])
def test_a_place_noun_names_a_place(nlp, text, mention):
    assert mention in mention_texts(nlp, text)


def test_town_hall_is_not_a_named_town(nlp):
    assert "Labour" not in mention_texts(nlp, "The Labour town hall meeting ran late.")


@pytest.mark.parametrize("text, mention", [
    ("Last summer, Rita Ellis of Bellmore won the raffle.", "Bellmore"),
    ("Cakes came from Sugarbird Bakery (Maywood) and flowers from a local grower.", "Maywood"),
    ("After the divorce he moved back to Khayelitsha to be near his parents.", "Khayelitsha"),
    ("She ran a bakery on Middletown's Church Lane for decades.", "Middletown"),
])
def test_small_places_with_a_cue_are_found(nlp, text, mention):
    assert mention in mention_texts(nlp, text)


@pytest.mark.parametrize("text, not_a_place", [
    ("The Food Standards Agency (FSA) issued a recall.", "FSA"),
    ("The keeper saved a penalty from Jack Reid of Aston Villa in the first half.", "Aston"),
])
def test_brackets_and_club_names_are_not_places(nlp, text, not_a_place):
    assert not_a_place not in mention_texts(nlp, text)


@pytest.mark.parametrize("text, not_a_place", [
    ("The court heard how Helen Brandt was held in a cellar for a week.", "Helen Brandt"),
    ("Critics questioned Scott Prewitt's expenses. Prewitt said he would repay them.", "Scott Prewitt"),
    ("The Rural Water and Sanitation Framework Act of 2009 set the rules.", "Rural Water and Sanitation Framework Act"),
    ("Troops returned to the base of Operation Safe Harbour in the north.", "Operation Safe Harbour"),
    ("The photo was posted at 10:42pm EST on a Friday.", "10:42pm EST"),
])
def test_unknown_names_that_are_not_places(nlp, text, not_a_place):
    assert not any(not_a_place in m for m in mention_texts(nlp, text))


def test_a_team_named_for_its_town_is_not_the_town(nlp):
    text = ("Lakeview Falls won 64-60 on Saturday. \u201cWhat a night,\u201d Lakeview Falls coach Mary Jones said. "
            "It was the best score by a Lakeview Falls player this season.")
    assert "Lakeview Falls" not in mention_texts(nlp, text)


def test_a_country_that_a_team_is_named_for_stays_a_place(nlp):
    text = "France beat Croatia in the final. France coach Didier Deschamps praised the fans."
    assert mention_texts(nlp, text).count("France") == 2


@pytest.mark.parametrize("text, mention", [
    ("Children swim in Lake Tarrawong before breakfast.", "Lake Tarrawong"),
    ("Divers checked the pipe at the Point Keldon outfall last week.", "Point Keldon"),
    ("The brothers also bought Hotel Brasov and plan to restore it.", "Hotel Brasov"),
    ("The defendant did not appear in the Busan District Court on Monday.", "Busan District Court"),
])
def test_features_and_buildings_by_their_opening_or_closing_word(nlp, text, mention):
    assert mention in mention_texts(nlp, text)


def test_a_supreme_court_is_a_body(nlp):
    assert not any("Court" in m for m in mention_texts(nlp, "The Supreme Court ruled against the plan on Monday."))


@pytest.mark.parametrize("text, not_a_place", [
    ("Shares in Tokyo fell while the Hang Seng index rose.", "Hang"),
    ("She worked at Lombard Odier before joining the fund.", "Lombard"),
    ("Anyone who bought shares through Wedbush or its brokers may join the suit.", "Wedbush"),
    ("He leaves his sister Jane and his girlfriend Olivia.", "Olivia"),
    ("Hurricane Florence flooded the Carolinas.", "Florence"),
    ("Leeds ended the month by beating Reading and Aston Villa at home.", "Aston Villa"),
])
def test_names_of_other_things_are_not_places(nlp, text, not_a_place):
    assert not_a_place not in mention_texts(nlp, text)


@pytest.mark.parametrize("text, mention", [
    ("The governor opened a school at Wana and a market at Dargai, officials said.", "Dargai"),
    ("SOUTH KORDOFAN, June 3 (SUNA): The governor opened two clinics.", "SOUTH KORDOFAN"),
])
def test_unknown_places_by_their_position(nlp, text, mention):
    assert mention in mention_texts(nlp, text)


@pytest.mark.parametrize("text, not_a_place", [
    ("He donated to Dignity in Dying, the campaign group, last year.", "Dying"),
    ("A survey vessel run by salvage firm Ocean Venture left port. Ocean Venture signed a contract.", "Ocean Venture"),
    ("The president urged the Verkhovna Rada to pass the budget.", "Verkhovna Rada"),
    ("The band closed with Some Days Are Made For The Luck of others.", "Luck"),
])
def test_other_names_in_place_positions(nlp, text, not_a_place):
    assert not_a_place not in mention_texts(nlp, text)


def test_the_hague_is_a_place(nlp):
    assert any(p["country_code"] == "NL" for p in places_of(nlp, "The judges met in The Hague on Monday."))


@pytest.mark.parametrize("text, mentioned", [
    ("White House aides said the president was angry.", False),
    ("White House spokesman Tom Reed declined to comment.", False),
    ("The senators attended a White House dinner in May.", True),
    ("She phoned him from the White House residence that evening.", True),
])
def test_a_building_before_a_noun_is_a_place_unless_it_is_an_institution(nlp, text, mentioned):
    assert ("White House" in mention_texts(nlp, text)) == mentioned


def test_every_country_row_is_read_eagerly():
    gaz = gazetteer()
    assert len(gaz.by_code) >= 240 and gaz.country("FR").name == "France"


def test_gazetteer_lookup_merges_curated_geonames_and_alias_readings():
    kinds = [h.place.kind for h in gazetteer().lookup("Kremlin")]
    assert kinds and kinds[0] == "landmark"  # the curated place comes first
    assert [h.place.country_code for h in gazetteer().lookup("Britain")] == ["GB"]


def test_streets_named_together(nlp):
    found = mention_texts(nlp, "The parade turned at the corner of Ferris and Hubbard streets at noon.")
    assert "Ferris" in found and "Hubbard" in found


@pytest.mark.parametrize("text, not_a_place", [
    ("Trains on the Orange line were delayed by an hour.", "Orange"),
    ("Commuters waited for the Red Line train for an hour.", "Red Line"),
    ("The designer spent a week at Zara's headquarters before the launch.", "Zara"),
])
def test_lines_and_firms_are_not_places(nlp, text, not_a_place):
    assert not_a_place not in mention_texts(nlp, text)


@pytest.mark.parametrize("text, mention, found", [
    ("Brookfield Golf Club is open to the public.", "Brookfield Golf Club", True),
    ("He signed for Brookfield Football Club last week.", "Brookfield Football Club", False),
    ("Crowds packed the Riverside Shopping Center on Sunday.", "Riverside Shopping Center", True),
])
def test_clubs_and_centres_are_places_only_as_grounds(nlp, text, mention, found):
    assert (mention in mention_texts(nlp, text)) == found


def test_a_place_starting_the_next_clause_does_not_locate_an_unknown_place(nlp):
    text = ("The clinic sits in the suburb of Tazrinat, east of Cairo. "
            "Beyond Tazrinat, Liverpool have other clinics in Egypt.")
    place = by_name(nlp, text)["Tazrinat"]
    assert place["country_code"] == "EG"


@pytest.mark.parametrize("text, found, not_found", [
    ("BONN, Germany (AP) _ The station was closed for an hour.", "BONN", None),
    ("An aide to Trade Representative Carla Hills said so.", None, "Carla Hills"),
    ("The cereal maker expanded its plant near its Battle Creek headquarters in Michigan.", "Battle Creek", None),
    ("The offer was made directly to Mesa shareholders on Friday.", None, "Mesa"),
])
def test_datelines_people_and_firms(nlp, text, found, not_found):
    mentions = mention_texts(nlp, text)
    assert found is None or found in mentions
    assert not_found is None or not any(not_found in m for m in mentions)


# --- round 4: forms every news corpus uses, and general geocoding ------------------------------

def place_of(nlp, text: str, mention: str) -> dict:
    """The location that has ``mention`` among its mentions."""
    for place in places_of(nlp, text):
        if any(m["text"] == mention for m in place["mentions"]):
            return place
    raise AssertionError(f"{mention!r} not found in {mention_texts(nlp, text)}")


def km_to(place: dict, lat: float, lon: float) -> float:
    return haversine_km(Place("a", "", "", None, None, place["latitude"], place["longitude"], 0, None),
                        Place("b", "", "", None, None, lat, lon, 0, None))


@pytest.mark.parametrize("text, mention, code", [
    ("Protesters marched through Albany, N.Y., on Sunday.", "N.Y.", "US"),
    ("The firm moved to Sacramento, Calif., last year.", "Calif.", "US"),
    ("Settlers in the West Bank clashed with villagers.", "West Bank", "PS"),
    ("Aid trucks entered the Gaza Strip at dawn.", "Gaza Strip", "PS"),
    ("She took the night train to St. Petersburg.", "St. Petersburg", "RU"),
    ("Thousands rallied in São Paulo on Saturday.", "São Paulo", "BR"),
    ("Farmers in Bavaria blocked the motorway.", "Bavaria", "DE"),
    ("Floods in Sindh displaced a million people.", "Sindh", "PK"),
    ("Officials in Xinjiang denied the report.", "Xinjiang", "CN"),
    ("Ontario will cut the provincial sales tax.", "Ontario", "CA"),
])
def test_well_known_forms_are_found(nlp, text, mention, code):
    assert place_of(nlp, text, mention)["country_code"] == code


@pytest.mark.parametrize("text, mention", [
    ("Beijing warned that it would retaliate against the tariffs.", "Beijing"),
    ("Tehran denied the report on Monday.", "Tehran"),
    ("Kiev rejected the claims and summoned the envoy.", "Kiev"),
    ("The UAE abstained in the vote.", "UAE"),
    ("Britain's decision to leave stunned its partners.", "Britain"),
])
def test_metonymic_capitals_and_countries_are_mentions(nlp, text, mention):
    assert mention in mention_texts(nlp, text)


def test_a_great_city_the_model_calls_a_person_is_found_by_its_english_name(nlp):
    place = place_of(nlp, "Moscow accused Kiev of shelling the border villages.", "Kiev")
    assert (place["name"], place["country_code"]) == ("Kyiv", "UA")


@pytest.mark.parametrize("text, mention, kind", [
    ("Leaders from Europe and Asia met in Singapore.", "Europe", "continent"),
    ("Violence in the Middle East continued.", "Middle East", "region"),
    ("Growth in Latin America slowed.", "Latin America", "region"),
    ("The Baltics fear a new invasion.", "Baltics", "region"),
    ("Snow closed the passes across the Alps.", "Alps", "region"),
    ("Warships sailed through the Bosphorus overnight.", "Bosphorus", "sea"),
    ("Separatists in Transnistria held a parade.", "Transnistria", "region"),
    ("Fighting flared again in Nagorno-Karabakh.", "Nagorno-Karabakh", "region"),
    ("Exports to Northern Europe rose.", "Northern Europe", "region"),
])
def test_continents_regions_and_seas(nlp, text, mention, kind):
    assert place_of(nlp, text, mention)["kind"] == kind


def test_a_name_the_model_splits_is_one_place(nlp):
    text = "Thousands of migrants now live in Boa Vista, the state capital of Roraima."
    place = place_of(nlp, text, "Boa Vista")
    assert place["country_code"] == "BR"


def test_a_bare_dateline_is_the_capital_not_a_namesake(nlp):
    text = ("Residents of Morgantown, West Virginia, and Wheeling, West Virginia, met on Monday. "
            "WASHINGTON (AP) - Lawmakers returned to the Capitol on Tuesday.")
    place = place_of(nlp, text, "WASHINGTON")
    assert km_to(place, 38.89511, -77.03637) < 50


def test_only_one_place_of_a_name_is_the_capital():
    capitals = [h.place for h in gazetteer().lookup("Washington") if gazetteer().is_capital(h.place)]
    assert [(p.country_code, p.admin1) for p in capitals] == [("US", "DC")]


def test_a_foreign_city_is_not_pulled_home_by_a_namesake_town(nlp):
    text = "Migrants crossed from Venezuela into Brazil. Diplomats met at the Palais des Nations in Geneva."
    assert place_of(nlp, text, "Geneva")["country_code"] == "CH"


@pytest.mark.parametrize("text, mention", [
    ("The U.S.-led coalition struck targets near the river.", "U.S."),
    ("A U.K.-based charity raised the money.", "U.K."),
    ("Trade across the U.S.-Mexico border grew.", "Mexico"),
])
def test_places_inside_a_hyphenated_token(nlp, text, mention):
    place = place_of(nlp, text, mention)
    found = next(m for m in place["mentions"] if m["text"] == mention)
    assert text[found["start"]:found["end"]] == mention


@pytest.mark.parametrize("text, club_word", [
    ("Bayern Munich signed the striker on Monday.", "Munich"),
    ("Real Madrid and Inter Milan drew 1-1.", "Madrid"),
    ("Roma beat Napoli 2-1 on Sunday.", "Roma"),
])
def test_clubs_named_after_cities_are_not_places(nlp, text, club_word):
    assert club_word not in mention_texts(nlp, text)


def test_a_place_in_a_leader_description_is_still_a_place(nlp):
    assert "Georgia" in mention_texts(nlp, "Georgia's governor signed the bill in Atlanta on Friday.")


def test_a_state_of_a_country_the_article_never_names_yields_to_a_local_town():
    from summitnlp.rules.locations.resolve import Context, context_bonus
    state = next(h.place for h in gazetteer().lookup("Virginia") if h.place.kind == "admin1")
    irish = Context()
    irish.countries["IE"] = 3
    american = Context()
    american.countries["US"] = 1
    assert context_bonus(state, "virginia", irish, None) < 0 < context_bonus(state, "virginia", american, None)


@pytest.mark.parametrize("text, person, place", [
    ("The firm was founded by Maria Lopez, Ufuk Yilmaz and Tom Baker in 2010.", "Ufuk Yilmaz", None),
    ("Crews from New Quay and Aberporth joined the search.", None, "New Quay"),
])
def test_names_listed_with_people_are_people(nlp, text, person, place):
    found = mention_texts(nlp, text)
    if person:
        assert person not in found
    if place:
        assert place in found


@pytest.mark.parametrize("text, mention, code", [
    ("Ebola spread in the Democratic Republic of Congo last year.", "Democratic Republic of Congo", "CD"),
    ("Fighting in eastern DR Congo displaced thousands.", "DR Congo", "CD"),
])
def test_country_aliases_of_our_own(nlp, text, mention, code):
    place = place_of(nlp, text, mention)
    assert (place["kind"], place["country_code"]) == ("country", code)


def test_a_possessive_inside_a_known_name(nlp):
    place = place_of(nlp, "Pilgrims packed St. Peter's Basilica for the Easter mass.", "St. Peter's Basilica")
    assert place["country_code"] == "VA"


def test_an_airline_after_at_is_not_a_venue(nlp):
    text = "Nobody answers the phone at Air Zimbabwe, the tourism chief said in Harare."
    assert mention_texts(nlp, text) == ["Harare"]


def test_a_great_city_that_wins_is_still_the_city(nlp):
    assert "New York" in mention_texts(nlp, "New York won approval for the congestion charge on Friday.")


# --- speed: the words read from arrays must match spaCy's Token attributes --------------------

from spacy.parts_of_speech import PROPN  # noqa: E402

from summitnlp.rules.locations.candidates import words_of  # noqa: E402


@pytest.mark.parametrize("text", [
    "",
    "ST. LOUIS, Mo. (AP) —\n\nThe mayor of Springfield met U.S. officials in Élan's  town hall.",
    "  leading spaces, then 😀 an emoji and\ttabs\r\nand CRLF line breaks.\n",
])
def test_words_of_matches_tokens(nlp, text):
    doc = nlp(text)
    words, joined = words_of(doc)
    assert joined == doc.text
    assert len(words) == len(doc)
    for word, token in zip(words, doc):
        assert (word.text, word.lower, word.idx, word.upper, word.alpha, word.punct, word.space, word.title) == \
            (token.text, token.lower_, token.idx, token.is_upper, token.is_alpha, token.is_punct, token.is_space,
             token.is_title)
        assert word.propn == (token.pos == PROPN) and word.pos == token.pos
        assert word.cap == (token.text[:1].isupper() and any(ch.isalpha() for ch in token.text))
        assert word.line_start == (token.i == 0 or "\n" in text[doc[token.i - 1].idx:token.idx])
