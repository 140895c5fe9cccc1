"""One article's Doc -> its meeting reports (one per real meeting per article).

The steps, each in its own module: parties (`parties`), trigger -> participants (`linking`), status
(`status`), date (`dates`), place and occasion (`places`). This module finds candidate reports per
trigger, drops what GUIDELINES.md says != a meeting (fewer than two parties, all from one
country, a summit as a whole), splits "meet with the Japanese, Mexican and Australian leaders" into
bilaterals, and merges the candidates that speak of the same meeting (headline, body, caption).

What a sentence leaves out is carried over from the rest of the article, each with a cue saying so:
an occasion's date and city to the meetings on its sidelines ("the first day of the G20 summit");
a visit's destination, day and fate to the meetings in it ("postponed a visit to China" ... "his
meetings with Chinese officials"); the place and day of the same trip ("during the trip"); where
the participants "will be"; the day of the meeting reported just before ("Earlier, ..."); the day
of the statement for a meeting reported as just held, never overriding a date of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from meetings.types import PartyData, PlaceData, ReportData

from . import dates as dates_mod
from .components import TRIGGERS_KEY
from .gazetteer import lookup
from .lexicon.roles import SPEAKER_CLASSES
from .lexicon.status_cues import PHONE_CUES, VIDEO_CUES
from .lexicon.triggers import MEET_NON_MEETING_OBJECTS, STRONG_NOUNS, STRONG_VERBS
from .linking import is_speech, path_ok, tight_slots
from .parties import _TITLE_WORDS, Mention, People, find_parties, surname_key
from .places import best_place
from .places import occasion as occasion_of
from .status import status_of

MERGE_RANK = {"held": 5, "cancelled": 4, "postponed": 3, "ruled_out": 2, "planned": 1, "possible": 0}
_DATELINE = re.compile(r"^\s*([A-Z][A-Z.'-]+(?:[ /][A-Z][A-Z.'-]+)*)(?=\s*(?:,|\(|/|—|–|-{1,2}|:)|\s*$)")
_OCCASION_DAY = re.compile(r"\b(first|second|third|opening|closing|last|final) day of\b", re.I)
_SLOT_NOUNS = {"meeting", "talks", "encounter", "sit-down", "pull-aside", "tete-a-tete"}
_HEADLINE_POSSIBLE = {"possible", "likely", "may", "could", "might", "possibility", "mull", "mulls", "eye", "eyes", "eyed"}
_OCCASION_ONLY = {"summit", "conference", "forum", "session", "assembly", "congress", "convention"}
_IN_PERSON = re.compile(r"\b(face[- ]to[- ]face|in person|in-person|sidelines|on the margins|one-on-one)\b", re.I)


@dataclass
class Candidate:
    parties: list[PartyData]
    keys: frozenset
    status: str
    mode: str
    sent: Span
    trig: Token
    cues: dict[str, str] = field(default_factory=dict)
    date: dates_mod.DateValue | None = None
    place: PlaceData | None = None
    occasion: str = ""
    confidence: float = 0.5
    headline: bool = False
    score: float = 0.0
    statuses: list[tuple[str, bool, float]] = field(default_factory=list)


def _is_headline(sent: Span) -> bool:
    text = sent.text.strip()
    return sent.start == 0 or (not text.endswith((".", "!", "?", '"', "”")) and len(text) < 140)


def _datelines(doc: Doc) -> tuple[set[int], PlaceData | None]:
    """Tokens of every dateline ("MOSCOW (Sputnik) —", "SOCHI, May 12. /TASS/.") and the first one's place."""
    excluded: set[int] = set()
    first = None
    for sent in doc.sents:
        line_start = sent.start == 0 or "\n" in doc[sent.start - 1].text or doc[sent.start - 1].is_space
        if not line_start:
            continue
        m = _DATELINE.match(sent.text)
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
        if m.kind != "person":
            continue
        out.update(range(m.start, m.end))
        k = m.start - 1
        while k >= max(0, m.start - 6):
            t = doc[k]
            if t.text in (",", ";", ":", "(", ")", "—", "–") or t.is_space or t.lower_ in ("in", "at", "near", "to", "with", "and")  \
                    or t.pos_ in ("VERB", "AUX"):
                break
            out.add(k)
            k -= 1
    return out


def _valid_trigger(tok: Token, span: Span) -> bool:
    lem = tok.lemma_.lower()
    if span.label_ == "VERB":
        if lem == "meet":
            objs = [c for c in tok.children if c.dep_ == "dobj"]
            if any(o.lemma_.lower() in MEET_NON_MEETING_OBJECTS or o.lower_ in MEET_NON_MEETING_OBJECTS for o in objs):
                return False
            return not (tok.text == "Meet" and tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 2].text == "Press")
        if lem == "sit":
            return any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children) or tok.nbor(1).lower_ in ("down", "-")
        return True
    return True


