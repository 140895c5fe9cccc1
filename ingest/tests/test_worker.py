"""Real services: PostgreSQL, Redis and a Celery worker process (prefork, one child).

Run with DATABASE_URL=postgres://... and CELERY_BROKER_URL=redis://...; deselected otherwise. The worker
uses the stand-in extractor (conftest), so these tests judge delivery, not extraction: article states,
counts and uniqueness.
"""

import json
import os
import socket
import subprocess
import sys
import threading
from datetime import date, timedelta

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.db.models import Count
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from ingest import services, tasks
from ingest.models import Feed, FeedEntry
from ingest.tests.conftest import WORKER_ALLOWED_HOST, LocalWeb, meet_text, test_database_url, wait_until
from meetings.models import Article, Meeting, Report

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]

FINISHED = ("done", "failed")


@pytest.fixture
def worker(celery_worker_process, monkeypatch):
    monkeypatch.setattr(services, "_broker_down_until", 0.0)
    return celery_worker_process


@pytest.fixture
def token():
    return Token.objects.create(user=User.objects.create(username="analyst")).key


@pytest.fixture
def local_site():
    """A web server on the loopback address the worker is allowed to fetch from."""
    site = LocalWeb(WORKER_ALLOWED_HOST)
    yield site
    site.close()


def states() -> dict[str, int]:
    return dict(Article.objects.values_list("state").annotate(n=Count("id")).values_list("state", "n"))


def all_finished(expected: int):
    return lambda: Article.objects.count() == expected and not Article.objects.exclude(state__in=FINISHED).exists()


def post_article(token: str, body) -> dict:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    try:
        response = client.post("/api/v1/articles/", body, format="json")
        return {"status": response.status_code, **response.json()}
    finally:
        connection.close()  # this thread's own connection


def test_the_same_article_submitted_three_times_at_once_is_one_article_with_one_set_of_reports(worker, token):
    body = {"url": "https://news.example/lausanne", "text": meet_text(day="2016-10-15"), "published": "2016-10-16"}
    barrier = threading.Barrier(3)
    answers = []

    def submit():
        barrier.wait(timeout=10)
        answers.append(post_article(token, body))

    threads = [threading.Thread(target=submit) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert [a["status"] for a in answers] == [202, 202, 202]
    assert len({a["id"] for a in answers}) == 1
    assert sorted(a["new"] for a in answers) == [False, False, True]
    wait_until(all_finished(1), what="the article to be processed", detail=worker.tail)
    assert states() == {"done": 1}
    assert Report.objects.count() == 1
    assert Meeting.objects.count() == 1


def test_a_worker_killed_mid_batch_loses_no_article_and_doubles_no_meeting(worker):
    first = date(2016, 1, 4)
    days = [first + timedelta(days=7 * n) for n in range(50)]  # a week apart: fifty distinct meetings
    for day in days:
        services.article_submit(text=meet_text(day=day.isoformat(), extra="SLOW"), published=day.isoformat())
    wait_until(lambda: Article.objects.filter(state="done").count() >= 5, what="five articles done", detail=worker.tail)
    worker.kill9()
    at_kill = states()
    assert at_kill.get("done", 0) < 50, "the worker finished the batch before it was killed"

    worker.start()
    # Unacked messages of a dead worker come back only after the broker's visibility timeout; the
    # sweeper is what brings back the article that was mid-task.
    services.articles_sweep(stuck_after_seconds=0)
    wait_until(all_finished(50), timeout=120, what="all fifty articles to finish", detail=lambda: f"{states()}\n{worker.tail()}")

    assert Article.objects.count() == 50
    assert set(states()) <= set(FINISHED)
    assert Report.objects.count() == Article.objects.filter(state="done").count()
    assert Meeting.objects.count() == Report.objects.values("meeting").distinct().count()
    duplicated = Meeting.objects.values("start_date").annotate(n=Count("id")).filter(n__gt=1)
    assert list(duplicated) == []
    assert states() == {"done": 50}


def test_a_submission_while_the_broker_is_down_is_accepted_and_processed_once_it_is_back(worker, token):
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()  # nothing listens there now: a broker that is down
    script = (
        "import django, json; django.setup(); "
        "from rest_framework.test import APIClient; c = APIClient(); "
        f"c.credentials(HTTP_AUTHORIZATION='Token {token}'); "
        f"r = c.post('/api/v1/articles/', {{'text': {meet_text()!r}}}, format='json'); "
        "print(json.dumps({'status': r.status_code, **r.json()}))"
    )
    env = {**os.environ, "DATABASE_URL": test_database_url(), "CELERY_BROKER_URL": f"redis://127.0.0.1:{port}/5"}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout.strip().splitlines()[-1])
    assert (answer["status"], answer["new"], answer["state"]) == (202, True, "pending")
    assert "not queued" in done.stderr

    article = Article.objects.get(pk=answer["id"])
    assert article.state == "pending"
    assert services.articles_sweep(stuck_after_seconds=0) == [article.pk]  # the broker is back: the sweeper queues it
    wait_until(all_finished(1), what="the article to be processed", detail=worker.tail)
    assert states() == {"done": 1}
    assert Report.objects.count() == 1


