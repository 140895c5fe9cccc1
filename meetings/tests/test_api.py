"""The meetings endpoints: every filter, the detail with its sources, auth, throttling and errors."""

from __future__ import annotations

import json

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient
from rest_framework.throttling import SimpleRateThrottle

from meetings.models import Meeting, Place

pytestmark = pytest.mark.usefixtures("_no_throttling")


def ids(response) -> list[int]:
    assert response.status_code == 200, response.content
    return [m["id"] for m in response.json()["results"]]


URL = "/api/v1/meetings/"


# --- Filters ------------------------------------------------------------------------------------


def test_participant_repeated_lists_every_meeting_of_both_in_date_order(api, world):
    got = ids(api.get(URL, {"participant": ["Lavrov", "Kerry"]}))
    assert got == [world.geneva.pk, world.lausanne.pk, world.apec.pk]


def test_participant_matches_any_spelling_and_the_person_id(api, world):
    by_alias = ids(api.get(URL, {"participant": ["Sergei Lavrov", "Kerry"]}))
    by_id = ids(api.get(URL, {"participant": [world.lavrov.pk, world.kerry.pk]}))
    assert by_alias == by_id == [world.geneva.pk, world.lausanne.pk, world.apec.pk]


def test_participant_that_names_nobody_matches_no_meeting(api, world):
    assert ids(api.get(URL, {"participant": "Nobody Known"})) == []


def test_participant_any_lists_meetings_of_either_person(api, world):
    assert ids(api.get(URL, {"participant_any": ["Tillerson", "Zarif"]})) == [world.phone.pk, world.zarif.pk]


def test_country_matches_any_participant_named_or_not(api, world):
    assert ids(api.get(URL, {"country": "QA"})) == [world.lausanne.pk]
    assert ids(api.get(URL, {"country": "ir"})) == [world.zarif.pk]


def test_status_takes_several_values(api, world):
    assert ids(api.get(URL, {"status": ["planned", "possible"]})) == [world.zarif.pk]
    assert ids(api.get(URL, {"status": "held"})) == [world.geneva.pk, world.lausanne.pk, world.apec.pk, world.phone.pk]


def test_mode_keeps_calls_apart(api, world):
    assert ids(api.get(URL, {"mode": "phone"})) == [world.phone.pk]


def test_dates_select_meetings_that_overlap_the_range(api, world):
    # the phone call ran 27-28 February: it overlaps a range that starts on the 28th
    assert ids(api.get(URL, {"date_from": "2017-02-28", "date_to": "2017-03-05"})) == [world.phone.pk]
    assert ids(api.get(URL, {"date_to": "2016-10-15"})) == [world.geneva.pk, world.lausanne.pk]
    assert ids(api.get(URL, {"date_from": "2016-10-15"})) == [world.lausanne.pk, world.apec.pk, world.phone.pk]


def test_place_matches_a_name_an_id_or_the_cities_of_a_country(api, world):
    lausanne = Place.objects.get(name="Lausanne")
    assert ids(api.get(URL, {"place": "lausanne"})) == [world.lausanne.pk]
    assert ids(api.get(URL, {"place": lausanne.pk})) == [world.lausanne.pk]
    assert ids(api.get(URL, {"place": "Peru"})) == [world.apec.pk]  # held in Lima


def test_occasion_matches_text_in_the_occasion(api, world):
    assert ids(api.get(URL, {"occasion": "apec"})) == [world.apec.pk]


def test_verified_selects_what_curators_confirmed(api, world):
    assert ids(api.get(URL, {"verified": "true"})) == [world.geneva.pk]
    assert world.geneva.pk not in ids(api.get(URL, {"verified": "false"}))


def test_q_searches_names_places_and_evidence(api, world):
    assert ids(api.get(URL, {"q": "Mistura"})) == [world.lausanne.pk]
    assert ids(api.get(URL, {"q": "Lima"})) == [world.apec.pk]
    assert ids(api.get(URL, {"q": "by phone"})) == [world.phone.pk]


def test_ordering_by_date_descending_keeps_undated_meetings_last(api, world):
    assert ids(api.get(URL, {"ordering": "-date"})) == [
        world.phone.pk,
        world.apec.pk,
        world.lausanne.pk,
        world.geneva.pk,
        world.zarif.pk,
    ]


def test_ordering_by_last_update_puts_the_freshest_first(api, world):
    Meeting.objects.filter(pk=world.lausanne.pk).update(occasion="talks on Syria")  # auto_now needs save()
    world.lausanne.refresh_from_db()
    world.lausanne.save()
    assert ids(api.get(URL, {"ordering": "-updated"}))[0] == world.lausanne.pk


