"""The API's JSON renderer writes the bytes DRF's own renderer writes, with orjson,
and hands DRF what orjson would write differently."""

from __future__ import annotations

import datetime
import decimal
import json

import pytest
from rest_framework.exceptions import ErrorDetail
from rest_framework.renderers import JSONRenderer as DRFJSONRenderer

from cooperation.api.renderers import JSONRenderer

SAMPLES = [
    {
        "count": 2,
        "next": None,
        "results": [
            {"name": "Cục An toàn thông tin", "confidence": 0.9, "ids": [1, 2]},
            {"name": "Agence nationale", "flag": True, "big": 10**15, "neg": -3.5},
        ],
    },
    {"quote": "line\u2028break\u2029end", "lock": "🔒", "odd": 'tab\t"\\\x01\x7f'},
    {"page": [ErrorDetail("Must be 1 or more.", code="invalid")]},
    [{"nested": {"deep": [None, 0.0001, 0.1 + 0.2, 123456789.125]}}],
    {
        "when": datetime.datetime(2024, 1, 2, 3, 4, 5, 678901, tzinfo=datetime.UTC),
        "day": datetime.date(2024, 1, 2),
        "amount": decimal.Decimal("1.10"),
    },
]


@pytest.mark.parametrize("data", SAMPLES)
def test_json_is_byte_for_byte_what_drf_writes(data):
    assert JSONRenderer().render(data) == DRFJSONRenderer().render(data)


def test_floats_in_exponent_form_are_the_same_numbers():
    # orjson spells them 1e-7 where Python writes 1e-07: the same JSON number.
    data = {"confidence": [1e-07, 5e-05, 1.5e16]}
    ours = JSONRenderer().render(data)
    assert json.loads(ours) == json.loads(DRFJSONRenderer().render(data)) == data


def test_indented_json_is_drfs():
    media_type = "application/json; indent=2"
    ours = JSONRenderer().render(SAMPLES[0], media_type, {})
    assert ours == DRFJSONRenderer().render(SAMPLES[0], media_type, {})
    assert b'\n  "count": 2' in ours


def test_no_data_is_an_empty_body():
    assert JSONRenderer().render(None) == b""
