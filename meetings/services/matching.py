"""Deciding whether a report speaks of a meeting already known, and why.

Pure functions over plain values, so every rule is tested without a database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

# How far a possible or planned meeting may move and still be the same meeting.
MOVE_WINDOW = timedelta(days=7)
# How far ahead an undated "could meet" looks for the meeting it speaks of.
UNDATED_HORIZON = timedelta(days=30)
# Below this a report starts a meeting of its own rather than joining a weak fit.
MIN_SCORE = 0.5
TENTATIVE = {"possible", "planned", "postponed", "ruled_out"}


@dataclass(frozen=True)
class Span:
    start: date | None
    end: date | None
    precision: str  # day | month | year | unknown

    @property
    def known(self) -> bool:
        return self.start is not None and self.precision != "unknown"

    def bounds(self) -> tuple[date, date]:
        """The interval of days the date may mean: a month-precision date means the whole month."""
        start = self.start
        if self.precision == "month":
            nxt = date(start.year + (start.month == 12), start.month % 12 + 1, 1)
            return start.replace(day=1), nxt - timedelta(days=1)
        if self.precision == "year":
            return date(start.year, 1, 1), date(start.year, 12, 31)
        return start, self.end or start


@dataclass(frozen=True)
class Candidate:
    """What matching needs to know about a meeting."""

    parties: frozenset[str]
    span: Span
    status: str
    place_country: str
    place_name: str
    place_kind: str
    occasion: str
    reported: date | None = None  # a meeting: when it was first reported; a report: its publication


def parties_overlap(a: frozenset[str], b: frozenset[str]) -> bool:
    shared = a & b
    if len(shared) >= 2:
        return True
    return len(a) >= 2 and a == b


def dates_compatible(
    report: Span,
    status: str,
    published: date | None,
    meeting: Span,
    meeting_status: str,
    meeting_reported: date | None = None,
    same_place: bool = False,
) -> str | None:
    """The reason the dates fit, or None when they do not.

    A day's difference is forgiven only where both name the same country: a Moscow wire dates a Lima
    meeting a day later, but two meetings of the same people on consecutive days are common too.
    """
    if report.known and meeting.known:
        r0, r1 = report.bounds()
        m0, m1 = meeting.bounds()
        slack = timedelta(days=1 if same_place else 0)
        if r0 <= m1 + slack and m0 <= r1 + slack:
            return "dates overlap (±1 day, same place)" if same_place and not (r0 <= m1 and m0 <= r1) else "dates overlap"
        if status in TENTATIVE or meeting_status in TENTATIVE:
            gap = min(abs((r0 - m1).days), abs((m0 - r1).days))
            if gap <= MOVE_WINDOW.days:
                return f"a {status} meeting moved by {gap} days"
        return None
    if not report.known and not meeting.known:
        return "both undated"
    if not report.known:
        if published is None:
            return "undated report, undated article"
        m0, m1 = meeting.bounds()
        if status in TENTATIVE and published - timedelta(days=1) <= m1 <= published + UNDATED_HORIZON:
            return "undated report of the coming meeting"
        if status == "held" and published - MOVE_WINDOW <= m1 <= published + timedelta(days=1):
            return "undated report of a meeting just held"
        return None
    # the meeting is undated and the report is not: an undated "could meet" now has a date, if it is soon
    if meeting_status in TENTATIVE and meeting_reported is not None:
        r0, _ = report.bounds()
        if meeting_reported - timedelta(days=1) <= r0 <= meeting_reported + UNDATED_HORIZON:
            return "a date for a meeting first reported undated"
    return None


def places_conflict(report: Candidate, meeting: Candidate) -> bool:
    """Two countries, or two different cities of one country; a city inside a named country is no conflict."""
    if report.place_country and meeting.place_country and report.place_country != meeting.place_country:
        return True
    return bool(
        report.place_kind == meeting.place_kind == "city"
        and report.place_name
        and meeting.place_name
        and report.place_name != meeting.place_name
    )


def _same_place_before(report: Candidate, published: date | None, meeting: Candidate) -> bool:
    """An undated "they met in Hamburg" in a later article names the meeting by its place or occasion."""
    if report.span.known or not meeting.span.known or report.status != "held":
        return False
    if published is not None and meeting.span.bounds()[0] > published:
        return False
    same_city = report.place_kind == "city" and report.place_name and report.place_name == meeting.place_name
    same_occasion = report.occasion and report.occasion.lower() == (meeting.occasion or "").lower()
    return bool(same_city or same_occasion)


def match_score(report: Candidate, published: date | None, meeting: Candidate) -> tuple[float, str] | None:
    """A score (higher is a better fit) and the reason, or None when the report cannot join the meeting."""
    if not parties_overlap(report.parties, meeting.parties):
        return None
    same_place = bool(report.place_country) and report.place_country == meeting.place_country
    why_dates = dates_compatible(
        report.span, report.status, published, meeting.span, meeting.status, meeting.reported, same_place
    )
    if why_dates is None and _same_place_before(report, published, meeting):
        why_dates = "undated report of a meeting held at the same place"
    if why_dates is None:
        return None
    if places_conflict(report, meeting):
        return None
    shared = report.parties & meeting.parties
    score = len(shared) / len(report.parties | meeting.parties)
    if report.span.known and meeting.span.known and report.span.start == meeting.span.start:
        score += 1.0
    if report.place_country and report.place_country == meeting.place_country:
        score += 0.5
    if report.occasion and meeting.occasion and report.occasion.lower() == meeting.occasion.lower():
        score += 0.25
    if score < MIN_SCORE:
        return None
    reason = f"shares {', '.join(sorted(shared))}; {why_dates}"
    return score, reason
