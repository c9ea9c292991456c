"""Gate: a case-insensitive search done on lowered text must find a match exactly
where the IGNORECASE pattern does."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ingestion.extraction import (
    agreements,
    cooperation,
    countries,
    dates,
    events,
    organizations,
    triggers,
)
from ingestion.extraction.patterns import Caseless, Gate, lowered

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


def test_a_part_that_asks_for_its_case_keeps_it():
    pattern = Caseless(r"deklarasi bersama|(?-i:[Dd]eklarasi [A-Z]\w+)")
    text = "Deklarasi Kuala Lumpur; deklarasi itu; DEKLARASI BERSAMA"
    assert [m.group() for m in pattern.finditer(text)] == [
        "Deklarasi Kuala",
        "DEKLARASI BERSAMA",
    ]
    assert Gate(r"(?-i:[A-Z]\w+ Declaration)").search("the declaration") is None


def test_text_that_lowering_lengthens_is_searched_as_written():
    # "İ".lower() is two characters: offsets in the lowered text would be off
    text = "İzmir'deki toplantının ardından Istanbul'da imzalandı"
    assert len(text.lower()) != len(text)
    assert Caseless(r"istanbul").search(text).span() == (32, 40)
    assert [m.span() for m in Caseless(r"istanbul|i̇zmir").finditer(text)] == [
        m.span() for m in re.finditer(r"istanbul|i̇zmir", text, re.IGNORECASE)
    ]


def patterns() -> list[tuple[str, Gate | Caseless]]:
    """Every Gate and Caseless of the extraction modules that use them."""
    found = []

    seen = set()

    def visit(name, value):
        if isinstance(value, Gate | Caseless):
            source = value.source if isinstance(value, Gate) else value.pattern
            if source not in seen:  # the English terms serve every language
                seen.add(source)
                found.append((name, value))
        elif isinstance(value, dict):
            for key, item in value.items():
                visit(f"{name}[{key}]", item)
        elif isinstance(value, tuple | list):
            for index, item in enumerate(value):
                visit(f"{name}[{index}]", item)

    for module in (
        agreements,
        cooperation,
        countries,
        dates,
        events,
        organizations,
        triggers,
    ):
        for name, value in vars(module).items():
            visit(f"{module.__name__.rsplit('.', 1)[1]}.{name}", value)
    return found


@pytest.fixture(scope="module")
def samples():
    """Sentences (for gates, true or false each) and whole texts (for the
    matches of Caseless), as written, upper-cased and title-cased."""
    lines = corpus_lines()
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*"))]
    return {
        "lines": lines
        + [line.upper() for line in lines]
        + [line.title() for line in lines],
        "texts": texts
        + [text.upper() for text in texts]
        + [text.title() for text in texts],
    }


@pytest.mark.parametrize("name, pattern", patterns(), ids=[n for n, _ in patterns()])
def test_patterns_agree_with_their_case_insensitive_original(name, pattern, samples):
    if isinstance(pattern, Gate):
        original = re.compile(pattern.source, re.IGNORECASE)
        differ = [
            s for s in samples if bool(pattern.search(s)) != bool(original.search(s))
        ]
    else:
        original = pattern.original

        def spans(found):
            return [m.span() for m in found]

        differ = [
            s[:80]
            for s in samples["texts"]
            if spans(pattern.finditer(s)) != spans(original.finditer(s))
            or spans(filter(None, [pattern.search(s, 100)]))
            != spans(filter(None, [original.search(s, 100)]))
        ]
    assert differ == []
