"""Date rules: resolved against the publication date (no model needed)."""

from datetime import date

import pytest

from ingest.nlp import extract
from ingest.nlp.dates import resolve

TUE = date(2016, 11, 15)  # a Tuesday


def test_it_resolves_a_past_weekday_to_the_most_recent_one():
    assert resolve("on Friday", TUE, past=True).start == date(2016, 11, 11)


def test_it_resolves_a_coming_weekday_to_the_next_one():
    assert resolve("on Thursday", TUE, past=False).start == date(2016, 11, 17)


def test_a_weekday_equal_to_the_publication_day_is_that_day():
    assert resolve("Tuesday", TUE, past=True).start == TUE
    assert resolve("Tuesday", TUE, past=False).start == TUE


def test_it_picks_the_year_nearest_to_publication():
    v = resolve("October 15", TUE, past=True)
    assert v.start == date(2016, 10, 15) and v.reason
    assert resolve("January 3", TUE, past=False).start == date(2017, 1, 3)


def test_it_keeps_ranges_as_ranges():
    v = resolve("November 19-20", TUE, past=False)
    assert (v.start, v.end, v.precision) == (date(2016, 11, 19), date(2016, 11, 20), "day")


def test_month_phrases_have_month_precision():
    v = resolve("in early March", date(2015, 2, 22), past=False)
    assert (v.iso(), v.precision) == ("2015-03", "month")
    assert resolve("next month", date(2023, 10, 1), past=False).iso() == "2023-11"
    assert resolve("last November", date(2023, 10, 1), past=True).iso() == "2022-11"


def test_weeks_resolve_to_their_month():
    assert resolve("this week", date(2018, 8, 1), past=False).iso() == "2018-08"
    assert resolve("last week", date(2014, 3, 10), past=True).iso() == "2014-03"


def test_relative_days():
    assert resolve("tomorrow", TUE).start == date(2016, 11, 16)
    assert resolve("a day after", TUE).start == date(2016, 11, 14)


def test_an_explicit_date_needs_no_fallback():
    v = resolve("September 9, 2016", TUE, past=True)
    assert v.start == date(2016, 9, 9) and v.reason == ""
    assert resolve("Dec. 1", date(2018, 11, 29), past=False).start == date(2018, 12, 1)


def test_words_without_a_date_give_none():
    assert resolve("soon", TUE) is None


def test_a_duration_is_not_a_date():
    assert resolve("two weeks", TUE, past=True) is None
    assert resolve("less than a month", TUE, past=True) is None
    assert resolve("two weeks ago", TUE, past=True).start == date(2016, 11, 1)


def test_since_dates_the_last_meeting_before_not_this_one():
    from ingest.nlp import extract

    r = extract("Japanese Prime Minister Shinzo Abe and South Korean President Moon Jae-in have not met since December, "
                "and no meeting is planned.", published=date(2019, 9, 18)).reports
    assert len(r) == 1 and r[0].status == "ruled_out" and r[0].start_date is None


@pytest.mark.parametrize(("text", "past", "expected"), [
    ("over the weekend", True, (date(2019, 7, 13), date(2019, 7, 14), "day")),   # published on a Wednesday
    ("next weekend", False, (date(2019, 7, 20), date(2019, 7, 21), "day")),
    ("on the 12th", True, (date(2019, 7, 12), date(2019, 7, 12), "day")),
    ("on the 20th", True, (date(2019, 6, 20), date(2019, 6, 20), "day")),        # past: last month's 20th
    ("on the 3rd", False, (date(2019, 8, 3), date(2019, 8, 3), "day")),          # coming: next month's 3rd
    ("in three days", False, (date(2019, 7, 20), date(2019, 7, 20), "day")),
    ("in two weeks", False, (date(2019, 7, 1), date(2019, 7, 1), "month")),
])
def test_weekends_days_of_the_month_and_spans_from_publication(text, past, expected):
    v = resolve(text, date(2019, 7, 17), past=past)
    assert (v.start, v.end, v.precision) == expected and v.reason


def test_a_weekday_evening_is_that_day():
    from ingest.nlp import extract

    r = extract("Dutch Foreign Minister Anna de Vries met Peruvian President Carlos Mendoza in Lima on Monday evening.",
                published=date(2019, 7, 17)).reports
    assert r[0].start_date == date(2019, 7, 15)


