"""The database writer of the ingestion, fed hand-built extractions so that these
tests pin the writing rules, not the quality of the NLP."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone

from cooperation.models import (
    Agency,
    Agreement,
    Article,
    ArticleStatus,
    Event,
    Evidence,
    ReviewState,
)
from ingestion import records
from ingestion.services import (
    content_hash,
    current_articles,
    ingest_extraction,
    record_failure,
)

pytestmark = pytest.mark.django_db

FR_TEXT = (
    "France et Vietnam signent un accord\n\n"
    "L'ANSSI et le ministère vietnamien de l'Information ont signé le 19 décembre "
    "2019 un protocole d'accord sur la cybersécurité. Un atelier commun a suivi à "
    "Hanoï."
)
EN_TEXT = (
    "France and Vietnam sign cyber pact\n\n"
    "ANSSI and Vietnam's Ministry of Information signed a memorandum of "
    "understanding on cybersecurity in December 2019."
)


def evidence_for(text: str, sentence: str, confidence: float = 0.8):
    start = text.index(sentence)
    return records.Evidence(sentence, start, start + len(sentence), confidence)


def article_input(text: str = FR_TEXT, **fields) -> records.ArticleInput:
    fields.setdefault("source", "news/fr-001.txt")
    return records.ArticleInput(text=text, title=text.splitlines()[0], **fields)


@pytest.fixture
def known(country_factory, agency_factory):
    """France, Vietnam and two agencies the gazetteer knows."""
    france = country_factory("FR", "France", alpha3="FRA")
    vietnam = country_factory("VN", "Vietnam", alpha3="VNM")
    anssi = agency_factory(
        "National Cybersecurity Agency of France",
        acronym="ANSSI",
        country=france,
        review_state=ReviewState.ACCEPTED,
        reviewed_at=timezone.now(),
    )
    ministry = agency_factory(
        "Ministry of Information and Communications",
        acronym="MIC",
        kind="ministry",
        country=vietnam,
    )
    return {"FR": france, "VN": vietnam, "anssi": anssi, "ministry": ministry}


def mou_extraction(
    known,
    text: str = FR_TEXT,
    *,
    sentence: str = "L'ANSSI et le ministère vietnamien de l'Information ont signé le "
    "19 décembre 2019 un protocole d'accord sur la cybersécurité.",
    date: str | None = "2019-12-19",
    version: str = "1.0",
    ministry_name: str = "ministère vietnamien de l'Information",
    events: tuple = (),
    title: str | None = None,
) -> records.Extraction:
    evidence = (evidence_for(text, sentence),)
    organizations = (
        records.Organization(
            name="ANSSI",
            kind="government agency",
            country="FR",
            known_id=known["anssi"].pk,
            evidence=evidence,
        ),
        records.Organization(
            name=ministry_name,
            kind="ministry",
            country="VN",
            known_id=known["ministry"].pk,
            evidence=evidence,
        ),
    )
    agreement = records.Agreement(
        kind="mou",
        status="signed",
        title=title,
        date=date,
        parties=("ANSSI", ministry_name),
        countries=("FR", "VN"),
        confidence=0.9,
        evidence=evidence,
    )
    return records.Extraction(
        language="fr",
        published="2019-12-20",
        is_cooperation=True,
        countries=("FR", "VN"),
        organizations=organizations,
        agreements=(agreement,),
        events=events,
        extractor_version=version,
    )


def counts() -> dict[str, int]:
    return {
        "articles": Article.objects.count(),
        "agencies": Agency.objects.count(),
        "agreements": Agreement.objects.count(),
        "events": Event.objects.count(),
        "evidence": Evidence.objects.count(),
    }


def test_new_article_stores_records_with_evidence(known):
    result = ingest_extraction(article_input(), mou_extraction(known))

    assert result.outcome == "new"
    assert result.created["agreements"] == 1
    article = Article.objects.get()
    assert article.status == ArticleStatus.EXTRACTED
    assert article.text == FR_TEXT
    assert article.content_hash == content_hash(FR_TEXT)
    assert article.language == "fr"
    assert article.published == datetime.date(2019, 12, 20)
    assert article.extractor_version == "1.0"
    assert article.is_cooperation is True
    assert set(article.countries.values_list("code", flat=True)) == {"FR", "VN"}
    agreement = Agreement.objects.get()
    assert agreement.review_state == ReviewState.UNREVIEWED
    assert agreement.date == datetime.date(2019, 12, 19)
    assert agreement.date_precision == "day"
    assert set(agreement.parties.all()) == {known["anssi"], known["ministry"]}
    assert set(agreement.countries.values_list("code", flat=True)) == {"FR", "VN"}
    evidence = agreement.evidence.get()
    assert article.text[evidence.start_char : evidence.end_char] == evidence.sentence
    assert evidence.extractor_version == "1.0"
    assert evidence.confidence == 0.8
    assert known["anssi"].evidence.count() == 1


def test_reingesting_the_same_article_creates_nothing(known):
    ingest_extraction(article_input(), mou_extraction(known))
    before = counts()

    result = ingest_extraction(article_input(), mou_extraction(known))

    assert result.outcome == "duplicate"
    assert counts() == before
    assert current_articles([article_input()], "1.0") == [True]
    assert current_articles([article_input()], "2.0") == [False]


def test_same_text_with_other_whitespace_is_the_same_article(known):
    ingest_extraction(article_input(), mou_extraction(known))
    respaced = FR_TEXT.replace("\n\n", "\r\n\r\n  ").replace(
        " un accord", "  un accord"
    )

    result = ingest_extraction(
        article_input(respaced, source="copy.txt"),
        mou_extraction(known, respaced),
    )

    assert result.outcome == "duplicate"
    assert Article.objects.count() == 1


def test_same_url_with_edited_text_keeps_the_stored_text(known):
    url = "https://example.org/a"
    ingest_extraction(article_input(url=url), mou_extraction(known))
    edited = FR_TEXT + " Mise à jour."

    result = ingest_extraction(
        article_input(edited, url=url), mou_extraction(known, edited)
    )

    assert result.outcome == "duplicate"
    assert Article.objects.get().text == FR_TEXT


def test_agreement_reported_in_another_language_gains_evidence_not_a_twin(known):
    ingest_extraction(article_input(), mou_extraction(known))

    english = mou_extraction(
        known,
        EN_TEXT,
        sentence=EN_TEXT.split("\n\n")[1],
        date="2019-12",
        ministry_name="Vietnam's Ministry of Information",
    )
    result = ingest_extraction(article_input(EN_TEXT, source="en.txt"), english)

    assert result.outcome == "new"
    assert result.created["agreements"] == 0
    agreement = Agreement.objects.get()
    assert agreement.evidence.count() == 2
    assert set(agreement.evidence.values_list("article__language", flat=True)) == {"fr"}
    assert agreement.date == datetime.date(2019, 12, 19)  # the precise date stays


def test_month_date_is_stored_as_its_first_day_and_refined_later(known):
    ingest_extraction(article_input(), mou_extraction(known, date="2019-12"))
    agreement = Agreement.objects.get()
    assert (agreement.date, agreement.date_precision) == (
        datetime.date(2019, 12, 1),
        "month",
    )

    ingest_extraction(
        article_input(EN_TEXT, source="en.txt"),
        mou_extraction(
            known, EN_TEXT, sentence=EN_TEXT.split("\n\n")[1], date="2019-12-19"
        ),
    )

    agreement.refresh_from_db()
    assert Agreement.objects.count() == 1
    assert (agreement.date, agreement.date_precision) == (
        datetime.date(2019, 12, 19),
        "day",
    )


def test_agreement_on_another_date_is_another_agreement(known):
    ingest_extraction(article_input(), mou_extraction(known, date="2019-12-19"))
    ingest_extraction(
        article_input(EN_TEXT, source="en.txt"),
        mou_extraction(
            known, EN_TEXT, sentence=EN_TEXT.split("\n\n")[1], date="2021-03"
        ),
    )

    assert Agreement.objects.count() == 2


def test_unknown_agency_is_created_unreviewed_and_reused_by_name(known):
    text = FR_TEXT
    sentence = "Un atelier commun a suivi à Hanoï."
    org = records.Organization(
        name="Viettel Cyber Security",
        kind="company",
        country="VN",
        acronym="VCS",
        evidence=(evidence_for(text, sentence),),
    )
    extraction = records.Extraction(
        language="fr",
        published=None,
        is_cooperation=True,
        organizations=(org,),
        extractor_version="1.0",
    )
    ingest_extraction(article_input(), extraction)
    agency = Agency.objects.get(name="Viettel Cyber Security")
    assert agency.review_state == ReviewState.UNREVIEWED
    assert (agency.kind, agency.country_id, agency.acronym) == ("company", "VN", "VCS")

    shouting = records.Organization(
        name="VIETTEL CYBER SECURITY",
        kind="company",
        country="VN",
        evidence=(evidence_for(EN_TEXT, EN_TEXT.split("\n\n")[1]),),
    )
    ingest_extraction(
        article_input(EN_TEXT, source="en.txt"),
        records.Extraction(
            language="en",
            published=None,
            is_cooperation=True,
            organizations=(shouting,),
            extractor_version="1.0",
        ),
    )

    assert Agency.objects.filter(name__iexact="viettel cyber security").count() == 1
    assert agency.evidence.count() == 2


def test_known_agency_is_never_duplicated_or_edited(known):
    ingest_extraction(article_input(), mou_extraction(known))

    anssi = Agency.objects.get(pk=known["anssi"].pk)
    assert Agency.objects.count() == 2
    assert anssi.aliases == []  # accepted: the article's spelling is not added
    ministry = Agency.objects.get(pk=known["ministry"].pk)
    assert "ministère vietnamien de l'Information" in ministry.aliases


def test_rejected_agreement_absorbs_the_finding_and_stays_rejected(known):
    ingest_extraction(article_input(), mou_extraction(known))
    agreement = Agreement.objects.get()
    agreement.set_review(ReviewState.REJECTED)
    agreement.save()

    ingest_extraction(
        article_input(EN_TEXT, source="en.txt"),
        mou_extraction(known, EN_TEXT, sentence=EN_TEXT.split("\n\n")[1]),
    )

    agreement.refresh_from_db()
    assert Agreement.objects.count() == 1
    assert agreement.review_state == ReviewState.REJECTED
    assert agreement.evidence.count() == 1


def test_rejected_agency_is_not_resurrected_or_linked(known):
    rejected = known["ministry"]
    rejected.set_review(ReviewState.REJECTED)
    rejected.save()

    ingest_extraction(article_input(), mou_extraction(known))

    assert Agency.objects.count() == 2
    assert rejected.evidence.count() == 0
    assert list(Agreement.objects.get().parties.all()) == [known["anssi"]]


def test_curated_agreement_keeps_its_fields_and_gains_evidence(known):
    ingest_extraction(article_input(), mou_extraction(known))
    agreement = Agreement.objects.get()
    agreement.title = "Franco-Vietnamese cyber MoU"
    agreement.curated_at = timezone.now()
    agreement.save()
    agreement.parties.remove(known["ministry"])

    ingest_extraction(
        article_input(EN_TEXT, source="en.txt"),
        mou_extraction(
            known,
            EN_TEXT,
            sentence=EN_TEXT.split("\n\n")[1],
            title="Memorandum on cybersecurity",
        ),
    )

    agreement.refresh_from_db()
    assert agreement.title == "Franco-Vietnamese cyber MoU"
    assert list(agreement.parties.all()) == [known["anssi"]]
    assert agreement.evidence.count() == 2


def test_newer_extractor_replaces_its_uncurated_findings_but_not_curated_ones(known):
    workshop_sentence = "Un atelier commun a suivi à Hanoï."
    workshop = records.Event(
        kind="workshop",
        start="2019-12",
        location_country="VN",
        location_city="Hanoï",
        participants=("ANSSI",),
        evidence=(evidence_for(FR_TEXT, workshop_sentence),),
    )
    ingest_extraction(article_input(), mou_extraction(known, events=(workshop,)))
    accepted = Event.objects.get()
    accepted.set_review(ReviewState.ACCEPTED)
    accepted.save()

    # Version 2 finds the agreement on another date and no event.
    result = ingest_extraction(
        article_input(), mou_extraction(known, date="2020-01-05", version="2.0")
    )

    assert result.outcome == "updated"
    agreement = Agreement.objects.get()  # the 2019 one, found only by 1.0, is gone
    assert agreement.date == datetime.date(2020, 1, 5)
    assert agreement.evidence.get().extractor_version == "2.0"
    assert Event.objects.get() == accepted
    assert accepted.evidence.get().extractor_version == "1.0"
    assert Article.objects.get().extractor_version == "2.0"


def test_event_reported_twice_is_one_event(known):
    sentence = "Un atelier commun a suivi à Hanoï."
    event = records.Event(
        kind="workshop",
        name="Atelier franco-vietnamien",
        start="2019-12-20",
        end="2019-12-19",  # before the start: dropped, not stored
        location_country="VN",
        participants=("ANSSI",),
        evidence=(evidence_for(FR_TEXT, sentence),),
    )
    ingest_extraction(article_input(), mou_extraction(known, events=(event,)))
    stored = Event.objects.get()
    assert stored.end is None
    assert set(stored.participants.all()) == {known["anssi"]}

    again = records.Event(
        kind="workshop",
        name="Atelier Franco-Vietnamien",
        start="2019-12",
        location_country="VN",
        evidence=(evidence_for(EN_TEXT, EN_TEXT.split("\n\n")[1]),),
    )
    ingest_extraction(
        article_input(EN_TEXT, source="en.txt"),
        mou_extraction(
            known, EN_TEXT, sentence=EN_TEXT.split("\n\n")[1], events=(again,)
        ),
    )

    assert Event.objects.count() == 1
    assert stored.evidence.count() == 2


def test_unreadable_input_becomes_a_failed_article_once():
    failure = records.ReadFailure("bad.txt", "binary: NUL bytes, not text", b"\x00\x01")

    first = record_failure(failure)
    second = record_failure(failure)

    article = Article.objects.get()
    assert (first.outcome, second.outcome) == ("failed", "failed")
    assert article.status == ArticleStatus.FAILED
    assert article.error == "binary: NUL bytes, not text"
    assert article.source_path == "bad.txt"


def test_input_without_any_bytes_is_reported_not_stored():
    result = record_failure(records.ReadFailure("empty.txt", "empty: no text at all"))

    assert result.outcome == "unrecorded"
    assert Article.objects.count() == 0


def test_fixed_file_reuses_its_failed_article(known):
    record_failure(records.ReadFailure("news/fr-001.txt", "truncated", b"\xc3"))

    result = ingest_extraction(article_input(), mou_extraction(known))

    article = Article.objects.get()
    assert result.outcome == "new"
    assert article.status == ArticleStatus.EXTRACTED
    assert article.error == ""


def test_dry_run_writes_nothing(known):
    before = counts()

    result = ingest_extraction(article_input(), mou_extraction(known), dry_run=True)
    failure = record_failure(records.ReadFailure("x", "binary", b"\x00"), dry_run=True)

    assert result.outcome == "new"
    assert result.created["agreements"] == 1
    assert failure.outcome == "failed"
    assert counts() == before


def test_new_agreement_has_one_history_record_listing_its_parties(known):
    ingest_extraction(article_input(), mou_extraction(known))

    agreement = Agreement.objects.get()
    (record,) = agreement.history.all()
    assert record.history_type == "+"
    assert set(record.parties.values_list("agency_id", flat=True)) == {
        known["anssi"].pk,
        known["ministry"].pk,
    }
    article = Article.objects.get()
    assert record.history_change_reason == f"ingestion (1.0) of article {article.pk}"


def test_refined_agreement_has_a_history_record_with_its_final_parties(known):
    ingest_extraction(article_input(), mou_extraction(known, date="2019-12"))
    ingest_extraction(
        article_input(EN_TEXT, source="en.txt"),
        mou_extraction(
            known, EN_TEXT, sentence=EN_TEXT.split("\n\n")[1], date="2019-12-19"
        ),
    )

    agreement = Agreement.objects.get()
    created, refined = agreement.history.order_by("history_id")
    assert (created.history_type, refined.history_type) == ("+", "~")
    assert (created.date_precision, refined.date_precision) == ("month", "day")
    assert set(refined.parties.values_list("agency_id", flat=True)) == {
        known["anssi"].pk,
        known["ministry"].pk,
    }
    english = Article.objects.get(source_path="en.txt")
    assert refined.history_change_reason == f"ingestion (1.0) of article {english.pk}"
    assert [h.history_type for h in english.history.all()] == ["+"]


def history_matches_rows(model) -> None:
    """Each record's one history record holds its stored values, no user, and
    the rows of its tracked many-to-many relations (their own ids)."""
    historical = model.history.model
    for record in model.objects.all():
        (entry,) = historical.objects.filter(id=record.pk)
        assert entry.history_user_id is None
        for field in historical.tracked_fields:
            assert getattr(entry, field.attname) == getattr(record, field.attname)
        for relation in historical._history_m2m_fields:
            through = relation.remote_field.through
            source = relation.m2m_field_name()
            stored = set(
                through.objects.filter(**{f"{source}_id": record.pk}).values_list(
                    "pk", f"{relation.m2m_reverse_field_name()}_id"
                )
            )
            snapshot = set(
                getattr(entry, relation.name).values_list(
                    "id", f"{relation.m2m_reverse_field_name()}_id"
                )
            )
            assert snapshot == stored


def workshop_extraction(known) -> records.Extraction:
    sentence = "Un atelier commun a suivi à Hanoï."
    event = records.Event(
        kind="workshop",
        start="2019-12-20",
        location_country="VN",
        location_city="Hanoï",
        participants=("ANSSI",),
        countries=("FR", "VN"),
        evidence=(evidence_for(FR_TEXT, sentence),),
    )
    return mou_extraction(known, events=(event,))


def test_history_records_hold_the_stored_values(known):
    ingest_extraction(article_input(), workshop_extraction(known))

    assert Event.objects.get().participants.get() == known["anssi"]
    for model in (Article, Agreement, Event):
        history_matches_rows(model)


def test_databases_that_cannot_return_inserted_keys_get_the_same_rows(
    known, monkeypatch
):
    """SQLite before 3.35 has no INSERT ... RETURNING: rows are then inserted one
    by one, each key read back from the cursor."""
    from django.db import connection

    if connection.vendor != "sqlite":
        pytest.skip("PostgreSQL always returns inserted keys")
    features = type(connection.features)
    monkeypatch.setattr(features, "can_return_rows_from_bulk_insert", False)

    ingest_extraction(article_input(), workshop_extraction(known))

    agreement = Agreement.objects.get()
    assert set(agreement.parties.all()) == {known["anssi"], known["ministry"]}
    assert Event.objects.get().participants.get() == known["anssi"]
    for model in (Article, Agreement, Event):
        history_matches_rows(model)


def test_writer_queries_are_logged_while_django_logs_queries(known):
    """With DEBUG (or a test capturing queries) the writer runs through Django's
    cursor, so that its statements are seen like any other."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        ingest_extraction(article_input(), mou_extraction(known))

    statements = [query["sql"] for query in captured.captured_queries]
    assert any(
        sql.startswith('INSERT INTO "cooperation_agreement"') for sql in statements
    )
    assert any("cooperation_evidence" in sql for sql in statements)


