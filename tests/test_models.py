"""The data model's invariants are enforced by the database: each named constraint
rejects a row that breaks it, and records read well wherever they are shown."""

from __future__ import annotations

import datetime
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.db import IntegrityError, transaction
from django.utils import timezone

from cooperation.models import (
    Agency,
    AgencyKind,
    Agreement,
    AgreementKind,
    Article,
    ArticleStatus,
    Country,
    DatePrecision,
    Event,
    EventKind,
    Evidence,
    ReviewState,
    partial_date,
)

SHA = "a" * 64


@pytest.fixture
def make(
    country,
    agency_factory,
    agreement_factory,
    event_factory,
    article_factory,
    evidence_factory,
):
    return SimpleNamespace(
        country=country,
        agency=agency_factory,
        agreement=agreement_factory,
        event=event_factory,
        article=article_factory,
        evidence=evidence_factory,
    )


# Each case writes one row that breaks the named constraint.
CASES: dict[str, list] = {}


def breaks(name: str):
    def register(function):
        CASES.setdefault(name, []).append(function)
        return function

    return register


@breaks("country_code_alpha2")
def lower_case_country_code(make):
    Country.objects.create(code="fr", alpha3="FRX", name="France")


@breaks("country_alpha3_format")
def short_alpha3(make):
    Country.objects.create(code="QA", alpha3="Q1", name="Qatar")


@breaks("agency_unique_name_country")
def same_name_other_case_same_country(make):
    make.agency("ANSSI Agency", country=make.country)
    make.agency("anssi agency", country=make.country)


@breaks("agency_unique_name_without_country")
def same_name_other_case_no_country(make):
    make.agency("Association of Southeast Asian Nations")
    make.agency("ASSOCIATION OF SOUTHEAST ASIAN NATIONS")


@breaks("agency_kind_valid")
def unknown_agency_kind(make):
    make.agency(kind="spy agency")


@breaks("agency_name_not_empty")
def agency_without_name(make):
    Agency.objects.create(name="", kind=AgencyKind.OTHER)


@breaks("agency_wikidata_id_format")
def wikidata_id_without_q(make):
    make.agency(wikidata_id="2860577")


@breaks("agency_wikidata_id_format")
def wikidata_id_with_leading_zero(make):
    make.agency(wikidata_id="Q0123")


@breaks("agency_not_own_parent")
def agency_own_parent(make):
    agency = make.agency()
    Agency.objects.filter(pk=agency.pk).update(parent=agency.pk)


for prefix, factory in (
    ("agency", "agency"),
    ("agreement", "agreement"),
    ("event", "event"),
):

    def unknown_state(make, factory=factory):
        getattr(make, factory)(review_state="maybe")

    def accepted_without_time(make, factory=factory):
        getattr(make, factory)(review_state=ReviewState.ACCEPTED, reviewed_at=None)

    breaks(f"{prefix}_review_state_valid")(unknown_state)
    breaks(f"{prefix}_reviewed_has_time")(accepted_without_time)


@breaks("article_status_valid")
def unknown_article_status(make):
    make.article(status="done")


@breaks("article_failed_has_error")
def failed_without_error(make):
    make.article(status=ArticleStatus.FAILED, error="")


@breaks("article_content_hash_sha256")
def upper_case_hash(make):
    make.article(content_hash="A" * 64)


@breaks("article_content_hash_sha256")
def short_hash(make):
    make.article(content_hash="abc123")


@breaks("agreement_kind_valid")
def unknown_agreement_kind(make):
    make.agreement(kind="handshake")


@breaks("agreement_status_valid")
def unknown_agreement_status(make):
    make.agreement(status="rumoured")


@breaks("agreement_date_precision_set_together")
def agreement_date_without_precision(make):
    Agreement.objects.create(kind=AgreementKind.MOU, date=datetime.date(2019, 12, 1))


@breaks("agreement_date_precision_set_together")
def agreement_precision_without_date(make):
    Agreement.objects.create(kind=AgreementKind.MOU, date_precision=DatePrecision.YEAR)


