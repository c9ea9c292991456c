"""`manage.py ingest`: read news articles, extract the cooperation they report, and
store it with its evidence."""

from __future__ import annotations

import sys
from collections import Counter

from django.core.management.base import BaseCommand, CommandError

from ingestion import services
from ingestion.pipeline import BATCH_SIZE, ingest_all
from ingestion.readers import DEFAULT_MAX_BYTES, read_inputs


class Command(BaseCommand):
    help = (
        "Read news articles (.txt, .html, .jsonl files, directories, globs, or - for "
        "JSON lines on standard input), extract the countries, agencies, agreements "
        "and events they report, and store them with the sentences that support "
        "them. Articles already stored are recognised by URL or content and not "
        "stored twice; input that cannot be read is recorded as a failed article "
        "with its reason, and the command then exits non-zero."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument(
            "--workers",
            type=int,
            default=1,
            help="Extraction processes (default 1). This process writes to the "
            "database, one transaction per article, while they extract the next "
            "articles; 0 extracts here too, one article after the other.",
        )
        parser.add_argument(
            "--batch-size",
            type=int,
            default=BATCH_SIZE,
            help="Articles read and extracted before any of them is written "
            "(default %(default)s). Smaller batches are written sooner: with "
            "--workers 0 and --batch-size 1, each article is stored as soon as it "
            "is read, as JSON lines arriving one by one on standard input want.",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Do everything, report what would change, and write nothing.",
        )
        parser.add_argument(
            "--max-bytes",
            type=int,
            default=DEFAULT_MAX_BYTES,
            help="Larger files (or JSON lines) fail instead of being read "
            "(default %(default)s).",
        )
        parser.add_argument(
            "--reextract",
            action="store_true",
            help="Extract articles again even when the stored extraction is by the "
            "current extractor version.",
        )

    def handle(self, **options):
        paths = options["paths"]
        from ingestion.extraction import EXTRACTOR_VERSION
        from ingestion.extraction.gazetteer import load_gazetteer

        verbosity = options["verbosity"]
        dry_run = options["dry_run"]
        if options["workers"] < 0:
            raise CommandError("--workers cannot be negative.")
        if options["batch_size"] < 1:
            raise CommandError("--batch-size must be at least 1.")
        report = Report(self, verbosity)
        gazetteer = load_gazetteer()
        report.detail(
            f"Gazetteer: {len(gazetteer.countries)} countries, "
            f"{len(gazetteer.agencies)} agencies; extractor {EXTRACTOR_VERSION}"
        )
        items = read_inputs(paths, max_bytes=options["max_bytes"], notice=report.notice)
        results = ingest_all(
            items,
            gazetteer,
            extractor_version=EXTRACTOR_VERSION,
            workers=options["workers"],
            dry_run=dry_run,
            reextract=options["reextract"],
            batch_size=options["batch_size"],
        )
        with report.progress() as bar:
            for source, result in results:
                report.add(result, source)
                bar.update(1)
        report.summary(dry_run)
        if report.failed:
            raise CommandError(
                f"{report.failed} of {report.read} inputs failed; see the reasons "
                "above (failed articles are also in the admin, with status Failed)."
            )


class Report:
    """Counts, progress and messages of one ingest run, at the chosen verbosity."""

    def __init__(self, command: BaseCommand, verbosity: int):
        self.command = command
        self.verbosity = verbosity
        self.outcomes: Counter = Counter()
        self.created: Counter = Counter()
        self.updated: Counter = Counter()
        self._bar = None

    @property
    def read(self) -> int:
        return sum(self.outcomes.values())

    @property
    def failed(self) -> int:
        return self.outcomes["failed"] + self.outcomes["unrecorded"]

    def progress(self):
        from tqdm import tqdm

        class Bar(tqdm):
            # tqdm's monitor thread would make the pipeline start its workers
            # from a forkserver (see ingestion.pipeline.start_method), which
            # costs each of them its own imports and pipelines.
            monitor_interval = 0

        self._bar = Bar(
            unit=" articles",
            file=sys.stderr,
            disable=self.verbosity < 1 or not sys.stderr.isatty(),
            dynamic_ncols=True,
        )
        return self._bar

    def write(self, message: str, *, error: bool = False) -> None:
        stream = self.command.stderr if error else self.command.stdout
        if self._bar is not None and not self._bar.disable:
            self._bar.clear()
            stream.write(message)
            self._bar.refresh()
        else:
            stream.write(message)

    def notice(self, message: str) -> None:
        if self.verbosity >= 2:
            self.write(message)

    def detail(self, message: str) -> None:
        if self.verbosity >= 3:
            self.write(message)

    def add(self, result: services.IngestResult, source: str) -> None:
        self.outcomes[result.outcome] += 1
        self.created.update(result.created)
        self.updated.update(result.updated)
        if result.outcome in {"failed", "unrecorded"}:
            if self.verbosity >= 1:
                self.write(f"FAILED {source}: {result.reason}", error=True)
        elif self.verbosity >= 2:
            changes = describe(result.created, "+") + describe(result.updated, "~")
            reason = f" ({result.reason})" if result.reason else ""
            self.write(
                f"{result.outcome:9} {source}{reason}"
                + (f"  [{', '.join(changes)}]" if changes else "")
            )

    def summary(self, dry_run: bool) -> None:
        if self.verbosity < 1:
            return
        o = self.outcomes
        prefix = "Dry run, nothing written. " if dry_run else ""
        self.write(
            f"{prefix}Read {self.read}: {o['new']} new, {o['updated']} updated, "
            f"{o['duplicate']} duplicates, {self.failed} failed."
        )
        self.write(
            "Records created: "
            + (", ".join(describe(self.created, "")) or "none")
            + ". Updated: "
            + (", ".join(describe(self.updated, "")) or "none")
            + "."
        )


def describe(counts: Counter, sign: str) -> list[str]:
    order = ["agencies", "agreements", "events", "evidence"]
    keys = sorted(counts, key=lambda k: (order.index(k) if k in order else 9, k))
    return [f"{sign}{counts[k]} {k}" for k in keys if counts[k]]
