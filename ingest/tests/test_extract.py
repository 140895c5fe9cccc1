"""End to end: the seed article's three meetings, odd input, batches (shared pipeline)."""

from datetime import date

import pytest

from ingest.nlp import EXTRACTOR_VERSION, extract, extract_many


def _by_date(result):
    return {r.start_date: r for r in result.reports}


def test_the_seed_article_yields_its_three_gold_meetings(seed_article):
    result = extract(seed_article["text"], title=seed_article["title"], published=date(2016, 11, 15))
    assert result.extractor_version == EXTRACTOR_VERSION and not result.skipped
    reports = _by_date(result)
    assert set(reports) == {date(2016, 11, 19), date(2016, 10, 15), date(2016, 9, 9)}

    apec = reports[date(2016, 11, 19)]
    assert apec.status == "possible" and apec.end_date == date(2016, 11, 20)
    assert (apec.place.name, apec.place.country) == ("Peru", "PE") and apec.occasion == "APEC summit"
    assert {p.name.split()[-1] for p in apec.participants} == {"Lavrov", "Kerry"}

    lausanne = reports[date(2016, 10, 15)]
    assert lausanne.status == "held" and (lausanne.place.name, lausanne.place.country) == ("Lausanne", "CH")
    keys = {p.name.split()[-1] if p.name else "country:" + p.country for p in lausanne.participants}
    assert keys == {"Lavrov", "Kerry", "Mistura", *(f"country:{c}" for c in ("QA", "IQ", "IR", "TR", "SA", "EG"))}

    geneva = reports[date(2016, 9, 9)]
    assert geneva.status == "held" and (geneva.place.name, geneva.place.country) == ("Geneva", "CH")
    assert geneva.occasion == ""


def test_evidence_is_copied_exactly_with_its_offsets(seed_article):
    result = extract(seed_article["text"], title=seed_article["title"], published=date(2016, 11, 15))
    for r in result.reports:
        assert result.clean_text[r.evidence_start: r.evidence_end] == r.evidence
        assert 0 <= r.confidence <= 1 and r.cues.get("trigger")


def test_non_english_text_is_skipped():
    assert extract("Министр иностранных дел встретился с коллегой в Женеве во вторник.").skipped == "not English"


@pytest.mark.parametrize("text", [
    # Latin script, written for this test: Spanish, French, German, Italian, Dutch
    "El ministro de Asuntos Exteriores de Perú se reunió el martes en Lima con su homólogo chileno para hablar de la "
    "frontera. Los dos ministros acordaron volver a reunirse el próximo mes en Santiago, según un comunicado.",
    "Le ministre des Affaires étrangères a rencontré mardi à Paris son homologue allemand pour discuter de la guerre. "
    "Les deux ministres ont convenu de se revoir le mois prochain à Berlin, a indiqué le ministère.",
    "Der Außenminister hat sich am Dienstag in Berlin mit seinem französischen Amtskollegen getroffen, um über den "
    "Krieg zu sprechen. Die beiden Minister wollen sich im nächsten Monat in Paris wieder treffen.",
    "Il ministro degli Esteri ha incontrato martedì a Roma il suo omologo tedesco per discutere della guerra in Ucraina. "
    "I due ministri hanno concordato di rivedersi il mese prossimo a Berlino, ha fatto sapere il ministero.",
    "De minister van Buitenlandse Zaken heeft dinsdag in Den Haag zijn Duitse ambtgenoot ontmoet om te praten over de "
    "oorlog in Oekraïne. De twee ministers spraken af elkaar volgende maand in Berlijn opnieuw te zien.",
])
def test_other_languages_in_latin_script_are_skipped(text):
    assert extract(text).skipped == "not English"


def test_a_short_english_report_heavy_with_names_is_english():
    text = ("LIMA (Wire) - Dutch Prime Minister Anna de Vries met Peruvian President Carlos Mendoza, while Chilean "
            "President Ola Berg met Bolivian President Luis Soto.")
    r = extract(text, published=date(2015, 9, 28))
    assert not r.skipped and len(r.reports) >= 1


def test_empty_and_junk_input_never_raises():
    assert extract("").skipped == "no text"
    assert extract(None).skipped == "no text"
    assert extract("\x00\x01\x02 \ufffd" * 100).reports == []


def test_extract_many_matches_extract():
    items = [{"text": "Dutch Foreign Minister Anna de Vries met Peruvian President Carlos Mendoza in Lima on Monday.",
              "published": date(2020, 5, 6)}, {"text": ""}]
    many = extract_many(items)
    assert len(many) == 2 and many[1].skipped
    assert [r.evidence for r in many[0].reports] == [r.evidence for r in extract(**items[0]).reports]


# every kind of trigger the matcher knows, in its irregular and inflected forms (written for this test)
TRIGGER_SENTENCES = [
    "The two ministers met in Geneva.", "Lavrov sat down with Kerry.", "Kerry spoke with Lavrov by phone.",
    "Kerry had spoken to Lavrov.", "The leaders shook hands.", "The envoys chatted briefly.", "Abe conferred with Modi.",
    "Putin received the envoy.", "Merkel hosted Macron.", "Xi welcomed Lula.", "Biden is visiting Seoul.",
    "The sides negotiated for hours.", "The foreign ministers convened.", "Blinken huddled with Wang.",
    "The premiers greeted each other.", "Macron telephoned Scholz.", "Rutte phoned Erdogan.",
    "They held talks.", "A tete-a-tete followed.", "They had a tête-à-tête.", "A brief pull-aside in the corridor.",
    "They met face-to-face.", "A one-on-one with the premier.", "A video conference on Monday.",
    "A videoconference took place.", "A phone call with the premier.", "They had dinner together.",
    "The summit opens today.", "A bilateral with Japan.", "Consultations continue.", "The encounter was brief.",
    "The ambassador called on the premier.", "She paid a courtesy call on the king.",
]


def test_the_prefilter_lets_through_every_text_the_trigger_matcher_finds_a_trigger_in(nlp):
    from ingest.nlp import get_prefilter
    from ingest.nlp.components import TRIGGERS_KEY

    gate = get_prefilter()
    for doc in nlp.pipe(TRIGGER_SENTENCES):
        assert len(doc.spans[TRIGGERS_KEY]) and gate.search(doc.text.lower()), doc.text
    # and not text with no such word, nor a word that merely contains one ("position", "metal", "hostage")
    assert not gate.search("the position of the metal hostage site was not disclosed; prices rose.")


def test_an_article_without_a_trigger_word_is_not_parsed_and_has_no_report(nlp, monkeypatch, settings):
    texts = [{"text": "Oil prices rose on Monday after the storm closed two refineries on the coast."},
             {"text": "Dutch Foreign Minister Anna de Vries met Peruvian President Carlos Mendoza in Lima on Monday.",
              "published": date(2020, 5, 6)}]
    parsed = []
    pipe = type(nlp).pipe

    def counting_pipe(self, texts, **kw):
        for doc in pipe(self, texts, **kw):
            parsed.append(doc.text)
            yield doc

    monkeypatch.setattr(type(nlp), "pipe", counting_pipe)
    gated = extract_many(texts)
    assert [len(r.reports) for r in gated] == [0, 1] and not gated[0].skipped and gated[0].clean_text
    assert parsed == [texts[1]["text"]]
    settings.INGEST_PREFILTER = False
    parsed.clear()
    assert extract_many(texts) == gated and len(parsed) == 2


@pytest.mark.parametrize("words", ["had a tete-a-tete", "had a tête-à-tête"])
def test_a_tete_a_tete_split_by_the_tokenizer_is_a_meeting_with_its_place(words):
    text = f"Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State John Kerry {words} in Geneva on Monday."
    (r,) = extract(text, published=date(2016, 5, 4)).reports
    assert (r.status, r.mode, r.start_date, r.place.name) == ("held", "in_person", date(2016, 5, 2), "Geneva")
    assert {p.name for p in r.participants} == {"Sergei Lavrov", "John Kerry"}


def test_no_prefilter_for_a_pipeline_whose_lemmas_cannot_be_listed():
    import spacy

    from ingest.nlp.components import trigger_prefilter

    assert trigger_prefilter(spacy.blank("en")) is None


def test_headline_infinitive_is_planned():
    r = extract("Dutch, Peruvian leaders to meet in Lima\n\nDutch Prime Minister Mark Jansen and Peruvian President Carlos Mendoza "
                "will meet in Lima on Friday, officials said.", published=date(2020, 5, 6)).reports
    assert len(r) == 1 and r[0].status == "planned" and r[0].start_date == date(2020, 5, 8)


def test_extract_article_can_be_called_again_after_the_first_article():
    # the package function must not be shadowed by a submodule of the same name
    from ingest.nlp import extract_article

    text = "Dutch Foreign Minister Anna de Vries met Peruvian President Carlos Mendoza in Lima on Monday."
    first = extract_article(text=text, published=date(2020, 5, 6))
    again = extract_article(text=text, published=date(2020, 5, 6))
    assert len(first.reports) == len(again.reports) == 1


def test_a_meeting_on_the_sidelines_takes_the_occasion_date_and_city_from_another_sentence():
    text = ("Dutch Prime Minister Mark Jansen and Peruvian President Carlos Mendoza may meet on the sidelines of the "
            "Andean Trade Forum in Chile, a Dutch diplomat told reporters on Monday.\n\n"
            "The Andean Trade Forum will be held in Chile's Antofagasta on June 3-4.")
    (r,) = extract(text, published=date(2020, 5, 6)).reports
    assert r.start_date == date(2020, 6, 3) and r.date_precision == "day"
    assert (r.place.name, r.place.country) == ("Antofagasta", "CL")


def test_the_first_day_of_an_occasion_is_its_start_date():
    text = ("The two-day Andean Trade Forum began in the Chilean city of Antofagasta on Wednesday.\n\n"
            "On the first day of the Andean Trade Forum, Dutch Prime Minister Mark Jansen is scheduled to meet "
            "Peruvian President Carlos Mendoza.")
    (r,) = extract(text, published=date(2020, 5, 6)).reports
    assert (r.start_date, r.status, r.place.name) == (date(2020, 5, 6), "planned", "Antofagasta")


def test_a_long_occasion_gives_a_month_when_the_meeting_has_no_day_of_its_own():
    text = ("Norway called off the meeting between Norwegian Foreign Minister Ola Berg and his Chilean counterpart "
            "Maria Gonzalez on the sidelines of the World Ocean Congress in Lisbon.\n\n"
            "The World Ocean Congress began on September 18 in Lisbon and will conclude on September 30.")
    (r,) = extract(text, published=date(2019, 9, 20)).reports
    assert (r.start_date, r.date_precision, r.status) == (date(2019, 9, 1), "month", "cancelled")


def test_a_plural_anaphor_and_a_sit_down_join_the_named_meeting():
    text = ("Dutch Prime Minister Mark Jansen cancelled a meeting with Peruvian President Carlos Mendoza.\n\n"
            "According to an official schedule, the leaders were scheduled to sit down on June 3.")
    (r,) = extract(text, published=date(2020, 5, 6)).reports
    assert r.status == "cancelled" and r.start_date == date(2020, 6, 3)


def test_a_meeting_reported_as_earlier_and_separate_is_its_own_meeting_on_the_same_day():
    text = ("British Foreign Minister Anna Wells held a brief discussion with her Peruvian counterpart Carlos Mendoza "
            "on Wednesday, an official said.\n\n"
            "Earlier, foreign ministers from Britain, Peru, Chile and Brazil met separately to discuss trade.")
    reports = extract(text, published=date(2020, 5, 6)).reports
    assert len(reports) == 2
    assert {r.start_date for r in reports} == {date(2020, 5, 6)}
    assert sorted(len(r.participants) for r in reports) == [2, 4]


def test_the_date_of_an_announcement_is_not_the_meeting_date():
    text = ("Norway called off the meeting between Norwegian Foreign Minister Ola Berg and his Chilean counterpart "
            "Maria Gonzalez that was to be held in Lisbon in September.\n\n"
            "A spokesman said since yesterday's announcement of the meeting between Berg and Gonzalez, much has changed.")
    reports = extract(text, published=date(2019, 8, 20)).reports
    assert [(r.start_date, r.date_precision) for r in reports] == [(date(2019, 9, 1), "month")]


def test_a_headline_keeps_its_possible_cue_when_the_parse_loses_it():
    text = ("Jansen: Meeting with Mendoza possible next month\n\n"
            "Dutch Prime Minister Mark Jansen could meet Peruvian President Carlos Mendoza next month in Lima.")
    (r,) = extract(text, published=date(2020, 5, 6)).reports
    assert r.status == "possible" and r.date_precision == "month"


def test_a_meeting_reported_as_just_held_is_dated_by_the_statement_about_it():
    text = ("Dutch Foreign Minister Anna de Vries on Thursday said talks with Peruvian Foreign Minister Carlos Mendoza "
            "ended without an agreement.")
    (r,) = extract(text, published=date(2020, 5, 7)).reports
    assert {p.name for p in r.participants} == {"Anna de Vries", "Carlos Mendoza"}
    assert (r.status, r.start_date) == ("held", date(2020, 5, 7)) and r.date_reason


def test_the_day_a_possible_meeting_was_announced_is_not_its_date():
    text = "Dutch officials said on Monday Prime Minister Mark Jansen might receive Peruvian President Carlos Mendoza in Lima."
    (r,) = extract(text, published=date(2020, 5, 6)).reports
    assert r.status == "possible" and r.start_date is None


def test_an_organisation_convening_is_not_a_meeting_of_the_people_named_with_it():
    text = ("The ministry said it was trying to set up a meeting between Dutch Foreign Minister Anna de Vries and "
            "Peruvian Foreign Minister Carlos Mendoza when the Andean Community met.")
    (r,) = extract(text, published=date(2020, 5, 6)).reports
    assert r.status == "possible"


def test_a_spokesperson_quoting_plans_is_not_a_participant():
    text = ("\"We have no plans to meet with Foreign Minister Carlos Mendoza on this trip,\" Dutch foreign ministry "
            "spokeswoman Eva Smit said.")
    assert all(p.name != "Eva Smit" for r in extract(text, published=date(2020, 5, 6)).reports for p in r.participants)


def test_a_postponed_visit_postpones_the_meetings_in_it_and_gives_their_place_and_date():
    text = ("Dutch Foreign Minister Anna de Vries has postponed a visit to Peru that had been expected to start on "
            "Friday, an official said.\n\n"
            "She did not want the dispute to dominate her meetings with Peruvian officials, the official said.")
    (r,) = extract(text, published=date(2020, 5, 6)).reports
    assert (r.status, r.start_date, r.place.country) == ("postponed", date(2020, 5, 8), "PE")


def test_a_past_visit_gives_nothing_to_a_meeting_now():
    text = ("Dutch Foreign Minister Anna de Vries has not visited Peru since May 2013.\n\n"
            "De Vries and Peruvian Foreign Minister Carlos Mendoza are going to discuss trade, an official said.")
    (r,) = extract(text, published=date(2020, 5, 6)).reports
    assert r.place is None and r.start_date is None


def test_a_meeting_during_the_trip_takes_the_trips_place_and_date():
    text = ("Dutch Foreign Minister Anna de Vries and Peruvian Foreign Minister Carlos Mendoza will not meet on the "
            "sidelines of a gathering in Singapore this week, officials said.\n\n"
            "De Vries will also not meet her Iranian counterpart during the trip, officials said.")
    reports = extract(text, published=date(2020, 5, 6)).reports
    iran = next(r for r in reports if any(p.country == "IR" for p in r.participants))
    assert (iran.status, iran.place.name, iran.date_precision) == ("ruled_out", "Singapore", "month")


def test_another_meeting_of_the_traveller_at_the_same_place_takes_that_day():
    text = ("LIMA, May 6. Dutch Foreign Minister Anna de Vries and Peruvian Foreign Minister Carlos Mendoza will meet "
            "in Lima on Wednesday, officials said on Tuesday.\n\n"
            "Officials said on Tuesday Peruvian President Jorge Ramos might receive de Vries in Lima.")
    reports = extract(text, published=date(2020, 5, 6)).reports
    assert {(r.start_date, r.place.name) for r in reports} == {(date(2020, 5, 6), "Lima")} and len(reports) == 2


def test_a_cancelled_meeting_and_the_one_held_instead_stay_apart():
    text = ("Dutch Prime Minister Mark Jansen spoke at his own news conference on Monday, and the government later "
            "canceled his meeting with Peruvian President Carlos Mendoza, conferring instead with the President of Chile.")
    reports = extract(text, published=date(2020, 5, 6)).reports
    by_country = {frozenset(p.country for p in r.participants): r for r in reports}
    held = by_country[frozenset({"NL", "CL"})]
    assert held.status == "held" and held.occasion == ""
    assert all(r.status == "cancelled" for k, r in by_country.items() if "PE" in k)


def test_a_name_inside_a_discussed_topic_is_not_a_participant():
    text = ("Dutch Foreign Minister Anna de Vries discussed leaked Carlos Mendoza emails with Chilean Foreign Minister "
            "Maria Gonzalez in Santiago on Monday.")
    reports = extract(text, published=date(2020, 5, 6)).reports
    assert all("Carlos Mendoza" not in {p.name for p in r.participants} for r in reports)


def test_the_meeting_called_off_later_in_the_sentence_is_the_one_named_before():
    text = ("Dutch Prime Minister Mark Jansen and Peruvian President Carlos Mendoza were due to meet on Friday, "
            "but the meeting was called off.")
    (r,) = extract(text, published=date(2021, 6, 9)).reports
    assert (r.status, r.start_date) == ("cancelled", date(2021, 6, 11))


def test_a_cancelled_visit_does_not_cancel_the_pair_s_earlier_meeting_elsewhere():
    text = ("Dutch Foreign Minister Anna de Vries has cancelled a planned visit to Lima, where she was due to meet "
            "Peruvian President Carlos Mendoza next week, her office said on Thursday.\n"
            "The two last met in Brussels in June on the margins of a NATO summit.")
    r = extract(text, published=date(2021, 10, 14)).reports
    assert sorted((x.status, x.place.name if x.place else None) for x in r) == [("cancelled", "Lima"), ("held", "Brussels")]


def test_since_a_month_when_they_met_dates_that_meeting_and_a_caption_gives_its_day():
    text = ("Anna de Vries will meet Carlos Mendoza in Lima on Saturday, the ministry said.\n"
            "It will be their first in-person meeting since October, when de Vries met Mendoza in Rome.\n"
            "Photo: Dutch Foreign Minister Anna de Vries and Peruvian President Carlos Mendoza shake hands before their "
            "talks in Rome, Oct. 31, 2021. REUTERS/File Photo")
    r = extract(text, published=date(2022, 7, 5)).reports
    rome = next(x for x in r if x.place and x.place.name == "Rome")
    assert (rome.status, rome.start_date, rome.date_precision) == ("held", date(2021, 10, 31), "day")


def test_a_dateline_after_a_headline_stays_in_its_sentence_and_the_titled_names_get_their_countries():
    text = ("DUBLIN, April 6 (Wire) - Dutch Foreign Minister Anna de Vries and her Peruvian counterpart Prince Carlos "
            "Mendoza met in Dublin on Thursday, state media reported.\n"
            "The Peruvian minister also met Irish Foreign Minister Sean Byrne, a statement said.")
    r = extract(text, title="Dutch, Peruvian ministers meet in Dublin", published=date(2023, 4, 6)).reports
    got = sorted((sorted((p.name, p.country) for p in x.participants), x.start_date) for x in r)
    assert got == [
        ([("Anna de Vries", "NL"), ("Carlos Mendoza", "PE")], date(2023, 4, 6)),
        ([("Carlos Mendoza", "PE"), ("Sean Byrne", "IE")], date(2023, 4, 6)),  # (also, right after: the same day)
    ]


def test_a_brief_encounter_is_one_held_meeting_and_a_declined_formal_one_another():
    text = ("SINGAPORE - Dutch Defence Minister Anna de Vries briefly met Peruvian Defence Minister Li Shangfu at a dinner "
            "on Friday at the Shangri-La Dialogue, but the two did not hold substantive talks, officials said.\n"
            "Peru had earlier declined a Dutch request for a formal meeting between the two ministers on the sidelines of the forum.\n"
            "De Vries said she would welcome a meeting with Li at any time.")
    r = extract(text, title="De Vries meets Peruvian counterpart", published=date(2023, 6, 3)).reports
    assert sorted((x.status, x.start_date) for x in r) == [("held", date(2023, 6, 2)), ("ruled_out", None)]
    held = next(x for x in r if x.status == "held")
    assert {p.name for p in held.participants} == {"Anna de Vries", "Li Shangfu"} and held.occasion == "Shangri-La Dialogue"


def test_the_date_of_a_relative_clause_about_something_else_is_not_the_meeting_s():
    r = extract("Dutch Foreign Minister Anna de Vries and her Peruvian counterpart Carlos Mendoza are expected to meet during Ramadan, "
                "which begins on March 23.", published=date(2023, 3, 1)).reports
    assert len(r) == 1 and r[0].start_date is None


def test_a_phone_call_is_dated_by_the_day_of_the_call():
    r = extract("Dutch Prime Minister Anna de Vries and Peruvian President Carlos Mendoza discussed trade in a phone call "
                "on Tuesday, her office said.", published=date(2023, 5, 19)).reports
    assert [(x.mode, x.start_date) for x in r] == [("phone", date(2023, 5, 16))]


def test_a_resort_of_a_city_is_the_place_and_another_month_s_visit_gives_it_nothing():
    text = ("Dutch Prime Minister Anna de Vries hosted her Peruvian counterpart Carlos Mendoza for talks on Friday at her "
            "residence in the seaside resort of Scheveningen.\n"
            "Mendoza last visited the Netherlands in April, when he met de Vries in Amsterdam.")
    r = extract(text, published=date(2023, 9, 15)).reports
    friday = next(x for x in r if x.start_date == date(2023, 9, 15))
    assert friday.place is not None and friday.place.name == "Scheveningen"


def test_a_meeting_on_a_trip_takes_the_destination_of_the_travel():
    text = ("Dutch Foreign Minister Anna de Vries will travel to Lima this weekend, the ministry said on Wednesday.\n"
            "De Vries is expected to meet Peruvian Foreign Minister Carlos Mendoza during the June 18-19 trip.")
    r = extract(text, published=date(2023, 6, 14)).reports
    assert len(r) == 1 and r[0].place.name == "Lima" and r[0].start_date == date(2023, 6, 18)


@pytest.mark.parametrize(("title", "status", "names"), [
    ("Lavrov, Blinken To Meet In Geneva Next Week", "planned", {"Lavrov", "Blinken"}),
    ("Scholz meets Zelenskiy in Berlin", "held", {"Scholz", "Zelenskiy"}),
    ("Erdogan says no plans to meet Assad", "ruled_out", {"Erdogan", "Assad"}),
])
def test_a_headline_naming_two_people_by_surname_alone_reports_their_meeting(title, status, names):
    r = extract("The ministry gave no further details.", title=title, published=date(2024, 5, 10)).reports
    assert [x.status for x in r] == [status]
    assert {p.name.split()[-1] for p in r[0].participants} == names


def test_a_speaker_saying_there_were_no_plans_is_not_a_party():
    assert extract("Peskov said there were no plans to meet Biden.", published=date(2024, 5, 10)).reports == []


@pytest.mark.parametrize("title", ["Modi-Sharif Meeting Unlikely", "Biden To Host Japanese PM Kishida At White House"])
def test_title_case_headlines_with_a_hyphenated_pair_or_a_host(title):
    r = extract("The ministry gave no further details.", title=title, published=date(2024, 5, 10)).reports
    assert len(r) == 1 and r[0].status in ("possible", "planned") and len(r[0].participants) == 2


def test_a_meeting_unlikely_to_take_place_is_possible():
    r = extract("The meeting between Dutch Prime Minister Jan Vermeulen and Nigerian President Ade Okafor is unlikely to take "
                "place.", published=date(2024, 5, 10)).reports
    assert [x.status for x in r] == ["possible"]


def test_a_postponed_visit_postpones_the_meeting_its_own_sentence_names():
    r = extract("Dutch Prime Minister Anna de Vries's planned visit to Lima, where she was to meet President Carlos Mendoza, was postponed "
                "indefinitely.", published=date(2023, 11, 14)).reports
    assert [(x.status, x.place.name) for x in r] == [("postponed", "Lima")]


def test_a_body_s_first_word_stays_in_its_sentence_and_the_following_day_counts_from_the_meeting_before():
    text = ("Japanese Prime Minister Kenji Sato will host Russian President Ivan Petrov in his hometown of Nagato on "
            "Dec. 15, the government announced.\nThe two leaders are then scheduled to hold talks in Tokyo the following day.")
    r = extract(text, title="Sato and Petrov to meet in Nagato", published=date(2016, 11, 1)).reports
    got = sorted((x.start_date, x.place.name, x.status) for x in r)
    assert got == [(date(2016, 12, 15), "Nagato", "planned"), (date(2016, 12, 16), "Tokyo", "planned")]
    nagato = next(x for x in r if x.place.name == "Nagato")
    assert nagato.evidence.startswith("Japanese Prime Minister")
    assert {p.country for p in nagato.participants} == {"JP", "RU"}


def test_the_meeting_a_pair_last_had_is_another_meeting_and_a_stopover_gives_its_place():
    text = ("Indian Prime Minister Arjun Mehta made a surprise stopover in Lahore on Friday and met his Pakistani "
            "counterpart Imran Qureshi at his family estate.\n"
            "The two prime ministers had last met in Paris on the sidelines of the climate summit earlier this month.")
    r = extract(text, published=date(2015, 12, 25)).reports
    got = sorted((x.place.name, x.start_date, x.date_precision) for x in r)
    assert got == [("Lahore", date(2015, 12, 25), "day"), ("Paris", date(2015, 12, 1), "month")]


def test_a_date_in_a_quotation_is_not_the_date_of_a_meeting_outside_it():
    text = ("U.S. President Tom Walker said on Tuesday that his planned summit with North Korean leader Ri Chol in "
            "Singapore on June 12 could be delayed.\n"
            '"It may not work out for June 12," Walker told reporters as he met South Korean President Park Min-ho at '
            "the White House.")
    r = extract(text, published=date(2018, 5, 22)).reports
    summit = next(x for x in r if x.place.name == "Singapore")
    assert (summit.status, summit.start_date) == ("planned", date(2018, 6, 12))
    white_house = next(x for x in r if x.place.name == "Washington")
    assert white_house.status == "held" and white_house.start_date != date(2018, 6, 12)


def test_a_place_in_the_sentence_before_a_named_speaker_stays_the_venue():
    text = "Pompeo met Kim Yong Chol in New York on Thursday. Pompeo told reporters the talks were constructive."
    (r,) = extract(text, published=date(2018, 6, 1)).reports
    assert (r.place.name, r.place.country, r.start_date) == ("New York", "US", date(2018, 5, 31))


def test_a_summit_the_pair_held_is_their_meeting_in_headline_and_body():
    text = ("Japanese Prime Minister Kenji Sato and his Indian counterpart Ravi Kumar agreed on Friday to boost defence "
            "ties during their summit in Tokyo.")
    (r,) = extract(text, title="Sato, Kumar hold summit", published=date(2016, 11, 11)).reports
    assert {p.name for p in r.participants} == {"Kenji Sato", "Ravi Kumar"}
    assert (r.status, r.start_date, r.place.name) == ("held", date(2016, 11, 11), "Tokyo")
    body = "Japanese Prime Minister Kenji Sato and his Indian counterpart Ravi Kumar agreed to boost ties."
    (h,) = extract(body, title="Sato, Kumar hold summit", published=date(2016, 11, 11)).reports
    assert h.status == "held" and {p.name for p in h.participants} == {"Kenji Sato", "Ravi Kumar"}


def test_agreeing_during_talks_still_to_come_is_planned():
    text = ("Japanese Prime Minister Kenji Sato and his Indian counterpart Ravi Kumar agreed to boost defence ties during "
            "their summit in Tokyo next week, officials said.")
    (r,) = extract(text, published=date(2016, 11, 11)).reports
    assert r.status == "planned"


def test_a_place_before_between_is_the_talks_venue_not_part_of_a_title():
    text = ("The two leaders agreed to meet, an official said on Wednesday, after talks in Zurich between national "
            "security adviser Tom Walker and top Chinese diplomat Li Wei.")
    r = [x for x in extract(text, published=date(2021, 10, 7)).reports if x.place]
    assert [(x.place.name, x.place.country) for x in r] == [("Zürich", "CH")]


def test_he_in_a_where_clause_is_the_subject_of_the_clause_it_hangs_from():
    text = ("French President Marc Dubois, who met Russian President Ivan Petrov at the Kremlin on Monday, said he had "
            "obtained assurances.\nThe French president then flew to Kyiv, where he met Ukrainian President Taras "
            "Kovalenko on Tuesday.")
    r = extract(text, published=date(2022, 2, 9)).reports
    kyiv = next(x for x in r if x.place and x.place.name == "Kyiv")
    assert {p.name for p in kyiv.participants} == {"Marc Dubois", "Taras Kovalenko"}


def test_a_name_that_qualifies_envoys_or_aides_is_not_a_party():
    text = "Russian President Ivan Petrov met Ukrainian President Taras Kovalenko's envoys in Minsk on Monday."
    (r,) = extract(text, published=date(2019, 5, 25)).reports
    assert {p.name or "country:" + p.country for p in r.participants} == {"Ivan Petrov", "country:UA"}
    assert not extract("Maduro meets Guaido envoys", published=date(2019, 5, 25)).reports
    assert not extract("Biden met with Israeli Prime Minister Benjamin Netanyahu's family members.",
                       published=date(2023, 10, 19)).reports


@pytest.mark.parametrize("subject", [
    "Peruvian President Carlos Mendoza's peace envoy Luis Ortega",
    "Peruvian President Carlos Mendoza's chief of staff Luis Ortega",
    "Peruvian President Carlos Mendoza's foreign policy aide Luis Ortega",
])
def test_the_possessor_of_an_office_is_not_a_party(subject):
    (r,) = extract(f"{subject} met Dutch Foreign Minister Mark Jansen in Lima on Saturday.", published=date(2025, 5, 14)).reports
    assert sorted(p.name for p in r.participants) == ["Luis Ortega", "Mark Jansen"]


def test_a_handshake_is_an_encounter_but_a_handshake_caption_alone_is_not_reported():
    (r,) = extract("Indian Prime Minister Arjun Mehta and Chinese President Li Wei shook hands and exchanged pleasantries "
                   "at the G20 dinner in Bali on Tuesday.", published=date(2022, 11, 16)).reports
    assert (r.status, r.start_date, r.place.name) == ("held", date(2022, 11, 15), "Bali")
    text = ("Dutch Foreign Minister Anna de Vries may visit Lima in March, a source said.\n"
            "U.S. Secretary of State Tom Walker, left, shakes hands with Iranian Foreign Minister Ali Rezaei - Wire Photo\n"
            "Walker and de Vries could meet in Geneva in early March, a diplomatic source told reporters on Sunday.")
    r = extract(text, published=date(2015, 2, 22)).reports
    assert ["Rezaei" in {p.name.split()[-1] for p in x.participants} for x in r] == [False]
    assert not extract("Putin shook hands with supporters in Moscow on Tuesday.", published=date(2022, 11, 16)).reports


def test_a_city_naming_the_summit_is_its_place_and_a_korean_given_name_stays_whole():
    (r,) = extract("The Hanoi summit between U.S. President Tom Walker and North Korean leader Ri Chol collapsed on "
                   "Thursday without an agreement.", published=date(2019, 3, 1)).reports
    assert (r.place.name, r.place.country) == ("Hanoi", "VN")
    (r,) = extract("Kim Jong Un crossed the border to meet Moon Jae-in at the truce village of Panmunjom on Friday.",
                   published=date(2018, 4, 28)).reports
    assert {p.name for p in r.participants} == {"Kim Jong Un", "Moon Jae-in"}
    assert (r.status, r.start_date, r.place.country) == ("held", date(2018, 4, 27), "KR")


def test_a_title_is_not_a_name_and_kim_is_no_indian_town():
    (r,) = extract("U.S. Secretary Tom Walker met today with People's Republic of China (PRC) Director of the Office of the "
                   "Central Foreign Affairs Commission Li Wei of China in Vienna.", published=date(2023, 7, 14)).reports
    assert {p.name for p in r.participants} == {"Tom Walker", "Li Wei"}
    (r,) = extract("Pompeo's meeting with North Korea's Kim was cancelled.", published=date(2018, 8, 25)).reports
    assert r.status == "cancelled" and {p.name for p in r.participants} == {"Pompeo", "Kim"}


def test_also_meeting_others_is_on_the_same_occasion_and_earlier_is_not_the_day_of_a_meeting_to_come():
    text = ("MOSCOW, February 14 (Wire) - Russian Foreign Minister Ivan Petrov will meet with U.S. Secretary of State Tom "
            "Walker on February 16 on the sidelines of the G20 foreign ministers' meeting in Bonn, a spokeswoman said.\n"
            "Petrov will also hold talks with his counterparts from Germany and France, she added.\n"
            "Earlier, Petrov and Walker had a phone conversation.")
    r = extract(text, published=date(2017, 2, 14)).reports
    also = next(x for x in r if any(p.country == "FR" and not p.name for p in x.participants))
    assert (also.place.name, also.start_date) == ("Bonn", None)
    call = next(x for x in r if x.mode == "phone")
    assert call.start_date is None


def test_a_visitor_who_later_meets_a_host_does_so_that_day_in_that_city():
    text = ("TEHRAN - Iranian Foreign Minister Mohammad Javad Zarif hosted his Saudi counterpart Adel al-Jubeir in Tehran "
            "on Monday.\nJubeir later met President Hassan Rouhani.")
    r = extract(text, published=date(2016, 1, 18)).reports
    later = next(x for x in r if "Hassan Rouhani" in {p.name for p in x.participants})
    assert (later.start_date, later.place.name) == (date(2016, 1, 18), "Tehran")


def test_meeting_separately_with_two_countries_leaders_is_two_meetings_and_a_dinner_for_a_guest_is_one():
    r = extract("Putin met separately with the leaders of Kazakhstan and Uzbekistan in Astana on Thursday.",
                published=date(2023, 10, 13)).reports
    assert sorted(p.country for x in r for p in x.participants if not p.name) == ["KZ", "UZ"] and len(r) == 2
    (d,) = extract("Macron hosted a dinner for Putin at the Palace of Versailles on Monday.", published=date(2017, 5, 30)).reports
    assert {p.name for p in d.participants} == {"Macron", "Putin"} and d.place.name == "Versailles"


def test_a_surname_beside_countries_counterparts_titles_alone_and_a_surname_tagged_as_a_place():
    (r,) = extract("Lavrov met with his Syrian, Iranian and Turkish counterparts in Moscow on Tuesday.",
                   published=date(2023, 5, 11)).reports
    assert {p.name or "country:" + p.country for p in r.participants} == {"Lavrov", "country:SY", "country:IR", "country:TR"}
    (r,) = extract("State Councilor and Foreign Minister Wang Yi held talks with visiting Pakistani Foreign Minister Shah "
                   "Mahmood Qureshi in Beijing on Friday.", published=date(2020, 8, 22)).reports
    assert {p.name for p in r.participants} == {"Wang Yi", "Shah Mahmood Qureshi"}


