"""One article's Doc -> its meeting reports (one per real meeting per article).

The steps, each in its own module: parties (`parties`), trigger -> participants (`linking`, `slots`), status
(`status`), date (`dates`), place and occasion (`places`). This module finds candidate reports per
trigger (`candidates_for`), drops what GUIDELINES.md says != a meeting (fewer than two parties, all
from one country, a summit as a whole), splits "meet with the Japanese, Mexican and Australian
leaders" into bilaterals, and dates each meeting from its own sentence (`dating`), else by the
day of the statement for a meeting reported as just held. Mentions become parties in `resolve`; what
a sentence leaves out is carried over from the rest of the article in `carry`; the candidates that
speak of the same meeting are merged in `merging`. How each meeting was held (in person, phone, video) is read in
`mode`; what a sentence without parties of its own says of a meeting named before ("the meeting was called off",
"Tillerson also attended") in `attach`. `extract_doc` runs it all.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from meetings.types import PartyData, PlaceData, ReportData

from . import dates as dates_mod
from .attach import (
    GATHERING_NOUNS,
    HOSTING_VERBS,
    attach_follow_ups,
    attach_orphans,
    fate_told_before,
    follow_up,
    from_antecedents,
    join_previous,
    joiners,
    joins_named_meeting,
    next_round,
    sidelines_of,
)
from .candidate import DATELINE, Candidate, definite, doc_text, is_previous, sent_ents
from .carry import (
    DAY_AFTER,
    carry_arrival,
    carry_day_told_after,
    carry_lead_day,
    carry_named_occasion,
    carry_presence,
    carry_relative_days,
    carry_round_of_meetings,
    carry_same_trip,
    carry_separate_meeting,
    carry_visits,
    day_shift,
    propagate_occasions,
)
from .components import TRIGGERS_KEY
from .dating import (
    ENTRY_REASON,
    SAME_DAY_BEFORE,
    after_publication,
    before_words,
    date_for,
    date_right_after,
    days_of,
    diary_day,
    others_words,
    party_clause_words,
    since_words,
)
from .gazetteer import in_country_of, lookup
from .lexicon.countries import country_code
from .lexicon.people import known_office, known_organisation
from .lexicon.roles import ORGANISATION_NAMES, PARTY_NOUNS, SPEAKER_CLASSES, TITLES
from .lexicon.status_cues import PHONE_CUES
from .lexicon.triggers import MEET_NON_MEETING_OBJECTS, MET_WITH_REACTIONS, NOUN_LEMMAS, STRONG_NOUNS, STRONG_VERBS
from .linking import (
    BRIEFING_VERBS,
    MEALS,
    agreed_clause,
    brought_together,
    courtesy_callee,
    expand,
    fronted_question,
    invited_to_pay_a_visit,
    inviting_host,
    is_speech,
    light_verb,
    meal_guests,
    part_taken_in,
    path_ok,
    taking_part,
    telling_verb,
    unattached_guest,
)
from .merging import drop_negated_twins, final_status, merge
from .mode import by_phone, calls_in, mode_of, remote_joiners
from .parties import Mention, find_parties, is_headline
from .places import SIDELINES, VENUE_NOUNS, _occasion_name, best_place, occasion_city, place_name_at
from .places import occasion as occasion_of
from .resolve import Resolver, dedupe, party_key
from .slots import (
    THEIR_PEOPLE,
    asked_about,
    body_meets,
    gapped_objects,
    listed_objects,
    listed_people,
    mentions_at,
    named_after_title,
    party_slots,
    plural_meetings,
    received_after_place,
    separate_partners,
    separate_subjects,
    someones_people,
    speaker_of_clause,
    speaker_party,
    sporting,
)
from .status import MOTION_VERBS, earlier_account, status_of

# "Kyiv, 6 September (TASS) -", "Moscow, March 5 (Sputnik) —": a title-case city with a date and an agency
_DATELINE_TITLE = re.compile(r"^\s*([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?),\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})(?:,?\s+\d{4})?\.?"
                             r"\s*(?:\([^)]{2,30}\)\s*[-—–:]?|[-—–])")  # ("New Delhi, Jan 9 (PTI) Jaishankar met ...": no dash)
_OCCASION_DAY = re.compile(r"\b(first|second|third|opening|closing|last|final) day of\b|\bon the (eve) of\b", re.I)
_CORRECTED = re.compile(r"\b(?:an earlier version of this|incorrectly (?:stated|said|reported)|wrongly (?:stated|said|reported))\b", re.I)
_THREE_WAY = re.compile(r"\b(?:trilateral|tripartite|three-way|three-party)\s*$", re.I)
_PAST_ONES = {"previous", "past", "earlier", "prior", "former"}
_SLOT_NOUNS = {"meeting", "talks", "encounter", "sit-down", "pull-aside", "tete-a-tete", "summit"}  # ("a summit with Trudeau")
_HEADLINE_POSSIBLE = {"possible", "likely", "may", "could", "might", "possibility", "mull", "mulls", "eye", "eyes", "eyed"}
_THE_PAIR = {"two", "them", "pair", "sides", "leaders", "ministers", "men", "women", "countries", "neighbours", "neighbors"}
_ATTENDED_BY = {"attend", "broker"} | HOSTING_VERBS
_PARTS_OF_A_GATHERING = {"end", "start", "beginning", "opening", "close", "closing", "eve", "conclusion", "outset"}
_OCCASION_ONLY = {"summit", "conference", "forum", "session", "assembly", "congress", "convention"}
# a calendar's entry for a day ("Wednesday: ...", "Thursday 30 January – ...", "Tuesday, November 19: ...")
_AGENDA_DAY = re.compile(r"[\s\-–—*•·]*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b[^:–—\n]{0,24}\s*[:–—]\s")
# a day's schedule by the hour ("11 a.m.: Biden holds a bilateral meeting with Herzog"; not a live blog's "1:55 PM — ...")
_AGENDA_HOUR = re.compile(r"[\s\-–—*•·]*\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.)\s?:\s")
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
        m = DATELINE.match(stext) or _DATELINE_TITLE.match(stext)
        if not m:
            continue
        name = m.group(1).split("/")[0].title()
        p = lookup(name)
        if p is None:
            continue
        end_char = sent.start_char + m.end()
        # (a dateline that ends at its agency, with no dash: "New Delhi, Jan 9 (PTI) Misri met ...", no further)
        reach = 40 if m.group(0).rstrip()[-1:] in ("—", "–", "-", ":", "(") or m.re is DATELINE else 0
        k = sent.start
        while k < sent.end and doc[k].idx < end_char + reach:
            t = doc[k]
            excluded.add(k)
            if t.text in ("—", "–", "--", "-", ":", "_") or (t.text == "." and k > sent.start + 2 and doc[k - 1].text.endswith("/")):
                break  # (and "TEHRAN: Prime Minister Imran Khan on Sunday held talks": the colon ends it)
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
    """"It was their fourth meeting this year", "This was the first such encounter since 2019" (", in what would be their
    first meeting since June"): a meeting noun said of
    "it" or "this" with a count, which is the meeting the article has just reported, not another; and the same count
    trailing a sentence after a comma ("..., their first meeting since 2019")."""
    head = trig.head
    # (and "It is expected to be the last meeting between the two before ...": the subject of the raising verb)
    subjects = [*head.children, *(head.head.children if head.dep_ == "xcomp" else ())]
    counted = any(c.lower_ in _ORDINALS or c.ent_type_ == "ORDINAL" for c in trig.children)
    if counted and trig.pos_ == "NOUN" and trig.dep_ in ("advcl", "appos", "npadvmod", "dep", "attr") and trig.left_edge.i > trig.sent.start \
            and trig.doc[trig.left_edge.i - 1].text in (",", "—", "–") and not any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in trig.children):
        return True  # "..., the White House said on Thursday, their first in-person meeting since ...": the one just told
    if counted and trig.pos_ == "NOUN" and trig.dep_ == "pobj" and head.lower_ in ("in", "as") and head.i > trig.sent.start \
            and trig.doc[head.i - 1].text in (",", "—", "–") and all(
                any(g.lower_ in _THE_PAIR for g in c.children) for c in trig.children if c.dep_ == "prep" and c.lower_ in ("with", "between")):
        return True  # "will meet in Bangkok on Thursday, an official said, in the first face-to-face talks between the two since ..."
    if trig.dep_ == "nsubj" and head.lemma_.lower() == "be" and trig.pos_ == "NOUN" and any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in trig.children) and any(
            c.dep_ in ("attr", "acomp") and (c.lower_ in _ORDINALS or c.ent_type_ == "ORDINAL") for c in head.children):
        return True  # "The meeting was the first between the two leaders": the one just told, counted
    return trig.dep_ == "attr" and head.lemma_.lower() == "be" and trig.pos_ == "NOUN" \
        and any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("it", "this", "that") or c.lower_ == "what" and head.dep_ == "pcomp")
                for c in subjects) \
        and any(c.lower_ in _ORDINALS or c.ent_type_ == "ORDINAL" for c in trig.children)


def _fronted_before(trig: Token) -> bool:
    """"Ahead of the talks, ...", "Before the summit, ...", "After the meeting, ...": a phrase opening the sentence."""
    prep = trig.head
    if prep.lower_ == "of" and prep.head.lower_ == "ahead":
        prep = prep.head
    return prep.lower_ in ("before", "after", "ahead") and prep.i == trig.sent.start


def _in_the_verbs_round(trig: Token, out: list[Candidate]) -> bool:
    """"will meet in Ohrid on Saturday, in a new round of talks", "met in Brussels as part of the dialogue": a meeting noun
    in a phrase of a meeting verb reported just before, which names the same meeting."""
    x, p = trig, trig.head
    if x.dep_ == "pobj" and p.lower_ == "of" and p.head.lemma_.lower() in ("round", "session", "part", "series"):
        x, p = p.head, p.head.head
    if x is trig and p.lower_ != "as":
        return False  # (not "had met ... in a meeting hosted by Scholz": the noun that tells who hosted it)
    if not (x.dep_ == "pobj" and p.lower_ in ("in", "as") and p.dep_ == "prep") or any(
            c.dep_ == "prep" and c.lower_ in ("with", "between") for c in trig.children):
        return False
    verb = p.head  # (the meeting verb, or the planning verb it completes: "are set to meet ..., in a new round")
    return verb.pos_ == "VERB" and _told_by(verb, out)


def _told_by(verb: Token, out: list[Candidate]) -> bool:
    """A meeting reported just before is the verb's own, or the one the verb plans ("are set to meet", "intended to meet")."""
    return any(c.trig.i == verb.i or c.trig.dep_ == "xcomp" and c.trig.head.i == verb.i for c in out)


def _apposed_to_the_verb(trig: Token, out: list[Candidate]) -> bool:
    """"had also intended to meet Jiang in Osaka, the second meeting in a month between the two leaders": a meeting noun set
    after a comma beside the clause of a meeting verb reported just before, which names the same meeting."""
    verb = trig.head
    if trig.dep_ not in ("npadvmod", "appos") or verb.pos_ not in ("VERB", "AUX") or trig.i < 1 \
            or not any(t.text == "," for t in trig.doc[verb.i: trig.left_edge.i]):
        return False
    return _told_by(verb, out)


def _contact_holds(trig: Token) -> bool:
    """"contacts" as an encounter: on the sidelines or margins of something, or on a day or at a place of its clause
    ("had brief contacts with Lajcak in Bratislava on Thursday"); not "maintains contacts with the Taliban"."""
    sent = trig.sent
    if any(t.lower_ in SIDELINES for t in sent):
        return True
    clause = trig.head if trig.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") else trig
    return any(t.ent_type_ in ("DATE", "GPE", "FAC") and t.dep_ == "pobj" and t.head.lower_ in ("in", "at", "on")
               for t in clause.subtree if t.i not in range(trig.left_edge.i, trig.i))


def _for_interview(tok: Token) -> bool:
    """"sat down with Tucker Carlson at the Kremlin for an interview", "sits down with Carlson in rare interview": the
    trigger's phrase says what the sitting was for (however the parser hangs it below the trigger)."""
    sent = tok.sent
    if "interview" not in doc_text(tok.doc)[sent.start_char: sent.end_char].lower():
        return False  # (most sentences: no such word, no walk)
    for t in tok.subtree:
        obj = t.head if t.dep_ in ("compound", "amod") else t  # ("for an interview broadcast on Thursday")
        if t.lemma_.lower() == "interview" and obj.dep_ == "pobj" and obj.head.lower_ in ("for", "in", "during"):
            up = obj.head
            while up != tok and up.pos_ not in ("VERB", "AUX") and up.head != up:
                up = up.head
            if up == tok:
                return True
    return False


def _kept_out(tok: Token) -> bool:
    """"Niinisto greeted both men on arrival but did not take part in the talks": who says he was not at the talks, in a
    verb coordinated with the trigger's, was not at them."""
    return any(v.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" for c in v.children) and taking_part(v) for v in tok.conjuncts)


def _not_at(tok: Token) -> bool:
    """A meeting noun someone did not take part in, attend or join (not one he will not: that one is ruled out)."""
    verb = part_taken_in(tok)
    return verb is not None and any(c.dep_ == "neg" for c in verb.children) and not any(
        c.dep_ == "aux" and c.lower_ in ("will", "wo", "would", "shall", "to") for c in verb.children)


_HONOURS = {"order", "award", "honour", "honor", "prize", "medal", "doctorate", "degree", "decoration", "citizenship",
            "letter", "message", "invitation", *PHONE_CUES}  # (what one receives that is no guest; and a call)
_REVIVE = {"revive", "resume", "restart", "relaunch", "rescue", "salvage", "unblock", "unlock", "jumpstart", "reboot", "unfreeze"}


def _valid_trigger(tok: Token, span: Span) -> bool:
    """Whether the trigger word reports a meeting at all (not "sat down ... for an interview", "the athletics meet"); read
    once per word and span (the strong triggers of a sentence, their slots and the scan all ask)."""
    cache = tok.doc.user_data.setdefault("sidelines_valid_triggers", {})
    key = (tok.i, span.start, span.end, span.label_)
    if key not in cache:
        cache[key] = _reports_a_meeting(tok, span)
    return cache[key]


_SEEN_AT = {"capital", "city", "palace", "residence", "ministry", "embassy", "summit", "margins", "sidelines"}


# the words of a body's own sessions ("the SCO Heads of State Council meeting", "the cabinet meeting")
_BODY_WORDS = {"council", "heads", "assembly", "forum", "conference", "commission", "committee", "plenary", "cabinet", "board",
               "parliament", "congress", "senate"}


_BODY_SUBJECTS = {"group", "groups", "committee", "committees", "commission", "commissions", "panel", "panels", "subcommittee",
                  "mechanism", "taskforce", "task"}


def _bodies_meet(tok: Token) -> bool:
    """The meeting verb's subject (its own, or the one of the verb it completes: "will start meeting") is a body or working
    group, no party: "joint working groups on the economy will start meeting next week"."""
    v = tok
    for _ in range(2):
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj.pos_ == "NOUN" and subj.lower_ in _BODY_SUBJECTS
        to = next((c for c in v.children if c.dep_ == "aux" and c.lower_ == "to"), None)
        if to is not None and to.i > 0 and v.doc[to.i - 1].lower_ in _BODY_SUBJECTS:
            return True  # (a headline's "Working groups to start meeting next week", the parse broken)
        if v.dep_ not in ("xcomp", "conj") or v.head == v:
            return False
        v = v.head
    return False


def _wh_question(tok: Token) -> bool:
    """The trigger is in a question about the past a wh-word opens ("When did Trump and Putin last meet?"): what an
    explainer asks before it answers (not "When will X meet Y?", which takes the meeting as set)."""
    sent = tok.sent
    words = [t for t in sent if not t.is_space]
    if not words or words[-1].text != "?" or words[0].lower_ not in ("when", "where", "why", "how", "what"):
        return False
    return len(words) > 1 and words[1].lower_ in ("did", "have", "has", "had", "was", "were")


def _body_session_after(tok: Token) -> bool:
    """"after the SCO Heads of State Council meeting", "before the cabinet meeting": a body's session named as the time of
    another (however the parser hangs the body's name), with no parties of its own."""
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in tok.children):
        return False
    t = tok
    for _ in range(3):
        if t.dep_ != "pobj":
            return False
        if t.head.lower_ in ("after", "before", "following"):
            break
        if t.head.lower_ != "of":
            return False
        t = t.head.head
    else:
        return False
    return any(w.ent_type_ == "ORG" or w.lower_ in _BODY_WORDS for w in tok.doc[t.head.i + 1: tok.i])


def _reports_a_meeting(tok: Token, span: Span) -> bool:
    lem = tok.lemma_.lower()
    if span.label_ == "NOUN" and tok.lower_ == "session":
        # a session held with someone or of a pair, not one of a body ("the opening session of the summit") or attended
        # (or one that "brought together" two people: "The previous session, held in Izmir, brought together X and Y")
        if not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children) and any(
                c.dep_ == "prep" and c.lower_ == "with" and any(p.dep_ == "pobj" and p.pos_ == "PROPN" for p in c.children)
                for c in tok.children):
            return True  # ("followed by a three-hour session Monday with Wang Yi"): a session with someone, however told
        return tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("hold", "have") and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in tok.children) and any(
            (c.dep_ == "prep" and c.lower_ == "with") or (c.dep_ == "poss" and c.lower_ == "their") for c in (*tok.children, *tok.head.children)) \
            or brought_together(tok) and tok.head.lemma_.lower() == "bring"
    if span.label_ == "NOUN" and tok.lower_ in ("round", "rounds"):
        # "the next round" of the talks just told (a follow-up of the pair before: a contest is no meeting to follow);
        # not "a second round of talks" (its "talks" is the trigger) nor "a new round of voting"
        return not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    if _for_interview(tok):
        return False  # "Putin sat down with Tucker Carlson at the Kremlin for an interview": an interview, no meeting
    if span.label_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in ("begin", "start", "launch", "open") \
            and any(c.dep_ == "mark" and c.lower_ == "since" for c in tok.head.children) \
            and not any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in tok.children):
        return False  # "the sixth round since the talks began in April": the point the rounds are counted from
    if span.label_ == "VERB" and _bodies_meet(tok):
        return False  # "joint working groups ... will start meeting next week": the groups' sessions, not the leaders'
    if _wh_question(tok):
        return False  # "When did Trump and Putin last meet?": an explainer's heading, its answer the report
    if span.label_ == "NOUN" and _body_session_after(tok):
        return False  # "on Monday, after the SCO Heads of State Council meeting": a body's session the day is told by
    if span.label_ == "NOUN" and lem == "discussion" and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children) and any(
            c.dep_ in ("amod", "advmod") and c.lower_ in ("further", "more") for c in tok.children):
        return False  # "agreed that no further discussion is needed on the EU proposal": a text settled, no meeting refused
    if span.label_ == "NOUN" and tok.lower_ in ("talks", "negotiations") and any(
            c.dep_ in ("compound", "amod") and c.lower_ in ("accession", "membership") for c in tok.children):
        return False  # "the coordination of their countries' EU accession talks": a country's way into a union, no meeting
    if span.label_ == "VERB" and lem in ("greet", "welcome", "receive", "host", "shake") and _kept_out(tok):
        return False
    if span.label_ == "VERB" and lem == "receive" and any(c.dep_ == "dobj" and any(
            x.lower_ in _HONOURS and not any(a.dep_ == "relcl" and c.is_ancestor(a) for a in x.ancestors) for x in c.subtree)
            for c in tok.children):  # (not what the guest brought: "a special envoy ..., who delivered a message")
        return False  # "Modi also received Barbados' Honorary Order of Freedom": an honour, not a guest
    if span.label_ == "NOUN" and _not_at(tok):
        return False  # "... but did not take part in the talks": talks held without him, told elsewhere
    if span.label_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "on" and tok.head.head.lemma_.lower() == "follow" \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False  # "will travel to China to follow up on the discussions between Biden and Xi": those told before
    if span.label_ == "NOUN" and tok.dep_ == "dobj" and tok.head.tag_ == "VB" and tok.head.lemma_.lower() in _REVIVE \
            and any(c.dep_ == "amod" and c.lower_ in ("stalled", "frozen", "deadlocked", "stalemated", "moribund") for c in tok.children):
        return False  # "hosted Vucic and Thaci at a dinner in a bid to revive stalled talks": the process, not a meeting
    if span.label_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "advcl" and any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not any(c.dep_ == "prep" for c in tok.children) and any(
            c.dep_ == "mark" and c.lower_ in ("before", "after", "until", "as", "when", "once") for c in tok.head.children):
        return False  # "received X and Y on Friday before the talks opened": talks told elsewhere, the time of the meeting
    if span.label_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "during" and by_phone(tok.head.head) \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not any(c.dep_ == "prep" for c in tok.children):
        return False  # "During the meeting, they also spoke by phone with Trump": the meeting told before, and a call
    if span.label_ == "NOUN" and lem in ("summit", "conference", "forum") and tok.dep_ == "pobj" and tok.head.lower_ == "to" \
            and tok.head.head.lemma_.lower() == "invite" and any(
                c.dep_ in ("compound", "nmod") and (c.pos_ == "PROPN" or c.text[:1].isdigit() or c.text.isupper()) for c in tok.children):
        return False  # "invited Modi to the G7 Summit in Hiroshima": a guest of a gathering, no meeting with the host
    if span.label_ == "VERB":
        if lem == "meet" and tok.pos_ in ("NOUN", "PROPN") and not any(c.dep_ == "nsubj" for c in tok.children) and not (
                is_headline(tok.sent) and tok.lower_ == "meet" and any(c.dep_ in ("compound", "dep") and c.pos_ == "PROPN" for c in tok.children)
                and any(c.dep_ == "dep" for c in tok.children)):
            return False  # "the athletics meet" (not the headline "Biden, Xi meet in Bali", parsed as a noun)
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
        if lem == "see":
            # "will see Chancellor Olaf Scholz tomorrow in Berlin", "will see Trump at Mar-a-Lago on Friday": a named person
            # seen on a day or at a place (not "see Putin as a threat", "saw Putin on television", "see what happens")
            # (the name the parser may make an adverb of the verb: "to see Peruvian President Carlos Mendoza, before ...")
            objs = [c for c in tok.children if c.dep_ == "dobj" or c.dep_ == "npadvmod" and c.ent_type_ == "PERSON" and c.i > tok.i]
            named = any(o.pos_ == "PROPN" and (o.ent_type_ == "PERSON" or any(x.ent_type_ == "PERSON" for x in o.subtree)) for o in objs)
            # ("is then due to see Tusk in the afternoon": a part of the day told before)
            when = any(x.ent_type_ in ("DATE", "TIME") or x.lower_ in ("morning", "afternoon", "evening")
                       for c in tok.children if c.dep_ in ("npadvmod", "prep") for x in c.subtree)
            where = any(c.dep_ == "prep" and (c.lower_ in ("in", "at") or c.lower_ == "on" and any(
                g.lower_ in SIDELINES for g in c.children)) and any(
                g.dep_ == "pobj" and (g.pos_ == "PROPN" and g.ent_type_ != "DATE" or g.lower_ in _SEEN_AT) for g in c.children)
                for c in tok.children) or (  # (and "in the Jordanian capital", "at the palace")
                # "no plans to travel to Moscow to see Vladimir Putin": the trip's purpose
                tok.dep_ in ("advcl", "xcomp") and tok.head.lemma_.lower() in MOTION_VERBS and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)) or any(
                # "was heading to Bahrain, where he is scheduled to see King Hamad": the place the clause is of
                a.dep_ == "relcl" for a in (tok, *list(tok.ancestors)[:2])) and any(
                c.lower_ == "where" for a in (tok, *list(tok.ancestors)[:2]) for c in a.children)
            # ("is expected to see him again at the end of this month in Budapest": the one just named as met)
            named = named or (any(o.lower_ in ("him", "her") for o in objs) and any(c.lower_ == "again" for c in tok.children))
            return named and (when or where) and not any(
                c.dep_ in ("prep", "ccomp", "xcomp", "oprd") and (c.lower_ in ("as", "like") or c.lower_ == "on" and not any(
                    g.ent_type_ == "DATE" or g.lower_ in SIDELINES for g in c.children)) for c in tok.children)
        if lem == "spend":
            # "spent more than seven hours with Foreign Minister Qin Gang": hours with a named person (not "spent the
            # weekend with his family", "spent $5 billion with partners")
            hours = any(c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in _SPENT_TIME for c in tok.children)
            # (the one spent with parsed as the subject of the talk: "four hours with Foreign Minister Lavrov discussing Ukraine")
            withs = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
                     for p in ([g] if g.dep_ == "pobj" else [d for d in g.children if d.dep_ == "nsubj"] if g.dep_ == "pcomp" else [])]
            # (or two people who spent the hours somewhere or together: "Kerry and Lavrov spent six hours on Friday at
            # Winfield House in London")
            pair = any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON" and any(x.ent_type_ == "PERSON" for x in c.conjuncts)
                       for c in tok.children) and any(
                c.lower_ == "together" or c.dep_ == "prep" and c.lower_ in ("at", "in") for c in tok.children)
            return hours and (pair or any(p.pos_ == "PROPN" or any(x.ent_type_ == "PERSON" for x in p.subtree) for p in withs))
        if lem == "shake":  # "X and Y shook hands at the G20 dinner": a brief encounter
            return any(c.dep_ == "dobj" and c.lower_ in ("hands", "hand") for c in tok.children)
        return True
    return True


