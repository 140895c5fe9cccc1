"""Celery tasks: thin. Each takes ids, claims the rows, calls one service and owns only retry policy."""

import logging

from celery import shared_task
from django.db import InterfaceError, OperationalError, close_old_connections

from ingest import feeds, services
from ingest.fetch import FetchError

logger = logging.getLogger(__name__)

MAX_RETRIES = 5


def _transient(exc: Exception) -> bool:
    """Worth trying again later: the database went away, or the page's server is down or slow."""
    return isinstance(exc, OperationalError | InterfaceError) or (isinstance(exc, FetchError) and exc.transient)


@shared_task(
    name="ingest.process_article", bind=True, acks_late=True, max_retries=MAX_RETRIES, soft_time_limit=300, time_limit=330
)
def process_article(self, article_id: int) -> str:
    if not services.article_claim(article_id=article_id):
        return "not pending: claimed elsewhere, done or gone"
    try:
        services.article_process(article_id=article_id)
    except Exception as exc:
        message = f"{type(exc).__name__}: {exc}" if not isinstance(exc, FetchError | services.ArticleRejected) else str(exc)
        if _transient(exc) and self.request.retries < self.max_retries:
            try:
                services.article_release(article_id=article_id, error=message)
            except (OperationalError, InterfaceError):
                # the database is still away: the row stays "processing" and the sweeper re-queues it
                logger.warning("article %s: could not release it (%s); leaving it to the sweeper", article_id, message)
                close_old_connections()
            raise self.retry(exc=exc, countdown=min(5 * 2**self.request.retries, 300)) from exc
        if not _transient(exc) and not isinstance(exc, FetchError | services.ArticleRejected):
            logger.exception("article %s failed", article_id)
        # a bug, bad input, a refused URL, or retries used up: recorded on the article, not retried
        services.article_fail(article_id=article_id, error=message)
        return "failed"
    return "done"


@shared_task(name="ingest.process_articles", acks_late=True, soft_time_limit=1800, time_limit=1860)
def process_articles(article_ids: list[int]) -> dict:
    """Several articles through spaCy together (nlp.pipe): for reprocessing and bulk loads."""
    return services.articles_process_batch(article_ids=article_ids)


@shared_task(name="ingest.sweep_articles", acks_late=True)
def sweep_articles() -> int:
    return len(services.articles_sweep())


@shared_task(name="ingest.poll_feeds", acks_late=True)
def poll_feeds() -> int:
    """Queue a poll of every feed that is due."""
    due = feeds.feeds_due_ids()
    for feed_id in due:
        poll_feed.delay(feed_id)
    return len(due)


@shared_task(name="ingest.poll_feed", acks_late=True, soft_time_limit=120, time_limit=150)
def poll_feed(feed_id: int) -> dict:
    return feeds.feed_poll(feed_id=feed_id).as_dict()
