"""The tracker's records: countries, agencies, agreements, events, and the articles
and evidence that report them.

Every invariant a curator relies on is a database constraint, so the admin, the
API and the ingestion cannot write a row that breaks it.
"""

from __future__ import annotations

import datetime
import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils import timezone
from simple_history.models import HistoricalRecords

# --- closed vocabularies ------------------------------------------------------


class ReviewState(models.TextChoices):
    UNREVIEWED = "unreviewed", "Unreviewed"
    ACCEPTED = "accepted", "Accepted"
    REJECTED = "rejected", "Rejected"


class AgencyKind(models.TextChoices):
    MINISTRY = "ministry", "Ministry"
    GOVERNMENT_AGENCY = "government agency", "Government agency"
    CERT = "cert", "CERT / CSIRT"
    REGULATOR = "regulator", "Regulator"
    MILITARY = "military", "Military"
    UNIVERSITY = "university", "University or research institute"
    COMPANY = "company", "Company"
    INTERGOVERNMENTAL = "intergovernmental", "Intergovernmental body"
    NGO = "ngo", "NGO"
    OTHER = "other", "Other"


class AgreementKind(models.TextChoices):
    MOU = "mou", "Memorandum of understanding"
    JOINT_STATEMENT = "joint_statement", "Joint statement"
    PARTNERSHIP = "partnership", "Partnership"
    TREATY = "treaty", "Treaty"
    AGREEMENT = "agreement", "Agreement"
    OTHER = "other", "Other"


class AgreementStatus(models.TextChoices):
    SIGNED = "signed", "Signed"
    PLANNED = "planned", "Planned"
    PROPOSED = "proposed", "Proposed"


class EventKind(models.TextChoices):
    SUMMIT = "summit", "Summit"
    WORKSHOP = "workshop", "Workshop"
    WEBINAR = "webinar", "Webinar"
    CONFERENCE = "conference", "Conference / symposium"
    MEETING = "meeting", "Meeting"
    FORUM = "forum", "Forum"
    EXERCISE = "exercise", "Exercise"
    TRAINING = "training", "Training"
    OTHER = "other", "Other"


class DatePrecision(models.TextChoices):
    DAY = "day", "Day"
    MONTH = "month", "Month"
    YEAR = "year", "Year"


class ArticleStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    EXTRACTED = "extracted", "Extracted"
    FAILED = "failed", "Failed"
    REVIEWED = "reviewed", "Reviewed"


def partial_date(value: datetime.date | None, precision: str | None) -> str | None:
    """Render a date only as precisely as it is known: 2019-12-19, 2019-12 or 2019."""
    if value is None:
        return None
    if precision == DatePrecision.YEAR:
        return f"{value.year:04d}"
    if precision == DatePrecision.MONTH:
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()


def date_precision_constraints(date_field: str, precision_field: str, prefix: str):
    """A date and its precision are set together, and a month or year is stored as
    its first day so that sorting and range filters stay correct."""
    return [
        models.CheckConstraint(
            condition=(
                Q(**{f"{date_field}__isnull": True}) & Q(**{precision_field: ""})
            )
            | (
                Q(**{f"{date_field}__isnull": False})
                & Q(**{f"{precision_field}__in": DatePrecision.values})
            ),
            name=f"{prefix}_{date_field}_precision_set_together",
        ),
    ]


# --- managers with natural keys -----------------------------------------------


class CountryManager(models.Manager):
    def get_by_natural_key(self, code):
        return self.get(code=code)


class AgencyManager(models.Manager):
    def get_by_natural_key(self, name, country_code):
        # Names are unique per country regardless of case (agency_unique_name_country).
        return self.get(name__iexact=name, country_id=country_code)


class FocusAreaManager(models.Manager):
    def get_by_natural_key(self, slug):
        return self.get(slug=slug)


class UidManager(models.Manager):
    def get_by_natural_key(self, uid):
        return self.get(uid=uid)


class ArticleManager(models.Manager):
    def get_by_natural_key(self, content_hash):
        return self.get(content_hash=content_hash)


# --- reference data -------------------------------------------------------------