def test_later_in_the_day_is_the_day_the_sentence_before_named():
    from ingest.nlp import extract

    text = ("Dutch Foreign Minister Anna de Vries arrived in Lima on Monday.\n"
            "She met her Peruvian counterpart Carlos Mendoza later in the day, the ministry said.")
    r = extract(text, published=date(2024, 1, 10)).reports
    assert [(x.start_date, x.date_precision) for x in r] == [(date(2024, 1, 8), "day")]


def test_a_weekday_of_a_named_week_the_day_after_tomorrow_and_unambiguous_numeric_dates():
    wed = date(2016, 10, 12)
    assert resolve("Monday next week", wed).start == date(2016, 10, 17)
    assert resolve("Friday last week", wed).start == date(2016, 10, 7)
    assert resolve("the day after tomorrow", date(2016, 10, 13)).start == date(2016, 10, 15)
    assert resolve("the day before yesterday", date(2016, 10, 13)).start == date(2016, 10, 11)
    assert resolve("15/10/2016", wed).start == date(2016, 10, 15)
    assert resolve("10/15/2016", wed).start == date(2016, 10, 15)
    assert resolve("10/11/2016", wed).precision == "year"  # day and month cannot be told apart


def test_a_place_after_a_date_phrase_is_the_venue():
    from ingest.nlp import extract

    (r,) = extract("Lavrov will meet Kerry on the 15th of October in Lausanne.", published=date(2016, 10, 12)).reports
    assert (r.start_date, r.place.name) == (date(2016, 10, 15), "Lausanne")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at the end of the month", ("2016-11", "month")),
        ("by the end of next month", ("2016-12", "month")),
        ("at the beginning of next year", ("2017", "year")),
        ("by the end of the year", ("2016", "year")),
    ],
)
def test_the_end_or_start_of_a_month_or_year_is_that_month_or_year(text, expected):
    d = resolve(text, TUE, past=False)
    assert (d.iso(), d.precision) == expected


def test_a_meeting_in_an_after_clause_takes_the_clause_s_own_day():
    from ingest.nlp import extract

    (r,) = extract("Japanese Prime Minister Shinzo Abe and U.S. President Donald Trump played golf on Saturday in Florida "
                   "after holding a summit at the White House on Friday.", published=date(2017, 2, 11)).reports
    assert str(r.start_date) == "2017-02-10"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date between the meeting and the reporting clause put after it is the meeting's
        ("Dutch Foreign Minister Anna de Vries will meet Peruvian Foreign Minister Carlos Mendoza in Anchorage, Alaska, "
         "on March 18, the State Department said.", "2021-03-18"),
        # but "said on Friday" is when it was said
        ("Dutch Foreign Minister Anna de Vries will meet Peruvian Foreign Minister Carlos Mendoza in Anchorage, the "
         "State Department said on Friday.", "None"),
    ],
)
def test_a_date_before_a_postposed_reporting_clause_is_the_meeting_s(text, expected):
    from ingest.nlp import extract

    (r,) = extract(text, published=date(2021, 3, 5)).reports
    assert str(r.start_date) == expected


def test_the_meeting_s_own_day_wins_over_a_nearer_day_of_the_trip():
    from ingest.nlp import extract

    text = ("Dutch Prime Minister Anna de Vries flies to Lima later on Saturday and is scheduled to meet South Korean "
            "President Moon Jae-in on Sunday.")
    (r,) = extract(text, published=date(2019, 6, 29)).reports
    assert str(r.start_date) == "2019-06-30"


def test_a_two_day_summit_cut_short_on_a_day_ends_that_day():
    from ingest.nlp import extract

    text = ("LIMA (Wire) - Dutch Prime Minister Anna de Vries and Peruvian President Carlos Mendoza cut short their "
            "two-day summit in Lima on Thursday without reaching an agreement.")
    (r,) = extract(text, published=date(2019, 2, 28)).reports
    assert (str(r.start_date), str(r.end_date)) == ("2019-02-27", "2019-02-28")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in July last year", ("2016-07", "month")),
        ("in June of last year", ("2016-06", "month")),
        ("in March this year", ("2017-03", "month")),
        ("in May next year", ("2018-05", "month")),
        ("last year", ("2016", "year")),
    ],
)
def test_a_month_of_last_this_or_next_year_is_that_month(text, expected):
    d = resolve(text, date(2017, 5, 10), past=True)
    assert (d.iso(), d.precision) == expected


