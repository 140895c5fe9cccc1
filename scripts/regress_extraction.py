#!/usr/bin/env python3
"""What an extraction change changes: dump every report of a set of texts, then compare two dumps.

usage:
  regress_extraction.py dump OUT.jsonl FILE...     every article of the JSON Lines corpora (FORMAT.md's shape: text,
                                                   title, published) and every block of the plain-text probe files
                                                   (blocks split by a line "---", optional "DATE: YYYY-MM-DD" and
                                                   "TITLE: ..." header lines; "EXPECT: ..." lines, a note of what the
                                                   block should give, are left out), extracted with this checkout's extractor
  regress_extraction.py compare A.jsonl B.jsonl    the texts whose reports differ, with the reports only one side has

To compare a change with HEAD, dump from a worktree of HEAD and from the working tree, e.g.:
  git worktree add /tmp/head HEAD
  (cd /tmp/head && ../main/.venv/bin/python scripts/regress_extraction.py dump /tmp/a.jsonl CORPORA...)
  .venv/bin/python scripts/regress_extraction.py dump /tmp/b.jsonl CORPORA...
  .venv/bin/python scripts/regress_extraction.py compare /tmp/a.jsonl /tmp/b.jsonl
CORPORA can be the benchmark corpus (`benchmarks/corpus.py 300 /tmp/synth.jsonl --seed 7`), the eval corpora
(`../shared/eval/dev/articles.jsonl`, an `external.py corpus` output) and probe files. Nothing is written but OUT.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _items(paths: list[str]):
    for path in paths:
        p = Path(path)
        if p.suffix == ".jsonl":
            for i, line in enumerate(p.read_text(encoding="utf-8").splitlines()):
                if not line.strip():
                    continue
                r = json.loads(line)
                try:
                    pub = date.fromisoformat(str(r.get("published") or "")[:10])
                except ValueError:
                    pub = None
                yield f"{path}:{i}:{r.get('url')}", r.get("text") or "", r.get("title"), pub
            continue
        blocks = [b for b in re.split(r"\n---+\n", p.read_text(encoding="utf-8")) if b.strip()]
        for n, block in enumerate(blocks):
            pub, title, lines = None, None, []
            for line in block.strip().splitlines():
                if line.startswith("DATE:"):
                    pub = date.fromisoformat(line[5:].strip())
                elif line.startswith("TITLE:"):
                    title = line[6:].strip()
                elif not line.startswith("EXPECT:"):
                    lines.append(line)
            yield f"{path}#{n}", "\n".join(lines), title, pub


def dump(out: str, paths: list[str]) -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from ingest.nlp import extract

    with open(out, "w", encoding="utf-8") as f:
        for key, text, title, pub in _items(paths):
            reports = []
            for rep in extract(text, title=title, published=pub).reports:
                d = dataclasses.asdict(rep)
                d.pop("confidence", None)
                reports.append(d)
            f.write(json.dumps({"key": key, "reports": reports}, default=str) + "\n")


def _short(r: dict) -> str:
    parties = ", ".join(p["name"] or f"country:{p['country']}" for p in r["participants"])
    place = f"{r['place']['name']} ({r['place']['country']})" if r["place"] else None
    return f"{r['status']} {r['mode']} [{parties}] {r['start_date']}..{r['end_date']} {place} occ={r['occasion']!r} | {r['evidence'][:110]}"


def compare(a_path: str, b_path: str) -> int:
    def load(path):
        return {(row := json.loads(line))["key"]: row["reports"] for line in Path(path).read_text(encoding="utf-8").splitlines()}

    a, b = load(a_path), load(b_path)
    differ = 0
    for key in sorted(set(a) | set(b)):
        if a.get(key) == b.get(key):
            continue
        differ += 1
        sa, sb = [_short(r) for r in a.get(key, [])], [_short(r) for r in b.get(key, [])]
        print(f"## {key}")
        for s in sa:
            if s not in sb:
                print(f"  - {s}")
        for s in sb:
            if s not in sa:
                print(f"  + {s}")
        if sa == sb:
            print("  (only cues, offsets or roles differ)")
    print(f"{differ} of {len(set(a) | set(b))} texts differ", file=sys.stderr)
    return 0


def main(argv: list[str]) -> int:
    if len(argv) >= 3 and argv[0] == "dump":
        dump(argv[1], argv[2:])
        return 0
    if len(argv) == 3 and argv[0] == "compare":
        return compare(argv[1], argv[2])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
