"""Hardening: hostile article text is shown as text everywhere, every role sees exactly what it may, and the
security headers and body limit hold."""

from __future__ import annotations

from datetime import date
from html.parser import HTMLParser

import pytest
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client, RequestFactory
from django.urls import reverse

from ingest.models import Feed, FeedEntry
from meetings.models import Article, Meeting, Person, Place, Report, ReviewFlag
from meetings.tests.factories import KERRY, make_article, record, report

pytestmark = pytest.mark.django_db

SCRIPT = '<script>alert("xss-script")</script>'
HANDLER = '<img src=x onerror="alert(1)">'
JS_LINK = '<a href="javascript:alert(2)">click</a>'
PAYLOAD = f"{SCRIPT} {HANDLER} {JS_LINK}"


class _Scan(HTMLParser):
    """Collects what would run in a browser: scripts' bodies, on* attributes, javascript: URLs."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.live: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name.lower().startswith("on"):
                self.live.append(f"<{tag} {name}=...>")
            if name.lower() in ("href", "src", "action", "formaction", "xlink:href") and (value or "").strip().lower().startswith(
                "javascript:"
            ):
                self.live.append(f"<{tag} {name}={value}>")
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script and "alert(" in data:
            self.live.append(f"<script>{data[:60]}")


def live_markup(html: str) -> list[str]:
    scan = _Scan()
    scan.feed(html)
    return scan.live


@pytest.fixture
def hostile():
    """One article whose every field a page might show carries script, an event handler and a javascript: link."""
    article = make_article(
        published=date(2016, 11, 15),
        url='https://news.example/a?q="><script>alert(3)</script>',
        title=f"Talks {SCRIPT}",
        outlet=HANDLER,
        text=f"Lavrov met Kerry. {PAYLOAD}",
        clean_text=f"Lavrov met Kerry. {PAYLOAD}",
    )
    record(
        article,
        report(
            (f"Sergey {HANDLER} Lavrov", "RU", JS_LINK),
            KERRY,
            start=date(2016, 10, 15),
            place=(f"Lausanne {SCRIPT}", "CH", "city"),
            occasion=f"talks {HANDLER}",
            evidence=f"Lavrov met Kerry {PAYLOAD}",
            confidence=0.3,
        ),
    )
    meeting = Meeting.objects.get()
    Article.objects.create(content_hash="failed-one", title=HANDLER, state=Article.State.FAILED, error=PAYLOAD)
    lavrov = Person.objects.get(name__contains="Lavrov")
    kerry = Person.objects.get(name="John Kerry")
    return {"article": article, "meeting": meeting, "lavrov": lavrov, "kerry": kerry}


def page_urls(h) -> list[str]:
    return [
        reverse("meetings:timeline"),
        reverse("meetings:timeline") + "?participant=Lavrov",
        reverse("meetings:meeting", args=[h["meeting"].pk]),
        reverse("meetings:person", args=[h["lavrov"].pk]),
        reverse("meetings:encounters") + f"?a={h['lavrov'].pk}&b={h['kerry'].pk}",
        reverse("meetings:articles"),
        reverse("meetings:article", args=[h["article"].pk]),
    ]


def admin_urls(h) -> list[str]:
    report_ = Report.objects.get()
    flag = ReviewFlag.objects.first()
    place = Place.objects.get()
    urls = [reverse("admin:meetings_meeting_review")]
    for name, obj in (
        ("meetings_meeting", h["meeting"]),
        ("meetings_report", report_),
        ("meetings_person", h["lavrov"]),
        ("meetings_place", place),
        ("meetings_article", h["article"]),
        ("meetings_reviewflag", flag),
    ):
        urls += [
            reverse(f"admin:{name}_changelist"),
            reverse(f"admin:{name}_change", args=[obj.pk]),
            reverse(f"admin:{name}_history", args=[obj.pk]),
        ]
    urls.append(reverse("admin:meetings_report_split", args=[report_.pk]))
    return urls


def test_hostile_article_text_is_shown_escaped_on_every_page(client, hostile):
    problems = {}
    for url in page_urls(hostile):
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        if live_markup(html):
            problems[url] = live_markup(html)
        assert "&lt;script&gt;" in html or "&lt;img" in html, f"{url} shows none of the hostile fields"
    assert problems == {}


def test_an_article_url_that_is_not_http_is_never_a_live_link(client, hostile):
    Article.objects.filter(pk=hostile["article"].pk).update(url="javascript:alert(3)//news")
    problems = {}
    for url in page_urls(hostile):
        html = client.get(url).content.decode()
        if live_markup(html):
            problems[url] = live_markup(html)
    assert problems == {}


def test_hostile_article_text_is_shown_escaped_in_the_admin(admin_client, hostile):
    problems = {}
    for url in admin_urls(hostile):
        response = admin_client.get(url)
        assert response.status_code == 200, url
        if live_markup(response.content.decode()):
            problems[url] = live_markup(response.content.decode())
    assert problems == {}


def test_the_admin_shows_the_hostile_fields_as_text(admin_client, hostile):
    for url in (
        reverse("admin:meetings_meeting_change", args=[hostile["meeting"].pk]),
        reverse("admin:meetings_article_change", args=[hostile["article"].pk]),
        reverse("admin:meetings_person_changelist"),
        reverse("admin:meetings_place_changelist"),
    ):
        assert "&lt;" in admin_client.get(url).content.decode(), url


def test_hostile_text_in_json_is_data_that_no_browser_renders_as_a_page(client, hostile):
    for url in (
        reverse("meeting-list"),
        reverse("meeting-detail", args=[hostile["meeting"].pk]),
        reverse("person-detail", args=[hostile["lavrov"].pk]),
        reverse("meetings:timeline-data"),
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Content-Type"].startswith("application/json"), url
        assert response["X-Content-Type-Options"] == "nosniff"
        assert "alert(" in response.content.decode(), f"{url}: the hostile text is kept as data"


# --- the permission matrix ------------------------------------------------------------------------

ROLES = ["anonymous", "analyst", "curator", "admin"]


@pytest.fixture
def world(hostile):
    call_command("setup_roles", verbosity=0)
    User = get_user_model()
    clients = {"anonymous": Client()}
    for role in ("analyst", "curator"):
        user = User.objects.create_user(role, password="x", is_staff=True)
        user.groups.add(Group.objects.get(name=role))
        clients[role] = Client()
        clients[role].force_login(user)
    clients["admin"] = Client()
    clients["admin"].force_login(User.objects.create_superuser("root", password="x"))
    feed = Feed.objects.create(url="https://feeds.example/a.xml")
    FeedEntry.objects.create(feed=feed, guid="g1", article=hostile["article"])
    return {**hostile, "clients": clients, "feed": feed}


def test_every_role_reads_every_page_and_api_endpoint(world):
    pk, person, kerry = world["meeting"].pk, world["lavrov"].pk, world["kerry"].pk
    place = Place.objects.get().pk
    reads = [
        *page_urls(world),
        reverse("meetings:timeline-data"),
        reverse("meetings:people-suggest") + "?q=La",
        "/api/v1/",
        reverse("meeting-list"),
        reverse("meeting-list") + "?participant=Lavrov&status=held",
        reverse("meeting-list") + "?format=csv",
        reverse("meeting-detail", args=[pk]),
        reverse("person-list"),
        reverse("person-detail", args=[person]),
        reverse("person-encounters", args=[person]) + f"?with={kerry}",
        reverse("place-list"),
        reverse("place-detail", args=[place]),
        reverse("ingest-article-list"),
        reverse("ingest-article-detail", args=[world["article"].pk]),
        reverse("schema"),
        reverse("api-docs"),
    ]
    for role in ROLES:
        for url in reads:
            assert world["clients"][role].get(url).status_code == 200, (role, url)


def test_only_a_signed_in_client_submits_articles(world):
    body = {"text": "Lavrov met Kerry in Geneva on Friday.", "published": "2016-09-10"}
    for role in ROLES:
        response = world["clients"][role].post(reverse("ingest-article-list"), body, content_type="application/json")
        body["text"] += " Again."
        assert response.status_code == (401 if role == "anonymous" else 202), role


def test_nobody_writes_through_the_read_api(world):
    pk = world["meeting"].pk
    targets = [
        ("post", reverse("meeting-list")),
        ("put", reverse("meeting-detail", args=[pk])),
        ("patch", reverse("meeting-detail", args=[pk])),
        ("delete", reverse("meeting-detail", args=[pk])),
        ("delete", reverse("person-detail", args=[world["lavrov"].pk])),
        ("patch", reverse("place-detail", args=[Place.objects.get().pk])),
        ("delete", reverse("ingest-article-detail", args=[world["article"].pk])),
        ("put", reverse("ingest-article-detail", args=[world["article"].pk])),
    ]
    for role in ROLES:
        for method, url in targets:
            response = getattr(world["clients"][role], method)(url, {}, content_type="application/json")
            assert response.status_code == (401 if role == "anonymous" else 405), (role, method, url)
    assert Meeting.objects.filter(pk=pk).exists()


def _objects(world) -> dict:
    return {
        Meeting: world["meeting"],
        Report: Report.objects.get(),
        Person: world["lavrov"],
        Place: Place.objects.get(),
        ReviewFlag: ReviewFlag.objects.first(),
        Article: world["article"],
        Feed: world["feed"],
        FeedEntry: FeedEntry.objects.get(),
    }


# What each role's group grants beyond viewing (setup_roles): curators add people and places, delete nothing.
CURATOR_ADDS = {Person, Place}


def _superuser_may(model_admin, what: str, obj=None) -> bool:
    request = RequestFactory().get("/admin/")
    request.user = get_user_model().objects.get(username="root")
    check = getattr(model_admin, f"has_{what}_permission")
    return check(request) if what == "add" else check(request, obj)


def test_the_admin_lets_each_role_do_exactly_what_its_group_allows(world):
    """anonymous: the login page; analyst: view only; curator: view and change, add people and places, delete
    nothing; admin: whatever the admin allows at all. User and group admin: the admin only."""
    objects = _objects(world)
    User = get_user_model()
    root = User.objects.get(username="root")
    objects[User] = root
    objects[Group] = Group.objects.get(name="curator")
    for model, model_admin in admin.site._registry.items():
        if model not in objects:
            continue
        obj = objects[model]
        name = f"{model._meta.app_label}_{model._meta.model_name}"
        pages = {
            "list": reverse(f"admin:{name}_changelist"),
            "change": reverse(f"admin:{name}_change", args=[obj.pk]),
            "history": reverse(f"admin:{name}_history", args=[obj.pk]),
            "add": reverse(f"admin:{name}_add"),
            "delete": reverse(f"admin:{name}_delete", args=[obj.pk]),
        }
        ours = model._meta.app_label in ("meetings", "ingest")
        for role in ROLES:
            for page, url in pages.items():
                response = world["clients"][role].get(url)
                if role == "anonymous":
                    expected = 302
                elif role == "admin":
                    allowed = page not in ("add", "delete") or _superuser_may(model_admin, page, obj)
                    expected = 200 if allowed else 403
                elif not ours:
                    expected = 403
                elif page in ("list", "change", "history"):
                    expected = 200
                elif page == "add":
                    expected = 200 if role == "curator" and model in CURATOR_ADDS and _superuser_may(model_admin, "add") else 403
                else:
                    expected = 403
                assert response.status_code == expected, (role, page, url, response.status_code)
                if role == "anonymous":
                    assert response["Location"].startswith(reverse("admin:login"))


def test_an_analyst_cannot_change_a_meeting_and_a_curator_can(world):
    meeting = world["meeting"]
    review = reverse("admin:meetings_meeting_review")
    response = world["clients"]["analyst"].post(review, {"quick_verify": meeting.pk})
    assert response.status_code == 403
    meeting.refresh_from_db()
    assert not meeting.verified
    response = world["clients"]["curator"].post(review, {"quick_verify": meeting.pk})
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.verified


def test_only_curators_and_admins_open_the_split_page(world):
    url = reverse("admin:meetings_report_split", args=[Report.objects.get().pk])
    expected = {"anonymous": 302, "analyst": 403, "curator": 200, "admin": 200}
    assert {role: world["clients"][role].get(url).status_code for role in ROLES} == expected


def test_the_review_queue_is_for_staff_only(world):
    url = reverse("admin:meetings_meeting_review")
    expected = {"anonymous": 302, "analyst": 200, "curator": 200, "admin": 200}
    assert {role: world["clients"][role].get(url).status_code for role in ROLES} == expected


# --- headers and limits ---------------------------------------------------------------------------


def test_every_response_carries_the_security_headers(client):
    for url in (reverse("meetings:timeline"), reverse("meeting-list"), reverse("admin:login")):
        response = client.get(url)
        assert "default-src 'self'" in response["Content-Security-Policy"]
        assert "script-src 'self'" in response["Content-Security-Policy"]
        assert "unsafe-inline" not in response["Content-Security-Policy"]
        assert "camera=()" in response["Permissions-Policy"]
        assert "geolocation=()" in response["Permissions-Policy"]
        assert response["Cross-Origin-Opener-Policy"] == "same-origin"
        assert response["Cross-Origin-Resource-Policy"] == "same-origin"
        assert response["X-Frame-Options"] == "DENY"
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Referrer-Policy"] == "same-origin"


def test_a_body_over_the_limit_is_refused_before_any_view_reads_it(client, settings):
    settings.REQUEST_MAX_BODY_BYTES = 4096
    big = '{"text": "' + "x" * 5000 + '"}'
    response = client.post(reverse("ingest-article-list"), big, content_type="application/json")
    assert response.status_code == 413
    assert "larger than 4096 bytes" in response.json()["error"]
    assert client.post(reverse("meetings:timeline"), {"q": "x" * 5000}).status_code == 413
    assert not Article.objects.exists()


def test_a_body_under_the_limit_goes_through_to_the_view(client, settings):
    settings.REQUEST_MAX_BODY_BYTES = 4096
    response = client.post(reverse("ingest-article-list"), {"text": "Lavrov met Kerry."}, content_type="application/json")
    assert response.status_code == 401  # reached the view: anonymous clients do not submit


def test_a_garbled_content_length_is_a_bad_request(client):
    response = client.generic(
        "POST", reverse("ingest-article-list"), b"{}", content_type="application/json", CONTENT_LENGTH="ten"
    )
    assert response.status_code == 400


def test_with_api_require_login_every_api_read_needs_a_signed_in_client(world, settings):
    settings.API_REQUIRE_LOGIN = True
    pk, person = world["meeting"].pk, world["lavrov"].pk
    reads = [
        reverse("meeting-list"), reverse("meeting-detail", args=[pk]), reverse("person-list"),
        reverse("person-detail", args=[person]), reverse("person-encounters", args=[person]) + f"?with={world['kerry'].pk}",
        reverse("place-list"), reverse("ingest-article-list"), reverse("ingest-article-detail", args=[world["article"].pk]),
    ]
    for url in reads:
        response = world["clients"]["anonymous"].get(url)
        assert response.status_code == 401 and "error" in response.json(), url
        assert world["clients"]["analyst"].get(url).status_code == 200, url
    # and the schema says so: no anonymous alternative among the list's security requirements
    schema = world["clients"]["analyst"].get(reverse("schema"), {"format": "json"}).json()
    assert {} not in schema["paths"]["/api/v1/meetings/"]["get"]["security"]
    settings.API_REQUIRE_LOGIN = False
    schema = world["clients"]["analyst"].get(reverse("schema"), {"format": "json"}).json()
    assert {} in schema["paths"]["/api/v1/meetings/"]["get"]["security"]


def test_the_api_require_login_variable_is_read_from_the_environment():
    import os
    import subprocess
    import sys

    from django.conf import settings as django_settings

    code = "import django; django.setup(); from django.conf import settings; print(settings.API_REQUIRE_LOGIN)"
    for value, expected in (("1", "True"), ("0", "False"), ("", "False")):
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings", "API_REQUIRE_LOGIN": value}
        done = subprocess.run([sys.executable, "-c", code], env=env, cwd=django_settings.BASE_DIR, capture_output=True, text=True)
        assert done.stdout.strip() == expected, done.stderr[-2000:]