_SPENT_TIME = {"hour", "hours", "minute", "minutes", "morning", "afternoon", "evening"}
# "Macron proposed the meeting": who proposed or arranged a meeting named before is not at it
_PROPOSERS = {"propose", "suggest", "arrange", "broker", "organize", "organise", "facilitate", "mediate", "announce", "confirm"}


_TRIP_NOUNS = {"trip", "visit", "stop", "stopover", "tour", "journey", "leg"}
_NOT_YET_SET = {"arrange", "schedule", "set", "fix", "confirm"}


_CAPTION_START = re.compile(r"\s*(?:photo|picture|pictured|file photo|photograph|image)\b\s*[:|-]", re.I)


_HEADING = re.compile(rf"\s*((?:\d{{1,2}} (?i:{dates_mod.MONTH_NAMES})|(?i:{dates_mod.MONTH_NAMES}) \d{{1,2}})(?:,? \d{{4}})?),\s+([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){{0,2}})\.\s")


def _paragraph_heading(doc: Doc, sent: Span, published: date | None) -> tuple[dates_mod.DateValue | None, PlaceData | None] | None:
    """A report's day-by-day paragraph heading ("22 November, Riyadh. Rakhmetullin held talks with ..."): the day and the
    city of the meetings its paragraph tells (each of the paragraph's, not the next one's)."""
    text = doc_text(doc)
    start = text.rfind("\n", 0, sent.start_char) + 1
    found = _HEADING.match(text, start, start + 60)
    if found is None:
        return None
    place = lookup(found.group(2))
    if place is None:
        return None
    day = dates_mod.resolve(found.group(1), published, past=True) if published is not None else None
    return day, place


_FATE_AFTER = re.compile(r"\b(?:was|were|has been|have been|had been)\s+(cancell?ed|called off|scrapped|postponed|put off|delayed)\b")


def _in_clause_about_another(tok: Token, trig: Token, trigger_toks: set[int]) -> bool:
    """The object of a relative clause about someone else ("talks with Doumbouya, the leader of the soldiers who toppled
    President Alpha Conde"), or of another meeting's ("in St Petersburg in July, where Putin also held talks with X"): who
    that clause tells of, not one at the table (but "held in Rome, where A and B exchanged messages through C": the
    meeting's own place and its go-between)."""
    if tok.dep_ not in ("dobj", "pobj"):
        return False
    return any(a.dep_ == "relcl" and not a.is_ancestor(trig) and a != trig and (
        not any(c.lower_ in ("where", "when") for c in a.children)
        or a.i in trigger_toks or any(c.i in trigger_toks for c in a.children)) for a in tok.ancestors)


def _met_with(tok: Token, trig: Token) -> bool:
    """The object of the trigger's (or its light verb's) "with", or of the trigger verb: one of those met."""
    if tok.dep_ == "dobj" and tok.head == trig and trig.pos_ == "VERB":
        return True  # ("hosted the two leaders separately")
    if tok.dep_ != "pobj" or tok.head.lower_ != "with":
        return False
    gov = tok.head.head
    return gov == trig or (trig.dep_ == "dobj" and gov == trig.head)


def _prepared_for(trig: Token) -> bool:
    """"to prepare for a summit between X and Y", "in preparation for", "to pave the way for", "ahead of a summit": the
    meeting another one readies."""
    for a in trig.ancestors:
        if a.lemma_.lower() in ("prepare", "preparation", "pave", "groundwork") or (
                a.lower_ == "of" and a.i > 0 and a.doc[a.i - 1].lower_ == "ahead"):
            return True
        if a.pos_ == "VERB" and a.lemma_.lower() not in ("lay", "pave", "prepare"):
            return False  # (no further than the clause the meeting is told in)
    return False


def _rescheduled(trig: Token) -> bool:
    """"will host X and Y in Iasi on April 12 for a trilateral meeting that was postponed last month": the postponement
    is the meeting's past, its new day the clause's ahead (planned)."""
    told = any(c.dep_ == "relcl" and c.tag_ == "VBN" and c.lemma_.lower() in ("postpone", "delay", "defer", "reschedule", "move")
               and any(a.dep_ == "auxpass" and a.lower_ in ("was", "were") for a in c.children) for c in trig.children)
    if not told or trig.dep_ != "pobj" or trig.head.lower_ != "for":
        return False
    verb = trig.head.head
    return verb.pos_ in ("VERB", "AUX") and (any(a.dep_ == "aux" and a.lower_ in ("will", "shall", "'ll") for a in verb.children)
                                              or verb.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children))


def _lost_fate(trig: Token) -> str | None:
    """"held a videoconference after the in-person meeting ... that the two were to co-chair ... was cancelled", the
    parser hanging "was cancelled" on the clause inside: the fate told after the meeting noun, when no subject of its own
    comes between."""
    sent = trig.sent
    text = doc_text(sent.doc)[trig.idx: sent.end_char]
    found = _FATE_AFTER.search(text)
    if found is None:
        return None
    verb = next((t for t in sent if t.idx >= trig.idx + found.start(1)), None)
    if verb is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.is_ancestor(trig):
        return None
    return "postponed" if found.group(1) in ("postponed", "put off", "delayed") else "cancelled"


def _caption(sent: Span) -> bool:
    """A photo caption: a line opening "Photo:" or "Pictured:", or one that says who stands where ("(L)", "(R)")."""
    marks = sent.doc.user_data.get("sidelines_position_marks") or ()
    return bool(_CAPTION_START.match(sent.text)) or any(sent.start_char <= k < sent.end_char for k in marks)


def _trip_fate(trig: Token) -> tuple[str, str, float] | None:
    """What became of the trip a meeting was part of: "scrapped a planned stop in Papua New Guinea, where he had been due
    to meet Marape", "had been due to visit Beijing for talks with Wang, but he postponed the trip"."""
    ups = [a for a, _ in zip(trig.ancestors, range(6), strict=False)]
    trip_verbs = [t for t in trig.sent if t.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in (*_TRIP_NOUNS, "it", "plan") for c in t.children)]
    for v in trip_verbs:
        # (and "cancelled plans to visit Israel, a trip that was to have included talks with Netanyahu": the plans above)
        obj = next(c for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in (*_TRIP_NOUNS, "it", "plan"))
        if obj.lemma_.lower() == "plan" and obj not in ups:
            continue
        # the trip noun above the meeting ("a planned stop in X, where ..."), or the trip the meeting's clause sets out on
        above = obj in ups
        named_before = obj.lower_ == "it" or definite(obj) or any(c.dep_ == "poss" for c in obj.children)
        told = obj.i > trig.i and named_before and not v.is_ancestor(trig) and any(
            a.lemma_.lower() in ("visit", "travel", "trip", "go", "fly") for a in ups)
        # ("Foreign Minister Kim, who had been due to meet Tanabe in Tokyo on Thursday, has called off his trip": the trip of
        # the one the meeting's clause is about)
        # (also of a subject named in apposition: "The Mexican president, Claudia Sheinbaum, who had been scheduled to ...")
        theirs = obj.i > trig.i and named_before and any(
            a.dep_ == "relcl" and (a.head.dep_ in ("nsubj", "nsubjpass") and a.head.head == v
                                   or a.head.dep_ == "appos" and a.head.head.dep_ in ("nsubj", "nsubjpass") and a.head.head.head == v)
            for a in ups)
        if not (above or told or theirs):
            continue
        if (fate := _given_up(v)) is not None:
            return fate
    # "had been due to hold talks with Rubio here today before Rubio pulled out of the trip": the trip the clause on the
    # meeting's verb says was given up
    for v in (t for t in trig.sent if t.dep_ == "advcl" and t.pos_ == "VERB" and (t.head in ups or t.head == trig)
              and any(c.dep_ == "mark" and c.lower_ in ("before", "when", "after") for c in t.children)):
        if any(x.lemma_.lower() in _TRIP_NOUNS and x.dep_ in ("pobj", "dobj") for x in v.subtree if x.head.i >= v.i) \
                and (fate := _given_up(v)) is not None:
            return fate
    # "A visit to Tbilisi on Friday, where Kallas had been due to meet X, was called off": the trip, subject of its fate
    for t in ups:
        if t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in _TRIP_NOUNS and t.head.pos_ == "VERB" \
                and (fate := _given_up(t.head)) is not None:
            return fate
    return None


def _given_up(v: Token) -> tuple[str, str, float] | None:
    """The trip verb's fate, when it calls the trip off or puts it off: (status, cue, confidence), else None."""
    status, cue, conf = status_of(v)
    return (status, f"{cue} (the trip)", conf) if status in ("cancelled", "postponed") and conf >= 0.7 else None


_DEAL_NOUNS = {"agreement", "deal", "pact", "treaty", "accord", "fta"}
_TRADE_WORDS = {"trade", "free", "investment", "economic", "tariff", "customs", "fisheries", "partnership", "fta"}
_STARTING = {"resume", "start", "launch", "begin", "open", "restart", "reopen", "relaunch", "continue"}


def _trade_negotiations(trig: Token) -> bool:
    """"agreed to resume talks on a bilateral free trade agreement": rounds of a trade negotiation, started or resumed,
    of no parties of their own (not "talks with Lavrov on the treaty", nor talks held)."""
    if trig.lower_ not in ("talks", "negotiations") or trig.dep_ != "dobj" or trig.head.lemma_.lower() not in _STARTING:
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in trig.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("on", "over", "about", "for", "toward", "towards") and any(
        o.dep_ == "pobj" and o.lemma_.lower() in _DEAL_NOUNS and any(x.lower_ in _TRADE_WORDS for x in o.subtree if x.i < o.i)
        for o in c.children) for c in trig.children)


def _place_named_meeting(trig: Token, trigger_toks: set[int]) -> bool:
    """"the Singapore meeting", "the Helsinki summit" in what someone says, beside another meeting word of the sentence
    outside the saying: a meeting named by its place, told of."""
    if not any(c.dep_ in ("compound", "nmod") and c.ent_type_ in ("GPE", "LOC", "FAC") for c in trig.children) \
            or any(c.dep_ == "prep" and c.lower_ in ("with", "between", "of") for c in trig.children):
        return False
    said = next((a for a in trig.ancestors if a.dep_ == "ccomp" and is_speech(a.head)), None)
    if said is None and trig.dep_ == "pobj" and trig.head.lower_ == "of" and trig.head.head.lemma_.lower() in _ABOUT_A_MEETING:
        said = trig.head.head  # ("discussed the agenda of the Tashkent meeting by telephone": the meeting named before, told of)
    return said is not None and any(i != trig.i and not said.is_ancestor(trig.doc[i]) and trig.sent.start <= i < trig.sent.end
                                    for i in trigger_toks)


_ABOUT_A_MEETING = {"agenda", "preparation", "outcome", "result", "arrangement", "date", "venue", "format", "timing", "programme",
                    "program", "schedule"}


def _trip_destination(trig: Token) -> tuple[PlaceData | None, str]:
    """The place of the trip a meeting was part of: "plans to visit Israel", "a planned stop in Papua New Guinea"."""
    for a in list(trig.ancestors)[:8]:
        if a.lemma_.lower() == "visit" and a.pos_ == "VERB":
            dest = next((c for c in a.children if c.dep_ == "dobj"), None)
        elif a.lemma_.lower() in _TRIP_NOUNS:
            dest = next((p for c in a.children if c.dep_ == "prep" and c.lower_ in ("to", "in") for p in c.children if p.dep_ == "pobj"), None)
        else:
            continue
        p = place_name_at(dest) if dest is not None and dest.pos_ == "PROPN" else None
        if p is not None:
            return p, p.mention
    return None, ""


def _headline_source(sent: Span, trig: Token) -> set[int]:
    """"Russian, U.S. diplomats to meet in Istanbul on Thursday - Lavrov", "Modi, Xi to hold bilateral talks ...: Misri": the
    words after a headline's last dash or colon, who said it, not who meets."""
    toks = [t for t in sent if not t.is_space]
    dash = next((k for k in range(len(toks) - 1, 0, -1) if toks[k].text in ("-", "–", "—", ":")), None)
    if dash is None or toks[dash].i < trig.i or len(toks) - dash - 1 > 4 or not toks[dash].whitespace_ \
            or not (toks[dash - 1].whitespace_ or toks[dash].text == ":") or not is_headline(sent):
        return set()
    return {t.i for t in toks[dash + 1:]}


