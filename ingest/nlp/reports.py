"""One article's Doc -> its meeting reports (one per real meeting per article).

The steps, each in its own module: parties (`parties`), trigger -> participants (`linking`, `slots`), status
(`status`), date (`dates`), place and occasion (`places`). This module finds candidate reports per
trigger (`candidates_for`), drops what GUIDELINES.md says != a meeting (fewer than two parties, all
from one country, a summit as a whole), splits "meet with the Japanese, Mexican and Australian
leaders" into bilaterals, and dates each meeting from its own sentence (`_date_for`), else by the
day of the statement for a meeting reported as just held. Mentions become parties in `resolve`; what
a sentence leaves out is carried over from the rest of the article in `carry`; the candidates that
speak of the same meeting are merged in `merging`. `extract_doc` runs it all.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from spacy.attrs import LEMMA
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from meetings.types import PartyData, PlaceData, ReportData

from . import dates as dates_mod
from .candidate import QUOTE_MARKS, Candidate, definite, doc_ents, doc_text, is_previous
from .carry import carry_arrival, carry_presence, carry_relative_days, carry_same_trip, carry_visits, propagate_occasions
from .components import TRIGGERS_KEY
from .gazetteer import in_country_of, lookup
from .lexicon.countries import country_code
from .lexicon.roles import PARTY_NOUNS, SPEAKER_CLASSES, TITLES
from .lexicon.status_cues import PHONE_CUES, TO_PLANNED, TO_POSSIBLE, VIDEO_CUES
from .lexicon.triggers import MEET_NON_MEETING_OBJECTS, MET_WITH_REACTIONS, NOUN_LEMMAS, STRONG_NOUNS, STRONG_VERBS
from .linking import MEALS, courtesy_callee, is_speech, light_verb, meal_guests, path_ok
from .merging import drop_negated_twins, final_status, merge
from .parties import Mention, _countries_in, find_parties, is_headline
from .places import SIDELINES, VENUE_NOUNS, best_place, occasion_city
from .places import occasion as occasion_of
from .resolve import Resolver, dedupe, party_key
from .slots import (
    body_meets,
    gapped_objects,
    mentions_at,
    party_slots,
    plural_meetings,
    separate_partners,
    someones_people,
    speaker_party,
    sporting,
)
from .status import MOTION_VERBS, earlier_account, fate_clause, status_of

_DATELINE = re.compile(r"^\s*([A-Z][A-Z.'-]+(?:[ /][A-Z][A-Z.'-]+)*)(?=\s*(?:,|\(|/|—|–|-{1,2}|:)|\s*$)")
# "Kyiv, 6 September (TASS) -", "Moscow, March 5 (Sputnik) —": a title-case city with a date and an agency
_DATELINE_TITLE = re.compile(r"^\s*([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?),\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})\.?"
                             r"\s*(?:\([^)]{2,30}\))?\s*[-—–]")
_OCCASION_DAY = re.compile(r"\b(first|second|third|opening|closing|last|final) day of\b", re.I)
_SLOT_NOUNS = {"meeting", "talks", "encounter", "sit-down", "pull-aside", "tete-a-tete", "summit"}  # ("a summit with Trudeau")
_HEADLINE_POSSIBLE = {"possible", "likely", "may", "could", "might", "possibility", "mull", "mulls", "eye", "eyes", "eyed"}
_OCCASION_ONLY = {"summit", "conference", "forum", "session", "assembly", "congress", "convention"}
_IN_PERSON = re.compile(r"\b(face[- ]to[- ]face|in person|in-person|sidelines|on the margins|one-on-one)\b", re.I)


def _datelines(doc: Doc) -> tuple[set[int], PlaceData | None]:
    """Tokens of every dateline ("MOSCOW (Sputnik) —", "SOCHI, May 12. /TASS/.") and the first one's place, read
    once per doc (the candidates and the evidence sentences both need them)."""
    found = doc.user_data.get("sidelines_datelines")
    if found is None:
        found = doc.user_data["sidelines_datelines"] = _read_datelines(doc)
    return found


def _read_datelines(doc: Doc) -> tuple[set[int], PlaceData | None]:
    excluded: set[int] = set()
    first = None
    text = doc_text(doc)
    for sent in doc.sents:
        # (the sentence's text cut from the doc's: `Span.text` joins its tokens on each access)
        line_start = sent.start == 0 or "\n" in doc[sent.start - 1].text or doc[sent.start - 1].is_space
        if not line_start:
            continue
        stext = text[sent.start_char: sent.end_char]
        m = _DATELINE.match(stext) or _DATELINE_TITLE.match(stext)
        if not m:
            continue
        name = m.group(1).split("/")[0].title()
        p = lookup(name)
        if p is None:
            continue
        end_char = sent.start_char + m.end()
        k = sent.start
        while k < sent.end and doc[k].idx < end_char + 40:
            t = doc[k]
            excluded.add(k)
            if t.text in ("—", "–", "--", "-") or (t.text == "." and k > sent.start + 2 and doc[k - 1].text.endswith("/")):
                break
            if t.text.startswith("/") and t.text.endswith("/."):
                break
            k += 1
        if first is None:
            first = p
    return excluded, first


def _title_tokens(doc: Doc, mentions: list[Mention]) -> set[int]:
    """The words of each person's name and of the title before it ("U.S. Secretary of State John Kerry"):
    a country there is the person's, not the venue. The title ends at a comma, a locative or a verb
    ("... summit in Vietnam, Kremlin Spokesman Dmitry Peskov said" keeps Vietnam)."""
    out: set[int] = set()
    for m in mentions:
        if m.kind != "person" or any(t.lower_ in VENUE_NOUNS for t in doc[m.start: m.end + 1]):
            continue  # (not a saint a venue is named after: "in St Peter's Basilica")
        out.update(range(m.start, m.end))
        k = m.start - 1
        while k >= max(0, m.start - 6) and not doc[k + 1].is_sent_start:  # the title is in the name's sentence
            t = doc[k]
            if t.text in (",", ";", ":", "(", ")", "—", "–") or t.is_space or t.lower_ in ("in", "at", "near", "to", "with", "and")  \
                    or t.pos_ in ("VERB", "AUX") or (t.pos_ == "ADP" and t.lower_ not in ("of", "for")):  # "talks in Zurich between"
                break
            out.add(k)
            k -= 1
    return out


_GATHERINGS = MEALS | {"summit", "meeting", "palace", "residence", "room", "hotel"}  # "a conversation with Xi at the dinner"


def _same_clause(tok: Token, verb: Token) -> bool:
    head = tok.head
    for _ in range(5):
        if head == verb:
            return True
        if head.pos_ in ("VERB", "AUX") or head == head.head:
            return False
        head = head.head
    return False


def _met_somewhere(trig: Token) -> bool:
    """"talked with Putin for two hours at the Kremlin", "a conversation with Xi at the dinner": said where, so in person."""
    verb = trig if trig.pos_ in ("VERB", "AUX") else light_verb(trig)
    for v in (trig, verb):
        # a preposition of the verb's own clause ("talked ... for two hours at the Kremlin")
        for c in ([x for x in v.subtree if _same_clause(x, v)] if v is not None else ()):
            if c.dep_ == "prep" and c.lower_ in ("in", "at"):
                for p in c.children:
                    if p.dep_ == "pobj" and (p.ent_type_ in ("GPE", "FAC", "LOC") or lookup(p.text) is not None
                                             or p.lemma_.lower() in _GATHERINGS):
                        return True
    return False


_ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last", "latest"}


def _tally(trig: Token) -> bool:
    """"It was their fourth meeting this year", "This was the first such encounter since 2019": a meeting noun said of
    "it" or "this" with a count, which is the meeting the article has just reported, not another."""
    head = trig.head
    return trig.dep_ == "attr" and head.lemma_.lower() == "be" and trig.pos_ == "NOUN" \
        and any(c.dep_ == "nsubj" and c.lower_ in ("it", "this", "that") for c in head.children) \
        and any(c.lower_ in _ORDINALS or c.ent_type_ == "ORDINAL" for c in trig.children)


def _valid_trigger(tok: Token, span: Span) -> bool:
    lem = tok.lemma_.lower()
    if span.label_ == "VERB":
        if lem == "meet" and tok.pos_ in ("NOUN", "PROPN") and not any(c.dep_ == "nsubj" for c in tok.children):
            return False  # "the athletics meet"
        if lem == "meet":
            objs = [c for c in tok.children if c.dep_ == "dobj"]
            if any(o.lemma_.lower() in MEET_NON_MEETING_OBJECTS or o.lower_ in MEET_NON_MEETING_OBJECTS for o in objs):
                return False
            if any(c.dep_ == "prep" and c.lower_ == "with" and any(p.dep_ == "pobj" and p.lower_ in MET_WITH_REACTIONS for p in c.children)
                   for c in tok.children):
                return False  # "the plan met with criticism from Lavrov", "were met with skepticism by Blinken"
            return not (tok.text == "Meet" and tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 2].text == "Press")
        if lem == "sit":
            return any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children) or tok.nbor(1).lower_ in ("down", "-")
        if lem == "call":  # "called on the prime minister", not "called on Putin to accept a ceasefire"
            return bool(courtesy_callee(tok))
        if lem == "shake":  # "X and Y shook hands at the G20 dinner": a brief encounter
            return any(c.dep_ == "dobj" and c.lower_ in ("hands", "hand") for c in tok.children)
        return True
    return True


_NOT_MEETING_DATE_HEADS = {"cancel", "postpone", "suspend", "call", "announce", "announcement", "statement", "cancellation", "delay", "dismiss", "deny",
                           "scrap", "say", "tell", "report", "confirm", "decide", "decision", "postponement"}
_DATED_NOUNS = {"meeting", "talks", "talk", "summit", "visit", "trip", "session", "conference", "forum", "assembly", "encounter",
                "discussion", "negotiation", "negotiations", "consultations", "sit-down", "ministerial", "gathering", "tour",
                "morning", "afternoon", "evening", "night"}  # "on Monday evening": the meeting's day
_SAME_DAY = re.compile(r"\b(?:later|earlier) (?:in|that) (?:the )?day\b|\bthe same day\b|\bthat (?:evening|night|morning|afternoon)\b", re.I)
_RELATIVE = re.compile(r"\b(a day (?:after|earlier|before)|yesterday|tomorrow|today|tonight|(?:this|next|last) (?:week|month)|"
                       r"(?:early|mid|late)[- ](?:january|february|march|april|may|june|july|august|september|october|november|december))\b", re.I)


# (and one that has just ended, told the same day: "The summit of Putin and Biden in Geneva has ended")
_ONGOING = re.compile(r"\b(?:(?:is|are) (?:now )?under ?way|(?:has|have) (?:just )?(?:begun|started|opened|kicked off|ended|concluded)|"
                      r"(?:is|are) (?:being held|taking place|meeting|holding talks))\b", re.I)


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


def _after(d: dates_mod.DateValue, published: date) -> bool:
    """The date lies wholly after the publication day (for a month or year: a later month or year)."""
    if d.precision == "day":
        return d.start > published
    if d.precision == "month":
        return (d.start.year, d.start.month) > (published.year, published.month)
    return d.start.year > published.year


def _date_right_after(sent: Span, at: int) -> str:
    """The words of a date starting within two words of `at`, whole even when tagged as two ("earlier on" +
    "Monday"); "" when none."""
    doc = sent.doc
    first = next((k for k in range(at, min(at + 3, sent.end)) if doc[k].ent_type_ == "DATE"), None)
    if first is None:
        return ""
    end = first
    while end < sent.end and doc[end].ent_type_ == "DATE":
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


# "Macron proposed the meeting": who proposed or arranged a meeting named before is not at it
_PROPOSERS = {"propose", "suggest", "arrange", "broker", "organize", "organise", "facilitate", "mediate", "announce", "confirm"}


def _date_for(doc: Doc, trig: Token, published: date | None, status: str, exclude: set[int]) -> tuple[dates_mod.DateValue | None, str]:
    sent = trig.sent
    past = status == "held"
    cands: list[tuple[int, Span]] = []
    said_on: Span | None = None
    ents = [e for e in doc_ents(doc) if e.label_ in ("DATE", "TIME") and e.start >= sent.start and e.end <= sent.end]
    ents += _dates_missed(sent)
    quotes = _quoted(sent)
    trig_quote = _quote_of(quotes, trig.idx)
    light = light_verb(trig) if trig.pos_ in ("NOUN", "PROPN") else None
    fate = fate_clause(trig)  # (once, not for every date of the sentence)
    for e in ents:
        if any(i in exclude for i in range(e.start, e.end)):
            continue
        if _quote_of(quotes, e.start_char) != trig_quote:
            continue  # '"It may not work out for June 12," Trump said as he met Moon': the quote's date, not the meeting's
        root = e.root
        head = root.head
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
        if ((is_speech(head) and head != trig and not path_ok(root, trig, max_len=3)) or (
                root.head != root and is_speech(root.head) and root.head != trig) or (
                before is not None and is_speech(before) and before != trig and before.i < trig.i)) and not postposed:
            said_on = said_on or e
            continue
        decided = [h for h in (head, root.head) if h.lemma_.lower() in _NOT_MEETING_DATE_HEADS
                   and not (h.lemma_.lower() == "call" and h.pos_ == "NOUN")]  # "in a phone call on Tuesday" is the call
        if [h for h in decided if not (postposed and is_speech(h))]:
            continue  # "called off on Friday", "yesterday's announcement": when it was decided, not when it meets
        verb = root.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        if verb != trig and verb.lemma_.lower() in ("deny", "dismiss") and verb.is_ancestor(trig):
            continue  # "X on Monday dismissed reports that he would meet Y" (the date hung on X): when it was denied
        inner = root.head
        while inner != inner.head and inner != trig and not inner.is_ancestor(trig) and inner.dep_ != "relcl":
            inner = inner.head
        if inner.dep_ == "relcl" and inner != trig and not inner.is_ancestor(trig) and inner.head != trig \
                and inner.lemma_.lower() not in ("plan", "schedule", "slate", "set") and inner != fate:
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
        since = root.head if root.head.lower_ == "since" else None
        if since is not None and (since.head == trig or since.head.head == trig):
            continue  # "have not met since December": the last meeting before, not this one
        if root.dep_ in ("compound", "nmod", "amod") and root.head.pos_ == "NOUN" and root.head != trig and \
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
        if own and ok and trig.pos_ in ("VERB", "AUX"):
            dist = min(dist, 4)  # however many words the partner's name and titles take
        if inner == fate and inner.is_ancestor(root):
            dist = 0
        if trig.pos_ in ("NOUN", "PROPN") and light is not None and light.dep_ in ("pcomp", "advcl") and not light.is_ancestor(root):
            dist += 2  # "played golf on Saturday ... after holding a summit at the White House on Friday": the clause's own day
        cands.append((dist + (0 if own or trig.pos_ not in ("VERB", "AUX") else 0.5), e))  # (a tie: the trigger's own phrase)
    for _dist, e in sorted(cands, key=lambda x: x[0]):
        text = e.text
        if e.start > 0 and doc[e.start - 1].lower_ == "in" and re.fullmatch(dates_mod.COUNT_SPAN, text, re.I):
            text = "in " + text  # "in two weeks": from publication, not a duration
        elif text.lower() == "may" and e.start > 0 and doc[e.start - 1].lower_ in ("in", "of", "early", "mid", "late"):
            text = doc[e.start - 1].text + " " + text  # "in May": the month, which alone reads as the modal
        elif text.lower() == "the day" and e.end < len(doc) and doc[e.end].lower_ in ("before", "after"):
            text = f"{text} {doc[e.end].text}"  # "met Lavrov the day before in Manila" (the model tags "the day" alone)
        elif dates_mod.WEEKDAY_NAME.fullmatch(text) and e.end + 1 < len(doc) and doc[e.end].lower_ in dates_mod.RANGE_WORDS \
                and dates_mod.WEEKDAY_NAME.fullmatch(doc[e.end + 1].text):
            text = doc[e.start: e.end + 2].text  # "on Tuesday and Wednesday", "from Tuesday to Thursday": the days between
        verb = e.root.head.head if e.root.head.dep_ == "prep" else e.root.head
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
        v = dates_mod.resolve(text, published, past=past)
        if v is not None:
            return v, text
    # "Trump later held talks with Abe": a bare "later" on the meeting's verb, after a sentence that names its day
    later = status == "held" and sent.start > 0 and any(
        t.lower_ == "later" and t.dep_ == "advmod" and not list(t.children) and (
            t.head in (trig, light if light is not None else trig) or (t.head.head == trig and t.head.pos_ == "VERB"))  # ("held" as amod)
        for t in sent)
    if (later or _SAME_DAY.search(sent.text)) and sent.start > 0:
        # "He met his Turkish counterpart later in the day": the day the sentences before named
        lo = max(0, sent.start - 80) if _SAME_DAY.search(sent.text) else doc[sent.start - 1].sent.start
        earlier = [e for e in doc_ents(doc) if e.label_ == "DATE" and e.end <= sent.start and e.start >= lo]
        for e in reversed(earlier):
            if is_speech(e.root.head) or e.root.head.dep_ == "prep" and is_speech(e.root.head.head):
                continue  # "..., the ministry said on Monday": the day it was said, not the day of the meeting
            v = dates_mod.resolve(e.text, published, past=past)
            if v is not None and v.precision == "day":
                return dates_mod.DateValue(v.start, v.end, "day", "the same day as the sentence before", e.text), e.text
    m = _RELATIVE.search(sent.text)
    if m:
        tok = doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")
        root = tok.root if tok is not None else None
        if tok is not None and any(t.i in exclude for t in tok):
            root, m = None, None  # another meeting's "next week", or the dateline's
        if root is not None:
            heads = {root.head, root.head.head if root.head.dep_ in ("prep", "case") else root.head}
            if any(h != trig and (is_speech(h) or h.lemma_.lower() in _NOT_MEETING_DATE_HEADS) for h in heads):
                return None, ""  # "since yesterday's announcement of the meeting": when it was said
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


_CALL_NOUNS = {"call", "calls", "conference", "conferences"}
_CALL_WORDS = {"videoconference", "videoconferences", "teleconference", "videocall"}


def _calls(sent: Span) -> list[Token]:
    """The sentence's calls: "a phone call", "a video conference", "a videoconference"."""
    return [t for t in sent if t.lower_ in _CALL_WORDS or t.lower_ in _CALL_NOUNS and t.i > 0 and (
        t.doc[t.i - 1].lower_ in ("phone", "telephone", "video", "conference") or t.doc[t.i - 1].text == "-"
        and t.i > 1 and t.doc[t.i - 2].lower_ in ("phone", "telephone", "video"))]


