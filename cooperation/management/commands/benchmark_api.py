"""Measure the API's speed on a generated database that never touches yours.

Builds a throw-away test database (Django's test-database machinery, so SQLite and
PostgreSQL both work) with N agreements among 2,000 agencies, their countries,
parties, events, articles and evidence; then, in one run and alternating request
by request, times `/api/agreements/?page_size=100` against a plain Django view
returning the same page of rows with `.values()` as JSON, and prints the ratio.
It also times the country network over all the data and the CSV export's rows/s.

    DEBUG=1 python manage.py benchmark_api [--agreements 10000] [--requests 30] [--json]
"""

from __future__ import annotations

import datetime
import hashlib
import json
import random
import statistics
import string
import time
from itertools import product

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.http import JsonResponse
from django.test import Client, override_settings
from django.test.utils import setup_test_environment, teardown_test_environment
from django.urls import include, path
from django.utils import timezone

from cooperation.models import (
    Agency,
    AgencyKind,
    Agreement,
    AgreementKind,
    Article,
    ArticleStatus,
    Country,
    DatePrecision,
    Event,
    EventKind,
    Evidence,
    FocusArea,
    ReviewState,
)

API_URL = "/api/agreements/?page_size=100"
PLAIN_URL = "/plain/agreements/"
REGIONS = ["Africa", "Americas", "Asia", "Europe", "Oceania"]


def plain_agreements(request):
    """The baseline: the same first page of public agreements, as plain rows."""
    rows = Agreement.objects.filter(review_state=ReviewState.ACCEPTED).values()[:100]
    return JsonResponse(list(rows), safe=False)


urlpatterns = [
    path("plain/agreements/", plain_agreements),
    path("api/", include("cooperation.api.urls")),
]


