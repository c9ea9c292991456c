"""The API's views: lists and details of each record type, the cooperation network
and the timeline. Lists filter, paginate and serialise over `.values()` rows and
stream CSV; writes go through the write serializers."""

from __future__ import annotations

import csv
import io
import uuid
from collections import Counter, defaultdict
from itertools import combinations

from django.db.models import Count
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    extend_schema,
    extend_schema_view,
    inline_serializer,
)
from rest_framework import serializers, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import PermissionDenied, ValidationError
from rest_framework.generics import GenericAPIView
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.renderers import BrowsableAPIRenderer
from rest_framework.response import Response

from cooperation.api import filters
from cooperation.api import serializers as api_serializers
from cooperation.api.pagination import Pagination
from cooperation.api.permissions import ModelPermissions, visible
from cooperation.api.renderers import (
    CSVRenderer,
    JSONRenderer,
    csv_columns,
    flatten,
    stream_csv,
)
from cooperation.models import (
    Agency,
    Agreement,
    Article,
    Country,
    DatePrecision,
    Event,
)


class StrictContentNegotiation(DefaultContentNegotiation):
    """A `?format=` that the view cannot render is a 400 naming the parameter and
    the formats it can, rather than DRF's bare 404 (which reads as a wrong URL)."""

    def filter_renderers(self, renderers, format):
        found = [renderer for renderer in renderers if renderer.format == format]
        if not found:
            formats = ", ".join(renderer.format for renderer in renderers)
            raise ValidationError(
                {
                    self.settings.URL_FORMAT_OVERRIDE: [
                        f"Unknown format '{format}'; this endpoint gives {formats}."
                    ]
                }
            )
        return found


class StrictFilterBackend(DjangoFilterBackend):
    """django-filter, plus a 400 for query parameters no filter knows."""

    def filter_queryset(self, request, queryset, view):
        # A request with no filter at all skips building the filterset and its
        # form, which costs more than the rest of a small page.
        if set(request.query_params) <= filters.COMMON_PARAMETERS:
            return queryset
        return super().filter_queryset(request, queryset, view)

    def get_filterset(self, request, queryset, view):
        filterset = super().get_filterset(request, queryset, view)
        if filterset is not None:
            filterset.check_unknown()
        return filterset

    def to_html(self, request, queryset, view):
        try:
            return super().to_html(request, queryset, view)
        except ValidationError:  # the browsable page of a 400 still renders
            return None


class ReadViewSet(viewsets.ReadOnlyModelViewSet):
    """Lists and details of one model, filtered by what the user may see."""

    permission_classes = [ModelPermissions]
    filter_backends = [StrictFilterBackend]
    pagination_class = Pagination
    renderer_classes = [JSONRenderer, BrowsableAPIRenderer, CSVRenderer]
    content_negotiation_class = StrictContentNegotiation
    detail_serializer_class = None
    csv_name = "records"

    def get_queryset(self):
        return visible(self.queryset.all(), self.request.user)

    def get_serializer_class(self):
        if self.action == "retrieve" and self.detail_serializer_class:
            return self.detail_serializer_class
        return self.serializer_class

    def lookup_filter(self, value: str) -> dict:
        return {"pk": value}

    def get_object(self):
        queryset = self.filter_queryset(self.get_queryset())
        obj = get_object_or_404(queryset, **self.lookup_filter(self.kwargs["pk"]))
        self.check_object_permissions(self.request, obj)
        return obj

    def list(self, request, *args, **kwargs):
        serializer = self.get_serializer()
        queryset = self.filter_queryset(self.get_queryset())
        if request.accepted_renderer.format == "csv":
            return stream_csv(serializer.rows(queryset), serializer, self.csv_name)
        page = self.paginator.paginate_rows(queryset, serializer.rows, request)
        return self.get_paginated_response(serializer.represent_many(page))

    def retrieve(self, request, *args, **kwargs):
        serializer = self.get_serializer(self.get_object())
        if request.accepted_renderer.format != "csv":
            return Response(serializer.data)
        buffer = io.StringIO()
        buffer.write("\ufeff")  # like the lists' CSV: the BOM lets Excel read UTF-8
        writer = csv.writer(buffer)
        columns = csv_columns(serializer)
        writer.writerow(columns)
        writer.writerow(flatten(serializer.data, columns))
        response = HttpResponse(
            buffer.getvalue(), content_type="text/csv; charset=utf-8"
        )
        filename = f"{self.csv_name}-{self.kwargs['pk']}.csv"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response


