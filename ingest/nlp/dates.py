"""Meeting dates resolved against the publication date (GUIDELINES.md "start_date / end_date").

`resolve(text, published, past=...)` reads one date expression and returns a `DateValue` with
start, end, precision ("day" | "month" | "year") and a reason whenever a fallback decided:

>>> resolve("on Tuesday", date(2016, 11, 15), past=True).start      # the Tuesday of that week
>>> resolve("October 15", date(2016, 11, 15), past=True).start      # 2016-10-15, nearest year
>>> resolve("November 19-20", date(2016, 11, 15), past=False)        # a range, day precision
>>> resolve("in early March", date(2015, 2, 22), past=False)         # 2015-03, month precision
>>> resolve("next week", date(2020, 5, 6), past=False)               # 2020-05, month precision

Rules first (they cover nearly all news phrasing and are cheap); dateparser reads what is left.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
# the month names and abbreviations of three letters or more, as a pattern (longest first)
MONTH_NAMES = "|".join(sorted((m for m in MONTHS if len(m) > 2), key=len, reverse=True))
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
WEEKDAYS.update({"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6})

_MON = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_MDY = re.compile(rf"\b{_MON},?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*(?:-|–|to|and)\s*(?:{_MON.replace('mon', 'mon2')}\s+)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)?(?:,?\s+(?P<y>\d{{4}}))?\b", re.I)
_DMY = re.compile(rf"\b(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*(?:-|–|to|and)\s*(?P<d2>\d{{1,2}}))?\s+(?:of\s+)?{_MON}(?:,?\s+(?P<y>\d{{4}}))?\b", re.I)
_MY = re.compile(rf"\b(?P<part>early|mid|late|the beginning of|the end of|the middle of|mid-)?\s*-?{_MON}(?:,?\s+(?P<y>\d{{4}}))?\b", re.I)
_YEAR = re.compile(r"\b(?:in\s+)?(?P<y>(19|20)\d{2})\b")
_WEEKDAY = re.compile(r"\b(?P<rel>last|next|this|past|coming)?\s*(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thur?s?|fri|sat|sun)\b\.?", re.I)
_ISO = re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")


@dataclass(frozen=True)
class DateValue:
    start: date
    end: date
    precision: str = "day"  # day | month | year
    reason: str = ""
    text: str = ""

    def iso(self, which: str = "start") -> str:
        d = self.start if which == "start" else self.end
        if self.precision == "month":
            return d.strftime("%Y-%m")
        if self.precision == "year":
            return str(d.year)
        return d.isoformat()


def _nearest_year(month: int, day: int, published: date) -> int:
    best = None
    for y in (published.year - 1, published.year, published.year + 1):
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        if best is None or abs((d - published).days) < abs((best - published).days):
            best = d
    return best.year if best else published.year


def _nearest_month_year(month: int, published: date, past: bool | None) -> int:
    if past is True and month > published.month:
        return published.year - 1
    if past is False and month < published.month:
        return published.year + 1
    if past is None:
        return _nearest_year(month, 15, published)
    return published.year


def _month_value(d: date, reason: str, text: str) -> DateValue:
    first = d.replace(day=1)
    return DateValue(first, first, "month", reason, text)


def _shift_month(d: date, n: int) -> date:
    m = d.month - 1 + n
    return date(d.year + m // 12, m % 12 + 1, 1)


def _weekday(wd: int, rel: str, published: date, past: bool | None) -> tuple[date, str]:
    delta_back = (published.weekday() - wd) % 7
    delta_fwd = (wd - published.weekday()) % 7
    if rel in ("last", "past"):
        return published - timedelta(days=delta_back or 7), "last weekday: the one before publication"
    if rel in ("next", "coming"):
        return published + timedelta(days=delta_fwd or 7), "next weekday: the one after publication"
    if past:
        return published - timedelta(days=delta_back), "past event: the most recent such weekday"
    return published + timedelta(days=delta_fwd), "coming event: the next such weekday"


# number words, for "two days later", "a three-day summit", "the three leaders"
NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_AGO_NUMBERS = {**NUMBER_WORDS, "an": 1, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
                "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "hundred": 100}
_NUMBERS = {w: n for w, n in NUMBER_WORDS.items() if n <= 6}  # the ones COUNT_SPAN reads
# "two weeks", "3 days": a span that "in" counts from publication ("in two weeks")
COUNT_SPAN = rf"({'|'.join(_NUMBERS)}|\d{{1,2}})\s+(days?|weeks?)"


def _weekend(rel: str, published: date, past: bool | None, text: str) -> DateValue:
    """"over the weekend" (past): the Saturday and Sunday before publication (or that weekend, when it is
    one); "next weekend" and a weekend ahead: the coming Saturday and Sunday."""
    if rel in ("last", "past") or (rel not in ("next", "coming", "this") and past):
        start, why = published - timedelta(days=(published.weekday() - 5) % 7), "the weekend before publication"
    else:
        start = published + timedelta(days=(5 - published.weekday()) % 7)
        if rel == "next" and published.weekday() >= 5:
            start += timedelta(days=7)
        elif published.weekday() == 6:  # a Sunday's "this weekend" is the one under way
            start -= timedelta(days=1)
        why = "the coming weekend" if start > published else "the weekend of publication"
    return DateValue(start, start + timedelta(days=1), "day", why, text)


def _day_of_month(day: int, published: date, past: bool | None) -> date | None:
    """"on the 12th": in the publication's month, or the one before (past) or after (future) it fits."""
    try:
        d = published.replace(day=day)
    except ValueError:
        return None
    if past and d > published:
        d = _shift_month(published, -1)
    elif past is False and d < published:
        d = _shift_month(published, 1)
    else:
        return d
    try:
        return d.replace(day=day)
    except ValueError:
        return None