class Country(models.Model):
    """An ISO 3166-1 country, with the names the ingestion recognises it by."""

    code = models.CharField(
        "ISO code",
        max_length=2,
        primary_key=True,
        help_text="ISO 3166-1 alpha-2 code, upper case (VN, FR, US).",
    )
    alpha3 = models.CharField(
        "ISO alpha-3", max_length=3, unique=True, help_text="ISO 3166-1 alpha-3 code."
    )
    name = models.CharField(max_length=100, help_text="Common English name.")
    official_name = models.CharField(max_length=200, blank=True)
    region = models.CharField(max_length=50, blank=True, help_text="UN M49 region.")
    subregion = models.CharField(
        max_length=80, blank=True, help_text="UN M49 sub-region."
    )
    names = models.JSONField(
        default=dict,
        blank=True,
        help_text='Names by language code, short forms included: {"fr": ["Viet Nam", '
        '"Vietnam"], "ja": ["ベトナム"]}.',
    )
    demonyms = models.JSONField(
        default=dict,
        blank=True,
        help_text='Adjectives and demonyms by language: {"en": ["Vietnamese"]}.',
    )
    capitals = models.JSONField(
        default=dict,
        blank=True,
        help_text='Capital city names by language, used for metonyms ("Hanoi and '
        'Washington agreed"): {"en": ["Hanoi"]}.',
    )

    objects = CountryManager()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "countries"
        constraints = [
            models.CheckConstraint(
                condition=Q(code__regex=r"^[A-Z]{2}$"), name="country_code_alpha2"
            ),
            models.CheckConstraint(
                condition=Q(alpha3__regex=r"^[A-Z]{3}$"), name="country_alpha3_format"
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.code})"

    def natural_key(self):
        return (self.code,)

    def all_names(self, language: str | None = None) -> set[str]:
        """Every name, demonym and capital, in one language or in all of them."""
        found: set[str] = {self.name}
        for mapping in (self.names, self.demonyms, self.capitals):
            for lang, values in (mapping or {}).items():
                if language is None or lang == language:
                    found.update(values)
        return found


class FocusArea(models.Model):
    """A theme of cooperation, from a small controlled vocabulary."""

    slug = models.SlugField(
        unique=True, help_text="Stable identifier, e.g. cybercrime."
    )
    name = models.CharField(max_length=80, unique=True)
    description = models.TextField(blank=True)

    objects = FocusAreaManager()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def natural_key(self):
        return (self.slug,)


# --- curated records ------------------------------------------------------------


class Timestamped(models.Model):
    """Creation and modification times. Plain defaults rather than auto_now, so that
    fixtures (loaded raw, bypassing save()) get them too."""

    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(
        default=timezone.now, editable=False, db_index=True
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.updated_at = timezone.now()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "updated_at"}
        super().save(*args, **kwargs)


class Reviewable(Timestamped):
    """A curator's decision on a record, kept so that re-ingestion respects it."""

    review_state = models.CharField(
        max_length=12,
        choices=ReviewState.choices,
        default=ReviewState.UNREVIEWED,
        db_index=True,
        help_text="Accepted records are public; rejected ones are hidden and never "
        "recreated by ingestion.",
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The curator who last accepted or rejected this record.",
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    curated_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When a curator last edited this record. Ingestion never "
        "overwrites a curated record's fields.",
    )

    class Meta:
        abstract = True

    @property
    def is_curated(self) -> bool:
        return (
            self.review_state != ReviewState.UNREVIEWED or self.curated_at is not None
        )

    def set_review(self, state: str, user=None) -> None:
        self.review_state = state
        self.reviewed_by = user
        self.reviewed_at = timezone.now() if state != ReviewState.UNREVIEWED else None

    @classmethod
    def review_constraints(cls, prefix: str):
        return [
            models.CheckConstraint(
                condition=Q(review_state__in=ReviewState.values),
                name=f"{prefix}_review_state_valid",
            ),
            models.CheckConstraint(
                condition=Q(review_state=ReviewState.UNREVIEWED)
                | Q(reviewed_at__isnull=False),
                name=f"{prefix}_reviewed_has_time",
            ),
        ]