def _mode(sent: Span, trig: Token) -> str:
    if trig.lemma_.lower() == "call" and (trig.pos_ == "VERB" or any(c.lower_ == "courtesy" for c in trig.children)):
        return "in_person"  # "called on the prime minister", "a courtesy call on": a visit
    if trig.lower_ in ("videoconference", "videoconferences", "teleconference", "teleconferences", "videocall"):
        return "video"  # "held a teleconference": the trigger says how
    if trig.lemma_.lower() in ("telephone", "phone") and trig.pos_ == "VERB":
        return "phone"  # "telephoned Peruvian President Carlos Mendoza"
    calls = _calls(sent)
    tokens = list(sent)
    if calls and trig not in calls:
        # "discussed Syria with Kerry in a phone call": the call is how this trigger's meeting was held
        # (and "held a phone call on Thursday to discuss Ukraine", "a video conference to discuss": the call's purpose)
        medium = next((c for c in calls if c.head == trig or c.head.dep_ == "prep" and c.head.head == trig
                       or trig.dep_ in ("advcl", "xcomp", "acl", "relcl") and trig.head in (c, c.head) and c.i < trig.i), None)
        if medium is not None:
            return _mode(sent, medium)
        # "In a phone call, Putin invited Erdogan to Moscow for talks": the call's words are the call's only
        owned = {t.i for c in calls for t in [c, *(x for x in c.children if x.dep_ in ("compound", "amod", "nmod", "punct"))]}
        owned |= {c.i - k for c in calls for k in (1, 2) if c.i - k >= sent.start and sent.doc[c.i - k].lower_ in PHONE_CUES | VIDEO_CUES | {"-"}}
        tokens = [t for t in sent if t.i not in owned]
    # (not "calls off talks", "called for a meeting", "called on the premier": no telephone in them)
    words = {t.lower_ for t in tokens if not (t.lemma_.lower() == "call" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in ("off", "for", "on"))}
    lem = trig.lemma_.lower()
    if words & VIDEO_CUES and (lem in ("talk", "speak", "chat", "conversation", "meeting", "meet", "call", "summit", "discussion", "conference") or "call" in words):  # noqa: SIM102
        if any(w in words for w in ("video", "videoconference", "video-conference", "virtual", "virtually", "teleconference", "videolink")):
            return "video"
        if any(t.lower_ in ("online", "videolink", "zoom") and t.head == trig for t in tokens):
            return "video"  # "an online meeting", "met online" (not "a statement posted online")
    if words & PHONE_CUES and lem in ("talk", "speak", "chat", "conversation", "discussion", "discuss", "call", "talks"):
        return "phone"
    return "in_person"


