"""A curator merges two meetings from the review queue, and sets a place by hand, in real headless Chromium."""

import io
from datetime import date

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from meetings.models import Meeting, Report
from meetings.tests.factories import KERRY, LAVROV, make_article, record, report
from tests.browser.conftest import screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def talks():
    """The same Lausanne talks reported ten days apart, with low confidence: two meetings in the queue."""
    a, b = make_article(published=date(2016, 10, 16)), make_article(published=date(2016, 10, 26))
    ra = report(LAVROV, KERRY, status="held", start=date(2016, 10, 15), place=("Lausanne", "CH", "city"), confidence=0.3)
    rb = report(LAVROV, KERRY, status="held", start=date(2016, 10, 25), confidence=0.3)
    record(a, ra)
    record(b, rb)
    return [(a, ra), (b, rb)]


@pytest.fixture
def curator(db):
    call_command("setup_roles", stdout=io.StringIO())
    get_user_model().objects.create_user("cora", password="a long curator passphrase")
    call_command("setup_roles", "--curator", "cora", stdout=io.StringIO())
    return "cora", "a long curator passphrase"


def test_a_curator_merges_two_meetings_from_the_review_queue(page, talks, curator):
    first, second = (Report.objects.get(article=a).meeting for a, _ in talks)
    assert first != second

    page.goto(page.base + "/admin/meetings/meeting/review/")
    page.fill("#id_username", curator[0])
    page.fill("#id_password", curator[1])
    page.click("input[type=submit]")
    page.locator("#queue-table").wait_for()
    assert page.locator("#queue-table tbody tr").count() == 2
    screenshot(page, "admin-review-queue")

    page.check(f"#queue-table input[value='{first.pk}']")
    page.check(f"#queue-table input[value='{second.pk}']")
    page.select_option("#queue-form select[name=action]", "merge_meetings")
    page.click("#queue-form button[name=index]")

    page.locator("#merge-form").wait_for()
    assert page.locator("#merge-form tbody tr").count() == 2
    page.check(f"#target-{first.pk}")
    screenshot(page, "admin-merge-meetings")
    page.click("#merge-form input[name=apply]")

    page.locator(".messagelist .success").wait_for()
    assert "Merged 2 meetings into" in page.locator(".messagelist").inner_text()
    assert page.url.endswith("/admin/meetings/meeting/review/")
    screenshot(page, "admin-after-merge")

    merged = Meeting.objects.get()
    assert merged.pk == first.pk and merged.report_count == 2
    for article, data in talks:  # a re-run of both articles keeps them together
        record(article, data)
    assert list(Meeting.objects.values_list("pk", "report_count")) == [(first.pk, 2)]

    page.goto(page.base + f"/admin/meetings/meeting/{first.pk}/change/")
    assert page.locator("#reports-group tbody tr.has_original").count() == 2
    screenshot(page, "admin-merged-meeting")


def test_a_curator_sets_a_place_by_hand_with_the_autocomplete_and_it_is_locked(page, talks, curator):
    from meetings.models import Place

    Place.objects.create(name="Geneva", key="geneva", country="CH", kind="city")
    meeting = Report.objects.get(article=talks[1][0]).meeting  # reported without a place
    page.goto(page.base + f"/admin/login/?next=/admin/meetings/meeting/{meeting.pk}/change/")
    page.fill("#id_username", curator[0])
    page.fill("#id_password", curator[1])
    page.click("input[type=submit]")

    page.click("#meeting_form .field-place .select2-selection")
    page.fill(".select2-search__field", "Gen")
    page.locator(".select2-results__option", has_text="Geneva, CH").click()
    screenshot(page, "admin-set-place")
    page.click("#meeting_form input[name=_save]")

    page.locator(".messagelist .success").wait_for()
    meeting.refresh_from_db()
    assert (meeting.place.name, meeting.locked_fields) == ("Geneva", ["place"])
