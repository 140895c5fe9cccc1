#!/usr/bin/env python3
"""Fail when a module defines the same top-level function or class twice (the second silently replaces the first).

ruff's F811 misses a redefinition whose first version is "used" (by itself, recursively, or earlier in the module), which
is how a helper added under an existing name shadowed another in `ingest/nlp/parties.py` once. Standard library only.

usage: check_redefinitions.py DIR...
"""
import ast
import sys
from collections import Counter
from pathlib import Path


def redefined(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names = Counter(n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)))
    return sorted(name for name, count in names.items() if count > 1)


def main(dirs: list[str]) -> int:
    found = 0
    for d in dirs:
        for path in sorted(Path(d).rglob("*.py")):
            if ".venv" in path.parts or "migrations" in path.parts:
                continue
            for name in redefined(path):
                print(f"{path}: {name} is defined more than once at module level")
                found += 1
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["."]))
