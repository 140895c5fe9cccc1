"""Every curation action driven through the admin's own views by a curator, then the articles re-run:
none of the curated facts change."""

from __future__ import annotations

import io
import sys
import types
from datetime import date

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse

from meetings.models import Article, Meeting, Person, Place, Report, ReviewFlag
from meetings.tests.factories import KERRY, LAVROV, make_article, record, report
from meetings.types import ExtractionResult

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:meetings_meeting_changelist")
QUEUE = reverse("admin:meetings_meeting_review")
PEOPLE = reverse("admin:meetings_person_changelist")

APEC = dict(status="possible", start=date(2016, 11, 19), end=date(2016, 11, 20), place=("Lima", "PE", "city"), occasion="APEC summit")
LAUSANNE = dict(status="held", start=date(2016, 10, 15), place=("Lausanne", "CH", "city"))
GENEVA = dict(status="held", start=date(2016, 9, 9), place=("Geneva", "CH", "city"))


@pytest.fixture
def curator(db):
    call_command("setup_roles", stdout=io.StringIO())
    user = get_user_model().objects.create_user("cora")
    call_command("setup_roles", "--curator", "cora", stdout=io.StringIO())
    return user


@pytest.fixture
def client(client, curator):
    client.force_login(curator)
    return client


class Article_:
    """An article and the extraction it gave, so that a test can record it again (a re-run)."""

    def __init__(self, published: date, *reports):
        self.article = make_article(published=published)
        self.reports = reports
        record(self.article, *reports)

    def rerun(self):
        record(self.article, *self.reports)


def facts(meeting: Meeting) -> dict:
    """Everything a curator can decide about a meeting."""
    meeting = Meeting.objects.get(pk=meeting.pk)
    return {
        "status": meeting.status,
        "dates": (meeting.start_date, meeting.end_date, meeting.date_precision),
        "place": meeting.place_id,
        "occasion": meeting.occasion,
        "verified": meeting.verified,
        "rejected": meeting.rejected,
        "locked": sorted(meeting.locked_fields),
        "participants": sorted((p.person_id or 0, p.role, p.country) for p in meeting.participants.all()),
        "reports": sorted(meeting.reports.values_list("article_id", "position")),
    }


def act(client, action, *objects, url=CHANGELIST, **extra):
    data = {"action": action, "_selected_action": [o.pk for o in objects], **extra}
    return client.post(url, data)


def meeting_of(article: Article, position: int = 0) -> Meeting:
    return Report.objects.get(article=article, position=position).meeting


# --- verify and reject --------------------------------------------------------------------------


def test_a_curator_verifies_meetings_and_a_rerun_keeps_them_verified_and_out_of_the_queue(client):
    a = Article_(date(2016, 10, 16), report(LAVROV, KERRY, confidence=0.3, **LAUSANNE))
    meeting = meeting_of(a.article)
    assert meeting.flags.filter(resolved=False).exists()

    response = act(client, "verify", meeting)
    assert response.status_code == 302
    before = facts(meeting)
    assert before["verified"]
    assert not meeting.flags.filter(resolved=False).exists()

    a.rerun()

    assert facts(meeting) == before
    assert meeting.pk not in [m.pk for m in client.get(QUEUE).context["meetings"]]


def test_a_rejected_meeting_is_hidden_kept_and_never_recreated_by_a_rerun(client):
    a = Article_(date(2016, 9, 10), report(LAVROV, KERRY, **GENEVA))
    meeting = meeting_of(a.article)

    act(client, "reject", meeting)
    a.rerun()

    meeting.refresh_from_db()
    assert meeting.rejected
    assert meeting_of(a.article) == meeting  # the re-run's report went back to the rejected meeting
    assert not Meeting.objects.visible().exists()
    assert client.get("/api/v1/meetings/").json()["results"] == []


def test_the_buttons_of_the_change_page_verify_and_reject(client):
    a = Article_(date(2016, 9, 10), report(LAVROV, KERRY, **GENEVA))
    meeting = meeting_of(a.article)
    url = reverse("admin:meetings_meeting_change", args=[meeting.pk])

    client.post(url, {**change_form_data(client, url), "_verify": "Verify"})
    assert Meeting.objects.get(pk=meeting.pk).verified

    client.post(url, {**change_form_data(client, url), "_reject": "Reject"})
    meeting.refresh_from_db()
    assert meeting.rejected and not meeting.verified


# --- merge and split ----------------------------------------------------------------------------


