"""What curators do by hand: the only write path of the admin, the API and tasks for curated changes.

Every change is saved row by row (never `QuerySet.update`) so that django-simple-history records who
made it (`user`) and why (the change reason); every field set by hand is locked against re-extraction
(`Meeting.locked_fields`, spared by `meeting_refresh`); every report a curator placed is pinned, so a
re-run of its article puts it back on the same meeting.
"""

from __future__ import annotations

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from meetings.models import Alias, Meeting, Participant, Person, Place, Report, ReviewFlag, StatusStep
from meetings.normalize import name_key, place_key, surname_key
from meetings.services.reports import meeting_refresh


class CurationError(ValueError):
    """The change cannot be made; the message says why, in words a curator understands."""


def _audit(obj, user, reason: str):
    """Tell simple-history who made the next save or delete of `obj`, and why."""
    if user is not None and getattr(user, "is_authenticated", False):
        obj._history_user = user
    obj._change_reason = reason[:100]
    obj._history_curated = True  # see meetings.models.CuratedHistory
    return obj


def _save(obj, user, reason: str, fields: list[str] | None = None) -> None:
    _audit(obj, user, reason)
    obj.save(update_fields=fields) if fields else obj.save()


def _delete(obj, user, reason: str) -> None:
    _audit(obj, user, reason)
    obj.delete()


def _lock(meeting: Meeting, *fields: str) -> None:
    meeting.locked_fields = sorted(set(meeting.locked_fields or []) | set(fields))


def _pin(reports, user, reason: str) -> None:
    for report in reports:
        if not report.pinned:
            report.pinned = True
            _save(report, user, reason, ["pinned"])


def flags_resolve(*, flags, user=None, reason: str = "resolved by a curator") -> int:
    """Mark review flags as dealt with; returns how many were open."""
    n = 0
    for flag in flags:
        if not flag.resolved:
            flag.resolved = True
            _save(flag, user, reason, ["resolved"])
            n += 1
    return n


# --- Meetings ---------------------------------------------------------------------------------------


@transaction.atomic
def meeting_verify(*, meeting: Meeting, user=None) -> Meeting:
    """A curator confirms the meeting as it stands; its open flags are resolved."""
    meeting.verified = True
    _save(meeting, user, "verified", ["verified", "updated_at"])
    flags_resolve(flags=meeting.flags.filter(resolved=False), user=user, reason="meeting verified")
    return meeting


@transaction.atomic
def meeting_reject(*, meeting: Meeting, user=None) -> Meeting:
    """A false positive: hidden from the timeline and API, kept for audit.

    Its reports are pinned to it, so a re-run of the same article puts them back here (still rejected)
    instead of creating the meeting again.
    """
    meeting.rejected = True
    meeting.verified = False
    _save(meeting, user, "rejected as a false positive", ["rejected", "verified", "updated_at"])
    _pin(meeting.reports.all(), user, f"pinned to rejected meeting {meeting.pk}")
    flags_resolve(flags=meeting.flags.filter(resolved=False), user=user, reason="meeting rejected")
    return meeting


