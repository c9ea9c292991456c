"""The to-many relations of a page of records, fetched in one round trip.

The list endpoints are the API's hot path: building a separate ORM query per
relation cost more than the rows themselves. Here each relation is one arm of a
UNION ALL over the through table, in plain SQL built once from the models' own
table and column names, and the rows come back grouped per record.

Every arm returns (record id, tag, integer, text, text, text), NULL where unused,
so the arms line up on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property

from django.db import connection

TEXT_COLUMNS = 3


def _quote(name: str) -> str:
    return connection.ops.quote_name(name)


def _id_condition(ids) -> tuple[str, list]:
    """`IN (...)` with one parameter per id, or on PostgreSQL `= ANY(array)` with
    a single parameter, which it parses and plans far faster."""
    ids = [int(i) for i in ids]
    if connection.vendor == "postgresql":
        return "= ANY(%s)", [ids]
    return f"IN ({', '.join(['%s'] * len(ids))})", ids


@dataclass(frozen=True)
class Arm:
    """One relation: `through.link` = the record, joined to `target` via
    `through.other`; `number` is an integer column of the target, `texts` its
    text columns."""

    tag: str
    through: type
    link: str
    other: str
    number: str | None = None
    texts: tuple[str, ...] = ()

    def sql(self, placeholders: str) -> str:
        meta = self.through._meta
        link = _quote(meta.get_field(self.link).column)
        other_field = meta.get_field(self.other)
        target = other_field.related_model._meta
        columns = (
            [f"R.{_quote(target.get_field(self.number).column)}"]
            if (self.number)
            else ["NULL"]
        )
        columns += [f"R.{_quote(target.get_field(t).column)}" for t in self.texts]
        columns += ["NULL"] * (TEXT_COLUMNS - len(self.texts))
        return (
            f"SELECT T.{link}, '{self.tag}', {', '.join(columns)} "
            f"FROM {_quote(meta.db_table)} T JOIN {_quote(target.db_table)} R "
            f"ON R.{_quote(target.pk.column)} = T.{_quote(other_field.column)} "
            f"WHERE T.{link} {placeholders}"
        )


class Relations:
    """Several relations of the same records, fetched together."""

    def __init__(self, *arms: Arm):
        self.arms = arms

    def fetch(self, ids: list[int]) -> dict[str, dict[int, list[tuple]]]:
        """{tag: {record id: [(number, text, text, text), ...]}}."""
        found = {arm.tag: defaultdict(list) for arm in self.arms}
        if not ids:
            return found
        condition, params = _id_condition(ids)
        sql = " UNION ALL ".join(arm.sql(condition) for arm in self.arms)
        with connection.cursor() as cursor:
            cursor.execute(sql, params * len(self.arms))
            for record, tag, *values in cursor.fetchall():
                found[tag][record].append(tuple(values))
        return found


@dataclass(frozen=True)
class Sources:
    """The evidence of records with its article, in one plain query."""

    link: str

    @cached_property
    def _template(self) -> str:
        from cooperation.models import Article, Evidence

        evidence, article = Evidence._meta, Article._meta

        def e(field):
            return "E." + _quote(evidence.get_field(field).column)

        def a(field):
            return "A." + _quote(article.get_field(field).column)

        columns = [e(self.link), e("article"), a("url"), a("title"), a("outlet")]
        columns += [a("published"), a("language"), e("sentence"), e("confidence")]
        return (
            f"SELECT {', '.join(columns)} FROM {_quote(evidence.db_table)} E "
            f"JOIN {_quote(article.db_table)} A ON A.{_quote(article.pk.column)} = "
            f"{e('article')} WHERE {e(self.link)} {{}} "
            f"ORDER BY {e(self.link)}, {e('article')}, {e('start_char')}"
        )

    def fetch(self, ids: list[int]) -> dict[int, list[dict]]:
        found = defaultdict(list)
        if not ids:
            return found
        condition, params = _id_condition(ids)
        with connection.cursor() as cursor:
            cursor.execute(self._template.format(condition), params)
            for row in cursor.fetchall():
                record, article, url, title, outlet, published, language = row[:7]
                if isinstance(published, datetime.date):
                    published = published.isoformat()
                found[record].append(
                    {
                        "article": article,
                        "url": url,
                        "title": title,
                        "outlet": outlet,
                        "published": published,
                        "language": language,
                        "quote": row[7],
                        "confidence": row[8],
                    }
                )
        return found
