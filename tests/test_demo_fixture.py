"""The demo fixture: the seed articles with their curated records, loadable in any
order with the other fixtures, twice, and true to the gold annotations."""

import json
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from cooperation.models import (
    Agency,
    Agreement,
    Article,
    Country,
    Event,
    Evidence,
    ReviewState,
)

FIXTURES = Path(settings.BASE_DIR) / "fixtures"
GOLD = Path(settings.BASE_DIR).parent / "shared" / "corpus" / "dev" / "gold"

pytestmark = pytest.mark.django_db

ALL_FIXTURES = ["countries", "focus_areas", "agencies", "demo"]


def counts():
    return [
        model.objects.count()
        for model in (Country, Agency, Article, Agreement, Event, Evidence)
    ]


def test_fixtures_load_in_reverse_order_and_twice_without_duplicates():
    # Countries first: an agency row is checked against its country when written.
    call_command("loaddata", "countries", verbosity=0)
    call_command("loaddata", *reversed(ALL_FIXTURES[1:]), verbosity=0)
    first = counts()
    call_command("loaddata", *ALL_FIXTURES, verbosity=0)
    assert counts() == first
    assert first[2] == 5  # the five seed articles


def test_demo_records_are_accepted_and_traced_to_their_articles():
    call_command("loaddata", *ALL_FIXTURES, verbosity=0)
    for model in (Agreement, Event):
        assert model.objects.exists()
        assert not model.objects.exclude(review_state=ReviewState.ACCEPTED).exists()
        for record in model.objects.all():
            evidence = record.evidence.select_related("article")
            assert evidence, f"{record} has no evidence"
            for item in evidence:
                text = item.article.text
                assert text[item.start_char : item.end_char].strip() == item.sentence


@pytest.mark.skipif(
    not GOLD.is_dir(), reason="../shared/corpus/dev is not beside the repo"
)
def test_demo_matches_the_gold_annotations():
    call_command("loaddata", *ALL_FIXTURES, verbosity=0)
    golds = [
        json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.json"))
    ]
    expected_agreements = sorted(
        (a["kind"], a["status"], str(a["date"])) for g in golds for a in g["agreements"]
    )
    stored = sorted(
        (a.kind, a.status, str(a.date_display)) for a in Agreement.objects.all()
    )
    assert stored == expected_agreements
    expected_events = sorted(
        (e["kind"], str(e["start"]), str(e["location_country"]))
        for g in golds
        for e in g["events"]
    )
    assert (
        sorted(
            (e.kind, str(e.start_display), str(e.country_id))
            for e in Event.objects.all()
        )
        == expected_events
    )
    mou = Agreement.objects.get(kind="mou")
    assert {p.country_id for p in mou.parties.all()} == {"VN", "RU"}
    article_countries = {
        a.language: set(a.countries.values_list("code", flat=True))
        for a in Article.objects.filter(language="it")
    }
    assert article_countries == {"it": {"JP", "TH"}}


def test_gazetteer_reload_finds_an_agency_ingestion_created_in_other_case():
    call_command("loaddata", "countries", verbosity=0)
    Agency.objects.create(name="kaspersky lab", kind="company", country_id="RU")
    call_command("loaddata", "agencies", verbosity=0)
    assert (
        Agency.objects.filter(name__iexact="Kaspersky Lab", country="RU").count() == 1
    )
