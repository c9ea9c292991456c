"""The `q` search's GIN indexes: on PostgreSQL each searchable model has one on
exactly the expression the search filters on (else the planner could never use
it); elsewhere there is none and the migration does nothing."""

from __future__ import annotations

import importlib

import pytest
from django.db import connection

from cooperation.api.search import OWN_TEXT, _own_matches
from cooperation.models import Agency, Agreement, Article, Country, Event, Evidence

migration = importlib.import_module("cooperation.migrations.0002_search_indexes")
INDEXED = {
    Agency: "agency_search",
    Article: "article_search",
    Agreement: "agreement_search",
    Event: "event_search",
    Evidence: "evidence_search",
}


def search_indexes() -> set[str]:
    with connection.cursor() as cursor:
        constraints = {
            name
            for model in INDEXED
            for name in connection.introspection.get_constraints(
                cursor, model._meta.db_table
            )
        }
    return constraints & set(INDEXED.values())


def test_migration_indexes_the_columns_the_search_reads():
    # Country, a short reference table, is the only searched model left out.
    assert set(OWN_TEXT) - set(INDEXED) == {Country}
    for model, name in INDEXED.items():
        assert migration.SEARCHED[model._meta.model_name] == (name, OWN_TEXT[model])


@pytest.mark.skipif(connection.vendor == "postgresql", reason="no index elsewhere")
def test_no_search_index_without_full_text_search(db):
    assert search_indexes() == set()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only")
@pytest.mark.parametrize("model", list(INDEXED), ids=lambda m: m.__name__)
def test_search_uses_its_gin_index(db, model):
    assert search_indexes() == set(INDEXED.values())
    with connection.cursor() as cursor:
        # With sequential scans priced out, the plan shows whether the index can
        # serve the search's expression at all, whatever the (tiny) table's size.
        cursor.execute("SET LOCAL enable_seqscan = off")
        plan = _own_matches(model, 'cyber "joint statement" -draft').explain()
        cursor.execute("RESET enable_seqscan")
    assert f"Bitmap Index Scan on {INDEXED[model]}" in plan, plan
