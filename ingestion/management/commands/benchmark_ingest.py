"""`manage.py benchmark_ingest`: how fast extraction and ingestion run here, against
the floor of spaCy's tokenizer, on one generated corpus, in one run.

Beside the time each phase takes, the CPU time its processes use is measured:
on a machine shared with other work the first varies with the load, the second
much less, and from it follows what the phase would take on idle cores.
"""

from __future__ import annotations

import json
import resource
import tempfile
import time
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.core.management.color import no_style
from django.db import DatabaseError, connections, transaction
from django.test import override_settings

from cooperation.models import Agency, Agreement, Article, Country, Event, Evidence
from ingestion.benchmark import generate_corpus, tokenizer_words_per_second
from ingestion.pipeline import extract_all, ingest_all

SECONDS_A_DAY = 86_400


class Command(BaseCommand):
    help = (
        "Generate a corpus of news articles in the usual language mix and measure, "
        "in one run: words/s of spaCy's tokenizer alone, words/s and articles/s of "
        "the extraction, and articles/s of ingestion into the configured database "
        "(a throwaway copy of it: your data is not touched), with 1 and 2 worker "
        "processes, and the ratios between them."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--articles", type=int, default=2000, help="Corpus size (default 2000)."
        )
        parser.add_argument(
            "--json",
            action="store_true",
            help="Also print the figures as one JSON object on the last line.",
        )

    def handle(self, **options):
        # Measured as deployed: with DEBUG on, Django would also log every query
        # (about half a millisecond an article in the writer).
        with override_settings(DEBUG=False):
            self.run(**options)

    def run(self, **options):
        from ingestion.extraction import EXTRACTOR_VERSION
        from ingestion.extraction.gazetteer import load_gazetteer

        size = options["articles"]
        if size < 10:
            raise CommandError("--articles must be at least 10.")
        connection = connections["default"]
        vendor = connection.vendor
        self.say = self.stdout.write if options["verbosity"] >= 1 else lambda m: None
        reference = self.read_reference_data()
        with throwaway_database(connection):
            self.load_reference_data(reference)
            gazetteer = load_gazetteer()
            corpus = generate_corpus(size, gazetteer)
            articles = corpus.articles
            self.say(
                f"Corpus: {len(articles)} articles ("
                + ", ".join(f"{k} {v}" for k, v in sorted(corpus.languages.items()))
                + f"); gazetteer of {len(gazetteer.agencies)} agencies; "
                f"{vendor} database."
            )
            started = time.perf_counter()
            warm_up(articles, gazetteer)
            self.say(f"Warm-up (pipelines and matchers): {elapsed(started):.1f} s")
            words, seconds = tokenizer_words_per_second(articles)
            figures = {"tokenizer_wps": words / seconds}
            self.say(f"Tokenizer only: {words} words in {seconds:.1f} s")
            for workers in (1, 2):
                clock = Clock()
                found = sum(
                    1
                    for outcome in extract_all(articles, gazetteer, workers=workers)
                    if outcome.extraction is not None
                )
                seconds = clock.seconds()
                if found != len(articles):
                    raise CommandError(
                        f"Extraction failed on {len(articles) - found} articles."
                    )
                figures[f"extract_wps_{workers}"] = words / seconds
                figures[f"extract_aps_{workers}"] = len(articles) / seconds
                clock.record(figures, f"extract_{workers}", len(articles))
                self.say(f"extract, {workers} worker(s): {seconds:.1f} s")
            for workers in (1, 2):
                clear_ingested(gazetteer)
                clock = Clock()
                results = [
                    result
                    for _, result in ingest_all(
                        articles,
                        gazetteer,
                        extractor_version=EXTRACTOR_VERSION,
                        workers=workers,
                    )
                ]
                seconds = clock.seconds()
                new = sum(1 for r in results if r.outcome == "new")
                if new != len(articles):
                    raise CommandError(
                        f"Ingestion stored {new} of {len(articles)} articles."
                    )
                figures[f"ingest_aps_{workers}"] = len(articles) / seconds
                clock.record(figures, f"ingest_{workers}", len(articles))
                self.say(
                    f"ingest, {workers} worker(s): {seconds:.1f} s; "
                    f"{Agreement.objects.count()} agreements, "
                    f"{Event.objects.count()} events, "
                    f"{Evidence.objects.count()} evidence rows"
                )
        figures.update(articles=len(articles), words=words, database=vendor)
        self.print_table(figures)
        if options["json"]:
            rounded = {
                k: round(v, 2) if isinstance(v, float) else v
                for k, v in figures.items()
            }
            self.stdout.write(json.dumps(rounded))

    def read_reference_data(self):
        """Countries and agencies of the configured database: the gazetteer the
        benchmark runs with, as ingestion would."""
        try:
            Country.objects.exists()
        except DatabaseError:
            return [], []  # not migrated yet
        return (
            list(Country.objects.values()),
            [
                (agency, list(agency.member_countries.values_list("pk", flat=True)))
                for agency in Agency.objects.exclude(review_state="rejected")
            ],
        )

    def load_reference_data(self, reference) -> None:
        countries, agencies = reference
        if not countries:
            # An empty database: the project's own gazetteer fixtures instead.
            self.say("The configured database has no countries; using fixtures.")
            call_command("loaddata", "countries", verbosity=0)
            try:
                call_command("loaddata", "agencies", verbosity=0)
            except CommandError:
                self.say("No agencies fixture: the corpus names no known agency.")
            return
        with transaction.atomic():
            Country.objects.bulk_create(Country(**values) for values in countries)
            for agency, _ in agencies:
                agency.parent_id = None
            Agency.objects.bulk_create(agency for agency, _ in agencies)
            through = Agency.member_countries.through
            through.objects.bulk_create(
                through(agency_id=agency.pk, country_id=code)
                for agency, members in agencies
                for code in members
            )
        connection = connections["default"]
        with connection.cursor() as cursor:
            for sql in connection.ops.sequence_reset_sql(no_style(), [Agency]):
                cursor.execute(sql)

    def print_table(self, f) -> None:
        say = self.say
        say("")
        say(f"{'':28}{'1 worker':>16}{'2 workers':>16}{'2 / 1':>10}")
        say(f"{'tokenizer only (words/s)':28}{f['tokenizer_wps']:16,.0f}")
        for label, key in (
            ("extract (words/s)", "extract_wps"),
            ("extract (articles/s)", "extract_aps"),
            ("ingest (articles/s)", "ingest_aps"),
        ):
            one, two = f[f"{key}_1"], f[f"{key}_2"]
            say(f"{label:28}{one:16,.1f}{two:16,.1f}{two / one:9.2f}x")
        say("")
        share = f["extract_wps_1"] / f["tokenizer_wps"]
        say(f"extract / tokenizer:  {share:.1%} (target at least 3%)")
        for workers in (1, 2):
            ratio = f[f"ingest_aps_{workers}"] / f[f"extract_aps_{workers}"]
            say(
                f"ingest / extract, {workers} worker(s):  {ratio:.2f}x "
                "(target at least 0.8x)"
            )
        say(
            f"2 workers / 1, ingest:  {f['ingest_aps_2'] / f['ingest_aps_1']:.2f}x "
            "(target at least 1.6x)"
        )
        say("")
        say(
            "CPU ms an article (workers + this process"
            + (", without PostgreSQL's own" if f["database"] == "postgresql" else "")
            + "):"
        )
        for phase in ("extract", "ingest"):
            for workers in (1, 2):
                key = f"{phase}_{workers}"
                say(
                    f"  {phase}, {workers} worker(s):  "
                    f"{f[f'{key}_worker_ms']:.1f} + {f[f'{key}_main_ms']:.1f}"
                )
        idle = idle_estimate(f)
        say(
            "The same on 2 idle cores, from the CPU times: ingest / extract "
            f"{idle['ingest_1']:.2f}x with 1 worker, {idle['ingest_2']:.2f}x "
            f"with 2; 2 workers / 1, ingest: {idle['scaling']:.2f}x."
        )
        say(
            f"At this speed, ingest with 2 workers stores "
            f"{f['ingest_aps_2'] * SECONDS_A_DAY:,.0f} articles a day on "
            f"{f['database']} (GDELT: about 600,000)."
        )


