"""End to end with JavaScript off: a returnee shares a story in Arabic with a photo, keeps the
code, and withdraws the story with it."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_arabic_intake_without_javascript(
    live_server: Any, browser: Any, artifacts_dir: Path, tmp_path: Path, settings: Any
) -> None:
    from wapsi.voices.models import MediaState, Purpose, Status, Story
    from wapsi.voices.terms import terms_ensure

    settings.VOICES_MEDIA_ROOT = tmp_path / "voices"
    terms_ensure()
    photo = tmp_path / "photo.jpg"
    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: (36.0, 11.0, 0.0), 3: "E", 4: (44.0, 0.0, 0.0)}
    buffer = io.BytesIO()
    Image.new("RGB", (80, 60), (90, 90, 160)).save(buffer, "JPEG", exif=exif)
    photo.write_bytes(buffer.getvalue())

    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 390, "height": 844}, locale="ar-IQ"
    )
    page = context.new_page()
    page.goto(f"{live_server.url}/ar/stories/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("html").get_attribute("lang") == "ar"
    page.locator("a[href='/ar/stories/share/']").first.click()
    page.wait_for_url("**/ar/stories/share/")

    page.locator("#id_title").fill("رجعت من ألمانيا")
    page.locator("#id_text").fill("مشينا تسع ليال في الغابة. الآن أعمل في ورشة في أربيل.")
    page.locator("#id_language").select_option("ar")
    page.locator("#id_country").select_option("IQ")
    page.locator("#id_route").select_option(
        label=page.locator("#id_route option").nth(4).inner_text()
    )
    page.locator("input[name=themes]").first.check()
    for purpose in Purpose.values:
        answer = "no" if purpose == "first_name" else "yes"
        page.locator(f"input[name=consent_{purpose}][value={answer}]").check()
    page.locator("#id_media").set_input_files(str(photo))
    page.screenshot(path=str(artifacts_dir / "story-share-ar.png"), full_page=True)
    page.locator("main form.staff-form button[type=submit]").click()

    code_text = page.locator(".code-big").inner_text().strip()
    assert re.fullmatch(r"[A-Z2-9]{4}(-[A-Z2-9]{4}){3}", code_text)
    assert page.locator("html").get_attribute("dir") == "rtl"
    page.screenshot(path=str(artifacts_dir / "story-code-ar.png"), full_page=True)

    story = Story.objects.get()
    assert (story.language, story.country, story.status) == ("ar", "IQ", Status.SUBMITTED)
    assert story.media_state == MediaState.READY
    assert not Image.open(story.media.path).getexif()
    assert {c.purpose: c.granted for c in story.consents.all()}["first_name"] is False
    assert all(c.explanation for c in story.consents.all())
    assert "ال" in story.consents.get(purpose="hub").explanation  # told in Arabic
    media_path = Path(story.media.path)

    page.goto(f"{live_server.url}/ar/stories/withdraw/")
    page.locator("#id_code").fill(code_text.lower())
    page.locator("main form.staff-form button[type=submit]").click()
    assert page.locator("h1").count() == 1
    story.refresh_from_db()
    assert story.status == Status.WITHDRAWN
    assert not media_path.exists()
    page.screenshot(path=str(artifacts_dir / "story-withdrawn-ar.png"), full_page=True)
    context.close()
