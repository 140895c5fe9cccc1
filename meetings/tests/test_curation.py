"""The curation services: what a curator changes stays changed, and each change says who made it."""

from __future__ import annotations

from datetime import date

import pytest
from django.contrib.auth import get_user_model

from meetings.models import Alias, Meeting, Person, Place, Report, RoleSpell
from meetings.services import curation
from meetings.services.curation import CurationError
from meetings.tests.factories import KERRY, LAVROV, make_article, record, report

pytestmark = pytest.mark.django_db

LAUSANNE = dict(status="held", start=date(2016, 10, 15), place=("Lausanne", "CH", "city"))


@pytest.fixture
def cora(db):
    return get_user_model().objects.create_user("cora")


def meeting_of(article, position=0) -> Meeting:
    return Report.objects.get(article=article, position=position).meeting


def test_merging_keeps_what_a_curator_set_on_the_meeting_merged_away(cora):
    a, b = make_article(published=date(2016, 10, 16)), make_article(published=date(2016, 10, 30))
    record(a, report(LAVROV, KERRY, **LAUSANNE))
    record(b, report(LAVROV, KERRY, status="held", start=date(2016, 10, 29)))
    first, second = meeting_of(a), meeting_of(b)
    curation.meeting_set_fields(meeting=second, occasion="Syria talks", user=cora)

    merged = curation.meeting_merge(target=first, others=[second], user=cora)

    assert merged.occasion == "Syria talks"
    assert merged.locked_fields == ["occasion"]
    assert merged.report_count == 2 and all(r.pinned for r in merged.reports.all())


def test_merging_needs_two_meetings(cora):
    a = make_article()
    record(a, report(LAVROV, KERRY, **LAUSANNE))

    with pytest.raises(CurationError):
        curation.meeting_merge(target=meeting_of(a), others=[meeting_of(a)], user=cora)


def test_a_split_needs_a_meeting_with_another_report(cora):
    a = make_article()
    record(a, report(LAVROV, KERRY, **LAUSANNE))

    with pytest.raises(CurationError):
        curation.report_split(report=Report.objects.get(), user=cora)


def test_setting_participants_refuses_a_party_without_person_or_country(cora):
    a = make_article()
    record(a, report(LAVROV, KERRY, **LAUSANNE))

    with pytest.raises(CurationError):
        curation.meeting_set_fields(meeting=meeting_of(a), participants=[(None, "Foreign Minister", "")], user=cora)


def test_setting_dates_in_the_wrong_order_is_refused(cora):
    a = make_article()
    record(a, report(LAVROV, KERRY, **LAUSANNE))

    with pytest.raises(CurationError):
        curation.meeting_set_fields(meeting=meeting_of(a), start_date=date(2016, 10, 20), end_date=date(2016, 10, 1), user=cora)


def test_a_status_set_by_hand_joins_the_trail_under_the_curators_name(cora):
    a = make_article(published=date(2016, 11, 15))
    record(a, report(LAVROV, KERRY, status="possible", start=date(2016, 11, 19)))
    meeting = curation.meeting_set_fields(meeting=meeting_of(a), status="cancelled", note="called off by phone", user=cora)

    record(a, report(LAVROV, KERRY, status="possible", start=date(2016, 11, 19)))

    steps = [(s.status, s.curator, s.note) for s in meeting.trail.order_by("id")]
    assert steps == [("cancelled", cora, "called off by phone"), ("possible", None, "")]
    assert Meeting.objects.get(pk=meeting.pk).status == "cancelled"


def test_locks_can_be_set_without_a_change_and_released(cora):
    a = make_article()
    record(a, report(LAVROV, KERRY, occasion="Syria talks", **LAUSANNE))
    meeting = curation.meeting_set_locks(meeting=meeting_of(a), fields=["occasion", "dates"], user=cora)
    assert meeting.locked_fields == ["dates", "occasion"]

    with pytest.raises(CurationError):
        curation.meeting_set_locks(meeting=meeting, fields=["evidence"], user=cora)
    assert curation.meeting_set_locks(meeting=meeting, fields=[], user=cora).locked_fields == []


def test_merging_people_carries_their_roles_over(cora):
    a = make_article(published=date(2016, 10, 16))
    record(a, report(LAVROV, KERRY, **LAUSANNE), report(("Lavrov", "US", "Minister"), KERRY, status="held", start=date(2016, 9, 1)))
    sergey, other = Person.objects.get(name="Sergey Lavrov"), Person.objects.get(name="Lavrov")

    curation.person_merge(target=sergey, others=[other], user=cora)

    assert set(RoleSpell.objects.filter(person=sergey).values_list("role", "country")) == {("Foreign Minister", "RU"), ("Minister", "US")}
    assert all(p.get("person_id") != other.pk for r in Report.objects.all() for p in r.participants)


