"""Writes of the partners app: keys (administrators), subscriptions (partners, with their key),
events and their deliveries (the system).

Each person's action checks permission itself and writes its audit row in the same
transaction. Events are recorded after the change they report has committed (the hooks use
transaction.on_commit), and each delivery is sent by the background worker.
"""

from __future__ import annotations

import base64
import datetime
import json
import logging
import secrets
from dataclasses import dataclass
from typing import Any

import requests
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from standardwebhooks.webhooks import Webhook

from wapsi.accounts.roles import is_administrator
from wapsi.accounts.types import Actor
from wapsi.audit.models import AuditAction
from wapsi.audit.services import audit_record
from wapsi.partners.auth import TOKEN_PREFIX, token_hash
from wapsi.partners.models import (
    Delivery,
    DeliveryStatus,
    Event,
    EventType,
    PartnerKey,
    Scope,
    Subscription,
)
from wapsi.partners.urlcheck import UnsafeUrl, webhook_url_check

logger = logging.getLogger("wapsi.partners")

# --- keys -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NewKey:
    key: PartnerKey
    token: str  # shown once; only its hash is kept


def _require_administrator(actor: Actor) -> None:
    if not is_administrator(actor):
        raise PermissionDenied(_("Only administrators manage partner keys."))


def partner_key_create(
    *,
    actor: Actor,
    name: str,
    contact_email: str,
    scopes: list[str],
    expires_at: datetime.datetime,
    request: HttpRequest | None = None,
) -> NewKey:
    """A new key; the token is returned once and never stored, only its sha256."""
    _require_administrator(actor)
    unknown = set(scopes) - set(Scope.values)
    if unknown:
        raise ValidationError(_("Unknown scope."), code="unknown_scope")
    if expires_at <= timezone.now():
        raise ValidationError(_("The expiry must lie in the future."), code="expiry_past")
    with transaction.atomic():
        prefix = secrets.token_hex(6)
        while PartnerKey.objects.filter(prefix=prefix).exists():
            prefix = secrets.token_hex(6)
        token = f"{TOKEN_PREFIX}{prefix}_{secrets.token_urlsafe(32)}"
        key = PartnerKey(
            name=name.strip(),
            contact_email=contact_email.strip(),
            scopes=sorted(set(scopes)),
            prefix=prefix,
            secret_hash=token_hash(token),
            expires_at=expires_at,
            created_by=actor if actor.is_authenticated else None,
        )
        key.full_clean()
        key.save()
        audit_record(
            actor=actor,
            action=AuditAction.CREATE,
            target=key,
            request=request,
            detail={"prefix": prefix, "scopes": key.scopes},
        )
    return NewKey(key=key, token=token)


def partner_key_revoke(
    *, actor: Actor, key: PartnerKey, request: HttpRequest | None = None
) -> PartnerKey:
    """Revoke at once: the next request with it gets 401. False-free: revoking twice is a no-op."""
    _require_administrator(actor)
    with transaction.atomic():
        locked = PartnerKey.objects.select_for_update().get(pk=key.pk)
        if locked.revoked_at is not None:
            return locked
        locked.revoked_at = timezone.now()
        locked.save(update_fields=["revoked_at"])
        Subscription.objects.filter(key=locked).update(is_active=False)
        audit_record(
            actor=actor,
            action=AuditAction.WITHDRAW,
            target=locked,
            request=request,
            detail={"prefix": locked.prefix},
        )
    return locked


# --- subscriptions (the partner's own, with its key) ------------------------------------------


@dataclass(frozen=True)
class NewSubscription:
    subscription: Subscription
    secret: str  # the signing secret, shown once


def _require_events_scope(key: PartnerKey) -> None:
    if not key.is_usable or not key.has_scope(Scope.EVENTS):
        raise PermissionDenied(_("This key may not subscribe to events (scope “events”)."))


def _clean_types(event_types: list[str]) -> list[str]:
    if not event_types:
        raise ValidationError(_("Choose at least one event type."), code="no_event_types")
    unknown = set(event_types) - set(EventType.values)
    if unknown:
        raise ValidationError(
            _("Unknown event type: %(types)s") % {"types": ", ".join(sorted(unknown))},
            code="unknown_event_type",
        )
    return sorted(set(event_types))


