"""Read and write representations.

Read serializers declare their fields (which the OpenAPI schema documents) but
build their output in bulk over `.values()` rows: one query for every relation and
source of a whole page (see `bulk`), so a list costs the same few queries for 5
rows or 500 and no model instance is built per row or nested item. Write serializers validate like the admin
(the model's full_clean, constraints included) and record the edit as curated in
the history.
"""

from __future__ import annotations

from django.core.exceptions import NON_FIELD_ERRORS
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction
from rest_framework import serializers

from cooperation.api.bulk import (
    N1,
    T1,
    T2,
    T3,
    Arm,
    IsoText,
    Relations,
    SourcesArm,
    iso_timestamp,
    iso_uuid,
)
from cooperation.api.dates import parse_partial_date
from cooperation.models import (
    Agency,
    Agreement,
    Article,
    Country,
    DatePrecision,
    Event,
    FocusArea,
)


def _partial_date(text, precision):
    """`partial_date` of a date read as ISO text."""
    if text is None:
        return None
    if precision == DatePrecision.YEAR:
        return text[:4]
    if precision == DatePrecision.MONTH:
        return text[:7]
    return text


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


def _party(row):
    return {"id": row[N1], "name": row[T1], "acronym": row[T2], "country": row[T3]}


def _country(row):
    return {"code": row[T1], "name": row[T2]}


def _first_text(row):
    return row[T1]


def _number(row):
    return row[N1]


def _party_arm(through, link):
    """Parties by name, then id."""
    texts = ("name", "acronym", "country")
    return Arm("p", through, link, "agency", "id", texts, (T1, N1), _party)


def _country_arm(through, link):
    """Countries by code."""
    return Arm("c", through, link, "country", None, ("code", "name"), (T1,), _country)


AGREEMENT_RELATIONS = Relations(
    _party_arm(Agreement.parties.through, "agreement"),
    _country_arm(Agreement.countries.through, "agreement"),
    Arm(
        "f",
        Agreement.focus_areas.through,
        "agreement",
        "focusarea",
        None,
        ("slug",),
        (T1,),
        _first_text,
    ),
    Arm("e", Event.agreements.through, "agreement", "event", "id", shape=_number),
    SourcesArm("agreement"),
)
EVENT_RELATIONS = Relations(
    _party_arm(Event.participants.through, "event"),
    _country_arm(Event.countries.through, "event"),
    Arm("a", Event.agreements.through, "event", "agreement", "id", shape=_number),
    SourcesArm("event"),
)
AGENCY_RELATIONS = Relations(
    _country_arm(Agency.member_countries.through, "agency"),
)
ARTICLE_RELATIONS = Relations(
    _country_arm(Article.countries.through, "article"),
)


# --- bulk read serializers ------------------------------------------------------


class BulkListSerializer(serializers.ListSerializer):
    def to_representation(self, data):
        return self.child.represent_many([self.child.as_row(item) for item in data])