# what people do at the table of a meeting told just before ("sat across from", "was led by", "hosted", "told")
_AT_TABLE = {"sit", "lead", "head", "represent", "flank", "join", "accompany", "host", "attend", "face", "chair", "include",
             "meet", "hold", "welcome", "greet", "receive", "tell", "brief", "hand", "sign", "shake", "open", "press", "urge",
             "ask", "assure", "present", "discuss", "raise", "agree", "negotiate", "talk"}
_AGREED_VERBS = {"agree", "confirm", "set", "schedule", "arrange", "announce", "fix", "plan", "slate"}


def _headline_agreed(trig: Token) -> Token | None:
    """"Putin-Trump meeting in Hamburg agreed, time not yet set", "Xi-Biden summit confirmed for next week": a
    headline's bare participle, short for "has been agreed" — planned, not a past act of the meeting."""
    tok = trig
    for _ in range(2):
        if tok.dep_ not in ("nsubj", "nsubjpass", "appos"):
            break
        tok = tok.head
        # (what the meeting agreed is no participle: "Lavrov-Kerry talks agreed that ..."; a clause after a comma
        # is the headline's next item: "..., time not yet set")
        if tok.pos_ == "VERB" and tok.lemma_.lower() in _AGREED_VERBS and tok.tag_ in ("VBD", "VBN") and not any(
                c.dep_ in ("dobj", "xcomp", "neg", "aux", "auxpass") or (c.dep_ == "ccomp" and not any(
                    t.text == "," for t in tok.doc[tok.i + 1: c.left_edge.i])) for c in tok.children):
            return tok
    return None


def _sentences(doc: Doc) -> list[Span]:
    """The doc's sentences as a list, built once per doc (index k is the sentence `sent_index` numbers k)."""
    sents = doc.user_data.get("sidelines_sents")
    if sents is None:
        sents = doc.user_data["sidelines_sents"] = list(doc.sents)
    return sents


def trip_called_off_after(out: list[Candidate], at: dict[int, Mention], sent_index: dict[int, int]) -> None:
    """"Putin had been scheduled to visit Paris on October 19 and hold talks with Hollande. The Kremlin said on
    Tuesday that Putin had called off the trip": a trip the next sentence says its traveller called off or put
    off, and with it the meeting that was part of it."""
    for c in out:
        if c.status not in ("planned", "possible") or c.mode != "in_person" or not any(
                a.lemma_.lower() in ("visit", "travel", "trip", "go", "fly", "come") for a in c.trig.ancestors):
            continue
        k = sent_index.get(c.sent.start, 0)
        sents = _sentences(c.trig.doc)
        nxt = sents[k + 1] if k + 1 < len(sents) else None
        if nxt is None or not any(t.lemma_.lower() in _TRIP_NOUNS for t in nxt):
            continue
        for v in nxt:
            obj = next((o for o in v.children if o.dep_ == "dobj" and o.lemma_.lower() in _TRIP_NOUNS
                        and (definite(o) or any(g.dep_ == "poss" for g in o.children))), None) if v.pos_ == "VERB" else None
            subj = next((x for x in v.children if x.dep_ == "nsubj"), None)
            # the traveller: a party of the meeting, or "he"/"she"
            if obj is None or subj is None or not (subj.lower_ in ("he", "she") or (subj.i in at and at[subj.i].key in c.keys)):
                continue
            status, cue, conf = status_of(v)
            if status in ("cancelled", "postponed") and conf >= 0.7:
                c.statuses.append((status, False, conf))
                c.cues["status"] = f"{cue} (the {obj.text}, next sentence)"
                break


def _place_phrase_in(doc: Doc, start: int, stop: int) -> tuple[PlaceData | None, int]:
    """The place an "in"/"at" phrase names between `start` and `stop` ("and Fiala in Prague on Tuesday"), and the token
    after the phrase ("... Nehammer in Vienna| on Wednesday"); (None, 0) when there is none."""
    at_k = next((k for k in range(start, stop) if k > 0 and doc[k - 1].lower_ in ("in", "at") and doc[k].pos_ == "PROPN"), None)
    if at_k is None:
        return None, 0
    end_k = at_k
    while end_k < stop and doc[end_k].pos_ == "PROPN":
        end_k += 1
    return lookup(doc[at_k:end_k].text), end_k


_YEAR_ENTRY = re.compile(r"[\s\-–—*•·]*((?:19|20)\d\d)\s*[:–—-]\s")


def _line_match(rx: re.Pattern, sent: Span) -> re.Match | None:
    """A pattern matched at the start of the sentence's line, however the model cut the line into sentences ("Monday:"
    and "2018:" cut off as sentences of their own)."""
    text = doc_text(sent.doc)
    return rx.match(text, text.rfind("\n", 0, sent.start_char) + 1, sent.end_char)


def _year_said(sent: Span, d: dates_mod.DateValue, published: date, trig: Token) -> dates_mod.DateValue:
    """"In August last year, Erdogan met Zelensky in Lviv on August 18": a day of no year takes the year another date of
    its sentence gives ("last year", "in 2022"), not the year nearest to publication (nor a bound's or another act's:
    "the first direct talks since 2016", "to restore ties severed in 2011")."""
    doc = sent.doc
    entry = _line_match(_YEAR_ENTRY, sent)
    if entry is not None and int(entry.group(1)) != d.start.year:
        # "2018: Trump and Kim meet in Singapore on June 12": a timeline entry's year
        year = int(entry.group(1))
        try:
            start, end = d.start.replace(year=year), d.end.replace(year=year + (d.end.year - d.start.year))
        except ValueError:
            return d
        return dates_mod.DateValue(start, end, d.precision, f"no year given: the year of its timeline entry ({year})", d.text)
    for e in sent_ents(sent):
        if e.label_ != "DATE" or e.text == d.text or not re.search(r"\b(?:year|(?:19|20)\d\d)\b", e.text, re.I):
            continue
        if e.start > 0 and doc[e.start - 1].lower_ in ("since", "until", "till", "before", "after", "by"):
            continue
        if e.root.dep_ in ("compound", "nmod", "amod", "nummod") and e.root.head.pos_ == "NOUN" and e.root.head != trig \
                and not e.root.head.is_ancestor(trig):
            continue  # "a visit to turn the page after the 1994 genocide": the year of something else the sentence names
        verb = e.root.head.head if e.root.head.dep_ == "prep" else e.root.head
        if verb.pos_ == "VERB" and verb != trig and not verb.is_ancestor(trig) and not trig.is_ancestor(verb):
            continue
        v = dates_mod.resolve(e.text, published, past=True)
        if v is None or v.precision not in ("year", "month") or v.start.year == d.start.year:
            continue
        try:
            start, end = d.start.replace(year=v.start.year), d.end.replace(year=v.start.year + (d.end.year - d.start.year))
        except ValueError:
            return d  # (February 29)
        return dates_mod.DateValue(start, end, d.precision, f"no year given: the year of '{e.text}'", d.text)
    return d


_SCHEDULES = {"schedule", "itinerary", "programme", "program", "agenda"}
# the cue of a held-sounding meeting whose day comes after the publication (planned); `ingest.nlp._analyse` reads it back
AFTER_PUBLICATION = "(after publication)"
# a time said ahead of the article ("next week", "later this month", "tomorrow")
_AHEAD = re.compile(r"\b(?:(?<!the )next (?:week|month|year|weekend)|coming (?:week|weeks|days|month|months|weekend)|tomorrow|"
                    r"later this (?:week|month|year))\b", re.I)


def _schedule_of(trig: Token) -> Token | None:
    """The schedule a meeting noun is included in ("Her schedule includes meetings with ..."), or None."""
    if trig.dep_ != "dobj" or trig.head.lemma_.lower() not in ("include", "feature"):
        return None
    return next((c for c in trig.head.children if c.dep_ == "nsubj" and c.lemma_.lower() in _SCHEDULES), None)
_OFTEN = {"regularly", "often", "frequently", "repeatedly", "routinely", "twice"}


def _repeated(trig: Token) -> bool:
    """"met Putin four times", "more than 20 times", "met regularly", "so often": a count of meetings, no one of them."""
    return any((c.dep_ in ("npadvmod", "dobj") and c.lower_ == "times" and any(d.dep_ in ("nummod", "amod") for d in c.children))
               or (c.dep_ == "advmod" and c.lower_ in _OFTEN) for c in trig.children)


def _variant(cand: Candidate, parties: list[PartyData], when: dates_mod.DateValue | None) -> Candidate:
    """The same trigger's report of another meeting (one party met separately, a gapped clause's): its own
    parties and date, fresh cues and statuses, and no corroborating-only flag."""
    return replace(cand, parties=parties, keys=frozenset(party_key(p) for p in parties), date=when, cues=dict(cand.cues),
                   statuses=list(cand.statuses), supporting=False)


def _strong_verb(span: Span) -> bool:
    """A verb that reports a meeting by itself ("met", "conferred"), and "came face to face"."""
    return span.label_ == "VERB" and (span.root.lemma_.lower() in STRONG_VERBS or span[-1].lower_ == "face")


def _strong(span: Span, tok: Token) -> bool:
    """A trigger that reports a meeting by itself ("met", "talks", "a phone call"), not one that needs a cue."""
    lem, low = tok.lemma_.lower(), tok.lower_
    return _strong_verb(span) or (span.label_ == "NOUN" and (
        lem in STRONG_NOUNS or low in STRONG_NOUNS or span.text.lower().replace(" ", "") in STRONG_NOUNS))


# "their advisers", "their foreign ministers": people of the pair, not the pair
# people named by whose they are, in apposition to the one met ("Amorim, Lula's adviser", "Saddam Haftar, his son")
# who speaks or works for someone ("Kremlin aide Yuri Ushakov"), and, beside them, whose someone else's relative or
# representative is ("Amorim, Lula's adviser")
_AIDE_WORDS = {"aide", "adviser", "advisor", "assistant", "spokesman", "spokeswoman", "spokesperson"}
_OWNED_ROLES = _AIDE_WORDS | {"wife", "husband", "son", "daughter", "brother", "envoy", "deputy", "counsellor", "counselor",
                              "confidant", "representative",
                              # (whose rival or forerunner: "met former President Jair Bolsonaro, Lula's far-right rival")
                              "rival", "predecessor", "successor", "opponent", "challenger", "ally", "critic", "protege"}
_AIDES = {"advisers", "advisors", "aides", "ministers", "officials", "envoys", "negotiators", "diplomats", "delegations",
          "representatives", "deputies", "teams", "ambassadors", "secretaries"}


def _between_countries(trig: Token) -> bool:
    """"urged direct talks between Russia and Ukraine": talks whose sides are countries, so not the people
    named around them."""
    if any(c.dep_ == "prep" and c.lower_ == "between" and any(p.dep_ == "pobj" and country_code(p.text) for p in c.children)
           for c in trig.children):
        return True
    # (and "the US-Russia talks", "the U.S.-Russia talks": two countries named before the noun)
    named = [part for c in trig.children if c.dep_ in ("compound", "nmod", "amod") and c.i < trig.i for x in c.subtree
             for part in re.split(r"(?<=[a-z.])-(?=[A-Z])", x.text) if country_code(part)]
    return len(set(map(country_code, named))) >= 2


def _announced_after(s: Token, trig: Token) -> bool:
    """`s` is the meeting after (or at) which a speaker told of `trig`'s: "X will meet Y, Z announced after their talks"."""
    prep = s.head if s.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in ("after", "following", "at", "during", "before"):
        return False
    v = prep.head
    # (the reporting clause after the report, parsed as joined to its verb: "..., X and Y announced here after their talks")
    return is_speech(v) and not s.is_ancestor(trig) and (v.is_ancestor(trig) or v.dep_ == "conj" and v.i > trig.i
                                                         and v.head.is_ancestor(trig))


def _negated(tok: Token) -> bool:
    """"did not meet", "did not hold a formal meeting": the trigger, or the verb a noun trigger is the object of."""
    verb = tok.head if tok.dep_ == "dobj" else tok
    return any(c.dep_ == "neg" for c in verb.children)


_PROCESS_VERBS = {"start", "resume", "launch", "begin", "restart", "open", "continue", "relaunch"}


def _own_pair(span: Span, trig: Token, tight_named: list[Mention]) -> bool:
    """A meeting noun with its own parties, which a strong trigger of its sentence does not report: "to prepare for a
    summit between Putin and Trump", "The summit of Putin and Biden ... has ended"; a summit its subject will hold with another ("Trump will hold a second summit with
    Kim Jong Un near the end of February, the White House said after Trump met a senior North Korean envoy"); a meeting
    the one reported comes before or after ("met Musk ..., hours before his talks with Trump")."""
    if span.label_ != "NOUN" or not tight_named:
        return False
    preps = {c.lower_ for c in trig.children if c.dep_ == "prep"}
    two = len({m.key for m in tight_named}) >= 2
    if two and preps & {"between", "of"}:
        return True
    if two and trig.lemma_.lower() == "summit" and "with" in preps and trig.dep_ == "dobj":
        return True
    return "with" in preps and any(c.dep_ == "poss" for c in trig.children) and trig.dep_ == "pobj" and (
        trig.head.lower_ in ("before", "after", "following") or (trig.head.lower_ == "of" and trig.head.head.lower_ == "ahead"))


def _times_met(trig: Token) -> bool:
    """"..., the second time they met this year", "the third time the two have met": a count of meetings, told in a
    clause on "time" (the meeting of the clause it hangs on among them)."""
    return trig.dep_ == "relcl" and trig.head.lower_ in ("time", "times") and any(c.dep_ in ("amod", "nummod") for c in trig.head.children)


def _strong_sentences(triggers: list[Span]) -> dict[int, list[Token]]:
    """The strong triggers of each sentence (by its first token): a meeting reported in its own right.
    (not a meeting said not to be held: "chatted briefly ..., but did not hold a formal meeting")
    (nor an occasion, nor an adjective: "held a bilateral summit with Kishida on the sidelines of the trilateral meeting")"""
    out: dict[int, list[Token]] = {}
    for t in triggers:
        if (_strong_verb(t)
                or (t.label_ == "NOUN" and t[-1].lower_ in STRONG_NOUNS and t[-1].lower_ not in ("summit", "summits", "talk")
                    and not sidelines_of(t[-1]) and not (t[-1].lower_ == "bilateral" and t[-1].dep_ in ("amod", "compound")))) \
                and not _negated(t.root if t.label_ == "VERB" else t[-1]) and _valid_trigger(t.root if t.label_ == "VERB" else t[-1], t) \
                and not (t.label_ == "VERB" and _times_met(t.root)) \
                and not (t.label_ == "NOUN" and any(a.lower_ == "than" for a in list(t[-1].ancestors)[:3])):
            # (nor a word that reports no meeting at all: "received X on Friday before the talks opened")
            # (nor the count of the meetings: "received Dagalo ..., the second time the two have met")
            # (nor one a comparison recalls: "received Zelensky ... in far friendlier circumstances than their disastrous
            # encounter there on Feb. 28")
            out.setdefault(t.root.sent.start, []).append(t.root if t.label_ == "VERB" else t[-1])
    return out


def _reported_trigger_tokens(doc: Doc, triggers: list[Span], at: dict) -> set[int]:
    """The words of meetings reported in their own right: strong triggers and calls, not an occasion ("on the
    sidelines of the G20 summit in Bali, November 14", "of the G20 foreign ministers' meeting in Bali")."""
    out = set()
    for t in triggers:
        tok = t.root if t.label_ == "VERB" or len(t) > 1 else t[-1]
        low, lem = tok.lower_, tok.lemma_.lower()
        if not _strong(t, tok):
            continue
        own_summit = low == "summit" and tok.dep_ == "dobj" and any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)
        if (low in ("summit", "summits") or lem in _OCCASION_ONLY or sidelines_of(tok)) and not own_summit:
            continue  # (but "will hold a second summit with Kim Jong Un": a meeting of its own)
        # a meeting with two parties of its own ("a meeting to take place by May" is the one just named), or a
        # verb with a subject of its own ("... and agreed that their national security advisers will meet in New Delhi")
        if sum(2 if m.kind == "plural" else 1 for m in party_slots(doc, tok, t, at)) >= 2 or (
                t.label_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)):
            out.add(tok.i)
    return out


def _strong_slot_mentions(doc: Doc, triggers: list[Span], at: dict) -> dict[int, list[Mention]]:
    """The named parties in each strong trigger's own slots (by the trigger's index)."""
    out: dict[int, list[Mention]] = {}
    for span in triggers:
        t0 = span.root if span.label_ == "VERB" or len(span) > 1 else span[-1]
        if (_strong_verb(span) or (span.label_ == "NOUN" and t0.lower_ in _SLOT_NOUNS)) \
                and _valid_trigger(t0, span):
            # (and its own "their": "The talks began in Muscat, when Araghchi and Witkoff held their first meeting")
            out[t0.i] = [m for m in party_slots(doc, t0, span, at) if m.kind in ("person", "unnamed") or (
                m.kind == "plural" and doc[m.head].dep_ == "poss" and doc[m.head].head == t0)]
    return out


def _trigger_token(span: Span) -> Token:
    """The word that stands for a trigger span: the verb, or the noun ("phone call": the call; "tete-a-tete": its
    last word, whatever the parse)."""
    if span.label_ == "VERB":
        return span.root
    if len(span) > 1 and span[0].lower_ not in ("tete", "tête"):
        return span.root
    return span[-1]


def _inverted_had(v: Token) -> bool:
    """A past perfect with its "had" before the subject: the condition of what did not happen ("Had they met in person")."""
    return v.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" and any(
        x.dep_ in ("nsubj", "nsubjpass") and c.i < x.i for x in v.children) for c in v.children)


