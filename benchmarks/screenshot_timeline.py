"""The README's screenshot: the timeline page over the demo meetings, in headless Chromium.

    .venv/bin/python benchmarks/screenshot_timeline.py   # writes docs/screenshot-timeline.png

Builds `benchmarks.demo_data` in a scratch SQLite database (never the project's), serves it on
127.0.0.1 and photographs the top of the page: filters, legend, the timeline, the start of the list.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.timeline_page import CHROMIUM, CHROMIUM_ARGS, ROOT, django_setup, serve  # noqa: E402

OUT = ROOT / "docs" / "screenshot-timeline.png"


def main(port: int = 8798) -> None:
    with tempfile.TemporaryDirectory(prefix="sidelines-shot-") as tmp:
        database_url = f"sqlite:///{tmp}/demo.sqlite3"
        django_setup(database_url)
        from benchmarks.demo_data import build_demo

        build_demo()
        from playwright.sync_api import sync_playwright

        with serve(database_url, port) as base, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(base + "/")
            page.locator("[data-timeline][data-rendered]").wait_for()
            panel = page.locator(".timeline-panel").bounding_box()
            OUT.parent.mkdir(exist_ok=True)
            page.screenshot(path=str(OUT), clip={"x": 0, "y": 0, "width": 1280, "height": panel["y"] + panel["height"] + 260})
            browser.close()
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
