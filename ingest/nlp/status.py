"""A meeting's status from the words around its trigger (GUIDELINES.md "status").

`status_of(trigger)` looks at the trigger's own modal, negation and tense, at the words that govern
it ("called off the meeting", "the possibility of a meeting", "expected to meet") and at its
modifiers ("a planned meeting", "the upcoming meeting"); reported speech ("X said") is looked
through, not read as a tense. It returns (status, cue words, confidence):

>>> status_of(doc("Lavrov and Kerry could meet in Peru")[3])        # ("possible", "could", ...)
>>> status_of(doc("India called off the meeting with Qureshi")[4])  # ("cancelled", "called off", ...)
>>> status_of(doc("Pompeo will not meet Lavrov")[3])                # ("ruled_out", "not", ...)
>>> status_of(doc("Lavrov, Kerry to meet in Sochi")[4])             # a headline infinitive: "planned"
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from .candidate import doc_text
from .lexicon.status_cues import (
    CANCELLED,
    CANCELLED_PHRASAL,
    POSSIBLE,
    POSTPONED,
    POSTPONED_PHRASAL,
    SPEECH_VERBS,
    TO_PLANNED,
    TO_POSSIBLE,
)
from .linking import adjective_verb_parties, fronted_question, own_time_clause, part_taken_in, told_after

RANK = {"cancelled": 6, "postponed": 5, "ruled_out": 4, "possible": 3, "planned": 2, "held": 1}
# Edges climbed from a trigger to the words that decide its status ("possibility of a meeting",
# "expected to meet", "called off the meeting"); a trigger inside "in/during/after ..." only takes
# the tense of its clause, not its modality.
_CLIMB = {"dobj", "nsubj", "nsubjpass", "xcomp", "ccomp", "acl", "attr", "acomp", "pobj", "oprd", "conj", "amod", "appos", "compound", "pcomp",
          "csubj", "csubjpass"}
_CLIMB_PREPS = {"for", "of", "on", "about", "to", "toward", "towards", "out", "as"}  # ("pulled out of a meeting", "offers
# Budapest as venue for talks")
_NEG = {"not", "n't", "never", "no"}


def _particle(tok: Token) -> str:
    # "pushed back to April" is often parsed with "back" as an adverb
    return next((c.lower_ for c in tok.children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in ("back", "off")
                                                                        and c.i == tok.i + 1)
                 or (c.lower_ == "through" and c.i == tok.i + 1 and not any(g.dep_ == "pobj" for g in c.children))  # "fell through"
                 or (c.lower_ == "out" and c.i == tok.i + 1 and c.dep_ == "prep")), "")  # "pulled out of", parsed as a preposition


_REFUSING = ("refuse", "reject", "decline", "rebuff")
# what a meeting is expected to yield, not whether it takes place ("is not expected to produce a communique")
_OUTCOMES = {"produce", "yield", "result", "bring", "achieve", "deliver", "resolve", "solve", "settle", "break", "lead", "reach"}
_REFUSALS = (*_REFUSING, "snub", "spurn")  # (and what a refused challenge or invitation to meet is: "snubs X's challenge")


def _cue_of(tok: Token) -> tuple[str, str] | None:
    lem, low = tok.lemma_.lower(), tok.lower_
    prt = _particle(tok)
    if (lem, prt) in CANCELLED_PHRASAL or lem in CANCELLED or low in CANCELLED:
        return "cancelled", f"{tok.text} {prt}".strip()
    if lem in ("show", "turn") and prt == "up" and tok.pos_ == "VERB" and (tok.head.lemma_.lower() == "fail" and tok.dep_ == "xcomp" or any(
            c.dep_ == "neg" for c in tok.children)):
        return "cancelled", f"{tok.head.text if tok.dep_ == 'xcomp' else 'not'} {tok.text} up"  # "failed to show up for a meeting": it did not take place
    if lem in ("regard", "see", "view", "consider", "deem") and tok.pos_ == "VERB":
        judged = next((a for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for a in c.children
                       if a.pos_ == "ADJ" and a.lower_ in ("unlikely", "likely", "possible", "probable", "improbable")), None)
        if judged is not None:
            return "possible", f"{tok.text} as {judged.text}"  # "A separate meeting ... is regarded as unlikely": not excluded, not set
    if lem == "push" and prt == "through" and tok.pos_ == "VERB":
        # "the meeting will no longer push through", "did not push through" (Philippine English: go ahead): called off
        if any(c.dep_ == "neg" for c in tok.children):
            return "cancelled", f"not {tok.text} through"
        if any(c.dep_ == "advmod" and c.lower_ == "longer" and any(x.lower_ == "no" for x in c.children) for c in tok.children):
            return "cancelled", f"no longer {tok.text} through"
    if (lem, prt) in POSTPONED_PHRASAL or lem in POSTPONED or low in POSTPONED:
        return "postponed", f"{tok.text} {prt}".strip()
    if lem in ("move", "shift", "push", "bring") and tok.pos_ == "VERB" and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(
            p.ent_type_ == "DATE" or p.lemma_.lower() in ("date", "time") for p in c.subtree if p.dep_ in ("pobj", "amod", "compound"))
        for c in tok.children
    ):
        # "has been moved to next week", "pushed to a later date": another day, later (GUIDELINES: postponed)
        return ("planned", f"{tok.text} to an earlier date") if lem == "bring" else ("postponed", f"{tok.text} to")
    if tok.pos_ in ("VERB", "AUX") and any(c.dep_ == "prep" and c.lower_ == "on" and any(p.dep_ == "pobj" and p.lower_ in ("hold", "ice")
                                                                                       for p in c.children)
                                           # (or its "to be": "the meeting appears to be on hold")
                                           for v in (tok, *(x for x in tok.children if x.dep_ == "xcomp" and x.lemma_ == "be"))
                                           for c in v.children):
        return "postponed", f"{tok.text} on hold"  # "has been put on hold", "the summit is on hold", "is on ice"
    if lem == "remain" and any(c.dep_ in ("acomp", "oprd", "attr") and c.lower_ == "pending" for c in tok.children):
        return "possible", "remains pending"  # "a meeting ... remains pending": awaiting confirmation, not agreed
    if lem == "be" and any(c.dep_ == "prep" and c.lower_ == "in" and any(p.dep_ == "pobj" and p.lower_ == "works" for p in c.children)
                           for c in tok.children):
        return "possible", "in the works"  # being worked out
    under = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "under" and any(
        p.dep_ == "pobj" and p.lower_ in ("consideration", "discussion", "review") for p in c.children)), None) if lem == "be" else None
    if under is not None:
        if any(x.dep_ == "neg" for x in (*tok.children, *under.children)):
            return "ruled_out", "not under consideration"  # 'a summit is "not under consideration at this point"'
        return "possible", "under discussion"  # "A meeting with X is also under discussion": worked out, not set
    if tok.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in tok.children):
        # "a meeting is being prepared": arranged; "is being discussed", "the dates are being agreed": worked out
        if lem in ("prepare", "arrange", "organize", "organise", "finalize", "finalise"):
            return "planned", f"being {tok.text}"
        if lem in ("discuss", "agree", "coordinate", "negotiate", "consider", "explore", "study", "work", "mull"):
            return "possible", f"being {tok.text}"
    if lem in ("finalise", "finalize", "fix", "settle", "decide") and tok.pos_ == "VERB" and any(c.dep_ == "neg" for c in tok.children):
        return "possible", f"not {tok.text}"  # "a meeting ... has not been finalised": not agreed yet, not ruled out
    if lem in ("arrange", "organize", "organise") and tok.pos_ == "VERB" and tok.dep_ in ("acl", "relcl") and tok.head.lemma_.lower() in _ATTEMPTS \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return "possible", f"{tok.head.text} to {tok.text}"  # "There are contacts to arrange a meeting": being sought, not set
    if lem in ("arrange", "organize", "organise") and tok.pos_ == "VERB" and not any(c.dep_ == "neg" for c in tok.children):
        return "planned", tok.text  # "had begun arranging a meeting between Putin and Zelensky": being set up, not held
    if lem == "rule" and prt == "out":
        # (and "Neither side ruled out another meeting", "nobody has ruled out ...": not excluded)
        neg = any(c.lower_ in _NEG for c in tok.children) or any(
            c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("neither", "nobody", "none") or any(
                d.dep_ == "det" and d.lower_ in ("neither", "no") for d in c.children)) for c in tok.children)
        return ("possible", f"not {tok.text} out") if neg else ("ruled_out", f"{tok.text} out")
    if (lem in _REFUSING or lem == "turn" and prt == "down") and tok.pos_ == "VERB":  # ("has turned down a U.S. invitation")
        if any(c.dep_ == "neg" for c in tok.children):
            return "possible", f"not {tok.text}"  # "Putin would not refuse a meeting with Zelensky": not excluded
        return "ruled_out", tok.text
    if lem in ("skip", "boycott", "shun", "snub") and tok.pos_ == "VERB" and not any(c.lower_ in _NEG for c in tok.children):
        return "ruled_out", tok.text  # "will skip a planned meeting with Mendoza": will not meet
    if lem in ("exclude",):
        neg = any(c.lower_ in _NEG for c in tok.children)
        return ("possible", f"not {tok.text}") if neg else ("ruled_out", tok.text)
    return None


MOTION_VERBS = {"travel", "fly", "go", "come", "arrive", "land", "cross", "head", "return", "journey", "drive", "sail", "rush", "stop", "step", "walk",
                "hurry", "dash", "detour", "divert", "stay", "show", "turn"}


def _accepted(v: Token) -> Token | None:
    """"invited Trump to meet, and Trump accepted", "proposed talks and Ankara agreed": the offer taken up."""
    if v.lemma_.lower() not in ("invite", "propose", "offer", "suggest"):
        return None
    return next((c for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.lemma_.lower() in ("accept", "agree")
                 and not any(x.dep_ == "neg" or x.lower_ in _NEG for x in c.children)), None)


def _hedged(v: Token) -> str:
    """"could be delayed", "may be called off", "was not postponed": a call-off or delay that has not happened."""
    for c in v.children:
        if c.dep_ == "neg" or c.lower_ in _NEG or (c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in ("could", "may", "might", "can")):
            return c.text
    return ""



# the nouns of a meeting being sought: "contacts to arrange a meeting", "efforts to organise talks"
_ATTEMPTS = {"contact", "effort", "attempt", "bid", "push", "move", "work", "consultation", "initiative", "endeavour", "endeavor"}
_SEQUENCE = ("then", "later", "afterwards", "afterward", "subsequently")
_FUTURE_MARKS = ("when", "as", "after", "before", "once", "until", "while")
_UNSETTLED = {"agree", "confirm", "decide", "finalise", "finalize", "set", "schedule", "fix", "settle", "arrange"}


_SPANS = {"day", "hour", "week", "minute"}


def _duration(t: Token) -> bool:
    """A word of a span of time ("two days of talks", "for three hours"), no day of the calendar."""
    return (t.lemma_.lower() in _SPANS and any(c.dep_ == "nummod" for c in t.children)) \
        or (t.dep_ == "nummod" and t.head.lemma_.lower() in _SPANS)


def _verb_status(v: Token) -> tuple[str, str] | None:
    """Modal, negation and tense of a verb: (status, cue) or None when the verb says nothing."""
    kids = list(v.children)
    auxes = [c for c in kids if c.dep_ in ("aux", "auxpass")]
    neg = next((c for c in kids if (c.dep_ == "neg" or c.lower_ in ("not", "n't", "never") or (
        c.dep_ == "advmod" and c.lower_ in ("longer", "more") and any(x.lower_ == "no" for x in c.children)))  # ("would no longer hold talks")
        and not (c.i > v.i and c.i > 0 and c.doc[c.i - 1].text == ",")), None)  # (not "meets Netanyahu in New York, not the White House")
    modal = next((a for a in auxes if a.tag_ == "MD"), None)
    if neg is not None:
        # "not ruled out", "not excluded" are handled as cues; here plain negation, unless only maybe ("may not meet")
        if modal is not None and modal.lower_ in ("may", "might", "could", "should", "must"):
            return "possible", f"{modal.text} {neg.text}"  # (and advice: "Trump should not meet Kim")
        if v.lemma_.lower() in _UNSETTLED and v.tag_ in ("VBN", "VBD") and any(c.lower_ == "yet" for c in kids):
            return "possible", f"{neg.text} yet {v.text}"  # "possible, not yet agreed": being worked out, not excluded
        subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
        if modal is None and v.lemma_.lower() in ("hold", "take", "happen", "occur") and v.tag_ in ("VBN", "VBD") and subj is not None \
                and any(x.lemma_.lower() in ("plan", "schedule", "arrange", "coordination", "set") and x.i > subj.i - 3
                        for x in subj.subtree if x.dep_ in ("amod", "relcl", "acl", "pobj", "acomp")):
            # "The Foreign Ministers' Meeting, which had been under coordination, was not held": one planned, called off
            return "cancelled", f"{neg.text} {v.text}"
        return "ruled_out", f"{neg.text} {v.text}"
    if modal is not None:
        m = modal.lower_
        hedge = next((c for c in kids if c.dep_ == "advmod" and c.lower_ in ("probably", "possibly", "perhaps", "maybe")), None)
        if hedge is not None and m in ("will", "'ll", "would", "shall", "wo"):
            return "possible", f"{modal.text} {hedge.text}"  # "he would probably meet Putin soon": likely, not arranged
        if m in ("could", "may", "might", "can"):
            return "possible", modal.text
        subj = next((c for c in kids if c.dep_ == "nsubj"), None)
        if m in ("will", "would", "shall") and subj is not None and modal.i < subj.i and v.sent.text.rstrip().endswith("?") \
                and not any(t.tag_ in ("WRB", "WP", "WDT") for t in v.sent if t.i < modal.i):
            return "possible", f"{modal.text} ...?"  # "Will Trump meet Putin?": asked, not settled (not "When will they meet?")
        if m in ("will", "'ll", "shall", "wo"):
            return "planned", modal.text
        if m == "would":
            if any(a.lower_ == "have" for a in auxes):
                return None  # counterfactual: "would have been the first"
            return "planned", modal.text
        if m in ("must", "should"):
            return "possible", modal.text
    if any(a.lower_ in ("going",) for a in auxes) or (v.head.lower_ == "going" and v.dep_ == "xcomp"):
        return "planned", "going to"
    if v.lemma_ == "be" and v.tag_ == "VBD" and any(c.dep_ == "xcomp" and c.tag_ == "VB" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in kids):
        return "planned", f"{v.text} to"  # "The talks ... were to discuss the declaration": arranged, not held
    if v.tag_ == "VBD":
        return "held", v.text
    if v.tag_ == "VBN" and any(a.lower_ == "to" for a in auxes) and any(a.lower_ == "have" for a in auxes) \
            and v.head.lemma_ == "be" and v.dep_ == "xcomp":
        return "planned", f"{v.head.text} to have {v.text}"  # "a trip that was to have included talks": arranged, not done
    if v.tag_ == "VBN" and v.lemma_.lower() in ("expect", "schedule", "slate") and any(a.lower_ in ("was", "were") for a in auxes) \
            and v.dep_ == "ccomp" and _is_speech(v.head) and v.head.tag_ == "VBD" \
            and not any(a.lower_ in ("had", "been") for a in auxes):
        # "Officials said Mohamud was expected in Addis Ababa in the coming weeks for talks with Abiy": what they said is
        # expected, the tense only following "said"
        return "planned", " ".join(a.text for a in auxes) + " " + v.text
    if v.tag_ == "VBN" and any(a.lemma_ in ("have", "be") for a in auxes) and not (
            any(a.lower_ == "to" for a in auxes) and any(a.lower_ == "be" for a in auxes)):  # (not "is expected to be received")
        return "held", " ".join(a.text for a in auxes) + " " + v.text
    if v.tag_ == "VBG" and any(a.lemma_ == "be" for a in auxes):
        if any(a.tag_ in ("VBD",) for a in auxes):
            return "held", v.text
        # (not another thing's day: "are meeting in London to head off Sunday's referendum")
        # (nor the day it was told: "is holding talks in the Kremlin, a TASS correspondent reported on Thursday")
        # (nor the day a past clause on the talks tells: "are holding two days of talks that began on Thursday")
        if any(((t.ent_type_ in ("DATE", "TIME") and t.dep_ != "poss" and t.head.dep_ != "poss") or t.lower_ in ("next", "tomorrow", "later", "soon"))
               and not any(_is_speech(a) and a != v and v.is_ancestor(a) for a in t.ancestors)
               and not any(a.dep_ in ("relcl", "acl") and a.tag_ == "VBD" and v.is_ancestor(a) for a in t.ancestors)
               and not _duration(t) for t in v.subtree):
            return "planned", " ".join(a.text for a in auxes) + " " + v.text  # "is meeting Friday": arranged future
        return "held", " ".join(a.text for a in auxes) + " " + v.text  # "are holding talks in Geneva": under way
    if v.tag_ == "VBP" and v.dep_ == "conj" and v.head.tag_ == "VB" and v.head.pos_ == "VERB" \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in kids):
        # "Pompeo to travel to Kyiv, meet Zelenskiy": a base form sharing the first verb's "to", not a present
        return _verb_status(v.head)
    if v.tag_ == "VB" and not auxes and v.dep_ == "conj" and v.head.tag_ == "VB" and v.head.i < v.i \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids) and any(
                a.dep_ == "aux" and (a.lower_ == "to" or a.tag_ == "MD") for a in v.head.children):
        # "where he was to brief allies on Sunday and call on Prime Minister Abe": the first verb's "to" is both verbs'
        # (and its modal: "will brief Moon and hold a trilateral meeting with Kang and Kono")
        return _verb_status(v.head)
    if v.tag_ in ("VBZ", "VBP"):
        mark = next((c.lower_ for c in kids if c.dep_ == "mark" or c.dep_ == "advmod" and c.tag_ == "WRB" and c.i < v.i),
                    "") if v.dep_ in ("advcl", "relcl") else ""
        if mark in _FUTURE_MARKS:
            # "no breakthrough is expected when Blinken meets Lavrov on Friday": a time clause's present is ahead
            return "planned", f"{mark} ... {v.text}"
        if mark in ("if", "unless"):
            return "possible", f"{mark} ... {v.text}"
        if any(c.dep_ == "advmod" and c.lower_ == "again" for c in kids) and v.sent.text.rstrip().endswith("."):
            return "planned", f"{v.text} again"  # "The ministers meet again on Wednesday": the next one, ahead
        if v.lemma_.lower() in (*MOTION_VERBS, "leave", "depart") and v.sent.text.rstrip().endswith(".") and any(
                c.ent_type_ == "DATE" and c.dep_ in ("npadvmod", "tmod") or c.dep_ == "prep" and any(g.ent_type_ == "DATE" for g in c.children)
                for c in kids):
            return "planned", f"{v.text} (a day of the trip)"  # "Kim leaves Thursday on a three-day visit to Japan": timetabled
        return "held", v.text  # headline and caption present: "Biden meets Xi"
    if v.tag_ == "VB" and not auxes and any(c.dep_ == "nsubj" for c in kids) and any(
            t.tag_ == "TO" and t.head.tag_ == "VB" and t.head.i < v.i for t in v.sent):
        return "planned", f"to {v.text}"  # "Abe to visit Middle East, meet Saudi crown prince": the "to" of both
    # (and a passive's "to be": "is expected to be received by Putin", "was due to be hosted")
    if (v.tag_ == "VB" or v.tag_ == "VBN" and any(a.lower_ == "be" for a in auxes)) and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids):
        head = v.head
        while head.pos_ == "ADV" and head.dep_ == "advmod" and head.head != head:
            head = head.head  # ("could travel to Moscow as soon as Friday to meet Putin", the clause hung on "soon")
        if head.lemma_.lower() == "be" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in (*head.children, *kids)):
            return "possible", f"if ... {head.text} to {v.text}"  # "if Netanyahu and MBS were ever to meet": a hypothesis
        if v.dep_ in ("xcomp", "ccomp", "advcl", "acl") and head != v:
            hl = head.lemma_.lower()
            accepted = _accepted(head)
            if accepted is not None:
                return "planned", f"{head.text} ... {accepted.text}"
            if hl in _REFUSALS and head.pos_ == "VERB" and not any(c.dep_ == "neg" for c in head.children):
                return "ruled_out", f"{head.text} ... to"  # "has declined a US invitation for Li to meet Austin"
            if hl in TO_POSSIBLE or head.lower_ in TO_POSSIBLE:
                return "possible", f"{head.text} to"
            if hl in TO_PLANNED or head.lower_ in TO_PLANNED:
                return "planned", f"{head.text} to"
            if head.tag_ == "VBD" and hl in MOTION_VERBS and not any(c.dep_ == "neg" for c in head.children):
                return "held", f"{head.text} to"  # "Kim crossed the border to meet Moon", "flew to Kyiv to meet": done
            if hl in MOTION_VERBS:
                hv = _verb_status(head)
                if hv is not None and hv[0] == "possible":
                    return "possible", f"{hv[1]} {head.text} to"  # "he may travel to the United States to meet Trump"
        owner = head.head if v.dep_ in ("acl", "relcl") and head.pos_ == "NOUN" and head.dep_ in ("dobj", "nsubjpass") else None
        if owner is not None and owner.pos_ == "VERB" and owner.lemma_.lower() in _REFUSALS \
                and not any(c.dep_ == "neg" for c in owner.children):
            return "ruled_out", f"{owner.text} ... to"  # "Putin snubs Zelenskiy's challenge to meet in Turkey"
        return "planned", f"to {v.text}"  # "X, Y to meet"; "is to meet"; "agreement for them to meet"
    return None


def _passive_plan(verb: Token, subject: Token | None) -> tuple[str, str] | None:
    """"The meeting is scheduled for Tuesday", "talks are planned", "a meeting was proposed": a meeting that is the
    passive subject of planning is planned (or only possible), whatever the tense of "be"."""
    if subject is None or subject.dep_ != "nsubjpass" or verb.tag_ != "VBN" or any(
            c.dep_ == "neg" or c.lower_ in ("not", "n't", "never") for c in verb.children):
        return None
    lem, low = verb.lemma_.lower(), verb.lower_
    aux = " ".join(c.text for c in verb.children if c.dep_ in ("aux", "auxpass"))
    if lem in TO_PLANNED or low in TO_PLANNED:
        return "planned", f"{aux} {verb.text}".strip()
    if lem in TO_POSSIBLE or low in TO_POSSIBLE:
        return "possible", f"{aux} {verb.text}".strip()
    return None


# what a meeting "is not" that rules it out ('a meeting was "not worthwhile now"'), unlike how talks went or will go
# ("the talks will not be easy", "were not productive")
_NOT_WORTH = {"worthwhile", "necessary", "needed", "appropriate", "advisable", "feasible", "realistic", "sensible",
              "expedient", "timely", "opportune", "useful", "desirable", "planned", "scheduled", "envisaged", "foreseen",
              "expected", "relevant", "warranted", "justified", "on"}


def _is_speech(tok: Token) -> bool:
    return tok.pos_ == "VERB" and tok.lemma_.lower() in SPEECH_VERBS


def _bare_on(t: Token) -> bool:
    """"on" as an adverb ("is on again"), not "on Tuesday"."""
    return t.lower_ == "on" and not any(g.dep_ == "pobj" for g in t.children)


def _copula_status(trigger: Token, status: str) -> tuple[str, str, float] | None:
    """A meeting noun that is the subject of "be": what the copula says of it, when it says more than a tense."""
    be = trigger.head
    if trigger.dep_ == "nsubj" and be.lemma_ == "remain" and be.tag_ in ("VBZ", "VBP") and any(
            c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "track" for g in c.children) for c in be.children):
        return "planned", f"{be.text} on track", 0.8  # "Modi's meeting with Trump on Thursday remains on track"
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ != "pobj" and not (
            trigger.dep_ in ("nsubj", "nsubjpass") and be.lemma_ in ("be", "remain")):
        # a headline's verbless "Lavrov-Blinken meeting not on the cards", "Xi-Biden meeting still on track for next week"
        on = next((g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if g.dep_ == "pobj"
                   and g.lower_ in ("track", "agenda", "table", "cards")), None)
        if on is not None:
            if any(c.dep_ == "neg" for c in (*on.head.children, *trigger.children)):
                return "ruled_out", f"not on {on.text}", 0.8
            if on.lower_ in ("track", "cards"):
                return ("planned" if on.lower_ == "track" else "possible"), f"on {on.text}", 0.8
    if trigger.dep_ != "nsubj" or be.lemma_ != "be":
        return None
    kids = list(be.children)
    if status == "ruled_out" and any(c.dep_ == "neg" for c in kids) and any(
            c.dep_ == "acomp" and c.lemma_.lower() not in _NOT_WORTH | POSSIBLE for c in kids):
        # "The talks were not easy", "will not be easy": how it went or will go, not whether it takes place
        ahead = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in kids)
        return ("planned" if ahead else "held"), f"{be.text} (how it went)", 0.5
    if status == "held" and any(c.dep_ == "xcomp" and c.lemma_.lower() in ("hold", "take", "happen", "be") and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in kids):
        return "planned", f"{be.text} to", 0.8  # "The meeting was to be held on February 10": arranged, not said to be held
    if status == "held" and be.tag_ in ("VBZ", "VBP"):
        if any(c.dep_ in ("advmod", "prep", "prt") and (_bare_on(c) or (c.lower_ == "back" and any(_bare_on(g) for g in c.children)))
               for c in kids):
            return "planned", f"{be.text} on", 0.8  # "his summit with Kim is back on for June 12", "the meeting is on again"
        if any((c.dep_ == "prep" and c.lower_ in ("on", "for") and any(g.dep_ == "pobj" and g.ent_type_ == "DATE" for g in c.children))
               or (c.dep_ == "npadvmod" and c.ent_type_ == "DATE") for c in kids) \
                and not any(t.lower_ in ("yesterday", "last", "ago", "earlier") for t in be.subtree):
            return "planned", f"{be.text} on", 0.7  # "The meeting between them is on Tuesday": a day it is set for
    on_list = next((g for c in kids if c.dep_ == "prep" and c.lower_ == "on" for g in c.children
                    if g.dep_ == "pobj" and g.lower_ in ("agenda", "table", "cards", "schedule", "calendar")), None)
    if on_list is not None:
        # "the meeting ... is still on the agenda": still planned (not held, whatever the tense); "on the table",
        # "on the cards": possible; "not on the agenda": ruled out
        # ('"not on the agenda"', "No meeting between Lavrov and Modi is on the schedule")
        if any(c.dep_ == "neg" for c in kids) or any(c.dep_ == "neg" for c in on_list.head.children) \
                or any(c.dep_ == "det" and c.lower_ == "no" for c in trigger.children):
            if any(c.lower_ == "yet" for c in (*kids, *on_list.head.children, *on_list.children)):
                return "possible", f"not on the {on_list.text} yet", 0.8  # "is not on the schedule yet, but ...": not yet set
            return "ruled_out", f"not on the {on_list.text}", 0.8
        return ("planned" if on_list.lower_ in ("agenda", "schedule", "calendar") else "possible"), f"on the {on_list.text}", 0.8
    if status == "planned" and any(c.dep_ == "aux" and c.lower_ == "would" for c in kids) and any(c.dep_ in ("attr", "acomp") for c in kids):
        # "The meeting would be the first between the leaders since ...": what a meeting would mean, if it happens
        return "possible", f"would {be.text}", 0.5
    return None


def _ahead_of(trigger: Token) -> str:
    """"ahead of the summit", "in the run-up to the talks", "looking forward to receiving Trump": a meeting still to
    come, whatever the tense of the clause around it; "" when not so."""
    tok = trigger
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    if tok.dep_ not in ("pobj", "pcomp"):
        return ""
    prep = tok.head
    if prep.lower_ == "of" and prep.head.lower_ in ("ahead", "advance"):
        return f"{prep.head.text} of"
    if prep.lower_ == "to" and (prep.head.lower_ == "forward" or any(c.lower_ == "forward" for c in prep.head.children)) \
            and prep.head.lemma_.lower() in ("look", "forward"):
        return "looking forward to"
    if prep.lower_ == "to" and prep.head.lower_ in ("run-up", "runup", "lead-up", "leadup"):
        return f"the {prep.head.text} to"
    return ""


_PROSPECTIVE = {"possible", "potential", "proposed", "prospective", "mooted", "likely"}
_HAD_BEEN = r"\bhad been (?:due|expected|scheduled|set|slated|planned) to\b"
_WAS_SET = re.compile(r"\b(?:planned|scheduled|set|slated|due)\s+(?:(?:there|here|then) )?(?:for|on)\b|" + _HAD_BEEN
                      + r" (?:take place|be held|meet|start|begin|open)\b", re.I)  # ("which had been due to take place ...")
_WONT_HAPPEN = re.compile(r"\b(?:will|would)\s+not\s+(?:take place|go ahead|happen|be held)\b|\bwon't\s+(?:take place|go ahead|happen)\b", re.I)


def _set_but_off(trigger: Token) -> str:
    """"Talks between X and Y planned for Sunday in Muscat will not take place": a meeting set for a day, now off (the
    parser makes "planned" a verb of its own); the words that say so, else ""."""
    sent = trigger.sent
    # (the sentence's subject, or the subject of the "planned" the parser made a verb: "X said the meeting with Y planned
    # there for October 5 will not take place")
    subject = trigger.dep_ in ("nsubj", "nsubjpass") and trigger.head.lemma_.lower() in ("plan", "schedule", "set", "slate")
    if trigger.pos_ not in ("NOUN", "PROPN") or (trigger.i - sent.start > 3 and not subject):
        return ""
    text = sent.text
    at = trigger.idx - sent.start_char
    was, off = _WAS_SET.search(text, at), _WONT_HAPPEN.search(text, at)
    return f"{was.group(0)} ... {off.group(0)}" if was and off and was.start() < off.start() else ""


_HAD_BEEN_SET = re.compile(_HAD_BEEN, re.I)
_CALLED_OFF = re.compile(r"\b(?:cancel(?:s|led|ed|ing)?|call(?:s|ed)? off|scrap(?:s|ped)?|pull(?:s|ed)? out|ax(?:e|es|ed)|skip(?:s|ped)?)\b",
                         re.I)


def _had_been_set_after_off(trigger: Token, was: re.Match | None) -> str:
    """"Trump has cancelled his trip to the Summit of the Americas ... Trump had been scheduled to hold a bilateral meeting
    with Vizcarra on Friday": a meeting that had been set (`was`, the sentence's "had been scheduled to"), in the sentence
    right after a call-off; the words, else ""."""
    sent = trigger.sent
    if was is None or sent.start == 0 or trigger.idx - sent.start_char < was.start():
        return ""
    before = trigger.doc[sent.start - 1].sent
    off = _CALLED_OFF.search(before.text)
    if off is None or re.search(r"\b(?:talks|meeting|meetings)\b", before.text, re.I):
        return ""  # (talks called off before: that meeting's account, which gives its day and place, `attach.fate_told_before`)
    return f"{off.group(0)} ... {was.group(0)}"


_BUT_TRIP_OFF = re.compile(r"\bbut (?:\w+ ){0,3}?(?P<verb>cancel(?:led|ed)|called off|scrapped|postponed|put off) (?:the|his|her|their) "
                           r"(?:trip|visit|journey|tour)\b", re.I)


def _had_been_set_but_trip_off(trigger: Token, was: re.Match | None) -> tuple[str, str] | None:
    """"Trump had been due to meet Zelensky in Warsaw on Sept. 1, but he canceled the trip": a meeting set (`was`), the trip
    it was on called off (or put off) in the same sentence; (status, words), else None."""
    sent = trigger.sent
    if was is None or trigger.idx - sent.start_char < was.start():
        return None
    off = _BUT_TRIP_OFF.search(sent.text, trigger.idx - sent.start_char)
    if off is None:
        return None
    return ("postponed" if off.group("verb").lower() in ("postponed", "put off") else "cancelled"), f"{was.group(0)} ... {off.group(0)}"


_AGAIN_WORDS = re.compile(r"\b(?:back on|still on|ahead|reinstat|reviv|restor)", re.I)
# the confidence of a status that says a meeting once off is on again, which the article's other accounts do not beat
# (`merging.final_status`)
REINSTATED = 0.9


def _reinstated(trigger: Token) -> str:
    """"Kallas's visit, called off last month, is back on", "the meeting would go ahead as planned", "is still on",
    "was reinstated": on again, whatever was said of it before."""
    if not _AGAIN_WORDS.search(trigger.sent.text):
        return ""  # (most sentences: no word of it, no walk)
    for t in trigger.sent:
        nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        if t.lower_ == "on" and t.i > 0 and t.doc[t.i - 1].lower_ in ("back", "still") and not any(c.dep_ == "pobj" for c in t.children) \
                and (nxt is None or nxt.pos_ not in ("DET", "NOUN", "PROPN", "ADJ", "PRON")) \
                and not any(c.dep_ == "neg" for c in t.head.children):  # (not "still on the table": only possible)
            return f"{t.doc[t.i - 1].text} on"
        if t.lemma_.lower() == "go" and t.tag_ in ("VB", "VBZ", "VBP") and any(c.lower_ == "ahead" for c in t.children) \
                and not any(c.dep_ == "neg" for c in t.children) and any(c.lower_ in ("will", "would", "'ll") for c in t.children):
            return f"{t.text} ahead"
        if t.lemma_.lower() == "go" and t.tag_ == "VB" and any(c.lower_ == "ahead" for c in t.children) \
                and any(c.lower_ == "still" for c in t.children) and any(c.lower_ in ("could", "may", "might", "can") for c in t.children) \
                and not any(c.dep_ == "neg" for c in t.children):
            return f"could still {t.text} ahead"  # "called it off ... but has since said it could still go ahead": open again
        if t.lemma_.lower() in ("reinstate", "revive", "restore") and t.tag_ in ("VBN", "VBD") and not any(c.dep_ == "neg" for c in t.children) \
                and not any(c.dep_ == "dobj" and c != trigger and not c.is_ancestor(trigger) for c in t.children):
            return t.text  # (not "restored diplomatic ties last August after a meeting in Santa Marta": the ties)
    return ""


def _free_relative_head(trigger: Token) -> Token | None:
    """"held what is likely to be their final meeting", "met in Lima, in what is likely their last meeting": the verb a
    free relative describing the meeting hangs from (the hedge is on "final", not on the meeting)."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ != "attr":
        return None
    tok = trigger.head
    for _ in range(4):
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "what" for c in tok.children):
            break
        if tok.head == tok:
            return None
        tok = tok.head
    else:
        return None
    up = tok.head.head if tok.dep_ == "pcomp" and tok.head.lower_ == "in" else tok.head
    return up if up != tok and up.pos_ in ("VERB", "AUX") and tok.dep_ in ("ccomp", "pcomp", "dobj") else None