def test_undated_meetings_come_last_by_default(api, world):
    assert ids(api.get(URL))[-1] == world.zarif.pk


def test_filters_combine(api, world):
    got = ids(api.get(URL, {"participant": ["Lavrov", "Kerry"], "country": "CH", "date_from": "2016-10-01"}))
    assert got == []  # CH is a place, not a participant's country
    got = ids(api.get(URL, {"participant": ["Lavrov", "Kerry"], "place": "Switzerland", "status": "held"}))
    assert got == []  # no place named Switzerland is known
    got = ids(api.get(URL, {"participant": ["Lavrov", "Kerry"], "q": "Geneva", "status": "held"}))
    assert got == [world.geneva.pk]


# --- Rejected meetings ----------------------------------------------------------------------------


@pytest.fixture
def staff(db):
    return get_user_model().objects.create_user("curator", is_staff=True)  # no password: no slow hashing


def test_rejected_meetings_are_hidden_even_when_asked_by_anyone_but_staff(api, world):
    assert world.moscow.pk not in ids(api.get(URL))
    assert world.moscow.pk not in ids(api.get(URL, {"include_rejected": "1"}))
    assert api.get(f"{URL}{world.moscow.pk}/").status_code == 404


def test_staff_may_include_rejected_meetings(api, world, staff):
    api.force_authenticate(staff)
    assert world.moscow.pk not in ids(api.get(URL))
    assert world.moscow.pk in ids(api.get(URL, {"include_rejected": "1"}))
    detail = api.get(f"{URL}{world.moscow.pk}/")
    assert detail.status_code == 200 and detail.json()["rejected"] is True


# --- Items and detail -----------------------------------------------------------------------------


def test_each_item_carries_dates_place_participants_reports_and_url(api, world):
    item = api.get(URL, {"participant": "Mistura"}).json()["results"][0]
    assert item["start_date"] == item["end_date"] == "2016-10-15"
    assert item["date_precision"] == "day"
    assert item["status"] == "held" and item["mode"] == "in_person"
    assert item["place"] == {"id": item["place"]["id"], "name": "Lausanne", "kind": "city", "country": "CH",
                             "latitude": None, "longitude": None}  # fmt: skip
    assert [(p["name"], p["country"]) for p in item["participants"]] == [
        ("Sergey Lavrov", "RU"),
        ("John Kerry", "US"),
        ("Staffan de Mistura", ""),
        (None, "QA"),
    ]
    assert item["participants"][3] == {"person_id": None, "name": None, "role": "Foreign Minister", "country": "QA"}
    assert item["report_count"] == 1
    assert item["url"] == f"http://testserver{URL}{world.lausanne.pk}/"


def test_detail_has_the_status_trail_and_every_report_with_its_source(api, world):
    body = api.get(f"{URL}{world.apec.pk}/").json()
    assert body["status"] == "held" and body["report_count"] == 2
    assert [(s["date"], s["status"]) for s in body["trail"]] == [("2016-11-15", "possible"), ("2016-11-21", "held")]
    assert body["trail"][0]["source"] == body["reports"][0]["article"]["url"]
    first, second = body["reports"]
    assert first["evidence"].startswith("Lavrov and Kerry could meet on the sidelines")
    assert (first["evidence_start"], first["evidence_end"]) == (0, len(first["evidence"]))
    assert first["article"]["title"] == "Lavrov, Kerry Could Meet on the Sidelines of APEC Summit"
    assert first["article"]["published"] == "2016-11-15"
    assert second["article"]["outlet"] == "TASS"
    assert (first["extractor_version"], second["extractor_version"]) == ("test-1", "test-2")
    assert second["place"]["name"] == "Lima" and first["place"]["name"] == "Peru"


def test_an_unknown_meeting_is_a_json_404(api, db):
    response = api.get(f"{URL}987654/")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"error": "No Meeting matches the given query."}


# --- Pagination and cost --------------------------------------------------------------------------


def test_page_size_sets_the_page_and_links_the_next(api, world):
    body = api.get(URL, {"page_size": 2}).json()
    assert body["count"] == 5 and len(body["results"]) == 2
    assert "page=2" in body["next"] and "page_size=2" in body["next"]


def test_a_page_past_the_end_is_a_json_404(api, world):
    response = api.get(URL, {"page": 99})
    assert response.status_code == 404
    assert response.json() == {"error": "Invalid page."}


