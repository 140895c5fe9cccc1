"""List filters of the curation admin: visibility, country, extractor version, confidence, open flags."""

from __future__ import annotations

from django.contrib import admin
from django.db.models import Exists, OuterRef, Q

from meetings.models import Participant, Report, ReviewFlag

# --- Filters ----------------------------------------------------------------------------------------


class VisibilityFilter(admin.SimpleListFilter):
    """Rejected meetings are hidden here too unless asked for: they are kept for audit only."""

    title = "visibility"
    parameter_name = "shown"

    def lookups(self, request, model_admin):
        return [("rejected", "rejected only"), ("all", "all, rejected included")]

    def choices(self, changelist):
        yield {
            "selected": self.value() is None,
            "query_string": changelist.get_query_string(remove=[self.parameter_name]),
            "display": "visible (not rejected)",
        }
        for value, label in self.lookup_choices:
            yield {
                "selected": self.value() == value,
                "query_string": changelist.get_query_string({self.parameter_name: value}),
                "display": label,
            }

    def queryset(self, request, queryset):
        if self.value() == "rejected":
            return queryset.filter(rejected=True)
        if self.value() == "all":
            return queryset
        return queryset.visible()


class CountryFilter(admin.SimpleListFilter):
    title = "participant country"
    parameter_name = "country"

    def lookups(self, request, model_admin):
        codes = Participant.objects.exclude(country="").order_by("country").values_list("country", flat=True).distinct()
        return [(c, c) for c in codes]

    def queryset(self, request, queryset):
        return queryset.with_country(self.value()) if self.value() else queryset


class ExtractorVersionFilter(admin.SimpleListFilter):
    title = "extractor version"
    parameter_name = "extractor"

    def lookups(self, request, model_admin):
        versions = Report.objects.order_by("extractor_version").values_list("extractor_version", flat=True).distinct()
        return [(v, v or "(none)") for v in versions]

    def queryset(self, request, queryset):
        if self.value() is None:
            return queryset
        if queryset.model is Report:
            return queryset.filter(extractor_version=self.value())
        return queryset.filter(Exists(Report.objects.filter(meeting=OuterRef("pk"), extractor_version=self.value())))


class ConfidenceFilter(admin.SimpleListFilter):
    """By the least confident report: one shaky source is enough to want a look."""

    title = "confidence"
    parameter_name = "confidence"
    LOW, HIGH = 0.5, 0.8

    def lookups(self, request, model_admin):
        return [("low", f"low (< {self.LOW})"), ("medium", f"medium ({self.LOW}–{self.HIGH})"), ("high", f"high (≥ {self.HIGH})")]

    def queryset(self, request, queryset):
        value = self.value()
        if value is None:
            return queryset
        if queryset.model is Report:
            ranges = {"low": Q(confidence__lt=self.LOW), "medium": Q(confidence__gte=self.LOW, confidence__lt=self.HIGH),
                      "high": Q(confidence__gte=self.HIGH)}
            return queryset.filter(ranges[value])
        below = lambda x: Exists(Report.objects.filter(meeting=OuterRef("pk"), confidence__lt=x))  # noqa: E731
        if value == "low":
            return queryset.filter(below(self.LOW))
        if value == "medium":
            return queryset.filter(below(self.HIGH)).exclude(below(self.LOW))
        return queryset.exclude(below(self.HIGH))


class FlagFilter(admin.SimpleListFilter):
    title = "needs review"
    parameter_name = "flag"

    def lookups(self, request, model_admin):
        return [("any", "any open flag"), *ReviewFlag.Kind.choices]

    def queryset(self, request, queryset):
        if self.value() is None:
            return queryset
        flags = ReviewFlag.objects.filter(meeting=OuterRef("pk"), resolved=False)
        if self.value() != "any":
            flags = flags.filter(kind=self.value())
        return queryset.filter(Exists(flags))
