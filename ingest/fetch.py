"""Fetching a page or a feed from a URL without letting the URL reach inside our network.

Every hop (the first URL and each redirect) is checked the same way: http or https only, the host
resolved here, and every address it resolves to must be public unless the host is listed in
`FETCH_ALLOWED_HOSTS`. The connection then goes to the vetted address, so a second DNS answer
(DNS rebinding) cannot send it elsewhere. Timeouts, a size cap read in chunks and a content-type
check bound what comes back. Errors say why, in words fit for an article's `error` field.
"""

from __future__ import annotations

import http.client
import ipaddress
import re
import socket
import ssl
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from django.conf import settings

HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
    "application/feed+json",
    "application/json",
    # many servers send feeds as HTML or plain text; feedparser decides from the bytes
    "text/html",
    "text/plain",
)
MAX_REDIRECTS = 5
USER_AGENT = "Sidelines/1.0 (+https://github.com/sidelines; news meeting tracker)"
_CHUNK = 64 * 1024
_METADATA = {ipaddress.ip_address("169.254.169.254"), ipaddress.ip_address("fd00:ec2::254")}


class FetchError(Exception):
    """The URL could not be fetched; `transient` says whether trying again later may work."""

    def __init__(self, message: str, *, transient: bool = False):
        super().__init__(message)
        self.transient = transient


class FetchRefused(FetchError):
    """The URL is not one we fetch (scheme, address, content type, size): never worth a retry."""


@dataclass
class FetchResult:
    url: str  # the final URL, after redirects
    status: int
    content_type: str
    charset: str | None
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    def text(self) -> str:
        charset = self.charset or _sniff_charset(self.body) or "utf-8"
        try:
            return self.body.decode(charset, errors="replace")
        except LookupError:  # a charset Python does not know
            return self.body.decode("utf-8", errors="replace")


def _sniff_charset(body: bytes) -> str | None:
    match = re.search(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_\-]+)""", body[:4096], re.I)
    return match.group(1).decode("ascii") if match else None


def _address_problem(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """Why this address is off limits, or None for a public address."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    if ip in _METADATA:
        return "a cloud metadata address"
    for attr, words in (
        ("is_loopback", "a loopback address"),
        ("is_link_local", "a link-local address"),
        ("is_multicast", "a multicast address"),
        ("is_unspecified", "an unspecified address"),
        ("is_reserved", "a reserved address"),
        ("is_private", "a private address"),
    ):
        if getattr(ip, attr):
            return words
    if not ip.is_global:
        return "not a public address"
    return None


def _host_allowed(host: str) -> bool:
    allowed = {h.lower().strip() for h in getattr(settings, "FETCH_ALLOWED_HOSTS", [])}
    return host.lower() in allowed