def test_a_meeting_that_has_begun_is_dated_by_the_report_and_its_second_party_survives_a_broken_parse():
    text = ("STOCKHOLM, December 2 (Wire) - A meeting between Russian Foreign Minister Sergey Lavrov and US Secretary of "
            "State Antony Blinken has begun in Stockholm on the sidelines of the OSCE Ministerial Council, a correspondent "
            "reported.")
    (r,) = extract(text, published=date(2021, 12, 2)).reports
    assert {p.name for p in r.participants} == {"Sergey Lavrov", "Antony Blinken"}
    assert (r.status, r.start_date, r.place.name, r.occasion) == ("held", date(2021, 12, 2), "Stockholm", "OSCE Ministerial Council")


@pytest.mark.parametrize("text", [
    "Serbia's Novak Djokovic will meet Spain's Rafael Nadal in the final on Sunday after both won their semi-finals.",
    "German boxer Max Schmidt meets Ukrainian champion Oleksandr Usyk in the ring in Riyadh on Saturday.",
])
def test_a_sports_contest_is_no_meeting(text):
    assert not extract(text, published=date(2019, 1, 25)).reports


def test_a_minister_meeting_a_team_is_still_a_meeting():
    (r,) = extract("Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State John Kerry in Geneva on Friday, "
                   "and their teams worked through the night.", published=date(2016, 9, 10)).reports
    assert r.status == "held"


def test_a_call_off_after_a_reduced_clause_and_a_planning_clause_hung_on_a_name():
    (r,) = extract("The summit between Trump and Kim Jong Un planned for June 12 in Singapore was called off by Trump on "
                   "Thursday.", published=date(2018, 5, 24)).reports
    assert (r.status, r.start_date) == ("cancelled", date(2018, 6, 12))
    (r,) = extract("The talks between Japanese Prime Minister Shinzo Abe and Russian President Vladimir Putin, which had been "
                   "planned for Monday, were postponed because of the typhoon.", published=date(2016, 9, 4)).reports
    assert (r.status, r.start_date) == ("postponed", date(2016, 9, 5))


@pytest.mark.parametrize(("title", "body", "status", "names"), [
    ("Lavrov Holds Talks With Wang Yi in Beijing", "Lavrov arrived in China on Sunday.", "held", {"Lavrov", "Wang Yi"}),
    ("Kremlin Rules Out Putin-Zelensky Meeting", "Kremlin spokesman Dmitry Peskov said on Tuesday that conditions were "
     "not right.", "ruled_out", {"Putin", "Zelensky"}),
    ("Zelensky Snubs Putin Meeting Offer", "Ukrainian President Volodymyr Zelensky rejected an offer from Russian President "
     "Vladimir Putin to meet in Moscow.", "ruled_out", {"Volodymyr Zelensky", "Vladimir Putin"}),
])
def test_headlines_with_known_surnames_the_model_mistags(title, body, status, names):
    (r,) = extract(body, title=title, published=date(2022, 3, 30)).reports
    assert r.status == status and {p.name for p in r.participants} == names


def test_an_adjective_bilateral_is_no_meeting_and_an_unnamed_crown_prince_is_the_one_named():
    text = ("U.S. Secretary of State Antony Blinken met Saudi Crown Prince Mohammed bin Salman on Tuesday.\n"
            "The two leaders are expected to discuss bilateral ties.")
    (r,) = extract(text, title="Blinken Meets Saudi Crown Prince in Jeddah", published=date(2023, 6, 7)).reports
    assert (r.status, r.start_date, r.place.name) == ("held", date(2023, 6, 6), "Jeddah")


def test_a_second_meeting_in_a_where_clause_and_a_date_on_its_own_trigger():
    r = extract("Kerry met Lavrov in Geneva on Friday, then flew to Vienna where he met Zarif on Saturday.",
                published=date(2016, 9, 14)).reports
    got = sorted((sorted(p.name for p in x.participants), x.place.name, x.start_date) for x in r)
    assert got == [(["Kerry", "Lavrov"], "Geneva", date(2016, 9, 9)), (["Kerry", "Zarif"], "Vienna", date(2016, 9, 10))]
    r = extract("Blinken will meet Wang Yi on Monday, before meeting Xi Jinping on Tuesday.", published=date(2023, 6, 17)).reports
    assert sorted((x.start_date, p.name) for x in r for p in x.participants if p.name != "Blinken") == [
        (date(2023, 6, 19), "Wang Yi"), (date(2023, 6, 20), "Xi Jinping")]


def test_a_past_perfect_account_is_overtaken_by_what_the_article_reports_now():
    text = ("Russian President Vladimir Putin and U.S. President Joe Biden will meet in Geneva on June 16, both sides said "
            "on Tuesday.\nLast month, the Kremlin had said there were no plans for a meeting between Putin and Biden.")
    (r,) = extract(text, title="Putin, Biden to meet in Geneva on June 16", published=date(2021, 5, 25)).reports
    assert r.status == "planned"
    text = ("Russian President Vladimir Putin and U.S. President Joe Biden were due to meet in Geneva on Friday.\n"
            "The Kremlin said on Saturday that the two had met for four hours.")
    (r,) = extract(text, published=date(2021, 6, 19)).reports
    assert r.status == "held"


@pytest.mark.parametrize("text", [
    "Kerry held separate meetings with Lavrov and Zarif in Vienna on Saturday.",
    "Kerry held talks with Lavrov, and then with Zarif, in Vienna on Saturday.",
])
def test_people_met_one_at_a_time_are_separate_meetings(text):
    r = extract(text, published=date(2015, 11, 15)).reports
    assert sorted(sorted(p.name for p in x.participants) for x in r) == [["Kerry", "Lavrov"], ["Kerry", "Zarif"]]


def test_a_gapped_second_meeting_gets_its_own_day():
    r = extract("Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State John Kerry on Monday and Iranian Foreign "
                "Minister Mohammad Javad Zarif on Tuesday.", published=date(2016, 9, 14)).reports
    got = sorted((x.start_date, sorted(p.name.split()[-1] for p in x.participants)) for x in r)
    assert got == [(date(2016, 9, 12), ["Kerry", "Lavrov"]), (date(2016, 9, 13), ["Lavrov", "Zarif"])]


def test_the_pair_and_the_two_sides_are_the_people_met_before_and_in_may_is_the_month():
    text = ("Russian President Vladimir Putin spoke with Turkish President Tayyip Erdogan by phone on Monday.\n"
            "The pair agreed to meet in Sochi next week.")
    r = [x for x in extract(text, published=date(2021, 9, 20)).reports if x.mode == "in_person"]
    assert [(sorted(p.name for p in x.participants), x.place.name) for x in r] == [(["Tayyip Erdogan", "Vladimir Putin"], "Sochi")]
    text = ("Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol held talks in Tokyo on Thursday.\n"
            "The two sides will meet again in Seoul in May.")
    seoul = next(x for x in extract(text, published=date(2023, 3, 17)).reports if x.place.name == "Seoul")
    assert (seoul.status, seoul.start_date, seoul.date_precision) == ("planned", date(2023, 5, 1), "month")
    assert {p.name for p in seoul.participants} == {"Fumio Kishida", "Yoon Suk Yeol"}


@pytest.mark.parametrize(("text", "status"), [
    ("Trump said he would love to meet Kim Jong Un.", "possible"),
    ("Trump said he would meet Kim Jong Un at the DMZ on Sunday.", "planned"),
    ("Putin said he saw no point in meeting Zelensky.", "ruled_out"),
    ("The Kremlin said it was too early to talk about a meeting between Putin and Zelensky.", "possible"),
])
def test_what_a_speaker_says_of_a_meeting_with_a_surname_the_model_reads_as_a_noun(text, status):
    (r,) = extract(text, published=date(2019, 6, 29)).reports
    assert r.status == status and len(r.participants) == 2


@pytest.mark.parametrize("text", [
    "The U.S. proposal met with criticism from Russian Foreign Minister Sergei Lavrov and Chinese Foreign Minister Wang Yi.",
    "Lavrov's remarks were met with skepticism by U.S. Secretary of State Antony Blinken.",
])
def test_what_a_proposal_met_with_is_a_reaction_not_a_meeting(text):
    assert not extract(text, published=date(2023, 3, 1)).reports


def test_talks_said_to_be_somewhere_are_in_person():
    (r,) = extract("Macron talked with Putin for two hours at the Kremlin on Monday.", published=date(2022, 2, 8)).reports
    assert (r.mode, r.status, r.place.name) == ("in_person", "held", "Moscow")
    (r,) = extract("Biden said he had a good conversation with Xi Jinping at the dinner.", published=date(2022, 11, 16)).reports
    assert r.mode == "in_person"
    assert not extract("Macron talked with Putin for two hours on Sunday, the Elysee said.", published=date(2022, 2, 21)).reports


def test_an_online_meeting_is_a_video_call():
    (r,) = extract("Putin and Xi held an online meeting on Friday.", published=date(2021, 12, 17)).reports
    assert r.mode == "video"


def _pairs(reports):
    return sorted((x.mode, x.status, tuple(sorted(p.name.split()[-1] if p.name else p.country for p in x.participants))) for x in reports)


def test_a_dateline_the_parser_makes_a_subject_is_no_body_meeting():
    for text in ("HAMBURG — President Tom Walker and Russian President Ivan Petrov met for more than two hours on Friday, "
                 "far longer than planned.",
                 "UNITED NATIONS (AP) — President Tom Walker and Russian President Ivan Petrov will meet Monday on the "
                 "sidelines of the U.N. General Assembly, the White House said."):
        r = extract(text, published=date(2017, 7, 8)).reports
        assert [x.status for x in r] == (["held"] if text.startswith("HAMBURG") else ["planned"]), text


def test_a_meeting_named_as_the_circumstance_of_another_is_its_own():
    r = extract("MOSCOW — U.S. Secretary of State Tom Walker met with Russian President Ivan Petrov at the Kremlin on "
                "Wednesday after a frosty meeting with his counterpart Sergei Orlov.", published=date(2017, 4, 12)).reports
    assert _pairs(r) == [("in_person", "held", ("Orlov", "Walker")), ("in_person", "held", ("Petrov", "Walker"))]


def test_calls_are_reported_with_their_mode_and_keep_to_their_own_clause():
    r = extract("U.S. President Tom Walker and Russian President Ivan Petrov held a two-hour video call on Tuesday.",
                published=date(2021, 12, 8)).reports
    assert [(x.mode, x.start_date) for x in r] == [("video", date(2021, 12, 7))]
    r = extract("Turkish President Ali Kaya said on Friday he had discussed Syria with Russian President Ivan Petrov in a "
                "phone call and that the two would meet in Geneva next week.", published=date(2016, 9, 10)).reports
    call = next(x for x in r if x.mode == "phone")
    meet = next(x for x in r if x.mode == "in_person")
    assert (call.place, call.date_precision) == (None, "unknown")
    assert (meet.status, meet.place.name, meet.date_precision) == ("planned", "Geneva", "month")
    assert {p.name for p in meet.participants} == {"Ali Kaya", "Ivan Petrov"}
    r = extract("In a phone call, Russian President Ivan Petrov invited Turkish President Ali Kaya to visit Moscow next month "
                "for talks.", published=date(2016, 9, 10)).reports
    assert _pairs(r) == [("in_person", "possible", ("Kaya", "Petrov")), ("phone", "held", ("Kaya", "Petrov"))]
    talks = next(x for x in r if x.mode == "in_person")
    assert (talks.place.name, talks.start_date, talks.date_precision) == ("Moscow", date(2016, 10, 1), "month")
    assert next(x for x in r if x.mode == "phone").start_date is None


def test_talks_urged_between_two_countries_are_not_the_people_named_around_them():
    r = extract("KIEV (Reuters) - U.S. Secretary of State Tom Walker urged direct talks between Russia and Ukraine during a "
                "brief discussion with his Russian counterpart Ivan Petrov on Wednesday, a U.S. official said.",
                published=date(2014, 3, 5)).reports
    assert _pairs(r) == [("in_person", "held", ("Petrov", "Walker"))]


def test_a_meeting_named_again_in_the_same_sentence_gives_its_date():
    # "a meeting to take place next month" has no parties of its own: it is the meeting the sentence reports
    r = extract("Dutch Prime Minister Anna de Vries invited Peruvian President Carlos Mendoza to meet, and he accepted, "
                "with a meeting to take place next month.", published=date(2018, 3, 8)).reports
    assert [(x.status, x.start_date, x.date_precision) for x in r] == [("planned", date(2018, 4, 1), "month")]


def test_a_headline_infinitive_yields_to_a_body_that_says_may():
    text = ("Mendoza, de Vries to meet in Cusco - ministry\n"
            "LIMA, June 13. Peruvian President Carlos Mendoza and Dutch Prime Minister Anna de Vries may meet in Cusco in "
            "September, an aide told reporters on Wednesday.")
    r = extract(text, published=date(2018, 6, 13)).reports
    assert [(x.status, x.place.name) for x in r] == [("possible", "Cusco")]


def test_a_quoted_phrase_without_a_verb_dates_the_meeting_and_a_dateline_in_capitals_is_no_person():
    r = extract('The ministry said Peruvian President Carlos Mendoza and Dutch Prime Minister Anna de Vries would meet "in the '
                'second half of April", without giving '
                "a date.", published=date(2019, 3, 2)).reports
    assert [(x.start_date, x.date_precision) for x in r] == [(date(2019, 4, 1), "month")]
    r = extract("CAMP DAVID, Md. — President Tom Walker hosted the leaders of Japan and South Korea at Camp David on Friday.",
                published=date(2023, 8, 19)).reports
    assert _pairs(r) == [("in_person", "held", ("JP", "KR", "Walker"))]


def test_the_meeting_called_off_in_the_same_sentence_is_cancelled():
    r = extract("U.S. President Tom Walker and Russian President Ivan Petrov had been scheduled to meet on Saturday in Buenos Aires, but "
                "Walker cancelled the meeting on Thursday.", published=date(2018, 11, 30)).reports
    assert [(x.status, x.start_date, x.place.name) for x in r] == [("cancelled", date(2018, 12, 1), "Buenos Aires")]


def test_the_occasion_of_an_open_question_does_not_rule_the_meeting_out():
    r = extract("It was not immediately clear whether U.S. President Tom Walker would meet Russian President Ivan Petrov on the sidelines of the Arctic Council "
                "meeting in Finland next month.", published=date(2019, 4, 26)).reports
    assert [(x.status, x.occasion) for x in r] == [("possible", "Arctic Council meeting")]


def test_a_call_and_the_meeting_agreed_in_it_are_two_reports_with_their_own_dates():
    r = extract("U.S. President Tom Walker and Russian President Ivan Petrov spoke on the phone on Saturday and agreed to meet in Geneva next week.",
                published=date(2015, 11, 16)).reports
    assert sorted((x.mode, x.status, x.start_date, x.date_precision) for x in r) == [
        ("in_person", "planned", date(2015, 11, 1), "month"), ("phone", "held", date(2015, 11, 14), "day")]


def test_the_first_sentence_after_a_dateline_is_parsed_on_its_own():
    # hung on "SINGAPORE", the subject became an apposition of the dateline and the handshake lost Trump
    text = ("SINGAPORE (Reuters) - U.S. President Donald Trump and North Korean leader Kim Jong Un shook hands on "
            "Tuesday at the start of a historic summit in Singapore.")
    r = extract(text, published=date(2018, 6, 12)).reports
    assert [(sorted(p.name for p in x.participants), x.start_date, x.evidence[:4]) for x in r] == [
        (["Donald Trump", "Kim Jong Un"], date(2018, 6, 12), "U.S.")]


def test_the_pair_as_subject_meeting_one_more_person_is_one_more_meeting():
    text = ("Dutch Foreign Minister Jan Bakker will hold talks with his Peruvian counterpart Luis Soto in Paris on Monday.\n"
            "The two ministers will also meet UN envoy Lakhdar Brahimi.")
    r = extract(text, published=date(2014, 1, 14)).reports
    assert sorted(sorted(p.name.split()[-1] for p in x.participants) for x in r) == [
        ["Bakker", "Brahimi", "Soto"], ["Bakker", "Soto"]]


def test_a_meeting_in_doubt_then_held_later_that_day_is_one_meeting():
    text = ("Dutch Foreign Minister Jan Bakker held talks with Peruvian Foreign Minister Luis Soto in Lima on Wednesday.\n"
            "It was unclear whether Bakker would also meet President Carlos Mendoza.\n"
            "Later on Wednesday, Mendoza received Bakker at the presidential palace for a two-hour meeting.")
    r = extract(text, published=date(2017, 4, 12)).reports
    assert sorted((x.status, sorted(p.name.split()[-1] for p in x.participants)) for x in r) == [
        ("held", ["Bakker", "Mendoza"]), ("held", ["Bakker", "Soto"])]


def test_a_guest_received_by_a_host_in_the_passive_is_a_meeting():
    text = ("Dutch Foreign Minister Jan Bakker held talks with Peruvian Foreign Minister Luis Soto in Lima on Wednesday.\n"
            "Later in the day, Bakker will be received by Peruvian President Carlos Mendoza at the presidential palace.")
    r = extract(text, published=date(2017, 5, 10)).reports
    assert sorted((x.status, sorted(p.name.split()[-1] for p in x.participants)) for x in r) == [
        ("held", ["Bakker", "Soto"]), ("planned", ["Bakker", "Mendoza"])]
    r = extract("The proposal was received by Peruvian President Carlos Mendoza on Wednesday.", published=date(2017, 5, 10)).reports
    assert r == []


def test_the_place_in_a_meeting_s_own_planned_for_phrase_is_its_place():
    text = ("A summit between Dutch Prime Minister Anna de Vries and Peruvian President Carlos Mendoza, planned for late "
            "March in Lima, has been postponed, officials said on Tuesday.")
    r = extract(text, published=date(2020, 3, 10)).reports
    assert [(x.status, x.place.name, x.start_date) for x in r] == [("postponed", "Lima", date(2020, 3, 1))]


def test_the_point_a_meeting_is_counted_since_is_not_its_date():
    text = ("Dutch Foreign Minister Jan Bakker met Peru's top diplomat Luis Soto on Thursday on the sidelines of the ASEAN "
            "meetings in Jakarta.\nIt was their first meeting since Bakker visited Lima last month.")
    r = extract(text, published=date(2023, 7, 13)).reports
    assert [(x.start_date, x.place.name) for x in r] == [(date(2023, 7, 13), "Jakarta")]


def test_officials_of_a_country_and_the_people_named_for_it_are_one_meeting():
    text = ("Iranian Foreign Minister Reza Tavakoli flew into Biarritz on Sunday for talks with French officials on the "
            "sidelines of the G7 summit.\nTavakoli met French President Paul Girard and French Foreign Minister Marc Lefort, a "
            "spokesman said.")
    r = extract(text, published=date(2019, 8, 25)).reports
    assert [(x.status, x.start_date, x.place.name, sorted(p.name or p.country for p in x.participants)) for x in r] == [
        ("held", date(2019, 8, 25), "Biarritz", ["Marc Lefort", "Paul Girard", "Reza Tavakoli"])]


def test_speaking_in_a_room_is_meeting_in_person():
    r = extract("Dutch Prime Minister Anna de Vries and Peruvian President Carlos Mendoza briefly spoke in a holding room "
                "before a gala dinner on Wednesday, officials said.", published=date(2016, 9, 8)).reports
    assert [(x.status, x.start_date) for x in r] == [("held", date(2016, 9, 7))]


def test_a_date_the_model_did_not_tag_still_dates_the_meeting_and_is_nobody():
    r = extract("Dutch Prime Minister Anna de Vries will hold talks with Peruvian President Carlos Mendoza between "
                "December 10 and 12.", published=date(2019, 11, 20)).reports
    assert [(x.start_date, x.end_date, len(x.participants)) for x in r] == [(date(2019, 12, 10), date(2019, 12, 12), 2)]


def test_a_greeting_is_a_meeting_and_meeting_again_is_the_next_one():
    text = ("Peruvian President Carlos Mendoza and Dutch Prime Minister Anna de Vries embraced after their talks.\n"
            "Mendoza crossed the border to greet Vries, the first time a Peruvian leader had set foot in the country.\n"
            "The two leaders will meet again in Lima in the fall, Vries's office said.")
    r = extract(text, published=date(2018, 4, 27)).reports
    assert sorted((x.status, x.place and x.place.name, {p.country for p in x.participants} == {"PE", "NL"}) for x in r) == [
        ("held", None, True), ("planned", "Lima", True)]
    # nobody greeted
    r = extract("Dutch Prime Minister Anna de Vries greeted the decision of Peruvian President Carlos Mendoza.",
                published=date(2018, 4, 27)).reports
    assert r == []


def test_the_first_meeting_since_a_year_is_not_dated_that_year_and_a_city_naming_the_venue_is_the_place():
    text = ("The leaders of Peru and the Netherlands shook hands and held historic talks on Saturday, the first such "
            "meeting since the end of the war in 1949.\nPeruvian President Carlos Mendoza and Dutch Prime Minister Anna "
            "de Vries met at a Lima hotel.")
    r = extract(text, published=date(2015, 11, 7)).reports
    assert [(x.start_date, x.place and x.place.name) for x in r] == [(date(2015, 11, 7), "Lima")]


def test_a_meeting_dated_after_publication_was_not_held_and_never_having_met_is_no_report():
    text = ("The ministry said on Friday there was no agenda yet for a meeting between Peruvian President Carlos Mendoza "
            "and Dutch Prime Minister Anna de Vries at next week's summit in Hamburg.\n"
            "Mendoza and Vries have spoken by phone three times but have never met in person.")
    r = extract(text, published=date(2017, 6, 30)).reports
    assert sorted((x.mode, x.status) for x in r) == [("in_person", "planned"), ("phone", "held")]


def test_talks_with_one_on_a_day_and_with_another_on_the_next_are_two_meetings():
    r = extract("Dutch Foreign Minister Jan Bakker had held talks with Peruvian Foreign Minister Luis Soto on Sunday and with "
                "Peruvian President Carlos Mendoza earlier on Monday.", published=date(2023, 6, 19)).reports
    assert sorted((x.start_date, sorted(p.name.split()[-1] for p in x.participants)) for x in r) == [
        (date(2023, 6, 18), ["Bakker", "Soto"]), (date(2023, 6, 19), ["Bakker", "Mendoza"])]


def test_a_summit_prepared_at_a_meeting_is_a_later_one_dated_and_placed_by_the_sentence_after():
    text = ("Dutch Foreign Minister Jan Bakker met Peruvian President Carlos Mendoza in Lima on Wednesday to prepare for a "
            "summit between Mendoza and Dutch Prime Minister Anna de Vries.\n"
            "The summit will take place in Helsinki on July 16, the ministry said after the talks.")
    r = extract(text, published=date(2018, 6, 28)).reports
    assert sorted((x.status, x.start_date, x.place.name, _names(x)) for x in r) == [
        ("held", date(2018, 6, 27), "Lima", ["Bakker", "Mendoza"]), ("planned", date(2018, 7, 16), "Helsinki", ["Mendoza", "Vries"])]


def test_a_summit_a_meeting_comes_ahead_of_takes_neither_its_day_nor_its_place():
    text = ("Peruvian Foreign Minister Carlos Mendoza met Chilean Foreign Minister Rosa Fuentes in Lima on Monday ahead of a "
            "summit between President Luis Arce of Bolivia and President Ana Ruiz of Ecuador.")
    r = extract(text, published=date(2021, 3, 3)).reports
    assert sorted((x.status, x.start_date, x.place and x.place.name, _names(x)) for x in r) == [
        ("held", date(2021, 3, 1), "Lima", ["Fuentes", "Mendoza"]), ("planned", None, None, ["Arce", "Ruiz"])]


def test_the_two_after_a_pair_that_prepares_another_s_summit_are_the_pair_not_the_summit_s():
    # (the summit prepared for is told last in its sentence; "the two men" next are still the ministers)
    for text in ("LIMA, March 3 — Peruvian Foreign Minister Carlos Mendoza said he and Chilean Foreign Minister Rosa Fuentes would "
                 "meet again in Santiago next month to prepare for a summit between President Luis Arce of Bolivia and "
                 "President Ana Ruiz of Ecuador.\n\nThe two men met for four hours on Monday, officials said.",
                 "Peruvian Foreign Minister Carlos Mendoza met Chilean Foreign Minister Rosa Fuentes in Lima on Monday ahead of a "
                 "summit between President Luis Arce of Bolivia and President Ana Ruiz of Ecuador.\n\nThe two men last met "
                 "in January."):
        r = extract(text, published=date(2021, 3, 3)).reports
        held = [_names(x) for x in r if x.status == "held"]
        assert held and all(x == ["Fuentes", "Mendoza"] for x in held), text


def _names(report):
    return sorted(p.name.split()[-1] for p in report.participants)


def test_a_meeting_agreed_at_another_is_the_aides_of_the_pair_with_its_own_place():
    text = ("Peruvian President Carlos Mendoza and his Dutch counterpart Anna de Vries met on Friday on the margins of the "
            "SCO summit in Ufa and agreed that their national security advisers will meet in Lima to discuss terrorism.")
    r = extract(text, published=date(2015, 7, 10)).reports
    assert sorted((x.status, x.start_date, x.place.name, sorted(p.name or p.country for p in x.participants)) for x in r) == [
        ("held", date(2015, 7, 10), "Ufa", ["Anna de Vries", "Carlos Mendoza"]), ("planned", None, "Lima", ["NL", "PE"])]


def test_bilateral_talks_with_two_leaders_are_two_meetings():
    r = extract("Peruvian President Carlos Mendoza will hold bilateral talks with Chinese President Li Wei and Russian "
                "President Ivan Petrov in Bishkek.", published=date(2019, 6, 13)).reports
    assert sorted(_names(x) for x in r) == [["Mendoza", "Petrov"], ["Mendoza", "Wei"]]


def test_no_sentence_starts_lower_case_after_a_headline():
    r = extract("Brazil on Friday called off a meeting between Foreign Minister Pablo Rojas and his Peruvian counterpart Luis "
                "Soto.", title="Brazil calls off talks with Peru", published=date(2018, 9, 21)).reports
    assert [x.evidence[:15] for x in r] == ["Brazil on Frida"]


def test_a_summit_discussed_at_a_meeting_is_not_dated_by_that_meeting():
    text = ("Dutch Prime Minister Anna de Vries and Peruvian President Carlos Mendoza held a surprise meeting on Saturday "
            "in Lima, the ministry said, to discuss the planned summit between Mendoza and Chilean President Pablo Rojas.")
    r = extract(text, published=date(2018, 5, 26)).reports
    assert sorted((_names(x), x.start_date) for x in r) == [
        (["Mendoza", "Rojas"], None), (["Mendoza", "Vries"], date(2018, 5, 26))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # also/later met two people of different countries: a meeting with each
        ("Dutch Prime Minister Anna de Vries later met with Chinese President Li Wei and Japanese Prime Minister Kenji Sato.",
         [["Sato", "Vries"], ["Vries", "Wei"]]),
        # together, or no "also"/"later": one meeting
        ("Dutch Prime Minister Anna de Vries later met together with Chinese President Li Wei and Japanese Prime Minister "
         "Kenji Sato.", [["Sato", "Vries", "Wei"]]),
        ("Dutch Prime Minister Anna de Vries met Chinese President Li Wei and Japanese Prime Minister Kenji Sato.",
         [["Sato", "Vries", "Wei"]]),
    ],
)
def test_also_meeting_two_leaders_of_different_countries_is_two_meetings(sentence, expected):
    r = extract(sentence, published=date(2017, 7, 7)).reports
    assert sorted(_names(x) for x in r) == expected


def test_the_place_of_a_spaceport_or_an_airport_is_the_meeting_s():
    r = extract("Dutch Prime Minister Anna de Vries and Peruvian President Carlos Mendoza met Wednesday at a spaceport in "
                "Peru's south.", published=date(2023, 9, 13)).reports
    assert [(x.place and x.place.country) for x in r] == ["PE"]


def test_another_or_a_fuller_meeting_of_the_pair_just_reported_is_a_meeting_of_its_own():
    text = ("Dutch Prime Minister Mark Jansen and Peruvian President Carlos Mendoza will not hold a formal meeting in Paris "
            "this weekend, a spokesman said on Friday.\n"
            "A fuller meeting could take place at the G20 summit in Osaka at the end of the month, he added.")
    reports = extract(text, published=date(2019, 6, 7)).reports
    assert [(r.status, r.place.name if r.place else None) for r in reports] == [("ruled_out", "Paris"), ("possible", "Osaka")]
    assert {p.name for p in reports[1].participants} == {"Mark Jansen", "Carlos Mendoza"} and reports[1].occasion == "G20 summit"
    # a meeting of other people, or one with nothing of its own, is not the pair's
    for second in ("Another meeting of the contact group will follow on Tuesday in Vienna.", "Another meeting is possible."):
        text = f"Dutch Prime Minister Mark Jansen and Peruvian President Carlos Mendoza met in Lima on Monday.\n{second}"
        assert len(extract(text, published=date(2019, 6, 11)).reports) == 1



@pytest.mark.parametrize("second", [
    "The next round will be held in Rome on April 19, state media reported.",
    "The next round of talks will be held in Rome on April 19, state media reported.",
    "A third round is expected in Rome on April 19.",
])
def test_the_next_round_of_the_pair_just_reported_is_a_meeting_of_its_own(second):
    text = f"Dutch Foreign Minister Mark Jansen and Peruvian envoy Carlos Mendoza met in Muscat on Saturday, officials said.\n{second}"
    reports = extract(text, published=date(2025, 4, 14)).reports
    assert [(r.status, str(r.start_date), r.place.name if r.place else None) for r in reports] == [
        ("held", "2025-04-12", "Muscat"), ("planned", "2025-04-19", "Rome")]
    assert {p.name for p in reports[1].participants} == {"Mark Jansen", "Carlos Mendoza"}


@pytest.mark.parametrize("second", [
    "A new round of sanctions is expected on April 19.",
    "The second round of voting will be held in Lima on April 19.",
    "The next round of the contact group's talks will be held in Vienna on April 19.",
])
def test_a_round_of_something_else_is_not_the_pair_s(second):
    text = f"Dutch Foreign Minister Mark Jansen and Peruvian envoy Carlos Mendoza met in Muscat on Saturday, officials said.\n{second}"
    assert len(extract(text, published=date(2025, 4, 14)).reports) == 1

def test_a_tour_announced_in_a_headline_with_meetings_in_it():
    text = ("Jansen to visit Gulf, meet Saudi crown prince\n"
            "THE HAGUE (Wire) -- Dutch Prime Minister Mark Jansen will visit Saudi Arabia, the United Arab Emirates and Oman "
            "from Saturday, the government said on Thursday.\n"
            "Jansen is set to hold talks with Saudi Crown Prince Faisal bin Khalid in Riyadh on Sunday.\n"
            "He will also meet Abu Dhabi Crown Prince Sheikh Hamdan bin Rashid and Omani Sultan Tariq bin Said.")
    reports = extract(text, published=date(2020, 1, 9)).reports
    # the headline's "meet" shares the "to" of "to visit" (planned), and is the Riyadh talks: the tour's first day
    # ("from Saturday") is not the day of its meetings; "Saudi Arabia" has no person "Arabia" in it
    assert [(r.status, str(r.start_date), r.place.name if r.place else None) for r in reports] == [
        ("planned", "2020-01-12", "Riyadh"), ("planned", "None", None), ("planned", "None", None)]
    # the Abu Dhabi crown prince is Emirati; each host is a meeting of its own, not in Riyadh
    assert [sorted(p.country for p in r.participants) for r in reports] == [["NL", "SA"], ["AE", "NL"], ["NL", "OM"]]


def test_people_also_in_the_room_took_part():
    text = ("Dutch Prime Minister Mark Jansen and Peruvian President Carlos Mendoza met for two hours on Friday in Osaka.\n"
            "Dutch Foreign Minister Anna de Vries and Peruvian Foreign Minister Luis Ortega were also in the room.")
    (r,) = extract(text, published=date(2019, 6, 29)).reports
    assert {p.name for p in r.participants} == {"Mark Jansen", "Carlos Mendoza", "Anna de Vries", "Luis Ortega"}


def test_the_evidence_of_a_called_off_meeting_is_the_sentence_that_calls_it_off():
    text = ("Jansen cancels summit with Mendoza\n"
            "THE HAGUE (Wire) — Dutch Prime Minister Mark Jansen on Thursday called off his planned June 12 summit with Peruvian President "
            "Carlos Mendoza, citing hostile statements.\n"
            "Jansen said he still hoped to meet Mendoza someday.")
    (r,) = extract(text, published=date(2018, 5, 24)).reports
    assert r.status == "cancelled" and r.evidence.startswith("Dutch Prime Minister Mark Jansen on Thursday called off")


def test_a_meeting_on_arrival_takes_the_arrival_s_day_and_place_and_where_clauses_name_their_summit():
    text = ("Peruvian President Carlos Mendoza arrived in Japan on Saturday to attend the Group of Seven summit, where he "
            "is expected to meet Dutch Prime Minister Mark Jansen.\n"
            "Mendoza met Indian Prime Minister Arjun Rao shortly after arriving.\n"
            "He also held talks with French President Paul Girard.")
    jansen, rao, girard = extract(text, published=date(2023, 5, 20)).reports
    assert (jansen.status, jansen.occasion) == ("planned", "G7 summit")
    assert (rao.status, str(rao.start_date), rao.place.name) == ("held", "2023-05-20", "Japan")
    # also, right after a meeting held on a day: the same place and day
    assert (girard.place.name, girard.start_date) == ("Japan", date(2023, 5, 20))


def test_a_meeting_some_days_before_another_has_its_own_day_and_place():
    text = ("United Nations Secretary-General Paul Girard met Dutch Prime Minister Mark Jansen in The Hague on Thursday, "
            "two days after holding talks with Peruvian President Carlos Mendoza in Lima.")
    jansen, mendoza = extract(text, published=date(2022, 4, 28)).reports
    assert (str(jansen.start_date), jansen.place.name) == ("2022-04-28", "The Hague")
    assert (str(mendoza.start_date), mendoza.place.name) == ("2022-04-26", "Lima")
    assert jansen.participants[0].role == "Secretary-General"


def test_a_pair_named_with_a_hyphen_and_spelt_two_ways_is_one_pair_and_an_invitation_is_possible():
    text = ("Kremlin: Putin-Zelensky meeting out of the question for now\n"
            "The Kremlin said on Thursday that a meeting between President Vladimir Putin and Ukrainian candidate "
            "Volodymyr Zelenskiy was out of the question for now.")
    (r,) = extract(text, published=date(2019, 3, 21)).reports
    assert r.status == "ruled_out" and {p.name for p in r.participants} == {"Vladimir Putin", "Volodymyr Zelenskiy"}
    assert all("-" not in a for p in r.participants for a in p.aliases)
    (r,) = extract("Dutch Prime Minister Mark Jansen has invited Peruvian President Carlos Mendoza to The Hague for a second "
                   "summit in the autumn, his office said on Thursday.", published=date(2018, 7, 20)).reports
    assert r.status == "possible" and {p.name for p in r.participants} == {"Mark Jansen", "Carlos Mendoza"}


