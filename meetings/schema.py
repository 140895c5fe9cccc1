"""The OpenAPI schema's generator (drf-spectacular), told what `API_REQUIRE_LOGIN` means."""

from django.conf import settings
from drf_spectacular.openapi import AutoSchema as _AutoSchema


class AutoSchema(_AutoSchema):
    """drf-spectacular's schema, with anonymous reads left out when `API_REQUIRE_LOGIN` is on."""

    def get_auth(self):
        auths = super().get_auth()
        return [a for a in auths if a] if settings.API_REQUIRE_LOGIN else auths