def _refused_which(clause: Token) -> bool:
    """"..., which he refused": a relative clause of refusal whose object is the thing (not a person: "whom")."""
    return clause.lemma_.lower() in _REFUSALS and not any(x.dep_ == "neg" for x in clause.children) \
        and any(x.dep_ == "dobj" and x.lower_ in ("which", "that") for x in clause.children)


_NO_PLAN = re.compile(r"\bno such (?:plan|plans|meeting|meetings)\b|\bthere (?:is|are|was|were) (?:currently |now |at present )?no plans?\b"
                      r"|\b(?:has|have|had) no plans? to\b|\bno intention of\b", re.I)


def _asked_answer(trigger: Token) -> str:
    """'Asked whether Jaishankar would meet Dar in New York, Jaiswal said: "There is no such plan."': the meeting a
    fronted question names, and the answer after it, in its sentence or the paragraph's next, that none is planned."""
    asked = fronted_question(trigger, ("VBN", "VBD"))  # (the tagger reads "Asked whether ..." as a past tense too)
    if asked is None:
        return ""
    doc = trigger.doc
    text = doc_text(doc)
    start = doc[asked.right_edge.i].idx + len(doc[asked.right_edge.i].text)
    end = text.find("\n", start)
    m = _NO_PLAN.search(text, start, end if end > 0 else len(text))
    return f"asked: {m.group(0).lower()}" if m else ""


