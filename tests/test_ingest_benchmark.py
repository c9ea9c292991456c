"""`manage.py benchmark_ingest` runs end to end on a small corpus and prints the
figures scripts read, without touching the configured database's data. It makes
and drops a database of its own, so it runs here as a separate process on an
SQLite file of the test's."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
KEYS = {
    "tokenizer_wps",
    "extract_wps_1",
    "extract_wps_2",
    "ingest_aps_1",
    "ingest_aps_2",
    "extract_aps_1",
    "extract_aps_2",
    "articles",
    "words",
    "database",
}


def manage(*args, env):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )


@pytest.mark.slow
def test_benchmark_prints_its_figures_as_json_and_leaves_the_data_alone(tmp_path):
    database = tmp_path / "data.sqlite3"
    env = {
        **os.environ,
        "DEBUG": "1",
        "DATABASE_URL": f"sqlite:///{database}",
    }
    manage("migrate", "-v", "0", env=env)
    manage("loaddata", "countries", "focus_areas", "agencies", "-v", "0", env=env)
    done = manage("benchmark_ingest", "--articles", "12", "--json", env=env)

    lines = done.stdout.strip().splitlines()
    figures = json.loads(lines[-1])
    assert set(figures) >= KEYS
    assert figures["articles"] == 12
    assert figures["database"] == "sqlite"
    assert figures["words"] > 12 * 300
    assert all(figures[key] > 0 for key in KEYS - {"database", "articles", "words"})
    assert any("ingest / extract, 2 worker(s)" in line for line in lines)
    with sqlite3.connect(database) as db:
        assert db.execute("select count(*) from cooperation_article").fetchone() == (0,)
        assert db.execute("select count(*) from cooperation_agency").fetchone()[0] > 0
