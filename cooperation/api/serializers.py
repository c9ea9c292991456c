"""Read and write representations.

Read serializers declare their fields (which the OpenAPI schema documents) but
build their output in bulk: one query per relation for a whole page, over
`.values()` rows, so a list costs the same few queries for 5 rows or 500 and no
model instance is built per nested item. Write serializers validate like the admin
(the model's full_clean, constraints included) and record the edit as curated in
the history.
"""

from __future__ import annotations

from django.core.exceptions import NON_FIELD_ERRORS
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction
from rest_framework import serializers

from cooperation.api.bulk import Arm, Relations, Sources
from cooperation.api.dates import parse_partial_date
from cooperation.models import (
    Agency,
    Agreement,
    Article,
    Country,
    Event,
    FocusArea,
    partial_date,
)


def _timestamp(value):
    return value.isoformat().replace("+00:00", "Z") if value else None


def _day(value):
    return value.isoformat() if value else None


# --- nested shapes (documentation of the bulk output) ----------------------------


class PartySerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    acronym = serializers.CharField()
    country = serializers.CharField(
        allow_null=True, help_text="ISO code of the agency's home country."
    )


class CountryRefSerializer(serializers.Serializer):
    code = serializers.CharField()
    name = serializers.CharField()


class SourceSerializer(serializers.Serializer):
    article = serializers.IntegerField(help_text="Article id (/api/articles/{id}/).")
    url = serializers.CharField(allow_null=True)
    title = serializers.CharField()
    outlet = serializers.CharField()
    published = serializers.DateField(allow_null=True)
    language = serializers.CharField()
    quote = serializers.CharField(help_text="The sentence that reports the record.")
    confidence = serializers.FloatField()


def _party(values):
    agency_id, name, acronym, country = values
    return {"id": agency_id, "name": name, "acronym": acronym, "country": country}


def _country(values):
    return {"code": values[1], "name": values[2]}


def _ordered(rows):
    """Parties by name, countries by code."""
    return sorted(rows, key=lambda values: (values[1] or "", values[0] or 0))


def _party_arm(through, link):
    return Arm("p", through, link, "agency", "id", ("name", "acronym", "country"))


def _country_arm(through, link, tag="c"):
    return Arm(tag, through, link, "country", None, ("code", "name"))


AGREEMENT_RELATIONS = Relations(
    _party_arm(Agreement.parties.through, "agreement"),
    _country_arm(Agreement.countries.through, "agreement"),
    Arm("f", Agreement.focus_areas.through, "agreement", "focusarea", None, ("slug",)),
    Arm("e", Event.agreements.through, "agreement", "event", "id"),
)
EVENT_RELATIONS = Relations(
    _party_arm(Event.participants.through, "event"),
    _country_arm(Event.countries.through, "event"),
    Arm("a", Event.agreements.through, "event", "agreement", "id"),
)
AGENCY_RELATIONS = Relations(
    _country_arm(Agency.member_countries.through, "agency"),
)
ARTICLE_RELATIONS = Relations(
    _country_arm(Article.countries.through, "article"),
)
AGREEMENT_SOURCES = Sources("agreement")
EVENT_SOURCES = Sources("event")


# --- bulk read serializers ------------------------------------------------------


class BulkListSerializer(serializers.ListSerializer):
    def to_representation(self, data):
        return self.child.represent_many([self.child.as_row(item) for item in data])


class BulkReadSerializer(serializers.Serializer):
    """Declared fields document the output; `represent_many` produces it from rows
    of `row_fields` (a `.values()` of the model)."""

    model = None
    row_fields: tuple[str, ...] = ()

    class Meta:
        list_serializer_class = BulkListSerializer

    @classmethod
    def rows(cls, queryset):
        return queryset.values(*cls.row_fields)

    def as_row(self, item) -> dict:
        if isinstance(item, dict):
            return item
        return self.rows(self.model.objects.filter(pk=item.pk)).get()

    def to_representation(self, instance):
        return self.represent_many([self.as_row(instance)])[0]

    def represent_many(self, rows: list[dict]) -> list[dict]:
        raise NotImplementedError


class CountrySerializer(BulkReadSerializer):
    model = Country
    row_fields = (
        "code",
        "alpha3",
        "name",
        "official_name",
        "region",
        "subregion",
        "names",
    )

    code = serializers.CharField(help_text="ISO 3166-1 alpha-2 code.")
    alpha3 = serializers.CharField()
    name = serializers.CharField()
    official_name = serializers.CharField()
    region = serializers.CharField()
    subregion = serializers.CharField()
    names = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()),
        help_text="Names by language code.",
    )

    def represent_many(self, rows):
        return [{field: row[field] for field in self.row_fields} for row in rows]