class throwaway_database:
    """A fresh, migrated database beside the configured one, destroyed on exit;
    named so that it never collides with a test run's database."""

    def __init__(self, connection):
        self.connection = connection
        self.directory = None

    def __enter__(self):
        settings = self.connection.settings_dict
        self.old_name = settings["NAME"]
        self.old_test = dict(settings.get("TEST") or {})
        if self.connection.vendor == "sqlite":
            # A file, not memory: ingestion pays for real writes.
            self.directory = tempfile.TemporaryDirectory(prefix="cct-benchmark-")
            name = str(Path(self.directory.name) / "benchmark.sqlite3")
        else:
            name = f"{self.old_name}_benchmark"
        settings["TEST"] = {**self.old_test, "NAME": name}
        self.connection.creation.create_test_db(
            verbosity=0, autoclobber=True, serialize=False
        )
        return self

    def __exit__(self, *exc_info):
        try:
            self.connection.creation.destroy_test_db(self.old_name, verbosity=0)
        finally:
            self.connection.settings_dict["TEST"] = self.old_test
            if self.directory is not None:
                self.directory.cleanup()


def warm_up(articles, gazetteer) -> None:
    """Build each language's pipeline and the gazetteer matchers once, before the
    clock starts and before workers are forked (they inherit them)."""
    from ingestion.extraction import extract_article

    first = {}
    for article in articles:
        first.setdefault(article.language, article)
    for article in first.values():
        extract_article(article, gazetteer)