def _variant(cand: Candidate, parties: list[PartyData], when: dates_mod.DateValue | None) -> Candidate:
    """The same trigger's report of another meeting (one party met separately, a gapped clause's): its own
    parties and date, fresh cues and statuses, and no corroborating-only flag."""
    return replace(cand, parties=parties, keys=frozenset(party_key(p) for p in parties), date=when, cues=dict(cand.cues),
                   statuses=list(cand.statuses), supporting=False)


_FOLLOW_UP_WORDS = {"fuller", "full", "formal", "proper", "second", "third", "further", "follow-up", "longer", "separate"}


def _follow_up(trig: Token) -> bool:
    """"another meeting", "a fuller meeting", "a second round of talks": a meeting besides the one just named."""
    if any(c.dep_ == "prep" and c.lower_ in ("of", "between", "with", "among", "for") for c in trig.children):
        return False  # "another meeting of the contact group": other people's
    dets = [c.lower_ for c in trig.children if c.dep_ == "det"]
    return dets == ["another"] or (dets in (["a"], ["an"]) and any(
        c.dep_ in ("amod", "compound") and c.lower_ in _FOLLOW_UP_WORDS for c in trig.children))


def _another_meeting(doc: Doc, trig: Token, c: Candidate, published: date | None, dateline_toks: set[int], title_toks: set[int],
                     dateline_place: PlaceData | None, trigger_toks: set[int]) -> Candidate | None:
    """"Putin and Trump will not hold a formal meeting in Paris ... A fuller meeting could take place at the G20
    summit in Buenos Aires": another meeting of the pair `c` just reported, when it has a date, place or occasion
    of its own."""
    status, scue, conf = status_of(trig)
    if status not in ("possible", "planned", "held") or conf < 0.6:
        return None
    others = _others_words(trig, trigger_toks) | _since_words(trig)
    d, dtext = _date_for(doc, trig, published, status, dateline_toks | others)
    place, ptext = best_place(doc, trig, dateline_toks | title_toks | others, dateline_place)
    occ, _ = occasion_of(doc, trig, others)
    if d is None and place is None and not occ:
        return None  # nothing that tells it from the meeting just reported
    cues = {"trigger": trig.text, "participants": f"{c.cues.get('participants', '')} (the pair just reported)"}
    cues.update({k: v for k, v in (("status", scue), ("date", dtext), ("place", ptext), ("occasion", occ)) if v})
    return replace(c, sent=trig.sent, trig=trig, cues=cues, status=status, date=d, place=place, occasion=occ,
                   confidence=min(0.95, conf * 0.75), headline=False, score=1.0 + 0.1 * len(c.parties),
                   statuses=[(status, False, conf)], previous=False, supporting=False, history=False, joined=[])


def _strong(span: Span, tok: Token) -> bool:
    """A trigger that reports a meeting by itself ("met", "talks", "a phone call"), not one that needs a cue."""
    lem, low = tok.lemma_.lower(), tok.lower_
    return (span.label_ == "VERB" and lem in STRONG_VERBS) or (span.label_ == "NOUN" and (
        lem in STRONG_NOUNS or low in STRONG_NOUNS or span.text.lower().replace(" ", "") in STRONG_NOUNS))


def _joins_named_meeting(trig: Token) -> bool:
    """"X and Y also attended the meeting", "joined the talks", "took part in the talks", "the meeting, brokered by
    X": people who were at a meeting named before (the trigger has "the" and no parties of its own); "met X and Y
    ..., in a meeting hosted by Z": the host of the meeting the verb reports."""
    if trig.pos_ in ("NOUN", "PROPN") and trig.dep_ == "pobj" and trig.head.lower_ == "in" and trig.head.head.lemma_.lower() in (
            "meet", "confer") and any(c.dep_ == "acl" and c.lemma_.lower() in ("host", "chair") for c in trig.children):
        return True
    if trig.pos_ not in ("NOUN", "PROPN") or not definite(trig):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in trig.children):
        return False
    if any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" for c in trig.children):
        return False  # "arrived in Goa to attend the SCO meeting": a named gathering, not the meeting just reported
    head = trig.head
    if trig.dep_ == "dobj" and head.lemma_.lower() in ("attend", "join"):
        return True
    if trig.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_ == "be" and any(
            c.lower_ == "also" for c in head.head.children):
        return True  # "Tillerson, who was also in the meeting, said ..."
    if any(c.dep_ == "acl" and c.lemma_.lower() in ("broker", "mediate", "facilitate", "host", "attend") for c in trig.children):
        # "The meeting, brokered by Hollande and Merkel, lasted 15 minutes", "The talks, hosted by Macron and also
        # attended by Merkel, ...": the mediators, hosts and guests of the one just named
        return True
    return trig.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_.lower() in ("participate", "take", "sit") and (
        head.head.lemma_.lower() != "take" or any(c.lower_ == "part" for c in head.head.children))


# "their advisers", "their foreign ministers": people of the pair, not the pair
_AIDES = {"advisers", "advisors", "aides", "ministers", "officials", "envoys", "negotiators", "diplomats", "delegations",
          "representatives", "deputies", "teams", "ambassadors", "secretaries"}
_JOINED_OBJECTS = {"leaders", "ministers", "presidents", "two", "pair", "them", "him", "her", "talks", "meeting", "session"}
_TAKING_PART = {"attend", "participate", "join"}
_JOIN_LEMMAS = frozenset(hash_string(w) for w in ("join", "attend", "participate", "take", "be", "lead", "head"))
_LED = {"delegation", "delegations", "team", "side", "talks", "meeting", "negotiations"}