def test_met_separately_with_one_and_with_another_is_two_meetings():
    text = ("Peruvian President Carlos Mendoza, Dutch Foreign Minister Anna de Vries and Chilean Foreign Minister Jorge Soto "
            "signed the accords at the palace on Tuesday.\n"
            "Before the ceremony, Mendoza met separately with de Vries and with the Chilean foreign minister in his office.")
    reports = extract(text, published=date(2020, 9, 15)).reports
    assert sorted(sorted(p.name for p in r.participants) for r in reports) == [
        ["Anna de Vries", "Carlos Mendoza"], ["Carlos Mendoza", "Jorge Soto"]]


def test_a_brief_chat_is_a_meeting_even_beside_a_formal_meeting_not_held():
    text = ("Dutch Prime Minister Mark Jansen and Peruvian President Carlos Mendoza chatted briefly on Saturday at the APEC "
            "summit in Da Nang, but did not hold a formal meeting, a spokesman said.")
    (r,) = extract(text, published=date(2017, 11, 11)).reports
    assert (r.status, r.mode, r.occasion) == ("held", "in_person", "APEC summit")
    (r,) = extract("Dutch Prime Minister Mark Jansen and Peruvian President Carlos Mendoza chatted by phone on Saturday.",
                   published=date(2017, 11, 11)).reports
    assert r.mode == "phone"


def test_bilateral_meetings_with_counterparts_are_one_each_and_bare_sidelines_are_the_summit_s():
    text = ("Peru hosts Asian leaders at Lima summit\n"
            "LIMA (Wire) — Peruvian President Carlos Mendoza hosted dozens of Asian leaders at a summit in the coastal city "
            "of Trujillo on Thursday.\n"
            "Mendoza held bilateral meetings with his Chinese, Indian and Indonesian counterparts on the sidelines.")
    reports = extract(text, published=date(2019, 10, 24)).reports
    assert sorted(r.participants[-1].country for r in reports) == ["CN", "ID", "IN"]
    assert all(len(r.participants) == 2 and r.place.name == "Trujillo" for r in reports)


def test_rivals_of_a_contest_meet_in_contests_only_and_a_round_of_talks_is_no_contest():
    text = ("Jansen to meet Mendoza in semi-final\n"
            "MELBOURNE (Wire) — Mark Jansen will meet Carlos Mendoza in the Australian Open semi-final on Friday after both "
            "won their quarter-finals.\n"
            "The two have met 59 times, with Jansen leading 30-29.")
    assert extract(text, published=date(2023, 1, 15)).reports == []
    (r,) = extract("Lavrov and Kerry will meet in Geneva on Friday for another round of talks.", published=date(2016, 9, 21)).reports
    assert r.status == "planned"


def test_a_three_day_summit_wrapped_up_spans_its_days_and_the_arrival_for_it_is_the_same_summit():
    text = ("Jansen, Mendoza climb Mount Misti\n"
            "AREQUIPA (Wire) -- Dutch Prime Minister Mark Jansen and Peruvian President Carlos Mendoza on Thursday visited "
            "Mount Misti, wrapping up their three-day summit in Arequipa.\n"
            "Jansen arrived in Arequipa on Tuesday for his third summit with Mendoza this year.")
    (r,) = extract(text, published=date(2018, 9, 20)).reports
    assert (r.status, str(r.start_date), str(r.end_date), r.place.name) == ("held", "2018-09-18", "2018-09-20", "Arequipa")
    assert {p.name for p in r.participants} == {"Mark Jansen", "Carlos Mendoza"}


def test_a_headline_meet_tagged_as_a_noun_and_what_the_meeting_is_said_to_be():
    text = ("Jansen and Mendoza meet in Lima for last time as leaders\n"
            "LIMA (Wire) — Dutch Prime Minister Mark Jansen met with Peruvian President Carlos Mendoza on Saturday on the "
            "sidelines of the APEC summit, in what is likely to be their final meeting before Jansen leaves office.")
    (r,) = extract(text, published=date(2024, 11, 18)).reports
    assert (r.status, str(r.start_date), r.place.name, r.occasion) == ("held", "2024-11-16", "Lima", "APEC summit")


def test_agreed_in_principle_to_a_summit_is_possible_and_who_proposed_it_is_not_at_it():
    text = ("Jansen agrees 'in principle' to summit with Mendoza\n"
            "THE HAGUE (Wire) — Dutch Prime Minister Mark Jansen has agreed \"in principle\" to a summit with Peruvian "
            "President Carlos Mendoza, his office said Sunday.\n"
            "Chilean President Jorge Soto proposed the meeting after separate calls with both leaders.")
    (r,) = extract(text, published=date(2022, 2, 21)).reports
    assert r.status == "possible" and {p.name for p in r.participants} == {"Mark Jansen", "Carlos Mendoza"}
    (r,) = extract("Dutch Prime Minister Mark Jansen has agreed to a summit with Peruvian President Carlos Mendoza.",
                   published=date(2022, 2, 21)).reports
    assert r.status == "planned"


def test_the_two_shaking_hands_beside_talks_not_held_met():
    text = ("Dutch Defence Minister Anna de Vries said that Peru had declined her request for a meeting with Peruvian "
            "Defence Minister Luis Ortega at the forum in Singapore this weekend.\n"
            "The two shook hands briefly at a dinner on Friday but did not hold substantive talks.")
    statuses = [r.status for r in extract(text, published=date(2023, 6, 4)).reports]
    assert "held" in statuses and "ruled_out" in statuses


def test_meeting_one_s_wife_is_no_diplomatic_meeting():
    assert extract("Dutch Prime Minister Mark Jansen first met his wife, a Peruvian diplomat, in Lima in 1995.",
                   published=date(2020, 5, 1)).reports == []


def test_a_headline_parsed_as_one_phrase_gives_nobody_the_host_s_country():
    text = ("Biden fist-bumps Saudi crown prince in Jeddah\n"
            "JEDDAH (Wire) — President Joe Biden greeted Saudi Crown Prince Mohammed bin Salman with a fist bump on "
            "Friday as he arrived at the royal palace in Jeddah.")
    (r,) = extract(text, published=date(2022, 7, 15)).reports
    assert {p.name: p.country for p in r.participants} == {"Joe Biden": "US", "Mohammed bin Salman": "SA"}


def test_talks_before_a_trilateral_summit_and_the_three_leaders_meeting():
    text = ("Mexican President Andres Manuel Lopez Obrador hosted U.S. President Joe Biden for talks at the National Palace "
            "on Monday, a day before a trilateral summit with Canadian Prime Minister Justin Trudeau.\n"
            "The three leaders will meet on Tuesday.")
    talks, summit = extract(text, published=date(2023, 1, 9)).reports
    assert (talks.status, str(talks.start_date), len(talks.participants)) == ("held", "2023-01-09", 2)
    assert (summit.status, str(summit.start_date), len(summit.participants)) == ("planned", "2023-01-10", 3)


def test_arriving_for_a_summit_after_a_journey_is_the_summit_ahead_on_its_own_day():
    text = ("North Korean leader Kim Jong Un arrived in Vietnam on Tuesday after a two-and-a-half day train journey for his "
            "second summit with President Donald Trump.\n"
            "Trump and Kim will meet for a one-on-one chat and dinner on Wednesday evening in Hanoi, the White House said.")
    (r,) = extract(text, published=date(2019, 2, 26)).reports
    assert (r.status, str(r.start_date), r.place.name) == ("planned", "2019-02-27", "Hanoi")


def test_a_meeting_years_ago_does_not_take_the_place_of_the_visit_the_article_reports():
    text = ("Dutch Prime Minister Mark Jansen made a surprise visit to Lima on Tuesday and held talks with Peruvian "
            "President Carlos Mendoza at a military command post, his office said.\n"
            "It was Jansen's second trip to Peru; he last visited the Callao naval base in 2017, where he met Mendoza.")
    now, then = sorted(extract(text, published=date(2020, 1, 8)).reports, key=lambda r: r.start_date, reverse=True)
    assert now.place.name == "Lima" and str(then.start_date) == "2017-01-01" and then.place is None


def test_a_visit_cancelled_last_week_does_not_cancel_the_meetings_held_on_another_trip():
    text = ("Jansen meets Mendoza, Ortega in Cusco\n"
            "CUSCO, Peru (Wire) — Dutch Prime Minister Mark Jansen met Peruvian President Carlos Mendoza in Cusco on "
            "Tuesday, after talks with Foreign Minister Luis Ortega earlier in the day.\n"
            "Jansen had canceled a planned visit to Lima last week to make a surprise trip to Chile.")
    reports = extract(text, published=date(2019, 5, 14)).reports
    assert sorted((r.status, len(r.participants)) for r in reports) == [("held", 2), ("held", 2)]


def test_what_someone_had_said_of_a_meeting_before_it_was_held_is_that_meeting():
    text = ("Dutch Prime Minister Mark Jansen met Peruvian President Carlos Mendoza on Sunday on the sidelines of the G20 "
            "summit in Rome.\n"
            "Mendoza had said on Saturday that he expected to meet Jansen.")
    (r,) = extract(text, published=date(2021, 10, 31)).reports
    assert r.status == "held"


def test_the_host_of_the_meeting_takes_part_and_a_day_inside_a_summit_of_several_is_that_summit():
    (r,) = extract("Dutch Prime Minister Mark Jansen met Peruvian President Carlos Mendoza and Chilean President Jorge Soto in "
                   "Madrid on Tuesday, in a meeting hosted by NATO Secretary-General Anna Berg.", published=date(2022, 6, 28)).reports
    assert {p.name for p in r.participants} == {"Mark Jansen", "Carlos Mendoza", "Jorge Soto", "Anna Berg"}
    text = ("Xi arrives in Florida for summit with Trump\n"
            "PALM BEACH (Wire) - Chinese President Xi Jinping arrived in Florida on Thursday for a two-day summit with U.S. President Donald "
            "Trump at his Mar-a-Lago resort.\n"
            "Trump will host Xi for dinner on Thursday evening, with formal talks scheduled for Friday.")
    (r,) = extract(text, published=date(2017, 4, 6)).reports
    assert (r.status, str(r.start_date), str(r.end_date)) == ("planned", "2017-04-06", "2017-04-07")


def test_a_country_in_the_topic_of_a_meeting_is_not_its_place():
    text = ("Dutch Foreign Minister Anna de Vries held talks with her Peruvian counterpart Carlos Mendoza in Lima on Friday.\n"
            "De Vries and Mendoza also discussed North Korea's nuclear and missile threats, the ministry said.")
    r = extract(text, published=date(2022, 6, 11)).reports
    assert [(x.place.name if x.place else None, str(x.start_date)) for x in r] == [("Lima", "2022-06-10")]


@pytest.mark.parametrize("text", [
    # the day of the light verb is the visit's; a name inside a venue's name is no place ("the Mendoza White House")
    "Dutch Prime Minister Anna de Vries paid her first visit to the White House on Friday. During the visit, "
    "U.S. President Carlos Mendoza and De Vries discussed trade.",
    "Dutch Prime Minister Anna de Vries visited the Mendoza White House on Friday. During the visit, "
    "U.S. President Carlos Mendoza and De Vries discussed trade.",
])
def test_a_meeting_during_a_visit_takes_the_visit_s_day_and_place(text):
    r = extract(text, published=date(2017, 3, 18)).reports
    assert [(str(x.start_date), x.place.name if x.place else None) for x in r] == [("2017-03-17", "Washington")]


@pytest.mark.parametrize("text", [
    "Peruvian President Carlos Mendoza held a bilateral summit with Dutch Prime Minister Anna de Vries on the sidelines "
    "of the trilateral meeting.",
    "Peruvian President Carlos Mendoza held a trilateral summit with Dutch Prime Minister Anna de Vries and Chilean "
    "President Ola Berg in Lima on Friday.\nMendoza also held a bilateral meeting with De Vries, the presidential office said.",
])
def test_a_bilateral_beside_a_larger_meeting_is_a_meeting_of_its_own(text):
    r = extract(text, published=date(2023, 8, 19)).reports
    assert ["Mendoza", "Vries"] in [sorted(p.name.split()[-1] for p in x.participants) for x in r]


def test_a_headline_of_talks_to_continue_is_the_meeting_held_again_that_day():
    # one meeting: the headline's "to continue" and the body's "met again" on the publication day; "a second day of
    # talks" is the meeting itself, no occasion
    text = ("GENEVA (Wire) - Dutch Foreign Minister Anna de Vries and Peruvian Foreign Minister Carlos Mendoza met again "
            "in Geneva on Friday for a second day of talks on a plan to end the fighting.")
    r = extract(text, title="De Vries, Mendoza to continue talks in Geneva", published=date(2013, 9, 13)).reports
    assert [(x.status, str(x.start_date), x.occasion) for x in r] == [("held", "2013-09-13", "")]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # another event's date in a "before" clause is not the meeting's
    ("LIMA (Wire) - Dutch Prime Minister Anna de Vries met briefly with Peruvian President Carlos Mendoza on Sunday at "
     "the APEC forum in Lima.\nThe two leaders spoke for about four minutes on the margins of the summit, in what is "
     "expected to be their last face-to-face conversation before De Vries leaves office in January.",
     date(2016, 11, 20), [("2016-11-20", "Lima")]),
    # "the second time they met this year" counts the meeting the sentence reports
    ("Dutch Prime Minister Anna de Vries met Peruvian President Carlos Mendoza at his estate in Lima on Dec. 9, the second "
     "time they met this year after a July meeting in Santiago.",
     date(2024, 12, 31), [("2024-07-01", "Santiago"), ("2024-12-09", "Lima")]),
])
def test_dates_of_other_events_and_counts_of_meetings_make_no_meeting(text, published, expected):
    r = extract(text, published=published).reports
    assert sorted((str(x.start_date), x.place.name if x.place else None) for x in r) == expected


@pytest.mark.parametrize(("text", "place"), [
    # a place after a hyphenated name the parser breaks ("Moon Jae-in in Seoul")
    ("Dutch Prime Minister Anna de Vries is scheduled to meet South Korean President Moon Jae-in in Seoul on Sunday.",
     ("Seoul", "KR")),
    # a town the gazetteer knows only abroad, with its region named: the region
    ("Dutch Prime Minister Anna de Vries will host Peruvian President Carlos Mendoza at her resort in Hamburg, "
     "Florida, next Thursday.", ("Florida", "US")),
    # the same town's name abroad and in the region named: the region's
    ("Dutch Prime Minister Anna de Vries will host Peruvian President Carlos Mendoza at her resort in Naples, "
     "Florida, next Thursday.", ("Naples", "US")),
    # a summit venue too small for the city list, known on its own
    ("Dutch Prime Minister Anna de Vries will host Peruvian President Carlos Mendoza at her resort in Palm Beach, "
     "Florida, next Thursday.", ("Palm Beach", "US")),
])
def test_the_place_after_a_broken_name_and_a_town_known_only_abroad(text, place):
    (r,) = extract(text, published=date(2019, 6, 29)).reports
    assert (r.place.name, r.place.country) == place


def test_the_clause_saying_when_a_meeting_takes_place_gives_its_day_and_state_wherever_it_hangs():
    # the parser hangs "which will take place" on the partner, not on the summit
    text = ("LIMA (Wire) - Dutch Prime Minister Anna de Vries travels to Lima on Tuesday ahead of her first summit with "
            "Peruvian President Carlos Mendoza, which will take place on Wednesday at the presidential palace.")
    (r,) = extract(text, published=date(2021, 6, 14)).reports
    assert (r.status, str(r.start_date)) == ("planned", "2021-06-16")


def test_met_face_to_face_in_a_city_is_in_that_city():
    (r,) = extract("Dutch Prime Minister Anna de Vries and Peruvian President Carlos Mendoza last met face to face in Geneva "
                   "in June 2021.", published=date(2022, 10, 26)).reports
    assert r.place.name == "Geneva"


@pytest.mark.parametrize("text", [
    # a knock-out stage in the sentence of a meeting of people with no title: a contest
    "Carlos Mendoza of Peru beat Ola Berg of Norway in the final on Sunday.\nMendoza beat Luis Soto of Chile in "
    "Friday's semifinal, their first meeting at the club since 2008.",
    # "the two teams" are no people named before
    "British Prince Jan Bakker, president of the football association, will not travel to Lima. Queen Ana Soto of Spain is "
    "expected to attend.\nThe two teams met in the quarter-finals of the Euros last year.",
])
def test_sports_meetings_are_no_meetings(text):
    assert extract(text, published=date(2023, 8, 19)).reports == []


def test_did_not_meet_is_no_meeting():
    text = ("Dutch Foreign Minister Anna de Vries and Peruvian President Carlos Mendoza were in the same chamber at the "
            "UN Security Council on Wednesday but did not meet.")
    assert extract(text, published=date(2023, 9, 28)).reports == []


def test_the_summit_of_two_that_has_ended_is_held_that_day_in_its_venue_s_city():
    text = ("GENEVA, June 16. /Wire/. The summit of Dutch Prime Minister Anna de Vries and Peruvian President Carlos "
            "Mendoza at Villa Rosa in Geneva has ended, the talks lasted about four hours.")
    (r,) = extract(text, published=date(2021, 6, 16)).reports
    assert (r.status, str(r.start_date), r.place.name) == ("held", "2021-06-16", "Geneva")


def test_met_on_one_day_and_again_on_another_is_two_meetings():
    text = ("Dutch Prime Minister Anna de Vries met Peruvian President Carlos Mendoza at the presidential palace in Lima "
            "on April 27 and again on May 26.")
    r = extract(text, published=date(2018, 6, 1)).reports
    assert sorted(str(x.start_date) for x in r) == ["2018-04-27", "2018-05-26"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Dutch Prime Minister Anna de Vries had breakfast with Peruvian President Carlos Mendoza on Monday.",
     [["Mendoza", "Vries"]]),
    # a family meal is no meeting
    ("Dutch Prime Minister Anna de Vries had dinner with her family in Delft on Sunday.", []),
])
def test_a_meal_shared_with_a_foreign_leader_is_a_meeting(text, expected):
    r = extract(text, published=date(2019, 7, 16)).reports
    assert [sorted(p.name.split()[-1] for p in x.participants) for x in r] == expected


@pytest.mark.parametrize(("text", "status"), [
    ("Dutch Ambassador Anna de Vries called on Peruvian President Carlos Mendoza in Lima on Monday.", "held"),
    ("The visiting Dutch Foreign Minister Anna de Vries will call on Peruvian President Carlos Mendoza on Thursday.", "planned"),
    ("Dutch Ambassador Anna de Vries paid a courtesy call on Peruvian President Carlos Mendoza in Lima on Monday.", "held"),
    ("Dutch Foreign Minister Anna de Vries paid a courtesy visit to Peruvian President Carlos Mendoza in Lima on Monday.", "held"),
])
def test_calling_on_someone_is_a_visit_in_person(text, status):
    (r,) = extract(text, published=date(2020, 5, 6)).reports
    assert (r.status, r.mode) == (status, "in_person") and {p.name for p in r.participants} == {"Anna de Vries", "Carlos Mendoza"}


@pytest.mark.parametrize("text", [
    "Dutch Prime Minister Anna de Vries called on Peruvian President Carlos Mendoza to accept a ceasefire.",
    "Dutch Prime Minister Anna de Vries called on Monday for talks between Peru and Chile.",
    "Peruvian President Carlos Mendoza was called on to testify before the Dutch parliament.",
])
def test_calling_on_someone_to_do_something_is_an_appeal_not_a_visit(text):
    assert not [r for r in extract(text, published=date(2020, 5, 6)).reports if r.cues.get("trigger", "").startswith("call")]


@pytest.mark.parametrize(("text", "status", "day"), [
    ("Peruvian Foreign Minister Carlos Mendoza has called off a meeting with his Chilean counterpart Ana Berg that had been "
     "scheduled for Friday in Lima.", "cancelled", date(2024, 11, 15)),
    ("Chile called off a planned meeting between Foreign Minister Ana Berg and Peruvian Foreign Minister Carlos Mendoza "
     "that was due to take place in Lima on Friday.", "cancelled", date(2024, 11, 15)),
    ("A meeting between the foreign ministers of Peru and Chile, which had been scheduled for Friday in Lima, has been "
     "postponed until next month.", "postponed", date(2024, 11, 15)),
])
def test_a_clause_saying_where_and_when_a_meeting_was_to_be_gives_its_place(text, status, day):
    (r,) = extract(text, published=date(2024, 11, 14)).reports
    assert (r.status, r.start_date, r.place.name, r.place.country) == (status, day, "Lima", "PE")


def test_talks_via_videolink_are_a_video_call():
    (r,) = extract("Peruvian President Carlos Mendoza and Chilean President Ana Berg held talks via videolink on Friday.",
                   published=date(2024, 12, 20)).reports
    assert (r.mode, r.start_date) == ("video", date(2024, 12, 20))


@pytest.mark.parametrize("control", ["is scheduled to", "is due to", "is expected to"])
def test_whoever_is_scheduled_to_hold_talks_holds_them(control):
    text = (f"Peruvian President Carlos Mendoza arrived in Santiago on Tuesday. He {control} hold talks with Chilean President "
            "Ana Berg on Thursday.")
    (r,) = extract(text, published=date(2025, 1, 8)).reports
    assert (r.status, r.start_date) == ("planned", date(2025, 1, 9)) and {p.name for p in r.participants} == {"Carlos Mendoza", "Ana Berg"}


@pytest.mark.parametrize("tally", ["It was their fourth meeting this year.", "It was the third meeting between the two leaders since May."])
def test_a_count_of_the_meeting_just_reported_is_not_another_meeting(tally):
    text = f"Peruvian President Carlos Mendoza met Chilean President Ana Berg in Lima on Tuesday. {tally}"
    (r,) = extract(text, published=date(2025, 5, 7)).reports
    assert (r.start_date, r.place.name) == (date(2025, 5, 6), "Lima")


def test_a_visit_by_someone_put_on_hold_puts_the_meeting_during_it_on_hold_in_its_place():
    text = ("A planned visit to Santiago by Peruvian Trade Minister Carlos Mendoza, during which he was to meet Chilean "
            "Trade Minister Ana Berg, has been put on hold.")
    (r,) = extract(text, published=date(2025, 6, 18)).reports
    assert (r.status, r.place.name) == ("postponed", "Santiago")


def test_a_call_held_to_discuss_something_is_no_meeting_in_person():
    for text, mode in (("U.S. President Tom Walker and Russian President Ivan Petrov held a phone call on Thursday to discuss "
                        "Ukraine.", "phone"),
                       ("The presidents of Russia, Peru and Chile held a video conference on Wednesday to discuss trade.", "video")):
        r = extract(text, published=date(2022, 9, 15)).reports
        assert [x.mode for x in r] == [mode]


def test_what_else_may_be_in_the_lead_is_not_the_meeting_s_status():
    # the first sentence reads as a headline: "possible" there is the deal's, not the meeting's
    (r,) = extract("A Dutch delegation met Peruvian officials in Paris on Friday to discuss a possible deal.",
                   published=date(2024, 2, 24)).reports
    assert (r.status, r.start_date) == ("held", date(2024, 2, 23))


def test_a_meeting_in_a_relative_clause_leaves_the_main_clause_its_own_meeting():
    text = ("Dutch King Willem Jansen, who met Peruvian President Carlos Mendoza in Lima last week, will receive Chilean "
            "President Maria Gonzalez in Amsterdam on Feb. 2.")
    r = extract(text, published=date(2019, 1, 21)).reports
    assert sorted((x.status, x.place.name, x.start_date) for x in r) == [
        ("held", "Lima", date(2019, 1, 1)), ("planned", "Amsterdam", date(2019, 2, 2))]


def test_the_place_of_what_was_discussed_is_not_a_second_meeting():
    text = ("Dutch Prime Minister Mark Jansen met Peruvian President Carlos Mendoza in Lima on Monday. Jansen thanked Peru for "
            "its support and the two leaders discussed the war in Gaza.")
    (r,) = extract(text, published=date(2024, 4, 30)).reports
    assert (r.place.name, r.start_date) == ("Lima", date(2024, 4, 29))


def test_a_meeting_held_later_is_on_the_day_the_sentence_before_names():
    text = ("Dutch Prime Minister Mark Jansen played golf with Peruvian President Carlos Mendoza near Lima on Monday. "
            "Mendoza later held talks with Jansen at the presidential palace.")
    (r,) = extract(text, published=date(2019, 5, 29)).reports
    assert r.start_date == date(2019, 5, 27)


def test_the_day_before_and_two_weekdays():
    s = "Dutch Foreign Minister Anna de Vries met Peruvian Foreign Minister Carlos Mendoza"
    (r,) = extract(f"{s} the day before in Manila.", published=date(2017, 8, 7)).reports
    assert (r.start_date, r.place.name) == (date(2017, 8, 6), "Manila")
    r = extract(f"{s} in Lima on Thursday. She had met Mendoza the day before in Lima.", published=date(2015, 7, 10)).reports
    assert sorted(x.start_date for x in r) == [date(2015, 7, 8), date(2015, 7, 9)]  # counted from the meeting before
    (r,) = extract(f"{s} on Tuesday and Wednesday.", published=date(2018, 11, 29)).reports
    assert (r.start_date, r.end_date) == (date(2018, 11, 27), date(2018, 11, 28))
    (r,) = extract(f"{s.replace('met', 'will hold talks with')} in Vienna from Tuesday to Thursday, officials said.",
                   published=date(2015, 7, 6)).reports
    assert (r.start_date, r.end_date) == (date(2015, 7, 7), date(2015, 7, 9))


def test_a_headline_naming_the_countries_is_the_meeting_the_body_names_the_people_of():
    r = extract("Turkish Foreign Minister Ali Kaya's meeting with his Greek counterpart Nikos Papas has been pushed back.",
                title="Greek-Turkish ministers' meeting pushed back", published=date(2021, 3, 30)).reports
    assert [(x.status, sorted(p.name for p in x.participants)) for x in r] == [("postponed", ["Ali Kaya", "Nikos Papas"])]


def test_a_later_denial_rules_the_meeting_out_and_an_overtaken_report_does_not_cancel_it():
    text = ("Peruvian Foreign Minister Carlos Mendoza will meet Dutch Foreign Minister Anna de Vries in New York next week, "
            "a Dutch official said on Monday. But Peru's foreign ministry spokesman denied the report on Tuesday, saying "
            "there were no plans for such a meeting.")
    (r,) = extract(text, published=date(2019, 9, 17)).reports
    assert r.status == "ruled_out"
    text = ("Peruvian Foreign Minister Carlos Mendoza will meet Dutch Foreign Minister Anna de Vries in New York on Thursday. "
            "Earlier reports had said the talks were called off.")
    (r,) = extract(text, published=date(2018, 5, 29)).reports
    assert r.status == "planned"


def test_officials_of_international_organisations_by_the_organisation_s_name():
    (r,) = extract("IMF Managing Director Anna Berg will meet Argentine Economy Minister Carlos Mendoza in Washington next week.",
                   published=date(2023, 3, 31)).reports
    assert {p.name: p.role for p in r.participants}["Anna Berg"] == "IMF Managing Director"
    (r,) = extract("World Bank President Tom Walker met Nigerian President Ali Bello in Abuja on Tuesday.",
                   published=date(2023, 3, 31)).reports
    assert {p.name for p in r.participants} == {"Tom Walker", "Ali Bello"}


def test_tomorrow_in_a_quote_counts_from_the_day_it_was_said():
    s = "Dutch Foreign Minister Anna de Vries"
    (r,) = extract(f'{s} said on Tuesday: "I will meet Peruvian Foreign Minister Carlos Mendoza tomorrow in Geneva."',
                   published=date(2024, 5, 10)).reports
    assert (r.start_date, r.place.name) == (date(2024, 5, 8), "Geneva")
    (r,) = extract(f'Speaking on Monday, {s} told reporters she would meet Peruvian Foreign Minister Carlos Mendoza "tomorrow".',
                   published=date(2024, 5, 10)).reports
    assert r.start_date == date(2024, 5, 7)
    (r,) = extract(f"{s} said on Tuesday she would meet Peruvian Foreign Minister Carlos Mendoza tomorrow.",
                   published=date(2024, 5, 10)).reports
    assert r.start_date == date(2024, 5, 11)  # no quote: the reporter's tomorrow


def test_a_meeting_said_in_a_quote_to_be_not_worthwhile_is_ruled_out():
    (r,) = extract('Dutch Foreign Minister Anna de Vries said a meeting with Peruvian Foreign Minister Carlos Mendoza was '
                   '"not worthwhile now".', published=date(2020, 1, 10)).reports
    assert r.status == "ruled_out"


def test_royals_received_by_royals_and_an_audience():
    text = ("Denmark's King Frederik X and Queen Mary were received by Norway's King Harald V and Queen Sonja in Oslo on Tuesday. "
            "It was Frederik's first trip abroad since he acceded to the throne in January.")
    (r,) = extract(text, published=date(2024, 5, 15)).reports
    assert [p.name for p in r.participants] == ["Frederik X", "Mary", "Harald V", "Sonja"]
    (r,) = extract("Thai King Somchai Rattana granted an audience to Chinese President Li Wei at the Grand Palace on Friday.",
                   published=date(2022, 11, 19)).reports
    assert ({p.name for p in r.participants}, r.place.name) == ({"Somchai Rattana", "Li Wei"}, "Bangkok")
    (r,) = extract("Emperor Kenji welcomed U.S. President Tom Walker at the Imperial Palace on Monday.",
                   published=date(2019, 5, 27)).reports
    assert [(p.name, p.role) for p in r.participants] == [("Kenji", "Emperor"), ("Tom Walker", "President")]
    assert not extract("Dutch Prime Minister Mark Jansen told an audience of students in Lima on Monday that trade would grow.",
                       published=date(2019, 5, 27)).reports


def test_a_gathering_for_a_summit_gives_it_its_day_and_place_and_which_summit_it_is_is_not_its_name():
    text = ("Leaders gathered in Osaka on Friday for the G20 summit. U.S. President Tom Walker is expected to meet Peruvian "
            "President Carlos Mendoza on Saturday on the sidelines of the summit.")
    (r,) = extract(text, published=date(2019, 6, 28)).reports
    assert (r.occasion, r.place.name, r.start_date) == ("G20 summit", "Osaka", date(2019, 6, 29))
    text = ("The leaders of Peru, Chile, France and Germany met in Paris on Monday for their first Lima-format summit in three "
            "years. Peruvian President Carlos Mendoza and Chilean President Maria Gonzalez also held talks on the sidelines of "
            "the summit.")
    pair = next(x for x in extract(text, published=date(2019, 12, 10)).reports if len(x.participants) == 2)
    assert (pair.occasion, pair.start_date, pair.place.name) == ("Lima-format summit", date(2019, 12, 9), "Paris")
    # a day of the summit they gathered for: the summit's place all the same
    text = ("Leaders gathered in Osaka on Saturday for the second day of the G20 summit. On the sidelines, U.S. President Tom "
            "Walker met Peruvian President Carlos Mendoza.")
    (r,) = extract(text, published=date(2019, 6, 29)).reports
    assert (r.occasion, r.place.name) == ("G20 summit", "Osaka")


def test_what_a_possible_meeting_would_do_leaves_it_possible():
    text = ("A meeting between Dutch Foreign Minister Anna de Vries and Peruvian Foreign Minister Carlos Mendoza is in the "
            "works. The meeting would follow the deal to restore ties.")
    (r,) = extract(text, published=date(2023, 3, 20)).reports
    assert r.status == "possible"


def test_sultan_after_a_title_is_a_given_name():
    (r,) = extract("U.N. Secretary-General Paul Girard met UAE Industry Minister Sultan Al Nuaimi in Dubai on Friday.",
                   published=date(2023, 12, 2)).reports
    assert {p.name for p in r.participants} == {"Paul Girard", "Sultan Al Nuaimi"}


def test_an_invitation_to_visit_is_a_possible_meeting_with_the_host():
    (r,) = extract("Dutch Prime Minister Mark Jansen has invited Peruvian President Carlos Mendoza to visit Amsterdam in July.",
                   published=date(2017, 3, 1)).reports
    assert (r.status, r.place.name, r.date_precision) == ("possible", "Amsterdam", "month")
    assert {p.name for p in r.participants} == {"Mark Jansen", "Carlos Mendoza"}
    assert not extract("Peruvian President Carlos Mendoza will visit Amsterdam in July, his office said.",
                       published=date(2017, 3, 1)).reports


def test_countries_coordinated_after_a_dateline_are_the_officials_countries():
    (r,) = extract("GENEVA (Reuters) - Dutch and Peruvian officials met in Geneva on Sunday.", published=date(2025, 11, 25)).reports
    assert sorted(p.country for p in r.participants) == ["NL", "PE"]
    assert r.evidence == "Dutch and Peruvian officials met in Geneva on Sunday."  # the sentence, not its dateline


def test_two_people_of_one_family_are_two_people():
    text = ("Qatari Prime Minister Sheikh Khalid bin Ali Al Thani met Dutch Foreign Minister Anna de Vries in Doha on Monday. "
            "Qatar's Emir Sheikh Hamad bin Saud Al Thani met Peruvian President Carlos Mendoza in Lima on Tuesday.")
    r = extract(text, published=date(2023, 11, 22)).reports
    assert sorted(sorted(p.name for p in x.participants) for x in r) == [
        ["Anna de Vries", "Sheikh Khalid bin Ali Al Thani"], ["Carlos Mendoza", "Sheikh Hamad bin Saud Al Thani"]]
    text = ("Qatari Prime Minister Sheikh Khalid bin Ali Al Thani will meet Dutch Foreign Minister Anna de Vries in Doha on "
            "Monday. Al Thani met de Vries in Lima last month.")
    r = extract(text, published=date(2023, 11, 22)).reports
    assert {p.name for x in r for p in x.participants} == {"Sheikh Khalid bin Ali Al Thani", "Anna de Vries"}


def test_the_city_after_a_named_venue_and_a_brand_are_no_towns():
    s = "Dutch Prime Minister Mark Jansen met Peruvian President Carlos Mendoza"
    (r,) = extract(f"{s} at Al Salam Palace in Jeddah on Monday.", published=date(2025, 3, 10)).reports
    assert (r.place.name, r.place.country) == ("Jeddah", "SA")
    (r,) = extract(f"{s} at Joint Base Elmendorf-Richardson in Anchorage on Friday.", published=date(2025, 8, 16)).reports
    assert r.place.name == "Anchorage"
    (r,) = extract(f"{s} at the Ritz-Carlton hotel in Riyadh on Monday.", published=date(2025, 3, 25)).reports
    assert r.place.name == "Riyadh"


def test_a_delegation_led_by_a_named_person_names_that_country_s_party():
    text = ("Dutch officials held talks with Peruvian officials on Monday in Lima. The Peruvian delegation was led by Carlos "
            "Mendoza.")
    (r,) = extract(text, published=date(2025, 3, 25)).reports
    assert sorted((p.name or "", p.country) for p in r.participants) == [("", "NL"), ("Carlos Mendoza", "PE")]