def _history(span: Span, trig: Token, sent: Span) -> bool:
    """"have never met in person", "have not met since 2019", "have not held talks since 2015", "indirect talks": the pair's history, no
    meeting and no refusal (kept only to carry what a next clause says: "have not met since December, and no meeting
    is planned"); "were in the same chamber but did not meet": no meeting (not one ruled out; "did not meet as
    planned" is one called off, which the status rules read)."""
    if span.label_ == "NOUN" and any(c.dep_ in ("amod", "compound") and c.lower_ in ("indirect", "proximity") for c in trig.children):
        return True  # "held indirect talks in Muscat, sitting in separate rooms": the sides did not meet (but are a pair)
    hv = trig if span.label_ == "VERB" else trig.head if trig.dep_ == "dobj" and trig.head.pos_ == "VERB" \
        and trig.head.lemma_.lower() in ("hold", "have", "conduct") else None  # (not "did not rule out a meeting")
    if hv is not None and hv.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in hv.children) and any(
            a.lemma_.lower() in ("deny", "dismiss", "reject") for a in list(hv.ancestors)[:3]):
        return True  # "denied reports that he had met bin Salman in Neom": no meeting
    if hv is not None and hv.dep_ == "pcomp" and (hv.head.lower_ == "without" or (
            hv.head.lower_ == "than" and hv.head.i > 0 and hv.doc[hv.head.i - 1].lower_ == "rather")):
        return True  # "left Bali without meeting Blinken", "rather than meeting face to face, they held a video call": no meeting
    if hv is not None and (_inverted_had(hv) or any(c.dep_ == "advcl" and _inverted_had(c) for c in hv.children)):
        return True  # "Had they met in person, they would have shaken hands": what did not happen
    if hv is None or not any(c.dep_ == "neg" for c in hv.children):
        return False
    if hv.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in hv.children):
        return True
    return any(c.dep_ == "aux" and c.lower_ in ("did", "didn't") for c in hv.children) \
        and not re.search(r"\bas (?:planned|scheduled|expected|agreed)\b", sent.text)


_INVITATIONS = {"invitation", "invite", "offer", "proposal", "initiative", "request", "suggestion"}


def _inviter(tok: Token, trig: Token, slot_mentions: list[Mention]) -> bool:
    """"had accepted Putin's invitation to meet the Israeli premier in Moscow", "a meeting with Netanyahu, which Putin had
    proposed to host": who invites to or proposes a meeting of others (the trigger's slots naming them), not a party of it."""
    others = any(m.kind in ("person", "unnamed") and m.head > trig.i for m in slot_mentions)
    if tok.dep_ == "nsubj" and tok.head.dep_ == "relcl" and trig.is_ancestor(tok.head) and tok.head.lemma_.lower() in (
            "propose", "suggest", "offer", "invite"):
        return others  # "a meeting with Netanyahu, which Putin had proposed to host in Moscow": who proposed it
    if any(a.lower_ in ("despite", "notwithstanding") and a.dep_ == "prep" and not a.is_ancestor(trig) for a in tok.ancestors):
        return True  # "had turned down a meeting ..., despite efforts by Macron to bring the two men together": a go-between
    return tok.dep_ == "poss" and tok.head.lower_ in _INVITATIONS and tok.head.is_ancestor(trig) and others


def _n_named(tight_named: list[Mention]) -> int:
    """How many parties the trigger's own slots name: people, and each country of an unnamed party."""
    return len({m.key for m in tight_named}) + sum(len(m.countries) - 1 for m in tight_named if m.kind == "unnamed")