def _id_or_uid(value: str) -> dict:
    if value.isdigit():
        return {"pk": int(value)}
    try:
        return {"uid": uuid.UUID(value)}
    except ValueError:
        raise Http404 from None


ID_OR_UID = OpenApiParameter(
    "id",
    OpenApiTypes.STR,
    OpenApiParameter.PATH,
    description="Numeric id, or the stable uid (UUID).",
)
WRITE_DOCS = {
    "create": "Create (needs the add permission). Recorded in the history as curated.",
    "update": "Replace (needs the change permission).",
    "partial_update": "Change some fields (needs the change permission).",
    "destroy": "Delete (needs the delete permission).",
}


def record_schema(read, write, lookup=None):
    """Schema for a writable viewset: read shape out, write shape in."""
    params = [lookup] if lookup else []
    return extend_schema_view(
        list=extend_schema(responses=read(many=True)),
        retrieve=extend_schema(parameters=params, responses=read),
        create=extend_schema(
            request=write, responses={201: read}, description=WRITE_DOCS["create"]
        ),
        update=extend_schema(
            parameters=params,
            request=write,
            responses=read,
            description=WRITE_DOCS["update"],
        ),
        partial_update=extend_schema(
            parameters=params,
            request=write,
            responses=read,
            description=WRITE_DOCS["partial_update"],
        ),
        destroy=extend_schema(parameters=params, description=WRITE_DOCS["destroy"]),
    )


class RecordViewSet(viewsets.ModelViewSet, ReadViewSet):
    """A curated record: readable by all, writable with the model permissions."""

    write_serializer_class = None

    def get_serializer_class(self):
        if self.action in ("create", "update", "partial_update"):
            return self.write_serializer_class
        return super().get_serializer_class()

    def perform_destroy(self, instance):
        instance._history_user = self.request.user
        instance._change_reason = "Deleted through the API"
        instance.delete()


@extend_schema_view(
    retrieve=extend_schema(
        parameters=[
            OpenApiParameter(
                "code", OpenApiTypes.STR, OpenApiParameter.PATH, description="ISO code."
            )
        ]
    )
)
class CountryViewSet(ReadViewSet):
    """ISO countries with their names in many languages. `/api/countries/VN/`."""

    queryset = Country.objects.all()
    serializer_class = api_serializers.CountrySerializer
    filterset_class = filters.CountryFilterSet
    lookup_field = "code"
    lookup_url_kwarg = "pk"
    lookup_value_regex = "[A-Za-z]{2}"
    csv_name = "countries"

    def get_queryset(self):
        return self.queryset.all()

    def lookup_filter(self, value):
        return {"code": value.upper()}