def _joiners(doc: Doc, at: dict) -> list[tuple[Token, tuple[Mention | None, list[Mention]]]]:
    """People said to join a meeting without a meeting word: "X and Y joined the leaders for the first session"
    (who joined, whom), "Trump was joined by Mnuchin", "before being joined by their advisers, including X"
    (whom: the subject, or none in a clause of the meeting's sentence), "with X also taking part", "X was also in
    the room"."""

    def people_in(tok: Token) -> list[Mention]:
        found = {id(at[t.i]): at[t.i] for t in tok.subtree if t.i in at and at[t.i].kind == "person"}
        return list(found.values())

    def mention_of(tok: Token | None) -> Mention | None:
        return at.get(tok.i) if tok is not None else None

    out = []
    for i in [k for k, lem in enumerate(doc.to_array(LEMMA).tolist()) if lem in _JOIN_LEMMAS]:  # no Token made for the other words
        tok = doc[i]
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        lem = tok.lemma_.lower()
        kids = list(tok.children)
        if lem in ("lead", "head") and any(c.dep_ == "auxpass" for c in kids):
            # "The Russian delegation was led by Grigory Karasin": who sat at the talks for that country
            agent = next((c for c in kids if c.dep_ == "agent"), None)
            subj = next((c for c in kids if c.dep_ == "nsubjpass"), None)
            who = people_in(agent) if agent is not None else []
            if who and subj is not None and subj.lower_ in _LED and definite(subj):
                demonym = _countries_in([c for c in subj.children if c.dep_ in ("amod", "compound")])
                for m in who:
                    if not m.countries and len(demonym) == 1:
                        m.countries = list(demonym)
                out.append((tok, (None, who)))
            continue
        if lem == "join" and any(c.dep_ == "auxpass" for c in kids):
            agent = next((c for c in kids if c.dep_ == "agent"), None)
            subj = next((c for c in kids if c.dep_ == "nsubjpass"), None)
            if agent is None or (subj is None and tok.dep_ != "pcomp"):
                continue
            who = people_in(agent)
            whom = mention_of(subj)
            if who and (subj is None or whom is not None or subj.lower_ in _JOINED_OBJECTS):
                out.append((tok, (whom, who)))
        elif lem == "join":
            obj = next((c for c in kids if c.dep_ == "dobj"), None)
            subj = next((c for c in kids if c.dep_ == "nsubj"), None)
            if obj is None or subj is None or not (obj.lower_ in _JOINED_OBJECTS or obj.i in at):
                continue
            who = people_in(subj)
            if who:
                out.append((tok, (mention_of(obj) if obj.i in at else None, who)))
        elif lem in _TAKING_PART or (lem == "take" and any(c.lower_ == "part" for c in kids)):
            # "with X also taking part"; "Russian Foreign Minister Sergey Lavrov also took part.", "Tillerson also attended."
            beside = tok.tag_ == "VBG" and tok.head.lower_ == "with" and tok.dep_ in ("pcomp", "pobj")
            also = any(c.dep_ == "advmod" and c.lower_ == "also" for c in kids) \
                and not any(c.dep_ in ("dobj", "prep") and c.lower_ != "part" for c in kids)
            subj = next((c for c in kids if c.dep_ == "nsubj"), None)
            who = people_in(subj) if subj is not None and (beside or also) else []
            if who:
                out.append((tok, (None, who)))
        elif lem == "be" and any(c.dep_ == "advmod" and c.lower_ == "also" for c in kids):
            # "Tillerson and Lavrov were also in the room", "... were also present"
            there = any(c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pobj" and g.lower_ == "room" for g in c.children)
                        for c in kids) or any(c.dep_ == "acomp" and c.lower_ == "present" and not list(c.children) for c in kids)
            subj = next((c for c in kids if c.dep_ == "nsubj"), None)
            who = people_in(subj) if subj is not None and there else []
            if who:
                out.append((tok, (None, who)))
    return out


def _join_previous(out: list[Candidate], trig: Token, parties: list[PartyData], sent_index: dict[int, int]) -> bool:
    """Add `parties` to the meeting reported last before `trig`, within two sentences; False when there is none."""
    k = sent_index.get(trig.sent.start, 0)
    before = [c for c in out if c.trig.i < trig.i and c.mode == "in_person" and k - sent_index.get(c.sent.start, 0) <= 2]
    if not before:
        return False
    max(before, key=lambda c: c.trig.i).joined.extend(parties)
    return True


def _between_countries(trig: Token) -> bool:
    """"urged direct talks between Russia and Ukraine": talks whose sides are countries, so not the people
    named around them."""
    return any(c.dep_ == "prep" and c.lower_ == "between" and any(p.dep_ == "pobj" and country_code(p.text) for p in c.children)
               for c in trig.children)


def _since_words(trig: Token) -> set[int]:
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
    return out


def _negated(tok: Token) -> bool:
    """"did not meet", "did not hold a formal meeting": the trigger, or the verb a noun trigger is the object of."""
    verb = tok.head if tok.dep_ == "dobj" else tok
    return any(c.dep_ == "neg" for c in verb.children)


def _n_days(trig: Token) -> int:
    """"a three-day summit", "two-day talks": how many days a meeting lasts, else 0."""
    for c in trig.children:
        if c.lower_ in ("day", "days") and c.dep_ in ("compound", "amod", "nmod"):
            n = next((g for g in c.children if g.dep_ == "nummod"), None)
            if n is not None:
                return dates_mod.NUMBER_WORDS.get(n.lower_) or (int(n.text) if n.text.isdigit() and int(n.text) < 15 else 0)
    return 0


def _days_apart(trig: Token) -> tuple[int, Token, Token] | None:
    """"two days after holding talks with X", "a week before meeting X": the trigger's meeting lies that many days
    before (negative) or after the meeting of the verb the clause hangs from; (days, the "after"/"before", that verb)."""
    clause = trig if trig.pos_ in ("VERB", "AUX") else trig.head if trig.dep_ == "dobj" else trig
    prep = clause.head
    if not (clause.dep_ in ("pcomp", "pobj") and prep.lower_ in ("after", "before") and prep.dep_ == "prep"):
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


def _days_of(doc: Doc, trig: Token, d: dates_mod.DateValue | None, dtext: str, published: date | None, dateline_toks: set[int],
             trigger_toks: set[int]) -> tuple[dates_mod.DateValue | None, str]:
    """The trigger's date, read with what says how it relates to another day or lasts several: "two days after
    holding talks with Putin" (the day of the meeting the clause hangs from, shifted), "wrapping up their
    three-day summit" on Thursday (Tuesday to Thursday), "a two-day summit" from Monday."""
    gap = _days_apart(trig) if d is None else None
    if gap is not None:
        main = gap[2]
        md, mtext = _date_for(doc, main, published, status_of(main)[0], dateline_toks | _others_words(main, trigger_toks))
        if md is not None and md.precision == "day":
            day = md.start + timedelta(days=gap[0])
            d = dates_mod.DateValue(day, day, "day", f"{abs(gap[0])} days {gap[1].lower_} {mtext}", f"{mtext} ({gap[1].text})")
            dtext = d.text
    span_days = _n_days(trig)
    if span_days > 1 and d is not None and d.precision == "day" and d.start == d.end:
        ending = any(a.lemma_.lower() in ("wrap", "end", "conclude", "close", "finish") or (
            a.lemma_.lower() == "cut" and any(c.lower_ == "short" for c in a.children)) for a in list(trig.ancestors)[:2])
        first = d.start - timedelta(days=span_days - 1) if ending else d.start
        d = dates_mod.DateValue(first, first + timedelta(days=span_days - 1), "day", f"a {span_days}-day meeting; {d.reason}".rstrip("; "), d.text)
    return d, dtext


def _others_words(trig: Token, trigger_toks: set[int]) -> set[int]:
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
    # "Bolton met Putin in the Kremlin on Wednesday to prepare for a summit between Putin and Trump": a meeting in the
    # purpose of another is a later one; the other's own words (outside the purpose clause) are not its date or place
    # "met on Friday and agreed that their advisers will meet in New Delhi": so is a meeting agreed at another
    for clause in [trig, *trig.ancestors]:
        purpose = clause.dep_ in ("xcomp", "advcl") and clause.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        if not (purpose or clause.dep_ == "ccomp"):
            continue
        other = next((a for a in clause.ancestors if a.i in trigger_toks or any(  # a meeting verb, or a noun's light verb
            c.i in trigger_toks and c.dep_ in ("dobj", "nsubjpass") for c in a.children)), None)
        if other is not None:
            inside = {t.i for t in clause.subtree}
            out.update(t.i for t in other.subtree if t.i not in inside)
        break
    gap = _days_apart(trig)
    if gap is not None:
        # "met Zelenskyy in Kyiv on Thursday, two days after holding talks with Putin in Moscow": another day, and
        # the other meeting's words are not this one's
        prep, main = gap[1], gap[2]
        out.update(t.i for t in main.subtree if not prep.is_ancestor(t) and t != prep)
        out.update(t.i for t in prep.children if t.dep_ == "npadvmod" for t in t.subtree)
    if trig.lower_ in _CALL_NOUNS | _CALL_WORDS and trig.dep_ == "pobj" and trig.head.dep_ == "prep":
        # "In a phone call, Putin invited Erdogan to visit Moscow next month": what was said in the call is not its date
        verb = trig.head.head
        for c in verb.children:
            if c.dep_ in ("xcomp", "ccomp", "advcl") and not c.is_ancestor(trig):
                out.update(t.i for t in c.subtree)
    return out


