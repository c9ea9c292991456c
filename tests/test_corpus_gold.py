"""The evaluation corpus under tests/corpus keeps the shape scripts rely on: every
article has one gold file, and every gold file is a valid SCHEMA.md record that uses
only the model's closed vocabularies, real ISO codes and well-formed partial dates.
"""

from __future__ import annotations

import datetime
import html
import json
import re
from pathlib import Path

import pycountry
import pytest

from cooperation.models import AgencyKind, AgreementKind, AgreementStatus, EventKind

CORPUS = Path(__file__).parent / "corpus"
ARTICLES = CORPUS / "articles"
GOLD = CORPUS / "gold"
JSONL = CORPUS / "jsonl"
FIXTURES = Path(__file__).parent.parent / "fixtures" / "articles"

ARTICLE_NAME = re.compile(r"^\d{3}_[a-z]{2}_[a-z0-9_]+$")
PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
GOLD_KEYS = {
    "source_url",
    "language",
    "published",
    "is_cooperation",
    "countries",
    "countries_mentioned",
    "organizations",
    "organizations_optional",
    "agreements",
    "agreements_optional",
    "events",
    "events_optional",
    "notes",
}
ORG_KEYS = {"name", "aliases", "country", "kind"}
AGREEMENT_KEYS = {"kind", "title", "date", "parties", "status"}
EVENT_KEYS = {
    "kind",
    "name",
    "start",
    "end",
    "location_country",
    "location_city",
    "participants",
}
COUNTRY_CODES = {c.alpha_2 for c in pycountry.countries}
LANGUAGE_CODES = {
    lang.alpha_2 for lang in pycountry.languages if hasattr(lang, "alpha_2")
}

gold_files = sorted(GOLD.glob("*.json"))
article_files = sorted(p for p in ARTICLES.iterdir() if p.is_file())


def check_date(value, where: str) -> None:
    """A partial date is YYYY, YYYY-MM or YYYY-MM-DD and names a real day."""
    if value is None:
        return
    assert isinstance(value, str) and PARTIAL_DATE.match(value), f"{where}: {value!r}"
    parts = [int(p) for p in value.split("-")] + [1, 1]
    datetime.date(*parts[:3])  # raises on 2024-02-30 or month 13


def date_floor(value: str) -> str:
    """The earliest full date a partial date may stand for, for ordering checks."""
    return (value + "-01-01")[:10] if len(value) == 4 else (value + "-01")[:10]


def test_corpus_has_gold_files():
    assert len(gold_files) >= 5


@pytest.mark.parametrize("article", article_files, ids=lambda p: p.name)
def test_every_article_has_one_gold_file(article):
    assert ARTICLE_NAME.match(article.stem), article.name
    assert article.suffix in {".txt", ".html"}
    assert (GOLD / f"{article.stem}.json").is_file()
    assert len(list(ARTICLES.glob(f"{article.stem}.*"))) == 1


