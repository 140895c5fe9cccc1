import json

import pytest
from django.contrib.auth.models import User
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from ingest import services, tasks
from ingest.tests.conftest import meet_text
from meetings.models import Article
from meetings.tests.factories import make_article, record, report

pytestmark = pytest.mark.django_db

URL = "/api/v1/articles/"




@pytest.fixture
def client():
    user = User.objects.create(username="analyst")
    token = Token.objects.create(user=user)
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return api


def post(client, body, **kw):
    data = body if isinstance(body, bytes | str) else json.dumps(body)
    return client.generic("POST", URL, data, content_type=kw.pop("content_type", "application/json"), **kw)


def test_submitting_needs_a_token(sent):
    response = post(APIClient(), {"text": "Lavrov met Kerry."})
    assert response.status_code == 401
    assert Article.objects.count() == 0


def test_a_submitted_article_is_accepted_with_its_id_and_status_url(client, sent, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, {"text": meet_text(), "title": "Talks", "published": "2016-11-15", "outlet": "Sputnik"})
    assert response.status_code == 202
    body = response.json()
    article = Article.objects.get()
    assert body == {"id": article.pk, "new": True, "state": "pending", "status_url": f"http://testserver{URL}{article.pk}/"}
    assert (article.title, article.outlet, article.source) == ("Talks", "Sputnik", "api")
    assert sent == [article.pk]


def test_the_same_article_again_is_the_existing_one(client, sent, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        first = post(client, {"url": "https://news.example/a?utm_source=tw", "text": "one"}).json()
    with django_capture_on_commit_callbacks(execute=True):
        again = post(client, {"url": "https://news.example/a#comments", "text": "one, edited"}).json()
    assert again["id"] == first["id"]
    assert again["new"] is False
    assert Article.objects.count() == 1
    assert sent == [first["id"]]


def test_a_list_of_articles_is_accepted_in_order_and_queued_as_one_batch(client, monkeypatch, django_capture_on_commit_callbacks):
    batches = []
    monkeypatch.setattr(tasks.process_articles, "delay", batches.append)
    monkeypatch.setattr(services, "_broker_down_until", 0.0)
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, [{"text": "one"}, {"html": "<p>two</p>"}, {"text": "one"}])
    assert response.status_code == 202
    body = response.json()
    assert [item["new"] for item in body] == [True, True, False]
    assert body[0]["id"] == body[2]["id"]
    assert batches == [[body[0]["id"], body[1]["id"]]]


def test_an_article_given_only_by_url_is_accepted_for_fetching(client, sent):
    response = post(client, {"url": "https://news.example/only"})
    assert response.status_code == 202
    article = Article.objects.get()
    assert article.url == "https://news.example/only"
    assert services.article_needs_fetch(article)


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ('{"text": "unterminated', "JSON parse error"),
        (b"\xff\xfe\x00\x00\x89PNG", "JSON parse error"),
        ('"just a string"', "a JSON object, or a list"),
        ("{}", "no text, no html and no url"),
        ('{"title": "no body"}', "no text, no html and no url"),
        ('{"text": "x", "published": "last Tuesday"}', "not a date"),
        ('{"text": "a\\u0000b"}', "Null characters are not allowed"),
        ('{"text": "x", "author": "me"}', "unknown field"),
        ('{"text": ["not", "a", "string"]}', "Not a valid string"),
        ("[]", "may not be empty"),
    ],
)
def test_a_malformed_submission_gets_a_clear_400(client, sent, body, words):
    response = post(client, body)
    assert response.status_code == 400
    assert words in json.dumps(response.json())
    assert Article.objects.count() == 0


def test_more_than_a_hundred_articles_at_once_are_refused(client, sent):
    response = post(client, [{"text": f"article {n}"} for n in range(101)])
    assert response.status_code == 400
    assert "at most 100 articles" in json.dumps(response.json())
    assert Article.objects.count() == 0


def test_one_bad_item_in_a_list_stores_none_of_them(client, sent):
    response = post(client, [{"text": "fine"}, {"text": ""}])
    assert response.status_code == 400
    assert "no text, no html and no url" in json.dumps(response.json()["detail"])
    assert Article.objects.count() == 0


def test_a_body_over_the_upload_limit_is_413(client, sent, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 2048
    response = post(client, {"text": "x" * 5000})
    assert response.status_code == 413
    assert "limit is 2048 bytes" in response.json()["error"]


def test_articles_are_listed_newest_first_and_filtered_by_state(client, django_assert_num_queries):
    failed = make_article(state=Article.State.FAILED, error="HTTP 404")
    make_article(state=Article.State.DONE)
    with django_assert_num_queries(3):  # the token's user; count; the page with each article's report count
        response = client.get(URL, {"state": "failed"})
    assert response.status_code == 200
    results = response.json()["results"]
    assert [(r["id"], r["state"], r["error"]) for r in results] == [(failed.pk, "failed", "HTTP 404")]


def test_an_article_shows_its_state_and_the_reports_it_produced(client, django_assert_num_queries):
    article = make_article()
    record(article, report(start=None, evidence="Lavrov met Kerry."), report(evidence="They spoke again."))
    with django_assert_num_queries(3):  # the token's user; the article with its report count; its reports
        response = client.get(f"{URL}{article.pk}/")
    body = response.json()
    assert body["state"] == "done"
    assert body["report_count"] == 2
    assert [r["evidence"] for r in body["reports"]] == ["Lavrov met Kerry.", "They spoke again."]
    assert all(r["meeting"] for r in body["reports"])


def test_an_unknown_article_is_404(client):
    assert client.get(f"{URL}999999/").status_code == 404


def test_a_query_that_is_no_list_of_pairs_is_kept_as_written():
    from ingest.articles import canonical_url

    url = "https://mea.gov.in/press-releases.htm?dtl/29853/India-China_Informal_Summit_at_Wuhan"
    assert canonical_url(url) == url
    assert canonical_url("https://Example.org/a/?utm_source=x&id=5&c=%2F#top") == "https://example.org/a?id=5&c=%2F"
