"""The article API: submit articles (202, processed by the workers), and follow their processing."""

from django.conf import settings
from django.db.models import Count, Prefetch
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import exceptions, mixins, permissions, status, viewsets
from rest_framework.response import Response

from ingest.serializers import MAX_BATCH, ArticleDetailSerializer, ArticleSerializer, ArticleSubmitSerializer, SubmittedSerializer
from ingest.services import ArticleRejected, article_submit, articles_queue
from meetings.models import Article, Report


class PayloadTooLarge(exceptions.APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_detail = "the request body is too large"
    default_code = "payload_too_large"


class SubmitPermission(permissions.BasePermission):
    """Anyone may read (unless the site requires login); only an authenticated client submits."""

    def has_permission(self, request, view):
        if request.method in permissions.SAFE_METHODS:
            return not settings.API_REQUIRE_LOGIN or bool(request.user and request.user.is_authenticated)
        return bool(request.user and request.user.is_authenticated)


class ArticleViewSet(mixins.CreateModelMixin, viewsets.ReadOnlyModelViewSet):
    """Articles and their processing state. POST one article, or a list of up to 100, to submit them."""

    permission_classes = [SubmitPermission]
    filterset_fields = ["state", "source"]

    def get_queryset(self):
        qs = Article.objects.annotate(report_count=Count("reports")).order_by("-id")
        if self.action == "retrieve":
            qs = qs.prefetch_related(Prefetch("reports", queryset=Report.objects.order_by("position")))
        return qs

    def get_serializer_class(self):
        if self.action == "retrieve":
            return ArticleDetailSerializer
        if self.action == "create":
            return ArticleSubmitSerializer
        return ArticleSerializer

    @extend_schema(
        request=ArticleSubmitSerializer,
        responses={
            202: SubmittedSerializer,
            400: OpenApiResponse(description="malformed JSON, no text/html/url, a bad date, binary data, more than 100 items"),
            413: OpenApiResponse(description="the body is larger than DATA_UPLOAD_MAX_MEMORY_SIZE"),
        },
    )
    def create(self, request, *args, **kwargs):
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            raise exceptions.ParseError("Content-Length is not a number") from None
        if limit is not None and length > limit:
            raise PayloadTooLarge(f"the request body is {length} bytes; the limit is {limit} bytes")
        data = request.data
        many = isinstance(data, list)
        if not many and not isinstance(data, dict):
            raise exceptions.ParseError("send one article as a JSON object, or a list of them")
        if many and len(data) > MAX_BATCH:
            raise exceptions.ValidationError({"articles": [f"at most {MAX_BATCH} articles in one request; got {len(data)}"]})
        if many:
            serializer = ArticleSubmitSerializer(data=data, many=True, max_length=MAX_BATCH, allow_empty=False)
        else:
            serializer = ArticleSubmitSerializer(data=data)
        serializer.is_valid(raise_exception=True)
        items = serializer.validated_data if many else [serializer.validated_data]
        try:
            submitted = [article_submit(source="api", queue=False, **fields) for fields in items]
        except ArticleRejected as exc:  # validated above; a race with another change at worst
            raise exceptions.ValidationError(str(exc)) from None
        # several new articles go to the workers in batches that share one nlp.pipe pass
        articles_queue(article_ids=[s.article.pk for s in submitted if s.created])
        out = SubmittedSerializer(submitted, many=True, context={"request": request}).data
        return Response(out if many else out[0], status=status.HTTP_202_ACCEPTED)
