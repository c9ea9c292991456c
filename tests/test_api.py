"""The REST API end to end, on a small known world: what anonymous readers, readers
and editors see, every filter, the network and timeline numbers, CSV, limits and
the OpenAPI schema."""

from __future__ import annotations

import csv
import datetime
import io

import pytest
from django.conf import settings
from django.db import connection
from django.test import override_settings
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from cooperation.models import (
    AgencyKind,
    Agreement,
    AgreementKind,
    Event,
    EventKind,
    ReviewState,
)
from tests import api_factories as make

pytestmark = pytest.mark.usefixtures("fresh_throttle")


@pytest.fixture
def api():
    return APIClient()


class World:
    """Five countries, six agencies, six agreements, two events."""

    def __init__(self):
        self.anssi = make.agency(
            "Agence nationale de la sécurité", "FR", acronym="ANSSI"
        )
        self.ais = make.agency(
            "Authority of Information Security",
            "VN",
            acronym="AIS",
            aliases=["Cục An toàn thông tin"],
        )
        self.nisc = make.agency(
            "National center of Incident readiness", "JP", acronym="NISC"
        )
        self.csa = make.agency("Cyber Security Agency", "SG", acronym="CSA")
        self.cisa = make.agency(
            "Cybersecurity and Infrastructure", "US", acronym="CISA"
        )
        self.asean = make.agency(
            "Association of Southeast Asian Nations",
            acronym="ASEAN",
            kind=AgencyKind.INTERGOVERNMENTAL,
            member_countries=["VN", "SG"],
        )
        day = datetime.date
        self.a1 = make.agreement(
            [self.anssi, self.ais], date=day(2019, 12, 19), title="France Vietnam MoU"
        )
        self.a2 = make.agreement(
            [self.nisc, self.ais], date=day(2020, 6, 1), precision="month"
        )
        self.a3 = make.agreement(
            [self.csa, self.ais],
            date=day(2018, 1, 1),
            precision="year",
            kind=AgreementKind.PARTNERSHIP,
        )
        self.a4 = make.agreement(
            [self.anssi, self.cisa],
            date=day(2021, 3, 1),
            state=ReviewState.UNREVIEWED,
            kind=AgreementKind.JOINT_STATEMENT,
        )
        self.a5 = make.agreement(
            [self.asean, self.nisc],
            date=day(2020, 1, 1),
            precision="year",
            kind=AgreementKind.JOINT_STATEMENT,
        )
        self.a6 = make.agreement(
            [self.anssi, self.nisc], date=day(2019, 5, 5), state=ReviewState.REJECTED
        )
        self.e1 = make.event(
            [self.ais, self.nisc],
            start=day(2019, 11, 1),
            precision="month",
            city="Hanoi",
            country=make.country("VN"),
        )
        self.e2 = make.event(
            [self.anssi, self.csa], start=day(2020, 6, 15), kind=EventKind.EXERCISE
        )
        self.english = make.article(
            "France and Vietnam signed a memorandum in Hanoi.", title="MoU signed"
        )
        self.french = make.article(
            "Le Japon et le Vietnam coopèrent depuis Tokyo.", language="fr"
        )
        self.hidden = make.article("An unreviewed statement.", title="Unreviewed")
        make.evidence(self.a1, self.english, "France and Vietnam signed a memorandum.")
        make.evidence(self.a2, self.french, "Le Japon et le Vietnam coopèrent.")
        make.evidence(self.e1, self.english, "in Hanoi", start=40)
        make.evidence(self.a4, self.hidden, "An unreviewed statement.")


@pytest.fixture
def world(db):
    return World()


def ids(response):
    assert response.status_code == 200, response.content
    return {row["id"] for row in response.json()["results"]}


# --- representations ------------------------------------------------------------


def test_agreement_lists_parties_countries_partial_date_and_sources(api, world):
    body = api.get(f"/api/agreements/{world.a2.pk}/").json()
    assert body["date"] == "2020-06"
    assert body["date_precision"] == "month"
    assert {p["acronym"] for p in body["parties"]} == {"NISC", "AIS"}
    assert {"id", "name", "acronym", "country"} == set(body["parties"][0])
    assert [c["code"] for c in body["countries"]] == ["JP", "VN"]
    assert body["sources"] == [
        {
            "article": world.french.pk,
            "url": world.french.url,
            "title": world.french.title,
            "outlet": "",
            "published": None,
            "language": "fr",
            "quote": "Le Japon et le Vietnam coopèrent.",
            "confidence": 0.9,
        }
    ]


