"""Write what the extraction found into the database, one transaction per article.

`ingest_extraction` turns an `Extraction` into an Article, Agencies, Agreements,
Events and the Evidence that supports each; `record_failure` keeps input that
could not be read as a failed Article with its reason. Both are idempotent, safe
for several ingest processes at once, and never overwrite what a curator decided.
"""

from __future__ import annotations

import datetime
import difflib
import functools
import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.db import (
    DEFAULT_DB_ALIAS,
    IntegrityError,
    connection,
    connections,
    transaction,
)
from django.db.backends.signals import connection_created
from django.db.models import IntegerField, Q
from django.db.models.fields import AutoFieldMixin
from django.db.models.functions import Lower
from django.utils import timezone
from simple_history.models import HistoricalRecords

from cooperation.models import (
    Agency,
    AgencyKind,
    Agreement,
    AgreementKind,
    AgreementStatus,
    Article,
    ArticleStatus,
    Country,
    DatePrecision,
    Event,
    EventKind,
    Evidence,
    FocusArea,
    ReviewState,
    partial_date,
)
from ingestion import records

# Every ingest process takes this PostgreSQL advisory lock for the length of an
# article's transaction, so that two processes never both decide that an agreement
# is new. SQLite gets the same effect from BEGIN IMMEDIATE (see settings).
WRITER_LOCK_KEY = 0x43435449  # "CCTI"
REVIEW_ORDER = {ReviewState.ACCEPTED: 0, ReviewState.UNREVIEWED: 1}
PRECISION_RANK = {DatePrecision.YEAR: 1, DatePrecision.MONTH: 2, DatePrecision.DAY: 3}
# The vocabularies a finding's kind and status are checked against (an enum's
# .values builds a new list at each use).
AGENCY_KINDS = frozenset(AgencyKind.values)
AGREEMENT_KINDS = frozenset(AgreementKind.values)
AGREEMENT_STATUSES = frozenset(AgreementStatus.values)
EVENT_KINDS = frozenset(EventKind.values)


@dataclass
class IngestResult:
    """What one article did to the database."""

    outcome: str  # new, updated, duplicate, failed or unrecorded
    article_id: int | None = None
    reason: str = ""
    created: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)


class Lookups:
    """What every article of a run looks up and no curator changes under it: the
    codes of the stored countries and the focus areas by slug. Loaded once a run
    (one query each) instead of once an article."""

    def __init__(self):
        self._countries: frozenset[str] | None = None
        self._focus_areas: dict[str, int] | None = None

    @property
    def country_codes(self) -> frozenset[str]:
        if self._countries is None:
            self._countries = frozenset(Country.objects.values_list("code", flat=True))
        return self._countries

    @property
    def focus_areas(self) -> dict[str, int]:
        if self._focus_areas is None:
            self._focus_areas = dict(FocusArea.objects.values_list("slug", "pk"))
        return self._focus_areas


# --- identity of an article --------------------------------------------------------


