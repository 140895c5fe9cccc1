"""A meeting's day from its sentence: the date words that belong to the trigger (not to a statement, an
announcement, another meeting or a "since" phrase), a quote's "tomorrow" counted from the day it was said, a day
shifted by "two days after", a several-day meeting's span; and which words are another meeting's."""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from . import dates as dates_mod
from .candidate import QUOTE_MARKS, doc_ents, doc_text, is_previous
from .lexicon.status_cues import PHONE_CUES, TO_PLANNED, TO_POSSIBLE, VIDEO_CUES
from .lexicon.triggers import VERB_LEMMAS
from .linking import (
    BRIEFING_VERBS,
    MEALS,
    agreed_clause,
    closed_leader_clause,
    is_speech,
    light_verb,
    own_time_clause,
    path_ok,
    round_of,
    told_after,
)
from .mode import CALL_NOUNS, CALL_WORDS
from .status import MOTION_VERBS, earlier_account, fate_clause, status_of

_NOT_MEETING_DATE_HEADS = {"cancel", "postpone", "suspend", "call", "announce", "announcement", "statement", "cancellation", "delay", "dismiss", "deny",
                           "scrap", "say", "tell", "report", "confirm", "decide", "decision", "postponement",
                           "reject", "refuse", "decline", "rebuff",  # ("rejected on Sunday a proposal for a meeting")
                           "interview", "briefing", "remarks", "broadcast", "podcast"}  # ("said ..., in an interview on Tuesday")
_PARTS_OF_DAY = ("morning", "afternoon", "evening", "night")
_DATED_NOUNS = {"meeting", "talks", "talk", "summit", "visit", "trip", "session", "conference", "forum", "assembly", "encounter",
                "discussion", "negotiation", "negotiations", "consultations", "sit-down", "ministerial", "gathering", "tour",
                *_PARTS_OF_DAY}  # "on Monday evening": the meeting's day
_HAD_BEEN_DUE = re.compile(r"\b(had been|were|was) (due|scheduled|set|supposed|slated|expected|planned)\b", re.I)
_HERE_NOW = re.compile(r"\bhere\b|\b(?:in the|this|that) (?:morning|afternoon|evening)\b", re.I)
_SAME_DAY = re.compile(r"\b(?:later|earlier) (?:in|that) (?:the )?day\b|\bthe same (?:day|evening|night|morning|afternoon)\b|"
                       r"\bthat (?:evening|night|morning|afternoon)\b", re.I)
_RELATIVE = re.compile(r"\b([a-z0-9]+ (?:year|month)s? ago(?: today| this (?:week|month))?|a day (?:after|earlier|before)|yesterday|tomorrow|today|tonight|(?:this|next|last) (?:week|month)|"
                       r"(?:early|mid|late)[- ](?:january|february|march|april|may|june|july|august|september|october|november|december))\b", re.I)
# (and one that has just ended, told the same day: "The summit of Putin and Biden in Geneva has ended")
_ONGOING = re.compile(r"\b(?:(?:is|are) (?:now |still )?under ?way|(?:has|have) (?:just )?(?:begun|started|opened|kicked off|ended|concluded|completed|finished|wrapped up)|"
                      r"(?:is|are) (?:now |still |currently )?(?:being held|taking place|meeting|holding)|"
                      r"where (?:he|she|they) (?:was|were) (?:meeting|holding talks))\b", re.I)


_JUST_HELD = re.compile(r"\b(?:has|have) (?:now |just )?(?:met|held|hosted|received|sat down|welcomed|arrived)\b", re.I)
_NOT_JUST = re.compile(r"\b(?:before|previously|times|already|since|ever|never|repeatedly|often|several|twice|many|regularly|"
                       r"not|yet|past|years|months)\b", re.I)
# "the first meeting between the leaders in nearly 20 years": a first in years, not a history
_FIRST_IN_YEARS = re.compile(r"\bfirst\b[^.;]*?\bin (?:nearly |almost |more than |over |about )?\w+ (?:years|decades)\b", re.I)


def _perfect(trig: Token) -> bool:
    """The trigger's own verb (or its noun's) in the present perfect: "have held talks", "has met"."""
    v = trig if trig.pos_ in ("VERB", "AUX") else trig.head if trig.dep_ == "dobj" else None
    if trig.dep_ == "pobj" and trig.head.lower_ == "for" and trig.head.head.lemma_.lower() in ("arrive", "land"):
        v = trig.head.head  # "has arrived in Asmara for a summit with Isaias": the talks of the arrival just made
    return v is not None and v.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve", "'s") for c in v.children)


def _quoted(sent: Span) -> list[tuple[int, int]]:
    """Character ranges (doc offsets) of the sentence's quoted statements, quote marks paired in order; a quoted
    phrase with no verb ('would meet "in the second half of April"') is part of the sentence, not a statement."""
    marks = [sent.start_char + m.start() for m in QUOTE_MARKS.finditer(sent.text)]
    out = []
    for a, b in ((marks[k], marks[k + 1]) for k in range(0, len(marks) - 1, 2)):
        inside = sent.doc.char_span(a + 1, b, alignment_mode="contract")
        if inside is not None and any(t.pos_ in ("VERB", "AUX") for t in inside):
            out.append((a, b))
    return out


_SPEAKERS_NOW = re.compile(r"(?:tomorrow|today|tonight|yesterday)", re.I)


def _in_quotes(sent: Span, e: Span) -> bool:
    """The words stand between quote marks: a statement's, or a word quoted ('would meet Kerry "tomorrow"')."""
    marks = [sent.start_char + m.start() for m in QUOTE_MARKS.finditer(sent.text)]
    return any(marks[k] < e.start_char and e.end_char <= marks[k + 1] for k in range(0, len(marks) - 1, 2))


def _statement_day(sent: Span, said_on: Span | None, published: date | None) -> date | None:
    """The day before publication a quote was said on: "said on Tuesday", "Speaking on Monday"."""
    when = said_on
    if when is None:  # (the quote's own words skip the dates outside it)
        when = next((e for e in doc_ents(sent.doc) if e.label_ == "DATE" and sent.start <= e.start and e.end <= sent.end
                     and e.root.head.lower_ == "on" and (e.root.head.head.lower_ in ("speaking", "talking")
                                                         or is_speech(e.root.head.head))), None)
    v = dates_mod.resolve(when.text, published, past=True) if when is not None and published is not None else None
    return v.start if v is not None and v.precision == "day" and v.start < published else None


def _quote_of(quotes: list[tuple[int, int]], at: int) -> int:
    return next((k for k, (a, b) in enumerate(quotes) if a < at < b), -1)


def after_publication(d: dates_mod.DateValue, published: date) -> bool:
    """The date lies wholly after the publication day (for a month or year: a later month or year)."""
    if d.precision == "day":
        return d.start > published
    if d.precision == "month":
        return (d.start.year, d.start.month) > (published.year, published.month)
    return d.start.year > published.year


def date_right_after(sent: Span, at: int) -> str:
    """The words of a date starting within two words of `at`, whole even when tagged as two ("earlier on" +
    "Monday"); "" when none."""
    doc = sent.doc
    first = next((k for k in range(at, min(at + 3, sent.end)) if doc[k].ent_type_ == "DATE"), None)
    if first is None and at + 2 < sent.end and doc[at].lower_ == "over" and doc[at + 1].lower_ in MEALS:
        first = next((k for k in range(at + 2, min(at + 5, sent.end)) if doc[k].ent_type_ == "DATE"), None)  # ("over lunch on Sunday")
    if first is None:
        return ""
    end = first
    while end < sent.end and doc[end].ent_type_ == "DATE":
        end += 1
        # ("in Moscow on Monday and Tuesday": the days together)
        if end + 1 < sent.end and doc[end].lower_ in dates_mod.RANGE_WORDS and doc[end + 1].ent_type_ == "DATE" \
                and dates_mod.WEEKDAY_NAME.fullmatch(doc[end + 1].text):
            end += 1
    return doc[first:end].text


