"""The OpenAPI schema, the docs page that renders it offline, and a property-based run over the schema."""

from __future__ import annotations

import re

import pytest
import schemathesis
from django.contrib.staticfiles import finders
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from drf_spectacular.validation import validate_schema
from hypothesis import HealthCheck, given, settings
from rest_framework.throttling import SimpleRateThrottle

from meetings.tests.worlds import build_world

READ_API = re.compile(r"^/api/v1/(meetings|people|places)/")


@pytest.fixture(autouse=True)
def _no_throttling(monkeypatch):
    monkeypatch.setattr(SimpleRateThrottle, "THROTTLE_RATES", {"anon": None, "user": None})


@pytest.fixture
def schema(client, db):
    response = client.get("/api/schema/", {"format": "json"})
    assert response.status_code == 200
    return response.json()


def test_the_schema_is_valid_openapi_3(schema):
    validate_schema(schema)  # raises on any violation of the OpenAPI 3 meta-schema
    assert schema["openapi"].startswith("3.")


def test_the_schema_lists_every_read_endpoint(schema):
    assert {p for p in schema["paths"] if READ_API.match(p)} == {
        "/api/v1/meetings/",
        "/api/v1/meetings/{id}/",
        "/api/v1/people/",
        "/api/v1/people/{id}/",
        "/api/v1/people/{id}/encounters/",
        "/api/v1/places/",
        "/api/v1/places/{id}/",
    }


def test_every_query_parameter_of_the_read_api_has_a_description_and_an_example(schema):
    checked = []
    for path, item in schema["paths"].items():
        if not READ_API.match(path):
            continue
        for param in item["get"].get("parameters", []):
            if param["in"] != "query":
                continue
            checked.append(param["name"])
            assert param.get("description"), f"{path} ?{param['name']} has no description"
            assert param.get("examples") or param.get("example") is not None, f"{path} ?{param['name']} has no example"
    meeting_filters = {"participant", "participant_any", "country", "status", "mode", "date_from", "date_to", "place"}
    others = {"occasion", "verified", "upcoming", "q", "ordering", "format", "page_size", "with", "search", "include_rejected"}
    assert meeting_filters | others <= set(checked)


def test_the_meetings_list_documents_its_export_formats(schema):
    ok = schema["paths"]["/api/v1/meetings/"]["get"]["responses"]["200"]["content"]
    assert set(ok) == {"application/json", "text/csv", "application/jsonl", "text/calendar"}


# --- The docs page ---------------------------------------------------------------------------------


def test_the_docs_page_loads_swagger_ui_from_the_sidecar_static_files(client, db):
    response = client.get("/api/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "'self'" in response["Content-Security-Policy"]
    refs = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert not [r for r in refs if "//" in r], "the docs page must not load anything from another origin"
    static = [r.removeprefix("/static/") for r in refs if r.startswith("/static/")]
    assert {s.rsplit("/", 1)[1] for s in static} >= {"swagger-ui.css", "swagger-ui-bundle.js", "swagger-ui-standalone-preset.js"}
    for path in static:
        assert finders.find(path), f"{path} is not a local static file"
    assert not re.search(r"<script>\s*\S", html), "no inline script: the CSP would block it"
    assert "<style" not in html, "no inline style: the CSP would block it"


def test_the_docs_script_is_served_as_a_file_that_points_at_the_schema(client, db):
    response = client.get("/api/docs/", {"script": ""})
    assert response.status_code == 200
    assert "javascript" in response["Content-Type"]
    assert "/api/schema/" in response.content.decode()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_docs_page_renders_every_operation_in_chromium_without_leaving_the_origin(live_server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium")
        try:
            page = browser.new_page()
            requested = []
            page.on("request", lambda r: requested.append(r.url))
            page.goto(f"{live_server.url}/api/docs/")
            page.wait_for_selector(".opblock", timeout=20_000)
            labels = page.locator(".opblock-summary-path").all_inner_texts()
        finally:
            browser.close()
    assert {"/api/v1/meetings/", "/api/v1/people/{id}/encounters/", "/api/v1/places/"} <= {s.strip() for s in labels}
    assert requested and all(u.startswith(live_server.url) for u in requested), requested


# --- Property-based: schemathesis over the schema ----------------------------------------------------

EXAMPLES_PER_OPERATION = 80  # 7 read operations: ~560 requests, about a minute on a laptop


@pytest.fixture
def _keep_the_test_connection():
    """As Django's test client does: a request's end must not close the connection holding the test's transaction."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def test_generated_requests_find_no_server_error_and_no_response_that_breaks_the_schema(db, _keep_the_test_connection):
    """Schemathesis generates requests from the schema (positive mode) and runs its default checks on every
    response: no 5xx, status codes, content types, headers and bodies as documented."""
    from config.wsgi import application

    build_world()  # real meetings, people and places, so lists and details have content to validate
    schema = schemathesis.openapi.from_wsgi("/api/schema/?format=json", application).include(path_regex=READ_API.pattern)
    sent = 0
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 7

    for operation in operations:

        @settings(
            max_examples=EXAMPLES_PER_OPERATION,
            deadline=None,
            database=None,
            derandomize=True,  # the same requests every run: a failure here is reproducible
            suppress_health_check=list(HealthCheck),
        )
        @given(case=operation.as_strategy())
        def check(case):
            nonlocal sent
            sent += 1
            case.call_and_validate()

        check()
    print(f"schemathesis sent {sent} requests over {len(operations)} operations")
    assert sent >= 500, sent