class AgencySerializer(BulkReadSerializer):
    model = Agency
    row_fields = (
        "id",
        "name",
        "acronym",
        "aliases",
        "kind",
        "country_id",
        "country__name",
        "parent_id",
        "parent__name",
        "parent__acronym",
        "parent__country_id",
        "website",
        "wikidata_id",
        "description",
        "review_state",
        "created_at",
        "updated_at",
    )

    id = serializers.IntegerField()
    name = serializers.CharField()
    acronym = serializers.CharField()
    aliases = serializers.ListField(child=serializers.CharField())
    kind = serializers.CharField()
    country = CountryRefSerializer(allow_null=True, help_text="Home country.")
    parent = PartySerializer(allow_null=True, help_text="The body it belongs to.")
    member_countries = CountryRefSerializer(
        many=True, help_text="For blocs: their members."
    )
    website = serializers.CharField()
    wikidata_id = serializers.CharField()
    description = serializers.CharField()
    review_state = serializers.CharField()
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()

    def represent_many(self, rows):
        ids = [row["id"] for row in rows]
        members = AGENCY_RELATIONS.fetch(ids)["c"]
        return [
            {
                "id": row["id"],
                "name": row["name"],
                "acronym": row["acronym"],
                "aliases": row["aliases"],
                "kind": row["kind"],
                "country": {"code": row["country_id"], "name": row["country__name"]}
                if row["country_id"]
                else None,
                "parent": _party(
                    (
                        row["parent_id"],
                        row["parent__name"],
                        row["parent__acronym"],
                        row["parent__country_id"],
                    )
                )
                if row["parent_id"]
                else None,
                "member_countries": [
                    _country(m) for m in _ordered(members.get(row["id"], ()))
                ],
                "website": row["website"],
                "wikidata_id": row["wikidata_id"],
                "description": row["description"],
                "review_state": row["review_state"],
                "created_at": _timestamp(row["created_at"]),
                "updated_at": _timestamp(row["updated_at"]),
            }
            for row in rows
        ]


DATE_HELP = (
    "As precisely as known: YYYY-MM-DD, YYYY-MM or YYYY (never a made-up first day)."
)


class AgreementSerializer(BulkReadSerializer):
    model = Agreement
    row_fields = (
        "id",
        "uid",
        "title",
        "kind",
        "status",
        "date",
        "date_precision",
        "summary",
        "review_state",
        "created_at",
        "updated_at",
    )

    id = serializers.IntegerField()
    uid = serializers.UUIDField(help_text="Stable identifier across databases.")
    title = serializers.CharField()
    kind = serializers.CharField()
    status = serializers.CharField()
    date = serializers.CharField(allow_null=True, help_text=DATE_HELP)
    date_precision = serializers.CharField(help_text="day, month, year or empty.")
    parties = PartySerializer(many=True, help_text="The signatories.")
    countries = CountryRefSerializer(many=True)
    focus_areas = serializers.ListField(
        child=serializers.CharField(), help_text="Focus area slugs."
    )
    events = serializers.ListField(
        child=serializers.IntegerField(),
        help_text="Ids of events at which it was signed or adopted.",
    )
    summary = serializers.CharField()
    review_state = serializers.CharField()
    sources = SourceSerializer(many=True)
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()

    def represent_many(self, rows):
        ids = [row["id"] for row in rows]
        related = AGREEMENT_RELATIONS.fetch(ids)
        parties, countries = related["p"], related["c"]
        areas, events = related["f"], related["e"]
        sources = AGREEMENT_SOURCES.fetch(ids)
        return [
            {
                "id": row["id"],
                "uid": str(row["uid"]),
                "title": row["title"],
                "kind": row["kind"],
                "status": row["status"],
                "date": partial_date(row["date"], row["date_precision"]),
                "date_precision": row["date_precision"],
                "parties": [_party(p) for p in _ordered(parties.get(row["id"], ()))],
                "countries": [
                    _country(c) for c in _ordered(countries.get(row["id"], ()))
                ],
                "focus_areas": sorted(a[1] for a in areas.get(row["id"], ())),
                "events": sorted(e[0] for e in events.get(row["id"], ())),
                "summary": row["summary"],
                "review_state": row["review_state"],
                "sources": sources.get(row["id"], []),
                "created_at": _timestamp(row["created_at"]),
                "updated_at": _timestamp(row["updated_at"]),
            }
            for row in rows
        ]


