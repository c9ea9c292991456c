"""`manage.py ingest` end to end: real readers, the real extraction, the real
database."""

from __future__ import annotations

import io
import json
import sys
from types import SimpleNamespace

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from cooperation.models import (
    Agency,
    Agreement,
    Article,
    ArticleStatus,
    Country,
    Event,
    Evidence,
    ReviewState,
)

pytestmark = pytest.mark.django_db

MOU_EN = (
    "France and Vietnam sign cybersecurity memorandum\n\n"
    "HANOI, 19 December 2019 - The National Cybersecurity Agency of France (ANSSI) "
    "and Vietnam's Ministry of Information and Communications signed a memorandum "
    "of understanding on cybersecurity cooperation in Hanoi on 19 December 2019.\n\n"
    "The two agencies will share information on threats and train experts together."
)
WORKSHOP_EN = (
    "Japan and Indonesia hold cyber workshop\n\n"
    "JAKARTA, 5 September 2023 - Japan and Indonesia held a workshop on critical "
    "infrastructure protection in Jakarta on 5 September 2023, attended by experts "
    "from both countries."
)
NOT_COOPERATION = (
    "Hospital hit by ransomware\n\n"
    "A regional hospital said on Monday that ransomware had encrypted its patient "
    "records; no group has claimed the attack."
)


@pytest.fixture
def gazetteer_db(db):
    """Every country, and agencies a curator has entered, as the gazetteer."""
    call_command("loaddata", "countries", verbosity=0)
    anssi = Agency.objects.create(
        name="National Cybersecurity Agency of France",
        acronym="ANSSI",
        kind="government agency",
        country_id="FR",
    )
    mic = Agency.objects.create(
        name="Ministry of Information and Communications",
        acronym="MIC",
        kind="ministry",
        country_id="VN",
    )
    return SimpleNamespace(anssi=anssi, mic=mic)


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "news"
    (folder / "en").mkdir(parents=True)
    (folder / "en" / "mou.txt").write_text(MOU_EN)
    (folder / "en" / "ransomware.txt").write_text(NOT_COOPERATION)
    (folder / "feed.jsonl").write_text(
        json.dumps(
            {
                "url": "https://example.org/workshop",
                "title": "Japan and Indonesia hold cyber workshop",
                "published": "2023-09-05",
                "language": "en",
                "text": WORKSHOP_EN,
                "outlet": "Example News",
            }
        )
        + "\n"
    )
    return folder


def ingest(*args, **options):
    out, err = io.StringIO(), io.StringIO()
    options.setdefault("verbosity", 1)
    try:
        call_command("ingest", *map(str, args), stdout=out, stderr=err, **options)
    except CommandError as error:
        return SimpleNamespace(out=out.getvalue(), err=err.getvalue(), error=error)
    return SimpleNamespace(out=out.getvalue(), err=err.getvalue(), error=None)


def snapshot() -> dict[str, int]:
    return {
        model.__name__: model.objects.count()
        for model in (Article, Agency, Agreement, Event, Evidence)
    }


def test_ingest_stores_articles_records_and_evidence(gazetteer_db, articles):
    run = ingest(articles)

    assert run.error is None, run.err
    assert "Read 3: 3 new, 0 updated, 0 duplicates, 0 failed." in run.out
    assert "Records created:" in run.out
    assert Article.objects.filter(status=ArticleStatus.EXTRACTED).count() == 3
    mou = Article.objects.get(source_path=str(articles / "en" / "mou.txt"))
    assert mou.text == MOU_EN
    assert mou.is_cooperation is True
    assert {"FR", "VN"} <= set(mou.countries.values_list("code", flat=True))
    agreement = Agreement.objects.get(kind="mou")
    assert agreement.review_state == ReviewState.UNREVIEWED
    assert gazetteer_db.anssi in agreement.parties.all()
    for evidence in Evidence.objects.select_related("article"):
        text = evidence.article.text
        assert text[evidence.start_char : evidence.end_char] == evidence.sentence
        assert evidence.extractor_version
    feed = Article.objects.get(url="https://example.org/workshop")
    assert feed.outlet == "Example News"
    assert feed.source_path == f"{articles / 'feed.jsonl'}:1"


def test_ingesting_again_creates_nothing(gazetteer_db, articles):
    ingest(articles)
    before = snapshot()

    run = ingest(articles)

    assert run.error is None
    assert "0 new, 0 updated, 3 duplicates, 0 failed" in run.out
    assert snapshot() == before


def test_two_workers_store_the_same_as_one(gazetteer_db, articles, tmp_path):
    ingest(articles, workers=2)
    two = snapshot()
    assert two["Article"] == 3
    Article.objects.all().delete()
    Agreement.objects.all().delete()
    Event.objects.all().delete()
    Agency.objects.exclude(pk__in=[gazetteer_db.anssi.pk, gazetteer_db.mic.pk]).delete()

    ingest(articles, workers=1)

    assert snapshot() == two


