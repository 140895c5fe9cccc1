"""Small helpers shared by the admin modules."""

from __future__ import annotations

from django.contrib import messages
from django.urls import reverse
from django.utils.html import format_html

from meetings.models import Meeting
from meetings.services.curation import CurationError


def link(obj, label=None):
    if obj is None:
        return "—"
    url = reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk])
    return format_html('<a href="{}">{}</a>', url, label or str(obj))


def when_text(meeting: Meeting) -> str:
    if not meeting.start_date:
        return "undated"
    if meeting.end_date and meeting.end_date != meeting.start_date:
        return f"{meeting.start_date:%Y-%m-%d}..{meeting.end_date:%m-%d}"
    fmt = {"month": "%Y-%m", "year": "%Y"}.get(meeting.date_precision, "%Y-%m-%d")
    return meeting.start_date.strftime(fmt)


def who_text(meeting: Meeting) -> str:
    return "; ".join(str(p) for p in meeting.participants.all())  # prefetched: for_listing()


def fail(modeladmin, request, exc: CurationError) -> None:
    modeladmin.message_user(request, str(exc), messages.ERROR)
