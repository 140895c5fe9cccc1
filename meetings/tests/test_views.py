import re
from datetime import date

import pytest
from django.urls import reverse

from meetings.models import Article, Meeting, Person, Place
from meetings.tests.factories import KERRY, LAVROV, make_article, record, report
from meetings.views import highlight

pytestmark = pytest.mark.django_db

ZARIF = ("Mohammad Javad Zarif", "IR", "Foreign Minister")


def seed():
    """The seed article's three Lavrov-Kerry meetings, and a Zarif-Kerry one."""
    geneva = make_article(published=date(2016, 9, 10), title="Kerry and Lavrov in Geneva", outlet="Reuters")
    record(geneva, report(status="held", start=date(2016, 9, 9), place=("Geneva", "CH", "city"), evidence="Kerry and Lavrov met in Geneva."))
    sputnik = make_article(published=date(2016, 11, 15), title="Lavrov, Kerry Could Meet", outlet="Sputnik")
    apec = report(
        status="possible",
        start=date(2016, 11, 19),
        end=date(2016, 11, 20),
        place=("Peru", "PE", "country"),
        occasion="APEC summit",
        evidence="Sergei Lavrov and John Kerry could meet on the sidelines of the November 19-20 APEC summit in Peru.",
    )
    apec.cues = {"status": "could meet", "date": "November 19-20"}
    lausanne = report(
        LAVROV,
        KERRY,
        (None, "QA", "Foreign Minister"),
        status="held",
        start=date(2016, 10, 15),
        place=("Lausanne", "CH", "city"),
        evidence="The last meeting between Lavrov and Kerry was held on October 15 in Lausanne.",
    )
    record(sputnik, apec, lausanne)
    irna = make_article(published=date(2016, 9, 20), title="Zarif meets Kerry", outlet="IRNA")
    record(irna, report(ZARIF, KERRY, status="cancelled", start=date(2016, 9, 19), place=("New York", "US", "city")))
    return {m.start_date: m for m in Meeting.objects.all()}


def lavrov():
    return Person.objects.get(name="Sergey Lavrov")


def kerry():
    return Person.objects.get(name="John Kerry")


def listed_ids(response) -> list[int]:
    return [m.pk for _, group in response.context["months"] for m in group]


def assert_no_inline_code(html: str):
    """The CSP allows no inline script or style: every <script> has a src or carries JSON data."""
    assert "<style" not in html
    assert not re.search(r"\sstyle=", html)
    for tag in re.findall(r"<script[^>]*>", html):
        assert "src=" in tag or 'type="application/json"' in tag, tag


# --- the timeline ---------------------------------------------------------------------------------


def test_the_timeline_lists_every_visible_meeting_newest_first_grouped_by_month(client):
    meetings = seed()
    hidden = meetings[date(2016, 9, 9)]
    hidden.rejected = True
    hidden.save()

    response = client.get("/")

    assert response.status_code == 200
    assert [label for label, _ in response.context["months"]] == ["November 2016", "October 2016", "September 2016"]
    assert listed_ids(response) == [meetings[date(2016, 11, 19)].pk, meetings[date(2016, 10, 15)].pk, meetings[date(2016, 9, 19)].pk]
    assert_no_inline_code(response.content.decode())


def test_the_timeline_page_runs_a_fixed_number_of_queries(client, django_assert_num_queries):
    seed()
    for n in range(5):  # more meetings must not mean more queries
        record(make_article(), report(ZARIF, LAVROV, start=date(2017, n + 1, 1)))
    # 1 count for the paginator, 2 the page of meetings with their places, 3 their participants with
    # people, 4 the countries for the filter's select
    with django_assert_num_queries(4):
        response = client.get("/")
    assert len(listed_ids(response)) == 9
    # each participant country once, ordered by name
    assert response.context["countries"] == [("IR", "Iran"), ("QA", "Qatar"), ("RU", "Russia"), ("US", "United States")]


