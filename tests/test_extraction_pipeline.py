"""The spaCy pipelines, the gazetteer (from fixtures and from the database) and the
end-to-end `extract_article`."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from cooperation.models import Agency, AgencyKind, Country, ReviewState
from ingestion.extraction import EXTRACTOR_VERSION, build_context, extract_article
from ingestion.extraction.gazetteer import (
    compiled,
    gazetteer_from_fixtures,
    load_gazetteer,
)
from ingestion.extraction.language import LANGUAGES
from ingestion.extraction.pipeline import get_pipeline
from ingestion.records import ArticleInput
from tests.extraction_helpers import ANSSI, ASEAN, REPO, small_gazetteer

MOU = (
    "France and Morocco sign a cybersecurity MoU\n"
    "RABAT, 7 November 2024 — The Agence nationale de la sécurité des systèmes "
    "d'information and Morocco's General Directorate of Information Systems Security "
    "(DGSSI) signed a memorandum of understanding on Thursday in Rabat.\n"
    "The agreement covers incident response and training, the ministry said."
)


def test_every_target_language_gets_a_cached_pipeline_with_sentences():
    for language in LANGUAGES:
        nlp = get_pipeline(language)
        assert nlp is get_pipeline(language)
        assert "cct_sentences" in nlp.pipe_names


@pytest.mark.parametrize(
    ("language", "text", "count"),
    [
        ("en", "Mr. Kaspersky met the minister. They signed a MoU!", 2),
        ("fr", "La France signe.\nLe Maroc aussi.", 2),
        ("ja", "日本とASEANは協力を強化する。会議は東京で開かれた。", 2),
        ("zh", "中国与东盟加强合作。培训班在南宁举行！", 2),
        ("ar", "وقعت الإمارات مذكرة تفاهم. هل تتعاون المغرب؟ نعم", 3),
        ("ko", "한국은 베트남과 협력했다. 회의는 서울에서 열렸다.", 2),
        ("vi", "Việt Nam và Hoa Kỳ ký kết. Hội thảo diễn ra tại Hà Nội.", 2),
        ("th", "ไทยและญี่ปุ่นร่วมมือกัน\nการฝึกอบรมจัดขึ้นที่กรุงเทพ", 2),
    ],
)
def test_sentence_splitter_handles_each_script(language, text, count):
    doc = get_pipeline(language)(text)
    assert len([s for s in doc.sents if s.text.strip()]) == count


def test_quote_after_full_stop_stays_with_its_sentence():
    doc = get_pipeline("en")('He said "we agree." Then they left.')
    assert [s.text for s in doc.sents] == ['He said "we agree."', "Then they left."]


def test_build_context_offsets_point_into_the_article_text():
    ctx = build_context(ArticleInput(text=MOU), small_gazetteer([ANSSI]))
    assert ctx.language == "en"
    assert ctx.mentions
    for mention in ctx.mentions:
        assert ctx.text[mention.start : mention.end] == mention.text
    for sentence in ctx.sentences:
        assert ctx.text[sentence.start : sentence.end] == sentence.text


def test_extract_article_finds_known_and_new_organisations_with_evidence():
    extraction = extract_article(
        ArticleInput(text=MOU, title=MOU.splitlines()[0]), small_gazetteer([ANSSI])
    )
    assert extraction.extractor_version == EXTRACTOR_VERSION
    by_name = {o.name: o for o in extraction.organizations}
    anssi = by_name["National Cybersecurity Agency of France"]
    assert anssi.known_id == 7
    dgssi = by_name["General Directorate of Information Systems Security"]
    assert dgssi.acronym == "DGSSI"
    assert dgssi.known_id is None
    assert dgssi.country == "MA"
    assert anssi.confidence > dgssi.confidence
    for organization in extraction.organizations:
        (evidence,) = organization.evidence
        assert MOU[evidence.start_char : evidence.end_char] == evidence.sentence
    if extraction.is_cooperation:
        assert {"FR", "MA"} <= set(extraction.countries)


def test_extraction_record_has_the_schema_keys():
    record = extract_article(ArticleInput(text=MOU), small_gazetteer()).to_record("x")
    assert set(record) == {
        "source",
        "language",
        "published",
        "is_cooperation",
        "countries",
        "organizations",
        "agreements",
        "events",
    }
    json.dumps(record)


def test_article_that_is_not_about_cooperation_lists_countries_as_mentioned():
    text = (
        "Ransomware hits hospital in France\n"
        "A ransomware gang encrypted the records of a hospital near Paris, police "
        "said on Monday. No ransom was paid."
    )
    extraction = extract_article(ArticleInput(text=text), small_gazetteer())
    assert extraction.is_cooperation is False
    assert extraction.countries == ()
    assert extraction.organizations == ()
    assert "FR" in extraction.countries_mentioned


def test_empty_article_gives_an_empty_extraction():
    extraction = extract_article(ArticleInput(text=""), small_gazetteer())
    assert extraction.organizations == ()
    assert extraction.countries == ()


_ORDER_SCRIPT = """
import django, os
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cooperation.settings")
django.setup()
from ingestion.extraction import extract_article
from ingestion.records import AgencyEntry, ArticleInput
from tests.extraction_helpers import small_gazetteer

