"""The article API's shapes: what a submission may hold, and how an article and its reports read back."""

from rest_framework import serializers

from ingest.services import ArticleRejected, article_validate
from meetings.models import Article, Report

MAX_BATCH = 100


class ArticleSubmitSerializer(serializers.Serializer):
    """One article: text or html (or only a url, fetched by the worker), with what is known about it."""

    url = serializers.CharField(required=False, allow_blank=True, allow_null=True, max_length=2000, trim_whitespace=True)
    title = serializers.CharField(required=False, allow_blank=True, allow_null=True, max_length=500)
    published = serializers.CharField(
        required=False, allow_blank=True, allow_null=True, max_length=40, help_text="YYYY-MM-DD, YYYY-MM, YYYY or ISO datetime"
    )
    outlet = serializers.CharField(required=False, allow_blank=True, allow_null=True, max_length=200)
    text = serializers.CharField(required=False, allow_blank=True, allow_null=True, trim_whitespace=False)
    html = serializers.CharField(required=False, allow_blank=True, allow_null=True, trim_whitespace=False)

    def validate(self, attrs):
        unknown = set(self.initial_data) - set(self.fields) if isinstance(self.initial_data, dict) else set()
        if unknown:
            raise serializers.ValidationError({name: "unknown field" for name in sorted(unknown)})
        attrs = {k: v for k, v in attrs.items() if v is not None}
        try:
            article_validate(**attrs)
        except ArticleRejected as exc:
            raise serializers.ValidationError(str(exc)) from None
        return attrs


class SubmittedSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="article.pk")
    new = serializers.BooleanField(source="created", help_text="false: the article was already known")
    state = serializers.CharField(source="article.state")
    status_url = serializers.SerializerMethodField()

    def get_status_url(self, submitted) -> str:
        from rest_framework.reverse import reverse

        return reverse("ingest-article-detail", args=[submitted.article.pk], request=self.context.get("request"))


class ArticleReportSerializer(serializers.ModelSerializer):
    meeting = serializers.IntegerField(source="meeting_id")
    place = serializers.CharField(source="place_text")

    class Meta:
        model = Report
        fields = [
            "id",
            "meeting",
            "position",
            "status",
            "mode",
            "participants",
            "start_date",
            "end_date",
            "date_precision",
            "place",
            "occasion",
            "evidence",
            "evidence_start",
            "evidence_end",
            "confidence",
            "merge_reason",
            "extractor_version",
        ]


class ArticleSerializer(serializers.ModelSerializer):
    report_count = serializers.IntegerField(read_only=True, help_text="reports the article produced")

    class Meta:
        model = Article
        fields = [
            "id",
            "url",
            "title",
            "outlet",
            "published",
            "published_precision",
            "source",
            "state",
            "error",
            "attempts",
            "extractor_version",
            "report_count",
            "created_at",
            "processed_at",
        ]


class ArticleDetailSerializer(ArticleSerializer):
    reports = ArticleReportSerializer(many=True, read_only=True)

    class Meta(ArticleSerializer.Meta):
        fields = [*ArticleSerializer.Meta.fields, "reports"]
