"""The extraction pipeline: worker processes started safely, results in order."""

from __future__ import annotations

import threading

from ingestion import pipeline
from ingestion.benchmark import generate_corpus
from ingestion.records import AgencyEntry, CountryEntry, Gazetteer, ReadFailure

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
