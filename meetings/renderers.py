"""Exports of the meetings list: CSV, JSON Lines (FORMAT.md's shape) and iCalendar, streamed row by row.

The views hand these renderers a filtered QuerySet, not serialized data, so a large export never sits in
memory whole: `stream()` reads it in chunks and yields text as it goes.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta

import icalendar
from django.http import StreamingHttpResponse
from django.urls import reverse
from rest_framework import exceptions, renderers
from rest_framework.negotiation import DefaultContentNegotiation

from meetings.exports import export_queryset, iter_jsonl
from meetings.models import Meeting

CHUNK = 500


class ContentNegotiation(DefaultContentNegotiation):
    """An unknown `?format=` is 406 with the formats on offer, not a bare 404."""

    def filter_renderers(self, renderers, format):
        kept = [r for r in renderers if r.format == format]
        if not kept:
            offered = ", ".join(r.format for r in renderers)
            raise exceptions.NotAcceptable(f"format {format!r} is not offered here; choose one of: {offered}")
        return kept


def meeting_url_prefix(request) -> str:
    """The detail URL of meeting 0 without its id: reversing once, not once a row."""
    url = request.build_absolute_uri(reverse("meeting-detail", args=[0]))
    return url[: url.rindex("0/")]


class StreamingRenderer(renderers.BaseRenderer):
    """A renderer whose output is built from a QuerySet by `stream()`; `render()` only serves odd callers."""

    filename = "meetings"
    charset = "utf-8"

    def stream(self, meetings: Iterable[Meeting], request) -> Iterator[str]:
        raise NotImplementedError

    def prepare(self, qs):
        return qs.for_listing()

    def response(self, qs, request) -> StreamingHttpResponse:
        rows = self.prepare(qs).iterator(chunk_size=CHUNK)
        response = StreamingHttpResponse(
            (chunk.encode(self.charset) for chunk in self.stream(rows, request)),
            content_type=f"{self.media_type}; charset={self.charset}",
        )
        response["Content-Disposition"] = f'attachment; filename="{self.filename}.{self.format}"'
        return response

    def render(self, data, accepted_media_type=None, renderer_context=None):
        # Reached only when a view returns plain data under this format; errors are sent as JSON by the views.
        return renderers.JSONRenderer().render(data)


def _safe_cell(value) -> str:
    """Text that a spreadsheet would read as a formula is quoted, so a name from an article cannot run."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


class _Line:
    def write(self, value: str) -> str:
        return value


class CSVRenderer(StreamingRenderer):
    media_type = "text/csv"
    format = "csv"
    header = [
        "id",
        "start_date",
        "end_date",
        "date_precision",
        "status",
        "mode",
        "place",
        "place_country",
        "latitude",
        "longitude",
        "occasion",
        "participants",
        "person_ids",
        "countries",
        "verified",
        "report_count",
        "url",
    ]

    def stream(self, meetings, request):
        writer = csv.writer(_Line())
        prefix = meeting_url_prefix(request)
        yield writer.writerow(self.header)
        for m in meetings:
            parts = list(m.participants.all())
            yield writer.writerow(
                [
                    m.pk,
                    m.start_date.isoformat() if m.start_date else "",
                    m.end_date.isoformat() if m.end_date else "",
                    m.date_precision,
                    m.status,
                    m.mode,
                    _safe_cell(m.place.name if m.place else ""),
                    m.place.country if m.place else "",
                    "" if m.place is None or m.place.latitude is None else m.place.latitude,
                    "" if m.place is None or m.place.longitude is None else m.place.longitude,
                    _safe_cell(m.occasion),
                    _safe_cell(
                        "; ".join(p.person.name if p.person_id else f"{p.role or 'official'} of {p.country}" for p in parts)
                    ),
                    " ".join(str(p.person_id) for p in parts if p.person_id),
                    " ".join(sorted({p.country for p in parts if p.country})),
                    "true" if m.verified else "false",
                    m.report_count,
                    f"{prefix}{m.pk}/",
                ]
            )


class JSONLinesRenderer(StreamingRenderer):
    """One meeting a line with every mention, as `export_meetings` writes and FORMAT.md describes."""

    media_type = "application/jsonl"
    format = "jsonl"

    def prepare(self, qs):
        return export_queryset(qs)

    def stream(self, meetings, request):
        yield from iter_jsonl(meetings)


_ICS_STATUS = {"held": "CONFIRMED", "planned": "CONFIRMED", "cancelled": "CANCELLED", "ruled_out": "CANCELLED"}


class ICalendarRenderer(StreamingRenderer):
    """All-day events, one per dated meeting: undated meetings have no place on a calendar and are left out."""

    media_type = "text/calendar"
    format = "ics"

    def _event(self, m: Meeting, request, prefix: str) -> icalendar.Event:
        names = [p.person.name if p.person_id else f"{p.role or 'official'} of {p.country}" for p in m.participants.all()]
        event = icalendar.Event()
        event.add("uid", f"meeting-{m.pk}@{request.get_host().split(':')[0]}")
        event.add("dtstamp", m.updated_at.astimezone(UTC) if m.updated_at else datetime.now(UTC))
        event.add("dtstart", m.start_date)
        event.add("dtend", (m.end_date or m.start_date) + timedelta(days=1))  # DTEND of an all-day event is exclusive
        approx = "" if m.date_precision == "day" else f" (date known to the {m.date_precision})"
        event.add("summary", f"{' – '.join(names) or 'Meeting'} ({m.get_status_display()}){approx}")
        event.add("status", _ICS_STATUS.get(m.status, "TENTATIVE"))
        if m.place:
            event.add("location", str(m.place))
            if m.place.latitude is not None and m.place.longitude is not None:
                event.add("geo", (m.place.latitude, m.place.longitude))
        url = f"{prefix}{m.pk}/"
        event.add("url", url)
        lines = [f"Status: {m.get_status_display()}", f"Reports: {m.report_count}", url]
        if m.occasion:
            lines.insert(0, m.occasion)
        event.add("description", "\n".join(lines))
        return event

    def stream(self, meetings, request):
        calendar = icalendar.Calendar()
        calendar.add("prodid", "-//Sidelines//meetings//EN")
        calendar.add("version", "2.0")
        calendar.add("x-wr-calname", "Sidelines meetings")
        head = calendar.to_ical().decode()
        prefix = meeting_url_prefix(request)
        yield head[: head.rindex("END:VCALENDAR")]
        for m in meetings:
            if m.start_date and m.date_precision != "unknown":
                yield self._event(m, request, prefix).to_ical().decode()
        yield "END:VCALENDAR\r\n"


EXPORT_RENDERERS = [CSVRenderer, JSONLinesRenderer, ICalendarRenderer]
