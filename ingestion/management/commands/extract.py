"""`manage.py extract`: print what ingestion would extract from articles, writing
nothing."""

from __future__ import annotations

import json
import sys

from django.core.management.base import BaseCommand, CommandError

from ingestion import records
from ingestion.pipeline import extract_all
from ingestion.readers import DEFAULT_MAX_BYTES, read_inputs


class Command(BaseCommand):
    help = (
        "Print what the extraction finds in articles (.txt, .html, .jsonl files, "
        "directories, globs, or - for JSON lines on standard input), using the "
        "database's countries and agencies as the gazetteer but writing nothing. "
        "--format jsonl prints one extraction record of corpus/SCHEMA.md a line, "
        "which eval/score.py scores; --format table is for reading."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument(
            "--format", choices=["jsonl", "table"], default="jsonl", dest="fmt"
        )
        parser.add_argument(
            "--output",
            "-o",
            metavar="FILE",
            help="Write the records to FILE instead of standard output.",
        )
        parser.add_argument(
            "--workers",
            type=int,
            default=1,
            help="Extraction processes (default 1); 0 extracts in this process.",
        )
        parser.add_argument(
            "--max-bytes",
            type=int,
            default=DEFAULT_MAX_BYTES,
            help="Larger files (or JSON lines) fail instead of being read "
            "(default %(default)s).",
        )

    def handle(self, **options):
        paths = options["paths"]
        from ingestion.extraction.gazetteer import load_gazetteer

        if options["workers"] < 0:
            raise CommandError("--workers cannot be negative.")
        verbosity = options["verbosity"]

        def notice(message: str) -> None:
            if verbosity >= 2:
                self.stderr.write(message)

        output = self.stdout
        handle = None
        if options["output"]:
            try:
                handle = open(options["output"], "w", encoding="utf-8")  # noqa: SIM115
            except OSError as error:
                raise CommandError(
                    f"Cannot write {options['output']}: {error.strerror}"
                ) from error
            output = handle
        printer = TablePrinter(output) if options["fmt"] == "table" else None
        read = failed = 0
        try:
            items = read_inputs(paths, max_bytes=options["max_bytes"], notice=notice)
            for outcome in extract_all(
                items, load_gazetteer(), workers=options["workers"]
            ):
                read += 1
                item = outcome.item
                if isinstance(item, records.ReadFailure) or outcome.error:
                    failed += 1
                    reason = getattr(item, "reason", "") or outcome.error
                    self.stderr.write(f"FAILED {item.source}: {reason}")
                    continue
                if printer is not None:
                    printer.article(item, outcome.extraction)
                else:
                    line = json.dumps(
                        outcome.extraction.to_record(item.source), ensure_ascii=False
                    )
                    output.write(line + "\n")
                output.flush()
        finally:
            if handle is not None:
                handle.close()
        if verbosity >= 1:
            self.stderr.write(
                f"Read {read}: {read - failed} extracted, {failed} failed."
            )
        if failed:
            raise CommandError(f"{failed} of {read} inputs failed; see above.")


class TablePrinter:
    """A person's view of extractions: each finding with the sentence behind it."""

    def __init__(self, output):
        self.output = output if hasattr(output, "write") else sys.stdout

    def line(self, text: str = "") -> None:
        self.output.write(text + "\n")

    def article(self, article: records.ArticleInput, extraction: records.Extraction):
        self.line(f"== {article.source}")
        if article.title:
            self.line(f"   {article.title}")
        self.line(
            f"   language {extraction.language}  published "
            f"{extraction.published or '-'}  cooperation "
            f"{'yes' if extraction.is_cooperation else 'no'}  countries "
            f"{' '.join(extraction.countries) or '-'}"
        )
        rows = []
        for org in extraction.organizations:
            known = "" if org.known_id is None else f" #{org.known_id}"
            rows.append(
                (
                    "organisation",
                    f"{org.name}{known} [{org.kind}, {org.country or '-'}]",
                    org.confidence,
                    org.evidence,
                )
            )
        for agreement in extraction.agreements:
            rows.append(
                (
                    f"{agreement.kind} ({agreement.status})",
                    f"{agreement.date or 'undated'}: "
                    + (" + ".join(agreement.parties) or "parties unknown"),
                    agreement.confidence,
                    agreement.evidence,
                )
            )
        for event in extraction.events:
            where = ", ".join(
                p for p in (event.location_city, event.location_country) if p
            )
            rows.append(
                (
                    event.kind,
                    f"{event.name or '(unnamed)'} {event.start or 'undated'}"
                    + (f" in {where}" if where else "")
                    + (
                        f": {', '.join(event.participants)}"
                        if event.participants
                        else ""
                    ),
                    event.confidence,
                    event.evidence,
                )
            )
        if not rows:
            self.line("   (nothing found)")
        for what, description, confidence, evidence in rows:
            self.line(f"   {what:24} {confidence:4.2f}  {description}")
            for item in evidence[:2]:
                quote = " ".join(item.sentence.split())
                quote = quote if len(quote) <= 100 else quote[:99] + "…"
                self.line(f"   {'':24}       @{item.start_char}: “{quote}”")
        self.line()
