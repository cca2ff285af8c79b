"""Partner keys: made and revoked by administrators, shown once, stored hashed; a bad key is a
401 with a JSON body; usage is counted per key and day."""

from __future__ import annotations

import datetime
import hashlib
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.test import Client as HttpClient
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wapsi.audit.models import AuditEntry
from wapsi.cases.tests.factories import staff
from wapsi.partners.models import PartnerKey, PartnerUsageDay
from wapsi.partners.services import partner_key_revoke
from wapsi.partners.tests.factories import partner_key

pytestmark = pytest.mark.django_db


def _get(path: str, **headers: str) -> Any:
    return HttpClient(**headers).get(path)


def test_a_key_is_stored_only_as_its_hash_and_audited() -> None:
    made = partner_key(name="ReturnHub")
    key = PartnerKey.objects.get()
    assert made.token.startswith(f"wapsi_{key.prefix}_")
    assert key.secret_hash == hashlib.sha256(made.token.encode()).hexdigest()
    assert made.token not in str(PartnerKey.objects.values())
    entry = AuditEntry.objects.get(object_type="partners.partnerkey")
    assert entry.action == "create"
    assert made.token not in str(entry.detail)


@pytest.mark.parametrize("role", ["counsellor", "secretariat", "testimony_moderator"])
def test_only_administrators_make_or_revoke_keys(role: str) -> None:
    with pytest.raises(PermissionDenied):
        partner_key(actor=staff(role))
    key = partner_key().key
    with pytest.raises(PermissionDenied):
        partner_key_revoke(actor=staff(role), key=key)
    assert PartnerKey.objects.get().revoked_at is None


def test_a_valid_key_opens_its_usage_and_is_counted() -> None:
    token = partner_key().token
    for _ in range(3):
        assert (
            _get("/api/v1/partner/usage", HTTP_AUTHORIZATION=f"Bearer {token}").status_code == 200
        )
    response = _get("/api/v1/partner/usage", HTTP_X_API_KEY=token)
    body = response.json()
    assert response.status_code == 200
    assert body["days"][-1]["requests"] == 4
    assert body["days"][-1]["day"] == timezone.localdate().isoformat()
    assert "private" in response["Cache-Control"]
    assert PartnerUsageDay.objects.get().requests == 4
    assert _get("/api/v1/partner/usage").status_code == 401  # no key


def _bad_keys() -> dict[str, str]:
    good = partner_key().token
    revoked = partner_key()
    partner_key_revoke(actor=staff("administrator"), key=revoked.key)
    expired = partner_key()
    PartnerKey.objects.filter(pk=expired.key.pk).update(
        expires_at=timezone.now() - datetime.timedelta(seconds=1)
    )
    return {
        "malformed_key": "not-a-key",
        "unknown_key": good[:-4] + "AAAA",
        "revoked_key": revoked.token,
        "expired_key": expired.token,
    }


def test_malformed_unknown_revoked_and_expired_keys_get_401_json_everywhere() -> None:
    for code, token in _bad_keys().items():
        for path in ("/api/v1/partner/usage", "/api/v1/changes", "/api/v1/stories"):
            response = _get(path, HTTP_AUTHORIZATION=f"Bearer {token}")
            assert response.status_code == 401, (code, path)
            assert response.json()["code"] == code
            assert response.json()["message"]
            assert response["WWW-Authenticate"] == "Bearer"


def test_public_reads_need_no_key() -> None:
    assert _get("/api/v1/changes").status_code == 200


def test_the_anonymous_limit_is_lower_than_the_keyed_one(settings: Any) -> None:
    settings.PARTNERS_ANON_RATE_LIMIT = 2
    settings.PARTNERS_KEY_RATE_LIMIT = 4
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "partners-limit-test",
        },
    }
    anonymous = [_get("/api/v1/changes", REMOTE_ADDR="198.51.100.4").status_code for _ in range(3)]
    assert anonymous == [200, 200, 429]
    token = partner_key().token
    keyed = [
        _get("/api/v1/changes", REMOTE_ADDR="198.51.100.4", HTTP_AUTHORIZATION=f"Bearer {token}")
        for _ in range(5)
    ]
    assert [r.status_code for r in keyed] == [200, 200, 200, 200, 429]
    refused = keyed[-1]
    assert refused.json()["code"] == "rate_limited"
    assert int(refused["Retry-After"]) >= 1
    assert keyed[0]["RateLimit-Limit"] == "4"
    usage = PartnerUsageDay.objects.get()
    assert (usage.requests, usage.limited) == (4, 1)


def test_administrator_makes_a_key_and_sees_its_token_once() -> None:
    admin = staff("administrator")
    http = HttpClient()
    http.force_login(admin)
    response = http.post(
        "/staff/partners/new/",
        {
            "name": "ReturnHub",
            "contact_email": "dev@returnhub.example",
            "scopes": ["events"],
            "expires_on": (timezone.localdate() + datetime.timedelta(days=90)).isoformat(),
        },
    )
    assert response.status_code == 200
    token = response.context["token"]
    assert token.encode() in response.content
    assert "no-store" in response["Cache-Control"]
    key = PartnerKey.objects.get()
    assert (key.name, key.scopes, key.created_by_id) == ("ReturnHub", ["events"], admin.pk)
    listing = http.get("/staff/partners/")
    assert key.prefix.encode() in listing.content
    assert token.encode() not in listing.content
    assert token.encode() not in http.get(f"/staff/partners/{key.pk}/").content
    _get("/api/v1/changes", HTTP_AUTHORIZATION=f"Bearer {token}")
    assert http.get("/staff/partners/").context["rows"][0].requests_today == 1
    assert http.post(f"/staff/partners/{key.pk}/revoke/").status_code == 302
    key.refresh_from_db()
    assert key.revoked_at is not None
    assert _get("/api/v1/changes", HTTP_AUTHORIZATION=f"Bearer {token}").status_code == 401


def test_a_key_cannot_expire_in_the_past() -> None:
    http = HttpClient()
    http.force_login(staff("administrator"))
    response = http.post(
        "/staff/partners/new/",
        {"name": "X", "contact_email": "x@example.org", "expires_on": "2000-01-01"},
    )
    assert response.status_code == 400
    assert not PartnerKey.objects.exists()


def test_the_key_list_runs_a_fixed_number_of_queries(django_assert_num_queries: Any) -> None:
    admin = staff("administrator")
    for n in range(5):
        partner_key(actor=admin, name=f"Partner {n}")
    http = HttpClient()
    http.force_login(admin)
    http.get("/staff/partners/")
    with CaptureQueriesContext(connection) as few:
        http.get("/staff/partners/")
    for n in range(5, 15):
        partner_key(actor=admin, name=f"Partner {n}")
    with django_assert_num_queries(len(few.captured_queries)):
        assert len(http.get("/staff/partners/").context["rows"]) == 15
