"""End to end: a real Chromium opens the home page in English and in Urdu."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


def test_home_in_english_and_urdu(live_server: Any, browser: Any, artifacts_dir: Path) -> None:
    from wapsi.demo.loader import load_demo

    load_demo()
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(f"{live_server.url}/en/")
    html = page.locator("html")
    assert html.get_attribute("lang") == "en"
    assert html.get_attribute("dir") == "ltr"
    page.screenshot(path=str(artifacts_dir / "home-en.png"), full_page=True)

    # The switcher names Urdu in Urdu; following it keeps the reader on the same page.
    page.get_by_role("link", name="اردو").click()
    page.wait_for_url(f"{live_server.url}/ur/")
    assert html.get_attribute("lang") == "ur"
    assert html.get_attribute("dir") == "rtl"
    assert page.locator("h1").inner_text() == "محفوظ ہجرت، واپسی اور دوبارہ آبادکاری"
    current = page.locator(".langs a[aria-current]")
    assert current.inner_text() == "اردو"
    # Mirrored layout: in RTL the brand sits at the right edge of the header.
    brand = page.locator(".brand").bounding_box()
    assert brand["x"] > 390 / 2
    page.screenshot(path=str(artifacts_dir / "home-ur.png"), full_page=True)

    # The skip link is the first stop for a keyboard user.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
