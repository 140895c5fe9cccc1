"""The walking skeleton end to end with the real model: the seed article in, its three meetings out."""

import json
from datetime import date
from pathlib import Path

import pytest
from django.core.management import call_command

from meetings.models import Article, Meeting, Person, Report

pytestmark = pytest.mark.django_db

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "samples" / "seed-lavrov-kerry.json"


def _by_date():
    return {m.start_date: m for m in Meeting.objects.visible().select_related("place")}


def test_the_seed_article_yields_its_three_meetings(tmp_path):
    call_command("ingest", str(SEED), "--sync", "--no-progress")
    meetings = _by_date()
    assert set(meetings) == {date(2016, 11, 19), date(2016, 10, 15), date(2016, 9, 9)}

    apec = meetings[date(2016, 11, 19)]
    assert (apec.status, apec.end_date, apec.place.country, apec.occasion) == ("possible", date(2016, 11, 20), "PE", "APEC summit")
    lausanne = meetings[date(2016, 10, 15)]
    assert (lausanne.status, lausanne.place.name, lausanne.place.country) == ("held", "Lausanne", "CH")
    unnamed = sorted(lausanne.participants.filter(person__isnull=True).values_list("country", flat=True))
    assert unnamed == ["EG", "IQ", "IR", "QA", "SA", "TR"]
    assert lausanne.participants.filter(person__name__contains="Mistura").exists()
    geneva = meetings[date(2016, 9, 9)]
    assert (geneva.status, geneva.place.name) == ("held", "Geneva")

    # "Sergey" and "Sergei" Lavrov are one person
    assert Person.objects.filter(name__contains="Lavrov").count() == 1

    out = tmp_path / "meetings.jsonl"
    call_command("export_meetings", "-o", str(out))
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records) == 3
    assert all(m["mentions"][0]["evidence"] for m in records)


def test_ingesting_the_same_article_again_changes_nothing():
    call_command("ingest", str(SEED), "--sync", "--no-progress")
    before = (Article.objects.count(), Meeting.objects.count(), Report.objects.count(), Person.objects.count())
    call_command("ingest", str(SEED), "--sync", "--no-progress")
    assert (Article.objects.count(), Meeting.objects.count(), Report.objects.count(), Person.objects.count()) == before