@pytest.mark.parametrize("page_size", [1, 50])
def test_a_list_costs_three_queries_and_one_a_name_whatever_the_page_size(api, world, page_size, django_assert_num_queries):
    # 1-2. the people each name means  3. count of matching meetings  4. the page, with places
    # 5. participants of the page, with people
    with django_assert_num_queries(5):
        response = api.get(URL, {"page_size": page_size, "participant": ["Lavrov", "Kerry"], "q": "a", "status": "held"})
    assert len(response.json()["results"]) == min(page_size, 3)


def test_a_detail_costs_four_queries(api, world, django_assert_num_queries):
    # 1. the meeting with its place  2. participants with people  3. trail with reports and articles
    # 4. reports with articles and places
    with django_assert_num_queries(4):
        assert api.get(f"{URL}{world.apec.pk}/").status_code == 200


# --- Auth and errors ------------------------------------------------------------------------------


def test_a_bad_filter_value_is_a_json_400_naming_the_parameter(api, db):
    response = api.get(URL, {"date_from": "next tuesday", "status": "maybe"})
    assert response.status_code == 400
    body = response.json()
    assert body["error"] == "the request is not valid"
    assert set(body["detail"]) == {"date_from", "status"}


def test_an_unknown_format_is_a_json_406_listing_the_formats(api, db):
    response = api.get(URL, {"format": "xml"})
    assert response.status_code == 406
    assert "csv, jsonl, ics" in response.json()["error"]


def test_reads_are_open_and_writes_need_a_login(api, db):
    assert api.get(URL).status_code == 200
    response = api.post(URL, {}, format="json")
    assert response.status_code == 401
    assert response.json() == {"error": "Authentication credentials were not provided."}


def test_a_token_write_reaches_the_endpoint_which_has_no_writes(api, staff):
    token = Token.objects.create(user=staff)
    api.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    response = api.post(URL, {}, format="json")
    assert response.status_code == 405
    assert response.json() == {"error": 'Method "POST" not allowed.'}


def test_a_bad_token_is_a_json_401(api, db):
    api.credentials(HTTP_AUTHORIZATION="Token nope")
    response = api.get(URL)
    assert response.status_code == 401
    assert response.json() == {"error": "Invalid token."}


def test_a_session_write_needs_the_csrf_token(staff):
    browser = APIClient(enforce_csrf_checks=True)
    browser.force_login(staff)
    refused = browser.post(URL, {}, format="json")
    assert refused.status_code == 403
    assert refused.json()["error"].startswith("CSRF Failed")
    browser.get("/admin/")  # its logout form sets the CSRF cookie
    allowed = browser.post(URL, {}, format="json", HTTP_X_CSRFTOKEN=browser.cookies["csrftoken"].value)
    assert allowed.status_code == 405  # past authentication: the list has no writes


def test_too_many_anonymous_requests_are_a_json_429(api, db, monkeypatch):
    monkeypatch.setattr(SimpleRateThrottle, "THROTTLE_RATES", {"anon": "2/minute", "user": None})
    cache.clear()
    try:
        assert [api.get(URL).status_code for _ in range(3)] == [200, 200, 429]
        response = api.get(URL)
        assert response.json()["error"].startswith("Request was throttled")
        assert int(response["Retry-After"]) > 0
    finally:
        cache.clear()


def test_the_api_root_lists_every_endpoint_including_articles(api, db):
    assert api.get("/api/v1/").json() == {
        "meetings": "http://testserver/api/v1/meetings/",
        "people": "http://testserver/api/v1/people/",
        "places": "http://testserver/api/v1/places/",
        "articles": "http://testserver/api/v1/articles/",
    }


def test_django_level_errors_under_api_are_json_and_pages_elsewhere(rf):
    from meetings.api_errors import not_found, server_error

    missing = not_found(rf.get("/api/v1/nothing/"), Exception())
    assert (missing.status_code, json.loads(missing.content)) == (404, {"error": "no such endpoint: /api/v1/nothing/"})
    crash = server_error(rf.get("/api/v1/meetings/"))
    assert (crash.status_code, crash["Content-Type"]) == (500, "application/json")
    assert "text/html" in not_found(rf.get("/nothing/"), Exception())["Content-Type"]


@pytest.mark.parametrize("size", ["0", "501", "ten", "-1"])
def test_a_page_size_out_of_range_is_a_json_400(api, db, size):
    response = api.get(URL, {"page_size": size})
    assert response.status_code == 400
    assert response.json() == {"error": "the request is not valid", "detail": {"page_size": ["a whole number from 1 to 500"]}}


def test_a_yes_or_no_filter_takes_only_true_or_false(api, db):
    response = api.get(URL, {"verified": "yes", "upcoming": "null"})
    assert response.status_code == 400
    assert response.json()["detail"] == {"verified": ["true or false"], "upcoming": ["true or false"]}
