"""Two `manage.py ingest` processes at once, on overlapping input, against a real
database (an SQLite file, or the PostgreSQL test database): no duplicates."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

from ingestion.benchmark import generate_corpus
from ingestion.records import AgencyEntry, CountryEntry, Gazetteer

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


def write_corpus(folder: Path) -> tuple[Path, Path, int]:
    """Forty articles, in several languages, all reporting one agreement between
    the same two agencies on the same day: what two processes would race to
    store."""
    gazetteer = Gazetteer(
        countries=tuple(
            CountryEntry(code, names["en"][0], {k: tuple(v) for k, v in names.items()})
            for code, names in COUNTRY_NAMES.items()
            if code in {"FR", "VN"}
        ),
        agencies=tuple(
            AgencyEntry(None, name, "government agency", country, acronym)
            for name, acronym, country in SEED_AGENCIES
            if country in {"FR", "VN"}
        ),
    )
    articles = generate_corpus(40, gazetteer, seed=7).articles
    lines = [
        json.dumps(
            {
                "url": a.url,
                "title": a.title,
                "published": "2024-03-06",
                "language": a.language,
                "text": re.sub(r"\d{4}-\d{2}-\d{2}", "2024-03-05", a.text),
            },
            ensure_ascii=False,
        )
        for a in articles
    ]
    # Overlapping halves, in opposite orders: the processes meet in the middle.
    forward, backward = folder / "forward.jsonl", folder / "backward.jsonl"
    forward.write_text("\n".join(lines[:30]) + "\n")
    backward.write_text("\n".join(reversed(lines[10:])) + "\n")
    return forward, backward, len(lines)


# Twins: two records that ingestion, run alone, would have merged (see the
# matching rules in ingestion/services.py): agreements of the same kind, date and
# parties; events of the same kind, start, place and name or participants.
COUNT_SCRIPT = """
import json
from collections import Counter
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
print(json.dumps({
    "articles": Article.objects.count(),
    "agreements": Agreement.objects.count(),
    "events": Event.objects.count(),
    "agencies": Agency.objects.count(),
    "evidence": Evidence.objects.count(),
    "twins": [str(k) for c in (agreements, events, agencies) for k, n in c.items()
              if n > 1],
}))
"""


def counts(database_url: str) -> dict:
    output = manage(database_url, "shell", "-c", COUNT_SCRIPT).stdout
    return json.loads(output.strip().splitlines()[-1])


def test_two_ingest_processes_on_overlapping_input_create_no_duplicates(
    seeded, tmp_path
):
    forward, backward, total = write_corpus(tmp_path)
    env = environment(seeded)
    command = [sys.executable, "manage.py", "ingest", "-v", "2"]
    processes = [
        subprocess.Popen(
            [*command, str(path)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for path in (forward, backward)
    ]
    outputs = [process.communicate(timeout=600) for process in processes]

    for process, (_, err) in zip(processes, outputs, strict=True):
        assert process.returncode == 0, err
    new = sum(
        line.startswith("new ") for out, _ in outputs for line in out.splitlines()
    )
    assert new == total
    after = counts(seeded)
    assert after["articles"] == total
    assert after["agreements"] > 0
    assert after["twins"] == []

    again = manage(seeded, "ingest", str(forward), str(backward))

    assert "0 new, 0 updated, 60 duplicates, 0 failed" in again.stdout
    assert counts(seeded) == after