def _sidelines_of(tok: Token) -> bool:
    """"on the sidelines of the trilateral meeting": the trigger names an occasion."""
    return tok.head.lower_ == "of" and tok.head.head.lower_ in SIDELINES


def _attach_orphans(doc: Doc, out: list[Candidate], orphans: list[Token], published: date | None, sent_index: dict[int, int],
                    trigger_toks: set[int], dateline_toks: set[int], title_toks: set[int], dateline_place: PlaceData | None) -> None:
    """Meetings named without parties of their own ("the meeting", "the summit") give the meeting just reported
    its later date, place or fate: "... but Trump cancelled the meeting on Thursday"."""
    for trig in orphans:
        if _sidelines_of(trig):
            continue  # "on the sidelines of the Arctic Council meeting": an occasion, not the meeting named before
        status, cue, conf = status_of(trig)
        k = sent_index.get(trig.sent.start, 0)
        before = [c for c in out if c.trig.i < trig.i and k - sent_index.get(c.sent.start, 0) <= 1]
        # (the noun of the verb before counts: "Pence was to meet Kim Yo Jong. The meeting was to be held on February 10")
        same = [c for c in before if (c.trig.lemma_ == trig.lemma_ or ((c.trig.lemma_, trig.lower_) == ("meet", "meeting")
                                                                      and trig.dep_ in ("nsubj", "nsubjpass")))
                and c.mode == "in_person"]
        if same and definite(trig) \
                and not (status in ("cancelled", "postponed", "ruled_out") and conf >= 0.8):
            # "... to prepare for a summit between Putin and Trump. The summit will take place in Helsinki on July
            # 16": when and where the meeting just named is held
            c = max(same, key=lambda c: c.trig.i)
            words = _others_words(trig, trigger_toks) | _since_words(trig)
            d, dtext = _date_for(doc, trig, published, status, dateline_toks | words)
            place, ptext = best_place(doc, trig, dateline_toks | title_toks | words, dateline_place)
            if c.date is None and d is not None:
                c.date, c.cues["date"] = d, f"{dtext} (the {trig.text}, later)"
            if c.place is None and place is not None:
                c.place, c.cues["place"] = place, f"{ptext} (the {trig.text}, later)"
            verb = light_verb(trig)
            # (not "The meeting ... comes ahead of the G20 summit", nor "The meeting would follow the deal": no state of its own)
            # (nor, for the noun of a verb named before, a tense of someone else's verb: "has made a proposal regarding
            # the specifics of the meeting")
            if conf >= 0.7 and not (status == "held" and verb is not None and verb.tag_ in ("VBZ", "VBP")) \
                    and not (status == "planned" and cue.lower() == "would") \
                    and not (status == "held" and c.trig.lemma_ != trig.lemma_):
                c.statuses.append((status, False, conf))
            continue
        if status not in ("cancelled", "postponed", "ruled_out") or conf < 0.8:
            continue
        if any(c.dep_ == "det" and c.lower_ == "no" for c in trig.children):
            # "have not met since December, and no meeting is planned": only the pair just said not to have met
            before = [c for c in before if c.history and c.sent.start == trig.sent.start]
        if before:
            c = max(before, key=lambda c: c.trig.i)
            # ("Earlier reports had said the talks were called off": an account the article presents as overtaken)
            c.statuses.append((status, False, min(conf, 0.6) if earlier_account(trig) else conf))
            c.cues["status"] = f"{cue} (the meeting, later)"
            c.supporting = False  # "have not met since December, and no meeting is planned": now a report


_PROCESS_VERBS = {"start", "resume", "launch", "begin", "restart", "open", "continue", "relaunch"}
_GATHERING_NOUNS = {"talks", "meeting", "negotiations", "consultations", "discussions", "summit"}


def _from_antecedents(doc: Doc, out: list[Candidate], unclaimed: list[Token], published: date | None, sent_index: dict[int, int],
                      dateline_toks: set[int], title_toks: set[int], dateline_place: PlaceData | None) -> None:
    """"Russia, Ukraine and the United States agreed on Thursday ... after talks in Geneva. The meeting brought together
    Kerry and Lavrov": the meeting named again with its people takes the day and place of the talks named just before
    without them."""
    for c in out:
        if (c.date is not None and c.place is not None) or c.trig.pos_ not in ("NOUN", "PROPN") or not definite(c.trig) \
                or c.trig.lower_ not in _GATHERING_NOUNS or c.mode != "in_person":
            continue
        k = sent_index.get(c.sent.start, 0)
        before = [u for u in unclaimed if u.i < c.sent.start and 0 < k - sent_index.get(u.sent.start, 0) <= 2]
        if not before:
            continue
        u = before[-1]
        status, _cue, _conf = status_of(u)
        if c.date is None:
            d, dtext = _date_for(doc, u, published, status, dateline_toks)
            if d is not None:
                c.date, c.cues["date"] = d, f"{dtext} (the {u.text} named before)"
        if c.place is None:
            place, ptext = best_place(doc, u, dateline_toks | title_toks, dateline_place)
            if place is not None:
                c.place, c.cues["place"] = place, f"{ptext} (the {u.text} named before)"


def _attach_follow_ups(doc: Doc, out: list[Candidate], follow_ups: list[Token], published: date | None, sent_index: dict[int, int],
                       trigger_toks: set[int], dateline_toks: set[int], title_toks: set[int], dateline_place: PlaceData | None) -> None:
    """"A fuller meeting could take place at the G20 summit": another meeting of the pair just reported (appended to `out`)."""
    for trig in follow_ups:
        before = [c for c in out if c.trig.i < trig.i and c.mode == "in_person" and len(c.parties) >= 2 and not c.previous
                  and not c.history and sent_index.get(trig.sent.start, 0) - sent_index.get(c.sent.start, 0) <= 1]
        again = _another_meeting(doc, trig, max(before, key=lambda c: c.trig.i), published, dateline_toks, title_toks, dateline_place,
                                 trigger_toks) if before else None
        if again is not None:
            out.append(again)


