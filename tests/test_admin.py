"""The curator's admin: every page renders for a curator and is closed to anyone
else, searches and filters work, review actions and saves are recorded, and a
changelist costs the same number of queries however many rows it shows."""

from __future__ import annotations

import datetime
from io import StringIO

import pytest
from django.contrib.admin import helpers
from django.contrib.auth.models import Permission
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cooperation import services
from cooperation.models import (
    Agency,
    AgencyKind,
    Agreement,
    Article,
    ArticleStatus,
    Country,
    DatePrecision,
    Event,
    Evidence,
    FocusArea,
    ReviewState,
)

MODELS = {
    "country": Country,
    "focusarea": FocusArea,
    "agency": Agency,
    "article": Article,
    "agreement": Agreement,
    "event": Event,
    "evidence": Evidence,
}


def changelist(model_name: str) -> str:
    return reverse(f"admin:cooperation_{model_name}_changelist")


def change(obj) -> str:
    return reverse(f"admin:cooperation_{obj._meta.model_name}_change", args=[obj.pk])


@pytest.fixture
def records(
    country,
    other_country,
    focus_area,
    agency_factory,
    agreement_factory,
    event_factory,
    article_factory,
    evidence_factory,
):
    """One of everything, linked the way ingestion links them."""
    ministry = agency_factory("Ministry of the Armed Forces", country=country)
    anssi = agency_factory(
        "National Cybersecurity Agency of France",
        acronym="ANSSI",
        aliases=["Agence nationale de la sécurité des systèmes d'information"],
        country=country,
        parent=ministry,
    )
    vncert = agency_factory(
        "Vietnam Computer Emergency Response Team",
        acronym="VNCERT",
        aliases=["Trung tâm Ứng cứu khẩn cấp không gian mạng Việt Nam"],
        kind=AgencyKind.CERT,
        country=other_country,
    )
    asean = agency_factory(
        "Association of Southeast Asian Nations",
        acronym="ASEAN",
        kind=AgencyKind.INTERGOVERNMENTAL,
        member_countries=[other_country],
    )
    article = article_factory(
        "France and Vietnam signed a memorandum of understanding on cybersecurity "
        "in December 2019. ANSSI and VNCERT will hold a joint workshop in Hanoi."
    )
    agreement = agreement_factory(
        title="France–Vietnam cybersecurity MoU",
        date=datetime.date(2019, 12, 1),
        date_precision=DatePrecision.MONTH,
        parties=[anssi, vncert],
        countries=[country, other_country],
        focus_areas=[focus_area],
    )
    event = event_factory(
        name="Joint incident response workshop",
        start=datetime.date(2020, 1, 1),
        start_precision=DatePrecision.YEAR,
        city="Hanoi",
        country=other_country,
        participants=[anssi, vncert],
        agreements=[agreement],
    )
    sentence_one = article.text.split(". ")[0] + "."
    sentence_two = article.text.split(". ")[1]
    evidence = [
        evidence_factory(anssi, article, sentence=sentence_two),
        evidence_factory(vncert, article, sentence=sentence_two),
        evidence_factory(agreement, article, sentence=sentence_one),
        evidence_factory(event, article, sentence=sentence_two, confidence=0.4),
    ]
    return {
        "country": country,
        "focusarea": focus_area,
        "agency": anssi,
        "asean": asean,
        "article": article,
        "agreement": agreement,
        "event": event,
        "evidence": evidence[0],
    }


def admin_pages(records) -> list[str]:
    pages = []
    for name in MODELS:
        pages.append(changelist(name))
        pages.append(change(records[name]))
        if name != "article":
            pages.append(reverse(f"admin:cooperation_{name}_add"))
    for name in ("agency", "article", "agreement", "event"):
        pages.append(
            reverse(f"admin:cooperation_{name}_history", args=[records[name].pk])
        )
    return pages


def test_every_admin_page_renders_for_a_curator(superuser_client, records):
    for url in admin_pages(records):
        response = superuser_client.get(url)
        assert response.status_code == 200, url


def test_every_admin_page_sends_an_anonymous_visitor_to_log_in(client, records):
    for url in admin_pages(records):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("admin:login")), url


def test_articles_are_added_by_ingestion_not_in_the_admin(superuser_client, db):
    response = superuser_client.get(reverse("admin:cooperation_article_add"))
    assert response.status_code == 403


def test_site_header_names_the_tracker(superuser_client, db):
    response = superuser_client.get(reverse("admin:index"))
    assert b"Cyber Cooperation Tracker" in response.content