def _clean_url(url: str) -> str:
    try:
        return webhook_url_check(url)
    except UnsafeUrl as exc:
        raise ValidationError(str(exc), code="invalid_url") from None


def subscription_secret_new() -> str:
    return "whsec_" + base64.b64encode(secrets.token_bytes(24)).decode()


def subscription_create(
    *, key: PartnerKey, url: str, event_types: list[str], description: str = ""
) -> NewSubscription:
    _require_events_scope(key)
    subscription = Subscription(
        key=key,
        url=_clean_url(url),
        event_types=_clean_types(event_types),
        description=description.strip(),
        secret=subscription_secret_new(),
    )
    with transaction.atomic():
        subscription.full_clean()
        subscription.save()
        audit_record(
            actor=None,
            action=AuditAction.CREATE,
            target=subscription,
            detail={"partner_key": key.prefix, "event_types": subscription.event_types},
        )
    return NewSubscription(subscription=subscription, secret=subscription.secret)


def subscription_update(
    *,
    key: PartnerKey,
    subscription: Subscription,
    url: str | None = None,
    event_types: list[str] | None = None,
    description: str | None = None,
    is_active: bool | None = None,
) -> Subscription:
    _require_events_scope(key)
    if subscription.key_id != key.pk:
        raise PermissionDenied(_("This subscription belongs to another key."))
    changed: dict[str, Any] = {}
    if url is not None:
        changed["url"] = _clean_url(url)
    if event_types is not None:
        changed["event_types"] = _clean_types(event_types)
    if description is not None:
        changed["description"] = description.strip()
    if is_active is not None:
        changed["is_active"] = is_active
    with transaction.atomic():
        locked = Subscription.objects.select_for_update().get(pk=subscription.pk)
        for name, value in changed.items():
            setattr(locked, name, value)
        if changed:
            locked.full_clean()
            locked.save(update_fields=list(changed))
            audit_record(
                actor=None,
                action=AuditAction.UPDATE,
                target=locked,
                detail={"partner_key": key.prefix, "fields": sorted(changed)},
            )
    return locked


def subscription_delete(*, key: PartnerKey, subscription: Subscription) -> None:
    _require_events_scope(key)
    if subscription.key_id != key.pk:
        raise PermissionDenied(_("This subscription belongs to another key."))
    with transaction.atomic():
        audit_record(
            actor=None,
            action=AuditAction.DELETE,
            target=subscription,
            detail={"partner_key": key.prefix},
        )
        subscription.delete()


# --- events and deliveries (the system) -------------------------------------------------------


def event_record(
    *, type: EventType, object_type: str, object_ref: str, payload: dict[str, Any]
) -> Event:
    """Record an event and a delivery for each active subscription that wants it; the
    deliveries are handed to the background worker once this commits."""
    with transaction.atomic():
        event = Event(type=type, object_type=object_type, object_ref=object_ref)
        event.payload = {"type": str(type), **payload}
        event.save()
        subscriptions = Subscription.objects.filter(
            is_active=True, key__revoked_at__isnull=True, key__expires_at__gt=timezone.now()
        )
        wanted = [s for s in subscriptions if s.wants(str(type))]
        deliveries = Delivery.objects.bulk_create(
            [
                Delivery(subscription=s, event=event, next_attempt_at=event.created_at)
                for s in wanted
            ]
        )
        ids = [d.pk for d in deliveries if d.pk is not None] or list(
            Delivery.objects.filter(event=event).values_list("pk", flat=True)
        )
        transaction.on_commit(lambda: _enqueue(ids))
    return event


def _enqueue(delivery_ids: list[int], run_after: datetime.datetime | None = None) -> None:
    from django_tasks import task_backends

    from wapsi.partners.tasks import delivery_send_task

    task = delivery_send_task
    if run_after is not None and task_backends[task.backend].supports_defer:
        task = task.using(run_after=run_after)
    for delivery_id in delivery_ids:
        task.enqueue(delivery_id)


def delivery_body(event: Event) -> str:
    """The webhook's JSON body (the same on every attempt): Standard Webhooks' shape."""
    return json.dumps(
        {
            "type": event.type,
            "timestamp": event.created_at.isoformat(),
            "data": {
                "id": event.pk,
                "object_type": event.object_type,
                "object_ref": event.object_ref,
                **event.payload,
            },
        },
        sort_keys=True,
    )


