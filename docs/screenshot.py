"""Regenerate docs/explorer.png, the README's picture of the example graph's page.

    python docs/screenshot.py        (needs Debian's chromium and fonts-noto-cjk)
"""
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from browser import ARGS, CHROMIUM  # noqa: E402

import govkg  # noqa: E402


def main() -> int:
    from playwright.sync_api import sync_playwright

    out = Path(tempfile.mkdtemp(prefix="govkg-shot-"))
    page_path = govkg.build([ROOT / "examples"]).write(out)[1]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 860})
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file://") else r.abort())
        page.goto(page_path.as_uri())
        page.wait_for_function("window.govkg && window.govkg.firstDraw !== null")
        page.wait_for_timeout(3000)  # let the small graph's physics settle
        page.evaluate("window.govkg.network.stopSimulation()")
        page.fill("#search", "威海讲坛")
        page.press("#search", "Enter")
        page.evaluate("window.govkg.network.moveTo({scale: 0.9})")
        page.wait_for_timeout(500)
        page.screenshot(path=str(ROOT / "docs" / "explorer.png"))
        browser.close()
    print("wrote docs/explorer.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
