"""The to-many relations of a page of records, and their sources, fetched in one
round trip.

The list endpoints are the API's hot path: building a separate ORM query per
relation cost more than the rows themselves, and on PostgreSQL every extra query
is a round trip and a plan. Here each relation is one arm of a UNION ALL over the
through table (the evidence with its article is one more arm), in plain SQL built
once from the models' own table and column names, and the rows come back grouped
per record, in each arm's order.

Every arm returns the same typed columns (see `COLUMNS`), NULL where unused, so
the arms line up on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from operator import itemgetter
from typing import Any

from django.db import connection
from django.db.models import Func, TextField

# Each row: record id, arm tag, two integers, six texts, one float.
RECORD, TAG, N1, N2, T1, T2, T3, T4, T5, T6, REAL = range(11)
COLUMNS = {
    "n1": "integer",
    "n2": "integer",
    **{f"t{i}": "text" for i in range(1, 7)},
    "real": "double precision",
}
IDS = "@ids@"


def _quote(name: str) -> str:
    return connection.ops.quote_name(name)


def _select(record: str, tag: str, values: dict[str, str]) -> str:
    # Typed NULLs: PostgreSQL resolves UNION column types arm by arm.
    columns = [record, f"'{tag}'"]
    columns += [
        values.get(name) or f"CAST(NULL AS {kind})" for name, kind in COLUMNS.items()
    ]
    return "SELECT " + ", ".join(columns)


def _ids(ids) -> str:
    """The condition on the ids, written into the SQL: integers only (int() refuses
    anything else), so one list serves every arm without a parameter per id and
    per arm. PostgreSQL gets them as one array: 100 constants in each arm of an
    IN list made the server parse and plan for longer than it ran the query
    (about twice the server time, for a page of 100). The array is read through a
    sub-select so that the planner takes it as one value, rather than estimating
    each id's rows in each arm, which cost another tenth."""
    numbers = ",".join(str(int(i)) for i in ids)
    if connection.vendor == "postgresql":
        return f"= ANY(CAST((SELECT '{{{numbers}}}'::bigint[]) AS bigint[]))"
    return f"IN ({numbers})"


@dataclass(frozen=True)
class Arm:
    """One relation: `through.link` = the record, joined to `target` via
    `through.other`; `number` is an integer column of the target (N1), `texts` its
    text columns (T1...). `shape` makes an item of the API's output from a row,
    and a record's items are sorted by the row columns `order`."""

    tag: str
    through: type
    link: str
    other: str
    number: str | None = None
    texts: tuple[str, ...] = ()
    order: tuple[int, ...] = (N1,)
    shape: Callable[[tuple], Any] = tuple

    def sql(self) -> str:
        meta = self.through._meta
        link = _quote(meta.get_field(self.link).column)
        other_field = meta.get_field(self.other)
        target = other_field.related_model._meta

        def column(name):
            return f"R.{_quote(target.get_field(name).column)}"

        values = {f"t{i}": column(name) for i, name in enumerate(self.texts, 1)}
        if self.number:
            values["n1"] = column(self.number)
        return (
            f"{_select(f'T.{link}', self.tag, values)}"
            f" FROM {_quote(meta.db_table)} T JOIN {_quote(target.db_table)} R "
            f"ON R.{_quote(target.pk.column)} = T.{_quote(other_field.column)} "
            f"WHERE T.{link} {IDS}"
        )


def _source(row: tuple) -> dict:
    return {
        "article": row[N1],
        "url": row[T1],
        "title": row[T2],
        "outlet": row[T3],
        "published": row[T4],
        "language": row[T5],
        "quote": row[T6],
        "confidence": row[REAL],
    }


