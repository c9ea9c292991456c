"""Two `manage.py ingest` processes at once, against a real database (an SQLite
file, or the PostgreSQL test database), storing different articles on the same
agreements and new agencies at the same moment: no duplicates, and every
article's evidence kept. Without the writer lock (ingestion/services.py) or
SQLite's BEGIN IMMEDIATE (settings) this fails: twin agreements on PostgreSQL,
"database is locked" on SQLite."""

from __future__ import annotations

import datetime
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

# Committed transactions, so that the other processes see the test database.
pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]

ROOT = Path(__file__).resolve().parents[1]

SEED_AGENCIES = [
    ("National Cybersecurity Agency of France", "ANSSI", "FR"),
    ("Ministry of Information and Communications", "MIC", "VN"),
    (
        "National Center of Incident Readiness and Strategy for Cybersecurity",
        "NISC",
        "JP",
    ),
    ("Badan Siber dan Sandi Negara", "BSSN", "ID"),
    ("Federal Office for Information Security", "BSI", "DE"),
]
COUNTRY_NAMES = {
    "FR": {"en": ["France"], "fr": ["France"], "de": ["Frankreich"]},
    "VN": {"en": ["Vietnam"], "vi": ["Việt Nam"], "fr": ["Vietnam"]},
    "JP": {"en": ["Japan"], "ja": ["日本"], "fr": ["Japon"]},
    "ID": {"en": ["Indonesia"], "id": ["Indonesia"], "fr": ["Indonésie"]},
    "DE": {"en": ["Germany"], "de": ["Deutschland"], "fr": ["Allemagne"]},
}


def manage(database_url: str, *args, check=True) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment(database_url),
        capture_output=True,
        text=True,
        check=check,
        timeout=600,
    )


def environment(database_url: str) -> dict[str, str]:
    return {
        **os.environ,
        "DATABASE_URL": database_url,
        "SECRET_KEY": "test-only-secret-key",
        "DEBUG": "0",
    }


@pytest.fixture
def database_url(tmp_path):
    """A migrated database that other processes can open: an SQLite file (the
    test database is in memory), or the PostgreSQL test database itself."""
    if connection.vendor == "sqlite":
        url = f"sqlite:///{tmp_path / 'concurrent.sqlite3'}"
        manage(url, "migrate", "--no-input", "-v", "0")
        return url
    settings = connection.settings_dict
    user = settings["USER"] or "postgres"
    password = f":{settings['PASSWORD']}" if settings["PASSWORD"] else ""
    host = settings["HOST"] or "127.0.0.1"
    port = settings["PORT"] or 5432
    return f"postgres://{user}{password}@{host}:{port}/{settings['NAME']}"


@pytest.fixture
def seeded(database_url, tmp_path):
    fixture = tmp_path / "seed.json"
    rows = [
        {
            "model": "cooperation.country",
            "pk": code,
            "fields": {"alpha3": f"{code}X", "name": names["en"][0], "names": names},
        }
        for code, names in COUNTRY_NAMES.items()
    ] + [
        {
            "model": "cooperation.agency",
            "fields": {
                "name": name,
                "acronym": acronym,
                "kind": "government agency",
                "country": country,
            },
        }
        for name, acronym, country in SEED_AGENCIES
    ]
    fixture.write_text(json.dumps(rows))
    manage(database_url, "loaddata", str(fixture), "-v", "0")
    return database_url


# The two processes are given their articles in rounds, at the same instant: in
# each round, two articles in different words on one agreement of seeded agencies
# (or, every fourth round, the same article to both). The first rounds also name
# a body new to the gazetteer as a party, which both processes then create.
ROUNDS = 24
SHARED_EVERY = 4
PAIRS = [
    (
        ("National Cybersecurity Agency of France", "ANSSI", "France"),
        ("Ministry of Information and Communications", "MIC", "Vietnam"),
    ),
    (
        ("Badan Siber dan Sandi Negara", "BSSN", "Indonesia"),
        (SEED_AGENCIES[2][0], "NISC", "Japan"),
    ),
    (
        ("Federal Office for Information Security", "BSI", "Germany"),
        ("National Cybersecurity Agency of France", "ANSSI", "France"),
    ),
]
INSTRUMENTS = ["memorandum of understanding", "cooperation agreement"]
NEW_BODIES = [
    "Indonesian Cyber Resilience Directorate",
    "Vietnam Cyber Emergency Response Centre",
    "Japan Digital Trust Office",
    "German Cyber Reserve Agency",
]


def round_articles(number: int) -> tuple[dict, dict]:
    """Two articles, in different words, on the agreement of round `number`."""
    first, second = PAIRS[number % len(PAIRS)]
    instrument = INSTRUMENTS[number % len(INSTRUMENTS)]
    day = datetime.date(2023, 1, 2) + datetime.timedelta(days=9 * number)
    us_date = f"{day:%B} {day.day}, {day.year}"
    uk_date = f"{day.day} {day:%B} {day.year}"
    published = (day + datetime.timedelta(days=1)).isoformat()
    new_body = NEW_BODIES[number] if number < len(NEW_BODIES) else None
    also = f" together with the {new_body}" if new_body else ""
    headline = f"{first[2]} and {second[2]} sign a {instrument} on cybersecurity"
    one = (
        f"{headline}\n\n{first[0]} ({first[1]}) and the {second[0]} ({second[1]})"
        f"{also} signed a {instrument} on cybersecurity cooperation on {us_date}."
        " The agencies will share threat information and train incident responders."
    )
    two = (
        f"{second[2]} and {first[2]} to work together against cyber threats\n\n"
        f"Officials of the {second[0]} and of the {first[0]}{also} signed"
        f" a {instrument} on {uk_date}, committing to exchange information on"
        " attacks and to hold joint exercises."
    )
    return tuple(
        {
            "url": f"https://{outlet}.example/{number}",
            "title": text.split("\n", 1)[0],
            "published": published,
            "language": "en",
            "text": text,
        }
        for outlet, text in (("wire", one), ("daily", two))
    )