def test_the_same_day_is_the_meeting_s_day_not_the_day_the_plan_was_announced():
    from ingest.nlp import extract

    text = ("Peruvian President Carlos Mendoza will meet Chilean Foreign Minister Ana Berg in Lima on Jan. 6, the foreign "
            "ministry said on Monday. Berg will also hold talks with her Peruvian counterpart Luis Soto the same day.")
    reports = extract(text, published=date(2024, 12, 30)).reports
    assert len(reports) == 2 and {r.start_date for r in reports} == {date(2025, 1, 6)}


def test_a_day_after_holding_talks_puts_those_talks_the_day_before_and_not_in_the_other_meeting_s_city():
    from ingest.nlp import extract

    text = ("Peruvian Foreign Minister Carlos Mendoza met Chilean President Ana Berg in Santiago on Wednesday, a day after "
            "holding talks with Bolivian President Luis Soto.")
    reports = {r.participants[-1].name: r for r in extract(text, published=date(2024, 6, 13)).reports}
    assert reports["Ana Berg"].start_date == date(2024, 6, 12) and reports["Ana Berg"].place.name == "Santiago"
    assert reports["Luis Soto"].start_date == date(2024, 6, 11) and reports["Luis Soto"].place is None


def test_a_day_first_range_with_and_or_to():
    v = resolve("between 19 and 21 June", date(2024, 6, 10))
    assert (v.start, v.end) == (date(2024, 6, 19), date(2024, 6, 21))
    v = resolve("19 to 21 June 2024", date(2024, 6, 10))
    assert (v.start, v.end) == (date(2024, 6, 19), date(2024, 6, 21))


def test_years_ago_today_is_that_day_and_a_year_ago_its_month():
    v = resolve("Fifty years ago today", date(2022, 2, 21))
    assert (v.start, v.precision) == (date(1972, 2, 21), "day")
    v = resolve("a year ago", date(2024, 11, 16))
    assert (v.start, v.precision) == (date(2023, 11, 1), "month")


@pytest.mark.parametrize(
    ("text", "published", "start", "precision"),
    [
        # the model tags "today" apart, or not at all once a headline precedes
        ("Potsdam, eighty years on\n\nEighty years ago today, Harry Truman, Winston Churchill and Joseph Stalin sat down at "
         "the Cecilienhof Palace in Potsdam to decide the fate of Germany.", date(2025, 7, 17), date(1945, 7, 17), "day"),
        ("Forty years ago this week, Ronald Reagan and Mikhail Gorbachev met for the first time in Geneva.",
         date(2025, 11, 19), date(1985, 11, 1), "month"),
        # "that year": the year the article named last
        ("Obama and Putin clashed over Crimea in March 2014. The two leaders did not meet until November of that year, when "
         "they met briefly at the G20 summit in Brisbane.", date(2023, 11, 19), date(2014, 11, 1), "month"),
    ],
)
def test_anniversaries_and_that_year(text, published, start, precision):
    from ingest.nlp import extract

    (r,) = [r for r in extract(text, published=published).reports if r.mode == "in_person"]
    assert (r.start_date, r.date_precision) == (start, precision)


def test_a_week_is_in_the_month_of_its_thursday():
    # told on Saturday, October 25: the week of October 27 is October's, though its weekend is November's
    assert resolve("next week", date(2025, 10, 25), past=False).start == date(2025, 10, 1)
    assert resolve("next week", date(2025, 8, 28), past=False).start == date(2025, 9, 1)


def test_met_on_a_day_and_again_on_the_next_is_one_meeting_of_two_days():
    from ingest.nlp import extract

    (r,) = extract("Iranian Deputy Foreign Minister Abbas Araqchi and U.S. Under Secretary Wendy Sherman met in Geneva on "
                   "Thursday and again on Friday.", published=date(2014, 1, 11)).reports
    assert (r.start_date, r.end_date) == (date(2014, 1, 9), date(2014, 1, 10))
    (r,) = extract("Iranian Deputy Foreign Minister Abbas Araqchi and U.S. Under Secretary Wendy Sherman met in Geneva on "
                   "Sunday and again on Tuesday.", published=date(2014, 1, 15)).reports
    assert r.start_date == r.end_date


