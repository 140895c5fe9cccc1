"""Recording one article's reports and keeping each meeting's derived fields in step with them."""

from __future__ import annotations

import logging
from collections import Counter
from datetime import date

from django.db import transaction
from django.db.models import Min, Q

from meetings.models import Article, Meeting, Participant, Place, Report, ReviewFlag, StatusStep
from meetings.normalize import surname_key
from meetings.services.matching import Candidate, Span, match_score
from meetings.services.people import person_resolve, place_resolve
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


def _resolve_parties(data: ReportData, seen_on: date | None, resolved: dict) -> tuple[list[dict], list[int]]:
    """Participants as stored on the report, each with its person id; and the ids of people new to us.

    `resolved` remembers the people already resolved for this article: the same party in the headline,
    the body and a caption is looked up once.
    """
    out, new_people, seen = [], [], set()
    for party in data.participants:
        if party.name:
            key = (party.name, party.country, party.role, tuple(party.aliases))
            if key not in resolved:
                resolved[key] = person_resolve(party=party, seen_on=seen_on)
            person, created = resolved[key]
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
        reported=getattr(meeting, "first_reported", None),  # annotated by _meeting_options
    )


def _meeting_options(report: Report, article: Article) -> list[tuple[float, Meeting, str]]:
    """Every existing meeting the report could join, with a score and the reason."""
    person_ids = [p["person_id"] for p in report.participants if p.get("person_id")]
    countries = [p["country"] for p in report.participants if not p.get("person_id") and p.get("country")]
    who = Q(participants__person_id__in=person_ids) | Q(participants__person__isnull=True, participants__country__in=countries)
    candidates = (
        Meeting.objects.visible()
        .filter(who, mode=report.mode)
        .exclude(reports__article=article)  # one report per real meeting per article
        .annotate(first_reported=Min("reports__article__published"))
        .select_related("place")
        .prefetch_related("participants")
    )
    mine = _report_candidate(report)
    options = []
    for meeting in candidates:
        fit = match_score(mine, article.published, _meeting_candidate(meeting))
        if fit:
            options.append((fit[0], meeting, fit[1]))
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


def _build_report(article: Article, position: int, data: ReportData, parties: list[dict], version: str) -> Report:
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
        place=place_resolve(place=data.place) if data.place and data.place.name else None,
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


@transaction.atomic
def article_record_reports(*, article: Article, result: ExtractionResult) -> list[Report]:
    """Replace an article's reports with a new extraction's, attaching each to its meeting.

    Idempotent: recording the same extraction again changes nothing. Reports that an earlier run (or a
    curator) placed on a meeting go back to that meeting, so merges, splits and rejections survive.
    """
    article = Article.objects.select_for_update().get(pk=article.pk)
    old_reports = list(article.reports.select_related("meeting"))
    previous: dict[str, list[tuple[int, frozenset]]] = {}
    for old in old_reports:
        previous.setdefault(old.signature, []).append((old.meeting_id, frozenset(old.signature.split("|"))))
    touched = {old.meeting_id for old in old_reports}
    if old_reports:
        article.reports.all().delete()

    pending: list[tuple[Report, list[int], float]] = []
    resolved: dict = {}
    for position, data in enumerate(result.reports):
        parties, new_people = _resolve_parties(data, article.published, resolved)
        if len(parties) < 2:
            logger.info("article %s: report %s has fewer than two parties; skipped", article.pk, position)
            continue
        pending.append((_build_report(article, position, data, parties, result.extractor_version), new_people, data.confidence))

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
    options = [
        (score, i, meeting, reason)
        for i, (report, _, _) in enumerate(pending)
        if i not in placed
        for score, meeting, reason in _meeting_options(report, article)
    ]
    taken = {m.pk for m, _, _ in placed.values()}
    for score, i, meeting, reason in sorted(options, key=lambda o: (-o[0], o[1], o[2].pk)):
        if i in placed or meeting.pk in taken:
            continue
        placed[i] = (meeting, reason, score)
        taken.add(meeting.pk)

    created = []
    for i, (report, new_people, confidence) in enumerate(pending):
        meeting, reason, score = placed.get(i) or (None, "", 0.0)
        if meeting is None:
            meeting = Meeting.objects.create(status=report.status, mode=report.mode)
            reason = "no known meeting fits: a new one"
        report.meeting = meeting
        report.merge_reason = reason[:300]
        report.save()
        created.append(report)
        touched.add(meeting.pk)
        if new_people:
            _flag(meeting, ReviewFlag.Kind.NEW_PERSON, f"new people: {', '.join(map(str, new_people))}")
        if confidence < LOW_CONFIDENCE:
            _flag(meeting, ReviewFlag.Kind.LOW_CONFIDENCE, f"report confidence {confidence:.2f}")
        if score and score < 1.0:
            _flag(meeting, ReviewFlag.Kind.WEAK_MERGE, reason[:300])

    for meeting in Meeting.objects.filter(pk__in=touched):
        meeting_refresh(meeting=meeting)
    return created


