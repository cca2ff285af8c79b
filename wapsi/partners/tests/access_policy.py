"""The partners app's part of the access policy (wapsi/tests/access_policy.py adds it).

The partner API routes answer 401 without a key to everyone, signed-in staff included: a staff
session is not a partner key. The staff screens are for administrators.
"""

from __future__ import annotations

from typing import Any

from wapsi.tests.access_policy_base import DENIED, LOGIN, NOT_ALLOWED, OK, Rule

UNAUTHORISED = 401
ADMINISTRATORS = {"anonymous": LOGIN, "administrator": OK}


def _keyed(url: str, note: str) -> Rule:
    return Rule(url=url, default=UNAUTHORISED, note=note)


def _admin(url: str) -> Rule:
    return Rule(url=url, default=DENIED, outcomes=ADMINISTRATORS)


POLICY: list[tuple[str, Rule]] = [
    (r"^api/v1/changes$", Rule(url="/api/v1/changes", default=OK, note="public: no key")),
    (r"^api/v1/partner/usage$", _keyed("/api/v1/partner/usage", "a partner key's own usage")),
    (
        r"^api/v1/partner/subscriptions$",
        _keyed("/api/v1/partner/subscriptions", "a key with the events scope; POST creates"),
    ),
    (
        r"^api/v1/partner/subscriptions/<pk>$",
        _keyed("/api/v1/partner/subscriptions/{subscription}", "the key's own subscriptions"),
    ),
    (
        r"^api/v1/partner/subscriptions/<pk>/deliveries$",
        _keyed("/api/v1/partner/subscriptions/{subscription}/deliveries", "the key's own log"),
    ),
    (r"^staff/partners/$", _admin("/staff/partners/")),
    (r"^staff/partners/new/$", _admin("/staff/partners/new/")),
    (r"^staff/partners/<int:pk>/$", _admin("/staff/partners/{partner_key}/")),
    (
        r"^staff/partners/<int:pk>/revoke/$",
        Rule(url="/staff/partners/{partner_key}/revoke/", default=NOT_ALLOWED, note="POST only"),
    ),
    (
        r"^staff/partners/subscriptions/<int:pk>/$",
        _admin("/staff/partners/subscriptions/{subscription}/"),
    ),
]


def world(users: dict[str, Any]) -> dict[str, Any]:
    from wapsi.partners.tests.factories import partner_key, subscription

    key = partner_key(actor=users["administrator"]).key
    return {"partner_key": key.pk, "subscription": subscription(key=key).pk}