def status_of(trigger: Token) -> tuple[str, str, float]:
    """(status, cue words, confidence) for one trigger token."""
    described = _free_relative_head(trigger)
    if described is not None:
        return status_of(described)
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "pobj" and trigger.head.lower_ == "including" \
            and trigger.head.head.lemma_.lower() in ("visit", "trip", "tour", "programme", "program", "schedule", "stay"):
        return status_of(trigger.head.head)  # "scheduled to travel to Tokyo for a state visit including talks with X": the visit's
    again = _reinstated(trigger)
    if again and not earlier_account(trigger):  # (not "Hajiyev had confirmed the meeting would go ahead this week")
        return "possible" if again.startswith("could still") else "planned", again, REINSTATED
    was = _HAD_BEEN_SET.search(trigger.sent.text)  # (read once for the two accounts below)
    off = _set_but_off(trigger) or _had_been_set_after_off(trigger, was)
    if off:
        return "cancelled", off, 0.8
    trip_off = _had_been_set_but_trip_off(trigger, was)
    if trip_off is not None:
        return trip_off[0], trip_off[1], 0.8
    if (teller := told_after(trigger)) is not None:
        # "Swaraj and Wang announced here on Sunday after their bilateral talks": talks gone by when told of
        return "held", f"{teller.text} {trigger.head.text}", 0.8
    if trigger.pos_ == "VERB" and trigger.tag_ in ("VBD", "VBN") and len(adjective_verb_parties(trigger)) >= 2:
        # "Trump hosted Ukrainian President Volodymyr Zelenskiy ... but declined to ...", the verb read as an adjective
        # of its object: its own past tense, not the rest of the broken parse
        return "held", trigger.text, 0.7
    ranked = trigger.head if trigger.dep_ in ("acl", "relcl") and trigger.pos_ == "VERB" and trigger.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children) else None
    if ranked is not None and any(c.lower_ in ("first", "last", "only") for c in ranked.children if c.dep_ in ("amod", "det")) \
            and ranked.dep_ in ("attr", "dobj") and ranked.head.tag_ == "VBD" and not any(c.dep_ == "neg" for c in ranked.head.children):
        # "Netanyahu, who in February became the first foreign leader to visit Trump at the White House": a visit made
        return "held", f"{ranked.head.text} the {ranked.text} to {trigger.text}", 0.8
    if own_time_clause(trigger):
        # "said the two would begin talks this weekend, making the announcement as he hosted Netanyahu": a past clause of
        # time of its own, whatever the clause it hangs from says of the future
        return "held", f"{trigger.text} (as)", 0.7
    auxes = [c.lower_ for c in trigger.children if c.dep_ == "aux"]
    if trigger.pos_ == "VERB" and trigger.tag_ == "VBN" and "would" in auxes and "have" in auxes \
            and not any(c.dep_ == "neg" for c in trigger.children):
        # "Biden would have met Albanese in Sydney next week, but he was cutting short his trip": what will not be
        return "cancelled", f"would have {trigger.text}", 0.8
    if trigger.tag_ == "VBN" and trigger.dep_ == "xcomp" and trigger.head.lemma_ == "be" and "to" in auxes and "have" in auxes \
            and not any(c.dep_ == "neg" for c in (*trigger.children, *trigger.head.children)):
        # "Li was to have met Albanese on Monday": a meeting that had been planned and is not to be
        return "cancelled", f"was to have {trigger.text}", 0.8
    answer = _asked_answer(trigger)
    if answer:
        return "ruled_out", answer, 0.8  # 'Asked whether X would meet Y in New York, Z said: "There is no such plan."'
    # (a noun's: the verb that holds it, "no decision on whether Putin would hold a bilateral meeting with Xi")
    asked = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in ("hold", "have") else trigger
    whether = next((c for c in asked.children if c.dep_ == "mark" and c.lower_ in ("whether", "if")), None)
    if whether is not None and asked.pos_ in ("VERB", "AUX") and asked.tag_ in ("VB", "VBP", "VBZ") \
            and asked.head.lemma_.lower() not in ("deny", "confirm") and not any(c.dep_ == "neg" for c in asked.children):
        # "It was not immediately clear whether Pompeo would meet Lavrov": an open question, not a denial
        return "possible", f"{whether.text} {asked.text}", 0.8
    if trigger.pos_ == "VERB" and trigger.dep_ == "xcomp" and trigger.head.lemma_ in ("have", "be") \
            and any(c.lower_ == "yet" for c in trigger.head.children) and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return "possible", f"{trigger.head.text} yet to", 0.7  # "has yet to meet his North Korean counterpart": not met, not set
    odds = trigger.head.head if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "pobj" and trigger.head.lower_ == "of" else None
    if odds is not None and odds.lemma_.lower() in ("prospect", "chance", "possibility", "likelihood") \
            and any(c.dep_ == "det" and c.lower_ == "no" for c in odds.children):
        return "ruled_out", f"no {odds.text} of", 0.8  # "There is no prospect of a meeting between Modi and Sharif"
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in _OUTCOMES for c in trigger.head.children):
        return "held", "", 0.4  # "The meeting is not expected to produce a joint communique": what it yields, not whether it is
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "nsubj" and trigger.head.lemma_.lower() in (*_OUTCOMES, "end", "change", "fix") \
            and any(c.dep_ == "neg" for c in trigger.head.children):
        # "The meeting ... in Bali on Monday did not produce a breakthrough": what it yielded, not whether it was held;
        # "A meeting between the two leaders would not solve the Taiwan question": a meeting supposed, not excluded
        modal = next((c.lower_ for c in trigger.head.children if c.dep_ == "aux" and c.tag_ == "MD"), "")
        if modal in ("will", "wo", "shall", "'ll"):
            return "planned", f"{modal} not {trigger.head.text}", 0.5
        if modal:
            return "possible", f"{modal} not {trigger.head.text}", 0.5
        return "held", f"not {trigger.head.text}", 0.5
    status, cue, conf = _status_of(trigger)
    trip = trigger.head if trigger.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children) else None
    if status == "planned" and trip is not None and trip.lemma_.lower() in MOTION_VERBS and any(c.dep_ == "neg" for c in trip.children) \
            and not earlier_account(trigger):
        return "ruled_out", f"not {trip.text} ... to {trigger.text}", 0.8  # "will not travel to Moscow to meet Putin"
    if status == "planned":
        cond = next((c for c in asked.children if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)), None)
        if cond is not None:
            return "possible", f"{cue} ... if", 0.8  # "he would meet Biden ... only if Washington dropped its sanctions"
    if status == "ruled_out" and trigger.dep_ in ("nsubj", "nsubjpass") and trigger.head.lemma_.lower() in ("take", "happen", "occur") \
            and any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() in ("expect", "schedule", "plan", "set") and (any(
                a.lower_ == "had" for a in c.children) or (c.dep_ == "acl" and c.tag_ == "VBN" and c.head == trigger))
                    and (c.head == trigger or any(w.lower_ == "which" for w in c.children))
                    for c in trigger.subtree):  # (the clause hung on the last party named: "..., which had been expected,"; "A
            # meeting scheduled between X and Y on Sunday did not take place")
        return "cancelled", f"had been expected ... did not {trigger.head.text}", 0.8  # "which had been expected, did not take place"
    visit = trigger.head.head if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "pobj" and trigger.head.lower_ == "for" else None
    if status in ("planned", "held") and conf <= 0.8 and visit is not None and visit.lemma_.lower() in ("visit", "trip", "tour") and (
            any(c.dep_ == "amod" and c.lower_ in _PROSPECTIVE for c in visit.children)
            or visit.dep_ == "dobj" and visit.head.lemma_.lower() in ("discuss", "explore", "consider", "mull", "propose")):
        # "are discussing a possible reciprocal visit by Kishida to Seoul for talks with Yoon": the visit is not agreed yet
        return "possible", " ".join(c.text for c in visit.children if c.dep_ == "amod") or visit.head.text, 0.7
    undated = _no_date_for(trigger) if status == "held" and conf < 0.8 else None
    if undated is not None:
        return undated
    if status == "held" and conf < 0.8 and trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "nsubj" \
            and trigger.head.lemma_.lower() in ("require", "need", "depend", "hinge") and trigger.head.tag_ in ("VBZ", "VBP"):
        return "possible", trigger.head.text, 0.7  # "Putin-Zelensky meeting requires thorough preparation": not settled
    if status == "held" and trigger.pos_ in ("NOUN", "PROPN"):
        tok = trigger
        while tok.dep_ == "conj" and tok.head != tok:
            tok = tok.head
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in ("day", "round", "week", "hour") \
                and tok.head.head.dep_ == "pobj":
            tok = tok.head.head  # "arrived in Beijing on Thursday ... for two days of talks": what he came for
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "for" else None
        if verb is not None and verb.pos_ == "NOUN" and verb.lemma_.lower() in ("journey", "trip", "flight", "drive", "ride") \
                and verb.dep_ == "pobj":
            verb = verb.head.head  # "arrived ... after a two-day train journey for his second summit with Trump"
        # (the status read from the verb it is joined to: "Pompeo leaves Pyongyang empty-handed, heads to Tokyo for talks",
        # "heads" tagged a plural noun, even the first verb's object)
        joined = verb is not None and verb.dep_ in ("conj", "dobj") and cue == verb.head.text and verb.head.tag_ == "VBZ" and (
            verb.tag_ == "VBZ" and verb.dep_ == "conj" or verb.tag_ == "NNS" and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children))
        if verb is not None and verb.lemma_.lower() in MOTION_VERBS and (verb.tag_ in ("VBD", "VBZ", "VBP") or joined) \
                and (cue == verb.text or joined) \
                and not (verb.tag_ == "VBD" and any(c.dep_ == "advmod" and c.lower_ in _SEQUENCE for c in verb.children)):
            # "Xi arrived in Moscow on Wednesday for a state visit and talks with Putin": what he came for, still ahead
            # (not a story's next step: "Burwell then travelled to Geneva for talks with Chan", done)
            return "planned", f"{verb.text} for", 0.7
        if verb is not None and verb.lemma_ == "be" and verb.tag_ in ("VBZ", "VBP") and cue in ("", verb.text) and any(
                t.ent_type_ == "DATE" for t in trigger.subtree):
            # "Trump is in Tokyo for talks with Takaichi on Tuesday": what he is there for, on a day of its own
            return "planned", f"{verb.text} ... for", 0.7
    if trigger.pos_ in ("NOUN", "PROPN") and status in ("planned", "possible", "held") and conf <= 0.8:
        when = next((c for c in trigger.children if c.dep_ == "poss" and c.ent_type_ == "DATE"
                     and any(t.lower_ in ("last", "yesterday", "previous") for t in c.subtree)), None)
        if when is not None:
            # "would follow last month's Helsinki summit", "yesterday's meeting": gone by, whatever comes of the rest
            return "held", " ".join(t.text for t in when.subtree), 0.8
    if trigger.pos_ in ("NOUN", "PROPN") and status in ("held", "planned") and conf < 0.8:
        acl = next((c for c in trigger.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in ("set", "schedule", "slate")
                    and not any(x.dep_ == "neg" for x in c.children)), None)
        if acl is not None:
            return "planned", acl.text, 0.8  # "Putin-Erdogan summit set for Friday": a headline's agreed meeting
        head = trigger.head
        if trigger.dep_ == "dobj" and head.lemma_.lower() in ("discuss", "explore", "mull", "negotiate") \
                and head.tag_ in ("VB", "VBG", "VBZ", "VBP") and not any(c.dep_ == "neg" for c in head.children):
            return "possible", head.text, 0.7  # "are discussing a meeting on the sidelines of the G20 summit": not set yet
    if status == "held" and conf < 0.8:
        ahead = _ahead_of(trigger)
        if ahead:
            return "planned", ahead, 0.6  # "Ahead of Friday's summit in Anchorage, ...", "looking forward to receiving Trump"
    copula = _copula_status(trigger, status)
    if copula is not None:
        return copula
    if (status, cue) == ("held", "") and trigger.pos_ in ("NOUN", "PROPN"):
        # nothing near the noun says when ("Kim will visit Russia soon, the Kremlin said, without giving a date for
        # his meeting with Putin"): the tense of the sentence's main verb, weakly
        root = trigger.sent.root
        vs = _verb_status(root) if root.pos_ in ("VERB", "AUX") and root != trigger and not _is_speech(root) else None
        if vs and vs[0] in ("planned", "possible"):
            return vs[0], f"{vs[1]} (the sentence's verb)", 0.5
    confirm = trigger.head if trigger.head.lemma_.lower() == "confirm" and trigger.head.pos_ == "VERB" else None
    if confirm is not None and status in ("held", "planned") and (
            (trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("nsubjpass", "dobj")) or trigger.dep_ == "ccomp"):
        # "the meeting had been confirmed": agreed, so planned; "has not confirmed that X will meet Y": possible
        if any(c.dep_ == "neg" or c.lower_ in _NEG for c in confirm.children):
            return "possible", f"not {confirm.text}", 0.8
        if trigger.pos_ in ("NOUN", "PROPN"):
            return "planned", confirm.text, 0.8
    if trigger.pos_ in ("NOUN", "PROPN"):
        planned = any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in ("plan", "planned", "schedule", "scheduled")
                      for c in trigger.children)
        off = next((t for t in (*trigger.children, *trigger.head.children) if t.lower_ == "off" and t.i > trigger.i), None)
        # the "off" of a verbless "summit off" (a verb's own particle, "put off", is read with its verb), unless
        # hedged, denied or another phrase ("kicked off", "set off", "show off")
        if off is not None and (off.head.pos_ not in ("VERB", "AUX") or off.head.lemma_.lower() == "be") \
                and not _hedged(off.head) and off.head.head.lemma_.lower() != "deny" \
                and not any(t.lower_ in ("kick", "kicks", "kicked", "set", "sets", "show", "shows") for t in trigger.sent):
            return "cancelled", f"{trigger.text} off", 0.8  # "Biden-Xi summit off": called off
        as_planned = any(c.lower_ in ("planned", "scheduled") and any(x.lower_ == "as" for x in c.children)
                         for c in trigger.head.children)  # "will not take place as planned"
        fate = trigger.head if trigger.head.lemma_.lower() in ("go", "take", "happen", "proceed", "occur", "materialise",
                                                                "materialize") else None
        past = fate is not None and (fate.tag_ == "VBD" or any(c.lower_ == "did" for c in fate.children))
        if fate is not None and fate.lemma_.lower() in ("go", "proceed") and fate.tag_ == "VBD" and trigger.dep_ == "nsubj" \
                and not any(c.dep_ == "neg" for c in fate.children) and (fate.lemma_.lower() == "proceed" or any(
                    c.lower_ == "ahead" for c in fate.children)):
            return "held", f"{fate.text} ahead" if fate.lemma_.lower() == "go" else fate.text, 0.8  # "A planned meeting ... went ahead"
        if status == "ruled_out" and fate is not None and (planned or as_planned or (past and any(
                c.dep_ == "det" and c.lower_ == "the" for c in trigger.children))):
            # "a planned meeting will not go ahead", "... but the meeting did not take place": one that had been planned
            # is called off
            return "cancelled", cue, max(conf, 0.8)
    return status, cue, conf


