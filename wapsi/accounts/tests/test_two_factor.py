"""Roles that see case records need a second factor; other roles do not."""

from __future__ import annotations

import pytest
from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from wapsi.cases.tests.factories import CentreFactory, staff

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _require(settings: object) -> None:
    settings.WAPSI_REQUIRE_2FA = True


def code_for(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=device.drift):06d}"


def test_counsellor_is_sent_to_the_second_step_then_let_in() -> None:
    counsellor = staff("counsellor", centre=CentreFactory())
    http = Client()
    http.force_login(counsellor)
    response = http.get("/staff/clients/")
    assert response.status_code == 302 and response["Location"].startswith(
        "/staff/2fa/?next=/staff/clients/"
    )
    assert http.get("/admin/").status_code == 302
    setup = http.get("/staff/2fa/?next=/staff/clients/")
    device = TOTPDevice.objects.get(user=counsellor)
    assert device.bin_key and not device.confirmed
    assert "Add this key" in setup.content.decode()
    ok = http.post("/staff/2fa/", {"token": code_for(device), "next": "/staff/clients/"})
    assert ok.status_code == 302 and ok["Location"] == "/staff/clients/"
    assert http.get("/staff/clients/").status_code == 200
    device.refresh_from_db()
    assert device.confirmed


def test_a_wrong_code_is_refused_and_further_tries_are_slowed() -> None:
    counsellor = staff("counsellor", centre=CentreFactory())
    http = Client()
    http.force_login(counsellor)
    http.get("/staff/2fa/")
    device = TOTPDevice.objects.get(user=counsellor)
    right = code_for(device)
    wrong = http.post("/staff/2fa/", {"token": "000000" if right != "000000" else "111111"})
    assert wrong.status_code == 400
    # django-otp throttles after a failure: even the right code waits out the delay.
    assert http.post("/staff/2fa/", {"token": right}).status_code == 400
    assert http.get("/staff/clients/").status_code == 302


def test_roles_without_case_records_need_no_second_step() -> None:
    editor = staff("content_editor")
    http = Client()
    http.force_login(editor)
    assert http.get("/admin/").status_code == 200


def test_second_step_page_needs_a_signed_in_user() -> None:
    assert Client().get("/staff/2fa/")["Location"].startswith("/admin/login/")


def test_a_superuser_takes_the_second_step_too() -> None:
    # A superuser sees every case record and testimony: a password alone is not enough.
    admin = staff("content_editor")
    admin.is_superuser = True
    admin.save()
    http = Client()
    http.force_login(admin)
    response = http.get("/staff/voices/")
    assert response.status_code == 302
    assert response["Location"].startswith("/staff/2fa/")
