"""Security hardening: headers, sign-in throttling, no personal data in URLs or logs."""

from __future__ import annotations

import datetime
import logging
import re
from collections.abc import Iterator
from typing import Any

import pytest
from django.test import Client as HttpClient
from django.urls import Resolver404, URLPattern, URLResolver, get_resolver, resolve, reverse

pytestmark = pytest.mark.django_db


def test_content_security_policy_on_public_and_admin_pages(client: HttpClient) -> None:
    from wapsi.hub.tests.factories import home_for

    home_for("en")
    public = client.get("/en/")
    assert "script-src 'self';" in public["Content-Security-Policy"]
    assert "unsafe-inline" not in public["Content-Security-Policy"]
    assert public["Referrer-Policy"] == "same-origin"
    assert public["X-Content-Type-Options"] == "nosniff"
    assert "geolocation=()" in public["Permissions-Policy"]
    assert "frame-ancestors 'self'" in client.get("/admin/login/")["Content-Security-Policy"]


def test_public_pages_run_no_inline_script(client: HttpClient) -> None:
    from wapsi.hub.tests.factories import home_for, topic

    home_for("en")
    topic(title="Scripts", slug="scripts")
    body = client.get("/en/scripts/").content.decode()
    assert "<script>" not in body and " on" + "click=" not in body


def test_sign_in_is_throttled_after_five_failures(django_user_model: type) -> None:
    django_user_model.objects.create_user(username="target", password="correct-horse-battery")
    http = HttpClient(REMOTE_ADDR="10.1.2.3")
    for _ in range(5):
        response = http.post("/admin/login/", {"username": "target", "password": "wrong"})
        assert response.status_code in {200, 429}
    locked = http.post("/admin/login/", {"username": "target", "password": "correct-horse-battery"})
    assert locked.status_code == 429
    assert "_auth_user_id" not in http.session


def test_password_policy_refuses_short_and_common_passwords() -> None:
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    for weak in ("short1", "password1234", "123456789012"):
        with pytest.raises(ValidationError):
            validate_password(weak)
    validate_password("a long passphrase for the centre")


def _routes(patterns: list[Any], prefix: str = "") -> Iterator[tuple[str, URLPattern]]:
    """Every route the site serves, with its full path as written in the URLconfs."""
    for entry in patterns:
        if isinstance(entry, URLResolver):
            yield from _routes(entry.url_patterns, prefix + str(entry.pattern))
        else:
            yield prefix + str(entry.pattern), entry


def test_case_urls_carry_ids_not_codes() -> None:
    """Case routes take integer ids; a client's code or phone never appears in a URL."""
    from wapsi.cases import urls as case_urls

    for pattern in case_urls.urlpatterns:
        route = str(pattern.pattern)
        assert "code" not in route and "phone" not in route, route
    # Wherever the site mounts a case view, each part of its path it captures is an integer id
    # (or the random token of a provider's link), never free text such as a code.
    served = [
        (route, re.findall(r"<(?:(\w+):)?(\w+)>", route))
        for route, pattern in _routes(get_resolver().url_patterns)
        if getattr(pattern.callback, "__module__", "").startswith("wapsi.cases.")
    ]
    names = {pattern.name for pattern in case_urls.urlpatterns}
    assert len(served) >= len(names), "every case route is served"
    for route, captures in served:
        assert "code" not in route and "phone" not in route, route
        for converter, name in captures:
            assert converter == "int" or name == "token", route
    # So a client's code cannot even be routed to a case screen.
    detail = reverse("cases:client_detail", kwargs={"pk": 7})
    assert resolve(detail).kwargs == {"pk": 7}
    with pytest.raises(Resolver404):
        resolve(detail.replace("/7/", "/DEMO-0007/"))


def test_no_personal_data_in_logs(caplog: pytest.LogCaptureFixture) -> None:
    """Drive the case screens, including refusals and errors, and scan every log line."""
    from wapsi.cases.tests.factories import CentreFactory, staff

    caplog.set_level(logging.DEBUG)
    centre, other = CentreFactory(), CentreFactory()
    counsellor = staff("counsellor", centre=centre)
    stranger = staff("counsellor", centre=other)
    http = HttpClient()
    http.force_login(counsellor)
    phone = "0300 9876543"
    response = http.post(
        "/staff/sessions/quick/",
        {"client_type": "returnee", "gender": "male", "age_band": "25-34", "district": "PK-PB-JLM", "consent": "on",
         "held_on": datetime.date.today().isoformat(), "channel": "walk_in", "duration_minutes": "10", "phone": phone},
    )  # fmt: skip
    assert response.status_code == 302
    from wapsi.cases.models import Client

    client = Client.objects.get()
    http.get(f"/staff/clients/{client.pk}/")
    http.get(f"/staff/clients/{client.pk}/export.json")
    outsider = HttpClient()
    outsider.force_login(stranger)
    assert outsider.get(f"/staff/clients/{client.pk}/").status_code == 404  # logged as "Not Found"
    http.post("/staff/sessions/quick/", {"age_band": "bad"})  # a refused form
    text = caplog.text
    assert caplog.records, "the scan must see log lines to mean anything"
    for secret in (client.code, phone, phone.replace(" ", ""), "Jhelum", "PK-PB-JLM"):
        assert secret not in text, secret
