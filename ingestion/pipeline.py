"""Run the extraction over a stream of read articles, in worker processes (or in
this one), keeping the input order.

Extraction is the CPU cost of ingestion and touches no database, so workers only
extract; the calling process reads the input, decides what needs extracting, and
writes the results, one transaction per article, while the workers extract the
next ones.
"""

from __future__ import annotations

import itertools
import multiprocessing
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from django.db import connections

from ingestion import records, services
from ingestion.services import IngestResult

# Articles handed to the workers at once; the next batch is extracted while the
# calling process writes the previous one.
BATCH_SIZE = 32


@dataclass(frozen=True)
class Outcome:
    """One input and what became of it: an extraction, or the reason there is
    none (`skipped` when it needed no extraction)."""

    item: records.ArticleInput | records.ReadFailure
    extraction: records.Extraction | None = None
    error: str = ""
    skipped: bool = False


def extract_all(
    items: Iterable[records.ArticleInput | records.ReadFailure],
    gazetteer: records.Gazetteer,
    *,
    workers: int = 1,
    needs_extraction: Callable[[records.ArticleInput], bool] | None = None,
) -> Iterator[Outcome]:
    """An Outcome for every item, in order. `needs_extraction` runs in this
    process, before an article is handed to a worker. With `workers=0` everything
    runs in this process, one article after the other."""
    needs_extraction = needs_extraction or (lambda article: True)
    if workers <= 0:
        _start_worker(gazetteer)
        for item in items:
            if isinstance(item, records.ReadFailure):
                yield Outcome(item)
            elif not needs_extraction(item):
                yield Outcome(item, skipped=True)
            else:
                yield _extract(item)
        return
    # Workers are forked with the gazetteer (and whatever the extraction has
    # compiled from it) already in memory; they never use the database, and
    # must not share this process's connections (one left open inside a
    # transaction, as in tests, is never touched by them).
    for connection in connections.all(initialized_only=True):
        if not connection.in_atomic_block:
            connection.close()
    context = multiprocessing.get_context("fork")
    with context.Pool(
        workers, initializer=_start_worker, initargs=(gazetteer,)
    ) as pool:
        pending: deque = deque()
        for batch in _batches(items, BATCH_SIZE):
            plan = [
                isinstance(item, records.ArticleInput) and needs_extraction(item)
                for item in batch
            ]
            chosen = [item for item, wanted in zip(batch, plan, strict=True) if wanted]
            chunksize = max(1, len(chosen) // (workers * 4))
            pending.append(
                (batch, plan, pool.map_async(_extract, chosen, chunksize=chunksize))
            )
            if len(pending) > 1:
                yield from _collect(*pending.popleft())
        while pending:
            yield from _collect(*pending.popleft())


def _collect(batch, plan, async_result) -> Iterator[Outcome]:
    extracted = iter(async_result.get())
    for item, wanted in zip(batch, plan, strict=True):
        if wanted:
            yield next(extracted)
        elif isinstance(item, records.ReadFailure):
            yield Outcome(item)
        else:
            yield Outcome(item, skipped=True)


def _batches(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


_gazetteer: records.Gazetteer | None = None


def _start_worker(gazetteer: records.Gazetteer) -> None:
    global _gazetteer
    _gazetteer = gazetteer


def _extract(article: records.ArticleInput) -> Outcome:
    from ingestion.extraction import extract_article

    try:
        return Outcome(article, extract_article(article, _gazetteer))
    except Exception as error:  # one article's bug must not stop the batch
        where = traceback.extract_tb(error.__traceback__)[-1]
        return Outcome(
            article,
            error=f"extraction failed: {type(error).__name__}: {error} "
            f"({where.filename.rsplit('/', 1)[-1]}:{where.lineno})",
        )


def ingest_all(
    items: Iterable[records.ArticleInput | records.ReadFailure],
    gazetteer: records.Gazetteer,
    *,
    extractor_version: str,
    workers: int = 1,
    dry_run: bool = False,
    reextract: bool = False,
) -> Iterator[tuple[str, IngestResult]]:
    """Extract and store every item; (source, result) for each, in order.

    An article already stored and extracted by this extractor version, or met
    earlier in the same run, is not extracted again."""
    if not dry_run:
        services.prepare_connection()
    lookups = services.Lookups()
    seen: set[str] = set()

    def needs_extraction(article: records.ArticleInput) -> bool:
        if reextract:
            return True
        keys = {services.content_hash(article.text), article.url or ""} - {""}
        if keys & seen:
            return False
        seen.update(keys)
        return not services.is_current(article, extractor_version)

    for outcome in extract_all(
        items, gazetteer, workers=workers, needs_extraction=needs_extraction
    ):
        result = store(outcome, dry_run=dry_run, reextract=reextract, lookups=lookups)
        yield outcome.item.source, result


def store(
    outcome: Outcome,
    *,
    dry_run: bool = False,
    reextract: bool = False,
    lookups: services.Lookups | None = None,
) -> IngestResult:
    """Write one outcome: a failed article for unreadable input or an extraction
    that crashed, else the article and its findings."""
    item = outcome.item
    if isinstance(item, records.ReadFailure):
        return services.record_failure(item, dry_run=dry_run)
    if outcome.error:
        failure = records.ReadFailure(
            item.source, outcome.error, item.text.encode("utf-8")
        )
        return services.record_failure(failure, dry_run=dry_run)
    if outcome.skipped:
        return IngestResult("duplicate")
    return services.ingest_extraction(
        item,
        outcome.extraction,
        dry_run=dry_run,
        reextract=reextract,
        lookups=lookups,
    )
