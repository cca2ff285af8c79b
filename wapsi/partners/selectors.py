"""Reads of the partners app: for administrators (keys, usage, delivery logs) and for a
partner (its own usage, subscriptions and deliveries), and the public change feed."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet, Sum
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _

from wapsi.accounts.roles import is_administrator
from wapsi.accounts.types import Actor
from wapsi.partners.models import (
    Delivery,
    Event,
    PartnerKey,
    PartnerUsageDay,
    Subscription,
)

USAGE_DAYS = 30


def _require_administrator(actor: Actor) -> None:
    if not is_administrator(actor):
        raise PermissionDenied(_("Only administrators manage partner keys."))


@dataclass(frozen=True)
class KeyRow:
    key: PartnerKey
    requests_today: int
    requests_30_days: int
    limited_30_days: int


def partner_keys_for_administrator(*, actor: Actor) -> list[KeyRow]:
    """Every key with its usage of today and the last 30 days (three queries in all)."""
    _require_administrator(actor)
    keys = list(PartnerKey.objects.order_by("-created_at", "-id"))
    today = timezone.localdate()
    since = today - datetime.timedelta(days=USAGE_DAYS - 1)
    totals = {
        row["key"]: row
        for row in PartnerUsageDay.objects.filter(day__gte=since)
        .values("key")
        .annotate(requests_sum=Sum("requests"), limited_sum=Sum("limited"))
    }
    todays = dict(PartnerUsageDay.objects.filter(day=today).values_list("key", "requests"))
    return [
        KeyRow(
            key=k,
            requests_today=todays.get(k.pk, 0),
            requests_30_days=totals.get(k.pk, {}).get("requests_sum") or 0,
            limited_30_days=totals.get(k.pk, {}).get("limited_sum") or 0,
        )
        for k in keys
    ]


def partner_key_get_for_administrator(*, actor: Actor, pk: int) -> PartnerKey:
    _require_administrator(actor)
    key = PartnerKey.objects.filter(pk=pk).first()
    if key is None:
        raise Http404
    return key


def subscriptions_for_administrator(*, actor: Actor, key: PartnerKey) -> list[Subscription]:
    _require_administrator(actor)
    return list(Subscription.objects.filter(key=key).order_by("id"))


def subscription_get_for_administrator(*, actor: Actor, pk: int) -> Subscription:
    _require_administrator(actor)
    subscription = Subscription.objects.select_related("key").filter(pk=pk).first()
    if subscription is None:
        raise Http404
    return subscription


def deliveries_of(*, subscription: Subscription) -> QuerySet[Delivery]:
    """The delivery log of one subscription, newest first (callers slice it: a LIMIT)."""
    return (
        Delivery.objects.filter(subscription=subscription).select_related("event").order_by("-id")
    )


def usage_for_key(*, key: PartnerKey, days: int = USAGE_DAYS) -> list[PartnerUsageDay]:
    since = timezone.localdate() - datetime.timedelta(days=days - 1)
    return list(PartnerUsageDay.objects.filter(key=key, day__gte=since).order_by("day"))


def subscriptions_of_key(*, key: PartnerKey) -> QuerySet[Subscription]:
    return Subscription.objects.filter(key=key).order_by("id")


def subscription_of_key(*, key: PartnerKey, pk: int) -> Subscription:
    subscription = Subscription.objects.filter(key=key, pk=pk).first()
    if subscription is None:
        raise Http404
    return subscription


def changes_since(*, since: datetime.datetime | None) -> QuerySet[Event]:
    """The events after `since`, oldest first in a stable order (created_at, then id)."""
    events = Event.objects.order_by("created_at", "id")
    if since is not None:
        events = events.filter(created_at__gt=since)
    return events


def partner_key_has_scope(*, key: PartnerKey | None, scope: str) -> bool:
    """For other parts of the API (the detailed statistics: Scope.STATS_DETAILED)."""
    return key is not None and key.is_usable and key.has_scope(scope)