_DASHED = {"dash", "crush", "end", "kill", "extinguish"}
_FATE_VERBS = ("take", "happen", "occur", "begin", "start", "hold", "go", "run", "last", "end", "conclude")


def fate_clause(trigger: Token) -> Token | None:
    """The relative clause that says when or whether the meeting happens, wherever the parser hangs it: on the noun
    ("a summit which will take place on Wednesday") or on its partner ("his summit with Putin, which will take place
    on Wednesday"; not "with Putin, who ...")."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return None
    heads = [trigger] + [p for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("with", "between")
                         for p in c.children if p.dep_ == "pobj"]
    for h in heads:
        for c in h.children:
            if c.dep_ == "relcl" and c.lemma_.lower() in _FATE_VERBS and any(
                    x.dep_ in ("nsubj", "nsubjpass") and x.lower_ in ("which", "that") for x in c.children):
                return c
    return None


_SESSION_NOUNS = {"session", "meeting", "talks", "summit", "round", "encounter", "visit", "trip"}


def _what_became(verb: Token, came_from: Token | None, renamed_only: bool = False) -> list[tuple[str, str]]:
    """What a verb coordinated after the one the meeting hangs from says became of it: "had hoped to broker a meeting
    between Lavrov and Deshchytsia, but Lavrov refused" (turned down); "The talks had been expected to start on
    Thursday, but were pushed back to Friday" (the verb sharing the meeting's subject)."""
    out = []
    for v in verb.conjuncts:
        if v.i < verb.i:
            continue
        kids = list(v.children)
        # "had been due to meet in Muscat on June 15, but that session was scrapped": the meeting by another name
        renamed = any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _SESSION_NOUNS
                      and any(d.dep_ == "det" and d.lower_ in ("that", "the", "this") for d in c.children) for c in kids)
        if not renamed_only and v.lemma_.lower() in _REFUSING and not any(c.dep_ in ("dobj", "xcomp", "ccomp", "neg") for c in kids):
            out.append(("ruled_out", f"but ... {v.text}"))
        elif renamed or not renamed_only and came_from is not None and came_from.dep_ in ("nsubj", "nsubjpass") and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in kids):
            then = _cue_of(v)
            if then and then[0] in ("postponed", "cancelled"):
                # (the clause after "but" is the news, not the account the past perfect before it tells)
                out.append((then[0], f"but ... {then[1]}") if renamed else then)
    return out


