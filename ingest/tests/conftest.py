"""Fixtures for the ingest tests.

Services tests (`@pytest.mark.services`) run against PostgreSQL, Redis and a real Celery worker; the
root conftest.py deselects them when the services are not configured.
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


@pytest.fixture
def sent(monkeypatch):
    """Article ids handed to the broker, single or in batches; nothing runs."""
    from ingest import services, tasks

    ids = []
    monkeypatch.setattr(tasks.process_article, "delay", ids.append)
    monkeypatch.setattr(tasks.process_articles, "delay", ids.extend)
    monkeypatch.setattr(services, "_broker_down_until", 0.0)
    return ids


# --- a local web server -------------------------------------------------------------------------------


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/html; charset=utf-8"})


class LocalWeb:
    """A threaded HTTP server on 127.0.0.1 whose answers a test sets: `web.route("/a", body=...)`."""

    def __init__(self, host: str = "127.0.0.1"):
        self.host = host
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

        self.server = ThreadingHTTPServer((host, 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.port}{path}"

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


# --- a real Celery worker (services tests) -----------------------------------------------------------

# The worker may fetch from this loopback address (the local feed server); 127.0.0.1 stays refused, so
# the SSRF tests see what production would do.
WORKER_ALLOWED_HOST = "127.0.0.2"

_WORKER_BOOT = (
    "%s"
    "from config.celery import app; "
    "app.worker_main(['worker', '-P', 'prefork', '-c', '1', '--without-heartbeat', '--without-gossip', "
    "'--without-mingle', '-l', 'info', '-n', 'sidelines-test-%s@%%h'])"
)


def wait_until(predicate, *, timeout: float = 60.0, what: str = "the condition", every: float = 0.1, detail=None):
    """Poll `predicate` until it is true or the deadline passes (then fail, saying what was awaited)."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            extra = f"\n{detail()}" if detail else ""
            pytest.fail(f"timed out after {timeout:.0f} s waiting for {what}{extra}")
        time.sleep(every)  # the poll interval of a bounded wait, not a timing assumption


class WorkerProcess:
    """`celery worker -P prefork -c 1` in its own process group, on the test database."""

    def __init__(self, env: dict[str, str], log_dir, *, fake_nlp: bool = True):
        self.env = env
        self.fake_nlp = fake_nlp
        self.boot_id = "fake" if fake_nlp else "real"
        self.log_dir = log_dir
        self.proc = None
        self.starts = 0

    @property
    def boot_prefix(self) -> str:
        return "from ingest.tests.conftest import install_fake_nlp; install_fake_nlp(); " if self.fake_nlp else ""

    def start(self):
        import subprocess

        self.starts += 1
        self.log_path = self.log_dir / f"worker-{self.boot_id}-{self.starts}.log"
        self.log = open(self.log_path, "wb")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(
            [sys.executable, "-c", _WORKER_BOOT % (self.boot_prefix, f"{self.boot_id}-{self.starts}")],
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: kill -9 reaches the pool child too
        )
        from config.celery import app

        name = f"sidelines-test-{self.boot_id}-{self.starts}@"

        def ready():
            if self.proc.poll() is not None:
                pytest.fail(f"the worker exited with {self.proc.returncode}\n{self.tail()}")
            replies = app.control.ping(timeout=0.5) or []
            return any(name in key for reply in replies for key in reply)

        wait_until(ready, timeout=60, what="the Celery worker to answer a ping", detail=self.tail)

    def tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def kill9(self):
        import signal

        os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=30)
        self.log.close()

    def stop(self):
        import signal
        import subprocess

        if self.proc is None or self.proc.poll() is not None:
            return
        os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=10)
        self.log.close()


def test_database_url() -> str:
    """DATABASE_URL naming the database pytest-django created (test_<name>), for processes we start."""
    from urllib.parse import urlsplit, urlunsplit

    from django.db import connection

    parts = urlsplit(os.environ["DATABASE_URL"])
    return urlunsplit(parts._replace(path="/" + connection.settings_dict["NAME"]))


test_database_url.__test__ = False  # a helper, not a test


@pytest.fixture(scope="session")
def celery_worker_process(django_db_setup, django_db_blocker, tmp_path_factory):
    """A real worker on PostgreSQL and Redis; fails (never skips) when a service is missing."""
    from config.celery import app

    with django_db_blocker.unblock():
        from django.db import connection

        connection.ensure_connection()  # PostgreSQL must be there
    app.connection_for_write().ensure_connection(max_retries=1)  # and so must the broker
    app.control.purge()  # messages left by an earlier run name rows that no longer exist
    env = {
        **os.environ,
        "DATABASE_URL": test_database_url(),
        "FETCH_ALLOWED_HOSTS": WORKER_ALLOWED_HOST,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "PYTHONUNBUFFERED": "1",
    }
    worker = WorkerProcess(env, tmp_path_factory.mktemp("worker"))
    worker.start()
    yield worker
    worker.stop()


@pytest.fixture
def real_extractor_worker(celery_worker_process, tmp_path_factory):
    """The same worker with the real spaCy extractor, for the few tests that need the real pipeline.

    The fake-extractor worker is paused meanwhile, so that this one takes every message.
    """
    celery_worker_process.stop()
    worker = WorkerProcess(celery_worker_process.env, tmp_path_factory.mktemp("real-worker"), fake_nlp=False)
    worker.start()
    yield worker
    worker.stop()
    celery_worker_process.start()
