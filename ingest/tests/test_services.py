from datetime import date, timedelta

import pytest
from django.utils import timezone
from kombu.exceptions import OperationalError as BrokerDown

from ingest import services, tasks
from ingest.articles import content_hash
from ingest.services import ArticleRejected, article_submit, articles_process_batch, articles_reprocess, articles_sweep
from ingest.tests.conftest import FAKE_VERSION, meet_text
from meetings.models import Article, Meeting, Report
from meetings.tests.factories import make_article

pytestmark = pytest.mark.django_db

PAGE = "<html><head><title>Talks in Lausanne</title></head><body>{}</body></html>"




def test_a_submitted_article_is_stored_pending_and_queued_only_after_commit(sent, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        sub = article_submit(text=meet_text(), title="Lavrov and Kerry", published="2016-11-15")
        assert sent == []  # not before the commit
    assert sub.created
    assert sub.article.state == Article.State.PENDING
    assert sub.article.published == date(2016, 11, 15)
    assert len(callbacks) == 1
    assert sent == [sub.article.pk]


def test_the_same_url_with_tracking_parameters_is_the_same_article(sent):
    first = article_submit(url="https://news.example/a?id=7&utm_source=x#top", text="one")
    again = article_submit(url="HTTPS://News.Example/a/?fbclid=abc&id=7", text="different text, same page")
    assert again.article.pk == first.article.pk
    assert not again.created
    assert Article.objects.count() == 1


def test_the_same_content_under_another_url_is_the_same_article(sent):
    first = article_submit(url="https://a.example/1", text="Lavrov  met\nKerry.")
    again = article_submit(url="https://b.example/2", text="Lavrov met Kerry.")
    assert again.article.pk == first.article.pk
    assert not again.created


def test_a_submission_that_loses_the_race_returns_the_winner(sent, monkeypatch):
    # no look-up before the insert: the database refuses the second row and the winner is read after
    winner = Article.objects.create(url="https://news.example/race", content_hash=content_hash(text="race"), text="race")
    real = services._find_existing
    calls = []

    def counted(url, digest):
        calls.append(url)
        return real(url, digest)

    monkeypatch.setattr(services, "_find_existing", counted)
    sub = article_submit(url="https://news.example/race", text="race")
    assert sub.article.pk == winner.pk
    assert not sub.created
    assert calls == ["https://news.example/race"]
    assert Article.objects.count() == 1


def test_a_new_submission_is_one_statement_and_a_known_one_two(sent):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as new:
        sub = article_submit(url="https://news.example/one", text="one statement", queue=False)
    assert sub.created and len(new.captured_queries) == 1
    assert Article.objects.get(pk=sub.article.pk).text == "one statement"
    with CaptureQueriesContext(connection) as again:
        same = article_submit(url="https://news.example/one?utm_source=x", text="other text", queue=False)
    assert not same.created and same.article.pk == sub.article.pk and len(again.captured_queries) == 2


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({}, "no text, no html and no url"),
        ({"text": "   \n"}, "no text, no html and no url"),
        ({"url": "urn:uuid:1234"}, "needs an http or https url"),
        ({"url": "javascript:alert(1)", "text": "x"}, "http, https or urn"),
        ({"url": "data:text/html,<script>", "text": "x"}, "http, https or urn"),
        ({"text": "a\x00b"}, "binary data"),
        ({"text": "x", "published": "15/11/2016"}, "not a date"),
        ({"text": "x", "published": "2016-13-45"}, "not a date"),
        ({"url": "https://e.example/" + "a" * 2100}, "longer than 2000"),
    ],
)
def test_it_rejects_what_cannot_be_an_article_with_a_reason(sent, fields, message):
    with pytest.raises(ArticleRejected, match=message):
        article_submit(**fields)
    assert Article.objects.count() == 0


def test_an_article_given_only_by_url_is_stored_before_it_is_fetched(sent):
    sub = article_submit(url="https://news.example/only-url")
    article = sub.article
    assert article.state == Article.State.PENDING
    assert article.text == article.html == ""
    assert article.content_hash == services.url_placeholder_hash("https://news.example/only-url")
    assert services.article_needs_fetch(article)
    assert article_submit(url="https://news.example/only-url").article.pk == article.pk


def test_processing_fetches_a_url_only_article_then_extracts_it(fake_nlp, web, allow_local):
    web.route("/story", PAGE.format(meet_text()))
    article = article_submit(url=web.url("/story"), queue=False).article
    assert services.article_claim(article_id=article.pk)
    services.article_process(article_id=article.pk)
    article.refresh_from_db()
    assert article.state == Article.State.DONE
    assert article.title == "Talks in Lausanne"
    assert article.content_hash == content_hash(html=article.html)
    assert article.reports.count() == 1


def test_a_url_only_article_whose_page_is_another_articles_is_failed_naming_it(fake_nlp, web, allow_local):
    body = PAGE.format(meet_text())
    web.route("/copy", body)
    original = article_submit(html=body, url="https://elsewhere.example/original", queue=False).article
    copy = article_submit(url=web.url("/copy"), queue=False).article
    with pytest.raises(ArticleRejected, match=f"same content as article {original.pk}"):
        services.article_fetch(article_id=copy.pk)