def test_the_day_a_called_off_meeting_had_been_due_is_the_nearest_one():
    from ingest.nlp import extract

    (r,) = extract("Japanese Prime Minister Fumio Kishida and Chinese Premier Li Qiang had been due to meet in Jakarta on "
                   "Wednesday, but the meeting was cancelled.", published=date(2023, 9, 7)).reports
    assert (r.status, r.start_date) == ("cancelled", date(2023, 9, 6))
    (r,) = extract("On Thursday, Trump called off a meeting with Russian President Vladimir Putin that had been scheduled for "
                   "Saturday.", published=date(2018, 12, 2)).reports
    assert (r.status, r.start_date) == ("cancelled", date(2018, 12, 1))


def test_days_counted_from_another_event_and_the_dateline_s_day_for_here():
    from ingest.nlp import extract

    def days(text, published):
        return {r.participants[1].name: r.start_date for r in extract(text, published=published).reports}

    # "a day after" the other meeting's day, on either side of it
    assert days("Biden met Chinese President Xi Jinping in Beijing a day after talks with Japanese Prime Minister Shinzo Abe in "
                "Tokyo on Tuesday.", date(2013, 12, 7)) == {"Xi Jinping": date(2013, 12, 4), "Shinzo Abe": date(2013, 12, 3)}
    assert days("Russian President Dmitry Medvedev signed the document on Saturday, a day after he hosted German Chancellor "
                "Angela Merkel in Sochi.", date(2008, 8, 17)) == {"Angela Merkel": date(2008, 8, 15)}
    # "The previous day", "A week earlier": from the meeting told before
    assert days("Trump met North Korean leader Kim Jong Un in Singapore on June 12.\nA week earlier, Trump met Japanese Prime "
                "Minister Shinzo Abe at the White House.", date(2018, 6, 20))["Shinzo Abe"] == date(2018, 6, 5)
    assert days("Kerry and Russian Foreign Minister Sergei Lavrov held talks in Geneva on Friday.\nThe previous day, Kerry met "
                "Saudi Foreign Minister Adel al-Jubeir.", date(2016, 9, 10))["Adel al-Jubeir"] == date(2016, 9, 8)
    # "here in the morning": the dateline's day
    assert days("BEIJING, May 13 (Xinhua) -- Chinese Foreign Minister Wang Yi held talks with Malaysian Foreign Minister "
                "Hishammuddin Hussein here in the morning.", date(2021, 5, 14)) == {"Hishammuddin Hussein": date(2021, 5, 13)}


def test_two_days_of_talks_that_ended_on_a_day_end_on_it_and_a_reception_on_the_first_is_another_meeting():
    from ingest.nlp import extract

    (r,) = extract("Russian Deputy Foreign Minister Grigory Karasin and Georgian envoy Zurab Abashidze held two days of talks in "
                   "Prague that ended on Friday.", published=date(2015, 11, 29)).reports
    assert (r.start_date, r.end_date) == (date(2015, 11, 26), date(2015, 11, 27))
    text = ("ALMATY (Reuters) - Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov "
            "completed two days of talks on Saturday.\nKazakh President Kassym-Jomart Tokayev received the two "
            "ministers on Friday evening.")
    reports = extract(text, title="Armenian, Azerbaijani ministers end Almaty talks", published=date(2024, 5, 13)).reports
    assert sorted((r.start_date, r.end_date, len(r.participants)) for r in reports) == [
        (date(2024, 5, 10), date(2024, 5, 10), 3), (date(2024, 5, 10), date(2024, 5, 11), 2)]


def test_a_visit_s_days_cut_in_two_by_the_model_and_a_year_said_beside_a_day():
    from ingest.nlp import extract

    text = ("Indian Prime Minister Narendra Modi will pay an official visit to Paris from 13-14 July 2023. He will hold talks "
            "with French President Emmanuel Macron.")
    (r,) = extract(text, published=date(2023, 7, 3)).reports
    assert (r.start_date, r.end_date) == (date(2023, 7, 13), date(2023, 7, 14))
    (r,) = extract("In May last year, Turkish President Recep Tayyip Erdogan met Swedish Prime Minister Ulf Kristersson in "
                   "Vilnius on May 30.", published=date(2024, 2, 1)).reports
    assert (r.status, r.start_date) == ("held", date(2023, 5, 30))


def test_a_postponement_to_a_month_when_no_day_was_given():
    from ingest.nlp import extract

    (r,) = extract("A visit by South African President Cyril Ramaphosa to meet Kenyan President William Ruto has been postponed "
                   "to June, officials said.", published=date(2024, 5, 10)).reports
    assert (r.status, r.start_date, r.date_precision) == ("postponed", date(2024, 6, 1), "month")


