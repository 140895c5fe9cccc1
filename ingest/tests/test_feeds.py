from datetime import date, timedelta

import pytest
from django.utils import timezone

from ingest import feeds, services, tasks
from ingest.feeds import feed_poll, feeds_due_ids
from ingest.models import Feed, FeedEntry
from meetings.models import Article

pytestmark = pytest.mark.django_db


def rss(*items: tuple[str, str, str]) -> str:
    """An RSS 2.0 document with (guid, link, title) items."""
    body = "".join(
        f"<item><guid>{guid}</guid><link>{link}</link><title>{title}</title>"
        f"<pubDate>Tue, 15 Nov 2016 10:00:00 GMT</pubDate></item>"
        for guid, link, title in items
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{body}</channel></rss>'




@pytest.fixture
def feed(web, allow_local):
    return Feed.objects.create(url=web.url("/feed.xml"), outlet="Wire Service")


def test_new_entries_become_pending_articles_fetched_later_by_the_worker(web, feed, sent):
    web.route("/feed.xml", rss(("g1", "https://news.example/1", "Lavrov meets Kerry")), content_type="application/rss+xml")
    result = feed_poll(feed_id=feed.pk)
    assert (result.new, result.seen, result.failed) == (1, 0, 0)
    article = Article.objects.get()
    assert (article.url, article.title, article.outlet, article.source) == (
        "https://news.example/1",
        "Lavrov meets Kerry",
        "Wire Service",
        "feed",
    )
    assert article.published == date(2016, 11, 15)
    assert services.article_needs_fetch(article)
    assert FeedEntry.objects.get().article == article


def test_each_entry_is_ingested_once_across_polls(web, feed, sent):
    web.route("/feed.xml", rss(("g1", "https://news.example/1", "one")), content_type="application/rss+xml")
    feed_poll(feed_id=feed.pk)
    web.route(
        "/feed.xml",
        rss(("g2", "https://news.example/2", "two"), ("g1", "https://news.example/1", "one")),
        content_type="application/rss+xml",
    )
    result = feed_poll(feed_id=feed.pk, force=True)
    assert (result.new, result.seen) == (1, 1)
    assert sorted(Article.objects.values_list("url", flat=True)) == ["https://news.example/1", "https://news.example/2"]
    assert FeedEntry.objects.count() == 2


def test_a_second_poll_is_conditional_and_a_304_changes_nothing(web, feed, sent):
    web.route(
        "/feed.xml",
        rss(("g1", "https://news.example/1", "one")),
        content_type="application/rss+xml",
        ETag='"v1"',
        **{"Last-Modified": "Tue, 15 Nov 2016 10:00:00 GMT"},
    )
    feed_poll(feed_id=feed.pk)
    feed.refresh_from_db()
    assert (feed.etag, feed.last_modified, feed.title) == ('"v1"', "Tue, 15 Nov 2016 10:00:00 GMT", "Wire")
    web.route("/feed.xml", status=304, content_type="application/rss+xml")
    result = feed_poll(feed_id=feed.pk, force=True)
    assert result.not_modified
    headers = web.requests[-1][1]
    assert headers["if-none-match"] == '"v1"'
    assert headers["if-modified-since"] == "Tue, 15 Nov 2016 10:00:00 GMT"
    assert Article.objects.count() == 1


def test_a_feed_that_is_not_due_is_not_polled(web, feed, sent):
    Feed.objects.filter(pk=feed.pk).update(next_poll_at=timezone.now() + timedelta(minutes=5))
    assert feed_poll(feed_id=feed.pk).polled is False
    assert web.requests == []


def test_polling_moves_the_next_poll_by_the_interval(web, feed, sent):
    web.route("/feed.xml", rss(), content_type="application/rss+xml")
    before = timezone.now()
    feed_poll(feed_id=feed.pk)
    feed.refresh_from_db()
    assert feed.next_poll_at >= before + timedelta(minutes=feed.poll_interval_minutes)
    assert feed.last_polled_at >= before
    assert feeds_due_ids() == []


def test_due_feeds_are_the_active_ones_whose_time_has_come(sent):
    now = timezone.now()
    due = Feed.objects.create(url="https://a.example/feed", next_poll_at=now - timedelta(minutes=1))
    never = Feed.objects.create(url="https://b.example/feed")
    Feed.objects.create(url="https://c.example/feed", next_poll_at=now + timedelta(minutes=1))
    Feed.objects.create(url="https://d.example/feed", active=False)
    assert sorted(feeds_due_ids()) == sorted([due.pk, never.pk])


def test_a_feed_that_cannot_be_fetched_records_the_reason(web, feed, sent):
    web.route("/feed.xml", "gone", status=404)
    result = feed_poll(feed_id=feed.pk)
    feed.refresh_from_db()
    assert "HTTP 404" in feed.last_error
    assert result.error == feed.last_error


def test_a_feed_on_a_private_address_is_refused(sent, settings):
    settings.FETCH_ALLOWED_HOSTS = []
    feed = Feed.objects.create(url="http://10.0.0.1/feed.xml")
    feed_poll(feed_id=feed.pk)
    feed.refresh_from_db()
    assert "10.0.0.1, a private address" in feed.last_error


def test_a_page_that_is_not_a_feed_records_the_reason(web, feed, sent):
    web.route("/feed.xml", "<html><body>Not <b>a feed</html", content_type="text/html")
    feed_poll(feed_id=feed.pk)
    feed.refresh_from_db()
    assert feed.last_error.startswith("not a feed")


def test_an_entry_without_a_link_is_stored_from_its_content(web, feed, sent):
    atom = (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>'
        "<entry><id>urn:x:1</id><title>Talks</title><updated>2016-11-15T10:00:00Z</updated>"
        '<content type="html">&lt;p&gt;Lavrov met Kerry in Lima.&lt;/p&gt;</content></entry></feed>'
    )
    web.route("/feed.xml", atom, content_type="application/atom+xml")
    assert feed_poll(feed_id=feed.pk).new == 1
    article = Article.objects.get()
    assert article.url is None
    assert "Lavrov met Kerry in Lima." in article.html


def test_the_beat_task_polls_every_due_feed(web, feed, sent):
    web.route("/feed.xml", rss(("g1", "https://news.example/1", "one")), content_type="application/rss+xml")
    assert tasks.poll_feeds.apply().get() == 1
    assert Article.objects.count() == 1
    assert feeds.feeds_due_ids() == []