def _dates_missed(sent: Span) -> list[Span]:
    """Dates the model did not tag: a month name with its days ("between December 10 and 12", "10 December")."""
    doc, out = sent.doc, []
    for tok in sent:
        low = tok.lower_.rstrip(".")
        if low not in dates_mod.MONTHS or low == "may" or tok.ent_type_ in ("DATE", "TIME") or not tok.is_title:
            continue
        start, end = tok.i, tok.i + 1
        if start > sent.start and doc[start - 1].like_num and doc[start - 1].ent_type_ not in ("DATE", "TIME"):
            start -= 1
        while end < sent.end and (doc[end].like_num or (doc[end].lower_ in ("-", "–", "and", "to") and end + 1 < sent.end
                                                         and doc[end + 1].like_num)) and doc[end].ent_type_ not in ("DATE", "TIME"):
            end += 1
        if end - start > 1:
            out.append(doc[start:end])
    return out


ENTRY_REASON = "the date of its timeline entry"
# the reasons of two stand-in days that later steps look for (`carry`, `reports`)
SAME_DAY_BEFORE = "the same day as the sentence before"
JUST_HELD = "just held when reported: the publication date"
_LIVE_ENTRY = re.compile(r"^[\s*•-]*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+(?:local(?: time)?|[A-Z]{2,5}|[A-Z][a-z]+ time))?\s*[-–—:]\s",
                         re.I)
# a timeline's entry: "- July 7, 2017 - The two leaders hold their first meeting", "* Oct 2018: Abe visits Beijing"
_ENTRY_DATE = re.compile(rf"^[\s\-–—*•·]*((?:\d{{1,2}} )?(?:{dates_mod.MONTH_NAMES})\.?(?: \d{{1,2}}(?:[-–]\d{{1,2}})?)?,? \d{{4}})\s*[-–—:]\s",
                         re.I)  # (and its days: "- Feb. 27-28, 2019: A second Trump-Kim summit in Hanoi")


# verbs that put a meeting off to another day ("moved to Thursday", "postponed until October")
_PUT_OFF = {"move", "postpone", "push", "reschedule", "delay", "defer", "shift", "put", "bring", "change"}


_CALL_WORDS = PHONE_CUES | VIDEO_CUES


def _call_noun(tok: Token) -> bool:
    """"their telephone conversation", "a video chat": a noun that a call's word says is a call."""
    return tok.pos_ == "NOUN" and any(x.dep_ in ("compound", "amod") and x.lower_ in _CALL_WORDS for x in tok.children)


def _next_weekday(first: str, second: str) -> bool:
    """"Thursday", "Friday": the second the day after the first (full names, `dates.WEEKDAYS`' numbers)."""
    a, b = first.lower().rstrip("."), second.lower().rstrip(".")
    return bool(dates_mod.WEEKDAY_NAME.fullmatch(a) and dates_mod.WEEKDAY_NAME.fullmatch(b)) \
        and dates_mod.WEEKDAYS[b] == (dates_mod.WEEKDAYS[a] + 1) % 7


def _year_before(doc: Doc, i: int) -> str:
    """The year the last date before token i names ("in March 2014"), in its sentence or the two before, else ""."""
    sent = doc[i].sent
    start = sent.start
    for _ in range(2):
        start = doc[start - 1].sent.start if start > 0 else start
    years = [m.group(0) for e in doc_ents(doc) if e.label_ == "DATE" and start <= e.start and e.end <= i
             for m in re.finditer(r"\b(?:1[89]|20)\d\d\b", e.text)]
    return years[-1] if years else ""


_NEXT_DAY = re.compile(r"the (next|following|previous) day", re.I)


def _clause_word(trig: Token) -> Token:
    """The word of the trigger's clause: the trigger's verb, or the verb a noun trigger is the object of ("holds talks")."""
    return trig if trig.pos_ in ("VERB", "AUX") else trig.head if trig.dep_ == "dobj" else trig


def _day_at(doc: Doc, tok: Token, published: date | None, past: bool) -> tuple[dates_mod.DateValue, str] | None:
    """The date the model's date entity holding `tok` resolves to, with the entity's words."""
    ent = next((e for e in doc_ents(doc) if e.label_ == "DATE" and e.start <= tok.i < e.end), None)
    v = dates_mod.resolve(ent.text, published, past=past) if ent is not None else None
    return (v, ent.text) if v is not None else None


def _day_of_where_clause(doc: Doc, trig: Token, published: date | None, past: bool, exclude: set[int]) -> tuple[dates_mod.DateValue, str] | None:
    """"travels to Peru on Thursday, where she is scheduled to meet Mendoza, before ... on Friday": the day the
    "where" clause of the meeting hangs from."""
    clause = _clause_word(trig)
    while clause.dep_ == "xcomp" and clause.head != clause:
        clause = clause.head
    if clause.dep_ != "relcl" or clause.head.ent_type_ != "DATE" or clause.head.i in exclude \
            or not any(c.lower_ in ("where", "when") and c.i < trig.i for c in clause.subtree):
        return None
    return _day_at(doc, clause.head, published, past)


_LEAVING = {"leave", "depart", "fly", "head", "return"}


def _day_before_leaving(doc: Doc, trig: Token, published: date | None, past: bool) -> tuple[dates_mod.DateValue, str] | None:
    """"is also expected to meet Kishida before leaving today": the day of the departure the meeting comes before."""
    clause = _clause_word(trig)
    for prep in clause.children:
        if prep.dep_ != "prep" or prep.lower_ != "before":
            continue
        for v in prep.children:
            if v.dep_ != "pcomp" or v.lemma_.lower() not in _LEAVING:
                continue
            day = next((x for x in v.subtree if x.ent_type_ == "DATE" and x.dep_ in ("npadvmod", "pobj")), None)
            if day is None:
                continue
            found = _day_at(doc, day, published, past)
            if found is not None and found[0].precision == "day":
                return found
    return None


def section_day(doc: Doc, sent: Span, published: date | None) -> date | None:
    """The day of the section a sentence is in, on a page of several dated items ("Readout of the President's Meeting with
    X" / "May 18, 2023" / "President Biden met today with ..."): the last date line before it (`sidelines_section_dates`,
    read below the page's head), a day not after the publication."""
    found = _heading_before(sent, "sidelines_section_dates") if published is not None else None
    if found is None:
        return None
    v = dates_mod.resolve(found, published, past=True)
    return v.start if v is not None and v.precision == "day" and v.start <= published else None


def diary_day(sent: Span, published: date | None) -> dates_mod.DateValue | None:
    """The day of the diary heading the sentence is listed under ("MONDAY, JUNE 24" / "JEDDAH - Pompeo visits Saudi Arabia
    for talks with King Salman"; `sidelines_calendar_days`), when that day is still ahead: the item is scheduled for it."""
    found = _heading_before(sent, "sidelines_calendar_days") if published is not None else None
    if found is None:
        return None
    v = dates_mod.resolve(found, published, past=False)
    return v if v is not None and v.precision == "day" and v.start >= published else None


def _heading_before(sent: Span, key: str) -> str | None:
    """The text of the last heading line (of the doc's `key` list: clean-text offset, text) before the sentence."""
    found = None
    for k, text in sent.doc.user_data.get(key) or ():
        if k > sent.start_char:
            break
        found = text
    return found