def test_year_precision_date_is_shown_as_a_year(api, world):
    assert api.get(f"/api/agreements/{world.a3.pk}/").json()["date"] == "2018"


def test_agreement_detail_by_uid(api, world):
    body = api.get(f"/api/agreements/{world.a1.uid}/").json()
    assert body["id"] == world.a1.pk


def test_country_detail_by_code_in_any_case(api, world):
    assert api.get("/api/countries/vn/").json()["name"] == "Vietnam"
    assert api.get("/api/countries/XX/").status_code == 404


def test_event_shows_host_participants_and_month(api, world):
    body = api.get(f"/api/events/{world.e1.pk}/").json()
    assert body["start"] == "2019-11"
    assert body["country"] == {"code": "VN", "name": "Vietnam"}
    assert {p["acronym"] for p in body["participants"]} == {"AIS", "NISC"}


def test_agency_shows_bloc_members(api, world):
    body = api.get(f"/api/agencies/{world.asean.pk}/").json()
    assert [c["code"] for c in body["member_countries"]] == ["SG", "VN"]
    assert body["country"] is None


def test_article_detail_has_text_and_list_does_not(api, world):
    listed = api.get("/api/articles/").json()["results"]
    assert all("text" not in row for row in listed)
    detail = api.get(f"/api/articles/{world.english.content_hash}/").json()
    assert detail["text"].startswith("France and Vietnam")


def test_every_declared_field_is_in_the_output(api, world):
    from cooperation.api import serializers

    for url, serializer in [
        (f"/api/agreements/{world.a1.pk}/", serializers.AgreementSerializer),
        (f"/api/events/{world.e1.pk}/", serializers.EventSerializer),
        (f"/api/agencies/{world.ais.pk}/", serializers.AgencySerializer),
        ("/api/countries/VN/", serializers.CountrySerializer),
        (f"/api/articles/{world.english.pk}/", serializers.ArticleDetailSerializer),
    ]:
        assert set(api.get(url).json()) == set(serializer().fields), url


def test_dates_times_and_uids_are_written_like_python_writes_them(api, world):
    # Read from the database as text, they must come out as isoformat() would.
    whole_second = datetime.datetime(2024, 3, 5, 7, 8, 9, tzinfo=datetime.UTC)
    Agreement.objects.filter(pk=world.a1.pk).update(created_at=whole_second)
    Agreement.objects.filter(pk=world.a2.pk).update(
        created_at=whole_second.replace(microsecond=120)
    )
    world.french.published = datetime.date(2020, 6, 2)
    world.french.save()
    for record in (world.a1, world.a2):
        record.refresh_from_db()
        body = api.get(f"/api/agreements/{record.pk}/").json()
        assert body["uid"] == str(record.uid)
        assert body["created_at"] == record.created_at.isoformat().replace(
            "+00:00", "Z"
        )
        assert body["updated_at"] == record.updated_at.isoformat().replace(
            "+00:00", "Z"
        )
    assert api.get(f"/api/agreements/{world.a1.pk}/").json()["created_at"] == (
        "2024-03-05T07:08:09Z"
    )
    assert api.get(f"/api/agreements/{world.a2.pk}/").json()["created_at"] == (
        "2024-03-05T07:08:09.000120Z"
    )
    source = api.get(f"/api/agreements/{world.a2.pk}/").json()["sources"][0]
    assert source["published"] == "2020-06-02"
    assert api.get(f"/api/articles/{world.french.pk}/").json()["published"] == (
        "2020-06-02"
    )
    event = api.get(f"/api/events/{world.e2.pk}/").json()
    assert (event["start"], event["end"]) == ("2020-06-15", None)