@dataclass(frozen=True)
class SourcesArm:
    """The evidence of records (`link` is agreement or event) with its article,
    in the order of the text: article, then position."""

    link: str
    tag: str = "s"
    order: tuple[int, ...] = (N1, N2)
    shape: Callable[[tuple], Any] = _source

    def sql(self) -> str:
        from cooperation.models import Article, Evidence

        evidence, article = Evidence._meta, Article._meta

        def e(field):
            return "E." + _quote(evidence.get_field(field).column)

        def a(field):
            return "A." + _quote(article.get_field(field).column)

        published = a("published")
        if connection.vendor == "postgresql":  # whatever its DateStyle
            published = f"to_char({published}, 'YYYY-MM-DD')"
        values = {
            "n1": e("article"),
            "n2": e("start_char"),
            "t1": a("url"),
            "t2": a("title"),
            "t3": a("outlet"),
            "t4": published,  # SQLite stores dates as ISO text
            "t5": a("language"),
            "t6": e("sentence"),
            "real": e("confidence"),
        }
        return (
            f"{_select(e(self.link), self.tag, values)} "
            f"FROM {_quote(evidence.db_table)} E "
            f"JOIN {_quote(article.db_table)} A ON A.{_quote(article.pk.column)} = "
            f"{e('article')} WHERE {e(self.link)} {IDS}"
        )


class Relations:
    """Several relations of the same records, fetched together."""

    def __init__(self, *arms: Arm | SourcesArm):
        self.arms = arms

    @cached_property
    def _sql(self) -> str:
        return " UNION ALL ".join(arm.sql() for arm in self.arms)

    def fetch(self, ids: list[int]) -> dict[str, dict[int, list]]:
        """{tag: {record id: [item, ...]}}, each record's items in its arm's order.
        Sorting the few items of each record here costs less than an ORDER BY
        over the whole UNION, and sorts text by code point on every database."""
        found = {arm.tag: defaultdict(list) for arm in self.arms}
        if not ids:
            return found
        with connection.cursor() as cursor:
            cursor.execute(self._sql.replace(IDS, _ids(ids)))
            for row in cursor.fetchall():
                found[row[TAG]][row[RECORD]].append(row)
        for arm in self.arms:
            shape, key = arm.shape, itemgetter(*arm.order)
            for record, rows in found[arm.tag].items():
                if len(rows) > 1:
                    rows.sort(key=key)
                found[arm.tag][record] = [shape(row) for row in rows]
        return found


class IsoText(Func):
    """A date, date-time or UUID column read as ISO text: formatting text is far
    cheaper than building a Python object per value and writing it out again.
    SQLite stores these as text already (date-times as UTC 'YYYY-MM-DD
    HH:MM:SS[.ffffff]', UUIDs as 32 hex digits); PostgreSQL formats them with
    `to_char` in UTC, whatever its DateStyle. `iso_timestamp` and `iso_uuid` finish
    the job."""

    output_field = TextField()
    arity = 1
    # On SQLite too: a bare column would be parsed by its declared type.
    template = "CAST(%(expressions)s AS text)"
    postgresql_templates = {
        "DateTimeField": (
            "to_char(%(expressions)s AT TIME ZONE 'UTC', "
            "'YYYY-MM-DD\"T\"HH24:MI:SS.US')"
        ),
        "DateField": "to_char(%(expressions)s, 'YYYY-MM-DD')",
    }

    def as_postgresql(self, compiler, connection, **extra_context):
        kind = self.source_expressions[0].output_field.get_internal_type()
        template = self.postgresql_templates.get(kind, self.template)
        return self.as_sql(compiler, connection, template=template, **extra_context)


def iso_timestamp(text: str | None) -> str | None:
    """IsoText of a date-time as the API writes it, like `datetime.isoformat()` in
    UTC with Z: 2026-12-04T19:23:56.123456Z, or without the fraction when it is
    zero."""
    if text is None:
        return None
    if text.endswith(".000000"):
        text = text[:-7]
    return text.replace(" ", "T", 1) + "Z"


def iso_uuid(text: str | None) -> str | None:
    """IsoText of a UUID in its usual 8-4-4-4-12 form."""
    if text is None or len(text) != 32:
        return text
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"
