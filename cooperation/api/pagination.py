"""Page-number pagination with hard limits: a page size above the maximum, or a
page that starts beyond the deepest offset served, is a 400 that says what to do
instead, never a slow query.

The lists count their rows in the same query that reads the page (see
`paginate_rows`), so a page costs one round trip to the database, not two."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import EmptyResultSet
from django.core.paginator import Page
from django.db.models import IntegerField, QuerySet
from django.db.models.expressions import RawSQL
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import PageNumberPagination

TOTAL = "rows_in_all_pages"


class RowCount(RawSQL):
    """The count of all rows, read as the integer the database returns: with no
    converter to run, Django reads the page's rows without a per-row pass."""

    convert_value = staticmethod(RawSQL._convert_value_noop)


def _limit(name: str, default: int) -> int:
    return int(getattr(settings, "REST_FRAMEWORK", {}).get(name, default))


class Pagination(PageNumberPagination):
    page_size_query_param = "page_size"
    page_size_query_description = (
        "Rows per page, 1 to the maximum (default 50, maximum 500)."
    )
    page_query_description = "Page number, from 1."
    # DRF's message has no placeholders, which hid the page and the reason.
    invalid_page_message = "Invalid page {page_number}: {message}."

    @property
    def page_size(self):
        return _limit("PAGE_SIZE", 50)

    @property
    def max_page_size(self):
        return _limit("MAX_PAGE_SIZE", 500)

    @property
    def max_offset(self):
        return _limit("MAX_OFFSET", 10_000)

    def _positive_int(self, request, name: str, default: int) -> int:
        raw = request.query_params.get(name)
        if raw is None or raw == "":
            return default
        try:
            value = int(raw)
        except ValueError:
            raise ValidationError({name: [f"'{raw}' is not a whole number."]}) from None
        if value < 1:
            raise ValidationError({name: ["Must be 1 or more."]})
        return value

    def get_page_size(self, request):
        size = self._positive_int(request, self.page_size_query_param, self.page_size)
        if size > self.max_page_size:
            raise ValidationError(
                {
                    self.page_size_query_param: [
                        f"At most {self.max_page_size} rows per page; use "
                        "?format=csv to download every row."
                    ]
                }
            )
        return size

    def _page_wanted(self, request) -> tuple[int, int]:
        """(page number, page size) of the request, within the limits."""
        size = self.get_page_size(request)
        page = self._positive_int(request, self.page_query_param, 1)
        if (page - 1) * size >= self.max_offset:
            raise ValidationError(
                {
                    self.page_query_param: [
                        f"Pages are served up to row {self.max_offset}; narrow the "
                        "filters (date_after, updated_since...) or use ?format=csv."
                    ]
                }
            )
        return page, size

    def paginate_queryset(self, queryset, request, view=None):
        self._page_wanted(request)
        return super().paginate_queryset(queryset, request, view)

    def paginate_rows(self, queryset: QuerySet, rows, request) -> list[dict]:
        """The requested page of `rows(queryset)` (a `.values()` of it), like
        `paginate_queryset` (same links, same 404 for a page past the end) but in
        one query: each row carries the count of all rows, from an uncorrelated
        subquery that the database runs once."""
        self.request = request
        number, size = self._page_wanted(request)
        try:
            ids = queryset.order_by().values("pk")
            sql, params = ids.query.get_compiler(using=queryset.db).as_sql()
        except EmptyResultSet:  # a filter that matches nothing, e.g. pk__in=[]
            found, total = [], 0
        else:
            count = RowCount(
                f"SELECT COUNT(*) FROM ({sql}) counted", params, IntegerField()
            )
            offset = (number - 1) * size
            found = list(rows(queryset, **{TOTAL: count})[offset : offset + size])
            total = found[0][TOTAL] if found else 0
            for row in found:
                del row[TOTAL]
        if not found and number > 1:
            raise NotFound(
                self.invalid_page_message.format(
                    page_number=number, message="it contains no results"
                )
            )
        paginator = self.django_paginator_class(found, size)
        paginator.count = total  # a cached_property, known already
        self.page = Page(found, number, paginator)
        if paginator.num_pages > 1 and self.template is not None:
            self.display_page_controls = True  # the browsable API's page links
        return found