def test_parties_and_sources_are_listed_in_a_fixed_order(api, world):
    # Parties by code point, as Python sorts, whatever the database's collation;
    # sources by article, then by position in its text.
    names = ["Zeta Agency", "alpha agency", "Émile agency", "Beta Agency"]
    parties = [make.agency(name, "FR") for name in names]
    agreement = make.agreement(parties, date=datetime.date(2021, 1, 1))
    older, newer = make.article("Older text"), make.article("Newer text")
    make.evidence(agreement, newer, "Newer article.", start=1)
    make.evidence(agreement, older, "Second sentence.", start=40)
    make.evidence(agreement, older, "First sentence.", start=2)
    for body in (
        api.get(f"/api/agreements/{agreement.pk}/").json(),
        api.get("/api/agreements/?date_after=2021").json()["results"][0],
    ):
        assert [p["name"] for p in body["parties"]] == [
            "Beta Agency",
            "Zeta Agency",
            "alpha agency",
            "Émile agency",
        ]
        assert [s["quote"] for s in body["sources"]] == [
            "First sentence.",
            "Second sentence.",
            "Newer article.",
        ]


# --- visibility and permissions -------------------------------------------------


def test_anonymous_sees_accepted_records_only(api, world):
    assert ids(api.get("/api/agreements/")) == {
        world.a1.pk,
        world.a2.pk,
        world.a3.pk,
        world.a5.pk,
    }
    assert api.get(f"/api/agreements/{world.a4.pk}/").status_code == 404


def test_anonymous_sees_articles_supporting_an_accepted_record(api, world):
    assert ids(api.get("/api/articles/")) == {world.english.pk, world.french.pk}


def test_user_without_view_permission_sees_accepted_only(api, world):
    api.force_authenticate(make.user("plain"))
    assert world.a4.pk not in ids(api.get("/api/agreements/"))


def test_reader_with_view_permission_sees_unreviewed_and_rejected(api, world):
    api.force_authenticate(make.user("reader", "view_agreement"))
    seen = ids(api.get("/api/agreements/"))
    assert {world.a4.pk, world.a6.pk} <= seen
    rejected = ids(api.get("/api/agreements/?review_state=rejected"))
    assert rejected == {world.a6.pk}


@override_settings(COOPERATION_PUBLIC_ACCEPTED_ONLY=False)
def test_public_setting_off_shows_unreviewed_but_never_rejected(api, world):
    seen = ids(api.get("/api/agreements/"))
    assert world.a4.pk in seen
    assert world.a6.pk not in seen


def test_anonymous_cannot_write(api, world):
    response = api.post("/api/agreements/", {"kind": "mou"}, format="json")
    assert response.status_code in (401, 403)
    assert api.delete(f"/api/agreements/{world.a1.pk}/").status_code in (401, 403)
    assert Agreement.objects.filter(pk=world.a1.pk).exists()


def test_reader_cannot_write(api, world):
    api.force_authenticate(make.user("reader", "view_agreement"))
    response = api.patch(
        f"/api/agreements/{world.a1.pk}/", {"title": "x"}, format="json"
    )
    assert response.status_code == 403


