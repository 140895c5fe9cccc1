"""The tasks' claim and retry policy, run in-process; test_worker.py runs them in a real worker."""

from datetime import timedelta

import pytest
from django.db import OperationalError
from django.utils import timezone

from ingest import services, tasks
from ingest.fetch import FetchError
from ingest.tests.conftest import meet_text
from meetings.models import Article
from meetings.tests.factories import make_article

pytestmark = pytest.mark.django_db


def pending(text: str = "", **kw) -> Article:
    return services.article_submit(text=text or meet_text(), queue=False, **kw).article


def run(article: Article):
    result = tasks.process_article.apply(args=[article.pk])
    article.refresh_from_db()
    return result


def test_a_pending_article_is_claimed_processed_and_done(fake_nlp):
    article = pending()
    assert run(article).get() == "done"
    assert article.state == Article.State.DONE
    assert article.attempts == 1
    assert article.reports.count() == 1


def test_an_article_someone_else_claimed_is_left_alone(fake_nlp):
    article = make_article(state=Article.State.PROCESSING, text=meet_text())
    assert run(article).get() == "not pending: claimed elsewhere, done or gone"
    assert article.state == Article.State.PROCESSING
    assert article.reports.count() == 0


def test_a_crash_fails_the_article_with_the_message_and_is_not_retried(fake_nlp):
    article = pending("CRASH")
    assert run(article).get() == "failed"
    assert article.state == Article.State.FAILED
    assert article.error == "RuntimeError: the extractor crashed"
    assert article.attempts == 1


def test_a_transient_database_error_is_retried_until_it_passes(fake_nlp, monkeypatch):
    real = services.article_process
    calls = []

    def flaky(*, article_id):
        calls.append(article_id)
        if len(calls) < 3:
            raise OperationalError("server closed the connection unexpectedly")
        return real(article_id=article_id)

    monkeypatch.setattr(services, "article_process", flaky)
    article = pending()
    run(article)
    assert article.state == Article.State.DONE
    assert article.attempts == 3
    assert article.error == ""


def test_transient_errors_fail_the_article_once_the_retries_are_used_up(fake_nlp, monkeypatch):
    def down(*, article_id):
        raise FetchError("https://news.example/a answered HTTP 503; trying again later", transient=True)

    monkeypatch.setattr(services, "article_process", down)
    article = pending()
    run(article)
    assert article.state == Article.State.FAILED
    assert article.error == "https://news.example/a answered HTTP 503; trying again later"
    assert article.attempts == tasks.MAX_RETRIES + 1


def test_a_url_on_a_private_address_fails_with_the_refusal(fake_nlp, settings):
    settings.FETCH_ALLOWED_HOSTS = []
    article = services.article_submit(url="http://169.254.169.254/latest/meta-data/", queue=False).article
    run(article)
    assert article.state == Article.State.FAILED
    assert article.error == "refused to fetch 169.254.169.254: it resolves to 169.254.169.254, a cloud metadata address"
    assert article.attempts == 1


def test_a_url_only_article_is_fetched_and_processed_by_the_task(fake_nlp, web, allow_local):
    web.route("/a", f"<html><body><pre>{meet_text()}</pre></body></html>")
    article = services.article_submit(url=web.url("/a"), queue=False).article
    run(article)
    assert article.state == Article.State.DONE
    assert "MEET Sergey Lavrov" in article.html


def test_the_batch_task_processes_its_articles_together(fake_nlp):
    articles = [pending(meet_text(day=f"2016-0{m}-01")) for m in (1, 5, 9)]
    counts = tasks.process_articles.apply(args=[[a.pk for a in articles]]).get()
    assert counts["done"] == 3
    assert set(Article.objects.values_list("state", flat=True)) == {"done"}


def test_the_sweep_task_counts_what_it_requeued(fake_nlp, django_capture_on_commit_callbacks):
    stuck = make_article(state=Article.State.PENDING, state_changed_at=timezone.now() - timedelta(hours=2), text=meet_text())
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.sweep_articles.apply().get() == 1
    stuck.refresh_from_db()
    assert stuck.state == Article.State.DONE  # re-queued, then run in-process