def test_bad_input_is_recorded_and_the_batch_goes_on(gazetteer_db, articles):
    (articles / "empty.txt").write_bytes(b"")
    (articles / "scan.pdf").write_bytes(b"%PDF-1.4 \x00\x01\x02 binary")
    (articles / "cut.txt").write_bytes("Coopération à Hanoï".encode()[:-1])
    with (articles / "feed.jsonl").open("a") as feed:
        feed.write('{"text": "unterminated\n')

    run = ingest(articles, "missing-folder")

    assert run.error is not None
    assert "5 of 8 inputs failed" in str(run.error)
    assert "Read 8: 3 new, 0 updated, 0 duplicates, 5 failed." in run.out
    assert f"FAILED {articles / 'empty.txt'}: empty: no text at all" in run.err
    assert "FAILED missing-folder: no such file" in run.err
    failed = dict(
        Article.objects.filter(status=ArticleStatus.FAILED).values_list(
            "source_path", "error"
        )
    )
    assert failed[str(articles / "scan.pdf")].startswith("binary: this is a PDF")
    assert failed[str(articles / "cut.txt")].startswith("truncated")
    assert failed[f"{articles / 'feed.jsonl'}:2"].startswith("malformed JSON")
    assert Article.objects.filter(status=ArticleStatus.EXTRACTED).count() == 3


def test_failures_are_not_stored_twice(gazetteer_db, tmp_path):
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4 binary")
    ingest(tmp_path)

    run = ingest(tmp_path)

    assert run.error is not None
    assert Article.objects.filter(status=ArticleStatus.FAILED).count() == 1


def test_dry_run_writes_nothing(gazetteer_db, articles):
    (articles / "scan.pdf").write_bytes(b"%PDF-1.4 binary")
    before = snapshot()

    run = ingest(articles, dry_run=True)

    assert "Dry run, nothing written. Read 4: 3 new" in run.out
    assert snapshot() == before


def test_standard_input(gazetteer_db, monkeypatch):
    line = json.dumps({"text": MOU_EN, "url": "https://example.org/mou"})
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(line.encode())))

    run = ingest("-")

    assert run.error is None
    assert Article.objects.get().source_path == "<stdin>:1"


def test_alias_a_curator_added_is_used_by_the_next_run(gazetteer_db, tmp_path):
    cert = Agency.objects.create(
        name="Cyber Security Agency of Singapore",
        acronym="CSA",
        kind="government agency",
        country_id="SG",
    )
    cert.aliases = ["Singapore Cyber Agency"]
    cert.save()
    (tmp_path / "sg.txt").write_text(
        "Singapore and France sign cyber pact\n\n"
        "PARIS, 3 May 2022 - The Singapore Cyber Agency and ANSSI signed a "
        "memorandum of understanding on cybersecurity cooperation in Paris on "
        "3 May 2022."
    )

    ingest(tmp_path)

    assert Agency.objects.filter(country_id="SG").count() == 1
    assert cert.evidence.exists()
    assert cert in Agreement.objects.get().parties.all()


def test_reextraction_keeps_curated_values(gazetteer_db, articles):
    ingest(articles)
    agreement = Agreement.objects.get(kind="mou")
    agreement.title = "Franco-Vietnamese memorandum (curated)"
    agreement.status = "planned"
    agreement.curated_at = timezone.now()
    agreement.save()
    agreement.parties.clear()
    rejected = Event.objects.filter(kind="workshop").first()
    assert rejected is not None
    rejected.set_review(ReviewState.REJECTED)
    rejected.save()
    events_before = Event.objects.count()

    run = ingest(articles, reextract=True)

    assert run.error is None
    assert "3 updated" in run.out
    agreement.refresh_from_db()
    assert agreement.title == "Franco-Vietnamese memorandum (curated)"
    assert agreement.status == "planned"
    assert agreement.parties.count() == 0
    assert Agreement.objects.filter(kind="mou").count() == 1
    assert Event.objects.count() == events_before
    rejected.refresh_from_db()
    assert rejected.review_state == ReviewState.REJECTED


def test_countries_come_from_the_database(gazetteer_db, tmp_path):
    """The gazetteer is the database: a country missing from it is not found."""
    gazetteer_db.mic.delete()
    Country.objects.filter(code="VN").delete()
    (tmp_path / "mou.txt").write_text(MOU_EN)

    ingest(tmp_path)

    assert "VN" not in set(
        Article.objects.get().countries.values_list("code", flat=True)
    )


@pytest.mark.parametrize("size", [0, -3])
def test_a_batch_size_below_one_is_refused(gazetteer_db, articles, size):
    """A batch of no articles would never hand any to the extraction: the
    command says what to change, before reading or writing anything."""
    result = ingest(articles, batch_size=size)

    assert isinstance(result.error, CommandError)
    assert "--batch-size must be at least 1" in str(result.error)
    assert Article.objects.count() == 0


def test_negative_workers_are_refused(gazetteer_db, articles):
    result = ingest(articles, workers=-1)

    assert "--workers cannot be negative" in str(result.error)
    assert Article.objects.count() == 0
