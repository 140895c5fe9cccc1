"""Recording one article's reports and keeping each meeting's derived fields in step with them."""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date, timedelta

from django.db import transaction
from django.db.models import Exists, OuterRef, Prefetch, Q
from django.utils import timezone

from meetings.models import Article, Meeting, Participant, Place, Report, ReviewFlag, StatusStep
from meetings.normalize import surname_key
from meetings.services.matching import Candidate, Span, Window, match_score, search_window
from meetings.services.people import PeopleCache, people_resolve, place_resolve
from meetings.types import ExtractionResult, ReportData

logger = logging.getLogger(__name__)

# Which status stands when two reports of the same day disagree (the scorer's order too).
PRECEDENCE = {"held": 5, "cancelled": 4, "postponed": 3, "ruled_out": 2, "planned": 1, "possible": 0}
PRECISION_RANK = {"day": 3, "month": 2, "year": 1, "unknown": 0}
LOW_CONFIDENCE = 0.5


def _party_key(person_id: int | None, country: str) -> str:
    return f"p{person_id}" if person_id else f"country:{country.lower()}"


def _signature(parties: list[dict]) -> str:
    keys = sorted(surname_key(p["name"]) if p.get("name") else f"country:{p.get('country', '').lower()}" for p in parties)
    return "|".join(keys)[:300]


def _party_resolution_key(party) -> tuple:
    return (party.name, party.country, party.role, tuple(party.aliases))


def _resolve_people(reports: list[ReportData], seen_on: date | None, cache: PeopleCache) -> dict:
    """Every named party of an article resolved to its Person at once: the same party in the headline,
    the body and a caption is looked up once."""
    parties = {}
    for data in reports:
        for party in data.participants:
            if party.name:
                parties.setdefault(_party_resolution_key(party), party)
    found = people_resolve(parties=list(parties.values()), seen_on=seen_on, cache=cache) if parties else []
    return dict(zip(parties, found, strict=True))


def _resolve_parties(data: ReportData, resolved: dict) -> tuple[list[dict], list[int]]:
    """Participants as stored on the report, each with its person id; and the ids of people new to us."""
    out, new_people, seen = [], [], set()
    for party in data.participants:
        if party.name:
            person, created = resolved[_party_resolution_key(party)]
            if person.pk in seen:
                continue
            seen.add(person.pk)
            if created:
                new_people.append(person.pk)
            out.append({"name": party.name, "role": party.role, "country": party.country, "person_id": person.pk})
        elif party.country:
            key = f"country:{party.country}"
            if key in seen:
                continue
            seen.add(key)
            out.append({"name": None, "role": party.role, "country": party.country.upper(), "person_id": None})
    return out, new_people


def _report_candidate(report: Report) -> Candidate:
    return Candidate(
        parties=frozenset(_party_key(p.get("person_id"), p.get("country") or "") for p in report.participants),
        span=Span(report.start_date, report.end_date, report.date_precision),
        status=report.status,
        place_country=report.place.country if report.place else "",
        place_name=report.place.key if report.place else "",
        place_kind=report.place.kind if report.place else "",
        occasion=report.occasion,
        reported=report.article.published,
    )


def _meeting_candidate(meeting: Meeting) -> Candidate:
    return Candidate(
        parties=frozenset(_party_key(p.person_id, p.country) for p in meeting.participants.all()),
        span=Span(meeting.start_date, meeting.end_date, meeting.date_precision),
        status=meeting.status,
        place_country=meeting.place.country if meeting.place else "",
        place_name=meeting.place.key if meeting.place else "",
        place_kind=meeting.place.kind if meeting.place else "",
        occasion=meeting.occasion,
        reported=meeting.first_reported,
        last_reported=meeting.last_reported,
    )


