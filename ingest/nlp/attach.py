"""What a sentence without parties of its own adds to a meeting named before: its later date, place or fate
("... but Trump cancelled the meeting on Thursday"), people who joined it ("Tillerson also attended"), the people of
talks named just before, and another meeting of the same pair ("A fuller meeting could take place at the G20")."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from spacy.attrs import LEMMA
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from meetings.types import PartyData, PlaceData

from . import dates as dates_mod
from .candidate import Candidate, definite, doc_text
from .dating import date_for, others_words, since_words
from .gazetteer import VENUES, lookup
from .lexicon.triggers import ROUND_ORDINALS
from .linking import light_verb, taking_part
from .parties import Mention, _countries_in
from .places import SIDELINES, best_place
from .places import occasion as occasion_of
from .status import earlier_account, status_of

_FOLLOW_UP_WORDS = {"fuller", "full", "formal", "proper", "second", "third", "further", "follow-up", "longer", "separate"}


def next_round(trig: Token) -> bool:
    """"The next round will be held in Rome", "a third round of talks is due in Geneva": the next meeting of a series, of
    the pair just named (not "the round of talks" told before, nor "the next round of the contact group's talks")."""
    rnd = trig
    if trig.lower_ not in ("round", "rounds"):
        if not (trig.dep_ == "pobj" and trig.head.lower_ == "of" and trig.head.head.lower_ in ("round", "rounds")):
            return False
        if any(c.dep_ in ("poss", "prep") or (c.dep_ == "compound" and c.pos_ == "PROPN") for c in trig.children):
            return False  # "the next round of the Astana talks", "the next round of talks between the two Koreas"
        rnd = trig.head.head
    return any(c.dep_ in ("amod", "det", "advmod") and c.lower_ in ROUND_ORDINALS for c in rnd.children)


def follow_up(trig: Token) -> bool:
    """"another meeting", "a fuller meeting", "a second round of talks": a meeting besides the one just named."""
    if next_round(trig):
        return True
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
    others = others_words(trig, trigger_toks) | since_words(trig)
    d, dtext = date_for(doc, trig, published, status, dateline_toks | others)
    place, ptext = best_place(doc, trig, dateline_toks | title_toks | others, dateline_place)
    occ, _ = occasion_of(doc, trig, others)
    if d is None and place is None and not occ:
        return None  # nothing that tells it from the meeting just reported
    cues = {"trigger": trig.text, "participants": f"{c.cues.get('participants', '')} (the pair just reported)"}
    cues.update({k: v for k, v in (("status", scue), ("date", dtext), ("place", ptext), ("occasion", occ)) if v})
    return replace(c, sent=trig.sent, trig=trig, cues=cues, status=status, date=d, place=place, occasion=occ,
                   confidence=min(0.95, conf * 0.75), headline=False, score=1.0 + 0.1 * len(c.parties),
                   statuses=[(status, False, conf)], previous=False, supporting=False, history=False, joined=[])


def joins_named_meeting(trig: Token) -> bool:
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
    names = [c for c in trig.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
    named = trig.doc[min(c.left_edge.i for c in names): trig.i].text if names else ""
    if named and named.lower() not in VENUES:
        # "arrived in Goa to attend the SCO meeting": a named gathering, not the meeting just reported (but "also attended
        # the Oval Office meeting": the meeting by its room)
        return False
    head = trig.head
    if trig.dep_ == "dobj" and head.lemma_.lower() in ("attend", "join"):
        return True
    part = head.head if trig.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in ("part", "some", "end", "rest", "start") else trig
    if part.dep_ == "pobj" and part.head.lower_ in ("for", "at") and part.head.head.lemma_.lower() in ("join", "accompany"):
        # "De Mistura joined them for part of the talks", "Kristersson was accompanied by Foreign Minister Billstrom for
        # the meeting", "Dacic was accompanied at the talks by Vucic and Vulin"
        return True
    if trig.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_ == "be" and any(
            c.lower_ == "also" for c in head.head.children):
        return True  # "Tillerson, who was also in the meeting, said ..."
    if trig.dep_ == "pobj" and head.lower_ in ("at", "during", "for") and (head.head.lower_ == "present" or head.head.lemma_ == "be" and any(
            c.dep_ == "acomp" and c.lower_ == "present" for c in head.head.children)) and not any(
            c.dep_ == "neg" for c in (*head.head.children, *head.head.head.children)):
        return True  # "X and Y were present at the talks": two more of the meeting named before
    if any(c.dep_ == "acl" and c.lemma_.lower() in ("broker", "mediate", "facilitate", "host", "attend") for c in trig.children):
        # "The meeting, brokered by Hollande and Merkel, lasted 15 minutes", "The talks, hosted by Macron and also
        # attended by Merkel, ...": the mediators, hosts and guests of the one just named
        return True
    return trig.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_.lower() in ("participate", "take", "sit") and (
        head.head.lemma_.lower() != "take" or any(c.lower_ == "part" for c in head.head.children)) and not any(
        c.dep_ == "neg" for c in head.head.children)  # (not "greeted the negotiators but did not take part in the talks")


# who hosts a meeting is at it ("Borrell will host the talks", "The meeting will be chaired by Borrell")
HOSTING_VERBS = frozenset({"chair", "host", "mediate", "facilitate"})
_JOINED_OBJECTS = {"leaders", "ministers", "presidents", "two", "pair", "them", "him", "her", "talks", "meeting", "session"}
_JOIN_LEMMAS = frozenset(hash_string(w) for w in ("join", "attend", "participate", "take", "be", "lead", "head", "host", "chair",
                                                   "mediate", "facilitate", "accompany", "represent"))
_NOT_TALKS = {"ceremony", "photo", "banquet", "reception", "concert", "performance", "tour", "walk", "parade", "signing", "show"}
_HOSTED = {"talks", "meeting", "summit", "negotiations", "discussions", "dialogue", "session"}
_LED = {"delegation", "delegations", "team", "side", "talks", "meeting", "negotiations"}


def joiners(doc: Doc, at: dict) -> list[tuple[Token, tuple[Mention | None, list[Mention]]]]:
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
            # (not whose envoy, nor whom the leader is to meet: "led by Trump's envoy, Steve Witkoff, who is to sit down
            # with Araghchi")
            who = [m for m in people_in(agent) if doc[m.head].dep_ != "poss" and not any(
                a.dep_ in ("relcl", "acl") and agent.is_ancestor(a) for a in doc[m.head].ancestors)] if agent is not None else []
            if who and subj is not None and subj.lower_ in _LED and definite(subj):
                demonym = _countries_in([c for c in subj.children if c.dep_ in ("amod", "compound")])
                for m in who:
                    if not m.countries and len(demonym) == 1:
                        m.countries = list(demonym)
                out.append((tok, (None, who)))
            continue
        if (lem == "attend" or lem in HOSTING_VERBS) and tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in kids):
            # "The meeting was attended by Sheikh Tahnoun and Sheikh Abdullah", "The meeting will be chaired by Borrell": who
            # else was (or will be) at the meeting just named
            agent = next((c for c in kids if c.dep_ == "agent"), None)
            # ("The talks, also attended by Waltz and Witkoff, lasted four hours": the noun the participle describes)
            subj = next((c for c in kids if c.dep_ in ("nsubjpass", "nsubj")), tok.head if tok.dep_ == "acl" else None)
            who = people_in(agent) if agent is not None else []
            if who and subj is not None and subj.lower_ in _HOSTED and definite(subj):
                out.append((tok, (None, who)))
            continue
        participle = tok.tag_ == "VBN" and tok.dep_ in ("advcl", "acl") and tok.i > tok.head.i
        if lem in ("join", "accompany") and (any(c.dep_ == "auxpass" for c in kids) or participle):
            # "Trump was joined by Mnuchin", "Lavrov was accompanied by Kremlin aide Yuri Ushakov"; "hosted Xi for talks at the
            # Elysee on Monday, joined by von der Leyen"
            agent = next((c for c in kids if c.dep_ == "agent"), None)
            subj = next((c for c in kids if c.dep_ == "nsubjpass"), None)
            if agent is None or (subj is None and tok.dep_ != "pcomp" and not participle):
                continue
            who = people_in(agent)
            whom = mention_of(subj)
            if who and (subj is None or whom is not None or subj.lower_ in _JOINED_OBJECTS):
                out.append((tok, (whom, who)))
        elif lem in ("accompany", "represent") and tok.tag_ in ("VBD", "VBZ", "VBP", "VB") and not any(c.dep_ == "auxpass" for c in kids) \
                and tok.dep_ in ("advcl", "conj"):  # (a clause of the meeting's sentence; alone, "X accompanied Zelensky" is the trip's)
            # "while Kremlin aide Yuri Ushakov accompanied Lavrov", "while Yermak, Sybiha and Umerov represented Kyiv": at the
            # meeting with the one accompanied, or for the country named
            obj = next((c for c in kids if c.dep_ == "dobj"), None)
            subj = next((c for c in kids if c.dep_ == "nsubj"), None)
            if obj is None or subj is None or (lem == "represent" and obj.ent_type_ != "GPE" and lookup(obj.text) is None):
                continue
            who = people_in(subj)
            if who:
                out.append((tok, (mention_of(obj) if lem == "accompany" and obj.i in at else None, who)))
        elif lem == "join":
            obj = next((c for c in kids if c.dep_ == "dobj"), None)
            subj = next((c for c in kids if c.dep_ == "nsubj"), None)
            if obj is None or subj is None or not (obj.lower_ in _JOINED_OBJECTS or obj.i in at):
                continue
            if any(c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pobj" and g.lemma_.lower() in _NOT_TALKS for g in c.children)
                   for c in kids):
                continue  # "his sister and his wife joined them for a farewell ceremony": not at the talks
            who = people_in(subj)
            if who:
                out.append((tok, (mention_of(obj) if obj.i in at else None, who)))
        elif lem in HOSTING_VERBS:
            # "EU foreign policy chief Josep Borrell will host the talks": the host of the meeting just named was at it
            obj = next((c for c in kids if c.dep_ == "dobj"), None)
            subj = next((c for c in kids if c.dep_ == "nsubj"), None)
            if obj is not None and subj is not None and obj.lower_ in _HOSTED and definite(obj) \
                    and not any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in obj.children):
                who = people_in(subj)
                # (and a co-host: "he would host the talks together with the bloc's special representative, Miroslav Lajcak")
                who += [m for c in kids if c.dep_ == "prep" and c.lower_ == "with" and any(
                        a.dep_ == "advmod" and a.lower_ in ("together", "jointly") for a in (*c.children, *kids)) for m in people_in(c)]
                if who:
                    out.append((tok, (None, who)))
        elif taking_part(tok):
            # "with X also taking part"; "Russian Foreign Minister Sergey Lavrov also took part.", "Tillerson also attended."
            beside = tok.tag_ == "VBG" and tok.head.lower_ == "with" and tok.dep_ in ("pcomp", "pobj")
            also = any(c.dep_ == "advmod" and c.lower_ == "also" for c in kids) \
                and not any(c.dep_ in ("dobj", "prep") and c.lower_ != "part" for c in kids)
            subj = next((c for c in kids if c.dep_ == "nsubj"), None)
            who = people_in(subj) if subj is not None and (beside or also) else []
            if not who and subj is None and tok.tag_ == "VBG" and tok.dep_ == "advcl":
                # (the "with" phrase hung on the verb before it: "will be chaired by Borrell, with the EU Special
                # Representative ..., X, also taking part")
                with_ = next((c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "with" and c.i < tok.i), None)
                who = people_in(with_) if with_ is not None else []
            if who:
                out.append((tok, (None, who)))
        elif lem == "be" and any(c.dep_ == "advmod" and c.lower_ == "also" for c in kids):
            # "Tillerson and Lavrov were also in the room", "... were also present"
            # (and "Also at the table were Pompeo and Wang Yi")
            there = any(c.dep_ == "prep" and c.lower_ in ("in", "at") and any(g.dep_ == "pobj" and g.lower_ in ("room", "table")
                                                                            for g in c.children)
                        for c in kids) or any(c.dep_ == "acomp" and c.lower_ == "present" and not list(c.children) for c in kids)
            subj = next((c for c in kids if c.dep_ == "nsubj"), None)
            who = people_in(subj) if subj is not None and there else []
            if who:
                out.append((tok, (None, who)))
    return out


def join_previous(out: list[Candidate], trig: Token, parties: list[PartyData], sent_index: dict[int, int]) -> bool:
    """Add `parties` to the meeting reported last before `trig`, within two sentences; False when there is none."""
    k = sent_index.get(trig.sent.start, 0)
    before = [c for c in out if c.trig.i < trig.i and c.mode == "in_person" and k - sent_index.get(c.sent.start, 0) <= 2]
    if not before:
        return False
    max(before, key=lambda c: c.trig.i).joined.extend(parties)
    return True


def sidelines_of(tok: Token) -> bool:
    """"on the sidelines of the trilateral meeting": the trigger names an occasion."""
    return tok.head.lower_ == "of" and tok.head.head.lower_ in SIDELINES


# what someone outside a meeting did to it, which is no fate of it: stayed away, or spoke of it
_NOT_ITS_FATE = {"skip", "boycott", "shun", "snub", "miss",
                # (or spoke of it: "Venezuelan President Hugo Chavez, Zelaya's closest ally, dismissed the talks")
                "dismiss", "criticise", "criticize", "condemn", "denounce", "deride", "ridicule", "welcome", "hail", "praise"}


def _lend_day_and_place(doc: Doc, c: Candidate, trig: Token, status: str, note: str, published: date | None, trigger_toks: set[int],
                        dateline_toks: set[int], title_toks: set[int], dateline_place: PlaceData | None) -> None:
    """The day and place that `trig`'s own phrase gives, to the meeting `c` where it has none (the cue says whence)."""
    words = others_words(trig, trigger_toks) | since_words(trig)
    d, dtext = date_for(doc, trig, published, status, dateline_toks | words)
    place, ptext = best_place(doc, trig, dateline_toks | title_toks | words, dateline_place)
    # (the day inside the week or month said before: "will meet next week ... The talks will take place on November 15")
    sharper = c.date is not None and d is not None and c.date.precision == "month" and d.precision == "day" \
        and (d.start.year, d.start.month) == (c.date.start.year, c.date.start.month)
    # (and a day said for the day of the report: "has held talks with Xi ... At the start of Monday's meeting", told on Tuesday)
    reported = c.date is not None and d is not None and c.date.reason.endswith("when reported: the publication date") \
        and d.precision == "day" and d.reason != c.date.reason
    if (c.date is None or sharper or reported) and d is not None:
        c.date, c.cues["date"] = d, f"{dtext} ({note})"
    occ, _ = occasion_of(doc, trig, words)
    if occ and not c.occasion:
        c.occasion, c.cues["occasion"] = occ, f"{occ} ({note})"
    # (or one inside the country or region said before: "met in Bali ... The meeting took place at a hotel in Nusa Dua")
    inside = c.place is not None and place is not None and place.country == c.place.country and place.name != c.place.name and (
        c.place.kind == "country" and place.kind != "country" or c.place.kind == "region" and place.kind == "city")
    if (c.place is None or inside) and place is not None:
        c.place, c.cues["place"] = place, f"{ptext} ({note})"


