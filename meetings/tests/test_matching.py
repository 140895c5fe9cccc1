from datetime import date

from meetings.services.matching import Candidate, Span, dates_compatible, match_score, parties_overlap, places_conflict


def cand(parties=("a", "b"), start=None, precision="day", status="held", country="", name="", kind="city", occasion=""):
    return Candidate(frozenset(parties), Span(start, start, precision if start else "unknown"), status, country, name, kind, occasion)


def test_the_same_pair_overlaps():
    assert parties_overlap(frozenset({"a", "b"}), frozenset({"a", "b"}))


def test_one_shared_party_is_not_enough():
    assert not parties_overlap(frozenset({"a", "b"}), frozenset({"a", "c"}))


def test_two_shared_parties_of_a_larger_meeting_overlap():
    assert parties_overlap(frozenset({"a", "b"}), frozenset({"a", "b", "c", "d"}))


def test_a_day_apart_in_the_same_country_is_the_same_day_across_time_zones():
    assert dates_compatible(
        Span(date(2016, 11, 20), None, "day"), "held", None, Span(date(2016, 11, 19), None, "day"), "held", same_place=True
    )


def test_a_day_apart_without_a_shared_place_is_another_meeting():
    assert dates_compatible(Span(date(2014, 3, 6), None, "day"), "held", None, Span(date(2014, 3, 5), None, "day"), "held") is None


def test_held_meetings_a_week_apart_are_different_meetings():
    assert dates_compatible(Span(date(2016, 11, 27), None, "day"), "held", None, Span(date(2016, 11, 19), None, "day"), "held") is None


def test_a_month_precision_date_contains_its_days():
    assert dates_compatible(Span(date(2014, 3, 1), None, "month"), "held", None, Span(date(2014, 3, 6), None, "day"), "held")


def test_a_planned_meeting_that_moved_a_few_days_is_the_same_meeting():
    why = dates_compatible(Span(date(2018, 7, 12), None, "day"), "planned", None, Span(date(2018, 7, 16), None, "day"), "held")
    assert "moved" in why


def test_an_undated_possible_meeting_finds_the_coming_one():
    why = dates_compatible(Span(None, None, "unknown"), "possible", date(2017, 11, 1), Span(date(2017, 11, 10), None, "day"), "held")
    assert why == "undated report of the coming meeting"


def test_an_undated_possible_meeting_does_not_reach_a_past_one():
    assert dates_compatible(Span(None, None, "unknown"), "possible", date(2017, 11, 1), Span(date(2017, 7, 7), None, "day"), "held") is None


def test_a_city_inside_the_country_does_not_conflict():
    assert not places_conflict(cand(country="PE", name="lima"), cand(country="PE", name="peru", kind="country"))


def test_two_cities_conflict():
    assert places_conflict(cand(country="CH", name="geneva"), cand(country="CH", name="lausanne"))


def test_two_countries_conflict():
    assert places_conflict(cand(country="CH"), cand(country="PE"))


def test_match_score_prefers_the_same_day_and_says_why():
    report = cand(start=date(2016, 10, 15), country="CH", name="lausanne")
    same_day, reason = match_score(report, date(2016, 11, 15), cand(start=date(2016, 10, 15), country="CH", name="lausanne"))
    next_day, _ = match_score(report, date(2016, 11, 15), cand(start=date(2016, 10, 16), country="CH", name="lausanne"))
    assert same_day > next_day
    assert "shares a, b" in reason
