"""Each list endpoint costs the same number of queries for 5 rows and for 50: the
relations of a page are fetched in bulk, never row by row."""

from __future__ import annotations

import datetime

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from tests import api_factories as make


def add_records(count: int, start: int):
    bloc = make.agency(f"Bloc {start}", member_countries=["VN", "FR"])
    for n in range(start, start + count):
        code = ["VN", "FR", "JP", "SG"][n % 4]
        first = make.agency(f"Agency A{n}", code, parent=bloc)
        second = make.agency(f"Agency B{n}", "US")
        day = datetime.date(2019, 1 + n % 12, 1)
        agreement = make.agreement([first, second], date=day, precision="month")
        event = make.event([first, second], start=day, country=make.country(code))
        event.agreements.set([agreement])
        source = make.article(f"Text {n}", published=day)
        source.countries.set([make.country(code)])
        make.evidence(agreement, source)
        make.evidence(event, source, start=10)


def queries_for(url: str) -> int:
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        response = APIClient().get(url)
    assert response.status_code == 200, response.content
    return len(captured)


URLS = [
    "/api/agreements/?page_size=100",
    "/api/events/?page_size=100",
    "/api/agencies/?page_size=100",
    "/api/articles/?page_size=100",
    "/api/countries/?page_size=100",
    "/api/agreements/?page_size=100&country=VN,FR,JP,SG,US&date_after=2019",
    "/api/events/?page_size=100&q=Agency&ordering=-start",
    "/api/network/",
    "/api/network/?level=agency",
    "/api/timeline/?interval=month",
]


def test_query_count_is_the_same_for_5_and_50_rows(db):
    add_records(5, 0)
    few = {url: queries_for(url) for url in URLS}
    add_records(45, 5)
    many = {url: queries_for(url) for url in URLS}
    assert few == many


def test_csv_export_queries_grow_with_chunks_not_rows(db):
    add_records(50, 0)
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        response = APIClient().get("/api/agreements/?format=csv")
        rows = b"".join(response.streaming_content).count(b"\n") - 1
    assert rows == 50
    assert len(captured) < 15
