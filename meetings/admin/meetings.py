"""Meetings in the admin: the change page (saved through the curation services), the actions and the review queue."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import PermissionDenied
from django.db.models import Count, OuterRef, Subquery
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.text import Truncator
from simple_history.admin import SimpleHistoryAdmin

from meetings import review
from meetings.admin.common import fail, link, when_text, who_text
from meetings.admin.filters import ConfidenceFilter, CountryFilter, ExtractorVersionFilter, FlagFilter, VisibilityFilter
from meetings.models import Meeting, Participant, Place, Precision, Report, ReviewFlag, Status, StatusStep
from meetings.services import curation
from meetings.services.curation import CurationError

# --- Meetings ---------------------------------------------------------------------------------------


class ParticipantFormSet(forms.BaseInlineFormSet):
    def clean(self):
        super().clean()
        if any(self.errors):
            return
        rows = [
            (f.cleaned_data.get("person"), f.cleaned_data.get("role", ""), f.cleaned_data.get("country", ""))
            for f in self.forms
            if f.cleaned_data and not f.cleaned_data.get("DELETE")
        ]
        try:
            curation.check_participants(rows)
        except CurationError as exc:
            raise forms.ValidationError(str(exc)) from None
        self.participants = rows


class ParticipantInline(admin.TabularInline):
    """Editing participants locks them: saved through meeting_set_fields."""

    model = Participant
    formset = ParticipantFormSet
    fields = ["person", "role", "country"]
    autocomplete_fields = ["person"]
    extra = 1

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("person")


class ReportInline(admin.TabularInline):
    """The sources: read-only; a report on the wrong meeting is split off, not edited."""

    model = Report
    fk_name = "meeting"
    fields = ["source", "status", "dates", "place", "confidence", "evidence_excerpt", "merge_reason", "pinned", "split"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("article", "place")

    @admin.display(description="article")
    def source(self, report):
        a = report.article
        return format_html('{} <span class="quiet">{} {}</span>', link(a, Truncator(str(a)).chars(60)), a.outlet, a.published or "")

    @admin.display(description="dates")
    def dates(self, report):
        return when_text(report) if report.start_date else (report.date_text or "undated")

    @admin.display(description="evidence")
    def evidence_excerpt(self, report):
        return Truncator(report.evidence).chars(200)

    @admin.display(description="")
    def split(self, report):
        url = reverse("admin:meetings_report_split", args=[report.pk])
        return format_html('<a class="button split-link" href="{}">Split off</a>', url)


class StatusStepInline(admin.TabularInline):
    model = StatusStep
    fields = ["date", "status", "report", "curator", "note"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    verbose_name = "status step"
    verbose_name_plural = "status trail"

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("curator")


class ReviewFlagInline(admin.TabularInline):
    model = ReviewFlag
    fields = ["kind", "detail", "resolved", "created_at"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class MeetingForm(forms.ModelForm):
    locked = forms.MultipleChoiceField(
        choices=[(f, f) for f in Meeting.LOCKABLE],
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text="Locked fields are never overwritten by extraction. A field you change is locked; "
        "untick one to hand it back to the reports.",
    )

    class Meta:
        model = Meeting
        fields = ["status", "start_date", "end_date", "date_precision", "place", "occasion", "mode", "topic"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["locked"].initial = list(self.instance.locked_fields or [])


class SetFieldsForm(forms.Form):
    """The bulk "set by hand" action: what is filled in is set (and locked) on every selected meeting."""

    status = forms.ChoiceField(choices=[("", "— unchanged —"), *Status.choices], required=False)
    start_date = forms.DateField(required=False, help_text="YYYY-MM-DD")
    end_date = forms.DateField(required=False)
    date_precision = forms.ChoiceField(choices=Precision.choices, initial="day")
    place = forms.ModelChoiceField(
        Place.objects.all(), required=False, widget=AutocompleteSelect(Meeting._meta.get_field("place"), admin.site)
    )
    occasion = forms.CharField(required=False, max_length=300)

    def clean(self):
        data = super().clean()
        if data.get("start_date") and data.get("end_date") and data["start_date"] > data["end_date"]:
            raise forms.ValidationError("the end date is before the start date")
        return data


class MergeForm(forms.Form):
    target = forms.ModelChoiceField(queryset=None, widget=forms.RadioSelect, empty_label=None)

    def __init__(self, *args, queryset, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target"].queryset = queryset


@admin.register(Meeting)
class MeetingAdmin(SimpleHistoryAdmin):
    form = MeetingForm
    change_form_template = "admin/meetings/meeting/change_form.html"
    change_list_template = "admin/meetings/meeting/change_list.html"
    list_display = ["__str__", "when", "status", "who", "place", "occasion", "report_count", "confidence", "verified", "rejected", "locks"]
    list_display_links = ["__str__"]
    list_select_related = ["place"]
    list_filter = [
        VisibilityFilter, FlagFilter, "status", "verified", "mode", CountryFilter,
        ("start_date", admin.DateFieldListFilter), ExtractorVersionFilter, ConfidenceFilter,
    ]
    search_fields = ["occasion", "topic", "place__name", "participants__person__aliases__name", "reports__article__title"]
    autocomplete_fields = ["place"]
    readonly_fields = ["verified", "rejected", "report_count", "last_reported", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["status", ("start_date", "end_date", "date_precision"), "place", "occasion", "mode", "topic"]}),
        ("Curation", {"fields": ["locked", ("verified", "rejected"), ("report_count", "last_reported"), ("created_at", "updated_at")]}),
    ]
    inlines = [ParticipantInline, ReportInline, StatusStepInline, ReviewFlagInline]
    actions = ["verify", "reject", "restore", "merge_meetings", "set_fields"]
    list_per_page = 50

    def get_queryset(self, request):
        least = Report.objects.filter(meeting=OuterRef("pk")).order_by("confidence").values("confidence")[:1]
        return super().get_queryset(request).annotate(least_confidence=Subquery(least)).for_listing()

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        return actions

    def has_add_permission(self, request):
        return False  # meetings come from articles

    def has_delete_permission(self, request, obj=None):
        return False  # a false positive is rejected, kept for audit; a duplicate is merged

    @admin.display(description="when", ordering="start_date")
    def when(self, meeting):
        return when_text(meeting)

    @admin.display(description="participants")
    def who(self, meeting):
        return who_text(meeting)

    @admin.display(description="min. conf.", ordering="least_confidence")
    def confidence(self, meeting):
        value = getattr(meeting, "least_confidence", None)
        return "—" if value is None else f"{value:.2f}"

    @admin.display(description="locked")
    def locks(self, meeting):
        return ", ".join(meeting.locked_fields or []) or "—"

    # Saving the change form: every changed field goes through meeting_set_fields, which locks it.

    def save_model(self, request, obj, form, change):
        data, changed = form.cleaned_data, set(form.changed_data)
        kwargs = {}
        if "status" in changed:
            kwargs["status"] = data["status"]
        if changed & {"start_date", "end_date", "date_precision"}:
            kwargs.update(start_date=data["start_date"], end_date=data["end_date"], date_precision=data["date_precision"])
        if "place" in changed:
            kwargs.update(place=data["place"], clear_place=data["place"] is None)
        for name in ("occasion", "mode", "topic"):
            if name in changed:
                kwargs[name] = data[name]
        meeting = curation.meeting_set_fields(meeting=obj, user=request.user, **kwargs) if kwargs else obj
        if "locked" in changed:
            wanted = set(data["locked"]) | (set(meeting.locked_fields or []) - set(form.fields["locked"].initial or []))
            meeting = curation.meeting_set_locks(meeting=meeting, fields=sorted(wanted), user=request.user)
        obj.locked_fields = meeting.locked_fields

    def save_formset(self, request, form, formset, change):
        if formset.model is Participant and formset.has_changed():
            meeting = curation.meeting_set_fields(meeting=form.instance, participants=formset.participants, user=request.user)
            form.instance.locked_fields = meeting.locked_fields
        # the other inlines are read-only; the history of the services' saves is the change message
        formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []

    def response_change(self, request, obj):
        for button, service, done in (
            ("_verify", curation.meeting_verify, "verified"),
            ("_reject", curation.meeting_reject, "rejected as a false positive"),
            ("_restore", curation.meeting_restore, "restored"),
        ):
            if button in request.POST:
                service(meeting=obj, user=request.user)
                self.message_user(request, f"{obj} {done}.", messages.SUCCESS)
                return HttpResponseRedirect(request.path)
        return super().response_change(request, obj)

    # Actions

    @admin.action(description="Verify selected meetings", permissions=["change"])
    def verify(self, request, queryset):
        for meeting in queryset:
            curation.meeting_verify(meeting=meeting, user=request.user)
        self.message_user(request, f"Verified {len(queryset)} meeting(s).", messages.SUCCESS)

    @admin.action(description="Reject as false positive (hidden, kept for audit)", permissions=["change"])
    def reject(self, request, queryset):
        for meeting in queryset:
            curation.meeting_reject(meeting=meeting, user=request.user)
        self.message_user(request, f"Rejected {len(queryset)} meeting(s).", messages.SUCCESS)

    @admin.action(description="Restore rejected meetings", permissions=["change"])
    def restore(self, request, queryset):
        for meeting in queryset.filter(rejected=True):
            curation.meeting_restore(meeting=meeting, user=request.user)
        self.message_user(request, "Restored the rejected meetings among those selected.", messages.SUCCESS)

    @admin.action(description="Merge selected meetings…", permissions=["change"])
    def merge_meetings(self, request, queryset):
        queryset = queryset.annotate(n_reports=Count("reports")).order_by("-n_reports", "pk")  # already for_listing()
        meetings = list(queryset)
        if len(meetings) < 2:
            self.message_user(request, "Select at least two meetings to merge.", messages.WARNING)
            return None
        form = MergeForm(request.POST if "apply" in request.POST else None, queryset=queryset, initial={"target": meetings[0]})
        if form.is_valid():
            target = form.cleaned_data["target"]
            try:
                merged = curation.meeting_merge(target=target, others=[m for m in meetings if m.pk != target.pk], user=request.user)
            except CurationError as exc:
                return fail(self, request, exc)
            self.message_user(request, format_html("Merged {} meetings into {}.", len(meetings), link(merged)), messages.SUCCESS)
            return None
        return self._intermediate(request, "admin/meetings/meeting/merge.html", "Merge meetings", form, meetings, "merge_meetings")

    @admin.action(description="Set status, dates, place or occasion by hand…", permissions=["change"])
    def set_fields(self, request, queryset):
        form = SetFieldsForm(request.POST if "apply" in request.POST else None)
        if form.is_valid():
            d = form.cleaned_data
            kwargs = {"status": d["status"] or None, "place": d["place"], "occasion": d["occasion"] or None}
            if d["start_date"] or d["end_date"]:
                kwargs.update(start_date=d["start_date"], end_date=d["end_date"], date_precision=d["date_precision"])
            try:
                for meeting in queryset:
                    curation.meeting_set_fields(meeting=meeting, user=request.user, **kwargs)
            except CurationError as exc:
                return fail(self, request, exc)
            self.message_user(request, f"Set and locked on {len(queryset)} meeting(s).", messages.SUCCESS)
            return None
        meetings = list(queryset)
        return self._intermediate(request, "admin/meetings/meeting/set_fields.html", "Set fields by hand", form, meetings, "set_fields")

    def _intermediate(self, request, template, title, form, objects, action):
        context = {
            **self.admin_site.each_context(request),
            "title": title,
            "opts": self.model._meta,
            "form": form,
            "media": self.media + form.media,
            "objects": objects,
            "action": action,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "post_url": request.get_full_path(),
        }
        return TemplateResponse(request, template, context)

    # The review queue

    def get_urls(self):
        return [path("review/", self.admin_site.admin_view(self.review_view), name="meetings_meeting_review"), *super().get_urls()]

    def review_view(self, request):
        """What most needs a human first. Rows are verified or rejected in one click; the other actions
        are the changelist's, posted here so the curator comes back to the queue."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        if request.method == "POST":
            if not self.has_change_permission(request):
                raise PermissionDenied
            for button, service, done in (("quick_verify", curation.meeting_verify, "verified"),
                                          ("quick_reject", curation.meeting_reject, "rejected")):
                if request.POST.get(button):
                    meeting = get_object_or_404(Meeting, pk=request.POST[button])
                    service(meeting=meeting, user=request.user)
                    self.message_user(request, f"{meeting} {done}.", messages.SUCCESS)
                    return HttpResponseRedirect(request.get_full_path())
            response = self.response_action(request, queryset=self.get_queryset(request))
            return response or HttpResponseRedirect(request.get_full_path())
        kind = request.GET.get("kind") or None
        if kind not in ReviewFlag.Kind.values:
            kind = None
        meetings = list(review.queue_meetings(kind=kind)[:50])
        counts = review.queue_counts()
        action_form = self.action_form(auto_id=None)
        action_form.fields["action"].choices = self.get_action_choices(request)
        context = {
            **self.admin_site.each_context(request),
            "title": "Review queue",
            "opts": self.model._meta,
            "meetings": meetings,
            "kind": kind,
            "kinds": [(k, label, counts[k]) for k, label in ReviewFlag.Kind.choices],
            "total": sum(counts.values()),
            "lookalikes": review.lookalike_people(),
            "failed_articles": review.failed_articles_count(),
            "action_form": action_form,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "can_change": self.has_change_permission(request),
        }
        return TemplateResponse(request, "admin/meetings/review_queue.html", context)