def candidates_for(doc: Doc, published: date | None) -> list[Candidate]:
    mentions, people = find_parties(doc)
    at = mentions_at(mentions)
    dateline_toks, dateline_place = _datelines(doc)
    title_toks = _title_tokens(doc, mentions)
    resolver = Resolver(doc, mentions, people)
    sents = list(doc.sents)
    sent_index = {s.start: k for k, s in enumerate(sents)}
    out: list[Candidate] = []
    orphans: list[Token] = []
    follow_ups: list[Token] = []
    unclaimed: list[Token] = []  # meeting nouns without parties of their own: "after 16 hours of talks in Minsk"
    contests: set[frozenset] = set()  # the pairs of a sports contest ("will meet Nadal in the semi-final")
    triggers = list(doc.spans.get(TRIGGERS_KEY, []))
    # (not a meeting said not to be held: "chatted briefly ..., but did not hold a formal meeting")
    # (nor an occasion, nor an adjective: "held a bilateral summit with Kishida on the sidelines of the trilateral meeting")
    strong_sents: dict[int, list[Token]] = {}
    for t in triggers:
        if ((t.label_ == "VERB" and t.root.lemma_.lower() in STRONG_VERBS)
                or (t.label_ == "NOUN" and t[-1].lower_ in STRONG_NOUNS and t[-1].lower_ not in ("summit", "summits", "talk")
                    and not _sidelines_of(t[-1]) and not (t[-1].lower_ == "bilateral" and t[-1].dep_ in ("amod", "compound")))) \
                and not _negated(t.root if t.label_ == "VERB" else t[-1]):
            strong_sents.setdefault(t.root.sent.start, []).append(t.root if t.label_ == "VERB" else t[-1])
    # the words of meetings reported in their own right: strong triggers and calls, not an occasion ("on the
    # sidelines of the G20 summit in Bali, November 14", "of the G20 foreign ministers' meeting in Bali")
    trigger_toks = set()
    for t in triggers:
        tok = t.root if t.label_ == "VERB" or len(t) > 1 else t[-1]
        low, lem = tok.lower_, tok.lemma_.lower()
        if not _strong(t, tok):
            continue
        if low in ("summit", "summits") or lem in _OCCASION_ONLY or _sidelines_of(tok):
            continue
        # a meeting with two parties of its own ("a meeting to take place by May" is the one just named), or a
        # verb with a subject of its own ("... and agreed that their national security advisers will meet in New Delhi")
        if sum(2 if m.kind == "plural" else 1 for m in party_slots(doc, tok, t, at)) >= 2 or (
                t.label_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)):
            trigger_toks.add(tok.i)
    strong_slots: dict[int, list[Mention]] = {}
    for span in triggers:
        t0 = span.root if span.label_ == "VERB" or len(span) > 1 else span[-1]
        if ((span.label_ == "VERB" and t0.lemma_.lower() in STRONG_VERBS) or (span.label_ == "NOUN" and t0.lower_ in _SLOT_NOUNS)) \
                and _valid_trigger(t0, span):
            strong_slots[t0.i] = [m for m in party_slots(doc, t0, span, at) if m.kind in ("person", "unnamed")]
    for span in triggers:
        trig = span.root if span.label_ == "VERB" else span[-1]
        if len(span) > 1 and span.label_ == "NOUN" and span[0].lower_ not in ("tete", "tête"):
            trig = span.root  # ("phone call": the call; "tete-a-tete": its last word, whatever the parse)
        if not _valid_trigger(trig, span):
            continue
        if out and _tally(trig):
            continue  # "It was their fourth meeting this year.": the meeting just reported, counted
        lem = trig.lemma_.lower()
        low = trig.lower_
        if span.label_ == "NOUN" and (low in ("talk",) or trig.pos_ not in ("NOUN", "PROPN", "VERB", "ADJ")):
            continue
        if low.startswith("face") or low == "one":
            continue
        if low == "bilateral" and trig.dep_ in ("amod", "compound"):
            continue  # "bilateral ties", "bilateral trade": an adjective, not "a bilateral" (a meeting)
        sent = trig.sent
        strong = _strong(span, trig) or lem == "sit"
        if low in ("summit", "summits") or lem in _OCCASION_ONLY:
            strong = False
        if span.label_ == "NOUN" and trig.dep_ == "dobj" and trig.head.lemma_.lower() in _PROPOSERS and definite(trig):
            orphans.append(trig)  # "Macron proposed the meeting after calls with both leaders": the meeting named before
            continue
        slot_mentions = party_slots(doc, trig, span, at)
        mode = _mode(sent, trig)
        used = slot_mentions
        tight_named = [m for m in slot_mentions if m.kind in ("person", "unnamed")]
        if len({m.key for m in tight_named}) + sum(len(m.countries) - 1 for m in tight_named if m.kind == "unnamed") < 2 and (
            strong or mode != "in_person"
        ) and not _between_countries(trig):
            # "their national security advisers will meet": the pair's aides fill the slots
            aides = [m for m in mentions if m.kind == "plural" and doc[m.head].dep_ == "poss" and doc[m.head].head.lower_ in _AIDES
                     and doc[m.head].head.dep_ in ("nsubj", "nsubjpass") and doc[m.head].head.head == trig]
            # names in another meeting's own slots stay with it ("canceled his meeting with X, conferring instead with Y")
            theirs = {id(m) for t2, ms in strong_slots.items() if t2 != trig.i and sent.start <= t2 < sent.end for m in ms}
            # (none for talks between people the sentence does not name: "after talks between ministers on Saturday failed")
            unnamed_own = any(c.dep_ == "prep" and c.lower_ in ("between", "with") and any(
                p.dep_ == "pobj" and p.lower_ in PARTY_NOUNS and p.i not in at for p in c.children) for c in trig.children)
            loose = aides or ([] if unnamed_own else [m for m in mentions if sent.start <= m.head < sent.end and m not in used
                                                      and id(m) not in theirs and path_ok(doc[m.head], trig)
                                                      and not someones_people(doc, m)])
            # names that belong to another trigger's own slots stay with it
            # a pronoun joins when the slots name nobody, or when a verb without a subject of its own met one
            # party ("..., conferring instead with the President of South Korea")
            subjectless = span.label_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in trig.children)
            used = slot_mentions + [m for m in loose if m.kind != "pronoun" or not slot_mentions
                                    or (subjectless and len(slot_mentions) == 1)]
        if not used:
            if span.label_ == "NOUN" and (definite(trig, ("no",)) or any(c.lower_ == "such" and c.dep_ in ("predet", "amod")
                                                                       for c in trig.children)):
                # "..., but the meeting was called off", "there were no plans for such a meeting": what became of a meeting
                # named before
                orphans.append(trig)
            elif span.label_ == "NOUN" and _follow_up(trig):
                follow_ups.append(trig)  # "A fuller meeting could take place at the G20 summit": the same pair, again
            elif span.label_ == "NOUN" and trig.lower_ in _GATHERING_NOUNS:
                unclaimed.append(trig)  # "agreed on Thursday ... after talks in Geneva": who was there comes after
            continue
        # "have never met in person", "have not met since 2019": their history, no meeting and no refusal (kept only
        # to carry what a next clause says: "have not met since December, and no meeting is planned")
        # (or their light verb: "have not held talks since 2015")
        hv = trig if span.label_ == "VERB" else trig.head if trig.dep_ == "dobj" and trig.head.pos_ == "VERB" else None
        history = hv is not None and hv.tag_ == "VBN" and any(c.dep_ == "neg" for c in hv.children) \
            and any(c.dep_ == "aux" and c.lemma_ == "have" for c in hv.children)
        # "were in the same chamber but did not meet": no meeting (not one ruled out; "did not meet as planned" is
        # one called off, which the status rules read)
        history = history or (hv is not None and any(c.dep_ == "neg" for c in hv.children)
                              and any(c.dep_ == "aux" and c.lower_ in ("did", "didn't") for c in hv.children)
                              and not re.search(r"\bas (?:planned|scheduled|expected|agreed)\b", sent.text))
        if span.label_ == "VERB" and trig.dep_ == "relcl" and trig.head.lower_ in ("time", "times") and any(
                c.dep_ in ("amod", "nummod") for c in trig.head.children) and any(a.i in trigger_toks for a in trig.ancestors):
            continue  # "met Trump on Dec. 9, the second time they met this year": the count of meetings, this one among them
        if span.label_ == "VERB" and lem == "meet" and body_meets(trig, at, dateline_toks):
            continue  # "when ASEAN met", "the council meets": an organisation convening, an occasion
        if plural_meetings(trig) and not tight_named:
            continue  # "the two leaders had a heavy schedule of bilateral meetings": meetings with others
        parties: list[PartyData] = []
        unnamed: list[Mention] = []
        adjectival_split: Mention | None = None
        for m in sorted(used, key=lambda m: m.start):
            if m.kind == "person":
                pd = resolver.person(m)
                p = people.get(m.key)
                if (p and p.role_class in SPEAKER_CLASSES or m.role_class in SPEAKER_CLASSES) and m not in slot_mentions:
                    continue
                parties.append(pd)
            elif m.kind == "pronoun":
                parties.extend(resolver.pronoun(m))
            elif m.kind == "plural":
                # "X and Y will hold their first meeting": "their" adds nobody when others are named in the
                # trigger's own slots ("..., and that the two would meet": the pair, whoever else is near); as the
                # subject, it does ("The two ministers will also meet UN envoy Brahimi")
                subject = doc[m.head].dep_ in ("nsubj", "nsubjpass") and doc[m.head].head == trig
                owned = doc[m.head].head if doc[m.head].dep_ == "poss" else None
                if owned is not None and owned.lower_ in _AIDES and owned != trig:
                    # "their national security advisers will meet": the pair's aides, by country, not the pair
                    role = " ".join(t.text for t in owned.subtree if t.i > m.head and t.i <= owned.i).title().rstrip("s")
                    parties.extend(PartyData(name=None, role=role, country=p.country, mention=doc[m.start:owned.i + 1].text)
                                   for p in resolver.plural(m, sent_index.get(sent.start, 0)) if p.country)
                elif subject or len({o.key for o in slot_mentions if o.kind in ("person", "unnamed")}) < 2:
                    # (one of the pair in the slots, the parser having lost the other: "Moon and Kim ... visited
                    # Mount Paektu, wrapping up their three-day summit")
                    parties.extend(resolver.plural(m, sent_index.get(sent.start, 0)))
            elif m.kind == "unnamed":
                unnamed.append(m)
        named = [p for p in parties if p.name]
        for m in unnamed:
            parties.extend(resolver.unnamed(m, named))
            if (span.label_ == "VERB" and lem == "meet" and len(m.countries) >= 3 and m.role_class == "leader"
                    and doc[m.head].lower_.endswith("s") and m in slot_mentions
                    and sum(1 for t in doc[m.start:m.head] if country_code(t.text)) >= 2):  # the countries before the noun
                adjectival_split = m
            elif len(m.countries) >= 2 and m in slot_mentions and any(
                    c.lower_ in ("separate", "individual") or (c.lower_ in ("separately", "individually") and doc[m.head].dep_ == "pobj"
                                                               and doc[m.head].head.lower_ == "with")
                    # "held bilateral meetings with his Chinese, Indian and Indonesian counterparts": one each
                    or (c.lower_ == "bilateral" and c.dep_ == "amod" and trig.tag_ == "NNS") for c in trig.children):
                adjectival_split = m  # "held separate meetings with his counterparts from India and Brazil", "met separately with"
        parties = dedupe(parties)
        if len(parties) == 1 and parties[0].name:
            extra = speaker_party(trig, at, parties[0], people)
            if extra is not None:
                parties.append(resolver.person(extra))
        if len(parties) < 2:
            if parties and parties[0].name and _joins_named_meeting(trig) and _join_previous(out, trig, parties, sent_index):
                continue  # "Secretary of State Rex Tillerson, who was also in the meeting, said ...": one more participant
            if span.label_ == "NOUN" and definite(trig):
                orphans.append(trig)  # "..., but Trump cancelled the meeting on Thursday": the meeting named before
            elif span.label_ == "NOUN" and not parties and _follow_up(trig):
                follow_ups.append(trig)
            elif span.label_ == "NOUN" and trig.lower_ in _GATHERING_NOUNS:
                unclaimed.append(trig)  # "agreed on Thursday ... after talks in Geneva": who was there comes after
            continue
        countries = {p.country for p in parties}
        if "" not in countries and len(countries) == 1:
            if _joins_named_meeting(trig):
                _join_previous(out, trig, parties, sent_index)  # "Ushakov and Dmitriev also took part in the talks"
            continue  # domestic
        if sporting(trig, sent) and not any(p.role for p in parties):
            contests.add(frozenset(party_key(p) for p in parties))
            continue  # "Djokovic will meet Nadal in the final", "the boxer meets the champion in the ring": a contest
        if not strong:
            if mode != "in_person" and trig.dep_ in ("advcl", "xcomp", "acl", "relcl") and any(
                    trig.head in (c, c.head) and c.i < trig.i for c in _calls(sent)):
                continue  # "held a phone call on Thursday to discuss Ukraine": the call is the report
            own_pair = span.label_ == "NOUN" and len({m.key for m in tight_named}) >= 2 and any(
                c.dep_ == "prep" and c.lower_ in ("between", "of") for c in trig.children)  # "to prepare for a summit between Putin and Trump"
            # (or "The summit of Putin and Biden ... has ended, the talks lasted four hours")
            # (but not a meeting in a relative clause of its own: "King Abdullah, who met Salih last week, will receive
            # Abdul Mahdi in Amman")
            if mode == "in_person" and not own_pair and any(
                    not (s.dep_ == "relcl" and not s.is_ancestor(trig) and s.head.i in at) for s in strong_sents.get(sent.start, ())):
                continue  # "met ... to discuss": the strong trigger reports the meeting (not "spoke by phone and agreed to meet")
            # weak triggers need their own two parties in tight slots, or an in-person cue
            their = span.label_ == "NOUN" and any(m.kind == "plural" and doc[m.head].dep_ == "poss" for m in slot_mentions) or (
                # "The two shook hands briefly at a dinner": the pair named before as the subject
                span.label_ == "VERB" and any(m.kind == "plural" and doc[m.head].dep_ == "nsubj" and doc[m.head].head == trig
                                              for m in slot_mentions))
            if len({m.key for m in tight_named}) + sum(len(m.countries) - 1 for m in tight_named if m.kind == "unnamed") < 1 and not their:
                continue  # ("during their summit": the pair named before)
            if lem in ("speak", "talk", "chat", "discuss", "conversation", "dialogue") and not _IN_PERSON.search(sent.text) and mode == "in_person":  # noqa: SIM102
                if (lem != "discuss" or len(tight_named) < 2) and not _met_somewhere(trig):
                    continue
            received = any(c.dep_ == "nsubjpass" and at.get(c.i) is not None for c in trig.children) and any(
                c.dep_ == "agent" and any(at.get(g.i) is not None for g in c.children) for c in trig.children)  # "was received by Trump"
            greeted_by = any(c.dep_ == "agent" and any(at.get(g.i) is not None and at[g.i].kind == "person" for g in c.children)
                             for c in trig.children)  # "arrived in Pyongyang and was greeted at the airport by Kim"
            if lem == "greet" and not greeted_by and not any(
                    c.dep_ == "dobj" and at.get(c.i) is not None and at[c.i].kind == "person" for c in trig.children):
                continue  # "Kim crossed the line to greet Moon"; not "greeted the decision", nor a greeting party at the airport
            invited = lem == "visit" and trig.dep_ == "xcomp" and trig.head.lemma_.lower() == "invite" and any(
                c.dep_ == "dobj" and at.get(c.i) is not None for c in trig.head.children)  # "invited Trump to visit Warsaw"
            if lem in ("receive", "host", "welcome", "visit") and not received and not invited \
                    and not any(c.dep_ == "dobj" and at.get(c.i) is not None for c in trig.children) \
                    and not any(g.i in at for g in meal_guests(trig)) and not (trig.dep_ == "amod" and trig.head.i in at):
                continue
            if low in ("summit", "summits", "conference", "forum") and len(tight_named) + sum(1 for m in slot_mentions if m.kind == "plural") < 1:
                continue
            if low in ("summit", "summits", "conference", "forum") and trig.dep_ == "pobj" and trig.head.lower_ in ("at", "during") \
                    and any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" for c in trig.children):
                continue  # "will not hold a formal meeting at the G20 summit": the occasion of the meeting, not one of its own
        status, scue, conf = status_of(trig)
        if status == "held" and conf < 0.8 and is_headline(sent):
            # a headline's parse is unreliable: "Biden: Meeting with Xi possible next month"
            # (not "in mid-May", nor what another noun may be: "met ... to discuss a possible deal")
            cue = next((t for t in sent if t.lower_ in _HEADLINE_POSSIBLE and t.ent_type_ != "DATE"
                        and not (t.dep_ == "amod" and t.head != trig and t.head.pos_ == "NOUN" and t.head.lemma_.lower() not in NOUN_LEMMAS)), None)
            if cue is not None:
                status, scue, conf = "possible", cue.text, 0.7
        # a date or place inside another meeting's clause is that meeting's ("discussed it with Kerry in a phone
        # call and said the two would meet in Geneva next week": the call was not in Geneva next week)
        others = _others_words(trig, trigger_toks) | _since_words(trig)
        exclude = dateline_toks | title_toks | others
        d, dtext = _date_for(doc, trig, published, status, dateline_toks | others)
        d, dtext = _days_of(doc, trig, d, dtext, published, dateline_toks, trigger_toks)
        if status == "planned" and scue.endswith(" for") and d is not None and published is not None and d.end < published:
            # "Moon arrived in Pyongyang on Tuesday for his summit with Kim", told on Thursday: under way since
            status, scue = "held", f"{scue} (before publication)"
        elif status == "planned" and scue.endswith(" for") and d is not None and d.reason.startswith("the day of '"):
            # "Kim arrived in Vietnam on Tuesday for his summit with Trump", told on Tuesday: the summit is ahead, on the
            # arrival's day or soon after; a day the article gives the summit itself wins (merging.py)
            d = dates_mod.DateValue(d.start, d.end, d.precision, f"no date of its own: {d.reason}", d.text)
        if status == "held" and conf <= 0.7 and d is not None and published is not None and _after(d, published):
            # "there was no agenda yet for a meeting ... at next week's G20 summit": what comes after the
            # article cannot have been held; the past tense was the sentence's, not the meeting's
            status, scue, conf = "planned", f"{d.text} (after publication)", 0.7
        place, ptext = best_place(doc, trig, exclude, dateline_place)
        occ, _ = occasion_of(doc, trig, others)
        if place is None and occ and (named_for := occasion_city(occ)) is not None:
            place, ptext = named_for, f"{occ} (the city it is named after)"  # "at the Munich Security Conference"
        if place is not None:
            place = in_country_of(place, {p.country for p in parties if p.country})
        if status == "planned" and scue.startswith(("as ...", "when ...")) and d is not None and published is not None \
                and d.precision == "day" and d.end < published:
            status, scue = "held", f"{scue} (before publication)"  # a caption's "shake hands as they meet in Bali, November 14"
        cues = {"trigger": trig.text, "participants": "; ".join(dict.fromkeys(p.mention for p in parties if p.mention))}
        if scue:
            cues["status"] = scue
        if dtext:
            cues["date"] = dtext
        if ptext:
            cues["place"] = ptext
        if occ:
            cues["occasion"] = occ
            mday = _OCCASION_DAY.search(sent.text)
            if mday:
                cues["occasion_day"] = mday.group(1).lower()
        headline = is_headline(sent)
        # "Last month, the Kremlin had said there were no plans for a meeting": an account the article presents as
        # superseded weighs less when the final status is read (GUIDELINES: the current state)
        account = min(conf, 0.6) if status != "held" and earlier_account(trig) else conf  # ("had met" is a fact)
        score = (2.0 if span.label_ == "VERB" and strong else 1.0) + (0.5 if d else 0) + (0.5 if place else 0) + (0 if headline else 1.0) + 0.1 * len(parties) \
            + (1.0 if status in ("cancelled", "postponed") and conf >= 0.8 else 0)  # what became of it: the sentence to quote
        cand = Candidate(parties, frozenset(party_key(p) for p in parties), status, mode, sent, trig, cues, d, place, occ,
                         min(0.95, conf * (0.9 if strong else 0.75)), headline, score, [(status, headline, 0.3 if history else account)],
                         previous=is_previous(trig), history=history, supporting=history or (lem == "shake" and not sent.text.strip().endswith((".", "!", "?"))) or (
                             # "The two leaders are expected to discuss trade": what a meeting reported elsewhere covers
                             lem in ("discuss", "talk", "speak", "negotiate") and span.label_ == "VERB" and d is None
                             and place is None and all(m.kind in ("plural", "pronoun") for m in used)) or (
                             # "The leaders agreed to start talks on joint economic activities": a process the pair opens
                             # (or a track named by its subject: "agreeing to resume trade negotiations")
                             span.label_ == "NOUN" and trig.dep_ == "dobj" and trig.head.lemma_.lower() in _PROCESS_VERBS
                             and d is None and place is None and (all(m.kind in ("plural", "pronoun") for m in used) or any(
                                 c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ") or c.dep_ == "prep" and c.lower_ in ("on", "over")
                                 for c in trig.children))))
        resolver.last_parties = [p for p in parties if p.name] or resolver.last_parties
        resolver.last_sent = sent_index.get(sent.start, 0)
        if len([p for p in parties if p.name]) >= 2:
            resolver.pairs.append((resolver.last_sent, [p for p in parties if p.name]))
        if span.label_ == "VERB":
            # "met Kim at Panmunjom on April 27 and again on May 26": the same pair again, on the other day
            for again in (x for x in trig.subtree if x.dep_ in ("conj", "prep") and x.pos_ == "ADP"
                          and any(a.lower_ == "again" for a in x.children)):
                when = next((p for p in again.children if p.dep_ == "pobj" and p.ent_type_ == "DATE"), None)
                dv = dates_mod.resolve(doc[when.left_edge.i: when.right_edge.i + 1].text, published, past=status == "held") \
                    if when is not None else None
                if dv is not None and d is not None and dv.start != d.start:
                    out.append(_variant(cand, list(cand.parties), dv))
        for m, when in gapped_objects(doc, trig, at):
            # "met Kerry on Monday and Zarif on Tuesday": a second meeting in the gapped clause, with its own day
            obj = next((at[c.i].key for c in trig.children if c.dep_ == "dobj" and c.i in at), None)
            ps = dedupe([p for p in parties if party_key(p) != obj] + [resolver.person(m)])
            dv = dates_mod.resolve(when.text, published, past=status == "held") if when is not None else None
            if len(ps) >= 2:
                out.append(_variant(cand, ps, dv))
        partner_groups = separate_partners(trig, at) if adjectival_split is None else []
        if partner_groups:
            # "held separate meetings with Lavrov and Zarif", "held talks with Kerry, and then with Zarif": one each
            named = [p for p in parties if p.name]
            resolved = [[x for m in g for x in ([resolver.person(m)] if m.kind == "person" else resolver.unnamed(m, named))]
                        for g in partner_groups]  # ("and with the Emirati foreign minister": named elsewhere, or a country)
            split_keys = {party_key(x) for g in resolved for x in g} | {m.key for g in partner_groups for m in g}
            base = [p for p in parties if party_key(p) not in split_keys]
            for g, group in zip(partner_groups, resolved, strict=True):
                ps = dedupe(base + group)
                # each partner's own day, said right after the name ("with Qin on Sunday and with Wang on Monday")
                when = _date_right_after(sent, max(m.end for m in g))
                dv = (dates_mod.resolve(when, published, past=status == "held") if when else None) or d
                if len(ps) >= 2:
                    out.append(_variant(cand, ps, dv))
            continue
        if adjectival_split is not None:
            # (a counterpart the split phrase names, "his Chinese counterpart" = Wang Yi, is one of the partners)
            base = [p for p in parties if p.name and p.mention != adjectival_split.text]
            for cc in adjectival_split.countries:
                extra = next((p for p in parties if not p.name and p.country == cc), None)
                if extra is None:
                    extra = next((p for p in parties if p.name and p.country == cc and p.mention == adjectival_split.text), None)
                if extra is None:
                    continue
                ps = [p for p in base if p != extra] + [extra]
                out.append(_variant(cand, ps, d))
            continue
        if _joins_named_meeting(trig) and _join_previous(out, trig, parties, sent_index):
            continue  # "Lavrov and Tillerson also attended the meeting": more participants of the meeting just reported
        out.append(cand)
    for tok, who in _joiners(doc, at):
        # "They were later joined by U.N. envoy Brahimi", "with Cavusoglu also taking part": people who came
        # to the meeting just reported
        k = sent_index.get(tok.sent.start, 0)
        before = [c for c in out if c.trig.i < tok.i and c.mode == "in_person" and k - sent_index.get(c.sent.start, 0) <= 2]
        if before:
            c = max(before, key=lambda c: c.trig.i)
            subject = who[0]
            if subject is None or subject.kind in ("plural", "pronoun") or subject.key in c.keys:
                c.joined.extend(resolver.person(m) for m in who[1])
    _attach_orphans(doc, out, orphans, published, sent_index, trigger_toks, dateline_toks, title_toks, dateline_place)
    _from_antecedents(doc, out, unclaimed, published, sent_index, dateline_toks, title_toks, dateline_place)
    _attach_follow_ups(doc, out, follow_ups, published, sent_index, trigger_toks, dateline_toks, title_toks, dateline_place)
    propagate_occasions(doc, out, published, dateline_toks)
    carry_relative_days(out)
    carry_visits(doc, out, at, people, published, dateline_toks)
    carry_arrival(doc, out, at, people, published, dateline_toks | title_toks)
    carry_same_trip(out)
    carry_presence(doc, out, at, dateline_toks | title_toks)
    # "The two have met 59 times": the rivals of a contest the article reports meet in contests
    return [c for c in out if not (c.keys in contests and not any(p.role for p in c.parties))]


