"""Status rules on parsed sentences written for these tests (shared pipeline)."""

from datetime import date

import pytest

from ingest.nlp import extract
from ingest.nlp.status import status_of


def _status(nlp, sentence: str, trigger: str) -> str:
    doc = nlp(sentence)
    tok = next(t for t in doc if t.text == trigger)
    return status_of(tok)[0]


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("The Dutch and Peruvian ministers could meet in Lima next week.", "meet", "possible"),
        ("The Dutch minister will meet his Peruvian counterpart in Lima on Friday.", "meet", "planned"),
        ("The Dutch minister met his Peruvian counterpart in Lima on Friday.", "met", "held"),
        ("The Dutch minister will not meet his Peruvian counterpart this week.", "meet", "ruled_out"),
        ("Norway called off the meeting between the two ministers.", "meeting", "cancelled"),
        ("The planned meeting between the two ministers has been postponed.", "meeting", "postponed"),
        ("The two ministers are expected to meet in Lima.", "meet", "planned"),
        ("The two ministers are likely to meet in Lima.", "meet", "possible"),
    ],
)
def test_it_reads_the_status_from_modality_tense_and_cues(nlp, sentence, trigger, expected):
    assert _status(nlp, sentence, trigger) == expected


def test_reported_speech_does_not_make_a_planned_meeting_held(nlp):
    assert _status(nlp, "An official said the ministers will meet in Lima.", "meet") == "planned"


def test_being_open_to_talks_is_possible(nlp):
    assert _status(nlp, "The Dutch minister said she would be open to negotiating directly with the Peruvian minister.",
                   "negotiating") == "possible"


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("The Dutch minister hopes to meet her Peruvian counterpart before the end of the year.", "meet", "possible"),
        ("The Dutch minister said a meeting with the Peruvian minister was out of the question.", "meeting", "ruled_out"),
    ],
)
def test_hopes_and_refusals(nlp, sentence, trigger, expected):
    assert _status(nlp, sentence, trigger) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The planned meeting between the two ministers could be delayed.", "planned"),
        ("The planned meeting between the two ministers may be called off.", "planned"),
        ("The planned meeting between the two ministers was not postponed.", "planned"),
        ("The planned meeting between the two ministers was delayed.", "postponed"),
    ],
)
def test_a_call_off_or_delay_that_may_come_or_did_not_leaves_the_meeting_planned(nlp, sentence, expected):
    assert _status(nlp, sentence, "meeting") == expected


def test_the_month_may_is_not_the_modal_may_even_in_a_headline_like_line():
    r = extract("Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi in mid-May.",
                published=date(2019, 9, 18)).reports
    assert [x.status for x in r] == ["held"]
    assert [x.status for x in extract("Putin, Erdogan may meet in Sochi", published=date(2019, 9, 18)).reports] == ["possible"]


@pytest.mark.parametrize(("sentence", "trigger", "expected"), [
    ("A planned meeting between Anna de Vries and Carlos Mendoza will not go ahead this month, officials said.", "meeting", "cancelled"),
    ("De Vries-Mendoza summit off after spy row", "summit", "cancelled"),
    ("A meeting between Anna de Vries and Carlos Mendoza will not take place, officials said.", "meeting", "ruled_out"),
    ("The meeting kicked off on Monday.", "meeting", "held"),
])
def test_a_planned_meeting_that_will_not_go_ahead_or_is_off_is_cancelled(nlp, sentence, trigger, expected):
    doc = nlp(sentence)
    tok = next(t for t in doc if t.text == trigger)
    assert status_of(tok)[0] == expected


@pytest.mark.parametrize("sentence", [
    "A meeting between Anna de Vries and Carlos Mendoza, originally planned for Wednesday, has been moved to next week.",
    "Talks between Anna de Vries and Carlos Mendoza were pushed to a later date.",
])
def test_a_meeting_moved_to_a_later_day_is_postponed(nlp, sentence):
    doc = nlp(sentence)
    tok = next(t for t in doc if t.lower_ in ("meeting", "talks"))
    assert status_of(tok)[0] == "postponed"


def test_a_meeting_moved_to_another_venue_is_not_postponed(nlp):
    doc = nlp("The meeting between Anna de Vries and Carlos Mendoza has been moved to Geneva.")
    assert status_of(next(t for t in doc if t.lower_ == "meeting"))[0] != "postponed"


@pytest.mark.parametrize(("sentence", "trigger", "expected"), [
    ("Officials said the meeting between Anna de Vries and Carlos Mendoza had been confirmed.", "meeting", "planned"),
    ("Lima has not yet confirmed that Carlos Mendoza will meet Anna de Vries.", "meet", "possible"),
])
def test_a_confirmed_meeting_is_planned_and_an_unconfirmed_one_possible(nlp, sentence, trigger, expected):
    doc = nlp(sentence)
    assert status_of(next(t for t in doc if t.text == trigger))[0] == expected


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("The ministry denied reports that the Dutch minister would meet her Peruvian counterpart next month.", "meet",
         "ruled_out"),
        ("The ministry denied that the meeting between the two ministers had been called off.", "meeting", "planned"),
    ],
)
def test_a_denial_rules_a_meeting_out_or_undoes_its_call_off(nlp, sentence, trigger, expected):
    assert _status(nlp, sentence, trigger) == expected


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("The Dutch minister is not expected to meet her Peruvian counterpart during the trip.", "meet", "ruled_out"),
        ("Any meeting between the two ministers would have to be carefully prepared.", "meeting", "possible"),
        ("The Dutch minister crossed the border to meet her Peruvian counterpart on Friday.", "meet", "held"),
        ("The Dutch minister will cross the border to meet her Peruvian counterpart on Friday.", "meet", "planned"),
        ("The planned summit between the two leaders has been pushed back to April.", "summit", "postponed"),
    ],
)
def test_expectations_denied_hypothetical_meetings_and_journeys_made_to_meet(nlp, sentence, trigger, expected):
    assert _status(nlp, sentence, trigger) == expected


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("The meeting between the two ministers has been put off.", "meeting", "postponed"),
        ("The two ministers are holding talks in Lima.", "holding", "held"),
        ("The two ministers are holding talks in Lima on Friday.", "holding", "planned"),
    ],
)
def test_put_off_is_a_delay_and_talks_being_held_are_under_way_unless_a_day_is_named(nlp, sentence, trigger, expected):
    assert _status(nlp, sentence, trigger) == expected


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("Mendoza invited de Vries to meet in Lima, and de Vries accepted.", "meet", "planned"),
        ("Mendoza invited de Vries to meet in Lima, and she agreed.", "meet", "planned"),
        ("Mendoza invited de Vries to meet in Lima, but she has not accepted.", "meet", "possible"),
        ("Mendoza invited de Vries to meet in Lima.", "meet", "possible"),
        ("The Dutch minister stepped across the line to meet her Peruvian counterpart on Friday.", "meet", "held"),
    ],
)
def test_an_invitation_accepted_is_a_plan_and_a_step_taken_to_meet_a_meeting_held(nlp, sentence, trigger, expected):
    assert _status(nlp, sentence, trigger) == expected


def test_a_meeting_that_will_not_take_place_as_planned_is_cancelled(nlp):
    assert _status(nlp, "The meeting between the two ministers will not take place as planned on Friday.", "meeting") == "cancelled"
    assert _status(nlp, "The meeting between the two ministers will not take place.", "meeting") == "ruled_out"


def test_whether_they_will_meet_is_an_open_question(nlp):
    assert _status(nlp, "It was not immediately clear whether de Vries would meet Mendoza in Lima.", "meet") == "possible"
    assert _status(nlp, "Officials did not say if de Vries will meet Mendoza.", "meet") == "possible"


def test_a_meeting_noun_with_no_tense_of_its_own_takes_the_sentence_s_future(nlp):
    sentence = 'Dutch Prime Minister Anna de Vries will visit Peru "soon", the ministry said, without giving a date for her meeting with Mendoza.'
    assert status_of(next(t for t in nlp(sentence) if t.text == "meeting"))[:1] == ("planned",)


def test_a_base_form_sharing_the_first_verb_s_to_is_no_present_tense():
    r = extract("Secretary of State Mike Pompeo will travel to Ukraine, the State Department said.",
                title="Pompeo to travel to Kyiv, meet Zelenskiy", published=date(2020, 1, 8)).reports
    assert [x.status for x in r] == ["planned"]


def test_what_a_meeting_would_mean_is_no_plan_and_the_meeting_it_recalls_is_another():
    text = ("Dutch Prime Minister Anna de Vries could meet Peruvian President Carlos Mendoza next month.\n"
            "Vries said a meeting with Mendoza was possible during the APEC forum in mid-November.\n"
            "The meeting would be the first between the leaders since they met on the sidelines of the G20 summit in "
            "Bali last November.")
    r = extract(text, published=date(2023, 10, 25)).reports
    assert sorted((x.status, x.place and x.place.name, x.occasion, x.start_date) for x in r) == [
        ("held", "Bali", "G20 summit", date(2022, 11, 1)), ("possible", None, "APEC forum", date(2023, 11, 1))]
    text = ("Dutch Prime Minister Anna de Vries and Peruvian President Carlos Mendoza met on Wednesday in Lima.\n"
            "It was their first face-to-face meeting in a year, since they met in Bali, Indonesia, on the margins of the G20 summit.")
    r = extract(text, published=date(2023, 11, 16)).reports
    assert sorted((x.place.name, x.occasion, x.start_date) for x in r) == [
        ("Bali", "G20 summit", None), ("Lima", "", date(2023, 11, 15))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dutch Prime Minister Anna de Vries arrived in Lima on Wednesday for a state visit and talks with Peruvian "
         "President Carlos Mendoza.", "planned"),
        ("Dutch Prime Minister Anna de Vries flew to Lima on Wednesday for talks with Peruvian President Carlos Mendoza.", "planned"),
        # what she came for, and then did
        ("Dutch Prime Minister Anna de Vries arrived in Lima on Wednesday for talks with Peruvian President Carlos "
         "Mendoza. The two leaders met at the presidential palace.", "held"),
    ],
)
def test_talks_someone_travelled_for_are_still_ahead(text, expected):
    assert [x.status for x in extract(text, published=date(2019, 6, 5)).reports] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dutch Prime Minister Anna de Vries said Friday her summit with Peruvian President Carlos Mendoza is back on "
         "for June 12 in Lima.", ("planned", date(2018, 6, 12))),
        ("The meeting between Vries and Peruvian President Carlos Mendoza is on again, the ministry said.", ("planned", None)),
        ("The meeting between Vries and Peruvian President Carlos Mendoza is on Tuesday.", ("planned", date(2018, 6, 5))),
        ("The meeting between Vries and Peruvian President Carlos Mendoza was on Tuesday.", ("held", date(2018, 5, 29))),
    ],
)
def test_a_meeting_that_is_on_is_planned(text, expected):
    text = "Dutch Prime Minister Anna de Vries spoke to reporters.\n" + text if "Anna" not in text else text
    r = extract(text, published=date(2018, 6, 2)).reports
    assert [(x.status, x.start_date) for x in r] == [expected]