def date_for(doc: Doc, trig: Token, published: date | None, status: str, exclude: set[int]) -> tuple[dates_mod.DateValue | None, str]:
    sent = trig.sent
    published = section_day(doc, sent, published) or published
    past = status == "held"
    text = doc_text(doc)
    entry = _ENTRY_DATE.match(text[sent.start_char: sent.start_char + 40])
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    if entry is None and 0 < sent.start_char - line_start < 40:
        # ("- April 27, 2018: Kim and Moon hold a summit", the entry's date cut off as a sentence of its own)
        entry = _ENTRY_DATE.match(text[line_start: sent.start_char + 1])
    if entry:
        v = dates_mod.resolve(entry.group(1), published, past=past)
        if v is not None:
            return dates_mod.DateValue(v.start, v.end, v.precision, ENTRY_REASON, v.text), entry.group(1)
    apart = _days_from_other(doc, trig, sent, published, exclude)
    if apart is not None:
        return apart
    day = _day_of_where_clause(doc, trig, published, past, exclude) or _day_before_leaving(doc, trig, published, past)
    if day is not None:
        return day
    comes = _COMES_AFTER.search(sent.text)
    if comes is not None and published is not None and status == "held" and trig.idx - sent.start_char > comes.end() \
            and not any(e.label_ == "DATE" and e.start_char - sent.start_char > comes.end() and dates_mod.resolve(e.text, published)
                        for e in doc_ents(doc) if sent.start <= e.start < sent.end):  # (a day of its own; not "in years")
        # "The visit comes two days after Rubio and Lavrov met in Riyadh": counted back from the news of the day
        day = published - timedelta(days=dates_mod.NUMBER_WORDS.get(comes.group("n").lower(), 1))
        return dates_mod.DateValue(day, day, "day", f"'{comes.group(0)}': counted back from the publication date", comes.group(0)), \
            comes.group(0)
    cands: list[tuple[int, Span]] = []
    said_on: Span | None = None
    ents = [e for e in doc_ents(doc) if e.label_ in ("DATE", "TIME") and e.start >= sent.start and e.end <= sent.end]
    ents += _dates_missed(sent)
    # (a day owning the meeting inside a longer date the model tagged: "At the start of Monday's meeting")
    ents += [doc[c.i: c.i + 1] for c in trig.children if c.dep_ == "poss" and c.ent_type_ == "DATE"
             and not any(e.root == c for e in ents) and c.lower_ in dates_mod.WEEKDAYS]
    quotes = _quoted(sent)
    trig_quote = _quote_of(quotes, trig.idx)
    light = light_verb(trig) if trig.pos_ in ("NOUN", "PROPN") else None
    fate = fate_clause(trig)  # (once, not for every date of the sentence)
    # ("a fourth round of talks ... that had been due to take place in Rome on Saturday": the round's clause is the talks')
    series = round_of(trig) or trig
    # a day of no year read on the past side only when a past verb tells of the meeting ("met Xi on June 19"; not an
    # agenda's "July 13-14: Modi in Paris for talks with Macron", held only for want of a verb)
    told_past = past and any(t.tag_ == "VBD" or (t.tag_ == "VBN" and any(a.dep_ in ("aux", "auxpass") and a.lemma_ in ("have", "be")
                                                                        for a in t.children))
                             for t in (trig, trig.head, light) if t is not None)
    agreed = agreed_clause(trig)
    own_clause = own_time_clause(trig)
    # (talks a statement came after: "X will visit Wuhan on April 27, Y and Z announced here on Sunday after their talks")
    teller = told_after(trig)
    for e in ents:
        if any(i in exclude for i in range(e.start, e.end)):
            continue
        if teller is not None and not teller.is_ancestor(e.root):
            continue
        if agreed is not None and not agreed.is_ancestor(e.root) and e.root != agreed:
            continue  # "held talks with him the next day, when the two agreed that their ministers would meet": not that day
        if _quote_of(quotes, e.start_char) != trig_quote:
            continue  # '"It may not work out for June 12," Trump said as he met Moon': the quote's date, not the meeting's
        root = e.root
        head = root.head
        put = head.head.head if head.head.lower_ == "back" and head.head.dep_ == "advmod" else head.head  # ("pushed back to Friday")
        if status == "postponed" and head.lower_ in ("to", "until", "till") and put.lemma_.lower() in _PUT_OFF and (
                (v := dates_mod.resolve(e.text, published, past=False)) is not None):
            # "originally set for Tuesday, has been moved to Thursday": the day it now has (a vaguer "until next month"
            # leaves the day it had, if one is said: "has been postponed to June" alone is June)
            cands.append((-1 if v.precision == "day" else 45, e))
            continue
        if any(t.lower_ in ("originally", "initially") for t in doc[max(sent.start, e.start - 6): e.start]):
            cands.append((40, e))  # "originally planned for Berlin on June 20, will now take place ... on July 3": the old day, last
            continue
        if root.dep_ == "poss" and root.head == trig and trig.pos_ in ("NOUN", "PROPN") and len(e) == 1 and e.label_ == "":
            cands.append((0, e))  # "At the start of Monday's meeting": the day the meeting is named by
            continue
        if head.dep_ == "prep" or head.pos_ == "ADP":
            head = head.head
        if e.start > sent.start + 1 and doc[e.start - 1].dep_ == "prep" \
                and doc[e.start - 1].lower_ in ("on", "in", "at") and doc[e.start - 1].head == trig and not is_speech(doc[e.start - 2]):
            cands.append((0, e))  # "his summit with Kim on June 12 could be delayed": the trigger's own "on", however the rest parses
            continue
        if trig.dep_ == "xcomp" and head == trig.head and e.start < trig.i and head.tag_ in ("VBD", "VBN") \
                and head.lemma_.lower() in ("agree", "decide", "pledge", "promise", "vow"):
            continue  # "had agreed in a phone call last Thursday to meet in Budapest": when they agreed, not when they meet
        # "said on Monday", "told RIA Novosti on Tuesday", "announced Thursday": when it was said
        before = doc[e.start - 2] if e.start >= 2 and doc[e.start - 1].lower_ in ("on", "late", "earlier") else (
            doc[e.start - 1] if e.start >= 1 else None)
        # (not a date between the meeting and a reporting clause put after it: "will meet Wang in Anchorage, Alaska,
        # on March 18, the State Department said" is the meeting's day, however the parser hangs it)
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None) if is_speech(head) else None
        postposed = subj is not None and trig.i < e.start and e.end <= subj.i < head.i and doc[e.end].text == ","
        if head != trig and head.pos_ == "VERB" and head.lemma_.lower() in BRIEFING_VERBS and head.is_ancestor(trig):
            # "Lavrov on Monday briefed Putin on his talks with Blinken in Geneva on Friday": the day before the meeting
            # told of is the briefing's, the one after it the meeting's, however the parser hangs both
            if e.start < trig.i:
                said_on = said_on or e
                continue
            postposed = True
        if ((is_speech(head) and head != trig and not path_ok(root, trig, max_len=3)) or (
                root.head != root and is_speech(root.head) and root.head != trig) or (
                before is not None and is_speech(before) and before != trig and before.i < trig.i) or (
                # "would have met Albanese next week, but the White House said on Tuesday ...": another clause's statement
                before is not None and is_speech(before) and before.i > trig.i and before.dep_ == "conj"
                and any(c.dep_ == "nsubj" for c in before.children))) and not postposed \
                and not (root.dep_ == "poss" and root.head == trig) \
                and not (head.lemma_.lower() == "recall" and trig.dep_ == "dobj" and trig.head == head):
            # (not "said Friday's meeting with Lavrov would ..."; nor the meeting remembered: "recalled their first meeting
            # ... in New York last month")
            said_on = said_on or e
            continue
        if own_clause and not trig.is_ancestor(e.root):
            continue  # "would begin talks this weekend, making the announcement as he hosted Netanyahu": not its day
        chain, up = [head, root.head], head
        for _ in range(3):  # (the nouns the date's noun hangs from: "in an interview with a local radio station on Tuesday")
            if not (up.dep_ == "pobj" and up.head.dep_ == "prep" and up.pos_ in ("NOUN", "PROPN")):
                break
            up = up.head.head
            chain.append(up)
        decided = [h for h in chain if h.lemma_.lower() in _NOT_MEETING_DATE_HEADS
                   and not (h.lemma_.lower() == "call" and h.pos_ == "NOUN")]  # "in a phone call on Tuesday" is the call
        if [h for h in decided if not (postposed and is_speech(h))]:
            continue  # "called off on Friday", "yesterday's announcement": when it was decided, not when it meets
        if head != trig and trig.pos_ in ("VERB", "AUX") and _call_noun(head):
            continue  # "agreed during their telephone conversation last week to meet": the call's day
        # (but the day of the meal they meet at is theirs: "could come face to face at a luncheon hosted by Ban on Tuesday")
        meal = head.head.lower_ in MEALS and head.head.dep_ == "pobj" and head.head.head.lower_ in ("at", "during", "over") \
            and head.head.head.head == trig and head.lemma_.lower() in ("host", "give", "offer", "hold", "organise", "organize")
        if head != trig and head.dep_ == "acl" and head.tag_ == "VBN" and head.head != trig and trig.is_ancestor(head) \
                and not closed_leader_clause(head, root) and not meal:
            continue  # "for talks to restore ties severed in 2011": what befell something the talks are about
        if head not in (trig, trig.head) and head.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "prep" and c.lower_ in ("by", "over", "via") and any(g.dep_ == "pobj" and g.lower_ in _CALL_WORDS for g in c.children)
                for c in head.children):
            continue  # "discussed Ukraine by telephone on Friday and agreed to meet at the SCO summit": the call's day
        verb = root.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        if verb != trig and verb.lemma_.lower() in ("deny", "dismiss") and verb.is_ancestor(trig):
            continue  # "X on Monday dismissed reports that he would meet Y" (the date hung on X): when it was denied
        if verb != trig and e.end <= trig.i and not trig.is_ancestor(root) and trig.head != verb \
                and verb.lemma_.lower() in ("speak", "talk", "chat", "confer") \
                and any(x.lower_ in _CALL_WORDS for c in verb.children if c.dep_ == "prep" for x in c.subtree):
            continue  # "last spoke over the phone on June 17, after a planned meeting ... was called off": the call's day
        inner = root.head
        while inner != inner.head and inner != trig and not inner.is_ancestor(trig) and inner.dep_ != "relcl":
            inner = inner.head
        due = inner.lemma_.lower() == "be" and any(c.lower_ in ("due", "expected", "scheduled", "set", "slated") for c in inner.children)
        if inner.dep_ == "relcl" and inner != trig and not inner.is_ancestor(trig) and inner.head not in (trig, series) \
                and inner.lemma_.lower() not in ("plan", "schedule", "slate", "set") and inner != fate and not (due and trig.is_ancestor(inner)):
            # "during Ramadan, which began on March 23": the date of something the sentence mentions (but "talks between
            # X and Y, which had been planned for Monday": only a meeting is planned, wherever the parser hangs the clause)
            continue
        gv = root.head
        for _ in range(3):
            if gv.pos_ in ("VERB", "AUX") or gv.head == gv:
                break
            gv = gv.head
        if gv != trig and gv.pos_ in ("VERB", "AUX") and not gv.is_ancestor(trig) and any(
                c.dep_ == "mark" and c.lower_ in ("before", "after", "until", "till") for c in gv.children) \
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in gv.children):
            continue  # "their last conversation before Obama leaves office in January": another event's date
        if root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.head not in (trig, light):
            continue  # "discussed the initiative of 'Silencing the Guns' by 2020": another thing's deadline
        if e.end <= trig.i and any(t.text == ":" and doc[t.i + 1].lower_ in ("he", "she", "they") for t in doc[e.end: trig.i]):
            continue  # "crossed back on Saturday with a message from Kim: he is ready to hold a summit with X": the message's
        since = root.head if root.head.lower_ == "since" else None
        if since is not None and (since.head == trig or since.head.head == trig):
            continue  # "have not met since December": the last meeting before, not this one
        # (the entity's "the" the head of a noun outside it: "on the June 4, 1967 lines")
        if (root.dep_ in ("compound", "nmod", "amod", "nummod", "poss") or root.dep_ == "det" and root.head.i >= e.end) \
                and root.head.pos_ == "NOUN" and root.head != trig and \
                root.head.lemma_.lower() not in _DATED_NOUNS:
            continue  # "the June 17 incident": the date of something else
        ok = path_ok(root, trig, max_len=8) or postposed
        # a date in the trigger's own phrase first ("spoke on Saturday and agreed to meet next week"), and first of all
        # in the clause that says when it takes place
        # (the planning verb's phrase is the trigger's: "is scheduled to meet Moon Jae-in on Sunday", "on Sunday" hung on
        # "scheduled" when the name breaks the parse)
        planner = trig.head if trig.dep_ == "xcomp" and (trig.head.lemma_.lower() in TO_PLANNED | TO_POSSIBLE
                                                         or trig.head.lower_ in TO_PLANNED | TO_POSSIBLE) else trig
        own = trig.is_ancestor(root) or (planner is not trig and planner.is_ancestor(root))
        dist = abs(root.i - trig.i) + (0 if ok else 30) + (0 if own or trig.pos_ not in ("VERB", "AUX") else 3)
        if trig.pos_ in ("NOUN", "PROPN") and light is not None and light.dep_ in ("relcl", "advcl", "conj") and light.is_ancestor(root):
            # "arrived in Vienna on Wednesday from Moscow, where he held talks with Putin on Friday", "met Scholz in Berlin on
            # Saturday, after he had lunch with Meloni in Rome on Friday": the clause's day, however many words the names take
            dist = min(dist, 4) - 0.5
        if own and ok and trig.pos_ in ("VERB", "AUX"):
            dist = min(dist, 4)  # however many words the partner's name and titles take
        if inner == fate and inner.is_ancestor(root):
            dist = 0
        if trig.pos_ in ("NOUN", "PROPN") and light is not None and light.dep_ in ("pcomp", "advcl") and not light.is_ancestor(root):
            dist += 2  # "played golf on Saturday ... after holding a summit at the White House on Friday": the clause's own day
        cands.append((dist + (0 if own or trig.pos_ not in ("VERB", "AUX") else 0.5), e))  # (a tie: the trigger's own phrase)
    ordered = sorted(cands, key=lambda x: x[0])
    if len(ordered) > 1:
        # "will visit Malaysia next month, holding talks with Anwar in Putrajaya on January 10": the day inside the month
        first = dates_mod.resolve(ordered[0][1].text, published, past=past, by_tense=told_past)
        if first is not None and first.precision == "month":
            # (the day in the trigger's own phrase only: not "spoke on Saturday and agreed to meet next week")
            sharper = next((c for c in ordered[1:] if (v := dates_mod.resolve(c[1].text, published, past=past)) is not None
                            and v.precision == "day" and (v.start.year, v.start.month) == (first.start.year, first.start.month)
                            and any(h is not None and h.is_ancestor(c[1].root) for h in (trig, light))), None)
            if sharper is not None:
                ordered.remove(sharper)
                ordered.insert(0, sharper)
    for _dist, e in ordered:
        text = e.text
        if e.start > 0 and doc[e.start - 1].lower_ == "in" and re.fullmatch(dates_mod.COUNT_SPAN, text, re.I):
            text = "in " + text  # "in two weeks": from publication, not a duration
        elif text.lower() == "may" and e.start > 0 and (doc[e.start - 1].lower_ in ("in", "of", "early", "mid", "late", "by", "until", "since")
                                                      or e.start > 2 and doc[e.start - 3: e.start].text.lower() in ("as early as", "as late as")):
            # "in May", "as early as May": the month, which alone reads as the modal
            text = doc[max(0, e.start - (1 if doc[e.start - 1].lower_ != "as" else 3)): e.start].text + " " + text
        elif text.lower().endswith(" ago") and e.end < len(doc) and doc[e.end].lower_ == "today":
            text = f"{text} today"  # "Fifty years ago today" (the model tags "today" apart)
        elif text.lower() == "the day" and e.end < len(doc) and doc[e.end].lower_ in ("before", "after"):
            text = f"{text} {doc[e.end].text}"  # "met Lavrov the day before in Manila" (the model tags "the day" alone)
        elif re.search(r"\bthat year\b", text, re.I) and (year := _year_before(doc, e.start)):
            # "In March 2014 ... did not meet until November of that year": the year the article named last
            text = re.sub(r"\b(?:(?:of|in) )?that year\b", year, text, flags=re.I)
        elif dates_mod.WEEKDAY_NAME.fullmatch(text) and e.end + 1 < len(doc) and doc[e.end].lower_ in dates_mod.RANGE_WORDS \
                and dates_mod.WEEKDAY_NAME.fullmatch(doc[e.end + 1].text):
            text = doc[e.start: e.end + 2].text  # "on Tuesday and Wednesday", "from Tuesday to Thursday": the days between
        elif dates_mod.WEEKDAY_NAME.fullmatch(text) and e.end + 3 < len(doc) and doc[e.end].lower_ == "and" \
                and doc[e.end + 1].lower_ == "again" and doc[e.end + 2].lower_ == "on" and _next_weekday(text, doc[e.end + 3].text):
            # "met on Thursday and again on Friday": one meeting of two days (not "on Sunday and again on Tuesday": two)
            text = f"{text} and {doc[e.end + 3].text}"
        pobj = e.root.head if e.root.dep_ == "compound" and e.root.head.lower_ in _PARTS_OF_DAY else e.root  # "on Wednesday evening"
        verb = pobj.head.head if pobj.head.dep_ == "prep" else pobj.head
        if not past and verb.tag_ == "VBD" and verb.lemma_.lower() in MOTION_VERBS:
            # "Moon arrived in Pyongyang on Tuesday for his summit with Kim": the past day of the arrival, whatever
            # the summit's state (and not re-read with the final status)
            v = dates_mod.resolve(text, published, past=True)
            if v is not None:
                return dates_mod.DateValue(v.start, v.end, v.precision, f"the day of '{verb.text}'", v.text), text
        said = _statement_day(sent, said_on, published) if _SPEAKERS_NOW.fullmatch(text) and _in_quotes(sent, e) else None
        if said is not None:
            # 'Lavrov said on Tuesday: "I will meet Kerry tomorrow"': the speaker's tomorrow, from the day it was said
            v = dates_mod.resolve(text, said, past=past)
            if v is not None:
                return dates_mod.DateValue(v.start, v.end, v.precision, f"'{text}' in a quote: counted from the day it was said",
                                           v.text), text
        due = _HAD_BEEN_DUE.search(sent.text) if status in ("cancelled", "postponed", "planned") and published is not None \
            and dates_mod.WEEKDAY_NAME.fullmatch(text) else None
        if due is not None and (status != "planned" or due.group(1).lower() == "had been" or due.group(2).lower() == "supposed"):
            # "had been due to meet on Wednesday" (called off): the nearest such day, gone or to come
            ahead = dates_mod.resolve(text, published, past=False)
            if ahead is not None:
                day = ahead.start if (ahead.start - published).days <= 3 else ahead.start - timedelta(days=7)
                return dates_mod.DateValue(day, day, "day", f"'{text}': the nearest, the day it had been due", text), text
        shift = _NEXT_DAY.fullmatch(text)
        # (the nearest day before it: "Thursday's handshake was the first contact since Sharif attended the swearing-in on May 26
        # and held talks with him the following day")
        anchor = next((x for x in reversed(ents) if x.end <= e.start and not _NEXT_DAY.fullmatch(x.text) and not any(
            i in exclude for i in range(x.start, x.end))), None) if shift else None
        av = dates_mod.resolve(anchor.text, published, past=True) if anchor is not None else None
        if av is not None and published is not None and av.start > published and av.precision == "day" and told_past \
                and not re.search(r"\d{4}", anchor.text):
            # ("attended the swearing-in on May 26 and held talks with him the following day", told in November: that May)
            av = dates_mod.DateValue(av.start.replace(year=av.start.year - 1), av.end.replace(year=av.end.year - 1), av.precision,
                                     av.reason, av.text)
        if av is not None and av.precision == "day":
            # "attended the swearing-in on May 26 and held talks with him the next day": counted from the day before it
            day = av.start + timedelta(days=1 if shift.group(1).lower() in ("next", "following") else -1)
            return dates_mod.DateValue(day, day, "day", f"'{text}': counted from {anchor.text}", text), text
        v = dates_mod.resolve(text, published, past=past, by_tense=told_past)
        if v is not None and v.precision == "month" and status in ("cancelled", "postponed") and not told_past:
            # "A planned meeting in Luanda in December was called off" (told in March): the nearest December, gone or to come
            v = dates_mod.resolve(text, published, past=None) or v
        if v is not None:
            return v, text
    # "Trump later held talks with Abe": a bare "later" on the meeting's verb, after a sentence that names its day
    # ("The two leaders then held talks at the Peace House": next, the same day)
    then = any(t.lower_ in ("later", "then", "afterwards") and t.dep_ == "advmod" and not list(t.children)
               and t.head in (trig, light if light is not None else trig) for t in sent)
    if then and trig.pos_ in ("VERB", "AUX", "NOUN") and status in ("held", "planned", "possible"):
        # "is scheduled to meet Pavlopoulos on Thursday morning and will then hold talks with Tsipras": the day of the
        # clause before, in the same sentence
        clause_head = light if light is not None and trig.pos_ == "NOUN" else trig
        # (the other meeting's own words count here: its day is the one meant)
        before = [e for e in ents if e.label_ in ("DATE", "TIME") and e.end <= trig.i and not clause_head.is_ancestor(e.root)
                  and e.start > sent.start + 2]
        for e in reversed(before):
            v = dates_mod.resolve(e.text, published, past=past)
            if v is not None and v.precision == "day":
                return dates_mod.DateValue(v.start, v.end, "day", "then: the day of the clause before", e.text), e.text
    later = status == "held" and sent.start > 0 and any(
        t.lower_ in ("later", "then") and t.dep_ == "advmod" and not list(t.children) and (
            t.head in (trig, light if light is not None else trig) or (t.head.head == trig and t.head.pos_ == "VERB" and t.head.dep_ != "conj"))  # ("held" as amod; not "spent an hour with X and then walked him out")
        for t in sent)
    same = _SAME_DAY.search(sent.text)
    # (or the sentence's own day before it: "met Medvedev in Moscow on Tuesday and then flew to Tbilisi to see Saakashvili the
    # same evening")
    cutoff = sent.start_char + same.start() if same is not None else sent.start_char
    if (later or same) and (sent.start > 0 or cutoff > sent.start_char):
        # "He met his Turkish counterpart later in the day": the day the sentences before named
        lo = max(0, sent.start - 80) if same else doc[sent.start - 1].sent.start
        earlier = [e for e in doc_ents(doc) if e.label_ == "DATE" and e.end_char <= cutoff and e.start >= lo]
        for e in reversed(earlier):
            if is_speech(e.root.head) or e.root.head.dep_ == "prep" and is_speech(e.root.head.head):
                continue  # "..., the ministry said on Monday": the day it was said, not the day of the meeting
            if e.start > 0 and doc[e.start - 1].lower_ in ("since", "until", "till", "by"):
                continue  # "flew in on Saturday to join X, who had been negotiating since Wednesday": a bound, not a day
            if any(a.dep_ == "relcl" and a.head.pos_ == "NOUN" for a in e.root.ancestors):
                continue  # "as the two-day summit, which ends on Thursday, got under way": a thing's day, not the meetings'
            verb = next((a for a in e.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if verb is not None and is_previous(verb):
                continue  # "X and Y last met in Brussels on July 15. Later in the day, X is to meet Z": an earlier meeting's day
            v = dates_mod.resolve(e.text, published, past=past)
            if v is not None and v.precision == "day":
                return dates_mod.DateValue(v.start, v.end, "day", SAME_DAY_BEFORE, e.text), e.text
    m = _RELATIVE.search(sent.text)
    if m:
        tok = doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")
        root = tok.root if tok is not None else None
        if tok is not None and any(t.i in exclude for t in tok):
            root, m = None, None  # another meeting's "next week", or the dateline's
        if root is not None:
            heads = {root.head, root.head.head if root.head.dep_ in ("prep", "case") else root.head}
            if any(h != trig and (is_speech(h) or h.lemma_.lower() in _NOT_MEETING_DATE_HEADS or _call_noun(h)) for h in heads):
                # "since yesterday's announcement of the meeting": when it was said; "agreed during their telephone
                # conversation last week to meet": when they spoke
                return None, ""
            if trig.dep_ == "xcomp" and trig.head in heads and root.i < trig.i and trig.head.tag_ in ("VBD", "VBN") \
                    and trig.head.lemma_.lower() in ("agree", "decide", "pledge", "promise", "vow"):
                return None, ""  # "agreed last week to meet in Budapest": when they agreed, as with a named day above
        said = _statement_day(sent, said_on, published) if m and tok is not None and _SPEAKERS_NOW.fullmatch(m.group(0)) \
            and _in_quotes(sent, tok) else None
        if said is not None:  # 'said on Tuesday: "I will meet Kerry tomorrow"'
            v = dates_mod.resolve(m.group(0), said, past=past)
            if v is not None:
                return dates_mod.DateValue(v.start, v.end, v.precision, f"'{m.group(0)}' in a quote: counted from the day it was "
                                           "said", v.text), m.group(0)
        v = dates_mod.resolve(m.group(0), published, past=past) if m else None
        if v is not None:
            return v, m.group(0)
    if status == "held" and published is not None and _LIVE_ENTRY.match(doc_text(doc)[sent.start_char: sent.start_char + 40]):
        # "15:50 Beijing time - Blinken has just walked into ...": a live blog's entry, stamped with the time of the day
        return dates_mod.DateValue(published, published, "day", "a live entry's time: the publication date", "live entry"), "live entry"
    if status == "held" and published is not None and _HERE_NOW.search(sent.text):
        # "BEIJING, May 13 (Xinhua) -- Wang Yi held talks with Hishammuddin here in the morning": the dateline's day
        day = _dateline_day(doc, exclude, published)
        if day is not None:
            return dates_mod.DateValue(day.start, day.end, "day", "here, that day: the dateline's day", day.text), day.text
    if status == "held" and published is not None and _JUST_HELD.search(sent.text) and not _NOT_JUST.search(_FIRST_IN_YEARS.sub("", sent.text)) \
            and _perfect(trig):
        # "Putin and Merkel have held talks in Sochi", "Boris Johnson has met Zelenskiy in Kyiv": the news of the day
        return dates_mod.DateValue(published, published, "day", JUST_HELD, "has met"), "has met"
    if status == "held" and published is not None and _ONGOING.search(sent.text):
        # "A meeting between X and Y has begun in Stockholm", "talks are under way": the day of the report
        return dates_mod.DateValue(published, published, "day", "under way when reported: the publication date", "under way"), "under way"
    if said_on is not None and status == "held" and not earlier_account(trig):  # "said ... the two had met": before
        # "Lavrov on Thursday said talks with Kerry ended without agreement": a meeting reported as just held,
        # with no date of its own, is dated by the statement about it
        v = dates_mod.resolve(said_on.text, published, past=True)
        if v is not None and v.precision == "day":
            return dates_mod.DateValue(v.start, v.end, "day", "no date of its own: the day it was reported", v.text), said_on.text
    return None, ""


# "The visit comes two days after ...": the news of the day, and an event the given number of days before it
_COMES_AFTER = re.compile(r"\b(?:comes|is coming) (?P<n>a|one|two|three|four|five|six) days? after\b", re.I)
_APART_RX = re.compile(r"\b(?:(?P<n>a|one|two|three) days?|the day) (?P<rel>after|before)\b", re.I)


def _days_from_other(doc: Doc, trig: Token, sent: Span, published: date | None, exclude: set[int]) -> tuple[dates_mod.DateValue, str] | None:
    """"met Xi in Beijing a day after talks with Abe in Tokyo on Tuesday" (Xi: Wednesday), "signed the document on
    Saturday, a day after he hosted Merkel in Sochi" (Merkel: Friday): a meeting dated from the other event's day, on
    whichever side of "a day after/before" the day is said."""
    if published is None:
        return None
    m = _APART_RX.search(doc_text(doc)[sent.start_char: sent.end_char])
    if m is None:
        return None
    word = doc.char_span(sent.start_char + m.start("rel"), sent.start_char + m.end("rel"))
    if word is None or len(word) != 1:
        return None
    word = word[0]
    clause = {t.i for t in (word.head.subtree if word.dep_ == "mark" else word.subtree)} - {word.head.i if word.dep_ != "mark" else -1}
    inside = trig.i in clause
    n = dates_mod.NUMBER_WORDS.get((m.group("n") or "one").lower(), 1)
    for e in doc_ents(doc):
        # (the other meeting's own day counts here, which the words of other meetings otherwise leave out)
        if e.label_ != "DATE" or not (sent.start <= e.start and e.end <= sent.end) or (
                any(i in exclude for i in range(e.start, e.end)) and e.start not in clause):
            continue
        if word.i - 3 <= e.start <= word.i:
            continue  # (the "a day" itself)
        # (a day said after "after" before any comma is the clause's, however the parser hangs it: "The cancellation came two
        # days after Trump hosted Moon at the White House on Tuesday, when ...")
        in_clause = e.start in clause or (word.i < e.start and not any(t.text in (",", ";", "(") for t in doc[word.i: e.start]))
        if in_clause == inside:
            continue  # the anchor is the other event's day
        if inside and e.start > word.i and word.head not in (e.root.head, e.root.head.head):
            continue  # (not a day of a clause further on: "..., when he told reporters that the meeting 'may not work out' for June 12")
        v = dates_mod.resolve(e.text, published, past=True)
        if v is None or v.precision != "day":
            continue
        sign = 1 if (m.group("rel").lower() == "after") != inside else -1
        day = v.start + timedelta(days=sign * n)
        return dates_mod.DateValue(day, day, "day", f"{m.group(0)} {e.text}", e.text), m.group(0)
    return None


def _dateline_day(doc: Doc, exclude: set[int], published: date) -> dates_mod.DateValue | None:
    """The day a dateline gives ("BEIJING, May 13 (Xinhua) --"), if the article opens with one."""
    for e in doc_ents(doc):
        if e.start > 12:
            break
        if e.label_ == "DATE" and all(i in exclude for i in range(e.start, e.end)):
            v = dates_mod.resolve(e.text, published, past=True)
            return v if v is not None and v.precision == "day" else None
    return None


def since_words(trig: Token) -> set[int]:
    """The words of a "since" phrase or clause the trigger is not in: the point the meeting is counted from, not
    its date or place ("their first meeting since 2019", "the first since Blinken visited Beijing last month")."""
    out: set[int] = set()
    for t in trig.sent:
        if t.lower_ != "since":
            continue
        top = t.head if t.dep_ == "mark" else t
        if t.dep_ in ("mark", "prep") and not top.is_ancestor(trig) and top != trig:
            out.update(x.i for x in top.subtree)
            if t.i > trig.i:
                # and the rest of its phrase, however parsed ("since the end of the civil war in 1949")
                k = t.i
                while k < trig.sent.end and trig.doc[k].text not in (",", ";", ".", "—", "(") and trig.doc[k].pos_ not in ("VERB", "AUX"):
                    out.add(k)
                    k += 1
            # (but not a weekday told after it, which is this week's: "their first talks since the invasion of Ukraine on
            # Thursday in Samarkand" met on Thursday in Samarkand, the invasion was long before)
            day = next((x.i for x in trig.sent if x.i in out and x.i > t.i + 1 and x.lower_ == "on" and x.i + 1 < trig.sent.end
                        and dates_mod.WEEKDAY_NAME.fullmatch(trig.doc[x.i + 1].text)), None)
            if day is not None:
                out -= set(range(day, trig.sent.end))
    return out


_LATER_EVENTS = {"summit", "meeting", "talks", "conference", "visit", "election", "elections", "vote", "forum", "gathering",
                 "session", "assembly", "congress", "inauguration", "games", "olympics", "deadline", "trip", "tour",
                 "start", "opening", "beginning", "resumption", "launch", "round", "audience", "reception", "dinner", "banquet"}  # ("ahead of the formal start of talks on Tuesday")


def before_words(trig: Token) -> set[int]:
    """The words of a "before <event>" or "ahead of <event>" phrase the trigger is not in: a later event's day and place,
    not the meeting's ("travels to Paris on Thursday to meet Macron, before the G7 summit in Biarritz at the weekend")."""
    out: set[int] = set()
    for t in trig.sent:
        prep = t if t.lower_ == "before" and t.dep_ == "prep" else (
            t if t.lower_ == "of" and t.dep_ == "prep" and t.head.lower_ == "ahead" else None)
        if prep is None or prep.is_ancestor(trig):
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and obj.lemma_.lower() in _LATER_EVENTS:
            out.update(x.i for x in obj.subtree)
            # "... could take place in Geneva to narrow differences before the WTO meeting in Hong Kong in December": the
            # date right after the event, which the parser hung on the purpose clause, is the event's
            head = prep.head
            if head != trig and head.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
                nxt = obj.right_edge.i + 1
                for c in head.children:
                    if c.i == nxt and c.dep_ == "prep" and any(x.dep_ == "pobj" and x.ent_type_ == "DATE" for x in c.children):
                        out.update(x.i for x in c.subtree)
                        nxt = c.right_edge.i + 1
    return out


# a participant's relative clause whose day may be the meeting's: the guest's arrival or visit ("received X, who arrived
# in Kyiv on Monday", "who is on a three-day visit")
_VISITING_CLAUSE = {"be", "stay", "begin", "pay", "start", "hold", "make"}


def party_clause_words(trig: Token) -> set[int]:
    """The words of a relative clause about a participant that tells something else than the visit: another event's day
    ("met with Dan, who was sworn in as Romania's president last week": the swearing-in's)."""
    out: set[int] = set()
    for s in trig.subtree:
        if s.dep_ == "relcl" and s != trig and not s.is_ancestor(trig) and s.head.pos_ == "PROPN" and s.head.ent_type_ == "PERSON" \
                and any(c.lower_ in ("who", "whom", "whose") for c in s.children) \
                and s.lemma_.lower() not in _VISITING_CLAUSE and s.lemma_.lower() not in VERB_LEMMAS \
                and s.lemma_.lower() not in MOTION_VERBS:
            out.update(x.i for x in s.subtree)
    return out


def _n_days(trig: Token) -> int:
    """"a three-day summit", "two-day talks": how many days a meeting lasts, else 0."""
    # (and "four days of talks": the days the noun is "of")
    of_days = [trig.head.head] if trig.dep_ == "pobj" and trig.head.lower_ == "of" and trig.head.head.lower_ == "days" else []
    for c in [*(c for c in trig.children if c.dep_ in ("compound", "amod", "nmod")), *of_days]:
        if c.lower_ in ("day", "days"):
            n = next((g for g in c.children if g.dep_ == "nummod"), None)
            if n is not None:
                return _count(n)
    return 0


def _count(n: Token) -> int:
    """A number of days written as a word or in figures ("four", "4"); 0 for none or a count too large for a meeting."""
    return dates_mod.NUMBER_WORDS.get(n.lower_) or (int(n.text) if n.text.isdigit() and int(n.text) < 15 else 0)


def _days_apart(trig: Token) -> tuple[int, Token, Token] | None:
    """"two days after holding talks with X", "a week before meeting X": the trigger's meeting lies that many days
    before (negative) or after the meeting of the verb the clause hangs from; (days, the "after"/"before", that verb)."""
    clause = _clause_word(trig)
    prep = clause.head
    if prep.lower_ == "of" and prep.head.lower_ == "ahead" and clause.dep_ == "pobj":
        prep = prep.head  # ("a day ahead of his talks with Scholz": before them)
    if not (clause.dep_ in ("pcomp", "pobj") and prep.lower_ in ("after", "before", "ahead") and prep.dep_ in ("prep", "advmod")):
        return None
    span = next((c for c in prep.children if c.dep_ == "npadvmod" and c.lemma_.lower() in ("day", "week")), None)
    main = prep.head
    if span is None and prep.head.dep_ == "npadvmod" and prep.head.lemma_.lower() in ("day", "week"):
        span, main = prep.head, prep.head.head  # ("met X on Wednesday, a day after holding talks with Y": "after" parsed into "a day")
    if span is None:
        return None
    count = next((c for c in span.children if c.dep_ in ("nummod", "det") and (c.lower_ in dates_mod.NUMBER_WORDS or c.like_num)), None)
    n = 1 if count is None else dates_mod.NUMBER_WORDS.get(count.lower_) or (int(count.text) if count.text.isdigit() else None)
    if n is None:
        return None
    n *= 7 if span.lemma_.lower() == "week" else 1
    return (-n if prep.lower_ == "after" else n), prep, main


def days_of(doc: Doc, trig: Token, d: dates_mod.DateValue | None, dtext: str, published: date | None, dateline_toks: set[int],
             trigger_toks: set[int]) -> tuple[dates_mod.DateValue | None, str]:
    """The trigger's date, read with what says how it relates to another day or lasts several: "two days after
    holding talks with Putin" (the day of the meeting the clause hangs from, shifted), "wrapping up their
    three-day summit" on Thursday (Tuesday to Thursday), "a two-day summit" from Monday."""
    gap = _days_apart(trig) if d is None else None
    if gap is not None:
        main = gap[2]
        # (not the "a day" of the gap itself, which the model tags a date: "have signed ..., a day after a meeting")
        apart = set(range(max(gap[1].i - 3, 0), gap[1].i + 1))
        md, mtext = date_for(doc, main, published, status_of(main)[0], dateline_toks | others_words(main, trigger_toks) | apart)
        if is_speech(main):
            # "A day after meeting Putin in Paris, Netanyahu said on Monday ...": counted from the day it was said
            said = next((e for e in doc_ents(doc) if e.label_ == "DATE" and main.sent.start <= e.start < main.sent.end
                         and e.root.head.dep_ == "prep" and e.root.head.head == main), None)
            sv = dates_mod.resolve(said.text, published, past=True) if said is not None else None
            if sv is not None:
                md, mtext = sv, said.text
        if md is not None and md.precision == "day":
            day = md.start + timedelta(days=gap[0])
            d = dates_mod.DateValue(day, day, "day", f"{abs(gap[0])} days {gap[1].lower_} {mtext}", f"{mtext} ({gap[1].text})")
            dtext = d.text
    span_days = _n_days(trig)
    if not span_days:
        # "The talks ... began on Monday, March 6, and lasted four days"
        h = trig.head if trig.dep_ in ("nsubj", "nsubjpass") else trig
        lasting = next((x for v in (h, *h.conjuncts) if v.lemma_.lower() == "last" for x in v.children
                        if x.lower_ in ("days", "day") and x.dep_ in ("npadvmod", "dobj")), None)
        n = next((g for g in lasting.children if g.dep_ == "nummod"), None) if lasting is not None else None
        span_days = _count(n) if n is not None else 0
    if span_days > 1 and d is not None and d.precision == "day" and d.start == d.end:
        # (the days "ending on Friday", or the talks wrapped up, ended, concluded on the day given)
        ending = any(a.lemma_.lower() in ("wrap", "end", "conclude", "close", "finish", "complete") or (
            a.lemma_.lower() == "cut" and any(c.lower_ == "short" for c in a.children)) for a in list(trig.ancestors)[:4]) or any(
            c.dep_ in ("acl", "advcl") and c.lemma_.lower() in ("end", "conclude", "wrap") and c.tag_ == "VBG"
            for h in [trig, *list(trig.ancestors)[:3]] for c in h.children) or any(
            # ("two days of talks in Prague that ended on Friday")
            c.dep_ == "relcl" and c.lemma_.lower() in ("end", "conclude", "wrap", "finish") and c.tag_ == "VBD"
            for h in [trig, *list(trig.ancestors)[:3]] for c in h.children) or any(  # ("held four days of talks ..., ending on Friday")
            a.lower_ == "after" and a.dep_ == "prep" for a in list(trig.ancestors)[:4])  # ("agreed on Sunday after two days of talks")
        # (not the day they began: "after two days of talks with Putin, which began on Thursday")
        began = any(v.lemma_.lower() in ("begin", "start", "open") and v.pos_ == "VERB" and v.dep_ == "relcl" and any(
            x.ent_type_ == "DATE" and x.text == d.text.split()[-1] for x in v.subtree) for v in trig.sent)
        first = d.start - timedelta(days=span_days - 1) if ending and not began else d.start
        d = dates_mod.DateValue(first, first + timedelta(days=span_days - 1), "day", f"a {span_days}-day meeting; {d.reason}".rstrip("; "), d.text)
    return d, dtext


def others_words(trig: Token, trigger_toks: set[int]) -> set[int]:
    """The words of the sentence's other meeting triggers' phrases, except those of the triggers the trigger
    itself hangs from ("met Putin on Monday after talks with Lavrov": Monday is the talks' day too)."""
    doc, sent = trig.doc, trig.sent
    ancestors = {a.i for a in trig.ancestors}
    out: set[int] = set()
    for i in trigger_toks:
        if sent.start <= i < sent.end and i != trig.i and i not in ancestors:
            other = doc[i]
            if other.dep_ == "pobj" and other.head.lower_ in ("during", "at", "in", "on", "over") and trig.is_ancestor(other):
                continue  # "met ... during talks in Geneva on Friday": the setting of this meeting
            out.update(t.i for t in other.subtree)
            light = other.head if other.dep_ == "dobj" and other.head.pos_ in ("VERB", "AUX") else None
            if light is not None and not light.is_ancestor(trig) and light != trig:
                # (and the dates of its light verb: "will hold a second summit with Kim near the end of February, the
                # White House said after Trump met an envoy": February is the summit's)
                out.update(t.i for c in light.children if c.dep_ in ("prep", "npadvmod") and c != other for t in c.subtree
                           if t.ent_type_ == "DATE")
    # "Bolton met Putin in the Kremlin on Wednesday to prepare for a summit between Putin and Trump": a meeting in the
    # purpose of another is a later one; the other's own words (outside the purpose clause) are not its date or place
    # "met on Friday and agreed that their advisers will meet in New Delhi": so is a meeting agreed at another
    for clause in [trig, *trig.ancestors]:
        purpose = clause.dep_ in ("xcomp", "advcl") and clause.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) and not (
            clause.dep_ == "xcomp" and clause.head.lemma_.lower() in TO_PLANNED | TO_POSSIBLE)  # ("where he is scheduled to meet X": no purpose)
        if not (purpose or clause.dep_ == "ccomp"):
            continue
        other = next((a for a in clause.ancestors if a.i in trigger_toks or any(  # a meeting verb, or a noun's light verb
            c.i in trigger_toks and c.dep_ in ("dobj", "nsubjpass") for c in a.children)), None)
        if other is not None:
            # (a trip's purpose takes the trip with it: "met Medvedev in Moscow on Tuesday and then flew to Tbilisi to see
            # Saakashvili": Tbilisi is the seeing's)
            trip = clause.head if purpose and clause.head != other and clause.head.lemma_.lower() in MOTION_VERBS else clause
            inside = {t.i for t in trip.subtree}
            out.update(t.i for t in other.subtree if t.i not in inside)
        break
    if trig.dep_ == "pobj" and trig.head.lower_ == "of" and trig.head.i > 0 and doc[trig.head.i - 1].lower_ == "ahead":
        # "met Fuentes in Lima on Monday ahead of a summit between Arce and Ruiz": the summit is a later meeting, the words
        # of the meeting it comes after are not its date or place
        other = next((a for a in trig.head.ancestors if a.i in trigger_toks or any(
            c.i in trigger_toks and c.dep_ in ("dobj", "nsubjpass") for c in a.children)), None)
        if other is not None:
            phrase = doc[trig.head.i - 1]
            inside = {t.i for t in trig.head.subtree} | {phrase.i}
            out.update(t.i for t in other.subtree if t.i not in inside)
    gap = _days_apart(trig)
    if gap is not None:
        # "met Zelenskyy in Kyiv on Thursday, two days after holding talks with Putin in Moscow": another day, and
        # the other meeting's words are not this one's
        prep, main = gap[1], gap[2]
        out.update(t.i for t in main.subtree if not prep.is_ancestor(t) and t != prep)
        out.update(t.i for t in prep.children if t.dep_ == "npadvmod" for t in t.subtree)
    if trig.lower_ in CALL_NOUNS | CALL_WORDS and trig.dep_ == "pobj" and trig.head.dep_ == "prep":
        # "In a phone call, Putin invited Erdogan to visit Moscow next month": what was said in the call is not its date
        verb = trig.head.head
        for c in verb.children:
            if c.dep_ in ("xcomp", "ccomp", "advcl") and not c.is_ancestor(trig):
                out.update(t.i for t in c.subtree)
    return out
