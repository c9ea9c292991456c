"""Builders for the API tests: small valid records with unique defaults, and a
known fixture of agreements and events whose network and timeline numbers the
tests compute by hand."""

from __future__ import annotations

import datetime
import hashlib
import itertools

from django.contrib.auth.models import Permission, User

from cooperation.models import (
    Agency,
    AgencyKind,
    Agreement,
    AgreementKind,
    Article,
    ArticleStatus,
    Country,
    Event,
    EventKind,
    Evidence,
    ReviewState,
)

_serial = itertools.count(1)

COUNTRIES = {
    "VN": ("Vietnam", "VNM", "Asia", "Southeast Asia"),
    "FR": ("France", "FRA", "Europe", "Western Europe"),
    "JP": ("Japan", "JPN", "Asia", "Eastern Asia"),
    "SG": ("Singapore", "SGP", "Asia", "Southeast Asia"),
    "US": ("United States", "USA", "Americas", "Northern America"),
}


def country(code: str) -> Country:
    name, alpha3, region, subregion = COUNTRIES.get(
        code, (f"Country {code}", f"{code}X", "", "")
    )
    found, _ = Country.objects.get_or_create(
        code=code,
        defaults={
            "name": name,
            "alpha3": alpha3,
            "region": region,
            "subregion": subregion,
        },
    )
    return found


def accepted(record):
    record.review_state = ReviewState.ACCEPTED
    record.reviewed_at = datetime.datetime.now(datetime.UTC)
    return record


def agency(name=None, code=None, state=ReviewState.ACCEPTED, **fields) -> Agency:
    members = fields.pop("member_countries", ())
    fields.setdefault("kind", AgencyKind.GOVERNMENT_AGENCY)
    made = Agency(
        name=name or f"Agency {next(_serial)}",
        country=country(code) if code else None,
        review_state=state,
        reviewed_at=None
        if state == ReviewState.UNREVIEWED
        else datetime.datetime.now(datetime.UTC),
        **fields,
    )
    made.save()
    if members:
        made.member_countries.set([country(c) for c in members])
    return made


def article(text="", **fields) -> Article:
    n = next(_serial)
    text = text or f"Article text {n}"
    fields.setdefault("title", f"Article {n}")
    fields.setdefault("url", f"https://news.example/{n}")
    fields.setdefault("language", "en")
    fields.setdefault("status", ArticleStatus.EXTRACTED)
    made = Article.objects.create(
        text=text,
        content_hash=hashlib.sha256(f"{n}{text}".encode()).hexdigest(),
        **fields,
    )
    return made


def evidence(record, source: Article, sentence="They signed it.", start=0):
    link = "agreement" if isinstance(record, Agreement) else "event"
    return Evidence.objects.create(
        article=source,
        sentence=sentence,
        start_char=start,
        end_char=start + len(sentence),
        confidence=0.9,
        **{link: record},
    )


def agreement(
    parties=(),
    countries=(),
    date=None,
    precision="day",
    state=ReviewState.ACCEPTED,
    **fields,
) -> Agreement:
    fields.setdefault("kind", AgreementKind.MOU)
    fields.setdefault("title", f"Agreement {next(_serial)}")
    made = Agreement(
        date=date,
        date_precision=precision if date else "",
        review_state=state,
        reviewed_at=None
        if state == ReviewState.UNREVIEWED
        else datetime.datetime.now(datetime.UTC),
        **fields,
    )
    made.save()
    made.parties.set(parties)
    codes = {c for c in countries} | {p.country_id for p in parties if p.country_id}
    made.countries.set([country(c) for c in sorted(codes)])
    return made


def event(
    participants=(),
    countries=(),
    start=None,
    precision="day",
    state=ReviewState.ACCEPTED,
    **fields,
) -> Event:
    fields.setdefault("kind", EventKind.WORKSHOP)
    fields.setdefault("name", f"Event {next(_serial)}")
    made = Event(
        start=start,
        start_precision=precision if start else "",
        review_state=state,
        reviewed_at=None
        if state == ReviewState.UNREVIEWED
        else datetime.datetime.now(datetime.UTC),
        **fields,
    )
    made.save()
    made.participants.set(participants)
    codes = {c for c in countries} | {
        p.country_id for p in participants if p.country_id
    }
    made.countries.set([country(c) for c in sorted(codes)])
    return made


def user(username: str, *perms: str) -> User:
    """A user holding cooperation permissions such as "view_agreement"."""
    made = User.objects.create_user(username, password="pw-" + username)
    if perms:
        made.user_permissions.set(
            Permission.objects.filter(
                content_type__app_label="cooperation", codename__in=perms
            )
        )
    return made


EDITOR_PERMS = [
    f"{action}_{model}"
    for action in ("add", "change", "delete", "view")
    for model in ("agency", "agreement", "event", "article")
]
