"""Subscriptions with a key: create, read, change, delete; URLs that are not http(s) or that
point inward are refused with 422 JSON; another key's subscription does not exist."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client as HttpClient

from wapsi.audit.models import AuditEntry
from wapsi.partners.models import Subscription
from wapsi.partners.tests.factories import partner_key
from wapsi.partners.urlcheck import UnsafeUrl, webhook_url_check

pytestmark = pytest.mark.django_db

BASE = "/api/v1/partner/subscriptions"


def _api(token: str) -> HttpClient:
    return HttpClient(HTTP_AUTHORIZATION=f"Bearer {token}")


def _create(http: HttpClient, url: str, types: list[str] | None = None) -> Any:
    return http.post(
        BASE,
        data={"url": url, "event_types": types or ["story.withdrawn"]},
        content_type="application/json",
    )


def test_crud_with_the_key() -> None:
    http = _api(partner_key().token)
    made = _create(http, "http://127.0.0.1:55599/hook")
    assert made.status_code == 201
    body = made.json()
    assert body["secret"].startswith("whsec_")
    pk = body["id"]
    listed = http.get(BASE).json()
    assert [s["id"] for s in listed] == [pk]
    assert "secret" not in listed[0]  # shown once
    assert "secret" not in http.get(f"{BASE}/{pk}").json()
    changed = http.patch(
        f"{BASE}/{pk}",
        data={"event_types": ["story.withdrawn", "service.closed"], "active": False},
        content_type="application/json",
    )
    assert changed.status_code == 200
    assert changed.json()["event_types"] == ["service.closed", "story.withdrawn"]
    assert changed.json()["active"] is False
    assert http.get(f"{BASE}/{pk}/deliveries").json()["count"] == 0
    assert http.delete(f"{BASE}/{pk}").status_code == 204
    assert not Subscription.objects.exists()
    actions = list(
        AuditEntry.objects.filter(object_type="partners.subscription")
        .order_by("id")
        .values_list("action", flat=True)
    )
    assert actions == ["create", "update", "delete"]


def test_another_keys_subscription_is_not_found() -> None:
    mine = _api(partner_key().token)
    pk = _create(mine, "http://127.0.0.1:55599/hook").json()["id"]
    theirs = _api(partner_key(name="Other").token)
    for response in (
        theirs.get(f"{BASE}/{pk}"),
        theirs.get(f"{BASE}/{pk}/deliveries"),
        theirs.delete(f"{BASE}/{pk}"),
    ):
        assert response.status_code == 404
        assert response.json()["code"] == "not_found"
    assert Subscription.objects.count() == 1


def test_a_key_without_the_events_scope_may_not_subscribe() -> None:
    http = _api(partner_key(scopes=[]).token)
    response = _create(http, "http://127.0.0.1:55599/hook")
    assert response.status_code == 403
    assert response.json()["code"] == "scope_missing"


def test_no_key_no_subscriptions() -> None:
    response = _create(HttpClient(), "http://127.0.0.1:55599/hook")
    assert response.status_code == 401
    assert response.json()["code"] == "key_required"


@pytest.mark.parametrize(
    "url",
    [
        "ftp://partner.example/hook",
        "javascript:alert(1)",
        "file:///etc/passwd",
        "http://127.0.0.1/hook",
        "http://localhost:8000/hook",
        "http://10.1.2.3/hook",
        "http://192.168.0.10/hook",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/hook",
        "http://[fe80::1]/hook",
        "http://[::ffff:127.0.0.1]/hook",
        "http://0.0.0.0/hook",
        "http://user:pw@93.184.215.14/hook",
    ],
)
def test_unsafe_urls_are_refused_with_422_json(settings: Any, url: str) -> None:
    settings.PARTNERS_ALLOW_LOOPBACK = False
    response = _create(_api(partner_key().token), url)
    assert response.status_code == 422
    assert response.json()["code"] == "invalid_url"
    assert response.json()["message"]
    assert not Subscription.objects.exists()


def test_a_public_address_passes(settings: Any) -> None:
    settings.PARTNERS_ALLOW_LOOPBACK = False
    assert webhook_url_check("https://93.184.215.14/hook") == "https://93.184.215.14/hook"
    with pytest.raises(UnsafeUrl):
        webhook_url_check("https://127.0.0.1/hook")


def test_unknown_event_types_are_refused() -> None:
    response = _create(_api(partner_key().token), "http://127.0.0.1:55599/hook", ["story.eaten"])
    assert response.status_code == 422