def attach_orphans(doc: Doc, out: list[Candidate], orphans: list[Token], published: date | None, sent_index: dict[int, int],
                    trigger_toks: set[int], dateline_toks: set[int], title_toks: set[int], dateline_place: PlaceData | None,
                    at: dict) -> None:
    """Meetings named without parties of their own ("the meeting", "the summit") give the meeting just reported
    its later date, place or fate: "... but Trump cancelled the meeting on Thursday"."""
    for trig in orphans:
        if sidelines_of(trig):
            continue  # "on the sidelines of the Arctic Council meeting": an occasion, not the meeting named before
        if any(c.sent.start == trig.sent.start and c.trig.i > trig.i and trig.is_ancestor(c.trig) for c in out):
            # "the visit to Nigeria of Vice President X, for talks with Y, ... has been postponed": the fate of the talks the
            # visit holds, reported with this sentence, not of the meeting told before
            continue
        status, cue, conf = status_of(trig)
        k = sent_index.get(trig.sent.start, 0)
        before = [c for c in out if c.trig.i < trig.i and k - sent_index.get(c.sent.start, 0) <= 1]
        asked = [c for c in out if c.sent.start == trig.sent.start and c.trig.i > trig.i]
        if asked and any(ch.lower_ == "such" for ch in trig.children):
            # '"No such meeting was planned," Poroshenko said when asked whether he would hold a separate meeting with Putin':
            # the meeting the question in its own sentence names
            before = asked
        if not before and status in ("cancelled", "postponed") and conf >= 0.8 and definite(trig):
            # ("Grenell announced that Vucic and Thaci would meet at the White House. Three days before the meeting, ... filed
            # an indictment. Thaci turned back, and the meeting was called off": the one meeting told two sentences before)
            before = [c for c in out if c.trig.i < trig.i and k - sent_index.get(c.sent.start, 0) == 2 and c.mode == "in_person"
                      and c.status in ("planned", "possible")]
        # (the noun of the verb before counts: "Pence was to meet Kim Yo Jong. The meeting was to be held on February 10")
        # (and "called off next month's summit with Kim. The meeting had been scheduled for June 12 in Singapore": the
        # summit, under another meeting word)
        # (and "held talks with Xi in Busan on Thursday. The encounter, on the sidelines of the APEC summit, lasted ...")
        # (and one named by its day: "... has held talks with Xi in Rio. At the start of Monday's meeting, ...")
        dayed = any(x.dep_ == "poss" and x.ent_type_ == "DATE" for x in trig.children)
        same = [c for c in before if (c.trig.lemma_ == trig.lemma_ or (c.trig.lemma_ in ("meet", "summit", "talk", "talks", "meeting")
                                                                      and trig.lower_ in ("meeting", "talks", "encounter")
                                                                      and (trig.dep_ in ("nsubj", "nsubjpass") or dayed)))
                and c.mode == "in_person"]
        # (a meeting reported in the orphan's own sentence is the one it describes: "when Kerry met his Cuban counterpart
        # ..., the highest-level talks between the two countries' diplomats in decades", not the talks told before)
        if any(c.sent.start == trig.sent.start for c in before):
            same = [c for c in same if c.sent.start == trig.sent.start]
            if _later_event(trig):
                same = []  # ("... could meet in Geneva to narrow differences before the ministerial meeting in December": another)
        # (nor a next meeting told as one to come: "Moon will visit Pyongyang in the autumn for a further summit with Kim. The
        # summit capped a whirlwind of diplomacy": the summit of the day, held, not the further one)
        same = [c for c in same if not (status == "held" and any(x.lower_ in _ANOTHER for x in c.trig.children)
                                        and all(s in ("planned", "possible") for s, _h, _c in c.statuses))]
        # (not a gathering named after an organisation or an event: "Rutte will still attend the G20 summit" is
        # another summit than the one just called off; "the Helsinki summit" may be the same)
        named = any(c.dep_ in ("compound", "nmod") and c.ent_type_ in ("ORG", "EVENT", "NORP") for c in trig.children)
        if same and definite(trig) and not named \
                and not (status in ("cancelled", "postponed", "ruled_out") and conf >= 0.8):
            # "... to prepare for a summit between Putin and Trump. The summit will take place in Helsinki on July
            # 16": when and where the meeting just named is held
            # (the meeting of the same word first: "two days of talks with Doval, agreed when Modi and Sharif met in Ufa ... The
            # talks cannot be about Kashmir" are the talks, not the meeting told last)
            worded = [c for c in same if c.trig.lemma_.lower() == trig.lemma_.lower()]
            c = max(worded or same, key=lambda c: c.trig.i)
            # (to each meeting word of that sentence: "has held talks with Xi ..., the first face-to-face meeting between a
            # British prime minister and China's leader in six years. At the start of Monday's meeting, ...")
            for x in [x for x in same if x.sent.start == c.sent.start]:
                _lend_day_and_place(doc, x, trig, status, f"the {trig.text}, later", published, trigger_toks, dateline_toks, title_toks,
                                    dateline_place)
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
            hoped = [c for c in before if c.sent.start == trig.sent.start and not c.history and trig.dep_ == "nsubj"
                     and trig.head.lemma_.lower() in ("take", "happen") and trig.head.tag_ == "VBD"
                     and all(s in ("planned", "possible") for s, _h, _c in c.statuses)]
            if hoped:
                # "had hoped to meet Li in Davos on Tuesday, but no meeting took place": a chance gone by
                c = max(hoped, key=lambda c: c.trig.i)
                gone = "cancelled" if any(s == "planned" for s, _h, _c in c.statuses) else "ruled_out"
                c.statuses.append((gone, False, 0.8))
                c.cues["status"] = "no meeting took place (the meeting, later)"
                continue
            # "have not met since December, and no meeting is planned": only the pair just said not to have met (but "no
            # such meeting was planned": the one just told)
            # (and "X was expected to meet Y ..., but a Greek spokesman said later that no meeting had been scheduled": the
            # account the article gives last, of the meeting before the "but")
            contra = [c for c in before if c.sent.start == trig.sent.start and any(t.lower_ == "but" for t in doc[c.trig.i: trig.i])
                      and all(s == "planned" for s, _h, _c in c.statuses) and not c.history]  # (not "could meet ..., but no
            # meeting was scheduled": possible, and not scheduled, one account)
            if contra:
                before = contra
            elif not any(c.lower_ == "such" for c in trig.children):
                before = [c for c in before if c.history and c.sent.start == trig.sent.start]
        # (not a meeting told as held, when the one called off is named for another place: "Leaders of the Quad met for
        # about an hour at a hotel in the city. The Sydney summit ... was cancelled")
        own = [lookup(x.text) for x in trig.children if x.dep_ in ("compound", "nmod") and x.ent_type_ == "GPE"]
        own_place = next((p for p in own if p is not None), None)
        if own_place is not None:
            before = [c for c in before if not (all(st == "held" for st, _h, _c in c.statuses)
                                                and (c.place is None or c.place.name != own_place.name))]
        size = _sides_named(trig)
        if size:
            # ("held a meeting with Macron, Scholz and Michel. The five-party meeting, which was also to include Aliyev, did not
            # take place": a meeting of another size than the one held)
            before = [c for c in before if len(c.parties) == size]
        if before:
            if status in ("cancelled", "postponed"):
                # ("had also intended to meet Jiang in Osaka, ..., the two leaders, who met at Lincoln Center on Oct. 24. That
                # meeting has now been called off": the one still ahead, not the one held)
                ahead = [c for c in before if not all(s == "held" for s, _h, _c in c.statuses)]
                before = ahead or before
            c = max(before, key=lambda c: c.trig.i)
            verb = trig.head if trig.dep_ == "dobj" else None
            if verb is not None and verb.lemma_.lower() in _NOT_ITS_FATE and any(
                    s.dep_ == "nsubj" and s.i in at and at[s.i].kind == "person" and at[s.i].key not in c.keys for s in verb.children):
                continue  # "Rubio skipped the meeting": one who stayed away from a meeting of others, or spoke of it
            if status == "ruled_out" and trig.dep_ == "nsubj" and trig.head.lemma_.lower() in ("take", "go", "happen", "proceed") \
                    and any(s == "planned" for s, _h, _c in c.statuses):
                status = "cancelled"  # "had been due to meet in Muscat on Sunday, but the talks will not take place": called off
            # ("Earlier reports had said the talks were called off": an account the article presents as overtaken)
            # (and "has met Tillerson at the Kremlin, a day after Putin's spokesman said no such meeting was planned": what was
            # said before the meeting told, in a clause of time beside it)
            c.statuses.append((status, False, min(conf, 0.6) if earlier_account(trig, backshift=False) or _told_before(trig, c.trig) else conf))
            c.cues["status"] = f"{cue} (the meeting, later)"
            c.supporting = False  # "have not met since December, and no meeting is planned": now a report