@transaction.atomic
def meeting_restore(*, meeting: Meeting, user=None) -> Meeting:
    """Undo a rejection."""
    meeting.rejected = False
    _save(meeting, user, "restored after rejection", ["rejected", "updated_at"])
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
    clear_place: bool = False,
    occasion: str | None = None,
    mode: str | None = None,
    topic: str | None = None,
    participants: list[tuple[Person | None, str, str]] | None = None,
    note: str = "",
) -> Meeting:
    """Set fields by hand; each one set is locked so that extraction never overwrites it.

    `participants` replaces the meeting's participants: (person, role, country) each, person None for
    a party known only by country.
    """
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    changed = []
    if status is not None:
        if status != meeting.status:
            meeting.status = status
            StatusStep.objects.create(
                meeting=meeting, date=timezone.localdate(), status=status, curator=user if _real(user) else None,
                note=(note or "set by a curator")[:300],
            )
        _lock(meeting, "status")
        changed.append("status")
    if start_date is not None or end_date is not None:
        meeting.start_date = start_date or end_date
        meeting.end_date = end_date or start_date
        meeting.date_precision = date_precision or "day"
        _lock(meeting, "dates")
        changed.append("dates")
    if place is not None or clear_place:
        meeting.place = place
        _lock(meeting, "place")
        changed.append("place")
    for name, value in (("occasion", occasion), ("mode", mode)):
        if value is not None:
            setattr(meeting, name, value)
            _lock(meeting, name)
            changed.append(name)
    if topic is not None:  # not derived from reports: nothing to lock
        meeting.topic = topic
        changed.append("topic")
    if participants is not None:
        check_participants(participants)
        _lock(meeting, "participants")
        changed.append("participants")
    try:
        meeting.full_clean(exclude=["locked_fields"])
    except ValidationError as exc:
        raise CurationError("; ".join(exc.messages)) from None
    _save(meeting, user, ("set by hand: " + ", ".join(changed)) if changed else "saved by a curator")
    if participants is not None:
        for row in meeting.participants.all():
            _delete(row, user, "participants set by hand")
        for person, role, country in participants:
            row = Participant(meeting=meeting, person=person, role=role or "", country=(country or "").upper())
            _save(row, user, "participants set by hand")
    return meeting


def _real(user) -> bool:
    return user is not None and getattr(user, "is_authenticated", False)


def check_participants(participants) -> None:
    """Raise CurationError unless every participant is a person or a country, each listed once."""
    people, countries = set(), set()
    for person, _role, country in participants:
        if person is None and not country:
            raise CurationError("a participant needs a person or a country")
        if person is not None:
            if person.pk in people:
                raise CurationError(f"{person} is listed twice")
            people.add(person.pk)
        elif country.upper() in countries:
            raise CurationError(f"the unnamed party of {country.upper()} is listed twice")
        else:
            countries.add(country.upper())


@transaction.atomic
def meeting_set_locks(*, meeting: Meeting, fields: list[str], user=None) -> Meeting:
    """Lock exactly these fields; a field unlocked is handed back to extraction and derived from the
    reports again at once."""
    unknown = set(fields) - set(Meeting.LOCKABLE)
    if unknown:
        raise CurationError("cannot lock " + ", ".join(sorted(unknown)))
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    before = set(meeting.locked_fields or [])
    if before == set(fields):
        return meeting
    meeting.locked_fields = sorted(fields)
    released, added = sorted(before - set(fields)), sorted(set(fields) - before)
    reason = "; ".join(filter(None, ["locked " + ", ".join(added) if added else "", "unlocked " + ", ".join(released) if released else ""]))
    _save(meeting, user, reason, ["locked_fields", "updated_at"])
    return (meeting_refresh(meeting=meeting) or meeting) if released else meeting


# Meeting fields a curator locks, and the model fields each one stands for.
_LOCKED_VALUES = {
    "status": ["status"],
    "dates": ["start_date", "end_date", "date_precision"],
    "place": ["place"],
    "occasion": ["occasion"],
    "mode": ["mode"],
}


@transaction.atomic
def meeting_merge(*, target: Meeting, others: list[Meeting], user=None) -> Meeting:
    """Fold other meetings into `target`: their reports move over (pinned, so they stay there on re-runs),
    what a curator set by hand on them is kept, and the status trail is recomputed."""
    others = [o for o in others if o.pk != target.pk]
    if not others:
        raise CurationError("choose at least two meetings to merge")
    target = Meeting.objects.select_for_update().get(pk=target.pk)
    locked_here = set(target.locked_fields or [])
    for other in Meeting.objects.filter(pk__in=[o.pk for o in others]).select_related("place").order_by("pk"):
        reason = f"merged meeting {other.pk} into {target.pk}"
        for report in other.reports.all():
            report.meeting, report.pinned = target, True
            report.merge_reason = f"merged by a curator from meeting {other.pk}"
            _save(report, user, reason, ["meeting", "pinned", "merge_reason"])
        # a value a curator set on the other meeting survives unless the target has its own
        for lock in other.locked_fields or []:
            if lock in _LOCKED_VALUES and lock not in locked_here:
                for field in _LOCKED_VALUES[lock]:
                    setattr(target, field, getattr(other, field))
        if "participants" in (other.locked_fields or []):
            _carry_participants(other, target, user, reason)
        target.locked_fields = sorted(locked_here | set(target.locked_fields or []) | set(other.locked_fields or []))
        locked_here = set(target.locked_fields)
        target.verified = target.verified or other.verified
        target.topic = target.topic or other.topic
        for step in other.trail.filter(curator__isnull=False):
            step.meeting = target
            step.save(update_fields=["meeting"])
        _delete(other, user, reason)
    _save(target, user, "merged " + ", ".join(str(o.pk) for o in others) + " into this meeting")
    _pin(target.reports.all(), user, f"placed on meeting {target.pk} by a merge")
    flags_resolve(flags=target.flags.filter(kind=ReviewFlag.Kind.WEAK_MERGE, resolved=False), user=user, reason="merged by a curator")
    return meeting_refresh(meeting=target)