def test_an_accepted_invitation_to_meet_is_a_plan():
    r = extract("Dutch Prime Minister Anna de Vries has accepted an invitation to meet Peruvian President Carlos Mendoza, "
                "an adviser said on Thursday.", published=date(2018, 3, 9)).reports
    assert [x.status for x in r] == ["planned"]
    r = extract("Dutch Prime Minister Anna de Vries has not accepted an invitation to meet Peruvian President Carlos Mendoza, "
                "an adviser said on Thursday.", published=date(2018, 3, 9)).reports
    assert [x.status for x in r] != ["planned"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A meeting between the Dutch and Peruvian ministers has been put on hold.", "postponed"),
        ("The meeting between the Dutch and Peruvian ministers is on hold.", "postponed"),
        ("A meeting between the Dutch and Peruvian ministers has been shelved.", "postponed"),
        ("A meeting between the Dutch and Peruvian ministers is in the works, officials said.", "possible"),
        ("A meeting between the Dutch and Peruvian ministers is being prepared, officials said.", "planned"),
        ("A meeting between the Dutch and Peruvian ministers is being discussed, officials said.", "possible"),
        ("The dates of a meeting between the Dutch and Peruvian ministers are being agreed.", "possible"),
        ("It is premature to talk about a meeting between the Dutch and Peruvian ministers, the spokesman said.", "possible"),
    ],
)
def test_on_hold_in_the_works_being_prepared_or_discussed(nlp, sentence, expected):
    assert _status(nlp, sentence, "meeting") == expected


def test_what_the_meeting_just_named_comes_ahead_of_says_nothing_of_its_state():
    text = ("Dutch Prime Minister Anna de Vries and Peruvian President Carlos Mendoza are set to meet Monday in Lima, "
            "their first in-person meeting since Vries took office.\n"
            "The meeting, expected to last several hours, comes ahead of the G20 summit.")
    assert [x.status for x in extract(text, published=date(2022, 11, 14)).reports] == ["planned"]


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("The Dutch minister may not meet his Peruvian counterpart next month.", "meet", "possible"),
        ("The planned talks between the Dutch and Peruvian ministers fell through.", "talks", "cancelled"),
        ("The Dutch minister has no intention of meeting his Peruvian counterpart.", "meeting", "ruled_out"),
        ("The Dutch minister is due in Lima on Friday for talks with his Peruvian counterpart.", "talks", "planned"),
    ],
)
def test_maybe_not_fell_through_no_intention_and_due(nlp, sentence, trigger, expected):
    assert _status(nlp, sentence, trigger) == expected


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        # the passive subject of planning is planned (it was read as held from the tense of "be")
        ("The meeting between the two ministers is scheduled for Tuesday.", "meeting", "planned"),
        ("The meeting between the two ministers was scheduled for Tuesday.", "meeting", "planned"),
        ("Talks between the Dutch and Peruvian ministers are planned for next week.", "Talks", "planned"),
        ("A meeting of the two ministers has been arranged in Lima.", "meeting", "planned"),
        ("A meeting between the ministers was proposed by the Dutch side.", "meeting", "possible"),
        ("A meeting between the ministers is not planned.", "meeting", "ruled_out"),
        ("The meeting between the two ministers was held in Lima.", "meeting", "held"),
        # skipping a meeting rules it out, pulling out of it cancels it
        ("The Dutch minister will skip a planned meeting with his Peruvian counterpart.", "meeting", "ruled_out"),
        ("The Dutch minister has pulled out of a planned meeting with his Peruvian counterpart.", "meeting", "cancelled"),
        # what a meeting on the agenda, the table or not on the agenda is
        ("The meeting between the two ministers is still on the agenda, a spokesman said.", "meeting", "planned"),
        ("A meeting between the two ministers is on the table.", "meeting", "possible"),
        ("A meeting between the two ministers is not on the agenda.", "meeting", "ruled_out"),
    ],
)
def test_planning_skipping_pulling_out_and_agendas_say_the_state_of_a_meeting_not_the_tense(nlp, sentence, trigger, expected):
    assert _status(nlp, sentence, trigger) == expected


@pytest.mark.parametrize("text", [
    # what was said at the meeting, parsed as a clause of the meeting, is not its state
    "Dutch Prime Minister Anna de Vries and Peruvian President Carlos Mendoza met in Lima on Monday.\n"
    "De Vries said at the start of the summit that she was not worried.",
    "Dutch Foreign Minister Anna de Vries met Peruvian Foreign Minister Carlos Mendoza in Lima on Monday.\n"
    "Mendoza said at the talks that Peru would not accept interference in its internal affairs.",
])
def test_a_negation_in_what_was_said_at_a_meeting_leaves_it_held(text):
    r = extract(text, published=date(2023, 6, 20)).reports
    assert [x.status for x in r] == ["held"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a time clause's present is ahead; a condition's is possible; a main clause's present (captions) is held
        ("Lima does not expect a breakthrough when Dutch Foreign Minister Anna de Vries meets Carlos Mendoza on Friday.", "planned"),
        ("The talks come as Dutch Foreign Minister Anna de Vries meets Carlos Mendoza in Geneva on Friday.", "planned"),
        ("Peru will sign the deal if Dutch Foreign Minister Anna de Vries meets Carlos Mendoza in Geneva.", "possible"),
        ("Dutch Foreign Minister Anna de Vries meets Carlos Mendoza in Geneva.", "held"),
    ],
)
def test_the_present_of_a_time_clause_is_ahead(nlp, sentence, expected):
    assert _status(nlp, sentence, "meets") == expected


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        # "hoped" (lemmatised "hop" by the model) is hoping
        ("Dutch Prime Minister Anna de Vries said she hoped for a new summit with the leaders of Peru and Chile.", "summit", "possible"),
        # not against it: not excluded
        ("The Dutch foreign minister said the Netherlands was not against a meeting between De Vries and Mendoza.", "meeting", "possible"),
        ('De Vries told reporters she had "nothing against" meeting Peruvian President Carlos Mendoza.', "meeting", "possible"),
        # a trip that may happen
        ("De Vries said on Tuesday she may travel to Peru to meet President Carlos Mendoza.", "meet", "possible"),
        # refusals
        ("Peru has declined a Dutch invitation for Minister Carlos Mendoza to meet Anna de Vries in Lima.", "meet", "ruled_out"),
        ("De Vries snubs Mendoza's challenge to meet in Lima", "meet", "ruled_out"),
    ],
)
def test_hoping_not_being_against_may_travel_and_refusals(nlp, sentence, trigger, expected):
    assert _status(nlp, sentence, trigger) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('Bakker said a new meeting between De Vries and Mendoza was "not on the agenda for now."', "ruled_out"),
        ("Bakker said De Vries would not refuse a meeting with Mendoza.", "possible"),
        ("Bakker said De Vries refused a meeting with Mendoza.", "ruled_out"),
    ],
)
def test_not_on_the_agenda_in_quotes_and_would_not_refuse(nlp, sentence, expected):
    assert _status(nlp, sentence, "meeting") == expected


def test_meeting_again_in_the_present_is_the_next_meeting(nlp):
    assert _status(nlp, "The two ministers meet again on Wednesday, when the Peruvian minister joins them.", "meet") == "planned"


def test_dismissing_reports_of_a_meeting_rules_it_out_whatever_the_parse_makes_of_dismissing():
    text = ("Peru will not hold direct talks with Chile under pressure, Foreign Minister Carlos Mendoza said on Monday, "
            "dismissing reports that he would meet Chilean envoy Ana Berg in Lima.")
    (r,) = extract(text, published=date(2025, 3, 4)).reports
    assert r.status == "ruled_out" and r.start_date is None


def test_the_day_a_meeting_was_dismissed_is_not_its_date():
    text = "Peruvian Foreign Minister Carlos Mendoza on Monday dismissed reports that he would meet Chilean envoy Ana Berg in Lima."
    (r,) = extract(text, published=date(2025, 3, 4)).reports
    assert r.status == "ruled_out" and r.start_date is None


@pytest.mark.parametrize("headline", ["Peru calls off talks with Chilean counterpart", "Peru calls for talks with Chilean counterpart"])
def test_a_headline_calling_talks_off_or_for_them_is_no_phone_call(headline):
    text = (f"{headline}\n\nPeruvian Foreign Minister Carlos Mendoza has called off a meeting with his Chilean counterpart "
            "Ana Berg that had been scheduled for Friday in Lima, his ministry said on Thursday.")
    reports = extract(text, published=date(2024, 11, 14)).reports
    assert reports and all(r.mode == "in_person" for r in reports)


def test_suspended_talks_are_postponed_and_the_day_they_were_suspended_is_not_theirs():
    text = "Talks between Peruvian Foreign Minister Carlos Mendoza and Chilean Foreign Minister Ana Berg were suspended on Saturday."
    (r,) = extract(text, published=date(2025, 3, 17)).reports
    assert (r.status, r.start_date) == ("postponed", None)


def test_talks_being_held_on_the_day_of_publication_are_held():
    (r,) = extract("Dutch Foreign Minister Anna de Vries is holding talks with Peruvian Foreign Minister Carlos Mendoza in "
                   "Lima on Thursday.", published=date(2022, 8, 18)).reports
    assert r.status == "held" and r.start_date == date(2022, 8, 18)
    (r,) = extract("Dutch Foreign Minister Anna de Vries is holding talks with Peruvian Foreign Minister Carlos Mendoza in "
                   "Lima on Thursday.", published=date(2022, 8, 16)).reports
    assert r.status == "planned"  # told on Tuesday: arranged for a day to come


def test_one_who_skipped_a_meeting_of_others_does_not_rule_it_out():
    text = ("Dutch Foreign Minister Anna de Vries, Peruvian Foreign Minister Carlos Mendoza and Chilean Foreign Minister "
            "Rosa Fuentes met in Lima on Friday. Belgian Foreign Minister Jan Peeters skipped the meeting.")
    (r,) = extract(text, published=date(2025, 2, 22)).reports
    assert r.status == "held" and r.start_date == date(2025, 2, 21)
    (r,) = extract("Dutch Foreign Minister Anna de Vries was due to meet Peruvian Foreign Minister Carlos Mendoza in Lima "
                   "on Friday. Mendoza skipped the meeting.", published=date(2025, 2, 22)).reports
    assert r.status == "ruled_out"  # one of its own parties stayed away


def test_not_holding_any_meeting_rules_one_out():
    (r,) = extract("Peru will not hold any direct meeting with Chilean negotiators during the talks, Peruvian Foreign Minister "
                   "Carlos Mendoza said.", published=date(2021, 4, 7)).reports
    assert r.status == "ruled_out"


