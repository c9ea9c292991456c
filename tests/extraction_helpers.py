"""Helpers for the extraction tests: small gazetteers built by hand, the fixture
gazetteer, and scoring a folder of articles against its gold with the shared
scorer. Run as a script to print the scores:

    .venv/bin/python -m tests.extraction_helpers [ARTICLES_DIR GOLD_DIR]
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from ingestion.extraction import extract_article
from ingestion.extraction.gazetteer import gazetteer_from_fixtures, make_gazetteer
from ingestion.readers import read_inputs
from ingestion.records import AgencyEntry, ArticleInput, CountryEntry, Gazetteer

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
DEV = SHARED / "corpus" / "dev"
SCORER = SHARED / "eval" / "score.py"
CORPUS = REPO / "tests" / "corpus"


def country(code, name, names=None, demonyms=None, capitals=None) -> CountryEntry:
    return CountryEntry(
        code=code,
        name=name,
        names={lang: tuple(v) for lang, v in (names or {}).items()},
        demonyms={lang: tuple(v) for lang, v in (demonyms or {}).items()},
        capitals={lang: tuple(v) for lang, v in (capitals or {}).items()},
    )


def small_gazetteer(agencies=()) -> Gazetteer:
    """A handful of countries in several languages and the given agencies."""
    countries = [
        country(
            "FR",
            "France",
            {"en": ["France"], "fr": ["France"], "es": ["Francia"], "ko": ["프랑스"]},
            {"en": ["French"], "fr": ["français", "française", "françaises"]},
            {"en": ["Paris"], "fr": ["Paris"]},
        ),
        country(
            "MA",
            "Morocco",
            {"en": ["Morocco"], "fr": ["Maroc"], "ar": ["المغرب"]},
            {"en": ["Moroccan"], "fr": ["marocain", "marocains", "marocaine"]},
            {"en": ["Rabat"], "fr": ["Rabat"], "ar": ["الرباط"]},
        ),
        country(
            "VN",
            "Vietnam",
            {"en": ["Vietnam", "Viet Nam"], "vi": ["Việt Nam"], "ko": ["베트남"]},
            {"en": ["Vietnamese"]},
            {"en": ["Hanoi"], "vi": ["Hà Nội"]},
        ),
        country(
            "AE",
            "United Arab Emirates",
            {"en": ["United Arab Emirates", "UAE"], "ar": ["الإمارات"]},
        ),
        country("TD", "Chad", {"en": ["Chad"], "es": ["Chad"], "fr": ["Tchad"]}),
        country(
            "JP",
            "Japan",
            {"en": ["Japan"], "it": ["Giappone"], "ja": ["日本"], "zh": ["日本"]},
            {"en": ["Japanese"], "it": ["giapponese", "giapponesi"]},
            {"en": ["Tokyo"], "it": ["Tokyo"], "ja": ["東京"]},
        ),
        country("CN", "China", {"en": ["China"], "it": ["Cina"], "ja": ["中国"]}),
        country("MY", "Malaysia", {"en": ["Malaysia"], "ms": ["Malaysia"]}),
        country("RU", "Russia", {"en": ["Russia", "Russian Federation"]}),
        country(
            "IT", "Italy", {"en": ["Italy"], "it": ["Italia"]}, {"en": ["Italian"]}
        ),
        country(
            "US",
            "United States",
            {"en": ["United States", "US"], "vi": ["Hoa Kỳ", "Mỹ"], "ko": ["미국"]},
        ),
    ]
    return make_gazetteer(countries, agencies)


ANSSI = AgencyEntry(
    id=7,
    name="National Cybersecurity Agency of France",
    kind="government agency",
    country="FR",
    acronym="ANSSI",
    aliases=("Agence nationale de la sécurité des systèmes d'information",),
)
ASEAN = AgencyEntry(
    id=8,
    name="Association of Southeast Asian Nations",
    kind="intergovernmental",
    acronym="ASEAN",
    aliases=("Associazione delle nazioni del Sud-Est asiatico",),
    member_countries=("MY", "VN"),
)


def fixture_gazetteer() -> Gazetteer:
    return gazetteer_from_fixtures(
        REPO / "fixtures" / "countries.json", REPO / "fixtures" / "agencies.json"
    )


def extract_folder(articles: Path, gazetteer: Gazetteer) -> list[dict]:
    """The extraction record of every article file in `articles`."""
    records = []
    for item in read_inputs([str(articles)]):
        if not isinstance(item, ArticleInput):
            raise AssertionError(f"unreadable test article: {item}")
        records.append(extract_article(item, gazetteer).to_record(item.source))
    return records


def score_folder(articles: Path, gold: Path, gazetteer: Gazetteer, verbose=False):
    """The shared scorer's result (a dict) for the extraction of `articles`."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as out:
        for record in extract_folder(articles, gazetteer):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    command = [sys.executable, str(SCORER), str(gold), out.name, "--json"]
    if verbose:
        command.append("--verbose")
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    Path(out.name).unlink()
    if verbose:
        print(done.stderr, file=sys.stderr)
    return json.loads(done.stdout)


def main(argv: list[str]) -> None:
    pairs = (
        [(Path(argv[0]), Path(argv[1]))]
        if len(argv) == 2
        else [(DEV / "articles", DEV / "gold"), (CORPUS / "articles", CORPUS / "gold")]
    )
    gazetteer = fixture_gazetteer()
    for articles, gold in pairs:
        result = score_folder(articles, gold, gazetteer, verbose=True)
        summary = {k: result[k]["f1"] for k in ("countries", "organizations")}
        summary |= {k: result[k]["f1"] for k in ("agreements", "events")}
        print(articles, "macro F1", result["macro_f1"], summary)


if __name__ == "__main__":
    main(sys.argv[1:])