def test_a_person_added_by_hand_is_found_by_extraction(cora):
    person = curation.person_set_fields(person=Person(), name="Federica Mogherini", country="it", role="High Representative", user=cora)
    a = make_article()

    record(a, report(("Federica Mogherini", "IT", "High Representative"), KERRY, **LAUSANNE))

    assert person.country == "IT"
    assert Person.objects.filter(name="Federica Mogherini").count() == 1
    assert meeting_of(a).participants.filter(person=person).exists()


def test_the_last_alias_of_a_person_cannot_be_removed(cora):
    person = curation.person_set_fields(person=Person(), name="Ban Ki-moon", user=cora)

    with pytest.raises(CurationError):
        curation.alias_delete(alias=Alias.objects.get(person=person), user=cora)


def test_a_place_edited_by_hand_keeps_its_key_in_step_and_refuses_a_duplicate(cora):
    lima = curation.place_save(place=Place(name="Lima", country="pe", kind="city"), user=cora)
    assert (lima.key, lima.country) == ("lima", "PE")

    with pytest.raises(CurationError):
        curation.place_save(place=Place(name="LIMA", country="PE", kind="city"), user=cora)


def test_history_names_the_curator_and_the_reason(cora):
    a = make_article()
    record(a, report(LAVROV, KERRY, **LAUSANNE))
    meeting = meeting_of(a)

    curation.meeting_reject(meeting=meeting, user=cora)

    last = meeting.history.latest()
    assert (last.history_user, last.history_change_reason, last.rejected) == (cora, "rejected as a false positive", True)
    assert Report.history.filter(history_user=cora, pinned=True).count() == 1
    assert meeting.flags.exists() and all(f.history.latest().history_user == cora for f in meeting.flags.all())


def test_a_person_edited_by_hand_has_the_edited_fields_locked(cora):
    a = make_article()
    record(a, report(LAVROV, KERRY, **LAUSANNE))

    person = curation.person_set_fields(person=Person.objects.get(name="Sergey Lavrov"), role="Minister of Foreign Affairs", country="RU", user=cora)

    assert person.locked_fields == ["role"]  # the country did not change


def test_the_extractors_own_rewrites_leave_no_history_but_a_curators_changes_do(cora):
    a = make_article()
    record(a, report(LAVROV, KERRY, **LAUSANNE))
    record(a, report(LAVROV, KERRY, **LAUSANNE))
    assert not Report.history.exists()

    curation.meeting_reject(meeting=meeting_of(a), user=cora)

    assert list(Report.history.values_list("history_user", "pinned")) == [(cora.pk, True)]


def test_a_meeting_the_extractor_makes_starts_its_history_with_the_fields_it_was_given(cora):
    a, b = make_article(published=date(2016, 10, 16)), make_article(published=date(2016, 10, 17))
    record(a, report(LAVROV, KERRY, **LAUSANNE))
    record(b, report(LAVROV, KERRY, **LAUSANNE))  # merges: no second history row from the machine
    meeting = meeting_of(a)

    made = meeting.history.get()
    assert (made.history_type, made.history_user, made.history_change_reason) == ("+", None, "made by extraction")
    assert (made.status, made.start_date, made.place_id) == ("held", date(2016, 10, 15), meeting.place_id)
    assert meeting.place_id is not None

    curation.meeting_set_fields(meeting=meeting, occasion="Syria talks", user=cora)
    assert [h.history_user for h in meeting.history.order_by("history_date")] == [None, cora]


def test_a_merge_of_two_reports_of_one_article_survives_a_rerun(cora):
    # one article speaks of the talks twice and extraction made two meetings of them
    a = make_article(published=date(2016, 10, 16))
    reports = [report(LAVROV, KERRY, **LAUSANNE), report(LAVROV, KERRY, status="held", start=date(2016, 10, 1), evidence="Earlier.")]
    record(a, *reports)
    first, second = meeting_of(a, 0), meeting_of(a, 1)
    assert first != second
    curation.meeting_merge(target=first, others=[second], user=cora)

    record(a, *reports)

    assert meeting_of(a, 0) == meeting_of(a, 1) == first




@pytest.mark.django_db
def test_a_role_set_by_hand_survives_a_rerun():
    a = make_article()
    record(a, report(LAVROV, KERRY, status="held", start=date(2016, 10, 15)))
    person = curation.person_set_fields(person=Person.objects.get(name="Sergey Lavrov"), role="Minister of Foreign Affairs")
    record(a, report(LAVROV, KERRY, status="held", start=date(2016, 10, 15)))
    assert Person.objects.get(pk=person.pk).role == "Minister of Foreign Affairs"


@pytest.mark.django_db
def test_flags_a_curator_resolved_stay_resolved_when_a_rerun_says_the_same():
    a = make_article()
    data = report(LAVROV, KERRY, status="held", start=date(2016, 10, 15), confidence=0.3)
    record(a, data)
    meeting = curation.meeting_verify(meeting=Report.objects.get().meeting)
    record(a, data)
    assert not meeting.flags.filter(resolved=False).exists()