def test_a_range_whose_last_day_the_model_leaves_out_and_an_anniversary_is_no_day_of_the_month():
    from ingest.nlp import extract

    (r,) = extract("German Chancellor Angela Merkel and French President Francois Hollande held talks in Berlin between June 3 "
                   "and 5.", published=date(2015, 6, 8)).reports
    assert (r.start_date, r.end_date) == (date(2015, 6, 3), date(2015, 6, 5))
    (r,) = extract("U.S. President Joe Biden met Qatari Emir Tamim bin Hamad Al Thani in New York on the 20th anniversary of the "
                   "9/11 attacks.", published=date(2021, 9, 13)).reports
    assert r.start_date is None


def test_a_day_without_a_year_told_as_held_is_the_last_one_before_publication():
    # (June 19 of the next year is two days nearer to December 20, but "met" was this June)
    (r,) = extract("Dutch Prime Minister Mark Jansen met Peruvian President Carlos Mendoza in Lima on June 19.",
                   published=date(2023, 12, 20)).reports
    assert (r.status, r.start_date) == ("held", date(2023, 6, 19))
    (r,) = extract("Dutch Prime Minister Mark Jansen and Peruvian President Carlos Mendoza held talks in Vienna on May 10 and 11.",
                   published=date(2023, 12, 20)).reports
    assert (r.status, r.start_date, r.end_date) == ("held", date(2023, 5, 10), date(2023, 5, 11))
    (r,) = extract("Dutch Prime Minister Mark Jansen will meet Peruvian President Carlos Mendoza in Lima on June 19.",
                   published=date(2023, 12, 20)).reports
    assert (r.status, r.start_date) == ("planned", date(2024, 6, 19))
    # (not a diary's line, held only for want of a verb)
    (r,) = extract("July 13-14: Dutch Prime Minister Mark Jansen in Lima for talks with Peruvian President Carlos Mendoza.",
                   published=date(2023, 7, 3)).reports
    assert (r.status, r.start_date) == ("planned", date(2023, 7, 13))


def test_a_year_of_a_bound_or_of_another_act_is_not_the_meeting_s():
    (r,) = extract("Peruvian officials met Chilean officials in Lima on April 9, confirming reports of the first direct talks "
                   "between the neighbours since 2016.", published=date(2021, 4, 19)).reports
    assert r.start_date == date(2021, 4, 9)
    (r,) = extract("Peruvian President Carlos Mendoza said he could invite Chilean President Rosa Fuentes to Lima for talks to "
                   "restore ties severed in 2011.", published=date(2022, 11, 22)).reports
    assert r.start_date is None


def test_a_timeline_entry_s_year_is_the_year_of_its_day():
    text = ("2016: Dutch Prime Minister Mark Jansen and Peruvian President Carlos Mendoza meet in Lima on June 12, their first "
            "summit.")
    (r,) = extract(text, published=date(2019, 6, 30)).reports
    assert r.start_date == date(2016, 6, 12)


def test_a_weekday_after_a_since_phrase_is_the_meeting_s():
    from ingest.nlp import extract

    text = ("Chilean President Carlos Mendoza and Peruvian President Rosa Fuentes held their first face-to-face talks since the "
            "flood of 2019 on Thursday.")
    (r,) = extract(text, published=date(2022, 9, 16)).reports
    assert r.start_date == date(2022, 9, 15)


def test_a_time_of_day_in_four_digits_is_no_year():
    from ingest.nlp import extract
    from ingest.nlp.dates import resolve

    assert resolve("1930 GMT", date(2021, 8, 24)) is None
    text = "Chilean Foreign Minister Carlos Mendoza met Peruvian Foreign Minister Rosa Fuentes in Lima at 1930 GMT on Monday."
    (r,) = extract(text, published=date(2021, 8, 24)).reports
    assert r.start_date == date(2021, 8, 23)


def test_a_timeline_entry_cut_off_as_a_sentence_of_its_own_and_one_of_several_days_date_their_meeting():
    text = ("Factbox: the on-off diplomacy of Jansen and Mendoza\n\n"
            "- April 27, 2018: Dutch Prime Minister Mark Jansen and Peruvian President Carlos Mendoza hold a summit in Lima.\n"
            "- Feb. 27-28, 2019: A second Jansen-Mendoza summit in Hanoi collapses without agreement.\n")
    reports = sorted(extract(text, published=date(2019, 6, 29)).reports, key=lambda r: r.start_date)
    assert [(str(r.start_date), str(r.end_date)) for r in reports] == [("2018-04-27", "2018-04-27"), ("2019-02-27", "2019-02-28")]