def rss(site: LocalWeb, *slugs: str) -> str:
    items = "".join(f"<item><guid>{s}</guid><link>{site.url('/' + s)}</link><title>{s}</title></item>" for s in slugs)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Local wire</title>{items}</channel></rss>'


def test_a_local_feed_is_polled_by_the_worker_and_each_entry_ingested_once(worker, local_site):
    for n, slug in enumerate(("one", "two", "three")):
        local_site.route("/" + slug, f"<html><body><pre>{meet_text(day=f'2016-0{n + 1}-10')}</pre></body></html>")
    local_site.route("/feed.xml", rss(local_site, "one", "two"), content_type="application/rss+xml")
    feed = Feed.objects.create(url=local_site.url("/feed.xml"))

    tasks.poll_feeds.delay()
    wait_until(all_finished(2), what="the feed's two entries to be processed", detail=worker.tail)

    local_site.route("/feed.xml", rss(local_site, "three", "two", "one"), content_type="application/rss+xml")
    Feed.objects.filter(pk=feed.pk).update(next_poll_at=None)
    tasks.poll_feeds.delay()
    wait_until(all_finished(3), what="the new entry to be processed", detail=worker.tail)

    assert states() == {"done": 3}
    assert FeedEntry.objects.filter(feed=feed).count() == 3
    assert [local_site.hits("/" + s) for s in ("one", "two", "three")] == [1, 1, 1]
    assert local_site.hits("/feed.xml") == 2
    assert Meeting.objects.count() == 3


def test_urls_inside_the_network_are_refused_by_the_worker_with_a_clear_error(worker, token, local_site):
    inside = LocalWeb("127.0.0.1")  # a service on loopback that must never be reached
    inside.route("/secret", "internal")
    local_site.route("/jump", status=302, Location=inside.url("/secret"))
    try:
        urls = {
            "loopback": inside.url("/secret"),
            "private": "http://10.0.0.1/admin",
            "metadata": "http://169.254.169.254/latest/meta-data/",
            "redirect": local_site.url("/jump"),
        }
        ids = {name: post_article(token, {"url": url})["id"] for name, url in urls.items()}
        wait_until(all_finished(4), what="the four articles to be refused", detail=worker.tail)
        errors = {name: Article.objects.get(pk=pk).error for name, pk in ids.items()}
        assert states() == {"failed": 4}
        assert errors["loopback"] == "refused to fetch 127.0.0.1: it resolves to 127.0.0.1, a loopback address"
        assert errors["private"] == "refused to fetch 10.0.0.1: it resolves to 10.0.0.1, a private address"
        assert errors["metadata"] == "refused to fetch 169.254.169.254: it resolves to 169.254.169.254, a cloud metadata address"
        assert errors["redirect"] == "refused to fetch 127.0.0.1: it resolves to 127.0.0.1, a loopback address"
        assert inside.requests == []
        assert local_site.hits("/jump") == 1
    finally:
        inside.close()


def test_the_real_extractor_runs_in_the_worker_and_records_its_version(real_extractor_worker, token):
    from ingest.nlp import EXTRACTOR_VERSION

    bodies = [
        {
            "title": "Lavrov, Kerry Could Meet on the Sidelines of APEC Summit",
            "published": "2016-11-15",
            "text": "Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State John Kerry could meet on the "
            "sidelines of the November 19-20 APEC summit in Peru, a source in the Russian Foreign Ministry said.",
        },
        {
            "published": "2016-04-29",
            "text": "Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi in Beijing on Friday.",
        },
    ]
    answers = [post_article(token, body) for body in bodies]
    assert [a["status"] for a in answers] == [202, 202]
    wait_until(all_finished(2), timeout=180, what="the real extractor to process both articles", detail=real_extractor_worker.tail)
    assert states() == {"done": 2}
    assert set(Article.objects.values_list("extractor_version", flat=True)) == {EXTRACTOR_VERSION}
