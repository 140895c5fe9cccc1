"""Reads that go beyond one QuerySet chain: counts per person and place, and a pair's encounters."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Count, Prefetch, Q, QuerySet

from meetings.filters import order_meetings
from meetings.models import Meeting, Participant, Person, Place, RoleSpell, Status, StatusStep


def people_for_listing() -> QuerySet[Person]:
    return Person.objects.order_by("name", "id")


def people_count_meetings(people: list[Person]) -> list[Person]:
    """Set `meeting_count` (visible meetings) on a page of people: one query, whatever the size of the table."""
    counts = dict(
        Participant.objects.filter(person__in=[p.pk for p in people], meeting__rejected=False)
        .values_list("person")
        .annotate(n=Count("id"))
        .order_by()
    )
    for person in people:
        person.meeting_count = counts.get(person.pk, 0)
    return people


def people_for_detail() -> QuerySet[Person]:
    """A person with aliases, roles over time and a count of visible meetings, in all and per status."""
    visible = Q(participations__meeting__rejected=False)
    per_status = {
        f"meetings_{s}": Count("participations", filter=visible & Q(participations__meeting__status=s)) for s in Status.values
    }
    return Person.objects.annotate(meeting_count=Count("participations", filter=visible), **per_status).prefetch_related(
        "aliases", Prefetch("roles", queryset=RoleSpell.objects.order_by("first_seen", "role", "id"))
    )


def places_for_listing() -> QuerySet[Place]:
    return Place.objects.order_by("name", "id")


def places_count_meetings(places: list[Place]) -> list[Place]:
    """Set `meeting_count` (visible meetings held there) on a page of places, in one query."""
    counts = dict(
        Meeting.objects.visible().filter(place__in=[p.pk for p in places]).values_list("place").annotate(n=Count("id")).order_by()
    )
    for place in places:
        place.meeting_count = counts.get(place.pk, 0)
    return places


def meetings_for_detail(qs: QuerySet[Meeting]) -> QuerySet[Meeting]:
    """A meeting with its participants, status trail and every report with its article."""
    from meetings.models import Report

    return qs.for_listing().prefetch_related(
        Prefetch("trail", queryset=StatusStep.objects.select_related("report__article").order_by("date", "id")),
        Prefetch("reports", queryset=Report.objects.select_related("article", "place").order_by("article__published", "id")),
    )


@dataclass
class Encounters:
    """A pair's meetings: the counts and the first and last dated meetings over all of them, and
    `meetings` (every meeting, in date order, as a query: the API serves it a page at a time)."""

    person: Person
    others: list[Person]
    meetings: QuerySet
    by_status: dict[str, int] = field(default_factory=dict)
    first: Meeting | None = None
    last: Meeting | None = None
    page: list[Meeting] = field(default_factory=list)  # the page of `meetings` served
    next: str | None = None
    previous: str | None = None

    @property
    def count(self) -> int:
        return sum(self.by_status.values())


def person_encounters(*, person: Person, other: str, include_rejected: bool = False) -> Encounters | None:
    """Every meeting of `person` with whoever `other` names (id, name or alias), in date order.

    None when `other` names nobody we know. The counts and the first and last dated meetings are read
    with aggregate queries, so a pair with a thousand meetings costs the same as one with three.
    """
    others = list(Person.objects.matching(other).exclude(pk=person.pk).order_by("name", "id"))
    if not others:
        return None
    qs = Meeting.objects.all() if include_rejected else Meeting.objects.visible()
    pair = qs.involving(person.pk).involving_any(*others)
    by_status = dict.fromkeys(Status.values, 0)
    for status, n in pair.order_by().values_list("status").annotate(n=Count("pk")):
        by_status[status] = n
    dated = pair.filter(start_date__isnull=False)
    # the ids first, then the two meetings by id: an OR of two subqueries would scan every meeting
    ends = [dated.order_by(*order).values_list("pk", flat=True).first() for order in (("start_date", "id"), ("-start_date", "-id"))] \
        if any(by_status.values()) else []
    found = {m.pk: m for m in Meeting.objects.filter(pk__in=[e for e in ends if e]).for_listing()} if any(ends) else {}
    first = min(found.values(), key=lambda m: (m.start_date, m.pk), default=None)
    last = max(found.values(), key=lambda m: (m.start_date, m.pk), default=None)
    return Encounters(
        person=person, others=others, meetings=order_meetings(pair.for_listing(), "date"), by_status=by_status, first=first, last=last
    )