def test_the_news_that_comes_days_after_a_meeting_dates_it_back_from_publication():
    text = ("Dutch envoy Anna de Vries met Peruvian President Carlos Mendoza in Lima on Thursday.\n\n"
            "The visit comes two days after Dutch Foreign Minister Mark Jansen and Chilean Foreign Minister Luis Ortega met in "
            "Santiago, the first high-level talks in years.")
    reports = extract(text, published=date(2025, 2, 20)).reports
    (r,) = [r for r in reports if r.place is not None and r.place.name == "Santiago"]
    assert str(r.start_date) == "2025-02-18"


def test_a_day_said_inside_a_clause_of_n_days_after_is_that_clause_s_however_the_parser_hangs_it():
    text = ("U.S. President Donald Trump met South Korean President Moon Jae-in.\n\nThe cancellation came two days after Trump "
            'hosted Moon at the White House on Tuesday, when he told reporters that the Lima meeting "may not work out" for June '
            "12 but could happen later.")
    (r,) = [r for r in extract(text, published=date(2024, 5, 24)).reports if "cancellation" in r.evidence]
    assert (r.status, str(r.start_date)) == ("held", "2024-05-21")


def test_a_deadline_of_what_was_discussed_is_no_date_of_the_meeting():
    (r,) = extract("Peruvian President Carlos Mendoza met Ecuador's President Luis Vera in Quito, and the two discussed the plan of "
                   "ending poverty by 2030.", published=date(2020, 2, 10)).reports
    assert (r.status, r.start_date) == ("held", None)


def test_as_early_as_may_is_the_month_not_the_modal():
    (r,) = extract("Officials said Peruvian President Carlos Mendoza could make a visit to Santiago for talks with Chilean "
                   "President Rosa Fuentes as early as May.", published=date(2023, 3, 14)).reports
    assert (r.status, r.start_date, r.date_precision) == ("possible", date(2023, 5, 1), "month")


def test_a_meeting_told_as_just_held_takes_the_day_the_next_sentence_gives_it():
    text = ("Peruvian Foreign Minister Ana Ruiz has held talks with her Chilean counterpart Jorge Soto in Santiago. "
            "Ms Ruiz and Mr Soto met on Saturday afternoon, discussing trade and migration.")
    (r,) = extract(text, published=date(2015, 4, 19)).reports
    assert (r.start_date, r.place.name) == (date(2015, 4, 18), "Santiago")


def test_a_colon_ends_a_dateline_and_the_day_after_it_is_the_meeting_s():
    text = ("LIMA: Prime Minister Carlos Mendoza on Sunday held talks with Chilean President Rosa Fuentes and later called "
            "on Bolivian President Luis Arce in Lima.")
    r = extract(text, published=date(2019, 10, 14)).reports
    assert sorted((_n(x), x.start_date) for x in r) == [("Arce", date(2019, 10, 13)), ("Fuentes", date(2019, 10, 13))]


def _n(report):
    return next(p.name.split()[-1] for p in report.participants if p.name and "Mendoza" not in p.name)


def test_later_in_the_day_is_not_the_day_a_relative_clause_gives_a_gathering():
    text = ("Peruvian President Carlos Mendoza met Chilean President Rosa Fuentes on the margins of the summit here on "
            "Wednesday, as the two-day summit, which ends on Thursday, got under way. Later in the day, he received Bolivian "
            "President Luis Arce at his hotel.")
    r = extract(text, published=date(2014, 11, 26)).reports
    assert {x.start_date for x in r} == {date(2014, 11, 26)}


def test_a_dated_item_of_a_readout_page_gives_today_its_own_day():
    text = ("Readouts: The President's Engagements at the Summit\nMay 21, 2023\n\nBriefing Room\n\n"
            "Readout of the President's Meeting with President Rosa Fuentes of Chile\nMay 18, 2023\n\n"
            "President Carlos Mendoza of Peru met today with President Rosa Fuentes of Chile in Hiroshima.\n\n"
            "Readout of the President's Meeting with President Luis Arce of Bolivia\nMay 20, 2023\n\n"
            "President Carlos Mendoza of Peru met today with President Luis Arce of Bolivia in Hiroshima.")
    r = extract(text, published=date(2023, 5, 21)).reports
    assert sorted((p.name, x.start_date) for x in r for p in x.participants if p.name != "Carlos Mendoza") == [
        ("Luis Arce", date(2023, 5, 20)), ("Rosa Fuentes", date(2023, 5, 18))]