def retry_delay(attempts: int) -> datetime.timedelta:
    """Exponential backoff: 10 s after the first failure, four times longer each time, at most
    six hours apart; deliveries stop once PARTNERS_RETRY_HOURS have passed since the event."""
    return datetime.timedelta(seconds=min(10 * 4 ** max(attempts - 1, 0), 6 * 3600))


LEASE = datetime.timedelta(minutes=5)


def _claim(delivery_id: int) -> bool:
    """Take this delivery if it is due (a conditional UPDATE: one worker wins)."""
    now = timezone.now()
    return bool(
        Delivery.objects.filter(
            pk=delivery_id,
            status__in=(DeliveryStatus.PENDING, DeliveryStatus.RETRYING, DeliveryStatus.SENDING),
            next_attempt_at__lte=now,
        ).update(status=DeliveryStatus.SENDING, next_attempt_at=now + LEASE)
    )


def _post(subscription: Subscription, event: Event) -> tuple[int | None, str]:
    body = delivery_body(event)
    now = timezone.now()
    try:
        webhook_url_check(subscription.url)  # again: the name may resolve elsewhere by now
        signature = Webhook(subscription.secret).sign(event.message_id, now, body)
        response = requests.post(
            subscription.url,
            data=body.encode(),
            headers={
                "Content-Type": "application/json",
                "User-Agent": "Wapsi-Webhooks/1",
                "webhook-id": event.message_id,
                "webhook-timestamp": str(int(now.timestamp())),
                "webhook-signature": signature,
            },
            timeout=settings.PARTNERS_WEBHOOK_TIMEOUT_SECONDS,
            allow_redirects=False,
        )
    except UnsafeUrl as exc:
        return None, str(exc)[:300]
    except requests.RequestException as exc:
        return None, f"{type(exc).__name__}"[:300]
    if 200 <= response.status_code < 300:
        return response.status_code, ""
    return response.status_code, f"HTTP {response.status_code}"


def delivery_send(*, delivery_id: int) -> str:
    """Send one due delivery once; on failure schedule the next attempt. Returns the status."""
    if not _claim(delivery_id):
        return "not_due"
    delivery = Delivery.objects.select_related("subscription", "event").get(pk=delivery_id)
    code, error = _post(delivery.subscription, delivery.event)
    now = timezone.now()
    delivery.attempts += 1
    delivery.response_code = code
    delivery.last_error = error
    delivery.last_attempt_at = now
    if not error:
        delivery.status = DeliveryStatus.DELIVERED
        delivery.next_attempt_at = None
    else:
        later = now + retry_delay(delivery.attempts)
        deadline = delivery.event.created_at + datetime.timedelta(
            hours=settings.PARTNERS_RETRY_HOURS
        )
        if later > deadline or not delivery.subscription.is_active:
            delivery.status = DeliveryStatus.FAILED
            delivery.next_attempt_at = None
        else:
            delivery.status = DeliveryStatus.RETRYING
            delivery.next_attempt_at = later
    delivery.save(
        update_fields=[
            "attempts",
            "response_code",
            "last_error",
            "last_attempt_at",
            "status",
            "next_attempt_at",
        ]
    )
    if delivery.status == DeliveryStatus.RETRYING and delivery.next_attempt_at is not None:
        # The worker tries again at that time when its backend can wait; the sweep
        # (partners_deliver) catches whatever is due in any case.
        transaction.on_commit(lambda: _enqueue([delivery_id], delivery.next_attempt_at))
    return str(delivery.status)


def deliveries_due_send(*, now: datetime.datetime | None = None, limit: int = 500) -> int:
    """Send every delivery that is due (the sweep); returns how many were tried."""
    now = now or timezone.now()
    due = Delivery.objects.filter(
        Q(status__in=(DeliveryStatus.PENDING, DeliveryStatus.RETRYING, DeliveryStatus.SENDING)),
        next_attempt_at__lte=now,
    ).order_by("next_attempt_at", "id")
    ids = list(due.values_list("pk", flat=True)[:limit])
    for delivery_id in ids:
        delivery_send(delivery_id=delivery_id)
    return len(ids)