def test_probably_is_possible_and_arranging_is_planned():
    s = "Dutch Prime Minister Mark Jansen said he would probably meet Peruvian President Carlos Mendoza soon."
    assert [x.status for x in extract(s, published=date(2025, 1, 21)).reports] == ["possible"]
    s = ("Dutch Prime Minister Mark Jansen said he had begun arranging a meeting between Peruvian President Carlos Mendoza "
         "and Chilean President Maria Gonzalez.")
    assert [x.status for x in extract(s, published=date(2025, 8, 19)).reports] == ["planned"]


def test_list_of_names_gives_no_name_the_next_one_s_title():
    (r,) = extract("Dutch Foreign Minister Mark Jansen arrived in Geneva on Wednesday. Jansen, Mendoza and Chilean Foreign "
                   "Minister Maria Gonzalez met in Geneva on Thursday.", published=date(2014, 4, 17)).reports
    assert {p.name: p.country for p in r.participants}["Mark Jansen"] == "NL"  # not Chile, the next name's


def test_small_place_date_and_occasion_phrasings():
    s = "Dutch Prime Minister Mark Jansen and Peruvian President Carlos Mendoza"
    (r,) = extract(f"{s} met for the first time on Monday in Paris.", published=date(2019, 12, 9)).reports
    assert r.place.name == "Paris"
    (r,) = extract(f"A meeting between {s} was postponed until the G20 summit in Buenos Aires.",
                   published=date(2018, 11, 11)).reports
    assert (r.status, r.occasion, r.place.name) == ("postponed", "G20 summit", "Buenos Aires")
    (r,) = extract(f"A meeting between {s} was postponed to next week.", published=date(2018, 11, 11)).reports
    assert r.occasion == ""
    (r,) = extract(f"{s} met on Saturday with foreign ministers from Chile and Qatar to revive a ceasefire.",
                   published=date(2016, 10, 15)).reports
    assert sorted(p.country for p in r.participants) == ["CL", "NL", "PE", "QA"]
    r = extract(f"{s} met in Vienna on Monday. The sides will meet again in December, Jansen told reporters.",
                published=date(2014, 11, 24)).reports
    assert sorted((x.status, x.date_precision) for x in r) == [("held", "day"), ("planned", "month")]


def test_well_known_people_by_surname_or_after_an_honorific_have_their_country():
    (r,) = extract("Witkoff met Putin in Moscow on Friday for three hours.", published=date(2025, 4, 26)).reports
    assert {p.name: p.country for p in r.participants} == {"Witkoff": "US", "Putin": "RU"}
    text = ("Qatar's Emir Sheikh Tamim bin Hamad Al Thani met Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani in Doha "
            "on Sunday.")
    assert extract(text, published=date(2024, 2, 5)).reports == []  # two Qataris: a domestic meeting


def test_people_of_one_country_who_took_part_join_the_meeting_just_reported():
    text = ("Peruvian President Carlos Mendoza met Dutch envoys Mark Jansen and Anna de Vries in Lima on Tuesday. "
            "Peruvian Trade Minister Luis Soto and Peruvian Interior Minister Ana Ruiz also took part in the talks.")
    (r,) = extract(text, published=date(2025, 12, 3)).reports
    assert sorted(p.name for p in r.participants) == ["Ana Ruiz", "Anna de Vries", "Carlos Mendoza", "Luis Soto", "Mark Jansen"]


def test_the_meeting_named_again_with_its_people_takes_the_day_and_place_of_the_talks_before():
    text = ("Peru, Chile and the Netherlands agreed on Thursday on steps to ease the crisis after talks in Geneva. The meeting "
            "brought together Dutch Foreign Minister Anna de Vries and Peruvian Foreign Minister Carlos Mendoza.")
    (r,) = extract(text, published=date(2014, 4, 17)).reports
    assert (r.start_date, r.place.name) == (date(2014, 4, 17), "Geneva")


def test_hyphenated_surnames_are_whole():
    (r,) = extract("Sudanese Foreign Minister Mariam al-Sadiq al-Mahdi met Dutch Foreign Minister Anna de Vries in Cairo on "
                   "Tuesday.", published=date(2021, 4, 7)).reports
    assert "Mariam al-Sadiq al-Mahdi" in {p.name for p in r.participants}
    (r,) = extract("The Putin-Zelensky meeting will take place in Istanbul, Turkish officials said.", published=date(2021, 4, 7)).reports
    assert {p.name for p in r.participants} == {"Putin", "Zelensky"}  # two names before a noun, not one


def test_talks_between_people_the_sentence_does_not_name_are_not_the_named_people_s():
    text = ("A planned meeting between Congolese President Felix Tshisekedi and Rwandan President Paul Kagame in Luanda on "
            "Sunday was cancelled. Tshisekedi had arrived in Luanda, but Kagame did not travel, after talks between ministers "
            "on Saturday failed.")
    assert [x.status for x in extract(text, published=date(2024, 12, 15)).reports] == ["cancelled"]


def test_talks_a_pair_agrees_to_start_on_a_subject_are_a_process_not_a_meeting():
    text = ("Dutch Prime Minister Mark Jansen and Peruvian President Carlos Mendoza held talks in Lima on Friday. The leaders "
            "agreed to start talks on joint economic activities.")
    assert [x.status for x in extract(text, published=date(2016, 12, 16)).reports] == ["held"]


def test_occasions_named_by_a_group_a_long_name_a_ceremony_or_a_city():
    s = "Dutch Defence Minister Anna de Vries met Peruvian Defence Minister Carlos Mendoza"
    (r,) = extract(f"{s} in Brussels on Wednesday at a gathering of the Ukraine Defense Contact Group.",
                   published=date(2025, 2, 12)).reports
    assert r.occasion == "Ukraine Defense Contact Group"
    (r,) = extract(f"{s} on Friday on the sidelines of the Commonwealth Heads of Government Meeting (CHOGM) in Apia, Samoa.",
                   published=date(2024, 10, 26)).reports
    assert (r.occasion, r.place.name) == ("Commonwealth Heads of Government Meeting", "Apia")
    (r,) = extract(f"{s} in St Peter's Basilica on Saturday before the funeral of Pope Francis.",
                   published=date(2025, 4, 26)).reports
    assert (r.occasion, r.place.name) == ("funeral of Pope Francis", "Vatican City")
    r = extract(f"{s} at the Munich Security Conference on Friday. De Vries also met Chilean Defence Minister Maria Gonzalez "
                "on Friday.", published=date(2024, 2, 17)).reports
    assert [(x.place.name, x.occasion) for x in r] == [("Munich", "Munich Security Conference")] * 2
    (r,) = extract(f"{s} at the Shangri-La Dialogue on Friday.", published=date(2024, 6, 1)).reports
    assert r.place is None  # not Shangri-La, China


def test_the_day_a_meeting_was_agreed_is_not_its_day():
    text = ("Dutch Prime Minister Mark Jansen said a planned summit with Peruvian President Carlos Mendoza in Lima had been "
            "called off. The two leaders had agreed in a phone call last Thursday to meet in the Peruvian capital within two "
            "weeks.")
    r = extract(text, published=date(2025, 10, 22)).reports
    assert [(x.status, x.start_date) for x in r if x.mode == "in_person"] == [("cancelled", None)]


def test_a_subject_pronoun_after_a_clause_of_its_own_is_that_clause_s_subject():
    text = ("Dutch Prime Minister Mark Jansen met Peruvian President Carlos Mendoza on Wednesday; he then held separate talks "
            "with Chilean President Maria Gonzalez.")
    r = extract(text, published=date(2025, 6, 25)).reports
    assert sorted(sorted(p.name for p in x.participants) for x in r) == [["Carlos Mendoza", "Mark Jansen"],
                                                                          ["Maria Gonzalez", "Mark Jansen"]]


def test_people_met_separately_are_one_meeting_each_and_a_headline_list_sums_up_the_body():
    text = ("Dutch Prime Minister Mark Jansen met Peruvian President Carlos Mendoza, Chilean President Maria Gonzalez and "
            "Japanese Prime Minister Kenji Sato separately on the sidelines of the G20 summit in New Delhi on Sunday.")
    assert len(extract(text, published=date(2023, 9, 10)).reports) == 3
    text = ("Dutch Prime Minister Mark Jansen met Peruvian President Carlos Mendoza on the sidelines of the NATO summit in "
            "Washington on Wednesday. Jansen also held talks with Chilean President Maria Gonzalez. He later met Japanese "
            "Prime Minister Kenji Sato.")
    r = extract(text, title="Jansen meets Mendoza, Gonzalez and Sato at NATO summit", published=date(2024, 7, 11)).reports
    assert sorted(len(x.participants) for x in r) == [2, 2, 2]


def test_meetings_in_two_cities_with_two_fates_are_two_meetings():
    text = ("Dutch Prime Minister Mark Jansen and Peruvian President Carlos Mendoza met briefly on the sidelines of the G20 "
            "summit in St Petersburg on Friday. Jansen cancelled a planned summit with Mendoza in Moscow last month.")
    r = extract(text, published=date(2013, 9, 6)).reports
    assert sorted((x.status, x.place.name) for x in r) == [("cancelled", "Moscow"), ("held", "Saint Petersburg")]


def test_a_named_summit_the_meeting_is_held_at_is_its_occasion_not_a_meeting():
    text = ("Dutch Prime Minister Mark Jansen and Peruvian President Carlos Mendoza will not hold a formal bilateral meeting at "
            "the G20 summit in St Petersburg, officials said on Thursday.")
    assert [(x.status, x.occasion) for x in extract(text, published=date(2013, 9, 5)).reports] == [("ruled_out", "G20 summit")]


def test_a_negotiation_track_resumed_is_no_meeting_of_its_own():
    text = ("Dutch Prime Minister Mark Jansen and Peruvian President Carlos Mendoza met on Saturday on the sidelines of the G20 "
            "summit in Osaka, agreeing to resume trade negotiations.")
    r = extract(text, title="Jansen and Mendoza agree to restart trade talks at G20 meeting in Osaka",
                published=date(2019, 6, 29)).reports
    assert [x.status for x in r] == ["held"]


def test_statuses_told_across_sentences():
    s = "Dutch Prime Minister Mark Jansen"
    p = "Peruvian President Carlos Mendoza"
    text = f"{s} said on Friday he will meet {p} in Lima on August 15. Jansen had earlier said he would not meet Mendoza."
    assert [x.status for x in extract(text, published=date(2025, 8, 9)).reports] == ["planned"]  # the earlier account
    text = f"A meeting between {s} and {p} in Lima has not been finalised but is possible, officials said."
    assert [x.status for x in extract(text, published=date(2023, 8, 22)).reports] == ["possible"]
    text = f"{s} has no plans to travel to Lima this week to meet {p}."
    assert [x.status for x in extract(text, published=date(2022, 2, 15)).reports] == ["ruled_out"]
    text = f"{s} was supposed to meet {p} but the meeting did not take place."
    assert [x.status for x in extract(text, published=date(2024, 7, 4)).reports] == ["cancelled"]
    text = f"{s} was to meet {p}. The meeting was to be held on February 10 in Lima."
    (r,) = extract(text, published=date(2018, 2, 11)).reports
    assert (r.status, r.start_date, r.place.name) == ("planned", date(2018, 2, 10), "Lima")
    text = (f"{s} had been scheduled to meet {p} during the summit, but Peru cancelled the meeting two hours before it was to "
            "take place, officials said on Tuesday. The meeting was to be held on February 10 in Lima.")
    assert [x.status for x in extract(text, published=date(2018, 2, 11)).reports] == ["cancelled"]


def test_a_trip_again_is_the_next_meeting_not_the_last():
    text = ("Dutch Prime Minister Mark Jansen has no plans to travel to Lima again this week to meet Peruvian President Carlos "
            "Mendoza, his office said on Tuesday. Jansen met Mendoza in Lima on February 7 for five hours of talks.")
    r = extract(text, published=date(2022, 2, 15)).reports
    assert sorted(x.status for x in r) == ["held", "ruled_out"]


def test_country_talks_and_the_people_due_at_them_in_the_next_sentence_are_one_meeting():
    text = ("The Netherlands and Peru have postponed talks between their foreign secretaries that were scheduled to take place "
            "in Lima on Friday. Dutch Foreign Secretary Anna de Vries had been due to meet her Peruvian counterpart Carlos "
            "Mendoza.")
    (r,) = extract(text, title="Talks postponed", published=date(2016, 1, 13)).reports
    assert (r.status, r.place.name, sorted(p.name for p in r.participants)) == ("postponed", "Lima", ["Anna de Vries", "Carlos Mendoza"])


def test_one_occasion_under_two_names_and_a_trip_s_destination_for_the_meeting_after_and():
    text = ("Dutch Prime Minister Mark Jansen will skip the Shanghai Cooperation Organisation summit in Astana. Dutch Foreign "
            "Minister Anna de Vries met Peruvian Foreign Minister Carlos Mendoza on the sidelines of the summit on Thursday.")
    (r,) = extract(text, title="Jansen Will Not Attend SCO Summit", published=date(2024, 7, 4)).reports
    assert (r.occasion, r.place.name) == ("Shanghai Cooperation Organisation summit", "Astana")
    (r,) = extract("Dutch Prime Minister Mark Jansen will travel to Lima on Sunday and meet Peruvian President Carlos Mendoza.",
                   published=date(2019, 8, 30)).reports
    assert r.place.name == "Lima"


def test_hosts_of_a_meeting_are_at_it():
    s = "Dutch Foreign Minister Anna de Vries and Peruvian Foreign Minister Carlos Mendoza met"
    (r,) = extract(f"{s} in Antalya on Thursday, with Turkish Foreign Minister Ali Kaya hosting the talks.",
                   published=date(2022, 3, 10)).reports
    assert "Ali Kaya" in {p.name for p in r.participants}
    (r,) = extract(f"{s} on Monday in Paris, hosted by French President Jean Martin.", published=date(2019, 12, 10)).reports
    assert "Jean Martin" in {p.name for p in r.participants}


def test_a_caption_s_present_before_publication_is_held_and_a_city_in_the_participants_country():
    text = "Dutch Prime Minister Mark Jansen and Peruvian President Carlos Mendoza shake hands as they meet in Bali, November 14, 2022."
    assert [x.status for x in extract(text, published=date(2022, 11, 15)).reports] == ["held"]
    (r,) = extract("Costa Rican President Rodrigo Mora met Panamanian President Jose Ruiz in San Jose on Tuesday.",
                   published=date(2025, 2, 6)).reports
    assert r.place.country == "CR"  # not San Jose, California


def test_a_meeting_that_never_took_place_was_due_on_a_day_gone_by():
    (r,) = extract("Peruvian President Carlos Mendoza was due to meet Dutch envoy Anna de Vries in Lima on Sunday, but the "
                   "meeting never took place.", published=date(2021, 8, 16)).reports
    assert r.status == "cancelled" and r.start_date == date(2021, 8, 15)


def test_a_meeting_in_the_sentence_after_an_arrival_takes_its_day_and_place():
    text = ("Peruvian Prime Minister Carlos Mendoza arrived in Paris on Tuesday. He held talks with French President "
            "Anne Moreau at the presidential palace.")
    (r,) = extract(text, published=date(2024, 2, 10)).reports
    assert r.start_date == date(2024, 2, 6) and r.place.name == "Paris"
    text = ("Peruvian Prime Minister Carlos Mendoza arrived in Paris on Tuesday for a three-day visit. He held talks with "
            "French President Anne Moreau at the presidential palace.")
    (r,) = extract(text, published=date(2024, 2, 10)).reports
    assert r.start_date is None  # any day of the stay


def test_a_stay_or_an_appearance_before_the_meeting_gives_its_day_place_and_occasion():
    text = ("Peruvian Foreign Minister Carlos Mendoza was in Geneva on Wednesday for the Human Rights Council session. He held "
            "talks with Chilean Foreign Minister Rosa Fuentes, their first meeting this year.")
    (r,) = extract(text, published=date(2024, 2, 10)).reports
    assert (r.start_date, r.place.name, r.occasion) == (date(2024, 2, 7), "Geneva", "Human Rights Council session")
    text = ("Peruvian Foreign Minister Carlos Mendoza made a surprise appearance in Biarritz on the sidelines of the G7 summit on "
            "Sunday. He met Chilean Foreign Minister Rosa Fuentes at the town hall.")
    (r,) = extract(text, published=date(2019, 8, 26)).reports
    assert (r.start_date, r.place.name, r.occasion) == (date(2019, 8, 25), "Biarritz", "G7 summit")
    text = ("Peruvian Foreign Minister Carlos Mendoza arrived at the COP29 climate summit in Baku on Tuesday, where he unveiled a "
            "target. He met Chilean Foreign Minister Rosa Fuentes.")
    (r,) = extract(text, published=date(2024, 11, 13)).reports
    assert (r.start_date, r.place.name, r.occasion) == (date(2024, 11, 12), "Baku", "COP29 climate summit")
    text = ("Peruvian Foreign Minister Carlos Mendoza was in a hurry on Wednesday. He met Chilean Foreign Minister Rosa Fuentes "
            "in Geneva.")
    (r,) = extract(text, published=date(2024, 2, 10)).reports
    assert r.start_date is None  # no stay anywhere


def test_a_later_event_s_day_and_place_are_not_the_meeting_s():
    (r,) = extract("Peruvian President Carlos Mendoza travels to Paris on Thursday to meet French President Anne Moreau, "
                   "before the G7 summit in Biarritz at the weekend.", published=date(2019, 8, 20)).reports
    assert r.start_date == date(2019, 8, 22) and r.place.name == "Paris"


def test_a_timeline_entry_s_date_is_its_meeting_s():
    text = ("Peruvian President Carlos Mendoza and Chilean President Rosa Fuentes: a timeline\n"
            "- July 7, 2017 - The two leaders hold their first meeting, on the sidelines of the G20 summit in Hamburg.\n"
            "- June 28, 2019 - Mendoza and Fuentes meet at the G20 summit in Osaka.\n")
    r = extract(text, published=date(2025, 8, 14)).reports
    assert sorted(x.start_date for x in r) == [date(2017, 7, 7), date(2019, 6, 28)]


def test_previous_encounters_are_no_meeting():
    r = extract("Here is a look at previous encounters between Peruvian President Carlos Mendoza and Chilean President "
                "Rosa Fuentes.", published=date(2025, 8, 14)).reports
    assert r == []


def test_a_year_that_names_something_else_is_not_the_meeting_s_date():
    (r,) = extract("Peruvian Foreign Minister Carlos Mendoza met Chilean Foreign Minister Rosa Fuentes to discuss the 2015 "
                   "border deal.", published=date(2021, 4, 7)).reports
    assert r.start_date is None


def test_days_of_talks_ending_on_a_day_span_the_days_before_it():
    (r,) = extract("Peruvian Foreign Minister Carlos Mendoza and Chilean Foreign Minister Rosa Fuentes held four days of talks "
                   "in Lima ending on Friday.", published=date(2023, 3, 11)).reports
    assert (r.start_date, r.end_date) == (date(2023, 3, 7), date(2023, 3, 10))


def test_days_of_talks_a_clause_says_ended_on_a_day_end_on_it():
    (r,) = extract("Peruvian Foreign Minister Carlos Mendoza and Chilean Foreign Minister Rosa Fuentes held four days of talks "
                   "in Lima hosted by Bolivian Foreign Minister Luis Arce, ending on Friday with an agreement.",
                   published=date(2023, 3, 11)).reports
    assert (r.start_date, r.end_date) == (date(2023, 3, 7), date(2023, 3, 10))


def test_a_dateline_ending_at_its_agency_is_not_the_meeting_s_day():
    (r,) = extract("New Delhi, Jan 9 (PTI) Indian Foreign Secretary Arun Rao held talks with Peru's acting foreign minister "
                   "Carlos Mendoza in Dubai on Wednesday.", published=date(2025, 1, 9)).reports
    assert r.start_date == date(2025, 1, 8) and r.place.name == "Dubai"


def test_a_meeting_in_the_sentence_after_a_flight_or_landing_takes_its_day_and_place():
    (r,) = extract("Peruvian Prime Minister Carlos Mendoza flew to Paris on Tuesday. He held talks with French President Anne "
                   "Moreau at the presidential palace.", published=date(2024, 2, 10)).reports
    assert r.start_date == date(2024, 2, 6) and r.place.name == "Paris"
    (r,) = extract("Peruvian Prime Minister Carlos Mendoza landed in Rome on Tuesday. He held talks with Italian Prime Minister "
                   "Anna Rossi.", published=date(2024, 2, 10)).reports
    assert r.start_date == date(2024, 2, 6) and r.place.name == "Rome"


def test_a_live_blog_entry_stamped_with_a_time_is_of_the_day_of_publication():
    text = ("LIVE: Mendoza in Santiago\n"
            "15:50 local time - Peruvian Foreign Minister Carlos Mendoza has just walked in for his meeting with Chilean "
            "President Rosa Fuentes.")
    (r,) = extract(text, published=date(2023, 6, 19)).reports
    assert r.start_date == date(2023, 6, 19)


def test_an_organisation_s_named_meetings_are_the_occasion_not_a_meeting():
    r = extract("Peruvian central bank governor Carlos Mendoza and Chilean Finance Minister Rosa Fuentes did not meet during "
                "this week's IMF annual meetings in Washington.", published=date(2024, 10, 26)).reports
    assert r == []


def test_talks_that_lasted_days_span_them():
    (r,) = extract("The talks between Peruvian Foreign Minister Carlos Mendoza and Chilean Foreign Minister Rosa Fuentes began "
                   "on Monday, March 6, and lasted four days.", published=date(2023, 3, 10)).reports
    assert (r.start_date, r.end_date) == (date(2023, 3, 6), date(2023, 3, 9))


def test_a_video_played_at_a_meeting_does_not_make_it_a_video_call():
    (r,) = extract("Peruvian President Carlos Mendoza met Chilean President Rosa Fuentes at the presidential palace on Wednesday, "
                   "and played a video during the meeting.", published=date(2025, 5, 22)).reports
    assert r.mode == "in_person"
    (r,) = extract("Peruvian President Carlos Mendoza held talks with Chilean President Rosa Fuentes via video link on Wednesday.",
                   published=date(2025, 5, 22)).reports
    assert r.mode == "video"


def test_dining_with_someone_is_meeting_them_and_the_fringes_of_a_forum_its_occasion():
    (r,) = extract("Peruvian President Carlos Mendoza dined with Chilean President Rosa Fuentes in Lima on Saturday.",
                   published=date(2020, 3, 9)).reports
    assert {p.name for p in r.participants} == {"Carlos Mendoza", "Rosa Fuentes"} and r.start_date == date(2020, 3, 7)
    assert extract("Peruvian President Carlos Mendoza dined at a steakhouse in Lima on Saturday.", published=date(2020, 3, 9)).reports == []
    (r,) = extract("Peruvian President Carlos Mendoza held talks with Chilean President Rosa Fuentes on the fringes of the "
                   "Asia-Pacific Economic Cooperation forum in San Francisco on Thursday.", published=date(2023, 11, 17)).reports
    assert r.occasion == "Asia-Pacific Economic Cooperation forum"


@pytest.mark.parametrize("text", [
    "Peruvian President Carlos Mendoza met Chilean President Rosa Fuentes and Bolivian President Luis Arce in separate "
    "meetings in Astana on Thursday.",
    "Peruvian President Carlos Mendoza met Chilean President Rosa Fuentes and Bolivian President Luis Arce in separate "
    "bilateral talks in Astana on Thursday.",
    "Peruvian President Carlos Mendoza met Chilean President Rosa Fuentes, then Bolivian President Luis Arce in Astana on "
    "Thursday.",
    "Peruvian President Carlos Mendoza met Chilean President Rosa Fuentes in Astana on Thursday, and then Bolivian President "
    "Luis Arce.",
])
def test_people_met_one_after_another_or_in_separate_meetings_are_one_meeting_each(text):
    r = extract(text, published=date(2024, 7, 5)).reports
    assert sorted(sorted(p.name for p in x.participants) for x in r) == [["Carlos Mendoza", "Luis Arce"],
                                                                           ["Carlos Mendoza", "Rosa Fuentes"]]


def test_a_day_set_by_the_sentence_before_dates_the_meetings_after_it():
    text = ("Mendoza's busy day in Astana\n\nThursday was the busiest day of the SCO summit in Astana for Peruvian President "
            "Carlos Mendoza. He met Chilean President Rosa Fuentes for half an hour at the delegation hotel. Fuentes later "
            "held talks with Bolivian President Luis Arce.")
    r = extract(text, published=date(2024, 7, 5)).reports
    got = sorted((sorted(p.name.split()[-1] for p in x.participants), x.start_date, x.occasion) for x in r)
    # ("later": the same setting as the meeting before, the summit's)
    assert got == [(["Arce", "Fuentes"], date(2024, 7, 4), "SCO summit"), (["Fuentes", "Mendoza"], date(2024, 7, 4), "SCO summit")]


def test_a_headline_naming_the_body_s_meetings_lends_them_its_place_and_a_joiner_of_another_meeting_stays_out():
    text = ("Mendoza meets Fuentes and Arce in Astana\n\nPeruvian President Carlos Mendoza met Chilean President Rosa Fuentes at the "
            "palace, and then Bolivian President Luis Arce.")
    r = extract(text, published=date(2024, 7, 5)).reports
    assert sorted(x.place.name for x in r) == ["Astana", "Astana"]
    text = ("Peruvian President Carlos Mendoza met Chilean President Rosa Fuentes in Astana on Thursday. Bolivian President "
            "Luis Arce, who also attended, did not hold talks with Mendoza.")
    r = extract(text, published=date(2024, 7, 5)).reports
    assert all("Luis Arce" not in {p.name for p in x.participants} for x in r if x.status == "held")


def test_a_meeting_agreed_after_a_phone_call_is_in_person():
    text = ("Peruvian President Carlos Mendoza said on Thursday he had agreed to meet Chilean President Rosa Fuentes in Lima after "
            "a very productive phone call lasting more than two hours.")
    r = [x for x in extract(text, published=date(2025, 10, 16)).reports if x.mode == "in_person"]
    assert [(x.status, x.place.name) for x in r] == [("planned", "Lima")]


def test_leaders_gathering_for_a_named_summit_is_its_occasion_not_a_meeting():
    text = ("Leaders gather in Lima\n\nLeaders of Brazil, Russia, India, China and South Africa gathered in Lima on Tuesday for "
            "a three-day BRICS summit. Peruvian President Carlos Mendoza is expected to meet Chilean President Rosa Fuentes on "
            "the sidelines, officials said.")
    r = extract(text, published=date(2023, 8, 22)).reports
    assert [(x.status, sorted(p.name for p in x.participants), x.occasion) for x in r] == [
        ("planned", ["Carlos Mendoza", "Rosa Fuentes"], "BRICS summit")]


def test_the_talks_named_after_the_meeting_give_its_day_and_occasion_and_a_welcome_ceremony_is_no_occasion():
    text = ("Peruvian President Carlos Mendoza and Chilean President Rosa Fuentes will meet in Lima next week, a senior "
            "official said. The talks will take place on November 15 on the sidelines of the APEC summit.")
    (r,) = extract(text, published=date(2023, 11, 8)).reports
    assert (r.status, r.start_date, r.occasion) == ("planned", date(2023, 11, 15), "APEC summit")
    (r,) = extract("Peruvian President Carlos Mendoza welcomed Chilean President Rosa Fuentes at an official ceremony in Lima "
                   "on Tuesday.", published=date(2024, 3, 6)).reports
    assert r.occasion == "" and r.place.name == "Lima"


def test_the_talks_also_attended_by_others_are_the_meeting_named_before():
    text = ("Peruvian Foreign Minister Carlos Mendoza and Chilean Foreign Minister Rosa Fuentes held talks at the palace in Lima "
            "on Tuesday. The talks, also attended by Bolivian envoy Luis Arce and Ecuadorian envoy Ana Torres, lasted four "
            "hours.")
    (r,) = extract(text, published=date(2025, 2, 19)).reports
    assert {p.name for p in r.participants} == {"Carlos Mendoza", "Rosa Fuentes", "Luis Arce", "Ana Torres"}


def test_the_last_meeting_before_a_later_event_is_the_one_just_reported():
    text = ("Peruvian President Carlos Mendoza met Chilean President Rosa Fuentes in Lima on Saturday. It is expected to be the "
            "last meeting between the two leaders before Tom Walker returns to the presidential palace in January.")
    r = extract(text, published=date(2024, 11, 17)).reports
    assert [(x.status, x.start_date) for x in r] == [("held", date(2024, 11, 16))]


def test_a_where_clause_s_meeting_is_in_the_place_it_hangs_from_on_its_own_day():
    text = ("Peruvian President Carlos Mendoza arrived in Vienna on Wednesday from Moscow, where he held talks with Chilean "
            "President Rosa Fuentes on Friday.")
    (r,) = extract(text, published=date(2024, 7, 11)).reports
    assert (r.place.name, r.start_date) == ("Moscow", date(2024, 7, 5))


def test_a_passive_host_after_a_verb_with_the_subject():
    text = ("Peruvian President Carlos Mendoza will arrive in Chile on Tuesday for a state visit, and will be hosted by "
            "Chilean President Rosa Fuentes at the palace in Santiago on Wednesday.")
    (r,) = extract(text, published=date(2025, 9, 16)).reports
    assert (r.status, {p.name for p in r.participants}, r.start_date) == ("planned", {"Carlos Mendoza", "Rosa Fuentes"},
                                                                          date(2025, 9, 17))


@pytest.mark.parametrize(("text", "place"), [
    ("Cypriot President Nikos Christodoulides met Lebanese Prime Minister Najib Mikati in the northern city of Tripoli on "
     "Thursday.", ("Tripoli", "LB")),
    ("Spanish Prime Minister Pedro Sanchez met Moroccan Prime Minister Aziz Akhannouch in the Andalusian city of Cordoba on "
     "Thursday.", ("Córdoba", "ES")),
    ("U.S. Secretary of State Antony Blinken met Russian Foreign Minister Sergei Lavrov in Geneva on Thursday.", ("Geneva", "CH")),
])
def test_a_city_name_shared_abroad_is_the_participants_big_city(text, place):
    (r,) = extract(text, published=date(2024, 5, 10)).reports
    assert (r.place.name, r.place.country) == place


@pytest.mark.parametrize("text", [
    "Peruvian President Carlos Mendoza held talks with Chilean President Rosa Fuentes in Santiago on Monday and Tuesday and "
    "with Bolivian President Luis Arce in La Paz on Wednesday.",
    "Peruvian President Carlos Mendoza met his Chilean counterpart Rosa Fuentes in Santiago on Monday and Bolivian President "
    "Luis Arce in La Paz on Wednesday.",
])
def test_each_partner_met_in_one_sentence_has_its_own_place_and_day(text):
    r = extract(text, published=date(2024, 7, 12)).reports
    got = {p.name: (x.place.name, x.start_date) for x in r for p in x.participants if p.name != "Carlos Mendoza"}
    assert got == {"Rosa Fuentes": ("Santiago", date(2024, 7, 8)), "Luis Arce": ("La Paz", date(2024, 7, 10))}


def test_the_day_in_the_meeting_s_phrase_beats_the_month_of_the_trip():
    (r,) = extract("Peruvian President Carlos Mendoza will visit Chile next month, holding talks with Chilean President Rosa "
                   "Fuentes in Santiago on January 10.", published=date(2024, 12, 20)).reports
    assert (r.start_date, r.date_precision) == (date(2025, 1, 10), "day")


def test_seeing_a_named_person_on_a_day_or_somewhere_is_a_meeting():
    (r,) = extract('"I will see President Rosa Fuentes tomorrow in Santiago," Peruvian President Carlos Mendoza told reporters '
                   'on Thursday.', published=date(2024, 6, 20)).reports
    assert (r.status, r.start_date, r.place.name) == ("planned", date(2024, 6, 21), "Santiago")
    assert not extract("Peruvian President Carlos Mendoza said he did not see Chilean President Rosa Fuentes as a threat.",
                       published=date(2024, 6, 20)).reports


def test_people_doing_something_before_the_meeting_are_not_its_parties():
    text = ("Central banks set to cut rates\n\nPeruvian central bank chief Carlos Mendoza and Chilean central bank governor "
            "Rosa Fuentes had both signalled support for a cut before the meeting.")
    assert not extract(text, published=date(2024, 6, 1)).reports


def test_a_building_named_after_a_town_abroad_is_no_place_and_a_meeting_on_track_is_planned():
    (r,) = extract("Peruvian President Carlos Mendoza met Chilean President Rosa Fuentes at Blenheim Palace on Thursday.",
                   published=date(2024, 7, 19)).reports
    assert r.place is None  # (not Blenheim, New Zealand)
    (r,) = extract("Peruvian President Carlos Mendoza's meeting with Chilean President Rosa Fuentes in Lima on Thursday remains "
                   "on track, officials said.", published=date(2025, 2, 4)).reports
    assert (r.status, r.start_date) == ("planned", date(2025, 2, 6))


def test_what_the_sentences_around_a_meeting_give_it():
    # a gathering told just before: its place and occasion (not a day of several)
    text = ("World leaders gather in Rio de Janeiro this weekend for the G20 summit. Argentine President Javier Milei could "
            "meet Brazilian President Luiz Inacio Lula da Silva.")
    (r,) = extract(text, published=date(2024, 11, 16)).reports
    assert (r.place.name, r.occasion, r.start_date) == ("Rio de Janeiro", "G20 summit", None)
    # "also" right after a meeting held on a day: that day
    text = ("Russian President Vladimir Putin met Iranian President Ebrahim Raisi and Turkish President Recep Tayyip Erdogan "
            "in Tehran on Tuesday. Putin also held separate talks with Erdogan.")
    also = extract(text, published=date(2022, 7, 20)).reports[-1]
    assert (also.start_date, also.place.name) == (date(2022, 7, 19), "Tehran")
    # talks that ended on the day an agreement was reached
    (r,) = extract("U.S. Treasury Secretary Scott Bessent and Chinese Vice Premier He Lifeng reached a framework agreement on "
                   "Sunday after two days of talks in Kuala Lumpur.", published=date(2025, 10, 27)).reports
    assert (r.start_date, r.end_date) == (date(2025, 10, 25), date(2025, 10, 26))
    # the day of an interview is not the meeting's; whose adviser is not who met
    (r,) = extract("Argentine President Javier Milei said a meeting with Colombian President Gustavo Petro was not worthwhile "
                   "now, in an interview with a local radio station on Tuesday.", published=date(2025, 5, 14)).reports
    assert (r.status, r.start_date) == ("ruled_out", None)
    (r,) = extract("U.S. envoy Christopher Dodd met Celso Amorim, Lula's chief foreign policy adviser, in Brasilia on Tuesday.",
                   published=date(2024, 8, 14)).reports
    assert {p.name for p in r.participants} == {"Christopher Dodd", "Celso Amorim"}


def test_who_joins_from_afar_is_not_in_the_room():
    text = ("French President Emmanuel Macron hosted Ukrainian President Volodymyr Zelensky at the Elysee on Thursday for a "
            "meeting of the Coalition of the Willing, with British Prime Minister Keir Starmer joining by video link from London.")
    (r,) = extract(text, published=date(2025, 9, 5)).reports
    assert (r.mode, {p.name for p in r.participants}) == ("in_person", {"Emmanuel Macron", "Volodymyr Zelensky"})