def test_dashed_hopes_for_a_meeting_rule_it_out():
    (r,) = extract("Peruvian President Carlos Mendoza has no plans to travel to Quito for the talks, dashing hopes for a "
                   "face-to-face meeting with Chilean President Rosa Fuentes.", published=date(2025, 5, 14)).reports
    assert r.status == "ruled_out"


def test_a_meeting_still_to_come_whatever_the_tense_around_it_is_planned():
    reports = extract("Ahead of Friday's summit in Lima between Peruvian President Carlos Mendoza and Chilean President Rosa "
                      "Fuentes, their ministers held a video call.", published=date(2025, 8, 11)).reports
    (r,) = [x for x in reports if x.mode == "in_person"]
    assert (r.status, r.start_date) == ("planned", date(2025, 8, 15))
    (r,) = extract("Peruvian President Carlos Mendoza said she was looking forward to receiving Chilean President Rosa Fuentes "
                   "in Lima in early September.", published=date(2019, 8, 27)).reports
    assert (r.status, r.start_date) == ("planned", date(2019, 9, 1))
    (r,) = extract("Peruvian President Carlos Mendoza is in Santiago for talks with Chilean President Rosa Fuentes on Tuesday.",
                   published=date(2025, 10, 26)).reports
    assert (r.status, r.start_date) == ("planned", date(2025, 10, 28))


def test_talks_an_arrival_comes_ahead_of_do_not_take_its_day():
    (r,) = extract("Peruvian Foreign Minister Carlos Mendoza arrived in Chile on Monday ahead of talks with Chilean Foreign "
                   "Minister Rosa Fuentes.", published=date(2025, 3, 10)).reports
    assert r.status == "planned" and r.start_date is None


def test_a_meeting_under_way_now_is_held_on_the_day_of_publication():
    (r,) = extract("3.15pm: Peruvian Foreign Minister Carlos Mendoza and Chilean President Rosa Fuentes are now meeting at the "
                   "presidential palace.", published=date(2023, 6, 19)).reports
    assert (r.status, r.start_date) == ("held", date(2023, 6, 19))
    (r,) = extract("Peruvian Foreign Minister Carlos Mendoza and Chilean Foreign Minister Rosa Fuentes are meeting in London in a "
                   "last-ditch effort to head off Sunday's referendum.", published=date(2014, 3, 14)).reports
    assert (r.status, r.start_date) == ("held", date(2014, 3, 14))  # Sunday is the referendum's


def test_a_meeting_that_went_ahead_or_was_last_month_s_was_held():
    (r,) = extract("A planned meeting between Peruvian President Carlos Mendoza and Chilean President Rosa Fuentes went ahead "
                   "on Friday in Lima.", published=date(2018, 7, 13)).reports
    assert (r.status, r.start_date) == ("held", date(2018, 7, 13))
    (r,) = extract("The talks, if they go ahead, would follow last month's Lima summit between Peruvian President Carlos "
                   "Mendoza and Chilean President Rosa Fuentes.", published=date(2018, 8, 20)).reports
    assert r.status == "held"


def test_not_ruling_out_a_meeting_makes_it_possible():
    (r,) = extract("Peruvian President Carlos Mendoza did not rule out a meeting with Chilean President Rosa Fuentes.",
                   published=date(2023, 12, 12)).reports
    assert r.status == "possible"


def test_a_correction_of_what_an_earlier_version_said_is_no_meeting():
    text = ("Correction: An earlier version of this post said Peruvian President Carlos Mendoza met Chilean President Rosa "
            "Fuentes in Lima. Mendoza met Bolivian President Luis Arce.")
    (r,) = extract(text, published=date(2024, 2, 17)).reports
    assert {p.name for p in r.participants} == {"Carlos Mendoza", "Luis Arce"}


def test_talks_called_off_before_the_sentence_that_says_who_was_due_to_meet():
    text = ("Talks scheduled for Sunday in Lima have been called off, Chile said. Peruvian envoy Carlos Mendoza had been due to "
            "meet Chilean Foreign Minister Rosa Fuentes.")
    (r,) = extract(text, published=date(2025, 6, 14)).reports
    assert (r.status, r.start_date, r.place.name) == ("cancelled", date(2025, 6, 15), "Lima")


def test_a_refusal_told_after_the_weekend_was_for_the_weekend_gone_by():
    (r,) = extract("Peruvian Defence Minister Carlos Mendoza declined to meet Chilean Defence Minister Rosa Fuentes at the "
                   "security forum in Lima over the weekend.", published=date(2023, 6, 5)).reports
    assert (r.status, r.start_date) == ("ruled_out", date(2023, 6, 3))


def test_the_two_sides_agreeing_to_meet_again_are_the_pair_just_reported():
    text = ("Peruvian envoy Carlos Mendoza and Chilean Foreign Minister Rosa Fuentes held talks in Lima on Saturday. The two "
            "sides agreed to meet again next Saturday.")
    r = extract(text, published=date(2025, 4, 14)).reports
    assert sorted((x.status, x.start_date) for x in r) == [("held", date(2025, 4, 12)), ("planned", date(2025, 4, 19))]


def test_a_meeting_ruled_out_now_is_not_the_one_held_weeks_before():
    text = ("Mendoza: meeting with Fuentes not worthwhile now\n\n"
            "Peruvian Foreign Minister Carlos Mendoza said on Thursday that a meeting with his Chilean counterpart Rosa Fuentes "
            "would not be worthwhile now. The two ministers met in Lima last month, but the talks produced no breakthrough.")
    r = extract(text, published=date(2022, 4, 14)).reports
    got = sorted((x.status, str(x.start_date), x.place.name if x.place else None) for x in r)
    assert got == [("held", "2022-03-01", "Lima"), ("ruled_out", "None", None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Peruvian Foreign Minister Carlos Mendoza had been due to visit Santiago on February 5 for talks with Chilean Foreign "
     "Minister Rosa Fuentes, but he postponed the trip.", "postponed"),
    ("Peruvian President Carlos Mendoza also scrapped a planned stop in Bolivia, where he had been due to meet Bolivian President "
     "Luis Arce.", "cancelled"),
    ("Peruvian President Carlos Mendoza said he would be open to meeting Chilean President Rosa Fuentes during his visit to "
     "Chile this week, though no meeting has been arranged.", "possible"),
])
def test_what_became_of_the_trip_and_a_meeting_not_arranged_yet(text, expected):
    (r,) = extract(text, published=date(2023, 2, 1)).reports
    assert r.status == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Mendoza-Fuentes summit set for Friday\n\nPeruvian President Carlos Mendoza will host Chilean President Rosa Fuentes in Lima "
     "on Friday, his office said.", date(2018, 9, 12), [("planned", date(2018, 9, 14))]),
    ("Peruvian President Carlos Mendoza and Chilean President Rosa Fuentes are discussing a meeting on the sidelines of the "
     "G20 summit in Osaka later this month.", date(2019, 6, 5), [("possible", date(2019, 6, 1))]),
    ("Santiago rejects Mendoza's proposal\n\nThe presidential palace on Sunday rejected a proposal by Peruvian President Carlos "
     "Mendoza for a face-to-face meeting with Chilean President Rosa Fuentes.", date(2023, 2, 13), [("ruled_out", None)]),
])
def test_a_summit_set_for_a_day_a_meeting_under_discussion_and_the_day_of_a_refusal(text, published, expected):
    r = extract(text, published=published).reports
    assert [(x.status, x.start_date) for x in r if x.mode == "in_person"] == expected


def test_a_headline_over_a_phone_call_is_the_call():
    text = ("Mendoza, Fuentes hold talks, discuss trade\n\nPeruvian President Carlos Mendoza spoke with Chilean President Rosa "
            "Fuentes by phone on Friday, his office said.")
    r = extract(text, published=date(2022, 12, 17)).reports
    assert [x.mode for x in r] == ["phone"]


@pytest.mark.parametrize("text", [
    "Talks between Peruvian Foreign Minister Carlos Mendoza and Chilean envoy Rosa Fuentes planned for Sunday in Lima will not "
    "take place, the ministry said.",
    "Peruvian Foreign Minister Carlos Mendoza and Chilean envoy Rosa Fuentes had been due to meet in Lima on Sunday, but the "
    "talks will not take place.",
])
def test_a_meeting_set_for_a_coming_day_that_will_not_take_place_is_cancelled_for_that_day(text):
    (r,) = extract("Mendoza-Fuentes talks off\n\n" + text, published=date(2025, 6, 12)).reports
    assert (r.status, r.start_date) == ("cancelled", date(2025, 6, 15))


def test_the_present_of_a_timetable_with_a_coming_weekday_is_planned():
    r = extract("Peruvian President Carlos Mendoza meets Chilean President Rosa Fuentes on Wednesday in Lima.",
                published=date(2023, 11, 13)).reports
    assert [(x.status, x.start_date) for x in r] == [("planned", date(2023, 11, 15))]
    r = extract("Peruvian President Carlos Mendoza meets Chilean President Rosa Fuentes on Wednesday in Lima.",
                published=date(2023, 11, 15)).reports
    assert [(x.status, x.start_date) for x in r] == [("held", date(2023, 11, 15))]


def test_meeting_reporters_after_a_call_is_no_meeting_in_person():
    r = extract("Peruvian President Carlos Mendoza met reporters at the palace on Saturday, a day after a two-hour phone call "
                "with Chilean President Rosa Fuentes.", published=date(2024, 3, 10)).reports
    assert [x.mode for x in r] == ["phone"]


def test_a_meeting_that_would_have_been_is_cancelled_and_the_day_of_a_later_statement_is_not_its():
    (r,) = extract("Peruvian President Carlos Mendoza would have met Chilean President Rosa Fuentes in Santiago next week, but his "
                   "office said on Tuesday he was cutting short his trip.", published=date(2023, 5, 17)).reports
    assert (r.status, r.start_date, r.date_precision) == ("cancelled", date(2023, 5, 1), "month")


def test_a_meeting_hoped_for_that_did_not_take_place_is_ruled_out_for_the_day_gone_by():
    (r,) = extract("Peruvian President Carlos Mendoza had hoped to meet Chilean President Rosa Fuentes in Davos on Tuesday, but "
                   "no meeting took place.", published=date(2024, 1, 18)).reports
    assert (r.status, r.start_date) == ("ruled_out", date(2024, 1, 16))


def test_no_proposal_for_a_meeting_rules_it_out_and_was_to_have_met_is_called_off(nlp):
    assert _status(nlp, "There is no proposal at present for a meeting between the Dutch and Peruvian prime ministers, a "
                        "spokesman said on Thursday.", "meeting") == "ruled_out"
    assert _status(nlp, "The Dutch premier was to have met the Peruvian president on Monday.", "met") == "cancelled"
    assert _status(nlp, "The Dutch premier was to meet the Peruvian president on Monday.", "meet") != "cancelled"


