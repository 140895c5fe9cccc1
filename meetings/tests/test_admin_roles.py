"""The curator and analyst groups: exactly what each needs, made by `setup_roles`."""

from __future__ import annotations

import io
from datetime import date

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import CommandError, call_command
from django.urls import reverse

from ingest.models import Feed
from meetings.models import Meeting
from meetings.tests.factories import KERRY, LAVROV, make_article, record, report

pytestmark = pytest.mark.django_db


def setup_roles(*args) -> str:
    out = io.StringIO()
    call_command("setup_roles", *args, stdout=out)
    return out.getvalue()


def perms(group: str) -> set[str]:
    return {f"{p.content_type.app_label}.{p.codename}" for p in Group.objects.get(name=group).permissions.select_related("content_type")}


@pytest.fixture
def meeting(db):
    article = make_article(published=date(2016, 10, 16))
    record(article, report(LAVROV, KERRY, status="held", start=date(2016, 10, 15)))
    return Meeting.objects.get()


def login(client, role: str):
    user = get_user_model().objects.create_user(role)
    setup_roles(f"--{role}", role)
    client.force_login(user)
    return user


def test_the_analyst_may_only_look():
    setup_roles()
    assert {code.split(".")[1].split("_")[0] for code in perms("analyst")} == {"view"}


def test_the_curator_may_change_what_curation_touches_and_delete_nothing_but_a_wrong_alias():
    setup_roles()
    curator = perms("curator")

    assert perms("analyst") < curator
    assert {c for c in curator if not c.split(".")[1].startswith("view_")} == {
        "meetings.change_meeting", "meetings.change_person", "meetings.add_person", "meetings.add_alias",
        "meetings.delete_alias", "meetings.add_participant", "meetings.change_participant", "meetings.delete_participant",
        "meetings.add_place", "meetings.change_place", "meetings.change_report", "meetings.change_reviewflag",
        "meetings.change_article",
    }
    assert not any(c.startswith("ingest.") and not c.split(".")[1].startswith("view_") for c in curator)


def test_running_it_again_puts_the_groups_back_to_exactly_these_permissions():
    setup_roles()
    Group.objects.get(name="analyst").permissions.add(Permission.objects.get(codename="delete_meeting"))

    assert "updated group analyst" in setup_roles()
    assert "meetings.delete_meeting" not in perms("analyst")


def test_it_refuses_an_unknown_user():
    with pytest.raises(CommandError):
        setup_roles("--curator", "nobody")


def test_an_analyst_sees_the_queue_and_the_meetings_but_changes_nothing(client, meeting):
    login(client, "analyst")

    assert client.get(reverse("admin:meetings_meeting_review")).status_code == 200
    assert client.get(reverse("admin:meetings_meeting_changelist")).status_code == 200
    assert client.post(reverse("admin:meetings_meeting_review"), {"quick_verify": meeting.pk}).status_code == 403
    client.post(reverse("admin:meetings_meeting_changelist"), {"action": "verify", "_selected_action": [meeting.pk]})
    change = client.post(reverse("admin:meetings_meeting_change", args=[meeting.pk]), {"status": "cancelled"})

    assert change.status_code == 403
    meeting.refresh_from_db()
    assert (meeting.verified, meeting.status) == (False, "held")


def test_a_curator_acts_on_meetings_but_leaves_feeds_to_administrators(client, meeting):
    login(client, "curator")
    feed = Feed.objects.create(url="https://feeds.example/a.xml")

    client.post(reverse("admin:meetings_meeting_review"), {"quick_verify": meeting.pk})
    edit = client.post(reverse("admin:ingest_feed_change", args=[feed.pk]), {"url": "https://evil.example/", "poll_interval_minutes": 1})

    assert Meeting.objects.get().verified
    assert edit.status_code == 403
    assert client.get(reverse("admin:ingest_feed_changelist")).status_code == 200


def test_a_user_without_staff_status_is_sent_to_the_login_page(client, meeting):
    client.force_login(get_user_model().objects.create_user("reader"))

    response = client.get(reverse("admin:meetings_meeting_review"))

    assert response.status_code == 302 and reverse("admin:login") in response["Location"]
