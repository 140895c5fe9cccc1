"""Project-wide test settings: tests run tasks in-process unless marked as needing the real services."""

import pytest


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
