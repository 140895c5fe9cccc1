"""People (search over every alias, roles over time, counts), a pair's encounters, and places."""

from __future__ import annotations

import pytest

from meetings.models import Place

PEOPLE = "/api/v1/people/"


pytestmark = pytest.mark.usefixtures("_no_throttling")


def names(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [p["name"] for p in response.json()["results"]]


def test_people_are_listed_by_name_with_their_visible_meeting_count(api, world):
    body = api.get(PEOPLE).json()["results"]
    counts = {p["name"]: p["meeting_count"] for p in body}
    # Lavrov: Geneva, Lausanne, APEC, the phone call; the rejected Moscow meeting is not counted
    assert counts == {
        "John Kerry": 4,
        "Mohammad Javad Zarif": 1,
        "Rex Tillerson": 1,
        "Sergey Lavrov": 4,
        "Staffan de Mistura": 1,
    }
    assert [p["name"] for p in body] == sorted(counts)


def test_search_finds_a_person_by_any_spelling(api, world):
    assert names(api.get(PEOPLE, {"search": "Sergei Lavrov"})) == ["Sergey Lavrov"]
    assert names(api.get(PEOPLE, {"search": "LAVROV"})) == ["Sergey Lavrov"]
    assert names(api.get(PEOPLE, {"search": "javad"})) == ["Mohammad Javad Zarif"]
    assert names(api.get(PEOPLE, {"search": "Pompeo"})) == []


def test_people_filter_by_country(api, world):
    assert names(api.get(PEOPLE, {"country": "us"})) == ["John Kerry", "Rex Tillerson"]


def test_a_person_has_aliases_roles_over_time_and_meetings_by_status(api, world):
    body = api.get(f"{PEOPLE}{world.lavrov.pk}/").json()
    assert body["aliases"] == ["Sergei Lavrov", "Sergey Lavrov"]
    assert body["roles"] == [{"role": "Foreign Minister", "country": "RU", "first_seen": "2016-11-15", "last_seen": "2017-03-01"}]
    assert body["meeting_count"] == 4
    assert body["meetings_by_status"] == {"possible": 0, "planned": 0, "held": 4, "postponed": 0, "cancelled": 0, "ruled_out": 0}


def test_an_unknown_person_is_a_json_404(api, db):
    response = api.get(f"{PEOPLE}424242/")
    assert response.status_code == 404
    assert response.json() == {"error": "No Person matches the given query."}


def test_encounters_are_every_meeting_of_the_pair_in_date_order(api, world):
    body = api.get(f"{PEOPLE}{world.lavrov.pk}/encounters/", {"with": "Kerry"}).json()
    assert [m["id"] for m in body["meetings"]] == [world.geneva.pk, world.lausanne.pk, world.apec.pk]
    assert body["count"] == 3
    assert body["by_status"]["held"] == 3 and sum(body["by_status"].values()) == 3
    assert (body["first"]["id"], body["last"]["id"]) == (world.geneva.pk, world.apec.pk)
    assert body["person"]["name"] == "Sergey Lavrov"
    assert [p["name"] for p in body["others"]] == ["John Kerry"]


def test_encounters_take_the_other_by_id_and_leave_undated_meetings_out_of_first_and_last(api, world):
    body = api.get(f"{PEOPLE}{world.kerry.pk}/encounters/", {"with": world.zarif_person.pk}).json()
    assert [m["id"] for m in body["meetings"]] == [world.zarif.pk]
    assert body["by_status"]["planned"] == 1
    assert body["first"] is None and body["last"] is None


def test_encounters_need_the_other_person(api, world):
    response = api.get(f"{PEOPLE}{world.lavrov.pk}/encounters/")
    assert response.status_code == 400
    assert list(response.json()["detail"]) == ["with"]


def test_encounters_with_nobody_known_are_a_json_404(api, world):
    response = api.get(f"{PEOPLE}{world.lavrov.pk}/encounters/", {"with": "Pompeo"})
    assert response.status_code == 404
    assert response.json() == {"error": "no other person matches 'Pompeo'"}


@pytest.mark.parametrize("page_size", [1, 50])
def test_encounters_cost_nine_queries_whatever_the_page(api, world, page_size, django_assert_num_queries):
    # 1. the person  2. the other people  3. the counts by status  4-5. the ids of the first and last dated
    # meetings  6-7. those meetings with their participants  8-9. the page of meetings with their
    # participants (no COUNT: 3 gave it)
    with django_assert_num_queries(9):
        api.get(f"{PEOPLE}{world.lavrov.pk}/encounters/", {"with": "Kerry", "page_size": page_size})


def test_encounters_come_a_page_at_a_time_with_counts_first_and_last_over_all(api, world):
    url = f"{PEOPLE}{world.lavrov.pk}/encounters/"
    first = api.get(url, {"with": "Kerry", "page_size": 2}).json()
    assert [m["id"] for m in first["meetings"]] == [world.geneva.pk, world.lausanne.pk]
    assert first["count"] == 3 and first["previous"] is None and "page=2" in first["next"]
    second = api.get(first["next"]).json()
    assert [m["id"] for m in second["meetings"]] == [world.apec.pk] and second["next"] is None
    assert (second["first"]["id"], second["last"]["id"]) == (world.geneva.pk, world.apec.pk)  # over all pages
    assert api.get(url, {"with": "Kerry", "page": 9}).status_code == 404


@pytest.mark.parametrize("page_size", [1, 50])
def test_a_people_list_costs_three_queries_whatever_the_page_size(api, world, page_size, django_assert_num_queries):
    # 1. count  2. the page  3. meeting counts of the page's people
    with django_assert_num_queries(3):
        api.get(PEOPLE, {"page_size": page_size, "search": "a"})


def test_a_person_costs_three_queries(api, world, django_assert_num_queries):
    # 1. the person with meeting counts  2. aliases  3. roles
    with django_assert_num_queries(3):
        api.get(f"{PEOPLE}{world.lavrov.pk}/")


# --- Places ---------------------------------------------------------------------------------------

PLACES = "/api/v1/places/"


def test_places_are_listed_with_their_visible_meeting_count(api, world):
    body = {p["name"]: p["meeting_count"] for p in api.get(PLACES).json()["results"]}
    # Peru was reported for APEC before Lima made it more precise; Moscow's meeting was rejected
    assert body == {"Geneva": 1, "Lausanne": 1, "Lima": 1, "Moscow": 0, "Peru": 0}


def test_places_filter_by_name_country_and_kind(api, world):
    assert [p["name"] for p in api.get(PLACES, {"search": "gene"}).json()["results"]] == ["Geneva"]
    assert [p["name"] for p in api.get(PLACES, {"country": "pe"}).json()["results"]] == ["Lima", "Peru"]
    assert [p["name"] for p in api.get(PLACES, {"kind": "country"}).json()["results"]] == ["Peru"]


def test_a_place_has_its_visible_meeting_count(api, world):
    place = Place.objects.get(name="Lausanne")
    assert api.get(f"{PLACES}{place.pk}/").json()["meeting_count"] == 1


@pytest.mark.parametrize("page_size", [1, 50])
def test_a_places_list_costs_three_queries_whatever_the_page_size(api, world, page_size, django_assert_num_queries):
    # 1. count  2. the page  3. meeting counts of the page's places
    with django_assert_num_queries(3):
        api.get(PLACES, {"page_size": page_size})