def test_writer_errors_are_django_errors(known):
    """The writer's own cursor raises Django's exception classes, which the
    callers catch (a unique content hash taken by a concurrent process)."""
    from django.db import IntegrityError, transaction

    from ingestion.services import table

    ingest_extraction(article_input(), mou_extraction(known))
    stored = Article.objects.values().get()
    with pytest.raises(IntegrityError), transaction.atomic():
        table(Article).insert(
            [{**stored, "id": None, "url": "https://example.org/other"}]
        )


@pytest.mark.parametrize("prepares", [True, False])
def test_writer_prepares_repeated_statements_on_postgresql(known, settings, prepares):
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("SQLite has no server-side prepared statements")
    settings.INGEST_PREPARED_STATEMENTS = prepares
    connection.connection.prepare_threshold = None  # as Django opens it

    def prepared() -> set[str]:
        with connection.cursor() as cursor:
            cursor.execute("SELECT statement FROM pg_prepared_statements")
            return {row[0] for row in cursor.fetchall()}

    before = prepared()
    for serial in range(4):
        text = f"{FR_TEXT} Réunion n° {serial}."
        ingest_extraction(
            article_input(text, source=f"news/fr-{serial}.txt"),
            mou_extraction(known, text),
        )

    new = prepared() - before
    assert bool(new) is prepares
    if prepares:
        assert any(sql.startswith('INSERT INTO "cooperation_evidence"') for sql in new)
    assert Article.objects.count() == 4
