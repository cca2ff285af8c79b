"""An administrator onboards a counsellor: centre and provider memberships, and the reset of
a person's second sign-in step, each audited; nobody else may."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from wapsi.accounts.models import CentreMembership, ProviderMembership
from wapsi.accounts.services import (
    centre_membership_add,
    centre_membership_remove,
    user_second_factor_reset,
)
from wapsi.audit.models import AuditAction, AuditEntry
from wapsi.cases.tests.factories import staff
from wapsi.centres.tests.factories import CentreFactory, ProviderFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def people() -> dict[str, Any]:
    return {
        "admin": staff("administrator"),
        "newcomer": staff("counsellor"),
        "manager": staff("centre_manager", centre=CentreFactory()),
        "centre": CentreFactory(name="MRC Lahore"),
        "provider": ProviderFactory(name="Skills NGO"),
    }


def test_an_administrator_onboards_a_counsellor_through_the_screens(
    people: dict[str, Any],
) -> None:
    admin, newcomer, centre = people["admin"], people["newcomer"], people["centre"]
    http = Client()
    http.force_login(admin)
    assert "People" in http.get("/staff/").content.decode()
    listing = http.get("/staff/directory/people/").content.decode()
    assert newcomer.username in listing
    url = f"/staff/directory/people/{newcomer.pk}/"
    assert "MRC Lahore" in http.get(url).content.decode()
    assert http.post(url, {"action": "add_centre", "centre": centre.pk}).status_code == 302
    assert (
        http.post(url, {"action": "add_provider", "provider": people["provider"].pk}).status_code
        == 302
    )
    assert CentreMembership.objects.filter(user=newcomer, centre=centre).exists()
    assert ProviderMembership.objects.filter(user=newcomer, provider=people["provider"]).exists()
    rows = AuditEntry.objects.filter(action=AuditAction.ROLE_CHANGE, actor_id=admin.pk)
    assert {r.object_type for r in rows} == {
        "accounts.centremembership",
        "accounts.providermembership",
    }

    # The counsellor now reaches their centre's case records.
    counsellor = Client()
    counsellor.force_login(newcomer)
    assert counsellor.get("/staff/clients/").status_code == 200

    # Added twice: the form says so, nothing changes.
    again = http.post(url, {"action": "add_centre", "centre": centre.pk})
    assert again.status_code == 400 and "already works" in again.content.decode()
    assert http.post(url, {"action": "remove_centre", "centre": centre.pk}).status_code == 302
    assert not CentreMembership.objects.filter(user=newcomer, centre=centre).exists()
    assert rows.filter(detail__change="removed").count() == 1


def test_admin_users_offers_the_memberships_screen(people: dict[str, Any]) -> None:
    http = Client()
    http.force_login(people["admin"])
    link = f"/staff/directory/people/{people['newcomer'].pk}/"
    assert link in http.get("/admin/users/").content.decode()  # the user's menu
    edit = http.get(reverse("wagtailusers_users:edit", args=[people["newcomer"].pk]))
    assert edit.status_code == 200 and link in edit.content.decode()  # the user's screen


def test_only_administrators_manage_people(people: dict[str, Any]) -> None:
    manager, newcomer = people["manager"], people["newcomer"]
    http = Client()
    http.force_login(manager)
    assert http.get("/staff/directory/people/").status_code == 403
    url = f"/staff/directory/people/{newcomer.pk}/"
    assert (
        http.post(url, {"action": "add_centre", "centre": people["centre"].pk}).status_code == 403
    )
    assert not CentreMembership.objects.filter(user=newcomer).exists()
    with pytest.raises(PermissionDenied):
        centre_membership_add(actor=manager, user=newcomer, centre_id=people["centre"].pk)
    with pytest.raises(PermissionDenied):
        user_second_factor_reset(actor=manager, user=newcomer)


def test_service_errors_carry_codes(people: dict[str, Any]) -> None:
    with pytest.raises(ValidationError) as missing:
        centre_membership_add(actor=people["admin"], user=people["newcomer"], centre_id=999999)
    assert missing.value.code == "invalid_centre"
    with pytest.raises(ValidationError) as not_member:
        centre_membership_remove(
            actor=people["admin"], user=people["newcomer"], centre_id=people["centre"].pk
        )
    assert not_member.value.code == "not_member"


def test_an_administrator_resets_the_second_step(people: dict[str, Any]) -> None:
    admin, newcomer = people["admin"], people["newcomer"]
    TOTPDevice.objects.create(user=newcomer, name="authenticator", confirmed=True)
    http = Client()
    http.force_login(admin)
    url = f"/staff/directory/people/{newcomer.pk}/"
    assert "has an authenticator app set up" in http.get(url).content.decode()
    assert http.post(url, {"action": "reset_second_factor"}).status_code == 302
    assert not TOTPDevice.objects.filter(user=newcomer).exists()
    entry = AuditEntry.objects.get(
        action=AuditAction.UPDATE, object_type="accounts.user", object_id=str(newcomer.pk)
    )
    assert entry.actor_id == admin.pk
    assert entry.detail == {"second_factor": "reset", "devices": 1}
