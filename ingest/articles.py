"""Reading what a user hands us: canonical URLs, content hashes and publication dates."""

from __future__ import annotations

import hashlib
import re
from datetime import date, datetime
from urllib.parse import urlsplit, urlunsplit

# Query parameters that track the reader and say nothing about the article.
_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|ref|ref_src|cmpid|ocid|smid|share)$", re.I)


def canonical_url(url: str | None) -> str | None:
    """The URL with tracking parameters, fragment and default port removed, scheme and host in lower case."""
    if not url or not url.strip():
        return None
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        return url  # urn: and other identifiers are kept as given
    host = (parts.hostname or "").lower()
    if parts.port and not ((parts.scheme == "http" and parts.port == 80) or (parts.scheme == "https" and parts.port == 443)):
        host = f"{host}:{parts.port}"
    # (the other parameters as written: "?dtl/29853/IndiaChina_Summit" is no key=value pair to re-encode)
    query = "&".join(p for p in parts.query.split("&") if p and not _TRACKING.match(p.split("=", 1)[0]))
    path = parts.path or "/"
    if len(path) > 1:
        path = path.rstrip("/")
    return urlunsplit((parts.scheme.lower(), host, path, query, ""))


def content_hash(*, text: str = "", html: str = "") -> str:
    body = " ".join((text or html or "").split())
    return hashlib.sha256(body.encode("utf-8", "replace")).hexdigest()


def parse_published(value) -> tuple[date | None, str]:
    """A publication date and its precision from 'YYYY-MM-DD', 'YYYY-MM', 'YYYY' or an ISO datetime.

    Raises ValueError with a message a user can act on.
    """
    if value in (None, ""):
        return None, "unknown"
    if isinstance(value, datetime):
        return value.date(), "day"
    if isinstance(value, date):
        return value, "day"
    text = str(value).strip()
    try:
        if re.fullmatch(r"\d{4}", text):
            return date(int(text), 1, 1), "year"
        if re.fullmatch(r"\d{4}-\d{2}", text):
            y, m = map(int, text.split("-"))
            return date(y, m, 1), "month"
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return date.fromisoformat(text), "day"
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date(), "day"
    except ValueError:
        raise ValueError(f"published={text!r} is not a date: use YYYY-MM-DD, YYYY-MM or YYYY") from None