class _Scan:
    """One article's triggers read in order into candidate reports (`out`), with the meeting words that have no
    parties of their own kept for what they add to a meeting named before."""

    def __init__(self, doc: Doc, published: date | None) -> None:
        self.doc, self.published = doc, published
        mentions, people = find_parties(doc)
        self.mentions, self.people = mentions, people
        self.at = mentions_at(mentions)
        self.dateline_toks, self.dateline_place = _datelines(doc)
        self.title_toks = _title_tokens(doc, mentions)
        self.resolver = Resolver(doc, mentions, people)
        self.sent_index = {s.start: k for k, s in enumerate(doc.sents)}
        self.triggers = list(doc.spans.get(TRIGGERS_KEY, []))
        # ("before EU leaders meet later this month", "the council meets": a body convening reports no meeting of its own)
        convening = {t.root.i for t in self.triggers if t.label_ == "VERB" and t.root.lemma_.lower() == "meet"
                     and body_meets(t.root, self.at, self.dateline_toks)}
        self.strong_sents = {k: kept for k, v in _strong_sentences(self.triggers).items() if (kept := [t for t in v if t.i not in convening])}
        self.trigger_toks = _reported_trigger_tokens(doc, self.triggers, self.at) - convening
        self.trigger_heads = {_trigger_token(t).i for t in self.triggers}  # (every meeting word, reported or not)
        self.strong_slots = _strong_slot_mentions(doc, self.triggers, self.at)
        self.out: list[Candidate] = []
        self.orphans: list[Token] = []
        self.follow_ups: list[Token] = []
        self.unclaimed: list[Token] = []  # meeting nouns without parties of their own: "after 16 hours of talks in Minsk"
        self._aides: set[str] | None = None
        self.contests: set[frozenset] = set()  # the pairs of a sports contest ("will meet Nadal in the semi-final")

    def run(self) -> list[Candidate]:
        for span in self.triggers:
            self.read(span)
        self.add_joiners()
        self.names_told_after()
        doc, out, published, sent_index = self.doc, self.out, self.published, self.sent_index
        dateline_toks, title_toks, dateline_place = self.dateline_toks, self.title_toks, self.dateline_place
        attach_orphans(doc, out, self.orphans, published, sent_index, self.trigger_toks, dateline_toks, title_toks, dateline_place,
                       self.at)
        from_antecedents(doc, out, self.unclaimed, published, sent_index, dateline_toks, title_toks, dateline_place)
        fate_told_before(doc, out, self.unclaimed, published, sent_index, self.trigger_toks, dateline_toks, title_toks, dateline_place)
        trip_called_off_after(out, self.at, sent_index)
        attach_follow_ups(doc, out, self.follow_ups, published, sent_index, self.trigger_toks, dateline_toks, title_toks, dateline_place)
        propagate_occasions(doc, out, published, dateline_toks)
        carry_lead_day(doc, out, published, dateline_toks, self.at)
        carry_relative_days(out, published)
        carry_day_told_after(out, published)
        carry_visits(doc, out, self.at, self.people, published, dateline_toks)
        carry_arrival(doc, out, self.at, self.people, published, dateline_toks | title_toks)
        carry_same_trip(out, published)
        carry_separate_meeting(out)
        carry_round_of_meetings(doc, out, self.at, published, dateline_toks | title_toks)
        carry_named_occasion(out)
        carry_presence(doc, out, self.at, dateline_toks | title_toks)
        self.sides_by_their_heads()
        # "The two have met 59 times": the rivals of a contest the article reports meet in contests
        return [c for c in out if not (c.keys in self.contests and not any(p.role for p in c.parties))]

    def sides_by_their_heads(self) -> None:
        """"Ukrainian and Russian delegations met in Istanbul ... Ukraine's delegation was led by Umerov, while Russia sent a
        team headed by Medinskiy": countries' delegations (or the countries as sides) are the people the article has lead
        them, each country's one head."""
        heads = self.people.heads
        for c in self.out:
            if len(c.parties) < 2 or any(p.name or p.role not in ("", "Official") or p.country not in heads for p in c.parties):
                continue
            name_sides(c, dedupe([self.resolver.person(heads[p.country]) for p in c.parties]), "the delegations' heads")

    def read(self, span: Span) -> None:
        """One trigger: its candidate report(s) appended to `out`, or the trigger kept as an orphan, a follow-up or
        talks without parties, or nothing."""
        doc, at = self.doc, self.at
        trig = _trigger_token(span)
        if not _valid_trigger(trig, span):
            return
        if self.out and _tally(trig):
            return  # "It was their fourth meeting this year.": the meeting just reported, counted
        if self.out and span.label_ == "VERB" and trig.dep_ in ("acl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in trig.children) \
                and any(c.lower_ in ("first", "last", "only") for c in trig.head.children if c.dep_ in ("amod", "det")) \
                and any(a.i in self.trigger_toks for a in trig.ancestors):
            return  # "met Trump on Thursday, becoming the first foreign leader to sit down with him": the meeting reported, ranked
        if span.label_ == "VERB" and trig.lemma_.lower() == "meet" and _repeated(trig) and not any(
                e.label_ == "DATE" and dates_mod.resolve(e.text, self.published) is not None for e in sent_ents(trig.sent)):
            return  # "Merkel met Putin more than 20 times", "the two men met regularly": their history, no one meeting
        lem = trig.lemma_.lower()
        low = trig.lower_
        if span.label_ == "NOUN" and (low in ("talk",) or trig.pos_ not in ("NOUN", "PROPN", "VERB", "ADJ")):
            return
        if low.startswith("face") or low == "one":
            return
        if low == "contacts" and not _contact_holds(trig):
            return  # "has good personal contacts with Kerry": ties, not an encounter
        if low == "bilateral" and trig.dep_ in ("amod", "compound"):
            return  # "bilateral ties", "bilateral trade": an adjective, not "a bilateral" (a meeting)
        if span.label_ == "NOUN" and trig.tag_ == "NNS" and any(c.dep_ == "amod" and c.lower_ in _PAST_ONES for c in trig.children):
            return  # "a look at previous encounters between Trump and Putin": their history, no one meeting
        # (and "leaders gathered in Johannesburg for a three-day BRICS summit": the summit as a whole)
        if span.label_ == "NOUN" and trig.dep_ == "pobj" and (trig.head.lower_ in ("during", "at") or trig.head.lower_ == "for" and (
                low in ("summit", "summits") or lem in _OCCASION_ONLY)) and any(
                (c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.i not in self.at)
                # ("will not hold direct negotiations with the United States at this week's talks in Vienna")
                or (c.dep_ == "poss" and c.ent_type_ == "DATE" and trig.head.lower_ == "at") for c in trig.children) \
                and not any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in trig.children):
            return  # "did not meet during this week's IMF annual meetings": an organisation's gathering, the occasion
        if span.label_ == "NOUN" and any(c.dep_ == "poss" and c.lower_ in ("ministers", "leaders") and any(
                g.dep_ in ("nmod", "compound") and g.pos_ == "PROPN" and (g.text.isupper() or any(ch.isdigit() for ch in g.text))
                and not country_code(g.text) for g in c.children) for c in trig.children) \
                and not any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in trig.children):
            return  # "a day after a G20 foreign ministers' meeting": a group's gathering, an occasion
        if span.label_ == "NOUN" and (low in ("summit", "summits") or lem in _OCCASION_ONLY) and definite(trig) and trig.dep_ == "pobj" \
                and trig.head.lower_ == "of" and trig.head.head.lower_ in _PARTS_OF_A_GATHERING \
                and not any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in trig.children):
            return  # "stand with other leaders for the family photo at the end of the summit": the gathering, a time in it
        if span.label_ == "NOUN" and (low in ("summit", "summits") or lem in _OCCASION_ONLY) and trig.dep_ == "dobj" \
                and trig.head.lemma_.lower() in ("skip", "miss", "boycott", "shun", "snub") \
                and not any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in (*trig.children, *trig.head.children)):
            return  # "Xi and Putin are skipping the summit": the gathering as a whole, no meeting of the two
        sent = trig.sent
        if _CORRECTED.search(doc_text(doc)[sent.start_char: sent.end_char]):
            return  # "Correction: An earlier version of this story said X met Y": what did not happen
        strong = _strong(span, trig) or lem in ("sit", "see")  # ("see" only with a person seen on a day or somewhere: `_valid_trigger`)
        if low in ("summit", "summits") or lem in _OCCASION_ONLY:
            strong = False
        attended = [trig.head] if trig.dep_ in ("nsubjpass", "nsubj") else [c for c in trig.children if c.dep_ == "acl"]
        if span.label_ == "NOUN" and (low in ("summit", "summits") or lem in _OCCASION_ONLY) and any(
                v.lemma_.lower() == "attend" and v.tag_ == "VBN" and any(a.dep_ == "agent" for a in v.children) for v in attended):
            return  # "The summit ... will also be attended by Ban Ki-moon and Insulza": who comes to a gathering, no meeting of theirs
        if span.label_ == "NOUN" and definite(trig) and any(v.lemma_.lower() in _ATTENDED_BY and v.tag_ == "VBN" and any(
                a.dep_ == "agent" for a in v.children) for v in attended):
            # "The meeting was attended by X and Y", "The talks, also attended by X, lasted four hours", "The meeting will be
            # chaired by X, with Y also taking part": who else was at the
            # meeting named before (`add_joiners`); with none reported ("Talks on Syria opened in Astana on Monday. The
            # meeting was attended by ..."), the people who were at it
            k = self.sent_index.get(sent.start, 0)
            if any(c.mode == "in_person" and 0 <= k - self.sent_index.get(c.sent.start, 0) <= 3 for c in self.out):
                return
        if span.label_ == "NOUN" and definite(trig) and trig.dep_ == "pobj" and trig.head.lower_ in ("on", "about") \
                and (trig.head.head.lemma_.lower() in BRIEFING_VERBS or trig.head.head.dep_ == "dobj"
                     and trig.head.head.head.lemma_.lower() in BRIEFING_VERBS):
            # "spoke by phone with Christodoulides to brief him on the meeting": the meeting named before, told of
            # (and "are expected to brief their counterparts on the talks", the phrase hung on who is briefed)
            return
        if span.label_ == "NOUN" and trig.dep_ == "dobj" and trig.head.lemma_.lower() in HOSTING_VERBS \
                and definite(trig) and self.out and not any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in trig.children):
            return  # "Borrell said he would host the talks together with Lajcak": the hosts of the meeting named before (`joiners`)
        if span.label_ == "NOUN" and trig.dep_ == "dobj" and trig.head.lemma_.lower() in _PROPOSERS and definite(trig):
            if not any(c.dep_ == "prep" and c.lower_ in ("between", "with") for c in trig.children):
                self.orphans.append(trig)  # "Macron proposed the meeting after calls with both leaders": the meeting named before
            # (and "Oman has mediated the talks between Araghchi and Witkoff": the series, told of, no account of one round)
            return
        if span.label_ == "NOUN" and (low in ("summit", "summits") or lem in _OCCASION_ONLY) and brought_together(trig) \
                and any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.i not in self.at and lookup(c.text) is None
                        for c in trig.children):
            # "The G20 summit in Osaka brought together Trump, Xi and Modi": who attended a gathering, no meeting of theirs
            # (but "The Singapore summit brought together Trump and Kim": a summit named for its city)
            return
        if span.label_ == "NOUN" and self._asked_then_told(trig):
            return  # "Asked about a possible meeting between the two heads of state, the minister said no meeting ... is foreseen"
        if span.label_ == "NOUN" and _trade_negotiations(trig):
            return  # "agreed to resume talks on a bilateral free trade agreement": negotiators' rounds, no meeting of theirs
        if span.label_ == "NOUN" and self.out and (_in_the_verbs_round(trig, self.out) or _apposed_to_the_verb(trig, self.out)):
            return  # "are set to meet in Ohrid on Saturday, in a new round of EU-facilitated talks": the meeting just told
        slot_mentions = party_slots(doc, trig, span, at)
        mode = mode_of(sent, trig)
        tight_named = [m for m in slot_mentions if m.kind in ("person", "unnamed")]
        used = slot_mentions
        # ("his talks with Trump": the one "his" stands for and Trump, nobody else the sentence names)
        owned_pair = span.label_ == "NOUN" and tight_named and any(
            m.kind == "pronoun" and doc[m.head].dep_ == "poss" and doc[m.head].head == trig for m in slot_mentions)
        if _n_named(tight_named) < 2 and (strong or mode != "in_person") and not _between_countries(trig) and not owned_pair:
            source = _headline_source(sent, trig)
            used = slot_mentions + [m for m in self.loose_mentions(span, trig, slot_mentions) if m.head not in source]
        if span.label_ == "NOUN" and used and definite(trig) and trig.dep_ == "pobj" and not any(
                c.dep_ == "prep" and c.lower_ in ("with", "between", "of") for c in trig.children) \
                and ((trig.head.lower_ in ("before", "after") and trig.head.head.pos_ in ("VERB", "AUX")
                      and trig.head.head.lemma_.lower() not in STRONG_VERBS) or _fronted_before(trig)):
            # "Nagel and Villeroy had both signalled support for a cut before the meeting": the meeting named before,
            # not one of the people around it (and "Ahead of the talks, the two sides' chief negotiators held preparatory
            # consultations with Lajcak": whatever the verb)
            self.orphans.append(trig)
            return
        if span.label_ == "NOUN" and used and not any(trig.is_ancestor(doc[m.head]) for m in slot_mentions) and definite(trig) \
                and _place_named_meeting(trig, self.trigger_heads):
            # "Trump hosted Moon on Tuesday, when he told reporters that the Singapore meeting 'may not work out'": the
            # meeting named before, told of by someone at another meeting, not one of theirs
            self.orphans.append(trig)
            return
        if not used:
            used = self.delegation_heads(trig)
            tight_named = list(used)
        if not used and span.label_ == "NOUN":
            # "Trump and Xi agreed Saturday to restart trade talks after an 80-minute meeting": the subject's meeting
            used = self.subjects_before(trig)
        if not used:
            if span.label_ == "NOUN" and next_round(trig):
                self.follow_ups.append(trig)  # "The next round will be held in Rome on April 19": the same pair, again
            elif span.label_ == "NOUN" and (definite(trig, ("no",)) or any(c.lower_ == "such" and c.dep_ in ("predet", "amod")
                                                                       for c in trig.children)):
                # "..., but the meeting was called off", "there were no plans for such a meeting": what became of a meeting
                # named before
                self.orphans.append(trig)
            elif span.label_ == "NOUN" and follow_up(trig):
                self.follow_ups.append(trig)  # "A fuller meeting could take place at the G20 summit": the same pair, again
            elif span.label_ == "NOUN" and trig.lower_ in GATHERING_NOUNS:
                self.unclaimed.append(trig)  # "agreed on Thursday ... after talks in Geneva": who was there comes after
            return
        history = _history(span, trig, sent)
        if span.label_ == "VERB" and _times_met(trig) and any(
                a.i in self.trigger_toks or a.i in self.trigger_heads and a.pos_ == "VERB" for a in trig.ancestors):
            # "met Trump on Dec. 9, the second time they met this year": the count of meetings, this one among them
            # (and "Museveni received Dagalo at State House ..., the second time the two have met in less than a month")
            return
        if span.label_ == "VERB" and lem == "meet" and body_meets(trig, at, self.dateline_toks):
            return  # "when ASEAN met", "the council meets": an organisation convening, an occasion
        if plural_meetings(trig) and not tight_named:
            return  # "the two leaders had a heavy schedule of bilateral meetings": meetings with others
        trip = trig.head.head if span.label_ == "NOUN" and trig.dep_ == "pobj" and trig.head.lower_ == "for" else None
        if trip is not None and trip.lemma_ == "be":  # ("the last being Noda's trip to Seoul ... for talks with Lee")
            trip = next((c for c in trip.children if c.dep_ == "attr"), trip)
        owner = next((at[c.i] for c in trip.children if c.dep_ == "poss" and c.i in at and at[c.i].kind in ("person", "pronoun")),
                     None) if trip is not None and trip.lemma_.lower() in ("trip", "visit", "journey", "tour") else None
        owners = [owner] if owner is not None else []
        if owner is None and trip is not None and trip.pos_ == "VERB" and trip.lemma_.lower() in MOTION_VERBS:
            # "the RSF leader was expected to fly to Pretoria on Thursday for talks with President Cyril Ramaphosa": who
            # travels (the subject, or the subject of the verb the travelling completes)
            v = trip
            while v.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children) and v.head != v:
                v = v.head
            owners = list({id(m): m for c in v.children if c.dep_ in ("nsubj", "nsubjpass") for x in expand(c)
                           if (m := at.get(x.i)) is not None and m.kind in ("person", "pronoun")}.values())
        if owners and slot_mentions:
            # "the last being Yoshihiko Noda's trip to Seoul in October 2011 for talks with then President Lee Myung Bak": the
            # traveller's talks, not those of the people around the trip
            used = [*owners, *(m for m in slot_mentions if m not in owners and trig.is_ancestor(doc[m.head]))]
        agreed = agreed_clause(trig)
        if agreed is not None and any(c.dep_ in ("nsubj", "nsubjpass") for c in agreed.children):
            # "the two leaders agreed that the special representatives ... would meet": who agreed is not who meets
            used = [m for m in used if agreed.is_ancestor(doc[m.head])] or used
        parties, adjectival_split = self.parties_of(span, trig, used, slot_mentions)
        if span.label_ == "NOUN" and len(span) == 1 and low in ("summit", "summits", "conference", "forum") \
                and any(m.kind == "unnamed" and len(m.countries) >= 3 for m in used) \
                and not any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in trig.children):
            # "The summit, chaired by Tokayev, brought together the heads of state of Kazakhstan, Kyrgyzstan, ... and China":
            # a summit as a whole, told by the countries it gathered (GUIDELINES: an occasion, no meeting)
            return
        widened = False
        if len(parties) == 1 and span.label_ == "NOUN" and _THREE_WAY.search(doc[max(sent.start, trig.i - 4): trig.i].text):
            # "Trump will meet Putin on Friday. A trilateral meeting with Zelensky has not been ruled out": the pair just
            # reported and the third party
            k = self.sent_index.get(sent.start, 0)
            pair = next((c for c in reversed(self.out) if c.mode == "in_person" and len([p for p in c.parties if p.name]) == 2
                         and 0 <= k - self.sent_index.get(c.sent.start, 0) <= 2), None)
            if pair is not None and party_key(parties[0]) not in pair.keys:
                parties = dedupe([p for p in pair.parties if p.name] + parties)
                widened = True
        owner = self.schedule_owner(trig) if span.label_ == "NOUN" else None
        if owner is not None and party_key(owner) not in {party_key(p) for p in parties}:
            parties = [owner, *parties]  # "Her schedule includes meetings with Modi and Jaishankar": hers
        if len(parties) == 1 and parties[0].name and span.label_ == "NOUN" and definite(trig) and any(
                c.mode == "in_person" and party_key(parties[0]) in c.keys for c in self.out):
            self.orphans.append(trig)  # "Trump said the meeting with Kim Yong Chol was being changed": the one reported before
            return
        if len(parties) == 1 and parties[0].name and span.label_ == "NOUN":
            lead = self.protagonist(trig, parties[0])
            if lead is not None:
                parties = [lead, parties[0]]
        elif len(parties) >= 2 and span.label_ == "NOUN" and plural_meetings(trig) and all(p.name for p in parties) and all(
                any(a.dep_ == "prep" and a.lower_ == "with" and a.head == trig for a in doc[m.head].ancestors) for m in used
                # (not the meetings themselves: "They included meetings with X and Y on Sunday, Z on Monday")
                if not (m.kind == "plural" and doc[m.head].lower_ in ("they", "these", "those") and not trig.is_ancestor(doc[m.head]))):
            # "Meetings with Iranian President Rouhani and Afghan President Ghani are being worked out, he said": the
            # protagonist's, one with each
            lead = self.protagonist(trig, parties[0])
            if lead is not None and all(party_key(lead) != party_key(p) and lead.country != p.country for p in parties):
                parties = [lead, *parties]
        if len(parties) < 2:
            if parties and parties[0].name and joins_named_meeting(trig) and join_previous(self.out, trig, parties, self.sent_index):
                return  # "Secretary of State Rex Tillerson, who was also in the meeting, said ...": one more participant
            if span.label_ == "NOUN" and definite(trig):
                self.orphans.append(trig)  # "..., but Trump cancelled the meeting on Thursday": the meeting named before
            elif span.label_ == "NOUN" and not parties and follow_up(trig):
                self.follow_ups.append(trig)
            elif span.label_ == "NOUN" and trig.lower_ in GATHERING_NOUNS:
                self.unclaimed.append(trig)  # "agreed on Thursday ... after talks in Geneva": who was there comes after
            return
        if span.label_ == "VERB" and any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in ("report", "brief", "update")
                                         and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                                         # (or "for an update on Ukraine's defense needs")
                                         or c.dep_ == "prep" and c.lower_ == "for" and any(
                                             p.dep_ == "pobj" and p.lemma_.lower() in ("update", "briefing", "report") for p in c.children)
                                         for c in trig.children) \
                and len({p.country for p in parties if p.country}) <= 1 and any(p.name and not p.country for p in parties):
            return  # "Chancellor X met this Wednesday with President Y at the Government Palace to report on the case": his own
        countries = {"" if io_official(p) else p.country for p in parties}
        if "" not in countries and len(countries) == 1:
            if joins_named_meeting(trig):
                join_previous(self.out, trig, parties, self.sent_index)  # "Ushakov and Dmitriev also took part in the talks"
            return  # domestic
        if sporting(trig, sent) and not any(p.role for p in parties):
            self.contests.add(frozenset(party_key(p) for p in parties))
            return  # "Djokovic will meet Nadal in the final", "the boxer meets the champion in the ring": a contest
        if not strong and not self.weak_trigger_holds(span, trig, mode, slot_mentions, tight_named):
            return
        cand = self.candidate(span, trig, strong, mode, parties, used, history)
        if widened:
            cand.widened = True
            # (no day nor place of the pair's own: "... could follow"; but its own words for the day: "A three-way meeting
            # with Bashir that had been pencilled in for the same day was called off")
            if cand.date is None or cand.date.reason != SAME_DAY_BEFORE and (
                    not cand.date.text or cand.date.text not in sent.text):
                cand.date = None
                cand.cues.pop("date", None)
            cand.place = None
            cand.cues.pop("place", None)
        self.emit(cand, span, trig, parties, adjectival_split)

    def _asked_then_told(self, trig: Token) -> bool:
        """A meeting a reporter asked about in a fronted clause ("Asked about a possible meeting with X, ..."), when the
        answer after it tells of a meeting of its own: the answer reports it, not the question."""
        asked = fronted_question(trig)
        if asked is None:
            return False
        return any(asked.right_edge.i < t.start < trig.sent.end for t in self.triggers)

    def schedule_owner(self, trig: Token) -> PartyData | None:
        """Whose schedule includes the meetings: "Her schedule in London includes meetings with Johnson and Starmer"."""
        subj = _schedule_of(trig)
        poss = next((c for c in subj.children if c.dep_ == "poss"), None) if subj is not None else None
        m = self.at.get(poss.i) if poss is not None else None
        if m is None:
            return None
        if m.kind == "person":
            return self.resolver.person(m)
        found = self.resolver.pronoun(m) if m.kind == "pronoun" else []
        return found[0] if len(found) == 1 else None

    def delegation_heads(self, trig: Token) -> list[Mention]:
        """"The second round of talks between Russia and Ukraine ended ... The Russian delegation was led by Medinsky, the
        Ukrainian by Umerov", "Ukraine and Russia will hold a third round of talks": the sides are countries, and the
        article names who led each (`parties._delegation_heads`)."""
        heads = getattr(self.people, "heads", {})
        if len(heads) < 2:
            return []
        sides = [p for c in trig.children if c.dep_ == "prep" and c.lower_ == "between" for p in c.children if p.dep_ == "pobj"]
        verb = trig.head if trig.dep_ in ("dobj", "pobj") else trig  # ("held a fifth round of talks": the verb's subject)
        while verb.dep_ in ("pobj", "prep", "dobj") and verb.head != verb:
            verb = verb.head
        sides += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if trig.sent == verb.sent else []
        codes = [cc for t in sides for x in (t, *t.conjuncts) if x.ent_type_ == "GPE" and (cc := country_code(x.text))]
        codes = list(dict.fromkeys(cc for cc in codes if cc in heads))
        return [heads[cc] for cc in codes] if len(codes) >= 2 else []

    def loose_mentions(self, span: Span, trig: Token, slot_mentions: list[Mention]) -> list[Mention]:
        """Parties of the trigger's sentence outside its slots, for a strong trigger or a call whose slots name fewer
        than two: "their national security advisers will meet" (the pair's aides), else the sentence's mentions that
        the parse links to it (not another meeting's own, nor a pronoun beside named slots)."""
        doc, sent = self.doc, trig.sent
        # (of the trigger or of its light verb: "agreed that their top diplomats would hold follow-up talks")
        verb = trig.head if span.label_ == "NOUN" and trig.dep_ == "dobj" and trig.head.lemma_.lower() in ("hold", "have") else trig
        aides = [m for m in self.mentions if m.kind == "plural" and doc[m.head].dep_ == "poss" and doc[m.head].head.lower_ in _AIDES
                 and doc[m.head].head.dep_ in ("nsubj", "nsubjpass") and doc[m.head].head.head == verb]
        # names in another meeting's own slots stay with it ("canceled his meeting with X, conferring instead with Y")
        theirs = {id(m) for t2, ms in self.strong_slots.items() if t2 != trig.i and sent.start <= t2 < sent.end for m in ms}
        # (none for talks between people the sentence does not name: "after talks between ministers on Saturday failed")
        unnamed_own = any(c.dep_ == "prep" and c.lower_ in ("between", "with") and any(
            p.dep_ == "pobj" and p.lower_ in PARTY_NOUNS and p.i not in self.at for p in c.children) for c in trig.children)
        # (not across a semicolon, nor one who goes in another's place: "...; Vice President Mike Pence will go instead")
        loose = aides or ([] if unnamed_own else [m for m in self.mentions if sent.start <= m.head < sent.end and m not in slot_mentions
                                                  and id(m) not in theirs and path_ok(doc[m.head], trig)
                                                  and not someones_people(doc, m)
                                                  and not any(t.text == ";" for t in doc[min(m.head, trig.i): max(m.head, trig.i)])
                                                  and not any(c.lower_ == "instead" for c in doc[m.head].head.children)
                                                  and not _inviter(doc[m.head], trig, slot_mentions)
                                                  and not asked_about(doc[m.head], trig)
                                                  and not speaker_of_clause(doc[m.head], trig)
                                                  and not _in_clause_about_another(doc[m.head], trig, self.trigger_toks)])
        # a pronoun joins when the slots name nobody, or when a verb without a subject of its own met one
        # party ("..., conferring instead with the President of South Korea")
        subjectless = span.label_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in trig.children)
        if span.label_ == "VERB" and not subjectless and trig.dep_ in ("relcl", "advcl") and len(slot_mentions) >= 2:
            # (a clause with a subject and an object of its own takes no one from the clause it hangs on: "was received in
            # Kuwait City by the Emir, Sheikh Sabah, before flying on to Muscat, where he met Omani Foreign Minister X")
            loose = [m for m in loose if trig.is_ancestor(doc[m.head])]
        return [m for m in loose if m.kind != "pronoun" or not slot_mentions or (subjectless and len(slot_mentions) == 1)]

    def parties_of(self, span: Span, trig: Token, used: list[Mention], slot_mentions: list[Mention]) -> tuple[list[PartyData], Mention | None]:
        """The mentions as parties (people, pronouns and plurals resolved, unnamed parties by country), and the unnamed
        mention to split into one meeting per country when the sentence says so ("met the Japanese, Mexican and
        Australian leaders", "held separate meetings with his counterparts from India and Brazil")."""
        doc, people, resolver, sent = self.doc, self.people, self.resolver, trig.sent
        lem = trig.lemma_.lower()
        parties: list[PartyData] = []
        unnamed: list[Mention] = []
        adjectival_split: Mention | None = None
        remote = remote_joiners(sent)
        teller = telling_verb(trig)
        for m in sorted(used, key=lambda m: m.start):
            if m.head in remote and trig.i not in remote:
                continue  # "..., with Starmer joining by video link from London": not in the room
            if teller is not None and doc[m.head].dep_ == "nsubj" and doc[m.head].head == teller:
                continue  # "The two leaders directed the Special Representatives to meet": who told them, not who meets
            if m.kind == "person":
                pd = resolver.person(m)
                p = people.get(m.key)
                if (p and p.role_class in SPEAKER_CLASSES or m.role_class in SPEAKER_CLASSES or m.key in self.aides()) \
                        and m not in slot_mentions:
                    continue  # ("Kremlin aide Yuri Ushakov said: 'A meeting with Aliyev is not planned'": who tells of it)
                tok = doc[m.head]
                if tok.dep_ == "poss" and tok.head.lemma_.lower() in _OWNED_ROLES and (tok.head.dep_ == "appos" or any(
                        c.dep_ == "appos" and c.i in self.at and self.at[c.i].kind == "person" for c in tok.head.children)
                        or tok.head.dep_ == "compound" and tok.head.head.i in self.at and self.at[tok.head.head.i].kind == "person"):
                    # "met Celso Amorim, Lula's chief foreign policy adviser": whose adviser, not who met (nor "with President
                    # Joe Biden's Middle East envoy Brett McGurk")
                    continue
                top = tok
                while top.dep_ == "conj" and top.head != top:
                    top = top.head
                people_of = top.head.head if top.dep_ == "pobj" and top.head.lower_ == "of" else None
                if people_of is not None and people_of.tag_ == "NNS" and people_of.lower_ in THEIR_PEOPLE and people_of.i != trig.i:
                    # "envoys of Putin and Netanyahu met in Jerusalem": their people, by country, not they
                    if pd.country:
                        parties.append(PartyData(name=None, role=people_of.lemma_.title(), country=pd.country,
                                                 mention=doc[people_of.i: tok.i + 1].text))
                    continue
                parties.append(pd)
                if m.role_class == "counterpart":
                    # "travel to Islamabad for the talks with her Pakistani counterpart Aizaz Chaudhry": whose counterpart
                    whose = next((x for x in self.mentions if x.kind == "pronoun" and doc[x.head].dep_ == "poss"
                                  and m.start - 4 <= x.start < m.start and doc[x.head].lower_ in ("his", "her")), None)
                    if whose is not None and whose not in used:
                        parties.extend(resolver.pronoun(whose))
            elif m.kind == "pronoun":
                parties.extend(resolver.pronoun(m))
            elif m.kind == "plural":
                # "X and Y will hold their first meeting": "their" adds nobody when others are named in the
                # trigger's own slots ("..., and that the two would meet": the pair, whoever else is near); as the
                # subject, it does ("The two ministers will also meet UN envoy Brahimi")
                subject = doc[m.head].dep_ in ("nsubj", "nsubjpass") and doc[m.head].head == trig \
                    or _met_with(doc[m.head], trig)  # (or those met: "met separately with the two leaders, together with X")
                owned = doc[m.head].head if doc[m.head].dep_ == "poss" else None
                if owned is not None and owned.lower_ in _AIDES and owned != trig:
                    # "their national security advisers will meet": the pair's aides, by country, not the pair
                    role = re.sub(r"ies$", "y", " ".join(t.text for t in owned.subtree if t.i > m.head and t.i <= owned.i).title()).rstrip("s")
                    parties.extend(PartyData(name=None, role=role, country=p.country, mention=doc[m.start:owned.i + 1].text)
                                   for p in resolver.plural(m, self.sent_index.get(sent.start, 0)) if p.country)
                elif subject or len({o.key for o in slot_mentions if o.kind in ("person", "unnamed")}) + sum(
                        1 for o in slot_mentions if o.kind == "pronoun") < 2:  # ("held talks with him ..., when the two agreed")
                    # (one of the pair in the slots, the parser having lost the other: "Moon and Kim ... visited
                    # Mount Paektu, wrapping up their three-day summit")
                    parties.extend(resolver.plural(m, self.sent_index.get(sent.start, 0)))
            elif m.kind == "unnamed":
                unnamed.append(m)
                # "Senior U.S. officials, including Deputy Secretary of State William Burns and Jake Sullivan, met ...":
                # the people the party names
                included = {id(self.at[x.i]): self.at[x.i] for c in doc[m.head].children if c.dep_ == "prep" and c.lower_ == "including"
                            for x in c.subtree if x.i in self.at and self.at[x.i].kind == "person"}
                # ("the foreign ministers of Egypt, Ethiopia and Sudan, Shoukry, Andargachew and Abdalla,": the people it lists)
                listed = listed_people(doc, doc[m.head], self.at)
                included.update({id(x): x for x in listed})
                named_in = [resolver.person(x) for x in included.values()]
                if len(listed) == len(named_in) == len(m.countries):
                    for p, cc in zip(named_in, m.countries, strict=True):
                        p.country = p.country or cc  # (in the order of the countries: "of Egypt, Ethiopia and Sudan, A, B and C")
                parties.extend(named_in)
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
            elif len(m.countries) >= 2 and trig.lower_ in ("calls", "visits") and trig.i > 0 and doc[trig.i - 1].lower_ == "courtesy" \
                    and (m in slot_mentions or doc[m.head].dep_ == "pobj" and doc[m.head].head.lower_ in ("from", "by")):
                adjectival_split = m  # "received courtesy calls from the prime ministers of Australia and New Zealand": one each
        parties = dedupe(parties)
        # ("Pashinyan said after the trilateral meeting with Trump and Aliyev": the speaker had the meeting with both)
        partners = len(parties) == 1 or (len(parties) >= 2 and span.label_ == "NOUN" and all(
            any(c.dep_ == "prep" and c.lower_ == "with" and p_.mention and p_.mention in doc[c.i: c.right_edge.i + 1].text
                for c in trig.children) for p_ in parties))
        if partners and parties[0].name:
            extra = speaker_party(trig, self.at, parties[0], people)
            if extra is not None and extra.key not in self.aides() and party_key(resolver.person(extra)) not in {party_key(p_) for p_ in parties}:
                speaker = resolver.person(extra)
                if len(parties) > 1:
                    parties.insert(0, speaker)  # (first, as the article tells it: the speaker, then those met)
                else:
                    parties.append(speaker)
        return parties, adjectival_split

    def names_told_after(self) -> None:
        """"Senior U.S. and Russian officials met in Riyadh on Tuesday. Secretary of State Marco Rubio, flanked by Mike
        Waltz, sat across from Russian Foreign Minister Sergei Lavrov": a meeting of parties named by country only, and
        the next sentence naming, for every one of those countries, the people its clause puts at the table (subjects
        and objects of its verbs, not who only speaks of it) — the people stand for their countries."""
        doc = self.doc
        sents = _sentences(doc)
        for c in self.out:
            if c.mode != "in_person" or len(c.parties) < 2 or any(p.name for p in c.parties):
                continue
            countries = {p.country for p in c.parties}
            if "" in countries or len(countries) < 2:
                continue
            k = self.sent_index.get(c.sent.start, -1)
            if k < 0 or k + 1 >= len(sents):
                continue
            nxt = sents[k + 1]
            found: dict[str, PartyData] = {}
            for m in self.mentions:
                if m.kind != "person" or not (nxt.start <= m.head < nxt.end):
                    continue
                tok = doc[m.head]
                while tok.dep_ in ("conj", "appos") and tok.head != tok:
                    tok = tok.head  # (one of a pair, "Tshisekedi and Kagame"; a title's name)
                verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("by", "from", "with", "across") else tok.head
                if tok.dep_ == "pobj" and verb.lower_ == "across":
                    verb = verb.head  # ("sat across from X")
                role = tok.dep_ in ("nsubj", "nsubjpass", "dobj") or (tok.dep_ == "pobj" and tok.head.lower_ in ("by", "from", "with"))
                lem = verb.lemma_.lower()
                if not role or verb.pos_ not in ("VERB", "AUX") or not (lem in _AT_TABLE or (lem == "call" and any(
                        x.dep_ == "prep" and x.lower_ == "for" for x in verb.children))) or (is_speech(verb) and not any(
                        x.dep_ == "dobj" and x.i in self.at and self.at[x.i].kind == "person" for x in verb.children)):
                    continue  # ("Lavrov said the talks were useful": who speaks of it; "Kerry told Lavrov": at the table;
                    # not "Erdogan called Putin 'my dear friend' at a news conference")
                pd = self.resolver.person(m)
                if any(o is not c and o.sent.start == nxt.start and party_key(pd) in o.keys and o.place is not None and c.place is not None
                       and (o.place.country != c.place.country or o.place.kind == c.place.kind == "city" and o.place.name != c.place.name)
                       for o in self.out):
                    continue  # ("..., who met Kim in Pyongyang earlier this month, told a Senate hearing": at a meeting elsewhere)
                if pd.country in countries and pd.name:
                    found.setdefault(party_key(pd), pd)
            if {p.country for p in found.values()} == countries:
                c.parties = dedupe(list(found.values()))
                c.keys = frozenset(party_key(p) for p in c.parties)
                c.cues["participants"] = f"{c.cues.get('participants', '')} (named in the next sentence)"

    def aides(self) -> set[str]:
        """The people the article calls an aide, an adviser or a spokesman ("Kremlin aide Yuri Ushakov")."""
        if self._aides is None:
            doc = self.doc
            self._aides = {m.key for m in self.mentions if m.kind == "person" and any(
                doc[k].lower_ in _AIDE_WORDS for k in range(max(doc[m.start].sent.start, m.start - 3), m.start))}
        return self._aides

    def protagonist(self, trig: Token, party: PartyData) -> PartyData | None:
        """"Putin will hold talks with Xi ... Ushakov said: 'A meeting with Aliyev is not planned.'": a meeting "with" one
        person and nobody else, told by an aide, a spokesman or a ministry, is the article's protagonist's — the first
        person its first meeting names, of another country."""
        if definite(trig) and any(c.dep_ == "prep" and c.lower_ == "with" for c in trig.children):
            # "Aliyev will not take part in the summit in Granada, and the meeting with Pashinyan planned there will not take
            # place": the subject of the sentence's other clause, whose meeting it is
            root = trig.sent.root
            verbs = [root, *root.conjuncts, *(trig.head.conjuncts if trig.dep_ in ("nsubj", "nsubjpass") else ())]
            subj = next((m for v in verbs for c in v.children if c.dep_ == "nsubj" and not c.is_ancestor(trig)
                         and (m := self.at.get(c.i)) is not None and m.kind == "person"), None)
            lead = self.resolver.person(subj) if subj is not None and subj.role_class not in SPEAKER_CLASSES else None
            if lead is not None and party_key(lead) != party_key(party) and lead.country and lead.country != party.country:
                return lead
            return None
        # (a day's is no owner: "Blinken said Friday's meeting with Lavrov would test ...")
        if definite(trig) or any(c.dep_ == "poss" and c.ent_type_ != "DATE" for c in trig.children) or trig.dep_ in ("nsubj",) and any(
                c.dep_ == "dobj" for c in trig.head.children) or not any(
                c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" and g.i in self.at for g in c.children)
                for c in trig.children):
            return None
        first = next((c for c in self.out if not c.headline and c.trig.i < trig.i), None)
        lead = next((p for p in first.parties if p.name), None) if first is not None else None
        if first is None:
            # (no meeting before: the first person the article names, "Putin will not travel to the G20 summit ...")
            m = next((m for m in self.mentions if m.kind == "person" and m.start < trig.i and m.key not in self.aides()
                      and m.role_class not in SPEAKER_CLASSES), None)
            lead = self.resolver.person(m) if m is not None else None
        # (of no country said, in a national agency's copy its own: "KUALA LUMPUR (Bernama) -- Prime Minister Datuk Seri X")
        country = (lead.country or _agency_country(self.doc)) if lead is not None else ""
        if lead is None or party_key(lead) == party_key(party) or not country or country == party.country:
            return None
        return lead

    def subjects_before(self, trig: Token) -> list[Mention]:
        """The people whose clause a meeting noun of no parties closes: "X and Y agreed to restart trade talks after an
        80-minute meeting" (the subject of the verb the "after" hangs on, or of the verb that one completes)."""
        if any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in trig.children) or definite(trig):
            return []
        top = trig
        if top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.lemma_.lower() in ("day", "hour", "week", "round", "minute"):
            top = top.head.head  # ("after three days of talks in Geneva")
        if top.dep_ != "pobj" or top.head.lower_ not in ("after", "following") or top.head.dep_ != "prep":
            return []
        v = top.head.head
        while v.dep_ == "xcomp" and v.head != v:
            v = v.head
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None) if v.pos_ in ("VERB", "AUX") else None
        found = {id(m): m for x in (subj.subtree if subj is not None else ()) if (m := self.at.get(x.i)) is not None
                 and m.kind == "person"}
        return list(found.values()) if len({m.key for m in found.values()}) >= 2 else []

    def weak_trigger_holds(self, span: Span, trig: Token, mode: str, slot_mentions: list[Mention], tight_named: list[Mention]) -> bool:
        """A weak trigger ("talks", "visit", "received", "a summit") reports a meeting of its own only with its own two
        parties in tight slots or an in-person cue, and not when a strong trigger of its sentence reports it."""
        doc, at, sent = self.doc, self.at, trig.sent
        lem, low = trig.lemma_.lower(), trig.lower_
        if mode != "in_person" and trig.dep_ in ("advcl", "xcomp", "acl", "relcl") and any(
                trig.head in (c, c.head) and c.i < trig.i for c in calls_in(sent)):
            return False  # "held a phone call on Thursday to discuss Ukraine": the call is the report
        own_pair = _own_pair(span, trig, tight_named)
        # (but not a meeting in a relative clause of its own: "King Abdullah, who met Salih last week, will receive
        # Abdul Mahdi in Amman")
        # (nor a strong trigger of a clause of its own: "Xi received Lavrov on Tuesday, hours after Lavrov held talks with Wang")
        # (a pronoun subject counts: "..., making the announcement as he hosted Netanyahu at the White House")
        own_clause = span.label_ == "VERB" and len({m.key for m in tight_named}) + sum(
            1 for m in slot_mentions if m.kind == "pronoun" and doc[m.head].dep_ == "nsubj" and doc[m.head].head == trig) >= 2

        def elsewhere(s: Token) -> bool:
            # (a noun's clause: "held talks", and "received X on Friday before the talks opened")
            v = s.head if s.pos_ in ("NOUN", "PROPN") and s.dep_ in ("dobj", "nsubj", "nsubjpass") else s
            return not v.is_ancestor(trig) and v.dep_ in ("advcl", "pcomp") and any(c.dep_ == "nsubj" for c in v.children)

        mine = {m.key for m in tight_named}

        def other_partners(s: Token) -> bool:
            # "Xi was received by President Mattarella ... and held talks with Prime Minister Conte": each its own partner
            # (and a meal's: "met Scholz in Berlin in the morning, then had lunch with Macron in Paris")
            theirs = {m.key for m in self.strong_slots.get(s.i, ()) if m.kind == "person"}
            # (the meal's subject a pronoun for the one who met: "met Scholz in Berlin on Saturday, after he had lunch with
            # Meloni in Rome on Friday")
            he = lem in MEALS and any(m.kind == "pronoun" and doc[m.head].dep_ == "nsubj" for m in slot_mentions)
            return (own_clause or lem in MEALS and (len(mine) >= 2 or he)) and bool(theirs - mine) and bool(mine - theirs) \
                and (bool(mine & theirs) or he)

        def other_sides(s: Token) -> bool:
            # "said that the United States and Iran would begin direct talks ..., as he hosted Netanyahu": the strong
            # trigger's two sides leave out a country of the weak one's own pair
            theirs = [m for m in self.strong_slots.get(s.i, ()) if m.kind in ("person", "unnamed")]
            if len({m.key for m in theirs}) < 2 or not own_clause:
                return False
            keys = {m.key for m in theirs} | {c for m in theirs for c in m.countries}
            return any(m.key not in keys and m.countries and not set(m.countries) & keys for m in tight_named)

        if mode == "in_person" and not own_pair and any(
                not (s.dep_ == "relcl" and not s.is_ancestor(trig) and s.head.i in at) and not (own_clause and elsewhere(s))
                # (nor one told of in what someone says: "held a summit in Seoul, where Moon said the planned encounter at
                # the border would be a milestone")
                and not any(a.dep_ == "ccomp" and is_speech(a.head) and not a.is_ancestor(trig) for a in (s, *s.ancestors))
                # (nor a "where" clause's own: "hosted Putin at Versailles in May 2017 and travelled to St Petersburg in May
                # 2018, where the two leaders held talks")
                and not any(a.dep_ == "relcl" and not a.is_ancestor(trig) and any(c.lower_ == "where" for c in a.children)
                            for a in (s, s.head))
                and not other_partners(s) and not other_sides(s)
                # (nor when the weak one is a relative clause of its own pair: "Erdogan, who hosted Zelenskyy in Istanbul on
                # Saturday, said after their talks ...": its day and place are the meeting's)
                and not (own_clause and trig.dep_ == "relcl" and not trig.is_ancestor(s))
                # (not a meeting said not to be: "no formal meeting was planned, but the two leaders spoke on the sidelines")
                and not (_negated(s) or any(c.dep_ == "det" and c.lower_ == "no" for c in s.children))
                # (nor a meeting in apposition after it, which says what this one is: "has arrived in Asmara for a summit
                # with President Isaias, the first meeting between the leaders of the two neighbours in 20 years")
                and not (s.dep_ == "appos" and s.i > trig.i)
                # (nor the talks after which the meeting was announced: "Modi will travel to Wuhan for a summit with Xi, Swaraj
                # and Wang announced on Sunday after their bilateral talks")
                and not _announced_after(s, trig)
                # (nor one of no parties of its own, beside a weak one that names its own: "the Quad leaders' summit with
                # Biden, Modi and Kishida ... has been called off after the US President cut short his trip to deal with
                # debt ceiling talks")
                and not (s.pos_ in ("NOUN", "PROPN") and not self.strong_slots.get(s.i) and len({m.key for m in tight_named}) >= 2)
                for s in self.strong_sents.get(sent.start, ())):
            return False  # "met ... to discuss": the strong trigger reports the meeting (not "spoke by phone and agreed to meet")
        # weak triggers need their own two parties in tight slots, or an in-person cue
        their = span.label_ == "NOUN" and any(m.kind == "plural" and doc[m.head].dep_ == "poss" for m in slot_mentions) or (
            # "The two shook hands briefly at a dinner": the pair named before as the subject
            span.label_ == "VERB" and any(m.kind == "plural" and doc[m.head].dep_ == "nsubj" and doc[m.head].head == trig
                                          for m in slot_mentions)) or (
            # "The two men had earlier cancelled a bilateral summit in Moscow": the pair's own, the object of their verb
            span.label_ == "NOUN" and trig.dep_ == "dobj" and lem not in MEALS and any(
                m.kind == "plural" and doc[m.head].dep_ == "nsubj" and doc[m.head].head == trig.head for m in slot_mentions))
        if _n_named(tight_named) < 1 and not their:
            return False  # ("during their summit": the pair named before)
        if lem in ("speak", "talk", "chat", "discuss", "conversation", "dialogue") and not _IN_PERSON.search(sent.text) and mode == "in_person":  # noqa: SIM102
            if (lem != "discuss" or len(tight_named) < 2) and not _met_somewhere(trig):
                return False
        # (the subject shared with a verb before: "will arrive in Britain on Tuesday, and will be hosted by King Charles")
        # (or the subject of what it depends on: "was due to be received by Macron", "is expected to be hosted by Xi")
        received = (any(c.dep_ == "nsubjpass" and at.get(c.i) is not None for c in trig.children) or (
            trig.dep_ in ("conj", "xcomp") and any(c.dep_ == "auxpass" for c in trig.children)
            and any(c.dep_ in ("nsubj", "nsubjpass") and at.get(c.i) is not None for h in (trig.head, trig.head.head)
                    for c in h.children))) and any(
            c.dep_ == "agent" and any(at.get(g.i) is not None or named_after_title(g, at)
                                      or any(a.dep_ == "appos" and at.get(a.i) is not None for a in g.children) for g in c.children)
            for c in trig.children)  # "was received by Trump", "by the Emir, Sheikh Tamim"
        greeted_by = any(c.dep_ == "agent" and any(at.get(g.i) is not None and at[g.i].kind == "person" for g in c.children)
                         for c in trig.children)  # "arrived in Pyongyang and was greeted at the airport by Kim"
        if lem == "greet" and not greeted_by and not any(
                c.dep_ == "dobj" and at.get(c.i) is not None and at[c.i].kind == "person" for c in trig.children):
            return False  # "Kim crossed the line to greet Moon"; not "greeted the decision", nor a greeting party at the airport
        invited = lem == "visit" and trig.dep_ == "xcomp" and trig.head.lemma_.lower() == "invite" and any(
            c.dep_ == "dobj" and at.get(c.i) is not None for c in trig.head.children)  # "invited Trump to visit Warsaw"
        # (the one received named in apposition: "received his Iraqi counterpart Fuad Hussein")
        if lem in ("receive", "host", "welcome", "visit") and not received and not invited and received_after_place(trig, at) is None \
                and not any(c.dep_ == "dobj" and (at.get(c.i) is not None or any(g.dep_ == "appos" and g.i in at for g in c.children)
                                                  or any(x.i in at and at[x.i].kind == "plural" for x in c.subtree)  # ("both ministers")
                                                  # ("a special envoy of President X, Hon. Y,": the envoy named in its phrase)
                                                  or any(m.kind == "person" and c.left_edge.i <= m.head <= c.right_edge.i
                                                         and (c.lower_ in ("envoy", "emissary") or c.head.lower_ in ("envoy", "emissary"))
                                                         for m in tight_named))
                            for c in trig.children) \
                and not any(g.i in at for g in (*meal_guests(trig), *inviting_host(trig), *unattached_guest(trig),
                                                *invited_to_pay_a_visit(trig))) and not (trig.dep_ == "amod" and (trig.head.i in at or trig.head.dep_ == "compound" and trig.head.head.i in at)) \
                and not (trig.dep_ == "relcl" and trig.head.i in at and any(c.dep_ == "dobj" and c.lower_ in ("whom", "who")
                                                                            for c in trig.children)):
            return False  # (but "Zelensky, whom Pope Francis received at the Vatican": the one the clause is of)
        if low in ("summit", "summits", "conference", "forum") and len(tight_named) + sum(1 for m in slot_mentions if m.kind == "plural") < 1:
            return False
        # "will not hold a formal meeting at the G20 summit": the occasion of the meeting, not one of its own
        return not (low in ("summit", "summits", "conference", "forum") and trig.dep_ == "pobj" and trig.head.lower_ in ("at", "during")
                    and any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" for c in trig.children))

    def candidate(self, span: Span, trig: Token, strong: bool, mode: str, parties: list[PartyData], used: list[Mention],
                  history: bool) -> Candidate:
        """The report of the trigger's meeting: status, date, place, occasion, the cues that decided them, its weight."""
        doc, published, sent = self.doc, self.published, trig.sent
        lem = trig.lemma_.lower()
        status, scue, conf = status_of(trig)
        if status == "held" and _schedule_of(trig) is not None and trig.head.tag_ in ("VBZ", "VBP"):
            status, scue, conf = "planned", f"{trig.head.text} (a schedule)", 0.8  # "Her schedule includes meetings with ..."
        if status == "held" and conf < 0.8 and is_headline(sent):
            # a headline's parse is unreliable: "Biden: Meeting with Xi possible next month"
            # (not "in mid-May", nor what another noun may be: "met ... to discuss a possible deal")
            cue = next((t for t in sent if t.lower_ in _HEADLINE_POSSIBLE and t.ent_type_ != "DATE"
                        and not (t.dep_ == "amod" and t.head != trig and t.head.pos_ == "NOUN" and t.head.lemma_.lower() not in NOUN_LEMMAS)), None)
            if cue is not None:
                status, scue, conf = "possible", cue.text, 0.7
            agreed = _headline_agreed(trig) if cue is None else None
            if agreed is not None:
                status, scue, conf = "planned", f"{agreed.text} (a headline's participle)", 0.8
        tense = trig.head if trig.pos_ == "NOUN" and trig.dep_ == "dobj" else trig  # ("holds talks")
        agenda = _line_match(_AGENDA_DAY, sent)
        if status == "held" and conf < 0.8 and (tense.tag_ in ("VBZ", "VBP") or not scue) and not is_headline(sent) and agenda:
            # "Wednesday: Jaishankar holds talks with Faisal bin Farhan in Riyadh", "Monday: Blinken in Beijing for talks with
            # Wang Yi": a calendar's present, or its line of no verb, ahead
            status, scue, conf = "planned", f"{trig.text} (a day's entry of a calendar)", 0.7
        diary = diary_day(sent, published) if not is_headline(sent) and not agenda else None
        gov = (trig if trig.pos_ in ("VERB", "AUX") else next((a for a in trig.ancestors if a.pos_ in ("VERB", "AUX")), None)) \
            if diary is not None and status == "held" and conf < 0.8 else None
        if diary is not None and status == "held" and conf < 0.8 and (gov is None or gov.tag_ in ("VBZ", "VBP")):
            # "MONDAY, JUNE 24" / "JEDDAH - Pompeo visits Saudi Arabia for talks with King Salman": a diary's item, ahead
            status, scue, conf = "planned", f"{trig.text} (under a diary's day heading)", 0.7
        hour = _line_match(_AGENDA_HOUR, sent) if not agenda else None
        if hour and status == "held" and conf < 0.8 and tense.tag_ in ("VBZ", "VBP") and not is_headline(sent):
            status, scue, conf = "planned", f"{trig.text} (an hour's entry of a day's schedule)", 0.7
        if status == "ruled_out" and span.label_ == "NOUN" and re.search(r"\bno longer\b", sent.text) and any(
                c.dep_ == "amod" and c.lemma_.lower() in ("plan", "planned", "schedule", "scheduled", "arrange") for c in trig.children):
            # "would no longer be able to travel to Port Moresby for their planned meeting": a plan given up, called off
            status, scue, conf = "cancelled", f"no longer ... {trig.text} (planned before)", 0.8
        if status == "postponed" and span.label_ == "NOUN" and _rescheduled(trig):
            status, scue, conf = "planned", f"{trig.head.head.text} ... for (rescheduled)", 0.8
        if status == "held" and span.label_ == "NOUN" and definite(trig):
            lost = _lost_fate(trig)
            if lost is not None:
                status, scue, conf = lost, f"{lost} (the verb the parse lost)", 0.8
        if status in ("planned", "possible"):
            fate = _trip_fate(trig)
            if fate is not None:
                status, scue, conf = fate
        if status == "ruled_out" and trig.dep_ == "nsubjpass" and any(c.dep_ == "det" and c.lower_ == "no" for c in trig.children) \
                and trig.head.lemma_.lower() in _NOT_YET_SET:
            conf = min(conf, 0.6)  # "open to meeting Kim, though no meeting has been arranged": not set yet, a weaker account
        # a date or place inside another meeting's clause is that meeting's ("discussed it with Kerry in a phone
        # call and said the two would meet in Geneva next week": the call was not in Geneva next week)
        others = others_words(trig, self.trigger_toks) | since_words(trig)
        later = before_words(trig) | party_clause_words(trig)
        exclude = self.dateline_toks | self.title_toks | others
        d, dtext = date_for(doc, trig, published, status, self.dateline_toks | others | later)
        d, dtext = days_of(doc, trig, d, dtext, published, self.dateline_toks, self.trigger_toks)
        if diary is not None and status in ("planned", "possible") and (d is None or d.start < diary.start):
            d, dtext = diary, diary.text  # (the diary's day heading, not a weekday read as the one of the week published)
        heading = _paragraph_heading(doc, sent, published)
        if d is None and heading is not None and heading[0] is not None:
            d, dtext = heading[0], heading[0].text  # "22 November, Riyadh. Rakhmetullin held talks with ...": the paragraph's day
        if d is None and hour and status == "planned" and published is not None:
            d, dtext = dates_mod.DateValue(published, published, "day", "a schedule's hour: the day published", hour.group(0).strip()), \
                hour.group(0).strip()
        if d is None and agenda and status == "planned" and published is not None:
            day = agenda.group(0).strip(" \t-–—*•·:").split()[0]  # ("Monday: ..." cut off as a sentence of its own)
            if (v := dates_mod.resolve(day, published, past=False)) is not None:
                d, dtext = v, day
        if d is not None and published is not None and d.reason.startswith("no year given"):
            d = _year_said(sent, d, published, trig)
        if status == "planned" and scue.endswith(" for") and d is not None and published is not None and d.end < published:
            # "Moon arrived in Pyongyang on Tuesday for his summit with Kim", told on Thursday: under way since
            status, scue = "held", f"{scue} (before publication)"
        elif status == "planned" and scue.endswith((" of", "(preparing it)")) and d is not None \
                and d.reason.startswith("the day of '"):
            # "arrived in Saudi Arabia on Monday ahead of talks with X", "arrived on Thursday, beginning a visit aimed at
            # laying the groundwork for a meeting between Biden and Xi": the talks come later
            d, dtext = None, ""
        elif status == "planned" and scue.endswith(" for") and d is not None and d.reason.startswith("the day of '"):
            # "Kim arrived in Vietnam on Tuesday for his summit with Trump", told on Tuesday: the summit is ahead, on the
            # arrival's day or soon after; a day the article gives the summit itself wins (merging.py)
            d = dates_mod.DateValue(d.start, d.end, d.precision, f"no date of its own: {d.reason}", d.text)
        elif status == "planned" and re.fullmatch(r"(?:is|are) \w+ing", scue) and d is not None and d.precision == "day" \
                and d.start == published:
            # "Lavrov is holding talks with Lapid in Moscow on Thursday", told that Thursday: under way
            status, scue = "held", f"{scue} (on the day of publication)"
        if status == "held" and conf < 0.8 and d is not None and published is not None and trig.pos_ == "VERB" \
                and trig.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in trig.children) \
                and d.reason.startswith("past event") and dates_mod.WEEKDAY_NAME.search(d.text or "") \
                and not re.search(r"\b(?:last|past|previous)\b", d.text, re.I):
            # "Biden meets Xi on Wednesday", told on Monday: the present of a timetable, the coming Wednesday (not a photo
            # caption's present: "Ramaphosa (R) and Xi (L) shake hands in Pretoria on Tuesday")
            ahead = dates_mod.resolve(d.text, published, past=False)
            if ahead is not None and ahead.start > published and not _caption(sent):
                d, status, scue, conf = ahead, "planned", f"{trig.text} ... {d.text} (a coming day)", 0.7
        if status == "held" and conf <= 0.7 and d is not None and published is not None and (
                after_publication(d, published) or _AHEAD.search(d.text or "") and trig.tag_ != "VBD"):
            # "there was no agenda yet for a meeting ... at next week's G20 summit": what comes after the
            # article cannot have been held; the past tense was the sentence's, not the meeting's (and "Next week, Bush
            # hosts Putin at his ranch": a present with a time ahead, whose month may be the article's own)
            status, scue, conf = "planned", f"{d.text} {AFTER_PUBLICATION}", 0.7
        # (a later event's place only when the sentence gives no other: "ahead of the G20 summit in Osaka, Trump met Xi")
        place, ptext = best_place(doc, trig, exclude | later, self.dateline_place) if later else (None, "")
        if place is None:
            place, ptext = best_place(doc, trig, exclude, self.dateline_place)
        if place is None and "(the trip)" in scue:
            place, ptext = _trip_destination(trig)  # ("cancelled plans to visit Israel, a trip that was to have included talks")
        if place is None and heading is not None and heading[1] is not None:
            place, ptext = heading[1], f"{heading[1].mention} (the paragraph's heading)"
        occ, _ = occasion_of(doc, trig, others)
        if place is None and occ and (named_for := occasion_city(occ)) is not None:
            place, ptext = named_for, f"{occ} (the city it is named after)"  # "at the Munich Security Conference"
        if place is not None:
            place = in_country_of(place, {p.country for p in parties if p.country})
            mine = {p.country for p in parties if p.country}
            if place.kind == "city" and mine and place.country not in mine and re.search(
                    rf"\b{re.escape(place.mention)}\s+(?:Palace|Castle|House|Hall|Lodge|Manor|Estate|Abbey)\b", sent.text):
                place, ptext = None, ""  # "at Blenheim Palace", "at Belem Palace": a building named after a town abroad
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
                cues["occasion_day"] = (mday.group(1) or mday.group(2)).lower()
        headline = is_headline(sent)
        # "Last month, the Kremlin had said there were no plans for a meeting": an account the article presents as
        # superseded weighs less when the final status is read (GUIDELINES: the current state)
        # ("had met" is a fact; "had been due to meet ..., but that session was scrapped": the "but" is the news)
        account = min(conf, 0.6) if status != "held" and not scue.startswith("but ... ") and earlier_account(trig, backshift=False) \
            else conf
        score = (2.0 if span.label_ == "VERB" and strong else 1.0) + (0.5 if d else 0) + (0.5 if place else 0) + (0 if headline else 1.0) + 0.1 * len(parties) \
            + (1.0 if status in ("cancelled", "postponed") and conf >= 0.8 else 0)  # what became of it: the sentence to quote
        own_day = d is not None and d.reason != ENTRY_REASON  # (a timeline entry's date is the entry's, whatever it tells)
        supporting = history or (lem == "shake" and not sent.text.strip().endswith((".", "!", "?"))) or (
            # "The two leaders are expected to discuss trade": what a meeting reported elsewhere covers
            lem in ("discuss", "talk", "speak", "negotiate") and span.label_ == "VERB" and not own_day
            and place is None and all(m.kind in ("plural", "pronoun") for m in used)
            # (not "the two leaders spoke on the sidelines of the lunch": an encounter of its own)
            and not _IN_PERSON.search(sent.text)) or (
            # "The leaders agreed to start talks on joint economic activities": a process the pair opens
            # (or a track named by its subject: "agreeing to resume trade negotiations")
            span.label_ == "NOUN" and trig.dep_ == "dobj" and trig.head.lemma_.lower() in _PROCESS_VERBS
            and not own_day and place is None and (all(m.kind in ("plural", "pronoun") for m in used) or any(
                c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ") or c.dep_ == "prep" and c.lower_ in ("on", "over")
                for c in trig.children)))
        return Candidate(parties, frozenset(party_key(p) for p in parties), status, mode, sent, trig, cues, d, place, occ,
                         min(0.95, conf * (0.9 if strong else 0.75)), headline, score, [(status, headline, 0.3 if history else account)],
                         previous=is_previous(trig), history=history, supporting=supporting)

    def emit(self, cand: Candidate, span: Span, trig: Token, parties: list[PartyData], adjectival_split: Mention | None) -> None:
        """Append the candidate, or the meetings it stands for: the same pair again on another day, a gapped clause's,
        one per partner met separately, one per country of a split phrase; or add its people to the meeting just
        reported ("Lavrov and Tillerson also attended the meeting")."""
        doc, at, out, resolver, published = self.doc, self.at, self.out, self.resolver, self.published
        sent, status, d = trig.sent, cand.status, cand.date
        named = [p for p in parties if p.name]
        k = self.sent_index.get(sent.start, 0)
        # "Shultz said he and Shevardnadze would meet again next month to prepare for a summit between Reagan and Gorbachev.
        # The two men met for seven hours on Monday": the meeting prepared for, told after the sentence's own pair, is not
        # the pair "the two" speak of next
        aside = span.label_ == "NOUN" and resolver.last_sent == k and resolver.pairs and resolver.pairs[-1][0] == k \
            and _prepared_for(trig)
        if named and not aside:
            resolver.last_parties = named
            # (and those its verb met: "the mediators" next are the others, `Resolver.plural`)
            met = [x for t in sent if _met_with(t, trig) for x in expand(t)]
            resolver.last_met = {party_key(resolver.person(at[x.i])) for x in met if x.i in at and at[x.i].kind == "person"}
        elif not named and not aside and len({p.country for p in parties if p.country}) >= 2:
            resolver.last_parties = list(parties)  # "Russian and Ukrainian delegations met ... The two sides will meet again"
        resolver.last_sent = k
        if len(named) >= 2:
            resolver.pairs.insert(len(resolver.pairs) - 1 if aside else len(resolver.pairs), (k, named))
        if span.label_ == "VERB":
            # "met Kim at Panmunjom on April 27 and again on May 26": the same pair again, on the other day
            for again in (x for x in trig.subtree if x.dep_ in ("conj", "prep") and x.pos_ == "ADP"
                          and any(a.lower_ == "again" for a in x.children)):
                when = next((p for p in again.children if p.dep_ == "pobj" and p.ent_type_ == "DATE"), None)
                there = None
                if when is None:
                    # "met in Vilnius in July, and again in New York in September": the place after "again", then its time
                    there = _place_phrase_in(doc, again.i, min(again.i + 5, sent.end))[0]
                    when = next((p for x in again.head.children if x.dep_ == "prep" and x.i > again.i for p in x.children
                                 if p.dep_ == "pobj" and p.ent_type_ == "DATE" and p.i - again.i <= 6), None) if there else None
                dv = dates_mod.resolve(doc[when.left_edge.i: when.right_edge.i + 1].text, published, past=status == "held") \
                    if when is not None else None
                if dv is not None and d is not None and dv.start != d.start:
                    variant = _variant(cand, list(cand.parties), dv)
                    if there is not None:
                        variant.place, variant.cues["place"] = there, there.mention
                        # (its own occasion or none: "... and again in New York in September during the UN General Assembly")
                        during = next((x for x in again.head.children if x.dep_ == "prep" and x.lower_ in ("during", "at") and x.i > again.i), None)
                        pobj = next((x for x in during.children if x.dep_ == "pobj"), None) if during is not None else None
                        variant.occasion = _occasion_name(pobj) if pobj is not None else ""
                        variant.cues.pop("occasion", None)
                        if variant.occasion:
                            variant.cues["occasion"] = variant.occasion
                    out.append(variant)
        listed = listed_objects(doc, trig, at) if span.label_ == "VERB" else []
        days = [dates_mod.resolve(when.text, published, past=status == "held") for _, when in listed]
        if listed and all(days):
            # "met bin Salman in Riyadh on January 8, Netanyahu in Tel Aviv on January 9 ...": one meeting each, on its
            # day, at its own place or, with none, the one before it ("King Mohammed VI in Rabat on Monday and Prime
            # Minister Aziz Akhannouch on Tuesday"), or the sentence's
            listed_keys = {m.key for m, _ in listed} | {party_key(resolver.person(m)) for m, _ in listed}
            base = [p for p in parties if party_key(p) not in listed_keys]
            there = None
            for (m, when), dv in zip(listed, days, strict=True):
                there = _place_phrase_in(doc, m.end, when.start)[0] or there
                ps = dedupe([*base, resolver.person(m)])
                if len(ps) >= 2:
                    variant = _variant(cand, ps, dv)
                    if there is not None:
                        variant.place, variant.cues["place"] = there, there.mention
                    out.append(variant)
            return
        gapped = gapped_objects(doc, trig, at)
        for m, when in gapped:
            # "met Kerry on Monday and Zarif on Tuesday": a second meeting in the gapped clause, with its own day
            # (and its own place, between the name and the day: "and Fiala in Prague on Tuesday")
            # (without the verb's objects: "met Xi, then Erdogan, and finally Khurelsukh", one object each)
            objs = {at[x.i].key for c in trig.children if c.dep_ == "dobj"
                    for x in (c, *(a for a in c.children if a.dep_ == "appos")) if x.i in at}  # ("her counterpart Barrot")
            ps = dedupe([p for p in parties if party_key(p) not in objs] + [resolver.person(m)])
            after = DAY_AFTER.fullmatch(when.text) if when is not None and d is not None and d.precision == "day" else None
            if after is not None:
                # "Xi on November 6 and Li Qiang the following day": counted from the first one's day
                day = d.start + timedelta(days=day_shift(after))
                dv = dates_mod.DateValue(day, day, "day", f"{when.text}: counted from the meeting before", when.text)
            else:
                dv = dates_mod.resolve(when.text, published, past=status == "held") if when is not None else None
            if len(ps) >= 2:
                variant = _variant(cand, ps, dv)
                there = _place_phrase_in(doc, m.end + 1, when.start if when is not None else min(m.end + 6, sent.end))[0]
                if variant.date is None and d is not None and re.match(r"\W*(?:in|at)\s+\S+(?:\s+\S+)?\s+the same (?:week|day|month)\b",
                                                           doc[m.end: min(m.end + 8, sent.end)].text):
                    variant.date = d  # ("and President Hadi in Riyadh the same week": the first one's time)
                if there is not None:
                    variant.place = there
                    variant.cues["place"] = there.mention
                out.append(variant)
        if cand.place is not None and span.label_ == "VERB":
            # "He previously met with Putin in St Petersburg on April 11 and in Moscow on April 25": the same people again,
            # in another place on another day
            # (and "met in Moscow in May and again in Beijing in September", the second place hung on "again")
            again = [doc[a.i + 1] for p_ in trig.children if p_.dep_ == "prep" for a in p_.conjuncts
                     if a.lower_ in ("again", "later", "then") and a.i + 1 < len(doc) and doc[a.i + 1].dep_ == "prep"
                     and doc[a.i + 1].lower_ in ("in", "at")]
            for c in [*(c for p_ in trig.children if p_.dep_ == "prep" for c in p_.conjuncts
                        if c.dep_ == "conj" and c.lower_ in ("in", "at") and c.i > trig.i), *again]:
                there, there_end = _place_phrase_in(doc, c.i, min(c.i + 6, sent.end))
                when = date_right_after(sent, there_end) if there is not None else ""
                dv = dates_mod.resolve(when, published, past=status == "held") if when else None
                if there is not None and dv is not None and there.name != cand.place.name:
                    variant = _variant(cand, list(cand.parties), dv)
                    variant.place, variant.cues["place"] = there, there.mention
                    out.append(variant)
        partner_groups = separate_partners(trig, at) if adjectival_split is None else []
        if partner_groups:
            # "held separate meetings with Lavrov and Zarif", "held talks with Kerry, and then with Zarif": one each
            named = [p for p in parties if p.name]
            resolved = [[x for m in g for x in ([resolver.person(m)] if m.kind == "person" else resolver.unnamed(m, named))]
                        for g in partner_groups]  # ("and with the Emirati foreign minister": named elsewhere, or a country)
            split_keys = {party_key(x) for g in resolved for x in g} | {m.key for g in partner_groups for m in g}
            base = [p for p in parties if party_key(p) not in split_keys]
            if not base:
                # (the sentence's subject the broken parse hung elsewhere: "He has since held talks with Kiir in Juba ...,
                # Tamim in Doha ... and Afwerki in Asmara")
                subj = next((m for m in self.mentions if m.kind in ("person", "pronoun") and doc[m.head].dep_ == "nsubj"
                             and sent.start <= m.start < trig.i), None)
                base = ([resolver.person(subj)] if subj.kind == "person" else resolver.pronoun(subj)) if subj is not None else []
                base = [p for p in base if party_key(p) not in split_keys]
            # ("held bilateral talks with A, B and C on Friday, with D and E on Saturday": one meeting each, on the group's day)
            one_each = any(c.dep_ == "amod" and c.lower_ in ("bilateral", "separate", "individual") for c in trig.children)
            for g, group in zip(partner_groups, resolved, strict=True):
                # each partner's own day, said right after the name ("with Qin on Sunday and with Wang on Monday"), and own
                # place before it ("with Putin in Moscow on Monday and with Nehammer in Vienna on Wednesday")
                end = max(m.end for m in g)
                there, there_end = _place_phrase_in(doc, end + 1, min(end + 6, sent.end))
                when = date_right_after(sent, there_end if there is not None else end)
                dv = (dates_mod.resolve(when, published, past=status == "held") if when else None) or d
                for ps in ([dedupe([*base, x]) for x in group] if one_each and len(group) > 1 else [dedupe(base + group)]):
                    if len(ps) >= 2:
                        variant = _variant(cand, ps, dv)
                        if there is not None and len(partner_groups) > 1:
                            variant.place, variant.cues["place"] = there, there.mention
                        out.append(variant)
            return
        plural = next((m for t in trig.subtree if (m := at.get(t.i)) is not None and m.kind == "plural" and m.head == t.i
                       and _met_with(t, trig)), None) if adjectival_split is None else None
        if plural is not None and (any(c.lower_ in ("separately", "individually") for c in trig.children) or any(
                c.dep_ == "amod" and c.lower_ in ("separate", "individual") for c in trig.children if trig.tag_ == "NNS")):
            # "Borrell met separately with the two leaders": one meeting with each
            group = [p for p in resolver.plural(plural, self.sent_index.get(sent.start, 0)) if p.name]
            keys = {party_key(p) for p in group}
            others = [p for p in parties if party_key(p) not in keys]
            if len(group) >= 2 and others:
                out.extend(_variant(cand, dedupe([*others, p]), d) for p in group)
                return
        each = separate_subjects(trig, at) if adjectival_split is None else []
        if each:
            # "Abe and Moon each held talks with Xi": one meeting of each with the partner
            own = [resolver.person(m) for m in each]
            keys = {party_key(p) for p in own}
            others = [p for p in parties if party_key(p) not in keys]
            if others:
                out.extend(_variant(cand, dedupe([p, *others]), d) for p in own)
                return
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
            return
        if joins_named_meeting(trig) and join_previous(out, trig, parties, self.sent_index):
            return  # "Lavrov and Tillerson also attended the meeting": more participants of the meeting just reported
        if span.label_ == "NOUN" and trig.tag_ == "NNS" and len(parties) >= 3 \
                and any(c.dep_ == "amod" and c.lower_ in ("bilateral", "separate", "individual") for c in trig.children):
            # "will hold bilateral meetings on Friday with Putin, Mirziyoyev and Raisi" (the names hung elsewhere by a broken
            # parse, so no "with" group was found): the subject's meeting with each
            v = light_verb(trig)
            # (the subject of the verb the light verb completes or is joined to: "is expected to hold bilateral meetings")
            for _ in range(3):
                if v is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children) or v.dep_ not in ("conj", "xcomp"):
                    break
                v = v.head
            subj = [x for c in (v.children if v is not None else ()) if c.dep_ in ("nsubj", "nsubjpass")
                    for x in expand(c) if x.i in at and at[x.i].kind == "person"]
            base = dedupe([resolver.person(at[x.i]) for x in subj])
            if len(base) == 1:
                for p in parties:
                    if party_key(p) != party_key(base[0]):
                        out.append(_variant(cand, [base[0], p], d))
                return
        second = {m.key for m, _ in gapped}
        if second & cand.keys and len([p for p in cand.parties if party_key(p) not in second]) >= 2:
            cand = _variant(cand, [p for p in cand.parties if party_key(p) not in second], d)  # (the gapped one met apart)
        out.append(cand)

    def add_joiners(self) -> None:
        """"They were later joined by U.N. envoy Brahimi", "with Cavusoglu also taking part": people who came to the
        meeting just reported."""
        for tok, who in joiners(self.doc, self.at):
            inside = {t.i for t in tok.subtree}
            if any(c.sent.start == tok.sent.start and c.trig.i not in inside and all(m.key in c.keys for m in who[1])
                   for c in self.out):
                continue  # "Li Qiang, who also attended, did not hold talks with Harris": a party of the sentence's own meeting
            k = self.sent_index.get(tok.sent.start, 0)
            before = [c for c in self.out if c.trig.i < tok.i and c.mode == "in_person" and k - self.sent_index.get(c.sent.start, 0) <= 2]
            if before:
                c = max(before, key=lambda c: c.trig.i)
                gathering = next((x for x in tok.children if x.dep_ in ("nsubjpass", "nsubj")), None)
                if gathering is not None and c.occasion and gathering.lower_ in c.occasion.lower().split():
                    continue  # "met Dan on the sidelines of the summit. The summit is also being attended by Rutte": the summit's
                subject = who[0]
                # (the subject by the name the article resolves it to: "Moon" is Moon Jae-in)
                if subject is None or subject.kind in ("plural", "pronoun") or subject.key in c.keys \
                        or (subject.kind == "person" and party_key(self.resolver.person(subject)) in c.keys):
                    c.joined.extend(self.resolver.person(m) for m in who[1])