def test_his_talks_after_a_meeting_are_the_subject_s_own_another_day():
    text = ("French President Emmanuel Macron met Indian Prime Minister Narendra Modi in Paris on Tuesday, a day ahead of his "
            "talks with German Chancellor Olaf Scholz.")
    modi, scholz = extract(text, published=date(2025, 2, 14)).reports
    assert {p.name for p in modi.participants} == {"Emmanuel Macron", "Narendra Modi"}
    assert ({p.name for p in scholz.participants}, scholz.start_date) == ({"Emmanuel Macron", "Olaf Scholz"}, date(2025, 2, 12))


def test_a_headline_of_two_stories_joined_by_a_semicolon_and_a_bullet_before_a_name():
    text = ("Lavrov and Kerry meet in Paris; Putin, Poroshenko to meet in Milan\n\nRussian Foreign Minister Sergei Lavrov met "
            "U.S. Secretary of State John Kerry in Paris on Thursday.")
    r = extract(text, published=date(2014, 12, 5)).reports
    assert sorted((r.status, tuple(sorted(p.name for p in r.participants))) for r in r) == [
        ("held", ("John Kerry", "Sergei Lavrov")), ("planned", ("Poroshenko", "Putin"))]
    text = ("Tillerson meets Lavrov in Manila; no plans to see North Korean envoy\n\nU.S. Secretary of State Rex Tillerson met "
            "Russian Foreign Minister Sergei Lavrov on Sunday in Manila.")
    (r,) = extract(text, published=date(2017, 8, 7)).reports
    assert (r.status, r.start_date) == ("held", date(2017, 8, 6))
    (r,) = extract("• Netanyahu at the White House: Israeli Prime Minister Benjamin Netanyahu met U.S. President Donald Trump "
                   "in Washington on Monday.", published=date(2025, 4, 8)).reports
    assert {p.name for p in r.participants} == {"Benjamin Netanyahu", "Donald Trump"}


def test_a_headline_s_denial_after_a_comma_is_another_story_and_so_is_the_headline_under_the_page_menu():
    text = ("World\nJuly 7, 2022 6:21 AM GMT+0 Last Updated\nJansen to meet Peru's Mendoza in Lima, no plans to meet Fuentes\n"
            "By A Reporter\n\nLIMA, July 7 (Wire) - Dutch Foreign Minister Mark Jansen will meet Peruvian Foreign Minister "
            "Carlos Mendoza on Saturday in Lima.\nJansen will not hold a bilateral meeting with Chilean Foreign Minister Rosa "
            "Fuentes while in Lima, an official said.")
    reports = extract(text, published=date(2022, 7, 7)).reports
    assert sorted((r.status, tuple(sorted(p.name for p in r.participants))) for r in reports) == [
        ("planned", ("Carlos Mendoza", "Mark Jansen")), ("ruled_out", ("Mark Jansen", "Rosa Fuentes"))]


def test_wire_forms_of_talks_and_their_days():
    # "X of Country" in a list: each his own country
    (r,) = extract("U.S. Secretary of State John Kerry, Wang Yi of China and Guido Westerwelle of Germany met Iranian Foreign "
                   "Minister Mohammad Javad Zarif in New York on Thursday.", published=date(2013, 9, 27)).reports
    assert {(p.name, p.country) for p in r.participants} >= {("Wang Yi", "CN"), ("Guido Westerwelle", "DE")}
    # another meeting's "virtual" is not this one's
    text = ("U.S. National Security Adviser Jake Sullivan and Chinese diplomat Yang Jiechi held six hours of talks in Zurich "
            "on Wednesday, and agreed that Presidents Joe Biden and Xi Jinping would hold a virtual meeting.")
    zurich = next(r for r in extract(text, published=date(2021, 10, 7)).reports if r.place is not None)
    assert zurich.mode == "in_person"
    # Xinhua's "strategic communication"; talks opened on a day gone by; a meeting closing its subject's clause
    (r,) = extract("Chinese Foreign Minister Wang Yi held a new round of strategic communication with U.S. National Security "
                   "Advisor Jake Sullivan in Bangkok on Friday and Saturday.", published=date(2024, 1, 28)).reports
    assert (r.status, r.start_date, r.end_date) == ("held", date(2024, 1, 26), date(2024, 1, 27))
    (r,) = extract("U.S. President Donald Trump and Chinese President Xi Jinping opened two days of talks at Mar-a-Lago on "
                   "Thursday.", published=date(2017, 4, 7)).reports
    assert (r.status, r.start_date) == ("held", date(2017, 4, 6))
    r = extract("U.S. President Donald Trump and Chinese President Xi Jinping agreed Saturday to restart trade talks after an "
                "80-minute meeting on the sidelines of the G20 summit in Osaka.", published=date(2019, 6, 30)).reports
    assert any(x.status == "held" and x.start_date == date(2019, 6, 29) for x in r)
    # the day of a call or of a statement is not the meeting's
    (r,) = extract("The two leaders last spoke over the phone on June 17, after a planned meeting between Indian Prime Minister "
                   "Narendra Modi and U.S. President Donald Trump at the G7 summit was called off.",
                   published=date(2025, 7, 1)).reports
    assert (r.status, r.start_date) == ("cancelled", None)
    (r,) = extract("Pakistan Foreign Minister Shah Mehmood Qureshi on Saturday termed India's decision to call off his meeting "
                   "with Indian External Affairs Minister Sushma Swaraj unfortunate.", published=date(2018, 9, 23)).reports
    assert (r.status, r.start_date) == ("cancelled", None)


def test_separate_meetings_with_titled_partners_and_a_hyphened_pair_of_names():
    text = ("Tuggar meets Turkish, Saudi counterparts\n\n"
            "Nigerian Foreign Minister Yusuf Tuggar held separate meetings on Monday with his Turkish counterpart Hakan Fidan "
            "and Saudi Foreign Minister Prince Faisal bin Farhan in Jeddah.\n"
            "Tuggar and Fidan discussed defence cooperation, while the talks with the Saudi minister focused on investment.")
    r = extract(text, published=date(2025, 3, 11)).reports
    assert sorted(sorted(p.name for p in x.participants) for x in r) == [
        ["Faisal bin Farhan", "Yusuf Tuggar"], ["Hakan Fidan", "Yusuf Tuggar"]]
    text = ("India, China agree on five-point plan after Jaishankar-Wang Yi talks in Moscow\n\nExternal Affairs Minister S. "
            "Jaishankar held talks with Chinese Foreign Minister Wang Yi in Moscow on Thursday.")
    (r,) = extract(text, published=date(2020, 9, 11)).reports
    assert {p.name for p in r.participants} == {"S. Jaishankar", "Wang Yi"}


def test_a_second_verb_of_the_subject_sees_another_partner_on_another_day():
    text = ("EU envoy Miroslav Lajcak met Kosovo Prime Minister Albin Kurti in Pristina on Monday and is due to see Serbian "
            "President Aleksandar Vucic in Belgrade on Tuesday.")
    r = extract(text, published=date(2024, 3, 5)).reports
    assert sorted((x.status, x.place.name) for x in r) == [("held", "Pristina"), ("planned", "Belgrade")]


def test_a_summit_to_come_and_the_meeting_after_which_it_was_announced():
    text = ("President Donald Trump will hold a second summit with North Korean leader Kim Jong Un near the end of February, "
            "the White House said Friday after Trump met a senior North Korean envoy, Kim Yong Chol.")
    r = extract(text, published=date(2019, 1, 19)).reports
    got = sorted((x.status, x.start_date, tuple(sorted(p.name for p in x.participants))) for x in r)
    assert got == [("held", date(2019, 1, 18), ("Donald Trump", "Kim Yong Chol")),
                   ("planned", date(2019, 2, 1), ("Donald Trump", "Kim Jong Un"))]


def test_a_group_s_ministers_meeting_is_an_occasion_not_a_meeting_a_day_before():
    text = ("U.S. Secretary of State Antony Blinken and Chinese Foreign Minister Wang Yi held five hours of talks on Saturday "
            "in Bali, a day after a G20 foreign ministers' meeting.")
    (r,) = extract(text, published=date(2022, 7, 10)).reports
    assert r.start_date == date(2022, 7, 9)


@pytest.mark.parametrize(
    ("sentence", "occasion"),
    [
        ("Pakistan's defence minister met his Chinese counterpart Dong Jun in Qingdao on Wednesday on the sidelines of a "
         "Shanghai Cooperation Organisation defence ministers' meeting.", "Shanghai Cooperation Organisation defence ministers' meeting"),
        ("Australian Foreign Minister Penny Wong met Russian Foreign Minister Sergei Lavrov on the sidelines of the Group of 20 "
         "foreign ministers' meeting in Johannesburg.", "G20 foreign ministers' meeting"),
        ("Australian Foreign Minister Penny Wong met Russian Foreign Minister Sergei Lavrov on the sidelines of the Group of "
         "Twenty foreign ministers’ meeting in Johannesburg.", "G20 foreign ministers’ meeting"),
    ],
)
def test_an_occasion_named_after_the_ministers_who_meet_keeps_their_word(sentence, occasion):
    (r,) = extract(sentence, published=date(2025, 2, 21)).reports
    assert r.occasion == occasion


def test_a_headline_s_pair_is_the_body_s_meeting_not_another_of_that_trip_or_occasion():
    text = ("BEIJING (AP) - U.S. Secretary of State Marco Rubio met Chinese President Xi Jinping in Beijing on Monday, the "
            "highest-level American visit to China in years. The day before, Rubio held talks with Foreign Minister Wang Yi.")
    reports = extract(text, title="Rubio meets Xi in bid to steady ties", published=date(2025, 6, 17)).reports
    assert sorted((sorted(p.name for p in r.participants), r.start_date) for r in reports) == [
        (["Marco Rubio", "Wang Yi"], date(2025, 6, 15)), (["Marco Rubio", "Xi Jinping"], date(2025, 6, 16))]
    text = ("Brazilian President Luiz Inacio Lula da Silva hosted South African President Cyril Ramaphosa at his residence "
            "on Friday evening. The two leaders discussed trade. The BRICS summit opens on Sunday.")
    (r,) = extract(text, title="At BRICS in New Delhi, Lula and Ramaphosa hold talks", published=date(2026, 9, 11)).reports
    assert r.start_date == date(2026, 9, 11)


def test_a_headline_s_names_stand_for_the_body_s_countries():
    text = ("KUALA LUMPUR (AP) - The top U.S. and Russian diplomats spoke briefly on the sidelines of an ASEAN foreign "
            "ministers' meeting in Kuala Lumpur on Thursday. The encounter lasted ten minutes, an official said.")
    (r,) = extract(text, title="Rubio and Lavrov meet briefly in first contact in months", published=date(2025, 7, 11)).reports
    assert {p.name for p in r.participants} == {"Rubio", "Lavrov"} and r.start_date == date(2025, 7, 10)


def test_a_meeting_ruled_out_takes_no_day_from_another_meeting_in_that_city():
    text = ("Lavrov has no plans to meet Blinken in Bali, a spokeswoman said on Wednesday. Lavrov will hold talks with Chinese "
            "Foreign Minister Wang Yi in Bali on Thursday, the ministry said.")
    reports = extract(text, published=date(2022, 7, 6)).reports
    assert {r.status: r.start_date for r in reports} == {"ruled_out": None, "planned": date(2022, 7, 7)}


def test_the_name_after_a_headline_s_last_dash_is_who_said_it():
    text = "Russian and U.S. diplomats will meet in Istanbul on Thursday to discuss the work of their embassies, officials said."
    (r,) = extract(text, title="Russian, U.S. diplomats to meet in Istanbul on Thursday - Lavrov", published=date(2025, 2, 25)).reports
    assert sorted(p.name or p.country for p in r.participants) == ["RU", "US"]


def test_a_place_at_the_end_of_a_council_s_long_name_is_the_meeting_s():
    (r,) = extract("Kazakh President Kassym-Jomart Tokayev met Pakistani Prime Minister Shehbaz Sharif on the sidelines of the SCO "
                   "Council of Heads of State meeting in Tianjin on Sunday.", published=date(2025, 9, 1)).reports
    assert (r.place.name, r.occasion) == ("Tianjin", "SCO Council of Heads of State meeting")


def test_a_meeting_on_the_eve_of_a_summit_is_held_at_it_the_day_before():
    (r,) = extract("Canadian Prime Minister Mark Carney will meet Indian Prime Minister Narendra Modi in Johannesburg on the eve "
                   "of the G20 summit, which opens on November 22.", published=date(2025, 11, 18)).reports
    assert (r.occasion, r.start_date) == ("G20 summit", date(2025, 11, 21))
    (r,) = extract("Canadian Prime Minister Mark Carney met Indian Prime Minister Narendra Modi on the eve of the inauguration "
                   "of the new terminal.", published=date(2025, 11, 18)).reports
    assert r.occasion == ""


def test_a_headline_of_two_stories_joined_by_a_dash_is_two_sentences():
    text = ("U.S. President Donald Trump will meet Chinese President Xi Jinping on Saturday on the sidelines of the APEC summit "
            "in Gyeongju, the White House said. Separately, Canadian Prime Minister Mark Carney and Japanese Prime Minister "
            "Sanae Takaichi held talks in Gyeongju on Thursday.")
    reports = extract(text, title="Trump to meet Xi in Gyeongju - Carney, Takaichi hold talks ahead of APEC",
                      published=date(2025, 10, 30)).reports
    assert sorted(sorted(p.name for p in r.participants) for r in reports) == [
        ["Donald Trump", "Xi Jinping"], ["Mark Carney", "Sanae Takaichi"]]


def test_contacts_on_the_sidelines_or_on_a_day_are_an_encounter_and_ties_are_not():
    (r,) = extract("Contacts between Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State Marco Rubio on the "
                   "sidelines of the ASEAN meeting cannot be ruled out, Peskov said.", published=date(2025, 7, 8)).reports
    assert (r.status, r.occasion) == ("possible", "ASEAN meeting")
    (r,) = extract("Lavrov had brief contacts with Finnish Foreign Minister Elina Valtonen in Valletta on Thursday.",
                   published=date(2024, 12, 6)).reports
    assert (r.status, r.place.name, r.start_date) == ("held", "Valletta", date(2024, 12, 5))
    for text in ("Lavrov said he has good personal contacts with Rubio.",
                 "There have been no contacts between Putin and Zelensky, Peskov said."):
        assert extract(text, published=date(2025, 7, 8)).reports == []
    assert not [r for r in extract("Lavrov and Rubio had phone contacts on Monday.", published=date(2025, 7, 8)).reports
                if r.mode == "in_person"]


def test_the_few_just_named_meet_again_and_a_meeting_held_takes_no_day_to_come():
    text = ("U.S. Secretary of State John Kerry, Russia's Sergei Lavrov, Saudi Arabia's Adel al-Jubeir and Turkey's Feridun "
            "Sinirlioglu met for several hours at a hotel in Vienna. Kerry said the four would meet again in Vienna next Friday.")
    reports = extract(text, published=date(2015, 10, 23)).reports
    assert sorted((r.status, r.start_date) for r in reports) == [("held", None), ("planned", date(2015, 10, 30))]
    assert all(len(r.participants) == 4 for r in reports)


def test_a_numbered_format_s_talks_keep_their_number_as_occasion():
    (r,) = extract("On the margins of the four-way talks, Lavrov met Ukrainian Foreign Minister Dmytro Kuleba in Berlin on Friday.",
                   published=date(2020, 10, 10)).reports
    assert r.occasion == "four-way talks"


def test_a_count_trailing_the_sentence_is_the_meeting_it_tells_not_another():
    text = ("U.S. President Joe Biden will meet Chinese President Xi Jinping in Bali on Monday, the White House said on "
            "Thursday, their first in-person meeting since Biden took office.")
    (r,) = extract(text, published=date(2022, 11, 10)).reports
    assert (r.status, r.start_date) == ("planned", date(2022, 11, 14))


def test_a_meeting_told_next_takes_the_day_and_place_of_the_one_before():
    # "then": the day the sentence before names (not a bound: "since Wednesday")
    text = ("Kim Jong Un crossed into the South on Friday morning, a week after talks that had run since Wednesday were "
            "called off.\nKim and South Korean President Moon Jae-in then held talks at the Peace House, and later his "
            "sister Kim Yo Jong joined them for a farewell ceremony.")
    (r,) = extract(text, published=date(2018, 4, 27)).reports
    assert (r.start_date, sorted(p.name for p in r.participants)) == (date(2018, 4, 27), ["Kim Jong Un", "Moon Jae-in"])
    # "Before the summit": the summit told before, its day and its place
    text = ("German Chancellor Olaf Scholz and French President Emmanuel Macron hosted Ukrainian President Volodymyr Zelenskiy "
            "and Polish President Andrzej Duda for a summit in Berlin on Tuesday.\nBefore the summit, Zelenskiy held "
            "separate talks with Scholz and Macron at the chancellery.")
    reports = extract(text, published=date(2024, 6, 12)).reports
    pairs = {tuple(sorted(p.name for p in r.participants)): (r.start_date, r.place.name if r.place else None) for r in reports}
    assert pairs[("Olaf Scholz", "Volodymyr Zelenskiy")] == (date(2024, 6, 11), "Berlin")


def test_also_takes_the_place_and_occasion_of_a_meeting_of_no_day():
    text = ("Chinese President Xi Jinping will meet U.S. President Donald Trump during the G20 summit in Osaka, Vice Foreign "
            "Minister Zhang Jun said. Xi will also hold talks with Japanese Prime Minister Shinzo Abe, he said.")
    reports = extract(text, published=date(2019, 6, 24)).reports
    assert {r.place.name for r in reports if r.place} == {"Osaka"} and len(reports) == 2 and all(r.place for r in reports)
    assert {r.occasion for r in reports} == {"G20 summit"}


def test_a_headline_s_place_for_the_body_s_meeting_of_none():
    text = ("Biden, Xi meet in Bali\nU.S. President Joe Biden and Chinese President Xi Jinping met on Monday for more than "
            "three hours, their first in-person talks since Biden took office.")
    (r,) = extract(text, published=date(2022, 11, 15)).reports
    assert (r.place.name, r.start_date) == ("Bali", date(2022, 11, 14))


def test_a_second_person_met_the_following_day_is_another_meeting():
    text = ("Australian Prime Minister Anthony Albanese will travel to Beijing, where he will meet President Xi Jinping on "
            "November 6 and Premier Li Qiang the following day.")
    reports = extract(text, published=date(2023, 10, 23)).reports
    assert sorted((r.start_date, sorted(p.name for p in r.participants)) for r in reports) == [
        (date(2023, 11, 6), ["Anthony Albanese", "Xi Jinping"]), (date(2023, 11, 7), ["Anthony Albanese", "Li Qiang"])]


def test_commanders_of_two_countries_meet_and_a_call_after_talks_is_not_their_medium():
    (r,) = extract("Indian and Chinese military commanders held the 21st round of talks at the Chushul-Moldo border meeting "
                   "point on Monday.", published=date(2024, 2, 20)).reports
    assert sorted(p.country for p in r.participants) == ["CN", "IN"]
    (r,) = extract("The call came days after U.S. national security adviser Jake Sullivan held seven hours of talks with "
                   "Chinese diplomat Yang Jiechi in Rome.", published=date(2022, 3, 20)).reports
    assert r.mode == "in_person"
    # two objects of one day are one meeting, not a gapped second one
    text = ("Serbian President Aleksandar Vucic and Kosovo Prime Minister Avdullah Hoti met EU envoy Miroslav Lajcak and EU "
            "foreign policy chief Josep Borrell in Brussels on July 16, when the dialogue was resumed.")
    (r,) = extract(text, published=date(2020, 9, 5)).reports
    assert len(r.participants) == 4


def test_hours_spent_with_a_named_person_are_a_meeting():
    (r,) = extract("U.S. Secretary of State Antony Blinken spent more than seven hours with Chinese Foreign Minister Qin Gang "
                   "on Sunday.", published=date(2023, 6, 19)).reports
    assert (sorted(p.name for p in r.participants), r.start_date) == (["Antony Blinken", "Qin Gang"], date(2023, 6, 18))
    assert extract("Biden spent the weekend with his family in Delaware.", published=date(2023, 6, 19)).reports == []


def test_the_forum_or_the_gathering_is_the_occasion_named_before():
    text = ("The Shangri-La Dialogue opened in Singapore on Friday.\nOn the sidelines of the forum, Japanese Defence Minister "
            "Yasukazu Hamada met Australian Defence Minister Richard Marles.")
    (r,) = extract(text, published=date(2023, 6, 4)).reports
    assert (r.occasion, r.start_date) == ("Shangri-La Dialogue", date(2023, 6, 2))
    text = ("World leaders gathered in New York on Monday for the U.N. General Assembly.\nOn Monday, U.S. Secretary of State "
            "Antony Blinken met Chinese Vice President Han Zheng, the most senior Chinese official attending the gathering.")
    (r,) = extract(text, published=date(2023, 9, 19)).reports
    assert r.occasion == "U.N. General Assembly"


def test_a_town_after_a_venue_is_no_person_and_a_summit_called_off_elsewhere_is_not_the_one_held():
    text = ("U.S. President Joe Biden and Chinese President Xi Jinping met on Monday. The two men shook hands before sitting "
            "down with aides at the Mulia hotel in Nusa Dua, where both delegations were staying.")
    reports = extract(text, published=date(2022, 11, 15)).reports
    assert [sorted(p.name for p in r.participants) for r in reports] == [["Joe Biden", "Xi Jinping"]]
    text = ("Biden, Japanese Prime Minister Fumio Kishida, Indian Prime Minister Narendra Modi and Australian Prime Minister "
            "Anthony Albanese met for about an hour at a hotel in the city.\nThe Sydney summit, which had been scheduled for "
            "Wednesday, was cancelled after Biden decided to return to Washington.")
    (r,) = extract(text, published=date(2023, 5, 20)).reports
    assert r.status == "held"


def test_the_one_a_relative_clause_receives_and_a_prime_minister_s_residence():
    (r,) = extract("Ukrainian President Volodymyr Zelensky, whom Pope Francis received at the Vatican on Saturday, thanked the "
                   "pontiff.", published=date(2023, 5, 14)).reports
    assert sorted(p.name for p in r.participants) == ["Francis", "Volodymyr Zelensky"]
    (r,) = extract("Portuguese Prime Minister Luis Montenegro received Spanish Prime Minister Pedro Sanchez at the Sao Bento "
                   "residence on Monday.", published=date(2024, 5, 14)).reports
    assert (r.place.name, r.place.country) == ("Lisbon", "PT")


def test_bilateral_talks_with_groups_on_several_days_are_one_meeting_each_on_the_group_s_day():
    text = ("On the sidelines of the G20 summit in New Delhi, Modi held bilateral talks with U.S. President Joe Biden and "
            "Bangladesh Prime Minister Sheikh Hasina on Friday, with British Prime Minister Rishi Sunak and Japanese Prime "
            "Minister Fumio Kishida on Saturday, and with French President Emmanuel Macron over lunch on Sunday.")
    reports = extract(text, published=date(2023, 9, 11)).reports
    assert {r.participants[1].name: r.start_date.day for r in reports} == {
        "Joe Biden": 8, "Sheikh Hasina": 8, "Rishi Sunak": 9, "Fumio Kishida": 9, "Emmanuel Macron": 10}


def test_later_or_separately_the_same_setting_as_the_meeting_before():
    text = ("Indian External Affairs Minister S. Jaishankar met Sri Lankan President Anura Kumara Dissanayake in Colombo on "
            "Friday.\nJaishankar later held separate talks with Sri Lankan Prime Minister Harini Amarasuriya and with Foreign "
            "Minister Vijitha Herath.")
    reports = extract(text, published=date(2024, 10, 5)).reports
    assert len(reports) == 3 and {r.place.name for r in reports if r.place} == {"Colombo"} and all(r.place for r in reports)


def test_a_guest_invited_to_a_named_summit_meets_no_one_by_it_but_a_summit_of_two_is_a_meeting():
    assert extract("Japanese Prime Minister Fumio Kishida invited Indian Prime Minister Narendra Modi to the G7 Summit in "
                   "Hiroshima in May, which Modi accepted.", published=date(2023, 3, 21)).reports == []
    (r,) = extract("Trump has invited Russian President Vladimir Putin to Washington for a second summit this autumn.",
                   published=date(2018, 7, 20)).reports
    assert r.status == "possible"


def test_a_summit_that_brought_people_together_and_a_reception_of_both_told_later():
    (r,) = extract("The mini-summit, hosted by Angolan President Joao Lourenco, brought together Congolese President Felix "
                   "Tshisekedi and Rwandan President Paul Kagame in Luanda on Wednesday.", published=date(2022, 7, 7)).reports
    assert [p.name for p in r.participants] == ["Joao Lourenco", "Felix Tshisekedi", "Paul Kagame"]
    text = ("Congolese Foreign Minister Therese Kayikwamba Wagner and Rwandan Foreign Minister Olivier Nduhungirehe met in "
            "Washington on Friday. Later, U.S. President Donald Trump received both ministers in the Oval Office.")
    reports = extract(text, published=date(2025, 6, 28)).reports
    assert sorted(len(r.participants) for r in reports) == [2, 3]


def test_the_meeting_told_after_a_summit_called_off_gives_it_its_day_and_place():
    text = ("U.S. President Donald Trump on Thursday called off next month's summit with North Korean leader Kim Jong Un. The "
            "meeting had been scheduled for June 12 in Singapore.")
    (r,) = extract(text, published=date(2018, 5, 25)).reports
    assert (r.status, r.start_date, r.place.name) == ("cancelled", date(2018, 6, 12), "Singapore")


def test_a_list_of_people_met_each_on_a_day_of_their_own_is_one_meeting_each():
    text = ("Sunak met Chinese Premier Li Qiang at a hotel in Jakarta on Tuesday, Indonesian President Joko Widodo on "
            "Wednesday and Philippine President Ferdinand Marcos Jr. on Thursday.")
    reports = extract(text, published=date(2023, 9, 8)).reports
    assert sorted((r.participants[-1].name, r.start_date.day) for r in reports) == [
        ("Ferdinand Marcos Jr.", 7), ("Joko Widodo", 6), ("Li Qiang", 5)]
    assert all(len(r.participants) == 2 for r in reports)
    text = ("The Spanish foreign minister, Jose Manuel Albares, met Egyptian President Abdel Fattah al-Sisi in Cairo on "
            "March 4, Jordanian Prime Minister Bisher al-Khasawneh in Amman on March 5, and Lebanese Prime Minister Najib "
            "Mikati in Beirut on March 6.")
    reports = extract(text, published=date(2024, 3, 8)).reports
    assert sorted((r.participants[-1].name, r.start_date.day, r.place.name) for r in reports) == [
        ("Abdel Fattah al-Sisi", 4, "Cairo"), ("Bisher al-Khasawneh", 5, "Amman"), ("Najib Mikati", 6, "Beirut")]
    # a place for the first only stays for the next ones ("in Rabat on Monday and Akhannouch on Tuesday")
    text = "Macron met King Mohammed VI in Rabat on Monday and Moroccan Prime Minister Aziz Akhannouch on Tuesday."
    reports = extract(text, published=date(2024, 10, 31)).reports
    assert sorted((r.start_date.day, r.place.name) for r in reports) == [(28, "Rabat"), (29, "Rabat")]


def test_a_headline_s_one_who_meets_two_in_turn_is_no_meeting_of_the_two():
    text = ("Modi to meet Biden and Xi in Rio\n\nIndian Prime Minister Narendra Modi will meet U.S. President Joe "
            "Biden on Monday and Chinese President Xi Jinping on Wednesday in Rio de Janeiro, his office said.")
    reports = extract(text, published=date(2024, 11, 15)).reports
    assert sorted((tuple(sorted(p.name.split()[-1] for p in r.participants)), r.start_date.day) for r in reports) == [
        (("Biden", "Modi"), 18), (("Jinping", "Modi"), 20)]


def test_a_final_time_is_no_sports_final():
    text = ("Biden and Xi meet for what is likely their final time\n\nJoe Biden and Xi Jinping met in Lima on Saturday on the "
            "sidelines of the APEC summit.")
    (r,) = extract(text, published=date(2024, 11, 18)).reports
    assert (r.status, r.start_date, r.place.name) == ("held", date(2024, 11, 16), "Lima")


def test_lines_in_capitals_are_read_as_sentences():
    (r,) = extract("URGENT: TURKISH FOREIGN MINISTER HAKAN FIDAN MEETS IRANIAN COUNTERPART ABBAS ARAGHCHI IN ANKARA",
                   published=date(2025, 1, 20)).reports
    assert [p.name for p in r.participants] == ["Hakan Fidan", "Abbas Araghchi"] and r.place.name == "Ankara"
    text = ("PARIS, FEB 3 (REUTERS) - FRENCH FOREIGN MINISTER JEAN-NOEL BARROT MET SAUDI FOREIGN MINISTER PRINCE FAISAL BIN "
            "FARHAN IN PARIS ON MONDAY, THE MINISTRY SAID. THE TWO DISCUSSED SYRIA.")
    (r,) = extract(text, published=date(2025, 2, 3)).reports
    assert (r.start_date, r.place.name) == (date(2025, 2, 3), "Paris") and r.evidence.endswith("THE MINISTRY SAID.")


def test_a_gap_before_the_meeting_is_no_account_of_it_and_its_day_counts_from_the_day_it_was_said():
    text = ("A day after meeting Indian Prime Minister Narendra Modi in Tokyo, Australian Prime Minister Anthony Albanese "
            "said on Monday that ties were strong. The two had not met since the G20 summit in September.")
    (r,) = extract(text, published=date(2023, 11, 13)).reports
    assert (r.status, r.start_date, r.place.name) == ("held", date(2023, 11, 12), "Tokyo")
    assert r.evidence.startswith("A day after meeting")


def test_the_meeting_one_is_briefed_on_and_indirect_talks_are_no_meetings_of_their_own():
    text = ("Greek Prime Minister Kyriakos Mitsotakis met Turkish President Recep Tayyip Erdogan in Vilnius on Wednesday. "
            "Mitsotakis later spoke by phone with Cypriot President Nikos Christodoulides to brief him on the meeting.")
    reports = extract(text, published=date(2023, 7, 14)).reports
    assert sorted((r.mode, len(r.participants)) for r in reports) == [("in_person", 2), ("phone", 2)]
    assert extract("Iranian Foreign Minister Abbas Araghchi and U.S. envoy Steve Witkoff held indirect talks in Muscat on "
                   "Saturday, sitting in separate rooms.", published=date(2025, 4, 13)).reports == []


def test_days_of_talks_that_began_on_a_day_start_on_it():
    text = ("Japanese Prime Minister Shinzo Abe said on Friday after two days of talks with Russian President Vladimir Putin, "
            "which began on Thursday at a resort in Nagato, that progress was made.")
    (r,) = extract(text, published=date(2016, 12, 17)).reports
    assert (r.start_date, r.end_date) == (date(2016, 12, 15), date(2016, 12, 16))


def test_people_listed_after_a_plural_subject_are_its_parties():
    text = ("The foreign ministers of the Quad - Antony Blinken of the United States, Yoko Kamikawa of Japan, Penny Wong of "
            "Australia and Subrahmanyam Jaishankar of India - met in Tokyo on Friday.")
    (r,) = extract(text, published=date(2024, 7, 30)).reports
    assert [p.name.split()[-1] for p in r.participants] == ["Blinken", "Kamikawa", "Wong", "Jaishankar"]
    text = ("The foreign ministers of Egypt, Ethiopia and Sudan, Sameh Shoukry, Gedu Andargachew and Asma Mohamed Abdalla, "
            "met in Washington on Wednesday.")
    (r,) = extract(text, published=date(2019, 11, 7)).reports
    assert [(p.name.split()[-1], p.country) for p in r.participants] == [("Shoukry", "EG"), ("Andargachew", "ET"), ("Abdalla", "SD")]
    text = ("A trilateral meeting of the foreign ministers of Armenia, Azerbaijan and Russia - Ararat Mirzoyan, Jeyhun "
            "Bayramov and Sergey Lavrov - planned for Friday in Moscow has been called off.")
    (r,) = extract(text, published=date(2022, 12, 21)).reports
    assert [(p.name.split()[-1], p.country) for p in r.participants] == [("Mirzoyan", "AM"), ("Bayramov", "AZ"), ("Lavrov", "RU")]


def test_sessions_held_with_someone_talks_of_days_before_a_statement_and_a_schedule_s_meetings():
    (r,) = extract("Trade Secretary Liam Fox and U.S. Trade Representative Robert Lighthizer held a final negotiating session "
                   "with officials from Japan in Washington on Tuesday.", published=date(2018, 9, 27)).reports
    assert r.status == "held" and len(r.participants) == 3
    assert extract("Macron attended the opening session of the summit in Brussels on Tuesday.",
                   published=date(2018, 9, 27)).reports == []
    (r,) = extract("Indian Foreign Minister S. Jaishankar and Chinese Foreign Minister Wang Yi announced a border deal on "
                   "Friday, after two days of talks in Moscow that began on Thursday.", published=date(2020, 9, 12)).reports
    assert (r.start_date, r.end_date, r.place.name) == (date(2020, 9, 10), date(2020, 9, 11), "Moscow")
    text = ("Japanese Foreign Minister Yoko Kamikawa arrives in London on Thursday. Her schedule includes meetings with Prime "
            "Minister Rishi Sunak and Foreign Secretary David Cameron in London on Friday.")
    reports = extract(text, published=date(2024, 2, 19)).reports
    assert sorted((r.status, r.participants[-1].name, r.start_date) for r in reports) == [
        ("planned", "David Cameron", date(2024, 2, 23)), ("planned", "Rishi Sunak", date(2024, 2, 23))]


def test_a_meeting_offered_which_was_refused_is_ruled_out():
    (r,) = extract("Greek Prime Minister Kyriakos Mitsotakis was offered a meeting with British Deputy Prime Minister Oliver "
                   "Dowden, which he refused.", published=date(2023, 11, 28)).reports
    assert r.status == "ruled_out"


def test_mediators_hosts_a_trip_not_made_and_the_day_of_a_call_before_an_agreement_to_meet():
    (r,) = extract("Egyptian and Qatari mediators met a Hamas delegation in Cairo on Tuesday.", published=date(2024, 2, 14)).reports
    assert [p.country for p in r.participants] == ["EG", "QA"]
    text = ("Armenian Foreign Minister Ararat Mirzoyan and his Azerbaijani counterpart Jeyhun Bayramov began two days of talks "
            "in Almaty on Friday, hosted by Kazakh Foreign Minister Murat Nurtleu.")
    (r,) = extract(text, published=date(2024, 5, 12)).reports
    assert [p.name for p in r.participants][-1] == "Murat Nurtleu"
    text = ("Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov wrapped up four days of "
            "talks hosted by Secretary of State Antony Blinken in Arlington, Virginia, on Thursday.")
    (r,) = extract(text, published=date(2023, 5, 5)).reports
    assert r.place.name == "Arlington"
    (r,) = extract("German Chancellor Olaf Scholz will not travel to Beijing to meet Chinese President Xi Jinping this year, "
                   "a spokesman said.", published=date(2023, 1, 10)).reports
    assert r.status == "ruled_out"
    text = ("Russian President Vladimir Putin and Indian Prime Minister Narendra Modi discussed Ukraine by telephone on Friday "
            "and agreed to meet in person at the SCO summit in Tianjin.")
    (r,) = [r for r in extract(text, published=date(2025, 8, 9)).reports if r.mode == "in_person"]
    assert (r.status, r.start_date, r.occasion) == ("planned", None, "SCO summit")