def test_a_heading_ending_in_a_date_gives_its_section_s_today_that_day():
    text = ("Press release\nPM meetings at the summit\nPrime Minister Carlos Mendoza of Peru met world leaders in Hiroshima.\n"
            "Published 20 May 2023\n\n"
            "PM meeting with President Rosa Fuentes: 19 May 2023\n\n"
            "The Prime Minister met Chilean President Rosa Fuentes on the margins of the summit today.")
    (r,) = extract(text, published=date(2023, 5, 20)).reports
    assert r.start_date == date(2023, 5, 19)


def test_a_date_naming_something_else_with_its_article_is_not_the_meeting_s():
    (r,) = extract("Chilean President Rosa Fuentes received Peruvian President Carlos Mendoza, and reaffirmed Chile's support for a "
                   "border on the June 4, 1967 lines.", published=date(2014, 11, 13)).reports
    assert r.start_date is None


def test_a_meeting_being_held_as_reported_is_of_the_publication_day():
    (r,) = extract("Peruvian President Carlos Mendoza and Chilean President Rosa Fuentes are holding a bilateral meeting before "
                   "the summit, officials say.", published=date(2019, 12, 9)).reports
    assert (r.status, r.start_date) == ("held", date(2019, 12, 9))


def test_met_in_one_place_and_again_in_another_are_two_meetings_each_on_its_day():
    r = extract("Peruvian President Carlos Mendoza and Chilean President Rosa Fuentes met in Lima in May and again in Santiago in "
                "September, signing dozens of agreements.", published=date(2025, 12, 3)).reports
    assert sorted((x.place.name, str(x.start_date)) for x in r) == [("Lima", "2025-05-01"), ("Santiago", "2025-09-01")]


def test_a_diary_s_day_headings_date_the_items_below_them_which_are_ahead():
    text = ("June 23 (Wire) - The following are the main diplomatic events scheduled for the coming week.\n\nMONDAY, JUNE 24\n\n"
            "LIMA - Chilean Foreign Minister Rosa Fuentes visits Peru for talks with President Carlos Mendoza.\n\n"
            "SUNDAY, JUNE 30\n\nLA PAZ - Fuentes visits Bolivia for talks with President Luis Arce on Sunday.")
    r = extract(text, published=date(2019, 6, 23)).reports
    assert sorted((x.start_date, x.status, x.participants[-1].name) for x in r) == [
        (date(2019, 6, 24), "planned", "Carlos Mendoza"), (date(2019, 6, 30), "planned", "Luis Arce")]
    # (a heading of a day gone by dates nothing ahead: a live page's "Monday" over what was held)
    r = extract("MONDAY, JUNE 17\n\nLIMA - Chilean Foreign Minister Rosa Fuentes held talks with Peruvian President Carlos "
                "Mendoza.", published=date(2019, 6, 23)).reports
    assert [x.status for x in r] == ["held"]


def test_a_meeting_also_scheduled_during_the_visit_takes_the_visit_s_day_and_place():
    text = ("Peruvian President Carlos Mendoza met Chilean President Rosa Fuentes in Santiago on Wednesday.\n\n"
            "Mendoza was also scheduled to meet with Chilean Foreign Minister Jorge Soto during the visit.")
    r = extract(text, published=date(2024, 4, 3)).reports
    assert sorted((x.status, x.start_date, x.place.name) for x in r) == [
        ("held", date(2024, 4, 3), "Santiago"), ("planned", date(2024, 4, 3), "Santiago")]


def test_a_meeting_before_the_start_of_the_round_is_on_the_round_s_day_and_in_its_place():
    text = ("Peruvian President Carlos Mendoza and Chilean President Rosa Fuentes held a new round of talks in Lima on Friday.\n\n"
            "Before the start of the round, Mendoza met with Bolivian President Luis Arce.")
    r = extract(text, published=date(2013, 4, 19)).reports
    assert {(x.start_date, x.place.name) for x in r} == {(date(2013, 4, 19), "Lima")}