def test_a_headline_that_plans_a_meeting_is_planned_and_the_body_keeps_its_coming_day():
    text = ("Zelensky plans Orban meeting\n\nUkrainian President Volodymyr Zelensky will meet Hungarian Prime Minister "
            "Viktor Orban in Uzhhorod on Monday, his office said.")
    (r,) = extract(text, published=date(2024, 10, 17)).reports
    assert (r.status, r.start_date) == ("planned", date(2024, 10, 21))


def test_a_meeting_put_off_by_an_hour_and_then_held_is_held():
    text = ("Rubio and Lavrov meet in Riyadh\n\n"
            "10:30 GMT: The start of the talks between U.S. Secretary of State Marco Rubio and Russian Foreign Minister "
            "Sergei Lavrov has been delayed by about an hour.\n"
            "14:50 GMT: Rubio and Lavrov have met at Diriyah Palace in Riyadh.")
    (r,) = extract(text, published=date(2025, 2, 18)).reports
    assert r.status == "held"


@pytest.mark.parametrize(
    ("text", "published", "status", "start"),
    [
        # on again, whatever was said of it before (but not what someone "had confirmed" before a later change)
        ("Kallas visit to Beijing back on\n\nEU foreign policy chief Kaja Kallas's visit to Beijing, called off last month, "
         "is back on. Kallas will meet Chinese Foreign Minister Wang Yi in Beijing on April 10.",
         date(2025, 3, 20), "planned", date(2025, 4, 10)),
        ("A Canadian official said on Tuesday that Canadian Prime Minister Mark Carney's meeting with Mexican President "
         "Claudia Sheinbaum had been postponed. Hours later, Sheinbaum said the meeting would go ahead in Mexico City on "
         "Friday as planned.", date(2025, 11, 4), "planned", date(2025, 11, 7)),
        ("A meeting between Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev in Abu Dhabi, "
         "originally set for Tuesday, has been moved to Thursday, Armenian officials said. Earlier, Aliyev's aide had "
         "confirmed the meeting would go ahead this week.", date(2025, 7, 7), "postponed", date(2025, 7, 10)),
        # "on ice", "remains pending"
        ("A planned meeting between Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev is on ice "
         "following new border clashes.", date(2025, 6, 10), "postponed", None),
        ("A meeting between Egyptian President Abdel Fattah al-Sisi and Ethiopian Prime Minister Abiy Ahmed remains pending, "
         "Egyptian officials said.", date(2025, 7, 21), "possible", None),
        # advice, an open answer, a venue offered
        ("Opinion: Trump should not meet Kim\n\nU.S. President Donald Trump has said he is open to meeting North Korean "
         "leader Kim Jong Un again.", date(2025, 10, 10), "possible", None),
        ("Spanish government sources neither confirmed nor denied reports that Spanish Prime Minister Pedro Sanchez could "
         "meet Argentine President Javier Milei.", date(2025, 10, 10), "possible", None),
        ("Orban offers Budapest as venue for Trump-Putin talks\n\nHungarian Prime Minister Viktor Orban has offered to host "
         "a meeting between U.S. President Donald Trump and Russian President Vladimir Putin in Budapest.",
         date(2025, 10, 10), "possible", None),
        # a headline's other clause, after a semicolon, is another event
        ("Hegseth, Healey talk Ukraine on NATO sidelines; Hegseth skips Ramstein\n\nU.S. Defense Secretary Pete Hegseth met "
         "British Defence Secretary John Healey in Brussels on Thursday.", date(2025, 6, 6), "held", date(2025, 6, 5)),
        # the day a meeting now has, not the one it had
        ("The meeting between German Foreign Minister Johann Wadephul and Chinese Foreign Minister Wang Yi, originally "
         "planned for Berlin on June 20, will now take place in Beijing on July 3.", date(2025, 6, 10), "planned",
         date(2025, 7, 3)),
    ],
)
def test_the_state_the_article_gives_as_current(text, published, status, start):
    (r,) = [r for r in extract(text, published=published).reports if r.mode == "in_person"]
    assert (r.status, r.start_date) == (status, start)


@pytest.mark.parametrize(
    ("text", "published", "status"),
    [
        # no meeting planned, but the two spoke on the sidelines: they met
        ("The White House had said there was no formal bilateral meeting planned between U.S. President Barack Obama and "
         "Russian President Vladimir Putin, but the two leaders spoke on the sidelines of the lunch for about 15 minutes.",
         date(2014, 6, 7), "held"),
        # not excluded by anybody; asked for; not yet agreed
        ("Neither side ruled out another meeting between U.S. Secretary of State Antony Blinken and Russian Foreign Minister "
         "Sergei Lavrov.", date(2022, 1, 22), "possible"),
        ("Medinsky said Ukraine had asked for a direct meeting between presidents Vladimir Putin and Volodymyr Zelenskiy.",
         date(2025, 6, 3), "possible"),
        ("Kremlin: Putin-Trump meeting in Osaka possible, not yet agreed", date(2019, 6, 20), "possible"),
    ],
)
def test_open_states_and_an_encounter_after_no_plans(text, published, status):
    (r,) = [r for r in extract(text, published=published).reports if r.mode == "in_person"]
    assert r.status == status


def test_talks_continued_the_next_day_are_one_meeting_of_two_days():
    text = ("U.S. President Donald Trump hosted Chinese President Xi Jinping at his Mar-a-Lago resort in Palm Beach on "
            "Thursday. The two leaders continued their talks on Friday.")
    (r,) = extract(text, published=date(2017, 4, 8)).reports
    assert (r.start_date, r.end_date) == (date(2017, 4, 6), date(2017, 4, 7))


def test_a_calendar_s_present_for_a_day_is_ahead():
    text = ("The week ahead in diplomacy\n\nWednesday: Indian External Affairs Minister S. Jaishankar holds talks with Saudi "
            "Foreign Minister Prince Faisal bin Farhan in Riyadh.")
    (r,) = extract(text, published=date(2024, 9, 7)).reports
    assert (r.status, r.start_date) == ("planned", date(2024, 9, 11))


def test_the_talks_called_off_and_then_named_with_their_people_are_cancelled():
    text = ("North Korea on Wednesday abruptly called off high-level talks with South Korea that had been scheduled for later "
            "in the day at Panmunjom. The talks, between Unification Minister Cho Myoung-gyon and North Korean official Ri "
            "Son Gwon, were to discuss the Panmunjom Declaration.")
    (r,) = extract(text, published=date(2018, 5, 16)).reports
    assert {p.name for p in r.participants} == {"Cho Myoung-gyon", "Ri Son Gwon"} and r.status == "cancelled"


def test_hopeful_of_meeting_is_possible_and_a_headline_s_pm_is_the_prime_minister_named():
    (r,) = extract("U.S. envoy Steve Witkoff said he was hopeful of meeting Iranian Foreign Minister Abbas Araghchi soon, "
                   "possibly in Oslo.", published=date(2025, 7, 10)).reports
    assert r.status == "possible"
    text = ("PM to meet Xi in Astana\n\nIndian Prime Minister Narendra Modi will hold talks with Chinese President Xi Jinping "
            "on Friday on the sidelines of the SCO summit in Astana.")
    (r,) = extract(text, published=date(2017, 6, 8)).reports
    assert {p.name for p in r.participants} == {"Narendra Modi", "Xi Jinping"}


def test_a_past_perfect_that_follows_the_reporting_verb_is_the_news_not_an_earlier_account():
    text = ("The Dutch government said on Thursday that Prime Minister Mark Rutte had cancelled a planned summit with Peruvian "
            "President Dina Boluarte in Lima in May, citing the crisis at home.")
    (r,) = extract(text, title="Rutte to meet Boluarte in Lima in May", published=date(2023, 3, 9)).reports
    assert r.status == "cancelled"


def test_a_summit_named_after_an_organisation_is_not_the_summit_just_called_off():
    text = ("Prime Minister Mark Rutte had cancelled a planned summit with Peruvian President Dina Boluarte in Lima in May. "
            "Rutte will still attend the G20 summit in New Delhi.")
    (r,) = extract(text, title="Rutte scraps Lima trip", published=date(2023, 3, 9)).reports
    assert r.status == "cancelled"


def test_where_a_statement_is_posted_is_no_party():
    text = ("The Kremlin said on Monday that Vladimir Putin and Recep Tayyip Erdogan would meet in Sochi on Friday. Hours later, "
            "Erdogan said on Twitter he had cancelled the meeting because of the floods.")
    (r,) = extract(text, title="Putin, Erdogan to meet in Sochi", published=date(2021, 9, 20)).reports
    assert r.status == "cancelled" and {p.name for p in r.participants} == {"Vladimir Putin", "Recep Tayyip Erdogan"}


def test_a_trip_called_off_in_the_next_sentence_takes_its_meeting_with_it():
    text = ("Indian Prime Minister Narendra Modi had been scheduled to visit Tokyo on May 3 to open a trade fair and hold talks "
            "with Japanese Prime Minister Fumio Kishida. His office said on Monday that Modi had called off the trip.")
    (r,) = extract(text, published=date(2023, 4, 24)).reports
    assert (r.status, r.start_date) == ("cancelled", date(2023, 5, 3))
    # the verb the meeting's verb is coordinated with is another act, not a hedge
    (r,) = extract(text.split(" His office")[0], published=date(2023, 4, 24)).reports
    assert r.status == "planned"


def test_a_headline_s_bare_participle_is_an_agreed_meeting():
    text = ("A meeting between French President Emmanuel Macron and Chinese President Xi Jinping in Paris has been agreed, "
            "an aide said on Monday. The meeting is expected to take place on Friday, he said.")
    (r,) = extract(text, title="Elysee: Macron-Xi meeting in Paris agreed, time not yet set", published=date(2024, 5, 1)).reports
    assert (r.status, r.start_date) == ("planned", date(2024, 5, 3))
    (r,) = extract("Officials gave no details.", title="Xi-Biden summit confirmed for next week", published=date(2024, 5, 1)).reports
    assert r.status == "planned"


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("There are no precise dates yet for a meeting between Putin and Erdogan, Peskov said.", "meeting", "planned"),
        ("There is no date for a meeting between Putin and Erdogan, Peskov said.", "meeting", "possible"),
    ],
)
def test_an_agreed_meeting_without_a_date_is_not_held(nlp, sentence, trigger, expected):
    assert _status(nlp, sentence, trigger) == expected


def test_the_day_they_agreed_or_spoke_is_not_the_day_they_meet():
    for text in ("Presidents Vladimir Putin and Recep Tayyip Erdogan agreed last week to meet in Ankara.",
                 "Putin and Erdogan agreed in principle during their telephone conversation last week to meet in Ankara."):
        reports = [r for r in extract(text, published=date(2025, 10, 22)).reports if r.mode == "in_person"]
        assert [(r.status, r.start_date) for r in reports] == [("planned", None)]


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ('Peskov told reporters that a meeting between Rubio and Putin was "not on the schedule for now."', "meeting", "ruled_out"),
        ("A meeting between Rubio and Putin is on the schedule for Thursday.", "meeting", "planned"),
        ("Putin-Zelensky meeting requires thorough preparation", "meeting", "possible"),
    ],
)
def test_what_a_meeting_is_said_to_be_or_need(nlp, sentence, trigger, expected):
    assert _status(nlp, sentence, trigger) == expected


