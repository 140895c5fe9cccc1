from datetime import date

import pytest

from meetings.models import Alias, Meeting, Person, Report, StatusStep
from meetings.services import meeting_merge, meeting_reject, meeting_set_fields, report_split
from meetings.tests.factories import KERRY, LAVROV, make_article, record, report

pytestmark = pytest.mark.django_db

NOV19 = date(2016, 11, 19)


def test_it_creates_a_meeting_with_both_people_and_the_report():
    article = make_article()
    record(article, report(start=NOV19, end=date(2016, 11, 20), status="possible", place=("Peru", "PE", "country")))
    meeting = Meeting.objects.get()
    assert meeting.status == "possible"
    assert (meeting.start_date, meeting.end_date) == (NOV19, date(2016, 11, 20))
    assert meeting.place.country == "PE"
    assert sorted(p.person.name for p in meeting.participants.all()) == ["John Kerry", "Sergey Lavrov"]
    assert meeting.report_count == 1


def test_recording_the_same_extraction_twice_changes_nothing():
    article = make_article()
    record(article, report(start=NOV19))
    first = (list(Meeting.objects.values_list("pk", flat=True)), Report.objects.count(), Person.objects.count())
    record(article, report(start=NOV19))
    assert (list(Meeting.objects.values_list("pk", flat=True)), Report.objects.count(), Person.objects.count()) == first


def test_transliterations_resolve_to_one_person_and_are_kept_as_aliases():
    record(make_article(), report(("Sergey Lavrov", "RU"), KERRY, start=NOV19))
    record(make_article(), report(("Sergei Lavrov", "RU"), KERRY, start=date(2016, 9, 9)))
    assert Person.objects.filter(name__contains="Lavrov").count() == 1
    assert set(Alias.objects.filter(person__name__contains="Lavrov").values_list("name", flat=True)) == {"Sergey Lavrov", "Sergei Lavrov"}


def test_a_name_without_a_first_given_name_or_without_its_family_name_joins_the_fuller_one():
    record(make_article(), report(("Recep Tayyip Erdogan", "TR"), KERRY, start=NOV19))
    record(make_article(), report(("Tayyip Erdogan", "TR"), KERRY, start=date(2016, 9, 9)))
    assert Person.objects.filter(name__contains="Erdogan").count() == 1
    record(make_article(), report(("Faisal bin Farhan Al Saud", "SA"), KERRY, start=date(2016, 10, 9)))
    record(make_article(), report(("Faisal bin Farhan", "SA"), KERRY, start=date(2016, 8, 9)))
    assert Person.objects.filter(name__contains="Faisal").count() == 1
    record(make_article(), report(("Raul Castro", "CU"), KERRY, start=date(2016, 7, 9)))
    record(make_article(), report(("Fidel Castro", "CU"), KERRY, start=date(2016, 6, 9)))
    assert Person.objects.filter(name__contains="Castro").count() == 2


def test_a_surname_alone_joins_the_known_person():
    record(make_article(), report(start=NOV19))
    record(make_article(), report(("Lavrov", "RU"), ("Kerry", "US"), start=date(2016, 9, 9)))
    assert Person.objects.count() == 2


def test_reports_of_the_same_meeting_in_two_articles_merge():
    record(make_article(published=date(2016, 11, 15)), report(start=NOV19, status="possible", place=("Peru", "PE", "country")))
    record(make_article(published=date(2016, 11, 21)), report(start=date(2016, 11, 20), status="held", place=("Lima", "PE", "city")))
    meeting = Meeting.objects.get()
    assert meeting.status == "held"
    assert meeting.place.name == "Lima"  # the most specific place
    assert [s.status for s in meeting.trail.all()] == ["possible", "held"]


def test_a_stale_will_meet_does_not_undo_a_held_meeting():
    record(make_article(published=date(2016, 11, 20)), report(start=NOV19, status="held"))
    record(make_article(published=date(2016, 11, 22)), report(start=NOV19, status="planned"))
    assert Meeting.objects.get().status == "held"


def test_a_later_cancellation_wins():
    record(make_article(published=date(2016, 11, 10)), report(start=NOV19, status="planned"))
    record(make_article(published=date(2016, 11, 12)), report(start=NOV19, status="cancelled"))
    assert Meeting.objects.get().status == "cancelled"


def test_meetings_in_different_cities_stay_apart():
    record(make_article(), report(start=NOV19, place=("Geneva", "CH", "city")))
    record(make_article(), report(start=NOV19, place=("Lausanne", "CH", "city")))
    assert Meeting.objects.count() == 2


def test_two_meetings_in_one_article_stay_two():
    record(make_article(), report(start=NOV19), report(LAVROV, KERRY, ("", "FR"), start=NOV19, evidence="with France"))
    assert Meeting.objects.count() == 2


def test_unnamed_parties_are_kept_by_country_but_not_for_a_represented_country():
    record(make_article(), report(LAVROV, KERRY, (None, "QA", "Foreign Minister"), (None, "US"), start=NOV19))
    parties = Meeting.objects.get().participants.filter(person__isnull=True)
    assert list(parties.values_list("country", flat=True)) == ["QA"]


