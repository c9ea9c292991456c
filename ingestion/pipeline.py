"""Run the extraction over a stream of read articles, in worker processes (or in
this one), keeping the input order.

Extraction is the CPU cost of ingestion and touches no database, so workers only
extract; the calling process reads the input, decides what needs extracting, and
writes the results, one transaction per article, while the workers extract the
next ones.

Workers are forked, so that they start at once with the gazetteer and whatever
the extraction has built from it already in memory. Forking is safe only in a
process with one thread and no open database connection (a child must never use
or close the parent's): connections are closed first, and a process that runs
other threads starts its workers from a fresh forkserver process instead, which
costs each worker its own imports and pipelines. This module imports nothing of
Django's models at import time, so that such a worker can import it.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import threading
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.db import connections

from ingestion import records

if TYPE_CHECKING:
    from ingestion.services import IngestResult, Lookups

# Articles handed to the workers at once (by default); the next batch is
# extracted while the calling process writes the previous one.
BATCH_SIZE = 32
# How much lower the workers' scheduling priority is than the writer's.
WORKER_NICENESS = 5


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
    needs_extraction: Callable[[list[records.ArticleInput]], list[bool]] | None = None,
    batch_size: int = BATCH_SIZE,
) -> Iterator[Outcome]:
    """An Outcome for every item, in order. `needs_extraction` runs in this
    process, on `batch_size` articles at a time, before they are handed to a
    worker; it says which to extract. With `workers=0` everything runs in this
    process, one article after the other."""
    needs_extraction = needs_extraction or (lambda articles: [True] * len(articles))
    if workers <= 0:
        _start_worker(gazetteer)
        for batch in _batches(items, batch_size):
            plan = _plan(batch, needs_extraction)
            for item, wanted in zip(batch, plan, strict=True):
                yield _extract(item) if wanted else _unextracted(item)
        return
    # Workers never use the database, and must not share this process's
    # connections: they are closed (one left open inside a transaction, as in
    # tests, is never touched by a worker, which ends with os._exit).
    for connection in connections.all(initialized_only=True):
        if not connection.in_atomic_block:
            connection.close()
    context = multiprocessing.get_context(start_method())
    with context.Pool(
        workers, initializer=_start_worker, initargs=(gazetteer,)
    ) as pool:
        pending: deque = deque()
        for batch in _batches(items, batch_size):
            plan = _plan(batch, needs_extraction)
            chosen = [item for item, wanted in zip(batch, plan, strict=True) if wanted]
            chunksize = max(1, len(chosen) // (workers * 4))
            pending.append(
                (batch, plan, pool.map_async(_extract, chosen, chunksize=chunksize))
            )
            if len(pending) > 1:
                yield from _collect(*pending.popleft())
        while pending:
            yield from _collect(*pending.popleft())


def start_method() -> str:
    """fork, unless this process runs other threads: a thread may hold a lock
    (of the logging module, of an allocator) that the forked child would find
    locked forever."""
    return "fork" if threading.active_count() == 1 else "forkserver"


def _plan(batch, needs_extraction) -> list[bool]:
    """Which items of the batch to extract."""
    articles = [item for item in batch if isinstance(item, records.ArticleInput)]
    wanted = iter(needs_extraction(articles) if articles else ())
    return [isinstance(item, records.ArticleInput) and next(wanted) for item in batch]


def _unextracted(item) -> Outcome:
    if isinstance(item, records.ReadFailure):
        return Outcome(item)
    return Outcome(item, skipped=True)


def _collect(batch, plan, async_result) -> Iterator[Outcome]:
    extracted = iter(async_result.get())
    for item, wanted in zip(batch, plan, strict=True):
        yield next(extracted) if wanted else _unextracted(item)


def _batches(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


_gazetteer: records.Gazetteer | None = None


def _start_worker(gazetteer: records.Gazetteer) -> None:
    global _gazetteer
    _gazetteer = gazetteer
    if multiprocessing.parent_process() is not None:
        # The writer (this process's parent) is the one that cannot be done in
        # parallel: when the workers take every core, it would wait behind them
        # at each query. A lower priority lets it run as soon as it can.
        os.nice(WORKER_NICENESS)


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
    batch_size: int = BATCH_SIZE,
) -> Iterator[tuple[str, IngestResult]]:
    """Extract and store every item, `batch_size` at a time; (source, result) for
    each, in order.

    An article already stored and extracted by this extractor version, or met
    earlier in the same run, is not extracted again."""
    from ingestion import services

    if not dry_run:
        services.prepare_connection()
    lookups = services.Lookups()
    seen: set[str] = set()
    # Each article's content hash, computed once, until it is stored. The
    # workers send back copies of the articles: equal, so they find theirs.
    digests: dict[records.ArticleInput, str] = {}

    def needs_extraction(articles: list[records.ArticleInput]) -> list[bool]:
        hashes = [services.content_hash(article.text) for article in articles]
        digests.update(zip(articles, hashes, strict=True))
        if reextract:
            return [True] * len(articles)
        current = services.current_articles(articles, extractor_version, hashes)
        wanted = []
        for article, digest, is_current in zip(articles, hashes, current, strict=True):
            keys = {digest, article.url or ""} - {""}
            wanted.append(not (keys & seen) and not is_current)
            seen.update(keys)
        return wanted

    for outcome in extract_all(
        items,
        gazetteer,
        workers=workers,
        needs_extraction=needs_extraction,
        batch_size=batch_size,
    ):
        result = store(
            outcome,
            dry_run=dry_run,
            reextract=reextract,
            lookups=lookups,
            digest=digests.pop(outcome.item, None),
        )
        yield outcome.item.source, result


def store(
    outcome: Outcome,
    *,
    dry_run: bool = False,
    reextract: bool = False,
    lookups: Lookups | None = None,
    digest: str | None = None,
) -> IngestResult:
    """Write one outcome: a failed article for unreadable input or an extraction
    that crashed, else the article and its findings (`digest`: the article's
    content hash, if known)."""
    from ingestion import services

    item = outcome.item
    if isinstance(item, records.ReadFailure):
        return services.record_failure(item, dry_run=dry_run)
    if outcome.error:
        failure = records.ReadFailure(
            item.source, outcome.error, item.text.encode("utf-8")
        )
        return services.record_failure(failure, dry_run=dry_run)
    if outcome.skipped:
        return services.IngestResult("duplicate")
    return services.ingest_extraction(
        item,
        outcome.extraction,
        dry_run=dry_run,
        reextract=reextract,
        lookups=lookups,
        digest=digest,
    )