@record_schema(api_serializers.AgencySerializer, api_serializers.AgencyWriteSerializer)
class AgencyViewSet(RecordViewSet):
    """Ministries, cyber agencies, CERTs, regulators, militaries, companies, blocs.
    Filter by `acronym` to find one by name."""

    queryset = Agency.objects.all()
    serializer_class = api_serializers.AgencySerializer
    write_serializer_class = api_serializers.AgencyWriteSerializer
    filterset_class = filters.AgencyFilterSet
    lookup_value_regex = "[0-9]+"
    csv_name = "agencies"

    @extend_schema(
        request=inline_serializer(
            "AgencyMerge",
            {
                "others": serializers.ListField(
                    child=serializers.IntegerField(),
                    help_text="Ids of the agencies to merge into this one.",
                )
            },
        ),
        responses=api_serializers.AgencySerializer,
        description="Merge other agencies into this one (needs the change and "
        "delete permissions): it takes over their agreements, events, evidence, "
        "child agencies and members, and their names become aliases.",
    )
    @action(detail=True, methods=["post"])
    def merge(self, request, pk=None):
        from cooperation.services import MergeError, merge_agencies

        if not request.user.has_perms(
            ["cooperation.change_agency", "cooperation.delete_agency"]
        ):
            raise PermissionDenied("Merging needs the change and delete permissions.")
        survivor = self.get_object()
        others = request.data.get("others")
        if not isinstance(others, list) or not all(
            isinstance(o, int) and not isinstance(o, bool) for o in others
        ):
            raise ValidationError({"others": ["Give a list of agency ids."]})
        found = list(Agency.objects.filter(pk__in=others))
        missing = sorted(set(others) - {a.pk for a in found})
        if missing:
            raise ValidationError(
                {"others": [f"Unknown agency id(s): {', '.join(map(str, missing))}."]}
            )
        try:
            merge_agencies(survivor, found, user=request.user)
        except MergeError as error:
            raise ValidationError({"others": [str(error)]}) from error
        return Response(api_serializers.AgencySerializer(survivor).data)


@record_schema(
    api_serializers.AgreementSerializer,
    api_serializers.AgreementWriteSerializer,
    ID_OR_UID,
)
class AgreementViewSet(RecordViewSet):
    """MoUs, joint statements, partnerships, treaties. Detail by id or uid."""

    queryset = Agreement.objects.all()
    serializer_class = api_serializers.AgreementSerializer
    write_serializer_class = api_serializers.AgreementWriteSerializer
    filterset_class = filters.AgreementFilterSet
    lookup_value_regex = "[0-9]+|[0-9a-fA-F-]{32,36}"
    csv_name = "agreements"

    def lookup_filter(self, value):
        return _id_or_uid(value)


@record_schema(
    api_serializers.EventSerializer, api_serializers.EventWriteSerializer, ID_OR_UID
)
class EventViewSet(RecordViewSet):
    """Summits, workshops, exercises, trainings. Detail by id or uid."""

    queryset = Event.objects.all()
    serializer_class = api_serializers.EventSerializer
    write_serializer_class = api_serializers.EventWriteSerializer
    filterset_class = filters.EventFilterSet
    lookup_value_regex = "[0-9]+|[0-9a-fA-F-]{32,36}"
    csv_name = "events"

    def lookup_filter(self, value):
        return _id_or_uid(value)


@extend_schema_view(
    retrieve=extend_schema(
        parameters=[
            OpenApiParameter(
                "id",
                OpenApiTypes.STR,
                OpenApiParameter.PATH,
                description="Numeric id, or the SHA-256 content hash.",
            )
        ]
    )
)
class ArticleViewSet(ReadViewSet):
    """The articles that report cooperation; the detail includes the full text.
    Anonymous readers see the articles that support at least one public record."""

    queryset = Article.objects.all()
    serializer_class = api_serializers.ArticleSerializer
    detail_serializer_class = api_serializers.ArticleDetailSerializer
    filterset_class = filters.ArticleFilterSet
    lookup_value_regex = "[0-9]+|[0-9a-f]{64}"
    csv_name = "articles"

    def lookup_filter(self, value):
        return {"pk": int(value)} if value.isdigit() else {"content_hash": value}


# --- network and timeline -------------------------------------------------------


def filterset_parameters(filterset_class) -> list[OpenApiParameter]:
    """OpenAPI parameters for a filterset used outside a list view."""
    params = []
    for name, field in filterset_class.base_filters.items():
        choices = field.extra.get("choices")
        params.append(
            OpenApiParameter(
                name,
                OpenApiTypes.STR,
                OpenApiParameter.QUERY,
                description=str(field.extra.get("help_text", "")),
                enum=[value for value, _ in choices] if choices else None,
            )
        )
    return params