def test_editor_creates_agreement_with_partial_date_recorded_in_history(api, world):
    editor = make.user("editor", *make.EDITOR_PERMS)
    api.force_authenticate(editor)
    response = api.post(
        "/api/agreements/",
        {
            "title": "Japan France MoU",
            "kind": "mou",
            "date": "2022-03",
            "parties": [world.anssi.pk, world.nisc.pk],
            "review_state": "accepted",
        },
        format="json",
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["date"] == "2022-03"
    assert [c["code"] for c in body["countries"]] == ["FR", "JP"]
    created = Agreement.objects.get(pk=body["id"])
    assert created.date == datetime.date(2022, 3, 1)
    assert created.curated_at is not None
    assert created.reviewed_by == editor
    assert created.history.first().history_user == editor


def test_editor_edit_marks_curated_and_records_user(api, world):
    editor = make.user("editor", *make.EDITOR_PERMS)
    api.force_authenticate(editor)
    response = api.patch(
        f"/api/agreements/{world.a1.pk}/", {"title": "Renamed"}, format="json"
    )
    assert response.status_code == 200, response.content
    world.a1.refresh_from_db()
    assert world.a1.title == "Renamed"
    assert world.a1.curated_at is not None
    latest = world.a1.history.first()
    assert latest.history_user == editor
    assert latest.title == "Renamed"


def test_editor_write_with_token_authentication(api, world):
    editor = make.user("editor", *make.EDITOR_PERMS)
    token = Token.objects.create(user=editor)
    api.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    response = api.patch(
        f"/api/events/{world.e1.pk}/", {"city": "Da Nang"}, format="json"
    )
    assert response.status_code == 200, response.content
    assert Event.objects.get(pk=world.e1.pk).city == "Da Nang"


def test_write_validation_names_the_bad_field(api, world):
    api.force_authenticate(make.user("editor", *make.EDITOR_PERMS))
    bad_kind = api.patch(
        f"/api/agreements/{world.a1.pk}/", {"kind": "pact"}, format="json"
    )
    assert bad_kind.status_code == 400
    assert "kind" in bad_kind.json()
    bad_date = api.patch(
        f"/api/agreements/{world.a1.pk}/", {"date": "2019-02-30"}, format="json"
    )
    assert bad_date.status_code == 400
    assert "date" in bad_date.json()


def test_event_ending_before_it_starts_is_refused_like_in_the_admin(api, world):
    api.force_authenticate(make.user("editor", *make.EDITOR_PERMS))
    response = api.patch(
        f"/api/events/{world.e2.pk}/",
        {"start": "2020-06-15", "end": "2020-06-01"},
        format="json",
    )
    assert response.status_code == 400
    assert Event.objects.get(pk=world.e2.pk).end is None


def test_duplicate_agency_in_the_same_country_is_refused(api, world):
    api.force_authenticate(make.user("editor", *make.EDITOR_PERMS))
    response = api.post(
        "/api/agencies/",
        {"name": "cyber security agency", "kind": "government agency", "country": "SG"},
        format="json",
    )
    assert response.status_code == 400


def test_editor_deletes_and_history_keeps_who(api, world):
    editor = make.user("editor", *make.EDITOR_PERMS)
    api.force_authenticate(editor)
    assert api.delete(f"/api/agreements/{world.a3.pk}/").status_code == 204
    assert not Agreement.objects.filter(pk=world.a3.pk).exists()
    deleted = Agreement.history.filter(id=world.a3.pk, history_type="-").get()
    assert deleted.history_user == editor


# --- filters --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("country=VN", {"a1", "a2", "a3"}),
        ("country=vn&date_after=2019", {"a1", "a2"}),
        ("country=FR,SG", {"a1", "a3"}),
        ("agency=ANSSI", {"a1"}),
        ("agency=anssi&kind=mou", {"a1"}),
        ("kind=partnership", {"a3"}),
        ("status=signed", {"a1", "a2", "a3", "a5"}),
        ("member_of=ASEAN", {"a1", "a2", "a3", "a5"}),
        ("region=Europe", {"a1"}),
        ("region=Southeast Asia", {"a1", "a2", "a3"}),
        ("language=fr", {"a2"}),
        ("date_after=2019", {"a1", "a2", "a5"}),
        ("date_before=2019-12", {"a1", "a3"}),
        ("date_after=2020-06&date_before=2020-06", {"a2"}),
        ("date_before=2020-05", {"a1", "a3", "a5"}),
        ("date_after=2019-12-20", {"a2", "a5"}),
        ("q=toàn", {"a1", "a2", "a3"}),
        ("q=memorandum", {"a1"}),
        ("q=Vietnam MoU", {"a1"}),
    ],
)
def test_agreement_filters(api, world, query, expected):
    assert ids(api.get(f"/api/agreements/?{query}")) == {
        getattr(world, name).pk for name in expected
    }


def test_agency_filter_by_id(api, world):
    assert ids(api.get(f"/api/agreements/?agency={world.csa.pk}")) == {world.a3.pk}


def test_updated_since(api, world):
    future = "2999-01-01T00:00:00Z"
    assert ids(api.get(f"/api/agreements/?updated_since={future}")) == set()
    assert len(ids(api.get("/api/agreements/?updated_since=2000-01-01"))) == 4


def test_ordering_by_whitelisted_field(api, world):
    rows = api.get("/api/agreements/?ordering=date").json()["results"]
    assert [r["id"] for r in rows] == [
        world.a3.pk,
        world.a1.pk,
        world.a5.pk,
        world.a2.pk,
    ]