def build(agreements: int, agencies: int, seed: int = 7) -> dict[str, int]:
    """Fill the (test) database with bulk inserts; returns the row counts."""
    rng = random.Random(seed)
    now = timezone.now()
    codes = ["".join(pair) for pair in product(string.ascii_uppercase, repeat=2)][:150]
    Country.objects.bulk_create(
        Country(
            code=code,
            alpha3=f"{code}X",
            name=f"Country {code}",
            region=REGIONS[i % len(REGIONS)],
        )
        for i, code in enumerate(codes)
    )
    areas = FocusArea.objects.bulk_create(
        FocusArea(slug=f"area-{i}", name=f"Area {i}") for i in range(6)
    )
    kinds = [k for k in AgencyKind.values if k != AgencyKind.INTERGOVERNMENTAL]
    agency_rows = Agency.objects.bulk_create(
        Agency(
            name=f"National Cyber Agency {i}",
            acronym=f"NCA{i}",
            aliases=[f"Agence {i}", f"Cơ quan {i}"],
            kind=rng.choice(kinds),
            country_id=rng.choice(codes),
            review_state=ReviewState.ACCEPTED,
            reviewed_at=now,
        )
        for i in range(agencies)
    )
    article_rows = Article.objects.bulk_create(
        Article(
            url=f"https://news.example/{i}",
            title=f"Cyber cooperation report {i}",
            outlet="Example News",
            published=datetime.date(2015, 1, 1) + datetime.timedelta(days=i % 3650),
            language=rng.choice(["en", "fr", "vi", "ja"]),
            text=f"Report {i}: the agencies signed a memorandum on cybersecurity. " * 8,
            content_hash=hashlib.sha256(f"article {i}".encode()).hexdigest(),
            status=ArticleStatus.EXTRACTED,
        )
        for i in range(max(1, agreements // 2))
    )
    precisions = [DatePrecision.DAY] * 6 + [DatePrecision.MONTH] * 3 + ["year"]
    agreement_rows = []
    for i in range(agreements):
        precision = rng.choice(precisions)
        day = datetime.date(2010, 1, 1) + datetime.timedelta(days=rng.randrange(5800))
        if precision == DatePrecision.MONTH:
            day = day.replace(day=1)
        elif precision == DatePrecision.YEAR:
            day = day.replace(month=1, day=1)
        state = ReviewState.ACCEPTED if i % 10 else ReviewState.UNREVIEWED
        agreement_rows.append(
            Agreement(
                title=f"Memorandum {i} on cybersecurity cooperation",
                kind=rng.choice(AgreementKind.values),
                date=day,
                date_precision=precision,
                summary="Information sharing, incident response and training.",
                review_state=state,
                reviewed_at=now if state == ReviewState.ACCEPTED else None,
            )
        )
    agreement_rows = Agreement.objects.bulk_create(agreement_rows, batch_size=2000)
    parties, countries, areas_rows, evidence = [], [], [], []
    for i, agreement in enumerate(agreement_rows):
        signatories = rng.sample(agency_rows, rng.choice([2, 2, 2, 3]))
        parties += [
            Agreement.parties.through(agreement_id=agreement.pk, agency_id=a.pk)
            for a in signatories
        ]
        countries += [
            Agreement.countries.through(agreement_id=agreement.pk, country_id=code)
            for code in sorted({a.country_id for a in signatories})
        ]
        areas_rows.append(
            Agreement.focus_areas.through(
                agreement_id=agreement.pk, focusarea_id=rng.choice(areas).pk
            )
        )
        evidence.append(
            Evidence(
                article=article_rows[i % len(article_rows)],
                agreement_id=agreement.pk,
                sentence=f"The agencies signed memorandum {i}.",
                start_char=i % 100,
                end_char=i % 100 + 30,
                confidence=0.8,
            )
        )
    for model, rows in (
        (Agreement.parties.through, parties),
        (Agreement.countries.through, countries),
        (Agreement.focus_areas.through, areas_rows),
        (Evidence, evidence),
    ):
        model.objects.bulk_create(rows, batch_size=5000)
    event_rows = Event.objects.bulk_create(
        Event(
            name=f"Cyber exercise {i}",
            kind=rng.choice(EventKind.values),
            start=datetime.date(2010, 1, 1) + datetime.timedelta(days=i % 5800),
            start_precision=DatePrecision.DAY,
            country_id=rng.choice(codes),
            review_state=ReviewState.ACCEPTED,
            reviewed_at=now,
        )
        for i in range(agreements // 5)
    )
    participants, event_countries = [], []
    for event in event_rows:
        present = rng.sample(agency_rows, 3)
        participants += [
            Event.participants.through(event_id=event.pk, agency_id=a.pk)
            for a in present
        ]
        event_countries += [
            Event.countries.through(event_id=event.pk, country_id=code)
            for code in sorted({a.country_id for a in present})
        ]
    Event.participants.through.objects.bulk_create(participants, batch_size=5000)
    Event.countries.through.objects.bulk_create(event_countries, batch_size=5000)
    # Fresh bulk inserts have no planner statistics yet, and on PostgreSQL no
    # visibility map (which lets a count read an index alone); a live database
    # has both, autovacuum vacuuming and analysing after inserts, so make them
    # before measuring. VACUUM cannot run in a transaction (as in tests).
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql" and not connection.in_atomic_block:
            cursor.execute("VACUUM ANALYZE")
        else:
            cursor.execute("ANALYZE")
    return {
        "agreements": len(agreement_rows),
        "agencies": len(agency_rows),
        "events": len(event_rows),
        "articles": len(article_rows),
        "evidence": len(evidence),
    }


def timed_get(client: Client, url: str) -> tuple[float, object]:
    start = time.perf_counter()
    response = client.get(url)
    if response.status_code != 200:
        raise CommandError(
            f"{url} answered {response.status_code}: {response.content[:300]}"
        )
    if response.streaming:
        body = b"".join(response.streaming_content)
    else:
        body = response.content
    return time.perf_counter() - start, body


class Command(BaseCommand):
    help = __doc__

    def add_arguments(self, parser):
        parser.add_argument(
            "--agreements",
            type=int,
            default=10_000,
            help="How many agreements to generate (default 10000).",
        )
        parser.add_argument(
            "--agencies",
            type=int,
            default=2000,
            help="How many agencies (default 2000).",
        )
        parser.add_argument(
            "--requests",
            type=int,
            default=30,
            help="Requests to each of the API and the plain view (default 30).",
        )
        parser.add_argument(
            "--json",
            action="store_true",
            help="End with the figures as one JSON object on the last line.",
        )

    def log(self, message: str):
        if self.verbosity >= 1:
            self.stderr.write(message)

    def handle(self, *args, **options):
        if options["agreements"] < 1 or options["requests"] < 1:
            raise CommandError("--agreements and --requests must be at least 1.")
        if options["agencies"] < 3:
            raise CommandError("--agencies must be at least 3.")
        self.verbosity = options["verbosity"]
        setup_test_environment()
        old_name = connection.creation.create_test_db(
            verbosity=0, autoclobber=True, keepdb=False
        )
        try:
            with override_settings(
                DEBUG=False,
                ROOT_URLCONF=__name__,
                ALLOWED_HOSTS=["testserver"],
            ):
                figures = self.run(options)
        finally:
            connection.creation.destroy_test_db(old_name, verbosity=0)
            teardown_test_environment()
        if options["json"]:
            self.stdout.write(json.dumps(figures))

    def run(self, options) -> dict:
        from django.conf import settings

        started = time.perf_counter()
        counts = build(options["agreements"], options["agencies"])
        self.log(
            f"Built {counts} on {connection.vendor} in "
            f"{time.perf_counter() - started:.1f} s."
        )
        rates = {**settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"], "anon": None}
        with override_settings(
            REST_FRAMEWORK={**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": rates}
        ):
            return self.measure(Client(), options, counts)

    def measure(self, client: Client, options, counts) -> dict:
        for _ in range(3):  # warm caches and connections for both
            timed_get(client, API_URL)
            timed_get(client, PLAIN_URL)
        api_times, plain_times = [], []
        for i in range(options["requests"]):
            # Alternate which goes first, so neither always follows the other.
            order = [(API_URL, api_times), (PLAIN_URL, plain_times)]
            for url, times in order if i % 2 == 0 else order[::-1]:
                times.append(timed_get(client, url)[0])
        api_rps = len(api_times) / sum(api_times)
        plain_rps = len(plain_times) / sum(plain_times)
        network = [timed_get(client, "/api/network/")[0] for _ in range(3)]
        csv_seconds, body = timed_get(client, "/api/agreements/?format=csv")
        csv_rows = body.count(b"\r\n") - 1
        figures = {
            "database": connection.vendor,
            "agreements": counts["agreements"],
            "api_rps": round(api_rps, 1),
            "plain_rps": round(plain_rps, 1),
            "ratio": round(api_rps / plain_rps, 3),
            "network_ms": round(statistics.median(network) * 1000, 1),
            "csv_rows_per_s": round(csv_rows / csv_seconds),
            "csv_rows": csv_rows,
        }
        self.stdout.write(
            f"{API_URL}: {figures['api_rps']} requests/s; plain .values() view: "
            f"{figures['plain_rps']} requests/s; ratio {figures['ratio']} "
            "(target at least 0.5)."
        )
        self.stdout.write(
            f"/api/network/ over all data: {figures['network_ms']} ms; CSV export: "
            f"{csv_rows} rows at {figures['csv_rows_per_s']} rows/s."
        )
        return figures
