"""Merging duplicate agreements and events: the survivor gains every link and
evidence sentence of the others, nothing is lost, the history says what happened,
and ingestion does not bring the merged twins back."""

from __future__ import annotations

import datetime

import pytest
from django.contrib.admin import helpers
from django.urls import reverse

from cooperation.models import Agreement, DatePrecision, Event, Evidence
from cooperation.services import MergeError, merge_records
from ingestion.services import ingest_extraction
from tests.test_ingest_services import (
    EN_TEXT,
    FR_TEXT,
    article_input,
    known,  # noqa: F401  (a fixture)
    mou_extraction,
)


@pytest.fixture
def twin_agreements(
    country,
    other_country,
    agency_factory,
    agreement_factory,
    event_factory,
    article_factory,
    evidence_factory,
):
    """One MoU recorded twice by ingestion, from two articles."""
    anssi = agency_factory("National Cybersecurity Agency of France", country=country)
    vncert = agency_factory("Vietnam CERT", country=other_country)
    article = article_factory(
        "ANSSI and VNCERT signed an MoU. The French agency will train responders."
    )
    survivor = agreement_factory(title="", parties=[anssi], countries=[country])
    other = agreement_factory(
        title="ANSSI-VNCERT MoU",
        parties=[anssi, vncert],
        countries=[country, other_country],
        date=datetime.date(2019, 12, 1),
        date_precision=DatePrecision.MONTH,
    )
    first = "ANSSI and VNCERT signed an MoU."
    evidence_factory(survivor, article, sentence=first, confidence=0.6)
    evidence_factory(other, article, sentence=first, confidence=0.9)
    evidence_factory(
        other, article, sentence="The French agency will train responders."
    )
    workshop = event_factory(agreements=[other])
    return {
        "survivor": survivor,
        "other": other,
        "vncert": vncert,
        "workshop": workshop,
        "article": article,
    }


def test_agreement_merge_carries_links_evidence_and_empty_fields(
    twin_agreements, superuser
):
    survivor, other = twin_agreements["survivor"], twin_agreements["other"]
    result = merge_records(survivor, [other], superuser)
    survivor.refresh_from_db()

    assert not Agreement.objects.filter(pk=other.pk).exists()
    assert twin_agreements["vncert"] in survivor.parties.all()
    assert set(survivor.countries.values_list("code", flat=True)) == {"FR", "VN"}
    assert list(twin_agreements["workshop"].agreements.all()) == [survivor]
    # the shared sentence once, at the higher confidence, and the other's own one
    sentences = sorted(survivor.evidence.values_list("sentence", "confidence"))
    assert sentences == [
        ("ANSSI and VNCERT signed an MoU.", 0.9),
        ("The French agency will train responders.", 0.9),
    ]
    assert (
        Evidence.objects.filter(
            agreement__isnull=True, agency__isnull=True, event__isnull=True
        ).count()
        == 0
    )
    assert survivor.title == "ANSSI-VNCERT MoU"
    assert survivor.date_display == "2019-12"
    assert survivor.curated_at is not None
    assert result.linked == {"parties": 1, "countries": 1, "focus_areas": 0}
    assert result.events_relinked == 1
    assert "1 duplicate sentence(s) kept once" in result.summary()
    assert "filled title, date" in result.summary()


def test_agreement_merge_is_recorded_in_every_history(twin_agreements, superuser):
    survivor, other = twin_agreements["survivor"], twin_agreements["other"]
    merge_records(survivor, [other], superuser)

    latest = survivor.history.latest()
    assert latest.history_change_reason == f"Merged {other} (#{other.pk})"
    assert latest.history_user == superuser
    gone = Agreement.history.filter(id=other.pk).latest()
    assert gone.history_type == "-"
    assert gone.history_change_reason.startswith("Merged into ")
    relinked = twin_agreements["workshop"].history.latest()
    assert relinked.history_change_reason.startswith("Agreement ")


def test_survivor_fields_are_kept_when_set(twin_agreements, superuser):
    survivor, other = twin_agreements["survivor"], twin_agreements["other"]
    survivor.title = "Cybersecurity MoU"
    survivor.date = datetime.date(2019, 12, 19)
    survivor.date_precision = DatePrecision.DAY
    survivor.save()
    merge_records(survivor, [other], superuser)
    survivor.refresh_from_db()
    assert survivor.title == "Cybersecurity MoU"
    assert survivor.date_display == "2019-12-19"


