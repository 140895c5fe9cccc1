"""Polling RSS and Atom feeds: conditional GET through the safe fetcher, each entry ingested once."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import asdict, dataclass
from datetime import date, timedelta

import feedparser
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from ingest.fetch import FEED_TYPES, FetchError, fetch
from ingest.models import Feed, FeedEntry
from ingest.services import ArticleRejected, article_submit

logger = logging.getLogger(__name__)


@dataclass
class PollResult:
    polled: bool = True  # False: not due, inactive, or another poller got there first
    not_modified: bool = False
    new: int = 0  # entries seen for the first time and stored as articles
    seen: int = 0  # entries already seen on an earlier poll
    failed: int = 0  # new entries that could not be stored (recorded on their FeedEntry)
    error: str = ""

    def as_dict(self) -> dict:
        return asdict(self)


def _due(now) -> Q:
    return Q(active=True) & (Q(next_poll_at__isnull=True) | Q(next_poll_at__lte=now))


def feeds_due_ids(now=None) -> list[int]:
    return list(Feed.objects.filter(_due(now or timezone.now())).order_by("next_poll_at", "pk").values_list("pk", flat=True))


def _claim(feed_id: int, now) -> bool:
    """Move the feed's next poll forward; 0 rows updated means it is not due or another poller has it."""
    feed = Feed.objects.filter(pk=feed_id).values("poll_interval_minutes").first()
    if feed is None:
        return False
    later = now + timedelta(minutes=max(1, feed["poll_interval_minutes"]))
    return bool(Feed.objects.filter(_due(now), pk=feed_id).update(next_poll_at=later))


def _entry_guid(entry) -> str:
    guid = entry.get("id") or entry.get("link")
    if not guid:
        basis = f"{entry.get('title', '')}\x00{entry.get('summary', '')}"
        guid = "sha256:" + hashlib.sha256(basis.encode("utf-8", "replace")).hexdigest()
    return guid[:2000]


def _entry_published(entry) -> date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    try:
        return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    except ValueError:
        return None


def _entry_fields(entry, feed: Feed) -> dict:
    """An entry with a link is stored by URL and its page fetched by the worker; one without, by its content."""
    fields = {
        "title": (entry.get("title") or "")[:500],
        "published": _entry_published(entry),
        "outlet": feed.outlet or feed.title,
        "source": "feed",
    }
    link = entry.get("link") or ""
    if link.lower().startswith(("http://", "https://")):  # feedparser copies a urn: id into link
        fields["url"] = link
    else:
        content = entry.get("content") or []
        fields["html"] = (content[0].get("value") if content else "") or entry.get("summary", "")
    return fields


def feed_poll(*, feed_id: int, force: bool = False) -> PollResult:
    """Poll one feed if it is due (or `force`): store each entry not seen before as a pending article."""
    now = timezone.now()
    if force:
        Feed.objects.filter(pk=feed_id).update(next_poll_at=None)
    if not _claim(feed_id, now):
        return PollResult(polled=False)
    feed = Feed.objects.get(pk=feed_id)
    headers = {}
    if feed.etag:
        headers["If-None-Match"] = feed.etag
    if feed.last_modified:
        headers["If-Modified-Since"] = feed.last_modified
    try:
        response = fetch(feed.url, accept=FEED_TYPES, headers=headers)
    except FetchError as exc:
        Feed.objects.filter(pk=feed_id).update(last_polled_at=now, last_error=str(exc)[:5000])
        logger.warning("feed %s: %s", feed_id, exc)
        return PollResult(error=str(exc))
    if response.not_modified:
        Feed.objects.filter(pk=feed_id).update(last_polled_at=now, last_error="")
        return PollResult(not_modified=True)

    parsed = feedparser.parse(
        response.body,
        response_headers={"content-location": response.url, "content-type": response.headers.get("content-type", "")},
    )
    if parsed.bozo and not parsed.entries:
        error = f"not a feed: {parsed.get('bozo_exception') or 'no entries'}"
        Feed.objects.filter(pk=feed_id).update(last_polled_at=now, last_error=error[:5000])
        return PollResult(error=error)

    result = PollResult()
    for entry in parsed.entries:
        outcome = _feed_entry_ingest(feed, entry)
        setattr(result, outcome, getattr(result, outcome) + 1)
    Feed.objects.filter(pk=feed_id).update(
        last_polled_at=now,
        last_error="",
        etag=(response.headers.get("etag") or "")[:500],
        last_modified=(response.headers.get("last-modified") or "")[:100],
        title=feed.title or (parsed.feed.get("title") or "")[:300],
    )
    logger.info("feed %s: %d new, %d seen, %d failed", feed_id, result.new, result.seen, result.failed)
    return result


def _feed_entry_ingest(feed: Feed, entry) -> str:
    """Store one entry, once: the FeedEntry row and its article commit together, or neither does."""
    guid = _entry_guid(entry)
    if FeedEntry.objects.filter(feed=feed, guid=guid).exists():
        return "seen"
    try:
        with transaction.atomic():
            record = FeedEntry.objects.create(feed=feed, guid=guid)
            try:
                with transaction.atomic():
                    submitted = article_submit(**_entry_fields(entry, feed))
            except ArticleRejected as exc:
                record.error = str(exc)[:5000]
                record.save(update_fields=["error"])
                return "failed"
            record.article = submitted.article
            record.save(update_fields=["article"])
    except IntegrityError:  # another poller stored this entry a moment ago
        return "seen"
    return "new"
