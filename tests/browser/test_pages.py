"""Every page in real headless Chromium: load it, filter, zoom, follow links, and keep a screenshot."""

import re
from datetime import date, timedelta

import pytest

from benchmarks.demo_data import build_demo
from meetings.models import Meeting, Person
from meetings.tests.factories import make_article, record, report
from tests.browser.conftest import screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo():
    build_demo()


def wait_for_timeline(page, after: int = 0) -> int:
    """Wait for the timeline's next drawing after the `after`-th; returns how many drawings so far.

    (Locators, not wait_for_function: Playwright evaluates that with eval(), which our CSP refuses.)
    """
    page.locator(f"[data-timeline][data-rendered]:not([data-rendered='{after}'])").wait_for()
    return int(page.get_attribute("[data-timeline]", "data-rendered"))


def test_the_timeline_draws_meetings_in_lanes_above_the_month_list(page, demo):
    page.goto(page.base + "/")
    wait_for_timeline(page)
    lanes = [n.get_attribute("aria-label") for n in page.locator(".tl-lane-label").all()]
    assert lanes[0] == "John Kerry and Sergey Lavrov"  # the busiest pair first
    assert page.locator(".tl-link").count() + page.locator(".tl-cluster").count() > 5
    assert page.locator(".tl-item.st-held").count() >= 1
    assert page.locator(".tl-item.st-possible, .tl-item.st-planned").count() >= 1
    assert page.locator(".tl-strike").count() >= 1  # cancelled and ruled-out meetings are struck through
    assert page.locator(".meeting-row").count() == Meeting.objects.visible().count()
    assert page.locator(".legend li").count() == 6
    screenshot(page, "timeline")


def test_zoom_buttons_keys_and_wheel_redraw_and_remember_the_window_in_the_url(page, demo):
    page.goto(page.base + "/")
    first = wait_for_timeline(page)
    status_before = page.text_content("[data-timeline-status]")
    page.click("button[data-zoom='in']")
    after_button = wait_for_timeline(page, first)
    assert page.text_content("[data-timeline-status]") != status_before
    page.focus("[data-timeline]")
    page.keyboard.press("ArrowLeft")
    after_key = wait_for_timeline(page, after_button)
    box = page.locator("[data-timeline]").bounding_box()
    page.mouse.move(box["x"] + box["width"] * 0.7, box["y"] + 60)
    page.mouse.wheel(0, 300)
    wait_for_timeline(page, after_key)
    view = page.get_attribute("[data-timeline]", "data-view")
    assert re.fullmatch(r"\d{4}-\d\d-\d\d\.\.\d{4}-\d\d-\d\d", view)
    page.wait_for_url(re.compile("view=" + re.escape(view)))  # written once the zooming stops
    window = page.text_content("[data-timeline-status]").split(" in view, ")[1].split(".")[0]

    page.goto(page.url)  # a shared link opens on the same window
    wait_for_timeline(page)
    assert page.get_attribute("[data-timeline]", "data-view") == view
    assert page.text_content("[data-timeline-status]").split(" in view, ")[1].split(".")[0] == window


def test_dragging_pans_the_timeline_without_opening_a_meeting(page, demo):
    page.goto(page.base + "/")
    first = wait_for_timeline(page)
    box = page.locator("[data-timeline]").bounding_box()
    y = box["y"] + 45
    page.mouse.move(box["x"] + box["width"] * 0.8, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.4, y, steps=8)
    page.mouse.up()
    wait_for_timeline(page, first)
    assert page.url.startswith(page.base + "/?") or page.url == page.base + "/"
    assert "/meetings/" not in page.url


def test_lanes_switch_to_countries_in_the_url_and_back_restores_pairs(page, demo):
    page.goto(page.base + "/")
    wait_for_timeline(page)
    page.click("a[data-lanes='country']")
    page.wait_for_url(re.compile(r"lanes=country"))
    assert "Russia" in page.locator(".tl-lane-label").all_text_contents()
    assert page.get_attribute("a[data-lanes='country']", "aria-current") == "true"
    screenshot(page, "timeline-by-country")
    page.go_back()
    page.wait_for_url(page.base + "/")
    page.locator(".tl-lane-label[aria-label='John Kerry and Sergey Lavrov']").wait_for()


def test_a_dense_lane_clusters_and_a_cluster_opens_on_click(page):
    for day in range(40):
        article = make_article(published=date(2016, 1, 1) + timedelta(days=3 * day))
        record(article, report(status="held", start=date(2016, 1, 1) + timedelta(days=3 * day)))
    record(make_article(published=date(2019, 6, 1)), report(status="possible", start=date(2019, 6, 1)))
    page.goto(page.base + "/")
    first = wait_for_timeline(page)
    clusters = int(page.get_attribute("[data-timeline]", "data-clusters"))
    assert clusters >= 1
    label = page.get_attribute(".tl-cluster", "aria-label")
    assert re.match(r"\d+ meetings, ", label)
    page.locator(".tl-cluster").first.focus()
    page.keyboard.press("Enter")  # keyboard opens a cluster as a click does
    wait_for_timeline(page, first)
    assert int(page.get_attribute("[data-timeline]", "data-drawn")) > 1
    screenshot(page, "timeline-cluster-opened")