def _carry_participants(other: Meeting, target: Meeting, user, reason: str) -> None:
    have = {(p.person_id, p.country if p.person_id is None else "") for p in target.participants.all()}
    for row in other.participants.all():
        key = (row.person_id, row.country if row.person_id is None else "")
        if key not in have:
            have.add(key)
            row.meeting = target
            _save(row, user, reason, ["meeting"])


@transaction.atomic
def report_split(*, report: Report, user=None) -> Meeting:
    """Move one report onto a meeting of its own; re-runs keep it apart."""
    report = Report.objects.select_related("meeting").get(pk=report.pk)
    source = report.meeting
    if source.reports.count() < 2:
        raise CurationError(f"report {report.pk} is the only report of meeting {source.pk}: nothing to split it from")
    new = Meeting(status=report.status, mode=report.mode)
    _save(new, user, f"split report {report.pk} off meeting {source.pk}")
    report.meeting, report.pinned = new, True
    report.merge_reason = f"split off meeting {source.pk} by a curator"
    _save(report, user, f"split off meeting {source.pk}", ["meeting", "pinned", "merge_reason"])
    _pin(source.reports.all(), user, f"kept on meeting {source.pk} by a split")
    meeting_refresh(meeting=source)
    return meeting_refresh(meeting=new)


# --- People and places ------------------------------------------------------------------------------


@transaction.atomic
def person_merge(*, target: Person, others: list[Person], user=None) -> Person:
    """One real person recorded twice: aliases, roles and participations move to `target`, reports name
    `target`, and meetings that now coincide (same people, compatible dates and place) are merged."""
    from meetings.services.matching import match_score
    from meetings.services.reports import _meeting_candidate

    others = [o for o in others if o.pk != target.pk]
    if not others:
        raise CurationError("choose at least two people to merge")
    affected: set[int] = set()
    for other in Person.objects.filter(pk__in=[o.pk for o in others]):
        reason = f"merged person {other.pk} into {target.pk}"
        spellings = set(target.aliases.values_list("name", flat=True))
        for alias in other.aliases.all():
            if alias.name not in spellings:
                alias.person = target
                _save(alias, user, reason, ["person"])
        for spell in other.roles.all():
            mine = target.roles.filter(role=spell.role, country=spell.country).first()
            if mine is None:
                spell.person = target
                _save(spell, user, reason, ["person"])
            else:
                seen = [d for d in (mine.first_seen, mine.last_seen, spell.first_seen, spell.last_seen) if d]
                mine.first_seen, mine.last_seen = (min(seen), max(seen)) if seen else (None, None)
                _save(mine, user, reason, ["first_seen", "last_seen"])
        for part in other.participations.all():
            affected.add(part.meeting_id)
            if target.participations.filter(meeting_id=part.meeting_id).exists():
                _delete(part, user, reason)
            else:
                part.person = target
                _save(part, user, reason, ["person"])
        # a prefilter on the stored JSON text; the exact test is below
        for report in Report.objects.filter(participants__icontains=f'"person_id": {other.pk}'):
            parts, seen_ids = [], set()
            for p in report.participants:
                pid = target.pk if p.get("person_id") == other.pk else p.get("person_id")
                if pid and pid in seen_ids:
                    continue
                seen_ids.add(pid)
                parts.append(dict(p, person_id=pid))
            if parts != report.participants:
                report.participants = parts
                _save(report, user, reason, ["participants"])
        target.country = target.country or other.country
        target.role = target.role or other.role
        _delete(other, user, reason)
    _save(target, user, "merged " + ", ".join(str(o.pk) for o in others) + " into this person")
    _merge_coinciding(affected, target, user, match_score, _meeting_candidate)
    flags_resolve(
        flags=ReviewFlag.objects.filter(kind=ReviewFlag.Kind.NEW_PERSON, meeting_id__in=affected, resolved=False),
        user=user, reason="people merged by a curator",
    )
    return target