def test_the_timeline_filters_by_a_person_under_any_alias(client):
    meetings = seed()
    response = client.get("/", {"person": "Sergei Lavrov"})
    assert set(listed_ids(response)) == {m.pk for d, m in meetings.items() if d != date(2016, 9, 19)}


def test_two_people_filter_to_their_meetings_together(client):
    meetings = seed()
    response = client.get("/", {"person": ["Zarif", "Kerry"]})
    assert listed_ids(response) == [meetings[date(2016, 9, 19)].pk]


def test_the_timeline_filters_by_country_status_dates_and_text(client):
    meetings = seed()
    assert listed_ids(client.get("/", {"country": "ir"})) == [meetings[date(2016, 9, 19)].pk]
    assert listed_ids(client.get("/", {"country": "QA"})) == [meetings[date(2016, 10, 15)].pk]
    assert listed_ids(client.get("/", {"status": ["possible", "cancelled"]})) == [
        meetings[date(2016, 11, 19)].pk,
        meetings[date(2016, 9, 19)].pk,
    ]
    assert listed_ids(client.get("/", {"start": "2016-10-01", "end": "2016-10-31"})) == [meetings[date(2016, 10, 15)].pk]
    assert listed_ids(client.get("/", {"q": "apec"})) == [meetings[date(2016, 11, 19)].pk]
    assert listed_ids(client.get("/", {"q": "lausanne"})) == [meetings[date(2016, 10, 15)].pk]


def test_a_malformed_filter_is_reported_and_the_others_still_apply(client):
    seed()
    response = client.get("/", {"start": "not-a-date", "status": "held"})
    assert response.status_code == 200
    assert "start" in response.context["filters"].errors
    assert {m.status for _, group in response.context["months"] for m in group} == {"held"}
    assert "Enter a valid date" in response.content.decode()


def test_filters_survive_into_the_timeline_data_and_the_pagination_links(client):
    seed()
    response = client.get("/", {"person": ["Lavrov", "Kerry"], "status": "held", "lanes": "country"})
    assert response.context["data_url"] == "/timeline.json?person=Lavrov&person=Kerry&status=held"
    assert response.context["page_query"] == "person=Lavrov&person=Kerry&status=held&lanes=country"
    html = response.content.decode()
    assert 'value="Lavrov"' in html and 'value="Kerry"' in html
    assert 'value="held" checked' in html
    assert '<input type="hidden" name="lanes" value="country">' in html


def test_an_empty_database_tells_how_to_ingest_articles(client):
    response = client.get("/")
    html = response.content.decode()
    assert "No meetings yet" in html
    assert "python manage.py ingest" in html
    assert "data-timeline" not in html


def test_filters_that_match_nothing_say_so_and_offer_to_clear_them(client):
    seed()
    html = client.get("/", {"q": "Atlantis"}).content.decode()
    assert "No meeting matches these filters" in html
    assert "Clear all filters" in html


def test_the_list_is_paginated_and_keeps_the_filters(client, monkeypatch):
    monkeypatch.setattr("meetings.views.LIST_PAGE_SIZE", 2)
    seed()
    response = client.get("/", {"status": ["held", "possible"]})
    assert len(listed_ids(response)) == 2
    assert 'href="?status=held&amp;status=possible&amp;page=2"' in response.content.decode()
    assert len(listed_ids(client.get("/", {"status": ["held", "possible"], "page": 2}))) == 1


def test_timeline_data_gives_each_meeting_with_its_people_and_countries(client, django_assert_num_queries):
    meetings = seed()
    # 1 the people the name means, 2 the meetings with places, 3 their participants with people
    with django_assert_num_queries(3):
        data = client.get("/timeline.json", {"person": "Lavrov"}).json()
    lausanne = next(i for i in data["items"] if i["id"] == meetings[date(2016, 10, 15)].pk)
    assert lausanne["s"] == lausanne["e"] == "2016-10-15"
    assert lausanne["st"] == "held"
    assert {data["people"][str(p[0])] for p in lausanne["p"]} == {"Sergey Lavrov", "John Kerry"}
    assert {p[1] for p in lausanne["p"]} == {"RU", "US"}
    assert lausanne["u"] == ["QA"]
    assert data["countries"]["QA"] == "Qatar"
    assert [i["s"] for i in data["items"]] == ["2016-09-09", "2016-10-15", "2016-11-19"]