def _slot_mentions(doc: Doc, trig: Token, span: Span, at: dict) -> list[Mention]:
    """The party mentions in the trigger's own argument slots (`linking.tight_slots`)."""
    out: list[Mention] = []
    for t in tight_slots(trig):
        m = at.get(t.i)
        if m is None and (t.pos_ == "PROPN" or t.lower_ in _TITLE_WORDS):
            # "UN Special Envoy on Syria Staffan de Mistura": the slot is the title, the name is below it
            # (not "discussed leaked Clinton emails": a name inside a topic is no party)
            m = next((at[x.i] for x in t.subtree if x.i in at and at[x.i].kind == "person"), None)
        if m is not None and m not in out:
            out.append(m)
    # names compounded into a noun trigger: "the Kerry-Putin meeting", "Biden-Xi summit"
    if span.label_ == "NOUN":
        k = trig.i - 1
        sent_start = trig.sent.start
        while k >= sent_start and (doc[k].text in ("-", "–", "'s", "’s") or at.get(k) is not None and at[k].kind == "person"):
            m = at.get(k)
            if m is not None and m not in out:
                out.append(m)
            k -= 1
    return out


def _speaker_party(trig: Token, at: dict, other: PartyData, people: People) -> Mention | None:
    """"Lavrov said talks with Kerry ended without agreement": talks with someone, reported by the person
    who had them. Only for a trigger with a "with" party and no subject of its own, under the speaker's verb."""
    circumstance = trig.dep_ == "pobj" and trig.head.lower_ in ("during", "after", "following", "at", "on")
    if not any(c.dep_ == "prep" and c.lower_ == "with" for c in trig.children) and not circumstance:
        return None  # "X said a proposal presented by Y during talks in Rome ...": X was at the talks
    if any(c.dep_ in ("nsubj", "nsubjpass", "poss") for c in trig.children):
        return None
    tok = trig
    for _ in range(6):
        if tok.head == tok:
            return None
        tok = tok.head
        if is_speech(tok):
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            m = at.get(subj.i) if subj is not None else None
            if m is not None and m.kind == "person" and surname_key(m.name or "") != surname_key(other.name or "") and \
                    m.role_class not in SPEAKER_CLASSES and (people.get(m.key) is None or people[m.key].role_class not in SPEAKER_CLASSES):
                return m
            return None
    return None


