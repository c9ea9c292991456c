"""Filtersets for every list, the network and the timeline. Each filter carries
help_text, so the OpenAPI schema documents it, and each malformed or unknown value
is a 400 that names its parameter."""

from __future__ import annotations

import re

import django_filters as filters
from django import forms
from django.db.models import Q
from rest_framework.exceptions import ValidationError

from cooperation.api.dates import PartialDate, parse_partial_date
from cooperation.api.search import search_condition
from cooperation.models import (
    Agency,
    AgencyKind,
    Agreement,
    AgreementKind,
    AgreementStatus,
    Article,
    ArticleStatus,
    Country,
    Event,
    EventKind,
    Evidence,
    FocusArea,
    ReviewState,
)

_COUNTRY_CODE = re.compile(r"^[A-Za-z]{2}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")

# Query parameters every list accepts besides its filters.
COMMON_PARAMETERS = frozenset({"page", "page_size", "format"})


def _invalid(name: str, message: str) -> ValidationError:
    return ValidationError({name: [message]})


class PartialDateField(forms.CharField):
    def to_python(self, value):
        value = super().to_python(value)
        if not value:
            return None
        try:
            return parse_partial_date(value)
        except ValueError as error:
            raise forms.ValidationError(str(error), code="invalid") from error


class PartialDateFilter(filters.CharFilter):
    """`after`: on or after the first day of the given year, month or day;
    `before`: on or before its last day."""

    field_class = PartialDateField

    def __init__(self, *args, bound: str, **kwargs):
        self.bound = bound
        super().__init__(*args, **kwargs)

    def filter(self, qs, value: PartialDate | None):
        if value is None:
            return qs
        if self.bound == "after":
            return qs.filter(**{f"{self.field_name}__gte": value.first})
        return qs.filter(**{f"{self.field_name}__lte": value.last})


def _split(value: str) -> list[str]:
    return [item.strip() for item in value.split(",") if item.strip()]


def resolve_countries(name: str, value: str) -> list[str]:
    codes = [code.upper() for code in _split(value)]
    malformed = [code for code in codes if not _COUNTRY_CODE.match(code)]
    if malformed or not codes:
        raise _invalid(
            name, f"'{value}' is not a list of ISO 3166-1 alpha-2 codes (e.g. VN,FR)."
        )
    known = set(Country.objects.filter(code__in=codes).values_list("code", flat=True))
    unknown = [code for code in codes if code not in known]
    if unknown:
        raise _invalid(name, f"Unknown country code(s): {', '.join(unknown)}.")
    return codes


def resolve_agencies(name: str, value: str) -> list[int]:
    """Agency ids from a comma-separated list of ids and acronyms (or exact names);
    an acronym shared by several agencies selects them all."""
    tokens = _split(value)
    if not tokens:
        raise _invalid(name, "Give an agency id or acronym.")
    ids = {int(token) for token in tokens if token.isdigit()}
    labels = [token for token in tokens if not token.isdigit()]
    condition = Q(pk__in=ids)
    for label in labels:
        condition |= Q(acronym__iexact=label) | Q(name__iexact=label)
    found = list(Agency.objects.filter(condition).values_list("pk", "acronym", "name"))
    known_ids = {pk for pk, _, _ in found}
    known_labels = {text.casefold() for _, acronym, n in found for text in (acronym, n)}
    unknown = [str(pk) for pk in sorted(ids - known_ids)] + [
        label for label in labels if label.casefold() not in known_labels
    ]
    if unknown:
        raise _invalid(
            name, f"Unknown agency id(s) or acronym(s): {', '.join(unknown)}."
        )
    return sorted(known_ids)


def resolve_region(name: str, value: str) -> list[str]:
    regions = Country.objects.filter(
        Q(region__iexact=value) | Q(subregion__iexact=value)
    ).values_list("code", flat=True)
    codes = list(regions)
    if not codes:
        raise _invalid(
            name,
            f"Unknown region '{value}': use a UN M49 region or sub-region such as "
            "Asia or Southeast Asia.",
        )
    return codes


# How each record model reaches its countries, agencies, articles and date.
RECORD_PATHS = {
    Agreement: {
        "countries": Agreement.countries.through,
        "agencies": Agreement.parties.through,
        "link": "agreement_id",
        "date": "date",
        "evidence": "agreement_id",
    },
    Event: {
        "countries": Event.countries.through,
        "agencies": Event.participants.through,
        "link": "event_id",
        "date": "start",
        "evidence": "event_id",
    },
}


