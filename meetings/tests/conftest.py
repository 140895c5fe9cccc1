"""Fixtures the API test modules share."""

import pytest
from rest_framework.test import APIClient
from rest_framework.throttling import SimpleRateThrottle

from meetings.tests.worlds import world_for_module


@pytest.fixture
def _no_throttling(monkeypatch):
    # DRF reads the rates once, at import; a test run makes far more requests than a user would.
    monkeypatch.setattr(SimpleRateThrottle, "THROTTLE_RATES", {"anon": None, "user": None})


@pytest.fixture
def api():
    return APIClient()


@pytest.fixture(scope="module")
def _world(django_db_setup, django_db_blocker):
    with world_for_module(django_db_blocker) as world:
        yield world


@pytest.fixture
def world(_world, db):
    return _world


