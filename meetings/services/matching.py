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
    last_reported: date | None = None  # a meeting: its newest report's publication


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
    meeting_last_reported: date | None = None,
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
        # an undated "could meet" and an undated "no plans to meet" are the same story only while it runs:
        # reported within UNDATED_HORIZON of each other, not the same pair's talk of a meeting years later
        if published is not None and meeting_reported is not None:
            last = meeting_last_reported or meeting_reported
            if not meeting_reported - UNDATED_HORIZON <= published <= last + UNDATED_HORIZON:
                return None
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
        report.span, report.status, published, meeting.span, meeting.status, meeting.reported, same_place,
        meeting.last_reported,
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


@dataclass(frozen=True)
class Window:
    """The meetings a report could join, as bounds a database query can use.

    A superset of what `match_score` accepts (tested against it), so that finding candidates costs the
    meetings near the report's date and not every meeting its people ever had.
    - `dated`: dated meetings whose days overlap this interval;
    - `undated_first`: undated meetings first reported in this interval;
    - `undated_span`: undated meetings whose reports span a day in this interval (first ≤ b, last ≥ a);
    - `held_before`: dated meetings that began on or before this day at the report's city or occasion.
    `unbounded` means every meeting of the parties (an undated report in an undated article).
    """

    dated: tuple[date, date] | None = None
    undated_first: tuple[date, date] | None = None
    undated_span: tuple[date, date] | None = None
    held_before: date | None = None
    unbounded: bool = False


def search_window(report: Candidate, published: date | None) -> Window:
    slack = timedelta(days=1)
    if report.span.known:
        r0, r1 = report.span.bounds()
        return Window(
            dated=(r0 - MOVE_WINDOW - slack, r1 + MOVE_WINDOW + slack),
            undated_first=(r0 - UNDATED_HORIZON, r0 + slack),
        )
    if published is None:
        return Window(unbounded=True)
    return Window(
        dated=(published - MOVE_WINDOW, published + UNDATED_HORIZON),
        undated_span=(published - UNDATED_HORIZON, published + UNDATED_HORIZON),
        held_before=published if report.status == "held" else None,
    )