def test_earlier_with_nothing_held_told_before_is_earlier_on_the_day_published():
    text = ("Lima, Oct 22 (Wire) Peruvian President Carlos Mendoza and Chilean President Rosa Fuentes will hold a bilateral "
            "meeting on the sidelines of the Andean summit on Wednesday, Foreign Secretary Jorge Soto said.\n\nEarlier, Mendoza "
            "held wide-ranging talks with Bolivian President Luis Arce soon after arriving in Lima.")
    r = extract(text, published=date(2024, 10, 22)).reports
    assert sorted((x.status, x.start_date) for x in r) == [("held", date(2024, 10, 22)), ("planned", date(2024, 10, 23))]



def test_the_month_after_a_later_event_a_purpose_clause_comes_before_is_that_event_s():
    (r,) = extract("Peruvian Foreign Minister Jorge Soto said a meeting with Chilean Foreign Minister Rosa Fuentes could take place "
                   "in Geneva to narrow differences before the Andean ministerial meeting in Quito in December.",
                   published=date(2005, 11, 6)).reports
    assert r.start_date is None and r.place.name == "Geneva"


def test_the_day_the_very_pair_did_something_together_in_the_sentence_before_dates_their_meeting():
    text = ("LIMA, April 14 (Wire) - Peruvian President Carlos Mendoza and Chilean President Rosa Fuentes pledged on Sunday to "
            "deepen trade ties and end a fishing dispute.\n\nMendoza and Fuentes met for two hours at the Government Palace, the "
            "president's official residence in Lima, and then lunched with their ministers.")
    (r,) = extract(text, published=date(2013, 4, 14)).reports
    assert r.start_date == date(2013, 4, 14) and r.cues["date"] == "Sunday (the day the sentence before sets)"


def test_a_day_word_that_only_qualifies_a_noun_is_no_day_of_the_meeting_s_own():
    text = ("Peruvian President Carlos Mendoza and Chilean President Rosa Fuentes pledged on Sunday to revive stalled world trade "
            "talks.\n\nMendoza and Fuentes met for two hours at the Fuentes family's weekend retreat outside Santiago.")
    dates = {r.start_date for r in extract(text, published=date(2013, 4, 14)).reports}
    assert dates == {date(2013, 4, 14)}


def test_the_year_of_something_else_the_sentence_names_is_not_the_meeting_s():
    (r,) = extract("Peruvian President Carlos Mendoza is expected in Santiago on May 27, where he will hold talks with Chilean President "
                   "Rosa Fuentes in what officials bill as a visit to turn the page after the 1994 border war.",
                   published=date(2021, 5, 18)).reports
    assert r.start_date == date(2021, 5, 27)


def test_a_meeting_prior_to_the_four_way_meeting_told_before_is_on_its_day_and_in_its_place():
    text = ("The foreign ministers of Peru, Chile, Bolivia and Ecuador met in Lima on Wednesday.\n\nPeruvian Foreign Minister Jorge "
            "Soto, Chilean Foreign Minister Ana Ruiz, Bolivian Foreign Minister Luis Arce and Ecuadorian Foreign Minister Rosa Fuentes "
            "took part in the quadrilateral meeting.\n\nPrior to the four-way meeting, Soto held a bilateral meeting with Ruiz.")
    (r,) = [r for r in extract(text, published=date(2023, 5, 10)).reports if len(r.participants) == 2]
    assert r.start_date == date(2023, 5, 10) and r.place.name == "Lima"


@pytest.mark.parametrize("text, expected", [
    ("Nov. 14 last year", date(2022, 11, 14)),
    ("14 November last year", date(2022, 11, 14)),
    ("March 3 next year", date(2024, 3, 3)),
])
def test_a_day_with_last_or_next_year_takes_that_year(text, expected):
    assert resolve(text, date(2023, 11, 16)).start == expected


def test_later_in_the_day_is_not_the_day_of_a_meeting_told_as_the_last_one():
    text = ("GRANADA, OCTOBER 5 (Wire). Peruvian President Carlos Mendoza held talks with Chilean President Rosa Fuentes on the "
            "sidelines of the summit.\n\nMendoza and Bolivian President Luis Arce last met in person in Brussels on July 15.\n\n"
            "Later in the day, Mendoza is scheduled to meet with Prime Minister of Spain Ana Ruiz, who is hosting the summit.")
    (r,) = [r for r in extract(text, published=date(2023, 10, 5)).reports if "Ana Ruiz" in {p.name for p in r.participants}]
    assert r.start_date == date(2023, 10, 5)
