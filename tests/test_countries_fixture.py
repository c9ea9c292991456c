"""The Country fixture: complete, loadable twice, multilingual, and in step with the
command that builds it."""

import json
from io import StringIO
from pathlib import Path

import pycountry
import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError

from cooperation.country_data import AMBIGUOUS_NAMES, COMPOUND_FORMS
from cooperation.country_data.inflect import inflect
from cooperation.management.commands.build_countries import curated_data_problems
from cooperation.models import Country

FIXTURE = Path(settings.BASE_DIR) / "fixtures" / "countries.json"
LANGUAGES = ("en", "fr", "es", "it", "de", "pt", "id", "ms", "vi", "ar", "ja", "ko")
LANGUAGES += ("zh", "th", "ru")


@pytest.fixture
def countries(db):
    call_command("loaddata", "countries", verbosity=0)
    return {country.code: country for country in Country.objects.all()}


def test_fixture_loads_every_iso_country(countries):
    assert len(countries) == 249
    assert set(countries) == {country.alpha_2 for country in pycountry.countries}
    assert countries["VN"].alpha3 == "VNM"


def test_loading_the_fixture_twice_creates_no_duplicates(countries):
    call_command("loaddata", "countries", verbosity=0)
    assert Country.objects.count() == 249


def test_vietnam_is_known_by_its_names_in_many_scripts(countries):
    vietnam = countries["VN"]
    names = vietnam.all_names()
    for name in ("Vietnam", "Viet Nam", "Việt Nam", "ベトナム", "베트남", "越南"):
        assert name in names
    assert "Vietnamese" in vietnam.demonyms["en"]
    assert "Hanoi" in vietnam.capitals["en"]
    assert "Hà Nội" in vietnam.capitals["vi"]


def test_french_names_italy_and_inflects_its_adjective(countries):
    italy = countries["IT"]
    assert "Italie" in italy.names["fr"]
    assert {"italien", "italienne", "italiens", "italiennes"} <= set(
        italy.demonyms["fr"]
    )
    assert {"italiano", "italiana", "italiani", "italiane"} <= set(italy.demonyms["it"])


def test_every_country_has_a_name_in_every_required_language(countries):
    missing = [
        (code, lang)
        for code, country in countries.items()
        for lang in LANGUAGES
        if not country.names.get(lang)
    ]
    assert missing == []


def test_news_short_forms_are_names(countries):
    assert {"US", "U.S.", "USA", "America"} <= set(countries["US"].names["en"])
    assert {"EE.UU.", "EEUU"} <= set(countries["US"].names["es"])
    assert {"UK", "Britain", "Great Britain"} <= set(countries["GB"].names["en"])
    assert {"ROK", "Republic of Korea"} <= set(countries["KR"].names["en"])
    assert "DPRK" in countries["KP"].names["en"]
    assert {"Burma", "Myanmar"} <= set(countries["MM"].names["en"])
    assert {"Turkey", "Türkiye"} <= set(countries["TR"].names["en"])
    assert {"Czech Republic", "Czechia"} <= set(countries["CZ"].names["en"])
    assert "Ivory Coast" in countries["CI"].names["en"]


def test_regional_spellings_are_names(countries):
    assert {"Malesia", "Malaysia"} <= set(countries["MY"].names["it"])
    assert {"Irã", "Irão"} <= set(countries["IR"].names["pt"])


def test_russian_names_are_listed_in_the_oblique_cases(countries):
    assert {"Германии", "Германию"} <= set(countries["DE"].names["ru"])
    assert "Вьетнамом" in countries["VN"].names["ru"]
    assert "Южной Кореи" in countries["KR"].names["ru"]
    assert "Нидерландах" in countries["NL"].names["ru"]
    assert "Того" in countries["TG"].names["ru"]


def test_malay_and_indonesian_names_differ(countries):
    assert "Jepun" in countries["JP"].names["ms"]
    assert "Jepang" in countries["JP"].names["id"]
    assert "Amerika Syarikat" in countries["US"].names["ms"]
    assert "Amerika Serikat" in countries["US"].names["id"]


def test_every_country_has_an_m49_region(countries):
    assert [code for code, c in countries.items() if not c.region] == []
    assert (countries["VN"].region, countries["VN"].subregion) == (
        "Asia",
        "Southeast Asia",
    )
    assert countries["BR"].region == "Americas"


def test_no_name_stands_for_two_countries_in_one_language(countries):
    owners = {}
    shared = set()
    for code, country in countries.items():
        for lang, names in country.names.items():
            for name in names:
                key = (lang, name.casefold())
                if owners.setdefault(key, code) != code:
                    shared.add(key)
    assert shared == set()