def test_event_filters(api, world):
    assert ids(api.get("/api/events/?country=FR")) == {world.e2.pk}
    assert ids(api.get("/api/events/?host=VN")) == {world.e1.pk}
    assert ids(api.get("/api/events/?kind=exercise")) == {world.e2.pk}
    assert ids(api.get("/api/events/?date_after=2019-11&date_before=2019-11")) == {
        world.e1.pk
    }
    assert ids(api.get("/api/events/?q=Hanoi")) == {world.e1.pk}
    assert ids(api.get("/api/events/?agency=CSA")) == {world.e2.pk}


def test_agency_country_and_article_filters(api, world):
    assert ids(api.get("/api/agencies/?country=VN")) == {world.ais.pk}
    assert ids(api.get("/api/agencies/?member_of=ASEAN")) == {
        world.ais.pk,
        world.csa.pk,
    }
    assert ids(api.get("/api/agencies/?acronym=cisa")) == {world.cisa.pk}
    assert ids(api.get("/api/agencies/?q=toàn")) == {world.ais.pk}
    assert ids(api.get("/api/articles/?language=fr")) == {world.french.pk}
    assert ids(api.get("/api/articles/?q=memorandum")) == {world.english.pk}
    countries = api.get("/api/countries/?region=Asia").json()["results"]
    assert {c["code"] for c in countries} == {"VN", "JP", "SG"}


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL full-text search only"
)
def test_postgresql_full_text_search_matches_whole_words_with_websearch_syntax(
    api, world
):
    assert ids(api.get("/api/agreements/?q=Tokyo")) == {world.a2.pk}
    assert ids(api.get("/api/agreements/?q=Toky")) == set()
    assert ids(api.get('/api/agreements/?q="Vietnam MoU" -Japon')) == {world.a1.pk}


@pytest.mark.skipif(
    connection.vendor == "postgresql", reason="substring fallback off PostgreSQL"
)
def test_fallback_search_matches_substrings_of_every_word(api, world):
    assert ids(api.get("/api/agreements/?q=Tokyo")) == {world.a2.pk}
    assert ids(api.get("/api/agreements/?q=Toky")) == {world.a2.pk}
    assert ids(api.get("/api/agreements/?q=Toky Vietnam")) == {world.a2.pk}


# --- bad parameters and limits --------------------------------------------------


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("colour=red", "colour"),
        ("date_after=2019-13", "date_after"),
        ("date_before=June", "date_before"),
        ("country=XX", "country"),
        ("country=Vietnam", "country"),
        ("agency=NOPE", "agency"),
        ("kind=pact", "kind"),
        ("review_state=maybe", "review_state"),
        ("region=Atlantis", "region"),
        ("language=French", "language"),
        ("ordering=title", "ordering"),
        ("updated_since=yesterday", "updated_since"),
        ("page_size=501", "page_size"),
        ("page_size=abc", "page_size"),
        ("page_size=0", "page_size"),
        ("page=zero", "page"),
        ("page=1000&page_size=500", "page"),
    ],
)
def test_bad_parameter_is_a_400_naming_it(api, world, query, parameter):
    response = api.get(f"/api/agreements/?{query}")
    assert response.status_code == 400
    assert parameter in response.json()


def test_page_size_up_to_the_maximum_is_served(api, world):
    response = api.get("/api/agreements/?page_size=500")
    assert response.status_code == 200
    assert response.json()["count"] == 4


def test_pages_count_every_row_and_link_to_each_other(api, world):
    first = api.get("/api/agreements/?page_size=3").json()
    assert (first["count"], len(first["results"]), first["previous"]) == (4, 3, None)
    assert first["next"] == "http://testserver/api/agreements/?page=2&page_size=3"
    second = api.get(first["next"]).json()
    assert (second["count"], len(second["results"]), second["next"]) == (4, 1, None)
    assert second["previous"] == "http://testserver/api/agreements/?page_size=3"
    seen = {row["id"] for row in first["results"] + second["results"]}
    assert seen == ids(api.get("/api/agreements/"))


def test_page_past_the_end_is_not_found_and_no_match_is_an_empty_page(api, world):
    response = api.get("/api/agreements/?page=3&page_size=3")
    assert (response.status_code, response.json()) == (
        404,
        {"detail": "Invalid page 3: it contains no results."},
    )
    assert api.get("/api/agreements/?kind=treaty").json() == {
        "count": 0,
        "next": None,
        "previous": None,
        "results": [],
    }
    assert api.get("/api/agreements/?kind=treaty&page=2").status_code == 404


