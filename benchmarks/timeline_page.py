"""Is the timeline usable with 5,000 meetings? Load and first interaction, measured in headless Chromium.

    .venv/bin/python benchmarks/timeline_page.py            # 5,000 meetings, 3 runs
    .venv/bin/python benchmarks/timeline_page.py --meetings 20000 --runs 5

It builds a scratch SQLite database (never the project's), fills it with synthetic meetings through
bulk inserts, serves it with `manage.py runserver` on 127.0.0.1, and in Chromium times:
- the page's `load` event and the timeline's first drawing (its data comes from /timeline.json),
- the first interaction: a zoom (button), a wheel zoom, a drag pan, and a lane switch, each until drawn,
- a filter applied through the form (a new page load) until the timeline is drawn again.
Prints one line per figure (median of the runs, and the worst) and the JSON of every run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
STATUSES = ["held"] * 6 + ["planned"] * 2 + ["possible"] * 2 + ["postponed", "cancelled", "ruled_out"]


def django_setup(database_url: str) -> None:
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


def populate(n: int, seed: int = 7) -> None:
    """n meetings between 120 people of 40 countries over 15 years; one in ten multilateral."""
    from django.db import transaction

    from meetings.models import Meeting, Participant, Person, Place

    rng = random.Random(seed)
    countries = [
        "RU",
        "US",
        "CN",
        "DE",
        "FR",
        "GB",
        "IR",
        "TR",
        "IN",
        "JP",
        "BR",
        "ZA",
        "SA",
        "QA",
        "EG",
        "IL",
        "UA",
        "PL",
        "IT",
        "ES",
        "CA",
        "MX",
        "AR",
        "KR",
        "ID",
        "AU",
        "NG",
        "KE",
        "ET",
        "PK",
        "AF",
        "IQ",
        "SY",
        "JO",
        "AE",
        "KZ",
        "BY",
        "AM",
        "AZ",
        "GE",
    ]
    with transaction.atomic():
        people = Person.objects.bulk_create(
            Person(name=f"Minister {i:03d} {c}", name_key=f"minister {i:03d} {c.lower()}", country=c, role="Foreign Minister")
            for i, c in enumerate(countries * 3)
        )
        places = Place.objects.bulk_create(
            Place(
                name=f"City {i}",
                key=f"city {i}",
                country=c,
                kind="city",
                latitude=rng.uniform(-60, 60),
                longitude=rng.uniform(-180, 180),
            )
            for i, c in enumerate(countries)
        )
        # a few pairs meet far more often than the rest, as Lavrov and Kerry did
        regulars = [(people[0], people[1]), (people[2], people[3]), (people[0], people[6])]
        start = date(2010, 1, 1)
        meetings, parties = [], []
        for i in range(n):
            a, b = regulars[i % 3] if rng.random() < 0.3 else rng.sample(people, 2)
            day = start + timedelta(days=rng.randrange(15 * 365))
            multi = rng.random() < 0.1
            meetings.append(
                Meeting(
                    start_date=day,
                    end_date=day + timedelta(days=rng.choice([0, 0, 0, 1, 2])),
                    date_precision=rng.choice(["day"] * 8 + ["month"]),
                    place=rng.choice(places),
                    occasion=rng.choice(["", "", "G20 summit", "UN General Assembly", "APEC summit", "talks on Syria"]),
                    status=rng.choice(STATUSES),
                    report_count=1,
                )
            )
            parties.append((a, b, rng.choice(countries) if multi else None))
        Meeting.objects.bulk_create(meetings, batch_size=500)
        rows = []
        for meeting, (a, b, extra) in zip(meetings, parties, strict=True):
            rows += [
                Participant(meeting=meeting, person=a, role=a.role, country=a.country),
                Participant(meeting=meeting, person=b, role=b.role, country=b.country),
            ]
            if extra and extra not in (a.country, b.country):
                rows.append(Participant(meeting=meeting, person=None, role="Foreign Minister", country=extra))
        Participant.objects.bulk_create(rows, batch_size=1000)


@contextmanager
def serve(database_url: str, port: int):
    """`manage.py runserver` on the scratch database; stopped (by its own pid) on exit."""
    env = {**os.environ, "DATABASE_URL": database_url, "DEBUG": "1", "LOG_LEVEL": "WARNING"}
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/static/css/sidelines.css", timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        else:
            raise RuntimeError("the server did not come up")
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)


def fetch_ms(url: str) -> tuple[float, int]:
    t = time.perf_counter()
    with urllib.request.urlopen(url, timeout=60) as r:
        size = len(r.read())
    return (time.perf_counter() - t) * 1000, size


def measure(browser, base: str) -> dict:
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    out = {}

    def drawn_after(n: int) -> int:
        page.locator(f"[data-timeline][data-rendered]:not([data-rendered='{n}'])").wait_for(timeout=60_000)
        return int(page.get_attribute("[data-timeline]", "data-rendered"))

    t = time.perf_counter()
    page.goto(base + "/", wait_until="load")
    out["load_ms"] = (time.perf_counter() - t) * 1000
    renders = drawn_after(0)
    out["first_draw_ms"] = (time.perf_counter() - t) * 1000
    out["svg_nodes"] = page.locator("[data-timeline] svg *").count()
    timeline = page.locator("[data-timeline]")
    # in the page's own clock: JSON in hand (ms since navigation), items prepared, the first draw
    out["json_in_hand_ms"] = float(timeline.get_attribute("data-fetched-ms"))
    out["js_prepare_ms"] = float(timeline.get_attribute("data-prepare-ms"))
    out["js_first_render_ms"] = float(timeline.get_attribute("data-render-ms"))

    def interaction(name, act):
        nonlocal renders
        t = time.perf_counter()
        act()
        renders = drawn_after(renders)
        out[name] = (time.perf_counter() - t) * 1000
        out[name.replace("_ms", "_js_render_ms")] = float(page.get_attribute("[data-timeline]", "data-render-ms"))

    box = page.locator("[data-timeline]").bounding_box()
    interaction("zoom_button_ms", lambda: page.click("button[data-zoom='in']"))
    page.mouse.move(box["x"] + box["width"] * 0.6, box["y"] + 80)
    interaction("wheel_zoom_ms", lambda: page.mouse.wheel(0, -240))

    def drag():
        page.mouse.down()
        page.mouse.move(box["x"] + box["width"] * 0.3, box["y"] + 80, steps=2)
        page.mouse.up()

    interaction("drag_pan_ms", drag)
    interaction("lane_switch_ms", lambda: page.click("a[data-lanes='country']"))

    t = time.perf_counter()
    page.check("input[name='status'][value='held']")
    page.click("form.filter-bar button[type='submit']")
    page.wait_for_load_state("load")
    drawn_after(0)
    out["filter_apply_ms"] = (time.perf_counter() - t) * 1000
    out["errors"] = errors
    context.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--meetings", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--port", type=int, default=8799)
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        sys.exit(f"Chromium is missing at {CHROMIUM}")

    with tempfile.TemporaryDirectory(prefix="sidelines-bench-") as tmp:
        database_url = f"sqlite:///{tmp}/bench.sqlite3"
        t = time.perf_counter()
        django_setup(database_url)
        populate(args.meetings)
        print(f"built {args.meetings} meetings in {time.perf_counter() - t:.1f}s")
        from playwright.sync_api import sync_playwright

        with serve(database_url, args.port) as base, sync_playwright() as playwright:
            fetch_ms(base + "/")  # warm up: imports, template loading, the country table
            server = {"html_ms": [], "json_ms": []}
            for _ in range(args.runs):
                ms, html_size = fetch_ms(base + "/")
                server["html_ms"].append(ms)
                ms, json_size = fetch_ms(base + "/timeline.json")
                server["json_ms"].append(ms)
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            runs = [measure(browser, base) for _ in range(args.runs)]
            browser.close()

    print(
        f"page {html_size / 1024:.0f} KiB, timeline.json {json_size / 1024:.0f} KiB; {runs[0]['svg_nodes']} SVG nodes after the first draw"
    )
    for key, values in server.items():
        print(f"server {key:<16} median {statistics.median(values):7.0f}   worst {max(values):7.0f}")
    for key in [k for k in runs[0] if k.endswith("_ms")]:
        values = [r[key] for r in runs]
        print(f"chromium {key:<16} median {statistics.median(values):7.0f}   worst {max(values):7.0f}")
    errors = [e for r in runs for e in r["errors"]]
    print("page errors:", errors or "none")
    print(json.dumps({"meetings": args.meetings, "server": server, "runs": runs}))


if __name__ == "__main__":
    main()
