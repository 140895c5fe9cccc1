"""Getting articles in and turning them into reports: the ingest side's write workflows."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone

from ingest.articles import canonical_url, content_hash, parse_published
from meetings.models import Article
from meetings.services import article_record_reports

logger = logging.getLogger(__name__)

MAX_TEXT_BYTES = 2 * 1024 * 1024  # a bigger body is refused: nothing that size is a news article


class ArticleRejected(ValueError):
    """The submission cannot be stored as an article; the message says why."""


@dataclass
class Submitted:
    article: Article
    created: bool


def _check_body(text: str, html: str) -> None:
    if not (text or "").strip() and not (html or "").strip():
        raise ArticleRejected("the article has neither text nor html")
    for name, body in (("text", text), ("html", html)):
        if body and len(body.encode("utf-8", "replace")) > MAX_TEXT_BYTES:
            raise ArticleRejected(f"{name} is larger than {MAX_TEXT_BYTES // 1024 // 1024} MiB")
        if body and "\x00" in body:
            raise ArticleRejected(f"{name} holds binary data (NUL bytes)")


def article_submit(
    *,
    url: str | None = None,
    title: str = "",
    published=None,
    outlet: str = "",
    text: str = "",
    html: str = "",
    source: str = "api",
    queue: bool = True,
) -> Submitted:
    """Store an article (pending) unless it is already known, and queue its processing after commit.

    The same article again (same canonical URL or same content) is the existing one.
    """
    text, html = text or "", html or ""
    _check_body(text, html)
    try:
        published_date, precision = parse_published(published)
    except ValueError as exc:
        raise ArticleRejected(str(exc)) from None
    url = canonical_url(url)
    digest = content_hash(text=text, html=html)
    existing = _find_existing(url, digest)
    if existing:
        return Submitted(existing, False)
    try:
        with transaction.atomic():
            article = Article.objects.create(
                url=url,
                content_hash=digest,
                title=(title or "")[:500],
                outlet=(outlet or "")[:200],
                published=published_date,
                published_precision=precision,
                text=text,
                html=html,
                source=source,
                state=Article.State.PENDING,
                state_changed_at=timezone.now(),
            )
    except IntegrityError:
        # another submission of the same article won the race
        existing = _find_existing(url, digest)
        if existing is None:
            raise
        return Submitted(existing, False)
    if queue:
        article_queue(article_id=article.pk)
    return Submitted(article, True)


def _find_existing(url: str | None, digest: str) -> Article | None:
    match = Q(content_hash=digest)
    if url:
        match |= Q(url=url)
    return Article.objects.filter(match).order_by("pk").first()


def tasks_run_inline() -> bool:
    """True when no broker is configured: tasks run in this process (the embedded default)."""
    from config.celery import app

    return bool(app.conf.task_always_eager)


def article_queue(*, article_id: int) -> None:
    """Queue processing once the surrounding transaction commits.

    A broker that is down is logged, not raised: the article is stored and the sweeper re-queues it.
    """
    from ingest.tasks import process_article

    def send():
        try:
            process_article.delay(article_id)
        except Exception as exc:  # kombu raises several types for an unreachable broker
            logger.warning("article %s stored but not queued (%s); the sweeper will retry", article_id, exc)

    transaction.on_commit(send)


def article_claim(*, article_id: int) -> bool:
    """Take a pending article for processing; False when another worker got there first."""
    return bool(
        Article.objects.filter(pk=article_id, state=Article.State.PENDING).update(
            state=Article.State.PROCESSING, state_changed_at=timezone.now(), attempts=F("attempts") + 1
        )
    )


def article_process(*, article_id: int) -> Article:
    """Clean, extract and record one claimed article's reports; mark it done or failed."""
    from ingest import nlp

    article = Article.objects.get(pk=article_id)
    limit = settings.INGEST_MAX_TEXT_CHARS
    result = nlp.extract_article(
        text=article.text[: limit * 2] if article.text else None,
        html=article.html[: limit * 4] if article.html else None,
        title=article.title or None,
        published=article.published,
        published_precision=article.published_precision,
    )
    return article_store_result(article=article, result=result)


