"""Routes under /api/: the five record lists, the network, the timeline, a token
endpoint for scripts, and the OpenAPI schema with its interactive docs."""

from django.urls import path
from drf_spectacular.views import (
    SpectacularAPIView,
    SpectacularRedocView,
    SpectacularSwaggerView,
)
from rest_framework.authtoken.views import obtain_auth_token
from rest_framework.routers import DefaultRouter

from cooperation.api import views


class Router(DefaultRouter):
    include_format_suffixes = False


router = Router()
router.register("countries", views.CountryViewSet, basename="country")
router.register("agencies", views.AgencyViewSet, basename="agency")
router.register("agreements", views.AgreementViewSet, basename="agreement")
router.register("events", views.EventViewSet, basename="event")
router.register("articles", views.ArticleViewSet, basename="article")

urlpatterns = [
    path("network/", views.NetworkView.as_view(), name="network"),
    path("timeline/", views.TimelineView.as_view(), name="timeline"),
    path("token/", obtain_auth_token, name="api-token"),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="api-docs"),
    path("redoc/", SpectacularRedocView.as_view(url_name="schema"), name="api-redoc"),
    *router.urls,
]
