"""Reports (split off), articles (read-only evidence) and review flags in the admin."""

from __future__ import annotations

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Count
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator
from simple_history.admin import SimpleHistoryAdmin

from meetings.admin.common import fail, link
from meetings.admin.filters import ConfidenceFilter, ExtractorVersionFilter
from meetings.admin.meetings import ReportInline
from meetings.models import Article, Report, ReviewFlag
from meetings.services import curation
from meetings.services.curation import CurationError

# --- Reports ----------------------------------------------------------------------------------------


@admin.register(Report)
class ReportAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "article_link", "meeting_link", "status", "start_date", "confidence", "extractor_version", "pinned"]
    list_select_related = ["article", "meeting"]
    list_filter = ["status", ExtractorVersionFilter, ConfidenceFilter, "pinned", "mode"]
    search_fields = ["evidence", "article__title", "article__url", "occasion"]
    actions = ["split_off"]

    def get_readonly_fields(self, request, obj=None):
        return [f.name for f in Report._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description="article", ordering="article__published")
    def article_link(self, report):
        return link(report.article, Truncator(str(report.article)).chars(50))

    @admin.display(description="meeting", ordering="meeting")
    def meeting_link(self, report):
        return link(report.meeting)

    @admin.action(description="Split each selected report off into a meeting of its own", permissions=["change"])
    def split_off(self, request, queryset):
        done = []
        for report in queryset:
            try:
                done.append(curation.report_split(report=report, user=request.user))
            except CurationError as exc:
                fail(self, request, exc)
        if done:
            self.message_user(request, format_html("New meetings: {}", format_html_join(", ", "{}", ((link(m),) for m in done))))

    def get_urls(self):
        view = self.admin_site.admin_view(self.split_view)
        return [path("<int:report_id>/split/", view, name="meetings_report_split"), *super().get_urls()]

    def split_view(self, request, report_id):
        report = get_object_or_404(Report.objects.select_related("article", "meeting"), pk=report_id)
        if not self.has_change_permission(request, report):
            raise PermissionDenied
        if request.method == "POST":
            try:
                new = curation.report_split(report=report, user=request.user)
            except CurationError as exc:
                fail(self, request, exc)
                return HttpResponseRedirect(reverse("admin:meetings_meeting_change", args=[report.meeting_id]))
            self.message_user(request, format_html("Report split off into {}.", link(new)), messages.SUCCESS)
            return HttpResponseRedirect(reverse("admin:meetings_meeting_change", args=[new.pk]))
        context = {**self.admin_site.each_context(request), "title": "Split a report off", "opts": self.model._meta, "report": report}
        return TemplateResponse(request, "admin/meetings/report/split.html", context)




# --- Articles and flags -----------------------------------------------------------------------------


class ArticleReportInline(ReportInline):
    fk_name = "article"
    fields = ["meeting_link", "status", "dates", "place", "confidence", "evidence_excerpt", "merge_reason", "pinned", "split"]
    readonly_fields = fields

    def get_queryset(self, request):
        return Report.objects.select_related("meeting", "place")

    @admin.display(description="meeting")
    def meeting_link(self, report):
        return link(report.meeting)


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    """Read-only: articles are evidence. `ingest/admin.py` adds the re-run action."""

    # a URL typed without a scheme is https (Django 6's default; saying it silences 5.x's warning)
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    list_display = ["__str__", "outlet", "published", "state", "extractor_version", "n_reports", "error_excerpt"]
    list_filter = ["state", "extractor_version", "source", ("published", admin.DateFieldListFilter)]
    search_fields = ["title", "url", "outlet"]
    inlines = [ArticleReportInline]
    fieldsets = [
        (None, {"fields": ["title", "url", "outlet", ("published", "published_precision"), "source"]}),
        ("Processing", {"fields": [("state", "attempts"), "error", "extractor_version", ("created_at", "processed_at")]}),
        ("Text", {"fields": ["clean_text"], "classes": ["collapse"]}),
    ]

    def get_readonly_fields(self, request, obj=None):
        return [f.name for f in Article._meta.fields]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(report_count=Count("reports"))

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser

    @admin.display(description="reports", ordering="report_count")
    def n_reports(self, article):
        return article.report_count

    @admin.display(description="error")
    def error_excerpt(self, article):
        return Truncator(article.error).chars(80)


@admin.register(ReviewFlag)
class ReviewFlagAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "meeting_link", "kind", "detail", "resolved", "created_at"]
    list_select_related = ["meeting"]
    list_filter = ["resolved", "kind"]
    search_fields = ["detail"]
    actions = ["resolve"]

    def get_readonly_fields(self, request, obj=None):
        return [f.name for f in ReviewFlag._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description="meeting", ordering="meeting")
    def meeting_link(self, flag):
        return link(flag.meeting)

    @admin.action(description="Resolve selected flags", permissions=["change"])
    def resolve(self, request, queryset):
        n = curation.flags_resolve(flags=queryset, user=request.user)
        self.message_user(request, f"Resolved {n} flag(s).", messages.SUCCESS)