def clear_ingested(gazetteer) -> None:
    """Remove what an ingest run stored, keeping the gazetteer's agencies."""
    known = {agency.id for agency in gazetteer.agencies}
    with transaction.atomic():
        Evidence.objects.all().delete()
        Event.objects.all().delete()
        Agreement.objects.all().delete()
        Article.objects.all().delete()
        Agency.objects.exclude(pk__in=known).delete()


def elapsed(started: float) -> float:
    return time.perf_counter() - started


class Clock:
    """Wall time and CPU time of a phase: of this process, and of the worker
    processes it started and joined during the phase."""

    def __init__(self):
        self.started = time.perf_counter()
        self.main = cpu_seconds(resource.RUSAGE_SELF)
        self.workers = cpu_seconds(resource.RUSAGE_CHILDREN)

    def seconds(self) -> float:
        return elapsed(self.started)

    def record(self, figures: dict, key: str, articles: int) -> None:
        main = cpu_seconds(resource.RUSAGE_SELF) - self.main
        workers = cpu_seconds(resource.RUSAGE_CHILDREN) - self.workers
        figures[f"{key}_main_ms"] = main * 1000 / articles
        figures[f"{key}_worker_ms"] = workers * 1000 / articles


def cpu_seconds(who) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def idle_estimate(f) -> dict[str, float]:
    """Ratios on two idle cores, from CPU ms an article: one worker extracts while
    this process writes, so a phase with one worker takes the longer of the two;
    two workers and this process share the two cores."""

    def one(phase):
        return max(f[f"{phase}_1_worker_ms"], f[f"{phase}_1_main_ms"])

    def two(phase):
        return max(
            (f[f"{phase}_2_worker_ms"] + f[f"{phase}_2_main_ms"]) / 2,
            f[f"{phase}_2_main_ms"],
        )

    return {
        "ingest_1": one("extract") / one("ingest"),
        "ingest_2": two("extract") / two("ingest"),
        "scaling": one("ingest") / two("ingest"),
    }
