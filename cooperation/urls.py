"""URL routes: the admin at /admin/ and the REST API at /api/."""

from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView

urlpatterns = [
    path("", RedirectView.as_view(url="/admin/", permanent=False)),
    path("admin/", admin.site.urls),
]

try:  # the API package registers its own routes
    from cooperation.api import urls as api_urls
except ImportError:  # pragma: no cover - before the API exists
    api_urls = None
if api_urls is not None and hasattr(api_urls, "urlpatterns"):
    urlpatterns.append(path("api/", include(api_urls)))