class Agency(Reviewable):
    """Any organisation that takes part in cooperation: a ministry, a cyber agency,
    a CERT, a regulator, a military, a university, a company, a bloc or an NGO."""

    name = models.CharField(
        max_length=255, help_text="Official name, in English where one exists."
    )
    acronym = models.CharField(
        max_length=40, blank=True, db_index=True, help_text="ANSSI, CISA, NACSA..."
    )
    aliases = models.JSONField(
        default=list,
        blank=True,
        help_text="Other names and spellings, in any language, one string each.",
    )
    kind = models.CharField(max_length=20, choices=AgencyKind.choices, db_index=True)
    country = models.ForeignKey(
        Country,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="agencies",
        help_text="Home country; empty for intergovernmental bodies.",
    )
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
        help_text="The body this one belongs to, e.g. the ministry over a CERT.",
    )
    member_countries = models.ManyToManyField(
        Country,
        blank=True,
        related_name="memberships",
        help_text="For blocs such as ASEAN, the EU or NATO: their members.",
    )
    website = models.URLField(blank=True)
    wikidata_id = models.CharField(
        "Wikidata id", max_length=20, blank=True, help_text="Q-number, e.g. Q2860577."
    )
    description = models.TextField(blank=True)

    history = HistoricalRecords(m2m_fields=[member_countries])
    objects = AgencyManager()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "agencies"
        indexes = [
            # ingestion finds a known agency by its name or acronym, case-folded;
            # the name is served by the unique constraint's index
            models.Index(Lower("acronym"), name="agency_acronym_lower"),
        ]
        constraints = [
            models.UniqueConstraint(
                Lower("name"), "country", name="agency_unique_name_country"
            ),
            models.UniqueConstraint(
                Lower("name"),
                condition=Q(country__isnull=True),
                name="agency_unique_name_without_country",
            ),
            models.CheckConstraint(
                condition=Q(kind__in=AgencyKind.values), name="agency_kind_valid"
            ),
            models.CheckConstraint(condition=~Q(name=""), name="agency_name_not_empty"),
            models.CheckConstraint(
                condition=Q(wikidata_id="") | Q(wikidata_id__regex=r"^Q[1-9][0-9]*$"),
                name="agency_wikidata_id_format",
            ),
            models.CheckConstraint(
                condition=~Q(parent=models.F("id")), name="agency_not_own_parent"
            ),
            *Reviewable.review_constraints("agency"),
        ]

    def __str__(self):
        label = self.name
        if self.acronym and self.acronym.lower() != self.name.lower():
            label = f"{label} ({self.acronym})"
        return f"{label} · {self.country_id}" if self.country_id else label

    def natural_key(self):
        return (self.name, self.country_id)

    natural_key.dependencies = ["cooperation.country"]

    def all_names(self) -> list[str]:
        names = [self.name, *([self.acronym] if self.acronym else []), *self.aliases]
        seen, unique = set(), []
        for name in names:
            if name and name.casefold() not in seen:
                seen.add(name.casefold())
                unique.append(name)
        return unique


