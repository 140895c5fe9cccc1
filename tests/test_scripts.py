"""The developer scripts in scripts/: the lint check for redefinitions, and the extraction regression compare."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(*args):
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=ROOT, check=False)


def test_a_module_level_function_defined_twice_fails_the_check(tmp_path):
    (tmp_path / "twice.py").write_text("def helper():\n    return helper()\n\n\ndef helper():\n    return 1\n")
    (tmp_path / "once.py").write_text("def helper():\n    return 1\n")
    done = _run("scripts/check_redefinitions.py", str(tmp_path))
    assert done.returncode == 1 and "twice.py: helper" in done.stdout and "once.py" not in done.stdout


def test_the_project_s_modules_define_each_name_once():
    done = _run("scripts/check_redefinitions.py", "config", "ingest", "meetings", "scripts", "benchmarks", "tests")
    assert done.returncode == 0, done.stdout


def test_compare_lists_the_texts_whose_reports_differ(tmp_path):
    report = {"status": "held", "mode": "in_person", "participants": [{"name": "Anna de Vries", "country": "NL"}],
              "start_date": "2024-02-06", "end_date": "2024-02-06", "place": None, "occasion": "", "evidence": "They met."}
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text(json.dumps({"key": "x#0", "reports": [report]}) + "\n" + json.dumps({"key": "y#0", "reports": []}) + "\n")
    b.write_text(json.dumps({"key": "x#0", "reports": [{**report, "status": "planned"}]}) + "\n"
                 + json.dumps({"key": "y#0", "reports": []}) + "\n")
    done = _run("scripts/regress_extraction.py", "compare", str(a), str(b))
    assert "## x#0" in done.stdout and "- held" in done.stdout and "+ planned" in done.stdout and "y#0" not in done.stdout
    assert "1 of 2 texts differ" in done.stderr