def test_a_curator_merges_two_meetings_and_reruns_keep_them_one(client):
    # the same talks reported ten days apart: extraction cannot know they are one meeting
    a = Article_(date(2016, 10, 16), report(LAVROV, KERRY, **LAUSANNE))
    b = Article_(date(2016, 10, 26), report(LAVROV, KERRY, status="held", start=date(2016, 10, 25), place=("Lausanne", "CH", "city")))
    first, second = meeting_of(a.article), meeting_of(b.article)
    assert first != second

    page = act(client, "merge_meetings", first, second)
    assert page.status_code == 200 and b"Merge into the meeting kept" in page.content
    act(client, "merge_meetings", first, second, target=first.pk, apply="1")

    assert not Meeting.objects.filter(pk=second.pk).exists()
    merged = facts(first)
    assert merged["reports"] == sorted([(a.article.pk, 0), (b.article.pk, 0)])
    assert Meeting.objects.get(pk=first.pk).trail.count() == 2  # the status trail recomputed over both

    a.rerun()
    b.rerun()

    assert facts(first) == merged
    assert Meeting.objects.count() == 1


def test_merging_from_the_review_queue_returns_to_the_queue(client):
    a = Article_(date(2016, 10, 16), report(LAVROV, KERRY, confidence=0.2, **LAUSANNE))
    b = Article_(date(2016, 10, 26), report(LAVROV, KERRY, confidence=0.2, status="held", start=date(2016, 10, 25)))
    first, second = meeting_of(a.article), meeting_of(b.article)

    page = act(client, "merge_meetings", first, second, url=QUEUE, index="0")
    assert page.status_code == 200
    response = act(client, "merge_meetings", first, second, url=QUEUE, target=second.pk, apply="1")

    assert response.status_code == 302 and response["Location"] == QUEUE
    assert Meeting.objects.get().pk == second.pk


def test_a_curator_splits_a_report_off_and_reruns_keep_it_apart(client):
    a = Article_(date(2016, 11, 15), report(LAVROV, KERRY, **APEC))
    b = Article_(date(2016, 11, 18), report(LAVROV, KERRY, status="planned", start=date(2016, 11, 19), place=("Lima", "PE", "city")))
    meeting = meeting_of(a.article)
    assert meeting_of(b.article) == meeting
    split = reverse("admin:meetings_report_split", args=[Report.objects.get(article=b.article).pk])

    assert client.get(split).status_code == 200
    response = client.post(split)

    new = meeting_of(b.article)
    assert new != meeting and response["Location"] == reverse("admin:meetings_meeting_change", args=[new.pk])
    kept, apart = facts(meeting), facts(new)

    a.rerun()
    b.rerun()

    assert (facts(meeting), facts(new)) == (kept, apart)


def test_the_split_action_of_the_report_list_refuses_a_meetings_only_report(client):
    a = Article_(date(2016, 9, 10), report(LAVROV, KERRY, **GENEVA))
    only = Report.objects.get(article=a.article)

    act(client, "split_off", only, url=reverse("admin:meetings_report_changelist"))

    assert Meeting.objects.count() == 1


# --- people -------------------------------------------------------------------------------------


def test_a_curator_merges_two_people_and_their_meetings_that_now_coincide(client):
    # a wrong country made extraction record "Lavrov" as a second person, and his meeting apart
    a = Article_(date(2016, 10, 16), report(LAVROV, KERRY, **LAUSANNE))
    b = Article_(date(2016, 10, 16), report(("Lavrov", "US", "Foreign Minister"), KERRY, **LAUSANNE))
    sergey, other = Person.objects.get(name="Sergey Lavrov"), Person.objects.get(name="Lavrov")
    assert meeting_of(a.article) != meeting_of(b.article)

    act(client, "merge_people", sergey, other, url=PEOPLE)
    act(client, "merge_people", sergey, other, url=PEOPLE, target=sergey.pk, apply="1")

    assert not Person.objects.filter(pk=other.pk).exists()
    assert set(sergey.aliases.values_list("name", flat=True)) == {"Sergey Lavrov", "Lavrov"}
    meeting = meeting_of(a.article)
    assert meeting_of(b.article) == meeting
    merged = facts(meeting)

    a.rerun()
    b.rerun()

    assert Person.objects.filter(name__contains="Lavrov").count() == 1
    assert facts(meeting) == merged
    assert Meeting.objects.count() == 1


def test_lookalike_people_are_offered_for_a_merge_in_the_queue(client):
    Article_(date(2016, 10, 16), report(LAVROV, KERRY, **LAUSANNE))
    Article_(date(2016, 10, 17), report(("Lavrov", "US", "Foreign Minister"), KERRY, **LAUSANNE))

    groups = client.get(QUEUE).context["lookalikes"]
    by_surname = {g.surname: sorted(p.name for p in g.people) for g in groups}

    assert by_surname == {"lavrov": ["Lavrov", "Sergey Lavrov"]}


