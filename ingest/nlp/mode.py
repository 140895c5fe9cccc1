"""How a meeting was held: in person, by phone or by video, from its trigger and the calls of its sentence."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .lexicon.status_cues import PHONE_CUES, VIDEO_CUES

CALL_NOUNS = {"call", "calls", "conference", "conferences"}
CALL_WORDS = {"videoconference", "videoconferences", "teleconference", "videocall"}


def calls_in(sent: Span) -> list[Token]:
    """The sentence's calls: "a phone call", "a video conference", "a videoconference"."""
    return [t for t in sent if t.lower_ in CALL_WORDS or t.lower_ in CALL_NOUNS and t.i > 0 and (
        t.doc[t.i - 1].lower_ in ("phone", "telephone", "video", "conference") or t.doc[t.i - 1].text == "-"
        and t.i > 1 and t.doc[t.i - 2].lower_ in ("phone", "telephone", "video"))]


# what a phone or a video can name besides a call ("telephone lines", "video footage")
_OTHER_THINGS = {"line", "network", "number", "bill", "company", "operator", "footage", "clip", "game", "service", "record",
                 "records", "book", "booth", "tap", "tapping", "hacking", "maker", "surveillance"}
_OTHER_MEETINGS = {"meeting", "summit", "talks", "conference", "meetings", "summits"}
_REMOTE = {"video", "videolink", "virtually", "online", "remotely", "link", "videoconference", "phone", "telephone"}


def by_phone(v: Token) -> bool:
    """"spoke by phone with Trump", "joined via video link": a verb of a call."""
    return v.lemma_.lower() in ("phone", "telephone") or any(
        c.dep_ in ("prep", "agent") and c.lower_ in ("by", "via", "over", "on") and any(g.dep_ == "pobj" and g.lower_ in (*_REMOTE, "zoom")
                                                                            for g in c.children)
        for c in v.children)


def remote_joiners(sent: Span) -> set[int]:
    """The words of a clause telling that someone joined from afar: "..., with British Prime Minister Keir Starmer
    joining by video link from London", "Starmer took part via video link" (the others met in person)."""
    cache = sent.doc.user_data.setdefault("sidelines_remote", {})
    if sent.start not in cache:
        cache[sent.start] = _remote_joiners(sent) if _REMOTE_RX.search(sent.text) else set()
    return cache[sent.start]


def _other_meeting_clauses(sent: Span) -> list[tuple[Token, set[int]]]:
    """The sentence's clauses that speak of a meeting of their own ("..., and agreed that Biden and Xi would hold a
    virtual meeting"), each with its words: whose medium is not another trigger's. Read once per sentence."""
    cache = sent.doc.user_data.setdefault("sidelines_meeting_clauses", {})
    if sent.start not in cache:
        nouns = [n for n in sent if n.lower_ in _OTHER_MEETINGS and n.pos_ == "NOUN"]
        cache[sent.start] = [(v, {x.i for x in v.subtree}) for v in sent
                             if nouns and v.pos_ in ("VERB", "AUX") and v.dep_ in ("ccomp", "conj", "advcl", "relcl", "xcomp")
                             and any(v.is_ancestor(n) for n in nouns)]
    return cache[sent.start]


_SPOKEN = {"speak", "talk", "confer", "communicate", "consult", "chat", "meet"}
_REMOTE_RX = re.compile(r"\b(?:video|videolink|virtually|online|remotely|link|videoconference|phone|telephone)\b", re.I)


def _remote_joiners(sent: Span) -> set[int]:
    out: set[int] = set()
    for t in sent:
        if t.lemma_.lower() not in ("join", "participate", "take", "dial", "connect") or t.pos_ != "VERB":
            continue
        if t.lemma_.lower() == "take" and not any(c.lower_ == "part" for c in t.children):
            continue
        how = [x for c in t.children if c.dep_ in ("prep", "advmod") for x in c.subtree if x.lower_ in _REMOTE]
        if how and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            # (not a clause coordinated with it that has a subject of its own: "He will join the summit via video link, and the
            # meeting between Putin and Lula ... will not take place")
            other = {x.i for c in t.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                     and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for x in c.subtree}
            out |= {x.i for x in t.subtree} - other
    return out


def _time_before(trig: Token, verb: Token) -> bool:
    """Is the trigger in a clause of `verb` that tells the time before or after it ("came days after ... held talks")?"""
    if trig == verb or not verb.is_ancestor(trig):
        return False
    tok = trig
    while tok != verb:
        if any(c.lower_ in ("after", "before", "since") and c.dep_ in ("mark", "prep") for c in tok.children) or tok.lower_ in ("after", "before", "since"):
            return True
        tok = tok.head
    return False


