"""The admin's lists cost a fixed number of queries whatever the page holds, and every page renders."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from ingest.models import Feed, FeedEntry
from meetings.models import Article, Meeting, Person, Place, Report, ReviewFlag
from meetings.tests.factories import LAVROV, make_article, record, report

pytestmark = pytest.mark.django_db


FRENCH = ["Jean Ayrault", "Laurent Fabius", "Alain Juppe", "Bernard Kouchner", "Michel Barnier", "Hubert Vedrine"]


def world(n: int) -> None:
    """n meetings of Lavrov, each with someone new somewhere new (so each is flagged), one feed entry per
    article, and a second "Lavrov" that may be the same man (a lookalike in the queue)."""
    feed = Feed.objects.create(url="https://feeds.example/world.xml")
    for i, name in enumerate(FRENCH[:n]):
        article = make_article(published=date(2016, 1 + i, 2))
        day = date(2016, 1 + i, 1)
        record(article, report(LAVROV, (name, "FR", "Minister"), confidence=0.3 if i else 0.9, start=day, place=(f"{name} City", "FR", "city")))
        FeedEntry.objects.create(feed=feed, guid=f"entry-{i}", article=article)
    record(make_article(published=date(2017, 1, 2)), report(("Lavrov", "US", ""), ("Ban Ki-moon", "KR", ""), start=date(2017, 1, 1)))


def url(name: str) -> str:
    return reverse(f"admin:{name}")


@pytest.mark.parametrize("n", [1, 6])
def test_the_meeting_list_costs_eight_queries_at_any_size(admin_client, django_assert_num_queries, n):
    world(n)
    with django_assert_num_queries(8):
        # session, user, the country filter's choices, the extractor filter's choices, the filtered count,
        # the total count, the page of meetings (place joined, least confidence as a subquery), their participants
        # with their people
        response = admin_client.get(url("meetings_meeting_changelist"))
    assert response.status_code == 200
    assert len(response.context["cl"].result_list) == n + 1


@pytest.mark.parametrize("n", [1, 6])
def test_the_review_queue_costs_ten_queries_at_any_size(admin_client, django_assert_num_queries, n):
    world(n)
    with django_assert_num_queries(10):
        # session, user, the flagged meetings (urgency summed, least confidence as a subquery), their participants
        # with their people, their open flags, the counts per kind, the shared surnames, their aliases with their
        # people, those people's meeting counts, the failed articles
        response = admin_client.get(url("meetings_meeting_review"))
    assert len(response.context["meetings"]) == n + 1
    assert [g.surname for g in response.context["lookalikes"]] == ["lavrov"]


LISTS = [
    # (admin list, queries) — each: session, user, counts and the page, plus per list:
    ("meetings_person_changelist", 7),  # the country filter's choices; the page with meeting counts; the aliases
    ("meetings_place_changelist", 6),  # the country filter's choices; the page with meeting counts
    ("meetings_article_changelist", 7),  # the extractor and source filters' choices; the page with report counts
    ("meetings_report_changelist", 6),  # the extractor filter's choices; the page, articles and meetings joined
    ("meetings_reviewflag_changelist", 5),  # the page, meetings joined
    ("ingest_feed_changelist", 6),  # the outlet filter's choices; the page with entry counts
    ("ingest_feedentry_changelist", 6),  # the feed filter's choices; the page, feeds and articles joined
]


@pytest.mark.parametrize("n", [1, 6])
def test_every_other_list_costs_the_same_queries_at_any_size(admin_client, django_assert_num_queries, n):
    world(n)
    for name, queries in LISTS:
        with django_assert_num_queries(queries):
            assert admin_client.get(url(name)).status_code == 200


def test_the_meeting_list_hides_rejected_meetings_unless_asked(admin_client):
    world(2)
    rejected = Meeting.objects.first()
    rejected.rejected = True
    rejected.save()

    shown = admin_client.get(url("meetings_meeting_changelist")).context["cl"].result_list
    everything = admin_client.get(url("meetings_meeting_changelist") + "?shown=all").context["cl"].result_list

    assert rejected not in shown and rejected in everything


def test_the_meeting_list_filters_and_searches(admin_client):
    world(6)  # six meetings of Lavrov with a French minister in 2016 (the first confident), and Lavrov (US) with Ban in 2017
    found = {
        query: len(admin_client.get(url("meetings_meeting_changelist") + query).context["cl"].result_list)
        for query in [
            "?confidence=low", "?confidence=high", "?country=FR", "?country=KR", "?flag=conflict", "?flag=new_person",
            "?extractor=test-1", "?start_date__gte=2017-01-01", "?q=Ban", "?q=Fabius", "?status__exact=held",
        ]
    }
    assert found == {
        "?confidence=low": 5, "?confidence=high": 2, "?country=FR": 6, "?country=KR": 1, "?flag=conflict": 0,
        "?flag=new_person": 7, "?extractor=test-1": 7, "?start_date__gte=2017-01-01": 1, "?q=Ban": 1, "?q=Fabius": 1,
        "?status__exact=held": 7,
    }


def test_every_change_page_renders(admin_client):
    world(2)
    meeting, person, place = Meeting.objects.first(), Person.objects.first(), Place.objects.first()
    pages = [
        reverse("admin:meetings_meeting_change", args=[meeting.pk]),
        reverse("admin:meetings_meeting_history", args=[meeting.pk]),
        reverse("admin:meetings_person_change", args=[person.pk]),
        reverse("admin:meetings_person_add"),
        reverse("admin:meetings_place_change", args=[place.pk]),
        reverse("admin:meetings_article_change", args=[Article.objects.first().pk]),
        reverse("admin:meetings_report_change", args=[Report.objects.first().pk]),
        reverse("admin:meetings_reviewflag_change", args=[ReviewFlag.objects.first().pk]),
        reverse("admin:ingest_feed_change", args=[Feed.objects.first().pk]),
        reverse("admin:ingest_feedentry_change", args=[FeedEntry.objects.first().pk]),
        url("meetings_meeting_changelist") + "?shown=rejected",
    ]
    for page in pages:
        assert admin_client.get(page).status_code == 200, page


def test_the_meeting_page_shows_its_sources_and_trail_read_only(admin_client):
    world(1)
    meeting = Meeting.objects.first()
    response = admin_client.get(reverse("admin:meetings_meeting_change", args=[meeting.pk]))
    inlines = {i.formset.prefix: i for i in response.context["inline_admin_formsets"]}

    assert set(inlines) == {"participants", "reports", "trail", "flags"}
    assert not inlines["trail"].has_change_permission and not inlines["reports"].has_add_permission
    assert reverse("admin:meetings_report_split", args=[meeting.reports.get().pk]).encode() in response.content


def test_the_admin_never_deletes_meetings_or_people(admin_client):
    world(1)
    meeting, person = Meeting.objects.first(), Person.objects.first()

    for name, obj in (("meetings_meeting_delete", meeting), ("meetings_person_delete", person)):
        assert admin_client.post(reverse(f"admin:{name}", args=[obj.pk]), {"post": "yes"}).status_code == 403
    assert "delete_selected" not in admin_client.get(url("meetings_meeting_changelist")).context["cl"].model_admin.get_actions(
        admin_client.get(url("meetings_meeting_changelist")).wsgi_request
    )