class GraphView(GenericAPIView):
    """Applies one filterset to agreements and events alike."""

    permission_classes = [ModelPermissions]
    renderer_classes = [JSONRenderer, BrowsableAPIRenderer]
    content_negotiation_class = StrictContentNegotiation
    filterset_class: type[filters.GraphFilterSet]
    queryset = Agreement.objects.none()  # for the model-permission check

    def records(self):
        params = self.request.query_params
        result = {}
        for key, model in (("agreements", Agreement), ("events", Event)):
            filterset = self.filterset_class(
                params, queryset=visible(model.objects.all(), self.request.user)
            )
            filterset.check_unknown()
            if not filterset.is_valid():
                raise ValidationError(filterset.errors)
            result[key] = filterset.qs
        return result


NETWORK_RESPONSE = inline_serializer(
    "Network",
    {
        "level": serializers.ChoiceField(choices=["country", "agency"]),
        "totals": inline_serializer(
            "NetworkTotals",
            {
                "agreements": serializers.IntegerField(),
                "events": serializers.IntegerField(),
            },
        ),
        "nodes": inline_serializer(
            "NetworkNode",
            {
                "id": serializers.CharField(help_text="ISO code, or agency id."),
                "label": serializers.CharField(),
                "country": serializers.CharField(allow_null=True),
                "region": serializers.CharField(allow_null=True),
                "agreements": serializers.IntegerField(),
                "events": serializers.IntegerField(),
            },
            many=True,
        ),
        "edges": inline_serializer(
            "NetworkEdge",
            {
                "source": serializers.CharField(),
                "target": serializers.CharField(),
                "agreements": serializers.IntegerField(),
                "events": serializers.IntegerField(),
                "agreement_ids": serializers.ListField(
                    child=serializers.IntegerField()
                ),
                "event_ids": serializers.ListField(child=serializers.IntegerField()),
            },
            many=True,
        ),
    },
)


def _members(records, level: str, model) -> dict[int, set]:
    """Each record's nodes: its countries (listed or through its agencies' home
    countries), or its agencies."""
    ids = records.values("pk")
    if model is Agreement:
        countries, agencies, link = (
            Agreement.countries.through,
            Agreement.parties.through,
            "agreement_id",
        )
    else:
        countries, agencies, link = (
            Event.countries.through,
            Event.participants.through,
            "event_id",
        )
    nodes = defaultdict(set)
    if level == "agency":
        pairs = agencies.objects.filter(**{f"{link}__in": ids}).values_list(
            link, "agency_id"
        )
    else:
        pairs = list(
            countries.objects.filter(**{f"{link}__in": ids}).values_list(
                link, "country_id"
            )
        ) + list(
            agencies.objects.filter(
                **{f"{link}__in": ids}, agency__country_id__isnull=False
            ).values_list(link, "agency__country_id")
        )
    for record, node in pairs:
        nodes[record].add(node)
    return nodes


class NetworkView(GraphView):
    """Who cooperates with whom: nodes are countries (or agencies with
    `level=agency`) with their numbers of agreements and events; an edge joins two
    nodes that share agreements or events, with their counts and ids."""

    filterset_class = filters.NetworkFilterSet

    @extend_schema(
        parameters=filterset_parameters(filters.NetworkFilterSet),
        responses=NETWORK_RESPONSE,
    )
    def get(self, request):
        level = request.query_params.get("level") or "country"
        records = self.records()
        node_counts = defaultdict(Counter)
        edges = defaultdict(lambda: {"agreements": [], "events": []})
        for key, model in (("agreements", Agreement), ("events", Event)):
            for record_id, nodes in sorted(
                _members(records[key], level, model).items()
            ):
                for node in nodes:
                    node_counts[node][key] += 1
                for pair in combinations(sorted(nodes), 2):
                    edges[pair][key].append(record_id)
        if level == "agency":
            info = {
                row["id"]: (
                    row["acronym"] or row["name"],
                    row["country_id"],
                    row["country__region"],
                )
                for row in Agency.objects.filter(pk__in=node_counts).values(
                    "id", "name", "acronym", "country_id", "country__region"
                )
            }
        else:
            info = {
                code: (name, code, region)
                for code, name, region in Country.objects.filter(
                    code__in=node_counts
                ).values_list("code", "name", "region")
            }
        nodes = [
            {
                "id": str(node),
                "label": info[node][0],
                "country": info[node][1],
                "region": info[node][2] or None,
                "agreements": counts["agreements"],
                "events": counts["events"],
            }
            for node, counts in node_counts.items()
        ]
        nodes.sort(key=lambda n: (-(n["agreements"] + n["events"]), n["label"]))
        edge_list = [
            {
                "source": str(source),
                "target": str(target),
                "agreements": len(found["agreements"]),
                "events": len(found["events"]),
                "agreement_ids": found["agreements"],
                "event_ids": found["events"],
            }
            for (source, target), found in edges.items()
        ]
        edge_list.sort(
            key=lambda e: (-(e["agreements"] + e["events"]), e["source"], e["target"])
        )
        totals = {key: records[key].count() for key in records}
        return Response(
            {"level": level, "totals": totals, "nodes": nodes, "edges": edge_list}
        )