def test_a_broker_that_is_down_does_not_lose_the_article(monkeypatch, django_capture_on_commit_callbacks):
    attempts = []

    def down(article_id):
        attempts.append(article_id)
        raise BrokerDown("Error 111 connecting to 127.0.0.1:1. Connection refused.")

    monkeypatch.setattr(tasks.process_article, "delay", down)
    monkeypatch.setattr(services, "_broker_down_until", 0.0)
    with django_capture_on_commit_callbacks(execute=True):
        first = article_submit(text="one")
    with django_capture_on_commit_callbacks(execute=True):
        second = article_submit(text="two")
    assert first.created and second.created
    assert Article.objects.filter(state=Article.State.PENDING).count() == 2
    assert attempts == [first.article.pk]  # the second did not wait on a broker known to be down


def test_the_sweeper_requeues_articles_left_pending_or_processing(sent, django_capture_on_commit_callbacks):
    old = timezone.now() - timedelta(hours=1)
    pending = make_article(state=Article.State.PENDING, state_changed_at=old)
    processing = make_article(state=Article.State.PROCESSING, state_changed_at=old, attempts=1)
    fresh = make_article(state=Article.State.PENDING, state_changed_at=timezone.now())
    make_article(state=Article.State.DONE, state_changed_at=old)
    with django_capture_on_commit_callbacks(execute=True):
        requeued = articles_sweep()
    assert sorted(requeued) == sorted([pending.pk, processing.pk])
    assert sorted(sent) == sorted([pending.pk, processing.pk])
    processing.refresh_from_db()
    assert processing.state == Article.State.PENDING
    assert fresh.pk not in requeued


def test_the_sweeper_fails_an_article_that_used_up_its_attempts(sent, settings):
    settings.INGEST_MAX_ATTEMPTS = 3
    old = timezone.now() - timedelta(hours=1)
    article = make_article(state=Article.State.PROCESSING, state_changed_at=old, attempts=3)
    assert articles_sweep() == []
    article.refresh_from_db()
    assert article.state == Article.State.FAILED
    assert article.error == "gave up after 3 attempts"


def test_a_batch_goes_through_the_extractor_together_and_a_crash_fails_only_its_article(fake_nlp):
    calls = []
    real_many = fake_nlp.extract_many
    fake_nlp.extract_many = lambda items: calls.append(len(items)) or real_many(items)
    good = [article_submit(text=meet_text(day=f"2016-0{m}-10"), queue=False).article for m in (1, 4, 7)]
    bad = article_submit(text="CRASH", queue=False).article
    counts = articles_process_batch(article_ids=[a.pk for a in [*good, bad]])
    assert calls == [4]  # one pass for the batch, then one at a time after the crash
    assert counts == {"done": 3, "failed": 1, "skipped": 0, "retry": 0}
    bad.refresh_from_db()
    assert bad.state == Article.State.FAILED
    assert "the extractor crashed" in bad.error
    assert Meeting.objects.count() == 3


def test_a_batch_leaves_articles_another_worker_holds(fake_nlp):
    held = make_article(state=Article.State.PROCESSING, text=meet_text())
    assert articles_process_batch(article_ids=[held.pk]) == {"done": 0, "failed": 0, "skipped": 0, "retry": 0}
    held.refresh_from_db()
    assert held.state == Article.State.PROCESSING


def test_reprocessing_replaces_an_articles_reports_with_one_new_set(fake_nlp):
    article = article_submit(text=meet_text(), queue=False).article
    articles_process_batch(article_ids=[article.pk])
    first = set(Report.objects.values_list("pk", flat=True))
    assert articles_reprocess(article_ids=[article.pk], queue=False) == [article.pk]
    articles_process_batch(article_ids=[article.pk])
    assert Report.objects.count() == 1
    assert set(Report.objects.values_list("pk", flat=True)) != first
    assert Meeting.objects.count() == 1


def test_reprocessing_outdated_picks_only_older_extractor_versions(fake_nlp):
    current = make_article(extractor_version=FAKE_VERSION)
    older = make_article(extractor_version="fake-1")
    never = make_article(extractor_version="", state=Article.State.FAILED)
    busy = make_article(extractor_version="fake-1", state=Article.State.PROCESSING)
    chosen = articles_reprocess(outdated=True, queue=False)
    assert sorted(chosen) == sorted([older.pk, never.pk])
    assert current.pk not in chosen and busy.pk not in chosen


def test_reprocessing_needs_a_choice(fake_nlp):
    with pytest.raises(ValueError, match="choose articles"):
        articles_reprocess(queue=False)