def _windows_q(windows: list[tuple[Window, Candidate]]) -> Q:
    """The meetings of all an article's report windows, as one small query: the union of their dated
    intervals, the union of their undated spans, and the places of undated "they met in X" reports.

    A superset of each window (so of what `match_score` accepts) that stays near the reports' dates,
    whatever the data's size.
    """
    if any(w.unbounded for w, _ in windows):
        return Q()
    dated = Q(start_date__isnull=False) & ~Q(date_precision="unknown")
    undated = Q(start_date__isnull=True) | Q(date_precision="unknown")
    month, year = timedelta(days=31), timedelta(days=366)
    found = Q(pk__in=[])
    spans = [w.dated for w, _ in windows if w.dated]
    if spans:
        lo, hi = min(a for a, _ in spans), max(b for _, b in spans)
        found |= dated & (
            (Q(date_precision="day", start_date__lte=hi) & (Q(end_date__gte=lo) | Q(end_date__isnull=True, start_date__gte=lo)))
            | Q(date_precision="month", start_date__range=(lo - month, hi + month))
            | Q(date_precision="year", start_date__range=(lo - year, hi + year))
        )
    # undated meetings first reported in [a, b], or reported over a span that meets [a, b]: both are
    # meetings whose reports span a day of [a, b] (first ≤ b and last ≥ first ≥ a for the former)
    spans = [w.undated_first for w, _ in windows if w.undated_first] + [w.undated_span for w, _ in windows if w.undated_span]
    if spans:
        a, b = min(x for x, _ in spans), max(y for _, y in spans)
        found |= undated & (Q(first_reported__lte=b, last_reported__gte=a) | Q(first_reported__isnull=True))
    for window, report in windows:
        if not window.held_before:
            continue
        here = Q(pk__in=[])
        if report.place_kind == "city" and report.place_name:
            here |= Q(place__key=report.place_name, place__kind="city")
        if report.occasion:
            here |= Q(occasion__iexact=report.occasion)
        began = Q(start_date__lte=window.held_before) | Q(date_precision__in=["month", "year"], start_date__lte=window.held_before + year)
        found |= dated & here & began
    return found


def _meeting_options(reports: list[Report], article: Article) -> list[tuple[float, int, Meeting, str]]:
    """Every existing meeting each report could join, with a score and the reason: one query an article.

    The query asks for meetings of the reports' parties near the reports' dates (`search_window`);
    `match_score` then decides for each report and candidate.
    """
    mine = [_report_candidate(r) for r in reports]
    person_ids = {p["person_id"] for r in reports for p in r.participants if p.get("person_id")}
    countries = {p["country"] for r in reports for p in r.participants if not p.get("person_id") and p.get("country")}
    who = Participant.objects.filter(
        Q(person_id__in=person_ids) | Q(person__isnull=True, country__in=countries)
    ).values("meeting_id")
    when = _windows_q([(search_window(c, article.published), c) for c in mine])
    candidates = (
        Meeting.objects.visible()
        .filter(when, pk__in=who, mode__in={r.mode for r in reports})
        .order_by()
        .select_related("place")
        # the refresh after recording reuses these rows (with their roles) rather than reading them again
        .prefetch_related(Prefetch("participants", queryset=Participant.objects.only("meeting_id", "person_id", "country", "role")))
    )
    options = []
    for meeting in candidates:
        theirs = _meeting_candidate(meeting)
        for i, (report, candidate) in enumerate(zip(reports, mine, strict=True)):
            if report.mode != meeting.mode:
                continue
            fit = match_score(candidate, article.published, theirs)
            if fit:
                options.append((fit[0], i, meeting, fit[1]))
    return options


def _reuse_from_previous_run(reports: list[Report], previous: dict[str, list[tuple[int, frozenset]]]) -> dict[int, tuple[int, str]]:
    """Meetings the same article's earlier run put these reports on: re-runs keep curated placements.

    A report with the same signature takes its old meeting first; then one sharing enough parties does.
    """
    found: dict[int, tuple[int, str]] = {}
    for i, report in enumerate(reports):
        if previous.get(report.signature):
            found[i] = (previous[report.signature].pop(0)[0], "same report as the previous run")
    for i, report in enumerate(reports):
        if i in found:
            continue
        keys = frozenset(report.signature.split("|"))
        for entries in previous.values():
            hit = next((n for n, (_, old) in enumerate(entries) if len(keys & old) >= min(2, len(keys), len(old))), None)
            if hit is not None:
                found[i] = (entries.pop(hit)[0], "overlaps a report of the previous run")
                break
    return found