def test_editing_a_person_keeps_the_old_spelling_as_an_alias(client):
    Article_(date(2016, 10, 16), report(LAVROV, KERRY, **LAUSANNE))
    person = Person.objects.get(name="Sergey Lavrov")
    url = reverse("admin:meetings_person_change", args=[person.pk])

    client.post(url, {**change_form_data(client, url), "name": "Sergei Viktorovich Lavrov"})

    person.refresh_from_db()
    assert person.name == "Sergei Viktorovich Lavrov"
    assert {"Sergey Lavrov", "Sergei Viktorovich Lavrov"} <= set(person.aliases.values_list("name", flat=True))


# --- set by hand --------------------------------------------------------------------------------


def test_fields_set_on_the_change_page_are_locked_against_reruns(client):
    a = Article_(date(2016, 11, 15), report(LAVROV, KERRY, **APEC))
    meeting = meeting_of(a.article)
    peru = Place.objects.create(name="Peru", key="peru", kind="country", country="PE")
    url = reverse("admin:meetings_meeting_change", args=[meeting.pk])
    data = change_form_data(client, url)
    data.update(status="held", start_date="2016-11-20", end_date="2016-11-20", date_precision="day", place=peru.pk, occasion="APEC")
    # the participants: Kerry goes, an unnamed Peruvian official joins
    kerry = Person.objects.get(name="John Kerry")
    rows = [k for k, v in data.items() if k.startswith("participants-") and k.endswith("-person") and str(v) == str(kerry.pk)]
    data[rows[0].replace("-person", "-DELETE")] = "on"
    n = int(data["participants-TOTAL_FORMS"])
    data.update({f"participants-{n - 1}-person": "", f"participants-{n - 1}-role": "Foreign Minister", f"participants-{n - 1}-country": "pe"})

    response = client.post(url, data)

    assert response.status_code == 302, response.context and response.context["errors"]
    set_by_hand = facts(meeting)
    assert set_by_hand["locked"] == ["dates", "occasion", "participants", "place", "status"]
    assert set_by_hand["participants"] == sorted([(Person.objects.get(name="Sergey Lavrov").pk, "Foreign Minister", "RU"), (0, "Foreign Minister", "PE")])
    assert set_by_hand["status"] == "held" and set_by_hand["place"] == peru.pk

    a.rerun()

    assert facts(meeting) == set_by_hand
    assert meeting.trail.filter(curator__isnull=False, status="held").exists()


def test_unticking_a_lock_hands_the_field_back_to_the_reports(client):
    a = Article_(date(2016, 11, 15), report(LAVROV, KERRY, **APEC))
    meeting = meeting_of(a.article)
    url = reverse("admin:meetings_meeting_change", args=[meeting.pk])
    client.post(url, {**change_form_data(client, url), "occasion": "Lima talks"})
    assert facts(meeting)["locked"] == ["occasion"]

    client.post(url, {**change_form_data(client, url), "locked": []})

    assert facts(meeting)["occasion"] == "APEC summit"
    assert facts(meeting)["locked"] == []


def test_the_bulk_set_fields_action_sets_and_locks_every_selected_meeting(client):
    a = Article_(date(2016, 10, 16), report(LAVROV, KERRY, **LAUSANNE))
    b = Article_(date(2016, 9, 10), report(LAVROV, KERRY, **GENEVA))
    meetings = [meeting_of(a.article), meeting_of(b.article)]

    assert act(client, "set_fields", *meetings).status_code == 200
    act(client, "set_fields", *meetings, status="cancelled", date_precision="day", apply="1")
    a.rerun()
    b.rerun()

    assert [facts(m)["status"] for m in meetings] == ["cancelled", "cancelled"]
    assert [facts(m)["locked"] for m in meetings] == [["status"], ["status"]]


# --- the queue ----------------------------------------------------------------------------------


def test_the_queue_puts_conflicting_reports_before_a_new_person(client):
    Article_(date(2016, 9, 10), report(LAVROV, ("Ban Ki-moon", "", "Secretary-General"), **GENEVA))
    c1 = Article_(date(2016, 10, 16), report(LAVROV, KERRY, **LAUSANNE))
    Article_(date(2016, 10, 17), report(LAVROV, KERRY, status="cancelled", start=date(2016, 10, 15)))
    conflict = meeting_of(c1.article)
    ReviewFlag.objects.filter(kind=ReviewFlag.Kind.NEW_PERSON, meeting=conflict).update(resolved=True)

    queue = client.get(QUEUE).context["meetings"]

    assert queue[0] == conflict
    assert [f.kind for f in queue[0].open_flags] == ["conflict"]


