"""The agency gazetteer: it loads after the countries, loads again without
duplicates, names the actors the annotated articles mention, and stays in step
with the curated source and the command that validates it."""

import json
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction

from cooperation.agency_data import BLOC, CERT, MINISTRY, entry
from cooperation.management.commands.build_agencies import build_records, validate
from cooperation.models import Agency, AgencyKind, Country, ReviewState

FIXTURE = Path(settings.BASE_DIR) / "fixtures" / "agencies.json"
ASEAN = "Association of Southeast Asian Nations"


@pytest.fixture(scope="module")
def loaded(django_db_setup, django_db_blocker):
    """Load the countries and the gazetteer once for the module, inside a
    transaction rolled back at the end, so other modules never see them; each
    test runs in a savepoint within it."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            call_command("loaddata", "countries", "agencies", verbosity=0)
            yield
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.fixture
def agencies(loaded, db):
    return Agency.objects.all()


def agency(name: str, country: str | None) -> Agency:
    return Agency.objects.get(name=name, country_id=country)


def test_fixture_loads_every_curated_row(agencies):
    records = json.loads(FIXTURE.read_text(encoding="utf-8"))
    assert agencies.count() == len(records) > 700


def test_loading_the_fixture_twice_creates_no_duplicates(agencies):
    before = agencies.count()
    members_before = agency(ASEAN, None).member_countries.count()
    call_command("loaddata", "agencies", verbosity=0)
    assert Agency.objects.count() == before
    assert agency(ASEAN, None).member_countries.count() == members_before


def test_every_row_has_a_valid_kind_and_is_accepted(agencies):
    assert set(agencies.values_list("kind", flat=True)) <= set(AgencyKind.values)
    assert set(agencies.values_list("review_state", flat=True)) == {
        ReviewState.ACCEPTED
    }
    assert not agencies.filter(reviewed_at__isnull=True).exists()


def test_asean_has_its_eleven_members_with_timor_leste(agencies):
    asean = agency(ASEAN, None)
    members = set(asean.member_countries.values_list("code", flat=True))
    assert members == {"BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL"}
    assert asean.acronym == "ASEAN"
    for alias in ("Associazione delle nazioni del Sud-Est asiatico", "아세안", "东盟"):
        assert alias in asean.aliases


def test_blocs_carry_their_members_and_no_country(agencies):
    eu = agency("European Union", None)
    assert eu.member_countries.count() == 27
    assert {"EU", "UE", "Liên minh châu Âu", "欧州連合"} <= set(eu.all_names())
    assert (
        agency("North Atlantic Treaty Organization", None)
        .member_countries.filter(code="SE")
        .exists()
    )
    assert (
        not agencies.filter(kind=AgencyKind.INTERGOVERNMENTAL)
        .exclude(country=None)
        .exists()
    )


@pytest.mark.parametrize(
    ("name", "country", "kind", "names"),
    [
        ("Ministry of Information and Communications", "VN", MINISTRY,
         {"MIC", "Bộ Thông tin và Truyền thông"}),
        ("Ministry of Internal Affairs and Communications", "JP", MINISTRY,
         {"MIC", "総務省"}),
        ("Ministry of Foreign Affairs", "IT", MINISTRY,
         {"Farnesina", "Ministero degli Affari Esteri e della Cooperazione Internazionale"}),
        ("Ministry of Foreign Affairs", "MY", MINISTRY, set()),
        ("Ministry of Foreign Affairs", "JP", MINISTRY, {"外務省"}),
        ("Ministry of Foreign Affairs", "VN", MINISTRY, {"Bộ Ngoại giao"}),
        ("Ministry of Science and Technology", "LA", MINISTRY, set()),
        ("National Cyber Security Agency", "MY", "government agency", {"NACSA"}),
        ("CyberSecurity Malaysia", "MY", "government agency", set()),
        ("National Electronics and Computer Technology Center", "TH",
         "government agency", {"NECTEC"}),
        ("Posts and Telecommunications Institute of Technology", "VN", "university",
         {"PTIT"}),
        ("Authority of Information Security", "VN", "government agency",
         {"Department of Information Security", "Cục An toàn thông tin"}),
        ("Kaspersky Lab", "RU", "company", {"Kaspersky", "Лаборатория Касперского"}),
        ("National Interuniversity Consortium for Informatics", "IT", "university",
         {"CINI"}),
        ("Universiti Kebangsaan Malaysia", "MY", "university", {"UKM"}),
        ("Information Technology Institute - Vietnam National University", "VN",
         "university", {"ITI-VNU"}),
        ("ASEAN-Japan Cybersecurity Capacity Building Centre", None, BLOC, {"AJCCBC"}),
        ("European Telecommunications Standards Institute", None, "other", {"ETSI"}),
        ("European Union", None, BLOC, {"EU"}),
        ("Tunisian Computer Emergency Response Team", "TN", CERT, {"tunCERT"}),
        ("Princess Sumaya University for Technology", "JO", "university",
         {"PSUT", "جامعة الأميرة سمية للتكنولوجيا"}),
        ("University of Luxembourg", "LU", "university", {"Universität Luxemburg"}),
        ("Delft University of Technology", "NL", "university", {"TU Delft"}),
        ("Indonesian National Police", "ID", "government agency",
         {"Polri", "インドネシア国家警察", "인도네시아 국가경찰"}),
        ("People's Security Academy", "VN", "university", {"Học viện An ninh nhân dân"}),
        ("Egyptian Computer Emergency Readiness Team", "EG", CERT,
         {"EG-CERT", "الفريق المصري للاستجابة لطوارئ الحاسب الآلي"}),
    ],
)  # fmt: skip
def test_names_in_the_annotated_articles_resolve(agencies, name, country, kind, names):
    found = agency(name, country)
    assert found.kind == kind
    assert names <= set(found.all_names())


def test_parents_link_agencies_to_the_bodies_they_belong_to(agencies):
    ais = agency("Authority of Information Security", "VN")
    assert ais.parent == agency("Ministry of Information and Communications", "VN")
    iti = agency("Information Technology Institute - Vietnam National University", "VN")
    assert iti.parent.acronym == "VNU"
    assert agency("European Cybercrime Centre", None).parent.acronym == "Europol"
    # a country's body under an international one
    assert (
        agency("ITU Arab Regional Cybersecurity Centre", "OM").parent.acronym == "ITU"
    )


def test_national_agencies_are_known_by_their_native_names(agencies):
    assert (
        "Agence nationale de la sécurité des systèmes d'information"
        in agency("National Cybersecurity Agency of France", "FR").aliases
    )
    assert agency("National Cybersecurity Agency", "IT").acronym == "ACN"
    assert (
        "Badan Siber dan Sandi Negara"
        in agency("National Cyber and Crypto Agency", "ID").all_names()
    )
    assert "국가정보원" in agency("National Intelligence Service", "KR").aliases
    assert (
        "الهيئة الوطنية للأمن السيبراني"
        in agency("National Cybersecurity Authority", "SA").aliases
    )


def test_each_ncsc_is_its_own_row(agencies):
    ncsc = agencies.filter(name="National Cyber Security Centre")
    assert {"GB", "NZ", "NL", "IE"} <= set(ncsc.values_list("country", flat=True))


def test_fixture_covers_over_a_hundred_countries(agencies):
    covered = set(agencies.exclude(country=None).values_list("country", flat=True))
    assert len(covered) >= 100
    assert covered <= set(Country.objects.values_list("code", flat=True))


def test_parents_come_before_children_in_the_file():
    records = json.loads(FIXTURE.read_text(encoding="utf-8"))
    seen = set()
    for record in records:
        fields = record["fields"]
        if fields["parent"]:
            assert tuple(fields["parent"]) in seen, fields["name"]
        seen.add((fields["name"], fields["country"][0] if fields["country"] else None))


def test_committed_fixture_is_up_to_date():
    call_command("build_agencies", "--check", verbosity=0)


def test_check_fails_on_a_stale_fixture(tmp_path):
    stale = tmp_path / "agencies.json"
    stale.write_text("[]\n", encoding="utf-8")
    with pytest.raises(CommandError, match="out of date"):
        call_command("build_agencies", "--check", "--output", str(stale))


def test_build_writes_the_same_file_as_committed(tmp_path):
    output = tmp_path / "agencies.json"
    call_command("build_agencies", "--output", str(output), verbosity=0)
    assert output.read_text(encoding="utf-8") == FIXTURE.read_text(encoding="utf-8")


def test_validation_reports_every_problem_at_once():
    rows = [
        ("FR", entry(CERT, "CERT-FR"), "test"),
        ("FR", entry(CERT, "cert-fr"), "test"),
        ("XX", entry("agency", "Bad Kind"), "test"),
        (None, entry(BLOC, "Bloc", members="FR QQ")),
        ("VN", entry(MINISTRY, "Orphan", parent="Missing Ministry"), "test"),
        ("VN", entry(MINISTRY, "Generic", "", "Ministry"), "test"),
        ("DE", entry(MINISTRY, "Wiki", wikidata="42"), "test"),
        ("JP", entry(MINISTRY, "One", "MIC"), "test"),
        ("JP", entry(MINISTRY, "Two", "MIC"), "test"),
        ("SG", entry(BLOC, "Bloc With Country"), "test"),
    ]
    rows[3] = (*rows[3], "test")
    errors = "\n".join(validate(rows))
    assert "used twice in this country" in errors
    assert "kind 'agency' is not one of" in errors
    assert "'XX' is not an ISO 3166-1 alpha-2 code" in errors
    assert "member 'QQ' is not an ISO code" in errors
    assert "parent 'Missing Ministry' is not a curated row" in errors
    assert "'Ministry' is a generic word" in errors
    assert "wikidata id '42' is not a Q-number" in errors
    assert "'mic' names more than one row: One, Two" in errors
    assert "an intergovernmental body has no home country" in errors


def test_validation_finds_parent_cycles():
    rows = [
        ("VN", entry(MINISTRY, "A", parent="B"), "test"),
        ("VN", entry(MINISTRY, "B", parent="A"), "test"),
    ]
    assert any("cycle" in error for error in validate(rows))


def test_build_puts_a_parent_curated_later_before_its_child():
    rows = [
        ("VN", entry(CERT, "Child", parent="Parent"), "test"),
        ("VN", entry(MINISTRY, "Parent"), "test"),
        (None, entry(BLOC, "Bloc", members="VN LA")),
    ]
    rows[2] = (*rows[2], "test")
    assert validate(rows) == []
    names = [record["fields"]["name"] for record in build_records(rows)]
    assert names == ["Bloc", "Parent", "Child"]


def test_regional_bodies_are_known_in_the_languages_of_their_press(agencies):
    assert {"Oficina Europea de Policía", "Office européen de police"} <= set(
        agency("European Union Agency for Law Enforcement Cooperation", None).aliases
    )
    assert {"유럽연합 사이버보안청", "欧盟网络安全局"} <= set(
        agency("European Union Agency for Cybersecurity", None).aliases
    )
    assert "Comitê Interamericano contra o Terrorismo" in (
        agency("Inter-American Committee against Terrorism", None).aliases
    )
    assert "Forum mondial sur la cyberexpertise" in (
        agency("Global Forum on Cyber Expertise", None).aliases
    )
    # tunCERT is the team of the agency, not another name for it
    ancs = agency("National Agency for Cyber Security", "TN")
    assert "tunCERT" not in ancs.all_names()
    assert agency("Tunisian Computer Emergency Response Team", "TN").parent == ancs
