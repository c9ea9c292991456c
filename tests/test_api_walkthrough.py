"""What a newcomer does first, on the demo data: open the docs (offline), call each
endpoint, download Vietnam's agreements as CSV, fetch the network and the
timeline, and get a 400 that names the parameter when a request is wrong."""

from __future__ import annotations

import csv
import io
import re

import pytest
from django.core.management import call_command
from rest_framework.test import APIClient

pytestmark = pytest.mark.usefixtures("fresh_throttle")


@pytest.fixture
def api(db):
    return APIClient()


@pytest.fixture
def demo(db):
    call_command(
        "loaddata", "countries", "focus_areas", "agencies", "demo", verbosity=0
    )
    return APIClient()


def _csv_rows(response) -> list[dict]:
    content = b"".join(response.streaming_content) if response.streaming else None
    text = (content or response.content).decode("utf-8")
    assert text.startswith("\ufeff")  # so that Excel reads UTF-8
    return list(csv.DictReader(io.StringIO(text[1:])))


def test_docs_load_with_their_static_files_offline(demo):
    page = demo.get("/api/docs/").content.decode()
    assets = re.findall(r'(?:src|href)="(/static/[^"]+)"', page)
    assert len(assets) >= 3
    for asset in assets:
        response = demo.get(asset)
        assert response.status_code == 200, asset
        b"".join(response.streaming_content)
    assert "://" not in " ".join(assets)
    assert demo.get("/api/schema/").status_code == 200


def test_every_endpoint_answers_on_the_demo_data(demo):
    for name in ("countries", "agencies", "agreements", "events", "articles"):
        response = demo.get(f"/api/{name}/")
        assert response.status_code == 200, name
        assert response.json()["count"] > 0, name
        first = response.json()["results"][0]
        key = "code" if name == "countries" else "id"
        assert demo.get(f"/api/{name}/{first[key]}/").status_code == 200, name


def test_vietnams_agreements_download_as_csv(demo):
    response = demo.get("/api/agreements/?country=VN&format=csv")
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="agreements.csv"'
    rows = _csv_rows(response)
    assert rows
    assert all("VN" in row["countries.code"].split(" | ") for row in rows)
    listed = demo.get("/api/agreements/?country=VN").json()
    assert [int(row["id"]) for row in rows] == [r["id"] for r in listed["results"]]


def test_network_and_timeline_are_json(demo):
    network = demo.get("/api/network/")
    assert network["Content-Type"] == "application/json"
    body = network.json()
    assert body["level"] == "country"
    assert "VN" in {node["id"] for node in body["nodes"]}
    assert body["edges"]
    timeline = demo.get("/api/timeline/").json()
    assert timeline["interval"] == "year"
    counted = sum(
        period[key]["total"]
        for period in timeline["periods"]
        for key in ("agreements", "events")
    )
    unplaced = timeline["unplaced"]["agreements"] + timeline["unplaced"]["events"]
    assert counted + unplaced == body["totals"]["agreements"] + body["totals"]["events"]


@pytest.mark.parametrize(
    ("url", "formats"),
    [
        ("/api/agreements/?format=xml", "json, api, csv"),
        ("/api/agreements/1/?format=xlsx", "json, api, csv"),
        ("/api/network/?format=csv", "json, api"),
        ("/api/timeline/?format=csv", "json, api"),
    ],
)
def test_unknown_format_is_a_400_naming_the_parameter(api, url, formats):
    response = api.get(url)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    (message,) = response.json()["format"]
    assert message.endswith(f"this endpoint gives {formats}.")


@pytest.mark.parametrize(
    ("url", "parameter"),
    [
        ("/api/agreements/?country=Vietnam", "country"),
        ("/api/agreements/?page_size=5000", "page_size"),
        ("/api/agreements/?page=zero", "page"),
        ("/api/events/?date_after=2019-02-30", "date_after"),
        ("/api/network/?level=planet", "level"),
        ("/api/network/?contry=VN", "contry"),
        ("/api/timeline/?interval=week", "interval"),
    ],
)
def test_bad_parameters_are_a_400_naming_them(api, url, parameter):
    response = api.get(url)
    assert response.status_code == 400
    assert list(response.json()) == [parameter]


def test_detail_csv_is_like_the_lists(demo):
    agreement = demo.get("/api/agreements/").json()["results"][0]
    response = demo.get(f"/api/agreements/{agreement['id']}/?format=csv")
    disposition = f'attachment; filename="agreements-{agreement["id"]}.csv"'
    assert response["Content-Disposition"] == disposition
    (row,) = _csv_rows(response)
    assert row["uid"] == agreement["uid"]


def test_filter_form_labels_each_field_with_its_query_parameter(api):
    page = api.get("/api/agreements/", HTTP_ACCEPT="text/html").content.decode()
    labels = dict(re.findall(r'<label for="id_(\w+)">([^<]*):</label>', page))
    assert labels["country"] == "country"
    assert labels["date_after"] == "date_after"
    assert labels["date_before"] == "date_before"
    assert "[invalid name]" not in page