class BulkReadSerializer(serializers.Serializer):
    """Declared fields document the output; `represent_many` produces it from rows
    of `row_fields` (a `.values()` of the model), where each of `iso_fields` (dates,
    date-times, UUIDs) is read as ISO text under the key `<name>_iso`."""

    model = None
    row_fields: tuple[str, ...] = ()
    iso_fields: tuple[str, ...] = ()
    _iso_columns: dict[str, IsoText] = {}

    class Meta:
        list_serializer_class = BulkListSerializer

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        # Built once: a query copies them, with the identity Django hashes them by
        # computed already.
        cls._iso_columns = {f"{name}_iso": IsoText(name) for name in cls.iso_fields}
        for column in cls._iso_columns.values():
            column.identity  # noqa: B018

    @classmethod
    def rows(cls, queryset, **annotations):
        """`.values()` of the rows, plus any `annotations` (such as a count)."""
        return queryset.values(*cls.row_fields, **cls._iso_columns, **annotations)

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
    )
    iso_fields = ("created_at", "updated_at")

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
        members = AGENCY_RELATIONS.fetch([row["id"] for row in rows])["c"]
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
                "parent": {
                    "id": row["parent_id"],
                    "name": row["parent__name"],
                    "acronym": row["parent__acronym"],
                    "country": row["parent__country_id"],
                }
                if row["parent_id"]
                else None,
                "member_countries": members.get(row["id"], []),
                "website": row["website"],
                "wikidata_id": row["wikidata_id"],
                "description": row["description"],
                "review_state": row["review_state"],
                "created_at": iso_timestamp(row["created_at_iso"]),
                "updated_at": iso_timestamp(row["updated_at_iso"]),
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
        "title",
        "kind",
        "status",
        "date_precision",
        "summary",
        "review_state",
    )
    iso_fields = ("uid", "date", "created_at", "updated_at")

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
        related = AGREEMENT_RELATIONS.fetch([row["id"] for row in rows])
        parties, countries, areas = related["p"], related["c"], related["f"]
        events, sources = related["e"], related["s"]
        output = []
        for row in rows:
            pk = row["id"]
            output.append(
                {
                    "id": pk,
                    "uid": iso_uuid(row["uid_iso"]),
                    "title": row["title"],
                    "kind": row["kind"],
                    "status": row["status"],
                    "date": _partial_date(row["date_iso"], row["date_precision"]),
                    "date_precision": row["date_precision"],
                    "parties": parties.get(pk, []),
                    "countries": countries.get(pk, []),
                    "focus_areas": areas.get(pk, []),
                    "events": events.get(pk, []),
                    "summary": row["summary"],
                    "review_state": row["review_state"],
                    "sources": sources.get(pk, []),
                    "created_at": iso_timestamp(row["created_at_iso"]),
                    "updated_at": iso_timestamp(row["updated_at_iso"]),
                }
            )
        return output


class EventSerializer(BulkReadSerializer):
    model = Event
    row_fields = (
        "id",
        "name",
        "kind",
        "start_precision",
        "end_precision",
        "city",
        "country_id",
        "country__name",
        "summary",
        "review_state",
    )
    iso_fields = ("uid", "start", "end", "created_at", "updated_at")

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
        related = EVENT_RELATIONS.fetch([row["id"] for row in rows])
        participants, countries = related["p"], related["c"]
        agreements, sources = related["a"], related["s"]
        output = []
        for row in rows:
            pk = row["id"]
            output.append(
                {
                    "id": pk,
                    "uid": iso_uuid(row["uid_iso"]),
                    "name": row["name"],
                    "kind": row["kind"],
                    "start": _partial_date(row["start_iso"], row["start_precision"]),
                    "start_precision": row["start_precision"],
                    "end": _partial_date(row["end_iso"], row["end_precision"]),
                    "end_precision": row["end_precision"],
                    "city": row["city"],
                    "country": {
                        "code": row["country_id"],
                        "name": row["country__name"],
                    }
                    if row["country_id"]
                    else None,
                    "participants": participants.get(pk, []),
                    "countries": countries.get(pk, []),
                    "agreements": agreements.get(pk, []),
                    "summary": row["summary"],
                    "review_state": row["review_state"],
                    "sources": sources.get(pk, []),
                    "created_at": iso_timestamp(row["created_at_iso"]),
                    "updated_at": iso_timestamp(row["updated_at_iso"]),
                }
            )
        return output


class ArticleSerializer(BulkReadSerializer):
    model = Article
    row_fields = (
        "id",
        "url",
        "title",
        "outlet",
        "language",
        "status",
        "is_cooperation",
        "content_hash",
    )
    iso_fields = ("published", "created_at", "updated_at")

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
        countries = ARTICLE_RELATIONS.fetch([row["id"] for row in rows])["c"]
        return [
            {
                "id": row["id"],
                "url": row["url"],
                "title": row["title"],
                "outlet": row["outlet"],
                "published": row["published_iso"],
                "language": row["language"],
                "status": row["status"],
                "is_cooperation": row["is_cooperation"],
                "content_hash": row["content_hash"],
                "countries": countries.get(row["id"], []),
                "created_at": iso_timestamp(row["created_at_iso"]),
                "updated_at": iso_timestamp(row["updated_at_iso"]),
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
