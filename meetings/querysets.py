"""The read vocabulary: `Meeting.objects.visible().involving(lavrov, kerry).with_status("held")`."""

from datetime import date

from django.db import models
from django.db.models import Exists, OuterRef, Q

from meetings.normalize import name_key, surname_key


def _alias_query(term):
    """The aliases a name term matches: the full name or any alias, or a surname alone."""
    from meetings.models import Alias

    text = str(term).strip()
    key = name_key(text)
    return Alias.objects.filter(key=key) if " " in key else Alias.objects.filter(Q(key=key) | Q(surname=surname_key(text)))


def _person_ids_matching(term) -> list[int]:
    """Person ids for an id, a full name or any alias, or a surname alone.

    A name is looked up at once (one small query) and the ids go into the meeting query as values:
    PostgreSQL then knows how many meetings a person has (its statistics on participant.person_id) and
    walks the date index for the page of a much-met person, instead of sorting all their meetings.
    """
    from meetings.models import Person

    if isinstance(term, Person):
        return [term.pk]
    text = str(term).strip()
    if text.isascii() and text.isdigit():
        return [int(text)]
    return sorted(set(_alias_query(text).values_list("person_id", flat=True)))


class PersonQuerySet(models.QuerySet):
    def matching(self, term):
        """People an id, a name or an alias names (in the same query: a subquery)."""
        text = str(term.pk if hasattr(term, "pk") else term).strip()
        if text.isascii() and text.isdigit():
            return self.filter(pk=int(text))
        return self.filter(pk__in=_alias_query(text).values("person_id"))

    def search(self, text: str):
        """People any of whose aliases contains the text (case and diacritics folded)."""
        from meetings.models import Alias

        key = name_key(text)
        if not key:
            return self.none()
        return self.filter(Exists(Alias.objects.filter(person=OuterRef("pk"), key__contains=key)))


class MeetingQuerySet(models.QuerySet):
    def visible(self):
        return self.filter(rejected=False)

    def involving(self, *people):
        """Meetings in which every one of the given people (ids, names, aliases) took part."""
        from meetings.models import Participant

        qs = self
        for term in people:
            qs = qs.filter(Exists(Participant.objects.filter(meeting=OuterRef("pk"), person__in=_person_ids_matching(term))))
        return qs

    def involving_any(self, *people):
        from meetings.models import Participant

        ids = Q()
        for term in people:
            ids |= Q(person__in=_person_ids_matching(term))
        return self.filter(Exists(Participant.objects.filter(ids, meeting=OuterRef("pk"))))

    def with_country(self, *codes):
        from meetings.models import Participant

        codes = [c.upper() for c in codes]
        return self.filter(Exists(Participant.objects.filter(meeting=OuterRef("pk"), country__in=codes)))

    def with_status(self, *statuses):
        return self.filter(status__in=statuses)

    def between(self, start: date | None = None, end: date | None = None):
        """Meetings whose dates overlap [start, end]; undated meetings are left out when a bound is given."""
        qs = self
        if start:
            qs = qs.filter(Q(end_date__gte=start) | Q(end_date__isnull=True, start_date__gte=start))
        if end:
            qs = qs.filter(start_date__lte=end)
        return qs

    def upcoming(self, today: date):
        return self.filter(start_date__gte=today, status__in=["possible", "planned", "postponed"])

    def for_listing(self):
        """What every list shows, in a fixed number of queries whatever the page size."""
        from meetings.models import Participant

        return self.select_related("place").prefetch_related(
            models.Prefetch("participants", queryset=Participant.objects.select_related("person"))
        )


class ArticleQuerySet(models.QuerySet):
    def stuck(self, older_than):
        return self.filter(state__in=["pending", "processing"], state_changed_at__lt=older_than)


class ReportQuerySet(models.QuerySet):
    def newest_first(self):
        return self.order_by("-article__published", "-id")
