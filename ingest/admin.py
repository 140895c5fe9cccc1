"""Feeds in the admin, and the one article action that belongs to ingest: re-running extraction.

ArticleAdmin is defined in `meetings/admin/sources.py` (articles are meetings' evidence); the re-run action
needs `ingest.services`, and meetings never imports ingest, so this app re-registers Article with a
subclass that adds the action. `meetings` comes before `ingest` in INSTALLED_APPS, so the base admin
is registered first.
"""

from django.contrib import admin, messages
from django.db import models
from django.db.models import Count
from django.utils import timezone
from django.utils.text import Truncator

from ingest import services
from ingest.models import Feed, FeedEntry
from meetings.admin import ArticleAdmin as BaseArticleAdmin
from meetings.models import Article


class ArticleAdmin(BaseArticleAdmin):
    actions = ["rerun_extraction"]

    @admin.action(description="Re-run extraction for selected articles", permissions=["change"])
    def rerun_extraction(self, request, queryset):
        """Back to pending and queued. Curated facts survive: reports return to the meetings a curator
        placed them on, and locked fields are never overwritten."""
        ids = services.articles_reprocess(article_ids=list(queryset.values_list("pk", flat=True)))
        skipped = queryset.count() - len(ids)
        text = f"Queued {len(ids)} article(s) for extraction."
        if skipped:
            text += f" {skipped} being processed right now were left alone."
        self.message_user(request, text, messages.SUCCESS)
        for article in queryset.filter(pk__in=ids):
            self.log_change(request, article, "re-ran extraction")


admin.site.unregister(Article)
admin.site.register(Article, ArticleAdmin)


@admin.register(Feed)
class FeedAdmin(admin.ModelAdmin):
    # a URL typed without a scheme is https (Django 6's default; saying it silences 5.x's warning)
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_display = ["__str__", "outlet", "active", "poll_interval_minutes", "last_polled_at", "next_poll_at", "entries_seen", "error_excerpt"]
    list_filter = ["active", "outlet"]
    search_fields = ["url", "title", "outlet"]
    readonly_fields = ["last_polled_at", "etag", "last_modified", "last_error", "created_at"]
    actions = ["poll_soon", "deactivate", "activate"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n_entries=Count("entries"))

    @admin.display(description="entries", ordering="n_entries")
    def entries_seen(self, feed):
        return feed.n_entries

    @admin.display(description="last error")
    def error_excerpt(self, feed):
        return Truncator(feed.last_error).chars(80)

    @admin.action(description="Poll at the next beat (within a minute)", permissions=["change"])
    def poll_soon(self, request, queryset):
        n = queryset.update(next_poll_at=timezone.now())
        self.message_user(request, f"{n} feed(s) will be polled at the next beat.", messages.SUCCESS)

    @admin.action(description="Stop polling", permissions=["change"])
    def deactivate(self, request, queryset):
        queryset.update(active=False)

    @admin.action(description="Resume polling", permissions=["change"])
    def activate(self, request, queryset):
        queryset.update(active=True, next_poll_at=timezone.now())


@admin.register(FeedEntry)
class FeedEntryAdmin(admin.ModelAdmin):
    list_display = ["guid", "feed", "article", "seen_at", "error"]
    list_select_related = ["feed", "article"]
    list_filter = ["feed"]
    search_fields = ["guid"]

    def get_readonly_fields(self, request, obj=None):
        return [f.name for f in FeedEntry._meta.fields]

    def has_add_permission(self, request):
        return False