_ANOTHER = {"further", "another", "next", "new", "second", "third", "fresh", "follow-up"}


def _sides_named(trig: Token) -> int:
    """How many sides a meeting noun's "five-party", "four-way", "three-nation" says it has, else 0."""
    for c in trig.children:
        if c.dep_ in ("compound", "amod") and c.lower_ in ("party", "way", "nation", "country", "sided"):
            n = next((x for x in c.children if x.dep_ == "nummod"), None)
            if n is not None and (k := dates_mod.NUMBER_WORDS.get(n.lower_) or (int(n.text) if n.text.isdigit() else 0)):
                return k
    return 0


def _later_event(trig: Token) -> bool:
    """The trigger is the event a "before" or "ahead of" phrase names: a later event than a meeting of its sentence."""
    return trig.dep_ == "pobj" and (trig.head.lower_ == "before" or trig.head.lower_ == "of" and trig.head.head.lower_ == "ahead")
_WAS_DUE = re.compile(r"\b(?:had been|was|were) (?:due|scheduled|set|expected|supposed|slated)\b", re.I)


def _told_before(trig: Token, meeting: Token) -> bool:
    """The trigger stands in a clause of time ("a day after ..., before ...") that the meeting's own word is outside of."""
    for a in trig.ancestors:
        if a.lower_ in ("after", "before") and a.dep_ in ("prep", "mark") and not (a if a.dep_ == "prep" else a.head).is_ancestor(meeting):
            return True
        if any(ch.lower_ in ("after", "before") and ch.dep_ == "mark" for ch in a.children) and not a.is_ancestor(meeting) and a != meeting:
            return True
    return False