def to_reports(doc: Doc, clean_text: str, groups: list[Candidate], published: date | None) -> list[ReportData]:
    reports = []
    dateline = _datelines(doc)[0] if groups else set()
    for g in groups:
        status = final_status(g)
        sent = g.sent
        start, end = sent.start_char, sent.end_char
        k = sent.start
        while k < sent.end - 1 and k in dateline:
            k += 1
        if k > sent.start and doc[k - 1].text in ("—", "–", "--", "-"):
            start = doc[k].idx  # "DA NANG, Vietnam (Reuters) - Trump will not ...": the sentence after its dateline
        while end > start and clean_text[end - 1].isspace():
            end -= 1
        while start < end and clean_text[start].isspace():
            start += 1
        d = g.date
        # a weekday read with the wrong tense: re-resolve with the final status
        if d is not None and d.reason.startswith(("past event", "coming event")) and published is not None:
            d2 = dates_mod.resolve(d.text, published, past=status == "held")
            d = d2 or d
        cues = dict(g.cues)
        if d is not None and d.reason:
            cues["date_reason"] = d.reason
        reports.append(ReportData(
            status=status, mode=g.mode, participants=g.parties,
            start_date=d.start if d else None, end_date=d.end if d else None,
            date_precision=d.precision if d else "unknown", date_text=d.text if d else "",
            date_reason=d.reason if d else "", place=g.place, occasion=g.occasion,
            evidence=clean_text[start:end], evidence_start=start, evidence_end=end,
            cues=cues, confidence=round(g.confidence, 2),
        ))
    return reports


