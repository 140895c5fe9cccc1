"""Query-string filters of the read API, spoken in the QuerySet vocabulary (`involving`, `between`, ...)."""

from __future__ import annotations

from django import forms
from django.db.models import Exists, F, OuterRef, Q
from django.utils import timezone
from django_filters import rest_framework as filters

from meetings.models import Alias, Meeting, Mode, Participant, Person, Place, Report, Status
from meetings.normalize import name_key, place_key


def _clean(value) -> str:
    # NUL cannot go into a PostgreSQL query and means nothing in a name: dropped, not an error
    return str(value).replace("\x00", "").strip()


def person_term(text: str) -> str:
    """A term `Meeting.objects.involving()` can take: digits that are not ASCII ("²") would not parse as an id."""
    return "0" if text.isdigit() and not text.isascii() else text  # no person has id 0


class _TextField(forms.CharField):
    default_validators = []

    def to_python(self, value):
        return _clean(super().to_python(value or ""))

    def run_validators(self, value):
        return None  # Django's null-character validator: NULs are already gone


class _TextListField(forms.MultipleChoiceField):
    """A repeatable free-text parameter: `?participant=Lavrov&participant=Kerry` gives both values; blanks are dropped."""

    def to_python(self, value):
        return [v for v in (_clean(x) for x in super().to_python(value)) if v]

    def valid_value(self, value):
        return True


class _BooleanField(forms.NullBooleanField):
    """`true`/`false` (or 1/0); anything else is an error rather than a filter silently left out."""

    def to_python(self, value):
        text = "" if value is None else str(value).strip().lower()
        if not text:
            return None
        if text in ("true", "1"):
            return True
        if text in ("false", "0"):
            return False
        raise forms.ValidationError("true or false")

    def validate(self, value):
        pass


class BooleanFilter(filters.BooleanFilter):
    field_class = _BooleanField

    def __init__(self, *args, **kwargs):
        kwargs["widget"] = forms.TextInput  # django-filter's BooleanWidget turns unknown words into "no filter"
        super().__init__(*args, **kwargs)


class TextFilter(filters.CharFilter):
    field_class = _TextField


class TextListFilter(filters.MultipleChoiceFilter):
    field_class = _TextListField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("choices", [])
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):  # only ever called through `method`
        return qs


ORDERINGS = {
    "date": (F("start_date").asc(nulls_last=True), "id"),
    "-date": (F("start_date").desc(nulls_last=True), "-id"),
    "updated": ("updated_at", "id"),
    "-updated": ("-updated_at", "-id"),
}


def order_meetings(qs, ordering: str | None):
    """Undated meetings come last in both directions, on SQLite and PostgreSQL alike."""
    return qs.order_by(*ORDERINGS.get(ordering or "date", ORDERINGS["date"]))


class MeetingFilter(filters.FilterSet):
    participant = TextListFilter(
        method="filter_participant", help_text="person id, name or any alias; repeat it for meetings of all of them"
    )
    participant_any = TextListFilter(method="filter_participant_any", help_text="meetings of any of these people")
    country = TextListFilter(method="filter_country", help_text="ISO alpha-2 code of any participant; repeatable")
    # a plain IN over the meeting's own column: no DISTINCT needed (django-filter adds one by default)
    status = filters.MultipleChoiceFilter(choices=Status.choices, distinct=False, help_text="one or more statuses")
    mode = filters.ChoiceFilter(choices=Mode.choices)
    date_from = filters.DateFilter(method="filter_date_from", help_text="meetings that end on or after this date")
    date_to = filters.DateFilter(method="filter_date_to", help_text="meetings that start on or before this date")
    place = TextFilter(method="filter_place", help_text="place id or name; a country name includes its cities")
    occasion = TextFilter(field_name="occasion", lookup_expr="icontains")
    verified = BooleanFilter()
    upcoming = BooleanFilter(method="filter_upcoming", help_text="from today on, still possible, planned or postponed")
    q = TextFilter(method="filter_text", help_text="text in participants' names, places, occasions or evidence")
    ordering = filters.ChoiceFilter(
        choices=[(k, k) for k in ORDERINGS], method="filter_ordering", help_text="date (default), -date, updated, -updated"
    )

    class Meta:
        model = Meeting
        fields = []

    def filter_participant(self, qs, name, value: list[str]):
        return qs.involving(*map(person_term, value)) if value else qs

    def filter_participant_any(self, qs, name, value: list[str]):
        return qs.involving_any(*map(person_term, value)) if value else qs

    def filter_country(self, qs, name, value: list[str]):
        return qs.with_country(*value) if value else qs

    def filter_date_from(self, qs, name, value):
        return qs.between(start=value)

    def filter_date_to(self, qs, name, value):
        return qs.between(end=value)

    def filter_place(self, qs, name, value):
        text = value
        if text.isascii() and text.isdigit():
            return qs.filter(place_id=int(text))
        key = place_key(text)
        if not key:
            return qs.none()
        countries = Place.objects.filter(key=key, kind=Place.Kind.COUNTRY).exclude(country="").values("country")
        return qs.filter(Q(place__key=key) | Q(place__country__in=countries))

    def filter_upcoming(self, qs, name, value):
        today = timezone.localdate()
        return qs.upcoming(today) if value else qs.exclude(pk__in=Meeting.objects.upcoming(today).values("pk"))

    def filter_text(self, qs, name, value):
        text = value
        key = name_key(text)
        people = Participant.objects.filter(
            meeting=OuterRef("pk"), person__in=Alias.objects.filter(key__contains=key).values("person_id")
        )
        return qs.filter(
            (Q(Exists(people)) if key else Q(pk__in=[]))
            | Q(place__name__icontains=text)
            | Q(occasion__icontains=text)
            | Q(Exists(Report.objects.filter(meeting=OuterRef("pk"), evidence__icontains=text)))
        )

    def filter_ordering(self, qs, name, value):
        return order_meetings(qs, value)


class PersonFilter(filters.FilterSet):
    search = TextFilter(method="filter_search", help_text="text in any alias (case and diacritics folded)")
    country = TextFilter(field_name="country", lookup_expr="iexact", help_text="ISO alpha-2 code")

    class Meta:
        model = Person
        fields = []

    def filter_search(self, qs, name, value):
        return qs.search(value)


class PlaceFilter(filters.FilterSet):
    search = TextFilter(method="filter_search", help_text="text in the place's name")
    country = TextFilter(field_name="country", lookup_expr="iexact", help_text="ISO alpha-2 code")
    kind = filters.ChoiceFilter(choices=Place.Kind.choices)

    class Meta:
        model = Place
        fields = []

    def filter_search(self, qs, name, value):
        key = place_key(value)
        return qs.filter(key__contains=key) if key else qs