def test_event_merge_takes_participants_agreements_and_dates(
    country, agency_factory, agreement_factory, event_factory, superuser
):
    anssi = agency_factory("ANSSI", country=country)
    dgssi = agency_factory("DGSSI")
    mou = agreement_factory()
    survivor = event_factory(name="", participants=[anssi])
    other = event_factory(
        name="Cyber crisis exercise",
        participants=[anssi, dgssi],
        countries=[country],
        agreements=[mou],
        start=datetime.date(2025, 3, 3),
        end=datetime.date(2025, 3, 5),
        city="Rabat",
    )
    result = merge_records(survivor, [other], superuser)
    survivor.refresh_from_db()

    assert set(survivor.participants.all()) == {anssi, dgssi}
    assert list(survivor.agreements.all()) == [mou]
    assert (survivor.start_display, survivor.end_display) == (
        "2025-03-03",
        "2025-03-05",
    )
    assert survivor.name == "Cyber crisis exercise"
    assert survivor.city == "Rabat"
    assert result.linked == {"participants": 1, "countries": 1, "agreements": 1}
    assert not Event.objects.filter(pk=other.pk).exists()


def test_merge_refusals(twin_agreements, event_factory, superuser):
    survivor = twin_agreements["survivor"]
    with pytest.raises(MergeError, match="at least one other agreement"):
        merge_records(survivor, [survivor], superuser)
    with pytest.raises(MergeError, match="Only agreements"):
        merge_records(survivor, [event_factory()], superuser)
    gone = twin_agreements["other"]
    Agreement.objects.filter(pk=gone.pk).delete()
    with pytest.raises(MergeError, match="no longer exist"):
        merge_records(survivor, [gone], superuser)


def test_reingestion_finds_the_survivor_not_a_twin(known):  # noqa: F811
    french = mou_extraction(known)
    english = mou_extraction(
        known,
        EN_TEXT,
        sentence="ANSSI and Vietnam's Ministry of Information signed a memorandum "
        "of understanding on cybersecurity in December 2019.",
        date="2019-11",  # misread: not compatible with the French date
        ministry_name="Vietnam's Ministry of Information",
    )
    ingest_extraction(article_input(FR_TEXT), french)
    ingest_extraction(article_input(EN_TEXT, source="news/en-001.txt"), english)
    survivor, other = Agreement.objects.order_by("pk")
    merge_records(survivor, [other])

    newer = {"version": "2.0"}
    ingest_extraction(
        article_input(FR_TEXT), mou_extraction(known, **newer), reextract=True
    )
    ingest_extraction(
        article_input(EN_TEXT, source="news/en-001.txt"),
        mou_extraction(
            known,
            EN_TEXT,
            sentence="ANSSI and Vietnam's Ministry of Information signed a "
            "memorandum of understanding on cybersecurity in December 2019.",
            date="2019-11",
            ministry_name="Vietnam's Ministry of Information",
            **newer,
        ),
        reextract=True,
    )
    assert list(Agreement.objects.all()) == [survivor]
    assert survivor.evidence.count() == 2


def post_merge(client, model, records, **extra):
    return client.post(
        reverse(f"admin:cooperation_{model}_changelist"),
        {
            "action": "merge_selected",
            helpers.ACTION_CHECKBOX_NAME: [r.pk for r in records],
            **extra,
        },
    )


def test_admin_asks_which_agreement_to_keep_then_merges(
    superuser_client, superuser, twin_agreements
):
    survivor, other = twin_agreements["survivor"], twin_agreements["other"]
    page = post_merge(superuser_client, "agreement", [survivor, other])
    assert page.status_code == 200
    assert page.templates[0].name == "admin/cooperation/merge_records.html"
    content = page.content.decode()
    assert f'value="{survivor.pk}"' in content and f'value="{other.pk}"' in content
    assert Agreement.objects.count() == 2

    done = post_merge(
        superuser_client,
        "agreement",
        [survivor, other],
        post="yes",
        survivor=str(survivor.pk),
    )
    assert done.status_code == 302
    assert list(Agreement.objects.all()) == [survivor]
    message = superuser_client.get(done["Location"]).content.decode()
    assert "Merged " in message and "1 duplicate sentence(s) kept once" in message
    assert survivor.history.latest().history_user == superuser


def test_admin_event_merge_needs_two(superuser_client, event_factory):
    event = event_factory()
    response = post_merge(superuser_client, "event", [event])
    assert response.status_code == 302
    page = superuser_client.get(response["Location"]).content.decode()
    assert "Select at least two events to merge." in page
