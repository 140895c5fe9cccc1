"""Project-wide test settings.

Tests marked `services` run against PostgreSQL, Redis and a real Celery worker. They are deselected (not
skipped) when DATABASE_URL is not PostgreSQL or CELERY_BROKER_URL is unset, as on a developer's machine
with nothing running; when both are set, as in CI, they run and fail if a service is missing. Every
other test runs tasks in-process.
"""

import os

import pytest


def services_configured() -> bool:
    return os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://", "pgsql://")) and bool(
        os.environ.get("CELERY_BROKER_URL")
    )


def pytest_collection_modifyitems(config, items):
    if services_configured():
        return
    keep, drop = [], []
    for item in items:
        (drop if item.get_closest_marker("services") else keep).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


@pytest.fixture(autouse=True)
def _eager_celery(request):
    from config.celery import app

    if request.node.get_closest_marker("services") is not None:
        yield
        return
    old = app.conf.task_always_eager
    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = old
