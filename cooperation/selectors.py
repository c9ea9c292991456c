"""Read-side helpers for curators' searches: the strings stored inside JSON fields
(agency aliases, country names) as plain text that `icontains` can search.

A JSON column cast to text is not enough on SQLite, where Django stores non-ASCII
characters as \\u escapes: "Việt Nam" would never match. SQLite's json_tree gives
the decoded strings instead; PostgreSQL's jsonb text output is already decoded.
"""

from __future__ import annotations

from django.db.models import Func, QuerySet, TextField
from django.db.models.functions import Cast

ALIAS_TEXT = "alias_text"


class JSONStrings(Func):
    """Every string inside a JSON value (list, object or nested), joined by
    spaces on SQLite and as the JSON text elsewhere: good enough to search in."""

    output_field = TextField()
    arity = 1

    def as_sql(self, compiler, connection, **extra_context):
        return compiler.compile(Cast(self.source_expressions[0], TextField()))

    def as_sqlite(self, compiler, connection, **extra_context):
        sql, params = compiler.compile(self.source_expressions[0])
        return (
            f"(SELECT group_concat(value, ' ') FROM json_tree({sql}) "
            "WHERE type = 'text')",
            params,
        )


def with_json_text(queryset: QuerySet, **fields: str) -> QuerySet:
    """Annotate `queryset` with searchable text of JSON fields, e.g.
    `with_json_text(Agency.objects.all(), alias_text="aliases")`."""
    return queryset.annotate(
        **{name: JSONStrings(field) for name, field in fields.items()}
    )