def test_consultations_by_video_link_and_an_interview_are_no_meeting_in_person():
    (r,) = extract("Russian Deputy Foreign Minister Sergei Ryabkov held consultations with Chinese Vice Foreign Minister Ma "
                   "Zhaoxu via video link on Tuesday.", published=date(2024, 3, 6)).reports
    assert r.mode == "video"
    assert extract("Indian Prime Minister Narendra Modi sat down with U.S. podcast host Lex Fridman in New Delhi for an "
                   "interview released on Sunday.", published=date(2025, 3, 17)).reports == []


def test_how_talks_went_or_will_go_is_not_whether_they_take_place():
    (r,) = extract("Putin is due to meet Raisi in Tehran on Thursday. The talks will not be easy, an aide said.",
                   published=date(2022, 7, 18)).reports
    assert (r.status, r.start_date) == ("planned", date(2022, 7, 21))
    (r,) = extract("Putin met Raisi in Tehran on Monday. The talks were not easy, an aide said.", published=date(2022, 7, 20)).reports
    assert (r.status, r.start_date) == ("held", date(2022, 7, 18))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A meeting between Putin and Zelensky is not possible now, Peskov said.", "ruled_out"),
        ("A meeting between Putin and Zelensky is not necessary, Peskov said.", "ruled_out"),
        ("A meeting between Putin and Zelensky is not likely this year, Peskov said.", "possible"),
    ],
)
def test_a_meeting_said_not_to_be_possible_is_ruled_out(nlp, sentence, expected):
    assert _status(nlp, sentence, "meeting") == expected


def test_a_hypothesis_is_possible_and_a_refusal_to_take_part_rules_the_meeting_out():
    (r,) = extract("Analysts say that if Israeli Prime Minister Benjamin Netanyahu and Saudi Crown Prince Mohammed bin Salman were "
                   "ever to meet in public, it would be a seismic moment.", published=date(2023, 1, 10)).reports
    assert r.status == "possible"
    (r,) = extract("Azerbaijani President Ilham Aliyev will not take part in the five-party meeting with Armenian Prime Minister "
                   "Nikol Pashinyan planned in Granada on October 5, his office said.", published=date(2023, 10, 4)).reports
    assert (r.status, r.start_date) == ("ruled_out", date(2023, 10, 5))
    # talks held without him: his own meeting of the same sentence stays held
    (r,) = extract("Ukrainian President Volodymyr Zelenskiy, who met Saudi Crown Prince Mohammed bin Salman in Jeddah on Monday, "
                   "did not take part in the talks.", published=date(2025, 3, 11)).reports
    assert (r.status, r.start_date) == ("held", date(2025, 3, 10))


def test_who_is_briefed_on_talks_was_not_at_them_and_the_briefing_s_day_is_not_theirs():
    text = ("Araghchi briefs Pezeshkian on Muscat talks with Witkoff\nIranian Foreign Minister Abbas Araghchi held talks with "
            "U.S. envoy Steve Witkoff in Muscat on Saturday.")
    (r,) = extract(text, published=date(2025, 4, 13)).reports
    assert sorted(p.name for p in r.participants) == ["Abbas Araghchi", "Steve Witkoff"]
    (r,) = extract("Russian Foreign Minister Sergey Lavrov on Monday briefed President Vladimir Putin on the results of his talks "
                   "with US Secretary of State Antony Blinken in Geneva on Friday.", published=date(2022, 1, 24)).reports
    assert (sorted(p.name for p in r.participants), r.start_date) == (["Antony Blinken", "Sergey Lavrov"], date(2022, 1, 21))


def test_an_open_question_about_holding_a_meeting_is_possible():
    (r,) = extract("The Kremlin said no decision had yet been taken on whether Putin would hold a bilateral meeting with Xi in "
                   "Kazan.", published=date(2024, 10, 21)).reports
    assert r.status == "possible"


def test_what_is_done_instead_of_a_meeting_called_off_is_not_called_off():
    text = ("Obama cancels Duterte meeting after insult, meets Park instead\nPresident Barack Obama called off a meeting with "
            "Philippine President Rodrigo Duterte on Tuesday.\nObama met South Korean President Park Geun-hye in the slot instead.")
    reports = extract(text, published=date(2016, 9, 6)).reports
    assert {r.participants[1].name: r.status for r in reports} == {"Rodrigo Duterte": "cancelled", "Park Geun-hye": "held"}


def test_a_meeting_called_off_that_could_still_go_ahead_is_possible():
    text = ("The talks are aimed at salvaging a summit between President Donald Trump and North Korean leader Kim Jong Un that "
            "had been planned for June 12 in Singapore. Trump called off the summit last week but has since said it could still "
            "go ahead on the original date.")
    (r,) = extract(text, published=date(2018, 5, 31)).reports
    assert (r.status, r.start_date) == ("possible", date(2018, 6, 12))


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # what the verb sharing the subject says became of the meeting
        ("The talks between Russian and Ukrainian delegations had been expected to start in Istanbul on Thursday, but were "
         "pushed back to Friday.", date(2025, 5, 15), ("postponed", date(2025, 5, 16))),
        ("The talks between Indian Foreign Minister Subrahmanyam Jaishankar and Japanese Foreign Minister Yoshimasa Hayashi "
         "planned for April 22 in Beijing were called off.", date(2020, 4, 20), ("cancelled", date(2020, 4, 22))),
        # "had been due to take place ... will not go ahead": called off, on the day it had been due
        ("A Quad leaders summit between Joe Biden, Anthony Albanese, Fumio Kishida and Narendra Modi, which had been due to "
         "take place at the Sydney Opera House on May 24, will not go ahead, Albanese said.", date(2023, 5, 17),
         ("cancelled", date(2023, 5, 24))),
    ],
)
def test_the_fate_told_beside_the_plan_decides(text, published, expected):
    (r,) = extract(text, published=published).reports
    assert (r.status, r.start_date) == expected


def test_no_such_meeting_rules_out_the_one_just_told_and_a_country_refuses_to_meet_a_person():
    text = ("French President Francois Hollande said he hoped to meet Russian President Vladimir Putin in Paris on the "
            "sidelines of the climate summit. The Kremlin said later that no such meeting was planned.")
    (r,) = extract(text, published=date(2015, 11, 28)).reports
    assert r.status == "ruled_out"
    (r,) = extract("Iran has refused to meet U.S. special envoy Robert Malley in Vienna.", published=date(2022, 3, 30)).reports
    assert (r.status, sorted((p.name or "", p.country) for p in r.participants)) == ("ruled_out", [("", "IR"), ("Robert Malley", "US")])
    # an encounter that did not happen was due on a day gone by
    (r,) = extract("An informal encounter between U.S. President Barack Obama and Iranian President Hassan Rouhani at the "
                   "United Nations on Tuesday did not happen, U.S. officials said.", published=date(2013, 9, 25)).reports
    assert r.start_date == date(2013, 9, 24)


def test_a_meeting_proposed_and_turned_down_is_ruled_out():
    (r,) = extract("Kerry had hoped to broker a meeting between Russian Foreign Minister Sergei Lavrov and Ukrainian Foreign "
                   "Minister Andriy Deshchytsia in Paris, but Lavrov refused.", published=date(2014, 3, 6)).reports
    assert r.status == "ruled_out"
    # (not a refusal of something else: "refused to comment")
    (r,) = extract("Kerry had hoped to broker a meeting between Russian Foreign Minister Sergei Lavrov and Ukrainian Foreign "
                   "Minister Andriy Deshchytsia in Paris, but Lavrov's office refused to comment.", published=date(2014, 3, 6)).reports
    assert r.status == "possible"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Turkish President Tayyip Erdogan said on Wednesday he would meet U.S. President Joe Biden in Brussels only if "
         "Washington dropped its sanctions.", ["possible"]),
        ("A meeting between U.S. Defense Secretary Jim Mattis and Chinese Defence Minister Wei Fenghe, which had been "
         "expected, did not take place.", ["cancelled"]),
        ("Netanyahu's office on Sunday denied reports that Israeli Prime Minister Benjamin Netanyahu had met Saudi Crown "
         "Prince Mohammed bin Salman in Neom last week.", []),
        ("U.S. Treasury Secretary Janet Yellen met Indonesian Finance Minister Sri Mulyani Indrawati in Bali on Friday. The "
         "meeting is not expected to produce a joint communique.", ["held"]),
    ],
)
def test_conditions_expectations_denials_and_outcomes(sentence, expected):
    assert [r.status for r in extract(sentence, published=date(2022, 7, 16)).reports] == expected


def test_a_headline_s_present_over_a_body_s_will_meet_is_planned():
    text = ("Trump meets Zelensky at Trump Tower\n\nRepublican presidential nominee Donald Trump will meet Ukrainian President "
            "Volodymyr Zelensky at Trump Tower in New York on Friday, his campaign said.")
    (r,) = extract(text, published=date(2024, 9, 26)).reports
    assert (r.status, r.start_date) == ("planned", date(2024, 9, 27))


@pytest.mark.parametrize("text, expected", [
    ("Lima has decided against holding a formal meeting between Peruvian President Carlos Mendoza and Chilean President "
     "Rosa Fuentes at the summit later this month, officials said.", "ruled_out"),
    ('Peruvian President Carlos Mendoza said on Friday there now "seems to be no reason" to meet Chilean President Rosa '
     "Fuentes at the summit.", "ruled_out"),
    ("Peruvian President Carlos Mendoza has accepted a meeting with Chilean President Rosa Fuentes, his office said.", "planned"),
    ('Peruvian President Carlos Mendoza has accepted "in principle" a meeting with Chilean President Rosa Fuentes, provided the '
     "strike ends, his office said.", "possible"),
    ("Will Peruvian President Carlos Mendoza meet Chilean President Rosa Fuentes? Officials would not say.", "possible"),
    ("When will Peruvian President Carlos Mendoza meet Chilean President Rosa Fuentes? Officials would not say.", "planned"),
    ("Peruvian Health Minister Carlos Mendoza met Swiss officials in Bern on Thursday. Mendoza then travelled to Geneva for "
     "talks with Chilean Health Minister Rosa Fuentes.", "held"),
])
def test_what_a_decision_an_acceptance_a_question_or_a_trip_makes_of_a_meeting(text, expected):
    reports = extract(text, published=date(2019, 6, 20)).reports
    fuentes = [r for r in reports if any(p.name == "Rosa Fuentes" for p in r.participants)]
    assert [r.status for r in fuentes] == [expected]


