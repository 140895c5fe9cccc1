"""What a sentence leaves out, carried over from the rest of the article, each with a cue saying so.

An occasion's date and city go to the meetings on its sidelines ("the first day of the G20 summit"),
and a meeting held the same day as an occasion the article places takes that occasion
(`propagate_occasions`); the day of the meeting reported just before to one told "Earlier, ..."
(`carry_relative_days`); a visit's destination, day and fate to the visitor's meetings in the host
country ("postponed a visit to China" ... "his meetings with Chinese officials", `carry_visits`); the
place and day of the same trip ("during the trip", `carry_same_trip`); where the participants of a
coming meeting "will be" (`carry_presence`). `reports.candidates_for` runs them in that order.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from meetings.types import PlaceData

from . import dates as dates_mod
from .candidate import Candidate, doc_text, sent_ents
from .dating import JUST_HELD, SAME_DAY_BEFORE
from .gazetteer import lookup
from .linking import path_ok
from .parties import People, surname_key
from .places import place_name_at
from .resolve import party_key
from .status import MOTION_VERBS, status_of

_OCCASION_HEADS = ("summit", "forum", "assembly", "conference", "session", "games", "congress", "convention", "ministerial", "dialogue",
                   "gathering", "meetings")  # ("meetings" only as "a week/series of meetings": `_read_occasions`)
_SPANS_OF_MEETINGS = {"week", "days", "series", "round", "string", "flurry", "day"}
_TRAVEL_VERBS = MOTION_VERBS | {"leave"}  # ("before flying to New Delhi for ...", "leaves for Jakarta for ...")
_GATHER_VERBS = ("gather", "meet", "convene", "assemble")
_GATHER_OR_TRAVEL = frozenset(_GATHER_VERBS) | _TRAVEL_VERBS
_OCCASION_PARTS = ("day", "opening", "start", "close", "end", "session")
# (and a group's "meeting": "a G20 foreign ministers' meeting", the first word of its match is the noun's own)
_OCCASION_RX = re.compile(r"\b(?:" + "|".join(_OCCASION_HEADS) + r")\b|(?<=ministers' )meeting\b|(?<=leaders' )meeting\b", re.I)
_ARRIVE_RX = re.compile(r"\b(?:arriv\w*|landed|flew|travell?ed|(?:was|were) in|appearance)\b", re.I)
# (the verb and the preposition of its destination; "was in New York on Wednesday" too)
_ARRIVALS = {"arrive": "in", "land": "in", "fly": "to", "travel": "to", "be": "in"}
_VISIT_RX = re.compile(r"\b(?:visit|trip|tour|journey|arriv|travel)\w*", re.I)


def _words(doc: Doc, rx: re.Pattern):
    """The tokens a regular expression finds in the text: cheaper than walking every token of the doc."""
    for m in rx.finditer(doc_text(doc)):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and len(span):
            yield span[0]


_ORDINAL_DAY = {"first": 0, "opening": 0, "second": 1, "third": 2, "closing": -1, "last": -1, "final": -1}


@dataclass
class _Occasion:
    name: str
    key: frozenset
    head: str
    date: dates_mod.DateValue | None
    place: PlaceData | None
    at: int = 0  # the occasion noun's token
    gathering: bool = False  # told as people gathering for it or as its opening ("leaders gather in Rio for the G20 summit")
    ahead: bool = False  # told as to be held ("The 19th SAARC Summit will be held in Islamabad in 2016")


def occasion_key(name: str) -> frozenset:
    """The words that identify an occasion across its mentions: capitalised words and acronyms, hyphens
    dropped ("G-20" = "G20"), plus the initials of a long name ("United Nations General Assembly" -> unga)."""
    words = [w for w in re.findall(r"[A-Za-z0-9-]+", name) if w[:1].isupper() or w[:1].isdigit()]
    key = {w.lower().replace("-", "") for w in words} - set(_OCCASION_HEADS) - {"the", "un", "us"}
    caps = [w for w in words if w[:1].isupper() and not w.isupper()]
    if len(caps) >= 2:
        key.add("".join(w[0] for w in caps).lower())
    if "UN" in words or "U.N." in name:
        key.add("united")
    return frozenset(key)


def _occasion_mentions(doc: Doc, published: date | None, exclude: set[int], generic: bool = False) -> list[_Occasion]:
    """Every named occasion of the article with the date and place the article gives for it: "the November
    19-20 APEC summit in Peru", "The APEC summit will be held in Da Nang on November 10-11", "the two-day
    G20 summit began in Hamburg on Friday". Read once per doc (occasions, lead days and arrivals all ask)."""
    cache = doc.user_data.setdefault("sidelines_occasions", {})
    key = (published, frozenset(exclude), generic)
    if key not in cache:
        cache[key] = _read_occasions(doc, published, exclude, generic) if _OCCASION_RX.search(doc_text(doc)) else []
    return cache[key]


def _read_occasions(doc: Doc, published: date | None, exclude: set[int], generic: bool) -> list[_Occasion]:
    from .places import _occasion_name

    out: list[_Occasion] = []
    for tok in _words(doc, _OCCASION_RX):
        if (tok.lower_ not in _OCCASION_HEADS and tok.lower_ != "meeting") or tok.pos_ not in ("NOUN", "PROPN") or tok.i in exclude:
            continue
        if tok.lower_ == "meetings" and not (tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _SPANS_OF_MEETINGS):
            continue  # (only "a week of meetings in Jakarta", "a series of meetings": a gathering of no name)
        name = _occasion_name(tok)
        key = occasion_key(name) if name else frozenset()
        if not key:
            name = _gathered_name(tok) or name
            key = occasion_key(name) if name else frozenset()
        if not key and not generic:
            continue
        if not key:
            name = ""  # "a summit in the Black Sea resort of Sochi on Thursday": a summit the article does not name
        sent = tok.sent
        # the verb the occasion is the subject of ("the summit began/will be held ..."), else the occasion itself
        verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else None
        if verb is None:
            # "the G20 summit, which opens on Nov. 15": the clause that says when it is
            verb = next((c for c in tok.children if c.dep_ == "relcl" and any(
                x.dep_ in ("nsubj", "nsubjpass") and x.lower_ in ("which", "that") for x in c.children)), None)
        held = tok
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _OCCASION_PARTS and tok.head.head.dep_ == "pobj":
            held = tok.head.head  # "gathered in Osaka on Saturday for the second day of the G20 summit"
        if held.dep_ == "pobj" and held.head.lower_ == "for" and held.head.head.lemma_.lower() in _GATHER_OR_TRAVEL:
            # "leaders gathered in Osaka on Friday for the G20 summit", "before flying to New Delhi for a G20 foreign ministers'
            # meeting on March 1-2": its day and place
            verb = held.head.head
        past = None
        if verb is not None:
            auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
            past = False if auxes & {"will", "'ll", "to", "would"} or verb.tag_ in ("VB", "VBZ", "VBP") and not auxes else (
                True if verb.tag_ in ("VBD",) or auxes & {"was", "were", "has", "have", "had"} else None)
        dts = []
        for e in sent_ents(sent):
            if e.label_ != "DATE" or any(i in exclude for i in range(e.start, e.end)):
                continue
            inside = tok.left_edge.i <= e.start and e.end <= tok.i + 1
            att = e.root.head.head if e.root.head.dep_ == "prep" else e.root.head
            # (or hung on the occasion itself: "for a G20 foreign ministers' meeting on March 1-2")
            if not (inside or att == tok or (verb is not None and (att == verb or att in verb.conjuncts))):
                continue
            v = dates_mod.resolve(e.text, published, past=past)
            if v is not None and v.precision in ("day", "month"):
                dts.append(v)
        dv = None
        if dts:
            dv = dts[0]
            end = max(d.end for d in dts)
            if dv.precision == "day" and (end - dv.start).days > 6:
                # a meeting somewhere in a long occasion ("began on September 18 ... will conclude on September 30")
                dv = dates_mod.DateValue(dv.start.replace(day=1), dv.start.replace(day=1), "month", "the occasion's month", dv.text)
            elif dv.precision == "day" and end > dv.end:
                dv = dates_mod.DateValue(dv.start, end, "day", dv.reason, dv.text)
        pl = None
        for p, t in _sentence_places(doc, sent, exclude):
            if not (t.i in {x.i for x in tok.subtree} or (verb is not None and path_ok(t, verb, max_len=4)
                                                           and (t.i > tok.i or tok.dep_ == "pobj"))):
                continue
            if pl is None or (pl.kind == "country" and p.kind != "country"):
                pl = p
        if pl is None and verb is not None and verb.lemma_.lower() in _TRAVEL_VERBS and held.head.head == verb:
            # "before flying to New Delhi for a G20 foreign ministers' meeting": the destination of the trip for it
            dest = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                         if g.dep_ == "pobj" and g.ent_type_ == "GPE"), None)
            if dest is not None:
                ent = next((e for e in sent_ents(sent) if e.start <= dest.i < e.end), None)
                pl = lookup(ent.text if ent is not None else dest.text)
        gathering = verb is not None and (verb.lemma_.lower() in _GATHER_VERBS or (
            tok.dep_ == "nsubj" and verb.lemma_.lower() in ("open", "begin", "start", "kick", "get")))
        ahead = verb is not None and past is False and verb.lemma_.lower() in ("hold", "take", "be", "host")
        out.append(_Occasion(name, key, tok.lower_, dv, pl, tok.i, gathering, ahead))
    return out