def test_an_encounter_told_after_the_talks_gives_them_its_occasion_and_a_glued_name_before_a_comma_is_one_word():
    text = ("U.S. President Donald Trump held talks with Chinese President Xi Jinping in Busan on Thursday. The encounter, on the "
            "sidelines of the APEC summit, lasted about 100 minutes.")
    (r,) = extract(text, published=date(2025, 10, 31)).reports
    assert r.occasion == "APEC summit"
    text = ("German Economy Minister Robert Habeck met Qatar's Minister of State for Energy Affairs Saad Sherida al-Kaabi, who is "
            "also chief executive of QatarEnergy, in Doha on Sunday.")
    (r,) = extract(text, published=date(2022, 3, 21)).reports
    assert (r.start_date, r.place.name) == (date(2022, 3, 20), "Doha")


def test_received_by_one_and_talks_with_another_are_two_meetings_and_the_next_day_counts_from_the_meeting_before():
    text = ("Chinese President Xi Jinping was received by President Sergio Mattarella at the Quirinale Palace on Friday and held "
            "talks with Prime Minister Giuseppe Conte at Villa Madama.")
    reports = extract(text, published=date(2019, 3, 23)).reports
    assert sorted(r.participants[-1].name for r in reports) == ["Giuseppe Conte", "Sergio Mattarella"]
    text = ("Australian Prime Minister Malcolm Turnbull met French President Emmanuel Macron at the Elysee on Wednesday. The next "
            "day Turnbull met Prime Minister Edouard Philippe at Matignon and, later, National Assembly President Francois de Rugy.")
    reports = extract(text, published=date(2018, 7, 13)).reports
    assert sorted((r.participants[-1].name, r.status, r.start_date.day) for r in reports) == [
        ("Edouard Philippe", "held", 12), ("Emmanuel Macron", "held", 11), ("Francois de Rugy", "held", 12)]


def test_a_headlines_demonym_gives_the_body_s_office_holder_his_country_and_one_meeting():
    text = ("Chilean Ambassador Rosa Fuentes called on Finance Minister Carlos Mendoza at the ministry in Lima on Monday and "
            "discussed economic cooperation, an official statement said.")
    for title, role in (("Chilean ambassador calls on Peruvian finance minister", "Finance Minister"),
                        ("Chilean envoy calls on Peruvian commerce minister", "Minister")):
        (r,) = extract(text.replace("Finance Minister", role), title=title, published=date(2011, 4, 12)).reports
        assert [(p.name, p.country) for p in r.participants] == [("Rosa Fuentes", "CL"), ("Carlos Mendoza", "PE")]


def test_a_headline_naming_countries_sums_up_the_body_s_meetings_with_their_people():
    text = ("Peruvian Finance Minister Carlos Mendoza met Chilean Finance Minister Rosa Fuentes on Friday on the sidelines of "
            "the IMF meetings, the ministry said. On Thursday Mendoza held separate talks with Bolivian Finance Minister Ana Soto.")
    reports = extract(text, title="Mendoza meets Chilean, Bolivian counterparts in Washington", published=date(2016, 4, 16)).reports
    assert sorted(sorted(p.name for p in r.participants) for r in reports) == [["Ana Soto", "Carlos Mendoza"],
                                                                              ["Carlos Mendoza", "Rosa Fuentes"]]


@pytest.mark.parametrize("tail, occasion", [
    ("on the sidelines of a meeting of Andean defence ministers in Lima on Wednesday.", "meeting of Andean defence ministers"),
    ("on the sidelines of the Andean Trade Organisation meeting on Wednesday evening in Lima.", "Andean Trade Organisation meeting"),
    ("on the sidelines of the Andean Cooperation Organisation (ACO) Heads of State Council summit in Lima on Wednesday.",
     "Andean Cooperation Organisation Heads of State Council summit"),
])
def test_an_occasion_s_name_ends_before_its_place_and_day(tail, occasion):
    (r,) = extract(f"Dutch Defence Minister Mark Jansen met Peruvian Defence Minister Carlos Mendoza {tail}",
                   published=date(2021, 10, 21)).reports
    assert r.occasion == occasion


def test_a_week_a_visit_falls_in_is_no_occasion():
    (r,) = extract("Dutch Foreign Minister Mark Jansen is in Lima this week, where he will hold talks with Peruvian Foreign "
                   "Minister Carlos Mendoza.", published=date(2021, 10, 12)).reports
    assert r.occasion == ""


def test_those_told_to_meet_meet_not_those_who_tell_them():
    text = ("Indian Prime Minister Ravi Kumar and Chinese President Li Wei held talks in Chennai on Saturday. The two leaders "
            "directed the Special Representatives to meet at an early date.")
    reports = extract(text, published=date(2019, 10, 13)).reports
    assert [(r.status, len(r.participants)) for r in reports] == [("held", 2)]
    (r,) = extract("Dutch Prime Minister Mark Jansen asked Peruvian President Carlos Mendoza to meet Chilean President Rosa "
                   "Fuentes in Paris.", published=date(2023, 5, 5)).reports
    assert (r.status, [p.name for p in r.participants]) == ("possible", ["Carlos Mendoza", "Rosa Fuentes"])


def test_one_due_to_be_received_by_a_host_meets_the_host():
    (r,) = extract("Dutch Prime Minister Mark Jansen was due to be received by Peruvian President Carlos Mendoza on Sunday.",
                   published=date(2023, 3, 24)).reports
    assert (r.status, [p.name for p in r.participants]) == ("planned", ["Mark Jansen", "Carlos Mendoza"])
    text = ("Dutch King Willem's state visit to Peru, where he was due to be received by President Carlos Mendoza from Sunday, "
            "has been postponed.")
    (r,) = extract(text, published=date(2023, 3, 24)).reports
    assert r.status == "postponed"


def test_the_place_a_later_sentence_gives_inside_the_country_said_before_is_the_meeting_s():
    text = ("Dutch Prime Minister Mark Jansen and Peruvian President Carlos Mendoza met in Indonesia on Monday. The three-hour "
            "meeting took place at a hotel in Jakarta.")
    (r,) = extract(text, published=date(2022, 11, 15)).reports
    assert (r.place.name, r.place.country) == ("Jakarta", "ID")
    (r,) = extract("Dutch Prime Minister Mark Jansen and Peruvian President Carlos Mendoza met for three hours at a hotel in "
                   "Nusa Dua on Monday.", published=date(2022, 11, 15)).reports
    assert r.place.name == "Nusa Dua"


def test_talks_back_on_that_will_take_place_somewhere_take_place_there():
    text = ("Talks between Dutch Foreign Minister Mark Jansen and Peruvian Foreign Minister Carlos Mendoza, which had been "
            "called off last week, are back on and will take place in Lima on Thursday.")
    (r,) = extract(text, published=date(2020, 4, 10)).reports
    assert (r.status, r.place.name) == ("planned", "Lima")


def test_a_country_said_elsewhere_in_the_sentence_does_not_pick_the_city():
    text = ("Peruvian President Carlos Mendoza met Dutch Prime Minister Mark Jansen at the White House on Wednesday, his first "
            "known trip outside Peru since the floods.")
    (r,) = extract(text, published=date(2022, 12, 22)).reports
    assert (r.place.name, r.place.country) == ("Washington", "US")


def test_an_arrival_for_a_stay_of_days_gives_the_next_sentence_s_meeting_its_place_not_its_day():
    text = ("Dutch Foreign Minister Mark Jansen landed in Lima on Monday evening for a two-day visit. He held talks with "
            "Peruvian President Carlos Mendoza.")
    (r,) = extract(text, published=date(2023, 7, 5)).reports
    assert (r.place.name, r.start_date) == ("Lima", None)


def test_an_arrival_for_a_one_day_visit_gives_the_next_sentence_s_meeting_its_place_and_day():
    text = ("Dutch Prime Minister Mark Jansen arrived in Lima on Monday for a one-day visit.\n"
            "Jansen and Peruvian President Carlos Mendoza held talks at the presidential palace.")
    (r,) = extract(text, published=date(2023, 7, 5)).reports
    assert (r.place.name, str(r.start_date)) == ("Lima", "2023-07-03")


@pytest.mark.parametrize("second", ["There he will meet Peruvian President Carlos Mendoza.",
                                    "He will meet Peruvian President Carlos Mendoza there."])
def test_a_meeting_there_after_a_trip_is_at_the_trip_s_destination_whoever_hosts(second):
    text = f"Dutch Foreign Minister Mark Jansen will travel to Geneva on Thursday. {second}"
    (r,) = extract(text, published=date(2016, 9, 5)).reports
    assert (r.status, r.place.name, str(r.start_date)) == ("planned", "Geneva", "2016-09-08")
    # without "there", a meeting of people of neither country may be anywhere
    (r,) = extract("Dutch Foreign Minister Mark Jansen will travel to Geneva on Thursday. He will meet Peruvian President "
                   "Carlos Mendoza.", published=date(2016, 9, 5)).reports
    assert r.place is None


def test_a_named_retreat_in_a_state_is_the_place_not_nothing():
    text = ("U.S. President Tom Walker hosted Peruvian President Carlos Mendoza at the Camp David presidential retreat in "
            "Maryland on Friday.")
    (r,) = extract(text, published=date(2023, 8, 19)).reports
    assert (r.place.name, r.place.country) == ("Camp David", "US")


def test_a_call_during_the_meeting_adds_no_meeting_with_the_one_called():
    text = ("Dutch Prime Minister Mark Jansen and Peruvian President Carlos Mendoza met Chilean President Rosa Fuentes in Lima on "
            "Saturday. During the meeting, Jansen and Mendoza also spoke by phone with U.S. President Tom Walker.")
    reports = extract(text, published=date(2025, 5, 11)).reports
    in_person = [sorted(p.name for p in r.participants) for r in reports if r.mode == "in_person"]
    assert in_person == [["Carlos Mendoza", "Mark Jansen", "Rosa Fuentes"]]


def test_those_one_joins_for_talks_are_at_the_table():
    text = ("Dutch Prime Minister Mark Jansen joined Peruvian President Carlos Mendoza and Chilean President Rosa Fuentes for "
            "talks with Bolivian President Ana Soto on Friday.")
    (r,) = extract(text, published=date(2025, 5, 11)).reports
    assert [p.name for p in r.participants] == ["Mark Jansen", "Carlos Mendoza", "Rosa Fuentes", "Ana Soto"]


def test_a_meeting_then_a_lunch_elsewhere_are_two_meetings_each_in_its_place():
    text = ("Dutch Prime Minister Mark Jansen met Peruvian President Carlos Mendoza in Lima in the morning, then had lunch with "
            "Chilean President Rosa Fuentes in Santiago.")
    reports = extract(text, title="Jansen's day", published=date(2025, 1, 29)).reports
    assert sorted((r.participants[1].name, r.place.name) for r in reports) == [("Carlos Mendoza", "Lima"), ("Rosa Fuentes", "Santiago")]


def test_a_summit_named_by_the_body_whose_leaders_gather_for_it():
    text = ("NATO leaders gathered outside London on Wednesday for a summit marking the alliance's 70th anniversary. Dutch "
            "Prime Minister Mark Jansen met Peruvian President Carlos Mendoza in London on the sidelines of the summit.")
    (r,) = extract(text, published=date(2019, 12, 4)).reports
    assert r.occasion == "NATO summit"


def test_one_received_before_the_talks_opened_was_received_and_the_talks_are_no_meeting_of_the_host():
    text = ("Bolivian President Ana Soto received Peruvian Foreign Minister Carlos Mendoza and Chilean Foreign Minister Rosa "
            "Fuentes on Friday before the talks opened.")
    (r,) = extract(text, published=date(2024, 5, 11)).reports
    assert (r.status, r.start_date, len(r.participants)) == ("held", date(2024, 5, 10), 3)


def test_stalled_talks_one_means_to_revive_are_the_process_not_a_meeting():
    text = ("Dutch Prime Minister Mark Jansen hosted Peruvian President Carlos Mendoza and Chilean President Rosa Fuentes at a "
            "working dinner in The Hague on Monday in a bid to revive stalled talks between the two.")
    (r,) = extract(text, published=date(2019, 5, 1)).reports
    assert (r.status, r.start_date) == ("held", date(2019, 4, 29))


def test_a_gathering_named_by_its_acronym_alone_is_the_occasion():
    (r,) = extract("Dutch Prime Minister Mark Jansen met Peruvian President Carlos Mendoza on the margins of UNGA on Tuesday.",
                   published=date(2019, 9, 25)).reports
    assert r.occasion == "UNGA"


def test_the_secretary_general_named_before_is_the_one_who_met():
    text = ("U.N. Secretary-General Anna Lind addressed the assembly on Tuesday. The Secretary-General also met Peruvian President "
            "Carlos Mendoza on Tuesday.")
    (r,) = extract(text, published=date(2016, 9, 21)).reports
    assert [p.name for p in r.participants] == ["Anna Lind", "Carlos Mendoza"]


def test_an_honour_received_is_no_guest_received():
    text = ("Dutch Prime Minister Mark Jansen held talks with Peruvian President Carlos Mendoza in Lima on Wednesday. Jansen also "
            "received Peru's Grand Order of the Sun.")
    (r,) = extract(text, published=date(2024, 11, 22)).reports
    assert [p.name for p in r.participants] == ["Mark Jansen", "Carlos Mendoza"]


def test_a_visit_at_someone_s_invitation_is_a_meeting_with_the_host():
    text = ("Dutch Prime Minister Mark Jansen will pay a state visit to Peru on Thursday and Friday at the invitation of "
            "President Carlos Mendoza.")
    (r,) = extract(text, published=date(2019, 6, 18)).reports
    assert (r.status, [p.name for p in r.participants], r.start_date) == ("planned", ["Mark Jansen", "Carlos Mendoza"],
                                                                          date(2019, 6, 20))


def test_one_told_something_during_a_meeting_met_the_teller():
    text = ("Peruvian President Carlos Mendoza told Dutch Foreign Minister Mark Jansen on Monday that the two countries should "
            "be partners, not rivals, during a meeting at the presidential palace in Lima.")
    (r,) = extract(text, published=date(2023, 6, 20)).reports
    assert ([p.name for p in r.participants], r.status, r.start_date) == (["Carlos Mendoza", "Mark Jansen"], "held", date(2023, 6, 19))


def test_the_day_of_talks_inside_a_visit_s_days_is_the_meeting_s():
    text = ("Dutch Prime Minister Mark Jansen will arrive in Lima on Wednesday for a two-day state visit at the invitation of "
            "Peruvian President Carlos Mendoza. Jansen will hold talks with Mendoza at the palace on Thursday.")
    (r,) = extract(text, published=date(2024, 11, 26)).reports
    assert (r.start_date, r.end_date) == (date(2024, 11, 28), date(2024, 11, 28))


def test_a_dinner_hosted_on_a_day_and_in_a_place_for_guests_is_a_meeting_with_them():
    text = ("Chilean President Carlos Mendoza hosted a dinner on Monday in Santiago for Peruvian special envoys led by national "
            "security adviser Rosa Fuentes.")
    (r,) = extract(text, published=date(2018, 3, 6)).reports
    assert ([p.name for p in r.participants], r.start_date, r.place.name) == (["Carlos Mendoza", "Rosa Fuentes"], date(2018, 3, 5),
                                                                              "Santiago")


def test_the_place_and_day_after_a_delegation_led_by_someone_are_the_meeting_s():
    text = "Norwegian Foreign Minister Lars Berg met the Sudanese rebel delegation, led by Ahmad al-Haddad, in Oslo on Tuesday."
    (r,) = extract(text, published=date(2013, 2, 20)).reports
    assert ([p.name for p in r.participants], r.start_date, r.place.name) == (["Lars Berg", "Ahmad al-Haddad"], date(2013, 2, 19), "Oslo")


def test_a_past_flight_on_a_weekday_evening_for_a_dinner_is_the_past_day():
    text = "The new Chilean president flew to Lima on Wednesday evening for dinner with Peruvian President Carlos Mendoza."
    (r,) = extract(text, published=date(2007, 5, 17)).reports
    assert (r.status, r.start_date) == ("held", date(2007, 5, 16))


def test_a_summit_s_opening_day_the_sentence_before_dates_the_leaders_meeting_told_after_it():
    text = ("The summit opened on Wednesday in Oslo. Chilean President Carlos Mendoza and Peruvian President Rosa Fuentes met "
            "for nearly four hours at a lakeside villa.")
    (r,) = extract(text, published=date(2021, 6, 17)).reports
    assert (r.start_date, r.place.name) == (date(2021, 6, 16), "Oslo")


def test_talks_described_by_a_participle_after_a_coming_trip_are_planned_at_the_resort_named():
    text = ("Chilean President Carlos Mendoza will travel to the Peruvian port of Callao on Monday for talks with Peruvian "
            "President Rosa Fuentes focused on reviving the fisheries deal.")
    (r,) = extract(text, published=date(2023, 8, 31)).reports
    assert (r.status, r.start_date, r.place.name) == ("planned", date(2023, 9, 4), "Callao")


def test_a_meeting_in_an_after_clause_survives_a_year_the_main_clause_names():
    text = ("After meeting Peruvian President Rosa Fuentes in Lima on Monday, Chilean President Carlos Mendoza said he saw no "
            "reason to revisit the 2016 accord.")
    (r,) = extract(text, published=date(2018, 7, 17)).reports
    assert ([p.name for p in r.participants], r.start_date) == (["Rosa Fuentes", "Carlos Mendoza"], date(2018, 7, 16))


def test_ties_restored_after_a_meeting_leave_the_meeting_held():
    text = ("Chilean President Carlos Mendoza and Peruvian President Rosa Fuentes restored diplomatic ties last August after a "
            "meeting in Arica.")
    (r,) = extract(text, published=date(2011, 9, 1)).reports
    assert (r.status, r.place.name) == ("held", "Arica")


@pytest.mark.parametrize("text", [
    "Chilean President Carlos Mendoza left Lima on Friday without meeting Peruvian Foreign Minister Rosa Fuentes.",
    "Chilean Foreign Minister Carlos Mendoza left Lima on Friday without holding talks with Peruvian President Rosa Fuentes.",
])
def test_leaving_without_meeting_is_no_meeting(text):
    assert extract(text, published=date(2022, 11, 14)).reports == []


def test_rather_than_meeting_face_to_face_a_video_call_is_only_the_call():
    text = "Rather than meeting face to face, Chilean President Carlos Mendoza and Peruvian President Rosa Fuentes held a video call on Monday."
    assert [r.mode for r in extract(text, published=date(2021, 11, 16)).reports] == ["video"]


def test_a_country_s_refusal_of_talks_and_its_minister_s_refusal_to_meet_are_one_meeting():
    text = ("Peru will not hold direct talks with Chile under pressure, Foreign Minister Carlos Mendoza said on Monday, "
            "dismissing reports that he would meet Chilean envoy Ana Berg in Lima.")
    (r,) = extract(text, published=date(2025, 3, 4)).reports
    assert [p.name for p in r.participants] == ["Carlos Mendoza", "Ana Berg"]


def test_a_lunch_after_a_meeting_told_with_a_pronoun_is_its_own_meeting_on_its_own_day():
    text = ("Ukrainian President Carlos Mendoza met German Chancellor Rosa Fuentes in Berlin on Saturday, after he had lunch with "
            "Italian Prime Minister Anna de Vries in Rome on Friday.")
    reports = extract(text, published=date(2023, 5, 14)).reports
    assert [([p.name for p in r.participants], r.start_date, r.place.name) for r in reports] == [
        (["Carlos Mendoza", "Rosa Fuentes"], date(2023, 5, 13), "Berlin"), (["Carlos Mendoza", "Anna de Vries"], date(2023, 5, 12), "Rome")]


def test_a_headline_of_two_meetings_with_one_place_does_not_join_them():
    text = ("Pope Francis received Ukrainian President Carlos Mendoza at the Vatican on Saturday, after Mendoza had lunch with "
            "Italian Prime Minister Rosa Fuentes at Palazzo Chigi in Rome.")
    reports = extract(text, title="Mendoza meets Pope, Fuentes in Rome", published=date(2023, 5, 14)).reports
    assert sorted(sorted(p.name for p in r.participants) for r in reports) == [["Carlos Mendoza", "Francis"], ["Carlos Mendoza", "Rosa Fuentes"]]


def test_a_meeting_supposed_with_an_inverted_had_did_not_happen():
    text = "Had they met in person, Chilean President Carlos Mendoza and Peruvian President Rosa Fuentes would have shaken hands."
    assert extract(text, published=date(2021, 7, 20)).reports == []


def test_the_first_leader_to_sit_down_with_someone_met_is_the_meeting_ranked_not_another():
    text = ("Chilean President Carlos Mendoza met Peruvian President-elect Rosa Fuentes in Lima on Thursday, becoming the first "
            "foreign leader to sit down with her.")
    assert [r.status for r in extract(text, published=date(2016, 11, 18)).reports] == ["held"]


@pytest.mark.parametrize("text", [
    "Chilean Foreign Minister Carlos Mendoza and Peruvian Foreign Minister Rosa Fuentes spent six hours on Friday at a villa in Lima.",
    "Chilean President Carlos Mendoza also saw Peruvian President Rosa Fuentes on Monday on the sidelines of the General Assembly.",
])
def test_hours_spent_together_and_a_leader_seen_on_the_sidelines_are_meetings(text):
    (r,) = extract(text, published=date(2015, 9, 30)).reports
    assert (r.mode, sorted(p.name for p in r.participants)) == ("in_person", ["Carlos Mendoza", "Rosa Fuentes"])


def test_hours_spoken_are_no_meeting_in_person_said():
    text = "Chilean President Carlos Mendoza and Peruvian President Rosa Fuentes spoke for more than two hours on Thursday."
    assert [r.mode for r in extract(text, published=date(2022, 7, 29)).reports if r.mode == "in_person"] == []


def test_a_summit_the_pair_named_before_cancelled_is_theirs():
    text = ("Chilean President Carlos Mendoza and Peruvian President Rosa Fuentes spoke at the G20. The two men had earlier "
            "cancelled a bilateral summit in Lima planned for this week.")
    (r,) = extract(text, published=date(2013, 9, 10)).reports
    assert (r.status, [p.name for p in r.participants], r.place.name) == ("cancelled", ["Carlos Mendoza", "Rosa Fuentes"], "Lima")


def test_a_statement_met_with_a_rebuke_is_no_meeting():
    text = "Chilean diplomat Carlos Mendoza's opening statement was met with a rebuke from Peruvian Foreign Minister Rosa Fuentes."
    assert extract(text, published=date(2021, 3, 19)).reports == []


@pytest.mark.parametrize("again", ["The two sides will meet again in Vienna on June 2.", "They will meet again in Vienna on June 2."])
def test_the_two_sides_after_a_meeting_of_unnamed_delegations_are_those_delegations(again):
    text = f"Dutch and Peruvian delegations met in Lima on Friday for their first direct talks in years.\n{again}"
    reports = extract(text, published=date(2025, 5, 18)).reports
    assert [(r.status, str(r.start_date), sorted(p.country for p in r.participants)) for r in reports] == [
        ("held", "2025-05-16", ["NL", "PE"]), ("planned", "2025-06-02", ["NL", "PE"])]


def test_a_name_after_a_courtesy_title_is_a_person_and_a_meeting_told_in_a_clause_of_time_keeps_no_arrival_day():
    text = ("Dutch Prime Minister Mark Jansen and Peruvian President Carlos Mendoza signed the declaration on Monday.\n"
            "Mr Jansen arrived in Lima on Sunday and was greeted at the airport by Mr Mendoza before the two men held talks.\n"
            "Mr Jansen's visit came less than two weeks after a Peruvian delegation led by Foreign Minister Luis Ortega held "
            "talks with him in Amsterdam.")
    reports = extract(text, published=date(2018, 7, 9)).reports
    assert sorted((sorted(p.name for p in r.participants), str(r.start_date), r.place.name) for r in reports) == [
        (["Carlos Mendoza", "Mark Jansen"], "2018-07-08", "Lima"), (["Luis Ortega", "Mark Jansen"], "None", "Amsterdam")]


def test_a_day_after_a_meeting_with_no_day_of_its_own_is_no_date():
    text = ("The leaders of the Netherlands and Peru have signed a declaration ending their dispute, a day after a "
            "historic meeting in Lima.")
    (r,) = extract(text, published=date(2018, 7, 9)).reports
    assert (r.start_date, r.place.name) == (None, "Lima")
    text = "The leaders of the Netherlands and Peru signed a declaration on Monday, a day after a historic meeting in Lima."
    (r,) = extract(text, published=date(2018, 7, 10)).reports
    assert str(r.start_date) == "2018-07-08"


def test_talks_begun_when_a_pair_held_their_first_meeting_are_that_pair_s_not_the_last_pair_named():
    text = ("Dutch Prime Minister Mark Jansen, who spoke by phone with Peruvian President Carlos Mendoza on Friday, urged a deal.\n"
            "The talks began in Geneva on April 12, when Chilean Foreign Minister Rosa Fuentes and Argentine Foreign Minister "
            "Juan Perez held their first meeting.")
    reports = [r for r in extract(text, published=date(2025, 6, 14)).reports if r.mode == "in_person"]
    assert [sorted(p.name for p in r.participants) for r in reports] == [["Juan Perez", "Rosa Fuentes"]]


def test_unnamed_countries_talks_called_off_and_their_people_due_to_meet_there_a_sentence_on_are_one_meeting():
    text = ("Oman says the sixth round of talks between the Netherlands and Peru, scheduled for Sunday in Muscat, has been "
            "called off.\n"
            "\"The talks will not now take place,\" the Omani minister wrote on X.\n"
            "Dutch Foreign Minister Mark Jansen and Peruvian envoy Carlos Mendoza had been due to meet in Muscat.")
    (r,) = extract(text, published=date(2025, 6, 14)).reports
    assert (r.status, str(r.start_date), r.place.name) == ("cancelled", "2025-06-15", "Muscat")
    assert sorted(p.name for p in r.participants) == ["Carlos Mendoza", "Mark Jansen"]


def test_envoys_of_two_leaders_are_their_countries_people_and_who_tells_of_it_is_no_party():
    text = ("Dutch Prime Minister Mark Jansen and Peruvian President Carlos Mendoza were to meet in Lima on Friday.\n"
            "According to Chilean President Rosa Fuentes, envoys of Jansen and Mendoza met in Santiago on Monday.")
    santiago = next(r for r in extract(text, published=date(2016, 9, 6)).reports if r.place and r.place.name == "Santiago")
    assert sorted((p.name, p.country) for p in santiago.participants) == [(None, "NL"), (None, "PE")]


def test_their_talks_after_a_press_conference_with_someone_are_the_two_named_in_the_sentence():
    text = ("Dutch Prime Minister Mark Jansen and Peruvian President Carlos Mendoza met in Lima on Friday.\n"
            "Jansen said at a joint press conference in Warsaw with Polish President Anna Nowak on Tuesday, following their "
            "talks, that he was ready to go.")
    reports = extract(text, published=date(2016, 9, 6)).reports
    assert sorted(sorted(p.name for p in r.participants) for r in reports) == [
        ["Anna Nowak", "Mark Jansen"], ["Carlos Mendoza", "Mark Jansen"]]


@pytest.mark.parametrize("text", [
    "Dutch Prime Minister Mark Jansen said he had accepted Chilean President Rosa Fuentes's invitation to meet Peruvian "
    "President Carlos Mendoza in Santiago on Friday.",
    "Dutch Prime Minister Mark Jansen said a meeting with Peruvian President Carlos Mendoza, which Chilean President Rosa "
    "Fuentes had proposed to host in Santiago on Friday, had been postponed.",
])
def test_who_invites_to_or_proposes_a_meeting_of_others_is_no_party(text):
    (r,) = extract(text, published=date(2016, 9, 6)).reports
    assert sorted(p.name for p in r.participants) == ["Carlos Mendoza", "Mark Jansen"]
    # (but an invitation to meet the one who invites is a meeting with them)
    (r,) = extract("Dutch Prime Minister Mark Jansen said he had accepted Chilean President Rosa Fuentes's invitation to meet "
                   "in Santiago on Friday.", published=date(2016, 9, 6)).reports
    assert sorted(p.name for p in r.participants) == ["Mark Jansen", "Rosa Fuentes"]


def test_a_bilateral_and_a_three_way_summit_of_the_same_day_are_two_meetings():
    text = ("Dutch Prime Minister Mark Jansen and Peruvian President Carlos Mendoza held their first formal talks in 15 months "
            "on Tuesday in Lima.\n"
            "Earlier in the day, Jansen, Mendoza and Chilean President Rosa Fuentes met for the three-way summit.")
    reports = extract(text, published=date(2019, 12, 24)).reports
    assert sorted(len(r.participants) for r in reports) == [2, 3]


def test_a_meeting_someone_speaks_of_does_not_stand_for_the_summit_of_the_sentence():
    text = ("Dutch Prime Minister Mark Jansen and Peruvian President Carlos Mendoza held a summit in Lima on Sunday, where "
            "Jansen said the planned encounter at the border would be a milestone.")
    (r,) = extract(text, published=date(2019, 6, 30)).reports
    assert (r.status, r.place.name) == ("held", "Lima")


def test_the_next_day_after_a_day_of_the_sentence_and_a_meeting_agreed_there_takes_neither_its_day_nor_its_place():
    text = ("Peruvian President Carlos Mendoza attended Dutch Prime Minister Mark Jansen's swearing-in ceremony in The Hague "
            "on May 26 and held talks with him the next day, when the two agreed that their foreign secretaries would meet.\n"
            "Officials said a meeting between the two leaders in New York next month now appeared unlikely.")
    reports = extract(text, published=date(2014, 8, 19)).reports
    held = next(r for r in reports if r.status == "held")
    assert (str(held.start_date), sorted(p.name for p in held.participants)) == ("2014-05-27", ["Carlos Mendoza", "Mark Jansen"])
    secretaries = next(r for r in reports if all(p.name is None for p in r.participants))
    assert (secretaries.status, secretaries.start_date, secretaries.place) == ("planned", None, None)
    assert {p.role for p in secretaries.participants} == {"Foreign Secretary"}
    assert next(r for r in reports if r.place and r.place.name == "New York").status == "possible"


def test_talks_with_her_counterpart_are_hers_and_their_unnamed_secretaries_meeting_is_that_one():
    text = ("Dutch Foreign Secretary Anna de Vries had been due to travel to Lima for the talks with her Peruvian counterpart "
            "Luis Ortega.\nThe Netherlands called off the talks on Monday.\n"
            "The two prime ministers had agreed in May that their foreign secretaries would meet.")
    (r,) = extract(text, published=date(2014, 8, 19)).reports
    assert (r.status, sorted(p.name for p in r.participants)) == ("cancelled", ["Anna de Vries", "Luis Ortega"])


def test_talks_completed_are_the_reports_day_and_a_day_s_meeting_with_someone_is_the_speaker_s():
    (r,) = extract("LIMA, January 21 (Wire) - Dutch Foreign Minister Mark Jansen and Peruvian Foreign Minister Carlos Mendoza "
                   "have completed their talks in Lima, which lasted about an hour.", published=date(2022, 1, 21)).reports
    assert (r.status, str(r.start_date)) == ("held", "2022-01-21")
    (r,) = extract("Dutch Foreign Minister Mark Jansen said Friday's meeting with Peruvian Foreign Minister Carlos Mendoza would "
                   "test whether Lima was serious.", published=date(2022, 1, 19)).reports
    assert (r.status, str(r.start_date), sorted(p.name for p in r.participants)) == (
        "planned", "2022-01-21", ["Carlos Mendoza", "Mark Jansen"])


def test_a_host_s_meeting_and_a_where_clause_s_talks_on_a_later_trip_are_two_meetings_each_in_its_place():
    text = ("Dutch Prime Minister Mark Jansen hosted Peruvian President Carlos Mendoza at the Palace of Versailles in May 2017, "
            "weeks after taking office, and travelled to Lima in May 2018 for the Lima Economic Forum, where the two leaders "
            "held talks.")
    reports = extract(text, published=date(2019, 8, 12)).reports
    assert sorted((str(r.start_date), r.place.name) for r in reports) == [("2017-05-01", "Versailles"), ("2018-05-01", "Lima")]


def test_whose_rival_is_no_party_and_where_one_was_meeting_someone_is_the_report_s_day():
    text = ("Peruvian President Carlos Mendoza traveled in July to Lima for a conference, where he met former President "
            "Luis Ortega of Chile, Mark Jansen's far-right rival.")
    (r,) = extract(text, published=date(2025, 7, 1)).reports
    assert sorted(p.name for p in r.participants) == ["Carlos Mendoza", "Luis Ortega"]
    (r,) = extract("\"We cancelled it,\" Dutch Prime Minister Mark Jansen told reporters in his office, where he was meeting "
                   "Peruvian President Carlos Mendoza.", published=date(2025, 10, 22)).reports
    assert str(r.start_date) == "2025-10-22"


def test_a_summit_held_bringing_together_a_list_of_leaders_is_theirs_not_a_predecessor_s_successor_s():
    text = ("The last such summit was held in Lima in October 2016, bringing together Dutch Prime Minister Mark Jansen, "
            "Chilean President Rosa Fuentes and Mendoza's predecessor Luis Ortega of Peru.")
    (r,) = extract(text, published=date(2019, 11, 15)).reports
    assert sorted(p.name for p in r.participants) == ["Luis Ortega", "Mark Jansen", "Rosa Fuentes"]


def test_a_last_meeting_and_the_talks_its_when_clause_tells_are_one_meeting():
    text = ("Dutch Prime Minister Mark Jansen met Peruvian President Carlos Mendoza in Antalya on Sunday.\n"
            "They last met in New York in September, when they held 90 minutes of talks at the United Nations.")
    reports = extract(text, published=date(2015, 11, 16)).reports
    assert sorted((str(r.start_date), r.place.name) for r in reports) == [("2015-09-01", "New York"), ("2015-11-15", "Antalya")]


def test_unnamed_diplomats_in_a_standfirst_are_the_named_meeting_in_that_city_and_country_pair_talks_are_no_one_s():
    text = ("Peru and Netherlands agree to work towards a deal in Lima talks\n\n"
            "Top Dutch and Peruvian diplomats meet in Lima for the first time since 2022; Chile was not invited.\n\n"
            "Published On 18 Feb 2025\n\n"
            "Senior Dutch and Peruvian officials have agreed to begin working towards a deal, after four hours of talks.\n\n"
            "Dutch Foreign Minister Mark Jansen met Peruvian Foreign Minister Carlos Mendoza at the presidential palace in Lima "
            "on Tuesday.\n\n"
            "Chilean President Rosa Fuentes also postponed a visit to Peru, where she had been due to meet Mendoza on Wednesday, "
            "saying she did not want her trip to be linked to the Dutch-Peruvian talks.")
    reports = extract(text, published=date(2025, 2, 18)).reports
    assert sorted((r.status, tuple(sorted(p.name or p.country for p in r.participants))) for r in reports) == [
        ("held", ("Carlos Mendoza", "Mark Jansen")), ("postponed", ("Carlos Mendoza", "Rosa Fuentes"))]


