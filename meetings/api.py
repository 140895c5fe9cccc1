"""The read API analysts query: meetings with their sources, people and their encounters, places.

Views only translate HTTP: the QuerySet vocabulary and `meetings.selectors` do the reading, the
FilterSets in `meetings.filters` turn query strings into those words.
"""

from __future__ import annotations

from django.db.models import QuerySet
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiExample, OpenApiParameter, OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import exceptions, viewsets
from rest_framework.decorators import action
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response

from meetings.filters import MeetingFilter, PersonFilter, PlaceFilter, order_meetings, person_term
from meetings.models import Meeting, Mode, Person, Status
from meetings.renderers import EXPORT_RENDERERS, ContentNegotiation, StreamingRenderer
from meetings.selectors import (
    meetings_for_detail,
    people_count_meetings,
    people_for_detail,
    people_for_listing,
    person_encounters,
    places_count_meetings,
    places_for_listing,
)
from meetings.serializers import (
    EncountersSerializer,
    ErrorSerializer,
    MeetingDetailSerializer,
    MeetingSerializer,
    PersonDetailSerializer,
    PersonSerializer,
    PlaceSerializer,
)

_TRUE = {"1", "true", "yes", "on"}

ERRORS = {
    400: OpenApiResponse(ErrorSerializer, description="a parameter is not valid; `detail` names it"),
    401: OpenApiResponse(ErrorSerializer, description="login required (when the API requires it) or bad token"),
    403: OpenApiResponse(ErrorSerializer, description="not allowed"),
    404: OpenApiResponse(ErrorSerializer, description="no such object, or no such page"),
    406: OpenApiResponse(ErrorSerializer, description="the requested format is not offered"),
    429: OpenApiResponse(ErrorSerializer, description="too many requests: retry after the Retry-After header's seconds"),
}


def _errors(*codes: int) -> dict:
    # errors are JSON whatever format was asked for (JSONErrorsMixin)
    return {(code, "application/json"): ERRORS[code] for code in codes}


def _param(name, type_, description, example, *, many=False, enum=None):
    return OpenApiParameter(
        name,
        type_,
        OpenApiParameter.QUERY,
        description=description,
        many=many,
        explode=True if many else None,
        enum=enum,
        examples=[OpenApiExample(f"{name} example", value=example)],
    )


MEETING_FILTERS = [
    _param(
        "participant",
        str,
        "A person id, name or any alias (surnames too). Repeat it: meetings of all of them.",
        ["Lavrov", "Kerry"],
        many=True,
    ),
    _param(
        "participant_any",
        str,
        "Meetings of any of these people (id, name or alias). Repeatable.",
        ["Lavrov", "Tillerson"],
        many=True,
    ),
    _param("country", str, "ISO 3166-1 alpha-2 code of any participant's country, named or not. Repeatable.", ["QA"], many=True),
    _param("status", str, "One or more statuses.", ["possible", "planned"], many=True, enum=Status.values),
    _param("mode", str, "In person, or a phone or video call.", "in_person", enum=Mode.values),
    _param(
        "date_from",
        OpenApiTypes.DATE,
        "Meetings whose dates overlap the range from this day on (undated left out).",
        "2016-10-01",
    ),
    _param(
        "date_to", OpenApiTypes.DATE, "Meetings whose dates overlap the range up to this day (undated left out).", "2016-11-30"
    ),
    _param("place", str, "A place id or name; a country's name also matches meetings in its cities.", "Lausanne"),
    _param("occasion", str, "Text in the occasion, case folded.", "APEC"),
    _param("verified", bool, "Only meetings a curator confirmed (true) or did not (false).", True),
    _param(
        "upcoming",
        bool,
        "Meetings from today on that may still happen (possible, planned, postponed): with `format=ics`, a calendar to "
        "subscribe to.",
        True,
    ),
    _param("q", str, "Text in participants' names and aliases, places, occasions or the evidence sentences.", "sidelines"),
    _param(
        "ordering",
        str,
        "`date` (default; undated last), `-date`, `updated` or `-updated` (last update).",
        "-date",
        enum=["date", "-date", "updated", "-updated"],
    ),
    _param("include_rejected", bool, "Staff only (ignored for others): also list meetings curators rejected.", True),
]
EXPORT_FORMAT = _param(
    "format",
    str,
    "`json` (default), or an export of every matching meeting, unpaginated and streamed: `csv`, `jsonl` "
    "(FORMAT.md's shape, one meeting a line with its mentions) or `ics` (iCalendar, dated meetings). The Accept header "
    "(text/csv, application/jsonl, text/calendar) does the same.",
    "csv",
    enum=["json", "csv", "jsonl", "ics"],
)


class JSONErrorsMixin:
    """Errors are JSON whatever format was asked for; an unknown `?format=` is 406."""

    content_negotiation_class = ContentNegotiation

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if (
            isinstance(response, Response)
            and response.status_code >= 400
            and not isinstance(response.accepted_renderer, JSONRenderer)
        ):
            response.accepted_renderer = JSONRenderer()
            response.accepted_media_type = JSONRenderer.media_type
        return response

    def include_rejected(self) -> bool:
        user = self.request.user
        return bool(user and user.is_staff) and self.request.query_params.get("include_rejected", "").lower() in _TRUE