# Twins: two records that ingestion, run alone, would have merged (see the
# matching rules in ingestion/services.py): agreements of the same kind, date and
# parties; events of the same kind, start, place and name or participants.
COUNT_SCRIPT = """
import json
from collections import Counter
from django.db.models import Count
from cooperation.models import Agency, Agreement, Article, Event, Evidence
def ids(manager):
    return tuple(sorted(manager.values_list("pk", flat=True)))
agreements = Counter(
    (a.kind, str(a.date), ids(a.parties))
    for a in Agreement.objects.all() if a.parties.exists()
)
events = Counter(
    (e.kind, str(e.start), e.country_id, e.name.casefold() or ids(e.participants))
    for e in Event.objects.all() if e.name or e.participants.exists()
)
agencies = Counter((a.name.casefold(), a.country_id) for a in Agency.objects.all())
supporters = sorted(
    Evidence.objects.filter(agreement__isnull=False)
    .values("agreement").annotate(n=Count("article", distinct=True))
    .values_list("n", flat=True)
)
print(json.dumps({
    "articles": Article.objects.count(),
    "agreements": Agreement.objects.count(),
    "events": Event.objects.count(),
    "agencies": Agency.objects.count(),
    "evidence": Evidence.objects.count(),
    "agreement_articles": list(supporters),
    "articles_without_agreement": Article.objects.exclude(
        evidence__agreement__isnull=False
    ).count(),
    "twins": [str(k) for c in (agreements, events, agencies) for k, n in c.items()
              if n > 1],
}))
"""


def counts(database_url: str) -> dict:
    output = manage(database_url, "shell", "-c", COUNT_SCRIPT).stdout
    return json.loads(output.strip().splitlines()[-1])


OUTCOME = re.compile(r"^(new|updated|duplicate|failed|unrecorded) +<stdin>")


def test_two_ingest_processes_writing_the_same_agreements_at_once_make_no_twins(
    seeded, tmp_path
):
    """Both processes read JSON lines from standard input and store each as soon
    as it is read (--batch-size 1); the test hands them one article each and
    waits for both outcomes before the next round, so that in every round they
    look for the same agreement, and find none, at the same moment."""
    env = {**environment(seeded), "PYTHONUNBUFFERED": "1"}
    command = [
        *(sys.executable, "manage.py", "ingest", "-", "-v", "2"),
        *("--workers", "0", "--batch-size", "1"),
    ]
    errors = [(tmp_path / f"stderr{n}").open("w+") for n in range(2)]
    processes = [
        subprocess.Popen(
            command,
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=error,
            text=True,
        )
        for error in errors
    ]
    outcomes: list[list[str]] = [[], []]
    try:
        for number in range(ROUNDS):
            articles = round_articles(number)
            if number % SHARED_EVERY == 0:
                articles = (articles[0], articles[0])
            for process, article in zip(processes, articles, strict=True):
                send(process, json.dumps(article) + "\n")
            for process, seen in zip(processes, outcomes, strict=True):
                seen.append(next_outcome(process))
            if "exited" in outcomes[0] + outcomes[1]:
                break
    finally:
        for process in processes:
            send(process, None)
            process.wait(timeout=60)
    for process, error in zip(processes, errors, strict=True):
        error.seek(0)
        assert process.returncode == 0, error.read()[-3000:]

    shared = range(0, ROUNDS, SHARED_EVERY)
    new = sum(outcome == "new" for seen in outcomes for outcome in seen)
    assert new == 2 * ROUNDS - len(shared)
    after = counts(seeded)
    assert after["twins"] == []
    assert after["articles"] == new
    assert after["agreements"] == ROUNDS
    assert after["agencies"] == len(SEED_AGENCIES) + len(NEW_BODIES)
    # Every article's evidence is there, on its round's one agreement.
    assert after["articles_without_agreement"] == 0
    assert after["agreement_articles"] == sorted(
        [1] * len(shared) + [2] * (ROUNDS - len(shared))
    )

    # Run again, the articles are recognised and nothing changes.
    again = tmp_path / "again.jsonl"
    again.write_text(
        "".join(
            json.dumps(article) + "\n"
            for number in range(ROUNDS)
            for article in round_articles(number)
        )
    )
    rerun = manage(seeded, "ingest", str(again), "--batch-size", "5")
    assert f"{len(shared)} new, 0 updated, {new} duplicates, 0 failed" in rerun.stdout


def send(process: subprocess.Popen, line: str | None) -> None:
    """Write a line to the process's input, or close it; one that has exited
    (its error is asserted on later) reads nothing more."""
    try:
        if line is None:
            process.stdin.close()
        else:
            process.stdin.write(line)
            process.stdin.flush()
    except BrokenPipeError:
        pass


def next_outcome(process: subprocess.Popen) -> str:
    """The outcome of the next article the process stores, as `-v 2` prints it."""
    for line in process.stdout:
        if match := OUTCOME.match(line):
            return match.group(1)
    return "exited"
