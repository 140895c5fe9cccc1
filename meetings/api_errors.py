"""Every API error is a JSON body with a clear message: {"error": "...", "detail": ...}."""

from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, JsonResponse
from django.views import defaults
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler


def exception_handler(exc, context):
    if isinstance(exc, DjangoValidationError):
        exc = exceptions.ValidationError(detail=exc.message_dict if hasattr(exc, "error_dict") else exc.messages)
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    detail = response.data
    if isinstance(detail, dict) and set(detail) == {"detail"}:
        message = str(detail["detail"])
        detail = None
    elif isinstance(exc, Http404) or response.status_code == status.HTTP_404_NOT_FOUND:
        message = "not found"
    elif isinstance(exc, exceptions.ValidationError):
        message = "the request is not valid"
    else:
        message = str(getattr(exc, "detail", exc))
    body = {"error": message}
    if detail:
        body["detail"] = detail
    return Response(body, status=response.status_code, headers=dict(response.items()) if hasattr(response, "items") else None)


# Django-level errors (no DRF view was reached: an unknown URL, or a crash outside one). config/urls.py
# points handler404/handler500 here; under /api/ they answer in JSON, elsewhere with Django's pages.


def _is_api(request) -> bool:
    return request.path.startswith("/api/")


def not_found(request, exception=None):
    if _is_api(request):
        return JsonResponse({"error": f"no such endpoint: {request.path}"}, status=404)
    return defaults.page_not_found(request, exception)


def server_error(request):
    if _is_api(request):
        return JsonResponse({"error": "server error: it has been logged"}, status=500)
    return defaults.server_error(request)