class Article(Timestamped):
    """A news article as read by the ingestion, with its full text."""

    url = models.URLField(
        max_length=2000,
        null=True,
        blank=True,
        unique=True,
        help_text="Where it was published.",
    )
    title = models.CharField(max_length=500, blank=True)
    outlet = models.CharField(max_length=200, blank=True, help_text="The publication.")
    published = models.DateField(
        null=True, blank=True, help_text="Publication date as stated by the article."
    )
    language = models.CharField(
        max_length=8, blank=True, db_index=True, help_text="ISO 639-1 code."
    )
    text = models.TextField(blank=True)
    content_hash = models.CharField(
        max_length=64,
        unique=True,
        help_text="SHA-256 of the normalised text: the same text is never stored twice.",
    )
    source_path = models.CharField(
        max_length=1000, blank=True, help_text="The file or stream it was read from."
    )
    status = models.CharField(
        max_length=10,
        choices=ArticleStatus.choices,
        default=ArticleStatus.PENDING,
        db_index=True,
    )
    error = models.TextField(blank=True, help_text="Why ingestion failed, when it did.")
    is_cooperation = models.BooleanField(
        null=True, blank=True, help_text="Does the article describe cooperation at all?"
    )
    countries = models.ManyToManyField(
        Country,
        blank=True,
        related_name="articles",
        help_text="Countries that are parties to, or hosts of, the cooperation reported.",
    )
    extractor_version = models.CharField(max_length=40, blank=True)
    extracted_at = models.DateTimeField(null=True, blank=True)

    history = HistoricalRecords(excluded_fields=["text"])
    objects = ArticleManager()

    class Meta:
        ordering = ["-published", "-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=ArticleStatus.values),
                name="article_status_valid",
            ),
            models.CheckConstraint(
                condition=~Q(status=ArticleStatus.FAILED) | ~Q(error=""),
                name="article_failed_has_error",
            ),
            models.CheckConstraint(
                condition=Q(content_hash__regex=r"^[0-9a-f]{64}$"),
                name="article_content_hash_sha256",
            ),
        ]

    def __str__(self):
        title = self.title or self.url or self.source_path or f"Article {self.pk}"
        return f"{title[:90]} ({self.published})" if self.published else title[:100]

    def natural_key(self):
        return (self.content_hash,)


class Agreement(Reviewable):
    """A memorandum of understanding, joint statement, partnership, treaty or other
    agreement between agencies or countries."""

    uid = models.UUIDField(
        "stable id",
        default=uuid.uuid4,
        unique=True,
        editable=False,
        help_text="Stable identifier across databases, used by fixtures and exports.",
    )
    title = models.CharField(max_length=500, blank=True)
    kind = models.CharField(max_length=20, choices=AgreementKind.choices, db_index=True)
    status = models.CharField(
        max_length=10,
        choices=AgreementStatus.choices,
        default=AgreementStatus.SIGNED,
        db_index=True,
        help_text='Signed, or only planned ("will sign") or proposed.',
    )
    date = models.DateField(
        null=True,
        blank=True,
        db_index=True,
        help_text="When it was signed (or is due). A month or year is stored as its "
        "first day, with the precision saying so.",
    )
    date_precision = models.CharField(
        max_length=5, choices=DatePrecision.choices, blank=True
    )
    parties = models.ManyToManyField(
        Agency, blank=True, related_name="agreements", help_text="The signatories."
    )
    countries = models.ManyToManyField(
        Country,
        blank=True,
        related_name="agreements",
        help_text="Countries party to the agreement, directly or through an agency.",
    )
    summary = models.TextField(blank=True)
    focus_areas = models.ManyToManyField(
        FocusArea, blank=True, related_name="agreements"
    )

    history = HistoricalRecords(m2m_fields=[parties, countries, focus_areas])
    objects = UidManager()

    class Meta:
        ordering = ["-date", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=AgreementKind.values), name="agreement_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(status__in=AgreementStatus.values),
                name="agreement_status_valid",
            ),
            *date_precision_constraints("date", "date_precision", "agreement"),
            *Reviewable.review_constraints("agreement"),
        ]

    def __str__(self):
        label = self.title or self.get_kind_display()
        date = partial_date(self.date, self.date_precision)
        return f"{label} ({date})" if date else label

    def natural_key(self):
        return (str(self.uid),)

    @property
    def date_display(self) -> str | None:
        return partial_date(self.date, self.date_precision)