# offices of a state (or of an international organisation) whose holder, met by someone of a known country, makes
# the meeting one between two parties even when the article gives no country for the holder ("Biden met President
# X"); not the legislators, ministers of any portfolio, officials and spokespeople of domestic stories
_STATE_OFFICES = frozenset({"leader", "foreign", "envoy", "io", "deputy", "defense", "security", "counterpart"})


def international(parties: list[PartyData]) -> bool:
    """The parties are of two countries or international organisations as far as the article says (GUIDELINES.md):
    two different known countries, a known country and a state office or an international organisation's, or two
    international organisations' people. Who is met by nobody of a known country ("the brothers had met Laachraoui
    several times", "Volkswagen's chief met the union's leader") or by people of no office ("Biden met Sens. Manchin
    and Sinema", "Putin also met Central Bank Governor Nabiullina") is no diplomatic meeting."""
    known = {p.country for p in parties if p.country}
    if len(known) >= 2:
        return True
    classes = [TITLES.get(p.role.lower(), ("", ""))[1] for p in parties if not p.country]
    if "io" in classes and (known or classes.count("io") >= 2):
        return True
    if "minister" in classes and any(p.name and p.country and TITLES.get(p.role.lower(), ("", ""))[1] == "envoy" for p in parties):
        return True  # a country's envoy calls on a minister of any portfolio ("China's Ambassador ... called on Interior Minister X")
    return bool(known) and any(c in _STATE_OFFICES for c in classes)


def extract_doc(doc: Doc, clean_text: str, published: date | None) -> list[ReportData]:
    cands = drop_negated_twins(candidates_for(doc, published))
    return to_reports(doc, clean_text, [g for g in merge(cands) if international(g.parties)], published)