def _gathered_name(tok: Token) -> str:
    """"NATO leaders gathered outside London for a summit marking the alliance's 70th anniversary": the summit of the
    body whose people gather for it ("NATO summit"), else ""."""
    if not (tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in _GATHER_VERBS):
        return ""
    subj = next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)
    from .places import ACRONYM

    acr = next((t for t in subj.subtree if t.i < subj.i and ACRONYM.match(t.text) and t.text not in ("US", "UN", "UK")),
               None) if subj is not None else None
    return f"{acr.text} {tok.text}" if acr is not None else ""


def _told_in_body(c: Candidate, cands: list[Candidate]) -> bool:
    """A headline's meeting whose pair the body reports on its own ("Blinken meets Xi" over "Blinken met Xi ... on
    Monday"): the body's day is the one to take, not another meeting's or an occasion's."""
    return c.headline and any(o is not c and o.keys == c.keys and o.mode == c.mode and not o.headline for o in cands)


def propagate_occasions(doc: Doc, cands: list[Candidate], published: date | None, exclude: set[int]):
    """An occasion's date and place carry over to the meetings held on its sidelines (GUIDELINES.md
    "occasion"); a meeting held the same day as an occasion in the article gets that occasion."""
    # "He also met Abiy Ahmed on the sidelines": of the summit the article spoke of last, named or not
    bare = [c for c in cands if not c.occasion and any(t.lower_ in ("sidelines", "margins") and not any(
        x.dep_ == "prep" and x.lower_ == "of" for x in t.children) for t in c.sent)]
    every = _occasion_mentions(doc, published, exclude, generic=bool(bare))  # the unnamed ones only when needed
    occasions = [o for o in every if o.key]
    if bare:
        for c in bare:
            before = [o for o in every if o.at < c.sent.start]
            if not before:
                continue
            # the last one, with what earlier mentions of it ("the summit" ... "a summit in Sochi on Thursday") give
            same = [o for o in reversed(before) if o.head == before[-1].head]
            name = next((o.name for o in same if o.name), "")
            dv = next((o.date for o in same if o.date is not None), None)
            pl = next((o.place for o in same if o.place is not None), None)
            if pl is None and not any(o.name for o in before):
                # ("wrapped up a week of meetings in Jakarta ... as the gathering's sidelines filled": the one gathering of no
                # name the article told with its place)
                pl = next((o.place for o in reversed(before) if o.place is not None), None)
            if name:
                c.occasion, c.cues["occasion"] = name, f"{name} (the sidelines of the occasion named before)"
            if c.date is None and dv is not None:
                c.date, c.cues["date"] = dv, f"{dv.text} (the occasion's date)"
            if c.place is None and pl is not None:
                c.place, c.cues["place"] = pl, f"{pl.mention} (the occasion's place)"
    if not occasions:
        return
    for c in cands:
        if c.occasion:
            ckey = occasion_key(c.occasion)
            if ckey:
                matches = [o for o in occasions if o.key & ckey]
            else:
                # "the sidelines of the summit": the one summit the article names
                head = c.occasion.split()[-1].lower()
                matches = [o for o in occasions if o.head == head]
                # (one occasion under its names: "SCO Summit" and "the Shanghai Cooperation Organisation summit")
                if not all(o.key & p.key for o in matches for p in matches):
                    matches = []
                elif matches:
                    c.occasion = max((o.name for o in matches), key=len)
                elif head in _GENERIC_OCCASIONS and len(c.occasion.split()) == 1:
                    # "on the sidelines of the gathering", "of the forum": the occasion the article named last before it
                    before = [o for o in occasions if o.at < c.sent.start]
                    if before:
                        matches = [before[-1]]
                        c.occasion = before[-1].name
                        c.cues["occasion"] = f"{before[-1].name} (the {head} named before)"
            # (not an edition of other days: "on the sidelines of the summit" on Wednesday is not "The 19th SAARC Summit will be
            # held in Islamabad in 2016")
            matches = [o for o in matches if o.date is None or not (
                (c.date is not None and not o.date.start - timedelta(days=7) <= c.date.start <= o.date.end + timedelta(days=7))
                or (c.status == "held" and published is not None and o.date.start > published))]
            if c.status == "held":
                matches = [o for o in matches if not o.ahead]
            dv = next((o.date for o in matches if o.date is not None and o.date.precision == "day"), None) or next(
                (o.date for o in matches if o.date is not None), None)
            # (not for a headline whose pair the body reports: "At G20 in New Delhi, Modi and Biden hold talks" over
            # "Modi hosted Biden ... on Friday evening. The G20 summit opens on Saturday")
            told = _told_in_body(c, cands)
            if dv is not None and (c.date is None or c.cues.get("date_from") == "occasion_day") and not told:
                off = _ORDINAL_DAY.get(c.cues.get("occasion_day", ""), 0)
                if dv.precision == "day" and c.cues.get("occasion_day") == "eve":
                    day = dv.start - timedelta(days=1)
                    dv = dates_mod.DateValue(day, day, "day", "the eve of the occasion", dv.text)
                elif dv.precision == "day" and off:
                    day = dv.end if off < 0 else min(dv.end, dv.start + timedelta(days=off))
                    dv = dates_mod.DateValue(day, day, "day", f"day {c.cues['occasion_day']} of the occasion", dv.text)
                elif dv.precision == "day" and c.cues.get("occasion_day"):
                    dv = dates_mod.DateValue(dv.start, dv.start, "day", "the occasion's first day", dv.text)
                c.date = dv
                c.cues["date"] = f"{dv.text} (the occasion's date)"
            pls = [o.place for o in matches if o.place is not None]
            pl = next((p for p in pls if p.kind != "country" and (c.place is None or p.country == c.place.country)), None) or (
                pls[0] if pls else None)
            if pl is not None and (c.place is None or (c.place.kind == "country" and pl.kind != "country" and pl.country == c.place.country)):
                c.place = pl
                c.cues["place"] = f"{pl.mention} (the occasion's place)"
        elif c.date is not None and c.place is None:
            # (a day of its days: "the two-day G20 summit in Osaka", a meeting on its second day)
            for o in occasions:
                if o.date is not None and o.place is not None and o.date.precision == "day" and o.date.start <= c.date.start <= o.date.end:
                    c.occasion, c.place = o.name, o.place
                    c.cues["occasion"] = f"{o.name} (same day)"
                    break
        elif c.place is None and c.mode == "in_person" and not c.headline:
            _gathered_for(doc, c, occasions, published)
    _the_articles_gathering(doc, cands, occasions, published)