def _body_meets(trig: Token, at: dict) -> bool:
    """"meet" whose subject is an organisation or body and who it meets is not said."""
    subj = next((c for c in trig.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i in at:
        return False
    if any(c.dep_ in ("dobj", "prep") and c.lower_ in ("with", "between") or c.dep_ == "dobj" for c in trig.children):
        return False
    return subj.ent_type_ in ("ORG", "NORP") or subj.lemma_.lower() in ("council", "committee", "board", "parliament", "house",
                                                                        "senate", "assembly", "group", "cabinet", "bloc")


def _plural_meetings(trig: Token) -> bool:
    """"meetings", "bilateral meetings", "bilaterals": several meetings, not one between the parties."""
    noun = trig.head if trig.dep_ == "amod" and trig.head.pos_ == "NOUN" else trig
    return noun.lower_ in ("meetings", "bilaterals", "encounters")


def _mentions_at(mentions: list[Mention]) -> dict[int, Mention]:
    idx: dict[int, Mention] = {}
    for m in mentions:
        for i in range(m.start, m.end):
            if m.kind == "unnamed" and i != m.head:
                idx.setdefault(i, m)
            else:
                idx[i] = m
    return idx


class _Resolver:
    """Turns mentions into PartyData: pronouns, "the two", unnamed parties that a named person fills."""

    def __init__(self, doc: Doc, mentions: list[Mention], people: People):
        self.doc, self.mentions, self.people = doc, mentions, people
        self.persons = [m for m in mentions if m.kind == "person"]
        self.last_parties: list[PartyData] = []
        self.last_sent = -1

    def _class(self, m: Mention) -> str:
        p = self.people.get(m.key)
        return (p.role_class if p else "") or m.role_class

    def person(self, m: Mention) -> PartyData:
        p = self.people.get(m.key)
        name = p.name if p else m.name
        role = (p.role if p and p.role else m.role) if m.role_class != "counterpart" or not p or not p.role else p.role
        country = (m.countries[0] if m.countries else "") or (p.country if p else "")
        return PartyData(name=name, role=role, country=country, aliases=list(p.aliases) if p else [m.name], mention=m.text)

    def pronoun(self, m: Mention) -> list[PartyData]:
        prev = [p for p in self.persons if p.start < m.start and p.head != m.head]
        # a spokesperson is who speaks of the meeting, not who is in it
        prev = [p for p in prev if self._class(p) not in SPEAKER_CLASSES] or prev
        if not prev:
            return []
        # "X told Y that he met Z": the speaker, not the addressee
        tok = self.doc[m.head]
        for _ in range(5):
            if tok.head == tok:
                break
            tok = tok.head
            if is_speech(tok):
                subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
                hit = next((p for p in prev if subj is not None and p.start <= subj.i < p.end), None)
                if hit is not None:
                    return [self.person(hit)]
                break
        # "he" in the same sentence: the nearest earlier person; else the subject-ish first person of the previous sentence
        same = [p for p in prev if p.start >= self.doc[m.start].sent.start]
        pick = same[-1] if same else prev[-1]
        return [self.person(pick)]

    def plural(self, m: Mention, sent_index: int) -> list[PartyData]:
        if self.last_parties and sent_index - self.last_sent <= 4:
            return list(self.last_parties)
        prev = [p for p in self.persons if p.start < m.start]
        out, seen = [], set()
        for p in reversed(prev):
            if p.key not in seen:
                seen.add(p.key)
                out.append(self.person(p))
            if len(out) == 2:
                break
        return list(reversed(out)) if len(out) == 2 else []

    def unnamed(self, m: Mention, named: list[PartyData]) -> list[PartyData]:
        out = []
        cls = m.role_class
        if cls == "counterpart":
            classes = {self.people[surname_key(p.name)].role_class for p in named if p.name and surname_key(p.name) in self.people}
            cls = next(iter(classes), "")
        # "the Saudi minister", "the Chinese envoy": one person, named elsewhere in the article
        singular = self.doc[m.head].tag_ in ("NN", "NNP") and len(m.countries) == 1 and cls not in ("official",)
        for cc in m.countries:
            match = None
            if cls in ("foreign", "leader") or singular:
                cands = [p for p in self.people.values() if p.country == cc and p.role_class == cls]
                if not cands:
                    cands = [p for p in self.people.values() if p.country == cc and p.role_class in ("", "counterpart")]
                if not cands and singular:
                    cands = [p for p in self.people.values() if p.country == cc]
                cands = list({p.name: p for p in cands}.values())  # "Li Shangfu" is registered as "li" and "shangfu"
                if len(cands) == 1:
                    match = cands[0]
            if match:
                out.append(PartyData(name=match.name, role=match.role, country=cc, aliases=list(match.aliases), mention=m.text))
            else:
                out.append(PartyData(name=None, role=m.role if m.role_class != "counterpart" else (named[0].role if named else ""), country=cc, mention=m.text))
        return out


def _dedupe(parties: list[PartyData]) -> list[PartyData]:
    out: list[PartyData] = []
    seen: set[str] = set()
    named_countries = {p.country for p in parties if p.name and p.country}
    for p in parties:
        k = surname_key(p.name) if p.name else "country:" + p.country
        if not k or k in seen:
            continue
        if not p.name and p.country in named_countries:
            continue  # an unnamed party for a country a named participant already represents
        seen.add(k)
        out.append(p)
    return out


def _party_key(p: PartyData) -> str:
    return surname_key(p.name) if p.name else "country:" + p.country


_NOT_MEETING_DATE_HEADS = {"cancel", "postpone", "call", "announce", "announcement", "statement", "cancellation", "delay",
                           "scrap", "say", "tell", "report", "confirm", "decide", "decision", "postponement"}
_DATED_NOUNS = {"meeting", "talks", "talk", "summit", "visit", "trip", "session", "conference", "forum", "assembly", "encounter",
                "discussion", "negotiation", "negotiations", "consultations", "sit-down", "ministerial", "gathering", "tour"}
_RELATIVE = re.compile(r"\b(a day (?:after|earlier|before)|yesterday|tomorrow|today|tonight|(?:this|next|last) (?:week|month)|"
                       r"(?:early|mid|late)[- ](?:january|february|march|april|may|june|july|august|september|october|november|december))\b", re.I)


def _date_for(doc: Doc, trig: Token, published: date | None, status: str, exclude: set[int]) -> tuple[dates_mod.DateValue | None, str]:
    sent = trig.sent
    past = status == "held"
    cands: list[tuple[int, Span]] = []
    said_on: Span | None = None
    ents = [e for e in doc_ents(doc) if e.label_ in ("DATE", "TIME") and e.start >= sent.start and e.end <= sent.end]
    for e in ents:
        if any(i in exclude for i in range(e.start, e.end)):
            continue
        root = e.root
        head = root.head
        if head.dep_ == "prep" or head.pos_ == "ADP":
            head = head.head
        # "said on Monday", "told RIA Novosti on Tuesday", "announced Thursday": when it was said
        before = doc[e.start - 2] if e.start >= 2 and doc[e.start - 1].lower_ in ("on", "late", "earlier") else (
            doc[e.start - 1] if e.start >= 1 else None)
        if (is_speech(head) and head != trig and not path_ok(root, trig, max_len=3)) or (
                root.head != root and is_speech(root.head) and root.head != trig) or (
                before is not None and is_speech(before) and before != trig and before.i < trig.i):
            said_on = said_on or e
            continue
        decided = [h for h in (head, root.head) if h.lemma_.lower() in _NOT_MEETING_DATE_HEADS
                   and not (h.lemma_.lower() == "call" and h.pos_ == "NOUN")]  # "in a phone call on Tuesday" is the call
        if decided:
            continue  # "called off on Friday", "yesterday's announcement": when it was decided, not when it meets
        inner = root.head
        while inner != inner.head and inner != trig and not inner.is_ancestor(trig) and inner.dep_ != "relcl":
            inner = inner.head
        if inner.dep_ == "relcl" and inner != trig and not inner.is_ancestor(trig) and inner.head != trig:
            continue  # "during Ramadan, which began on March 23": the date of something the sentence mentions
        since = root.head if root.head.lower_ == "since" else None
        if since is not None and (since.head == trig or since.head.head == trig):
            continue  # "have not met since December": the last meeting before, not this one
        if root.dep_ in ("compound", "nmod", "amod") and root.head.pos_ == "NOUN" and root.head != trig and \
                root.head.lemma_.lower() not in _DATED_NOUNS:
            continue  # "the June 17 incident": the date of something else
        ok = path_ok(root, trig, max_len=8)
        dist = abs(root.i - trig.i) + (0 if ok else 30)
        cands.append((dist, e))
    for _dist, e in sorted(cands, key=lambda x: x[0]):
        v = dates_mod.resolve(e.text, published, past=past)
        if v is not None:
            return v, e.text
    m = _RELATIVE.search(sent.text)
    if m:
        tok = doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")
        root = tok.root if tok is not None else None
        if root is not None:
            heads = {root.head, root.head.head if root.head.dep_ in ("prep", "case") else root.head}
            if any(h != trig and (is_speech(h) or h.lemma_.lower() in _NOT_MEETING_DATE_HEADS) for h in heads):
                return None, ""  # "since yesterday's announcement of the meeting": when it was said
        v = dates_mod.resolve(m.group(0), published, past=past)
        if v is not None:
            return v, m.group(0)
    if said_on is not None and status == "held":
        # "Lavrov on Thursday said talks with Kerry ended without agreement": a meeting reported as just held,
        # with no date of its own, is dated by the statement about it
        v = dates_mod.resolve(said_on.text, published, past=True)
        if v is not None and v.precision == "day":
            return dates_mod.DateValue(v.start, v.end, "day", "no date of its own: the day it was reported", v.text), said_on.text
    return None, ""


def _mode(sent: Span, trig: Token) -> str:
    words = {t.lower_ for t in sent}
    lem = trig.lemma_.lower()
    if words & VIDEO_CUES and (lem in ("talk", "speak", "conversation", "meeting", "meet", "call", "summit", "discussion", "conference") or "call" in words):  # noqa: SIM102
        if any(w in words for w in ("video", "videoconference", "video-conference", "virtual", "virtually", "teleconference")):
            return "video"
    if words & PHONE_CUES and lem in ("talk", "speak", "conversation", "discussion", "discuss", "call", "talks"):
        return "phone"
    return "in_person"


def candidates_for(doc: Doc, published: date | None) -> list[Candidate]:
    mentions, people = find_parties(doc)
    at = _mentions_at(mentions)
    dateline_toks, dateline_place = _datelines(doc)
    title_toks = _title_tokens(doc, mentions)
    resolver = _Resolver(doc, mentions, people)
    sents = list(doc.sents)
    sent_index = {s.start: k for k, s in enumerate(sents)}
    out: list[Candidate] = []
    orphans: list[Token] = []
    triggers = list(doc.spans.get(TRIGGERS_KEY, []))
    strong_sents = {t.root.sent.start for t in triggers if (t.label_ == "VERB" and t.root.lemma_.lower() in STRONG_VERBS)
                    or (t.label_ == "NOUN" and t[-1].lower_ in STRONG_NOUNS and t[-1].lower_ not in ("summit", "summits", "talk"))}
    strong_slots: dict[int, list[Mention]] = {}
    for span in triggers:
        t0 = span.root if span.label_ == "VERB" or len(span) > 1 else span[-1]
        if ((span.label_ == "VERB" and t0.lemma_.lower() in STRONG_VERBS) or (span.label_ == "NOUN" and t0.lower_ in _SLOT_NOUNS)) \
                and _valid_trigger(t0, span):
            strong_slots[t0.i] = [m for m in _slot_mentions(doc, t0, span, at) if m.kind in ("person", "unnamed")]
    for span in triggers:
        trig = span.root if span.label_ == "VERB" else span[-1]
        if len(span) > 1 and span.label_ == "NOUN":
            trig = span.root
        if not _valid_trigger(trig, span):
            continue
        lem = trig.lemma_.lower()
        low = trig.lower_
        if span.label_ == "NOUN" and (low in ("talk",) or trig.pos_ not in ("NOUN", "PROPN", "VERB", "ADJ")):
            continue
        if low.startswith("face") or low == "one":
            continue
        sent = trig.sent
        strong = (span.label_ == "VERB" and lem in STRONG_VERBS) or (span.label_ == "NOUN" and (
            lem in STRONG_NOUNS or low in STRONG_NOUNS or span.text.lower().replace(" ", "") in STRONG_NOUNS)) or lem == "sit"
        if low in ("summit", "summits") or lem in _OCCASION_ONLY:
            strong = False
        slot_mentions = _slot_mentions(doc, trig, span, at)
        mode = _mode(sent, trig)
        used = slot_mentions
        tight_named = [m for m in slot_mentions if m.kind in ("person", "unnamed")]
        if len({m.key for m in tight_named}) + sum(len(m.countries) - 1 for m in tight_named if m.kind == "unnamed") < 2 and (
            strong or mode != "in_person"
        ):
            # names in another meeting's own slots stay with it ("canceled his meeting with X, conferring instead with Y")
            theirs = {id(m) for t2, ms in strong_slots.items() if t2 != trig.i and sent.start <= t2 < sent.end for m in ms}
            loose = [m for m in mentions if sent.start <= m.head < sent.end and m not in used and id(m) not in theirs
                     and path_ok(doc[m.head], trig)]
            # names that belong to another trigger's own slots stay with it
            # a pronoun joins when the slots name nobody, or when a verb without a subject of its own met one
            # party ("..., conferring instead with the President of South Korea")
            subjectless = span.label_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in trig.children)
            used = slot_mentions + [m for m in loose if m.kind != "pronoun" or not slot_mentions
                                    or (subjectless and len(slot_mentions) == 1)]
        if not used:
            if span.label_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in trig.children):
                orphans.append(trig)  # "..., but the meeting was called off": what became of a meeting named before
            continue
        if span.label_ == "VERB" and lem == "meet" and _body_meets(trig, at):
            continue  # "when ASEAN met", "the council meets": an organisation convening, an occasion
        if _plural_meetings(trig) and not tight_named:
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
                # "X and Y will hold their first meeting": "their" adds nobody when others are named
                if not any(o.kind in ("person", "unnamed") for o in used):
                    parties.extend(resolver.plural(m, sent_index.get(sent.start, 0)))
            elif m.kind == "unnamed":
                unnamed.append(m)
        named = [p for p in parties if p.name]
        for m in unnamed:
            parties.extend(resolver.unnamed(m, named))
            if (span.label_ == "VERB" and lem == "meet" and len(m.countries) >= 3 and m.role_class == "leader"
                    and doc[m.head].lower_.endswith("s") and m.start < m.head and m in slot_mentions):
                adjectival_split = m
        parties = _dedupe(parties)
        if len(parties) == 1 and parties[0].name:
            extra = _speaker_party(trig, at, parties[0], people)
            if extra is not None:
                parties.append(resolver.person(extra))
        if len(parties) < 2:
            continue
        countries = {p.country for p in parties}
        if "" not in countries and len(countries) == 1:
            continue  # domestic
        if not strong:
            if sent.start in strong_sents:
                continue  # "met ... to discuss": the strong trigger reports the meeting
            # weak triggers need their own two parties in tight slots, or an in-person cue
            if len({m.key for m in tight_named}) + sum(len(m.countries) - 1 for m in tight_named if m.kind == "unnamed") < 1:
                continue
            if lem in ("speak", "talk", "discuss", "conversation", "dialogue") and not _IN_PERSON.search(sent.text) and mode == "in_person":  # noqa: SIM102
                if lem != "discuss" or len(tight_named) < 2:
                    continue
            if lem in ("receive", "host", "welcome", "visit") and not any(c.dep_ == "dobj" and at.get(c.i) is not None for c in trig.children):
                continue
            if low in ("summit", "summits", "conference", "forum") and len(tight_named) + sum(1 for m in slot_mentions if m.kind == "plural") < 1:
                continue
        status, scue, conf = status_of(trig)
        if status == "held" and conf < 0.8 and _is_headline(sent):
            # a headline's parse is unreliable: "Biden: Meeting with Xi possible next month"
            cue = next((t for t in sent if t.lower_ in _HEADLINE_POSSIBLE and t.ent_type_ != "DATE"), None)  # not "in mid-May"
            if cue is not None:
                status, scue, conf = "possible", cue.text, 0.7
        exclude = dateline_toks | title_toks
        d, dtext = _date_for(doc, trig, published, status, dateline_toks)
        place, ptext = best_place(doc, trig, exclude, dateline_place)
        occ, _ = occasion_of(doc, trig)
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
        headline = _is_headline(sent)
        score = (2.0 if span.label_ == "VERB" and strong else 1.0) + (0.5 if d else 0) + (0.5 if place else 0) + (0 if headline else 1.0) + 0.1 * len(parties)
        cand = Candidate(parties, frozenset(_party_key(p) for p in parties), status, mode, sent, trig, cues, d, place, occ,
                         min(0.95, conf * (0.9 if strong else 0.75)), headline, score, [(status, headline, conf)])
        resolver.last_parties = [p for p in parties if p.name] or resolver.last_parties
        resolver.last_sent = sent_index.get(sent.start, 0)
        if adjectival_split is not None:
            base = [p for p in parties if p.name]
            for cc in adjectival_split.countries:
                extra = next((p for p in parties if not p.name and p.country == cc), None)
                if extra is None:
                    extra = next((p for p in parties if p.name and p.country == cc and p.mention == adjectival_split.text), None)
                if extra is None:
                    continue
                ps = [p for p in base if p != extra] + [extra]
                out.append(Candidate(ps, frozenset(_party_key(p) for p in ps), status, mode, sent, trig, dict(cues), d, place, occ,
                                     cand.confidence, headline, score, [(status, headline, conf)]))
            continue
        out.append(cand)
    for trig in orphans:
        status, cue, conf = status_of(trig)
        if status not in ("cancelled", "postponed", "ruled_out") or conf < 0.8:
            continue
        k = sent_index.get(trig.sent.start, 0)
        before = [c for c in out if c.trig.i < trig.i and k - sent_index.get(c.sent.start, 0) <= 1]
        if before:
            c = max(before, key=lambda c: c.trig.i)
            c.statuses.append((status, False, conf))
            c.cues["status"] = f"{cue} (the meeting, later)"
    _propagate_occasions(doc, out, published, dateline_toks)
    _carry_relative_days(out)
    _carry_visits(doc, out, at, people, published, dateline_toks)
    _carry_same_trip(out)
    _carry_presence(doc, out, at, dateline_toks | title_toks)
    return out