COUNTS = inline_serializer(
    "TimelineCounts",
    {
        "total": serializers.IntegerField(),
        "by_kind": serializers.DictField(child=serializers.IntegerField()),
    },
)
TIMELINE_RESPONSE = inline_serializer(
    "Timeline",
    {
        "interval": serializers.ChoiceField(choices=["year", "month"]),
        "periods": inline_serializer(
            "TimelinePeriod",
            {
                "period": serializers.CharField(help_text="YYYY or YYYY-MM."),
                "agreements": COUNTS,
                "events": COUNTS,
            },
            many=True,
        ),
        "unplaced": inline_serializer(
            "TimelineUnplaced",
            {
                "agreements": serializers.IntegerField(),
                "events": serializers.IntegerField(),
            },
            help_text="Records without a date, or dated less precisely than the "
            "interval (a year-only date in a monthly timeline).",
        ),
    },
)


def _period_range(first: str, last: str, interval: str) -> list[str]:
    if interval == "year":
        return [f"{year:04d}" for year in range(int(first), int(last) + 1)]
    year, month = map(int, first.split("-"))
    end = tuple(map(int, last.split("-")))
    periods = []
    while (year, month) <= end:
        periods.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return periods


class TimelineView(GraphView):
    """Agreements and events per year (or month), by kind, with the same filters as
    the lists. Every period between the first and the last is listed, zeros
    included, so the series can be charted directly."""

    filterset_class = filters.TimelineFilterSet

    @extend_schema(
        parameters=filterset_parameters(filters.TimelineFilterSet),
        responses=TIMELINE_RESPONSE,
    )
    def get(self, request):
        interval = request.query_params.get("interval") or "year"
        records = self.records()
        counts = defaultdict(lambda: {"agreements": Counter(), "events": Counter()})
        unplaced = {"agreements": 0, "events": 0}
        for key, date, precision in (
            ("agreements", "date", "date_precision"),
            ("events", "start", "start_precision"),
        ):
            grouped = (
                records[key]
                .order_by()
                .values_list(date, precision, "kind")
                .annotate(n=Count("pk"))
            )
            for day, day_precision, kind, n in grouped:
                too_coarse = interval == "month" and day_precision == DatePrecision.YEAR
                if day is None or too_coarse:
                    unplaced[key] += n
                    continue
                period = (
                    f"{day.year:04d}"
                    if interval == "year"
                    else f"{day.year:04d}-{day.month:02d}"
                )
                counts[period][key][kind] += n
        periods = []
        if counts:
            for period in _period_range(min(counts), max(counts), interval):
                found = counts.get(period) or {"agreements": {}, "events": {}}
                periods.append(
                    {
                        "period": period,
                        **{
                            key: {
                                "total": sum(found[key].values()),
                                "by_kind": dict(sorted(found[key].items())),
                            }
                            for key in ("agreements", "events")
                        },
                    }
                )
        return Response(
            {"interval": interval, "periods": periods, "unplaced": unplaced}
        )
