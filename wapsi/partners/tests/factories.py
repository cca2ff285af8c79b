"""Partner keys and subscriptions for tests, made through the services."""

from __future__ import annotations

import datetime
from typing import Any

from django.utils import timezone

from wapsi.partners.models import PartnerKey, Scope, Subscription
from wapsi.partners.services import NewKey, partner_key_create


def administrator() -> Any:
    from wapsi.cases.tests.factories import staff

    user = staff("administrator")
    return user


def partner_key(
    *,
    actor: Any = None,
    scopes: list[str] | None = None,
    expires_in: datetime.timedelta = datetime.timedelta(days=30),
    name: str = "Partner platform",
) -> NewKey:
    return partner_key_create(
        actor=actor or administrator(),
        name=name,
        contact_email="dev@partner.example",
        scopes=[Scope.EVENTS] if scopes is None else scopes,
        expires_at=timezone.now() + expires_in,
    )


def subscription(
    *, key: PartnerKey, url: str = "http://127.0.0.1:9/hook", event_types: list[str] | None = None
) -> Subscription:
    # Made directly (not through the API): a receiver on a closed port is fine for access tests.
    return Subscription.objects.create(
        key=key,
        url=url,
        event_types=event_types or ["story.withdrawn"],
        secret="whsec_" + "A" * 32,
    )