def _merge_coinciding(meeting_ids: set[int], person: Person, user, match_score, candidate) -> None:
    """Merge each of these meetings with any other meeting of `person` it now coincides with."""
    meetings = list(
        Meeting.objects.involving(person).visible().select_related("place").prefetch_related("participants").order_by("pk")
    )
    merged: set[int] = set()
    for a in meetings:
        if a.pk in merged:
            continue
        dupes = [
            b for b in meetings
            if b.pk > a.pk and b.pk not in merged and (a.pk in meeting_ids or b.pk in meeting_ids)
            and b.mode == a.mode and match_score(candidate(b), None, candidate(a))
        ]
        if dupes:
            merged.update(b.pk for b in dupes)
            meeting_merge(target=a, others=dupes, user=user)


@transaction.atomic
def person_set_fields(*, person: Person, user=None, name: str | None = None, country: str | None = None, role: str | None = None) -> Person:
    """Add or correct a person by hand; every name given is kept as an alias, so articles that use it
    resolve to this person."""
    adding = person.pk is None
    changed = []
    if name is not None and name.strip() and (adding or name.strip() != person.name):
        if not name_key(name):
            raise CurationError("a name needs at least one letter")
        person.name, person.name_key = name.strip(), name_key(name)
        changed.append("name")
    if country is not None and country.upper() != person.country:
        person.country = country.upper()
        changed.append("country")
    if role is not None and role != person.role:
        person.role = role
        changed.append("role")
    # locked: what articles say later does not overwrite it (person_resolve reads Person.locked_fields)
    person.locked_fields = sorted(set(person.locked_fields or []) | set(changed))
    _save(person, user, "added by a curator" if adding else "edited by a curator: " + ", ".join(changed))
    person_add_alias(person=person, name=person.name, user=user)
    return person


@transaction.atomic
def person_add_alias(*, person: Person, name: str, user=None) -> Alias:
    name = name.strip()
    if not name_key(name):
        raise CurationError("an alias needs at least one letter")
    alias = Alias.objects.filter(person=person, name=name).first()
    if alias is None:
        alias = Alias(person=person, name=name, key=name_key(name), surname=surname_key(name))
        _save(alias, user, "alias added by a curator")
    return alias


@transaction.atomic
def alias_delete(*, alias: Alias, user=None) -> None:
    if alias.person.aliases.count() < 2:
        raise CurationError(f"{alias.name} is the last alias of {alias.person}: a person needs one")
    _delete(alias, user, "alias removed by a curator")


@transaction.atomic
def place_save(*, place: Place, user=None) -> Place:
    """Create or correct a place by hand; its lookup key follows its name."""
    clash = place_clash(place=place)
    if clash is not None:
        raise CurationError(f"{clash} (place {clash.pk}) already exists")
    _save(place, user, "edited by a curator" if place.pk else "added by a curator")
    return place


def place_clash(*, place: Place) -> Place | None:
    """Another place with this one's name, country and kind (normalises the key and country in passing)."""
    place.key = place_key(place.name)
    place.country = (place.country or "").upper()
    return Place.objects.filter(key=place.key, country=place.country, kind=place.kind).exclude(pk=place.pk).first()


__all__ = [
    "CurationError",
    "alias_delete",
    "check_participants",
    "flags_resolve",
    "meeting_merge",
    "meeting_reject",
    "meeting_restore",
    "meeting_set_fields",
    "meeting_set_locks",
    "meeting_verify",
    "person_add_alias",
    "person_merge",
    "person_set_fields",
    "place_clash",
    "place_save",
    "report_split",
]