def candidates_for(doc: Doc, published: date | None) -> list[Candidate]:
    """The article's candidate reports, one per trigger that reports a meeting (or several: "met X and Y separately"),
    with what the rest of the article adds to them; merged into one per meeting in `merging`."""
    return _Scan(doc, published).run()


# (what did not happen, not what will not: "... will not take place" keeps the coming day)
_NOT_HAPPENED = re.compile(r"\b(?:never (?:took|take|happened|happen)|(?:did|has|had|was)\s*(?:not|n't) (?:take|happen)|(?:not|no meeting) (?:took|happened))\b")


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
        if k > sent.start and doc[k - 1].text in ("—", "–", "--", "-", "_"):  # (and the old AP's "GENEVA (AP) _ ...")
            start = doc[k].idx  # "DA NANG, Vietnam (Reuters) - Trump will not ...": the sentence after its dateline
        while end > start and clean_text[end - 1].isspace():
            end -= 1
        while start < end and clean_text[start].isspace():
            start += 1
        d = g.date
        # a weekday read with the wrong tense: re-resolve with the final status
        # (a meeting that "never took place" was due on a day gone by: "was due to meet X on Sunday, but the meeting never
        # took place", told on Monday)
        # ("An encounter between Obama and Rouhani at the United Nations on Tuesday did not happen": the cue is "not happen")
        gone = (status in ("cancelled", "ruled_out") and (_NOT_HAPPENED.search(g.cues.get("status", "")) is not None
                                                          or _NOT_HAPPENED.search(g.sent.text) is not None)) or (
            # "declined to meet Austin at the Shangri-La Dialogue over the weekend", told on Monday: a chance gone by
            status == "ruled_out" and g.cues.get("status", "").split(" ")[0].lower() in ("declined", "refused", "rejected", "snubbed"))
        if d is not None and (d.reason.startswith(("past event", "coming event")) or (gone and d.reason == "the coming weekend")) \
                and published is not None:
            d2 = dates_mod.resolve(d.text, published, past=status == "held" or gone)
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


