import socket

import pytest

from ingest import fetch as fetch_module
from ingest.fetch import FEED_TYPES, FetchError, FetchRefused, fetch, fetch_article_fields, resolve_public

PAGE = "<html><head><title>Lavrov and Kerry meet</title></head><body><p>They met in Geneva.</p></body></html>"


def fake_dns(monkeypatch, answers: dict[str, list[str]]):
    """Make getaddrinfo answer from a table, so no test depends on real DNS."""

    def getaddrinfo(host, port, *args, **kwargs):
        if host.replace(".", "").isdigit():  # an address: the connection itself, after vetting
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (host, port))]
        if host not in answers:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return [
            (socket.AF_INET6 if ":" in ip else socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, port)) for ip in answers[host]
        ]

    monkeypatch.setattr(fetch_module.socket, "getaddrinfo", getaddrinfo)


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("http://127.0.0.1/", "loopback"),
        ("http://10.0.0.1/", "private"),
        ("http://192.168.1.10/admin", "private"),
        ("http://169.254.169.254/latest/meta-data/", "cloud metadata"),
        ("http://[fd00:ec2::254]/", "cloud metadata"),
        ("http://[::1]:8000/", "loopback"),
        ("http://[::ffff:127.0.0.1]/", "loopback"),
        ("http://0.0.0.0/", "unspecified"),
        ("http://224.0.0.1/", "multicast"),
        ("http://100.64.0.1/", "address"),
    ],
)
def test_it_refuses_addresses_inside_the_network(url, words, settings):
    settings.FETCH_ALLOWED_HOSTS = []
    with pytest.raises(FetchRefused, match=words):
        fetch(url)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/a", "gopher://example.com/", "javascript:alert(1)"])
def test_it_fetches_only_http_and_https(url):
    with pytest.raises(FetchRefused, match="only http and https"):
        fetch(url)


def test_it_refuses_urls_with_credentials():
    with pytest.raises(FetchRefused, match="credentials"):
        fetch("http://user:secret@example.com/")


def test_it_refuses_a_name_that_resolves_to_a_private_address(monkeypatch, settings):
    settings.FETCH_ALLOWED_HOSTS = []
    fake_dns(monkeypatch, {"intranet.example": ["10.1.2.3"]})
    with pytest.raises(FetchRefused, match=r"intranet\.example: it resolves to 10\.1\.2\.3, a private address"):
        fetch("https://intranet.example/wiki")


def test_it_refuses_a_name_when_any_of_its_addresses_is_private(monkeypatch, settings):
    settings.FETCH_ALLOWED_HOSTS = []
    fake_dns(monkeypatch, {"mixed.example": ["93.184.216.34", "127.0.0.1"]})
    with pytest.raises(FetchRefused, match="loopback"):
        resolve_public("mixed.example", 80)


def test_an_unknown_host_is_a_transient_error(monkeypatch):
    fake_dns(monkeypatch, {})
    with pytest.raises(FetchError, match="cannot resolve nowhere.example") as caught:
        fetch("http://nowhere.example/")
    assert caught.value.transient


def test_it_fetches_a_page_from_an_allowed_host(web, allow_local):
    web.route("/a", PAGE)
    result = fetch(web.url("/a"))
    assert result.status == 200
    assert result.content_type == "text/html"
    assert "They met in Geneva." in result.text()


def test_an_allowed_host_is_still_refused_without_the_setting(web, settings):
    settings.FETCH_ALLOWED_HOSTS = []
    web.route("/a", PAGE)
    with pytest.raises(FetchRefused, match="loopback"):
        fetch(web.url("/a"))
    assert web.requests == []


def test_it_connects_to_the_address_it_vetted_and_sends_the_host_by_name(web, monkeypatch, settings):
    settings.FETCH_ALLOWED_HOSTS = ["news.test"]
    fake_dns(monkeypatch, {"news.test": ["127.0.0.1"]})
    web.route("/story", PAGE)
    result = fetch(f"http://news.test:{web.port}/story")
    assert result.status == 200
    assert web.requests[0][1]["host"] == f"news.test:{web.port}"


def test_it_follows_redirects_and_reports_the_final_url(web, allow_local):
    web.route("/old", status=301, Location="/new")
    web.route("/new", PAGE)
    result = fetch(web.url("/old"))
    assert result.url == web.url("/new")
    assert "Geneva" in result.text()


@pytest.mark.parametrize(
    ("target", "words"),
    [
        ("http://10.0.0.1/", "private"),
        ("http://169.254.169.254/latest/meta-data/", "cloud metadata"),
        ("http://[::1]/", "loopback"),
        ("file:///etc/passwd", "only http and https"),
    ],
)
def test_it_checks_every_redirect_again(web, allow_local, target, words):
    web.route("/jump", status=302, Location=target)
    with pytest.raises(FetchRefused, match=words):
        fetch(web.url("/jump"))