def _the_articles_gathering(doc: Doc, cands: list[Candidate], occasions: list[_Occasion], published: date | None):
    """"Trump and Xi agreed ... after a meeting on the sidelines of the G20 summit in Osaka ... On Friday, Trump held his first
    formal meeting with Putin": in an article about one gathering somewhere, of days around the publication, the meetings
    of no place of their own held or to be held in those days are there."""
    # (the gathering the article opens with: its headline or lead, not a later one it mentions, "possibly on the margins of the
    # European Political Community summit in Granada")
    starts = doc.user_data.setdefault("sidelines_sent_starts", [s.start for s in doc.sents])
    lead_end = starts[4] if len(starts) > 4 else len(doc)
    placed = [o for o in occasions if o.place is not None and o.at < lead_end]
    if published is None or not placed or len({o.place.name for o in placed}) != 1 or not all(o.key & placed[0].key for o in placed):
        return
    months = {((published + timedelta(days=d)).year, (published + timedelta(days=d)).month) for d in (-3, 0, 3)}

    def elsewhen(dv: dates_mod.DateValue | None) -> bool:
        if dv is None or dv.precision not in ("day", "month"):
            return False
        if dv.precision == "month":
            return (dv.start.year, dv.start.month) not in months
        return not published - timedelta(days=7) <= dv.start <= published + timedelta(days=7)

    # ("when they met on the sidelines of the UN General Assembly in New York last month": the gathering of a meeting of
    # other days, not the article's)
    if any(elsewhen(o.date) or any(c.sent.start <= o.at < c.sent.end and elsewhen(c.date) for c in cands) for o in placed):
        return
    dated = [o for o in placed if o.date is not None and o.date.precision == "day"]
    # (undated: the days around the publication, as a roundup of the summit's days tells them)
    first = min((o.date.start for o in dated), default=published - timedelta(days=2))
    last = max((o.date.end for o in dated), default=published + timedelta(days=1))
    if not (first - timedelta(days=3) <= published <= last + timedelta(days=3)):
        return
    o = placed[0]
    for c in cands:
        if c.place is not None or c.history or c.mode != "in_person" or c.date is None or c.date.precision != "day":
            continue
        if o.ahead and c.status == "held":
            continue  # (a gathering still to be held is not where a meeting was held)
        if first - timedelta(days=1) <= c.date.start <= last:
            c.place, c.cues["place"] = o.place, f"{o.place.mention} (the article's gathering, {o.name})"
            c.occasion = c.occasion or o.name


def _gathered_for(doc: Doc, c: Candidate, occasions: list[_Occasion], published: date | None):
    """"World leaders gather in Rio de Janeiro this weekend for the G20 summit. Milei is expected to meet Lula.": a
    meeting of no day and place of its own told in the sentences right after the gathering is held at it."""
    starts = doc.user_data.setdefault("sidelines_sent_starts", [s.start for s in doc.sents])
    k = bisect_right(starts, c.sent.start) - 1
    before = [o for o in occasions if o.at < c.sent.start]
    o = before[-1] if before else None
    if o is None or not o.gathering or o.place is None or not 1 <= k - (bisect_right(starts, o.at) - 1) <= 2:
        return
    if o.date is not None and published is not None and (
            (c.status == "held" and o.date.start > published) or (c.status != "held" and o.date.end < published)):
        return  # (a meeting told as held at an occasion still to come, or the reverse: not the same time)
    c.occasion, c.place = o.name, o.place
    c.cues["occasion"] = f"{o.name} (the gathering told just before)"
    c.cues["place"] = f"{o.place.mention} (the occasion's place)"
    if c.date is None and o.date is not None and o.date.precision == "day" and o.date.start == o.date.end:
        c.date, c.cues["date"] = o.date, f"{o.date.text} (the occasion's date)"  # (a day of its own, not "this weekend")


def _sentence_places(doc: Doc, sent: Span, exclude: set[int] | None = None):
    from .places import candidates as place_cands

    return place_cands(doc, sent, exclude or set())


DAY_AFTER = re.compile(r"\b(?:the (?P<next>following|next) day|the (?P<prev>previous) day|the day (?P<rel>after|before)|"
                        r"(?P<n>a|one|two|three|four|five) (?P<unit>day|week)s? (?P<dir>later|earlier))\b", re.I)


def day_shift(m: re.Match) -> int:
    """The days a `DAY_AFTER` phrase counts from the day before it: 1 ("the following day"), -1 ("the previous day",
    "the day before"), 7 ("a week later")."""
    n = 1 if m.group("next") or m.group("rel") or m.group("prev") else dates_mod.NUMBER_WORDS[m.group("n").lower()]
    n *= 7 if (m.group("unit") or "").lower() == "week" else 1  # ("A week later, Trump met Abe")
    return -n if m.group("rel") == "before" or m.group("prev") or (m.group("dir") or "").lower() == "earlier" else n


_PART_OF_A_DAY = re.compile(r"\bin the (?:morning|afternoon|evening)\b", re.I)
_OPENS_WITH_THE_DAY = re.compile(r"\s*(?:earlier|later) (?:in the day|today|on the same day)\b", re.I)