def test_every_list_filter_choice_renders(superuser_client, records):
    seen = 0
    for name in MODELS:
        response = superuser_client.get(changelist(name))
        cl = response.context["cl"]
        for spec in cl.filter_specs:
            for choice in spec.choices(cl):
                query = choice["query_string"]
                filtered = superuser_client.get(changelist(name) + query)
                assert filtered.status_code == 200, (name, query)
                seen += 1
        if cl.date_hierarchy:
            year = superuser_client.get(
                changelist(name), {f"{cl.date_hierarchy}__year": 2019}
            )
            assert year.status_code == 200
    assert seen > 40


def test_list_filters_narrow_the_rows(superuser_client, records):
    response = superuser_client.get(changelist("agency"), {"kind__exact": "cert"})
    assert [a.acronym for a in response.context["cl"].result_list] == ["VNCERT"]
    response = superuser_client.get(changelist("evidence"), {"confidence": "low"})
    assert [e.event for e in response.context["cl"].result_list] == [records["event"]]
    response = superuser_client.get(changelist("evidence"), {"supports": "agreement"})
    assert [e.agreement for e in response.context["cl"].result_list] == [
        records["agreement"]
    ]


def search(client, model_name: str, term: str) -> list:
    response = client.get(changelist(model_name), {"q": term})
    assert response.status_code == 200
    return list(response.context["cl"].result_list)


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("ANSSI", "ANSSI"),
        ("anssi", "ANSSI"),
        ("cybersecurity agency", "ANSSI"),
        ("Agence nationale", "ANSSI"),  # an alias
        ("sécurité des systèmes", "ANSSI"),  # an alias with accents
        ("khẩn cấp", "VNCERT"),  # a Vietnamese alias
        ("VNCERT", "VNCERT"),
    ],
)
def test_agency_search_matches_names_acronyms_and_aliases(
    superuser_client, records, term, expected
):
    assert [a.acronym for a in search(superuser_client, "agency", term)] == [expected]


def test_agency_search_without_a_match_is_empty(superuser_client, records):
    assert search(superuser_client, "agency", "Interpol") == []


def test_agency_autocomplete_searches_aliases(superuser_client, records):
    response = superuser_client.get(
        reverse("admin:autocomplete"),
        {
            "term": "không gian mạng",
            "app_label": "cooperation",
            "model_name": "agreement",
            "field_name": "parties",
        },
    )
    assert response.status_code == 200
    assert [r["text"] for r in response.json()["results"]] == [
        str(Agency.objects.get(acronym="VNCERT"))
    ]


def test_country_search_matches_names_in_other_languages(superuser_client, records):
    assert search(superuser_client, "country", "Pháp") == [records["country"]]
    assert search(superuser_client, "country", "VN") == [Country.objects.get(code="VN")]


def test_other_searches_find_their_records(superuser_client, records):
    assert search(superuser_client, "agreement", "VNCERT") == [records["agreement"]]
    assert search(superuser_client, "event", "Hanoi") == [records["event"]]
    assert search(superuser_client, "article", "Cooperation news") == [
        records["article"]
    ]
    assert len(search(superuser_client, "evidence", "joint workshop")) == 3
    assert search(superuser_client, "focusarea", "cyber") == [records["focusarea"]]


def test_dates_show_only_their_known_precision(superuser_client, records):
    agreements = superuser_client.get(changelist("agreement")).content.decode()
    assert "2019-12" in agreements
    assert "2019-12-01" not in agreements
    events = superuser_client.get(changelist("event")).content.decode()
    assert ">2020<" in events
    assert "2020-01-01" not in events


def test_record_change_page_shows_its_evidence(superuser_client, records):
    page = superuser_client.get(change(records["agency"])).content.decode()
    assert "ANSSI and VNCERT will hold a joint workshop in Hanoi" in page
    assert change(records["article"]) in page
    # Evidence is shown as ingestion found it, not edited here.
    assert 'name="evidence-0-sentence"' not in page
    assert 'name="evidence-0-DELETE"' not in page


def test_article_page_shows_text_extracted_records_and_error(
    superuser_client, records, article_factory
):
    page = superuser_client.get(change(records["article"])).content.decode()
    assert 'class="article-text"' in page
    assert "<mark" in page
    for name in ("agency", "agreement", "event"):
        assert change(records[name]) in page
    failed = article_factory(
        "Unreadable", status=ArticleStatus.FAILED, error="Could not detect <language>."
    )
    page = superuser_client.get(change(failed)).content.decode()
    assert "Could not detect &lt;language&gt;." in page
    assert "Nothing extracted." in page