def test_a_redirect_to_a_loopback_name_is_refused_even_when_the_first_host_is_allowed(web, allow_local):
    web.route("/jump", status=302, Location=f"http://localhost:{web.port}/a")
    web.route("/a", PAGE)
    with pytest.raises(FetchRefused, match="refused to fetch localhost"):
        fetch(web.url("/jump"))
    assert web.hits("/a") == 0


def test_it_follows_at_most_five_redirects(web, allow_local):
    for n in range(7):
        web.route(f"/r{n}", status=302, Location=f"/r{n + 1}")
    with pytest.raises(FetchRefused, match="more than 5 redirects"):
        fetch(web.url("/r0"))
    assert web.hits("/r5") == 1
    assert web.hits("/r6") == 0


def test_it_refuses_a_body_over_the_size_cap(web, allow_local, settings):
    settings.FETCH_MAX_BYTES = 1024
    web.route("/big", "<p>" + "x" * 5000 + "</p>")
    with pytest.raises(FetchRefused, match="1024-byte limit"):
        fetch(web.url("/big"))


def test_it_stops_reading_a_body_that_grows_past_the_cap_without_a_length(web, allow_local, settings):
    settings.FETCH_MAX_BYTES = 1024

    def endless(handler):
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.end_headers()
        for _ in range(100):
            handler.wfile.write(b"x" * 1000)
        handler.close_connection = True

    web.routes["/stream"] = endless
    with pytest.raises(FetchRefused, match="larger than the 1024-byte limit"):
        fetch(web.url("/stream"))


@pytest.mark.parametrize("content_type", ["application/octet-stream", "image/png", "application/pdf"])
def test_it_refuses_what_is_not_a_page(web, allow_local, content_type):
    web.route("/file", b"\x89PNG\r\n", content_type=content_type)
    with pytest.raises(FetchRefused, match=f"is {content_type}, not one of"):
        fetch(web.url("/file"))


def test_a_feed_type_is_accepted_when_fetching_feeds(web, allow_local):
    web.route("/rss", "<rss/>", content_type="application/rss+xml")
    assert fetch(web.url("/rss"), accept=FEED_TYPES).body == b"<rss/>"
    with pytest.raises(FetchRefused):
        fetch(web.url("/rss"))


@pytest.mark.parametrize(("status", "transient"), [(404, False), (410, False), (500, True), (503, True), (429, True)])
def test_http_errors_say_whether_to_try_again(web, allow_local, status, transient):
    web.route("/e", "no", status=status)
    with pytest.raises(FetchError, match=f"HTTP {status}") as caught:
        fetch(web.url("/e"))
    assert caught.value.transient is transient


def test_a_server_that_does_not_answer_in_time_is_a_transient_error(allow_local, settings):
    settings.FETCH_TIMEOUT_SECONDS = 1
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(1)  # accepts the connection and never answers
    try:
        with pytest.raises(FetchError, match="did not answer within 1 s") as caught:
            fetch(f"http://127.0.0.1:{silent.getsockname()[1]}/")
        assert caught.value.transient
    finally:
        silent.close()


def test_it_sends_conditional_headers_and_returns_not_modified(web, allow_local):
    web.route("/feed", status=304, content_type="application/rss+xml")
    result = fetch(web.url("/feed"), accept=FEED_TYPES, headers={"If-None-Match": '"v1"'})
    assert result.not_modified
    assert web.requests[0][1]["if-none-match"] == '"v1"'


def test_article_fields_hold_the_page_and_its_title(web, allow_local):
    web.route("/a", PAGE)
    fields = fetch_article_fields(web.url("/a"))
    assert fields == {"url": web.url("/a"), "html": PAGE, "title": "Lavrov and Kerry meet"}


def test_article_fields_of_a_plain_text_page_take_the_first_line_as_title(web, allow_local):
    web.route("/a.txt", "Lavrov meets Kerry\n\nThey met.", content_type="text/plain")
    fields = fetch_article_fields(web.url("/a.txt"))
    assert fields["text"].startswith("Lavrov meets Kerry")
    assert fields["title"] == "Lavrov meets Kerry"


def test_a_page_in_a_declared_charset_is_decoded_with_it(web, allow_local):
    web.route("/ru", "<p>Лавров</p>".encode("cp1251"), content_type="text/html; charset=windows-1251")
    assert "Лавров" in fetch(web.url("/ru")).text()


def test_a_server_that_drips_its_body_is_cut_off_at_the_deadline(web, allow_local, settings):
    import time

    settings.FETCH_TIMEOUT_SECONDS = 1  # each read; the whole exchange gets twice that

    def drip(handler):
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Length", "100")
        handler.end_headers()
        for _ in range(100):
            handler.wfile.write(b"x")
            handler.wfile.flush()
            time.sleep(0.5)  # the slow server under test: one byte every half second, never timing out a read

    web.routes["/drip"] = drip
    started = time.monotonic()
    with pytest.raises(FetchError, match="took longer than 2 s") as caught:
        fetch(web.url("/drip"))
    assert caught.value.transient
    assert time.monotonic() - started < 4
