"""The batch's cache of people and places: read once, never in the way of a curator."""

from __future__ import annotations

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from meetings.models import Person
from meetings.services import article_record_reports
from meetings.services.people import PeopleCache, people_resolve
from meetings.tests.factories import KERRY, LAVROV, make_article, party, report
from meetings.types import ExtractionResult

pytestmark = pytest.mark.django_db


def _record(article, cache, *reports):
    return article_record_reports(
        article=article, result=ExtractionResult(clean_text="", reports=list(reports), extractor_version="t"), cache=cache
    )


def test_people_read_for_one_article_are_not_read_again_for_the_next():
    cache = PeopleCache()
    _record(make_article(published=date(2016, 9, 9)), cache, report(start=date(2016, 9, 9)))
    with CaptureQueriesContext(connection) as ctx:
        _record(make_article(published=date(2016, 9, 10)), cache, report(start=date(2016, 9, 9)))
    read = [q["sql"] for q in ctx.captured_queries if 'FROM "meetings_alias"' in q["sql"] or 'FROM "meetings_rolespell"' in q["sql"]]
    assert read == []  # Lavrov, Kerry, their aliases and roles came from the cache
    assert Person.objects.count() == 2


def test_a_lock_a_curator_set_after_the_person_was_cached_is_respected():
    cache = PeopleCache()
    people_resolve(parties=[party(*LAVROV), party(*KERRY)], seen_on=date(2016, 9, 9), cache=cache)
    lavrov = Person.objects.get(name="Sergey Lavrov")
    lavrov.role, lavrov.locked_fields = "Top diplomat", ["role"]
    lavrov.save()
    people_resolve(parties=[party("Sergey Lavrov", "RU", "Foreign Minister of Russia")], seen_on=date(2016, 9, 10), cache=cache)
    lavrov.refresh_from_db()
    assert lavrov.role == "Top diplomat"


def test_a_role_span_another_worker_widened_is_not_narrowed():
    cache = PeopleCache()
    people_resolve(parties=[party(*LAVROV)], seen_on=date(2016, 9, 9), cache=cache)
    spell = Person.objects.get(name="Sergey Lavrov").roles.get()
    spell.last_seen = date(2016, 12, 31)  # another worker's article, meanwhile
    spell.save()
    people_resolve(parties=[party(*LAVROV)], seen_on=date(2016, 10, 1), cache=cache)
    spell.refresh_from_db()
    assert (spell.first_seen, spell.last_seen) == (date(2016, 9, 9), date(2016, 12, 31))