def run_action(client, model_name: str, action: str, objects, **extra):
    return client.post(
        changelist(model_name),
        {
            "action": action,
            helpers.ACTION_CHECKBOX_NAME: [o.pk for o in objects],
            **extra,
        },
        follow=True,
    )


@pytest.mark.parametrize("model_name", ["agency", "agreement", "event"])
def test_accept_action_records_who_accepted_and_why(
    superuser_client, superuser, records, model_name
):
    record = records[model_name]
    response = run_action(superuser_client, model_name, "accept_selected", [record])
    assert response.status_code == 200
    assert "Accepted 1" in response.content.decode()
    record.refresh_from_db()
    assert record.review_state == ReviewState.ACCEPTED
    assert record.reviewed_by == superuser
    assert record.reviewed_at is not None
    latest = record.history.latest()
    assert latest.history_change_reason == "Accepted by a curator"
    assert latest.history_user == superuser


def test_reject_action_reports_records_already_rejected(
    superuser_client, superuser, records, agency_factory
):
    already = agency_factory("Rejected earlier")
    already.set_review(ReviewState.REJECTED, superuser)
    already.save()
    agency = records["agency"]
    response = run_action(
        superuser_client, "agency", "reject_selected", [agency, already]
    )
    assert "Rejected 1 agency. 1 already were." in response.content.decode()
    agency.refresh_from_db()
    assert agency.review_state == ReviewState.REJECTED
    assert agency.history.latest().history_change_reason == "Rejected by a curator"


def test_mark_reviewed_action_skips_articles_without_extraction(
    superuser_client, records, article_factory
):
    pending = article_factory(status=ArticleStatus.PENDING)
    response = run_action(
        superuser_client, "article", "mark_reviewed", [records["article"], pending]
    )
    assert "Marked 1 article(s) reviewed. 1 skipped" in response.content.decode()
    records["article"].refresh_from_db()
    pending.refresh_from_db()
    assert records["article"].status == ArticleStatus.REVIEWED
    assert pending.status == ArticleStatus.PENDING


def form_data(response) -> dict:
    """The POST body a browser would send back for an admin change form."""
    data = {}
    forms = [response.context["adminform"].form]
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        forms.append(formset.management_form)
        forms.extend(formset.forms)
    for form in forms:
        for name, field in form.fields.items():
            value = form[name].value()
            if value is None:
                continue
            if isinstance(value, list | tuple):
                value = [str(v) for v in value]
            elif isinstance(value, bool):
                if not value:
                    continue
                value = "on"
            elif hasattr(field, "prepare_value"):
                value = field.prepare_value(value)
            data[form.add_prefix(name)] = value
    return data


