"""Reading articles from files, folders and JSON Lines for the ingest command."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class SourceItem:
    origin: str  # file path (and line) or URL, for messages
    fields: dict = field(default_factory=dict)  # url, title, published, outlet, text, html
    error: str = ""


ARTICLE_KEYS = ("url", "title", "published", "outlet", "text", "html")


def _article_fields(obj: dict) -> dict:
    return {k: obj.get(k) for k in ARTICLE_KEYS if obj.get(k) not in (None, "")}


def read_path(path: Path) -> Iterator[SourceItem]:
    """Articles in a file or folder: .jsonl (one a line), .json (one or a list), .txt, .html/.htm."""
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in {".jsonl", ".json", ".txt", ".html", ".htm"}):
            yield from read_path(child)
        return
    suffix = path.suffix.lower()
    try:
        raw = path.read_bytes()
    except OSError as exc:
        yield SourceItem(str(path), error=f"cannot read: {exc.strerror or exc}")
        return
    if b"\x00" in raw[:8192]:
        yield SourceItem(str(path), error="binary file, not an article")
        return
    content = raw.decode("utf-8", errors="replace")
    if suffix == ".jsonl":
        for n, line in enumerate(content.splitlines(), 1):
            if not line.strip():
                continue
            origin = f"{path}:{n}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield SourceItem(origin, error=f"malformed JSON: {exc.msg} at column {exc.colno}")
                continue
            if not isinstance(obj, dict):
                yield SourceItem(origin, error="a line must hold one JSON object")
                continue
            yield SourceItem(origin, _article_fields(obj))
    elif suffix == ".json":
        try:
            obj = json.loads(content)
        except json.JSONDecodeError as exc:
            yield SourceItem(str(path), error=f"malformed JSON: {exc.msg} at line {exc.lineno}")
            return
        items = obj if isinstance(obj, list) else [obj]
        for n, item in enumerate(items):
            origin = f"{path}[{n}]" if isinstance(obj, list) else str(path)
            if isinstance(item, dict):
                yield SourceItem(origin, _article_fields(item))
            else:
                yield SourceItem(origin, error="expected a JSON object (or a list of them)")
    elif suffix in (".html", ".htm"):
        yield SourceItem(str(path), {"html": content, "url": None})
    else:
        lines = content.strip().splitlines()
        title = lines[0].strip()[:500] if lines else ""
        yield SourceItem(str(path), {"text": content, "title": title})