def test_a_curated_status_survives_a_rerun():
    article = make_article()
    record(article, report(start=NOV19, status="possible"))
    meeting_set_fields(meeting=Meeting.objects.get(), status="held")
    record(article, report(start=NOV19, status="possible"))
    meeting = Meeting.objects.get()
    assert meeting.status == "held"
    assert StatusStep.objects.filter(meeting=meeting, report__isnull=True, status="held").exists()


def test_a_rejected_meeting_is_not_recreated_by_a_rerun():
    article = make_article()
    record(article, report(start=NOV19))
    meeting_reject(meeting=Meeting.objects.get())
    record(article, report(start=NOV19))
    assert Meeting.objects.count() == 1
    assert Meeting.objects.visible().count() == 0


def test_a_curated_merge_survives_a_rerun():
    a, b = make_article(), make_article()
    record(a, report(start=NOV19, place=("Geneva", "CH", "city")))
    record(b, report(start=NOV19, place=("Lausanne", "CH", "city")))
    first, second = Meeting.objects.order_by("pk")
    meeting_merge(target=first, others=[second])
    record(b, report(start=NOV19, place=("Lausanne", "CH", "city")))
    assert Meeting.objects.count() == 1


def test_a_split_survives_a_rerun():
    a, b = make_article(), make_article()
    record(a, report(start=NOV19))
    record(b, report(start=NOV19))
    assert Meeting.objects.count() == 1
    report_split(report=Report.objects.get(article=b))
    record(b, report(start=NOV19))
    assert Meeting.objects.count() == 2
    assert Meeting.objects.get(reports__article=a) != Meeting.objects.get(reports__article=b)


def test_a_meeting_left_without_reports_is_removed():
    article = make_article()
    record(article, report(start=NOV19))
    record(article)
    assert Meeting.objects.count() == 0


def test_a_report_with_a_single_party_is_not_recorded():
    record(make_article(), report(LAVROV, start=NOV19))
    assert Report.objects.count() == 0


def test_of_two_reports_in_one_article_the_better_fit_takes_the_meeting():
    record(make_article(published=date(2014, 3, 5)), report(start=date(2014, 3, 5)))
    later = make_article(published=date(2014, 3, 6))
    record(later, report(start=date(2014, 3, 6), place=("Rome", "IT", "city")), report(start=date(2014, 3, 5), evidence="yesterday"))
    first = Meeting.objects.get(start_date=date(2014, 3, 5))
    assert first.report_count == 2
    assert Meeting.objects.get(start_date=date(2014, 3, 6)).report_count == 1


def test_a_pair_a_day_off_does_not_join_a_larger_meeting():
    record(make_article(), report(LAVROV, KERRY, (None, "FR"), (None, "DE"), (None, "GB"), start=date(2014, 3, 5)))
    record(make_article(), report(start=date(2014, 3, 6)))
    assert Meeting.objects.count() == 2


def test_an_undated_could_meet_does_not_absorb_a_meeting_months_later():
    record(make_article(published=date(2013, 2, 1)), report(status="possible"))
    record(make_article(published=date(2014, 3, 5)), report(start=date(2014, 3, 5)))
    assert Meeting.objects.count() == 2


def test_an_undated_could_meet_takes_the_date_reported_soon_after():
    record(make_article(published=date(2017, 10, 25)), report(status="possible"))
    record(make_article(published=date(2017, 11, 8)), report(status="planned", start=date(2017, 11, 10)))
    meeting = Meeting.objects.get()
    assert (meeting.status, meeting.start_date) == ("planned", date(2017, 11, 10))


def test_an_undated_they_met_in_a_city_joins_the_meeting_held_there():
    record(make_article(published=date(2017, 7, 7)), report(start=date(2017, 7, 7), place=("Hamburg", "DE", "city")))
    record(make_article(published=date(2018, 6, 28)), report(place=("Hamburg", "DE", "city")))
    assert Meeting.objects.get().report_count == 2


def test_each_merge_records_its_reason():
    record(make_article(published=date(2016, 11, 15)), report(start=NOV19, status="possible"))
    record(make_article(published=date(2016, 11, 20)), report(start=NOV19))
    reasons = list(Report.objects.order_by("pk").values_list("merge_reason", flat=True))
    assert reasons[0] == "no known meeting fits: a new one"
    assert "dates overlap" in reasons[1]


def test_a_person_first_known_by_one_word_is_found_by_the_full_name():
    record(make_article(), report(("Biden", "US"), ("Xi", "CN"), start=date(2022, 11, 14)))
    record(make_article(), report(("Joe Biden", "US"), ("Xi Jinping", "CN"), start=date(2022, 11, 14)))
    assert sorted(Person.objects.values_list("name", flat=True)) == ["Joe Biden", "Xi Jinping"]
    assert Meeting.objects.count() == 1


def test_people_of_one_surname_and_different_first_names_stay_apart():
    record(make_article(), report(("Raul Castro", "CU"), KERRY, start=date(2015, 5, 1)))
    record(make_article(), report(("Fidel Castro", "CU"), KERRY, start=date(2016, 5, 1)))
    assert Person.objects.filter(name__endswith="Castro").count() == 2