_PRESENCE_SUBJECTS = {"both", "they", "minister", "secretary", "president", "leader", "leaders", "ministers", "two", "sides",
                      "delegations", "premier", "chancellor"}


def _carry_presence(doc: Doc, cands: list[Candidate], at: dict, exclude: set[int]):
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
                                found = lookup(pobj.text)
                if found:
                    break
            if found:
                c.place = found
                c.cues["place"] = f"{found.mention} (where the participants will be)"
                break


@dataclass
class _Visit:
    visitor: str  # surname key
    place: PlaceData | None
    date: dates_mod.DateValue | None
    status: str
    conf: float
    cue: str


def _visits(doc: Doc, at: dict, people: People, published: date | None, exclude: set[int]) -> list[_Visit]:
    """"Blinken has postponed a visit to China that had been expected to start on Friday": who travels where,
    when, and what became of the trip (GUIDELINES.md: a visit announced with a meeting in it)."""
    out = []
    for tok in _words(doc, _VISIT_RX):
        arrive = tok.lemma_.lower() == "arrive" and tok.pos_ == "VERB"
        if not arrive and (tok.lemma_.lower() not in ("visit", "trip", "tour", "journey") or tok.pos_ not in ("NOUN", "VERB")):
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
            dest = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "in") for p in c.children if p.dep_ == "pobj"]
        else:
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.i in at and at[subj.i].kind == "person":
                visitor = at[subj.i]
            dest = [c for c in tok.children if c.dep_ == "dobj"] if not arrive else [
                p for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children if p.dep_ == "pobj"]
        if visitor is None or not dest or dest[0].i in exclude:
            continue
        d0 = dest[0]
        place = lookup(" ".join(t.text for t in d0.lefts if t.dep_ == "compound" and t.pos_ == "PROPN") + " " + d0.text) or lookup(d0.text)
        if place is None:
            continue
        status, cue, conf = status_of(tok)
        if status == "ruled_out" or any(c.lower_ == "since" for c in tok.subtree):
            continue  # "has not visited Russia since May 2013": no trip now
        dv = None
        for e in ([] if arrive else sent_ents(tok.sent)):  # "arrived in Tokyo on Tuesday": not the day of the talks
            if e.label_ == "DATE" and tok.i in {a.i for a in e.root.ancestors}:
                dv = dates_mod.resolve(e.text, published, past=status == "held")
                if dv is not None:
                    break
        out.append(_Visit(surname_key(people[visitor.key].name if visitor.key in people else visitor.name or ""),
                          place, dv, status, conf, cue))
    return out