def test_one_click_in_the_queue_verifies_or_rejects_a_meeting(client):
    a = Article_(date(2016, 10, 16), report(LAVROV, KERRY, confidence=0.3, **LAUSANNE))
    b = Article_(date(2016, 9, 10), report(LAVROV, KERRY, confidence=0.3, **GENEVA))

    client.post(QUEUE, {"quick_verify": meeting_of(a.article).pk})
    client.post(QUEUE, {"quick_reject": meeting_of(b.article).pk})

    assert meeting_of(a.article).verified and meeting_of(b.article).rejected
    assert client.get(QUEUE).context["meetings"] == []


# --- re-running extraction ----------------------------------------------------------------------


@pytest.fixture
def fake_extractor(monkeypatch):
    """`ingest.nlp` stand-in: returns each article's hand-made extraction (no spaCy model)."""
    import ingest

    by_title: dict[str, list] = {}
    fake = types.ModuleType("ingest.nlp")
    fake.EXTRACTOR_VERSION = "test-1"
    fake.extract_article = lambda *, title=None, text=None, **kw: ExtractionResult(
        clean_text=text or "", reports=list(by_title[title]), extractor_version="test-1"
    )
    monkeypatch.setitem(sys.modules, "ingest.nlp", fake)
    monkeypatch.setattr(ingest, "nlp", fake, raising=False)
    return by_title


def test_the_rerun_action_reprocesses_articles_and_curated_facts_survive(client, fake_extractor, django_capture_on_commit_callbacks):
    a = Article_(date(2016, 10, 16), report(LAVROV, KERRY, **LAUSANNE))
    b = Article_(date(2016, 10, 26), report(LAVROV, KERRY, status="held", start=date(2016, 10, 25)))
    for x in (a, b):
        fake_extractor[x.article.title] = x.reports
    first, second = meeting_of(a.article), meeting_of(b.article)
    act(client, "merge_meetings", first, second, target=first.pk, apply="1")
    url = reverse("admin:meetings_meeting_change", args=[first.pk])
    client.post(url, {**change_form_data(client, url), "occasion": "Syria talks", "_verify": "Verify"})
    curated = facts(first)

    with django_capture_on_commit_callbacks(execute=True):
        response = act(client, "rerun_extraction", a.article, b.article, url=reverse("admin:meetings_article_changelist"))

    assert response.status_code == 302
    assert set(Article.objects.values_list("state", flat=True)) == {"done"}
    assert facts(first) == curated
    assert curated["occasion"] == "Syria talks" and curated["verified"]


# --- audit --------------------------------------------------------------------------------------


def test_every_curated_change_records_who_made_it(client, curator):
    a = Article_(date(2016, 10, 16), report(LAVROV, KERRY, **LAUSANNE))
    b = Article_(date(2016, 10, 26), report(LAVROV, KERRY, status="held", start=date(2016, 10, 25)))
    first, second = meeting_of(a.article), meeting_of(b.article)

    act(client, "merge_meetings", first, second, target=first.pk, apply="1")
    act(client, "verify", first)

    mine = Meeting.history.filter(history_user=curator)
    assert set(mine.values_list("id", flat=True)) == {first.pk, second.pk}
    assert mine.filter(id=second.pk, history_type="-").get().history_change_reason == f"merged meeting {second.pk} into {first.pk}"
    moved = Report.history.filter(history_user=curator, meeting_id=first.pk, article_id=b.article.pk)
    assert moved.exists()
    assert client.get(reverse("admin:meetings_meeting_history", args=[first.pk])).status_code == 200


# --- helpers ------------------------------------------------------------------------------------


def change_form_data(client, url) -> dict:
    """The POST a browser would send for the change page at `url` as it stands."""
    response = client.get(url)
    assert response.status_code == 200
    data = {}
    form = response.context["adminform"].form
    for name in form.fields:
        value = form[name].value()
        if value is None:
            continue
        data[name] = value if not isinstance(value, (list, tuple)) else list(value)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        for name in formset.management_form.fields:
            data[f"{formset.prefix}-{name}"] = formset.management_form[name].value()
        for f in formset.forms:
            for name in f.fields:
                value = f[name].value()
                if value is not None and value is not False:
                    data[f"{f.prefix}-{name}"] = value
    return {k: ("" if v is None else v) for k, v in data.items()}

