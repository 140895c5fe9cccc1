"""Who may use the REST API."""

from django.conf import settings
from rest_framework import permissions


class LoginRequiredWhenConfigured(permissions.BasePermission):
    """With `API_REQUIRE_LOGIN` on, reads need a signed-in client too (writes always do).

    Used beside DRF's IsAuthenticatedOrReadOnly. The setting is read at each request: DRF's default
    permission classes are fixed when the views are imported, so a switch in them would not follow a
    changed setting."""

    message = "this site requires a signed-in client or a token to read its API"

    def has_permission(self, request, view):
        return not settings.API_REQUIRE_LOGIN or bool(request.user and request.user.is_authenticated)