def _carry_visits(doc: Doc, cands: list[Candidate], at: dict, people: People, published: date | None, exclude: set[int]):
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
            if v.place is None or v.place.country not in hosts:
                continue
            if c.place is not None and c.place.country and c.place.country != v.place.country:
                continue  # "the two leaders last met in Brussels": a meeting elsewhere is not the visit's
            if c.place is None or (c.place.kind == "country" and v.place.kind != "country" and c.place.country == v.place.country):
                c.place = v.place
                c.cues["place"] = f"{v.place.mention} (the visit's destination)"
            if c.date is None and v.date is not None:
                c.date = v.date
                c.cues["date"] = f"{v.date.text} (the visit's date)"
            if v.status in ("postponed", "cancelled") and v.conf >= 0.7:
                c.statuses.append((v.status, False, v.conf))
                c.cues["status"] = f"{v.cue} (the visit)"
            break


def _carry_same_trip(cands: list[Candidate]):
    """"Pompeo will also not meet his Iranian counterpart during the trip"; "Putin might receive Kerry in
    Sochi" (Kerry meets Lavrov in Sochi on Tuesday): a meeting of the same traveller on the same trip takes
    the trip's place and date."""
    for c in cands:
        if c.date is not None and c.place is not None:
            continue
        trip = re.search(r"\b(?:during|on|throughout) (?:the|this|that|his|her) (?:trip|visit|tour)\b", c.sent.text, re.I)
        others = [o for o in cands if o is not c and o.date is not None and o.place is not None and o.keys & c.keys
                  and o.mode == c.mode]
        same_place = [o for o in others if c.place is not None and o.place.name == c.place.name]
        if same_place and c.date is None and same_place[0].date.precision == "day":
            o = same_place[0]
            c.date, c.cues["date"] = o.date, f"{o.date.text} (the same trip)"
        elif trip and others:
            o = others[0]
            if c.place is None:
                c.place, c.cues["place"] = o.place, f"{o.place.mention} (the same trip)"
            if c.date is None and c.place.name == o.place.name:
                c.date, c.cues["date"] = o.date, f"{o.date.text} (the same trip)"