def fate_told_before(doc: Doc, out: list[Candidate], unclaimed: list[Token], published: date | None, sent_index: dict[int, int],
                     trigger_toks: set[int], dateline_toks: set[int], title_toks: set[int], dateline_place: PlaceData | None) -> None:
    """"Talks scheduled for Sunday in Muscat have been called off. Witkoff had been due to meet Araghchi": talks without
    parties of their own called off or put off, and the meeting the next sentence says was due: that meeting's fate,
    with the talks' day and place."""
    for trig in unclaimed:
        status, cue, conf = status_of(trig)
        if status not in ("cancelled", "postponed") or conf < 0.8:
            continue
        k = sent_index.get(trig.sent.start, 0)
        # (or the same talks named again: "called off high-level talks with South Korea ... The talks, between Unification
        # Minister Cho and Ri Son Gwon, were to discuss ...")
        after = [c for c in out if c.trig.i > trig.i and sent_index.get(c.sent.start, 0) - k == 1 and c.status == "planned"
                 and c.mode == "in_person" and (_WAS_DUE.search(doc_text(doc)[c.sent.start_char: c.sent.end_char]) or (
                     c.trig.lower_ == trig.lower_ and definite(c.trig)))]
        if not after:
            continue
        c = min(after, key=lambda c: c.trig.i)
        c.statuses.append((status, False, conf))
        c.cues["status"] = f"{cue} (the {trig.text}, named before)"
        _lend_day_and_place(doc, c, trig, "planned", f"the {trig.text}, named before", published, trigger_toks, dateline_toks,
                            title_toks, dateline_place)


