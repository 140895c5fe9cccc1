"""A candidate report: what one trigger says of a meeting, before the article's candidates are merged.

`reports.candidates_for` makes them, `carry` fills in what their sentence leaves out and `merging`
folds those of one meeting into one. `doc_text`, `doc_ents` and `sent_ents` keep, once per doc, what
spaCy rebuilds on every access.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from meetings.types import PartyData, PlaceData

from . import dates as dates_mod


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
    previous: bool = False  # "had last met", "previously met": an earlier meeting than the one reported
    supporting: bool = False  # a handshake in a caption: it corroborates a meeting the article reports, no more
    joined: list[PartyData] = field(default_factory=list)  # "X and Y also attended the meeting": added after merging
    history: bool = False  # "have not met since December": no meeting of its own, but the pair a next clause speaks of
    widened: bool = False  # "A trilateral meeting with Zelensky": the pair just reported and a third, another meeting than the pair's


def is_previous(trig: Token) -> bool:
    """"The two had last met in Paris", "previously met", "their first meeting since they met in Bali", "since
    meeting in Bali": the trigger speaks of an earlier meeting."""
    if trig.dep_ == "pcomp" and trig.head.lower_ == "since":
        return True
    if trig.dep_ in ("relcl", "advcl") and trig.head.dep_ == "pobj" and trig.head.head.lower_ == "since" \
            and any(c.lower_ == "when" for c in trig.children):
        return True  # "the first round since June 22, when Borrell hosted the two leaders": the meeting counted from
    return any((c.dep_ == "advmod" and c.lower_ in ("last", "previously")) or (c.dep_ == "mark" and c.lower_ == "since")
               for c in trig.children)


def definite(trig: Token, also: tuple[str, ...] = ()) -> bool:
    """"the meeting", "this summit", "Monday's meeting": a meeting named before (and, with also=("no",), "no meeting")."""
    return any(c.dep_ == "det" and (c.lower_ in ("the", "this", "that") or c.lower_ in also)
               or c.dep_ == "poss" and c.ent_type_ == "DATE" and c.lower_ not in ("today", "tomorrow") for c in trig.children)


# a dateline's place in capitals: "MOSCOW (Sputnik) —", "SOCHI, May 12. /TASS/.", "ST. JOHN'S, Antigua (AP) —"
DATELINE = re.compile(r"^\s*([A-Z][A-Z.'’-]+(?:[ /][A-Z][A-Z.'’-]+)*)(?=\s*(?:,|\(|/|—|–|-{1,2}|:)|\s*$)")
QUOTE_MARKS = re.compile(r'["“”]')  # the quote marks statements and quotes are delimited by


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
        ents = doc.user_data["sidelines_ents"] = tuple(_whole_day_ranges(doc))
    return ents


def _whole_day_ranges(doc: Doc) -> list[Span]:
    """The entities, a range of days the model cut in two made whole: "from 13-14 July 2023" tagged "13" (a number) and
    "14 July 2023" (a date) is one date."""
    out = list(doc.ents)
    for k, e in enumerate(out):
        if e is None:
            continue
        if e.label_ == "DATE" and e.start >= 2 and e[0].like_num and doc[e.start - 1].text in ("-", "–", "to", "and") \
                and doc[e.start - 2].like_num and len(doc[e.start - 2].text) <= 2 and k > 0 and out[k - 1] is not None \
                and out[k - 1].end == e.start - 1 and out[k - 1].label_ == "CARDINAL" and len(out[k - 1]) == 1:
            out[k - 1], out[k] = None, Span(doc, e.start - 2, e.end, label="DATE")
        elif e.label_ == "DATE" and e[-1].like_num and e.end + 1 < len(doc) and doc[e.end].text in ("-", "–", "to", "and") \
                and k + 1 < len(out) and out[k + 1] is not None and out[k + 1].start == e.end + 1 and out[k + 1].label_ == "CARDINAL" \
                and len(out[k + 1]) == 1 and len(out[k + 1].text) <= 2 and int(e[-1].text) < int(out[k + 1].text) <= 31:
            out[k], out[k + 1] = Span(doc, e.start, e.end + 2, label="DATE"), None  # ("between June 3 and 5")
        elif e.label_ == "DATE" and len(e) == 1 and len(e.text) == 4 and e.text.isdigit() and e.end < len(doc) \
                and doc[e.end].lower_ in _CLOCK_ZONES:
            out[k] = Span(doc, e.start, e.end + 1, label="TIME")  # "at 1930 GMT": a time of day, not the year 1930
    return [e for e in out if e is not None]


_CLOCK_ZONES = {z.lower() for z in dates_mod.CLOCK_ZONES}


def sent_ents(sent: Span) -> list[Span]:
    return [e for e in doc_ents(sent.doc) if e.start >= sent.start and e.end <= sent.end]