def _carry_relative_days(cands: list[Candidate]):
    """"Earlier, the ministers met separately": the day of the meeting reported just before."""
    last: dates_mod.DateValue | None = None
    for c in sorted(cands, key=lambda c: c.sent.start):
        first = next((t for t in c.sent if not (t.is_space or t.is_punct)), None)
        if c.date is None and last is not None and first is not None and first.lower_ in ("earlier", "later", "meanwhile"):
            c.date = last
            c.cues["date"] = f"{first.text} (the day of the meeting reported before)"
        if c.date is not None and c.date.precision == "day":
            last = c.date


_OCCASION_HEADS = ("summit", "forum", "assembly", "conference", "session", "games", "congress", "convention", "ministerial")
_OCCASION_RX = re.compile(r"\b(?:" + "|".join(_OCCASION_HEADS) + r")\b", re.I)
_VISIT_RX = re.compile(r"\b(?:visit|trip|tour|journey|arriv)\w*", re.I)


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once per doc (spaCy joins every token on each access)."""
    text = doc.user_data.get("sidelines_text")
    if text is None:
        text = doc.user_data["sidelines_text"] = doc.text
    return text


def doc_ents(doc: Doc) -> tuple:
    """`doc.ents`, built once per doc (spaCy makes new spans on each access)."""
    ents = doc.user_data.get("sidelines_ents")
    if ents is None:
        ents = doc.user_data["sidelines_ents"] = tuple(doc.ents)
    return ents


def sent_ents(sent: Span) -> list[Span]:
    return [e for e in doc_ents(sent.doc) if e.start >= sent.start and e.end <= sent.end]


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


def _occasion_mentions(doc: Doc, published: date | None, exclude: set[int]) -> list[_Occasion]:
    """Every named occasion of the article with the date and place the article gives for it: "the November
    19-20 APEC summit in Peru", "The APEC summit will be held in Da Nang on November 10-11", "the two-day
    G20 summit began in Hamburg on Friday"."""
    from .places import _occasion_name

    out: list[_Occasion] = []
    for tok in _words(doc, _OCCASION_RX):
        if tok.lower_ not in _OCCASION_HEADS or tok.pos_ not in ("NOUN", "PROPN") or tok.i in exclude:
            continue
        name = _occasion_name(tok)
        key = occasion_key(name) if name else frozenset()
        if not key:
            continue
        sent = tok.sent
        # the verb the occasion is the subject of ("the summit began/will be held ..."), else the occasion itself
        verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else None
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
            if not (inside or (verb is not None and (att == verb or att in verb.conjuncts))):
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
            if not (t.i in {x.i for x in tok.subtree} or (verb is not None and path_ok(t, verb, max_len=4) and t.i > tok.i)):
                continue
            if pl is None or (pl.kind == "country" and p.kind != "country"):
                pl = p
        out.append(_Occasion(name, key, tok.lower_, dv, pl))
    return out


