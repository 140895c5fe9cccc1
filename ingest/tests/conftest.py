"""Fixtures for the ingest tests.

Services tests (`@pytest.mark.services`) run against PostgreSQL, Redis and a real Celery worker. They
are deselected (not skipped) when DATABASE_URL is not PostgreSQL or CELERY_BROKER_URL is unset, and
when both are set they run and fail if a service is missing.
"""

from __future__ import annotations

import os
import sys
import threading
import time
import types
from dataclasses import dataclass, field
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

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


# --- a stand-in for the extractor ---------------------------------------------------------------------
#
# Processing tests must not depend on the spaCy model or on extraction quality. The fake reads lines of
# the form "MEET Sergey Lavrov | John Kerry | 2016-10-15 | held" and reports exactly those meetings;
# "CRASH" makes it raise, "SLOW" makes it take a tenth of a second (a worker busy mid-batch).

FAKE_VERSION = "fake-2"


def fake_extract_article(*, text=None, html=None, title=None, published=None, published_precision="day"):
    from meetings.types import ExtractionResult, PartyData, ReportData

    body = text or html or ""
    if "CRASH" in body:
        raise RuntimeError("the extractor crashed")
    if "SLOW" in body:
        time.sleep(0.1)  # simulated work, so that a test can stop a worker in the middle of a batch
    reports, offset = [], 0
    for line in body.splitlines(keepends=True):
        if line.startswith("MEET "):
            a, b, day, status = (part.strip() for part in line[5:].split("|"))
            when = date.fromisoformat(day)
            reports.append(
                ReportData(
                    status=status,
                    participants=[PartyData(name=a), PartyData(name=b)],
                    start_date=when,
                    end_date=when,
                    date_precision="day",
                    evidence=line.strip(),
                    evidence_start=offset,
                    evidence_end=offset + len(line.strip()),
                    confidence=0.9,
                )
            )
        offset += len(line)
    return ExtractionResult(clean_text=body, reports=reports, extractor_version=FAKE_VERSION)


def fake_extract_many(items):
    return [fake_extract_article(**item) for item in items]


def make_fake_nlp() -> types.ModuleType:
    module = types.ModuleType("ingest.nlp")
    module.EXTRACTOR_VERSION = FAKE_VERSION
    module.extract_article = fake_extract_article
    module.extract_many = fake_extract_many
    return module


def install_fake_nlp() -> None:
    """For a worker process started by the services tests: the fake in place of `ingest.nlp`."""
    import ingest

    module = make_fake_nlp()
    sys.modules["ingest.nlp"] = module
    ingest.nlp = module


@pytest.fixture
def fake_nlp(monkeypatch):
    import ingest

    module = make_fake_nlp()
    monkeypatch.setitem(sys.modules, "ingest.nlp", module)
    monkeypatch.setattr(ingest, "nlp", module, raising=False)
    return module


def meet_text(a: str = "Sergey Lavrov", b: str = "John Kerry", day: str = "2016-10-15", status: str = "held", extra: str = "") -> str:
    return f"{extra}\nMEET {a} | {b} | {day} | {status}\n"


# --- a local web server -------------------------------------------------------------------------------


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/html; charset=utf-8"})


class LocalWeb:
    """A threaded HTTP server on 127.0.0.1 whose answers a test sets: `web.route("/a", body=...)`."""

    def __init__(self):
        self.routes: dict[str, Route | callable] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []  # (path, headers) in arrival order
        web = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - the http.server name
                web.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
                route = web.routes.get(self.path)
                if callable(route):
                    route = route(self)
                route = route or Route(404, b"not here", {"Content-Type": "text/plain"})
                self.send_response(route.status)
                for name, value in route.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                self.wfile.write(route.body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def route(self, path: str, body: bytes | str = b"", status: int = 200, content_type: str = "text/html; charset=utf-8", **headers):
        data = body.encode() if isinstance(body, str) else body
        self.routes[path] = Route(status, data, {"Content-Type": content_type, **headers})

    def hits(self, path: str) -> int:
        return sum(1 for p, _ in self.requests if p == path)

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def web():
    server = LocalWeb()
    yield server
    server.close()


@pytest.fixture
def allow_local(settings):
    """Let the fetcher reach the local test server (127.0.0.1), as FETCH_ALLOWED_HOSTS would in production."""
    settings.FETCH_ALLOWED_HOSTS = ["127.0.0.1"]
    return settings


# --- NLP fixtures (ingest.nlp): one loaded pipeline shared by every model-backed test ---------------


@pytest.fixture(scope="session")
def nlp():
    from ingest.nlp import get_nlp

    return get_nlp()


@pytest.fixture(scope="session")
def seed_article():
    import json
    from pathlib import Path

    return json.loads((Path(__file__).parent / "data" / "seed-lavrov-kerry.json").read_text(encoding="utf-8"))