def test_every_sovereign_state_has_an_english_demonym_and_capital(countries):
    un_members = [c for c in countries.values() if c.region and c.code != "AQ"]
    lacking = [
        c.code
        for c in un_members
        if c.code not in {"BV", "HM", "UM", "TF", "IO", "GS", "SJ"}
        and not (c.demonyms.get("en") and c.capitals.get("en"))
    ]
    assert lacking == []


def test_ambiguous_names_are_keyed_by_language_and_occur_in_the_fixture(countries):
    assert "Chad" in AMBIGUOUS_NAMES["en"]
    everything = {
        (lang, value.casefold())
        for country in countries.values()
        for field in (country.names, country.demonyms, country.capitals)
        for lang, values in field.items()
        for value in values
    }
    absent = {
        (lang, name)
        for lang, names in AMBIGUOUS_NAMES.items()
        for name in names
        if (lang, name.casefold()) not in everything
    }
    assert absent == set()


def test_compound_forms_point_at_countries_and_are_no_names_alone(countries):
    languages = {lang for c in countries.values() for lang in c.names}
    for lang, forms in COMPOUND_FORMS.items():
        assert lang in languages
        for form, code in forms.items():
            assert code in countries
            if lang in {"ja", "ko", "zh"}:
                assert form not in countries[code].names[lang]
    assert COMPOUND_FORMS["ja"]["米"] == "US"


def test_one_character_chinese_qualifiers_are_not_names_of_their_own(countries):
    congo = countries["CD"].names["zh"]
    assert "刚果（金）" in congo
    assert "金" not in congo
    assert "刚果" not in congo


def test_arabic_names_are_also_written_without_vowel_marks(countries):
    assert {"عُمان", "عمان"} <= set(countries["OM"].names["ar"])


def test_cldr_abbreviations_keep_their_capitals(countries):
    assert "США" in countries["US"].names["ru"]
    assert "UK" in countries["GB"].names["en"]
    assert "Congo DRC" in countries["CD"].names["en"]


def test_russian_adjective_is_declined():
    forms = inflect("ru", "вьетнамский")
    assert len(forms) == 12
    assert {"вьетнамская", "вьетнамской", "вьетнамских"} <= set(forms)


def test_polish_adjective_has_the_plural_of_men():
    assert inflect("pl", "niemiecki")[-1] == "niemieccy"
    assert "francuską" in inflect("pl", "francuski")


def test_german_adjective_takes_every_ending():
    assert inflect("de", "deutsch") == [
        "deutsch",
        "deutsche",
        "deutschen",
        "deutscher",
        "deutsches",
        "deutschem",
    ]


def test_irregular_forms_are_kept_as_written():
    assert inflect("fr", "grec|grecque|grecs|grecques") == [
        "grec",
        "grecque",
        "grecs",
        "grecques",
    ]


def test_committed_fixture_matches_a_fresh_build():
    call_command("build_countries", check=True, verbosity=0)


def test_check_fails_on_a_stale_fixture(tmp_path):
    stale = tmp_path / "countries.json"
    records = json.loads(FIXTURE.read_text(encoding="utf-8"))
    assert records[0]["pk"] == "AD"
    records[0]["fields"]["names"]["en"].append("Somewhere Else")
    stale.write_text(json.dumps(records), encoding="utf-8")
    with pytest.raises(CommandError, match=r"out of date .*differs for: AD\)"):
        call_command("build_countries", check=True, output=str(stale), verbosity=0)


def test_build_writes_the_same_file_as_committed(tmp_path):
    output = tmp_path / "countries.json"
    call_command("build_countries", output=str(output), verbosity=0)
    assert output.read_bytes() == FIXTURE.read_bytes()


def test_curated_data_names_only_iso_countries_and_known_languages():
    assert curated_data_problems() == []


def test_a_typo_in_curated_data_is_reported():
    problems = curated_data_problems(
        names={"XK": {"en": "Kosovo"}, "VN": {"vn": "Việt Nam", "fr": " | "}},
        spellings={},
    )
    assert problems == [
        "NAMES: XK is no ISO 3166-1 code",
        "NAMES[VN]: unknown language 'vn'",
        "NAMES[VN][fr] is empty",
    ]


def test_dry_run_writes_nothing(tmp_path):
    output = tmp_path / "countries.json"
    out = StringIO()
    call_command("build_countries", output=str(output), dry_run=True, stdout=out)
    assert not output.exists()
    assert "Would write 249 countries" in out.getvalue()


def test_fixture_stays_small():
    assert FIXTURE.stat().st_size < 3_000_000