GATHERING_NOUNS = {"talks", "meeting", "negotiations", "consultations", "discussions", "summit"}


def from_antecedents(doc: Doc, out: list[Candidate], unclaimed: list[Token], published: date | None, sent_index: dict[int, int],
                      dateline_toks: set[int], title_toks: set[int], dateline_place: PlaceData | None) -> None:
    """"Russia, Ukraine and the United States agreed on Thursday ... after talks in Geneva. The meeting brought together
    Kerry and Lavrov": the meeting named again with its people takes the day and place of the talks named just before
    without them."""
    for c in out:
        if (c.date is not None and c.place is not None) or c.trig.pos_ not in ("NOUN", "PROPN") or not definite(c.trig) \
                or c.trig.lower_ not in GATHERING_NOUNS or c.mode != "in_person":
            continue
        k = sent_index.get(c.sent.start, 0)
        before = [u for u in unclaimed if u.i < c.sent.start and 0 < k - sent_index.get(u.sent.start, 0) <= 2]
        if not before:
            continue
        u = before[-1]
        status, _cue, _conf = status_of(u)
        if c.status == "held" and status in ("cancelled", "postponed", "ruled_out"):
            continue  # ("An earlier attempt to convene talks in Geneva in September was called off": not the talks that opened)
        if c.date is None:
            d, dtext = date_for(doc, u, published, status, dateline_toks)
            if d is not None:
                c.date, c.cues["date"] = d, f"{dtext} (the {u.text} named before)"
        if c.place is None:
            place, ptext = best_place(doc, u, dateline_toks | title_toks, dateline_place)
            if place is not None:
                c.place, c.cues["place"] = place, f"{ptext} (the {u.text} named before)"


def attach_follow_ups(doc: Doc, out: list[Candidate], follow_ups: list[Token], published: date | None, sent_index: dict[int, int],
                       trigger_toks: set[int], dateline_toks: set[int], title_toks: set[int], dateline_place: PlaceData | None) -> None:
    """"A fuller meeting could take place at the G20 summit": another meeting of the pair just reported (appended to `out`)."""
    for trig in follow_ups:
        before = [c for c in out if c.trig.i < trig.i and c.mode == "in_person" and len(c.parties) >= 2 and not c.previous
                  and not c.history and sent_index.get(trig.sent.start, 0) - sent_index.get(c.sent.start, 0) <= 1]
        again = _another_meeting(doc, trig, max(before, key=lambda c: c.trig.i), published, dateline_toks, title_toks, dateline_place,
                                 trigger_toks) if before else None
        if again is not None:
            out.append(again)