def _flag(meeting: Meeting, kind: str, detail: str) -> None:
    """Raise a flag; one a curator resolved stays resolved when a re-run says the same thing again."""
    flag, created = ReviewFlag.objects.get_or_create(meeting=meeting, kind=kind, defaults={"detail": detail})
    if not created and (flag.detail != detail or not flag.resolved):
        flag.detail, flag.resolved = detail, False
        flag.save(update_fields=["detail", "resolved"])


def _newest_status(reports: list[Report]) -> str:
    """The newest report's status; a later "will meet" does not undo a meeting held or cancelled."""
    ordered = sorted(reports, key=lambda r: (r.article.published or date.min, PRECEDENCE[r.status]))
    status = ordered[-1].status
    settled = [r.status for r in ordered if r.status in ("held", "cancelled")]
    if status in ("possible", "planned") and settled:
        return settled[-1]
    return status


@transaction.atomic
def meeting_refresh(*, meeting: Meeting) -> Meeting | None:
    """Derive a meeting's fields, participants and status trail from its reports, sparing locked fields.

    A meeting left without reports is deleted unless a curator touched it.
    """
    reports = list(meeting.reports.select_related("article", "place"))
    if not reports:
        if meeting.verified or meeting.rejected or meeting.locked_fields:
            meeting.report_count = 0
            meeting.save(update_fields=["report_count", "updated_at"])
            return meeting
        meeting.delete()
        return None

    by_news = sorted(reports, key=lambda r: (r.article.published or date.min, r.pk))
    changed = {"report_count", "last_reported"}
    meeting.report_count = len(reports)
    meeting.last_reported = by_news[-1].article.published

    if not meeting.is_locked("status"):
        meeting.status = _newest_status(reports)
        changed.add("status")
    if not meeting.is_locked("mode"):
        meeting.mode = Counter(r.mode for r in reports).most_common(1)[0][0]
        changed.add("mode")
    if not meeting.is_locked("dates"):
        dated = [r for r in by_news if r.start_date and r.date_precision != "unknown"]
        if dated:
            # the most precise date; among equals, what a report of the meeting held says, then the newest
            best = max(dated, key=lambda r: (PRECISION_RANK[r.date_precision], r.status == "held", r.article.published or date.min))
            meeting.start_date, meeting.end_date, meeting.date_precision = best.start_date, best.end_date, best.date_precision
        else:
            meeting.start_date = meeting.end_date = None
            meeting.date_precision = "unknown"
        changed |= {"start_date", "end_date", "date_precision"}
    if not meeting.is_locked("place"):
        placed = [r for r in by_news if r.place_id]
        rank = {Place.Kind.VENUE: 3, Place.Kind.CITY: 2, Place.Kind.REGION: 1, Place.Kind.COUNTRY: 0}
        meeting.place = max(placed, key=lambda r: (rank.get(r.place.kind, 0), r.article.published or date.min)).place if placed else None
        changed.add("place")
    if not meeting.is_locked("occasion"):
        occasions = [r.occasion for r in reversed(by_news) if r.occasion]
        meeting.occasion = Counter(occasions).most_common(1)[0][0] if occasions else ""
        changed.add("occasion")
    # derived from the reports, which are the record: the audit trail keeps what people changed
    meeting.skip_history_when_saving = True
    try:
        meeting.save(update_fields=[*changed, "updated_at"])
    finally:
        del meeting.skip_history_when_saving

    if not meeting.is_locked("participants"):
        _refresh_participants(meeting, by_news)
    _refresh_trail(meeting, by_news)
    statuses = {r.status for r in reports}
    if len(statuses & {"held", "cancelled", "ruled_out"}) > 1:
        _flag(meeting, ReviewFlag.Kind.CONFLICT, "reports disagree: " + ", ".join(sorted(statuses)))
    return meeting


def _refresh_participants(meeting: Meeting, reports: list[Report]) -> None:
    people: dict[int, dict] = {}
    parties: dict[str, dict] = {}
    for report in reports:  # oldest first, so the newest role wins
        for p in report.participants:
            if p.get("person_id"):
                people[p["person_id"]] = p
            elif p.get("country"):
                parties[p["country"]] = p
    represented = {p.get("country") for p in people.values() if p.get("country")}
    wanted = {("p", pid): p for pid, p in people.items()}
    wanted.update({("c", c): p for c, p in parties.items() if c not in represented})
    existing = {("p", x.person_id) if x.person_id else ("c", x.country): x for x in meeting.participants.all()}
    for key, row in existing.items():
        if key not in wanted:
            row.delete()
    for key, p in wanted.items():
        row = existing.get(key)
        role, country = p.get("role") or "", (p.get("country") or "").upper()
        if row is None:
            Participant.objects.create(meeting=meeting, person_id=p.get("person_id"), role=role, country=country)
        elif (row.role, row.country) != (role, country):
            row.role, row.country = role, country
            row.save(update_fields=["role", "country"])


def _refresh_trail(meeting: Meeting, reports: list[Report]) -> None:
    meeting.trail.filter(report__isnull=False).delete()  # steps a curator set have no report
    StatusStep.objects.bulk_create(
        StatusStep(meeting=meeting, date=r.article.published, status=r.status, report=r) for r in reports
    )
