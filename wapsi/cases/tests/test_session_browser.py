"""A counsellor logs a session on a phone with the keyboard only."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.test import Client as HttpClient

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# The quick form marks 7 inputs required, and 2 of them (date, minutes) come filled in; the
# channel list starts on "walk-in", so a counsellor types 5 things: type, gender, age band,
# consent and district.
REQUIRED_FIELDS = 7
PREFILLED_REQUIRED = 2


def test_log_a_session_with_the_keyboard_only(
    live_server: Any, browser: Any, artifacts_dir: Path
) -> None:
    from wapsi.audit.models import AuditEntry
    from wapsi.cases.models import Client, CounsellingSession
    from wapsi.cases.tests.factories import CentreFactory, staff

    counsellor = staff("counsellor", centre=CentreFactory(city="Islamabad"))
    http = HttpClient()
    http.force_login(counsellor)
    context = browser.new_context(viewport={"width": 390, "height": 844}, has_touch=True)
    host = live_server.url.split("//", 1)[1].split(":")[0]
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": http.cookies[settings.SESSION_COOKIE_NAME].value,
                "domain": host,
                "path": "/",
            }
        ]
    )
    page = context.new_page()
    page.goto(f"{live_server.url}/staff/sessions/quick/")

    required = page.evaluate(
        "() => new Set([...document.querySelectorAll('form.staff-form [required]')].map(e => e.name)).size"
    )
    prefilled = page.evaluate(
        "() => new Set([...document.querySelectorAll('form.staff-form [required]')]"
        ".filter(e => e.type !== 'radio' && e.type !== 'checkbox' && e.value).map(e => e.name)).size"
    )
    assert (required, prefilled) == (REQUIRED_FIELDS, PREFILLED_REQUIRED)

    # From the top of the page: the skip link past the staff header, then the form.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#main"
    page.keyboard.press("Enter")
    tabs = 2
    while page.evaluate("document.activeElement.name") != "client_type" and tabs < 12:
        page.keyboard.press("Tab")
        tabs += 1
    keys = [
        "ArrowDown",
        "Tab",
        "ArrowDown",
        "Tab",
        "ArrowDown",
        "ArrowDown",
        "ArrowDown",
        "Tab",
        "Space",
        "Tab",
        "Tab",
    ]
    assert page.evaluate("document.activeElement.name") == "client_type"
    for key in keys:
        page.keyboard.press(key)
    assert page.evaluate("document.activeElement.name") == "district"
    page.keyboard.type("Rawalpindi")  # a select picks the option its typed name begins
    assert page.evaluate("document.activeElement.value") == "PK-PB-RWP"
    page.screenshot(path=str(artifacts_dir / "session-quick.png"), full_page=True)
    # Enter in a select does not submit the form: on to the date field, where it does.
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert tabs + len(keys) + 2 < 20  # keystrokes besides the district's name
    # (a redirect keeps the #main of the skip link, as browsers do)
    page.wait_for_url(re.compile(r".*/staff/clients/\d+/(#main)?$"))
    assert "Rawalpindi" in page.content()
    page.screenshot(path=str(artifacts_dir / "session-saved.png"))

    client = Client.objects.get()
    assert (client.client_type, client.gender, client.age_band, client.district) == (
        "returnee",
        "female",
        "25-34",
        "PK-PB-RWP",  # the managed list's code (wapsi.lib.countries)
    )
    session = CounsellingSession.objects.get()
    assert (session.channel, session.duration_minutes, session.client_id) == (
        "walk_in",
        20,
        client.pk,
    )
    assert (
        AuditEntry.objects.filter(object_type="cases.counsellingsession", action="create").count()
        == 1
    )
    assert tabs + len(keys) + 2 <= 20  # under twenty keystrokes, and the district's name
    context.close()
