"""The API tests' shared world: the seed article's meetings and a few others, built once per module."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import date
from types import SimpleNamespace

from django.db import transaction

from meetings.models import Person
from meetings.services import meeting_reject, meeting_verify
from meetings.tests.factories import KERRY, LAVROV, make_article, record, report

TILLERSON = ("Rex Tillerson", "US", "Secretary of State")
ZARIF = ("Mohammad Javad Zarif", "IR", "Foreign Minister")
MISTURA = ("Staffan de Mistura", "", "UN Special Envoy for Syria")
QATAR = (None, "QA", "Foreign Minister")


def build_world() -> SimpleNamespace:
    """The seed article's three Lavrov–Kerry meetings and a few others around them.

    geneva 2016-09-09 held (verified) · lausanne 2016-10-15 held, with de Mistura and Qatar's minister ·
    apec 2016-11-20 in Lima, possible then held · phone 2017-02-27..28, Lavrov–Tillerson by phone ·
    zarif: Kerry–Zarif planned, undated · moscow 2016-12-20 rejected.
    """
    seed = make_article(published=date(2016, 11, 15), title="Lavrov, Kerry Could Meet on the Sidelines of APEC Summit")
    apec, lausanne, geneva = (
        r.meeting
        for r in record(
            seed,
            report(
                status="possible",
                start=date(2016, 11, 19),
                end=date(2016, 11, 20),
                place=("Peru", "PE", "country"),
                occasion="APEC summit",
                evidence="Lavrov and Kerry could meet on the sidelines of the November 19-20 APEC summit in Peru.",
            ),
            report(
                LAVROV,
                KERRY,
                MISTURA,
                QATAR,
                start=date(2016, 10, 15),
                place=("Lausanne", "CH", "city"),
                evidence="The last meeting between Lavrov and Kerry was held on October 15 in Lausanne.",
            ),
            report(
                start=date(2016, 9, 9),
                place=("Geneva", "CH", "city"),
                evidence="Kerry and Lavrov walk into their meeting room in Geneva.",
            ),
        )
    )
    lima = make_article(published=date(2016, 11, 21), title="Lavrov and Kerry met in Lima", outlet="TASS")
    record(
        lima,
        report(
            ("Sergei Lavrov", "RU", "Foreign Minister"),
            KERRY,
            start=date(2016, 11, 20),
            place=("Lima", "PE", "city"),
            occasion="APEC summit",
            evidence="Sergei Lavrov and John Kerry met in Lima on Sunday.",
        ),
        version="test-2",
    )
    (phone,) = (
        r.meeting
        for r in record(
            make_article(published=date(2017, 3, 1)),
            report(
                LAVROV,
                TILLERSON,
                start=date(2017, 2, 27),
                end=date(2017, 2, 28),
                mode="phone",
                evidence="Lavrov and Tillerson spoke by phone.",
            ),
        )
    )
    (zarif,) = (
        r.meeting
        for r in record(
            make_article(published=date(2016, 12, 1)), report(KERRY, ZARIF, status="planned", evidence="Kerry will meet Zarif.")
        )
    )
    (moscow,) = (
        r.meeting
        for r in record(
            make_article(published=date(2016, 12, 21)),
            report(start=date(2016, 12, 20), place=("Moscow", "RU", "city"), evidence="Lavrov hosted Kerry in Moscow."),
        )
    )
    meeting_reject(meeting=moscow)
    meeting_verify(meeting=geneva)
    apec.refresh_from_db()
    return SimpleNamespace(
        geneva=geneva,
        lausanne=lausanne,
        apec=apec,
        phone=phone,
        zarif=zarif,
        moscow=moscow,
        lavrov=Person.objects.get(name="Sergey Lavrov"),
        kerry=Person.objects.get(name="John Kerry"),
        tillerson=Person.objects.get(name="Rex Tillerson"),
        zarif_person=Person.objects.get(name="Mohammad Javad Zarif"),
    )


@contextmanager
def world_for_module(django_db_blocker):
    """Build the world once for a module, inside a transaction rolled back at its end; each test's own
    savepoint (the `db` fixture) sits inside it, so what a test changes is undone before the next."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield build_world()
        transaction.set_rollback(True)