class Event(Reviewable):
    """A summit, workshop, webinar, conference, meeting, forum, exercise or training."""

    uid = models.UUIDField(
        "stable id",
        default=uuid.uuid4,
        unique=True,
        editable=False,
        help_text="Stable identifier across databases, used by fixtures and exports.",
    )
    name = models.CharField(max_length=500, blank=True)
    kind = models.CharField(max_length=20, choices=EventKind.choices, db_index=True)
    start = models.DateField(null=True, blank=True, db_index=True)
    start_precision = models.CharField(
        max_length=5, choices=DatePrecision.choices, blank=True
    )
    end = models.DateField(
        null=True,
        blank=True,
        help_text="Last day; equal to the start for a one-day event.",
    )
    end_precision = models.CharField(
        max_length=5, choices=DatePrecision.choices, blank=True
    )
    city = models.CharField(max_length=120, blank=True)
    country = models.ForeignKey(
        Country,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="hosted_events",
        help_text="Where it took place.",
    )
    participants = models.ManyToManyField(Agency, blank=True, related_name="events")
    countries = models.ManyToManyField(
        Country, blank=True, related_name="events", help_text="Participating countries."
    )
    agreements = models.ManyToManyField(
        Agreement,
        blank=True,
        related_name="events",
        help_text="Agreements signed or adopted at this event.",
    )
    summary = models.TextField(blank=True)

    history = HistoricalRecords(m2m_fields=[participants, countries, agreements])
    objects = UidManager()

    class Meta:
        ordering = ["-start", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=EventKind.values), name="event_kind_valid"
            ),
            *date_precision_constraints("start", "start_precision", "event"),
            *date_precision_constraints("end", "end_precision", "event"),
            models.CheckConstraint(
                condition=Q(start__isnull=True)
                | Q(end__isnull=True)
                | Q(end__gte=models.F("start")),
                name="event_end_not_before_start",
            ),
            *Reviewable.review_constraints("event"),
        ]

    def __str__(self):
        label = self.name or self.get_kind_display()
        parts = [p for p in (self.city, self.country_id) if p]
        date = partial_date(self.start, self.start_precision)
        where = f" in {', '.join(parts)}" if parts else ""
        return f"{label}{where} ({date})" if date else f"{label}{where}"

    def natural_key(self):
        return (str(self.uid),)

    @property
    def start_display(self) -> str | None:
        return partial_date(self.start, self.start_precision)

    @property
    def end_display(self) -> str | None:
        return partial_date(self.end, self.end_precision)


class Evidence(models.Model):
    """The sentence of an article that supports one agency, agreement or event."""

    uid = models.UUIDField(
        "stable id",
        default=uuid.uuid4,
        unique=True,
        editable=False,
        help_text="Stable identifier across databases, used by fixtures and exports.",
    )
    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="evidence"
    )
    agency = models.ForeignKey(
        Agency, null=True, blank=True, on_delete=models.CASCADE, related_name="evidence"
    )
    agreement = models.ForeignKey(
        Agreement,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="evidence",
    )
    event = models.ForeignKey(
        Event, null=True, blank=True, on_delete=models.CASCADE, related_name="evidence"
    )
    sentence = models.TextField(help_text="The quoted sentence.")
    start_char = models.PositiveIntegerField(
        help_text="Offset of the sentence in the text."
    )
    end_char = models.PositiveIntegerField()
    confidence = models.FloatField(help_text="From 0 to 1.")
    extractor_version = models.CharField(max_length=40, blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    objects = UidManager()

    class Meta:
        ordering = ["article_id", "start_char"]
        verbose_name_plural = "evidence"
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(agency__isnull=False, agreement__isnull=True, event__isnull=True)
                    | Q(
                        agency__isnull=True, agreement__isnull=False, event__isnull=True
                    )
                    | Q(
                        agency__isnull=True, agreement__isnull=True, event__isnull=False
                    )
                ),
                name="evidence_supports_exactly_one_record",
            ),
            models.CheckConstraint(
                condition=Q(end_char__gte=models.F("start_char")),
                name="evidence_offsets_ordered",
            ),
            models.CheckConstraint(
                condition=Q(confidence__gte=0) & Q(confidence__lte=1),
                name="evidence_confidence_in_unit_range",
            ),
            models.UniqueConstraint(
                fields=["article", "agency", "start_char", "end_char"],
                name="evidence_unique_agency_span",
            ),
            models.UniqueConstraint(
                fields=["article", "agreement", "start_char", "end_char"],
                name="evidence_unique_agreement_span",
            ),
            models.UniqueConstraint(
                fields=["article", "event", "start_char", "end_char"],
                name="evidence_unique_event_span",
            ),
        ]

    def __str__(self):
        return f"“{self.sentence[:80]}” ({self.article_id}:{self.start_char})"

    def natural_key(self):
        return (str(self.uid),)

    @property
    def record(self):
        return self.agency or self.agreement or self.event
