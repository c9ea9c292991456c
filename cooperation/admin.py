"""The curator's admin: review, correct, merge and accept what ingestion found.

Every save marks the record curated (ingestion then leaves its fields alone), every
decision goes through cooperation.services, and django-simple-history keeps the
record of who changed what.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.db import models
from django.db.models import (
    Count,
    Exists,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
)
from django.db.models.functions import Coalesce, Lower
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from simple_history.admin import SimpleHistoryAdmin

from cooperation import services
from cooperation.models import (
    Agency,
    Agreement,
    Article,
    Country,
    DatePrecision,
    Event,
    Evidence,
    FocusArea,
    ReviewState,
)
from cooperation.selectors import ALIAS_TEXT, JSONStrings

admin.site.site_header = "Cyber Cooperation Tracker"
admin.site.site_title = "Cyber Cooperation Tracker"
admin.site.index_title = "Curation"

EMPTY = "—"
# Links typed without a scheme are taken as https, as Django 6 will do.
URL_FIELDS = {models.URLField: {"assume_scheme": "https"}}


# --- small helpers ----------------------------------------------------------------


def admin_url(obj) -> str:
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])


def admin_link(obj, label: str | None = None) -> str:
    if obj is None:
        return EMPTY
    return format_html('<a href="{}">{}</a>', admin_url(obj), label or str(obj))


def count_of(model, fk: str):
    """A correlated COUNT, so a changelist gets per-row counts in its one query
    without the row multiplication of several joined Count() annotations."""
    rows = (
        model.objects.filter(**{fk: OuterRef("pk")})
        .order_by()
        .values(fk)
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(rows, output_field=IntegerField()), 0)


def short(text: str, length: int = 80) -> str:
    return Truncator(text or "").chars(length) or EMPTY


# --- forms ------------------------------------------------------------------------


class LinesField(forms.CharField):
    """A list of strings edited as one line each, for JSON list fields."""

    widget = forms.Textarea(attrs={"rows": 4, "cols": 60})

    def prepare_value(self, value):
        if isinstance(value, list | tuple):
            return "\n".join(str(item) for item in value)
        return value

    def to_python(self, value):
        if isinstance(value, list | tuple):
            lines = [str(item) for item in value]
        else:
            lines = (super().to_python(value) or "").splitlines()
        seen, unique = set(), []
        for line in (line.strip() for line in lines):
            if line and line.casefold() not in seen:
                seen.add(line.casefold())
                unique.append(line)
        return unique

    def has_changed(self, initial, data):
        return self.to_python(initial or []) != self.to_python(data)


def clean_partial_date(form, date_field: str, precision_field: str) -> None:
    """A date and its precision go together; a month or a year is stored as its
    first day, so the curator may type any day in it."""
    data = form.cleaned_data
    value, precision = data.get(date_field), data.get(precision_field)
    if date_field in form.errors:
        return
    if value and not precision:
        form.add_error(
            precision_field, "Say how precise the date is: day, month or year."
        )
    elif precision and not value:
        form.add_error(date_field, "Give the date, or clear its precision.")
    elif value and precision == DatePrecision.MONTH:
        data[date_field] = value.replace(day=1)
    elif value and precision == DatePrecision.YEAR:
        data[date_field] = value.replace(month=1, day=1)


def https_urls(db_field, **kwargs):
    if isinstance(db_field, models.URLField):
        kwargs.setdefault("assume_scheme", "https")
    return db_field.formfield(**kwargs)


class AgencyForm(forms.ModelForm):
    aliases = LinesField(
        required=False,
        help_text="Other names and spellings, in any language: one per line.",
    )

    class Meta:
        model = Agency
        fields = (
            "name",
            "acronym",
            "aliases",
            "kind",
            "country",
            "parent",
            "member_countries",
            "website",
            "wikidata_id",
            "description",
        )
        formfield_callback = https_urls

    def clean(self):
        data = super().clean()
        self._check_parent(data.get("parent"))
        name, country = data.get("name"), data.get("country")
        if name:
            clash = (
                Agency.objects.annotate(lower_name=Lower("name"))
                .filter(lower_name=name.lower(), country=country)
                .exclude(pk=self.instance.pk)
                .first()
            )
            if clash is not None:
                where = f"in {country.name}" if country else "without a country"
                self.add_error(
                    "name",
                    forms.ValidationError(
                        "An agency with this name already exists %(where)s: "
                        "%(clash)s. Merge the two instead.",
                        code="duplicate",
                        params={"where": where, "clash": clash},
                    ),
                )
        return data

    def _check_parent(self, parent):
        """Refuse a parent that is the agency itself or one of its descendants."""
        if parent is None or self.instance.pk is None:
            return
        seen, node = set(), parent
        while node is not None and node.pk not in seen:
            if node.pk == self.instance.pk:
                self.add_error(
                    "parent",
                    "An agency cannot belong to itself, directly or through the "
                    "agencies under it.",
                )
                return
            seen.add(node.pk)
            node = node.parent


class AgreementForm(forms.ModelForm):
    class Meta:
        model = Agreement
        fields = (
            "title",
            "kind",
            "status",
            "date",
            "date_precision",
            "parties",
            "countries",
            "summary",
            "focus_areas",
        )

    def clean(self):
        data = super().clean()
        clean_partial_date(self, "date", "date_precision")
        return data


class EventForm(forms.ModelForm):
    class Meta:
        model = Event
        fields = (
            "name",
            "kind",
            "start",
            "start_precision",
            "end",
            "end_precision",
            "city",
            "country",
            "participants",
            "countries",
            "summary",
            "agreements",
        )

    def clean(self):
        data = super().clean()
        clean_partial_date(self, "start", "start_precision")
        clean_partial_date(self, "end", "end_precision")
        start, end = data.get("start"), data.get("end")
        if start and end and end < start:
            self.add_error("end", "The event cannot end before it starts.")
        return data


# --- filters ----------------------------------------------------------------------


class CuratedFilter(admin.SimpleListFilter):
    title = "edited by a curator"
    parameter_name = "curated"

    def lookups(self, request, model_admin):
        return [("yes", "Yes"), ("no", "No")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(curated_at__isnull=False)
        if self.value() == "no":
            return queryset.filter(curated_at__isnull=True)
        return queryset


class HasEvidenceFilter(admin.SimpleListFilter):
    title = "evidence"
    parameter_name = "evidence"

    def lookups(self, request, model_admin):
        return [("yes", "Has evidence"), ("no", "No evidence")]

    def queryset(self, request, queryset):
        if self.value() in ("yes", "no"):
            has = Evidence.objects.filter(
                **{queryset.model._meta.model_name: OuterRef("pk")}
            )
            exists = Exists(has)
            return queryset.filter(exists if self.value() == "yes" else ~exists)
        return queryset


class SharedAcronymFilter(admin.SimpleListFilter):
    """Agencies whose acronym another agency also uses: the likeliest duplicates,
    to be compared and merged."""

    title = "possible duplicates"
    parameter_name = "duplicates"

    def lookups(self, request, model_admin):
        return [("acronym", "Acronym shared with another agency")]

    def queryset(self, request, queryset):
        if self.value() != "acronym":
            return queryset
        shared = (
            Agency.objects.exclude(acronym="")
            .values(lower_acronym=Lower("acronym"))
            .annotate(n=Count("pk"))
            .filter(n__gt=1)
            .values("lower_acronym")
        )
        return queryset.alias(lower_acronym=Lower("acronym")).filter(
            lower_acronym__in=shared
        )


class EvidenceTargetFilter(admin.SimpleListFilter):
    title = "supports"
    parameter_name = "supports"

    def lookups(self, request, model_admin):
        return [
            ("agency", "Agencies"),
            ("agreement", "Agreements"),
            ("event", "Events"),
        ]

    def queryset(self, request, queryset):
        if self.value() in ("agency", "agreement", "event"):
            return queryset.filter(**{f"{self.value()}__isnull": False})
        return queryset


class ConfidenceFilter(admin.SimpleListFilter):
    title = "confidence"
    parameter_name = "confidence"
    bands = {
        "low": Q(confidence__lt=0.5),
        "medium": Q(confidence__gte=0.5, confidence__lt=0.8),
        "high": Q(confidence__gte=0.8),
    }

    def lookups(self, request, model_admin):
        return [("low", "Below 0.5"), ("medium", "0.5 to 0.8"), ("high", "0.8 and up")]

    def queryset(self, request, queryset):
        if self.value() in self.bands:
            return queryset.filter(self.bands[self.value()])
        return queryset


# --- evidence shown on the records it supports -------------------------------------


class EvidenceInline(admin.TabularInline):
    """The sentences that support a record: read-only, as ingestion found them."""

    model = Evidence
    fields = (
        "sentence",
        "article_link",
        "start_char",
        "end_char",
        "confidence",
        "extractor_version",
    )
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("article")
            .defer("article__text")
        )

    @admin.display(description="Article")
    def article_link(self, evidence):
        return admin_link(evidence.article)


# --- the reviewable records ----------------------------------------------------------


class ReviewableAdmin(SimpleHistoryAdmin):
    """Shared behaviour of agencies, agreements and events: review actions, the
    "Save and accept" buttons, and marking every save as curated."""

    review_fields = ("review_state", "reviewed_by", "reviewed_at", "curated_at")
    readonly_fields = (*review_fields, "created_at", "updated_at")
    actions = ("accept_selected", "reject_selected", "reopen_selected")
    inlines = (EvidenceInline,)
    list_per_page = 50

    @admin.display(description="review", ordering="review_state")
    def review(self, obj):
        icons = {"accepted": "✔", "rejected": "✘", "unreviewed": "…"}
        return f"{icons.get(obj.review_state, '')} {obj.get_review_state_display()}"

    @admin.display(description="curated", ordering="curated_at")
    def curated(self, obj):
        return obj.curated_at.date().isoformat() if obj.curated_at else EMPTY

    @admin.display(description="evidence", ordering="evidence_count")
    def evidence_count(self, obj):
        return obj.evidence_count

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(evidence_count=count_of(Evidence, self.model._meta.model_name))
        )

    def _review(self, request, queryset, state: str, verb: str):
        records = list(queryset)
        changed = services.set_review_state(records, state, request.user)
        opts = self.model._meta
        name = opts.verbose_name if changed == 1 else opts.verbose_name_plural
        message = f"{verb} {changed} {name}."
        if unchanged := len(records) - changed:
            message += f" {unchanged} already were."
        self.message_user(request, message, messages.SUCCESS)

    @admin.action(
        description="Accept selected %(verbose_name_plural)s", permissions=("change",)
    )
    def accept_selected(self, request, queryset):
        self._review(request, queryset, ReviewState.ACCEPTED, "Accepted")

    @admin.action(
        description="Reject selected %(verbose_name_plural)s", permissions=("change",)
    )
    def reject_selected(self, request, queryset):
        self._review(request, queryset, ReviewState.REJECTED, "Rejected")

    @admin.action(
        description="Return selected %(verbose_name_plural)s to review",
        permissions=("change",),
    )
    def reopen_selected(self, request, queryset):
        self._review(request, queryset, ReviewState.UNREVIEWED, "Reopened")

    def render_change_form(self, request, context, add=False, change=False, **kwargs):
        context["show_review_buttons"] = self.has_change_permission(
            request, kwargs.get("obj")
        )
        return super().render_change_form(request, context, add, change, **kwargs)

    def save_model(self, request, obj, form, change):
        decision = None
        if "_accept" in request.POST:
            decision = ReviewState.ACCEPTED
        elif "_reject" in request.POST:
            decision = ReviewState.REJECTED
        if decision and obj.review_state != decision:
            obj.set_review(decision, request.user)
        if not change:
            reason = "Added by a curator"
        elif form.changed_data:
            reason = f"Edited by a curator: {', '.join(form.changed_data)}"
        else:
            reason = "Saved by a curator"
        if decision:
            reason = f"{ReviewState(decision).label}; {reason[0].lower()}{reason[1:]}"
        services.mark_curated(obj, request.user, reason=reason, save=False)
        super().save_model(request, obj, form, change)

    def _review_message(self, request, obj):
        if "_accept" in request.POST or "_reject" in request.POST:
            self.message_user(
                request, f"{obj} is now {obj.get_review_state_display().lower()}."
            )

    def response_add(self, request, obj, post_url_continue=None):
        self._review_message(request, obj)
        return super().response_add(request, obj, post_url_continue)

    def response_change(self, request, obj):
        self._review_message(request, obj)
        return super().response_change(request, obj)


class MergeActionMixin:
    """ "Merge selected …" for a model whose duplicates a service merges: the
    curator picks the record to keep on a confirmation page (`merge_template`,
    extending admin/cooperation/merge_base.html), and `merge` does the rest. A
    record is suggested as the one to keep when accepted, curated, then by
    `merge_weight`."""

    merge_template: str

    def merge_candidates(self, queryset) -> list:
        return list(queryset)

    def merge(self, survivor, others, user):
        raise NotImplementedError

    def merge_weight(self, record) -> int:
        return record.evidence_count

    def merge_context(self, records) -> dict:
        return {}

    @admin.action(
        description="Merge selected %(verbose_name_plural)s…",
        permissions=("change", "delete"),
    )
    def merge_selected(self, request, queryset):
        opts = self.model._meta
        records = self.merge_candidates(queryset)
        if len(records) < 2:
            self.message_user(
                request,
                f"Select at least two {opts.verbose_name_plural} to merge.",
                messages.WARNING,
            )
            return None
        if request.POST.get("post") == "yes":
            chosen = request.POST.get("survivor", "")
            survivor = next((r for r in records if str(r.pk) == chosen), None)
            if survivor is None:
                self.message_user(
                    request, f"Choose the {opts.verbose_name} to keep.", messages.ERROR
                )
            else:
                others = [r for r in records if r.pk != survivor.pk]
                try:
                    result = self.merge(survivor, others, request.user)
                except services.MergeError as error:
                    self.message_user(request, str(error), messages.ERROR)
                    return None
                self.message_user(
                    request,
                    format_html(
                        "{} <a href='{}'>Open {}</a>.",
                        result.summary(),
                        admin_url(result.survivor),
                        result.survivor,
                    ),
                    messages.SUCCESS,
                )
                return None

        suggested = max(
            records,
            key=lambda r: (
                r.review_state == ReviewState.ACCEPTED,
                r.curated_at is not None,
                self.merge_weight(r),
                -r.pk,
            ),
        )
        context = {
            **self.admin_site.each_context(request),
            "title": f"Merge {opts.verbose_name_plural}",
            "subtitle": None,
            "opts": opts,
            "records": records,
            "suggested": suggested,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "action_name": "merge_selected",
            "media": self.media,
            **self.merge_context(records),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, self.merge_template, context)


@admin.register(Agency)
class AgencyAdmin(MergeActionMixin, ReviewableAdmin):
    form = AgencyForm
    formfield_overrides = URL_FIELDS
    list_display = (
        "name",
        "acronym",
        "kind",
        "country",
        "parent_name",
        "review",
        "curated",
        "agreement_count",
        "event_count",
        "evidence_count",
    )
    list_filter = (
        "review_state",
        "kind",
        ("country", admin.RelatedOnlyFieldListFilter),
        CuratedFilter,
        HasEvidenceFilter,
        SharedAcronymFilter,
    )
    search_fields = ("name", "acronym", ALIAS_TEXT, "=wikidata_id")
    list_select_related = ("country", "parent")
    autocomplete_fields = ("country", "parent", "member_countries")
    actions = (*ReviewableAdmin.actions, "merge_selected")
    readonly_fields = (*ReviewableAdmin.readonly_fields, "records")
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "name",
                    "acronym",
                    "aliases",
                    "kind",
                    "country",
                    "parent",
                    "member_countries",
                )
            },
        ),
        ("Reference", {"fields": ("website", "wikidata_id", "description")}),
        ("Records", {"fields": ("records",)}),
        ("Review", {"fields": (*ReviewableAdmin.readonly_fields,)}),
    )

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                agreement_count=count_of(Agreement.parties.through, "agency"),
                event_count=count_of(Event.participants.through, "agency"),
            )
        )

    def get_search_results(self, request, queryset, search_term):
        if search_term:
            queryset = queryset.alias(**{ALIAS_TEXT: JSONStrings("aliases")})
        return super().get_search_results(request, queryset, search_term)

    @admin.display(description="parent", ordering="parent__name")
    def parent_name(self, obj):
        if obj.parent is None:
            return EMPTY
        return obj.parent.acronym or short(obj.parent.name, 40)

    @admin.display(description="agreements", ordering="agreement_count")
    def agreement_count(self, obj):
        return obj.agreement_count

    @admin.display(description="events", ordering="event_count")
    def event_count(self, obj):
        return obj.event_count

    @admin.display(description="Agreements and events")
    def records(self, obj):
        if obj.pk is None:
            return EMPTY
        items = [
            *(("Agreement", a) for a in obj.agreements.all()),
            *(("Event", e) for e in obj.events.select_related("country")),
            *(("Child agency", c) for c in obj.children.all()),
        ]
        if not items:
            return EMPTY
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "",
                "<li>{}: {} <small>({})</small></li>",
                (
                    (kind, admin_link(r), getattr(r, "review_state", ""))
                    for kind, r in items
                ),
            ),
        )

    merge_template = "admin/cooperation/agency/merge_selected.html"

    def merge_candidates(self, queryset) -> list:
        return list(queryset.select_related("country").order_by("name", "pk"))

    def merge(self, survivor, others, user):
        return services.merge_agencies(survivor, others, user)

    def merge_weight(self, agency) -> int:
        return agency.evidence_count + agency.agreement_count + agency.event_count


class RecordMergeMixin(MergeActionMixin):
    """Merging duplicate agreements or events with `services.merge_records`."""

    merge_template = "admin/cooperation/merge_records.html"
    # The relation listed on the confirmation page: parties or participants.
    merge_people = "parties"

    def merge_candidates(self, queryset) -> list:
        return list(
            queryset.prefetch_related(self.merge_people, "countries").order_by("pk")
        )

    def merge(self, survivor, others, user):
        return services.merge_records(survivor, others, user)

    def merge_context(self, records) -> dict:
        rows = [
            {
                "record": r,
                "people": sorted(
                    p.acronym or p.name for p in getattr(r, self.merge_people).all()
                ),
                "countries": sorted(c.code for c in r.countries.all()),
            }
            for r in records
        ]
        return {"rows": rows, "people_label": self.merge_people}


@admin.register(Agreement)
class AgreementAdmin(RecordMergeMixin, ReviewableAdmin):
    actions = (*ReviewableAdmin.actions, "merge_selected")
    form = AgreementForm
    list_display = (
        "label",
        "kind",
        "status",
        "date_shown",
        "party_list",
        "review",
        "curated",
        "evidence_count",
    )
    list_filter = (
        "review_state",
        "kind",
        "status",
        "date_precision",
        ("countries", admin.RelatedOnlyFieldListFilter),
        "focus_areas",
        CuratedFilter,
        HasEvidenceFilter,
    )
    date_hierarchy = "date"
    search_fields = ("title", "summary", "parties__name", "parties__acronym")
    autocomplete_fields = ("parties", "countries", "focus_areas")
    readonly_fields = (*ReviewableAdmin.readonly_fields, "uid", "event_links")
    fieldsets = (
        (None, {"fields": ("title", "kind", "status", ("date", "date_precision"))}),
        ("Who", {"fields": ("parties", "countries")}),
        ("What", {"fields": ("summary", "focus_areas", "event_links")}),
        ("Review", {"fields": (*ReviewableAdmin.readonly_fields, "uid")}),
    )

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .prefetch_related(Prefetch("parties", queryset=Agency.objects.order_by()))
        )

    @admin.display(description="agreement", ordering="title")
    def label(self, obj):
        return obj.title or obj.get_kind_display()

    @admin.display(description="date", ordering="date")
    def date_shown(self, obj):
        return obj.date_display or EMPTY

    @admin.display(description="parties")
    def party_list(self, obj):
        names = sorted(p.acronym or p.name for p in obj.parties.all())
        return ", ".join(names) or EMPTY

    @admin.display(description="Signed or adopted at")
    def event_links(self, obj):
        events = list(obj.events.all()) if obj.pk else []
        if not events:
            return EMPTY
        return format_html_join(
            mark_safe("<br>"), "{}", ((admin_link(e),) for e in events)
        )


@admin.register(Event)
class EventAdmin(RecordMergeMixin, ReviewableAdmin):
    actions = (*ReviewableAdmin.actions, "merge_selected")
    merge_people = "participants"
    form = EventForm
    list_display = (
        "label",
        "kind",
        "start_shown",
        "end_shown",
        "city",
        "country",
        "participant_list",
        "review",
        "curated",
        "evidence_count",
    )
    list_filter = (
        "review_state",
        "kind",
        ("country", admin.RelatedOnlyFieldListFilter),
        "start_precision",
        CuratedFilter,
        HasEvidenceFilter,
    )
    date_hierarchy = "start"
    search_fields = (
        "name",
        "city",
        "summary",
        "participants__name",
        "participants__acronym",
    )
    list_select_related = ("country",)
    autocomplete_fields = ("country", "participants", "countries", "agreements")
    readonly_fields = (*ReviewableAdmin.readonly_fields, "uid")
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "name",
                    "kind",
                    ("start", "start_precision"),
                    ("end", "end_precision"),
                    ("city", "country"),
                )
            },
        ),
        ("Who", {"fields": ("participants", "countries")}),
        ("What", {"fields": ("summary", "agreements")}),
        ("Review", {"fields": (*ReviewableAdmin.readonly_fields, "uid")}),
    )

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .prefetch_related(
                Prefetch("participants", queryset=Agency.objects.order_by())
            )
        )

    @admin.display(description="event", ordering="name")
    def label(self, obj):
        return obj.name or obj.get_kind_display()

    @admin.display(description="start", ordering="start")
    def start_shown(self, obj):
        return obj.start_display or EMPTY

    @admin.display(description="end", ordering="end")
    def end_shown(self, obj):
        return obj.end_display or EMPTY

    @admin.display(description="participants")
    def participant_list(self, obj):
        names = sorted(p.acronym or p.name for p in obj.participants.all())
        return short(", ".join(names), 100)


# --- articles and evidence ---------------------------------------------------------


@admin.register(Article)
class ArticleAdmin(SimpleHistoryAdmin):
    """Articles come from ingestion, which owns reading, normalising and hashing
    them; here a curator reads one, sees what was extracted, and corrects its
    metadata."""

    list_display = (
        "short_title",
        "outlet",
        "published",
        "language",
        "status",
        "is_cooperation",
        "evidence_count",
        "created_at",
    )
    list_filter = (
        "status",
        "language",
        "is_cooperation",
        ("countries", admin.RelatedOnlyFieldListFilter),
        "extractor_version",
    )
    date_hierarchy = "published"
    formfield_overrides = URL_FIELDS
    search_fields = ("title", "outlet", "url", "source_path", "=content_hash")
    autocomplete_fields = ("countries",)
    actions = ("mark_reviewed", "reextract_selected")
    readonly_fields = (
        "status",
        "error_display",
        "extractor_version",
        "extracted_at",
        "extracted_records",
        "text_display",
        "content_hash",
        "source_path",
        "created_at",
        "updated_at",
    )
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "title",
                    "url",
                    "outlet",
                    "published",
                    "language",
                    "is_cooperation",
                    "countries",
                )
            },
        ),
        (
            "Extraction",
            {
                "fields": (
                    "status",
                    "error_display",
                    "extractor_version",
                    "extracted_at",
                    "extracted_records",
                )
            },
        ),
        ("Text", {"fields": ("text_display",)}),
        (
            "Source",
            {
                "fields": ("content_hash", "source_path", "created_at", "updated_at"),
                "classes": ("collapse",),
            },
        ),
    )

    def has_add_permission(self, request):
        return False

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if request.resolver_match and request.resolver_match.url_name.endswith(
            "changelist"
        ):
            queryset = queryset.defer("text")
        return queryset.annotate(evidence_count=count_of(Evidence, "article"))

    @admin.display(description="title", ordering="title")
    def short_title(self, obj):
        return short(obj.title or obj.url or obj.source_path, 90)

    @admin.display(description="evidence", ordering="evidence_count")
    def evidence_count(self, obj):
        return obj.evidence_count

    @admin.display(description="error")
    def error_display(self, obj):
        if not obj.error:
            return EMPTY
        return format_html('<pre class="article-error">{}</pre>', obj.error)

    def _evidence(self, obj):
        if not hasattr(obj, "_admin_evidence"):
            obj._admin_evidence = list(
                obj.evidence.select_related("agency__country", "agreement", "event")
            )
        return obj._admin_evidence

    @admin.display(description="Extracted records")
    def extracted_records(self, obj):
        groups: dict[str, dict[int, list]] = {
            "Agencies": {},
            "Agreements": {},
            "Events": {},
        }
        for evidence in self._evidence(obj):
            record = evidence.record
            group = {Agency: "Agencies", Agreement: "Agreements", Event: "Events"}[
                type(record)
            ]
            groups[group].setdefault(record.pk, [record, 0])[1] += 1
        sections = [
            format_html(
                "<p><strong>{}</strong></p><ul>{}</ul>",
                title,
                format_html_join(
                    "",
                    "<li>{} <small>({}, {} sentence(s))</small></li>",
                    (
                        (admin_link(r), r.get_review_state_display().lower(), n)
                        for r, n in records.values()
                    ),
                ),
            )
            for title, records in groups.items()
            if records
        ]
        if not sections:
            return "Nothing extracted."
        return format_html_join("", "{}", ((s,) for s in sections))

    @admin.display(description="Text (evidence sentences highlighted)")
    def text_display(self, obj):
        """The article text, wrapped, with each evidence sentence marked."""
        text = obj.text or ""
        spans = sorted(
            {
                (e.start_char, e.end_char, str(e.record))
                for e in self._evidence(obj)
                if 0 <= e.start_char < e.end_char <= len(text)
            }
        )
        pieces, position = [], 0
        for start, end, label in spans:
            if start < position:  # overlapping spans: the first one is marked
                continue
            pieces.append(format_html("{}", text[position:start]))
            pieces.append(
                format_html('<mark title="{}">{}</mark>', label, text[start:end])
            )
            position = end
        pieces.append(format_html("{}", text[position:]))
        return format_html(
            '<div class="article-text" lang="{}">{}</div>',
            obj.language,
            mark_safe("".join(pieces)),  # each piece escaped by format_html
        )

    @admin.action(
        description="Mark selected articles reviewed", permissions=("change",)
    )
    def mark_reviewed(self, request, queryset):
        articles = list(queryset)
        changed = services.mark_articles_reviewed(articles, request.user)
        message = f"Marked {changed} article(s) reviewed."
        if skipped := len(articles) - changed:
            message += f" {skipped} skipped: only extracted articles can be reviewed."
        self.message_user(request, message, messages.SUCCESS)

    @admin.action(
        description="Re-extract selected articles with the current gazetteer",
        permissions=("change",),
    )
    def reextract_selected(self, request, queryset):
        from ingestion.reextract import MAX_ARTICLES, reextract_articles

        articles = list(queryset.order_by("pk")[: MAX_ARTICLES + 1])
        if len(articles) > MAX_ARTICLES:
            self.message_user(
                request,
                f"Select at most {MAX_ARTICLES} articles to re-extract at once "
                "(`manage.py ingest --reextract` reads whole folders again).",
                messages.WARNING,
            )
            return
        outcomes, errors = reextract_articles(articles)
        done = outcomes["updated"] + outcomes["new"]
        message = f"Re-extracted {done} article(s)."
        skipped = [
            f"{outcomes[key]} {why}"
            for key, why in (
                ("reviewed", "already reviewed by a curator"),
                ("no text", "with no text"),
            )
            if outcomes[key]
        ]
        if skipped:
            message += " Skipped " + "; ".join(skipped) + "."
        self.message_user(request, message, messages.SUCCESS)
        for error in errors:
            self.message_user(request, f"Re-extraction failed: {error}", messages.ERROR)


@admin.register(Evidence)
class EvidenceAdmin(admin.ModelAdmin):
    list_display = (
        "short_sentence",
        "record_link",
        "article_link",
        "start_char",
        "confidence",
        "extractor_version",
    )
    list_filter = (EvidenceTargetFilter, ConfidenceFilter, "extractor_version")
    search_fields = ("sentence", "article__title", "agency__name", "agency__acronym")
    list_select_related = ("article", "agency", "agreement", "event")
    autocomplete_fields = ("article", "agency", "agreement", "event")
    readonly_fields = ("uid", "created_at")
    list_per_page = 50

    def get_queryset(self, request):
        return super().get_queryset(request).defer("article__text")

    @admin.display(description="sentence", ordering="sentence")
    def short_sentence(self, obj):
        return short(obj.sentence, 100)

    @admin.display(description="supports")
    def record_link(self, obj):
        return admin_link(obj.record)

    @admin.display(description="article", ordering="article")
    def article_link(self, obj):
        return admin_link(obj.article, short(str(obj.article), 60))


# --- reference data ----------------------------------------------------------------


@admin.register(Country)
class CountryAdmin(admin.ModelAdmin):
    list_display = ("name", "code", "alpha3", "region", "subregion", "agency_count")
    list_filter = ("region", "subregion")
    search_fields = ("=code", "=alpha3", "name", "official_name", "name_text")
    ordering = ("name",)
    list_per_page = 100

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(agency_count=count_of(Agency, "country"))
        )

    def get_search_results(self, request, queryset, search_term):
        if search_term:
            queryset = queryset.alias(name_text=JSONStrings("names"))
        return super().get_search_results(request, queryset, search_term)

    @admin.display(description="agencies", ordering="agency_count")
    def agency_count(self, obj):
        return obj.agency_count


@admin.register(FocusArea)
class FocusAreaAdmin(admin.ModelAdmin):
    list_display = ("name", "slug", "agreement_count")
    search_fields = ("name", "slug", "description")
    prepopulated_fields = {"slug": ("name",)}

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                agreement_count=count_of(Agreement.focus_areas.through, "focusarea")
            )
        )

    @admin.display(description="agreements", ordering="agreement_count")
    def agreement_count(self, obj):
        return obj.agreement_count
