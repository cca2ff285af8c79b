"""Sign-in and sign-out: the second step for administrators, sign-out that ends the session on
the server, the throttle per username and per address, and sign-ins in the audit log."""

from __future__ import annotations

from importlib import import_module

import pytest
from django.conf import settings
from django.test import Client

from wapsi.accounts.signins import username_digest
from wapsi.accounts.twofactor import needs_second_factor
from wapsi.audit.models import AuditAction, AuditEntry
from wapsi.cases.tests.factories import CentreFactory, staff

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"


def _session_alive(key: str) -> bool:
    store = import_module(settings.SESSION_ENGINE).SessionStore
    return bool(store().exists(key))


def test_the_administrator_role_takes_the_second_step(settings: object) -> None:
    settings.WAPSI_REQUIRE_2FA = True  # type: ignore[attr-defined]
    admin = staff("administrator")
    assert not admin.is_superuser
    assert needs_second_factor(admin)
    http = Client()
    http.force_login(admin)
    response = http.get("/admin/")
    assert response.status_code == 302 and response["Location"].startswith("/staff/2fa/")


def test_every_role_that_reads_case_records_or_testimony_takes_the_second_step() -> None:
    for role in (
        "counsellor",
        "centre_manager",
        "provider_staff",
        "testimony_moderator",
        "administrator",
    ):
        assert needs_second_factor(staff(role)), role
    assert not needs_second_factor(staff("content_editor"))


@pytest.mark.parametrize("path", ["/admin/logout/", "/staff/sign-out/"])
@pytest.mark.parametrize("method", ["get", "head", "put", "delete", "options"])
def test_a_sign_out_other_than_post_changes_nothing(path: str, method: str) -> None:
    user = staff("content_editor")
    http = Client()
    http.force_login(user)
    key = http.session.session_key
    assert key
    response = getattr(http, method)(path)
    assert response.status_code == 405
    # Either the server session is gone, or nothing changed: here nothing changed, and the
    # cookie is neither deleted nor replaced.
    cookie = response.cookies.get(settings.SESSION_COOKIE_NAME)
    assert cookie is None or cookie.value == key
    assert _session_alive(key)
    assert http.get("/admin/").status_code == 200


@pytest.mark.parametrize("path", ["/admin/logout/", "/staff/sign-out/"])
def test_sign_out_by_post_ends_the_session_on_the_server(path: str) -> None:
    user = staff("content_editor")
    http = Client()
    http.force_login(user)
    key = http.session.session_key
    assert key
    response = http.post(path)
    assert response.status_code == 302
    assert not _session_alive(key)
    # Even someone who kept the old cookie is signed out.
    stale = Client()
    stale.cookies[settings.SESSION_COOKIE_NAME] = key
    assert stale.get("/admin/").status_code == 302


def test_one_address_trying_many_usernames_is_locked(django_user_model: type) -> None:
    django_user_model.objects.create_user(username="real-person", password=PASSWORD)
    http = Client(REMOTE_ADDR="10.9.8.7")
    for n in range(8):
        http.post("/admin/login/", {"username": f"guess-{n}", "password": "wrong"})
    # The address is locked: even the right password of a real account is refused from it.
    locked = http.post("/admin/login/", {"username": "real-person", "password": PASSWORD})
    assert locked.status_code == 429
    assert "_auth_user_id" not in http.session
    # From another address, the account still signs in.
    other = Client(REMOTE_ADDR="10.9.8.8")
    assert (
        other.post("/admin/login/", {"username": "real-person", "password": PASSWORD}).status_code
        == 302
    )


def test_one_username_from_many_addresses_is_locked(django_user_model: type) -> None:
    django_user_model.objects.create_user(username="target", password=PASSWORD)
    for n in range(5):
        Client(REMOTE_ADDR=f"10.0.0.{n + 1}").post(
            "/admin/login/", {"username": "target", "password": "wrong"}
        )
    fresh = Client(REMOTE_ADDR="10.0.0.99")
    assert (
        fresh.post("/admin/login/", {"username": "target", "password": PASSWORD}).status_code == 429
    )


def test_sign_ins_and_failures_are_in_the_audit_log(django_user_model: type) -> None:
    user = django_user_model.objects.create_user(username="amina", password=PASSWORD)
    http = Client(REMOTE_ADDR="10.1.1.1")
    http.post("/admin/login/", {"username": "amina", "password": "not-it"})
    http.post("/admin/login/", {"username": "Someone Else 0300", "password": "guess"})
    assert (
        http.post("/admin/login/", {"username": "amina", "password": PASSWORD}).status_code == 302
    )

    failures = list(
        AuditEntry.objects.filter(action=AuditAction.REFUSE, object_type="accounts.user").order_by(
            "pk"
        )
    )
    assert len(failures) == 2
    assert failures[0].object_id == str(user.pk)  # a known account: its id, not its name
    assert failures[1].object_id == ""
    assert failures[1].detail["username_digest"] == username_digest("Someone Else 0300")
    signed_in = AuditEntry.objects.get(action=AuditAction.SIGN_IN)
    assert signed_in.actor_id == user.pk and signed_in.object_id == str(user.pk)
    assert signed_in.ip_address == "10.1.1.1"
    for entry in AuditEntry.objects.all():
        text = f"{entry.actor_label} {entry.object_id} {entry.detail}"
        assert "not-it" not in text and "guess" not in text
        assert "Someone Else" not in text and "0300" not in text


def test_a_counsellor_is_recorded_when_signing_in() -> None:
    counsellor = staff("counsellor", centre=CentreFactory())
    Client().force_login(counsellor)
    assert AuditEntry.objects.filter(action=AuditAction.SIGN_IN, actor_id=counsellor.pk).exists()
