"""Project-wide test settings: tests never touch a broker unless they ask for the real services."""

import pytest


@pytest.fixture(autouse=True)
def _eager_celery(settings, request):
    if request.node.get_closest_marker("services") is None:
        settings.CELERY_TASK_ALWAYS_EAGER = True