@extend_schema_view(
    list=extend_schema(
        summary="Meetings, filtered",
        description="Visible meetings in date order, each with its participants, place and number of reports. "
        '`?participant=Lavrov&participant=Kerry` answers "every Lavrov–Kerry encounter".',
        parameters=[*MEETING_FILTERS, EXPORT_FORMAT],
        responses={
            (200, "application/json"): MeetingSerializer(many=True),
            (200, "text/csv"): OpenApiResponse(OpenApiTypes.STR, description="one meeting a row, with a header row"),
            (200, "application/jsonl"): OpenApiResponse(OpenApiTypes.STR, description="one meeting a line"),
            (200, "text/calendar"): OpenApiResponse(OpenApiTypes.STR, description="an all-day event per dated meeting"),
            **_errors(400, 401, 404, 406, 429),
        },
    ),
    retrieve=extend_schema(
        summary="One meeting with its sources",
        description="Everything in the list, plus the status trail and every report: evidence sentence with its "
        "offsets, the article (url, title, outlet, published) and the extractor version.",
        responses={200: MeetingDetailSerializer, **_errors(401, 404, 406, 429)},
    ),
)
class MeetingViewSet(JSONErrorsMixin, viewsets.ReadOnlyModelViewSet):
    lookup_value_regex = "[0-9]+"
    filterset_class = MeetingFilter

    def get_renderers(self):
        if self.action == "list":
            return [JSONRenderer(), *(r() for r in EXPORT_RENDERERS)]
        return [JSONRenderer()]

    def get_serializer_class(self):
        return MeetingDetailSerializer if self.action == "retrieve" else MeetingSerializer

    def base_queryset(self) -> QuerySet[Meeting]:
        # Staff reach a rejected meeting by its id; lists show them only when asked to.
        if self.include_rejected() or (self.action == "retrieve" and self.request.user.is_staff):
            qs = Meeting.objects.all()
        else:
            qs = Meeting.objects.visible()
        return order_meetings(qs, None)

    def get_queryset(self):
        qs = self.base_queryset()
        return meetings_for_detail(qs) if self.action == "retrieve" else qs.for_listing()

    def list(self, request, *args, **kwargs):
        renderer = request.accepted_renderer
        if isinstance(renderer, StreamingRenderer):
            return renderer.response(self.filter_queryset(self.base_queryset()), request)
        return super().list(request, *args, **kwargs)


@extend_schema_view(
    list=extend_schema(
        summary="People",
        parameters=[
            _param(
                "search",
                str,
                "Text in any alias: every spelling seen, case, diacritics and transliteration folded.",
                "Sergei Lavrov",
            ),
            _param("country", str, "ISO 3166-1 alpha-2 code.", "RU"),
        ],
        responses={200: PersonSerializer(many=True), **_errors(400, 401, 404, 406, 429)},
    ),
    retrieve=extend_schema(
        summary="One person: aliases, roles over time, meeting counts",
        responses={200: PersonDetailSerializer, **_errors(401, 404, 406, 429)},
    ),
)
class PersonViewSet(JSONErrorsMixin, viewsets.ReadOnlyModelViewSet):
    lookup_value_regex = "[0-9]+"
    filterset_class = PersonFilter
    renderer_classes = [JSONRenderer]

    def get_queryset(self):
        if self.action == "list":
            return people_for_listing()
        if self.action == "retrieve":
            return people_for_detail()
        return Person.objects.all()

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        return people_count_meetings(page) if page is not None and self.action == "list" else page

    def get_serializer_class(self):
        if self.action == "retrieve":
            return PersonDetailSerializer
        if self.action == "encounters":
            return EncountersSerializer
        return PersonSerializer

    @extend_schema(
        summary="Every meeting of a pair",
        description="Every meeting of this person with the other, in date order (undated last), a page at a time, "
        "with counts by status and the first and last dated meetings over all of them.",
        filters=False,
        parameters=[
            OpenApiParameter(
                "with",
                {"type": "string", "pattern": r"[^\s\u0000]"},  # something besides blanks
                OpenApiParameter.QUERY,
                required=True,
                description="The other person: an id, a name or any alias (a surname alone matches every person of it).",
                examples=[OpenApiExample("with example", value="Kerry")],
            )
        ],
        responses={200: EncountersSerializer, **_errors(400, 401, 404, 406, 429)},
    )
    @action(detail=True, methods=["get"], filter_backends=[])
    def encounters(self, request, pk=None):
        person = self.get_object()
        other = person_term(request.query_params.get("with", "").replace("\x00", "").strip())
        if not other:
            raise exceptions.ValidationError({"with": ["name the other person: an id, a name or an alias"]})
        result = person_encounters(person=person, other=other, include_rejected=self.include_rejected())
        if result is None:
            raise exceptions.NotFound(f"no other person matches {other!r}")
        result.page = self.paginator.paginate_queryset(result.meetings, request, view=self, count=result.count)
        result.next, result.previous = self.paginator.get_next_link(), self.paginator.get_previous_link()
        return Response(EncountersSerializer(result, context=self.get_serializer_context()).data)


@extend_schema_view(
    list=extend_schema(
        summary="Places",
        parameters=[
            _param("search", str, "Text in the place's name, case and diacritics folded.", "Geneva"),
            _param("country", str, "ISO 3166-1 alpha-2 code.", "CH"),
            _param("kind", str, "city, country, region or venue.", "city", enum=["city", "country", "region", "venue"]),
        ],
        responses={200: PlaceSerializer(many=True), **_errors(400, 401, 404, 406, 429)},
    ),
    retrieve=extend_schema(summary="One place", responses={200: PlaceSerializer, **_errors(401, 404, 406, 429)}),
)
class PlaceViewSet(JSONErrorsMixin, viewsets.ReadOnlyModelViewSet):
    lookup_value_regex = "[0-9]+"
    filterset_class = PlaceFilter
    serializer_class = PlaceSerializer
    renderer_classes = [JSONRenderer]

    def get_queryset(self):
        return places_for_listing()

    def get_object(self):
        return places_count_meetings([super().get_object()])[0]

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        return places_count_meetings(page) if page is not None else page