def test_a_query_that_can_match_nothing_is_an_empty_first_page(db):
    from rest_framework.request import Request
    from rest_framework.test import APIRequestFactory

    from cooperation.api.pagination import Pagination
    from cooperation.api.serializers import AgreementSerializer

    paginator = Pagination()
    request = Request(APIRequestFactory().get("/api/agreements/"))
    rows = AgreementSerializer.rows
    assert paginator.paginate_rows(Agreement.objects.none(), rows, request) == []
    assert paginator.get_paginated_response([]).data == {
        "count": 0,
        "next": None,
        "previous": None,
        "results": [],
    }


def test_network_rejects_unknown_parameters_and_values(api, world):
    assert "colour" in api.get("/api/network/?colour=red").json()
    assert "level" in api.get("/api/network/?level=city").json()
    assert "date_after" in api.get("/api/timeline/?date_after=20x").json()


def test_anonymous_requests_are_throttled(api, world):
    rates = {**settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"], "anon": "2/minute"}
    with override_settings(
        REST_FRAMEWORK={**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": rates}
    ):
        statuses = [api.get("/api/countries/").status_code for _ in range(3)]
    assert statuses == [200, 200, 429]


# --- network and timeline -------------------------------------------------------


def test_country_network_numbers(api, world):
    body = api.get("/api/network/").json()
    nodes = {n["id"]: (n["agreements"], n["events"]) for n in body["nodes"]}
    assert nodes == {"VN": (3, 1), "JP": (2, 1), "FR": (1, 1), "SG": (1, 1)}
    edges = {
        (e["source"], e["target"]): (e["agreement_ids"], e["event_ids"])
        for e in body["edges"]
    }
    assert edges == {
        ("FR", "VN"): ([world.a1.pk], []),
        ("JP", "VN"): ([world.a2.pk], [world.e1.pk]),
        ("SG", "VN"): ([world.a3.pk], []),
        ("FR", "SG"): ([], [world.e2.pk]),
    }
    assert body["totals"] == {"agreements": 4, "events": 2}


def test_network_filtered_by_date_and_kind(api, world):
    body = api.get("/api/network/?date_after=2020&kind=mou").json()
    assert [(e["source"], e["target"], e["agreements"]) for e in body["edges"]] == [
        ("JP", "VN", 1)
    ]
    assert body["totals"] == {"agreements": 1, "events": 0}


def test_agency_network(api, world):
    body = api.get("/api/network/?level=agency&include=agreements").json()
    pairs = {tuple(sorted((e["source"], e["target"]))) for e in body["edges"]}
    expected = {
        tuple(sorted((str(a.pk), str(b.pk))))
        for a, b in [
            (world.anssi, world.ais),
            (world.nisc, world.ais),
            (world.csa, world.ais),
            (world.asean, world.nisc),
        ]
    }
    assert pairs == expected
    labels = {n["label"] for n in body["nodes"]}
    assert labels == {"ANSSI", "AIS", "NISC", "CSA", "ASEAN"}


def test_yearly_timeline_numbers(api, world):
    body = api.get("/api/timeline/").json()
    assert body["periods"] == [
        {
            "period": "2018",
            "agreements": {"total": 1, "by_kind": {"partnership": 1}},
            "events": {"total": 0, "by_kind": {}},
        },
        {
            "period": "2019",
            "agreements": {"total": 1, "by_kind": {"mou": 1}},
            "events": {"total": 1, "by_kind": {"workshop": 1}},
        },
        {
            "period": "2020",
            "agreements": {"total": 2, "by_kind": {"joint_statement": 1, "mou": 1}},
            "events": {"total": 1, "by_kind": {"exercise": 1}},
        },
    ]
    assert body["unplaced"] == {"agreements": 0, "events": 0}


def test_monthly_timeline_leaves_year_only_dates_unplaced(api, world):
    body = api.get("/api/timeline/?interval=month&member_of=ASEAN").json()
    periods = {p["period"]: p for p in body["periods"]}
    assert list(periods)[0] == "2019-11" and list(periods)[-1] == "2020-06"
    assert len(periods) == 8
    assert periods["2019-12"]["agreements"]["total"] == 1
    assert periods["2020-06"]["agreements"]["by_kind"] == {"mou": 1}
    assert periods["2020-03"]["agreements"]["total"] == 0
    assert body["unplaced"] == {"agreements": 2, "events": 0}


# --- CSV ------------------------------------------------------------------------


def _csv(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(content)))


def test_csv_of_vietnams_agreements_parses_back(api, world):
    rows = _csv(api.get("/api/agreements/?country=VN&format=csv&ordering=date"))
    assert [int(r["id"]) for r in rows] == [world.a3.pk, world.a1.pk, world.a2.pk]
    assert [r["date"] for r in rows] == ["2018", "2019-12-19", "2020-06"]
    assert rows[2]["parties.acronym"].split(" | ") == ["AIS", "NISC"]
    assert rows[2]["countries.code"] == "JP | VN"
    assert rows[2]["sources.quote"] == "Le Japon et le Vietnam coopèrent."


def test_csv_by_accept_header_ignores_pagination(api, world):
    for n in range(60):
        make.agreement([world.ais], date=datetime.date(2010, 1, 1), title=f"Bulk {n}")
    rows = _csv(api.get("/api/agreements/?page_size=5", HTTP_ACCEPT="text/csv"))
    assert len(rows) == 64


def test_csv_neutralises_spreadsheet_formulas(api, world):
    make.agreement([world.ais], title="=HYPERLINK(1)")
    rows = _csv(api.get("/api/agreements/?format=csv&q=HYPERLINK"))
    assert rows[0]["title"] == "'=HYPERLINK(1)"


def test_csv_of_every_list(api, world):
    for name in ("countries", "agencies", "events", "articles"):
        rows = _csv(api.get(f"/api/{name}/?format=csv"))
        assert rows, name


# --- schema and docs ------------------------------------------------------------


def test_openapi_schema_validates_and_documents_filters(api, db):
    from drf_spectacular.generators import SchemaGenerator
    from drf_spectacular.validation import validate_schema

    schema = SchemaGenerator().get_schema(request=None, public=True)
    validate_schema(schema)
    params = {
        p["name"]: p for p in schema["paths"]["/api/agreements/"]["get"]["parameters"]
    }
    for name in ("country", "agency", "date_after", "date_before", "q", "page_size"):
        assert params[name]["description"], name
    assert params["kind"]["schema"]["enum"]
    network = {p["name"] for p in schema["paths"]["/api/network/"]["get"]["parameters"]}
    assert {"date_after", "kind", "region", "level"} <= network
    assert api.get("/api/schema/").status_code == 200


def test_interactive_docs_use_local_static_files(api, db):
    response = api.get("/api/docs/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "drf_spectacular_sidecar" in page
    assert "cdn." not in page


def test_editor_merges_agencies_through_the_api(api, world):
    duplicate = make.agency("ANSSI France", "FR", acronym="ANSSI-FR")
    moved = make.agreement([duplicate, world.cisa], date=datetime.date(2022, 1, 1))
    api.force_authenticate(make.user("editor", *make.EDITOR_PERMS))
    response = api.post(
        f"/api/agencies/{world.anssi.pk}/merge/",
        {"others": [duplicate.pk]},
        format="json",
    )
    assert response.status_code == 200, response.content
    assert "ANSSI France" in response.json()["aliases"]
    assert ids(api.get("/api/agreements/?agency=ANSSI")) == {
        world.a1.pk,
        world.a4.pk,
        world.a6.pk,
        moved.pk,
    }
    assert ids(api.get("/api/agencies/?acronym=ANSSI-FR")) == set()


def test_merge_refuses_readers_and_unknown_ids(api, world):
    api.force_authenticate(make.user("reader", "view_agency", "change_agency"))
    url = f"/api/agencies/{world.anssi.pk}/merge/"
    assert api.post(url, {"others": [world.csa.pk]}, format="json").status_code == 403
    api.force_authenticate(make.user("editor", *make.EDITOR_PERMS))
    response = api.post(url, {"others": [999999]}, format="json")
    assert response.status_code == 400
    assert "others" in response.json()
