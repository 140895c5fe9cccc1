"""Reads that go beyond one QuerySet chain: counts per person and place, and a pair's encounters."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Count, Prefetch, Q, QuerySet

from meetings.filters import order_meetings
from meetings.models import Meeting, Person, Place, RoleSpell, Status, StatusStep


def people_for_listing() -> QuerySet[Person]:
    """People with the number of visible meetings each took part in (one query with the page)."""
    return Person.objects.annotate(
        meeting_count=Count("participations", filter=Q(participations__meeting__rejected=False))
    ).order_by("name", "id")


def people_for_detail() -> QuerySet[Person]:
    """A person with aliases, roles over time and a count of visible meetings per status."""
    visible = Q(participations__meeting__rejected=False)
    per_status = {
        f"meetings_{s}": Count("participations", filter=visible & Q(participations__meeting__status=s)) for s in Status.values
    }
    return (
        people_for_listing()
        .annotate(**per_status)
        .prefetch_related("aliases", Prefetch("roles", queryset=RoleSpell.objects.order_by("first_seen", "role", "id")))
    )


def places_for_listing() -> QuerySet[Place]:
    return Place.objects.annotate(meeting_count=Count("meetings", filter=Q(meetings__rejected=False))).order_by("name", "id")


def meetings_for_detail(qs: QuerySet[Meeting]) -> QuerySet[Meeting]:
    """A meeting with its participants, status trail and every report with its article."""
    from meetings.models import Report

    return qs.for_listing().prefetch_related(
        Prefetch("trail", queryset=StatusStep.objects.select_related("report__article").order_by("date", "id")),
        Prefetch("reports", queryset=Report.objects.select_related("article", "place").order_by("article__published", "id")),
    )


@dataclass
class Encounters:
    person: Person
    others: list[Person]
    meetings: list[Meeting]
    by_status: dict[str, int] = field(default_factory=dict)

    @property
    def count(self) -> int:
        return len(self.meetings)

    @property
    def first(self) -> Meeting | None:
        dated = [m for m in self.meetings if m.start_date]
        return dated[0] if dated else None

    @property
    def last(self) -> Meeting | None:
        dated = [m for m in self.meetings if m.start_date]
        return dated[-1] if dated else None


def person_encounters(*, person: Person, other: str, include_rejected: bool = False) -> Encounters | None:
    """Every meeting of `person` with whoever `other` names (id, name or alias), in date order.

    None when `other` names nobody we know.
    """
    others = list(Person.objects.matching(other).exclude(pk=person.pk).order_by("name", "id"))
    if not others:
        return None
    qs = Meeting.objects.all() if include_rejected else Meeting.objects.visible()
    meetings = list(order_meetings(qs.involving(person.pk).involving_any(*others).for_listing(), "date"))
    by_status = dict.fromkeys(Status.values, 0)
    for meeting in meetings:
        by_status[meeting.status] += 1
    return Encounters(person=person, others=others, meetings=meetings, by_status=by_status)