def test_saving_in_the_admin_marks_the_record_curated(superuser_client, records):
    agency = records["agency"]
    assert agency.curated_at is None
    page = superuser_client.get(change(agency))
    data = form_data(page)
    data["description"] = "France's national authority for the defence of systems."
    data["_save"] = "Save"
    response = superuser_client.post(change(agency), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    agency.refresh_from_db()
    assert agency.curated_at is not None
    assert agency.description.startswith("France's national authority")
    assert agency.aliases == [
        "Agence nationale de la sécurité des systèmes d'information"
    ]
    assert agency.history.latest().history_change_reason == (
        "Edited by a curator: description"
    )


@pytest.mark.parametrize("model_name", ["agreement", "event"])
def test_save_and_accept_button_accepts_and_curates(
    superuser_client, superuser, records, model_name
):
    record = records[model_name]
    data = form_data(superuser_client.get(change(record)))
    data["_accept"] = "Save and accept"
    response = superuser_client.post(change(record), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    record.refresh_from_db()
    assert record.review_state == ReviewState.ACCEPTED
    assert record.reviewed_by == superuser
    assert record.curated_at is not None
    # The partial date survives the round trip through the form.
    assert record.history.latest().history_change_reason.startswith("Accepted")


def test_agency_form_explains_a_duplicate_name(superuser_client, records, country):
    data = form_data(superuser_client.get(reverse("admin:cooperation_agency_add")))
    data.update(
        name="national cybersecurity agency of france",
        kind=AgencyKind.GOVERNMENT_AGENCY,
        country=country.pk,
        aliases="ANSSI\nanssi\n\n  Agence  ",
    )
    response = superuser_client.post(reverse("admin:cooperation_agency_add"), data)
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert "already exists in France" in errors["name"][0]


def test_agency_form_takes_aliases_one_per_line(superuser_client, records, country):
    data = form_data(superuser_client.get(reverse("admin:cooperation_agency_add")))
    data.update(
        name="Commission nationale de l'informatique et des libertés",
        kind=AgencyKind.REGULATOR,
        country=country.pk,
        aliases="CNIL\ncnil\n\n  La Commission  ",
    )
    response = superuser_client.post(reverse("admin:cooperation_agency_add"), data)
    assert response.status_code == 302
    agency = Agency.objects.get(name__startswith="Commission nationale")
    assert agency.aliases == ["CNIL", "La Commission"]
    assert agency.curated_at is not None


def test_partial_dates_are_stored_as_their_first_day(superuser_client, records):
    agreement = records["agreement"]
    data = form_data(superuser_client.get(change(agreement)))
    data.update(date="2021-06-17", date_precision=DatePrecision.MONTH, _save="Save")
    response = superuser_client.post(change(agreement), data)
    assert response.status_code == 302
    agreement.refresh_from_db()
    assert agreement.date == datetime.date(2021, 6, 1)
    assert agreement.date_display == "2021-06"


def test_a_date_without_precision_is_refused_with_a_reason(superuser_client, records):
    agreement = records["agreement"]
    data = form_data(superuser_client.get(change(agreement)))
    data.update(date="2021-06-17", date_precision="", _save="Save")
    response = superuser_client.post(change(agreement), data)
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert "how precise the date is" in errors["date_precision"][0]


def test_an_event_cannot_end_before_it_starts(superuser_client, records):
    event = records["event"]
    data = form_data(superuser_client.get(change(event)))
    data.update(
        start="2020-03-05",
        start_precision="day",
        end="2020-03-01",
        end_precision="day",
        _save="Save",
    )
    response = superuser_client.post(change(event), data)
    assert response.status_code == 200
    assert "cannot end before it starts" in str(
        response.context["adminform"].form.errors
    )


# --- query counts ------------------------------------------------------------------


def add_rows(n, start, country, other_country, factories):
    agency_factory, agreement_factory, event_factory, article_factory, evidence = (
        factories
    )
    for i in range(start, start + n):
        parent = agency_factory(f"Ministry {i}", country=country)
        agency = agency_factory(
            f"Agency {i}",
            acronym=f"AG{i}",
            aliases=[f"Alias {i}"],
            country=other_country,
            parent=parent,
            member_countries=[country],
        )
        article = article_factory(countries=[country, other_country])
        agreement = agreement_factory(
            date=datetime.date(2020, 1 + i % 12, 1),
            date_precision=DatePrecision.MONTH,
            parties=[agency, parent],
            countries=[country, other_country],
        )
        event = event_factory(
            start=datetime.date(2021, 1 + i % 12, 1),
            country=country,
            participants=[agency, parent],
            countries=[country],
            agreements=[agreement],
        )
        FocusArea.objects.create(slug=f"area-{i}", name=f"Area {i}")
        code = f"{chr(75 + i // 26)}{chr(65 + i % 26)}"  # KA, KB, ... LX
        Country.objects.create(code=code, alpha3=f"Q{code}", name=f"Land {i}")
        for record in (agency, agreement, event):
            evidence(record, article)


def changelist_queries(client, model_name: str) -> tuple[int, int]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(changelist(model_name))
    assert response.status_code == 200
    return len(queries), len(response.context["cl"].result_list)


def test_changelist_query_count_does_not_grow_with_rows(
    superuser_client,
    country,
    other_country,
    agency_factory,
    agreement_factory,
    event_factory,
    article_factory,
    evidence_factory,
):
    factories = (
        agency_factory,
        agreement_factory,
        event_factory,
        article_factory,
        evidence_factory,
    )
    add_rows(5, 0, country, other_country, factories)
    few = {name: changelist_queries(superuser_client, name) for name in MODELS}
    add_rows(45, 5, country, other_country, factories)
    many = {name: changelist_queries(superuser_client, name) for name in MODELS}
    for name in MODELS:
        assert many[name][1] > few[name][1] >= 5, name
        assert many[name][0] == few[name][0], (name, few[name], many[name])


# --- the demo account ----------------------------------------------------------------


def test_ensure_demo_user_creates_a_curator_who_can_log_in(settings, client, db):
    settings.DEBUG = True
    call_command("ensure_demo_user", verbosity=0)
    assert client.login(username="demo", password="demo-curator")
    assert client.get(changelist("agency")).status_code == 200


def test_ensure_demo_user_is_idempotent_and_restores_the_password(
    settings, django_user_model, db
):
    settings.DEBUG = True
    call_command("ensure_demo_user", verbosity=0)
    user = django_user_model.objects.get(username="demo")
    user.set_password("changed")
    user.is_superuser = False
    user.save()
    out = StringIO()
    call_command("ensure_demo_user", stdout=out)
    assert "Reset the superuser 'demo'" in out.getvalue()
    assert django_user_model.objects.filter(username="demo").count() == 1
    user.refresh_from_db()
    assert user.is_superuser
    assert user.check_password("demo-curator")


def test_ensure_demo_user_refuses_without_debug_unless_forced(
    settings, django_user_model, db
):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG is off"):
        call_command("ensure_demo_user")
    assert not django_user_model.objects.filter(username="demo").exists()
    call_command("ensure_demo_user", "--force", verbosity=0)
    assert django_user_model.objects.filter(username="demo").exists()


def test_ensure_demo_user_dry_run_writes_nothing(settings, django_user_model, db):
    settings.DEBUG = True
    out = StringIO()
    call_command("ensure_demo_user", "--dry-run", stdout=out)
    assert "Would create" in out.getvalue()
    assert not django_user_model.objects.exists()


def test_agency_form_refuses_a_parent_loop(superuser_client, agency_factory):
    ministry = agency_factory("Ministry")
    cert = agency_factory("National CERT", parent=ministry)
    data = form_data(superuser_client.get(change(ministry)))
    data.update(parent=cert.pk, _save="Save")
    response = superuser_client.post(change(ministry), data)
    assert response.status_code == 200
    assert (
        "cannot belong to itself"
        in response.context["adminform"].form.errors["parent"][0]
    )
    ministry.refresh_from_db()
    assert ministry.parent is None


def test_possible_duplicates_filter_lists_agencies_sharing_an_acronym(
    superuser_client, records, agency_factory
):
    copy = agency_factory("French cyber agency", acronym="anssi")
    response = superuser_client.get(changelist("agency"), {"duplicates": "acronym"})
    assert set(response.context["cl"].result_list) == {records["agency"], copy}


def test_history_page_shows_who_accepted_and_why(superuser_client, records):
    agency = records["agency"]
    run_action(superuser_client, "agency", "accept_selected", [agency])
    page = superuser_client.get(
        reverse("admin:cooperation_agency_history", args=[agency.pk])
    ).content.decode()
    assert "Accepted by a curator" in page
    assert "curator" in page


# --- the services behind the admin, as the API and ingestion call them ------------


def test_mark_curated_saves_and_records_the_curator(agency_factory, superuser):
    agency = agency_factory()
    services.mark_curated(agency, superuser, reason="Checked against the website")
    agency.refresh_from_db()
    assert agency.is_curated
    latest = agency.history.latest()
    assert latest.history_change_reason == "Checked against the website"
    assert latest.history_user == superuser


def test_set_review_state_refuses_an_unknown_state(agency_factory, superuser):
    agency = agency_factory()
    with pytest.raises(ValueError, match="Unknown review state"):
        services.set_review_state([agency], "maybe", superuser)
    agency.refresh_from_db()
    assert agency.review_state == ReviewState.UNREVIEWED


def test_reopening_a_record_clears_its_review(agency_factory, superuser):
    agency = agency_factory()
    services.set_review_state([agency], ReviewState.REJECTED, superuser)
    assert services.set_review_state([agency], ReviewState.UNREVIEWED, superuser) == 1
    agency.refresh_from_db()
    assert (agency.review_state, agency.reviewed_at, agency.reviewed_by) == (
        ReviewState.UNREVIEWED,
        None,
        None,
    )
    assert agency.history.latest().history_change_reason == (
        "Returned to review by a curator"
    )


def test_a_read_only_staff_member_cannot_review(client, django_user_model, records):
    reader = django_user_model.objects.create_user(
        username="reader", password="reader-password", is_staff=True
    )
    reader.user_permissions.add(Permission.objects.get(codename="view_agency"))
    client.force_login(reader)
    response = client.get(changelist("agency"))
    assert response.status_code == 200
    assert "accept_selected" not in response.content.decode()
    run_action(client, "agency", "accept_selected", [records["agency"]])
    records["agency"].refresh_from_db()
    assert records["agency"].review_state == ReviewState.UNREVIEWED