agencies = [
    AgencyEntry(id=21, name="National Center of Incident Readiness",
                kind="government agency", country="JP", acronym="NISC"),
    AgencyEntry(id=23, name="Vietnam Cybersecurity Emergency Response Teams",
                kind="government agency", country="VN", acronym="VNCERT"),
    AgencyEntry(id=24, name="General Directorate of Information Systems Security",
                kind="government agency", country="MA", acronym="DGSSI"),
]
text = (
    "Agencies sign cyber memorandum\\n"
    "NISC signed a memorandum of understanding with VNCERT and DGSSI on Tuesday."
)
article = ArticleInput(text=text, title="Agencies sign cyber memorandum", language="en")
print(",".join(extract_article(article, small_gazetteer(agencies)).countries))
"""


def test_parties_known_only_through_their_bodies_come_in_one_order_in_every_process():
    # a set of country codes iterates in an order that changes with the hash seed
    orders = {
        subprocess.run(
            [sys.executable, "-c", _ORDER_SCRIPT],
            cwd=REPO,
            env={**os.environ, "PYTHONHASHSEED": seed, "DEBUG": "1"},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        for seed in ("1", "2", "3", "4")
    }
    assert len(orders) == 1
    (order,) = orders
    assert set(order.split(",")) >= {"VN", "MA"}


# --- gazetteer -------------------------------------------------------------------


def test_gazetteer_from_fixture_files():
    gazetteer = gazetteer_from_fixtures(
        REPO / "fixtures" / "countries.json", REPO / "fixtures" / "agencies.json"
    )
    codes = {c.code for c in gazetteer.countries}
    assert {"VN", "FR", "JP", "MY"} <= codes
    vietnam = next(c for c in gazetteer.countries if c.code == "VN")
    assert "Việt Nam" in vietnam.names["vi"]
    assert gazetteer.version
    if (REPO / "fixtures" / "agencies.json").exists():
        assert any(a.acronym == "ASEAN" for a in gazetteer.agencies)


def test_gazetteer_without_agency_file_has_countries_only(tmp_path):
    gazetteer = gazetteer_from_fixtures(
        REPO / "fixtures" / "countries.json", tmp_path / "missing.json"
    )
    assert gazetteer.countries
    assert gazetteer.agencies == ()


def test_compiled_matchers_are_built_once_per_gazetteer_version():
    gazetteer = small_gazetteer([ASEAN])
    first = compiled(gazetteer).organizations("en")
    assert compiled(gazetteer).organizations("en") is first
    other = small_gazetteer([ASEAN, ANSSI])
    assert other.version != gazetteer.version
    assert compiled(other).organizations("en") is not first


@pytest.mark.django_db
def test_gazetteer_from_the_database_skips_rejected_agencies():
    france = Country.objects.create(
        code="FR", alpha3="FRA", name="France", names={"fr": ["France"]}
    )
    Agency.objects.create(
        name="National Cybersecurity Agency of France",
        acronym="ANSSI",
        aliases=["Agence nationale de la sécurité des systèmes d'information"],
        kind=AgencyKind.GOVERNMENT_AGENCY,
        country=france,
    )
    rejected = Agency.objects.create(
        name="Agence fictive", kind=AgencyKind.OTHER, country=france
    )
    rejected.set_review(ReviewState.REJECTED)
    rejected.save()
    bloc = Agency.objects.create(
        name="European Union", acronym="EU", kind="intergovernmental"
    )
    bloc.member_countries.add(france)

    gazetteer = load_gazetteer()

    assert [c.code for c in gazetteer.countries] == ["FR"]
    assert gazetteer.countries[0].names == {"fr": ("France",)}
    names = {a.name: a for a in gazetteer.agencies}
    assert set(names) == {"National Cybersecurity Agency of France", "European Union"}
    assert names["European Union"].member_countries == ("FR",)
    assert names["National Cybersecurity Agency of France"].id is not None
    ctx = build_context(
        ArticleInput(text="L'ANSSI et l'EU ont signé un accord.", language="fr"),
        gazetteer,
    )
    known = {f.known_id for f in ctx.extra["organizations"]}
    assert names["National Cybersecurity Agency of France"].id in known


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Die Konsultationen fanden vom 24. bis 25. Oktober in Kiew statt."),
        ("de", "Der Dialog fand am 19. Mai 2025 in Tokio statt."),
        ("de", "Das Treffen ist am 23. und 24. November in Bonn geplant."),
        ("th", "ทั้งสองฝ่ายลงนามเมื่อ 9 ม.ค. 2568 ที่กรุงเทพฯ"),
        ("th", "การฝึกจัดขึ้นระหว่าง 3-5 ก.พ. 2568 ที่เชียงใหม่"),
        ("th", "การประชุมเมื่อ 12 ต.ค. 2567 ณ กรุงโตเกียว"),
        # Thai abbreviations of bodies end with a full stop too
        ("th", "สำนักงาน (สกมช.) ได้ลงนามในบันทึกความเข้าใจกับ JPCERT/CC"),
        ("th", "สกมช. ลงนาม MoU กับ JPCERT/CC ญี่ปุ่น"),
    ],
)
def test_a_day_number_or_abbreviated_month_does_not_end_a_sentence(language, text):
    assert [s.text for s in get_pipeline(language)(text).sents] == [text]


def test_a_day_number_at_the_end_of_a_sentence_still_ends_it():
    doc = get_pipeline("de")("Sie kamen am 3. Dann gingen sie.")
    assert [s.text for s in doc.sents] == ["Sie kamen am 3.", "Dann gingen sie."]
