#!/usr/bin/env python3
"""Recall of the external check on the events a diplomatic-meeting extractor should find.

external.py counts every WikiEvents/RAMS meet event that is not a speech act or a debate, which takes in
committees convening, deals negotiated and domestic meetings: events GUIDELINES.md excludes. Its README
asks for recall on the subset in scope; scripts/external_scope.json tags each event external.py counts,
and the mode-undecided ("n/a") events of the *-other files, as in scope, arguable or out (with the reason).

usage:
  external_scope.py corpus EVAL_DIR OUT_DIR            append the tagged documents that external.py's corpus
                                                       lacks to OUT_DIR/articles.jsonl (run after external.py corpus)
  external_scope.py score EVAL_DIR OUT_DIR MEETINGS    print in-scope recall as JSON, and each in-scope miss

An event counts as found the way external.py counts it: an in-person report of the same document has an
evidence sentence that covers the trigger. Standard library only.
"""
import importlib.util
import json
import sys
from pathlib import Path

TAGS = Path(__file__).resolve().with_name("external_scope.json")


def _external(eval_dir):
    """external.py itself, for the files and triggers it counts (speech acts and debates need no tag)."""
    spec = importlib.util.spec_from_file_location("external", Path(eval_dir) / "external.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def events(eval_dir):
    """Every tagged event as (event key, record, tag); fails when an event external.py counts has no tag."""
    external = _external(eval_dir)
    counted_files = {name.removesuffix(".jsonl") for name in external.MEET_FILES}
    tags = json.loads(TAGS.read_text(encoding="utf-8"))
    seen = set()
    for name in sorted({key.rsplit(":", 1)[0] for key in tags} | counted_files):
        lines = (Path(eval_dir) / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        for i, line in enumerate(lines):
            record = json.loads(line)
            key = f"{name}:{i}"
            counted = name in counted_files and record["trigger"]["text"].lower() not in external.NOT_MEETINGS
            if key in tags:
                seen.add(key)
                yield key, record, tags[key]
            elif counted:
                sys.exit(f"{TAGS.name}: {key} ({record['trigger']['text']!r}) is counted by external.py but not tagged")
    missing = set(tags) - seen
    if missing:
        sys.exit(f"{TAGS.name}: no such events: {', '.join(sorted(missing))}")


def make_corpus(eval_dir, out_dir):
    out = Path(out_dir)
    text_to_url = json.loads((out / "text-to-url.json").read_text(encoding="utf-8"))
    added = {}
    with open(out / "articles.jsonl", "a", encoding="utf-8") as f:
        for key, record, _tag in events(eval_dir):
            text = record["text"]
            if text in text_to_url or text in added:
                continue
            added[text] = f"urn:{key}"
            f.write(json.dumps({"url": added[text], "title": None, "published": None, "text": text}) + "\n")
    (out / "scope-text-to-url.json").write_text(json.dumps(added), encoding="utf-8")
    print(f"{len(added)} more articles appended to {out / 'articles.jsonl'}")


def score(eval_dir, out_dir, meetings_path):
    out = Path(out_dir)
    text_to_url = json.loads((out / "text-to-url.json").read_text(encoding="utf-8"))
    text_to_url.update(json.loads((out / "scope-text-to-url.json").read_text(encoding="utf-8")))
    reports = {}
    for line in Path(meetings_path).read_text(encoding="utf-8").splitlines():
        for mention in (json.loads(line).get("mentions") or []) if line.strip() else []:
            if (mention.get("mode") or "in_person") == "in_person":
                reports.setdefault(mention.get("article_url"), []).append(mention.get("evidence") or "")
    figures = {"in_scope": 0, "in_scope_found": 0, "arguable": 0, "arguable_found": 0, "out_of_scope": 0,
               "out_of_scope_found": 0}
    misses = []
    for key, record, tag in events(eval_dir):
        text, start = record["text"], record["trigger"]["start"]
        found = any(0 <= (at := text.find(ev)) <= start < at + len(ev)
                    for ev in reports.get(text_to_url[text], []) if ev)
        scope = {"in": "in_scope", "arguable": "arguable", "out": "out_of_scope"}[tag["scope"]]
        figures[scope] += 1
        figures[f"{scope}_found"] += found
        if scope == "in_scope" and not found:
            misses.append(f"  missed {key}: {tag['why']}")
    figures["in_scope_recall"] = round(figures["in_scope_found"] / figures["in_scope"], 3)
    print(json.dumps(figures))
    print("\n".join(misses), file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "corpus":
        make_corpus(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 5 and sys.argv[1] == "score":
        score(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        sys.exit(__doc__)