def carry_relative_days(cands: list[Candidate], published: date | None = None):
    """"Earlier, the ministers met separately": the day of the meeting reported just before; "the two will
    hold talks in Tokyo the following day", "two days later": counted from that day."""
    last: dates_mod.DateValue | None = None
    last_held = False
    last_c: Candidate | None = None
    ordered = sorted(cands, key=lambda c: c.sent.start)
    # (the meetings of one sentence count from the same day: "The next day he met Philippe and, later, de Rugy")
    per_sentence = Counter(c.sent.start for c in ordered)

    # "Earlier in the day, Putin held talks with ...": the day of the article's news (its first meeting of a day near the
    # publication), not of the last meeting told before, which may be background
    lead = next((c.date for c in ordered if c.date is not None and c.date.precision == "day" and c.date.start == c.date.end
                 and not c.previous and (published is None or 0 <= (published - c.date.start).days <= 3)), None)
    for c in ordered:
        first = next((t for t in c.sent if not (t.is_space or t.is_punct)), None)
        if (c.date is None or c.date.reason == SAME_DAY_BEFORE) and lead is not None \
                and _OPENS_WITH_THE_DAY.match(c.sent.text) and c.status == "held":
            c.date, c.cues["date"] = lead, f"{_OPENS_WITH_THE_DAY.match(c.sent.text).group(0).strip()} (the day of the article's news)"
            continue
        # ("met Macron on Wednesday. The next day Turnbull met Philippe": read from the publication, the next day was ahead
        # and the meeting planned; a past verb counted from the meeting before is held)
        told_past = last is not None and last_held and c.trig.tag_ == "VBD" and c.status == "planned" \
            and (c.date is None or bool(DAY_AFTER.fullmatch(c.date.text or ""))) and bool(DAY_AFTER.search(c.sent.text))
        if told_past:
            c.status = "held"
            c.statuses = [("held" if st == "planned" else st, h, conf) for st, h, conf in c.statuses]
        if last is not None and last_held != (c.status == "held"):
            last = None  # "Lavrov will meet Tillerson on February 16 ... Earlier, the two had a phone call": not that day
        # (a relative day the sentence's date read from the publication, "met Zarif the day before", counts from the meeting before)
        m = DAY_AFTER.search(c.sent.text) if last is not None and (c.date is None or c.date.reason.startswith("no date of its own")
                                                                     or DAY_AFTER.fullmatch(c.date.text or "")) else None
        if m is not None:
            day = last.start + timedelta(days=day_shift(m))
            c.date = dates_mod.DateValue(day, day, "day", f"{m.group(0)}: counted from the meeting reported before", m.group(0))
            c.cues["date"] = f"{m.group(0)} (counted from {last.start.isoformat()})"
        elif c.date is None and last is not None and first is not None and (first.lower_ in ("earlier", "later", "meanwhile") or any(
                t.dep_ == "advmod" and t.lower_ == "later" and t.head in (c.trig, c.trig.head) and not list(t.children) for t in c.sent)):
            # "Earlier, the ministers met separately", "Jubeir later met Rouhani": the day of the meeting before
            c.date = last
            c.cues["date"] = f"{first.text} (the day of the meeting reported before)"
        elif c.date is None and last is not None and c.status == "held" and (around := _AROUND_IT.match(c.sent.text)) \
                and last_c is not None and last_c.keys & c.keys:
            # "Before the summit, Zelenskiy held separate talks with Macron and Merkel at the palace": the day and the place
            # of the meeting told before, which "the summit" is
            c.date, c.cues["date"] = last, f"{around.group(0)} (the day of the meeting reported before)"
            if c.place is None and last_c.place is not None:
                c.place, c.cues["place"] = last_c.place, f"{around.group(0)} (the place of the meeting reported before)"
        elif c.date is None and last is not None and c.status in ("planned", "possible") and last_c is not None \
                and last_c.keys & c.keys and (part := _PART_OF_A_DAY.search(c.sent.text)) and any(
                t.dep_ == "advmod" and t.lower_ in ("then", "later") and not list(t.children) and t.head.is_ancestor(c.trig)
                for t in c.sent):
            # "May will travel to Brussels on Monday for a working lunch with Juncker ... The British prime minister is then due
            # to see Tusk in the afternoon": the day, and the place, of the traveller's meeting told before
            c.date, c.cues["date"] = last, f"then ... {part.group(0)} (the day of the meeting reported before)"
            if c.place is None and last_c.place is not None:
                c.place, c.cues["place"] = last_c.place, "then (the place of the meeting reported before)"
        if c.date is None and published is not None and c.status == "held" and first is not None and first.lower_ == "earlier" \
                and not c.previous and lead is None and last is None and c.mode == "in_person" and _ON_ARRIVAL.search(c.sent.text) \
                and (c.trig if c.trig.pos_ == "VERB" or c.trig.dep_ != "dobj" else c.trig.head).tag_ == "VBD":
            # "Kazan, Oct 22 (PTI) Modi and Xi will hold talks on Wednesday ... Earlier, Modi held talks with Putin soon after
            # arriving in Kazan": nothing held told before it, on the trip the article is of, so earlier on its day (not
            # "Earlier, the two had a phone conversation", some time before)
            c.date = dates_mod.DateValue(published, published, "day", "earlier: the day of publication", first.text)
            c.cues["date"] = f"{first.text} (the day of publication)"
        if c.date is not None and c.date.precision == "day" and not (m is not None and per_sentence[c.sent.start] > 1):
            last, last_held, last_c = c.date, c.status == "held", c


_NEXT_WORDS = {"also", "later", "then", "separately", "afterwards", "subsequently"}
_ON_ARRIVAL = re.compile(r"\b(?:after|upon|on) (?:arriving|(?:his|her|their) arrival)\b", re.I)
_GENERIC_OCCASIONS = {"gathering", "forum", "summit", "conference", "meeting", "event", "meetings", "session", "dialogue"}
# (and "Before the start of the round, ...": the day the round began)
_AROUND_IT = re.compile(r"\s*(?:before|after|ahead of|prior to|on the eve of) the (?:(?:start|opening|beginning|end|close) of the )?(?:[\w-]+ )?"
                        r"(?:summit|talks|meeting|session|negotiations|round)\b", re.I)
_LEAD_NOUNS = {"day", "meeting", "meetings", "diplomacy", "talks", "bilaterals", "summit"}


def carry_day_told_after(cands: list[Candidate], published: date | None):
    """"Bishop has held talks with her Iranian counterpart Zarif in Tehran. Ms Bishop and Mr Zarif met on Saturday
    afternoon": a meeting told as just held (dated by its publication) whose pair the sentences right after say met on a
    day of the days before: that day, and the place each lacks from the other."""
    held = sorted((c for c in cands if c.status == "held" and c.mode == "in_person" and not c.previous and not c.history),
                  key=lambda c: c.sent.start)
    for c in held:
        if c.date is None or c.date.reason != JUST_HELD or published is None:
            continue
        later = next((x for x in held if x is not c and x.keys == c.keys and x.sent.start > c.sent.start
                      and x.sent.start - c.sent.end <= 60 and x.date is not None and x.date.precision == "day"
                      and x.date.reason != JUST_HELD and 0 < (published - x.date.start).days <= 7), None)
        if later is None:
            continue
        c.date, c.cues["date"] = later.date, f"{later.date.text} (the day the article tells it after)"
        if later.place is None and c.place is not None:
            later.place, later.cues["place"] = c.place, f"{c.place.mention} (the meeting told before)"
        elif c.place is None and later.place is not None:
            c.place, c.cues["place"] = later.place, f"{later.place.mention} (the meeting told after)"