def test_timeline_data_past_its_limit_sends_the_newest_and_says_so(client, monkeypatch):
    monkeypatch.setattr("meetings.views.TIMELINE_MAX_ITEMS", 2)
    seed()
    data = client.get("/timeline.json").json()
    assert data["truncated"] is True
    assert [i["s"] for i in data["items"]] == ["2016-10-15", "2016-11-19"]
    assert {p[0] for i in data["items"] for p in i["p"]} == {lavrov().pk, kerry().pk}
    assert client.get("/timeline.json", {"status": "cancelled"}).json()["truncated"] is False


def test_people_suggestions_match_any_alias(client):
    seed()
    record(make_article(), report(("Sergei Lavrov", "RU", "Foreign Minister"), KERRY, start=date(2017, 2, 1)))
    results = client.get("/people/suggest.json", {"q": "serge"}).json()["results"]
    assert [r["name"] for r in results] == ["Sergey Lavrov"]
    assert "Sergei Lavrov" in results[0]["aliases"]
    assert client.get("/people/suggest.json", {"q": "s"}).json() == {"results": []}


# --- one meeting ----------------------------------------------------------------------------------


def test_a_meeting_page_shows_participants_place_trail_and_highlighted_evidence(client, django_assert_num_queries):
    meeting = seed()[date(2016, 11, 19)]
    Place.objects.filter(pk=meeting.place_id).update(latitude=-10.0, longitude=-76.0)
    # 1 the meeting and its place, 2 participants with people, 3 reports with articles and places,
    # 4 the status trail with each step's article
    with django_assert_num_queries(4):
        response = client.get(f"/meetings/{meeting.pk}/")
    html = response.content.decode()
    assert "Sergey Lavrov and John Kerry" in html
    assert "Russia" in html and "Secretary of State" in html
    assert "-10.0000, -76.0000" in html
    assert "precision: day" in html
    assert '<mark class="cue cue-status" title="status">could meet<span class="visually-hidden"> (status)</span></mark>' in html
    assert '<mark class="cue cue-date" title="date">November 19-20<span class="visually-hidden"> (date)</span></mark>' in html
    assert f'href="/articles/{meeting.reports.get().article_id}/"' in html
    assert "/encounters/?a=" in html
    assert "Edit in admin" not in html
    assert_no_inline_code(html)


def test_a_multilateral_meeting_is_named_by_its_people_and_counts_the_other_delegations(client):
    meeting = seed()[date(2016, 10, 15)]
    response = client.get(f"/meetings/{meeting.pk}/")
    assert response.context["title"] == "Sergey Lavrov and John Kerry, with 1 other delegation"
    assert "Qatar" in response.content.decode()


def test_a_status_trail_lists_each_step_with_its_source(client):
    seed()
    later = make_article(published=date(2016, 11, 21), title="They met in Lima", outlet="AP")
    record(later, report(status="held", start=date(2016, 11, 20), evidence="Lavrov and Kerry met in Lima."))
    meeting = Meeting.objects.get(start_date=date(2016, 11, 20))
    response = client.get(f"/meetings/{meeting.pk}/")
    assert [(s.status, s.report.article.outlet) for s in response.context["trail"]] == [("possible", "Sputnik"), ("held", "AP")]


def test_article_text_in_evidence_is_escaped(client):
    article = make_article()
    evil = report(status="held", start=date(2016, 1, 1), evidence='Lavrov <script>alert("x")</script> met Kerry.')
    evil.cues = {"status": "met", "place": "<b>"}
    record(article, evil)
    html = client.get(f"/meetings/{Meeting.objects.get().pk}/").content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html


