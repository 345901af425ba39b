import pytest

from summitnlp.rules.countries import all_countries, country_by_code, country_by_demonym, country_by_name


@pytest.mark.parametrize("text, code", [
    ("Russia", "RU"), ("the U.S.", "US"), ("US", "US"), ("DPRK", "KP"), ("North Korea's", "KP"),
    ("Soviet Union", "SU"), ("Britain", "GB"), ("Burma", "MM"), ("Côte d'Ivoire", "CI"),
])
def test_country_by_name(text, code):
    assert country_by_name(text).code == code


@pytest.mark.parametrize("text, code", [
    ("Russian", "RU"), ("North Korean", "KP"), ("Soviet", "SU"), ("U.S.", "US"), ("American", "US"),
    ("Dominican", "DO"), ("Turkish", "TR"),
])
def test_country_by_demonym(text, code):
    assert country_by_demonym(text).code == code


@pytest.mark.parametrize("text", ["us", "Putin", "", "the"])
def test_non_countries(text):
    assert country_by_name(text) is None


def test_every_un_member_is_listed_once():
    codes = [c.code for c in all_countries()]
    assert len(codes) == len(set(codes)) > 240
    assert country_by_code("kp").name == "North Korea"
    assert country_by_code("SU").historical