def test_several_articles_are_queued_in_batches_that_share_one_extractor_pass(monkeypatch, django_capture_on_commit_callbacks):
    batches, singles = [], []
    monkeypatch.setattr(tasks.process_articles, "delay", batches.append)
    monkeypatch.setattr(tasks.process_article, "delay", singles.append)
    monkeypatch.setattr(services, "_broker_down_until", 0.0)
    with django_capture_on_commit_callbacks(execute=True):
        services.articles_queue(article_ids=list(range(1, 66)))
        assert batches == []  # not before the commit
    assert [len(b) for b in batches] == [32, 32]
    assert singles == [65]  # a batch of one is an ordinary task


def test_a_database_error_in_a_batch_leaves_the_article_pending_for_the_sweeper(fake_nlp, monkeypatch):
    from django.db import OperationalError

    article = article_submit(text=meet_text(), queue=False).article

    def blink(*, article, result, cache=None):
        raise OperationalError("the database system is shutting down")

    monkeypatch.setattr(services, "article_store_result", blink)
    assert articles_process_batch(article_ids=[article.pk])["retry"] == 1
    article.refresh_from_db()
    assert article.state == Article.State.PENDING
    assert "shutting down" in article.error


def test_a_database_error_storing_the_articles_with_nothing_to_record_leaves_them_all_pending(fake_nlp, monkeypatch):
    from django.db import OperationalError

    quiet = [article_submit(text=f"Nothing here, part {n}.", queue=False).article for n in range(3)]
    reporting = article_submit(text=meet_text(), queue=False).article

    def blink(objs, fields, **kw):
        raise OperationalError("the database system is shutting down")

    monkeypatch.setattr(Article.objects, "bulk_update", blink)
    counts = articles_process_batch(article_ids=[a.pk for a in [*quiet, reporting]])
    assert (counts["retry"], counts["done"]) == (3, 1)
    assert {a.state for a in Article.objects.filter(pk__in=[a.pk for a in quiet])} == {Article.State.PENDING}
    assert Article.objects.get(pk=reporting.pk).state == Article.State.DONE and reporting.reports.count() == 1


@pytest.mark.django_db
def test_a_batch_claims_only_its_pending_articles_and_each_once():
    pending = [make_article(state=Article.State.PENDING) for _ in range(3)]
    done = make_article(state=Article.State.DONE)
    ids = [a.pk for a in pending] + [done.pk]
    assert services.articles_claim(article_ids=ids) == [a.pk for a in pending]
    assert services.articles_claim(article_ids=ids) == []  # a second worker gets none of them
    assert set(Article.objects.filter(pk__in=ids).values_list("state", "attempts")) == {
        (Article.State.PROCESSING, 1), (Article.State.DONE, 0)
    }


@pytest.mark.django_db(transaction=True)  # the foreign key is checked when the article's transaction commits
def test_a_batch_whose_cached_person_was_deleted_meanwhile_records_the_article_again(fake_nlp, monkeypatch):
    from meetings.models import Person

    caches = []
    original = services.article_store_result

    def store(*, article, result, cache=None):
        caches.append(cache)
        if len(caches) == 2:  # between the two articles a curator deletes Kerry (as a merge of people does)
            Person.objects.filter(name="John Kerry").delete()
        return original(article=article, result=result, cache=cache)

    monkeypatch.setattr(services, "article_store_result", store)
    first = article_submit(text=meet_text(day="2016-10-15"), queue=False).article
    second = article_submit(text=meet_text(day="2016-10-16"), queue=False).article
    counts = articles_process_batch(article_ids=[first.pk, second.pk])
    assert counts["done"] == 2 and counts["failed"] == 0
    assert second.reports.count() == 1
    assert Person.objects.filter(name="John Kerry").count() == 1  # made again by the retry's fresh look-up
    assert caches[2] is not caches[1]  # the retry had a new cache


def test_the_articles_of_a_batch_with_nothing_to_record_and_nothing_recorded_before_are_stored_in_one_statement(
        fake_nlp, django_assert_num_queries):
    two = [article_submit(text=f"Nothing here, part {n}.", queue=False).article.pk for n in range(2)]
    five = [article_submit(text=f"Nothing there, part {n}.", queue=False).article.pk for n in range(5)]
    # the claim (two statements in its transaction), the batch's articles (1), then one UPDATE for them all
    with django_assert_num_queries(5 + 1):
        articles_process_batch(article_ids=two)
    with django_assert_num_queries(5 + 1):
        articles_process_batch(article_ids=five)
    stored = Article.objects.filter(pk__in=two + five)
    assert {(a.state, a.extractor_version, a.clean_text.startswith("Nothing")) for a in stored} == {(Article.State.DONE, FAKE_VERSION, True)}


def test_an_article_that_reports_nothing_now_loses_what_an_earlier_run_recorded(fake_nlp):
    article = article_submit(text=meet_text(), queue=False).article
    articles_process_batch(article_ids=[article.pk])
    assert Report.objects.filter(article=article).count() == 1
    Article.objects.filter(pk=article.pk).update(text="Nothing here any more.")
    articles_reprocess(article_ids=[article.pk], queue=False)
    articles_process_batch(article_ids=[article.pk])
    assert Report.objects.filter(article=article).count() == 0
    article.refresh_from_db()
    assert article.state == Article.State.DONE