def test_who_agreed_that_others_would_meet_is_not_of_that_meeting():
    text = ("Chilean President Rosa Fuentes and Argentine President Juan Perez held their first formal meeting on Wednesday.\n"
            "Officials said the two leaders agreed that the special representatives on the boundary question - Chilean "
            "envoy Luis Ortega and Argentine Foreign Minister Ana Silva - would meet at an early date.")
    reports = extract(text, published=date(2024, 10, 24)).reports
    assert not any(r.status == "planned" and {"Juan Perez", "Rosa Fuentes"} & {p.name for p in r.participants} for r in reports)


def test_a_host_s_meeting_told_as_an_announcement_s_time_is_held_that_day_and_not_the_announced_talks():
    text = ("WASHINGTON (Wire) - Dutch Prime Minister Mark Jansen said Monday that Peru and Chile would begin direct talks "
            "this weekend, making the surprise announcement as he hosted Argentine President Juan Perez at his office.")
    reports = extract(text, published=date(2025, 4, 7)).reports
    hosted = next(r for r in reports if any(p.name == "Juan Perez" for p in r.participants))
    assert (hosted.status, str(hosted.start_date)) == ("held", "2025-04-07")
    talks = next(r for r in reports if r is not hosted)
    assert (talks.status, sorted(p.country for p in talks.participants)) == ("planned", ["CL", "PE"])


def test_the_first_leader_to_visit_someone_made_that_visit():
    text = ("Dutch Prime Minister Mark Jansen, who in February became the first foreign leader to visit Peruvian President "
            "Carlos Mendoza in Lima in his second term, arranged Monday's trip on short notice.")
    (r,) = extract(text, published=date(2025, 4, 7)).reports
    assert (r.status, str(r.start_date)) == ("held", "2025-02-01")


def test_a_country_named_as_a_side_is_its_delegation_s_leader_not_whose_envoy_he_is_nor_whom_he_meets():
    text = ("Jansen says Netherlands and Peru will hold direct talks Saturday\n\n"
            "THE HAGUE (Wire) - Dutch Prime Minister Mark Jansen said Monday that the Netherlands and Peru would begin direct "
            "talks this weekend.\n"
            "Hours later, Peruvian Foreign Minister Luis Ortega wrote that Dutch and Peruvian officials would meet in Lima on "
            "Saturday.\n"
            "An official said the Dutch side would be led by Jansen's envoy, Anna de Vries, who is to sit down with Ortega.")
    reports = extract(text, published=date(2025, 4, 7)).reports
    assert [(r.status, sorted((p.name, p.country) for p in r.participants)) for r in reports] == [
        ("planned", [("Anna de Vries", "NL"), ("Luis Ortega", "PE")])]


def test_talks_on_someone_s_trip_are_the_traveller_s():
    text = ("Dutch Prime Minister Mark Jansen became the first Dutch leader in 12 years to visit Peru, the last being Dutch "
            "Prime Minister Anna de Vries's trip to Lima in October 2011 for talks with Peruvian President Carlos Mendoza.")
    reports = extract(text, published=date(2023, 5, 7)).reports
    assert sorted(sorted(p.name for p in r.participants) for r in reports if r.start_date == date(2011, 10, 1)) == [
        ["Anna de Vries", "Carlos Mendoza"]]


def test_a_host_s_relative_clause_gives_the_talks_after_it_their_day_and_place():
    text = ("Dutch Prime Minister Mark Jansen, who hosted Peruvian President Carlos Mendoza in Rotterdam on Saturday, said "
            "after their talks that Peru deserved support.")
    (r,) = extract(text, published=date(2023, 7, 10)).reports
    assert (str(r.start_date), r.place.name) == ("2023-07-08", "Rotterdam")


@pytest.mark.parametrize(("sentence", "day"), [
    ("Dutch Prime Minister Mark Jansen and Peruvian President Carlos Mendoza have held talks in Lima.", "2018-05-18"),
    ("Dutch Prime Minister Mark Jansen has met Peruvian President Carlos Mendoza in Lima on a surprise visit.", "2018-05-18"),
    ("Dutch Prime Minister Mark Jansen has met Peruvian President Carlos Mendoza several times before.", "None"),
])
def test_talks_just_held_in_the_present_perfect_are_the_day_s_news(sentence, day):
    (r,) = extract(f"Headline of the day\n\n{sentence}", published=date(2018, 5, 18)).reports
    assert str(r.start_date) == day


def test_earlier_in_the_day_is_the_day_of_the_article_s_news_not_of_a_background_meeting():
    text = ("LIMA, Oct 11 (Wire) - Peruvian President Carlos Mendoza met Dutch Prime Minister Mark Jansen in Lima on Tuesday.\n"
            "Jansen visited Chile last week and met Chilean President Rosa Fuentes in Santiago on Thursday.\n"
            "Earlier in the day, Mendoza held talks with Argentine President Juan Perez.")
    reports = extract(text, published=date(2022, 10, 11)).reports
    perez = next(r for r in reports if any(p.name == "Juan Perez" for p in r.participants))
    assert str(perez.start_date) == "2022-10-11"


def test_a_month_of_a_meeting_called_off_is_the_nearest_such_month():
    text = ("A planned meeting between Dutch Prime Minister Mark Jansen and Peruvian President Carlos Mendoza in Lima in "
            "December was called off at the last minute.")
    (r,) = extract(text, published=date(2025, 3, 19)).reports
    assert (r.status, str(r.start_date), r.date_precision) == ("cancelled", "2024-12-01", "month")


def test_the_meeting_with_someone_in_a_clause_beside_another_s_subject_is_that_subject_s_and_not_scheduled_yet_is_possible():
    text = ("Dutch Prime Minister Mark Jansen will not take part in the summit in Granada, and the meeting with Peruvian "
            "President Carlos Mendoza planned there for October 5 will not take place, a source said.")
    (r,) = extract(text, published=date(2023, 10, 4)).reports
    assert sorted(p.name for p in r.participants) == ["Carlos Mendoza", "Mark Jansen"]
    (r,) = extract("A meeting between Dutch Prime Minister Mark Jansen and Peruvian President Carlos Mendoza in Lima is not on "
                   "the schedule yet, but it cannot be ruled out, a spokesman said.", published=date(2023, 10, 4)).reports
    assert r.status == "possible"


def test_talks_held_then_are_on_the_day_of_the_clause_before():
    text = ("Dutch Prime Minister Mark Jansen is scheduled to meet Peruvian President Carlos Mendoza on Thursday morning and "
            "will then hold talks with Peruvian Prime Minister Luis Ortega at his office.")
    reports = extract(text, published=date(2017, 12, 5)).reports
    assert [str(r.start_date) for r in reports] == ["2017-12-07", "2017-12-07"]


def test_a_meeting_planned_there_for_a_day_that_will_not_take_place_is_cancelled():
    text = ("Dutch Prime Minister Mark Jansen said the meeting with Peruvian President Carlos Mendoza planned there for "
            "October 5 will not take place.")
    (r,) = extract(text, published=date(2023, 9, 28)).reports
    assert (r.status, str(r.start_date)) == ("cancelled", "2023-10-05")


def test_a_named_occasion_s_city_after_of_is_the_place_and_talks_in_another_meeting_s_sentence_are_that_meeting_s():
    text = ("Dutch Prime Minister Mark Jansen and Peru's Carlos Mendoza are expected to hold talks on the sidelines of the "
            "Summit of the Americas in Panama City on Saturday.\n\n"
            "The encounter was foreshadowed late Thursday when Dutch Foreign Minister Anna de Vries met her Peruvian "
            "counterpart Luis Ortega for two hours at a hotel, the highest-level talks between the two countries' diplomats "
            "in decades.")
    reports = extract(text, published=date(2015, 4, 10)).reports
    by = {tuple(sorted(p.name for p in r.participants)): r for r in reports}
    r = by[("Carlos Mendoza", "Mark Jansen")]
    assert (r.status, str(r.start_date), r.place.name, r.occasion) == ("planned", "2015-04-11", "Panama City",
                                                                      "Summit of the Americas")
    assert by[("Anna de Vries", "Luis Ortega")].status == "held"


def test_an_arrival_for_a_summit_described_by_a_meeting_in_apposition_is_the_meeting_of_the_day_held_in_person():
    text = ("Dutch Prime Minister Mark Jansen has arrived in Peru's capital, Lima, for a landmark summit with Peruvian "
            "President Carlos Mendoza, the first meeting between the leaders of the two countries in nearly 20 years.\n\n"
            "The two men later held talks at the presidential palace, officials said, on restoring air links and telephone "
            "lines.")
    (r,) = extract(text, published=date(2018, 7, 8)).reports
    assert (r.status, r.mode, str(r.start_date), r.place.name) == ("held", "in_person", "2018-07-08", "Lima")


def test_a_meeting_named_by_its_day_in_the_next_sentence_dates_the_talks_just_held():
    text = ("Dutch Prime Minister Mark Jansen has held talks with Peruvian President Carlos Mendoza on the sidelines of the "
            "G20 summit in Rio de Janeiro, the first face-to-face meeting between a Dutch prime minister and Peru's leader "
            "in six years.\n\n"
            "At the start of Monday's meeting, the prime minister said the Netherlands wanted a durable relationship with "
            "Lima.")
    (r,) = extract(text, published=date(2024, 11, 19)).reports
    assert (r.status, str(r.start_date), r.place.name) == ("held", "2024-11-18", "Rio de Janeiro")


def test_bilateral_meetings_with_a_list_the_parser_hangs_on_the_speaker_are_one_each_and_a_headline_of_two_stories_sums_them():
    text = ("Jansen to meet Mendoza, Soto in Lima; no word on Arce meeting\n\n"
            "The Hague: Dutch Prime Minister Mark Jansen will travel to Lima on Thursday to attend the summit and will hold "
            "bilateral meetings on Friday with Peruvian President Carlos Mendoza, Chilean President Ana Soto and Colombian "
            "President Luis Ortega, Foreign Secretary Jan Bakker said today.\n\n"
            "Asked about a possible meeting with Bolivian President Luis Arce, Mr Bakker said the Prime Minister's schedule "
            "was still evolving.")
    reports = extract(text, title="Jansen to meet Mendoza, Soto in Lima; no word on Arce meeting",
                      published=date(2022, 9, 14)).reports
    got = sorted((tuple(sorted(p.name for p in r.participants)), r.status, str(r.start_date)) for r in reports)
    assert got == [(("Ana Soto", "Mark Jansen"), "planned", "2022-09-16"),
                   (("Carlos Mendoza", "Mark Jansen"), "planned", "2022-09-16"),
                   (("Luis Arce", "Mark Jansen"), "possible", "None"),
                   (("Luis Ortega", "Mark Jansen"), "planned", "2022-09-16")]


def test_a_list_goes_on_after_a_relative_clause_and_the_host_of_a_summit_meets_nobody_by_it():
    text = ("Dutch Prime Minister Mark Jansen also held talks with Uzbek President Shavkat Mirziyoyev, who hosted the summit, "
            "Iranian President Ebrahim Raisi and Turkish President Recep Tayyip Erdogan.")
    (r,) = extract(text, published=date(2022, 9, 17)).reports
    assert sorted(p.name for p in r.participants) == ["Ebrahim Raisi", "Mark Jansen", "Recep Tayyip Erdogan", "Shavkat Mirziyoyev"]


def test_the_two_of_an_office_are_the_pair_the_sentence_names_not_a_meeting_of_three_just_told():
    text = ("Dutch Prime Minister Mark Jansen will not hold a bilateral meeting with his Peruvian counterpart Luis Ortega "
            "during the summit. Mr Jansen met Chilean Prime Minister Ana Soto on Tuesday, and is scheduled to meet Colombian "
            "President Carlos Mendoza and Bolivian Prime Minister Eva Rojas on Thursday.\n\n"
            "The two prime ministers last met in Lima in May, when Mr Jansen attended Mr Ortega's swearing-in ceremony.")
    reports = extract(text, published=date(2014, 11, 26)).reports
    (last,) = [r for r in reports if str(r.start_date).startswith("2014-05")]
    assert sorted(p.name for p in last.participants) == ["Luis Ortega", "Mark Jansen"]


def test_a_menu_in_capitals_whose_lower_case_is_longer_loses_no_article():
    text = ("TÜRKİYE | ECONOMY | WORLD | OPINION | LIFESTYLE | SPORTS\n\n"
            "Dutch Prime Minister Mark Jansen met Peruvian President Carlos Mendoza in Lima on Monday.")
    result = extract(text, published=date(2023, 8, 29))
    assert result.skipped == ""
    (r,) = result.reports
    assert r.evidence == "Dutch Prime Minister Mark Jansen met Peruvian President Carlos Mendoza in Lima on Monday."


def test_an_invitation_turned_down_is_ruled_out_and_a_go_between_despite_whom_no_party():
    (r,) = extract("Peru has turned down a Dutch invitation for Prime Minister Mark Jansen to meet Peruvian President Carlos "
                   "Mendoza at a forum in Lima this week.", published=date(2023, 5, 29)).reports
    assert r.status == "ruled_out"
    text = ("Peruvian President Carlos Mendoza said on Wednesday he had turned down a meeting with Dutch Prime Minister Mark "
            "Jansen as long as sanctions remained in place, despite efforts by Chilean President Ana Soto to bring the two "
            "men together.")
    (r,) = extract(text, published=date(2019, 9, 25)).reports
    assert (r.status, sorted(p.name for p in r.participants)) == ("ruled_out", ["Carlos Mendoza", "Mark Jansen"])


def test_his_in_the_object_of_a_clause_is_its_subject_s_and_partyless_talks_there_hide_no_summit():
    text = ("Dutch Prime Minister Mark Jansen says the leaders' summit with Peruvian President Carlos Mendoza and Chilean "
            "President Ana Soto, scheduled for May 24 in Lima, has been called off after the Peruvian President cut short "
            "his trip to deal with debt ceiling talks.")
    (r,) = extract(text, published=date(2023, 5, 17)).reports
    assert (r.status, str(r.start_date)) == ("cancelled", "2023-05-24")
    assert {"Carlos Mendoza", "Ana Soto"} <= {p.name for p in r.participants}
    (r,) = extract("Jansen said Dutch Foreign Minister Anna de Vries would meet her Peruvian counterpart Luis Ortega next week.",
                   published=date(2025, 10, 16)).reports
    assert sorted(p.name for p in r.participants) == ["Anna de Vries", "Luis Ortega"]


def test_a_round_between_two_countries_is_of_the_pair_that_holds_their_other_rounds_with_the_round_s_day_and_place():
    text = ("A fourth round of talks between Peru and the Netherlands that had been due to take place in Rome on Saturday has "
            "been postponed for logistical reasons, Oman's Foreign Minister Badr Albusaidi said on Thursday.\n\n"
            "Oman has mediated the talks between Peruvian Foreign Minister Luis Ortega and Dutch envoy Anna de Vries.\n\n"
            "Ortega and De Vries held a third round of talks in Muscat last Saturday.")
    reports = extract(text, published=date(2025, 5, 1)).reports
    (r,) = [r for r in reports if r.status == "postponed"]
    assert (sorted(p.name for p in r.participants), str(r.start_date), r.place.name) == (["Anna de Vries", "Luis Ortega"],
                                                                                        "2025-05-03", "Rome")


def test_seeing_someone_in_a_where_clause_or_seeing_him_again_is_a_meeting_at_that_place():
    (r,) = extract("Dutch Foreign Minister Anna de Vries was heading later Wednesday to Lima, where she is scheduled to see "
                   "Peruvian President Carlos Mendoza, before a final stop in Chile.", published=date(2024, 1, 10)).reports
    assert (r.status, r.place.name, sorted(p.name for p in r.participants)) == ("planned", "Lima", ["Anna de Vries", "Carlos Mendoza"])
    text = ("Dutch Foreign Minister Anna de Vries, who met Peruvian Foreign Minister Luis Ortega in Cairo in February, is "
            "expected to see him again at the end of this month in Budapest.")
    reports = extract(text, published=date(2001, 5, 15)).reports
    (again,) = [r for r in reports if r.status == "planned"]
    assert (again.place.name, sorted(p.name for p in again.participants)) == ("Budapest", ["Anna de Vries", "Luis Ortega"])


def test_delegations_are_their_heads_and_the_two_sides_the_pair_the_sentence_names():
    text = ("Peruvian and Chilean delegations met in Istanbul on May 16 for the first direct talks in three years.\n\n"
            "Peru's delegation was led by Defence Minister Luis Ortega, while Chile sent a team headed by presidential aide "
            "Carlos Vega.\n\n"
            "The two sides last met face to face in Istanbul in March 2022, when talks led by Vega and Peru's Carlos Mendoza "
            "collapsed.")
    reports = sorted(extract(text, published=date(2025, 5, 16)).reports, key=lambda r: r.start_date)
    assert [(str(r.start_date)[:7], sorted(p.name for p in r.participants)) for r in reports] == [
        ("2022-03", ["Carlos Mendoza", "Carlos Vega"]), ("2025-05", ["Carlos Vega", "Luis Ortega"])]


def test_a_venue_known_by_name_gives_its_city_and_an_unknown_name_s_last_word_is_no_town():
    (r,) = extract("Peruvian President Carlos Mendoza met Dutch Prime Minister Mark Jansen at Trump Tower on Sept. 27, 2024.",
                   published=date(2025, 8, 17)).reports
    assert (r.place.name, r.place.country) == ("New York", "US")
    (r,) = extract("Peruvian President Carlos Mendoza broke his journey yesterday for two hours of talks with Dutch Prime "
                   "Minister Mark Jansen at RAF Brize Norton in Oxfordshire.", published=date(1987, 12, 8)).reports
    assert r.place is None or r.place.country == "GB"


def test_a_where_clause_hung_on_the_day_of_a_trip_is_at_that_trip_s_destination_on_that_day():
    (r,) = extract("Dutch Foreign Minister Anna de Vries travels to Peru on Thursday, where she is scheduled to meet President "
                   "Carlos Mendoza, before wrapping up her tour in Chile on Friday.", published=date(2024, 5, 22)).reports
    assert (r.status, r.place.name, str(r.start_date)) == ("planned", "Peru", "2024-05-23")


def test_talks_put_off_while_the_pair_spoke_by_video_link_stay_in_person():
    text = ("The talks between Dutch Foreign Minister Anna de Vries and Peruvian Foreign Minister Luis Ortega, the third round of "
            "which was due to be held in Lima this year, have been put off, and the two have instead spoken by video link, most "
            "recently on July 5.")
    reports = extract(text, published=date(2024, 5, 24)).reports
    assert sorted(r.mode for r in reports) == ["in_person", "video"]


def test_a_meeting_named_by_its_place_in_what_a_host_told_reporters_is_no_meeting_of_host_and_guest():
    text = ('Dutch Prime Minister Mark Jansen on Thursday called off a planned June 12 summit in Lima with Peruvian President '
            'Carlos Mendoza.\n\nChilean President Ana Soto said she was perplexed.\n\nThe cancellation came two days after Jansen '
            'hosted Soto at the Binnenhof on Tuesday, when he told reporters that the Lima meeting "may not work out" for June 12 '
            'but could happen later.')
    reports = extract(text, published=date(2024, 5, 22)).reports
    assert sorted((r.status, str(r.start_date)) for r in reports) == [("cancelled", "2024-06-12"), ("held", "2024-05-21")]


def test_a_meeting_told_as_held_takes_no_day_or_place_of_a_trip_still_to_come():
    text = ("Dutch Prime Minister Mark Jansen and Peruvian President Carlos Mendoza spoke on the sidelines of the summit in "
            "Johannesburg on Wednesday.\n\nIt was the first substantive conversation between the two leaders since they exchanged "
            "pleasantries at a dinner during the G-20 summit in Bali last November, a brief encounter.\n\nOfficials said there was "
            "still no word on whether Mendoza would travel to the Netherlands for the summit on September 9-10, where the two "
            "leaders could hold a formal bilateral meeting.")
    reports = extract(text, published=date(2023, 8, 25)).reports
    assert sorted((r.status, str(r.start_date)) for r in reports) == [("held", "2023-08-23"), ("possible", "2023-09-09")]


def test_a_meeting_the_same_day_told_beside_one_at_a_gathering_is_at_that_gathering():
    text = ("LIMA, Aug. 1 - Dutch Foreign Minister Anna de Vries and her Chilean counterpart Ana Soto held talks Thursday on the "
            "margins of a series of APEC-related meetings in Lima.\n\nEarlier Thursday, de Vries held talks with Chinese Foreign "
            "Minister Wang Yi, and the two agreed to work together.")
    reports = extract(text, published=date(2019, 8, 1)).reports
    assert [(r.place.name, r.occasion) for r in reports] == [("Lima", "APEC-related meetings")] * 2


def test_one_person_s_round_of_meetings_at_a_gathering_places_that_week_s_meetings_of_that_person():
    text = ("Dutch Foreign Minister Anna de Vries held a string of meetings on the sidelines of the APEC gatherings in Lima this "
            "week, standing in for the prime minister.\n\nThe prime minister has not been seen in public for weeks.\n\nOn "
            "Thursday, de Vries met Chinese Foreign Minister Wang Yi.")
    (r,) = extract(text, published=date(2023, 7, 14)).reports
    assert (r.place.name, r.occasion, str(r.start_date)) == ("Lima", "APEC gatherings", "2023-07-13")


def test_the_traveller_of_an_itinerary_is_who_meets_at_its_next_stop():
    text = ("Dutch Prime Minister Mark Jansen will visit four countries.\n\nHe will then fly to Lima on Friday for talks with "
            "Peruvian President Carlos Mendoza focused on trade, before moving on in the evening to Quito, where he is scheduled "
            "to meet Ecuadorian President Luis Vera, a long-standing ally.")
    reports = extract(text, published=date(2023, 2, 27)).reports
    assert sorted(([p.name for p in r.participants], r.place.name) for r in reports) == [
        (["Mark Jansen", "Carlos Mendoza"], "Lima"), (["Mark Jansen", "Luis Vera"], "Quito")]


def test_a_trip_s_purpose_keeps_the_trip_s_place_and_the_same_evening_is_the_day_said_before():
    text = ("French President Nicolas Sarkozy met Russian President Dmitry Medvedev in Moscow on Tuesday and then flew to Tbilisi "
            "to see Georgian President Mikheil Saakashvili the same evening.")
    reports = extract(text, published=date(2008, 8, 14)).reports
    assert sorted((r.place.name, str(r.start_date)) for r in reports) == [("Moscow", "2008-08-12"), ("Tbilisi", "2008-08-12")]


def test_a_leader_with_his_own_commander_in_chief_is_a_domestic_meeting():
    assert extract("Ukrainian President Volodymyr Zelensky met with Commander-in-Chief Valerii Zaluzhnyi and Defense Minister "
                   "Oleksii Reznikov to discuss the defense of Kyiv.", published=date(2022, 3, 10)).reports == []


def test_an_occasion_named_by_its_bare_noun_is_the_one_named_in_full_before_and_a_meeting_before_leaving_today_is_today():
    text = ("Dutch Prime Minister Mark Jansen has met Chinese Premier Li Qiang on the sidelines of the East Asia Summit in "
            "Jakarta.\n\nThe meeting was the first between the two leaders.\n\nOn Wednesday, Jansen held talks with US "
            "Vice-President Kamala Harris, who is attending the summit, and he is also expected to meet Japanese Prime Minister "
            "Fumio Kishida before leaving today.")
    reports = extract(text, published=date(2023, 9, 7)).reports
    assert sorted((r.participants[1].name, r.status, str(r.start_date), r.place and r.place.name, r.occasion) for r in reports) == [
        ("Fumio Kishida", "planned", "2023-09-07", "Jakarta", "East Asia Summit"),
        ("Kamala Harris", "held", "2023-09-06", "Jakarta", "East Asia Summit"),
        ("Li Qiang", "held", "2023-09-07", "Jakarta", "East Asia Summit")]


def test_a_remote_joiner_s_clause_leaves_a_coordinated_clause_with_its_own_subject_in_person():
    (r,) = extract("He will join the summit via video link, and the meeting between Russian President Vladimir Putin and Brazilian "
                   "President Luiz Inacio Lula da Silva that had been scheduled for the sidelines of the summit will not take "
                   "place, Ushakov said.", published=date(2024, 10, 22)).reports
    assert (r.mode, r.status) == ("in_person", "cancelled")


def test_the_gathering_an_article_opens_with_places_its_meetings_of_those_days():
    text = ("OSAKA (Reuters) - Dutch Prime Minister Mark Jansen and Peruvian President Carlos Mendoza held a meeting on Saturday on "
            "the sidelines of the G20 summit in Osaka.\n\nThe two agreed to restart trade talks.\n\nOn Friday, Jansen held his "
            "first formal meeting with Chilean President Ana Soto, who praised him.")
    reports = extract(text, published=date(2019, 6, 29)).reports
    assert [(str(r.start_date), r.place.name, r.occasion) for r in reports] == [
        ("2019-06-29", "Osaka", "G20 summit"), ("2019-06-28", "Osaka", "G20 summit")]


def test_leaders_skipping_a_summit_hold_no_meeting_and_a_counted_encounter_after_a_comma_is_the_one_told():
    assert extract("Chinese President Xi Jinping and Russian President Vladimir Putin are skipping the summit.",
                   published=date(2023, 9, 9)).reports == []
    (r,) = extract("Dutch Prime Minister Mark Jansen was due to meet Peruvian President Carlos Mendoza later on Wednesday, their "
                   "first encounter since the election, before an audience with King Charles at Windsor Castle.",
                   published=date(2009, 4, 1)).reports
    assert (r.status, [p.name for p in r.participants], r.place) == ("planned", ["Mark Jansen", "Carlos Mendoza"], None)


def test_the_agenda_of_a_place_named_meeting_discussed_by_phone_is_no_meeting_of_the_callers():
    text = ("Dutch Foreign Minister Anna de Vries will travel to Lima this week for a meeting of Andean and European ministers.\n\n"
            "De Vries and Peruvian Foreign Minister Luis Ortega discussed the agenda of the Lima meeting by telephone on November "
            "20, the ministry said.")
    reports = extract(text, published=date(2019, 11, 25)).reports
    assert [(r.mode, r.status) for r in reports] == [("phone", "held")]


def test_who_attended_an_audience_told_three_sentences_on_are_at_that_audience():
    text = ("His Majesty Sultan Haitham bin Tarik received Iranian Foreign Minister Mohammad Javad Zarif in Muscat on Tuesday.\n\n"
            "Zarif conveyed the greetings of President Hassan Rouhani.\n\nThe audience reviewed the bonds of friendship between "
            "the two countries.\n\nThe audience was attended by Sayyid Badr Albusaidi, Foreign Minister, and the Iranian "
            "Ambassador to the Sultanate.")
    reports = extract(text, published=date(2021, 1, 26)).reports
    assert len(reports) == 1


def test_members_of_a_body_convening_report_no_meeting_and_leave_the_meal_its_day():
    (r,) = extract("Dutch Prime Minister Mark Jansen will travel to Brussels on Monday for a working lunch with European Commission "
                   "President Anna Berg, in what officials describe as the last chance to clinch a deal before EU leaders meet "
                   "later this month.", published=date(2017, 12, 1)).reports
    assert (r.status, r.cues["trigger"], str(r.start_date), r.place.name) == ("planned", "lunch", "2017-12-04", "Brussels")


def test_then_in_the_afternoon_is_the_day_and_place_of_the_travellers_meeting_before():
    text = ("Dutch Prime Minister Mark Jansen will travel to Brussels on Monday for a working lunch with European Commission "
            "President Anna Berg.\n\nThe Commission said in a short statement on Friday that its negotiator would join the lunch. "
            "The Dutch prime minister is then due to see European Council President Piotr Nowak in the afternoon.")
    reports = extract(text, published=date(2017, 12, 1)).reports
    later = next(r for r in reports if "Nowak" in {p.name.split()[-1] for p in reports[-1].participants if p.name} and r is reports[-1])
    assert (later.status, str(later.start_date), later.place.name) == ("planned", "2017-12-04", "Brussels")


def test_a_name_after_someones_deputy_is_a_person():
    text = ("Negotiators have been working around the clock. Barnier's deputy Sabine Weyand met British officials in Brussels on "
            "Thursday to go through the latest wording.")
    (r,) = extract(text, published=date(2017, 12, 1)).reports
    assert ([p.name for p in r.participants if p.name], [p.country for p in r.participants if not p.name]) == (["Sabine Weyand"], ["GB"])


def test_the_same_four_leaders_who_last_met_are_the_four_named_before():
    text = ("Chancellor Karl Weiss hosted French President Luc Morel, Polish President Piotr Nowak and Czech President Jan Dvorak "
            "in Berlin on Wednesday evening.\n\nThe same four leaders had last met in this format in Paris in October 2015.")
    reports = extract(text, published=date(2016, 10, 20)).reports
    last = next(r for r in reports if r.place and r.place.name == "Paris")
    assert (last.status, str(last.start_date)[:7], len(last.participants)) == ("held", "2015-10", 4)


def test_briefing_counterparts_on_the_talks_is_no_meeting():
    text = ("German Chancellor Karl Weiss and French President Luc Morel spoke by phone with Nowak on Wednesday.\n\n"
            "EU leaders will discuss relations with Russia at a summit in Brussels on Thursday and Friday, where Weiss and Morel "
            "are expected to brief their counterparts on the talks.")
    assert [r.mode for r in extract(text, published=date(2016, 10, 20)).reports] == ["phone"]


def test_some_of_a_meetings_people_met_separately_that_day_there():
    text = ("Chancellor Karl Weiss hosted French President Luc Morel, Polish President Piotr Nowak and Czech President Jan Dvorak "
            "at the Chancellery in Berlin on Wednesday evening.\n\n\"It was worth it,\" Weiss said. Nowak said the leaders had "
            "agreed on a roadmap.\n\nAfter Dvorak left, Weiss and Morel held a separate meeting with Nowak on trade.")
    reports = extract(text, published=date(2016, 10, 20)).reports
    apart = next(r for r in reports if len(r.participants) == 3)
    assert (str(apart.start_date), apart.place.name) == ("2016-10-19", "Berlin")


def test_the_one_received_told_after_the_place_is_the_guest():
    text = ("Havana, Mar 21 (Prensa Latina) The President of the Councils of State and Ministers, Army General Raúl Castro Ruz, "
            "received this Monday at the Palace of the Revolution the President of the United States, Barack Obama, who is on an "
            "official visit to Cuba until Tuesday.")
    (r,) = extract(text, published=date(2016, 3, 21)).reports
    assert ([p.name for p in r.participants], str(r.start_date)) == (["Raúl Castro Ruz", "Barack Obama"], "2016-03-21")


def test_two_people_of_one_family_name_are_two_and_the_name_alone_is_the_first_named():
    text = ("US President Mark Jansen will hold talks with Cuban President Carlos Mendoza in Havana on Monday.\n\nDeputy national security adviser Tom Hale said there "
            "were no plans for Jansen to meet former Cuban President Luis Mendoza, 89.\n\nMendoza will host a "
            "dinner for Jansen on Monday evening.")
    reports = extract(text, published=date(2016, 3, 18)).reports
    got = {(r.status, tuple(sorted(p.name for p in r.participants))) for r in reports}
    assert ("planned", ("Carlos Mendoza", "Mark Jansen")) in got and ("ruled_out", ("Luis Mendoza", "Mark Jansen")) in got
    assert len(reports) == 2


def test_a_meeting_that_appears_to_be_on_hold_is_postponed():
    (r,) = extract("The planned meeting between Israeli Prime Minister Dan Levi and Palestinian President Omar Haddad in Moscow "
                   "appears to be on hold.", published=date(2016, 9, 24)).reports
    assert (r.status, r.place.name) == ("postponed", "Moscow")


def test_two_objects_of_one_verb_each_in_a_place_of_its_own_are_two_meetings():
    reports = extract("US Vice President Joe Biden is scheduled to meet Israeli Prime Minister Benjamin Netanyahu in Jerusalem on "
                      "Wednesday and Palestinian Authority President Mahmoud Abbas in Ramallah later that day.",
                      published=date(2016, 3, 7)).reports
    assert sorted((r.participants[1].name, r.place.name, str(r.start_date)) for r in reports) == [
        ("Benjamin Netanyahu", "Jerusalem", "2016-03-09"), ("Mahmoud Abbas", "Ramallah", "2016-03-09")]


def test_a_meeting_on_the_sidelines_takes_no_place_of_the_next_edition_of_the_summit():
    text = ("KATHMANDU, November 27: The 18th SAARC Summit closed here on Thursday.\n\nOn Wednesday, on the sidelines of the summit, "
            "Indian Prime Minister Narendra Modi held talks with Sri Lankan President Mahinda Rajapaksa.\n\nThe 19th SAARC Summit "
            "will be held in Islamabad in 2016.")
    (r,) = extract(text, published=date(2014, 11, 28)).reports
    assert r.place is None or r.place.name != "Islamabad"


def test_separate_meetings_with_a_list_the_parser_breaks_are_one_with_each():
    reports = extract("Indian Prime Minister Narendra Modi arrived in Kathmandu on Tuesday. On Wednesday, on the sidelines of the "
                      "summit, he held separate bilateral meetings with Sri Lankan President Mahinda Rajapaksa, Afghan President Ashraf "
                      "Ghani, Bangladesh Prime Minister Sheikh Hasina, Maldivian President Abdulla Yameen and Bhutanese Prime Minister "
                      "Tshering Tobgay.", published=date(2014, 11, 28)).reports
    assert all(len(r.participants) == 2 for r in reports) and len(reports) == 5


def test_no_meeting_on_the_schedule_and_no_prospect_of_one_are_ruled_out():
    for text in ("No meeting between Russian Foreign Minister Sergei Lavrov and Indian Prime Minister Narendra Modi is on the "
                 "schedule, officials said.",
                 "There is no prospect of a meeting between Indian Prime Minister Narendra Modi and Pakistani Prime Minister Nawaz "
                 "Sharif."):
        (r,) = extract(text, published=date(2021, 4, 5)).reports
        assert r.status == "ruled_out", text


def test_a_retired_ranks_parenthesis_ends_no_sentence():
    result = extract("Indian National Security Adviser Ajit Doval is likely to meet his Pakistani counterpart Lt. Gen. (retd.) "
                     "Naseer Khan Janjua in the coming weeks.", published=date(2016, 1, 14))
    (r,) = result.reports
    assert r.evidence.endswith("in the coming weeks.") and r.status == "possible"


