"""Security hardening: headers, sign-in throttling, no personal data in URLs or logs."""

from __future__ import annotations

import datetime
import logging

import pytest
from django.test import Client as HttpClient
from django.urls import get_resolver

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


def test_case_urls_carry_ids_not_codes() -> None:
    """Case routes take integer ids; a client's code or phone never appears in a URL."""
    from wapsi.cases import urls as case_urls

    for pattern in case_urls.urlpatterns:
        route = str(pattern.pattern)
        assert "code" not in route and "phone" not in route, route
    assert get_resolver() is not None


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
        {"client_type": "returnee", "gender": "male", "age_band": "25-34", "district": "Jhelum", "consent": "on",
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
    for secret in (client.code, phone, phone.replace(" ", ""), "Jhelum"):
        assert secret not in text, secret
