"""`manage.py extract`: the extraction record of corpus/SCHEMA.md, one a line, read
with the database's gazetteer and writing nothing."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from cooperation.models import Agency, Article, Country

pytestmark = pytest.mark.django_db

CORPUS = Path(__file__).parent / "corpus"
SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"

ORG_KINDS = {
    "ministry",
    "government agency",
    "cert",
    "regulator",
    "military",
    "university",
    "company",
    "intergovernmental",
    "ngo",
    "other",
}
AGREEMENT_KINDS = {"mou", "joint_statement", "partnership", "treaty", "agreement"}
AGREEMENT_KINDS |= {"other"}
AGREEMENT_STATUSES = {"signed", "planned", "proposed"}
EVENT_KINDS = {
    "summit",
    "workshop",
    "webinar",
    "conference",
    "meeting",
    "forum",
    "exercise",
    "training",
    "other",
}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def assert_schema_record(record: dict) -> None:
    """Exactly the keys, types and vocabularies of corpus/SCHEMA.md."""
    assert set(record) == {
        "source",
        "language",
        "published",
        "is_cooperation",
        "countries",
        "organizations",
        "agreements",
        "events",
    }
    assert isinstance(record["source"], str) and record["source"]
    assert re.fullmatch(r"[a-z]{2}", record["language"])
    assert record["published"] is None or DATE.match(record["published"])
    assert isinstance(record["is_cooperation"], bool)
    assert all(re.fullmatch(r"[A-Z]{2}", c) for c in record["countries"])
    for org in record["organizations"]:
        assert set(org) == {"name", "aliases", "country", "kind"}
        assert isinstance(org["name"], str) and org["name"]
        assert all(isinstance(a, str) for a in org["aliases"])
        assert org["country"] is None or re.fullmatch(r"[A-Z]{2}", org["country"])
        assert org["kind"] in ORG_KINDS
    for agreement in record["agreements"]:
        assert set(agreement) == {"kind", "title", "date", "parties", "status"}
        assert agreement["kind"] in AGREEMENT_KINDS
        assert agreement["status"] in AGREEMENT_STATUSES
        assert agreement["date"] is None or DATE.match(agreement["date"])
        assert agreement["title"] is None or isinstance(agreement["title"], str)
        assert all(isinstance(p, str) for p in agreement["parties"])
    for event in record["events"]:
        assert set(event) == {
            "kind",
            "name",
            "start",
            "end",
            "location_country",
            "location_city",
            "participants",
        }
        assert event["kind"] in EVENT_KINDS
        for key in ("start", "end"):
            assert event[key] is None or DATE.match(event[key])
        assert all(isinstance(p, str) for p in event["participants"])


@pytest.fixture
def gazetteer_db(db):
    call_command("loaddata", "countries", verbosity=0)
    Agency.objects.create(
        name="National Cybersecurity Agency of France",
        acronym="ANSSI",
        kind="government agency",
        country_id="FR",
    )


def extract(*args, **options):
    out, err = io.StringIO(), io.StringIO()
    error = None
    try:
        call_command("extract", *map(str, args), stdout=out, stderr=err, **options)
    except CommandError as raised:
        error = raised
    return out.getvalue(), err.getvalue(), error


def test_jsonl_output_is_the_schema_record_for_every_article(gazetteer_db):
    articles = sorted((CORPUS / "articles").iterdir())

    out, err, error = extract(CORPUS / "articles")

    assert error is None, err
    lines = out.splitlines()
    assert len(lines) == len(articles)
    records = [json.loads(line) for line in lines]
    for record in records:
        assert_schema_record(record)
    assert [r["source"] for r in records] == [str(p) for p in articles]


def test_extract_writes_nothing(gazetteer_db, tmp_path):
    (tmp_path / "a.txt").write_text(
        "ANSSI and Japan's NISC signed a memorandum of understanding in Tokyo."
    )
    agencies = Agency.objects.count()

    extract(tmp_path)

    assert Article.objects.count() == 0
    assert Agency.objects.count() == agencies


def test_the_gazetteer_is_read_from_the_database(gazetteer_db, tmp_path):
    text = (
        "Ruritania and France sign cyber pact\n\n"
        "The Ruritanian Cyber Office and ANSSI signed a memorandum of "
        "understanding on cybersecurity cooperation on 3 May 2022."
    )
    (tmp_path / "a.txt").write_text(text)
    Country.objects.create(
        code="XR", alpha3="XRU", name="Ruritania", names={"en": ["Ruritania"]}
    )
    Agency.objects.create(
        name="Ruritanian Cyber Office", kind="government agency", country_id="XR"
    )

    out, _, _ = extract(tmp_path)

    record = json.loads(out)
    names = {o["name"] for o in record["organizations"]}
    assert "Ruritanian Cyber Office" in names
    assert "XR" in record["countries"]


def test_bad_input_fails_alone_and_the_exit_is_non_zero(gazetteer_db, tmp_path):
    (tmp_path / "good.txt").write_text("France and Japan agree to cooperate.")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01binary")

    out, err, error = extract(tmp_path)

    assert error is not None
    assert len(out.splitlines()) == 1
    assert f"FAILED {tmp_path / 'bad.txt'}: binary" in err


def test_table_format_and_output_file(gazetteer_db, tmp_path):
    source = CORPUS / "articles" / "001_en_locked_shields.txt"
    target = tmp_path / "out.txt"

    out, _, error = extract(source, fmt="table", output=target)

    assert error is None
    assert out == ""
    table = target.read_text()
    assert table.startswith(f"== {source}")
    assert "language en" in table


@pytest.mark.skipif(not SCORER.exists(), reason="the shared scorer is not here")
def test_score_py_reads_the_output(gazetteer_db, tmp_path):
    predictions = tmp_path / "predictions.jsonl"

    _, err, error = extract(CORPUS / "articles", output=predictions, workers=2)

    assert error is None, err
    scored = subprocess.run(
        [sys.executable, SCORER, CORPUS / "gold", predictions, "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(scored.stdout)
    assert result["missing_predictions"] == []
    assert result["articles"] == len(list((CORPUS / "gold").glob("*.json")))