def test_a_rejected_meeting_is_hidden_but_staff_can_still_open_it(client, admin_client):
    meeting = seed()[date(2016, 9, 9)]
    meeting.rejected = True
    meeting.save()
    assert client.get(f"/meetings/{meeting.pk}/").status_code == 404
    html = admin_client.get(f"/meetings/{meeting.pk}/").content.decode()
    assert "rejected" in html


def test_staff_get_an_edit_link_to_the_admin(admin_client):
    meeting = seed()[date(2016, 9, 9)]
    html = admin_client.get(f"/meetings/{meeting.pk}/").content.decode()
    assert f'href="/admin/meetings/meeting/{meeting.pk}/change/"' in html


def test_highlight_marks_the_longest_cue_first_and_escapes_the_rest():
    html = highlight("Lavrov & Kerry could meet in <Peru>", [("participant", "Lavrov"), ("status", "could meet"), ("status", "meet")])
    assert html == (
        '<mark class="cue cue-participant" title="participant">Lavrov<span class="visually-hidden"> (participant)</span></mark> &amp; Kerry '
        '<mark class="cue cue-status" title="status">could meet<span class="visually-hidden"> (status)</span></mark> in &lt;Peru&gt;'
    )


def test_cues_listing_several_words_highlight_each(client):
    article = make_article()
    data = report(status="held", start=date(2016, 10, 15), evidence="The last meeting between Lavrov and Kerry was held on October 15.")
    data.cues = {"participants": "Lavrov; Kerry", "status": "was held", "trigger": ["meeting"]}
    record(article, data)
    html = client.get(f"/meetings/{Meeting.objects.get().pk}/").content.decode()
    assert '<mark class="cue cue-participants" title="participants">Lavrov<span class="visually-hidden"> (participants)</span></mark>' in html
    assert '<mark class="cue cue-participants" title="participants">Kerry<span class="visually-hidden"> (participants)</span></mark>' in html
    assert '<mark class="cue cue-trigger" title="trigger">meeting<span class="visually-hidden"> (trigger)</span></mark>' in html


def test_highlight_ignores_words_that_are_not_in_the_sentence():
    assert highlight("They met.", [("place", "Geneva"), ("date", "")]) == "They met."


# --- people and pairs -----------------------------------------------------------------------------


def test_a_person_page_shows_aliases_meetings_and_top_counterparts(client, django_assert_num_queries):
    seed()
    record(make_article(), report(("Sergei Lavrov", "RU", "Foreign Minister"), ZARIF, start=date(2017, 2, 1)))
    person = lavrov()
    # 1 the person, 2 aliases, 3 roles, 4 count for the paginator, 5 the page of meetings with places,
    # 6 their participants with people, 7 counterparts counted
    with django_assert_num_queries(7):
        response = client.get(f"/people/{person.pk}/")
    assert [(c["person__name"], c["n"]) for c in response.context["counterparts"]] == [("John Kerry", 3), ("Mohammad Javad Zarif", 1)]
    html = response.content.decode()
    assert "Sergei Lavrov" in html
    assert f"/encounters/?a={person.pk}&amp;b={kerry().pk}" in html
    assert len(listed_ids(response)) == 4
    assert response.context["data_url"] == f"/timeline.json?person={person.pk}"


def test_an_unknown_person_is_not_found(client):
    assert client.get("/people/999/").status_code == 404


def test_encounters_by_name_show_only_that_pair(client, django_assert_num_queries):
    meetings = seed()
    # 1 and 2 resolve each name, 3 count for the paginator, 4 the page of meetings with places,
    # 5 their participants, 6 meetings and latest date per status
    with django_assert_num_queries(6):
        response = client.get("/encounters/", {"a": "Lavrov", "b": "kerry"})
    assert listed_ids(response) == [meetings[d].pk for d in (date(2016, 11, 19), date(2016, 10, 15), date(2016, 9, 9))]
    assert response.context["last_held"] == date(2016, 10, 15)
    assert response.context["statuses"] == [("possible", 1), ("held", 2)]
    assert "Sergey Lavrov</a> and <a" in response.content.decode()


