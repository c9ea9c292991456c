"""Page-number pagination with hard limits: a page size above the maximum, or a
page that starts beyond the deepest offset served, is a 400 that says what to do
instead, never a slow query."""

from __future__ import annotations

from django.conf import settings
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import PageNumberPagination


def _limit(name: str, default: int) -> int:
    return int(getattr(settings, "REST_FRAMEWORK", {}).get(name, default))


class Pagination(PageNumberPagination):
    page_size_query_param = "page_size"
    page_size_query_description = (
        "Rows per page, 1 to the maximum (default 50, maximum 500)."
    )
    page_query_description = "Page number, from 1."

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

    def paginate_queryset(self, queryset, request, view=None):
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
        return super().paginate_queryset(queryset, request, view)
