"""Finding the meetings a report may join: near its dates, in a fixed number of queries.

The database query (`_meeting_options`) must return every meeting `match_score` would accept (it is a
superset), must not return the same people's meetings of other years, and must not cost more queries
as the data grows.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from meetings.models import Meeting, Participant, Person, Place, Report
from meetings.services.matching import Candidate, Span, dates_compatible, match_score, search_window
from meetings.services.reports import _meeting_candidate, _meeting_options, _report_candidate
from meetings.tests.factories import KERRY, LAVROV, make_article, record, report

pytestmark = pytest.mark.django_db

STATUSES = ["possible", "planned", "held", "postponed", "cancelled", "ruled_out"]


def _random_span(rng: random.Random, base: date) -> tuple[date | None, date | None, str]:
    precision = rng.choice(["day", "day", "day", "month", "year", "unknown"])
    if precision == "unknown":
        return None, None, "unknown"
    start = base + timedelta(days=rng.randint(-60, 60))
    if precision == "month":
        start = start.replace(day=rng.choice([1, start.day]))
    if precision == "year":
        start = start.replace(month=1, day=1)
    end = start + timedelta(days=rng.choice([0, 0, 0, 1, 2]))
    return start, end, precision


def test_the_query_returns_every_meeting_match_score_accepts():
    """400 meetings of one pair around one date; 300 reports of that pair: nothing acceptable is missed."""
    rng = random.Random(20261129)
    base = date(2016, 6, 15)
    lavrov = Person.objects.create(name="Sergey Lavrov", name_key="sergey lavrov", country="RU")
    kerry = Person.objects.create(name="John Kerry", name_key="john kerry", country="US")
    cities = [Place.objects.create(name=n, key=n.lower(), country=c, kind="city") for n, c in [("Geneva", "CH"), ("Lima", "PE"), ("Vienna", "AT")]]
    for _ in range(400):
        start, end, precision = _random_span(rng, base)
        first = base + timedelta(days=rng.randint(-90, 60))
        meeting = Meeting.objects.create(
            start_date=start, end_date=end, date_precision=precision, status=rng.choice(STATUSES),
            place=rng.choice([None, *cities]), occasion=rng.choice(["", "", "APEC summit", "G20 summit"]),
            first_reported=first, last_reported=first + timedelta(days=rng.choice([0, 3, 20, 60])),
        )
        Participant.objects.bulk_create([Participant(meeting=meeting, person=lavrov), Participant(meeting=meeting, person=kerry)])
    meetings = list(Meeting.objects.select_related("place").prefetch_related("participants"))
    article = make_article(published=base)
    checked = accepted = 0
    for _ in range(300):
        start, end, precision = _random_span(rng, base)
        place = rng.choice([None, *cities])
        published = rng.choice([None, base + timedelta(days=rng.randint(-90, 90))])
        article.published = published
        r = Report(
            article=article, status=rng.choice(STATUSES), mode="in_person", start_date=start, end_date=end,
            date_precision=precision, place=place, occasion=rng.choice(["", "APEC summit"]),
            participants=[{"person_id": lavrov.pk, "country": "RU"}, {"person_id": kerry.pk, "country": "US"}],
        )
        found = {m.pk for _, _, m, _ in _meeting_options([r], article)}
        want = {m.pk for m in meetings if match_score(_report_candidate(r), published, _meeting_candidate(m))}
        assert want <= found, (r.start_date, r.date_precision, r.status, published, want - found)
        assert found == want  # the options are what match_score accepts: the window only narrows the search
        checked += 1
        accepted += len(want)
    assert checked == 300 and accepted > 100  # the random world does exercise matches


def test_the_same_peoples_meetings_of_other_years_are_not_candidates():
    lavrov, kerry = (Person.objects.create(name=n, name_key=n.lower(), country=c) for n, c in [("Sergey Lavrov", "RU"), ("John Kerry", "US")])
    for year in range(2000, 2016):
        m = Meeting.objects.create(start_date=date(year, 6, 1), end_date=date(year, 6, 1), date_precision="day",
                                   first_reported=date(year, 6, 1), last_reported=date(year, 6, 1))
        Participant.objects.bulk_create([Participant(meeting=m, person=lavrov), Participant(meeting=m, person=kerry)])
    near = Meeting.objects.create(start_date=date(2016, 6, 2), end_date=date(2016, 6, 2), date_precision="day", status="planned",
                                  first_reported=date(2016, 5, 20), last_reported=date(2016, 5, 20))
    Participant.objects.bulk_create([Participant(meeting=near, person=lavrov), Participant(meeting=near, person=kerry)])
    article = make_article(published=date(2016, 6, 3))
    r = Report(article=article, status="held", mode="in_person", start_date=date(2016, 6, 2), end_date=date(2016, 6, 2),
               date_precision="day", participants=[{"person_id": lavrov.pk}, {"person_id": kerry.pk}])
    with CaptureQueriesContext(connection) as ctx:
        options = _meeting_options([r], article)
    assert [m.pk for _, _, m, _ in options] == [near.pk]
    assert len(ctx.captured_queries) == 2  # the meetings, then their participants
    sql = ctx.captured_queries[0]["sql"]
    assert "'2016-05-25'" in sql and "GROUP BY" not in sql  # bounded by the report's dates, no aggregate


def test_recording_an_article_costs_the_same_queries_however_many_meetings_its_people_had():
    def cost(published: date) -> int:
        article = make_article(published=published)
        with CaptureQueriesContext(connection) as ctx:
            record(article, report(status="held", start=published), report(LAVROV, ("Wang Yi", "CN", "Foreign Minister"), start=published))
        return len(ctx.captured_queries)

    cost(date(2010, 1, 5))  # the people and places exist from now on
    first = cost(date(2010, 3, 5))
    for n in range(30):  # thirty more meetings of the same people, months apart
        cost(date(2011, 1, 1) + timedelta(days=40 * n))
    assert cost(date(2016, 3, 5)) == first
    assert first <= 24


def test_a_report_joining_a_meeting_does_not_read_the_meeting_or_its_participants_twice():
    record(make_article(published=date(2016, 6, 2)), report(start=date(2016, 6, 2)))
    article = make_article(published=date(2016, 6, 3))
    with CaptureQueriesContext(connection) as ctx:
        record(article, report(("Sergey Lavrov", "RU", "Russian Foreign Minister"), KERRY, start=date(2016, 6, 2)))
    reads = [q["sql"].split(" FROM ")[1].split()[0] for q in ctx.captured_queries if q["sql"].startswith("SELECT")]
    # the candidate search reads the meeting and its participants once; the refresh works on those rows
    assert reads.count('"meetings_meeting"') == 1 and reads.count('"meetings_participant"') == 1
    meeting = Meeting.objects.get()
    assert meeting.report_count == 2
    assert {p.role for p in meeting.participants.all()} == {"Russian Foreign Minister", "Secretary of State"}


def test_an_undated_report_joins_an_undated_meeting_only_while_its_story_runs():
    undated = Span(None, None, "unknown")
    assert dates_compatible(undated, "possible", date(2016, 3, 20), undated, "possible", date(2016, 3, 1), meeting_last_reported=date(2016, 3, 10))
    # a year later the same pair's talk of a meeting is another story
    assert dates_compatible(undated, "possible", date(2017, 3, 20), undated, "possible", date(2016, 3, 1), meeting_last_reported=date(2016, 3, 10)) is None
    # a story kept alive by reports every few weeks goes on
    assert dates_compatible(undated, "planned", date(2016, 5, 1), undated, "possible", date(2016, 3, 1), meeting_last_reported=date(2016, 4, 15))


def test_an_undated_possible_meeting_a_year_apart_is_a_new_meeting_end_to_end():
    record(make_article(published=date(2016, 3, 1)), report(status="possible"))
    record(make_article(published=date(2016, 3, 20)), report(status="planned"))
    record(make_article(published=date(2017, 4, 2)), report(status="possible"))
    assert sorted(Meeting.objects.values_list("report_count", flat=True)) == [1, 2]


def test_the_window_of_a_dated_report_is_its_days_and_a_week_either_side():
    c = Candidate(parties=frozenset(), span=Span(date(2016, 6, 2), date(2016, 6, 3), "day"), status="held",
                  place_country="", place_name="", place_kind="", occasion="")
    w = search_window(c, date(2016, 6, 4))
    assert w.dated == (date(2016, 5, 25), date(2016, 6, 11))
    assert w.undated_first == (date(2016, 5, 3), date(2016, 6, 3))
    assert w.held_before is None and not w.unbounded
    # an undated report in an undated article may speak of any meeting of its people
    undated = Candidate(parties=frozenset(), span=Span(None, None, "unknown"), status="held",
                        place_country="", place_name="", place_kind="", occasion="")
    assert search_window(undated, None).unbounded
    assert search_window(undated, date(2016, 6, 4)).held_before == date(2016, 6, 4)


def test_reports_are_created_with_their_meetings_in_one_statement():
    article = make_article(published=date(2016, 6, 4))
    with CaptureQueriesContext(connection) as ctx:
        record(article, report(start=date(2016, 6, 2)), report(LAVROV, ("Wang Yi", "CN", ""), start=date(2016, 6, 3)))
    inserts = [q["sql"] for q in ctx.captured_queries if q["sql"].startswith('INSERT INTO "meetings_report"')]
    assert len(inserts) == 1 and Report.objects.filter(article=article).count() == 2
    assert set(Meeting.objects.values_list("first_reported", "last_reported", "report_count")) == {(date(2016, 6, 4), date(2016, 6, 4), 1)}


def test_known_people_of_an_article_are_resolved_in_two_queries_however_many():
    from meetings.services.people import people_resolve
    from meetings.tests.factories import party

    names = [("Sergey Lavrov", "RU", "Foreign Minister"), ("John Kerry", "US", "Secretary of State"),
             ("Wang Yi", "CN", "Foreign Minister"), ("Staffan de Mistura", "", "UN envoy")]
    first = people_resolve(parties=[party(*n) for n in names], seen_on=date(2016, 6, 1))
    assert all(created for _, created in first)
    with CaptureQueriesContext(connection) as ctx:
        again = people_resolve(parties=[party(*n) for n in names], seen_on=date(2016, 6, 1))
    assert [p.pk for p, _ in again] == [p.pk for p, _ in first] and not any(c for _, c in again)
    assert len(ctx.captured_queries) == 2  # the people known by these spellings with all their aliases; their roles
    # a new spelling of a known person is learnt as an alias, a later day widens the role's span
    people_resolve(parties=[party("Sergei Lavrov", "RU", "Foreign Minister")], seen_on=date(2016, 7, 1))
    lavrov = first[0][0]
    assert set(lavrov.aliases.values_list("name", flat=True)) >= {"Sergey Lavrov", "Sergei Lavrov"}
    assert (lavrov.roles.get().first_seen, lavrov.roles.get().last_seen) == (date(2016, 6, 1), date(2016, 7, 1))