def io_official(p: PartyData) -> bool:
    """An international organisation's official, of no state here whatever the country the list gives ("NATO
    Secretary-General Mark Rutte", who led the Netherlands before)."""
    cls = TITLES.get(p.role.lower(), ("", ""))[1]
    if cls == "io":
        return True
    if p.name is None or known_office(p.name) == "":
        return False
    # (not one the article titles by a state's office and country: "Portuguese Prime Minister Antonio Costa", before he
    # led the European Council)
    return not (p.country and cls in (*_STATE_OFFICES, "minister") and cls != "counterpart")


# the organisation an official's title names (`lexicon.roles.ORGANISATION_NAMES`, the particular ones first)
_ORGANISATION_WORDS = [(re.compile(rf"\b{re.escape(name)}(?![\w.])"), org) for name, org in ORGANISATION_NAMES]


def io_organisation(p: PartyData) -> str:
    """The international organisation an official serves, by the list or the title ("Kaja Kallas", "NATO Secretary-General
    Mark Rutte", "European Council President"), else ""."""
    if org := known_organisation(p.name or ""):
        return org
    text = f"{p.role} {p.mention}".lower()
    return next((org for pattern, org in _ORGANISATION_WORDS if pattern.search(text)), "")


_ENVOY_PLURALS = re.compile(r"\b(?:ambassadors|envoys|diplomats|missions|posts|consuls|commissioners|attach[eé]s)$", re.I)