def _place(data: ReportData, places: dict) -> Place | None:
    """The report's place, resolved once a batch of articles (its reports often share one)."""
    if not (data.place and data.place.name):
        return None
    key = (data.place.name, data.place.country, data.place.kind)
    if key not in places:
        places[key] = place_resolve(place=data.place)
    return places[key]


def _build_report(article: Article, position: int, data: ReportData, parties: list[dict], version: str, places: dict) -> Report:
    return Report(
        article=article,
        position=position,
        signature=_signature(parties),
        status=data.status,
        mode=data.mode,
        participants=parties,
        start_date=data.start_date,
        end_date=data.end_date or data.start_date,
        date_precision=data.date_precision if data.start_date else "unknown",
        date_text=data.date_text[:200],
        date_reason=data.date_reason[:300],
        place=_place(data, places),
        place_text=(data.place.mention or data.place.name)[:200] if data.place else "",
        occasion=data.occasion[:300],
        topic=data.topic[:300],
        evidence=data.evidence,
        evidence_start=data.evidence_start,
        evidence_end=data.evidence_end,
        cues=data.cues,
        confidence=data.confidence,
        extractor_version=version,
    )


@transaction.atomic(savepoint=False)
def article_record_reports(*, article: Article, result: ExtractionResult, cache: PeopleCache | None = None) -> list[Report]:
    """Replace an article's reports with a new extraction's, attaching each to its meeting.

    Idempotent: recording the same extraction again changes nothing. Reports that an earlier run (or a
    curator) placed on a meeting go back to that meeting, so merges, splits and rejections survive.
    `cache` keeps the people and places read across the articles of a batch.
    """
    cache = cache if cache is not None else PeopleCache()
    # the row lock serialises two workers recording the same article; its text is not needed here
    article = (
        Article.objects.select_for_update()
        .only("pk", "published")
        .annotate(recorded=Exists(Report.objects.filter(article=OuterRef("pk"))))
        .get(pk=article.pk)
    )
    old_reports = list(article.reports.only("pk", "meeting_id", "signature", "pinned")) if article.recorded else []
    previous: dict[str, list[tuple[int, frozenset]]] = {}
    for old in old_reports:
        previous.setdefault(old.signature, []).append((old.meeting_id, frozenset(old.signature.split("|"))))
    touched = {old.meeting_id for old in old_reports}
    if old_reports:
        article.reports.all().delete()

    pending: list[tuple[Report, list[int], float]] = []
    resolved = _resolve_people(result.reports, article.published, cache)
    places = cache.places
    for position, data in enumerate(result.reports):
        parties, new_people = _resolve_parties(data, resolved)
        if len(parties) < 2:
            logger.info("article %s: report %s has fewer than two parties; skipped", article.pk, position)
            continue
        report = _build_report(article, position, data, parties, result.extractor_version, places)
        pending.append((report, new_people, data.confidence))

    # Reports an earlier run placed keep their meeting; the rest are placed best fit first, so that of two
    # reports of one article the one that fits a meeting better gets it.
    placed: dict[int, tuple[Meeting, str, float]] = {}
    reused = _reuse_from_previous_run([r for r, _, _ in pending], previous)
    meetings = Meeting.objects.in_bulk({meeting_id for meeting_id, _ in reused.values()})
    for i, (meeting_id, reason) in reused.items():
        # a curator may have put two reports of this article on one meeting (a merge): pinned ones share it
        pinned = any(o.pinned for o in old_reports if o.meeting_id == meeting_id)
        if meeting_id in meetings and (pinned or meeting_id not in {m.pk for m, _, _ in placed.values()}):
            pending[i][0].pinned = pinned
            placed[i] = (meetings[meeting_id], reason, 2.0)
    unplaced = [i for i in range(len(pending)) if i not in placed]
    options = [
        (score, unplaced[k], meeting, reason)
        for score, k, meeting, reason in (_meeting_options([pending[i][0] for i in unplaced], article) if unplaced else [])
    ]
    taken = {m.pk for m, _, _ in placed.values()}
    for score, i, meeting, reason in sorted(options, key=lambda o: (-o[0], o[1], o[2].pk)):
        if i in placed or meeting.pk in taken:
            continue
        placed[i] = (meeting, reason, score)
        taken.add(meeting.pk)

    # the meetings no report fits are made in one statement; their history row is written once they
    # have their fields (below), so the audit trail starts from what the extractor made, not a blank row
    alone = [i for i in range(len(pending)) if i not in placed]
    made = Meeting.objects.bulk_create(Meeting(status=pending[i][0].status, mode=pending[i][0].mode) for i in alone)
    new_meetings: dict[int, Meeting] = {}
    for i, meeting in zip(alone, made, strict=True):
        new_meetings[meeting.pk] = meeting
        placed[i] = (meeting, "no known meeting fits: a new one", 0.0)
    created = []
    for i, (report, _, _) in enumerate(pending):
        meeting, reason, _ = placed[i]
        report.meeting = meeting
        report.merge_reason = reason[:300]
        created.append(report)
        touched.add(meeting.pk)
    Report.objects.bulk_create(created)
    flags: dict[tuple[int, str], str] = {}
    for i, (_, new_people, confidence) in enumerate(pending):
        meeting, reason, score = placed[i]
        if new_people:
            flags[meeting.pk, ReviewFlag.Kind.NEW_PERSON] = f"new people: {', '.join(map(str, new_people))}"
        if confidence < LOW_CONFIDENCE:
            flags[meeting.pk, ReviewFlag.Kind.LOW_CONFIDENCE] = f"report confidence {confidence:.2f}"
        if score and score < 1.0:
            flags[meeting.pk, ReviewFlag.Kind.WEAK_MERGE] = reason[:300]
    _flags_raise(flags)

    # the old reports' steps went with them (on delete cascade): the trail only needs the new reports' steps
    # a meeting made for a report has that report alone: it is refreshed from memory; the meetings the
    # reports joined were read a moment ago (with their participants), only those an old report left are read
    loaded = {m.pk: m for m, _, _ in placed.values() if m.pk not in new_meetings}
    rest = touched - set(new_meetings) - set(loaded)
    others = [*loaded.values(), *(Meeting.objects.filter(pk__in=rest) if rest else [])]
    meetings_refresh(
        meetings=[*new_meetings.values(), *others],
        new_reports=created,
        known={r.meeting_id: [r] for r in created if r.meeting_id in new_meetings},
    )
    if new_meetings:
        Meeting.history.bulk_history_create(list(new_meetings.values()), default_change_reason="made by extraction")
    return created