def _pair_did(lead: Span, keys: frozenset, at: dict) -> bool:
    """The sentence's main verb has for its subject the very people of a meeting ("Bush and Lula pledged on Sunday to work
    together. Bush and Lula met for about two hours at ...": what the two did together, told first)."""
    subj = next((c for c in lead.root.children if c.dep_ == "nsubj"), None)
    if subj is None or lead.root.pos_ != "VERB":
        return False
    named = {at[t.i].key for t in subj.subtree if t.i in at and at[t.i].kind == "person" and at[t.i].name}
    return len(keys) >= 2 and named == set(keys)


def carry_lead_day(doc: Doc, cands: list[Candidate], published: date | None, exclude: set[int], at: dict):
    """"Monday was the busiest day of the G20 summit in Rio for Albanese. He met Xi ...", "Tuesday brought a flurry of
    meetings on the margins of the UN General Assembly": a sentence that sets a day (and an occasion) for the meetings
    told right after it, in sentences of no day of their own; and the day the very pair of the meeting did something
    together, told in the sentence before (the lead of a report on their talks)."""
    todo = [c for c in cands if c.date is None and c.status == "held"]
    if not todo:
        return
    sents = list(doc.sents)
    index = {s.start: k for k, s in enumerate(sents)}
    own = {c.sent.start for c in cands}
    occasions = None
    for c in todo:
        k = index.get(c.sent.start)
        if not k or any(e.label_ == "DATE" and dates_mod.resolve(e.text, published) is not None
                        and not (e.root.dep_ == "compound" and e.root.head.pos_ == "NOUN") for e in sent_ents(c.sent)):
            continue  # (a day of its own; not "for half an hour", nor "the leader's weekend retreat")
        lead = sents[k - 1]
        if lead.start in own or not (any(t.lower_ in _LEAD_NOUNS and t.pos_ == "NOUN" for t in lead) or _pair_did(lead, c.keys, at)) \
                or any(t.lower_ in ("day", "days") and any(n.dep_ == "nummod" for n in t.children) for t in lead):
            continue  # (not "arrived on Tuesday for a three-day visit": any day of the stay)
        days = [dv for e in sent_ents(lead) if e.label_ == "DATE" and not any(i in exclude for i in range(e.start, e.end))
                and (dv := dates_mod.resolve(e.text, published, past=True)) is not None]
        dv = days[0] if len(days) == 1 else None
        if dv is None or dv.precision != "day":
            continue
        c.date, c.cues["date"] = dv, f"{dv.text} (the day the sentence before sets)"
        if occasions is None:
            occasions = _occasion_mentions(doc, published, exclude)
        o = next((o for o in occasions if lead.start <= o.at < lead.end and o.name), None)
        if o is not None and not c.occasion:
            c.occasion, c.cues["occasion"] = o.name, f"{o.name} (the sentence before)"
        if o is not None and c.place is None and o.place is not None:
            c.place, c.cues["place"] = o.place, f"{o.place.mention} (the occasion's place)"
        if c.place is None and len(places := {p.name: p for p, _t in _sentence_places(doc, lead, exclude)}) == 1:
            # "The summit opened on Wednesday in Geneva. Biden and Putin met for nearly four hours": its place too
            (p,) = places.values()
            c.place, c.cues["place"] = p, f"{p.mention} (the sentence before)"


@dataclass
class _Visit:
    visitor: str  # surname key
    place: PlaceData | None
    date: dates_mod.DateValue | None
    status: str
    conf: float
    cue: str
    sent_start: int = -1  # the sentence that names the visit


def _destination(tok: Token) -> PlaceData | None:
    """The place a trip's "to"/"in" object names, with its compounds ("to Saudi Arabia", "in St Petersburg")."""
    words = [t.text for t in tok.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [tok.text]
    # (and the shorter names inside: "the Trump White House" is the White House)
    return next((p for k in range(len(words)) if (p := lookup(" ".join(words[k:]))) is not None), None)


def _visits(doc: Doc, at: dict, people: People, published: date | None, exclude: set[int]) -> list[_Visit]:
    """"Blinken has postponed a visit to China that had been expected to start on Friday": who travels where,
    when, and what became of the trip (GUIDELINES.md: a visit announced with a meeting in it)."""
    out = []
    for tok in _words(doc, _VISIT_RX):
        arrive = tok.lemma_.lower() == "arrive" and tok.pos_ == "VERB"
        travel = tok.lemma_.lower() == "travel" and tok.pos_ == "VERB"  # "will travel to Beijing this weekend"
        if not (arrive or travel) and (tok.lemma_.lower() not in ("visit", "trip", "tour", "journey") or tok.pos_ not in ("NOUN", "VERB")):
            continue
        visitor = None
        if tok.pos_ == "NOUN":
            poss = next((c for c in tok.children if c.dep_ == "poss"), None)
            if poss is not None and poss.i in at and at[poss.i].kind == "person":
                visitor = at[poss.i]
            elif tok.dep_ in ("dobj", "nsubjpass"):  # "Blinken has postponed (his) visit to Beijing"
                subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass") and c != tok), None)
                if subj is not None and subj.i in at and at[subj.i].kind == "person":
                    visitor = at[subj.i]
            if visitor is None:  # "a planned visit to Beijing by Trade Minister Don Farrell"
                by = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children
                           if p.dep_ == "pobj" and p.i in at and at[p.i].kind == "person"), None)
                visitor = at[by.i] if by is not None else None
            dest = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "in") for p in c.children if p.dep_ == "pobj"]
        else:
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.i in at and at[subj.i].kind == "person":
                visitor = at[subj.i]
            into = "in" if arrive else "to"
            dest = [c for c in tok.children if c.dep_ == "dobj"] if not (arrive or travel) else [
                p for c in tok.children if c.dep_ == "prep" and c.lower_ == into for p in c.children if p.dep_ == "pobj"]
        if visitor is None or not dest or dest[0].i in exclude:
            continue
        place = _destination(dest[0])
        if place is None:
            continue
        status, cue, conf = status_of(tok)
        if status == "ruled_out" or any(c.lower_ == "since" for c in tok.subtree):
            continue  # "has not visited Russia since May 2013": no trip now
        dv = None
        # "paid her first visit to the White House on Friday": the day of the light verb is the visit's
        owner = tok.head.i if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("pay", "make") else tok.i
        for e in ([] if arrive else sent_ents(tok.sent)):  # "arrived in Tokyo on Tuesday": not the day of the talks
            if e.label_ == "DATE" and owner in {a.i for a in e.root.ancestors}:
                dv = dates_mod.resolve(e.text, published, past=status == "held")
                if dv is not None and dv.start == dv.end and e.root.head.lower_ == "from" and e.root.dep_ == "pobj":
                    dv = None  # "from Saturday": when a tour begins (but "from 13-14 July": its days)
                if dv is not None:
                    break
        out.append(_Visit(surname_key(people[visitor.key].name if visitor.key in people else visitor.name or ""),
                          place, dv, status, conf, cue, tok.sent.start))
    return out