class EventSerializer(BulkReadSerializer):
    model = Event
    row_fields = (
        "id",
        "uid",
        "name",
        "kind",
        "start",
        "start_precision",
        "end",
        "end_precision",
        "city",
        "country_id",
        "country__name",
        "summary",
        "review_state",
        "created_at",
        "updated_at",
    )

    id = serializers.IntegerField()
    uid = serializers.UUIDField(help_text="Stable identifier across databases.")
    name = serializers.CharField()
    kind = serializers.CharField()
    start = serializers.CharField(allow_null=True, help_text=DATE_HELP)
    start_precision = serializers.CharField()
    end = serializers.CharField(allow_null=True, help_text=DATE_HELP)
    end_precision = serializers.CharField()
    city = serializers.CharField()
    country = CountryRefSerializer(allow_null=True, help_text="The host country.")
    participants = PartySerializer(many=True)
    countries = CountryRefSerializer(many=True, help_text="Participating countries.")
    agreements = serializers.ListField(
        child=serializers.IntegerField(),
        help_text="Ids of agreements signed or adopted at the event.",
    )
    summary = serializers.CharField()
    review_state = serializers.CharField()
    sources = SourceSerializer(many=True)
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()

    def represent_many(self, rows):
        ids = [row["id"] for row in rows]
        related = EVENT_RELATIONS.fetch(ids)
        participants, countries, agreements = related["p"], related["c"], related["a"]
        sources = EVENT_SOURCES.fetch(ids)
        return [
            {
                "id": row["id"],
                "uid": str(row["uid"]),
                "name": row["name"],
                "kind": row["kind"],
                "start": partial_date(row["start"], row["start_precision"]),
                "start_precision": row["start_precision"],
                "end": partial_date(row["end"], row["end_precision"]),
                "end_precision": row["end_precision"],
                "city": row["city"],
                "country": {"code": row["country_id"], "name": row["country__name"]}
                if row["country_id"]
                else None,
                "participants": [
                    _party(p) for p in _ordered(participants.get(row["id"], ()))
                ],
                "countries": [
                    _country(c) for c in _ordered(countries.get(row["id"], ()))
                ],
                "agreements": sorted(a[0] for a in agreements.get(row["id"], ())),
                "summary": row["summary"],
                "review_state": row["review_state"],
                "sources": sources.get(row["id"], []),
                "created_at": _timestamp(row["created_at"]),
                "updated_at": _timestamp(row["updated_at"]),
            }
            for row in rows
        ]


class ArticleSerializer(BulkReadSerializer):
    model = Article
    row_fields = (
        "id",
        "url",
        "title",
        "outlet",
        "published",
        "language",
        "status",
        "is_cooperation",
        "content_hash",
        "created_at",
        "updated_at",
    )

    id = serializers.IntegerField()
    url = serializers.CharField(allow_null=True)
    title = serializers.CharField()
    outlet = serializers.CharField()
    published = serializers.DateField(allow_null=True)
    language = serializers.CharField()
    status = serializers.CharField()
    is_cooperation = serializers.BooleanField(allow_null=True)
    content_hash = serializers.CharField(help_text="SHA-256 of the normalised text.")
    countries = CountryRefSerializer(many=True)
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()

    def represent_many(self, rows):
        ids = [row["id"] for row in rows]
        countries = ARTICLE_RELATIONS.fetch(ids)["c"]
        return [
            {
                "id": row["id"],
                "url": row["url"],
                "title": row["title"],
                "outlet": row["outlet"],
                "published": _day(row["published"]),
                "language": row["language"],
                "status": row["status"],
                "is_cooperation": row["is_cooperation"],
                "content_hash": row["content_hash"],
                "countries": [
                    _country(c) for c in _ordered(countries.get(row["id"], ()))
                ],
                "created_at": _timestamp(row["created_at"]),
                "updated_at": _timestamp(row["updated_at"]),
                **({"text": row["text"]} if "text" in row else {}),
            }
            for row in rows
        ]


class ArticleDetailSerializer(ArticleSerializer):
    """An article with its full text, on the detail page only."""

    row_fields = (*ArticleSerializer.row_fields, "text")

    text = serializers.CharField()


# --- writes ---------------------------------------------------------------------


class PartialDateInput(serializers.CharField):
    """YYYY, YYYY-MM or YYYY-MM-DD in, the first day and the precision out."""

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("allow_null", True)
        kwargs.setdefault("help_text", DATE_HELP)
        super().__init__(**kwargs)

    def to_internal_value(self, data):
        text = super().to_internal_value(data)
        try:
            return parse_partial_date(text)
        except ValueError as error:
            raise serializers.ValidationError(str(error)) from error


