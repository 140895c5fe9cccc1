"""Gazetteer lookups (offline, no model)."""

from ingest.nlp.gazetteer import lookup


def test_it_finds_cities_with_their_country():
    p = lookup("Lausanne")
    assert (p.name, p.country, p.kind) == ("Lausanne", "CH", "city") and p.latitude is not None


def test_it_prefers_the_most_populous_city_for_an_ambiguous_name():
    assert lookup("Rome").country == "IT"


def test_a_country_hint_picks_the_other_city():
    assert lookup("Rome", hint="US").country == "US"


def test_countries_and_venues():
    assert (lookup("Peru").country, lookup("Peru").kind) == ("PE", "country")
    assert lookup("the White House").name == "Washington"
    assert lookup("Bali").country == "ID"


def test_common_words_are_not_places():
    assert lookup("March") is None
