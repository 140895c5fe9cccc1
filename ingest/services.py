"""Getting articles in and turning them into reports: the ingest side's write workflows."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import time
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import DatabaseError, IntegrityError, InterfaceError, OperationalError, connection, transaction
from django.db.models import Exists, F, OuterRef, Q
from django.utils import timezone

from ingest.articles import canonical_url, content_hash, parse_published
from meetings.models import Article, Report
from meetings.services import article_record_reports
from meetings.services.people import PeopleCache

logger = logging.getLogger(__name__)

URL_SCHEMES = ("http", "https", "urn")  # urn: names an article that has no web address (FORMAT.md samples)
MAX_TEXT_BYTES = 2 * 1024 * 1024  # a bigger body is refused: nothing that size is a news article


class ArticleRejected(ValueError):
    """The submission cannot be stored as an article; the message says why."""


@dataclass
class Submitted:
    article: Article
    created: bool


def _check_body(text: str, html: str, url: str | None) -> None:
    if not (text or "").strip() and not (html or "").strip():
        if not url:
            raise ArticleRejected("the article has no text, no html and no url: give at least one")
        if not url.lower().startswith(("http://", "https://")):
            raise ArticleRejected("an article given only by its url needs an http or https url")
    for name, body in (("text", text), ("html", html)):
        if body and len(body.encode("utf-8", "replace")) > MAX_TEXT_BYTES:
            raise ArticleRejected(f"{name} is larger than {MAX_TEXT_BYTES // 1024 // 1024} MiB")
        if body and "\x00" in body:
            raise ArticleRejected(f"{name} holds binary data (NUL bytes)")


def url_placeholder_hash(url: str) -> str:
    """The content hash of an article known only by its URL until it is fetched.

    `content_hash` is required and unique; a hash of the URL (in its own namespace, so it cannot equal
    a body's hash) holds the place and is replaced by the body's hash once the page is fetched.
    """
    return hashlib.sha256(f"url-placeholder\x00{url}".encode()).hexdigest()


def article_validate(
    *, url: str | None = None, title: str = "", published=None, outlet: str = "", text: str = "", html: str = ""
) -> None:
    """Raise ArticleRejected, with a message a user can act on, when `article_submit` would refuse these fields."""
    url = canonical_url(url)
    if url and url.split(":", 1)[0].lower() not in URL_SCHEMES:
        # a javascript: or data: "url" would become a link on our pages
        raise ArticleRejected("url must be an http, https or urn URL")
    _check_body(text or "", html or "", url)
    if url and len(url) > 2000:
        raise ArticleRejected("url is longer than 2000 characters")
    try:
        parse_published(published)
    except ValueError as exc:
        raise ArticleRejected(str(exc)) from None


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

    The same article again (same canonical URL or same content) is the existing one. An article given
    only by its URL is stored first, with a placeholder hash; the worker fetches it (`article_fetch`).
    """
    text, html = text or "", html or ""
    article_validate(url=url, published=published, text=text, html=html)
    url = canonical_url(url)
    published_date, precision = parse_published(published)
    digest = content_hash(text=text, html=html) if (text.strip() or html.strip()) else url_placeholder_hash(url)
    article = Article(
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
    if not _insert_unless_known(article):
        # the same URL or content is stored already (or another submission of it has just won the race)
        existing = _find_existing(url, digest)
        if existing is None:
            raise IntegrityError(f"article {url or digest} was neither stored nor found")
        return Submitted(existing, False)
    if queue:
        article_queue(article_id=article.pk)
    return Submitted(article, True)


def _insert_unless_known(article: Article) -> bool:
    """Store a new article in one statement, `INSERT ... ON CONFLICT DO NOTHING RETURNING id` (PostgreSQL and
    SQLite 3.35+): True with `article.pk` set, or False when its URL or content hash is another article's. One
    round trip where a look-up, a savepoint, the insert and its release took four."""
    meta = Article._meta
    fields = [f for f in meta.concrete_fields if not f.primary_key]
    values = [f.get_db_prep_save(f.pre_save(article, True), connection=connection) for f in fields]
    qn = connection.ops.quote_name
    sql = (f"INSERT INTO {qn(meta.db_table)} ({', '.join(qn(f.column) for f in fields)}) "
           f"VALUES ({', '.join(['%s'] * len(fields))}) ON CONFLICT DO NOTHING RETURNING {qn(meta.pk.column)}")
    with connection.cursor() as cursor:
        cursor.execute(sql, values)
        row = cursor.fetchone()
    if row is None:
        return False
    article.pk = row[0]
    article._state.adding, article._state.db = False, connection.alias
    return True


def _find_existing(url: str | None, digest: str) -> Article | None:
    match = Q(content_hash=digest)
    if url:
        match |= Q(url=url)
    return Article.objects.filter(match).order_by("pk").first()


def article_needs_fetch(article: Article) -> bool:
    return not article.text and not article.html and bool(article.url)


def article_fetch(*, article_id: int) -> Article:
    """Fetch the page of an article known only by its URL and store its body and real content hash.

    Raises FetchError (see `transient`) when the page cannot be had, and ArticleRejected when its
    content is already another article's: that article stands, this one is failed by the caller.
    """
    from ingest.fetch import fetch_article_fields

    article = Article.objects.get(pk=article_id)
    fields = fetch_article_fields(article.url)
    text, html = fields.get("text", ""), fields.get("html", "")
    _check_body(text, html, None)
    digest = content_hash(text=text, html=html)
    try:
        with transaction.atomic():
            updated = Article.objects.filter(pk=article_id, content_hash=article.content_hash).update(
                text=text,
                html=html,
                title=article.title or fields.get("title", "")[:500],
                content_hash=digest,
                updated_at=timezone.now(),
            )
    except IntegrityError:
        other = Article.objects.filter(content_hash=digest).exclude(pk=article_id).values_list("pk", flat=True).first()
        raise ArticleRejected(f"the page at {article.url} has the same content as article {other}") from None
    if not updated:
        raise ArticleRejected("the article changed while it was being fetched")
    article.refresh_from_db()
    return article


def tasks_run_inline() -> bool:
    """True when no broker is configured: tasks run in this process (the embedded default)."""
    from config.celery import app

    return bool(app.conf.task_always_eager)


# After a failed send, further sends from this process are skipped for a while: a request submitting
# 100 articles must not wait on a dead broker 100 times. The articles are stored; the sweeper queues them.
BROKER_BACKOFF_SECONDS = 30.0
_broker_down_until = 0.0


def article_queue(*, article_id: int) -> None:
    """Queue processing once the surrounding transaction commits.

    A broker that is down is logged, not raised: the article is stored and the sweeper re-queues it.
    """
    from ingest.tasks import process_article

    def send():
        global _broker_down_until
        if time.monotonic() < _broker_down_until:
            logger.info("article %s stored; not queued while the broker is down (the sweeper will)", article_id)
            return
        try:
            process_article.delay(article_id)
        except Exception as exc:  # kombu raises several types for an unreachable broker
            _broker_down_until = time.monotonic() + BROKER_BACKOFF_SECONDS
            logger.warning("article %s stored but not queued (%s); the sweeper will retry", article_id, exc)

    transaction.on_commit(send)


BATCH_SIZE = 32  # articles that go through spaCy together in one task


def articles_queue(*, article_ids: list[int]) -> None:
    """Queue several articles once the surrounding transaction commits, in batches that share one
    `nlp.pipe` pass in the worker. A broker that is down is logged, as in `article_queue`."""
    from ingest.tasks import process_article, process_articles

    ids = list(article_ids)

    def send():
        global _broker_down_until
        if time.monotonic() < _broker_down_until:
            logger.info("%d articles stored; not queued while the broker is down (the sweeper will)", len(ids))
            return
        try:
            for start in range(0, len(ids), BATCH_SIZE):
                chunk = ids[start : start + BATCH_SIZE]
                if len(chunk) == 1:
                    process_article.delay(chunk[0])
                else:
                    process_articles.delay(chunk)
        except Exception as exc:  # kombu raises several types for an unreachable broker
            _broker_down_until = time.monotonic() + BROKER_BACKOFF_SECONDS
            logger.warning("%d articles stored but not queued (%s); the sweeper will retry", len(ids), exc)

    if ids:
        transaction.on_commit(send)


def article_claim(*, article_id: int) -> bool:
    """Take a pending article for processing; False when another worker got there first."""
    return bool(
        Article.objects.filter(pk=article_id, state=Article.State.PENDING).update(
            state=Article.State.PROCESSING, state_changed_at=timezone.now(), attempts=F("attempts") + 1
        )
    )


def articles_claim(*, article_ids: list[int]) -> list[int]:
    """Take the pending ones of these articles for processing, in two statements; those another worker
    holds or has taken are left out (rows locked by another worker are skipped, not waited for)."""
    skip = connection.features.has_select_for_update_skip_locked
    with transaction.atomic():
        ids = list(
            Article.objects.select_for_update(skip_locked=skip)
            .filter(pk__in=article_ids, state=Article.State.PENDING)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        if ids:
            Article.objects.filter(pk__in=ids).update(
                state=Article.State.PROCESSING, state_changed_at=timezone.now(), attempts=F("attempts") + 1
            )
    return ids


def _extraction_input(article: Article) -> dict:
    limit = settings.INGEST_MAX_TEXT_CHARS
    return {
        "text": article.text[: limit * 2] if article.text else None,
        "html": article.html[: limit * 4] if article.html else None,
        "title": article.title or None,
        "published": article.published,
        "published_precision": article.published_precision,
    }


def article_process(*, article_id: int) -> Article:
    """Fetch (when known only by URL), clean, extract and record one claimed article's reports; mark it done."""
    from ingest import nlp

    article = Article.objects.get(pk=article_id)
    if article_needs_fetch(article):
        article = article_fetch(article_id=article_id)
    result = nlp.extract_article(**_extraction_input(article))
    return article_store_result(article=article, result=result)


_DONE_FIELDS = ["clean_text", "extractor_version", "error", "state", "state_changed_at", "processed_at", "updated_at"]


def _mark_done(article: Article, result) -> None:
    """Set the article's fields for a finished extraction (not saved)."""
    article.clean_text = result.clean_text
    article.extractor_version = result.extractor_version
    article.error = f"skipped: {result.skipped}" if result.skipped else ""
    article.state = Article.State.DONE
    article.state_changed_at = article.processed_at = article.updated_at = timezone.now()


def _nothing_to_record(article: Article, result) -> bool:
    """No report now and none recorded before (the batch read that with the article): only the article's row
    changes -- most articles of a feed report no meeting."""
    return not result.reports and getattr(article, "recorded", True) is False


def article_store_result(*, article: Article, result, cache: PeopleCache | None = None) -> Article:
    """Replace the article's reports with this extraction's and mark it done, in one transaction.

    `cache`: the people and places read for earlier articles of the same batch."""
    _mark_done(article, result)
    if _nothing_to_record(article, result):
        # one statement, no transaction, no row lock
        Article.objects.filter(pk=article.pk).update(**{f: getattr(article, f) for f in _DONE_FIELDS})
    else:
        with transaction.atomic():
            article_record_reports(article=article, result=result, cache=cache)
            article.save(update_fields=_DONE_FIELDS)
    if result.skipped:
        logger.info("article %s skipped: %s", article.pk, result.skipped)
    return article


def _articles_store_quiet(articles: list[tuple[Article, object]]) -> None:
    """Articles with nothing to record (`_nothing_to_record`), all marked done in one statement."""
    for article, result in articles:
        _mark_done(article, result)
    Article.objects.bulk_update([a for a, _ in articles], _DONE_FIELDS)
    for article, result in articles:
        if result.skipped:
            logger.info("article %s skipped: %s", article.pk, result.skipped)


def article_fail(*, article_id: int, error: str) -> None:
    Article.objects.filter(pk=article_id).update(
        state=Article.State.FAILED, error=error[:5000], state_changed_at=timezone.now()
    )
    logger.error("article %s failed: %s", article_id, error)


def article_release(*, article_id: int, error: str = "") -> None:
    """Give a claimed article back (a transient error): it is pending again for the retry."""
    Article.objects.filter(pk=article_id, state=Article.State.PROCESSING).update(
        state=Article.State.PENDING, state_changed_at=timezone.now(), error=error[:5000]
    )


def articles_reprocess(
    *, article_ids=None, outdated: bool = False, everything: bool = False, queue: bool = True
) -> list[int]:
    """Put chosen articles (those ids, those made by an older extractor, or all) back to pending.

    With `queue`, each is queued after commit; without, the caller processes them
    (`articles_process_batch`). Articles being processed right now are left alone. Their old reports
    stay until the new extraction replaces them, in one transaction.
    """
    from ingest.nlp import EXTRACTOR_VERSION

    if article_ids is None and not outdated and not everything:
        raise ValueError("choose articles: ids, outdated or everything")
    qs = Article.objects.exclude(state=Article.State.PROCESSING)
    if article_ids is not None:
        qs = qs.filter(pk__in=list(article_ids))
    if outdated:
        qs = qs.exclude(extractor_version=EXTRACTOR_VERSION)
    with transaction.atomic():
        ids = list(qs.order_by("pk").values_list("pk", flat=True))
        Article.objects.filter(pk__in=ids).exclude(state=Article.State.PROCESSING).update(
            state=Article.State.PENDING, state_changed_at=timezone.now(), error="", attempts=0
        )
        if queue:
            for pk in ids:
                article_queue(article_id=pk)
    return ids


def articles_sweep(*, stuck_after_seconds: int | None = None) -> list[int]:
    """Re-queue articles stuck in pending or processing (broker down at submit, worker killed).

    Each is moved with a conditional update, so two sweepers never queue the same article twice;
    an article that has used up its attempts is failed instead.
    """
    seconds = settings.INGEST_STUCK_AFTER_SECONDS if stuck_after_seconds is None else stuck_after_seconds
    cutoff = timezone.now() - timedelta(seconds=seconds)
    stuck = list(Article.objects.stuck(cutoff).values_list("pk", "attempts"))
    requeued = []
    for pk, attempts in stuck:
        if attempts >= settings.INGEST_MAX_ATTEMPTS:
            n = Article.objects.stuck(cutoff).filter(pk=pk).update(
                state=Article.State.FAILED, error=f"gave up after {attempts} attempts", state_changed_at=timezone.now()
            )
            if n:
                logger.error("article %s failed: gave up after %s attempts", pk, attempts)
            continue
        n = Article.objects.stuck(cutoff).filter(pk=pk).update(state=Article.State.PENDING, state_changed_at=timezone.now())
        if n:
            requeued.append(pk)
    if requeued:
        articles_queue(article_ids=requeued)
        logger.info("sweeper re-queued %d articles", len(requeued))
    return requeued


def articles_process_batch(*, article_ids: list[int]) -> dict[str, int]:
    """Process several articles in this process, their texts going through spaCy together (nlp.pipe).

    Articles another worker holds are left to it. An article that cannot be fetched for now goes back
    to pending (the sweeper retries it); one that cannot be fetched at all is failed with the reason.
    """
    from ingest import nlp
    from ingest.fetch import FetchError

    counts = {"done": 0, "failed": 0, "skipped": 0, "retry": 0}
    claimed = articles_claim(article_ids=article_ids)
    articles = []
    # `recorded`: whether an earlier run left reports, so that an article with nothing to record now is stored
    # in one statement (article_store_result)
    recorded = Exists(Report.objects.filter(article=OuterRef("pk")))
    for article in Article.objects.filter(pk__in=claimed).annotate(recorded=recorded).order_by("pk"):
        if article_needs_fetch(article):
            try:
                article = article_fetch(article_id=article.pk)
            except FetchError as exc:
                if exc.transient:
                    article_release(article_id=article.pk, error=str(exc))
                    counts["retry"] += 1
                else:
                    article_fail(article_id=article.pk, error=str(exc))
                    counts["failed"] += 1
                continue
            except ArticleRejected as exc:
                article_fail(article_id=article.pk, error=str(exc))
                counts["failed"] += 1
                continue
        articles.append(article)
    items = [_extraction_input(a) for a in articles]
    try:
        results = nlp.extract_many(items)
    except Exception:
        logger.exception("batch extraction failed; falling back to one article at a time")
        results = [None] * len(articles)
    cache = PeopleCache()
    quiet = []
    for article, item, result in zip(articles, items, results, strict=True):
        try:
            if result is None:
                result = nlp.extract_article(**item)
            if _nothing_to_record(article, result):
                quiet.append((article, result))
                continue
            try:
                article_store_result(article=article, result=result, cache=cache)
            except (OperationalError, InterfaceError):
                raise
            except (IntegrityError, DatabaseError) as exc:
                # a person or place read for an earlier article was merged or deleted by a curator meanwhile:
                # read everything again, once
                logger.info("article %s: %s; recorded again with a fresh look-up", article.pk, exc)
                cache = PeopleCache()
                article_store_result(article=article, result=result, cache=cache)
            counts["skipped" if result.skipped else "done"] += 1
        except (OperationalError, InterfaceError) as exc:  # the database blinked: pending again for the sweeper
            _release(article, exc)
            counts["retry"] += 1
        except Exception as exc:
            logger.exception("article %s failed", article.pk)
            article_fail(article_id=article.pk, error=f"{type(exc).__name__}: {exc}")
            counts["failed"] += 1
    if quiet:
        try:
            _articles_store_quiet(quiet)
            for _article, result in quiet:
                counts["skipped" if result.skipped else "done"] += 1
        except (OperationalError, InterfaceError) as exc:
            for article, _result in quiet:
                _release(article, exc)
            counts["retry"] += len(quiet)
    return counts


def _release(article: Article, exc: Exception) -> None:
    logger.warning("article %s: %s; left for the sweeper", article.pk, exc)
    # if even that fails, the article stays processing and the sweeper takes it back later
    with contextlib.suppress(OperationalError, InterfaceError):
        article_release(article_id=article.pk, error=f"{type(exc).__name__}: {exc}")
