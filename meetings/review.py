"""The review queue: what most needs a human first. Reads only; the admin renders it."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Case, Count, F, IntegerField, OuterRef, Prefetch, Q, Subquery, Sum, Value, When

from meetings.models import Alias, Article, Meeting, Person, Report, ReviewFlag
from meetings.normalize import name_tokens

# How urgent each kind of flag is: conflicting reports mislead most, a new person least.
WEIGHTS = {
    ReviewFlag.Kind.CONFLICT: 8,
    ReviewFlag.Kind.WEAK_MERGE: 4,
    ReviewFlag.Kind.LOW_CONFIDENCE: 2,
    ReviewFlag.Kind.NEW_PERSON: 1,
}


def queue_meetings(*, kind: str | None = None):
    """Visible, unverified meetings with open flags, most urgent first: the sum of their flags' weights,
    then the least confident report, then the most recently reported."""
    weight = Case(*[When(flags__kind=k, then=Value(w)) for k, w in WEIGHTS.items()], default=Value(0), output_field=IntegerField())
    least_confident = Report.objects.filter(meeting=OuterRef("pk")).order_by("confidence").values("confidence")[:1]
    qs = Meeting.objects.visible().filter(verified=False, flags__resolved=False)
    if kind:
        qs = qs.filter(pk__in=ReviewFlag.objects.filter(kind=kind, resolved=False).values("meeting_id"))
    return (
        qs.annotate(urgency=Sum(weight), least_confidence=Subquery(least_confident))
        .order_by("-urgency", F("least_confidence").asc(nulls_last=True), F("last_reported").desc(nulls_last=True), "pk")
        .for_listing()
        .prefetch_related(Prefetch("flags", queryset=ReviewFlag.objects.filter(resolved=False).order_by("kind"), to_attr="open_flags"))
    )


def queue_counts() -> dict[str, int]:
    """Open flags per kind on meetings still waiting for a curator."""
    rows = (
        ReviewFlag.objects.filter(resolved=False, meeting__rejected=False, meeting__verified=False)
        .values("kind")
        .annotate(n=Count("pk"))
    )
    counts = {k: 0 for k in WEIGHTS}
    counts.update({r["kind"]: r["n"] for r in rows})
    return counts


@dataclass
class Lookalikes:
    """People recorded apart whose names may be one person's ("Sergei Lavrov" and "S. Lavrov")."""

    surname: str
    people: list[Person]


def _first_names_agree(a: list[str], b: list[str]) -> bool:
    fa, fb = a[:-1], b[:-1]
    if not fa or not fb:
        return True
    return fa[0][0] == fb[0][0]


def lookalike_people(*, limit: int = 20) -> list[Lookalikes]:
    """Groups of people who share an alias surname and whose first names (initials) do not contradict each other."""
    surnames = (
        Alias.objects.exclude(surname="")
        .values("surname")
        .annotate(n=Count("person", distinct=True))
        .filter(n__gt=1)
        .order_by("-n", "surname")
        .values_list("surname", flat=True)[: limit * 3]
    )
    by_surname: dict[str, dict[int, Person]] = defaultdict(dict)
    aliases = Alias.objects.filter(surname__in=list(surnames)).select_related("person")
    people_ids = set()
    for alias in aliases:
        by_surname[alias.surname][alias.person_id] = alias.person
        people_ids.add(alias.person_id)
    counts = dict(
        Person.objects.filter(pk__in=people_ids).annotate(n=Count("participations")).values_list("pk", "n")
    )
    groups = []
    for surname, people in sorted(by_surname.items()):
        found = list(people.values())
        # a different country is often what kept extraction from merging them: a human decides
        keep = [p for p in found if any(q.pk != p.pk and _first_names_agree(name_tokens(p.name), name_tokens(q.name)) for q in found)]
        if len(keep) > 1:
            for p in keep:
                p.meeting_count = counts.get(p.pk, 0)
            groups.append(Lookalikes(surname, sorted(keep, key=lambda p: (-p.meeting_count, p.pk))))
    return groups[:limit]


def failed_articles_count() -> int:
    return Article.objects.filter(Q(state=Article.State.FAILED)).count()
