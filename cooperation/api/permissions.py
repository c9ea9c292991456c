"""Who may read and write what. Reading is open, but anonymous readers (and users
without the view permission) see accepted records only, unless
COOPERATION_PUBLIC_ACCEPTED_ONLY is off, when they see all but rejected ones.
Writing needs an authenticated user with the model's add, change or delete
permission."""

from __future__ import annotations

from django.conf import settings
from django.db.models import Exists, OuterRef, Q, QuerySet
from rest_framework.permissions import (
    SAFE_METHODS,
    DjangoModelPermissionsOrAnonReadOnly,
)
from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle

from cooperation.models import Article, Evidence, ReviewState


class ModelPermissions(DjangoModelPermissionsOrAnonReadOnly):
    """Reads for anyone; writes with the model permissions, like the admin."""

    def has_permission(self, request, view):
        # DRF requires no permission to read, but would build the view's queryset
        # first only to learn its model: skip that on every read.
        if request.method in SAFE_METHODS and request.user:
            return True
        return super().has_permission(request, view)


def public_states() -> list[str]:
    if getattr(settings, "COOPERATION_PUBLIC_ACCEPTED_ONLY", True):
        return [ReviewState.ACCEPTED]
    return [ReviewState.ACCEPTED, ReviewState.UNREVIEWED]


def sees_everything(user, model) -> bool:
    if not user or not user.is_authenticated:
        return False
    opts = model._meta
    return user.has_perm(f"{opts.app_label}.view_{opts.model_name}") or user.has_perm(
        f"{opts.app_label}.change_{opts.model_name}"
    )


def visible(queryset: QuerySet, user) -> QuerySet:
    """The rows of a reviewable model, or of articles, that `user` may read."""
    model = queryset.model
    if sees_everything(user, model):
        return queryset
    states = public_states()
    if model is Article:
        # An article is public when it supports at least one public record.
        supports = Evidence.objects.filter(article_id=OuterRef("pk")).filter(
            Q(agreement__review_state__in=states)
            | Q(event__review_state__in=states)
            | Q(agency__review_state__in=states)
        )
        return queryset.filter(Exists(supports))
    return queryset.filter(review_state__in=states)


class AnonThrottle(AnonRateThrottle):
    """Reads the rate at request time so settings overrides apply."""

    def get_rate(self):
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)


class UserThrottle(UserRateThrottle):
    def get_rate(self):
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)