def _flags_raise(wanted: dict[tuple[int, str], str]) -> None:
    """Raise flags, {(meeting id, kind): detail}, in two statements; a flag a curator resolved stays
    resolved when a re-run says the same thing again, and opens again when it says something new."""
    if not wanted:
        return
    existing = {
        (f.meeting_id, f.kind): f
        for f in ReviewFlag.objects.filter(meeting_id__in={m for m, _ in wanted}, kind__in={k for _, k in wanted})
    }
    for key, detail in wanted.items():
        flag = existing.get(key)
        if flag is not None and flag.detail != detail:
            flag.detail, flag.resolved = detail, False
            flag.save(update_fields=["detail", "resolved"])
    # a worker recording another article of the same meeting may raise the same flag: it stands once
    ReviewFlag.objects.bulk_create(
        [ReviewFlag(meeting_id=m, kind=k, detail=d) for (m, k), d in wanted.items() if (m, k) not in existing],
        ignore_conflicts=True,
    )


def _newest_status(reports: list[Report]) -> str:
    """The newest report's status; a later "will meet" does not undo a meeting held or cancelled."""
    ordered = sorted(reports, key=lambda r: (r.article.published or date.min, PRECEDENCE[r.status]))
    status = ordered[-1].status
    settled = [r.status for r in ordered if r.status in ("held", "cancelled")]
    if status in ("possible", "planned") and settled:
        return settled[-1]
    return status