def resolve_public(host: str, port: int) -> str:
    """The first address of `host` that we may connect to; FetchRefused if any address is off limits.

    Refusing when *any* answer is private (not only the first) leaves no room for a host that
    answers with a public and a private address in turn.
    """
    try:
        literal = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        literal = None
    if literal is not None:
        addresses = [literal]
    else:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as exc:
            raise FetchError(f"cannot resolve {host}: {getattr(exc, 'strerror', None) or exc}", transient=True) from None
        addresses = [ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos]
        if not addresses:
            raise FetchError(f"cannot resolve {host}: no addresses", transient=True)
    if not _host_allowed(host):
        for ip in addresses:
            problem = _address_problem(ip)
            if problem:
                raise FetchRefused(f"refused to fetch {host}: it resolves to {ip}, {problem}")
    return str(addresses[0])


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """Connects to a vetted address while speaking to the host by name (Host header)."""

    def __init__(self, host, port, *, ip: str, timeout: float):
        super().__init__(host, port, timeout=timeout)
        self._ip = ip

    def connect(self):
        self.sock = socket.create_connection((self._ip, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    """The same for TLS: the certificate is checked against the host name, not the address."""

    def __init__(self, host, port, *, ip: str, timeout: float):
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._ip = ip

    def connect(self):
        sock = socket.create_connection((self._ip, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


def _check_url(url: str):
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchRefused(f"refused to fetch {url[:200]}: only http and https URLs are fetched")
    if not parts.hostname:
        raise FetchRefused(f"refused to fetch {url[:200]}: the URL has no host")
    if parts.username or parts.password:
        raise FetchRefused(f"refused to fetch {url[:200]}: URLs with credentials are not fetched")
    try:
        port = parts.port or (443 if scheme == "https" else 80)
    except ValueError:
        raise FetchRefused(f"refused to fetch {url[:200]}: the port is not a number") from None
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    return scheme, parts.hostname, port, path


def _media_type(value: str) -> tuple[str, str | None]:
    media, _, params = (value or "").partition(";")
    match = re.search(r"charset=\"?([^\";\s]+)", params, re.I)
    return media.strip().lower(), (match.group(1) if match else None)


def fetch(url: str, *, accept: tuple[str, ...] = HTML_TYPES, headers: dict[str, str] | None = None) -> FetchResult:
    """GET a URL safely: see the module docstring. 304 is returned as is (for conditional GETs)."""
    timeout = float(settings.FETCH_TIMEOUT_SECONDS)
    max_bytes = int(settings.FETCH_MAX_BYTES)
    deadline = time.monotonic() + timeout * 2  # the whole exchange, redirects included
    for _hop in range(MAX_REDIRECTS + 1):
        scheme, host, port, path = _check_url(url)
        ip = resolve_public(host, port)
        cls = _PinnedHTTPSConnection if scheme == "https" else _PinnedHTTPConnection
        conn = cls(host, port, ip=ip, timeout=timeout)
        request_headers = {
            "User-Agent": USER_AGENT,
            "Accept": ", ".join(accept) + ", */*;q=0.1",
            "Accept-Encoding": "identity",
            **(headers or {}),
        }
        try:
            conn.request("GET", path, headers=request_headers)
            response = conn.getresponse()
            status = response.status
            if status in (301, 302, 303, 307, 308):
                location = response.getheader("Location")
                if not location:
                    raise FetchError(f"{url[:200]} redirected ({status}) without a Location")
                url = urljoin(url, location.strip())
                continue
            response_headers = {k.lower(): v for k, v in response.getheaders()}
            if status == 304:
                return FetchResult(url, status, "", None, b"", response_headers)
            if status in (408, 425, 429) or status >= 500:
                raise FetchError(f"{url[:200]} answered HTTP {status}; trying again later", transient=True)
            if status >= 400:
                raise FetchError(f"{url[:200]} answered HTTP {status}")
            if status != 200:
                raise FetchError(f"{url[:200]} answered HTTP {status}, not a page")
            media, charset = _media_type(response.getheader("Content-Type", ""))
            if media not in accept:
                raise FetchRefused(f"{url[:200]} is {media or 'of no stated type'}, not one of {', '.join(accept)}")
            length = response.getheader("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise FetchRefused(f"{url[:200]} is {int(length)} bytes, more than the {max_bytes}-byte limit")
            chunks, size = [], 0
            while True:
                if time.monotonic() > deadline:
                    raise FetchError(f"{url[:200]} took longer than {timeout * 2:.0f} s", transient=True)
                chunk = response.read1(_CHUNK)  # one recv at most: the deadline is checked between them
                if not chunk:
                    break
                size += len(chunk)
                if size > max_bytes:
                    raise FetchRefused(f"{url[:200]} is larger than the {max_bytes}-byte limit")
                chunks.append(chunk)
            return FetchResult(url, status, media, charset, b"".join(chunks), response_headers)
        except FetchError:
            raise
        except TimeoutError:
            raise FetchError(f"{url[:200]} did not answer within {timeout:.0f} s", transient=True) from None
        except ssl.SSLError as exc:
            raise FetchError(f"TLS failed for {host}: {exc.reason or exc}") from None
        except (OSError, http.client.HTTPException) as exc:
            raise FetchError(f"cannot fetch {url[:200]}: {exc.__class__.__name__}: {exc}", transient=True) from None
        finally:
            conn.close()
    raise FetchRefused(f"refused to follow more than {MAX_REDIRECTS} redirects from {url[:200]}")


def _title_of(html: str) -> str:
    match = re.search(r"<title[^>]*>(.*?)</title>", html[:100_000], re.I | re.S)
    if not match:
        return ""
    import html as html_lib

    return " ".join(html_lib.unescape(match.group(1)).split())[:500]


def fetch_article_fields(url: str) -> dict:
    """The fields of an article fetched from a URL, ready for `article_submit` (url kept as given)."""
    result = fetch(url)
    body = result.text()
    if "\x00" in body:
        raise FetchRefused(f"{url[:200]} holds binary data, not an article")
    if result.content_type == "text/plain":
        return {"url": url, "text": body, "title": body.strip().splitlines()[0][:500] if body.strip() else ""}
    return {"url": url, "html": body, "title": _title_of(body)}
