"""Re-extracting stored articles from the admin: what a curator taught the
gazetteer is used, reviewed articles are left alone, and one failure does not
stop the rest."""

from __future__ import annotations

import pytest
from django.contrib.admin import helpers
from django.core.management import call_command
from django.urls import reverse

from cooperation.models import Agency, Agreement, Article, ArticleStatus
from ingestion import reextract
from ingestion.extraction import extract_article
from ingestion.extraction.gazetteer import load_gazetteer
from ingestion.records import ArticleInput
from ingestion.services import content_hash, ingest_extraction

TEXT = (
    "Lusitanian and Moroccan cyber agencies sign memorandum\n\n"
    "RABAT, 7 November 2024 - Morocco's DGSSI and the Lusitanian Cyber Shield Unit "
    "signed a memorandum of understanding on cybersecurity cooperation in Rabat on "
    "Thursday."
)


@pytest.fixture
def stored(db, agency_factory):
    call_command("loaddata", "countries", verbosity=0)
    dgssi = agency_factory(
        "General Directorate of Information Systems Security",
        acronym="DGSSI",
        country_id="MA",
    )
    shield = agency_factory("Portuguese Cyber Shield", acronym="PCS", country_id="PT")
    item = ArticleInput(text=TEXT, title=TEXT.splitlines()[0], source="news/ma.txt")
    ingest_extraction(item, extract_article(item, load_gazetteer()))
    return {"dgssi": dgssi, "shield": shield, "article": Article.objects.get()}


def test_an_alias_added_by_a_curator_is_used_by_the_reextraction(stored):
    agreement = Agreement.objects.get()
    assert stored["shield"] not in agreement.parties.all()

    stored["shield"].aliases = ["Lusitanian Cyber Shield Unit"]
    stored["shield"].save()
    outcomes, errors = reextract.reextract_articles([stored["article"]])

    assert outcomes == {"updated": 1}
    assert errors == []
    agreement = Agreement.objects.get()
    assert set(agreement.parties.all()) == {stored["dgssi"], stored["shield"]}
    # an organisation the first run created for the unknown name, now unsupported,
    # is gone rather than left as a twin of the curated agency
    assert not Agency.objects.filter(name__icontains="Lusitanian").exists()


def test_reviewed_and_empty_articles_are_skipped(stored, article_factory):
    article = stored["article"]
    article.status = ArticleStatus.REVIEWED
    article.save()
    empty = article_factory(" ", status=ArticleStatus.FAILED, error="empty: no text")
    outcomes, errors = reextract.reextract_articles([article, empty])
    assert outcomes == {"reviewed": 1, "no text": 1}


def test_one_failure_does_not_stop_the_others(stored, article_factory, monkeypatch):
    text = "France's ANSSI and Morocco's DGSSI signed a memorandum of understanding."
    other = article_factory(text, content_hash=content_hash(text))
    real = extract_article

    def flaky(item, gazetteer):
        if "Lusitanian" in item.text:
            raise RuntimeError("pipeline broke")
        return real(item, gazetteer)

    monkeypatch.setattr("ingestion.extraction.extract_article", flaky)
    outcomes, errors = reextract.reextract_articles([stored["article"], other])
    assert outcomes == {"failed": 1, "updated": 1}
    assert errors == [f"#{stored['article'].pk}: RuntimeError: pipeline broke"]


def post_reextract(client, articles):
    return client.post(
        reverse("admin:cooperation_article_changelist"),
        {
            "action": "reextract_selected",
            helpers.ACTION_CHECKBOX_NAME: [a.pk for a in articles],
        },
        follow=True,
    )


def test_admin_action_reports_what_it_did(stored, superuser_client):
    stored["shield"].aliases = ["Lusitanian Cyber Shield Unit"]
    stored["shield"].save()
    response = post_reextract(superuser_client, [stored["article"]])
    assert "Re-extracted 1 article(s)." in response.content.decode()
    assert stored["shield"] in Agreement.objects.get().parties.all()


def test_admin_action_refuses_too_many(stored, superuser_client, monkeypatch):
    monkeypatch.setattr(reextract, "MAX_ARTICLES", 0)
    response = post_reextract(superuser_client, [stored["article"]])
    assert "Select at most 0 articles" in response.content.decode()


def test_an_article_not_stored_by_ingestion_is_refused(db, article_factory):
    article = article_factory("ANSSI and DGSSI signed a memorandum of understanding.")
    outcomes, errors = reextract.reextract_articles([article])
    assert outcomes == {"failed": 1}
    assert "does not match its content hash" in errors[0]