def carry_visits(doc: Doc, cands: list[Candidate], at: dict, people: People, published: date | None, exclude: set[int]):
    """A meeting of the visitor with the host country's people takes the visit's place and date, and what
    became of the visit ("postponed a visit to China" ... "his meetings with Chinese officials")."""
    if not cands or not _VISIT_RX.search(doc_text(doc)):
        return
    # the most specific destination first: "a trip to China" in the headline, "his visit to Beijing" below
    visits = sorted(_visits(doc, at, people, published, exclude), key=lambda v: v.place is not None and v.place.kind == "country")
    for c in cands:
        for v in visits:
            if v.visitor not in c.keys:
                continue
            hosts = {p.country for p in c.parties if surname_key(p.name or "") != v.visitor}
            # "his visit to Washington, where he was to meet Biden": in the visit's own sentence a host of
            # unknown country is the host
            here = c.sent.start == v.sent_start and "" in hosts
            # "Kerry will travel to Geneva on Thursday. There he will meet Lavrov": the trip's destination, whoever hosts
            there = v.sent_start >= 0 and doc[v.sent_start].sent.end == c.sent.start and any(
                t.lower_ == "there" and t.dep_ == "advmod" and t.head in (c.trig, c.trig.head) for t in c.sent)
            if v.place is None or (v.place.country not in hosts and not here and not there):
                continue
            if c.headline and len(hosts - {""}) > 1 and not here:
                continue  # "Kerry meets Netanyahu, Abbas" over a day in Jerusalem and Bethlehem: no one trip's place for both
            if c.place is not None and c.place.country and c.place.country != v.place.country:
                continue  # "the two leaders last met in Brussels": a meeting elsewhere is not the visit's
            if c.place is None and c.occasion and c.sent.start != v.sent_start and any(
                    t.lower_ in ("sidelines", "margins", "margin", "sideline") for t in c.sent):
                continue  # ("a meeting between Wang and Blinken on the sidelines of the Munich event could not be ruled out":
                # at a gathering of its own, not on the trip postponed)
            if c.place is not None and c.place.kind == v.place.kind == "city" and c.place.name != v.place.name:
                continue  # "met Putin in Sochi ... had canceled a planned visit to Moscow last week": another trip
            if v.date is not None and c.date is not None and (v.date.start.year, v.date.start.month) != (c.date.start.year, c.date.start.month):
                continue  # "he last visited Russia in April": another month's visit is not this meeting's
            if v.date is None and c.date is not None and published is not None and (published - c.date.end).days > 60:
                continue  # "he last visited the air base in 2017, where he met Assad": not the visit the article reports
            held = any(st == "held" and conf >= 0.7 for st, _h, conf in c.statuses)  # a meeting said to be held stands
            if held and v.date is not None and published is not None and v.date.start > published:
                continue  # ("since they exchanged pleasantries ... last November" beside "whether Xi would travel to India for the
                # G-20 summit on September 9-10": a meeting held is not on a trip still to come)
            if c.place is None or (c.place.kind == "country" and v.place.kind != "country" and c.place.country == v.place.country):
                c.place = v.place
                c.cues["place"] = f"{v.place.mention} (the visit's destination)"
            # (not a headline's, whose meetings the body dates: "Jansen to meet Mendoza, Soto in Lima" over "will travel to
            # Lima on Thursday ... and will hold bilateral meetings on Friday with ...")
            if c.date is None and v.date is not None and not c.headline:
                c.date = v.date
                c.cues["date"] = f"{v.date.text} (the visit's date)"
            if v.status in ("postponed", "cancelled") and v.conf >= 0.7 and not held:
                c.statuses.append((v.status, False, v.conf))
                c.cues["status"] = f"{v.cue} (the visit)"
            break


def carry_same_trip(cands: list[Candidate], published: date | None = None):
    """"Pompeo will also not meet his Iranian counterpart during the trip"; "Putin might receive Kerry in
    Sochi" (Kerry meets Lavrov in Sochi on Tuesday): a meeting of the same traveller on the same trip takes
    the trip's place and date."""
    for c in cands:
        if c.date is not None and c.place is not None:
            continue
        trip = re.search(r"\b(?:during|on|throughout) (?:the|this|that|his|her) (?:trip|visit|tour)\b", c.sent.text, re.I)
        # "Lavrov will also hold talks with his counterparts from Germany and France": on the same occasion
        # (and "Jaishankar later held separate talks with ...", "The two leaders then held talks": the same setting, next)
        nexts = {t.lower_ for t in c.sent if t.lower_ in _NEXT_WORDS and t.dep_ == "advmod" and t.head in (c.trig, c.trig.head)}
        # (not "he could later hold a three-way meeting with Putin and Zelenskyy": some day, anywhere)
        also = bool(nexts) and not (c.status == "possible" and nexts == {"later"})
        # (with "also", a meeting before it of a place but no day: "Xi will meet Trump during the summit [in Osaka]. Xi will
        # also hold talks with Abe")
        others = [o for o in cands if o is not c and (o.date is not None or also) and o.place is not None and o.keys & c.keys
                  and o.mode == c.mode and (not also or (o.sent.start < c.sent.start and (
                      (o.status == "held") == (c.status == "held") or trip)  # ("was also scheduled to meet X during the visit")
                      # (not a meeting called off for a prospect: "cancels a planned meeting with Putin at the G20 in Buenos
                      # Aires ... Trump has said he could later hold a three-way meeting with Putin and Zelenskyy")
                      and not (o.status in ("cancelled", "ruled_out", "postponed") and c.status in ("possible", "planned"))))]
        if also and not trip and others:
            # the place and occasion only: the day is the article's to give
            o = max(others, key=lambda o: o.sent.start)
            theirs = {p.country for p in o.parties if party_key(p) not in c.keys}
            mine = {p.country for p in c.parties if party_key(p) not in o.keys}
            # not a host's home for a guest of another country ("talks with the Saudi crown prince in Riyadh ...
            # will also meet the Omani sultan": the sultan is met in Oman)
            at_home = o.place.country in theirs and mine and "" not in mine and o.place.country not in mine
            if c.place is None and not at_home:
                c.place, c.cues["place"] = o.place, f"{o.place.mention} (also, the same occasion)"
            if not c.occasion and o.occasion:
                c.occasion = o.occasion
            if c.date is None and c.status == o.status == "held" and o.date is not None and o.date.precision == "day" and o.date.start == o.date.end \
                    and len(list(c.sent.doc[o.sent.end: c.sent.start].sents)) <= 1:
                # "Putin met Raisi and Erdogan in Tehran on Tuesday ... Putin also held separate talks with Erdogan": a
                # day gone by, told right after (a meeting to come on a occasion of several days may be another day)
                c.date, c.cues["date"] = o.date, f"{o.date.text} (also, the same day)"
            continue
        others = [o for o in others if o.date is not None]
        same_day = [o for o in others if c.place is None and c.date is not None and c.date.precision == o.date.precision == "day"
                    and c.date.start == o.date.start and any(p.country == o.place.country for p in c.parties if party_key(p) not in o.keys)]
        if same_day:
            # "Zarif hosted Jubeir in Tehran on Monday ... Jubeir later met Rouhani": the visitor, the same day, a host
            o = same_day[0]
            c.place, c.cues["place"] = o.place, f"{o.place.mention} (the same day, a host of that country)"
            continue
        told_beside = bool(re.match(r"\s*(?:earlier|later|also)\b", c.sent.text, re.I))
        at_gathering = [o for o in others if c.place is None and (o.occasion or told_beside) and c.date is not None and c.status == o.status == "held"
                        and c.date.precision == o.date.precision == "day" and c.date.start == o.date.start == o.date.end]
        if at_gathering:
            # "Kono and Kang held talks Thursday on the margins of ASEAN-related meetings in Bangkok ... Earlier Thursday, Kono
            # held talks with Wang Yi": the same traveller, the same day, at the same gathering
            o = at_gathering[0]
            c.place, c.cues["place"] = o.place, f"{o.place.mention} (the same day, at {o.occasion or 'the same place'})"
            c.occasion = c.occasion or o.occasion
            continue
        same_place = [o for o in others if c.place is not None and o.place.name == c.place.name]
        # (not for a pair the article reports elsewhere: "Blinken meets Xi" is the headline of the body's Blinken-Xi
        # meeting, not a meeting on the day of Blinken's talks with Qin)
        told = _told_in_body(c, cands)
        if told:
            same_place = [o for o in same_place if o.keys == c.keys]
        # (nor for a meeting ruled out: "has no plans to meet Blinken ... in Bali" is no meeting on the day of Lavrov's
        # talks with Wang in Bali)
        # (nor a day to come for a meeting held, nor the reverse: "met ... in Vienna. Kerry said the four would meet again in
        # Vienna next Friday")
        same_place = [o for o in same_place if published is None or (
            o.date.start <= published if c.status == "held" else o.date.end >= published)]
        # (and not one of several days: "Yoon to meet Xi and Ishiba in Lima" over the body's Friday and Saturday)
        if same_place and c.date is None and same_place[0].date.precision == "day" and c.status != "ruled_out" and (
                not c.headline or len({o.date.start for o in same_place}) == 1):
            o = same_place[0]
            c.date, c.cues["date"] = o.date, f"{o.date.text} (the same trip)"
        elif trip and others:
            o = others[0]
            mine = {p.country for p in c.parties if party_key(p) not in o.keys}
            hosts = {p.country for p in o.parties if party_key(p) not in c.keys}
            if c.place is None and o.place.country in hosts and o.place.country not in mine:
                continue  # "arrived in Vienna from Moscow, where he held talks with Putin. During the visit, he will meet Nehammer"
            if c.place is None:
                c.place, c.cues["place"] = o.place, f"{o.place.mention} (the same trip)"
            if c.date is None and c.place.name == o.place.name:
                c.date, c.cues["date"] = o.date, f"{o.date.text} (the same trip)"


