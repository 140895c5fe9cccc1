"""What the read API hands back. Each serializer lists its fields and reads only what the view prefetched."""

from __future__ import annotations

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from meetings.models import Article, Meeting, Participant, Person, Place, Report, RoleSpell, Status, StatusStep


class ErrorSerializer(serializers.Serializer):
    """The body of every error response."""

    error = serializers.CharField(help_text="what went wrong, in one sentence")
    detail = serializers.JSONField(required=False, help_text="per-field messages, when there are any")


class PlaceBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Place
        fields = ["id", "name", "kind", "country", "latitude", "longitude"]


class PlaceSerializer(serializers.HyperlinkedModelSerializer):
    meeting_count = serializers.IntegerField(read_only=True, help_text="visible meetings placed here")

    class Meta:
        model = Place
        fields = ["id", "url", "name", "kind", "country", "latitude", "longitude", "geonameid", "meeting_count"]
        extra_kwargs = {"url": {"view_name": "place-detail"}}


class ParticipantSerializer(serializers.ModelSerializer):
    person_id = serializers.IntegerField(allow_null=True, read_only=True, help_text="null for an unnamed party")
    name = serializers.SerializerMethodField(help_text="null for an unnamed party known only by role and country")

    class Meta:
        model = Participant
        fields = ["person_id", "name", "role", "country"]

    @extend_schema_field(serializers.CharField(allow_null=True))
    def get_name(self, obj: Participant) -> str | None:
        return obj.person.name if obj.person_id else None


class MeetingSerializer(serializers.HyperlinkedModelSerializer):
    place = PlaceBriefSerializer(allow_null=True, read_only=True)
    participants = ParticipantSerializer(many=True, read_only=True)
    report_count = serializers.IntegerField(read_only=True, help_text="how many article reports this meeting rests on")

    class Meta:
        model = Meeting
        fields = [
            "id",
            "url",
            "start_date",
            "end_date",
            "date_precision",
            "status",
            "mode",
            "place",
            "occasion",
            "verified",
            "participants",
            "report_count",
            "last_reported",
            "updated_at",
        ]
        extra_kwargs = {"url": {"view_name": "meeting-detail"}}


class ArticleBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Article
        fields = ["id", "url", "title", "outlet", "published"]


class ReportPartySerializer(serializers.Serializer):
    name = serializers.CharField(allow_null=True)
    role = serializers.CharField(allow_blank=True, required=False)
    country = serializers.CharField(allow_blank=True, required=False)
    person_id = serializers.IntegerField(allow_null=True, required=False)


class ReportSerializer(serializers.ModelSerializer):
    article = ArticleBriefSerializer(read_only=True)
    place = PlaceBriefSerializer(allow_null=True, read_only=True)
    participants = ReportPartySerializer(many=True, read_only=True, help_text="the parties as the article names them")

    class Meta:
        model = Report
        fields = [
            "id",
            "article",
            "status",
            "mode",
            "participants",
            "start_date",
            "end_date",
            "date_precision",
            "date_text",
            "place",
            "place_text",
            "occasion",
            "evidence",
            "evidence_start",
            "evidence_end",
            "confidence",
            "extractor_version",
            "merge_reason",
        ]


class StatusStepSerializer(serializers.ModelSerializer):
    report_id = serializers.IntegerField(allow_null=True, read_only=True, help_text="the report that said so")
    source = serializers.SerializerMethodField(help_text="the reporting article's URL")
    by_curator = serializers.SerializerMethodField()

    class Meta:
        model = StatusStep
        fields = ["date", "status", "report_id", "source", "by_curator", "note"]

    @extend_schema_field(serializers.URLField(allow_null=True))
    def get_source(self, obj: StatusStep) -> str | None:
        return obj.report.article.url if obj.report_id else None

    @extend_schema_field(OpenApiTypes.BOOL)
    def get_by_curator(self, obj: StatusStep) -> bool:
        return obj.curator_id is not None or obj.report_id is None


class MeetingDetailSerializer(MeetingSerializer):
    trail = StatusStepSerializer(many=True, read_only=True, help_text="the status trail, oldest first")
    reports = ReportSerializer(many=True, read_only=True, help_text="every report, oldest article first")

    class Meta(MeetingSerializer.Meta):
        fields = [*MeetingSerializer.Meta.fields, "topic", "rejected", "created_at", "trail", "reports"]


class PersonSerializer(serializers.HyperlinkedModelSerializer):
    meeting_count = serializers.IntegerField(read_only=True, help_text="visible meetings this person took part in")

    class Meta:
        model = Person
        fields = ["id", "url", "name", "country", "role", "meeting_count"]
        extra_kwargs = {"url": {"view_name": "person-detail"}}


class RoleSpellSerializer(serializers.ModelSerializer):
    class Meta:
        model = RoleSpell
        fields = ["role", "country", "first_seen", "last_seen"]


class StatusCountsSerializer(serializers.Serializer):
    """A count per status: every status is present, zero when none."""

    def get_fields(self):
        return {s: serializers.IntegerField() for s in Status.values}


class PersonDetailSerializer(PersonSerializer):
    aliases = serializers.SlugRelatedField(many=True, read_only=True, slug_field="name", help_text="every spelling seen")
    roles = RoleSpellSerializer(many=True, read_only=True, help_text="roles over time, by first publication seen")
    meetings_by_status = serializers.SerializerMethodField()

    class Meta(PersonSerializer.Meta):
        fields = [*PersonSerializer.Meta.fields, "aliases", "roles", "meetings_by_status", "created_at", "updated_at"]

    @extend_schema_field(StatusCountsSerializer)
    def get_meetings_by_status(self, obj: Person) -> dict[str, int]:
        return {s: getattr(obj, f"meetings_{s}", 0) for s in Status.values}


class PersonBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Person
        fields = ["id", "name", "country", "role"]


class EncountersSerializer(serializers.Serializer):
    person = PersonBriefSerializer()
    others = PersonBriefSerializer(many=True, help_text="the people `with` matched")
    count = serializers.IntegerField()
    by_status = StatusCountsSerializer()
    first = MeetingSerializer(allow_null=True, help_text="the earliest dated meeting")
    last = MeetingSerializer(allow_null=True, help_text="the latest dated meeting")
    next = serializers.URLField(allow_null=True, help_text="the next page of meetings, or null")
    previous = serializers.URLField(allow_null=True, help_text="the previous page of meetings, or null")
    meetings = MeetingSerializer(
        many=True, source="page", help_text="the pair's meetings in date order, undated last, a page at a time (`page`, `page_size`)"
    )
