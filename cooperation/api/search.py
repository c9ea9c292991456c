"""The `q` text search: PostgreSQL full-text search ('simple' configuration, so no
language's stemming is imposed on a multilingual corpus) when the database is
PostgreSQL, and case-insensitive substring matching of every word elsewhere.

A record matches when its own text, the names of its agencies, or the articles and
quoted sentences that support it match.
"""

from __future__ import annotations

import re

from django.db import connection
from django.db.models import Q, QuerySet

from cooperation.models import Agency, Agreement, Article, Country, Event, Evidence
from cooperation.selectors import JSONStrings as JSONText

_TERMS = re.compile(r'"([^"]+)"|(\S+)')


def uses_full_text_search() -> bool:
    return connection.vendor == "postgresql"


def search_terms(text: str) -> list[str]:
    """Words and "quoted phrases" of a query, for the substring fallback."""
    return [phrase or word for phrase, word in _TERMS.findall(text)]


# Each model's own searchable columns; JSON columns are marked so they are decoded.
OWN_TEXT = {
    Country: ("code", "name", "official_name", "json:names"),
    Agency: ("name", "acronym", "json:aliases", "description"),
    Article: ("title", "outlet", "text"),
    Agreement: ("title", "summary"),
    Event: ("name", "summary", "city"),
    Evidence: ("sentence",),
}


def _expression(field: str):
    return JSONText(field[5:]) if field.startswith("json:") else field


def _own_matches(model, query: str) -> QuerySet:
    """Primary keys of `model` rows whose own text matches the whole query."""
    fields = OWN_TEXT[model]
    if uses_full_text_search():
        from django.contrib.postgres.search import SearchQuery, SearchVector

        vector = SearchVector(*map(_expression, fields), config="simple")
        search = SearchQuery(query, search_type="websearch", config="simple")
        return (
            model.objects.annotate(_search=vector).filter(_search=search).values("pk")
        )
    condition = Q()
    annotations = {}
    for term in search_terms(query):
        any_field = Q()
        for field in fields:
            if field.startswith("json:"):
                name = f"_json_{field[5:]}"
                annotations[name] = JSONText(field[5:])
                field = name
            any_field |= Q(**{f"{field}__icontains": term})
        condition &= any_field
    return model.objects.annotate(**annotations).filter(condition).values("pk")


def search_condition(model, query: str) -> Q:
    """A filter condition for `model` rows matching the text query."""
    own = Q(pk__in=_own_matches(model, query))
    if model in (Country, Agency, Article):
        return own
    agencies = _own_matches(Agency, query)
    articles = _own_matches(Article, query)
    sentences = _own_matches(Evidence, query)
    if model is Agreement:
        through, link, members = Agreement.parties.through, "agreement_id", "agency_id"
    else:
        through, link, members = Event.participants.through, "event_id", "agency_id"
    evidence_link = "agreement_id" if model is Agreement else "event_id"
    return (
        own
        | Q(pk__in=through.objects.filter(**{f"{members}__in": agencies}).values(link))
        | Q(
            pk__in=Evidence.objects.filter(
                Q(article_id__in=articles) | Q(pk__in=sentences)
            ).values(evidence_link)
        )
    )