def _propagate_occasions(doc: Doc, cands: list[Candidate], published: date | None, exclude: set[int]):
    """An occasion's date and place carry over to the meetings held on its sidelines (GUIDELINES.md
    "occasion"); a meeting held the same day as an occasion in the article gets that occasion."""
    occasions = _occasion_mentions(doc, published, exclude)
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
                if len({o.key for o in matches}) != 1:
                    matches = []
                elif matches:
                    c.occasion = max((o.name for o in matches), key=len)
            dv = next((o.date for o in matches if o.date is not None and o.date.precision == "day"), None) or next(
                (o.date for o in matches if o.date is not None), None)
            if dv is not None and (c.date is None or c.cues.get("date_from") == "occasion_day"):
                off = _ORDINAL_DAY.get(c.cues.get("occasion_day", ""), 0)
                if dv.precision == "day" and off:
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
            for o in occasions:
                if o.date is not None and o.place is not None and o.date.start == c.date.start and o.date.precision == "day":
                    c.occasion, c.place = o.name, o.place
                    c.cues["occasion"] = f"{o.name} (same day)"
                    break


def _sentence_places(doc: Doc, sent: Span, exclude: set[int] | None = None):
    from .places import candidates as place_cands

    return place_cands(doc, sent, exclude or set())


def _compatible(a: Candidate, b: Candidate) -> bool:
    if a.mode != b.mode:
        return False
    if a.date and b.date:
        if a.date.precision == "day" and b.date.precision == "day" and a.date.start != b.date.start:
            return False
        if (a.date.start.year, a.date.start.month) != (b.date.start.year, b.date.start.month):
            return False
    return not (a.place and b.place and a.place.country and b.place.country and a.place.country != b.place.country)