_NUMERIC = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d{2})\b")


# a weekday's full name, and the words that join two days into a range ("Tuesday and Wednesday", "Tuesday to Thursday")
WEEKDAY_NAME = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.I)
RANGE_WORDS = ("and", "to", "through", "until", "till", "-", "–")


# the words after a four-digit time of day ("at 1930 GMT", "0800 hrs")
CLOCK_ZONES = ("GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "MSK", "EST", "EDT", "ET", "PT", "JST", "KST", "IST", "Z", "hrs", "hours",
               "local")
_CLOCK_TIME = re.compile(r"\b\d{4} ?(?:" + "|".join(CLOCK_ZONES) + r")\b(?: time)?", re.I)


def resolve(text: str, published: date | None, *, past: bool | None = None, by_tense: bool = False) -> DateValue | None:
    """Read one date expression; None when it names no usable date."""
    if not text:
        return None
    t = _CLOCK_TIME.sub("", " ".join(text.split())).strip()  # ("1930 GMT": a time of day, not the year 1930)
    if not t:
        return None
    low = t.lower()
    if published is None:
        m = _MDY.search(t)
        if m and m.group("y"):
            try:
                d1 = date(int(m.group("y")), MONTHS[m.group("mon").lower().rstrip(".")], int(m.group("d1")))
                d2 = d1.replace(day=int(m.group("d2"))) if m.group("d2") else d1
                return DateValue(d1, max(d1, d2), "day", "", t)
            except (ValueError, KeyError):
                return None
        return None
    m = _ISO.search(t)
    if m:
        try:
            d = date(int(m["y"]), int(m["m"]), int(m["d"]))
            return DateValue(d, d, "day", "", t)
        except ValueError:
            pass
    for rx in (_MDY, _DMY):
        m = rx.search(t)
        if m:
            mon = MONTHS.get(m.group("mon").lower().rstrip("."))
            try:
                d1n = int(m.group("d1"))
                d2n = int(m.group("d2")) if m.group("d2") else d1n
                mon2 = MONTHS.get((m.groupdict().get("mon2") or "").lower().rstrip("."), mon)
                reason = ""
                rel = re.search(r"\b(last|this|next) year\b", low)
                if m.group("y"):
                    y = int(m.group("y"))
                elif rel:
                    # "on Nov. 14 last year": the year it names, counted from publication
                    y = published.year + {"last": -1, "this": 0, "next": 1}[rel.group(1)]
                    reason = f"'{rel.group(0)}': the year counted from publication"
                else:
                    y = _nearest_year(mon, d1n, published)
                    reason = "no year given: the year nearest to publication"
                    # (a meeting told as held: "met Xi in Beijing on June 19", told in December, was this June's)
                    # (a day or a few ahead is a time zone's or a dateline's slip, not last year's)
                    if by_tense and past is True and date(y, mon, d1n) > published + timedelta(days=7):
                        y, reason = y - 1, "no year given: the last such day before publication (told as past)"
                d1 = date(y, mon, d1n)
                d2 = date(y + (1 if mon2 < mon else 0), mon2, d2n)
                if d2 < d1:
                    d2 = d1
                return DateValue(d1, d2, "day", reason, t)
            except (ValueError, TypeError):
                pass
    m = _NUMERIC.search(t)
    if m:
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if (a > 12) != (b > 12):  # "15/10/2016", "10/15/2016": only when the order is certain
            try:
                d = date(y, b, a) if a > 12 else date(y, a, b)
                return DateValue(d, d, "day", "", t)
            except ValueError:
                pass
    if re.search(r"\bthe day after tomorrow\b", low):
        d = published + timedelta(days=2)
        return DateValue(d, d, "day", "two days after publication", t)
    if re.search(r"\bthe day before yesterday\b", low):
        d = published - timedelta(days=2)
        return DateValue(d, d, "day", "two days before publication", t)
    m = re.search(r"\b(this|next|last)\s+week\b", low)
    wd = _WEEKDAY.search(t)
    if m and wd and wd.group("wd").lower().rstrip(".") in WEEKDAYS:
        # "on Monday next week": that weekday of the week named
        monday = published - timedelta(days=published.weekday()) + timedelta(days=7 * {"this": 0, "next": 1, "last": -1}[m.group(1)])
        d = monday + timedelta(days=WEEKDAYS[wd.group("wd").lower().rstrip(".")])
        return DateValue(d, d, "day", f"'{wd.group('wd')} {m.group(0)}': that day of that week", t)
    ago = re.fullmatch(r"(?:about |some |nearly |almost )?(?P<n>a|an|\d{1,3}|[a-z]+) (?P<unit>year|month)s? ago(?P<today> today)?(?: this (?:week|month))?", low)
    if ago and (ago.group("n").isdigit() or ago.group("n") in _AGO_NUMBERS):
        n = int(ago.group("n")) if ago.group("n").isdigit() else _AGO_NUMBERS[ago.group("n")]
        months = n * (12 if ago.group("unit") == "year" else 1)
        y, mo = divmod(published.year * 12 + published.month - 1 - months, 12)
        if ago.group("today"):
            # "Fifty years ago today, Nixon met Mao": that day, that many years back
            try:
                d = published.replace(year=y, month=mo + 1)
            except ValueError:
                d = date(y, mo + 1, 28)
            return DateValue(d, d, "day", f"'{ago.group(0)}': the publication day, {ago.group('n')} {ago.group('unit')}s back", t)
        # "a year ago", "three months ago", "forty years ago this week": the month it was then, no surer
        return _month_value(date(y, mo + 1, 1), f"'{ago.group(0)}': the month it was then", t)
    if re.search(r"\b(today|tonight|this morning|this afternoon|this evening)\b", low):
        return DateValue(published, published, "day", "'today': the publication date", t)
    if re.search(r"\byesterday\b|\ba day (after|earlier|before)\b|\bthe previous day\b|\bthe day before\b", low):
        d = published - timedelta(days=1)
        return DateValue(d, d, "day", "the day before publication", t)
    if re.search(r"\btomorrow\b|\bthe next day\b|\bthe following day\b", low):
        d = published + timedelta(days=1)
        return DateValue(d, d, "day", "the day after publication", t)
    m = re.search(rf"\b{_MON}\s+(?:of\s+)?(this|next|last)\s+year\b", low)
    if m:
        # "in July last year", "in March of next year": that month of the year named
        y = published.year + {"this": 0, "next": 1, "last": -1}[m.group(2)]
        return _month_value(date(y, MONTHS[m.group("mon").rstrip(".")], 1), f"'{m.group(0)}': month precision", t)
    m = re.search(r"\b(this|next|last|past|coming)\s+(week|month|year)\b", low)
    if m and not re.search(r"\b(two|three|four|few|several|couple)\b", low):
        rel, unit = m.groups()
        step = {"this": 0, "coming": 1, "next": 1, "last": -1, "past": -1}[rel]
        if unit == "week":
            # the month of the week's Thursday, which most of its working days share ("next week" told on Saturday,
            # October 25: the week of October 27, October, though it ends in November)
            thursday = published - timedelta(days=published.weekday()) + timedelta(days=7 * step + 3)
            return _month_value(thursday, f"'{m.group(0)}': its month", t)
        if unit == "month":
            return _month_value(_shift_month(published, step), f"'{m.group(0)}': month precision", t)
        y = date(published.year + step, 1, 1)
        return DateValue(y, y, "year", f"'{m.group(0)}': year precision", t)
    m = re.search(r"\b(?:end|beginning|start|middle|close|rest) of (the|this|next|last) (month|year)\b", low)
    if m:
        # "at the end of the month", "by the end of next year": the month or year named
        step = {"the": 0, "this": 0, "next": 1, "last": -1}[m.group(1)]
        if m.group(2) == "month":
            return _month_value(_shift_month(published, step), f"'{m.group(0)}': month precision", t)
        y = date(published.year + step, 1, 1)
        return DateValue(y, y, "year", f"'{m.group(0)}': year precision", t)
    m = re.search(r"\b(?:(over|at|during|this|last|next|past|coming)\s+)?(?:the\s+)?weekend\b", low)
    if m:
        return _weekend((m.group(1) or "").lower(), published, past, t)
    m = re.search(rf"\bin\s+{COUNT_SPAN}\b", low)
    if m and past is not True:
        n = _NUMBERS[m.group(1)] if m.group(1) in _NUMBERS else int(m.group(1))
        if m.group(2).startswith("day"):
            d = published + timedelta(days=n)
            return DateValue(d, d, "day", f"'{m.group(0)}' after publication", t)
        return _month_value(published + timedelta(days=7 * n), f"'{m.group(0)}': its month", t)
    m = re.search(r"\b(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:anniversary|birthday|year|century|round|session))", low)
    if m and not re.search(rf"\bof\s+{_MON}", low):  # (not "the 20th anniversary of the 9/11 attacks")
        d = _day_of_month(int(m.group(1)), published, past)
        if d is not None:
            return DateValue(d, d, "day", "a day of the month alone: the month that fits the tense", t)
    m = re.search(rf"\b(last|next|this)\s+{_MON}", low)
    if m:
        mon = MONTHS[m.group("mon").rstrip(".")]
        rel = m.group(1)
        y = published.year
        if rel == "last":
            y = published.year if mon < published.month else published.year - 1
        elif rel == "next":
            y = published.year if mon > published.month else published.year + 1
        return _month_value(date(y, mon, 1), f"'{m.group(0)}': month precision", t)
    m = _WEEKDAY.search(t)
    if m and m.group("wd").lower().rstrip(".") in WEEKDAYS:
        first = WEEKDAYS[m.group("wd").lower().rstrip(".")]
        d, reason = _weekday(first, (m.group("rel") or "").lower(), published, past)
        span = re.fullmatch(rf"(?:from\s+)?\w+\.?\s+(?:{'|'.join(RANGE_WORDS)})\s+(?P<wd>\w+)", low)
        last = WEEKDAYS.get(span.group("wd")) if span else None
        if last is not None and 0 < (last - first) % 7 < 7:
            # "on Tuesday and Wednesday", "from Tuesday to Thursday": the days from the first to the last
            return DateValue(d, d + timedelta(days=(last - first) % 7), "day", f"{reason}, to the {span.group('wd').title()} after", t)
        return DateValue(d, d, "day", reason, t)
    m = _MY.search(t)
    if m and not (m.group("mon").lower() == "may" and not re.search(r"\b(in|early|mid|late|of|by|until|since|as)\s+may\b|may\s+\d{4}", low)):
        mon = MONTHS[m.group("mon").lower().rstrip(".")]
        if m.group("y"):
            return _month_value(date(int(m.group("y")), mon, 1), "", t)
        y = _nearest_month_year(mon, published, past)
        return _month_value(date(y, mon, 1), "month without year: the year that fits the tense", t)
    m = _YEAR.search(t)
    if m and not re.search(r"\d{1,2}:\d{2}", t):
        y = date(int(m.group("y")), 1, 1)
        return DateValue(y, y, "year", "", t)
    return _dateparser(t, published, past)


@lru_cache(maxsize=2048)
def _dateparser(text: str, published: date, past: bool | None) -> DateValue | None:
    if not re.search(r"\d|ago|week|month", text, re.I):
        return None
    if re.search(r"\b(days?|weeks?|months?|years?|hours?|minutes?|seconds?)\b", text, re.I) and not re.search(r"\bago\b", text, re.I):
        return None  # a duration ("two weeks", "less than a month"), not a date
    try:
        from datetime import datetime

        import dateparser

        settings = {
            "RELATIVE_BASE": datetime(published.year, published.month, published.day),
            "PREFER_DATES_FROM": "past" if past else "future",
            "REQUIRE_PARTS": ["month"],
        }
        parsed = dateparser.parse(text, languages=["en"], settings=settings)
    except Exception:
        return None
    if not parsed:
        return None
    d = parsed.date()
    if abs((d - published).days) > 3 * 366:
        return None
    return DateValue(d, d, "day", "read by dateparser", text)