def test_an_envoy_calling_on_a_minister_on_a_day_to_discuss_is_a_visit_not_an_appeal():
    text = ("British High Commissioner Tom Walker called on Peruvian Trade Minister Carlos Mendoza on Monday to discuss the "
            "state of negotiations on a free trade agreement.")
    (r,) = extract(text, published=date(2022, 10, 25)).reports
    assert (r.status, r.start_date) == ("held", date(2022, 10, 24))
    assert extract("The United Nations called on Peru and Chile to discuss a ceasefire.", published=date(2022, 10, 25)).reports == []


def test_days_of_talks_one_came_for_are_ahead(nlp):
    assert _status(nlp, "Mendoza arrived in Lima on Thursday for two days of talks with Fuentes.", "talks") == "planned"


@pytest.mark.parametrize("sentence, expected", [
    ("The meeting between Dutch Prime Minister Mark Jansen and Peruvian President Carlos Mendoza in Lima on Monday did not "
     "produce a breakthrough.", "held"),
    ("A meeting between Dutch Prime Minister Mark Jansen and Peruvian President Carlos Mendoza would not solve the dispute, "
     "but it could ease tensions.", "possible"),
    ("A meeting between Dutch Prime Minister Mark Jansen and Peruvian President Carlos Mendoza will not take place this year.",
     "ruled_out"),
])
def test_what_a_meeting_did_not_yield_is_no_account_of_whether_it_was_held(sentence, expected):
    (r,) = extract(sentence, published=date(2022, 11, 15)).reports
    assert r.status == expected


def test_a_meeting_during_which_a_past_act_s_purpose_happened_was_held():
    text = ("Dutch Prime Minister Mark Jansen dimmed the lights in his office to play a video during a tense meeting with "
            "Peruvian President Carlos Mendoza on Wednesday.")
    (r,) = extract(text, published=date(2025, 5, 22)).reports
    assert (r.status, r.start_date) == ("held", date(2025, 5, 21))


def test_no_longer_holding_talks_is_ruling_them_out():
    (r,) = extract("Peruvian President Carlos Mendoza said he would no longer hold talks with Chilean President Rosa Fuentes.",
                   published=date(2022, 5, 24)).reports
    assert r.status == "ruled_out"


def test_a_calendar_line_of_no_verb_is_ahead():
    text = ("Monday: Dutch Foreign Minister Mark Jansen in Lima for talks with Peruvian Foreign Minister Carlos Mendoza.\n"
            "Thursday: Chilean President Rosa Fuentes meets Bolivian President Ana Soto in La Paz.")
    reports = extract(text, title="Diplomatic diary", published=date(2023, 6, 16)).reports
    assert sorted((r.status, r.start_date) for r in reports) == [("planned", date(2023, 6, 19)), ("planned", date(2023, 6, 22))]


def test_a_meeting_one_prepares_is_ahead_and_one_followed_up_on_is_no_new_one():
    text = ("Peruvian Foreign Minister Carlos Mendoza arrived in Santiago on Thursday, beginning a three-day visit aimed at "
            "laying the groundwork for a meeting between Chilean President Rosa Fuentes and Bolivian President Ana Soto.")
    (r,) = extract(text, published=date(2023, 10, 27)).reports
    assert (r.status, r.start_date) == ("planned", None)
    text = ("Mendoza will travel to Chile early next year to follow up on the discussions between Chilean President Rosa Fuentes "
            "and Bolivian President Ana Soto.")
    assert extract(text, published=date(2023, 11, 17)).reports == []


def test_a_meeting_that_had_been_set_right_after_a_call_off_is_cancelled():
    text = ("Dutch Prime Minister Mark Jansen has cancelled his trip to the summit in Lima to oversee the flood response. Jansen "
            "had been scheduled to hold a bilateral meeting with Peruvian President Carlos Mendoza on Friday.")
    (r,) = extract(text, published=date(2018, 4, 11)).reports
    assert (r.status, r.start_date) == ("cancelled", date(2018, 4, 13))
    text = ("Dutch Prime Minister Mark Jansen arrived in Lima on Wednesday. Jansen had been scheduled to hold a bilateral "
            "meeting with Peruvian President Carlos Mendoza on Friday.")
    assert extract(text, published=date(2018, 4, 11)).reports[0].status != "cancelled"


def test_a_meeting_not_announced_in_advance_was_held_all_the_same():
    text = ("Chilean national security adviser Carlos Mendoza met Peruvian Foreign Minister Rosa Fuentes in Vienna on Wednesday "
            "and Thursday. The meeting, which was not announced in advance, covered trade.")
    (r,) = extract(text, published=date(2023, 5, 12)).reports
    assert (r.status, r.start_date, r.end_date) == ("held", date(2023, 5, 10), date(2023, 5, 11))


def test_talks_declared_impossible_are_ruled_out():
    text = ("Chilean President Carlos Mendoza signed a decree formally declaring any negotiations with Peruvian President Rosa "
            "Fuentes impossible.")
    (r,) = extract(text, published=date(2022, 10, 5)).reports
    assert r.status == "ruled_out"


def test_talks_of_a_day_where_a_meeting_is_ruled_out_are_its_occasion_not_a_meeting():
    text = "Chile will not hold direct negotiations with Peru at this week's talks in Vienna, a spokesman said."
    assert [r.status for r in extract(text, published=date(2021, 4, 5)).reports] == ["ruled_out"]


@pytest.mark.parametrize("text, status", [
    ("Peruvian Foreign Minister Rosa Fuentes will attend the summit in Lima. Chilean Foreign Minister Carlos Mendoza has no plans "
     "to meet her there, a spokesman said.", "ruled_out"),
    ("Chilean President Carlos Mendoza had no plans to travel to Lima to see Peruvian President Rosa Fuentes, his office said.",
     "ruled_out"),
    ("A meeting scheduled between Chilean President Carlos Mendoza and Peruvian President Rosa Fuentes in Arica on Sunday did "
     "not take place, Mendoza said.", "cancelled"),
    ("Chilean Foreign Minister Carlos Mendoza is expected to be received by Peruvian President Rosa Fuentes on Wednesday.",
     "planned"),
])
def test_refusals_call_offs_and_plans_told_in_other_words(text, status):
    reports = extract(text, published=date(2023, 7, 11)).reports
    assert [(r.status, sorted(p.name for p in r.participants)) for r in reports] == [(status, ["Carlos Mendoza", "Rosa Fuentes"])]


@pytest.mark.parametrize(("headline", "status"), [
    ("Jansen-Mendoza meeting not on the cards, Dutch government says", "ruled_out"),
    ("Jansen, Mendoza meeting still on track for next week, officials say", "planned"),
    ("Jansen-Mendoza meeting on the cards, says spokesman", "possible"),
])
def test_a_verbless_headline_on_the_cards_or_on_track(headline, status):
    text = f"{headline}\n\nDutch Prime Minister Mark Jansen and Peruvian President Carlos Mendoza were in the news again."
    reports = extract(text, published=date(2022, 11, 10)).reports
    assert [r.status for r in reports] == [status]


@pytest.mark.parametrize("verb", ["now appeared unlikely", "seems likely", "looked unlikely"])
def test_a_meeting_that_seems_likely_or_unlikely_is_possible(verb):
    text = f"Officials said a meeting between Dutch Prime Minister Mark Jansen and Peruvian President Carlos Mendoza {verb}."
    (r,) = extract(text, published=date(2014, 8, 19)).reports
    assert r.status == "possible"


@pytest.mark.parametrize(("sentence", "status"), [
    ("Dutch Prime Minister Mark Jansen could travel to Lima as soon as Friday to meet Peruvian President Carlos Mendoza.",
     "possible"),
    ("Officials said a meeting between Dutch Prime Minister Mark Jansen and Peruvian President Carlos Mendoza now would be "
     "counterproductive.", "ruled_out"),
    ("An official said the results were sufficient for a meeting between Dutch Prime Minister Mark Jansen and Peruvian "
     "President Carlos Mendoza.", "possible"),
])
def test_a_trip_that_could_come_soon_a_counterproductive_meeting_and_one_results_suffice_for(sentence, status):
    (r,) = extract(sentence, published=date(2024, 7, 4)).reports
    assert r.status == status


def test_a_present_with_a_time_ahead_is_planned():
    (r,) = extract("Next week, Dutch Prime Minister Mark Jansen hosts Peruvian President Carlos Mendoza at his home in "
                   "Utrecht.", published=date(2001, 11, 9)).reports
    assert r.status == "planned"


def test_talks_on_a_possible_visit_being_discussed_are_possible():
    (r,) = extract("Officials of the two countries are also discussing a possible reciprocal visit by Dutch Prime Minister Mark "
                   "Jansen to Lima for talks with Peruvian President Carlos Mendoza later in the year.",
                   published=date(2023, 3, 9)).reports
    assert r.status == "possible"


def test_a_host_read_as_an_adjective_with_a_subject_tagged_a_common_noun_held_whatever_the_rest_declines():
    text = ("U.S. President Donald Trump said on Wednesday he had cancelled the summit. Trump hosted Ukrainian President "
            "Volodymyr Zelenskiy at the White House last Friday but declined to commit to providing Tomahawk cruise missiles.")
    (r,) = extract(text, published=date(2025, 10, 22)).reports
    assert (r.status, str(r.start_date)) == ("held", "2025-10-17")


def test_a_meeting_not_needed_beside_a_call_of_the_same_pair_is_ruled_out():
    text = ("On Monday, Dutch Foreign Minister Anna de Vries and Peruvian Foreign Minister Luis Ortega spoke by phone, and an "
            "official said afterwards that an in-person meeting between the two was not needed.")
    reports = extract(text, published=date(2025, 10, 22)).reports
    assert sorted((r.mode, r.status) for r in reports) == [("in_person", "ruled_out"), ("phone", "held")]


def test_a_meeting_said_not_planned_the_day_before_it_was_held_and_a_caption_in_a_month_only_article_are_held():
    (r,) = extract("Peruvian President Carlos Mendoza has met with Dutch Foreign Minister Anna de Vries at the palace, a day "
                   "after Mendoza's spokesman said no such meeting was planned.", published=date(2017, 4, 12)).reports
    assert r.status == "held"
    (r,) = extract("Peruvian President Carlos Mendoza and Dutch Prime Minister Mark Jansen pose for a picture during a meeting "
                   "in Lima, Peru, May 16, 2024.", published=date(2024, 5, 1), published_precision="month").reports
    assert (r.status, str(r.start_date)) == ("held", "2024-05-16")