@breaks("agreement_date_precision_set_together")
def agreement_unknown_precision(make):
    Agreement.objects.create(
        kind=AgreementKind.MOU, date=datetime.date(2019, 1, 1), date_precision="week"
    )


@breaks("event_kind_valid")
def unknown_event_kind(make):
    make.event(kind="party")


@breaks("event_start_precision_set_together")
def event_start_without_precision(make):
    Event.objects.create(kind=EventKind.SUMMIT, start=datetime.date(2020, 1, 1))


@breaks("event_end_precision_set_together")
def event_end_precision_without_end(make):
    Event.objects.create(kind=EventKind.SUMMIT, end_precision=DatePrecision.DAY)


@breaks("event_end_not_before_start")
def event_ending_before_it_starts(make):
    make.event(start=datetime.date(2020, 3, 5), end=datetime.date(2020, 3, 4))


@breaks("evidence_supports_exactly_one_record")
def evidence_for_nothing(make):
    Evidence.objects.create(
        article=make.article(), sentence="x", start_char=0, end_char=1, confidence=1
    )


@breaks("evidence_supports_exactly_one_record")
def evidence_for_two_records(make):
    Evidence.objects.create(
        article=make.article(),
        agency=make.agency(),
        event=make.event(),
        sentence="x",
        start_char=0,
        end_char=1,
        confidence=1,
    )


@breaks("evidence_offsets_ordered")
def evidence_ending_before_it_starts(make):
    make.evidence(make.agency(), start_char=10, end_char=5)


@breaks("evidence_confidence_in_unit_range")
def confidence_above_one(make):
    make.evidence(make.agency(), confidence=1.5)


@breaks("evidence_confidence_in_unit_range")
def negative_confidence(make):
    make.evidence(make.agency(), confidence=-0.1)


for target in ("agency", "agreement", "event"):

    def same_sentence_twice(make, target=target):
        record = getattr(make, target)()
        article = make.article()
        make.evidence(record, article, start_char=0, end_char=10, sentence="x")
        make.evidence(record, article, start_char=0, end_char=10, sentence="x")

    breaks(f"evidence_unique_{target}_span")(same_sentence_twice)


CONSTRAINTS = {
    constraint.name: (model, constraint)
    for model in apps.get_app_config("cooperation").get_models()
    for constraint in model._meta.constraints
}


def names_the_constraint(message: str, name: str) -> bool:
    """PostgreSQL and SQLite name a violated constraint, except that SQLite
    names the columns of a unique constraint over plain fields instead."""
    if name in message:
        return True
    model, constraint = CONSTRAINTS[name]
    columns = [
        f"{model._meta.db_table}.{model._meta.get_field(field).column}"
        for field in getattr(constraint, "fields", ())
    ]
    return bool(columns) and all(column in message for column in columns)


def test_every_named_constraint_has_a_breaking_case():
    assert set(CASES) == set(CONSTRAINTS)


@pytest.mark.parametrize(
    ("name", "write"),
    [(name, write) for name, writes in sorted(CASES.items()) for write in writes],
    ids=lambda value: value.__name__ if callable(value) else value,
)
def test_constraint_rejects_a_row_that_breaks_it(make, name, write):
    with pytest.raises(IntegrityError) as error, transaction.atomic():
        write(make)
    assert names_the_constraint(str(error.value), name)


def unique_column_violation(write) -> str:
    with pytest.raises(IntegrityError) as error, transaction.atomic():
        write()
    return str(error.value)


def test_article_url_is_unique(article_factory):
    article_factory(url="https://news.example/mou")
    message = unique_column_violation(
        lambda: article_factory(url="https://news.example/mou")
    )
    assert "url" in message


def test_articles_without_url_are_allowed(article_factory):
    article_factory(url=None)
    article_factory(url=None)
    assert Article.objects.filter(url__isnull=True).count() == 2