def test_encounters_by_id_work_like_names(client):
    seed()
    response = client.get("/encounters/", {"a": lavrov().pk, "b": kerry().pk})
    assert len(listed_ids(response)) == 3 == response.context["total"]


def test_encounters_say_when_a_name_is_unknown_or_ambiguous(client):
    seed()
    record(make_article(), report(("Anna Kerry", "GB", "Envoy"), ZARIF, start=date(2017, 1, 1)))
    html = client.get("/encounters/", {"a": "Nobody", "b": "Kerry"}).content.decode()
    assert "Nobody called “Nobody” is known" in html
    assert "could be several people" in html
    assert "Anna Kerry" in html and "John Kerry" in html


def test_encounters_without_people_invite_a_choice(client):
    html = client.get("/encounters/").content.decode()
    assert "Pick two people" in html


# --- articles -------------------------------------------------------------------------------------


def test_the_articles_page_shows_states_errors_and_what_each_produced(client, django_assert_num_queries):
    meetings = seed()
    make_article(title="Broken page", state=Article.State.FAILED, error="ValueError: no text")
    make_article(title="Waiting", state=Article.State.PENDING)
    # 1 count for the paginator, 2 the page with report counts, 3 their reports, 4 counts per state
    with django_assert_num_queries(4):
        response = client.get("/articles/")
    html = response.content.decode()
    assert "ValueError: no text" in html
    assert f'href="/meetings/{meetings[date(2016, 10, 15)].pk}/"' in html
    assert {value: n for value, _, n in response.context["states"]} == {"pending": 1, "processing": 0, "done": 3, "failed": 1}


def test_the_articles_page_filters_by_state(client):
    seed()
    make_article(title="Broken page", state=Article.State.FAILED, error="boom")
    response = client.get("/articles/", {"state": "failed"})
    assert [a.title for a in response.context["page"].object_list] == ["Broken page"]


def test_no_articles_yet_explains_how_to_ingest(client):
    html = client.get("/articles/").content.decode()
    assert "Nothing has come in yet" in html and "python manage.py ingest" in html


def test_an_article_page_shows_its_reports_with_highlights(client, django_assert_num_queries):
    seed()
    article = Article.objects.get(outlet="Sputnik")
    # 1 the article, 2 its reports with their meetings and places
    with django_assert_num_queries(2):
        html = client.get(f"/articles/{article.pk}/").content.decode()
    assert html.count('class="report"') == 2
    assert '<mark class="cue cue-status" title="status">could meet<span class="visually-hidden"> (status)</span></mark>' in html


def test_every_page_reverses_under_the_meetings_namespace():
    assert reverse("meetings:timeline") == "/"
    assert reverse("meetings:meeting", args=[3]) == "/meetings/3/"
    assert reverse("meetings:person", args=[3]) == "/people/3/"
    assert reverse("meetings:encounters") == "/encounters/"
    assert reverse("meetings:articles") == "/articles/"


@pytest.mark.django_db
def test_the_country_choices_are_every_participant_country_once_in_one_query():
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from meetings.models import Meeting, Participant
    from meetings.views import participant_countries

    for codes in (["RU", "US"], ["US", "CN"], ["QA", "IR"]):
        meeting = Meeting.objects.create()
        Participant.objects.bulk_create(Participant(meeting=meeting, country=c) for c in codes)
    with CaptureQueriesContext(connection) as ctx:
        choices = participant_countries()
    assert [code for code, _ in choices] == ["CN", "IR", "QA", "RU", "US"]  # by name: China … United States
    assert dict(choices)["RU"] == "Russia"
    assert len(ctx.captured_queries) == 1
