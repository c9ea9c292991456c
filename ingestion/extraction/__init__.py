"""The extraction: one article's text in, an `Extraction` of frozen dataclasses out,
with no database.

    gazetteer = gazetteer_from_fixtures("fixtures/countries.json",
                                        "fixtures/agencies.json")  # or load_gazetteer()
    extraction = extract_article(ArticleInput(text=..., title=...), gazetteer)

`build_context` runs the entity stage alone (language, sentences, countries,
cities, organisations) for the agreement, event and date stages.
"""

from __future__ import annotations

import datetime

from ingestion import records
from ingestion.extraction.anaphora import resolve_agreements, resolve_both
from ingestion.extraction.context import ArticleContext, Mention, Sentence
from ingestion.extraction.countries import classify_countries, place_mentions
from ingestion.extraction.gazetteer import gazetteer_from_fixtures, load_gazetteer
from ingestion.extraction.language import detect_language
from ingestion.extraction.organizations import OrgFinding, find_organizations, is_outlet
from ingestion.extraction.pipeline import parse

EXTRACTOR_VERSION = "2026.12.16"

__all__ = [
    "EXTRACTOR_VERSION",
    "build_context",
    "extract_article",
    "gazetteer_from_fixtures",
    "load_gazetteer",
]


def _stated_date(value: str | None) -> datetime.date | None:
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _published(article: records.ArticleInput, language: str) -> datetime.date | None:
    try:
        from ingestion.extraction.dates import find_published
    except ImportError:
        find_published = None
    found = (
        find_published(article.text, article.title, language)
        if find_published
        else None
    )
    return found or _stated_date(article.published)


def build_context(
    article: records.ArticleInput, gazetteer: records.Gazetteer
) -> ArticleContext:
    """Language, sentences and every named country, city and organisation."""
    text = article.text
    language = detect_language(f"{article.title}\n{text}", article.language)
    doc = parse(text, language)
    bounds = [(span.start_char, span.end_char) for span in doc.sents]
    sentences = tuple(
        Sentence(start, end, text[start:end])
        for start, end in bounds
        if not text[start:end].isspace()
    )
    places = place_mentions(text, language, gazetteer, sentences)
    findings = find_organizations(text, language, gazetteer, sentences, places)
    org_mentions = [
        Mention(start, end, text[start:end], "ORG", f.name, f.country, f.kind)
        for f in findings
        for start, end in f.spans
    ]
    mentions = tuple(sorted([*places, *org_mentions], key=lambda m: (m.start, m.end)))
    return ArticleContext(
        text=text,
        language=language,
        title=article.title,
        published=_published(article, language),
        sentences=sentences,
        mentions=mentions,
        extra={"organizations": findings},
    )


def _stage(module: str, name: str):
    """A later stage's function, or None while that module does not provide it."""
    import importlib

    try:
        return getattr(importlib.import_module(f"ingestion.extraction.{module}"), name)
    except (ImportError, AttributeError):
        return None


def _evidence(ctx: ArticleContext, start: int, end: int, confidence: float):
    sentence = ctx.sentence_at(start)
    if sentence is None:
        return records.Evidence(ctx.text[start:end], start, end, confidence)
    return records.Evidence(sentence.text, sentence.start, sentence.end, confidence)


def _names(ctx: ArticleContext, finding: OrgFinding) -> set[str]:
    names = {name.casefold() for name in finding.names()}
    return names | {ctx.text[start:end].casefold() for start, end in finding.spans}


def _organization(ctx: ArticleContext, finding: OrgFinding) -> records.Organization:
    start, end = finding.spans[0] if finding.spans else (0, 0)
    aliases = tuple(
        a for a in finding.aliases if a not in (finding.name, finding.acronym)
    )
    return records.Organization(
        name=finding.name,
        kind=finding.kind,
        country=finding.country,
        acronym=finding.acronym,
        aliases=aliases,
        known_id=finding.known_id,
        confidence=finding.confidence,
        evidence=(_evidence(ctx, start, end, finding.confidence),),
    )


def extract_article(
    article: records.ArticleInput, gazetteer: records.Gazetteer
) -> records.Extraction:
    """Everything the article says about cybersecurity cooperation."""
    ctx = build_context(article, gazetteer)
    find_agreements = _stage("agreements", "find_agreements")
    find_events = _stage("events", "find_events")
    cooperation = _stage("cooperation", "is_cooperation")
    agreements = tuple(find_agreements(ctx)) if find_agreements else ()
    events = tuple(find_events(ctx)) if find_events else ()
    agreements = resolve_agreements(agreements, ctx.language, events)
    events = resolve_both(events, agreements, ctx.language)
    is_cooperation = (
        bool(cooperation(ctx, agreements, events))
        if cooperation
        else bool(agreements or events)
    )
    findings: list[OrgFinding] = ctx.extra["organizations"]
    places = [m for m in ctx.mentions if m.label == "COUNTRY"]
    if is_cooperation:
        organizations = [f for f in findings if not is_outlet(f)]
        taking_part = {
            name.casefold() for item in agreements for name in item.parties
        } | {name.casefold() for item in events for name in item.participants}
        # the home country of a body that signs or takes part is a party even when
        # the article does not name it
        # in the order found, so the countries listed after the named ones come
        # in the same order on every run (a set's order changes with the process)
        required = dict.fromkeys(
            f.country
            for f in organizations
            if f.country and _names(ctx, f) & taking_part
        )
        # the hosts of the events, and the countries named in the sentences of an
        # agreement or event: parties unless the article names them only in
        # background (an earlier edition's host, a body's seat)
        supported = dict.fromkeys(
            e.location_country for e in events if e.location_country
        )
        supported.update(
            dict.fromkeys(
                code for item in (*agreements, *events) for code in item.countries
            )
        )
        countries, mentioned = classify_countries(
            ctx.text, ctx.sentences, places, required.keys(), supported.keys()
        )
    else:
        # an attack or threat report: what it names is not cooperation
        organizations = []
        countries = ()
        mentioned = tuple(dict.fromkeys(m.value for m in places))
        agreements = events = ()
    return records.Extraction(
        language=ctx.language,
        published=ctx.published.isoformat() if ctx.published else None,
        is_cooperation=is_cooperation,
        countries=countries,
        countries_mentioned=mentioned,
        organizations=tuple(_organization(ctx, f) for f in organizations),
        agreements=agreements,
        events=events,
        title=article.title,
        extractor_version=EXTRACTOR_VERSION,
    )
