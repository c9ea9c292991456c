"""Gate: a case-insensitive search done on lowered text must find a match exactly
where the IGNORECASE pattern does."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ingestion.extraction import dates
from ingestion.extraction.patterns import Gate, lowered

CORPUS = Path(__file__).parent / "corpus" / "articles"


def test_lowered_keeps_escapes_and_group_names():
    assert lowered(r"Jahr\W+(?P<Year>\d{4})\S(?P=Year)[A-Z]") == (
        r"jahr\W+(?P<Year>\d{4})\S(?P=Year)[a-z]"
    )


@pytest.mark.parametrize(
    "text, found",
    [
        ("Im VERGANGENEN Wochenende trafen sich", True),
        ("am wochenende", True),
        ("Le WEEK-END dernier", True),
        ("Die Wochen vergingen", False),
    ],
)
def test_gate_ignores_case(text, found):
    assert bool(dates._WEEKEND_GATE.search(text)) is found


def corpus_lines():
    lines = []
    for path in sorted(CORPUS.glob("*")):
        text = path.read_text(encoding="utf-8", errors="replace")
        lines += [line for line in re.split(r"(?<=[.!?。])\s+|\n", text) if line]
    return lines


@pytest.mark.parametrize(
    "name",
    sorted(name for name, value in vars(dates).items() if isinstance(value, Gate)),
)
def test_gates_agree_with_their_case_insensitive_pattern(name):
    gate = getattr(dates, name)
    original = re.compile(gate.source, re.IGNORECASE)
    lines = corpus_lines()
    samples = (
        lines + [line.upper() for line in lines] + [line.title() for line in lines]
    )
    differ = [s for s in samples if bool(gate.search(s)) != bool(original.search(s))]
    assert differ == []
    assert any(original.search(s) for s in samples)  # the test tests something