# What a refresh does not read: the articles' texts and the reports' evidence.
HEAVY = ("article__text", "article__html", "article__clean_text", "article__error", "evidence", "cues")
# What a refresh always sets, besides the fields `_derive` sets when they are not locked.
COUNTS = ("report_count", "last_reported", "first_reported", "updated_at")


def meeting_refresh(*, meeting: Meeting) -> Meeting | None:
    """Derive a meeting's fields, participants and status trail from its reports, sparing locked fields.

    A meeting left without reports is deleted unless a curator touched it (then None is returned).
    """
    return meetings_refresh(meetings=[meeting])[meeting.pk]


@transaction.atomic(savepoint=False)
def meetings_refresh(
    *, meetings: Iterable[Meeting], new_reports: list[Report] | None = None, known: dict[int, list[Report]] | None = None
) -> dict[int, Meeting | None]:
    """`meeting_refresh` for several meetings at once: a handful of statements whatever their number.

    With `new_reports` (the only reports added since the trails were last right, as after recording an
    article whose old reports were deleted) their steps are added to the trails instead of rewriting them.
    `known` gives the whole set of reports of meetings just made (with their articles and places loaded),
    which then have no participants yet and are not read again.
    """
    meetings = {m.pk: m for m in meetings}
    if not meetings:
        return {}
    known = known or {}
    reports: dict[int, list[Report]] = defaultdict(list, known)
    unread = set(meetings) - set(known)
    if unread:
        for report in Report.objects.filter(meeting_id__in=unread).select_related("article", "place").defer(*HEAVY):
            reports[report.meeting_id].append(report)
    now = timezone.now()
    out: dict[int, Meeting | None] = {}
    kept: dict[int, Meeting] = {}
    live: dict[int, list[Report]] = {}  # each kept meeting with reports: its reports, oldest first
    for pk, meeting in meetings.items():
        mine = sorted(reports.get(pk, []), key=lambda r: (r.article.published or date.min, r.pk))
        if not mine and not (meeting.verified or meeting.rejected or meeting.locked_fields):
            meeting.delete()
            out[pk] = None
            continue
        out[pk] = kept[pk] = meeting
        meeting.report_count = len(mine)
        meeting.updated_at = now
        if not mine:
            meeting.save(update_fields=["report_count", "updated_at"])
            continue
        live[pk] = mine
        meeting.last_reported = mine[-1].article.published
        meeting.first_reported = min((r.article.published for r in mine if r.article.published), default=None)
        changed = _derive(meeting, mine)
        # derived from the reports, which are the record: the audit trail keeps what people changed
        meeting.skip_history_when_saving = True
        try:
            meeting.save(update_fields=[*changed, *COUNTS])
        finally:
            del meeting.skip_history_when_saving
    _refresh_participants(
        {pk: r for pk, r in live.items() if not kept[pk].is_locked("participants")},
        new=set(known),
        participants={pk: m.participants.all() for pk, m in kept.items() if _prefetched(m, "participants")},
    )
    if new_reports is None:
        _refresh_trail(live)
    else:
        StatusStep.objects.bulk_create(
            StatusStep(meeting_id=r.meeting_id, date=r.article.published, status=r.status, report=r) for r in new_reports
        )
    conflicts = {}
    for pk, mine in live.items():
        statuses = {r.status for r in mine}
        if len(statuses & {"held", "cancelled", "ruled_out"}) > 1:
            conflicts[pk, ReviewFlag.Kind.CONFLICT] = "reports disagree: " + ", ".join(sorted(statuses))
    _flags_raise(conflicts)
    return out


def _prefetched(instance, name: str) -> bool:
    """Whether `instance.<name>.all()` answers from a prefetch (no query)."""
    return name in getattr(instance, "_prefetched_objects_cache", {})