class RecordWriteSerializer(serializers.ModelSerializer):
    """Saves with the admin's validation (full_clean, database constraints), marks
    the record curated so that ingestion never overwrites it, and records the
    editing user in its history."""

    read_serializer: type[BulkReadSerializer]
    partial_dates: dict[str, str] = {}

    def to_representation(self, instance):
        return self.read_serializer(instance, context=self.context).data

    def create(self, validated_data):
        return self._save(self.Meta.model(), validated_data)

    def update(self, instance, validated_data):
        return self._save(instance, validated_data)

    def related_values(self, instance, m2m: dict) -> dict:
        return m2m

    def _save(self, instance, validated: dict):
        from cooperation.services import mark_curated

        request = self.context.get("request")
        user = request.user if request else None
        m2m = {
            name: validated.pop(name)
            for name in list(validated)
            if isinstance(self.fields[name], serializers.ManyRelatedField)
        }
        for field, precision_field in self.partial_dates.items():
            if field in validated:
                value = validated.pop(field)
                setattr(instance, field, value.first if value else None)
                setattr(instance, precision_field, value.precision if value else "")
        state = validated.pop("review_state", None)
        for name, value in validated.items():
            setattr(instance, name, value)
        if state is not None and state != instance.review_state:
            instance.set_review(state, user)
        verb = "Created" if instance.pk is None else "Edited"
        mark_curated(instance, user, reason=f"{verb} through the API", save=False)
        try:
            instance.full_clean()
        except DjangoValidationError as error:
            errors = error.message_dict
            if NON_FIELD_ERRORS in errors:
                errors["non_field_errors"] = errors.pop(NON_FIELD_ERRORS)
            raise serializers.ValidationError(errors) from error
        with transaction.atomic():
            instance.save()
            for name, values in self.related_values(instance, m2m).items():
                getattr(instance, name).set(values)
        return instance


class AgencyWriteSerializer(RecordWriteSerializer):
    read_serializer = AgencySerializer

    aliases = serializers.ListField(
        child=serializers.CharField(max_length=255), required=False
    )
    country = serializers.SlugRelatedField(
        slug_field="code",
        queryset=Country.objects.all(),
        allow_null=True,
        required=False,
        help_text="ISO code of the home country.",
    )
    member_countries = serializers.SlugRelatedField(
        slug_field="code", queryset=Country.objects.all(), many=True, required=False
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
            "review_state",
        )


class AgreementWriteSerializer(RecordWriteSerializer):
    read_serializer = AgreementSerializer
    partial_dates = {"date": "date_precision"}

    date = PartialDateInput()
    countries = serializers.SlugRelatedField(
        slug_field="code",
        queryset=Country.objects.all(),
        many=True,
        required=False,
        help_text="ISO codes; the parties' home countries are added.",
    )
    focus_areas = serializers.SlugRelatedField(
        slug_field="slug", queryset=FocusArea.objects.all(), many=True, required=False
    )

    class Meta:
        model = Agreement
        fields = (
            "title",
            "kind",
            "status",
            "date",
            "parties",
            "countries",
            "focus_areas",
            "summary",
            "review_state",
        )
        extra_kwargs = {"parties": {"required": False}}

    def related_values(self, instance, m2m):
        if "parties" in m2m or "countries" in m2m:
            parties = m2m.get("parties", instance.parties.all())
            countries = {c.code for c in m2m.get("countries", instance.countries.all())}
            countries |= {p.country_id for p in parties if p.country_id}
            m2m["countries"] = sorted(countries)
        return m2m


class EventWriteSerializer(RecordWriteSerializer):
    read_serializer = EventSerializer
    partial_dates = {"start": "start_precision", "end": "end_precision"}

    start = PartialDateInput()
    end = PartialDateInput()
    country = serializers.SlugRelatedField(
        slug_field="code",
        queryset=Country.objects.all(),
        allow_null=True,
        required=False,
        help_text="ISO code of the host country.",
    )
    countries = serializers.SlugRelatedField(
        slug_field="code",
        queryset=Country.objects.all(),
        many=True,
        required=False,
        help_text="ISO codes; the participants' home countries are added.",
    )

    class Meta:
        model = Event
        fields = (
            "name",
            "kind",
            "start",
            "end",
            "city",
            "country",
            "participants",
            "countries",
            "agreements",
            "summary",
            "review_state",
        )
        extra_kwargs = {
            "participants": {"required": False},
            "agreements": {"required": False},
        }

    def related_values(self, instance, m2m):
        if "participants" in m2m or "countries" in m2m:
            agencies = m2m.get("participants", instance.participants.all())
            countries = {c.code for c in m2m.get("countries", instance.countries.all())}
            countries |= {a.country_id for a in agencies if a.country_id}
            m2m["countries"] = sorted(countries)
        return m2m