_FUTILE = ("meaningless", "pointless", "unnecessary", "impossible", "unthinkable", "counterproductive", "counter-productive")
# what is said of a meeting, not done to it: a meeting "not announced" was held all the same
_TOLD = {"announce", "disclose", "publicize", "publicise", "report", "confirm", "reveal", "televise", "broadcast", "publish"}


def _status_of(trigger: Token) -> tuple[str, str, float]:
    found: list[tuple[str, str]] = []
    fate = fate_clause(trigger)
    if fate is not None and fate.head != trigger:
        vs = _verb_status(fate)  # ("his first summit with Putin, which will take place on Wednesday")
        if vs:
            found.append(vs)
    # modifiers of a noun trigger: "a planned meeting", "the upcoming meeting", "no meeting"
    # (and of its round: "no new round of talks ... was planned")
    series = trigger.head.head if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ == "of" \
        and trigger.head.head.lower_ in ("round", "rounds") else None
    if series is not None and any(c.dep_ == "det" and c.lower_ == "no" for c in series.children):
        found.append(("ruled_out", f"no {series.text} of"))
    for c in trigger.children:
        if c.dep_ == "prep" and c.lower_ == "with" and any(_refused_which(r) for p in c.children for r in p.children if r.dep_ == "relcl"):
            found.append(("ruled_out", "which ... refused"))  # (the clause hung on the one met: "with Dowden, which he refused")
        if c.dep_ == "det" and c.lower_ == "no":
            found.append(("ruled_out", "no"))
        elif c.dep_ == "det" and c.lower_ == "any" and trigger.pos_ == "NOUN":
            if trigger.dep_ == "dobj" and any(x.dep_ == "neg" for x in trigger.head.children):
                found.append(("ruled_out", f"not {trigger.head.text} any"))  # "will not hold any direct meeting": none
            else:
                found.append(("possible", "any"))  # "any meeting between them would have to be prepared": hypothetical
        elif c.dep_ in ("amod", "compound", "acl", "relcl", "advmod"):
            cue = _cue_of(c)
            if cue:
                found.append(cue)
            elif c.dep_ in ("amod", "compound") and c.lower_ == "missed":
                found.append(("cancelled", c.text))  # "Sybiha shrugs off missed Rubio meeting": one that did not take place
            elif c.lemma_.lower() in ("plan", "planned", "schedule", "scheduled", "upcoming", "forthcoming", "expected", "proposed", "possible",
                                      "potential", "likely", "unlikely"):
                found.append(("possible" if c.lemma_.lower() in ("proposed", "possible", "potential", "likely", "unlikely") else "planned", c.text))
            elif c.dep_ in ("relcl", "acl") and c.tag_ == "VB" and c.lemma_.lower() in ("take", "happen", "occur", "hold") \
                    and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children):
                found.append(("planned", f"to {c.text}"))  # "a meeting to take place next month", "talks to be held in Geneva"
            elif c.dep_ == "relcl" and _refused_which(c):
                found.append(("ruled_out", c.text))  # "was offered a meeting ..., which he refused"
            elif c.dep_ == "relcl" and not any(x.dep_ in ("nsubj", "nsubjpass") and x.lower_ not in ("that", "which") for x in c.children):
                # "a meeting that will not take place"; not a clause with a subject of its own ("said at the start of the
                # summit that he was not worried": what was said there, misparsed as the summit's clause)
                vs = _verb_status(c)
                if vs and vs[0] in ("ruled_out",) and c.lemma_.lower() not in _TOLD:
                    found.append(vs)  # (not "The meeting, which was not announced in advance, covered Taiwan": not told of)
    if trigger.dep_ == "dobj":
        # "declaring any negotiations with Putin impossible", "called a meeting pointless": what the meeting is deemed
        found.extend(("ruled_out", c.text) for c in trigger.head.children
                     if c.dep_ in ("ccomp", "oprd", "xcomp") and c.pos_ == "ADJ" and c.lemma_.lower() in _FUTILE)
        last = trigger.right_edge  # (the adjective hung after the last name: "... with President X impossible")
        if last.pos_ == "ADJ" and last.lemma_.lower() in _FUTILE and last.dep_ == "amod" and last.i > last.head.i:
            found.append(("ruled_out", last.text))
    tense: tuple[str, str] | None = None
    tok = trigger
    came_from: Token | None = None
    steps = 0
    while steps < 6:
        steps += 1
        if tok.pos_ in ("VERB", "AUX") and not (_is_speech(tok) and tok != trigger):
            cue = _cue_of(tok)
            accepted = _accepted(tok)
            if accepted is not None and tok != trigger:
                cue = ("planned", f"{tok.text} ... {accepted.text}")  # "invited Trump to meet, and Trump accepted": agreed
            # (a negation that is the cue's own is no hedge: "will no longer push through")
            hedge = _hedged(tok) if cue and cue[0] in ("cancelled", "postponed") and not cue[1].startswith(("not ", "no longer ")) else None
            if hedge:
                # "could be delayed", "was not postponed": still on (the modal is the delay's, not the meeting's)
                found.append(("planned", f"{hedge} {tok.text}"))
                tense = tense or ("planned", f"{hedge} {tok.text}")
            elif cue:
                found.append(cue)
            if tok != trigger and tok.pos_ == "VERB" and not _is_speech(tok):
                found.extend(_what_became(tok, came_from))
            elif tok != trigger and tok.pos_ == "AUX":
                found.extend(_what_became(tok, None, renamed_only=True))  # ("had been due to meet ..., but that session was ...")
            if tok != trigger and not cue and came_from is trigger and trigger.dep_ == "dobj" and tok.lemma_.lower() in (
                    "plan", "schedule", "arrange", "accept") and not any(c.dep_ == "neg" for c in tok.children):
                # "Zelensky plans Orban meeting": one he means to hold; "Biden has accepted a meeting with Putin": agreed
                # ("accepted 'in principle'": only possible, as "agreed in principle" below)
                found.append(("possible", f"{tok.text} in principle") if tok.lemma_.lower() == "accept" and "in principle" in tok.sent.text.lower()
                             else ("planned", tok.text))
            if tok != trigger and came_from is not None and came_from.lower_ == "for" and (tok.lemma_.lower() == "prepare" or any(
                    c.dep_ == "dobj" and c.lemma_.lower() in ("groundwork", "way", "stage", "ground", "preparation") for c in tok.children)):
                found.append(("planned", f"{tok.text} (preparing it)"))  # "laying the groundwork for a meeting", "preparing for a summit"
            passive = _passive_plan(tok, came_from) if tok != trigger and not cue else None
            if passive is not None:
                found.append(passive)  # "the meeting is scheduled for Tuesday", "a meeting was proposed": not held
            if tok != trigger and not cue and came_from is not None and came_from.dep_ == "prep" and came_from.lower_ == "to" \
                    and tok.lemma_.lower() in ("agree", "consent", "commit") and not any(c.dep_ == "neg" for c in tok.children):
                # "has agreed to a summit with Putin": agreed, not held; "agreed in principle": only possible
                principle = any(c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "principle" for g in c.children)
                                for c in tok.children) or "in principle" in tok.sent.text.lower()
                found.append(("possible", f"{tok.text} in principle") if principle else ("planned", f"{tok.text} to"))
            vs = _verb_status(tok)
            if vs and tense is None:
                tense = vs
            elif vs and vs[0] in ("ruled_out", "possible") and (tok.lemma_.lower() in ("have", "plan", "be") or (
                    vs[0] == "ruled_out" and (tok.lemma_.lower() in TO_PLANNED or tok.lower_ in TO_PLANNED))):
                found.append(vs)  # "is not expected to meet", "does not plan to meet": not planned
            if tok.lemma_.lower() in ("open", "begin", "start") and tok.pos_ == "VERB" and tok.tag_ in ("VBD", "VBN") \
                    and came_from is not None and came_from.dep_ == "dobj" and not any(c.dep_ == "neg" for c in tok.children):
                found.append(("held", f"{tok.text} (begun)"))  # "opened two days of talks at Mar-a-Lago on Thursday": under way
                break
            # (the word as well as the lemma: the model lemmatises "hoped" as "hop")
            named = tok.lemma_.lower() == "call" and any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ == "what" for c in tok.children)
            if (tok.lemma_.lower() in POSSIBLE or tok.lower_ in POSSIBLE) and tok != trigger and not named \
                    and tok.lemma_.lower() not in ("can", "may", "could", "might") and tok.lower_ not in ("can", "may", "could", "might") \
                    and not cue and not (came_from is not None and came_from.dep_ == "conj" and tok.pos_ == "VERB"):
                # "called for talks" is possible, "called off" is not, nor "held what she called 'frank' talks" (named so); a
                # verb the meeting's verb is coordinated with is another act, not a hedge ("to open a cathedral and hold
                # talks", "pressed for a truce and met Erdogan")
                found.append(("possible", tok.text))
            for c in tok.children:
                if c.dep_ in ("acomp", "oprd") and c.lemma_.lower() in POSSIBLE:
                    # ("a meeting is not possible now": out of the question; "now appeared unlikely", "seems likely")
                    negated = tok.lemma_ == "be" and c.lower_ == "possible" and any(x.dep_ == "neg" for x in tok.children)
                    found.append(("ruled_out", f"not {c.text}") if negated else ("possible", c.text))
                if c.dep_ in ("acomp", "advmod") and c.lower_ == "due" and tok.lemma_ == "be":
                    found.append(("planned", f"{tok.text} due"))  # "is due in Lima on Friday for talks"
                if c.dep_ in ("acomp", "attr") and c.lemma_.lower() in _FUTILE:
                    found.append(("ruled_out", c.text))
                if c.dep_ == "acomp" and tok.lemma_ == "be" and c.lemma_.lower() in _NOT_WORTH and any(
                        x.dep_ == "neg" for x in c.children):
                    found.append(("ruled_out", f"not {c.text}"))  # 'a meeting was "not worthwhile now"' (the quote breaks the parse)
                if c.dep_ == "prep" and c.lower_ == "out" and any(g.lower_ == "question" for g in c.subtree):
                    found.append(("ruled_out", "out of the question"))
        elif tok.pos_ in ("NOUN", "ADJ", "PROPN") and tok != trigger:
            lem = tok.lemma_.lower()
            cue = _cue_of(tok)
            if cue:
                found.append(cue)
            elif lem in ("plan", "plans", "intention", "intent", "desire", "wish", "reason", "need") and any(c.lower_ == "no" for c in tok.children):
                found.append(("ruled_out", f"no {tok.text}"))  # "no plans to meet", "has no intention of meeting"
            elif lem == "question" and came_from is not None and came_from.lower_ == "of" and any(c.lower_ == "no" for c in tok.children):
                found.append(("ruled_out", "no question of"))  # "there was no question of a one-on-one meeting"
            elif lem in ("invitation", "offer", "proposal") and tok.dep_ == "dobj" and tok.head.lemma_.lower() == "accept" \
                    and not any(c.dep_ == "neg" or c.lower_ in _NEG for c in tok.head.children):
                found.append(("planned", f"{tok.head.text} ... {tok.text}"))  # "has accepted an invitation to meet Kim": agreed
            elif lem in ("request", "offer", "proposal", "invitation", "bid") and (
                    tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in ("grant", "accept", "approve", "answer", "honour", "honor")
                    and any(c.dep_ == "neg" for c in tok.head.children)
                    or tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("reject", "decline", "refuse", "rebuff", "deny", "spurn")):
                found.append(("ruled_out", f"{tok.text} ... {tok.head.text}"))  # "her requests to see Tiani had not been granted"
            elif lem == "hope" and tok.head.lemma_.lower() in _DASHED and tok.dep_ in ("dobj", "nsubjpass"):
                found.append(("ruled_out", f"{tok.head.text} {tok.text}"))  # "dashing hopes for a face-to-face meeting"
            elif lem in POSSIBLE:
                found.append(("possible", tok.text))
            elif came_from is not None and came_from.lower_ == "for" and (lem in ("groundwork", "preparation", "preparations") or (
                    lem in ("way", "stage", "ground") and tok.head.lemma_.lower() in ("pave", "set", "prepare", "clear", "lay"))):
                found.append(("planned", f"{tok.text} for"))  # "laying the groundwork for a meeting between Biden and Xi"
            elif lem in ("agreement", "plan", "schedule", "arrangement", "announcement", "invitation_accepted"):
                found.append(("planned", tok.text))
        if tok.dep_ == "ROOT" or tok.head == tok:
            break
        dep = tok.dep_
        head = tok.head
        if dep in ("ccomp", "conj", "parataxis") and any(t.text == ";" for t in tok.doc[min(tok.i, head.i): max(tok.i, head.i)]):
            break  # "Hegseth, Healey talk Ukraine on NATO sidelines; Hegseth skips Ramstein": another clause, another event
        if dep in ("conj", "ccomp", "parataxis") and tok.pos_ in ("VERB", "AUX") and any(c.lower_ == "instead" for c in tok.children):
            break  # "Obama cancels Duterte meeting, meets Park instead", "scrapped the leg ... and flew to Brussels instead,
            # where he held talks": what was done in place of the thing called off, not called off
        denier = next((c for c in head.children if c.lemma_.lower() in ("deny", "dismiss") and c.dep_ in ("compound", "amod")
                       and c.i < head.i), None) if dep == "acl" and head.pos_ == "NOUN" else None
        if denier is not None and not any(f[0] in ("cancelled", "postponed") for f in found):
            found.append(("ruled_out", denier.text))  # "..., dismissing reports that he would meet X", "dismissing" parsed into the noun
            break
        if head.lemma_.lower() in ("deny", "dismiss") and head.pos_ == "VERB" and dep in ("dobj", "ccomp", "xcomp", "nsubjpass"):
            # "the Kremlin denied reports that Putin would meet Trump", "denies meeting planned": not planned
            if any(c.dep_ == "neg" for c in head.children):
                break
            if any(c.lower_ in ("neither", "nor") for c in (*head.children, *head.head.children)):
                found.append(("possible", f"nor {head.text}"))  # "neither confirmed nor denied that X could meet Y": open
                break
            undone = [f for f in found if f[0] in ("cancelled", "postponed")]
            if undone:  # "denied that the meeting had been called off": still on
                found[:] = [f for f in found if f not in undone] + [("planned", f"{head.text} {undone[0][1]}")]
                tense = None
            else:
                found.append(("ruled_out", head.text))
            break
        if dep == "prep" and tok.lower_ == "for" and head.lemma_.lower() == "ask" and not any(c.dep_ == "neg" for c in head.children):
            found.append(("possible", f"{head.text} for"))  # "Ukraine had asked for a direct meeting": proposed, not agreed
            break
        if _is_speech(head):
            break
        if dep == "prep" and tok.lower_ == "in" and trigger.pos_ == "NOUN" and came_from is not None:
            part = part_taken_in(came_from)
            if part is not None and any(c.dep_ == "neg" for c in part.children) \
                    and any(c.dep_ == "aux" and c.lower_ in ("will", "wo", "would", "shall") for c in part.children):
                # "will not take part in the meeting planned in Granada" (not "did not take part in the talks": held without him)
                found.append(("ruled_out", f"not {part.text} part"))
                break
        if dep == "prep" and tok.lower_ == "against" and head.lemma_.lower() == "decide" and not any(c.dep_ == "neg" for c in head.children):
            found.append(("ruled_out", f"{head.text} against"))  # "Japan has decided against holding a formal meeting with Moon"
            break
        if dep == "prep" and tok.lower_ not in _CLIMB_PREPS:
            # the trigger == a circumstance: take the clause's tense only ("agreed to boost ties during their
            # talks": the agreeing's, not the infinitive's)
            if head.lower_ == "including" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
                head = head.head  # ("planned to present his plan to the partners, including at a meeting with Biden")
            if tense is None and head.pos_ in ("VERB", "AUX"):
                # (and a purpose's: "dimmed the lights to play a video during a tense meeting with Ramaphosa")
                infinitive = head.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children) \
                    and not any(t.lower_ in ("next", "coming", "upcoming", "tomorrow") for t in head.subtree)
                vs = _verb_status(head.head if infinitive and head.head.tag_ == "VBD" and not _is_speech(head.head) else head)
                if infinitive and head.head.lemma_.lower() in ("plan", "intend", "expect", "schedule"):
                    # ("planned to present his plan ..., including at a meeting with Biden": what was planned, ahead; not
                    # "agreed to boost ties during their talks", agreed at the talks)
                    vs = ("planned", f"{head.head.text} to")
                    found.append(vs)
                if vs and vs[0] in ("held", "planned"):
                    tense = vs
            break
        if dep not in _CLIMB and dep != "prep":
            if tense is None and head.pos_ in ("VERB", "AUX") and not _is_speech(head) and dep in ("advcl", "relcl", "pcomp"):
                vs = _verb_status(head)
                if vs and vs[0] in ("held", "planned"):
                    tense = vs
            break
        came_from, tok = tok, head
    # "saw no point in meeting him", "there is no need for a meeting": not worthwhile (ruled out); "it is too early
    # to talk about a meeting": not planned, not excluded (possible)
    holder = trigger.head.head if trigger.head.dep_ == "prep" and trigger.head.lower_ in ("in", "for", "of") else (
        trigger.head if trigger.dep_ in ("relcl", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children) else None)
    for h in ([holder, *(c for c in holder.children if c.dep_ in ("dobj", "attr"))] if holder is not None else []):
        if h.lemma_.lower() in ("point", "sense", "need", "use", "reason") and any(c.lower_ == "no" for c in h.children):
            found.append(("ruled_out", f"no {h.text}"))  # ("saw no point in meeting": the parser hangs "in" on "saw")
            break
    if trigger.head.lower_ == "against" and trigger.dep_ in ("pobj", "pcomp") and (
            trigger.head.head.lower_ == "nothing" or any(c.dep_ == "neg" for c in trigger.head.head.children)):
        found.append(("possible", f"{trigger.head.head.text} against"))  # "was not against a meeting", "had nothing against meeting"
    if any((t.lower_ == "early" and any(c.lower_ == "too" for c in t.children)) or t.lower_ == "premature" for t in trigger.sent):
        found.append(("possible", "too early"))
    # "There == no meeting planned", "there are no plans for a meeting"
    sent = trigger.sent
    for t in sent:
        if t.lower_ == "no" and t.head.lemma_.lower() in ("plan", "plans", "meeting", "agreement", "proposal") and (
                abs(t.head.i - trigger.i) <= 6 or t.head.is_ancestor(trigger)):  # ("no plans to travel to Moscow this week to meet")
            if t.head.lemma_.lower() == "agreement":
                found.append(("possible", "no agreement"))
            else:
                found.append(("ruled_out", f"no {t.head.text}"))
    if found:
        best = max(found, key=lambda f: RANK[f[0]])
        if best[0] == "planned" and tense and tense[0] in ("possible", "ruled_out"):
            best = tense
        return best[0], best[1], 0.8
    if tense:
        if tense[0] == "held" and trigger.pos_ == "NOUN" and trigger.head.lemma_.lower() == "have":
            return "held", tense[1], 0.5  # "had a heavy schedule of meetings": weak evidence of one meeting
        return tense[0], tense[1], 0.7
    return "held", "", 0.4


