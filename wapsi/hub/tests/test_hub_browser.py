"""End to end with JavaScript off: an intending migrant reads the Urdu hub, searches, answers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


def test_urdu_reader_without_javascript(
    live_server: Any, browser: Any, artifacts_dir: Path
) -> None:
    from wapsi.demo import hub_content
    from wapsi.demo.loader import load_demo
    from wapsi.hub.models import PageFeedback

    load_demo()
    urdu_guide = next(g for g in hub_content.GUIDES if g["slug"] == "pakistan")["translations"][
        "ur"
    ]
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 390, "height": 844}, locale="ur-PK"
    )
    page = context.new_page()

    page.goto(f"{live_server.url}/ur/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    page.get_by_role("link", name=urdu_guide["title"]).click()
    page.wait_for_url(f"{live_server.url}/ur/pakistan/")
    assert page.locator("h1").inner_text() == urdu_guide["title"]
    page.screenshot(path=str(artifacts_dir / "guide-pakistan-ur.png"), full_page=True)

    # Typed on an Arabic keyboard: Arabic yeh and kaf where Urdu writes Farsi yeh and keheh.
    page.locator("#header-q").fill("پاكستان ويزا")
    page.locator("#header-q").press("Enter")
    page.wait_for_url("**/ur/search/**")
    results = page.locator("main .card h3 a")
    assert results.count() >= 1
    assert urdu_guide["title"] in results.all_inner_texts()
    page.screenshot(path=str(artifacts_dir / "search-ur.png"), full_page=True)

    results.filter(has_text=urdu_guide["title"]).first.click()
    page.wait_for_url(f"{live_server.url}/ur/pakistan/")
    page.locator("input[name=useful][value=yes]").check()
    page.locator("#feedback-comment").fill("بہت مفید معلومات")
    page.locator(".feedback button[type=submit]").click()
    page.wait_for_url("**feedback=thanks**")
    assert page.locator(".feedback [role=status]").count() == 1
    saved = PageFeedback.objects.get()
    assert (saved.language, saved.useful, saved.comment) == ("ur", True, "بہت مفید معلومات")
    context.close()