def test_contacts_to_arrange_a_meeting_are_possible_and_a_no_show_cancels_it():
    text = ('Dutch Prime Minister Mark Jansen could meet Peruvian President Carlos Mendoza in Lima this week, a source said on '
            'Tuesday.\n\n"There are contacts to arrange a meeting between the two leaders in Lima, but nothing has been finalised '
            'yet," said the source.')
    (r,) = extract(text, published=date(2024, 5, 24)).reports
    assert r.status == "possible"
    (r,) = extract("A Dutch official said Peruvian officials had failed to show up for a preparatory meeting with a Dutch advance "
                   "team in Lima last week.", published=date(2024, 5, 24)).reports
    assert (r.status, sorted(p.country for p in r.participants)) == ("cancelled", ["NL", "PE"])


def test_the_summit_of_the_day_told_after_a_further_one_to_come_leaves_that_one_planned():
    text = ("Dutch Prime Minister Mark Jansen and Peruvian President Carlos Mendoza held a summit in Utrecht on Friday.\n\n"
            "Jansen will visit Lima in the autumn for a further summit with Mendoza, the declaration said.\n\n"
            "The summit capped a whirlwind of diplomacy.")
    reports = extract(text, published=date(2024, 5, 24)).reports
    assert sorted((r.status, r.place.name) for r in reports) == [("held", "Utrecht"), ("planned", "Lima")]


def test_talks_being_held_as_a_correspondent_reported_on_the_day_are_held():
    (r,) = extract("Peruvian President Carlos Mendoza is holding talks with Dutch Prime Minister Mark Jansen in the presidential "
                   "palace, a correspondent reported on Thursday.", published=date(2023, 5, 25)).reports
    assert (r.status, str(r.start_date)) == ("held", "2023-05-25")


def test_plans_to_visit_cancelled_cancel_the_talks_the_trip_was_to_have_included():
    (r,) = extract("THE HAGUE (Reuters) - Dutch Prime Minister Mark Jansen said on Wednesday he had cancelled plans to visit Peru, "
                   "a trip that was to have included talks with President Carlos Mendoza.", published=date(2023, 10, 25)).reports
    assert (r.status, r.place.name) == ("cancelled", "Peru")


def test_the_meeting_called_off_two_sentences_after_the_one_meeting_told_is_that_one():
    text = ("Peruvian envoy Ana Soto announced in mid-June that Dutch Prime Minister Mark Jansen and Chilean President Luis Vera "
            "would meet at the palace in Lima. Three days before the meeting, prosecutors in The Hague filed an indictment against "
            "Vera. Vera turned back from Panama, and the meeting was called off.")
    reports = extract(text, published=date(2020, 9, 5)).reports
    assert [r.status for r in reports] == ["cancelled"]


def test_a_day_s_schedule_by_the_hour_is_planned_that_day_and_a_live_blog_s_timestamp_is_not_a_schedule():
    text = ("THE PRESIDENT'S SCHEDULE\n\n11 a.m.: Dutch Prime Minister Mark Jansen holds a bilateral meeting with Peruvian "
            "President Carlos Mendoza in the Catshuis.")
    (r,) = extract(text, published=date(2023, 7, 18)).reports
    assert (r.status, str(r.start_date)) == ("planned", "2023-07-18")
    (r,) = extract("1:55 PM — Dutch Prime Minister Mark Jansen meets Peruvian President Carlos Mendoza in the Catshuis.",
                   published=date(2023, 7, 18)).reports
    assert r.status == "held"


def test_has_yet_to_meet_is_possible():
    (r,) = extract("Stephen Biegun, the U.S. special representative for North Korea, has yet to meet North Korean Vice Foreign "
                   "Minister Choe Son Hui, according to U.S. officials.", published=date(2018, 11, 7)).reports
    assert r.status == "possible"


def test_no_question_of_a_meeting_rules_it_out():
    (r,) = extract("A presidential spokesman said on Monday that there was no question of a one-on-one meeting between Peruvian "
                   "President Carlos Mendoza and Chilean President Rosa Fuentes outside the mediation.", published=date(2022, 7, 5)).reports
    assert r.status == "ruled_out"


def test_a_summit_not_under_consideration_is_ruled_out():
    (r,) = extract('An official said a bilateral summit between Peruvian President Carlos Mendoza and Chilean President Rosa '
                   'Fuentes is "not under consideration at this point," citing the dispute.', published=date(2013, 5, 6)).reports
    assert r.status == "ruled_out"


def test_a_fate_told_after_the_meeting_noun_is_its_fate_whatever_the_parse_hangs_it_on():
    r = extract("The Secretary of Foreign Affairs, Rosa Fuentes, and the Minister of Foreign Affairs of Peru, Carlos Mendoza, held a "
                "videoconference today after the in-person meeting of the Binational Commission that the two ministers were to "
                "co-chair in Arica, Chile, on October 21 and 22 was cancelled because of the passage of a hurricane.",
                published=date(2010, 10, 21)).reports
    assert sorted((x.mode, x.status) for x in r) == [("in_person", "cancelled"), ("video", "held")]


def test_no_longer_able_to_travel_for_a_planned_meeting_cancels_it():
    (r,) = extract("Peruvian President Carlos Mendoza spoke today with Chilean President Rosa Fuentes. The President informed "
                   "the President that he would no longer be able to travel to Santiago for their planned meeting on May 22.",
                   published=date(2023, 5, 16)).reports
    assert (r.status, r.start_date) == ("cancelled", date(2023, 5, 22))


def test_a_meeting_postponed_before_and_hosted_on_a_new_day_is_planned():
    (r,) = extract("LIMA - Peruvian Foreign Minister Carlos Mendoza will host his Chilean and Bolivian counterparts, Rosa Fuentes "
                   "and Luis Arce, in Cusco on April 12 for a trilateral meeting that was postponed last month because of "
                   "protests, the ministry announced on Tuesday.", published=date(2022, 4, 5)).reports
    assert (r.status, r.start_date) == ("planned", date(2022, 4, 12))


def test_a_verb_sharing_the_first_verb_s_was_to_is_planned_too():
    (r,) = extract("Peruvian Foreign Minister Carlos Mendoza flew on to Santiago, where he was to brief allies on Sunday and call "
                   "on Chilean President Rosa Fuentes before traveling to Bolivia.", published=date(2018, 7, 8)).reports
    assert r.status == "planned"


def test_a_headline_s_heads_to_a_city_for_talks_is_planned_whatever_verb_comes_first():
    (r,) = extract("Peruvian Foreign Minister Carlos Mendoza leaves Quito empty-handed, heads to Santiago for talks with Chilean "
                   "President Rosa Fuentes\n\nOfficials gave no details.", published=date(2018, 7, 8)).reports
    assert (r.status, r.place.name) == ("planned", "Santiago")


def test_a_meeting_dropped_is_cancelled():
    (r,) = extract("A bilateral meeting between Peruvian President Carlos Mendoza and Chilean President Rosa Fuentes, which "
                   "officials had been trying to arrange, was dropped because of time constraints.", published=date(2023, 5, 31)).reports
    assert r.status == "cancelled"


def test_what_is_said_of_the_talks_is_said_of_the_talks_not_of_the_meeting_told_last():
    text = ("Peruvian envoy Jorge Soto was to arrive here on Sunday for two days of talks with his Chilean counterpart Ana Ruiz, "
            "the framework for which was agreed when Peruvian President Carlos Mendoza and Chilean President Rosa Fuentes met in "
            'Lima on July 10.\n\n"The talks cannot be about the border," the foreign minister said.')
    r = extract(text, published=date(2015, 8, 23)).reports
    leaders = [x for x in r if "Carlos Mendoza" in [p.name for p in x.participants]]
    assert [x.status for x in leaders] == ["held"]


def test_a_verb_sharing_the_first_verb_s_will_is_planned_too():
    (r,) = extract("Peruvian Foreign Minister Carlos Mendoza will brief reporters and hold a trilateral meeting with Chilean "
                   "Foreign Minister Rosa Fuentes and Bolivian Foreign Minister Luis Arce on Thursday.", published=date(2018, 6, 12)).reports
    assert (r.status, r.start_date) == ("planned", date(2018, 6, 14))


def test_a_meeting_that_did_not_push_through_is_cancelled():
    (r,) = extract("The meeting between Philippine President Luis Ocampo and Peruvian President Carlos Mendoza did not push through "
                   "on Monday.", published=date(2025, 10, 28)).reports
    assert (r.status, r.cues["status"]) == ("cancelled", "not push through")


def test_a_meeting_regarded_as_unlikely_is_possible():
    text = ("Peruvian Foreign Minister Carlos Mendoza will meet Chilean Foreign Minister Rosa Fuentes in Lima on Friday.\n"
            "A separate meeting with Bolivian Foreign Minister Luis Arce is regarded in the ministry as unlikely.")
    r = extract(text, published=date(2007, 11, 28)).reports
    assert [(sorted(p.name for p in x.participants), x.status) for x in r] == [
        (["Carlos Mendoza", "Rosa Fuentes"], "planned"), (["Carlos Mendoza", "Luis Arce"], "possible")]


def test_a_meeting_in_a_where_clause_of_a_visit_called_off_is_cancelled():
    text = ("Peruvian Foreign Minister Carlos Mendoza met Bolivian President Luis Arce in La Paz on Wednesday.\n"
            "A visit to Santiago on Friday, where Mendoza had been due to meet Chilean Foreign Minister Rosa Fuentes, was called off "
            "on Tuesday evening, the ministry said.")
    r = extract(text, published=date(2025, 12, 4)).reports
    assert [(sorted(p.name for p in x.participants), x.status) for x in r] == [
        (["Carlos Mendoza", "Luis Arce"], "held"), (["Carlos Mendoza", "Rosa Fuentes"], "cancelled")]


def test_a_meeting_under_discussion_is_possible():
    (r,) = extract("A meeting between Peruvian President Carlos Mendoza and Chilean President Rosa Fuentes is also under discussion, "
                   "an aide said.", published=date(2025, 10, 28)).reports
    assert (r.status, r.cues["status"]) == ("possible", "under discussion")


def test_talks_due_before_one_side_pulled_out_of_the_trip_are_cancelled():
    (r,) = extract("Chile's foreign minister Rosa Fuentes, who had been due to hold talks with Peruvian Foreign Minister Carlos Mendoza "
                   "here today before Mendoza pulled out of the trip, shrugged off the cancellation.", published=date(2025, 12, 3)).reports
    assert (r.status, r.cues["status"]) == ("cancelled", "pulled out (the trip)")


def test_a_missed_meeting_is_cancelled():
    text = ("Chilean Foreign Minister Rosa Fuentes was to meet Peruvian Foreign Minister Carlos Mendoza in Brussels today.\n\n"
            "17:40 – Fuentes shrugs off missed Mendoza meeting.")
    (r,) = extract(text, published=date(2025, 12, 3)).reports
    assert r.status == "cancelled"


