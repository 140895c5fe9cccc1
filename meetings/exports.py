"""Meetings in FORMAT.md's "what a system hands back" shape (JSON Lines), shared by the CLI and the API."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date

from django.db.models import Prefetch, QuerySet

from meetings.models import Meeting, Participant, Report


def format_date(value: date | None, precision: str) -> str | None:
    """FORMAT.md's date: YYYY-MM-DD, YYYY-MM, or null -- a year alone ("later this year") has no form there, so it is
    null in the export (the record's `year` keeps it)."""
    if value is None or precision in ("unknown", "year"):
        return None
    if precision == "month":
        return value.strftime("%Y-%m")
    return value.isoformat()


def _year(value: date | None, precision: str) -> dict:
    return {"year": value.year} if value is not None and precision == "year" else {}


def _place(place) -> dict | None:
    if place is None:
        return None
    out = {"name": place.name, "country": place.country or None}
    if place.latitude is not None:
        out.update(latitude=place.latitude, longitude=place.longitude)
    return out


def _report_participants(parts: list[dict]) -> list[dict]:
    return [{k: p.get(k) for k in ("name", "role", "country")} for p in parts]


def export_queryset(qs: QuerySet | None = None) -> QuerySet:
    qs = Meeting.objects.all() if qs is None else qs
    return qs.select_related("place").prefetch_related(
        Prefetch("participants", queryset=Participant.objects.select_related("person")),
        Prefetch("reports", queryset=Report.objects.select_related("article", "place").order_by("article__published", "id")),
    )


def meeting_record(meeting: Meeting) -> dict:
    return {
        "id": meeting.pk,
        "status": meeting.status,
        "mode": meeting.mode,
        "verified": meeting.verified,
        "participants": [
            {"name": p.person.name if p.person_id else None, "role": p.role or None, "country": p.country or None}
            for p in meeting.participants.all()
        ],
        "start_date": format_date(meeting.start_date, meeting.date_precision),
        "end_date": format_date(meeting.end_date, meeting.date_precision),
        **_year(meeting.start_date, meeting.date_precision),
        "place": _place(meeting.place),
        "occasion": meeting.occasion or None,
        "mentions": [
            {
                "article_url": r.article.url,
                "published": r.article.published.isoformat() if r.article.published else None,
                "status": r.status,
                "mode": r.mode,
                "participants": _report_participants(r.participants),
                "start_date": format_date(r.start_date, r.date_precision),
                "end_date": format_date(r.end_date, r.date_precision),
                **_year(r.start_date, r.date_precision),
                "place": _place(r.place),
                "occasion": r.occasion or None,
                "evidence": r.evidence,
                "evidence_start": r.evidence_start,
                "evidence_end": r.evidence_end,
                "confidence": r.confidence,
                "extractor_version": r.extractor_version,
            }
            for r in meeting.reports.all()
        ],
    }


def iter_jsonl(meetings: Iterable[Meeting]) -> Iterator[str]:
    for meeting in meetings:
        yield json.dumps(meeting_record(meeting), ensure_ascii=False) + "\n"
