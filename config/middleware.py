"""Security middleware: response headers Django does not set itself, and a cap on request bodies."""

from django.conf import settings
from django.http import HttpResponse, JsonResponse


class RequestBodyLimitMiddleware:
    """Refuse a request whose declared body is larger than REQUEST_MAX_BODY_BYTES with 413, before a view reads it.

    Django checks DATA_UPLOAD_MAX_MEMORY_SIZE only when `request.body` or POST is read; DRF's parsers read
    the stream directly and would take any size. A body without a Content-Length reads as empty in Django.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        limit = settings.REQUEST_MAX_BODY_BYTES
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return self._refuse(request, 400, "Content-Length is not a number")
        if length > limit:
            return self._refuse(request, 413, f"the request body is larger than {limit} bytes")
        return self.get_response(request)

    @staticmethod
    def _refuse(request, status: int, message: str) -> HttpResponse:
        if request.path.startswith("/api/"):
            return JsonResponse({"error": message}, status=status)
        return HttpResponse(message, status=status, content_type="text/plain; charset=utf-8")


class ContentSecurityPolicyMiddleware:
    """Adds Content-Security-Policy, Permissions-Policy and Cross-Origin-Resource-Policy unless a view set its own."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        for header, setting in (
            ("Content-Security-Policy", "CONTENT_SECURITY_POLICY"),
            ("Permissions-Policy", "PERMISSIONS_POLICY"),
            ("Cross-Origin-Resource-Policy", "CROSS_ORIGIN_RESOURCE_POLICY"),
        ):
            value = getattr(settings, setting, "")
            if value and header not in response:
                response[header] = value
        return response