def test_a_planned_meeting_not_held_is_cancelled_and_one_never_planned_ruled_out():
    (r,) = extract("The meeting between Peruvian President Carlos Mendoza and Chilean President Rosa Fuentes, which had been planned "
                   "for Monday, was not held due to scheduling reasons.", published=date(2024, 9, 25)).reports
    assert (r.status, r.cues["status"]) == ("cancelled", "not held")
    (r,) = extract("The meeting between Peruvian President Carlos Mendoza and Chilean President Rosa Fuentes was not held.",
                   published=date(2024, 9, 25)).reports
    assert r.status == "ruled_out"


def test_a_meeting_asked_about_and_answered_no_such_plan_is_ruled_out():
    text = ("Peruvian Foreign Minister Carlos Mendoza will meet Chilean Foreign Minister Rosa Fuentes on Monday.\n\n"
            "Asked whether Mendoza would meet Bolivia's Deputy Prime Minister and Foreign Minister Luis Arce in New York, the "
            "spokesman said: \"There is no such plan.\"")
    r = extract(text, published=date(2025, 9, 20)).reports
    assert [(sorted(p.name for p in x.participants), x.status) for x in r] == [
        (["Carlos Mendoza", "Rosa Fuentes"], "planned"), (["Carlos Mendoza", "Luis Arce"], "ruled_out")]


def test_no_meeting_scheduled_with_one_hosted_before_is_ruled_out_beside_the_one_hosted():
    r = extract("Peruvian President Carlos Mendoza does not have a meeting scheduled with Chilean President Rosa Fuentes, whom he "
                "hosted in Lima in June, a spokesperson said.", published=date(2024, 8, 25)).reports
    assert sorted((x.status, x.place.name if x.place else None) for x in r) == [("held", "Lima"), ("ruled_out", None)]


def test_accession_talks_are_a_country_s_way_into_a_union_not_a_meeting():
    text = ("Peruvian President Carlos Mendoza held a phone call with Chilean President Rosa Fuentes on Monday.\n\n"
            "The two leaders discussed energy and the coordination of their countries' EU accession talks, and agreed to meet "
            "in person in Lima on Nov. 7.")
    r = extract(text, published=date(2024, 11, 4)).reports
    assert sorted((x.mode, x.status, x.start_date) for x in r) == [
        ("in_person", "planned", date(2024, 11, 7)), ("phone", "held", date(2024, 11, 4))]


def test_a_meeting_renamed_after_but_and_scrapped_was_called_off_whatever_tense_told_it_was_due():
    for text in ("Peruvian Foreign Minister Carlos Mendoza and Chilean Foreign Minister Rosa Fuentes had been due to meet in Lima "
                 "on June 15 for a sixth round of talks, but that session was scrapped after the floods.",
                 "Peruvian Foreign Minister Carlos Mendoza and Chilean Foreign Minister Rosa Fuentes were due to meet in Lima on "
                 "June 15, but the meeting was postponed after the floods."):
        (r,) = extract(text, published=date(2025, 6, 26)).reports
        assert (r.status, r.start_date) == ("cancelled" if "scrapped" in text else "postponed", date(2025, 6, 15)), text


def test_no_further_discussion_needed_on_a_text_is_no_meeting_refused():
    text = ("LIMA – Peruvian President Carlos Mendoza and Chilean President Rosa Fuentes have agreed that no further discussions "
            "are needed on the border proposal, the mediator said on Monday.\n\nAccording to the mediator, the two leaders will "
            "meet again in March in Quito.")
    (r,) = extract(text, published=date(2023, 2, 28)).reports
    assert (r.status, r.place.name) == ("planned", "Quito")


def test_a_headline_s_bare_meeting_noun_over_a_body_that_only_proposes_it_is_possible():
    (r,) = extract("Peru is still waiting for Bolivia's response to its proposal for a meeting between Peruvian President Carlos "
                   "Mendoza and Bolivian President Luis Arce on the sidelines of the Andean summit in La Paz on Friday.",
                   title="Mendoza-Arce meeting in La Paz: Lima awaits La Paz's response", published=date(2025, 4, 2)).reports
    assert r.status == "possible"


def test_a_request_for_a_meeting_not_granted_is_ruled_out():
    (r,) = extract("Peruvian Foreign Minister Carlos Mendoza said her request for a meeting with Bolivian President Luis Arce had "
                   "not been granted.", published=date(2023, 8, 8)).reports
    assert r.status == "ruled_out"
    (r,) = extract("Peruvian Foreign Minister Carlos Mendoza said her request for a meeting with Bolivian President Luis Arce had "
                   "been granted.", published=date(2023, 8, 8)).reports
    assert r.status != "ruled_out"


def test_a_meeting_a_plan_was_to_take_place_at_is_ahead_not_held():
    (r,) = extract("In Lima, Peruvian President Carlos Mendoza planned to present his peace plan to the partners, including at a "
                   "meeting with Chilean President Rosa Fuentes.", published=date(2024, 10, 12)).reports
    assert r.status == "planned"
    # (what was agreed at talks is no plan of them: "agreed to boost ties during their talks" were held)
    (r,) = extract("Peruvian President Carlos Mendoza and Chilean President Rosa Fuentes agreed to boost ties during their talks "
                   "in Lima.", published=date(2024, 10, 12)).reports
    assert r.status == "held"


def test_a_meeting_called_off_is_the_one_still_ahead_not_the_one_held_told_after_it():
    text = ("Peruvian President Carlos Mendoza had also intended to meet Chilean President Rosa Fuentes in Quito, the second meeting "
            "in a month between the two leaders, who met in Lima on Oct. 24.\n\nThat meeting has now been called off, officials said.")
    got = sorted((r.status, r.place.name) for r in extract(text, published=date(1995, 11, 16)).reports)
    assert got == [("cancelled", "Quito"), ("held", "Lima")]


def test_talks_a_visit_includes_are_in_the_visit_s_state():
    (r,) = extract("Peruvian President Carlos Mendoza had been scheduled to travel on to Santiago for a state visit including talks "
                   "with Chilean Prime Minister Ana Ruiz.", published=date(1995, 11, 16)).reports
    assert r.status == "planned"


@pytest.mark.parametrize("text, status", [
    ("Peruvian President Carlos Mendoza invited Chilean President Rosa Fuentes to pay an official visit to Peru.", "possible"),
    ("Chilean President Rosa Fuentes accepted Peruvian President Carlos Mendoza's invitation to pay an official visit to Peru.",
     "planned"),
    ("Chilean President Rosa Fuentes accepted an invitation from Peruvian President Carlos Mendoza to make a return visit to Peru.",
     "planned"),
])
def test_an_invitation_to_pay_a_visit_is_a_meeting_of_host_and_guest(text, status):
    (r,) = extract(text, published=date(2023, 9, 20)).reports
    assert sorted(p.name for p in r.participants) == ["Carlos Mendoza", "Rosa Fuentes"] and r.status == status


def test_was_expected_in_what_someone_said_is_still_expected():
    (r,) = extract("Peruvian officials said Chilean President Rosa Fuentes was expected in Lima in the coming weeks for follow-up "
                   "talks with Peruvian President Carlos Mendoza.", published=date(2024, 1, 4)).reports
    assert r.status == "planned"


@pytest.mark.parametrize("text", [
    "Chilean President Rosa Fuentes accepted Peruvian President Carlos Mendoza's invitation to visit Peru next year.",
    "Chilean President Rosa Fuentes is expected to accept Peruvian President Carlos Mendoza's invitation to visit Peru next year.",
    "Chilean President Rosa Fuentes accepted an invitation from Peruvian President Carlos Mendoza to visit Peru next year.",
])
def test_an_invitation_to_visit_accepted_is_a_planned_meeting_of_host_and_guest(text):
    (r,) = extract(text, published=date(2023, 9, 20)).reports
    assert sorted(p.name for p in r.participants) == ["Carlos Mendoza", "Rosa Fuentes"] and r.status == "planned"


def test_talks_under_way_that_began_on_a_day_are_held_and_a_span_of_days_is_no_day_ahead():
    (r,) = extract("Peruvian Foreign Minister Jorge Soto and Chilean Foreign Minister Ana Ruiz are holding two days of talks in Lima "
                   "that began on Thursday.", published=date(2023, 11, 10)).reports
    assert (r.status, r.start_date) == ("held", date(2023, 11, 9))
    (r,) = extract("Peruvian Foreign Minister Jorge Soto and Chilean Foreign Minister Ana Ruiz are holding two days of talks in Lima "
                   "next week.", published=date(2023, 11, 10)).reports
    assert r.status == "planned"


def test_a_trip_timetabled_in_the_present_is_ahead_with_the_meetings_it_is_for():
    reports = extract("Peruvian President Carlos Mendoza leaves Thursday on a three-day visit to Chile, where he will hold talks with "
                      "Chilean President Rosa Fuentes, before traveling on to Bolivia for a summit with Bolivian President Luis Arce.",
                      published=date(1994, 3, 22)).reports
    assert sorted((r.participants[-1].name, r.status) for r in reports) == [("Luis Arce", "planned"), ("Rosa Fuentes", "planned")]


def test_a_place_set_against_another_with_not_is_no_negation_of_the_meeting():
    (r,) = extract("NEW YORK, Sept 20 (Wire) - Peruvian President Carlos Mendoza met Chilean President Rosa Fuentes on Wednesday.",
                   title="Mendoza Meets Fuentes in New York, Not the White House, Presses on Trade Deal",
                   published=date(2023, 9, 20)).reports
    assert (r.status, r.start_date) == ("held", date(2023, 9, 20))


@pytest.mark.parametrize("answer", ["said he had no plans to do so", "said there were currently no plans for a separate meeting"])
def test_an_answer_to_a_fronted_question_that_there_are_no_plans_rules_the_meeting_out(answer):
    (r,) = extract(f"Asked whether he would meet Chilean President Rosa Fuentes during the summit, Peruvian President Carlos Mendoza "
                   f"{answer}.", published=date(2019, 9, 23)).reports
    assert r.status == "ruled_out"


@pytest.mark.parametrize("off, status", [("canceled the trip", "cancelled"), ("postponed the visit", "postponed")])
def test_a_meeting_that_had_been_due_on_a_trip_called_off_in_its_sentence_shares_the_trip_s_fate(off, status):
    (r,) = extract(f"Peruvian President Carlos Mendoza had been due to meet Chilean President Rosa Fuentes in Santiago on Sept. 1, "
                   f"but he {off} to monitor the floods.", published=date(2019, 9, 25)).reports
    assert r.status == status


def test_a_meeting_of_another_size_called_off_is_not_the_one_held():
    text = ("Peruvian President Carlos Mendoza held a meeting with Chilean President Rosa Fuentes, Bolivian President Luis Arce and "
            "Ecuadorian President Ana Ruiz on the sidelines of the summit in Quito on Thursday.\n\nThe five-party meeting, which was "
            "also to include Colombian President Jorge Soto, did not take place.")
    (r,) = [r for r in extract(text, published=date(2023, 10, 5)).reports if len(r.participants) == 4]
    assert r.status == "held"