def _same_setting(a: Candidate, b: Candidate) -> bool:
    """A bilateral and a larger meeting of the same people are one meeting only with evidence: a headline
    summarising it, or the same day or place ("met separately" earlier is another meeting)."""
    if re.search(r"\b(separately|separate)\b", a.sent.text + " " + b.sent.text, re.I):
        return False
    if a.headline or b.headline:
        return True
    if a.date and b.date and a.date.start == b.date.start and a.date.precision == b.date.precision == "day":
        return True
    return bool(a.place and b.place and a.place.name == b.place.name)


def _fallback(d: dates_mod.DateValue | None) -> bool:
    return d is not None and d.reason.startswith("no date of its own")


def _future(s: str) -> bool:
    return s != "held"


def _later_prospect(g: Candidate, c: Candidate) -> bool:
    """An undated "would welcome a meeting", "declined a request for a formal meeting" is not the meeting
    the article reports held on a given day: the pair's next meeting, or one that will not happen."""
    return (
        c.date is None and not c.headline and c.status in ("planned", "possible", "ruled_out")
        and g.date is not None and all(s == "held" for s, _h, _c in g.statuses)
        and not any(t.dep_ == "det" and t.lower_ in ("the", "that", "this") for t in c.trig.children)
    )


def merge(cands: list[Candidate]) -> list[Candidate]:
    groups: list[Candidate] = []
    # dated and placed candidates first so that undated mentions join the right meeting
    order = sorted(cands, key=lambda c: (c.date is None, c.place is None, c.headline))
    for c in order:
        best, best_s = None, -1.0
        for g in groups:
            if not _compatible(g, c):
                continue
            if _later_prospect(g, c):
                continue
            if g.keys == c.keys:
                s = 3.0
            elif (g.keys >= c.keys or c.keys >= g.keys) and len(g.keys & c.keys) >= 2 and _same_setting(g, c):
                s = 1.0
            else:
                continue
            s += 1.0 if _future(g.status) == _future(c.status) else 0.0
            s += 0.5 if (g.date and c.date and g.date.start == c.date.start) else 0.0
            if s > best_s:
                best, best_s = g, s
        if best is None:
            groups.append(c)
            continue
        _absorb(best, c)
    return sorted(groups, key=lambda g: g.sent.start)


def _absorb(g: Candidate, c: Candidate):
    g.statuses.extend(c.statuses)
    if c.score > g.score:
        g.sent, g.trig, g.score, g.headline = c.sent, c.trig, c.score, c.headline
    # fill participants: the larger set wins, keep richer roles
    if len(c.keys) > len(g.keys):
        g.parties, g.keys = c.parties, c.keys
    for p in g.parties:
        if not p.role or not p.country:
            other = next((q for q in c.parties if _party_key(q) == _party_key(p)), None)
            if other:
                p.role = p.role or other.role
                p.country = p.country or other.country
    if (g.date is None or (c.date and g.date.precision != "day" and c.date.precision == "day" and not _fallback(c.date))
            or (c.date and _fallback(g.date) and not _fallback(c.date))) and c.date is not None:
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


FINAL_RANK = {"cancelled": 6, "postponed": 5, "ruled_out": 4, "held": 3, "planned": 2, "possible": 1}


def final_status(c: Candidate) -> str:
    """Conflicting accounts: the most final state the article reports (called off beats planned).

    A status read from a cue ("could", "will", "called off") beats one that only defaulted to held."""
    cued = [s for s, _h, conf in c.statuses if conf >= 0.7] or [s for s, _h, _c in c.statuses]
    return max(cued, key=lambda s: FINAL_RANK[s])


def to_reports(doc: Doc, clean_text: str, groups: list[Candidate], published: date | None) -> list[ReportData]:
    reports = []
    for g in groups:
        status = final_status(g)
        sent = g.sent
        start, end = sent.start_char, sent.end_char
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


def _drop_negated_twins(cands: list[Candidate]) -> list[Candidate]:
    """"X briefly met Y ..., but the two did not hold substantive talks": the negated clause qualifies the
    meeting the same sentence reports held; it is no second meeting that did not happen."""
    held = {(c.sent.start, c.keys) for c in cands if c.status == "held"}
    return [c for c in cands if not (c.status == "ruled_out" and (c.sent.start, c.keys) in held)]


def extract_doc(doc: Doc, clean_text: str, published: date | None) -> list[ReportData]:
    cands = _drop_negated_twins(candidates_for(doc, published))
    return to_reports(doc, clean_text, merge(cands), published)
