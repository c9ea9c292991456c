"""The benchmark's generated data is valid and the plain view it compares with
returns the same rows as the API; the browsable pages render for newcomers."""

from __future__ import annotations

import json

import pytest
from django.test import Client, override_settings

from cooperation.management.commands.benchmark_api import API_URL, PLAIN_URL, build
from cooperation.models import Agreement, Evidence, ReviewState

pytestmark = pytest.mark.usefixtures("fresh_throttle")


def test_benchmark_data_has_relations_and_evidence(db):
    counts = build(agreements=120, agencies=30)
    assert counts["agreements"] == Agreement.objects.count() == 120
    assert Evidence.objects.count() == 120
    assert not Agreement.objects.filter(parties=None).exists()
    assert Agreement.objects.filter(review_state=ReviewState.ACCEPTED).count() == 108


@override_settings(ROOT_URLCONF="cooperation.management.commands.benchmark_api")
def test_plain_view_returns_the_same_rows_as_the_api(db):
    build(agreements=150, agencies=30)
    client = Client()
    api_rows = client.get(API_URL).json()["results"]
    plain_rows = json.loads(client.get(PLAIN_URL).content)
    assert len(api_rows) == 100
    assert [row["id"] for row in api_rows] == [row["id"] for row in plain_rows]


def test_browsable_pages_render(db):
    client = Client()
    for url in ("/api/", "/api/agreements/", "/api/network/", "/api/countries/"):
        response = client.get(url, HTTP_ACCEPT="text/html")
        assert response.status_code == 200, url
        assert b"<html" in response.content
