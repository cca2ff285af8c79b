"""The partner part of /api/v1/: the change feed, and what a partner does with its key.

Mounted on the project's NinjaAPI at /api/v1/ (see wapsi/api/api.py). Keys, rate limits and
usage counting are applied before any of this runs, by wapsi.partners.auth's middleware; a
view here only asks whether the request came with a (valid) key and what it may open.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema, Status

from wapsi.infra.apitypes import Moment
from wapsi.partners.auth import request_partner_key
from wapsi.partners.models import Delivery, Event, EventType, PartnerKey, Scope, Subscription
from wapsi.partners.selectors import (
    changes_since,
    deliveries_of,
    subscription_of_key,
    subscriptions_of_key,
    usage_for_key,
)
from wapsi.partners.services import (
    subscription_create,
    subscription_delete,
    subscription_update,
)

router = Router(tags=["partners"])

MAX_PER_PAGE = 500


class Error(Schema):
    code: str
    message: str


# What any keyed operation can answer besides its own statuses.
KEYED = {401: Error, 403: Error, 429: Error}


class ChangeOut(Schema):
    id: int
    type: str
    object_type: str
    object_ref: str
    created_at: datetime.datetime
    tombstone: bool
    data: dict[str, Any]

    @staticmethod
    def of(event: Event) -> ChangeOut:
        return ChangeOut(
            id=event.pk,
            type=event.type,
            object_type=event.object_type,
            object_ref=event.object_ref,
            created_at=event.created_at,
            tombstone=event.type == EventType.STORY_WITHDRAWN,
            data=event.payload,
        )


class Page(Schema):
    count: int
    next: str | None
    previous: str | None


class ChangesPage(Page):
    results: list[ChangeOut]


class PageQuery(Schema):
    page: int = Field(1, ge=1, le=100000)
    per_page: int = Field(100, ge=1, le=MAX_PER_PAGE)


class ChangesQuery(PageQuery):
    since: Moment | None = None


def _links(
    request: HttpRequest, page: int, per_page: int, count: int, extra: dict[str, str]
) -> tuple[str | None, str | None]:
    def link(number: int) -> str:
        query = urlencode({**extra, "page": number, "per_page": per_page})
        return request.build_absolute_uri(f"{request.path}?{query}")

    last = max((count + per_page - 1) // per_page, 1)
    return (
        link(page + 1) if page < last else None,
        link(page - 1) if page > 1 and page <= last else None,
    )


@router.get("/changes", response={200: ChangesPage, 304: None, 401: Error, 422: Error, 429: Error})
def changes(request: HttpRequest, query: Query[ChangesQuery]) -> ChangesPage:
    """What changed since `since` (ISO 8601), oldest first in a stable order: stories
    published, unpublished and withdrawn (a withdrawn story is a tombstone: its reference and
    the order to delete it, never its content), services changed or closed, roadmap versions
    adopted, hub pages updated. No key needed."""
    events = changes_since(since=query.since)
    count = events.count()
    start = (query.page - 1) * query.per_page
    rows = [ChangeOut.of(e) for e in events[start : start + query.per_page]]
    extra = {"since": query.since.isoformat()} if query.since else {}
    following, previous = _links(request, query.page, query.per_page, count, extra)
    return ChangesPage(count=count, next=following, previous=previous, results=rows)


def _key(request: HttpRequest, scope: str | None = None) -> PartnerKey | Status[Error]:
    key = request_partner_key(request)
    if key is None:
        return Status(
            401,
            Error(
                code="key_required",
                message=_("This needs a partner key: send it as Authorization: Bearer <key>."),
            ),
        )
    if scope is not None and not key.has_scope(scope):
        return Status(
            403,
            Error(
                code="scope_missing",
                message=_("This key does not have the scope “%(scope)s”.") % {"scope": scope},
            ),
        )
    return key


class UsageDayOut(Schema):
    day: datetime.date
    requests: int
    limited: int


class UsageOut(Schema):
    key: str
    name: str
    scopes: list[str]
    expires_at: datetime.datetime
    days: list[UsageDayOut]


@router.get("/partner/usage", response={200: UsageOut, 304: None, 422: Error, **KEYED})
def usage(request: HttpRequest) -> Any:
    """Your key's requests per day over the last 30 days (counts only, nothing of the
    requests themselves)."""
    key = _key(request)
    if not isinstance(key, PartnerKey):
        return key
    days = [
        UsageDayOut(day=d.day, requests=d.requests, limited=d.limited)
        for d in usage_for_key(key=key)
    ]
    return UsageOut(
        key=key.prefix, name=key.name, scopes=key.scopes, expires_at=key.expires_at, days=days
    )


class SubscriptionIn(Schema):
    url: str = Field(..., max_length=500)
    event_types: list[EventType] = Field(..., min_length=1)
    description: str = Field("", max_length=200)


class SubscriptionPatch(Schema):
    url: str | None = Field(None, max_length=500)
    event_types: list[EventType] | None = Field(None, min_length=1)
    description: str | None = Field(None, max_length=200)
    active: bool | None = None


class SubscriptionOut(Schema):
    id: int
    url: str
    event_types: list[str]
    description: str
    active: bool
    created_at: datetime.datetime

    @staticmethod
    def of(subscription: Subscription) -> SubscriptionOut:
        return SubscriptionOut(
            id=subscription.pk,
            url=subscription.url,
            event_types=subscription.event_types,
            description=subscription.description,
            active=subscription.is_active,
            created_at=subscription.created_at,
        )


class SubscriptionCreated(SubscriptionOut):
    secret: str = Field(
        ...,
        description="The Standard Webhooks signing secret (whsec_…). Shown only now: keep it.",
    )


def _invalid(exc: ValidationError) -> Status[Error]:
    codes = [e.code for e in getattr(exc, "error_list", []) if e.code]
    return Status(
        422, Error(code=str(codes[0]) if codes else "invalid", message=" ".join(exc.messages))
    )


@router.get(
    "/partner/subscriptions",
    response={200: list[SubscriptionOut], 304: None, 422: Error, **KEYED},
)
def subscriptions(request: HttpRequest) -> Any:
    key = _key(request, Scope.EVENTS)
    if not isinstance(key, PartnerKey):
        return key
    return [SubscriptionOut.of(s) for s in subscriptions_of_key(key=key)[:MAX_PER_PAGE]]


@router.post(
    "/partner/subscriptions", response={201: SubscriptionCreated, 400: Error, 422: Error, **KEYED}
)
def subscription_new(request: HttpRequest, body: SubscriptionIn) -> Any:
    """Subscribe a URL to event types. Each event is POSTed there as a Standard Webhooks
    message signed with the secret returned here (once); verify it with the standardwebhooks
    library. The URL must be http(s) and must not point at a private or loopback address."""
    key = _key(request, Scope.EVENTS)
    if not isinstance(key, PartnerKey):
        return key
    try:
        made = subscription_create(
            key=key,
            url=body.url,
            event_types=[str(t) for t in body.event_types],
            description=body.description,
        )
    except ValidationError as exc:
        return _invalid(exc)
    out = SubscriptionOut.of(made.subscription)
    return Status(201, SubscriptionCreated(**out.dict(), secret=made.secret))


@dataclass(frozen=True)
class Owned:
    key: PartnerKey
    subscription: Subscription


def _own(request: HttpRequest, pk: int) -> Owned | Status[Error]:
    key = _key(request, Scope.EVENTS)
    if not isinstance(key, PartnerKey):
        return key
    try:
        return Owned(key, subscription_of_key(key=key, pk=pk))
    except Http404:
        return Status(404, Error(code="not_found", message=_("No such subscription of this key.")))


@router.get(
    "/partner/subscriptions/{pk}",
    response={200: SubscriptionOut, 304: None, 404: Error, 422: Error, **KEYED},
)
def subscription_one(request: HttpRequest, pk: int) -> Any:
    found = _own(request, pk)
    if not isinstance(found, Owned):
        return found
    return SubscriptionOut.of(found.subscription)


@router.patch(
    "/partner/subscriptions/{pk}",
    response={200: SubscriptionOut, 400: Error, 404: Error, 422: Error, **KEYED},
)
def subscription_change(request: HttpRequest, pk: int, body: SubscriptionPatch) -> Any:
    found = _own(request, pk)
    if not isinstance(found, Owned):
        return found
    try:
        changed = subscription_update(
            key=found.key,
            subscription=found.subscription,
            url=body.url,
            event_types=[str(t) for t in body.event_types] if body.event_types else None,
            description=body.description,
            is_active=body.active,
        )
    except ValidationError as exc:
        return _invalid(exc)
    except PermissionDenied as exc:
        return Status(403, Error(code="forbidden", message=str(exc)))
    return SubscriptionOut.of(changed)


@router.delete("/partner/subscriptions/{pk}", response={204: None, 404: Error, 422: Error, **KEYED})
def subscription_remove(request: HttpRequest, pk: int) -> Any:
    found = _own(request, pk)
    if not isinstance(found, Owned):
        return found
    subscription_delete(key=found.key, subscription=found.subscription)
    return Status(204, None)


class DeliveryOut(Schema):
    id: int
    event_id: int
    event_type: str
    status: str
    attempts: int
    response_code: int | None
    last_error: str
    last_attempt_at: datetime.datetime | None
    next_attempt_at: datetime.datetime | None
    created_at: datetime.datetime

    @staticmethod
    def of(delivery: Delivery) -> DeliveryOut:
        return DeliveryOut(
            id=delivery.pk,
            event_id=delivery.event_id,
            event_type=delivery.event.type,
            status=delivery.status,
            attempts=delivery.attempts,
            response_code=delivery.response_code,
            last_error=delivery.last_error,
            last_attempt_at=delivery.last_attempt_at,
            next_attempt_at=delivery.next_attempt_at,
            created_at=delivery.created_at,
        )


class DeliveriesPage(Page):
    results: list[DeliveryOut]


@router.get(
    "/partner/subscriptions/{pk}/deliveries",
    response={200: DeliveriesPage, 304: None, 404: Error, 422: Error, **KEYED},
)
def deliveries(request: HttpRequest, pk: int, query: Query[PageQuery]) -> Any:
    """The delivery log of one of your subscriptions, newest first."""
    found = _own(request, pk)
    if not isinstance(found, Owned):
        return found
    log = deliveries_of(subscription=found.subscription)
    count = log.count()
    start = (query.page - 1) * query.per_page
    rows = [DeliveryOut.of(d) for d in log[start : start + query.per_page]]
    following, previous = _links(request, query.page, query.per_page, count, {})
    return DeliveriesPage(count=count, next=following, previous=previous, results=rows)