def international(parties: list[PartyData]) -> bool:
    """The parties are of two countries or international organisations as far as the article says (GUIDELINES.md):
    two different known countries, a known country and a state office or an international organisation's, or two
    international organisations' people. Who is met by nobody of a known country ("the brothers had met Laachraoui
    several times", "Volkswagen's chief met the union's leader") or by people of no office ("Biden met Sens. Manchin
    and Sinema", "Putin also met Central Bank Governor Nabiullina") is no diplomatic meeting."""
    # an international organisation's official is of no state here, whatever the country given ("NATO Secretary-General
    # Rutte met Dutch Prime Minister Schoof", "IAEA chief Grossi")
    official = [io_official(p) for p in parties]
    if all(official) and len(orgs := {io_organisation(p) for p in parties}) == 1 and "" not in orgs:
        return False  # officials of one organisation ("von der Leyen met Costa and Kallas at the Berlaymont")
    known = {p.country for p, io in zip(parties, official, strict=True) if p.country and not io}
    if len(known) >= 2:
        return True
    if len(known) == 1 and all(p.name is None and _ENVOY_PLURALS.search((p.mention or "").split(",")[0]) for p in parties if p.country) \
            and not any(p.name and not p.country and io_organisation(p) for p in parties):
        return False  # "Foreign Minister X met the heads of Lithuania's diplomatic missions": a minister with his own envoys
    if len(known) == 1 and any(p.name and p.country and p.role.lower() == "counterpart" for p in parties) and any(
            p.name and not p.country for p in parties):
        return True  # "Cabinet Secretary X met her Ethiopian counterpart Y": a counterpart is another country's
    classes = ["io" if io else TITLES.get(p.role.lower(), ("", ""))[1] for p, io in zip(parties, official, strict=True) if io or not p.country]
    if "io" in classes and (known or classes.count("io") >= 2 or any(c in _STATE_OFFICES or c == "minister" for c in classes if c != "io")):
        return True  # (an organisation's official and a state's: "Brexit minister David Frost will meet Commission Vice President X")
    if "minister" in classes and any(p.name and p.country and TITLES.get(p.role.lower(), ("", ""))[1] == "envoy" for p in parties):
        return True  # a country's envoy calls on a minister of any portfolio ("China's Ambassador ... called on Interior Minister X")
    return bool(known) and any(c in _STATE_OFFICES for c in classes)


# offices a country's own people hold beside its leader, which a visitor rarely has without a demonym
# offices of a country's own places and legislature, whose holders receive visitors at home
# (not "House Speaker" nor "Senate Majority Leader": `lexicon.roles.DEFAULT_COUNTRY` makes them American wherever they are)
_LOCAL_OFFICES = {"speaker", "governor", "mayor", "premier", "chief minister", "opposition leader", "majority leader", "minority leader"}
# the country's own military chiefs ("met Chief of Army Staff General Syed Asim Munir at the PM House")
_MILITARY_CHIEFS = {"chief of army staff", "chief of the army staff", "army chief", "army chief of staff", "chief of general staff",
                    "chief of the general staff", "chief of defence staff", "chief of defense staff"}
_HOME_ROLES = _LOCAL_OFFICES | _MILITARY_CHIEFS | {
               "vice president", "deputy president", "deputy prime minister", "chancellor", "senate president",
               "former president", "former prime minister", "senator", "congressman", "congresswoman",
               "lawmaker",
               # (a home portfolio: "Lula met at the Planalto Palace with Finance Minister Fernando Haddad")
               "finance minister", "interior minister", "economy minister", "justice minister", "health minister",
               "education minister", "agriculture minister", "labor minister", "labour minister", "attorney general",
               "chief of staff"}
# the offices met at home with no place told that still make a meeting domestic (`_at_home`)
_AT_HOME_ANYWHERE = _MILITARY_CHIEFS | {"commander-in-chief", "vice president", "officer"}


def _at_home(g: Candidate) -> bool:
    """"Prime Minister Keir Starmer met Chancellor Rachel Reeves at Downing Street", "Lula met Vice President Alckmin in
    Brasilia": the leader at home with someone of a home office whose country the article leaves out; a domestic
    meeting."""
    known = {p.country for p in g.parties if p.country and not io_official(p)}
    rest = [p for p in g.parties if not p.country and not io_official(p)]
    # (and with no place, the country's own commanders: "Zelensky met with Commander-in-Chief Valerii Zaluzhnyi and Defense
    # Minister Oleksii Reznikov")
    return len(known) == 1 and bool(rest) and (g.place is not None and g.place.country in known and all(
        p.role and p.role.lower() in _HOME_ROLES for p in rest) or g.place is None and all(
        p.role and p.role.lower() in _AT_HOME_ANYWHERE for p in rest))


# offices of a place's own people, who host visitors there ("met Commons Speaker Lindsay Hoyle" in London)
_HOST_ROLES = _LOCAL_OFFICES | {"commons speaker", "minister-president", "governor-general", "governor general"}


def _foreigners(groups: list[Candidate]) -> dict[str, set[str]]:
    """The countries a person of no stated country is not of: those of the counterparts the article has the person meet
    ("Foreign Minister Margus Tsahkna met his Moldovan counterpart Mihai Popșoi": not Moldovan)."""
    out: dict[str, set[str]] = {}
    for g in groups:
        theirs = {p.country for p in g.parties if p.name and p.country and p.role.lower() == "counterpart"}
        for p in g.parties:
            if theirs and p.name and not p.country:
                out.setdefault(party_key(p), set()).update(theirs)
    return out


def _hosts_of_the_place(g: Candidate, foreigners: dict[str, set[str]]) -> None:
    """"Prabowo ... met Commons Speaker Lindsay Hoyle at Speaker's House" (in London), "where Governor Terry Branstad hosted
    him in Des Moines": a host of a place's own office, of no country the article states, meeting visitors from elsewhere
    there, is of the place's country (visitors of a known country, or a visitor the article has meet a counterpart of
    the place's country: "In Chișinău, the foreign minister is scheduled to meet with Prime Minister Dorin Recean")."""
    if g.place is None or not g.place.country:
        return
    known = {p.country for p in g.parties if p.country and not io_official(p)}
    visitors = {party_key(p) for p in g.parties if p.name and not p.country and g.place.country in foreigners.get(party_key(p), ())}
    if not known and not visitors or g.place.country in known:
        return
    for p in g.parties:
        # (the place's leader too, met there by a visitor known to be foreign to it: "Prime Minister Dorin Recean")
        # (and an officer met there: "talks in Niamey with ... Brigadier General Moussa Salaou Barmou, the new army chief")
        if p.name and not p.country and not io_official(p) and party_key(p) not in visitors and (
                p.role.lower() in _HOST_ROLES or p.role.lower() in _MILITARY_CHIEFS or p.role == "Officer"
                or visitors and TITLES.get(p.role.lower(), ("", ""))[1] == "leader"):
            p.country = g.place.country


# national news agencies, whose copy names the home country's officials without a demonym ("NEW DELHI (PTI) - Sports
# Minister Anurag Thakur met British Culture Secretary Nadine Dorries")
_AGENCIES = {"pti": "IN", "ani": "IN", "ians": "IN", "uni": "IN", "xinhua": "CN", "tass": "RU", "ria": "RU", "ria novosti": "RU",
             "interfax": "RU", "app": "PK", "yonhap": "KR", "kyodo": "JP", "jiji": "JP", "kcna": "KP", "irna": "IR", "isna": "IR",
             "anadolu": "TR", "aa": "TR", "spa": "SA", "wam": "AE", "qna": "QA", "kuna": "KW", "bna": "BH", "ona": "OM",
             "bernama": "MY", "antara": "ID", "vna": "VN", "mena": "EG", "bss": "BD", "apa": "AZ", "armenpress": "AM",
             "belta": "BY", "ukrinform": "UA", "pna": "PH", "petra": "JO", "sana": "SY", "wafa": "PS", "sputnik": "RU",
             "mia": "MK", "tanjug": "RS", "hina": "HR", "bta": "BG", "fena": "BA", "elta": "LT"}
_AGENCY_MARK = re.compile(r"[(/]\s*(" + "|".join(sorted((re.escape(a) for a in _AGENCIES), key=len, reverse=True)) + r")\s*[)/]", re.I)


def _agency_country(doc: Doc) -> str:
    """The home country of the national agency whose dateline opens the article ("(PTI)", "/TASS/"), else ""."""
    m = _AGENCY_MARK.search(doc_text(doc)[:160])
    return _AGENCIES[m.group(1).lower()] if m else ""


def _home_officials(g: Candidate, home: str) -> None:
    """In a national agency's copy, an office holder of no stated country meeting only foreigners is of the agency's
    country ("(APP): Prime Minister Muhammad Shehbaz Sharif on Wednesday received ... Liu Jianchao")."""
    known = {p.country for p in g.parties if p.country and not io_official(p)}
    if not home or not known or home in known:
        return
    for p in g.parties:
        if p.name and not p.country and p.role and TITLES.get(p.role.lower(), ("", ""))[1] in (*_STATE_OFFICES, "minister") \
                and not io_official(p):
            p.country = home


def name_sides(c: Candidate, parties: list[PartyData], why: str) -> None:
    """The meeting's unnamed sides (countries, delegations) replaced by the people the article names for them."""
    c.parties = parties
    c.keys = frozenset(party_key(p) for p in parties)
    c.cues["participants"] = f"{c.cues.get('participants', '')} ({why})"


def _sides_by_their_negotiators(groups: list[Candidate]) -> None:
    """"A fourth round of nuclear talks between Iran and the United States ... has been postponed", in an article whose
    other rounds are held by Araghchi and Witkoff: the countries named as the sides of the talks are the one pair of their
    people the article has meet (not when it has several pairs of those countries meet)."""
    for g in groups:
        if len(g.parties) < 2 or any(p.name or p.role for p in g.parties):
            continue
        countries = [p.country for p in g.parties]
        pairs = {tuple(sorted(party_key(p) for p in h.parties)): h for h in groups if h is not g and len(h.parties) == len(countries)
                 and all(p.name for p in h.parties) and sorted(p.country for p in h.parties) == sorted(countries)}
        if len(pairs) == 1:
            (h,) = pairs.values()
            name_sides(g, [replace(p) for p in h.parties], "the sides' negotiators, named in another round")


def extract_doc(doc: Doc, clean_text: str, published: date | None) -> list[ReportData]:
    cands = drop_negated_twins(candidates_for(doc, published))
    groups = merge(cands, published)
    _sides_by_their_negotiators(groups)
    home = _agency_country(doc)
    foreigners = _foreigners(groups)
    for g in groups:
        _home_officials(g, home)
        _hosts_of_the_place(g, foreigners)
    return to_reports(doc, clean_text, [g for g in groups if international(g.parties) and not _at_home(g)], published)