def normalise_text(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def content_hash(text: str) -> str:
    """SHA-256 of the text with Unicode and whitespace normalised, so that a copy
    re-saved by another tool is still the same article."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def current_articles(
    articles: list[records.ArticleInput],
    extractor_version: str,
    digests: list[str] | None = None,
) -> list[bool]:
    """For each article: is it stored already, extracted by this extractor
    version? Then ingesting it again would change nothing and extraction can be
    skipped. One query for all of them. `digests` are the articles' content
    hashes, when the caller has them already."""
    urls = [clean_url(a.url) for a in articles]
    if digests is None:
        digests = [content_hash(a.text) for a in articles]
    stored = Article.objects.filter(
        Q(content_hash__in=digests) | Q(url__in=[u for u in urls if u])
    ).values_list("url", "content_hash", "status", "extractor_version")
    by_url, by_hash = {}, {}
    for row in stored:
        if row[0]:
            by_url[row[0]] = row
        by_hash[row[1]] = row
    current = []
    for url, digest in zip(urls, digests, strict=True):
        # A URL match wins: the outlet may have edited the text since, and the
        # stored text is kept (see _ingest).
        row = (url and by_url.get(url)) or by_hash.get(digest)
        current.append(
            row is not None
            and (
                row[2] == ArticleStatus.REVIEWED
                or (row[2] == ArticleStatus.EXTRACTED and row[3] == extractor_version)
            )
        )
    return current


def clean_url(url: str | None) -> str | None:
    url = (url or "").strip()
    return url if url and len(url) <= 2000 else None


# --- failures ------------------------------------------------------------------------


def record_failure(failure: records.ReadFailure, *, dry_run: bool = False):
    """Keep unreadable input as a failed Article, so a curator sees it and its
    reason. Input with no bytes at all (an empty file, a missing path) has nothing
    to keep: it is reported, not stored."""
    if not failure.raw:
        return IngestResult("unrecorded", reason=failure.reason)
    digest = hashlib.sha256(failure.raw).hexdigest()
    with transaction.atomic():
        _take_writer_lock()
        article = Article.objects.filter(content_hash=digest).first()
        if article is None:
            article = Article(content_hash=digest)
        elif article.status != ArticleStatus.FAILED:
            return IngestResult("duplicate", article.pk)
        article.source_path = failure.source[:1000]
        article.status = ArticleStatus.FAILED
        article.error = failure.reason
        article.save()
        if dry_run:
            transaction.set_rollback(True)
    return IngestResult("failed", article.pk, reason=failure.reason)


# --- extractions -----------------------------------------------------------------------


def ingest_extraction(
    article: records.ArticleInput,
    extraction: records.Extraction,
    *,
    dry_run: bool = False,
    reextract: bool = False,
    lookups: Lookups | None = None,
    digest: str | None = None,
) -> IngestResult:
    """Store an article and what its extraction found, in one transaction.

    Re-ingesting an article already extracted by the same extractor version
    changes nothing (unless `reextract`); a newer version replaces the evidence
    drawn from this article on records no curator has touched. `lookups` may be
    shared by the articles of one run; `digest` is the article's content_hash,
    when the caller has it already."""
    lookups = lookups or Lookups()
    digest = digest or content_hash(article.text)
    for attempt in range(2):
        try:
            with transaction.atomic():
                _take_writer_lock()
                result = _ingest(article, extraction, reextract, lookups, digest)
                if dry_run:
                    transaction.set_rollback(True)
                return result
        except IntegrityError:
            # Someone outside the ingestion lock (the admin, say) stored the same
            # article or agency a moment ago: try again, now seeing theirs.
            if attempt:
                raise
    raise AssertionError("unreachable")


def prepare_connection() -> None:
    """Make the database connections of this process fit for a long run of short
    transactions, by not waiting for the disk at each commit: SQLite in WAL mode
    with synchronous=NORMAL, PostgreSQL with synchronous_commit off. A commit then
    costs microseconds instead of an fsync (milliseconds, and far more on a busy
    disk), and SQLite readers (the admin) never block the writer. A crash may
    lose the last commits, never corrupt the database or leave half an article;
    ingestion is idempotent, so running it again restores them.

    These are settings of the connection, not of the database, so they are
    applied to the open connection and to every one opened later (the pipeline
    closes connections before it starts its workers)."""
    connection_created.connect(_tune_connection, dispatch_uid="ingestion_tune")
    if connection.connection is not None:
        _tune_connection(connection.vendor, connection)


def _tune_connection(sender, connection, **kwargs) -> None:
    if connection.in_atomic_block:
        return
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        elif connection.vendor == "postgresql":
            cursor.execute("SET synchronous_commit TO off")


def _take_writer_lock() -> None:
    if connection.vendor == "postgresql":
        with writer_cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [WRITER_LOCK_KEY])


def _ingest(
    source: records.ArticleInput,
    extraction: records.Extraction,
    reextract: bool,
    lookups: Lookups,
    digest: str,
):
    url = clean_url(source.url)
    # One query for the three ways an input can already be stored.
    articles = table(Article)
    where, params = [f"{articles['content_hash']} = %s"], [digest]
    if url:
        where.append(f"{articles['url']} = %s")
        params.append(url)
    if source.source:
        where.append(
            f"({articles['status']} = %s AND {articles['source_path']} = %s "
            f"AND {articles['url']} IS NULL)"
        )
        params += [ArticleStatus.FAILED.value, source.source[:1000]]
    stored = articles.fetch("WHERE " + " OR ".join(where), params)
    by_hash = next((a for a in stored if a.content_hash == digest), None)
    by_url = next((a for a in stored if url and a.url == url), None)
    if by_url is not None and by_url != by_hash:
        if by_url.status != ArticleStatus.FAILED:
            # Same URL, different text: the stored text is what the evidence
            # offsets point into, so it stays.
            return IngestResult("duplicate", by_url.pk, reason="same URL")
        if by_hash is not None:
            url = None  # the URL belongs to the failed row; keep the text's row
    # Else a file that failed before and has been fixed since: reuse its row.
    article = by_hash or by_url or (stored[0] if stored else None)
    version = extraction.extractor_version
    if article is not None and (
        article.status == ArticleStatus.REVIEWED
        or (
            article.status == ArticleStatus.EXTRACTED
            and article.extractor_version == version
            and not reextract
        )
    ):
        return IngestResult("duplicate", article.pk)
    outcome = (
        "new"
        if article is None or article.status == ArticleStatus.FAILED
        else "updated"
    )
    article = article or Article()
    reviewed = article.status == ArticleStatus.REVIEWED
    article.url = article.url or url
    article.title = (source.title or extraction.title or article.title)[:500]
    article.outlet = (source.outlet or article.outlet)[:200]
    article.published = (
        parse_full_date(extraction.published)
        or parse_full_date(source.published)
        or article.published
    )
    article.language = (extraction.language or source.language or "")[:8]
    article.text = source.text
    article.content_hash = digest
    article.source_path = source.source[:1000]
    article.error = ""
    article.is_cooperation = extraction.is_cooperation
    article.extractor_version = version[:40]
    article.extracted_at = timezone.now()
    if not reviewed:
        article.status = ArticleStatus.EXTRACTED
    created = article.pk is None
    save_record(article)
    result = IngestResult(outcome, article.pk)
    writer = RecordWriter(article, extraction, result, lookups, fresh=outcome == "new")
    writer.history.add(article, created=created)
    stale = writer.forget_previous() if outcome == "updated" else None
    writer.write()
    if stale:
        writer.remove_orphans(stale)
    countries = writer.countries(extraction.countries)
    if outcome == "new":
        link(Article.countries, article.pk, countries)
    elif not reviewed:
        article.countries.set(countries)
    writer.history.write()
    return result


class RecordWriter:
    """Agencies, agreements, events and evidence of one extraction, matched against
    what is stored."""

    def __init__(
        self, article, extraction: records.Extraction, result, lookups, *, fresh
    ):
        self.article = article
        self.extraction = extraction
        self.version = extraction.extractor_version[:40]
        self.result = result
        self.lookups = lookups
        # A new article has no evidence yet: nothing to check against.
        self.fresh = fresh
        self.history = HistoryBatch(
            f"ingestion ({self.version}) of article {article.pk}"
        )
        self.agencies: dict[str, Agency | None] = {}
        self._known: dict[int, Agency] = {}
        self.evidence: list[dict] = []  # rows of Evidence
        self.spans: set[tuple[str, int, int, int]] = set()

    def write(self) -> None:
        extraction = self.extraction
        self.countries(
            [
                *extraction.countries,
                *(o.country for o in extraction.organizations),
                *(c for a in extraction.agreements for c in a.countries),
                *(c for e in extraction.events for c in e.countries),
                *(e.location_country for e in extraction.events),
            ]
        )
        known_ids = {o.known_id for o in extraction.organizations} - {None}
        if known_ids:
            agencies = table(Agency)
            self._known = {
                agency.pk: agency
                for agency in agencies.fetch(
                    f"WHERE {agencies['id']} IN ({placeholders(known_ids)})",
                    list(known_ids),
                )
            }
        referenced = {
            *(name for a in extraction.agreements for name in a.parties),
            *(name for e in extraction.events for name in e.participants),
        }
        for org in extraction.organizations:
            if extraction.is_cooperation or org.name in referenced:
                self.agencies[org.name] = self.write_agency(org)
        agreements = [self.write_agreement(a) for a in extraction.agreements]
        for event in extraction.events:
            self.write_event(event, agreements)
        if self.evidence:
            table(Evidence).insert(self.evidence)
            self.result.created["evidence"] += len(self.evidence)

    # --- countries

    def countries(self, codes) -> list[str]:
        """The codes among `codes` that name a stored country."""
        return sorted(set(codes) & self.lookups.country_codes)

    def country(self, code: str | None) -> str | None:
        return (self.countries([code]) or [None])[0] if code else None

    # --- agencies

    def write_agency(self, org: records.Organization) -> Agency | None:
        agency = self.find_agency(org)
        if agency is None:
            agency = self.create_agency(org)
            self.result.created["agencies"] += 1
        elif agency.review_state == ReviewState.REJECTED:
            return None
        elif not agency.is_curated and self.enrich_agency(agency, org):
            self.result.updated["agencies"] += 1
        self.add_evidence(org.evidence, agency=agency)
        return agency

    def find_agency(self, org: records.Organization) -> Agency | None:
        if org.known_id in self._known:
            return self._known[org.known_id]
        names = [n for n in (org.name, org.acronym, *org.aliases) if n and n.strip()]
        # SQLite's lower() folds ASCII only, so look for the name as written too.
        needles = {v for n in names for v in (n, n.lower(), n.casefold())}
        country = self.country(org.country)
        agencies, needles = table(Agency), list(needles)
        where = (
            f"WHERE (LOWER({agencies['name']}) IN ({placeholders(needles)}) "
            f"OR LOWER({agencies['acronym']}) IN ({placeholders(needles)}))"
        )
        params = [*needles, *needles]
        if country:
            where += (
                f" AND ({agencies['country_id']} = %s "
                f"OR {agencies['country_id']} IS NULL)"
            )
            params.append(country)
        wanted = {n.casefold() for n in names}
        candidates = []
        for agency in agencies.fetch(where, params):
            by_name = agency.name.casefold() in wanted
            if not by_name and not country:
                continue  # an acronym alone is ambiguous across countries
            if not by_name and agency.acronym.casefold() not in wanted:
                continue
            candidates.append(agency)
        if not country and len({a.country_id for a in candidates}) > 1:
            candidates = [a for a in candidates if a.country_id is None]
        candidates.sort(
            key=lambda a: (
                a.country_id != country,
                a.name.casefold() != org.name.casefold(),
                REVIEW_ORDER.get(a.review_state, 2),
                a.pk,
            )
        )
        return candidates[0] if candidates else None

    def create_agency(self, org: records.Organization) -> Agency:
        aliases = [
            a
            for a in dict.fromkeys(org.aliases)
            if a and a.casefold() not in {org.name.casefold(), org.acronym.casefold()}
        ]
        agency = Agency(
            name=org.name.strip()[:255],
            acronym=org.acronym.strip()[:40],
            aliases=aliases,
            kind=org.kind if org.kind in AGENCY_KINDS else AgencyKind.OTHER,
            country_id=self.country(org.country),
        )
        try:
            with transaction.atomic():
                save_record(agency)
        except IntegrityError:
            # The same name in another case, stored a moment ago by someone else.
            existing = (
                Agency.objects.annotate(lower_name=Lower("name"))
                .filter(lower_name=agency.name.lower(), country_id=agency.country_id)
                .first()
            )
            if existing is None:
                raise
            return existing
        self.history.add(agency, created=True, links={"member_countries": []})
        return agency

    def enrich_agency(self, agency: Agency, org: records.Organization) -> bool:
        """Add the names this article uses to an agency no curator has touched."""
        known = {n.casefold() for n in agency.all_names()}
        added = [
            n
            for n in dict.fromkeys((org.name, *org.aliases))
            if n and n.strip() and n.casefold() not in known
        ]
        changed = False
        if org.acronym and not agency.acronym:
            agency.acronym = org.acronym[:40]
            changed = True
        elif org.acronym and org.acronym.casefold() not in known:
            added.append(org.acronym)
        if added:
            agency.aliases = [*agency.aliases, *added]
            changed = True
        if agency.country_id is None and self.country(org.country):
            agency.country_id = self.country(org.country)
            changed = True
        if changed:
            self.save(agency)
        return changed

    def save(self, record) -> None:
        """Save a change; its history record is written with the article's."""
        save_record(record)
        self.history.add(record)

    def already_found(self, model, kind, evidence):
        """The record this article's same sentence supported before (a curator may
        have rejected it since): re-extraction finds it again, never a twin."""
        if self.fresh or not evidence:
            return None
        field_name = model._meta.model_name
        spans = Q()
        for item in evidence:
            spans |= Q(start_char=item.start_char, end_char=item.end_char)
        found = (
            Evidence.objects.filter(spans, article=self.article)
            .filter(**{f"{field_name}__kind": kind})
            .values_list(f"{field_name}_id", flat=True)
            .first()
        )
        record = model.objects.filter(pk=found).first() if found else None
        if record is not None:
            relations = ("parties", "countries") if model is Agreement else None
            attach_links([record], model, relations or ("participants", "countries"))
        return record

    def party_agencies(self, names) -> list[Agency]:
        found = [self.agencies.get(name) for name in names]
        return list({a.pk: a for a in found if a is not None}.values())

    # --- agreements

    def write_agreement(self, finding: records.Agreement) -> Agreement | None:
        parties = self.party_agencies(finding.parties)
        countries = set(
            self.countries([*finding.countries, *(a.country_id for a in parties)])
        )
        date, precision = parse_partial_date(finding.date)
        kind = finding.kind if finding.kind in AGREEMENT_KINDS else "other"
        status = finding.status if finding.status in AGREEMENT_STATUSES else "signed"
        agreement = self.already_found(Agreement, kind, finding.evidence) or (
            self.find_agreement(kind, date, precision, parties, countries)
        )
        if agreement is not None and agreement.review_state == ReviewState.REJECTED:
            return None
        if agreement is None:
            agreement = Agreement(
                kind=kind,
                status=status,
                title=(finding.title or "")[:500],
                date=date,
                date_precision=precision,
            )
            save_record(agreement)
            agreement.linked = {
                "parties": set(),
                "countries": set(),
                "focus_areas": set(),
            }
            self.result.created["agreements"] += 1
            links = self.link_agreement(agreement, finding, parties, countries)
            self.history.add(agreement, created=True, links=links)
        elif not agreement.is_curated:
            changed = bool(self.link_agreement(agreement, finding, parties, countries))
            if not agreement.title and finding.title:
                agreement.title = finding.title[:500]
                changed = True
            if is_more_precise(
                date, precision, agreement.date, agreement.date_precision
            ):
                agreement.date, agreement.date_precision = date, precision
                changed = True
            if status == "signed" and agreement.status != "signed":
                agreement.status = status
                changed = True
            if changed:
                self.save(agreement)
                self.result.updated["agreements"] += 1
        self.add_evidence(finding.evidence, agreement=agreement)
        return agreement

    def link_agreement(self, agreement, finding, parties, countries) -> dict:
        """Add parties, countries and focus areas; the rows added, by relation
        (empty if none was new)."""
        new_parties = {a.pk for a in parties} - agreement.linked["parties"]
        new_countries = countries - agreement.linked["countries"]
        areas = self.lookups.focus_areas
        new_areas = {areas[s] for s in finding.focus_areas if s in areas}
        if new_areas and "focus_areas" not in agreement.linked:
            new_areas -= linked_pks(Agreement.focus_areas, agreement.pk)
        links = {
            "parties": link(Agreement.parties, agreement.pk, new_parties),
            "countries": link(Agreement.countries, agreement.pk, new_countries),
            "focus_areas": link(Agreement.focus_areas, agreement.pk, new_areas),
        }
        return links if any(links.values()) else {}

    def find_agreement(self, kind, date, precision, parties, countries):
        """The stored agreement this finding reports, in any language: same kind,
        compatible date, and the same parties (or, for parties the gazetteer does
        not know yet, the same countries on a stated date)."""
        party_ids = {a.pk for a in parties}
        if not party_ids and not countries:
            return None
        agreements = table(Agreement)
        where, params = [f"{agreements['kind']} = %s"], [kind]
        if date is not None:
            where.append(same_year_or_null(agreements["date"], date.year, params))
        where.append(
            linked_to(
                agreements["id"],
                ((Agreement.parties, party_ids), (Agreement.countries, countries)),
                params,
            )
        )
        wanted = partial_date(date, precision)
        candidates = [
            c
            for c in agreements.fetch("WHERE " + " AND ".join(where), params)
            if dates_compatible(wanted, partial_date(c.date, c.date_precision))
        ]
        attach_links(candidates, Agreement, ("parties", "countries"))
        matches = []
        for candidate in candidates:
            their_parties = candidate.linked["parties"]
            their_countries = candidate.linked["countries"]
            if not same_parties(
                party_ids,
                their_parties,
                countries,
                their_countries,
                dated=date is not None and candidate.date is not None,
            ):
                continue
            matches.append(candidate)
        matches.sort(
            key=lambda a: (
                REVIEW_ORDER.get(a.review_state, 2),
                partial_date(a.date, a.date_precision) != wanted,
                a.pk,
            )
        )
        return matches[0] if matches else None

    # --- events

    def write_event(self, finding: records.Event, agreements) -> Event | None:
        participants = self.party_agencies(finding.participants)
        countries = set(
            self.countries([*finding.countries, *(a.country_id for a in participants)])
        )
        start, start_precision = parse_partial_date(finding.start)
        end, end_precision = parse_partial_date(finding.end)
        if start is None or (end is not None and end < start):
            end, end_precision = None, ""
        kind = finding.kind if finding.kind in EVENT_KINDS else "other"
        location = self.country(finding.location_country)
        event = self.already_found(Event, kind, finding.evidence) or self.find_event(
            kind,
            finding.name,
            start,
            start_precision,
            location,
            participants,
            countries,
        )
        if event is not None and event.review_state == ReviewState.REJECTED:
            return None
        signed_here = self.agreements_in_sentences(finding.evidence, agreements)
        if event is None:
            event = Event(
                kind=kind,
                name=(finding.name or "")[:500],
                start=start,
                start_precision=start_precision,
                end=end,
                end_precision=end_precision,
                city=(finding.location_city or "")[:120],
                country_id=location,
            )
            save_record(event)
            event.linked = {
                "participants": set(),
                "countries": set(),
                "agreements": set(),
            }
            self.result.created["events"] += 1
            links = self.link_event(event, participants, countries, signed_here)
            self.history.add(event, created=True, links=links)
        elif not event.is_curated:
            changed = bool(self.link_event(event, participants, countries, signed_here))
            for attribute, value in (
                ("name", (finding.name or "")[:500]),
                ("city", (finding.location_city or "")[:120]),
                ("country_id", location),
            ):
                if value and not getattr(event, attribute):
                    setattr(event, attribute, value)
                    changed = True
            if is_more_precise(
                start, start_precision, event.start, event.start_precision
            ):
                event.start, event.start_precision = start, start_precision
                if event.end is not None and event.end < start:
                    event.end, event.end_precision = None, ""
                changed = True
            if end is not None and event.end is None and end >= event.start:
                event.end, event.end_precision = end, end_precision
                changed = True
            if changed:
                self.save(event)
                self.result.updated["events"] += 1
        self.add_evidence(finding.evidence, event=event)
        return event

    def link_event(self, event, participants, countries, agreements) -> dict:
        """Add participants, countries and agreements; the rows added, by relation
        (empty if none was new)."""
        new_participants = {a.pk for a in participants} - event.linked["participants"]
        new_countries = countries - event.linked["countries"]
        new_agreements = {a.pk for a in agreements}
        if new_agreements:
            if "agreements" not in event.linked:
                event.linked["agreements"] = linked_pks(Event.agreements, event.pk)
            new_agreements -= event.linked["agreements"]
        links = {
            "participants": link(Event.participants, event.pk, new_participants),
            "countries": link(Event.countries, event.pk, new_countries),
            "agreements": link(Event.agreements, event.pk, new_agreements),
        }
        return links if any(links.values()) else {}

    def find_event(
        self, kind, name, start, precision, location, participants, countries
    ):
        """The stored event this finding reports: same kind, compatible start, the
        same host country where both say, and the same name or participants."""
        events = table(Event)
        where, params = [f"{events['kind']} = %s"], [kind]
        if start is not None:
            where.append(same_year_or_null(events["start"], start.year, params))
        if location:
            where.append(
                f"({events['country_id']} IS NULL OR {events['country_id']} = %s)"
            )
            params.append(location)
        party_ids = {a.pk for a in participants}
        if not name:
            if not party_ids and not countries:
                return None
            where.append(
                linked_to(
                    events["id"],
                    ((Event.participants, party_ids), (Event.countries, countries)),
                    params,
                )
            )
        wanted = partial_date(start, precision)
        candidates = [
            c
            for c in events.fetch("WHERE " + " AND ".join(where), params)
            if dates_compatible(wanted, partial_date(c.start, c.start_precision))
        ]
        attach_links(candidates, Event, ("participants", "countries"))
        matches = []
        for candidate in candidates:
            theirs = partial_date(candidate.start, candidate.start_precision)
            if name and candidate.name:
                if name_similarity(name, candidate.name) < 0.85:
                    continue
            else:
                their_parties = candidate.linked["participants"]
                their_countries = candidate.linked["countries"]
                shared_agency = bool(party_ids & their_parties)
                same_countries = bool(countries) and countries == their_countries
                if not (shared_agency or (same_countries and wanted and theirs)):
                    continue
            matches.append(candidate)
        matches.sort(
            key=lambda e: (
                REVIEW_ORDER.get(e.review_state, 2),
                partial_date(e.start, e.start_precision) != wanted,
                e.pk,
            )
        )
        return matches[0] if matches else None

    def agreements_in_sentences(self, evidence, agreements) -> list[Agreement]:
        """Agreements of this article quoted in the same sentence as the event: most
        likely signed at it."""
        spans = {(e.start_char, e.end_char) for e in evidence}
        return [
            agreement
            for agreement, finding in zip(
                agreements, self.extraction.agreements, strict=True
            )
            if agreement is not None
            and spans & {(e.start_char, e.end_char) for e in finding.evidence}
        ]

    # --- evidence

    def add_evidence(self, evidence, **record) -> None:
        """Queue evidence rows, one per span and record; written in one insert."""
        ((field_name, target),) = record.items()
        if not self.fresh and not self.spans:
            evidence_table = table(Evidence)
            names = ("agency", "agreement", "event")
            with writer_cursor() as cursor:
                cursor.execute(
                    "SELECT "
                    + ", ".join(
                        evidence_table[f]
                        for f in (*(f"{n}_id" for n in names), "start_char", "end_char")
                    )
                    + f" FROM {evidence_table.name}"
                    f" WHERE {evidence_table['article_id']} = %s",
                    [self.article.pk],
                )
                # Each row supports exactly one record (a database constraint).
                self.spans = {
                    (name, pk, row[3], row[4])
                    for row in cursor.fetchall()
                    for name, pk in zip(names, row[:3], strict=False)
                    if pk is not None
                }
            self.spans.add(("", 0, 0, 0))  # loaded, even when there are none
        for item in evidence:
            start, end = max(0, item.start_char), max(0, item.end_char)
            key = (field_name, target.pk, start, end)
            if end < start or key in self.spans:
                continue
            self.spans.add(key)
            self.evidence.append(
                {
                    "article_id": self.article.pk,
                    "sentence": item.sentence,
                    "start_char": start,
                    "end_char": end,
                    "confidence": min(1.0, max(0.0, float(item.confidence))),
                    "extractor_version": self.version,
                    f"{field_name}_id": target.pk,
                }
            )

    # --- re-extraction

    def forget_previous(self) -> dict[str, set[int]]:
        """Drop this article's earlier evidence on records no curator has touched,
        so the new extraction's findings replace it. Returns the records that lost
        evidence, to delete those left with none."""
        stale = Evidence.objects.filter(article=self.article)
        touched: dict[str, set[int]] = {}
        for field_name, model in (
            ("agency", Agency),
            ("agreement", Agreement),
            ("event", Event),
        ):
            ids = set(
                stale.filter(**{f"{field_name}__isnull": False}).values_list(
                    f"{field_name}_id", flat=True
                )
            )
            uncurated = set(
                model.objects.filter(
                    pk__in=ids, review_state=ReviewState.UNREVIEWED, curated_at=None
                ).values_list("pk", flat=True)
            )
            stale.filter(**{f"{field_name}_id__in": uncurated}).delete()
            touched[field_name] = uncurated
        return touched

    def remove_orphans(self, touched: dict[str, set[int]]) -> None:
        """Delete uncurated records that no article supports any more."""
        for field_name, model in (("agreement", Agreement), ("event", Event)):
            orphans = model.objects.filter(
                pk__in=touched[field_name], evidence__isnull=True
            )
            removed = orphans.count()
            if removed:
                for record in orphans:
                    record.delete()
                self.result.updated[f"{field_name}s removed"] += removed
        orphans = Agency.objects.filter(
            pk__in=touched["agency"],
            evidence__isnull=True,
            agreements__isnull=True,
            events__isnull=True,
        )
        for agency in orphans:
            agency.delete()
            self.result.updated["agencies removed"] += 1


@functools.cache
def historical_model(model):
    """The history model of `model`. Cached: every access to `model.history`
    builds a manager class."""
    return model.history.model


def save_record(record) -> None:
    """Save a record as Timestamped.save does (its modification time set), in one
    raw statement and without django-simple-history's signals: its history record
    is written by a HistoryBatch, once it has its relations."""
    record.updated_at = timezone.now()
    table(type(record)).save(record)


class HistoryBatch:
    """The history records of one article's changes, written together at the end
    of its transaction: one insert a historical model and one a tracked
    many-to-many relation, instead of django-simple-history's insert and reads
    for every save. Each record gets one history record (created, "+", or
    changed, "~") with its final values and relations, and the reason that says
    which ingestion made it."""

    def __init__(self, reason: str):
        self.reason = reason[:100]
        self.records: dict[tuple[type, int], tuple[object, str, dict | None]] = {}

    def add(self, record, *, created: bool = False, links: dict | None = None):
        """Queue `record`'s history. `links` are the rows of its many-to-many
        relations as `link` returned them, when all of them were made here (a new
        record); else they are read from the database when written."""
        key = (type(record), record.pk)
        if key in self.records:
            _, kind, known = self.records[key]
            if known is not None and links is not None:
                links = {
                    name: [*known.get(name, ()), *links.get(name, ())]
                    for name in {*known, *links}
                }
            else:
                links = None
            self.records[key] = (record, kind, links)
        else:
            self.records[key] = (record, "+" if created else "~", links)

    def write(self) -> None:
        if not self.records:
            return
        now = timezone.now()
        by_model: dict[type, list] = {}
        for record, kind, links in self.records.values():
            by_model.setdefault(type(record), []).append((record, kind, links))
        for model, queued in by_model.items():
            historical = historical_model(model)
            fields = [f.attname for f in historical.tracked_fields]
            rows = table(historical).insert(
                [
                    {
                        **{name: getattr(record, name) for name in fields},
                        "history_date": now,
                        "history_type": kind,
                        "history_change_reason": self.reason,
                    }
                    for record, kind, _ in queued
                ],
                returning=True,
            )
            self._write_links(historical._history_m2m_fields, queued, rows)
        self.records.clear()

    def _write_links(self, fields, queued, rows) -> None:
        """The snapshot rows of the many-to-many `fields` of the records `queued`
        (whose history rows are `rows`): the links each was written with, or, when
        not known, those stored (read in one query for all fields)."""
        stored: list[dict[int, list[tuple[int, int]]]] = [{} for _ in fields]
        unknown = [record.pk for record, _, links in queued if links is None]
        if unknown and fields:
            for pk, owner, other, arm in _through_rows(fields, unknown, with_pk=True):
                stored[arm].setdefault(owner, []).append((pk, other))
        for relation, by_owner in zip(fields, stored, strict=True):
            source = relation.m2m_field_name()
            target = relation.m2m_reverse_field_name()
            snapshot = HistoricalRecords.m2m_models[relation]
            table(snapshot).insert(
                [
                    {
                        "history_id": history_id,
                        "id": pk,
                        f"{source}_id": record.pk,
                        f"{target}_id": other,
                    }
                    for (record, _, links), history_id in zip(queued, rows, strict=True)
                    for pk, other in (
                        by_owner.get(record.pk, ())
                        if links is None
                        else links.get(relation.name, ())
                    )
                ]
            )


def attach_links(records, model, relations) -> None:
    """Set `record.linked[relation]` to the related primary keys of each record, in
    one query for all relations, without loading the related rows."""
    for record in records:
        record.linked = {relation: set() for relation in relations}
    if not records:
        return
    by_pk = {record.pk: record for record in records}
    fields = [getattr(model, relation).field for relation in relations]
    for _, owner, other, arm in _through_rows(fields, list(by_pk), with_pk=False):
        by_pk[owner].linked[relations[arm]].add(other)


def _through_rows(fields, owners: list, *, with_pk: bool) -> list[tuple]:
    """(through-row id or None, owner, other, index of the field) of the rows of
    the many-to-many `fields` whose owner is in `owners`: one UNION ALL, one
    round trip, whatever the number of relations. Integer and text keys (country
    codes) come in columns of their own, so that the arms' types line up."""
    arms, params = [], []
    for index, relation in enumerate(fields):
        rows = table(relation.remote_field.through)
        source = rows[f"{relation.m2m_field_name()}_id"]
        target = rows[f"{relation.m2m_reverse_field_name()}_id"]
        pk = rows["id"] if with_pk else "CAST(NULL AS bigint)"
        if isinstance(relation.target_field, IntegerField):
            others = f"{target}, CAST(NULL AS varchar)"
        else:
            others = f"CAST(NULL AS bigint), {target}"
        arms.append(
            f"SELECT {pk}, {source}, {others}, {index} FROM {rows.name} "
            f"WHERE {source} IN ({placeholders(owners)})"
        )
        params += owners
    with writer_cursor() as cursor:
        cursor.execute(" UNION ALL ".join(arms), params)
        return [
            (pk, owner, number if text is None else text, index)
            for pk, owner, number, text, index in cursor.fetchall()
        ]


def linked_pks(relation, owner_pk) -> set:
    """The primary keys `owner_pk` is linked to by a many-to-many relation."""
    field = relation.field
    rows = table(field.remote_field.through)
    source = rows[f"{field.m2m_field_name()}_id"]
    target = rows[f"{field.m2m_reverse_field_name()}_id"]
    with writer_cursor() as cursor:
        cursor.execute(
            f"SELECT {target} FROM {rows.name} WHERE {source} = %s", [owner_pk]
        )
        return {row[0] for row in cursor.fetchall()}


def linked_to(column: str, relations, params: list) -> str:
    """A condition: `column` (a primary key) is linked, by one of `relations`
    ((many-to-many relation, target primary keys) pairs), to one of the targets.
    Relations without targets are left out; one at least must have some."""
    selects = []
    for relation, targets in relations:
        if not targets:
            continue
        field = relation.field
        rows = table(field.remote_field.through)
        source = rows[f"{field.m2m_field_name()}_id"]
        target = rows[f"{field.m2m_reverse_field_name()}_id"]
        selects.append(
            f"SELECT {source} FROM {rows.name} "
            f"WHERE {target} IN ({placeholders(targets)})"
        )
        params.extend(targets)
    return f"{column} IN ({' UNION '.join(selects)})"


def same_year_or_null(column: str, year: int, params: list) -> str:
    """A condition: the date in `column` is unknown or in `year` (as the ORM's
    __year lookup on a date: between the first and the last day)."""
    params += [
        connection.ops.adapt_datefield_value(datetime.date(year, 1, 1)),
        connection.ops.adapt_datefield_value(datetime.date(year, 12, 31)),
    ]
    return f"({column} IS NULL OR {column} BETWEEN %s AND %s)"


def link(relation, owner_pk, target_pks) -> list[tuple[int, object]]:
    """Insert many-to-many rows directly, in one query, without the signals that
    would write a history record for each; (row id, target) of each row. The
    caller holds the writer lock and knows the rows are new."""
    if not target_pks:
        return []
    field = relation.field
    source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
    targets = sorted(target_pks)
    keys = table(field.remote_field.through).insert(
        [{f"{source}_id": owner_pk, f"{target}_id": pk} for pk in targets],
        returning=True,
    )
    return list(zip(keys, targets, strict=True))


# --- raw SQL -------------------------------------------------------------------------

# Internal types whose Python values the database drivers take as they are; the
# others (dates, times, UUIDs, JSON) go through the field's own conversion.
PLAIN_TYPES = frozenset(
    {
        "AutoField",
        "BigAutoField",
        "BigIntegerField",
        "BooleanField",
        "CharField",
        "FloatField",
        "ForeignKey",
        "IntegerField",
        "PositiveIntegerField",
        "SlugField",
        "TextField",
    }
)


class Table:
    """One model's table as prepared SQL, built from its `_meta` once a process.

    The writer's statements are few and always the same; compiling them through
    the ORM for every row (and building a model instance for every inserted row)
    cost more CPU than the database spent running them. Values are converted by
    the fields themselves, as the ORM would, and rows read are turned into model
    instances with the backend's and the fields' converters."""

    def __init__(self, model):
        meta = model._meta
        quote = connection.ops.quote_name
        self.model = model
        self.name = quote(meta.db_table)
        self.fields = list(meta.concrete_fields)
        self.attnames = [f.attname for f in self.fields]
        self.column = {f.attname: quote(f.column) for f in self.fields}
        self.select = (
            "SELECT "
            + ", ".join(f"{self.name}.{self.column[a]}" for a in self.attnames)
            + f" FROM {self.name}"
        )
        # An automatic primary key is the database's to choose.
        self.written = [
            f
            for f in self.fields
            if not (f is meta.pk and isinstance(f, AutoFieldMixin))
        ]
        self.insert_sql = (
            f"INSERT INTO {self.name} ("
            + ", ".join(self.column[f.attname] for f in self.written)
            + ") VALUES "
        )
        self.row_sql = "(" + ", ".join(["%s"] * len(self.written)) + ")"
        self.returning = f" RETURNING {self.column[meta.pk.attname]}"
        updated = [f for f in self.fields if f is not meta.pk]
        self.update_fields = updated
        self.converted = [self.needs_conversion(f) for f in self.written]
        self.update_converted = [self.needs_conversion(f) for f in updated]
        self.update_sql = (
            f"UPDATE {self.name} SET "
            + ", ".join(f"{self.column[f.attname]} = %s" for f in updated)
            + f" WHERE {self.column[meta.pk.attname]} = %s"
        )
        self._converters = None

    def __getitem__(self, attname: str) -> str:
        """The quoted, qualified column of a field: "table"."column"."""
        return f"{self.name}.{self.column[attname]}"

    @staticmethod
    def needs_conversion(field):
        """How a value of `field` becomes a database value: None when the driver
        takes it as it is, else a function of the value and the connection."""
        kind = field.get_internal_type()
        if kind in PLAIN_TYPES:
            return None
        if kind == "DateTimeField":
            # What get_db_prep_save does with an aware datetime (the writer's are
            # all from timezone.now() or the database), without the checks
            # for naive ones that cost as much again.
            def convert(value, db):
                if value.tzinfo is None:
                    return field.get_db_prep_save(value, db)
                return db.ops.adapt_datetimefield_value(value)

            return convert
        return field.get_db_prep_save

    @staticmethod
    def prepare(converters, values, db) -> list:
        """Database values of `values`, converted by `converters` (None where a
        value is taken as it is)."""
        return [
            value if convert is None or value is None else convert(value, db)
            for convert, value in zip(converters, values, strict=True)
        ]

    def converters(self) -> list[tuple[int, list, object]]:
        """(column index, converters, expression) of the columns whose database
        values need converting, as the ORM's compiler finds them."""
        if self._converters is None:
            db = connections[DEFAULT_DB_ALIAS]
            found = []
            for index, field in enumerate(self.fields):
                column = field.get_col(self.model._meta.db_table)
                chain = db.ops.get_db_converters(column) + column.get_db_converters(db)
                if chain:
                    found.append((index, chain, column))
            self._converters = found
        return self._converters

    # --- writing

    def insert(self, rows: list[dict], *, returning: bool = False) -> list[int]:
        """Insert rows given as {attname: value}; a field left out gets its
        default. The new primary keys, in the order of `rows`, if `returning`."""
        if not rows:
            return []
        db = connections[DEFAULT_DB_ALIAS]
        values = [
            self.prepare(
                self.converted,
                [
                    row[f.attname] if f.attname in row else f.get_default()
                    for f in self.written
                ],
                db,
            )
            for row in rows
        ]
        limit = db.features.max_query_params or 65535
        size = max(1, limit // len(self.written))
        keys: list[int] = []
        with writer_cursor() as cursor:
            for start in range(0, len(values), size):
                chunk = values[start : start + size]
                sql = self.insert_sql + ", ".join([self.row_sql] * len(chunk))
                params = [v for row in chunk for v in row]
                if not returning:
                    cursor.execute(sql, params)
                elif db.features.can_return_rows_from_bulk_insert:
                    cursor.execute(sql + self.returning, params)
                    # Keys are drawn in the order of the rows; sorted, they
                    # match the rows whatever order RETURNING gives them in.
                    keys.extend(sorted(row[0] for row in cursor.fetchall()))
                else:
                    for row in chunk:
                        cursor.execute(self.insert_sql + self.row_sql, row)
                        keys.append(cursor.lastrowid)
        return keys

    def save(self, record) -> None:
        """Insert or update a model instance's row, every field, as Model.save
        does (without its signals)."""
        db = connections[DEFAULT_DB_ALIAS]
        if record.pk is None:
            row = {f.attname: getattr(record, f.attname) for f in self.written}
            (record.pk,) = self.insert([row], returning=True)
            record._state.adding = False
            record._state.db = db.alias
            return
        params = self.prepare(
            self.update_converted,
            [getattr(record, f.attname) for f in self.update_fields],
            db,
        )
        with writer_cursor() as cursor:
            cursor.execute(self.update_sql, [*params, record.pk])

    # --- reading

    def fetch(self, where: str = "", params=()) -> list:
        """Model instances of the rows `where` selects."""
        db = connections[DEFAULT_DB_ALIAS]
        with writer_cursor() as cursor:
            cursor.execute(f"{self.select} {where}", params)
            rows = cursor.fetchall()
        converters = self.converters()
        model, alias, attnames = self.model, db.alias, self.attnames
        records = []
        for row in rows:
            if converters:
                row = list(row)
                for index, chain, expression in converters:
                    value = row[index]
                    for converter in chain:
                        value = converter(value, expression, db)
                    row[index] = value
            records.append(model.from_db(alias, attnames, row))
        return records


class WriterCursor:
    """A cursor for the writer's own SQL (`%s` placeholders), straight on the
    driver's cursor.

    Django's cursor wraps every call in layers the writer's twenty-odd statements an
    article do not need (on SQLite a regular expression rewrites each query's
    placeholders); this one keeps what matters, Django's exception classes. On
    PostgreSQL it binds parameters on the server, so that a statement run again
    and again on a connection is prepared once (after PREPARE_AFTER runs) and
    then only bound and executed: that halves what the server spends on each.
    When Django logs queries (DEBUG, tests capturing them), use Django's cursor
    instead (`writer_cursor`)."""

    PREPARE_AFTER = 2

    def __init__(self, db):
        db.ensure_connection()
        self.db = db
        raw = db.connection
        self.postgresql = db.vendor == "postgresql"
        if self.postgresql:
            import psycopg

            # Django leaves psycopg's automatic preparation off; its own cursors
            # bind on the client and never prepare, whatever this says.
            if settings.INGEST_PREPARED_STATEMENTS and raw.prepare_threshold is None:
                raw.prepare_threshold = self.PREPARE_AFTER
            self.cursor = psycopg.Cursor(raw)
        else:
            self.cursor = raw.cursor()

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.cursor.close()

    def execute(self, sql: str, params=()) -> None:
        with self.db.wrap_database_errors:
            if self.postgresql:
                self.cursor.execute(sql, params)
            else:
                self.cursor.execute(qmark(sql), params)

    def fetchall(self) -> list:
        with self.db.wrap_database_errors:
            return self.cursor.fetchall()

    def fetchone(self):
        with self.db.wrap_database_errors:
            return self.cursor.fetchone()

    @property
    def lastrowid(self):
        return self.cursor.lastrowid


@functools.lru_cache(maxsize=512)
def qmark(sql: str) -> str:
    """The SQL with SQLite's placeholders (the writer's SQL has no literal %)."""
    return sql.replace("%s", "?")


def writer_cursor():
    """A cursor for the writer's SQL: a WriterCursor, or Django's own while Django
    logs queries."""
    db = connections[DEFAULT_DB_ALIAS]
    if db.queries_logged:
        return db.cursor()
    return WriterCursor(db)


@functools.cache
def table(model) -> Table:
    return Table(model)


def placeholders(values) -> str:
    return ", ".join(["%s"] * len(values))


# --- matching helpers ---------------------------------------------------------------


def same_parties(ours, theirs, our_countries, their_countries, *, dated) -> bool:
    """Do two party lists describe the same agreement? One list may name fewer of
    the parties than the other; agencies new to the gazetteer may be named
    differently in two languages, so equal countries on a stated date also do."""
    if ours and theirs and (ours <= theirs or theirs <= ours):
        return True
    if our_countries and our_countries == their_countries:
        return bool(ours & theirs) or dated and len(our_countries) >= 2
    return False


def dates_compatible(a: str | None, b: str | None) -> bool:
    """One date a prefix of the other (2019-12 and 2019-12-19), or either unknown."""
    return not a or not b or a.startswith(b) or b.startswith(a)


def is_more_precise(new_date, new_precision, old_date, old_precision) -> bool:
    if new_date is None:
        return False
    if old_date is None:
        return True
    return PRECISION_RANK.get(new_precision, 0) > PRECISION_RANK.get(old_precision, 0)


def name_similarity(a: str, b: str) -> float:
    a, b = simplify(a), simplify(b)
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    return difflib.SequenceMatcher(
        None, " ".join(sorted(a.split())), " ".join(sorted(b.split()))
    ).ratio()


def simplify(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def parse_partial_date(value: str | None) -> tuple[datetime.date | None, str]:
    """ "2019-12-19", "2019-12" or "2019" as a date and its precision; a month or a
    year is stored as its first day."""
    match = PARTIAL_DATE.match((value or "").strip())
    if not match:
        return None, ""
    year, month, day = match.groups()
    try:
        date = datetime.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None, ""
    precision = (
        DatePrecision.DAY
        if day
        else DatePrecision.MONTH
        if month
        else DatePrecision.YEAR
    )
    return date, precision.value


def parse_full_date(value: str | None) -> datetime.date | None:
    """A publication date, only when the day is known."""
    date, precision = parse_partial_date((value or "")[:10])
    return date if precision == DatePrecision.DAY else None