def test_the_filter_bar_suggests_aliases_filters_through_the_url_and_back_undoes_it(page, demo):
    page.goto(page.base + "/")
    wait_for_timeline(page)
    everything = page.locator(".meeting-row").count()
    page.fill("#f-person-1", "Lavr")
    page.locator("#people-options option").first.wait_for(state="attached")
    assert "Sergey Lavrov" in page.eval_on_selector_all("#people-options option", "os => os.map(o => o.value)")
    page.fill("#f-person-1", "Sergey Lavrov")
    page.fill("#f-person-2", "Kerry")
    page.check("input[name='status'][value='held']")
    page.click("button[type='submit']")
    page.wait_for_url(re.compile(r"person=Sergey\+Lavrov&person=Kerry&status=held"))
    wait_for_timeline(page)
    rows = page.locator(".meeting-row")
    assert 0 < rows.count() < everything
    assert all("held" in text for text in page.locator(".meeting-row .badge").all_text_contents())
    screenshot(page, "timeline-filtered")
    page.go_back()
    page.wait_for_url(page.base + "/")
    assert page.locator(".meeting-row").count() == everything


def test_a_meeting_opens_from_the_timeline_with_its_trail_and_highlighted_evidence(page, demo):
    page.goto(page.base + "/?person=Putin&person=Obama")
    wait_for_timeline(page)
    page.locator(".tl-link").first.click()
    page.wait_for_url(re.compile(r"/meetings/\d+/$"))
    assert page.locator(".trail .step").count() == 2
    assert page.locator(".evidence mark.cue-status").count() == 2  # one per report
    assert page.locator("table.facts").first.text_content().count("United States") == 1
    screenshot(page, "meeting")
    page.locator(".report figcaption a").first.click()
    page.wait_for_url(re.compile(r"/articles/\d+/$"))
    assert page.locator(".report").count() >= 1
    screenshot(page, "article")


def test_the_keyboard_reaches_a_meeting_on_the_timeline_and_opens_it(page, demo):
    page.goto(page.base + "/?person=Putin&person=Obama")
    wait_for_timeline(page)
    page.focus("[data-timeline]")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('class')") == "tl-link"
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/meetings/\d+/$"))
    assert page.text_content("h1") == "Vladimir Putin and Barack Obama"


def test_a_person_page_leads_to_a_pair_page(page, demo):
    lavrov = Person.objects.get(name="Sergey Lavrov")
    page.goto(f"{page.base}/people/{lavrov.pk}/")
    wait_for_timeline(page)
    assert "Sergey Lavrov" in page.text_content("h1")
    counterparts = page.locator(".counterparts li")
    assert "John Kerry" in counterparts.first.text_content()
    screenshot(page, "person")
    counterparts.first.locator("a").click()
    page.wait_for_url(re.compile(r"/encounters/\?a=\d+&b=\d+"))
    wait_for_timeline(page)
    assert page.locator(".meeting-row").count() == Meeting.objects.visible().involving("Lavrov", "Kerry").count()
    screenshot(page, "encounters")


def test_the_encounters_form_takes_two_names(page, demo):
    page.goto(page.base + "/encounters/")
    page.fill("#e-a", "Lavrov")
    page.fill("#e-b", "Kerry")
    page.click("button[type='submit']")
    page.wait_for_url(re.compile(r"a=Lavrov&b=Kerry"))
    assert "Sergey Lavrov and John Kerry" in page.text_content("h1")


def test_the_articles_page_lists_states_and_links_what_each_produced(page, demo):
    make_article(title="A page that failed", state="failed", error="FetchError: 404")
    page.goto(page.base + "/articles/")
    assert page.locator("table.articles tbody tr").count() == 13
    page.click("a.state-failed")
    page.wait_for_url(re.compile(r"state=failed"))
    assert page.locator("table.articles tbody tr").count() == 1
    page.click("details.error summary")
    assert "FetchError: 404" in page.text_content("details.error pre")
    screenshot(page, "articles-failed")


def test_empty_pages_say_what_to_do_next(page):
    page.goto(page.base + "/")
    assert "python manage.py ingest" in page.text_content(".empty")
    page.goto(page.base + "/articles/")
    assert "python manage.py ingest" in page.text_content(".empty")
    screenshot(page, "empty-articles")


def test_the_timeline_fits_a_phone(phone, demo):
    phone.goto(phone.base + "/")
    wait_for_timeline(phone)
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    screenshot(phone, "timeline-phone")
    phone.locator(".meeting-row .when").first.click()
    phone.wait_for_url(re.compile(r"/meetings/\d+/$"))
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    screenshot(phone, "meeting-phone")


def test_the_list_and_filters_work_without_javascript(no_js, demo):
    no_js.goto(no_js.base + "/")
    assert no_js.locator(".meeting-row").count() == Meeting.objects.visible().count()
    assert no_js.locator("[data-timeline-toolbar]").is_hidden()
    no_js.fill("#f-q", "Lima")
    no_js.click("button[type='submit']")
    no_js.wait_for_url(re.compile(r"q=Lima"))
    assert no_js.locator(".meeting-row").count() == 2
    screenshot(no_js, "timeline-no-js")
