"""The extraction pipeline: worker processes started safely, results in order."""

from __future__ import annotations

import threading

import pytest

from cooperation.models import Article
from ingestion import pipeline
from ingestion.benchmark import generate_corpus
from ingestion.records import AgencyEntry, CountryEntry, Gazetteer, ReadFailure
from ingestion.services import content_hash

GAZETTEER = Gazetteer(
    countries=(
        CountryEntry("FR", "France", {"en": ("France",), "fr": ("France",)}),
        CountryEntry("VN", "Vietnam", {"en": ("Vietnam",), "vi": ("Việt Nam",)}),
    ),
    agencies=(
        AgencyEntry(1, "National Cybersecurity Agency of France", "agency", "FR"),
        AgencyEntry(2, "Ministry of Information and Communications", "ministry", "VN"),
    ),
)


def test_a_process_with_threads_starts_its_workers_from_a_forkserver():
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert pipeline.start_method() == "forkserver"
    finally:
        stop.set()
        thread.join()


def test_workers_started_from_a_forkserver_extract_what_this_process_does(
    monkeypatch,
):
    """A forkserver worker imports the pipeline without Django set up."""
    articles = generate_corpus(3, GAZETTEER, seed=5).articles
    items = [articles[0], ReadFailure("broken.txt", "binary", b"\x00"), *articles[1:]]
    here = list(pipeline.extract_all(items, GAZETTEER, workers=0))
    assert all(o.extraction for o in here if o.item is not items[1])
    monkeypatch.setattr(pipeline, "start_method", lambda: "forkserver")

    there = list(pipeline.extract_all(items, GAZETTEER, workers=1))

    assert [o.item for o in there] == items
    assert [o.error for o in there] == [""] * len(items)
    # The worker imports the extraction afresh: compare what it found, not the
    # version (which changes when the extraction's files do).
    assert [
        o.extraction and (o.extraction.language, o.extraction.countries) for o in there
    ] == [
        o.extraction and (o.extraction.language, o.extraction.countries) for o in here
    ]
    assert there[1].extraction is None and not there[1].skipped


@pytest.mark.django_db
@pytest.mark.parametrize("workers", [0, 1])
def test_each_article_is_stored_under_its_own_content_hash(workers):
    """The hash computed when planning a batch goes with its article to the
    writer, also when a worker sends back a copy of it, and when the same text
    comes twice."""
    articles = generate_corpus(5, GAZETTEER, seed=7).articles
    items = [*articles, articles[2]]

    results = [
        result
        for _, result in pipeline.ingest_all(
            items, GAZETTEER, extractor_version="test", workers=workers, batch_size=2
        )
    ]

    assert [r.outcome for r in results] == ["new"] * 5 + ["duplicate"]
    stored = dict(Article.objects.values_list("url", "content_hash"))
    assert stored == {a.url: content_hash(a.text) for a in articles}
