"""Celery tasks: thin. Each takes an id, claims the row, calls one service and owns only retry policy."""

import logging

from celery import shared_task
from django.db import DatabaseError, InterfaceError, OperationalError

from ingest import services

logger = logging.getLogger(__name__)

TRANSIENT = (OperationalError, InterfaceError)


@shared_task(name="ingest.process_article", bind=True, acks_late=True, max_retries=5, soft_time_limit=300, time_limit=330)
def process_article(self, article_id: int) -> str:
    if not services.article_claim(article_id=article_id):
        return "not pending: claimed elsewhere, done or gone"
    try:
        services.article_process(article_id=article_id)
    except TRANSIENT as exc:
        services.article_release(article_id=article_id)
        raise self.retry(exc=exc, countdown=min(2 ** self.request.retries * 5, 300)) from exc
    except (DatabaseError, Exception) as exc:  # a bug or bad input: record it on the article, do not retry
        logger.exception("article %s failed", article_id)
        services.article_fail(article_id=article_id, error=f"{type(exc).__name__}: {exc}")
        return "failed"
    return "done"


@shared_task(name="ingest.sweep_articles", acks_late=True)
def sweep_articles() -> int:
    return len(services.articles_sweep())