def _no_date_for(trigger: Token) -> tuple[str, str, float] | None:
    """"There are no precise dates yet for a meeting between Putin and Trump", "No date for Xi-Biden summit": a
    meeting still to be dated — agreed when the date is only not "yet" set, otherwise only possible."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ != "pobj" or trigger.head.lower_ != "for":
        return None
    noun = trigger.head.head
    if noun.lemma_ in ("be", "have"):  # "There are no dates yet for a meeting"
        noun = next((c for c in noun.children if c.dep_ in ("attr", "dobj")), noun)
    if noun.lemma_.lower() not in ("date", "time", "timing", "timeframe", "timetable") or not any(
            c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return None
    if any(t.lower_ == "yet" for t in trigger.sent):
        return "planned", f"no {noun.text} yet", 0.7
    return "possible", f"no {noun.text}", 0.7


def earlier_account(trigger: Token, *, backshift: bool = True) -> bool:
    """"the Kremlin had said there were no plans", "Trump had cancelled the summit", "Sharif had earlier said he
    was ready": a past-perfect account, which the article presents as overtaken by what it reports now.

    With backshift=False, a past perfect that only follows the tense of the verb reporting it ("The White House
    said on Wednesday that Obama had cancelled the summit") is the report's news, not an earlier account."""
    tok = trigger
    for _ in range(6):
        # (the tagger may read "had earlier said" as VBD)
        if tok.pos_ in ("VERB", "AUX") and (tok.tag_ == "VBN" or tok.tag_ == "VBD" and _is_speech(tok)) and any(
                c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in tok.children):
            said = tok.head
            return backshift or not (tok.dep_ == "ccomp" and _is_speech(said) and said.tag_ == "VBD" and not any(
                c.dep_ == "aux" or c.lower_ in ("earlier", "previously", "initially", "originally") for c in said.children))
        if tok.head == tok or tok.dep_ == "conj":
            return False  # (a coordinated clause has its own tense: "had been scheduled ..., but X cancelled the meeting")
        tok = tok.head
    return False