def _derive(meeting: Meeting, by_news: list[Report]) -> list[str]:
    """Set the meeting's fields that are not locked from its reports (oldest first); the names set."""
    changed = []
    if not meeting.is_locked("status"):
        meeting.status = _newest_status(by_news)
        changed.append("status")
    if not meeting.is_locked("mode"):
        meeting.mode = Counter(r.mode for r in by_news).most_common(1)[0][0]
        changed.append("mode")
    if not meeting.is_locked("dates"):
        dated = [r for r in by_news if r.start_date and r.date_precision != "unknown"]
        if dated:
            # the most precise date; among equals, what a report of the meeting held says, then the newest
            best = max(dated, key=lambda r: (PRECISION_RANK[r.date_precision], r.status == "held", r.article.published or date.min))
            meeting.start_date, meeting.end_date, meeting.date_precision = best.start_date, best.end_date, best.date_precision
        else:
            meeting.start_date = meeting.end_date = None
            meeting.date_precision = "unknown"
        changed += ["start_date", "end_date", "date_precision"]
    if not meeting.is_locked("place"):
        placed = [r for r in by_news if r.place_id]
        rank = {Place.Kind.VENUE: 3, Place.Kind.CITY: 2, Place.Kind.REGION: 1, Place.Kind.COUNTRY: 0}
        meeting.place = max(placed, key=lambda r: (rank.get(r.place.kind, 0), r.article.published or date.min)).place if placed else None
        changed.append("place")
    if not meeting.is_locked("occasion"):
        occasions = [r.occasion for r in reversed(by_news) if r.occasion]
        meeting.occasion = Counter(occasions).most_common(1)[0][0] if occasions else ""
        changed.append("occasion")
    return changed


def _refresh_participants(
    reports: dict[int, list[Report]], new: set[int] = frozenset(), participants: dict[int, list[Participant]] | None = None
) -> None:
    """Each meeting's participants from its reports (oldest first, so the newest role wins); meetings in
    `new` were just made and have none yet; `participants` gives the rows of meetings already read."""
    if not reports:
        return
    existing: dict[int, dict] = defaultdict(dict)
    known = {pk: rows for pk, rows in (participants or {}).items() if pk in reports}
    unread = set(reports) - new - set(known)
    rows = [*(r for rows in known.values() for r in rows), *(Participant.objects.filter(meeting_id__in=unread) if unread else [])]
    for row in rows:
        existing[row.meeting_id][("p", row.person_id) if row.person_id else ("c", row.country)] = row
    gone, new, moved = [], [], []
    for meeting_id, mine in reports.items():
        people: dict[int, dict] = {}
        parties: dict[str, dict] = {}
        for report in mine:
            for p in report.participants:
                if p.get("person_id"):
                    people[p["person_id"]] = p
                elif p.get("country"):
                    parties[p["country"]] = p
        represented = {p.get("country") for p in people.values() if p.get("country")}
        wanted = {("p", pid): p for pid, p in people.items()}
        wanted.update({("c", c): p for c, p in parties.items() if c not in represented})
        have = existing.get(meeting_id, {})
        gone += [row.pk for key, row in have.items() if key not in wanted]
        for key, p in wanted.items():
            row = have.get(key)
            role, country = p.get("role") or "", (p.get("country") or "").upper()
            if row is None:
                new.append(Participant(meeting_id=meeting_id, person_id=p.get("person_id"), role=role, country=country))
            elif (row.role, row.country) != (role, country):
                row.role, row.country = role, country
                moved.append(row)
    if gone:
        Participant.objects.filter(pk__in=gone).delete()
    if moved:
        Participant.objects.bulk_update(moved, ["role", "country"])
    if new:
        Participant.objects.bulk_create(new)


def _refresh_trail(reports: dict[int, list[Report]]) -> None:
    """The trail's steps that come from reports, rewritten; steps a curator set (no report) stay."""
    if not reports:
        return
    StatusStep.objects.filter(meeting_id__in=reports, report__isnull=False).delete()
    StatusStep.objects.bulk_create(
        StatusStep(meeting_id=meeting_id, date=r.article.published, status=r.status, report=r)
        for meeting_id, mine in reports.items()
        for r in mine
    )
