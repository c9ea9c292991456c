"""GIN indexes for the API's `q` full-text search, on PostgreSQL only.

Each index is on exactly the expression that `cooperation.api.search` filters on,
`SearchVector(<the model's searchable columns>, config="simple")`, so that the
planner can use it (a PostgreSQL expression index serves only a query with the
same expression). JSON columns are searched as their JSON text, which is what
`selectors.JSONStrings` compiles to on PostgreSQL. The expressions are written out
here, frozen as migrations should be; tests/test_api_search_index.py checks on
PostgreSQL that every search still uses its index.

Other databases have no full-text search (the API matches substrings there), so
they get no index and the migration does nothing on them. The indexes are not in
the models' Meta: a model's indexes are recreated whenever SQLite rebuilds its
table, where this one cannot exist.
"""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations
from django.db.models import TextField
from django.db.models.functions import Cast

# model name: (index name, searchable columns; json: marks a JSON column)
SEARCHED = {
    "agency": (
        "agency_search",
        ("name", "acronym", "json:aliases", "description"),
    ),
    "article": ("article_search", ("title", "outlet", "text")),
    "agreement": ("agreement_search", ("title", "summary")),
    "event": ("event_search", ("name", "summary", "city")),
    "evidence": ("evidence_search", ("sentence",)),
}


def _index(name: str, columns: tuple[str, ...]) -> GinIndex:
    expressions = [
        Cast(column[5:], TextField()) if column.startswith("json:") else column
        for column in columns
    ]
    return GinIndex(SearchVector(*expressions, config="simple"), name=name)


def _each(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for model_name, (name, columns) in SEARCHED.items():
        yield apps.get_model("cooperation", model_name), _index(name, columns)


def create_indexes(apps, schema_editor):
    for model, index in _each(apps, schema_editor):
        schema_editor.add_index(model, index)


def drop_indexes(apps, schema_editor):
    for model, index in _each(apps, schema_editor):
        schema_editor.remove_index(model, index)


class Migration(migrations.Migration):
    dependencies = [
        ("cooperation", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(create_indexes, drop_indexes, elidable=False),
    ]