def test_meetings_with_two_leaders_told_without_whose_are_the_protagonists_one_each():
    text = ("Indian Prime Minister Narendra Modi will hold talks with Kyrgyz President Sooronbay Jeenbekov on Friday, Foreign "
            "Secretary Vijay Gokhale told reporters. Meetings with Iranian President Hassan Rouhani and Afghan President Ashraf Ghani "
            "are being worked out, he said.")
    reports = extract(text, published=date(2019, 6, 11)).reports
    assert sorted((r.status, r.participants[-1].name) for r in reports if r.status == "possible") == [
        ("possible", "Ashraf Ghani"), ("possible", "Hassan Rouhani")]
    assert all(r.participants[0].name == "Narendra Modi" for r in reports)


def test_the_following_day_counts_from_the_nearest_day_before_it_in_its_year():
    (r,) = extract("Thursday's handshake was the first contact between Indian Prime Minister Narendra Modi and Pakistani Prime "
                   "Minister Nawaz Sharif since Mr. Sharif attended Mr. Modi's swearing-in in New Delhi on May 26 and held talks "
                   "with him the following day.", published=date(2014, 11, 28)).reports
    assert (r.status, str(r.start_date)) == ("held", "2014-05-27")


def test_meetings_on_the_sidelines_of_a_gathering_of_no_name_are_at_its_place():
    text = ("JAKARTA, July 14 (Reuters) - Southeast Asian foreign ministers wrapped up a week of meetings in Jakarta on Friday, as "
            "the gathering's sidelines filled with bilateral diplomacy.\n\nOn the sidelines, U.S. Secretary of State Antony Blinken "
            "met China's top diplomat Wang Yi for about 90 minutes on Thursday.")
    (r,) = extract(text, published=date(2023, 7, 14)).reports
    assert (r.place.name, str(r.start_date)) == ("Jakarta", "2023-07-13")


def test_the_traveller_of_a_passive_main_clause_meets_at_the_next_stop():
    text = ("US Secretary of State Antony Blinken arrived in Kinshasa on Monday. He is expected to hold talks with Congolese "
            "President Felix Tshisekedi there later on Tuesday, before heading to Kigali, where he will meet Rwandan President "
            "Paul Kagame.")
    reports = extract(text, published=date(2022, 8, 8)).reports
    assert sorted((r.participants[1].name, r.place.name) for r in reports) == [("Felix Tshisekedi", "Kinshasa"), ("Paul Kagame", "Kigali")]
    assert all(r.participants[0].name == "Antony Blinken" for r in reports)


def test_people_listed_each_with_a_place_and_a_day_are_one_meeting_each():
    text = ("Sudan's army chief Abdel Fattah al-Burhan met Turkish President Recep Tayyip Erdogan in Ankara on Wednesday.\n\nHe has "
            "since held talks with South Sudan's Salva Kiir in Juba on September 4, Qatar's emir Sheikh Tamim bin Hamad Al Thani "
            "in Doha last week and Eritrean President Isaias Afwerki in Asmara on Monday.")
    reports = extract(text, published=date(2023, 9, 13)).reports
    assert sorted((r.participants[1].name, r.place.name) for r in reports if r.place.name != "Ankara") == [
        ("Isaias Afwerki", "Asmara"), ("Salva Kiir", "Juba"), ("Sheikh Tamim bin Hamad Al Thani", "Doha")]
    assert all(r.participants[0].name == "Abdel Fattah al-Burhan" for r in reports)


def test_the_same_people_again_in_another_place_on_another_day_is_a_second_meeting():
    reports = extract("Hungarian Prime Minister Viktor Orban arrived in Moscow. He previously met with Russian President Vladimir "
                      "Putin in St Petersburg on April 11 and in Moscow on April 25.", published=date(2024, 7, 8)).reports
    assert sorted((str(r.start_date), r.place.name) for r in reports) == [("2024-04-11", "Saint Petersburg"), ("2024-04-25", "Moscow")]


def test_no_new_round_of_talks_planned_is_ruled_out():
    (r,) = extract("Kremlin spokesperson Dmitry Peskov said no new round of talks between Russian and Ukrainian negotiators was "
                   "currently planned.", published=date(2022, 6, 14)).reports
    assert r.status == "ruled_out"


def test_a_meeting_expected_but_later_said_not_scheduled_is_ruled_out_and_one_that_could_be_is_possible():
    (r,) = extract("Turkish President Recep Tayyip Erdogan was expected to meet Greek Prime Minister Kyriakos Mitsotakis before "
                   "leaving The Hague, but a Greek government spokesman said later that no meeting had been scheduled.",
                   published=date(2025, 6, 25)).reports
    assert r.status == "ruled_out"
    (r,) = extract("The official said U.S. Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov could meet again "
                   "later this week, possibly in Geneva, but that no meeting was scheduled.", published=date(2016, 9, 5)).reports
    assert r.status == "possible"


def test_separate_meetings_before_the_trilateral_talks_are_that_day_there():
    text = ("Turkish Foreign Minister Mevlut Cavusoglu hosted Russian Foreign Minister Sergei Lavrov and Ukrainian Foreign Minister "
            "Dmytro Kuleba for trilateral talks in Antalya on Thursday.\n\nBefore the trilateral talks, Cavusoglu held separate "
            "bilateral meetings with Lavrov and Kuleba.")
    reports = extract(text, published=date(2022, 3, 10)).reports
    assert {(str(r.start_date), r.place.name) for r in reports} == {("2022-03-10", "Antalya")} and len(reports) == 3


def test_a_meeting_in_the_days_of_a_groups_meeting_the_traveller_flies_to_is_there():
    text = ("Blinken travels on Wednesday to Tashkent, where he is scheduled to meet Uzbek President Shavkat Mirziyoyev, before "
            "flying to New Delhi for a G20 foreign ministers' meeting on March 1-2.\n\nUS Secretary of State Antony Blinken is due "
            "to hold talks with Indian External Affairs Minister Subrahmanyam Jaishankar on Wednesday evening.")
    r = next(r for r in extract(text, published=date(2023, 2, 28)).reports if r.participants[1].name == "Subrahmanyam Jaishankar")
    assert (r.place.name, r.occasion) == ("New Delhi", "G20 foreign ministers' meeting")


def test_those_who_will_attend_a_summit_hold_no_meeting_of_their_own():
    text = ("US President Barack Obama arrives in Panama on Thursday for the Summit of the Americas.\n\nThe summit, whose theme is "
            "\"Prosperity with Equity\", will also be attended by UN Secretary General Ban Ki-moon and OAS Secretary General Jose "
            "Miguel Insulza.")
    assert extract(text, published=date(2015, 4, 8)).reports == []


def test_someone_who_dismissed_the_talks_tells_no_fate_of_the_meeting_before():
    text = ("Ousted Honduran President Manuel Zelaya was expected to travel Friday to Guatemala City, where he is scheduled to meet "
            "Guatemalan President Alvaro Colom, according to his aides.\n\nVenezuelan President Hugo Chavez, Zelaya's closest ally, "
            "dismissed the talks.")
    (r,) = extract(text, published=date(2009, 7, 10)).reports
    assert r.status == "planned"


def test_in_what_would_be_their_first_meeting_is_the_meeting_just_told():
    (r,) = extract("Mendoza is due to hold talks with Chilean President Rosa Fuentes on Monday, Peruvian President Carlos "
                   "Mendoza's spokesman told reporters, in what would be their first meeting since Fuentes visited Lima in June.",
                   published=date(2019, 2, 10)).reports
    assert (r.status, r.start_date) == ("planned", date(2019, 2, 11))


def test_a_three_way_meeting_two_sentences_after_the_pair_adds_the_third_and_keeps_its_same_day():
    text = ("Peruvian President Carlos Mendoza is due to hold talks with Chilean President Rosa Fuentes on Monday. "
            "The discussions are expected to center on water rights. A three-way meeting with Bolivian President Luis Arce "
            "that had been pencilled in for the same day was called off.")
    r = extract(text, published=date(2019, 2, 10)).reports
    assert sorted((x.status, _names(x), x.start_date) for x in r) == [
        ("cancelled", ["Arce", "Fuentes", "Mendoza"], date(2019, 2, 11)), ("planned", ["Fuentes", "Mendoza"], date(2019, 2, 11))]


def test_leaders_at_the_end_of_the_summit_is_the_gathering_not_a_meeting_of_theirs():
    r = extract("PHOTO 5: Peru's Carlos Mendoza, Chile's Rosa Fuentes and Bolivia's Luis Arce stand with other leaders for "
                "the family photo at the end of the summit.", published=date(2023, 1, 24)).reports
    assert r == []


def test_a_new_round_of_talks_is_the_meeting_its_verb_reports():
    (r,) = extract("Quito, 17 March 2023 (EFE) – Peruvian President Carlos Mendoza and Chilean President Rosa Fuentes are set to "
                   "meet in Quito on Saturday, in a new round of EU-facilitated talks aimed at agreeing a border plan.",
                   published=date(2023, 3, 17)).reports
    assert (r.status, r.start_date, r.place.name) == ("planned", date(2023, 3, 18), "Quito")


def test_ahead_of_the_talks_opening_a_sentence_is_the_meeting_named_before():
    text = ("Peruvian President Carlos Mendoza and Chilean President Rosa Fuentes are set to meet in Quito on Saturday. "
            "Ahead of the talks, the two sides' chief negotiators, Peru's Deputy Foreign Minister Ana Ruiz and Chile's Deputy "
            "Foreign Minister Jorge Soto, held preparatory consultations with EU envoy Jan Novak in Brussels last week.")
    r = extract(text, published=date(2023, 3, 17)).reports
    assert sorted((x.status, _names(x)) for x in r) == [("held", ["Novak", "Ruiz", "Soto"]), ("planned", ["Fuentes", "Mendoza"])]


def test_in_the_first_talks_between_the_two_after_a_comma_is_the_meeting_just_told():
    (r,) = extract("Peruvian Foreign Minister Ana Ruiz and her Chilean counterpart Jorge Soto will meet in Quito on Thursday, "
                   "a Peruvian official said late on Wednesday, in the first face-to-face talks between the two since a feud "
                   "over fishing rights.", published=date(2019, 7, 31)).reports
    assert (r.status, r.start_date) == ("planned", date(2019, 8, 1))


def test_a_headline_pair_merges_with_the_body_s_meeting_of_one_more_also_in_the_room():
    text = ("Mendoza meets Chile's Fuentes as mediation gathers pace\n\n"
            "Peruvian President Carlos Mendoza met Chilean President Rosa Fuentes at the palace in Santiago on Tuesday, with "
            "Chilean Foreign Minister Jorge Soto also in the room, an official said.")
    (r,) = extract(text, published=date(2017, 7, 11)).reports
    assert _names(r) == ["Fuentes", "Mendoza", "Soto"]


def test_a_called_off_attempt_told_before_gives_no_day_nor_place_to_the_talks_that_opened():
    text = ("UN envoy Jan Novak and Peruvian Foreign Minister Ana Ruiz opened the consultations at a castle near Lima on "
            "Thursday, with the Chilean delegation headed by Foreign Minister Jorge Soto. An earlier attempt to convene talks in "
            "Geneva in September was called off after the Chilean delegation failed to travel.\n\n"
            "Peruvian Foreign Minister Ana Ruiz (C) and UN envoy Jan Novak (R) at the opening of the talks near Lima.")
    r = extract(text, published=date(2018, 12, 6)).reports
    assert all(x.place is None or x.place.name != "Geneva" for x in r if x.status == "held")


def test_a_second_object_with_a_place_of_its_own_is_a_second_meeting_there_the_same_week():
    r = extract("UN envoy Jan Novak met Peruvian President Carlos Mendoza in Lima late last month and Chilean President Rosa "
                "Fuentes in Santiago the same week.", published=date(2018, 12, 6)).reports
    got = sorted((_names(x), x.place.name, x.start_date) for x in r)
    assert got == [(["Fuentes", "Novak"], "Santiago", date(2018, 11, 1)), (["Mendoza", "Novak"], "Lima", date(2018, 11, 1))]


def test_the_one_a_topic_was_discussed_with_is_met_where_the_sentence_says():
    (r,) = extract("Chilean President Rosa Fuentes discussed trade and security with Peruvian President Carlos Mendoza in Arequipa "
                   "on Tuesday.", published=date(2023, 5, 10)).reports
    assert (_names(r), r.place.name, r.start_date) == (["Fuentes", "Mendoza"], "Arequipa", date(2023, 5, 9))
    assert extract("Chilean Foreign Minister Rosa Fuentes discussed relations with Peru in Santiago on Monday.",
                   published=date(2023, 5, 10)).reports == []


def test_a_caption_s_position_marks_do_not_make_the_one_welcomed_a_second_subject():
    (r,) = extract("Peruvian President Carlos Mendoza (R) welcomes Chilean President Rosa Fuentes (L) at the Government Palace "
                   "in Lima, May 9, 2023. REUTERS/Stringer", published=date(2023, 5, 9)).reports
    assert (_names(r), r.place.name, r.start_date) == (["Fuentes", "Mendoza"], "Lima", date(2023, 5, 9))


def test_a_subject_after_fronted_day_and_place_phrases_is_the_one_who_received():
    (r,) = extract("On 20 April 2017, in Lima, the Minister of Foreign Affairs and European Integration, Carlos Mendoza, received the "
                   "Ambassador of Chile to the Republic of Peru, Rosa Fuentes.", published=date(2017, 4, 20)).reports
    assert (_names(r), r.place.name, r.start_date) == (["Fuentes", "Mendoza"], "Lima", date(2017, 4, 20))


def test_a_meeting_on_a_trip_that_was_postponed_is_postponed_whoever_calls_the_traveller_secretary():
    (r,) = extract("Foreign Affairs Secretary Carlos Mendoza's trip to Santiago, where he was to meet Chilean Foreign Minister "
                   "Rosa Fuentes on Friday, has been postponed, the ministry said on Tuesday.", published=date(2014, 6, 10)).reports
    assert (_names(r), r.status, r.start_date) == (["Fuentes", "Mendoza"], "postponed", date(2014, 6, 13))


def test_the_one_due_to_meet_who_called_off_his_trip_cancelled_the_meeting():
    (r,) = extract("Peruvian Foreign Minister Carlos Mendoza, who had been due to meet his Chilean counterpart Rosa Fuentes in "
                   "Santiago on Thursday, has also called off his trip, officials said.", published=date(2011, 12, 6)).reports
    assert (_names(r), r.status) == (["Fuentes", "Mendoza"], "cancelled")


def test_talks_on_a_trade_agreement_to_be_resumed_are_no_meeting_of_the_pair_who_agreed():
    r = extract("Peruvian President Carlos Mendoza and Chilean President Rosa Fuentes last met in November in Lima, where they "
                "agreed to resume talks on a bilateral free trade agreement.", published=date(2011, 12, 6)).reports
    assert [(x.status, _names(x)) for x in r] == [("held", ["Fuentes", "Mendoza"])]


def test_the_mediators_are_the_go_betweens_listed_before_and_they_travel_on_without_the_one_they_met():
    text = ("The announcement came at the end of a regional tour by the three co-chairs, Jan Novak of the Czech Republic, Anna "
            "de Vries of the Netherlands and Luis Arce of Bolivia. The mediators met Peruvian Foreign Minister Carlos Mendoza in "
            "Lima on Wednesday and travelled on to Santiago, where they held talks with Chilean Foreign Minister Rosa Fuentes "
            "on Thursday.")
    r = extract(text, published=date(2009, 2, 27)).reports
    assert sorted((x.place.name, _names(x)) for x in r) == [("Lima", ["Arce", "Mendoza", "Novak", "Vries"]),
                                                             ("Santiago", ["Arce", "Fuentes", "Novak", "Vries"])]


def test_a_caption_s_present_with_a_weekday_is_the_day_just_past():
    (r,) = extract("Photo: President Carlos Mendoza (R) and Chilean President Rosa Fuentes (L) shake hands in Lima on Tuesday, "
                   "where Fuentes was received on a state visit.", published=date(2023, 8, 23)).reports
    assert (r.status, r.start_date) == ("held", date(2023, 8, 22))


def test_a_hyphened_word_after_the_name_is_no_dateline_dash():
    (r,) = extract("KANANASKIS, Alberta - Peruvian President Carlos Mendoza's long-awaited first face-to-face meeting with "
                   "Chilean President Rosa Fuentes was called off on Tuesday.", published=date(2025, 6, 18)).reports
    assert (_names(r), r.status) == (["Fuentes", "Mendoza"], "cancelled")


def test_met_somewhere_and_again_elsewhere_in_another_month_is_a_second_meeting_with_its_own_occasion():
    r = extract("Peruvian President Carlos Mendoza and Chilean President Rosa Fuentes met on the sidelines of the APEC summit in "
                "Lima in July, shortly after both won re-election, and again in New York in September during the UN General "
                "Assembly.", published=date(2023, 12, 8)).reports
    got = sorted((x.place.name, x.start_date, x.occasion) for x in r)
    assert got == [("Lima", date(2023, 7, 1), "APEC summit"), ("New York", date(2023, 9, 1), "UN General Assembly")]


def test_a_meeting_asked_about_is_not_reported_beside_the_answer_s_own():
    r = extract("Peruvian Foreign Minister Carlos Mendoza met Chilean Foreign Minister Rosa Fuentes in Lima on Friday.\n\n"
                "Asked about a possible meeting between the two heads of state, the minister said that no meeting between the "
                "Presidents of Peru and Chile is foreseen while the hearings are under way.", published=date(2012, 12, 3)).reports
    assert sorted(x.status for x in r) == ["held", "ruled_out"]


def test_a_day_by_day_paragraph_heading_gives_its_day_and_city_to_the_paragraph_s_meetings():
    text = ("Peruvian Deputy Foreign Minister Carlos Mendoza paid a working visit to Chile and Bolivia on 22-23 November.\n\n"
            "22 November, Santiago. Mendoza held talks with Chilean Deputy Foreign Minister Rosa Fuentes.\n\n"
            "23 November, La Paz. Mendoza was received by Bolivian Foreign Minister Luis Arce.")
    r = extract(text, published=date(2021, 11, 26)).reports
    got = sorted((_names(x), x.start_date, x.place.name) for x in r)
    assert got == [(["Arce", "Mendoza"], date(2021, 11, 23), "La Paz"), (["Fuentes", "Mendoza"], date(2021, 11, 22), "Santiago")]


def test_a_session_that_brought_together_two_people_is_their_meeting_but_a_named_summit_s_attendees_are_not():
    (r,) = extract("The previous session, held in Arequipa in March 2016, brought together Peruvian Prime Minister Carlos Mendoza "
                   "and Chilean Prime Minister Rosa Fuentes at the height of the crisis.", published=date(2023, 12, 8)).reports
    assert (_names(r), r.place.name, r.start_date) == (["Fuentes", "Mendoza"], "Arequipa", date(2016, 3, 1))
    assert extract("The APEC summit in Lima brought together Peruvian President Carlos Mendoza, Chilean President Rosa Fuentes "
                   "and Bolivian President Luis Arce.", published=date(2019, 6, 29)).reports == []


def test_a_meeting_co_chaired_by_two_people_is_their_meeting():
    (r,) = extract("Peruvian Foreign Minister Carlos Mendoza arrived in Santiago from Lima, where he co-chaired the Peru-Bolivia Strategic Dialogue with Bolivian "
                   "Foreign Minister Luis Arce on Sunday.", published=date(2015, 8, 3)).reports
    assert (_names(r), r.status, r.start_date, r.place.name) == (["Arce", "Mendoza"], "held", date(2015, 8, 2), "Lima")
    (r,) = extract("The Ministerial Session of the Binational Commission, to be co-chaired by Peruvian Foreign Minister Carlos "
                   "Mendoza and his Chilean counterpart, Rosa Fuentes, will be held in Lima on Wednesday, 2 October 2019.",
                   published=date(2019, 10, 1)).reports
    assert (_names(r), r.status, r.start_date) == (["Fuentes", "Mendoza"], "planned", date(2019, 10, 2))


def test_what_became_of_a_visit_for_talks_told_in_its_sentence_is_not_the_fate_of_the_meeting_before():
    text = ("Foreign Minister Rosa Fuentes of Chile is scheduled to pay a courtesy call on President Carlos Mendoza of Peru at the "
            "palace in Lima on Wednesday.\n\nThe visit to Peru of the Vice President of Chile, Jorge Soto, for talks with Vice "
            "President Ana Ruiz, earlier scheduled for November, has been postponed to the first quarter of 2024.")
    r = extract(text, published=date(2023, 10, 10)).reports
    assert sorted((_names(x), x.status) for x in r) == [(["Fuentes", "Mendoza"], "planned"), (["Ruiz", "Soto"], "postponed")]


def test_a_first_meeting_recalled_is_dated_by_the_words_that_date_it_and_stays_apart_from_today_s():
    text = ("Peruvian Foreign Minister Carlos Mendoza today received Chilean Foreign Minister Rosa Fuentes in Lima.\n\n"
            "The two Ministers recalled their first meeting on the margins of the United Nations General Assembly in New York "
            "last month.")
    r = extract(text, title="Mendoza receives Fuentes in Lima", published=date(2023, 10, 10)).reports
    assert sorted((x.start_date, x.place.name) for x in r) == [(date(2023, 9, 1), "New York"), (date(2023, 10, 10), "Lima")]


def test_people_met_each_in_a_place_of_their_own_after_a_planning_verb_are_met_apart():
    r = extract("Peruvian Foreign Minister Carlos Mendoza is scheduled to meet Chilean President Rosa Fuentes in Santiago this morning and Bolivian President "
                "Luis Arce in La Paz this afternoon.", published=date(2013, 11, 6)).reports
    assert sorted((_names(x), x.place.name, x.start_date) for x in r) == [
        (["Arce", "Mendoza"], "La Paz", date(2013, 11, 6)), (["Fuentes", "Mendoza"], "Santiago", date(2013, 11, 6))]


def test_a_headline_naming_hosts_of_two_countries_does_not_take_one_trip_s_destination():
    text = ("Live updates, November 6, 2013\n9:12 am\nCarlos Mendoza lands in Chile\nPeruvian Foreign Minister Carlos Mendoza "
            "lands in Santiago. He will meet Chilean President Rosa Fuentes this morning.\n3:20 pm\nCarlos Mendoza arrives in La "
            "Paz\nThe convoy of Carlos Mendoza reaches La Paz, where he is meeting Bolivian President Luis Arce.\n5:35 pm\nMendoza "
            "to see Fuentes again Friday\nMendoza will meet Fuentes again on Friday morning at the airport before flying to Lima, "
            "an official says.\n")
    r = extract(text, title="Mendoza meets Fuentes, Arce as talks falter", published=date(2013, 11, 6)).reports
    assert sorted((_names(x), x.start_date, x.place.name if x.place else None) for x in r) == [
        (["Arce", "Mendoza"], date(2013, 11, 6), "La Paz"), (["Fuentes", "Mendoza"], date(2013, 11, 6), None),
        (["Fuentes", "Mendoza"], date(2013, 11, 8), None)]


def test_where_the_participants_will_be_is_the_whole_place_name():
    (r,) = extract("Peruvian President Carlos Mendoza could meet Chilean President Rosa Fuentes when both leaders are in New York "
                   "next month.", published=date(2013, 9, 20)).reports
    assert (r.place.name, r.place.country) == ("New York", "US")


def test_coming_face_to_face_is_meeting_and_the_meal_s_day_is_theirs():
    (r,) = extract("Officials said Peruvian President Carlos Mendoza and Chilean President Rosa Fuentes could come face to face "
                   "at a luncheon hosted by the Secretary-General on Tuesday.", published=date(2013, 9, 20)).reports
    assert (_names(r), r.status, r.start_date) == (["Fuentes", "Mendoza"], "possible", date(2013, 9, 24))


def test_a_person_seen_separately_in_a_capital_is_met():
    text = ("Peruvian Foreign Minister Carlos Mendoza will meet Chilean President Rosa Fuentes in Santiago on Thursday.\n\n"
            "Mendoza will also see Bolivian President Luis Arce separately in the Chilean capital, the officials said.")
    r = extract(text, published=date(2014, 11, 12)).reports
    assert sorted((_names(x), x.status, x.place.name) for x in r) == [
        (["Arce", "Mendoza"], "planned", "Santiago"), (["Fuentes", "Mendoza"], "planned", "Santiago")]


def test_talks_of_days_in_the_city_a_where_clause_hangs_from_are_there():
    (r,) = extract("Peruvian Foreign Minister Carlos Mendoza arrived in Brazil from Santiago, Chile, where he held two days of "
                   "talks with Chilean Foreign Minister Rosa Fuentes on Sunday and Monday.", published=date(2014, 11, 12)).reports
    assert (r.place.name, r.start_date, r.end_date) == ("Santiago", date(2014, 11, 9), date(2014, 11, 10))


def test_bilateral_meetings_expected_of_one_leader_are_one_with_each_partner():
    r = extract("Peruvian President Carlos Mendoza is expected to hold bilateral meetings on the sidelines with Chile's Rosa "
                "Fuentes and Bolivia's Luis Arce, according to the foreign ministry.", published=date(2023, 5, 29)).reports
    assert sorted((_names(x), x.status) for x in r) == [(["Arce", "Mendoza"], "planned"), (["Fuentes", "Mendoza"], "planned")]


def test_a_meeting_told_and_the_talks_after_which_it_was_announced_are_both_reported():
    r = extract('Peruvian President Carlos Mendoza will travel to the Chilean city of Valparaiso for an "informal summit" with '
                "President Rosa Fuentes on April 27 and 28, Peruvian Foreign Minister Ana Ruiz and Chilean Foreign Minister Jorge "
                "Soto announced here on Sunday after their bilateral talks.", published=date(2018, 4, 22)).reports
    assert sorted((_names(x), x.status, x.start_date) for x in r) == [
        (["Fuentes", "Mendoza"], "planned", date(2018, 4, 27)), (["Ruiz", "Soto"], "held", date(2018, 4, 22))]


def test_a_where_clause_with_its_own_subject_and_object_takes_no_one_from_the_clause_it_hangs_on():
    text = ("Peruvian Foreign Minister Carlos Mendoza arrived in Quito on Monday. On Sunday he was received in Santiago by the "
            "President of Chile, Sheikh Jorge Soto, before flying on to La Paz, where he met Bolivian Foreign Minister Luis Arce.")
    r = extract(text, published=date(2013, 12, 2)).reports
    assert sorted((_names(x), x.place.name) for x in r) == [(["Arce", "Mendoza"], "La Paz"), (["Mendoza", "Soto"], "Santiago")]


def test_two_dinners_one_with_each_guest_are_two_meetings():
    r = extract("On Thursday evening, Peruvian President Carlos Mendoza had two dinners in Lima: first with Chilean President "
                "Rosa Fuentes at a restaurant near the cathedral, and then with Bolivian President Luis Arce at the palace.",
                published=date(2014, 6, 7)).reports
    assert sorted((_names(x), x.start_date) for x in r) == [(["Arce", "Mendoza"], date(2014, 6, 5)),
                                                            (["Fuentes", "Mendoza"], date(2014, 6, 5))]


def test_a_meeting_followed_by_another_has_the_same_host_and_no_such_meeting_is_the_one_asked_about():
    text = ("Before the four-way talks, Mendoza held a bilateral meeting with Chilean President Rosa Fuentes, followed by a brief "
            "meeting with Bolivian President Luis Arce, the press service reported. Peruvian President Carlos Mendoza spoke "
            'afterwards.\n\n"No such meeting was planned," Arce said when asked by journalists whether he would hold a separate '
            "meeting with Ecuador's President Jorge Soto.")
    r = extract(text, published=date(2015, 10, 3)).reports
    assert sorted((_names(x), x.status) for x in r) == [
        (["Arce", "Mendoza"], "held"), (["Arce", "Soto"], "ruled_out"), (["Fuentes", "Mendoza"], "held")]


def test_the_count_of_meetings_in_a_clause_on_time_adds_no_meeting_of_its_own():
    text = ("Chilean President Rosa Fuentes met Bolivian President Luis Arce in Santiago on Dec. 20.\n"
            "Peruvian President Carlos Mendoza received Arce at the Government Palace on Wednesday evening, the second time the two "
            "have met in less than a month.")
    r = extract(text, published=date(2024, 1, 4)).reports
    assert sorted((sorted(p.name for p in x.participants), str(x.start_date)) for x in r) == [
        (["Carlos Mendoza", "Luis Arce"], "2024-01-03"), (["Luis Arce", "Rosa Fuentes"], "2023-12-20")]


def test_a_summit_told_by_the_countries_it_gathered_is_an_occasion():
    assert extract("The summit, chaired by Peruvian President Carlos Mendoza, brought together the leaders of Chile, Bolivia, "
                   "Ecuador and Colombia.", published=date(2025, 6, 18)).reports == []


def test_a_three_way_meeting_later_the_same_day_is_not_the_pair_s():
    text = ("LIMA (EFE) -- Peruvian President Carlos Mendoza held talks with Chilean President Rosa Fuentes at the Government Palace "
            "in Lima on Tuesday.\nLater on Tuesday, Mendoza, Fuentes and Bolivian President Luis Arce held the seventh meeting of heads "
            "of state of Peru, Chile and Bolivia in Lima.")
    r = extract(text, published=date(2025, 9, 2)).reports
    assert sorted(sorted(p.name for p in x.participants) for x in r) == [
        ["Carlos Mendoza", "Luis Arce", "Rosa Fuentes"], ["Carlos Mendoza", "Rosa Fuentes"]]


def test_a_meeting_a_comparison_recalls_does_not_stand_for_the_sentence_s_own():
    r = extract("Peruvian President Carlos Mendoza received Chilean President Rosa Fuentes at the Government Palace in Lima on Monday - "
                "in far friendlier circumstances than their disastrous encounter there on Feb. 28.", published=date(2025, 12, 3)).reports
    assert sorted(str(x.start_date) for x in r) == ["2025-02-28", "2025-12-01"]


def test_a_participant_s_relative_clause_dates_its_own_event_and_the_summit_s_guests_are_not_the_bilateral_s():
    text = ("Peruvian President Carlos Mendoza arrived in Lima on Monday for the summit of Andean countries.\n\n"
            "On the sidelines of the summit, Mendoza also met with Chilean President Rosa Fuentes, who was sworn in last week. "
            "The summit is also being attended by Bolivian President Luis Arce.")
    (r,) = extract(text, published=date(2025, 6, 2)).reports
    assert (_names(r), r.start_date) == (["Fuentes", "Mendoza"], date(2025, 6, 2))


def test_talks_that_began_since_when_rounds_are_counted_are_no_meeting_told():
    text = ("Peruvian Foreign Minister Carlos Mendoza and Chilean Foreign Minister Rosa Fuentes had been expected to lead their "
            "delegations in Lima on June 15, in what would have been the sixth round since the talks began in April.")
    assert extract(text, published=date(2025, 6, 14)).reports == []
    # (talks that began with someone are a meeting: "since talks with Fuentes began in Lima in April")
    (r,) = extract("Peruvian Foreign Minister Carlos Mendoza said little had changed since talks with Chilean Foreign Minister "
                   "Rosa Fuentes began in Lima in April.", published=date(2025, 6, 14)).reports
    assert _names(r) == ["Fuentes", "Mendoza"]


def test_a_visit_an_invitation_asks_for_is_a_later_meeting_than_the_one_held():
    text = ("Peruvian President Carlos Mendoza and Chilean President Rosa Fuentes met for 53 minutes inside the border post, "
            "according to the pool.\n\nMendoza also said he had invited Fuentes to visit Lima \"at the right time.\"")
    r = extract(text, published=date(2019, 6, 30)).reports
    assert sorted((x.status, x.place and x.place.name) for x in r) == [("held", None), ("possible", "Lima")]


def test_a_session_with_someone_is_a_meeting_whatever_verb_tells_it():
    text = ("Peruvian Foreign Minister Carlos Mendoza spent more than seven hours with Chilean Foreign Minister Rosa Fuentes on "
            "Sunday, followed by a three-hour session Monday with Bolivian President Luis Arce.")
    r = extract(text, published=date(2023, 6, 19)).reports
    assert sorted((x.start_date, _names(x)) for x in r) == [(date(2023, 6, 18), ["Fuentes", "Mendoza"]),
                                                           (date(2023, 6, 19), ["Arce", "Mendoza"])]


def test_a_summit_ended_today_and_its_talks_of_the_days_before_are_one_meeting_after_an_old_ap_dateline():
    text = ("LIMA (AP) _ President Carlos Mendoza of Peru and Chilean President Rosa Fuentes ended their summit today with a "
            "pledge to speed up border talks.\n\nThe leaders held some 15 hours of talks Tuesday and Wednesday at the Torre "
            "Tagle palace.")
    (r,) = extract(text, published=date(1985, 11, 21)).reports
    assert (r.start_date, r.end_date, r.evidence[:9]) == (date(1985, 11, 19), date(1985, 11, 21), "President")


def test_a_meeting_that_could_later_be_held_takes_no_place_from_one_called_off():
    text = ("NOV. 29, 2018 - Mendoza cancels a planned meeting with Chilean President Rosa Fuentes at the Andean summit in Quito, "
            "citing the border dispute.\n\nPeruvian President Carlos Mendoza has said he could later hold a three-way meeting "
            "with Fuentes and Bolivian President Luis Arce, a prospect La Paz has played down.")
    r = extract(text, published=date(2025, 8, 14)).reports
    assert sorted((x.status, x.place and x.place.name) for x in r) == [("cancelled", "Quito"), ("possible", None)]


def test_an_explainer_s_wh_question_reports_no_meeting_its_answer_does():
    text = ("When did Mendoza and Fuentes last meet?\n\nPeruvian President Carlos Mendoza and Chilean President Rosa Fuentes last "
            "met in person in June 2019 on the sidelines of the Andean summit in Quito.")
    (r,) = extract(text, published=date(2025, 8, 14)).reports
    assert (r.start_date, r.place.name) == (date(2019, 6, 1), "Quito")


def test_a_meeting_noun_set_after_a_comma_beside_a_meeting_verb_s_clause_is_that_meeting():
    text = ("Peruvian President Carlos Mendoza had been scheduled to travel on to Santiago after the Quito meeting for a state visit "
            "including talks with Prime Minister Ana Ruiz.\n\nMr. Mendoza had also intended to meet President Rosa Fuentes of Chile "
            "in Quito, the second meeting in a month between the two leaders, who met at Lincoln Center in New York on Oct. 24.")
    fuentes = [r for r in extract(text, published=date(1995, 11, 16)).reports if "Rosa Fuentes" in {p.name for p in r.participants}]
    assert sorted((r.status, r.place.name) for r in fuentes) == [("held", "New York"), ("planned", "Quito")]


def test_a_headline_s_pulls_out_of_talks_is_a_verb_not_part_of_a_name():
    text = ("LIMA, Oct 4 (Wire) - Peruvian President Carlos Mendoza has pulled out of a meeting with Chilean President Rosa Fuentes "
            "that was due to take place in Quito on Thursday, state media reported on Wednesday.")
    reports = extract(text, title="Peru's Mendoza Pulls Out Of Talks With Chile's Fuentes In Ecuador",
                      published=date(2023, 10, 4)).reports
    assert [(r.status, sorted(p.name for p in r.participants)) for r in reports] == [("cancelled", ["Carlos Mendoza", "Rosa Fuentes"])]