def carry_separate_meeting(cands: list[Candidate]):
    """"Merkel hosted Hollande, Putin and Poroshenko at the Chancellery on Wednesday evening ... After Poroshenko left, Merkel
    and Hollande held a separate meeting with Putin": some of the people of a meeting held just before, met apart, of no
    day nor place of their own, met that day, there."""
    held = sorted((o for o in cands if o.status == "held" and not o.previous and not o.history and o.date is not None
                   and o.date.precision == "day" and len(o.keys) >= 3), key=lambda o: o.sent.start)
    if not held:
        return
    for c in cands:
        if c.status != "held" or c.date is not None or c.place is not None or len(c.keys) < 2 or not any(
                (t.dep_ == "amod" and t.lower_ == "separate" and t.head == c.trig)
                or (t.dep_ == "advmod" and t.lower_ == "separately" and t.head in (c.trig, c.trig.head)) for t in c.sent):
            continue
        o = next((o for o in reversed(held) if o.sent.start < c.sent.start and c.keys < o.keys
                  and len(list(c.sent.doc[o.sent.end: c.sent.start].sents)) <= 6), None)
        if o is None:
            continue
        c.date, c.cues["date"] = o.date, f"{o.date.text} (apart, at the meeting told before)"
        if o.place is not None:
            c.place, c.cues["place"] = o.place, f"{o.place.mention} (apart, at the meeting told before)"
        c.occasion = c.occasion or o.occasion


def carry_named_occasion(cands: list[Candidate]):
    """"... met Li Qiang on the sidelines of the East Asia Summit in Jakarta ... held talks with Harris, who is attending the
    summit": an occasion named by its bare noun is the one the article named in full before, with its place."""
    latest_first = sorted(cands, key=lambda o: -o.sent.start)
    for c in cands:
        bare = (c.occasion or "").lower().removeprefix("the ")
        if not bare or " " in bare:
            continue
        # (of the same days: not "since their meeting at the G20 summit in Bali last November")
        o = next((o for o in latest_first if o is not c and o.sent.start < c.sent.start and o.occasion
                  and " " in o.occasion and o.occasion.lower().endswith(bare) and o.place is not None and not o.history
                  and (c.date is None or o.date is None or abs((c.date.start - o.date.start).days) <= 7)), None)
        if o is None:
            continue
        c.occasion, c.cues["occasion"] = o.occasion, f"{o.occasion} (the {bare} named before)"
        if c.place is None:
            c.place, c.cues["place"] = o.place, f"{o.place.mention} (the {bare}'s place)"


_ROUND_OF_MEETINGS = re.compile(r"\b(?:meetings|talks|bilaterals|consultations)\b", re.I)


def carry_round_of_meetings(doc: Doc, cands: list[Candidate], at: dict, published: date | None, exclude: set[int]):
    """"Wang Yi held a string of meetings on the sidelines of the ASEAN gatherings in Jakarta this week ... On Thursday,
    Wang held separate meetings with Blinken, Lavrov and Hayashi": one person's round of meetings at a gathering
    somewhere, told once; the meetings of that person the article reports held that week, of no place of their own,
    are there."""
    from .places import SERIES_NOUNS, SIDELINES, best_place
    from .places import occasion as occasion_of

    if not cands:
        return
    for trig in _words(doc, _ROUND_OF_MEETINGS):
        obj = trig.head.head if trig.dep_ == "pobj" and trig.head.lower_ == "of" and trig.head.head.lemma_.lower() in SERIES_NOUNS \
            else trig  # ("a string of meetings")
        if obj.dep_ != "dobj" or obj.head.lemma_.lower() not in ("hold", "have", "conduct"):
            continue
        if any(c.dep_ == "prep" and c.lower_ in ("with", "between") and any(
                x.i in at and (at[x.i].kind == "person" or at[x.i].countries) for x in c.subtree) for c in trig.children):
            continue  # (a meeting with someone: reported in its own right; not "with fellow heads of state")
        who = next((m for c in obj.head.children if c.dep_ == "nsubj" and (m := at.get(c.i)) is not None and m.kind == "person"), None)
        if who is None:
            continue
        occ, _ = occasion_of(doc, trig, exclude)
        if not occ and not any(t.lower_ in SIDELINES and trig.is_ancestor(t) for t in trig.sent):
            continue  # (at a gathering: "on the sidelines of ...")
        place, _ = best_place(doc, trig, exclude, None)
        if place is None:
            continue
        for c in cands:
            if who.key not in c.keys or c.place is not None or c.status != "held" or c.history or c.sent.start <= trig.sent.start:
                continue
            if c.date is not None and published is not None and not (0 <= (published - c.date.start).days <= 7):
                continue  # (another week's meeting: "less than a month after the secretary's trip to Beijing in June")
            c.place, c.cues["place"] = place, f"{place.mention} (the round of meetings at {occ or 'a gathering'})"
            c.occasion = c.occasion or occ