def article_store_result(*, article: Article, result) -> Article:
    with transaction.atomic():
        article_record_reports(article=article, result=result)
        article.clean_text = result.clean_text
        article.extractor_version = result.extractor_version
        article.error = f"skipped: {result.skipped}" if result.skipped else ""
        article.state = Article.State.DONE
        article.state_changed_at = article.processed_at = timezone.now()
        article.save(update_fields=["clean_text", "extractor_version", "error", "state", "state_changed_at", "processed_at", "updated_at"])
    if result.skipped:
        logger.info("article %s skipped: %s", article.pk, result.skipped)
    return article


def article_fail(*, article_id: int, error: str) -> None:
    Article.objects.filter(pk=article_id).update(
        state=Article.State.FAILED, error=error[:5000], state_changed_at=timezone.now()
    )
    logger.error("article %s failed: %s", article_id, error)


def article_release(*, article_id: int) -> None:
    """Give a claimed article back (a transient error): it is pending again for the retry."""
    Article.objects.filter(pk=article_id, state=Article.State.PROCESSING).update(
        state=Article.State.PENDING, state_changed_at=timezone.now()
    )


def articles_reprocess(*, article_ids=None, outdated: bool = False, queue: bool = True) -> list[int]:
    """Put chosen articles (or those made by an older extractor) back to pending and queue them."""
    from ingest.nlp import EXTRACTOR_VERSION

    qs = Article.objects.exclude(state=Article.State.PROCESSING)
    if article_ids is not None:
        qs = qs.filter(pk__in=article_ids)
    if outdated:
        qs = qs.exclude(extractor_version=EXTRACTOR_VERSION)
    ids = list(qs.values_list("pk", flat=True))
    with transaction.atomic():
        Article.objects.filter(pk__in=ids).update(state=Article.State.PENDING, state_changed_at=timezone.now(), error="")
        if queue:
            for pk in ids:
                article_queue(article_id=pk)
    return ids


def articles_sweep() -> list[int]:
    """Re-queue articles stuck in pending or processing (broker down at submit, worker killed)."""
    cutoff = timezone.now() - timedelta(seconds=settings.INGEST_STUCK_AFTER_SECONDS)
    stuck = list(Article.objects.stuck(cutoff).values_list("pk", "attempts"))
    requeued = []
    for pk, attempts in stuck:
        if attempts >= settings.INGEST_MAX_ATTEMPTS:
            article_fail(article_id=pk, error=f"gave up after {attempts} attempts")
            continue
        with transaction.atomic():
            n = Article.objects.filter(pk=pk, state__in=["pending", "processing"], state_changed_at__lt=cutoff).update(
                state=Article.State.PENDING, state_changed_at=timezone.now()
            )
            if n:
                article_queue(article_id=pk)
                requeued.append(pk)
    if requeued:
        logger.info("sweeper re-queued %d articles", len(requeued))
    return requeued


def articles_process_batch(*, article_ids: list[int]) -> dict[str, int]:
    """Process several articles in-process, their texts going through spaCy together (nlp.pipe)."""
    from ingest import nlp

    counts = {"done": 0, "failed": 0, "skipped": 0}
    claimed = [pk for pk in article_ids if article_claim(article_id=pk)]
    articles = list(Article.objects.filter(pk__in=claimed).order_by("pk"))
    limit = settings.INGEST_MAX_TEXT_CHARS
    items = [
        {
            "text": a.text[: limit * 2] if a.text else None,
            "html": a.html[: limit * 4] if a.html else None,
            "title": a.title or None,
            "published": a.published,
            "published_precision": a.published_precision,
        }
        for a in articles
    ]
    try:
        results = nlp.extract_many(items)
    except Exception:
        logger.exception("batch extraction failed; falling back to one article at a time")
        results = [None] * len(articles)
    for article, result in zip(articles, results):
        try:
            if result is None:
                result = nlp.extract_article(**items[articles.index(article)])
            article_store_result(article=article, result=result)
            counts["skipped" if result.skipped else "done"] += 1
        except Exception as exc:
            logger.exception("article %s failed", article.pk)
            article_fail(article_id=article.pk, error=f"{type(exc).__name__}: {exc}")
            counts["failed"] += 1
    return counts