@pytest.mark.parametrize("gold_file", gold_files, ids=lambda p: p.name)
def test_gold_file_is_a_valid_record(gold_file):
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    name = gold_file.stem
    assert set(gold) == GOLD_KEYS, f"{name}: keys {sorted(set(gold) ^ GOLD_KEYS)}"
    assert list(ARTICLES.glob(f"{name}.*")), f"{name}: no article"

    assert gold["language"] in LANGUAGE_CODES
    assert gold["language"] == name.split("_")[1], "file name names the language"
    check_date(gold["published"], f"{name} published")
    assert isinstance(gold["is_cooperation"], bool)
    assert isinstance(gold["notes"], str) and gold["notes"].strip()

    for key in ("countries", "countries_mentioned"):
        codes = gold[key]
        assert all(code in COUNTRY_CODES for code in codes), f"{name} {key}: {codes}"
        assert len(codes) == len(set(codes)), f"{name} {key} repeats a code"
    overlap = set(gold["countries"]) & set(gold["countries_mentioned"])
    assert not overlap, f"{name}: both party and mentioned: {overlap}"

    for key in ("organizations", "organizations_optional"):
        for org in gold[key]:
            assert set(org) == ORG_KEYS, f"{name} {key}: {org}"
            assert isinstance(org["name"], str) and org["name"].strip()
            assert isinstance(org["aliases"], list)
            assert all(isinstance(a, str) and a.strip() for a in org["aliases"])
            assert org["country"] is None or org["country"] in COUNTRY_CODES, org
            assert org["kind"] in AgencyKind.values, f"{name}: {org['kind']!r}"

    for key in ("agreements", "agreements_optional"):
        for agreement in gold[key]:
            assert set(agreement) == AGREEMENT_KEYS, f"{name} {key}: {agreement}"
            assert agreement["kind"] in AgreementKind.values, agreement
            assert agreement["status"] in AgreementStatus.values, agreement
            assert isinstance(agreement["parties"], list)
            check_date(agreement["date"], f"{name} agreement date")

    for key in ("events", "events_optional"):
        for event in gold[key]:
            assert set(event) == EVENT_KEYS, f"{name} {key}: {event}"
            assert event["kind"] in EventKind.values, event
            assert isinstance(event["participants"], list)
            check_date(event["start"], f"{name} event start")
            check_date(event["end"], f"{name} event end")
            if event["end"] is not None:
                assert event["start"] is not None, f"{name}: end without start"
                assert date_floor(event["end"]) >= date_floor(event["start"])
            country = event["location_country"]
            assert country is None or country in COUNTRY_CODES, event


@pytest.mark.parametrize("gold_file", gold_files, ids=lambda p: p.name)
def test_negative_gold_has_no_cooperation_findings(gold_file):
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    if gold["is_cooperation"]:
        assert gold["countries"] or gold["organizations"], gold_file.stem
        return
    for key in ("countries", "organizations", "agreements", "events"):
        assert gold[key] == [], f"{gold_file.stem}: a negative lists {key}"


def test_jsonl_lines_repeat_corpus_articles():
    """Each JSON-lines article is a copy of a gold-annotated article, so the batch
    format is exercised without a second, unscorable gold entry."""
    headlines = {
        p.read_text(encoding="utf-8").strip().splitlines()[0].strip(): p
        for p in ARTICLES.glob("*.txt")
    }
    lines = [
        line
        for path in sorted(JSONL.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    assert len(lines) >= 3
    for line in lines:
        record = json.loads(line)
        assert set(record) == {
            "url",
            "title",
            "published",
            "language",
            "text",
            "outlet",
        }
        article = headlines[record["title"]]
        gold = json.loads((GOLD / f"{article.stem}.json").read_text(encoding="utf-8"))
        assert record["language"] == gold["language"]
        assert record["published"] == gold["published"]
        assert record["text"].strip() in article.read_text(encoding="utf-8")


@pytest.mark.parametrize("gold_file", gold_files, ids=lambda p: p.name)
def test_gold_organizations_are_named_in_their_article(gold_file):
    """Some name or alias of every organization occurs in the article as written,
    so a gold entry never asks for a name the text does not contain."""
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    article = next(ARTICLES.glob(f"{gold_file.stem}.*"))
    text = html.unescape(article.read_text(encoding="utf-8")).casefold()
    for org in gold["organizations"] + gold["organizations_optional"]:
        names = [org["name"], *org["aliases"]]
        assert any(name.casefold() in text for name in names), names


def test_demo_articles_are_copies_of_corpus_articles():
    """The demo's sample articles repeat annotated corpus articles byte for byte,
    so the demo's output can be checked against gold."""
    copies = [
        path
        for path in FIXTURES.iterdir()
        if path.suffix in {".txt", ".html", ".jsonl"} and path.stat().st_size
    ]
    assert len(copies) >= 8
    for path in copies:
        if path.name == "binary_junk.txt":
            continue
        original = (
            JSONL / path.name if path.suffix == ".jsonl" else ARTICLES / path.name
        )
        assert path.read_bytes() == original.read_bytes(), path.name


def test_demo_bad_inputs_stay_bad():
    assert (FIXTURES / "empty.txt").read_bytes() == b""
    assert b"\x00" in (FIXTURES / "binary_junk.txt").read_bytes()
