"""Shared fixtures: small factories for the tracker's records and logged-in clients.

Each factory makes a valid row with unique defaults; pass keyword arguments to set
what a test is about. Factories that take relations accept model instances.
"""

from __future__ import annotations

import datetime
import hashlib
import itertools

import pytest
from django.core.cache import cache

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
    FocusArea,
)

_serial = itertools.count(1)


@pytest.fixture
def country_factory(db):
    def make(code: str = "FR", name: str | None = None, **fields) -> Country:
        fields.setdefault("alpha3", f"{code}X")
        fields.setdefault("name", name or f"Country {code}")
        country, _ = Country.objects.get_or_create(code=code, defaults=fields)
        return country

    return make


@pytest.fixture
def country(country_factory) -> Country:
    return country_factory(
        "FR",
        "France",
        alpha3="FRA",
        region="Europe",
        names={"fr": ["France"], "vi": ["Pháp"]},
        demonyms={"en": ["French"]},
    )


@pytest.fixture
def other_country(country_factory) -> Country:
    return country_factory("VN", "Vietnam", alpha3="VNM", region="Asia")


@pytest.fixture
def focus_area(db) -> FocusArea:
    area, _ = FocusArea.objects.get_or_create(
        slug="cybercrime", defaults={"name": "Cybercrime"}
    )
    return area


@pytest.fixture
def agency_factory(db):
    def make(name: str | None = None, **fields) -> Agency:
        fields.setdefault("kind", AgencyKind.GOVERNMENT_AGENCY)
        members = fields.pop("member_countries", ())
        agency = Agency.objects.create(name=name or f"Agency {next(_serial)}", **fields)
        if members:
            agency.member_countries.set(members)
        return agency

    return make


@pytest.fixture
def agreement_factory(db):
    def make(**fields) -> Agreement:
        fields.setdefault("title", f"Agreement {next(_serial)}")
        fields.setdefault("kind", AgreementKind.MOU)
        if fields.get("date") and not fields.get("date_precision"):
            fields["date_precision"] = DatePrecision.DAY
        parties = fields.pop("parties", ())
        countries = fields.pop("countries", ())
        focus_areas = fields.pop("focus_areas", ())
        agreement = Agreement.objects.create(**fields)
        agreement.parties.set(parties)
        agreement.countries.set(countries)
        agreement.focus_areas.set(focus_areas)
        return agreement

    return make


@pytest.fixture
def event_factory(db):
    def make(**fields) -> Event:
        fields.setdefault("name", f"Event {next(_serial)}")
        fields.setdefault("kind", EventKind.WORKSHOP)
        if fields.get("start") and not fields.get("start_precision"):
            fields["start_precision"] = DatePrecision.DAY
        if fields.get("end") and not fields.get("end_precision"):
            fields["end_precision"] = DatePrecision.DAY
        participants = fields.pop("participants", ())
        countries = fields.pop("countries", ())
        agreements = fields.pop("agreements", ())
        event = Event.objects.create(**fields)
        event.participants.set(participants)
        event.countries.set(countries)
        event.agreements.set(agreements)
        return event

    return make


@pytest.fixture
def article_factory(db):
    def make(text: str | None = None, **fields) -> Article:
        serial = next(_serial)
        text = text or (
            f"Article {serial}. France and Vietnam signed a memorandum of "
            "understanding on cybersecurity cooperation in Hanoi."
        )
        fields.setdefault("title", f"Cooperation news {serial}")
        fields.setdefault("url", f"https://news.example/{serial}")
        fields.setdefault("language", "en")
        fields.setdefault("published", datetime.date(2019, 12, 19))
        fields.setdefault("status", ArticleStatus.EXTRACTED)
        fields.setdefault(
            "content_hash", hashlib.sha256(f"{serial}:{text}".encode()).hexdigest()
        )
        countries = fields.pop("countries", ())
        article = Article.objects.create(text=text, **fields)
        article.countries.set(countries)
        return article

    return make


@pytest.fixture
def evidence_factory(db, article_factory):
    """Evidence for one record (an agency, agreement or event), quoting a sentence
    of `article` (a new article when not given)."""

    def make(record, article: Article | None = None, **fields) -> Evidence:
        article = article or article_factory()
        target = {type(record).__name__.lower(): record}
        sentence = fields.pop("sentence", article.text[:60])
        start = fields.pop("start_char", article.text.find(sentence))
        return Evidence.objects.create(
            article=article,
            sentence=sentence,
            start_char=max(start, 0),
            end_char=fields.pop("end_char", max(start, 0) + len(sentence)),
            confidence=fields.pop("confidence", 0.9),
            **target,
            **fields,
        )

    return make


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser(
        username="curator", email="curator@example.org", password="curator-password"
    )


@pytest.fixture
def superuser_client(client, superuser):
    client.force_login(superuser)
    return client


@pytest.fixture
def fresh_throttle():
    """An empty cache before and after the test, so that the API's throttle counts
    of one test do not reach the next; API test modules use it for every test."""
    cache.clear()
    yield
    cache.clear()
