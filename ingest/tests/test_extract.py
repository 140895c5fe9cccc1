"""End to end: the seed article's three meetings, odd input, batches (shared pipeline)."""

from datetime import date

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


def test_headline_infinitive_is_planned():
    r = extract("Dutch, Peruvian leaders to meet in Lima\n\nDutch Prime Minister Mark Jansen and Peruvian President Carlos Mendoza "
                "will meet in Lima on Friday, officials said.", published=date(2020, 5, 6)).reports
    assert len(r) == 1 and r[0].status == "planned" and r[0].start_date == date(2020, 5, 8)