_PRESENCE_SUBJECTS = {"both", "they", "minister", "secretary", "president", "leader", "leaders", "ministers", "two", "sides",
                      "delegations", "premier", "chancellor"}


def carry_presence(doc: Doc, cands: list[Candidate], at: dict, exclude: set[int]):
    """"Both the minister and the secretary of state will be in Vietnam": where the people of a coming
    meeting with no place of its own will be, said within the next few sentences."""
    todo = [c for c in cands if c.place is None and c.status in ("possible", "planned")]
    if not todo:
        return
    sents = list(doc.sents)
    index = {s.start: k for k, s in enumerate(sents)}
    for c in todo:
        k = index.get(c.sent.start)
        if k is None:
            continue
        for sent in sents[k: k + 4]:
            found = None
            days = [e.text.lower() for e in sent_ents(sent) if e.label_ == "DATE"]
            mine = (c.date.text or "").lower() if c.date is not None else ""
            if mine and days and not any(d in mine or mine in d for d in days):
                continue  # ("a meeting with Bongo on Wednesday ... On Friday, Macron will be in Luanda": another day's place)
            for tok in sent:
                if tok.lemma_ != "be" or tok.pos_ not in ("AUX", "VERB"):
                    continue
                subj = next((x for x in tok.children if x.dep_ == "nsubj"), None)
                if subj is None:
                    continue
                words = {t.lower_ for t in subj.subtree}
                keys = {at[t.i].key for t in subj.subtree if t.i in at and at[t.i].kind == "person"}
                if not (keys & c.keys or words & _PRESENCE_SUBJECTS):
                    continue
                for prep in tok.children:
                    if prep.dep_ == "prep" and prep.lower_ == "in":
                        for pobj in prep.children:
                            if pobj.dep_ == "pobj" and pobj.i not in exclude and pobj.pos_ == "PROPN":
                                found = place_name_at(pobj)
                if found:
                    break
            if found:
                c.place = found
                c.cues["place"] = f"{found.mention} (where the participants will be)"
                break


_AFTER = ("after", "upon", "on")


@dataclass(frozen=True)
class _Arrival:
    """Someone's arrival the article reports: where in the doc, whose (surname key), where to, when, the end of its
    sentence, whether it opens a stay of several days, and its verb ("arrive", "land", "fly", "travel")."""

    at: int
    key: str
    place: PlaceData | None
    when: dates_mod.DateValue | None
    sent_end: int
    stay: bool
    verb: str
    occasion: str = ""  # "arrived in Washington for the NATO summit", "was in Biarritz on the sidelines of the G7"


def _told_apart(trig: Token) -> bool:
    """The meeting is told in a clause of time ("... came two weeks after a delegation held talks with him"): another
    time than the sentence before's."""
    clause = trig if trig.pos_ in ("VERB", "AUX") else trig.head
    return any(c.dep_ == "mark" and c.lower_ in ("after", "before", "since", "when") for c in clause.children)


def carry_arrival(doc: Doc, cands: list[Candidate], at: dict, people: People, published: date | None, exclude: set[int]):
    """"Zelenskyy met Modi shortly after arriving": a meeting held on arrival takes the day and place of the
    arrival the article reports ("arrived in Japan on Saturday")."""
    todo = [c for c in cands if c.status == "held" and (c.place is None or c.date is None)]
    if not todo:
        return
    on_arrival = {id(c) for c in todo if any((t.lemma_.lower() == "arrive" or t.lower_ == "arrival") and t.head.lower_ in _AFTER
                                             for t in c.sent)}
    arrivals: list[_Arrival] = []
    occasions = _occasion_mentions(doc, published, exclude)
    for word in _words(doc, _ARRIVE_RX):
        # ("made a surprise appearance in Biarritz on Sunday": the light verb's subject and day, the noun's place)
        appearance = word.lower_ == "appearance" and word.dep_ == "dobj" and word.head.lemma_.lower() == "make"
        tok = word.head if appearance else word
        subj = next((x for x in tok.children if x.dep_ == "nsubj"), None)
        lem = "land" if appearance else tok.lemma_.lower()
        # "arrived in Paris", "landed in Jeddah"; "flew to Jeddah on Tuesday" (the next sentence's meeting only)
        if lem not in _ARRIVALS or tok.pos_ not in ("VERB", "AUX") or (lem != "arrive" and tok.tag_ != "VBD") or subj is None \
                or subj.i not in at or at[subj.i].kind != "person" or (tok.pos_ == "AUX") != (lem == "be"):
            continue
        m = at[subj.i]
        key = surname_key(people[m.key].name if m.key in people else m.name or "")
        dest = [p for c in (*word.children, *tok.children) if c.dep_ == "prep" and c.lower_ == _ARRIVALS[lem]
                for p in c.children if p.dep_ == "pobj" and p.i not in exclude]
        place = _destination(dest[0]) if dest else None
        when = next((e for e in sent_ents(tok.sent) if e.label_ == "DATE" and tok.i in {a.i for a in e.root.ancestors}), None)
        dv = dates_mod.resolve(when.text, published, past=True) if when is not None else None
        # (not the first day of a stay of several: "arrived on Tuesday for a three-day visit")
        # (but a one-day visit's day is its meetings': "arrived in Ankara on Monday for a one-day visit")
        stay = any(t.lower_ in ("day", "days") and t.dep_ in ("compound", "amod", "nmod", "npadvmod") and any(
            n.dep_ == "nummod" and n.lower_ not in ("one", "1") for n in t.children) for t in tok.sent)
        occasion = next((o for o in occasions if tok.sent.start <= o.at < tok.sent.end and o.name and path_ok(doc[o.at], tok, max_len=4)), None)
        if place is None and occasion is not None:
            place = occasion.place  # "arrived at the COP29 climate summit in Baku"
        if lem == "be" and place is None:
            continue  # ("was in a hurry on Monday": no stay anywhere)
        arrivals.append(_Arrival(tok.i, key, place, dv, tok.sent.end, stay, lem, occasion.name if occasion else ""))
    for c in todo:
        # "after arriving" in the meeting's sentence; or "X arrived in Paris on Tuesday. He held talks with Macron": the
        # sentence right after the arrival, the one who arrived at the table
        found = [a for a in arrivals if a.at < c.trig.i and a.key in c.keys and (
            (id(c) in on_arrival and a.verb == "arrive")
            or (a.sent_end == c.sent.start and not c.previous and not c.supporting and not _told_apart(c.trig)
                and a.when is not None and a.when.precision == "day"))]
        if not found:
            continue
        place, dv = found[-1].place, found[-1].when
        if found[-1].stay and id(c) not in on_arrival:
            dv = None  # ("landed in Tehran on Monday for a two-day visit. On Tuesday he held talks": the place, not the day)
        if not c.occasion and found[-1].occasion and found[-1].sent_end == c.sent.start:
            c.occasion, c.cues["occasion"] = found[-1].occasion, f"{found[-1].occasion} (the arrival's occasion)"
        if c.place is None and place is not None:
            c.place, c.cues["place"] = place, f"{place.mention} (on arrival)"
        if c.date is None and dv is not None:
            c.date, c.cues["date"] = dv, f"{dv.text} (on arrival)"
