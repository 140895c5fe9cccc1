"""What curators do by hand. Each change is recorded (django-simple-history) and locked against re-runs."""

from __future__ import annotations

from datetime import date

from django.db import transaction

from meetings.models import Alias, Meeting, Participant, Person, Place, Report, ReviewFlag, StatusStep
from meetings.services.reports import meeting_refresh


def _lock(meeting: Meeting, *fields: str) -> None:
    meeting.locked_fields = sorted(set(meeting.locked_fields or []) | set(fields))


@transaction.atomic
def meeting_verify(*, meeting: Meeting, user=None) -> Meeting:
    meeting.verified = True
    meeting.save(update_fields=["verified", "updated_at"])
    meeting.flags.update(resolved=True)
    return meeting


@transaction.atomic
def meeting_reject(*, meeting: Meeting, user=None) -> Meeting:
    """A false positive: hidden from the timeline and API, kept for audit; re-runs keep it rejected."""
    meeting.rejected = True
    meeting.save(update_fields=["rejected", "updated_at"])
    meeting.reports.update(pinned=True)
    meeting.flags.update(resolved=True)
    return meeting


@transaction.atomic
def meeting_set_fields(
    *,
    meeting: Meeting,
    user=None,
    status: str | None = None,
    start_date: date | None = None,
    end_date: date | None = None,
    date_precision: str | None = None,
    place: Place | None = None,
    occasion: str | None = None,
    participants: list[tuple[Person | None, str, str]] | None = None,
    note: str = "",
) -> Meeting:
    """Set fields by hand; each one set is locked so extraction never overwrites it."""
    if status is not None and status != meeting.status:
        meeting.status = status
        _lock(meeting, "status")
        StatusStep.objects.create(meeting=meeting, date=date.today(), status=status, curator=user, note=note or "set by a curator")
    elif status is not None:
        _lock(meeting, "status")
    if start_date is not None or end_date is not None:
        meeting.start_date = start_date or end_date
        meeting.end_date = end_date or start_date
        meeting.date_precision = date_precision or "day"
        _lock(meeting, "dates")
    if place is not None:
        meeting.place = place
        _lock(meeting, "place")
    if occasion is not None:
        meeting.occasion = occasion
        _lock(meeting, "occasion")
    meeting.full_clean(exclude=["locked_fields"])
    meeting.save()
    if participants is not None:
        meeting.participants.all().delete()
        for person, role, country in participants:
            Participant.objects.create(meeting=meeting, person=person, role=role or "", country=(country or "").upper())
        _lock(meeting, "participants")
        meeting.save(update_fields=["locked_fields"])
    return meeting


@transaction.atomic
def meeting_merge(*, target: Meeting, others: list[Meeting], user=None) -> Meeting:
    """Fold other meetings into `target`: their reports move over and stay there on re-runs."""
    for other in others:
        if other.pk == target.pk:
            continue
        other.reports.update(meeting=target, pinned=True, merge_reason=f"merged by a curator from meeting {other.pk}")
        target.locked_fields = sorted(set(target.locked_fields) | set(other.locked_fields))
        target.verified = target.verified or other.verified
        other.delete()
    target.reports.update(pinned=True)
    target.save()
    return meeting_refresh(meeting=target)


@transaction.atomic
def report_split(*, report: Report, user=None) -> Meeting:
    """Move one report onto a meeting of its own; re-runs keep it apart."""
    source = report.meeting
    new = Meeting.objects.create(status=report.status, mode=report.mode)
    report.meeting = new
    report.pinned = True
    report.merge_reason = f"split off meeting {source.pk} by a curator"
    report.save(update_fields=["meeting", "pinned", "merge_reason"])
    source.reports.update(pinned=True)
    meeting_refresh(meeting=source)
    return meeting_refresh(meeting=new)


@transaction.atomic
def person_merge(*, target: Person, others: list[Person], user=None) -> Person:
    """One real person recorded twice: aliases and participations move to `target`; meetings that now
    coincide (same people, compatible dates) are merged."""
    from meetings.services.matching import match_score
    from meetings.services.reports import _meeting_candidate

    affected: set[int] = set()
    for other in others:
        if other.pk == target.pk:
            continue
        for alias in other.aliases.all():
            if not target.aliases.filter(name=alias.name).exists():
                alias.person = target
                alias.save(update_fields=["person"])
        for part in other.participations.all():
            affected.add(part.meeting_id)
            if target.participations.filter(meeting_id=part.meeting_id).exists():
                part.delete()
            else:
                part.person = target
                part.save(update_fields=["person"])
        for report in Report.objects.filter(participants__contains=[{"person_id": other.pk}]) if _json_contains() else Report.objects.all():
            parts = [dict(p, person_id=target.pk) if p.get("person_id") == other.pk else p for p in report.participants]
            if parts != report.participants:
                report.participants = parts
                report.save(update_fields=["participants"])
        other.delete()
    # meetings of the merged person that now describe the same real meeting
    meetings = list(Meeting.objects.filter(pk__in=affected).visible().select_related("place").prefetch_related("participants"))
    merged: set[int] = set()
    for i, a in enumerate(meetings):
        if a.pk in merged:
            continue
        dupes = []
        for b in meetings[i + 1 :]:
            if b.pk in merged or b.mode != a.mode:
                continue
            if match_score(_meeting_candidate(b), None, _meeting_candidate(a)):
                dupes.append(b)
                merged.add(b.pk)
        if dupes:
            meeting_merge(target=a, others=dupes, user=user)
    ReviewFlag.objects.filter(kind=ReviewFlag.Kind.NEW_PERSON, meeting_id__in=affected).update(resolved=True)
    return target


def _json_contains() -> bool:
    from django.db import connection

    return connection.vendor == "postgresql"


__all__ = ["meeting_merge", "meeting_reject", "meeting_set_fields", "meeting_verify", "person_merge", "report_split", "Alias"]