def test_the_same_text_is_never_stored_twice(article_factory):
    article_factory(content_hash=SHA)
    assert "content_hash" in unique_column_violation(
        lambda: article_factory(content_hash=SHA)
    )


def test_country_alpha3_is_unique(country_factory):
    country_factory("FR", alpha3="FRA")
    assert "alpha3" in unique_column_violation(
        lambda: Country.objects.create(code="FX", alpha3="FRA", name="Metropolitan")
    )


def test_agency_name_may_repeat_in_another_country_or_without_one(
    agency_factory, country, other_country
):
    agency_factory("Ministry of Defence", country=country)
    agency_factory("Ministry of Defence", country=other_country)
    agency_factory("Ministry of Defence")
    assert Agency.objects.filter(name="Ministry of Defence").count() == 3


def test_valid_rows_are_accepted(
    agency_factory,
    agreement_factory,
    event_factory,
    evidence_factory,
    superuser,
):
    agency = agency_factory(wikidata_id="Q2860577")
    agency.set_review(ReviewState.ACCEPTED, superuser)
    agency.save()
    agreement = agreement_factory(
        date=datetime.date(2019, 1, 1), date_precision=DatePrecision.YEAR
    )
    one_day = event_factory(
        start=datetime.date(2020, 3, 5), end=datetime.date(2020, 3, 5)
    )
    for record, confidence in ((agency, 0), (agreement, 1), (one_day, 0.5)):
        evidence_factory(record, confidence=confidence)
    assert Evidence.objects.count() == 3


def test_set_review_back_to_unreviewed_clears_the_time(agency_factory, superuser):
    agency = agency_factory()
    agency.set_review(ReviewState.REJECTED, superuser)
    agency.save()
    agency.set_review(ReviewState.UNREVIEWED)
    agency.save()
    agency.refresh_from_db()
    assert agency.reviewed_at is None
    assert agency.reviewed_by is None


# --- how records read --------------------------------------------------------------


def test_partial_dates_render_only_what_is_known():
    day = datetime.date(2019, 12, 1)
    assert partial_date(day, DatePrecision.DAY) == "2019-12-01"
    assert partial_date(day, DatePrecision.MONTH) == "2019-12"
    assert partial_date(day, DatePrecision.YEAR) == "2019"
    assert partial_date(None, "") is None


def test_records_read_well(
    country,
    agency_factory,
    agreement_factory,
    event_factory,
    article_factory,
    evidence_factory,
):
    assert str(country) == "France (FR)"
    anssi = agency_factory(
        "National Cybersecurity Agency of France", acronym="ANSSI", country=country
    )
    assert str(anssi) == "National Cybersecurity Agency of France (ANSSI) · FR"
    assert str(agency_factory("ASEAN", acronym="asean")) == "ASEAN"
    mou = agreement_factory(
        title="", date=datetime.date(2019, 12, 1), date_precision=DatePrecision.MONTH
    )
    assert str(mou) == "Memorandum of understanding (2019-12)"
    workshop = event_factory(
        name="Cyber workshop",
        city="Hanoi",
        country=country,
        start=datetime.date(2020, 1, 1),
        start_precision=DatePrecision.YEAR,
    )
    assert str(workshop) == "Cyber workshop in Hanoi, FR (2020)"
    article = article_factory(
        title="ANSSI signs MoU", published=datetime.date(2019, 12, 19)
    )
    assert str(article) == "ANSSI signs MoU (2019-12-19)"
    untitled = article_factory(title="", url=None, source_path="feeds/a.jsonl:3")
    assert str(untitled) == "feeds/a.jsonl:3 (2019-12-19)"
    evidence = evidence_factory(anssi, article, sentence="ANSSI signed a MoU.")
    assert str(evidence).startswith("“ANSSI signed a MoU.”")
    assert evidence.record == anssi


def test_is_curated_after_a_review_or_an_edit(agency_factory, superuser):
    agency = agency_factory()
    assert not agency.is_curated
    agency.curated_at = timezone.now()
    assert agency.is_curated
