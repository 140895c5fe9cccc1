"""The candidates of one article that speak of the same meeting (headline, body, caption) -> one report.

`merge` puts a candidate with the group of the same parties, or of a larger or smaller set of them
met in the same setting (`_same_setting`), whose mode, day, month and country do not conflict
(`_compatible`); an undated prospect ("would welcome a meeting") does not join a meeting held on a
given day (`_later_prospect`). The group keeps the best-scored sentence, the larger set of parties
and the most specific date and place (`_absorb`). `final_status` reads its conflicting accounts: the
most final state the article reports. `drop_negated_twins` first drops the "did not hold talks" that
qualifies a meeting the same sentence reports held.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from . import dates as dates_mod
from .candidate import Candidate, definite
from .resolve import dedupe, party_key
from .status import REINSTATED, earlier_account

FINAL_RANK = {"cancelled": 6, "postponed": 5, "ruled_out": 4, "held": 3, "planned": 2, "possible": 1}


def _moved(a: Candidate, b: Candidate) -> bool:
    """One meeting put off to a later day: its old day ("would meet Putin in Sochi on Friday") and its new one ("the
    meeting had been postponed to October")."""
    for old, new in ((a, b), (b, a)):
        if new.status == "postponed" and old.status in ("planned", "postponed") and old.date and new.date \
                and old.date.start < new.date.start:
            return True
    return False


_GOES_ON = re.compile(r"\b(?:continu\w*|resum\w*|second day|two-day|2-day|began|begun|kicked off|opened|ended|wrapped up|concluded)\b",
                      re.I)


def _went_on(a: Candidate, b: Candidate) -> bool:
    """One meeting held over two days, each told on its own: "hosted Xi at Mar-a-Lago on Thursday. The two leaders
    continued their talks on Friday", "had begun the two-day summit with a dinner on Wednesday"."""
    # (days apart counted between the nearer ends: "held talks Tuesday and Wednesday" and "ended their summit today", Thursday)
    return a.keys == b.keys and a.status == b.status == "held" and a.date is not None and b.date is not None \
        and a.date.precision == b.date.precision == "day" and a.date.start != b.date.start \
        and min(abs((a.date.start - b.date.end).days), abs((b.date.start - a.date.end).days)) <= 1 \
        and bool(_GOES_ON.search(a.sent.text) or _GOES_ON.search(b.sent.text))


def _compatible(a: Candidate, b: Candidate, *, place: bool = True) -> bool:
    """Could the two be the same meeting: the same mode, no days or places apart (`place=False`: whatever the places)."""
    if a.mode != b.mode:
        return False
    if a.date and b.date and not _moved(a, b) and not _went_on(a, b):
        if a.date.precision == "day" and b.date.precision == "day" and a.date.start != b.date.start and not (
                # a stand-in day ("arrived on Tuesday for his summit") and the meeting's own day soon after
                (_fallback(a.date) or _fallback(b.date)) and 0 <= abs((a.date.start - b.date.start).days) <= 3) and not (
                # a day inside a meeting of several ("a two-day summit" from Thursday, "formal talks on Friday")
                a.date.start <= b.date.end and b.date.start <= a.date.end):
            return False
        if a.date.start.year != b.date.start.year or (a.date.start.month != b.date.start.month and "year" not in (
                a.date.precision, b.date.precision)):  # ("their first meeting this year": any month of it)
            return False
    if not place:
        return True
    if a.place and b.place and a.place.kind == b.place.kind == "city" and a.place.name != b.place.name \
            and a.status != b.status:
        return False  # "met in St Petersburg on Friday ... cancelled a planned summit in Moscow": two meetings
    return not (a.place and b.place and a.place.country and b.place.country and a.place.country != b.place.country)


_GROUP_OF = re.compile(r"\b(?:three|four|five)-(?:way|nation|party|country)\b|\b(?:trilateral|quadrilateral)\b", re.I)


def _same_setting(a: Candidate, b: Candidate) -> bool:
    """A bilateral and a larger meeting of the same people are one meeting only with evidence: a headline
    summarising it, or the same day or place ("met separately" earlier is another meeting)."""
    if re.search(r"\b(separately|separate)\b", a.sent.text + " " + b.sent.text, re.I):
        return False
    # "Kerry will hold talks with Lavrov ... The two ministers will also meet Brahimi": one more meeting; "Yoon also held
    # a bilateral meeting with Kishida" beside their trilateral summit: another meeting (the noun's light verb counts)
    words = [*a.trig.children, *b.trig.children, *(c.trig.head for c in (a, b) if c.trig.pos_ == "NOUN" and c.trig.dep_ == "dobj")]
    # (and "Later, Trump received both ministers": another meeting after theirs)
    # (not an "also" of a phrase of the meeting's: "met the emir, with the foreign minister also in the room")
    if any(c.lower_ in ("also", "bilateral", "later", "afterwards", "earlier") and c.dep_ in ("advmod", "amod") for w in words
           for c in (w, *w.children) if not (c.lower_ == "also" and (w.dep_ == "prep" or _in_the_room(c)))):
        return False
    # ("Later on Tuesday, Xi, Putin and Khurelsukh held the seventh meeting ...": the sentence's own opening word, whatever
    # the parser hung it on)
    # (and "Before the start of the negotiations, Tokayev received the heads of the foreign policy agencies": before theirs)
    if any(y.sent[0].lower_ in ("later", "earlier", "afterwards", "afterward", "subsequently", "before", "after", "ahead", "prior",
                                "following") for y in (a, b)):
        return False
    # ("Abe and Moon held their first formal talks ... Earlier in the day, Abe, Moon and Li met for the three-way summit")
    if any(len(x.keys) == 2 and _GROUP_OF.search(y.sent.text) and len(y.keys) > 2 for x, y in ((a, b), (b, a))):
        return False
    if a.headline or b.headline:
        return True
    # ("The presidents of Guyana and Venezuela pledged on Thursday ..., after face-to-face talks on St Vincent. Ali and Maduro
    # shook hands at the start of the meeting, hosted by Gonsalves": "the meeting" of no day nor place, the next sentence's)
    for x, y in ((a, b), (b, a)):
        if y.trig.pos_ == "NOUN" and definite(y.trig) and y.date is None and y.place is None and x.sent.start < y.sent.start \
                and y.sent.start - x.sent.end <= 1:
            return True
    # (a day: one of one meeting's, not a reception by a third on the first of "two days of talks")
    if a.date and b.date and a.date.start == b.date.start and a.date.precision == b.date.precision == "day" \
            and (a.date.end == a.date.start) == (b.date.end == b.date.start):
        return True
    return bool(a.place and b.place and a.place.name == b.place.name)


def _in_the_room(also) -> bool:
    """"also in the room", "also at the table", "also present": one more at the meeting, not one more meeting."""
    doc = also.doc
    return doc[also.i + 1: also.i + 4].text.lower() in ("in the room", "at the table") or (
        also.i + 1 < len(doc) and doc[also.i + 1].lower_ == "present")


def _fallback(d: dates_mod.DateValue | None) -> bool:
    return d is not None and d.reason.startswith("no date of its own")


def _future(s: str) -> bool:
    return s != "held"


def _later_prospect(g: Candidate, c: Candidate) -> bool:
    """An undated "would welcome a meeting", "declined a request for a formal meeting" is not the meeting
    the article reports held on a given day: the pair's next meeting, or one that will not happen. Said before
    the meeting held ("It was unclear whether Tillerson would also meet Putin. ... Later on Wednesday, Putin received
    Tillerson"), it is that meeting, as it looked before it happened."""
    return (
        c.date is None and not c.headline and c.status in ("planned", "possible", "ruled_out") and c.trig.i > g.trig.i
        and g.date is not None and all(s == "held" for s, _h, _c in g.statuses)
        and not definite(c.trig)
        # "Erdogan had said on Saturday that he expected to meet Biden": how the meeting looked before it was held
        and not earlier_account(c.trig)
    )


def _invited_later(g: Candidate, c: Candidate) -> bool:
    """"Trump met Kim at the DMZ ... He said he had invited Kim to visit the White House": the visit an invitation asks
    for is a later meeting than the one held."""
    for held, other in ((g, c), (c, g)):
        t = other.trig
        if all(s == "held" for s, _h, _c in held.statuses) and other.status in ("possible", "planned") \
                and t.dep_ == "xcomp" and t.lemma_.lower() in ("visit", "come") and t.head.lemma_.lower() == "invite":
            return True
    return False


def _last_day(d: dates_mod.DateValue) -> date:
    """The last day a date may stand for ("last week" read as a month: any day of it)."""
    if d.precision == "year":
        return d.end.replace(month=12, day=31)
    if d.precision == "month":
        return (d.end.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    return d.end


def _past_and_prospect(g: Candidate, c: Candidate, published: date | None) -> bool:
    """"Lavrov said a meeting with Kuleba would not be worthwhile now. The two ministers met in Antalya last month": a
    meeting held weeks before the article and an undated prospect of another are two meetings."""
    if published is None:
        return False
    for held, other in ((g, c), (c, g)):
        if held.date is not None and all(s == "held" for s, _h, _c in held.statuses) and (published - _last_day(held.date)).days > (14 if held.date.precision == "day" else 0) \
                and other.date is None and not other.headline and all(s in ("planned", "possible", "ruled_out") for s, _h, _c in other.statuses):
            return True
    return False


def _earlier_meeting(g: Candidate, c: Candidate) -> bool:
    """"Modi met Sharif in Lahore on Friday. The two had last met in Paris earlier this month": the meeting
    that came before is another meeting, unless both name the same day."""
    if g.previous == c.previous:
        return False
    before, other = (g, c) if g.previous else (c, g)
    if before.date and other.date and before.date.precision == "month" \
            and (before.date.start.year, before.date.start.month) == (other.date.start.year, other.date.start.month) \
            and before.place is not None and other.place is not None and before.place.name == other.place.name:
        return False  # ("since October, when de Vries met Mendoza in Rome" and a file photo's "in Rome, Oct. 31": that one)
    # (nor when one sentence tells both with one date: "They last met in New York in September, when they held 90 minutes
    # of talks at the United Nations")
    same_sentence = g.sent.start == c.sent.start and g.date and c.date and g.date.precision == c.date.precision
    return not (g.date and c.date and g.date.start == c.date.start and (g.date.precision == c.date.precision == "day" or same_sentence))


_APART = re.compile(r"\b(?:also|separately|separate)\b", re.I)  # another meeting than the one told beside it


def _unplaced(parties: list) -> list:
    """The people named with no stated country."""
    return [p for p in parties if p.name and not p.country]


# the words for a country's people that name no one office ("US and Russian diplomats", "Chinese officials")
_ANY_OFFICE = {"official", "officials", "delegation", "leader", "diplomat", "negotiator", "representative", "team", "side",
               "envoy", "expert"}


def _other_office(a: Candidate, b: Candidate) -> bool:
    """b's unnamed party holds an office that a's named person of its country does not ("their foreign secretaries" and
    the prime minister)."""
    for u in b.parties:
        if u.name or not u.country or not u.role or u.role.lower() in _ANY_OFFICE:
            continue
        if any(p.name and p.country == u.country and p.role and not _same_office(p.role, u.role)
               and p.role.lower() != "counterpart" for p in a.parties):
            return True
    return False


def _same_offices(a: Candidate, b: Candidate) -> bool:
    """Each of b's unnamed parties holds the office of a's named person of its country ("their foreign secretaries would
    meet" and "Singh had been due to travel for the talks with her counterpart Chaudhry")."""
    unnamed = [u for u in b.parties if not u.name]
    return bool(unnamed) and len(unnamed) == len(b.parties) and all(
        u.role and u.role.lower() not in _ANY_OFFICE and any(
            p.name and p.country == u.country and p.role and (_same_office(p.role, u.role) or p.role.lower() == "counterpart")
            for p in a.parties) for u in unnamed)


def _covers(a: Candidate, b: Candidate) -> bool:
    """"for talks with French officials" and "met Macron and Le Drian": b's parties are a's, its unnamed ones
    standing for countries that a names people of."""
    named_countries = set(_named_countries(a).values())
    if _other_office(a, b) or _other_office(b, a):
        return False  # "Sharif and Modi agreed that their foreign secretaries would meet": not the leaders' meeting
    rest = {k for k in b.keys - a.keys if not (k.startswith("country:") and f"country:{k[8:].upper()}" in named_countries)}
    lo, hi = sorted((a, b), key=lambda c: c.sent.start)
    next_one = hi.sent.start - lo.sent.end <= 1 and not _APART.search(hi.sent.text)
    # (or one sentence on, at the same place: "the sixth round of talks between Iran and the United States, scheduled for
    # Sunday in Muscat, has been called off. '...' Araghchi and Witkoff had been due to meet in the Omani capital")
    # (a few sentences on, in the same city: "Top US and Russian diplomats meet in Riyadh" over "Rubio, Waltz and Witkoff
    # met Lavrov and Ushakov at Diriyah Palace in Riyadh")
    gap = sum(t.is_sent_start for t in lo.sent.doc[lo.sent.end: hi.sent.start])
    next_one = next_one or (a.place is not None and b.place is not None and a.place.name == b.place.name
                            and gap <= (5 if a.place.kind == "city" else 1) and not _APART.search(hi.sent.text))
    # (a's people of no stated country may be of the countries left: "Peru will not hold direct talks with Chile, Foreign
    # Minister Carlos Mendoza said, dismissing reports that he would meet Chilean envoy Ana Berg")
    if (b.headline or (a.headline and not _APART.search(b.sent.text)) or next_one) and len(b.keys) >= 2 \
            and len(rest) <= len(_unplaced(a.parties)) \
            and all(k.startswith("country:") for k in b.keys) and (not rest or hi.sent.start == lo.sent.start):
        # a headline's "Greek-Turkish ministers' meeting" over the body's Cavusoglu and Dendias; "India and Pakistan have
        # postponed talks between their foreign secretaries ... Jaishankar had been due to meet Chaudhry", the next sentence;
        # the headline's "Blinken and Lavrov meet briefly" over the body's "The top U.S. and Russian diplomats spoke briefly"
        return True
    if not rest and _same_offices(a, b):
        return True
    # ("Iranian and American officials would meet in Oman on Saturday" and "Trump says US and Iran will hold direct talks
    # Saturday", told with its envoy: the same two countries, the same day)
    a_countries = {p.country for p in a.parties if p.country}
    if not rest and len(b.keys) >= 2 and all(k.startswith("country:") for k in b.keys) and {k[8:].upper() for k in b.keys} == a_countries \
            and a.date and b.date and a.date.start == b.date.start and a.date.precision == b.date.precision == "day" \
            and _future(a.status) == _future(b.status):
        return True
    return b.keys != a.keys and not rest and any(not k.startswith("country:") for k in b.keys & a.keys) and b.keys - a.keys != set()


def _next_meeting(g: Candidate, c: Candidate) -> bool:
    """"Kim crossed the line to greet Moon ... The two leaders will meet again in Pyongyang": the one after."""
    # (or on the verb of the trip the meeting is the purpose of: "no plans to travel to Moscow again this week to meet Putin")
    around = [t.head for t in (g.trig, c.trig) if t.dep_ in ("advcl", "xcomp") and t.head.pos_ == "VERB"]
    again = any(x.dep_ == "advmod" and x.lower_ == "again" for x in (*g.trig.children, *c.trig.children, *(y for h in around
                                                                                                         for y in h.children)))
    # (not on the same day: "Kerry, Lavrov to continue talks in Geneva" over "met again in Geneva on Friday", told on Friday)
    same_day = g.date and c.date and g.date.start == c.date.start and g.date.precision == c.date.precision == "day"
    return again and _future(g.status) != _future(c.status) and not same_day


def _same_office(a: str, b: str) -> bool:
    """"Finance Minister" and "Finance Minister"; "Commerce Minister" and "Minister" (the body's "Commerce and Industry
    Minister" as read): one office named in full or by its last word."""
    a, b = a.lower().split(), b.lower().split()
    return bool(a and b) and a[-1] == b[-1] and (set(a) <= set(b) or set(b) <= set(a))


def _named_countries(g: Candidate) -> dict[str, str]:
    """The country key each named party of a meeting stands for ("lou" -> "country:CN")."""
    return {party_key(p): f"country:{p.country}" for p in g.parties if p.name and p.country}


def _headline_countries(cands: list[Candidate]) -> None:
    """"Chinese ambassador calls on Pakistani finance minister" over "Chinese Ambassador Liu Jian called on Finance Minister
    Abdul Hafeez Shaikh": the headline's unnamed party is the body's one named holder of that office, whose country the
    body leaves out (then the two are one meeting)."""
    for h in cands:
        if not h.headline:
            continue
        named = {k for k in h.keys if not k.startswith("country:")}
        for u in h.parties:
            if u.name or not u.country or not u.role:
                continue
            for c in cands:
                if c.headline or not named & c.keys or u.country in {p.country for p in c.parties}:
                    continue
                fits = [p for p in c.parties if p.name and not p.country and p.role and _same_office(p.role, u.role)]
                if len(fits) == 1:
                    fits[0].country = u.country


def merge(cands: list[Candidate], published: date | None = None) -> list[Candidate]:
    groups: list[Candidate] = []
    _headline_countries(cands)
    # dated and placed candidates first so that undated mentions join the right meeting; headlines last, once the
    # body's meetings they may sum up are all there ("Erdogan meets Mitsotakis, Scholz and Starmer")
    order = sorted(cands, key=lambda c: (c.headline, c.date is None, c.place is None))
    for c in order:
        if c.headline and c.mode == "in_person" and c.date is None and c.place is None and c.status == "held" and any(
                g.keys == c.keys and g.mode != "in_person" for g in groups) and not any(
                g.keys == c.keys and g.mode == "in_person" for g in groups):
            continue  # "Modi, Putin hold talks, discuss Ukraine" over a body that says they spoke by phone: the call's headline
        if c.headline or (c.date is None and c.place is None and c.status == "held"):
            # "Pompeo meets Putin, Lavrov in Sochi" over a body that reports each meeting: the headline names them
            # all, it is not one meeting of three (nor is "Tuggar and Fidan discussed defence, while the talks with the
            # Saudi minister focused on investment", after "held separate meetings with" them)
            # (the headline's countries named by the body's people: "Lew meets Chinese, Japanese counterparts" over Lew's
            # talks with Lou and, separately, with Aso)
            # (a headline's one place for all: "Zelensky meets Pope, Meloni in Rome", the Pope met in the Vatican)
            parts = [g for g in groups if _compatible(g, c, place=not c.headline) and len(g.keys) >= 2 and (c.headline or g.status == "held")
                     and g.keys != c.keys and all(k in c.keys or c.headline and _named_countries(g).get(k) in c.keys for k in g.keys)]
            if len(parts) >= 2 and frozenset().union(*((g.keys | set(_named_countries(g).values())) & c.keys for g in parts)) == c.keys:
                for g in parts:
                    g.statuses.extend(c.statuses)
                    if g.place is None and c.place is not None:  # ("Sharif meets Erdogan, Aliyev in Astana")
                        g.place, g.cues["place"] = c.place, f"{c.place.mention} (the headline)"
                continue
        best, best_s = None, -1.0
        for g in groups:
            if not _compatible(g, c):
                continue
            if _later_prospect(g, c) or _earlier_meeting(g, c) or _next_meeting(g, c) or _past_and_prospect(g, c, published) \
                    or _invited_later(g, c):
                continue
            if (g.widened or c.widened) and g.keys != c.keys:
                continue  # "Trump will meet Putin ... A trilateral meeting with Zelensky": two meetings
            if g.keys == c.keys:
                s = 3.0
            elif _covers(g, c) or _covers(c, g):
                s = 2.5
            elif (g.keys >= c.keys or c.keys >= g.keys) and len(g.keys & c.keys) >= 2 and _same_setting(g, c):
                s = 1.0
            else:
                continue
            s += 1.0 if _future(g.status) == _future(c.status) else 0.0
            s += 0.5 if (g.date and c.date and g.date.start == c.date.start) else 0.0
            s -= 1.5 if g.supporting and not c.supporting else 0.0  # (a meeting reported in its own right first)
            if s > best_s:
                best, best_s = g, s
        if best is None:
            groups.append(c)
            continue
        _absorb(best, c)
    for g in groups:
        if g.joined:  # "X and Y also attended the meeting": the people who joined the pair
            g.parties = dedupe(g.parties + g.joined)
            g.keys = frozenset(party_key(p) for p in g.parties)
    # "X shakes hands with Y - Sputnik International": a caption of a handshake alone may be another story's photo
    return sorted((g for g in groups if not g.supporting), key=lambda g: g.sent.start)


def _absorb(g: Candidate, c: Candidate):
    if _went_on(g, c):
        first, last = min(g.date.start, c.date.start), max(g.date.end, c.date.end)
        g.date = dates_mod.DateValue(first, last, "day", "the days of its parts", f"{g.date.text}, {c.date.text}")
        g.cues["date"] = g.date.text
    # ("The two had not met since September" beside the meeting reported: the gap before it, no account of its state)
    if g.history and not c.history:
        g.statuses = list(c.statuses)
    elif not c.history or g.history:
        g.statuses.extend(c.statuses)
    g.joined.extend(c.joined)
    g.supporting = g.supporting and c.supporting
    if (c.score > g.score and not (c.history and not g.history)) or (g.history and not c.history):
        g.sent, g.trig, g.score, g.headline = c.sent, c.trig, c.score, c.headline
    g.history = g.history and c.history
    # fill participants: the larger set wins, keep richer roles; people named stand in for their country
    if _covers(g, c) or _covers(c, g):
        parties = dedupe(sorted(g.parties + c.parties, key=lambda p: not p.name))
        unplaced = _unplaced(parties)
        left = [p for p in parties if not p.name and p.country not in {q.country for q in parties if q.name}]
        if len(unplaced) == 1 and len(left) == 1:
            # ("Peru will not hold direct talks with Chile, Foreign Minister Carlos Mendoza said, dismissing reports that he
            # would meet Chilean envoy Ana Berg": the one person of no stated country is of the country left)
            unplaced[0].country = left[0].country
            parties.remove(left[0])
        g.parties = parties
        g.keys = frozenset(party_key(p) for p in g.parties)
    elif len(c.keys) > len(g.keys):
        g.parties, g.keys = c.parties, c.keys
    for p in g.parties:
        if not p.role or not p.country:
            other = next((q for q in c.parties if party_key(q) == party_key(p)), None)
            if other:
                p.role = p.role or other.role
                p.country = p.country or other.country
    # (and the day of the talks inside a visit's days: "a two-day state visit at the invitation of Macron ... will hold talks
    # with Macron on Thursday")
    talks_in_visit = c.date is not None and g.date is not None and g.trig.lemma_.lower() == "visit" and c.trig.lemma_.lower() != "visit" \
        and g.date.precision == c.date.precision == "day" and g.date.start < g.date.end and g.date.start <= c.date.start == c.date.end <= g.date.end
    if (g.date is None or (c.date and g.date.precision != "day" and c.date.precision == "day" and not _fallback(c.date))
            or (c.date and _fallback(g.date) and not _fallback(c.date)) or talks_in_visit) and c.date is not None:
        g.date = c.date
        if "date" in c.cues:
            g.cues["date"] = c.cues["date"]
    if g.place is None or (c.place and g.place.kind == "country" and c.place.kind != "country" and c.place.country == g.place.country):  # noqa: SIM102
        if c.place is not None:
            g.place = c.place
            if "place" in c.cues:
                g.cues["place"] = c.cues["place"]
    if not g.occasion and c.occasion:
        g.occasion = c.occasion
    g.confidence = min(0.98, max(g.confidence, c.confidence) + 0.05)


def final_status(c: Candidate) -> str:
    """Conflicting accounts: the most final state the article reports (called off beats planned).

    A status read from a cue ("could", "will", "called off") beats one that only defaulted to held."""
    cued = [(s, h) for s, h, conf in c.statuses if conf >= 0.7] or [(s, h) for s, h, _c in c.statuses]
    if {s for s, _h in cued} == {"planned", "possible"} and all(h for s, h in cued if s == "planned"):
        # "Putin, Kim to meet" over a body that says they "may meet": a headline's infinitive is shorthand
        return "possible"
    said = {s for s, _h in cued}
    if "held" in said and all(h for s, h in cued if s == "held") and any(s in ("planned", "possible") and not h for s, h in cued):
        # "Trump meets Zelensky at Trump Tower" over "will meet ... on Friday", "Yunus-Modi meeting in Bangkok" over "its
        # proposal for a meeting": a headline's present or bare noun is shorthand
        said.discard("held")
    if said & {"cancelled", "postponed"} and any(s == "planned" and conf >= REINSTATED for s, _h, conf in c.statuses):
        return "planned"  # "the visit, called off last month, is back on": on again
    if "held" not in said and any(s == "possible" and conf >= REINSTATED for s, _h, conf in c.statuses):
        return "possible"  # "called off the summit last week but has since said it could still go ahead": open again
    if {"postponed", "held"} <= said and not said & {"cancelled", "ruled_out"} and any(
            s == "held" and not h and conf >= 0.7 for s, h, conf in c.statuses):
        return "held"  # "the start of the talks has been delayed by an hour" ... "Rubio and Lavrov have met": put off, then held
    return max(said, key=lambda s: FINAL_RANK[s])


def drop_negated_twins(cands: list[Candidate]) -> list[Candidate]:
    """"X briefly met Y ..., but the two did not hold substantive talks": the negated clause qualifies the
    meeting the same sentence reports held; it is no second meeting that did not happen. Nor is "in what is
    likely to be their final meeting" one more."""
    # (a call is no meeting a denial qualifies: "spoke by phone, and ... an in-person meeting between the two was not needed")
    # (not a meeting its own relative clause tells: "does not have a meeting scheduled with Rabuka, whom he hosted in
    # Wellington in June": the one hosted before is another)
    held = {(c.sent.start, c.keys) for c in cands if c.status == "held" and c.mode == "in_person"
            and not (c.trig.dep_ == "relcl" and c.trig.tag_ in ("VBD", "VBN"))}
    # "met on Saturday ..., in what is likely to be their final meeting": what the meeting held is said to be
    return [c for c in cands if not ((c.status == "ruled_out" or (
        c.status in ("possible", "planned") and c.date is None and c.trig.dep_ == "attr" and c.trig.head.lemma_ == "be"))
        and (c.sent.start, c.keys) in held)]