def mode_of(sent: Span, trig: Token) -> str:
    if trig.lemma_.lower() == "call" and (trig.pos_ == "VERB" or any(c.lower_ == "courtesy" for c in trig.children)):
        return "in_person"  # "called on the prime minister", "a courtesy call on": a visit
    if trig.lower_ in ("videoconference", "videoconferences", "teleconference", "teleconferences", "videocall"):
        return "video"  # "held a teleconference": the trigger says how
    if trig.lemma_.lower() in ("telephone", "phone") and trig.pos_ == "VERB":
        return "phone"  # "telephoned Peruvian President Carlos Mendoza"
    calls = calls_in(sent)
    remote = remote_joiners(sent) if trig.pos_ in ("VERB", "NOUN") else set()
    # (and another meeting's clause: "held six hours of talks in Zurich, and agreed that Biden and Xi would hold a
    # virtual meeting": that meeting's medium, not this one's)
    remote = remote | {i for v, words in _other_meeting_clauses(sent) if trig.i not in words for i in words}
    # (and a clause of its own telling of a call: "the talks ... have been put off, and the two have instead spoken by
    # video link": that exchange's medium, not the talks')
    remote = remote | {x.i for v in sent if v != trig and v.pos_ == "VERB" and v.dep_ in ("conj", "advcl", "ccomp", "parataxis")
                       and v.lemma_.lower() in _SPOKEN and not v.is_ancestor(trig) and by_phone(v) for x in v.subtree}
    tokens = [t for t in sent if t.i not in remote] if remote and trig.i not in remote else list(sent)
    if calls and trig not in calls:
        # "discussed Syria with Kerry in a phone call": the call is how this trigger's meeting was held
        # (and "held a phone call on Thursday to discuss Ukraine", "a video conference to discuss": the call's purpose)
        # (not "agreed to meet Putin in Budapest after a phone call": another event before the meeting)
        medium = next((c for c in calls if c.head == trig or c.head.dep_ == "prep" and c.head.head == trig
                       and c.head.lower_ in ("in", "during", "by", "over", "via", "through", "on")
                       or trig.dep_ in ("advcl", "xcomp", "acl", "relcl") and trig.head in (c, c.head) and c.i < trig.i), None)
        if medium is not None:
            return mode_of(sent, medium)
        # "In a phone call, Putin invited Erdogan to Moscow for talks": the call's words are the call's only
        owned = {t.i for c in calls for t in [c, *(x for x in c.children if x.dep_ in ("compound", "amod", "nmod", "punct"))]}
        owned |= {c.i - k for c in calls for k in (1, 2) if c.i - k >= sent.start and sent.doc[c.i - k].lower_ in PHONE_CUES | VIDEO_CUES | {"-"}}
        tokens = [t for t in tokens if t.i not in owned]
    # (nor "The call came days after Sullivan held seven hours of talks with Yang in Rome": another event, the meeting
    # told as the time before it)
    tokens = [t for t in tokens if not (t.lemma_.lower() == "call" and t.dep_ in ("nsubj", "nsubjpass") and _time_before(trig, t.head))]
    # (nor a call of another clause, one neither holds the other: "Xi had told him during their talks in Guangzhou that he was
    # willing to call Zelensky")
    tokens = [t for t in tokens if not (t.lemma_.lower() in ("call", "phone", "telephone") and t.pos_ == "VERB" and t != trig
                                        and t.dep_ in ("xcomp", "ccomp", "advcl", "relcl") and not t.is_ancestor(trig)
                                        and not trig.is_ancestor(t))]
    # (not "calls off talks", "called for a meeting", "called on the premier": no telephone in them)
    # (nor "played a video", "a video of the meeting": a film shown, not a link)
    # (nor "restoring air links and telephone lines", "video footage": a word of a call naming some other thing)
    words = {t.lower_ for t in tokens if not (t.lemma_.lower() == "call" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in ("off", "for", "on"))
             and not (t.lower_ in ("video", "videos") and t.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj")
                      and t.head.lemma_.lower() not in ("by", "via", "over", "through", "hold", "have", "join"))
             and not (t.dep_ in ("compound", "amod") and t.lower_ in ("phone", "telephone", "video") and t.head.pos_ == "NOUN"
                      and t.head.lemma_.lower() in _OTHER_THINGS)}
    lem = trig.lemma_.lower()
    # ("held consultations with Sun Weidong via video link": the held talks' medium)
    if words & VIDEO_CUES and (lem in ("talk", "speak", "chat", "conversation", "meeting", "meet", "call", "summit", "discussion", "conference",
                                       "hold", "consultation", "consult", "negotiation", "dialogue", "session", "contact", "contacts")
                                      or "call" in words):  # noqa: SIM102
        if any(w in words for w in ("video", "videoconference", "video-conference", "virtual", "virtually", "teleconference", "videolink")):
            return "video"
        if any(t.lower_ in ("online", "videolink", "zoom") and t.head == trig for t in tokens):
            return "video"  # "an online meeting", "met online" (not "a statement posted online")
    if words & PHONE_CUES and lem in ("talk", "speak", "chat", "conversation", "discussion", "discuss", "call", "talks", "contact", "contacts"):
        return "phone"
    return "in_person"
