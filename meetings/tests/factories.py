"""Builders for tests: articles and hand-made extraction results, no spaCy model needed."""

from __future__ import annotations

import itertools
from datetime import date

from meetings.models import Article
from meetings.services import article_record_reports
from meetings.types import ExtractionResult, PartyData, PlaceData, ReportData

_n = itertools.count(1)


def make_article(*, published: date | None = date(2016, 11, 15), url: str | None = None, title: str = "", text: str = "", **kw) -> Article:
    n = next(_n)
    return Article.objects.create(
        url=url if url is not None else f"https://news.example/{n}",
        content_hash=f"hash-{n}",
        title=title or f"Article {n}",
        published=published,
        text=text or f"text {n}",
        state=kw.pop("state", Article.State.DONE),
        **kw,
    )


def party(name: str | None, country: str = "", role: str = "") -> PartyData:
    return PartyData(name=name, country=country, role=role)


LAVROV = ("Sergey Lavrov", "RU", "Foreign Minister")
KERRY = ("John Kerry", "US", "Secretary of State")


def report(
    *people: tuple,
    status: str = "held",
    start: date | None = None,
    end: date | None = None,
    precision: str = "day",
    place: tuple[str, str, str] | None = None,  # (name, country, kind)
    occasion: str = "",
    evidence: str = "They met.",
    mode: str = "in_person",
    confidence: float = 0.9,
) -> ReportData:
    people = people or (LAVROV, KERRY)
    return ReportData(
        status=status,
        mode=mode,
        participants=[party(*p) if isinstance(p, tuple) else party(p) for p in people],
        start_date=start,
        end_date=end or start,
        date_precision=precision if start else "unknown",
        place=PlaceData(name=place[0], country=place[1], kind=place[2]) if place else None,
        occasion=occasion,
        evidence=evidence,
        evidence_start=0,
        evidence_end=len(evidence),
        confidence=confidence,
    )


def record(article: Article, *reports: ReportData, version: str = "test-1"):
    return article_record_reports(
        article=article, result=ExtractionResult(clean_text=article.text, reports=list(reports), extractor_version=version)
    )
