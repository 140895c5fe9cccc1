"""Plain data handed from extraction to the meetings services.

Nothing here imports Django or spaCy: `ingest.nlp` builds these, `meetings.services` stores them,
and tests build them by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

STATUSES = ("possible", "planned", "held", "postponed", "cancelled", "ruled_out")
MODES = ("in_person", "phone", "video")
PRECISIONS = ("day", "month", "year", "unknown")


@dataclass
class PartyData:
    """One participant as an article reports it.

    A named person has `name` (the fullest form found in the article); an unnamed party known only by
    country ("the foreign ministers of Qatar") has `name=None` and `country` set.
    """

    name: str | None
    role: str = ""
    country: str = ""  # ISO 3166-1 alpha-2, upper case, "" when unknown
    aliases: list[str] = field(default_factory=list)  # other spellings of the same person in the article
    mention: str = ""  # the words in the evidence that named this party


@dataclass
class PlaceData:
    name: str
    country: str = ""  # ISO alpha-2
    kind: str = "city"  # city | country | venue | region
    latitude: float | None = None
    longitude: float | None = None
    geonameid: int | None = None
    mention: str = ""


@dataclass
class ReportData:
    """One article's account of one meeting."""

    status: str = "held"
    mode: str = "in_person"
    participants: list[PartyData] = field(default_factory=list)
    start_date: date | None = None
    end_date: date | None = None
    date_precision: str = "unknown"
    date_text: str = ""  # the words the date was read from
    date_reason: str = ""  # why a fallback decided, when one did
    place: PlaceData | None = None
    occasion: str = ""
    topic: str = ""
    evidence: str = ""  # the sentence that best reports the meeting, copied exactly from clean text
    evidence_start: int = 0  # character offsets of `evidence` in the article's clean text
    evidence_end: int = 0
    cues: dict[str, str] = field(default_factory=dict)  # field -> the words that decided it
    confidence: float = 0.5


@dataclass
class ExtractionResult:
    """Everything extraction says about one article."""

    clean_text: str
    reports: list[ReportData] = field(default_factory=list)
    language: str = "en"
    skipped: str = ""  # non-empty: why the article was not analysed (other language, no text, ...)
    extractor_version: str = ""
