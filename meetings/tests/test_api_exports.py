"""Exports of the meetings list: CSV, JSON Lines and iCalendar, chosen by ?format= or Accept, filters honoured."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import icalendar
import pytest

from meetings.exports import meeting_record
from meetings.models import Meeting
from meetings.tests.factories import make_article, record, report

URL = "/api/v1/meetings/"


pytestmark = pytest.mark.usefixtures("_no_throttling")


def body(response) -> str:
    assert response.status_code == 200, response.content
    assert response.streaming, "exports are streamed"
    return b"".join(response.streaming_content).decode()


def rows(response) -> list[dict]:
    return list(csv.DictReader(io.StringIO(body(response))))


def test_csv_has_a_header_and_a_row_per_meeting_in_date_order(api, world):
    response = api.get(URL, {"format": "csv"})
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="meetings.csv"'
    got = rows(response)
    assert [int(r["id"]) for r in got] == [world.geneva.pk, world.lausanne.pk, world.apec.pk, world.phone.pk, world.zarif.pk]
    lausanne = got[1]
    assert lausanne["participants"] == "Sergey Lavrov; John Kerry; Staffan de Mistura; Foreign Minister of QA"
    assert lausanne["countries"] == "QA RU US"
    assert (lausanne["start_date"], lausanne["place"], lausanne["place_country"]) == ("2016-10-15", "Lausanne", "CH")
    assert lausanne["url"] == f"http://testserver{URL}{world.lausanne.pk}/"


def test_csv_honours_the_filters_and_the_accept_header(api, world):
    response = api.get(URL, {"participant": ["Lavrov", "Kerry"], "status": "held"}, HTTP_ACCEPT="text/csv")
    assert [int(r["id"]) for r in rows(response)] == [world.geneva.pk, world.lausanne.pk, world.apec.pk]


def test_csv_is_not_paginated(api, world):
    assert len(rows(api.get(URL, {"format": "csv", "page_size": 1}))) == 5


def test_csv_quotes_text_a_spreadsheet_would_run_as_a_formula(api, db):
    record(make_article(), report(("=HYPERLINK(1)", "US", ""), ("John Kerry", "US", ""), occasion="@SUM(A1)"))
    (row,) = rows(api.get(URL, {"format": "csv", "occasion": "@SUM"}))
    assert row["participants"].startswith("'=HYPERLINK")
    assert row["occasion"] == "'@SUM(A1)"


def test_jsonl_writes_each_meeting_in_format_md_shape_with_its_mentions(api, world):
    response = api.get(URL, {"format": "jsonl", "participant": "Lima"})  # nobody is called Lima
    assert body(response) == ""
    response = api.get(URL, {"format": "jsonl", "participant": ["Lavrov", "Kerry"]})
    assert response["Content-Type"] == "application/jsonl; charset=utf-8"
    lines = [json.loads(line) for line in body(response).splitlines()]
    assert [m["id"] for m in lines] == [world.geneva.pk, world.lausanne.pk, world.apec.pk]
    apec = lines[2]
    assert apec == meeting_record(Meeting.objects.get(pk=world.apec.pk))
    assert [m["status"] for m in apec["mentions"]] == ["possible", "held"]
    assert apec["mentions"][1]["evidence"] == "Sergei Lavrov and John Kerry met in Lima on Sunday."
    assert apec["place"] == {"name": "Lima", "country": "PE"}


def test_jsonl_by_accept_header(api, world):
    response = api.get(URL, {"mode": "phone"}, HTTP_ACCEPT="application/jsonl")
    assert [json.loads(line)["id"] for line in body(response).splitlines()] == [world.phone.pk]


def test_ics_has_an_all_day_event_per_dated_meeting(api, world):
    response = api.get(URL, {"format": "ics"})
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = icalendar.Calendar.from_ical(body(response))
    events = {str(e["uid"]): e for e in calendar.walk("VEVENT")}
    # the undated Kerry–Zarif meeting has no day to be on; the rejected one is hidden
    assert set(events) == {f"meeting-{m.pk}@testserver" for m in (world.geneva, world.lausanne, world.apec, world.phone)}
    phone = events[f"meeting-{world.phone.pk}@testserver"]
    assert phone.decoded("dtstart") == date(2017, 2, 27)
    assert phone.decoded("dtend") == date(2017, 3, 1)  # exclusive: the call ran 27-28 February
    assert str(phone["summary"]) == "Sergey Lavrov – Rex Tillerson (held)"
    assert str(events[f"meeting-{world.lausanne.pk}@testserver"]["location"]) == "Lausanne, CH"


def test_ics_marks_what_may_still_happen_as_tentative(api, db):
    record(make_article(), report(status="possible", start=date(2030, 5, 1), evidence="Lavrov and Kerry could meet."))
    record(make_article(), report(status="cancelled", start=date(2030, 6, 1), evidence="The meeting was called off."))
    response = api.get(URL, {"status": ["possible", "cancelled"]}, HTTP_ACCEPT="text/calendar")
    statuses = [str(e["status"]) for e in icalendar.Calendar.from_ical(body(response)).walk("VEVENT")]
    assert statuses == ["TENTATIVE", "CANCELLED"]


def test_a_calendar_of_upcoming_meetings_leaves_out_the_past_and_the_called_off(api, world):
    record(make_article(), report(status="possible", start=date(2030, 5, 1), evidence="Lavrov and Kerry could meet."))
    record(make_article(), report(status="cancelled", start=date(2030, 6, 1), evidence="The meeting was called off."))
    response = api.get(URL, {"format": "ics", "upcoming": "true", "participant": "Kerry"})
    events = icalendar.Calendar.from_ical(body(response)).walk("VEVENT")
    assert [e.decoded("dtstart") for e in events] == [date(2030, 5, 1)]
    past = rows(api.get(URL, {"format": "csv", "upcoming": "false"}))
    assert date(2030, 5, 1).isoformat() not in {r["start_date"] for r in past} and len(past) == 6


def test_an_error_under_an_export_format_is_still_json(api, db):
    response = api.get(URL, {"format": "csv", "date_from": "soon"})
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert set(response.json()["detail"]) == {"date_from"}


def test_a_single_meeting_is_not_offered_as_an_export(api, world):
    response = api.get(f"{URL}{world.apec.pk}/", {"format": "csv"})
    assert response.status_code == 406
    assert response.json() == {"error": "format 'csv' is not offered here; choose one of: json"}


@pytest.mark.parametrize("fmt", ["csv", "ics"])
def test_an_export_costs_two_queries_whatever_its_length(api, world, fmt, django_assert_num_queries):
    # 1. the matching meetings with their places  2. their participants with people
    with django_assert_num_queries(2):
        body(api.get(URL, {"format": fmt}))


def test_a_jsonl_export_costs_three_queries(api, world, django_assert_num_queries):
    # 1. meetings with places  2. participants with people  3. reports with articles and places
    with django_assert_num_queries(3):
        body(api.get(URL, {"format": "jsonl"}))


@pytest.mark.django_db
def test_a_date_known_to_the_year_only_is_null_in_the_jsonl_with_its_year_beside_it():
    # FORMAT.md's dates are YYYY-MM-DD, YYYY-MM or null: "later this year" has no form of its own there
    (made,) = record(make_article(published=date(2025, 5, 22)), report(status="possible", start=date(2025, 1, 1), precision="year"))
    out = meeting_record(Meeting.objects.get(pk=made.meeting_id))
    assert (out["start_date"], out["end_date"], out["year"]) == (None, None, 2025)
    assert (out["mentions"][0]["start_date"], out["mentions"][0]["year"]) == (None, 2025)