def records_with_countries(qs, codes):
    """Records with any of these countries as a party, a participant, a party's or
    participant's home country, or (for events) the host."""
    paths = RECORD_PATHS[qs.model]
    link = paths["link"]
    condition = Q(
        pk__in=paths["countries"].objects.filter(country_id__in=codes).values(link)
    ) | Q(
        pk__in=paths["agencies"]
        .objects.filter(agency__country_id__in=codes)
        .values(link)
    )
    if qs.model is Event:
        condition |= Q(country_id__in=codes)
    return qs.filter(condition)


def records_with_agencies(qs, agency_ids):
    paths = RECORD_PATHS[qs.model]
    return qs.filter(
        pk__in=paths["agencies"]
        .objects.filter(agency_id__in=agency_ids)
        .values(paths["link"])
    )


class StrictFilterSet(filters.FilterSet):
    """Rejects query parameters it does not know, naming them."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The browsable API's filter form labels each field with the query
        # parameter it sets: django-filter would name them after model fields,
        # which most of these filters are not ("[invalid name]", or "Date" for both
        # date_after and date_before).
        for name, field in self.filters.items():
            field.label = name

    @classmethod
    def known_parameters(cls) -> set[str]:
        return set(cls.base_filters) | COMMON_PARAMETERS

    def check_unknown(self):
        unknown = sorted(set(self.data) - self.known_parameters())
        if unknown:
            raise ValidationError(
                {
                    name: [
                        "Unknown query parameter. Known parameters: "
                        + ", ".join(sorted(self.known_parameters()))
                        + "."
                    ]
                    for name in unknown
                }
            )


REVIEW_HELP = (
    "Review state. Anonymous readers see accepted records only; curators with the "
    "view permission see all."
)
Q_HELP = (
    "Text search over names, titles, summaries, agency names, acronyms and aliases, "
    "quoted evidence and article text. PostgreSQL: full-text search (websearch "
    'syntax: words, "phrases", -exclusions). SQLite: every word must appear as a '
    "substring."
)


class RecordFilterSet(StrictFilterSet):
    """Filters shared by agreements and events, also used by the network and the
    timeline."""

    country = filters.CharFilter(
        method="filter_country",
        help_text="ISO 3166-1 alpha-2 code(s), comma-separated (VN or VN,FR): records "
        "with any of them as a party, participant, agency's home country or host.",
    )
    agency = filters.CharFilter(
        method="filter_agency",
        help_text="Agency id(s) or acronym(s), comma-separated (ANSSI or 12,CISA): "
        "records where any of them is a party or participant.",
    )
    region = filters.CharFilter(
        method="filter_region",
        help_text="UN M49 region or sub-region (Asia, Southeast Asia): records "
        "involving any country in it.",
    )
    member_of = filters.CharFilter(
        method="filter_member_of",
        help_text="A bloc's id or acronym (ASEAN, EU): records involving the bloc "
        "itself or any of its member countries.",
    )
    date_after = PartialDateFilter(
        bound="after",
        help_text="On or after this date; YYYY, YYYY-MM or YYYY-MM-DD (2019 means "
        "from 2019-01-01). Agreements: signature date; events: start.",
    )
    date_before = PartialDateFilter(
        bound="before",
        help_text="On or before this date; YYYY, YYYY-MM or YYYY-MM-DD (2020-06 means "
        "up to 2020-06-30 inclusive).",
    )
    updated_since = filters.IsoDateTimeFilter(
        field_name="updated_at",
        lookup_expr="gte",
        help_text="Changed at or after this ISO 8601 time (2024-05-01T00:00:00Z), for "
        "incremental sync.",
    )
    language = filters.CharFilter(
        method="filter_language",
        help_text="ISO 639-1 code: records supported by an article in this language.",
    )
    review_state = filters.ChoiceFilter(
        choices=ReviewState.choices, help_text=REVIEW_HELP
    )
    q = filters.CharFilter(method="filter_q", help_text=Q_HELP)

    def __init__(self, data=None, queryset=None, **kwargs):
        super().__init__(data, queryset, **kwargs)
        model = self.queryset.model
        if model in RECORD_PATHS:
            date_field = RECORD_PATHS[model]["date"]
            for name in ("date_after", "date_before"):
                self.filters[name].field_name = date_field

    def filter_country(self, qs, name, value):
        return records_with_countries(qs, resolve_countries(name, value))

    def filter_agency(self, qs, name, value):
        return records_with_agencies(qs, resolve_agencies(name, value))

    def filter_region(self, qs, name, value):
        return records_with_countries(qs, resolve_region(name, value))

    def filter_member_of(self, qs, name, value):
        blocs = resolve_agencies(name, value)
        members = Agency.member_countries.through.objects.filter(
            agency_id__in=blocs
        ).values("country_id")
        paths = RECORD_PATHS[qs.model]
        link = paths["link"]
        return qs.filter(
            Q(
                pk__in=paths["countries"]
                .objects.filter(country_id__in=members)
                .values(link)
            )
            | Q(
                pk__in=paths["agencies"]
                .objects.filter(
                    Q(agency_id__in=blocs) | Q(agency__country_id__in=members)
                )
                .values(link)
            )
        )

    def filter_language(self, qs, name, value):
        if not _LANGUAGE.match(value):
            raise _invalid(name, f"'{value}' is not an ISO 639-1 language code.")
        link = RECORD_PATHS[qs.model]["evidence"]
        return qs.filter(
            pk__in=Evidence.objects.filter(article__language=value).values(link)
        )

    def filter_q(self, qs, name, value):
        return qs.filter(search_condition(qs.model, value))


class AgreementFilterSet(RecordFilterSet):
    kind = filters.ChoiceFilter(
        choices=AgreementKind.choices, help_text="Kind of agreement."
    )
    status = filters.ChoiceFilter(
        choices=AgreementStatus.choices,
        help_text="Signed, or only planned or proposed.",
    )
    focus_area = filters.ModelChoiceFilter(
        field_name="focus_areas",
        to_field_name="slug",
        queryset=FocusArea.objects.all(),
        help_text="Focus area slug (cybercrime, capacity-building...).",
    )
    ordering = filters.OrderingFilter(
        fields=(("date", "date"), ("updated_at", "updated_at"), ("id", "id")),
        help_text="Sort by date, updated_at or id; prefix with - for descending. "
        "Default: newest date first.",
    )

    class Meta:
        model = Agreement
        fields = []


class EventFilterSet(RecordFilterSet):
    kind = filters.ChoiceFilter(choices=EventKind.choices, help_text="Kind of event.")
    host = filters.CharFilter(
        method="filter_host", help_text="ISO code of the country that hosted it."
    )
    ordering = filters.OrderingFilter(
        fields=(("start", "start"), ("updated_at", "updated_at"), ("id", "id")),
        help_text="Sort by start, updated_at or id; prefix with - for descending. "
        "Default: newest start first.",
    )

    class Meta:
        model = Event
        fields = []

    def filter_host(self, qs, name, value):
        return qs.filter(country_id__in=resolve_countries(name, value))


class AgencyFilterSet(StrictFilterSet):
    country = filters.CharFilter(
        method="filter_country",
        help_text="ISO code(s) of the home country, comma-separated.",
    )
    kind = filters.ChoiceFilter(choices=AgencyKind.choices, help_text="Kind of body.")
    acronym = filters.CharFilter(
        field_name="acronym", lookup_expr="iexact", help_text="Exact acronym, any case."
    )
    member_of = filters.CharFilter(
        method="filter_member_of",
        help_text="A bloc's id or acronym: agencies based in its member countries.",
    )
    review_state = filters.ChoiceFilter(
        choices=ReviewState.choices, help_text=REVIEW_HELP
    )
    updated_since = RecordFilterSet.base_filters["updated_since"]
    q = filters.CharFilter(
        method="filter_q", help_text="Text search over names, acronyms and aliases."
    )
    ordering = filters.OrderingFilter(
        fields=(("name", "name"), ("acronym", "acronym"), ("updated_at", "updated_at")),
        help_text="Sort by name, acronym or updated_at; - for descending.",
    )

    class Meta:
        model = Agency
        fields = []

    def filter_country(self, qs, name, value):
        return qs.filter(country_id__in=resolve_countries(name, value))

    def filter_member_of(self, qs, name, value):
        blocs = resolve_agencies(name, value)
        members = Agency.member_countries.through.objects.filter(
            agency_id__in=blocs
        ).values("country_id")
        return qs.filter(country_id__in=members)

    def filter_q(self, qs, name, value):
        return qs.filter(search_condition(Agency, value))


class CountryFilterSet(StrictFilterSet):
    region = filters.CharFilter(
        method="filter_region", help_text="UN M49 region or sub-region."
    )
    q = filters.CharFilter(
        method="filter_q", help_text="Search over names in every language."
    )
    ordering = filters.OrderingFilter(
        fields=(("name", "name"), ("code", "code")),
        help_text="Sort by name or code; - for descending.",
    )

    class Meta:
        model = Country
        fields = []

    def filter_region(self, qs, name, value):
        return qs.filter(code__in=resolve_region(name, value))

    def filter_q(self, qs, name, value):
        return qs.filter(search_condition(Country, value))


class ArticleFilterSet(StrictFilterSet):
    country = filters.CharFilter(
        method="filter_country",
        help_text="ISO code(s), comma-separated: articles reporting cooperation "
        "involving any of them.",
    )
    language = filters.CharFilter(
        method="filter_language", help_text="ISO 639-1 language code."
    )
    status = filters.ChoiceFilter(
        choices=ArticleStatus.choices, help_text="Ingestion status."
    )
    published_after = PartialDateFilter(
        field_name="published",
        bound="after",
        help_text="Published on or after YYYY, YYYY-MM or YYYY-MM-DD.",
    )
    published_before = PartialDateFilter(
        field_name="published",
        bound="before",
        help_text="Published on or before YYYY, YYYY-MM or YYYY-MM-DD (inclusive).",
    )
    updated_since = RecordFilterSet.base_filters["updated_since"]
    q = filters.CharFilter(
        method="filter_q", help_text="Search over titles, outlets and article text."
    )
    ordering = filters.OrderingFilter(
        fields=(("published", "published"), ("updated_at", "updated_at"), ("id", "id")),
        help_text="Sort by published, updated_at or id; - for descending.",
    )

    class Meta:
        model = Article
        fields = []

    def filter_country(self, qs, name, value):
        codes = resolve_countries(name, value)
        return qs.filter(
            pk__in=Article.countries.through.objects.filter(
                country_id__in=codes
            ).values("article_id")
        )

    def filter_language(self, qs, name, value):
        if not _LANGUAGE.match(value):
            raise _invalid(name, f"'{value}' is not an ISO 639-1 language code.")
        return qs.filter(language=value)

    def filter_q(self, qs, name, value):
        return qs.filter(search_condition(Article, value))


GRAPH_KINDS = sorted(
    {*AgreementKind.choices, *EventKind.choices}, key=lambda choice: choice[0]
)


class GraphFilterSet(RecordFilterSet):
    """The network's and timeline's filters: applied to agreements and to events
    alike. A kind belongs to one of the two, so the other is then left out."""

    kind = filters.ChoiceFilter(
        choices=GRAPH_KINDS,
        method="filter_kind",
        help_text="An agreement kind (mou, treaty...) or an event kind (workshop, "
        "exercise...): only records of that kind are counted.",
    )
    include = filters.ChoiceFilter(
        choices=[
            ("all", "Agreements and events"),
            ("agreements", "Agreements only"),
            ("events", "Events only"),
        ],
        method="filter_include",
        help_text="Which records to count (default: all).",
    )

    class Meta:
        model = None
        fields = []

    def filter_kind(self, qs, name, value):
        allowed = AgreementKind.values if qs.model is Agreement else EventKind.values
        return qs.filter(kind=value) if value in allowed else qs.none()

    def filter_include(self, qs, name, value):
        wanted = {"agreements": Agreement, "events": Event}.get(value)
        return qs if wanted in (None, qs.model) else qs.none()


class NetworkFilterSet(GraphFilterSet):
    level = filters.ChoiceFilter(
        choices=[("country", "Countries"), ("agency", "Agencies")],
        method="keep",
        help_text="Nodes are countries (default) or agencies.",
    )

    def keep(self, qs, name, value):
        return qs


class TimelineFilterSet(GraphFilterSet):
    interval = filters.ChoiceFilter(
        choices=[("year", "Year"), ("month", "Month")],
        method="keep",
        help_text="Count per year (default) or per month. Records dated only to a "
        "coarser precision are counted under 'unplaced'.",
    )

    def keep(self, qs, name, value):
        return qs
