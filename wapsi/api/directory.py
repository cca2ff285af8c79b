"""The directory: centres and provider organisations, their services (open and closed, with
contacts, hours, eligibility, languages, status and last-verified date) and the places served."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from django.http import Http404, HttpRequest
from ninja import Field, Query, Router, Schema

from wapsi.api.conventions import (
    COUNTRY_PATTERN,
    ERRORS,
    LANGUAGE_PATTERN,
    LIST_ERRORS,
    PAGE_MAX,
    PER_PAGE_DEFAULT,
    PER_PAGE_MAX,
    Page,
    absolute,
    aware,
    choice_pattern,
    last_modified,
    paged,
)
from wapsi.centres.models import Centre, Provider, Service, ServiceCategory
from wapsi.centres.selectors import (
    centres_for_api,
    providers_for_api,
    service_get_for_api,
    service_places_for_api,
    services_for_api,
)
from wapsi.infra.apitypes import Moment

router = Router(tags=["directory"])

STATUS_PATTERN = choice_pattern(["open", "closed"])


class Paging(Schema):
    modified_after: Moment | None = Field(
        None, description="Only records changed after this moment (ISO 8601)."
    )
    page: int = Field(1, ge=1, le=PAGE_MAX)
    per_page: int = Field(PER_PAGE_DEFAULT, ge=1, le=PER_PAGE_MAX)


class CentreQuery(Paging):
    country: str | None = Field(None, pattern=COUNTRY_PATTERN)
    status: str | None = Field(None, pattern=STATUS_PATTERN)


class ProviderQuery(Paging):
    country: str | None = Field(None, pattern=COUNTRY_PATTERN)
    kind: str | None = Field(None, pattern=choice_pattern(Provider.Kind.values))


class ServiceQuery(Paging):
    country: str | None = Field(None, pattern=COUNTRY_PATTERN)
    category: str | None = Field(None, pattern=choice_pattern(ServiceCategory.values))
    language: str | None = Field(
        None, pattern=LANGUAGE_PATTERN, description="Services whose staff speak this language."
    )
    status: str | None = Field(None, pattern=STATUS_PATTERN)
    centre: int | None = Field(None, ge=1, description="Services of this centre (its id).")
    provider: int | None = Field(None, ge=1, description="Services of this provider (its id).")


class PlaceQuery(Schema):
    country: str | None = Field(None, pattern=COUNTRY_PATTERN)
    page: int = Field(1, ge=1, le=PAGE_MAX)
    per_page: int = Field(PER_PAGE_DEFAULT, ge=1, le=PER_PAGE_MAX)


class CentreOut(Schema):
    id: int
    slug: str
    name: str
    country: str
    city: str
    host_institution: str
    hotline: str
    opened: str
    status: str = Field(description="open or closed")
    illustrative: bool
    source_url: str
    modified: datetime.datetime
    services_url: str


class ProviderOut(Schema):
    id: int
    slug: str
    name: str
    kind: str
    country: str
    city: str
    illustrative: bool
    source_url: str
    modified: datetime.datetime
    services_url: str


class Organisation(Schema):
    type: str = Field(description="centre or provider")
    id: int
    name: str


class Contacts(Schema):
    hotline: str
    whatsapp: str
    viber: str
    telegram: str
    email: str


class Location(Schema):
    country: str
    province: str
    district: str
    city: str
    address: str
    latitude: Decimal | None
    longitude: Decimal | None


class ServiceOut(Schema):
    id: int
    name: str
    category: str
    description: str
    organisation: Organisation
    location: Location
    contacts: Contacts
    opening_hours: str
    walk_in_hours: str
    eligibility: str
    cost: str
    languages: list[str]
    status: str = Field(description="open, or closed (a closed service takes no one)")
    last_verified: datetime.date | None
    illustrative: bool
    source_url: str
    modified: datetime.datetime
    url: str
    api_url: str


class PlaceOut(Schema):
    country: str
    province: str
    district: str
    city: str
    open_services: int
    services_url: str


def _centre(request: HttpRequest, c: Centre) -> dict[str, Any]:
    return {
        "id": c.pk,
        "slug": c.slug,
        "name": c.name,
        "country": c.country,
        "city": c.city,
        "host_institution": c.host_institution,
        "hotline": c.hotline,
        "opened": c.opened,
        "status": "open" if c.is_active else "closed",
        "illustrative": c.is_illustrative,
        "source_url": c.source_url,
        "modified": c.modified,
        "services_url": absolute(request, "/api/v1/directory/services") + f"?centre={c.pk}",
    }


def _provider(request: HttpRequest, p: Provider) -> dict[str, Any]:
    return {
        "id": p.pk,
        "slug": p.slug,
        "name": p.name,
        "kind": p.kind,
        "country": p.country,
        "city": p.city,
        "illustrative": p.is_illustrative,
        "source_url": p.source_url,
        "modified": p.modified,
        "services_url": absolute(request, "/api/v1/directory/services") + f"?provider={p.pk}",
    }


def _is_open(s: Service) -> bool:
    return s.is_active and (s.centre is None or s.centre.is_active)


def _service(request: HttpRequest, s: Service) -> dict[str, Any]:
    org = s.organisation
    return {
        "id": s.pk,
        "name": s.name,
        "category": s.category,
        "description": s.description,
        "organisation": {
            "type": "centre" if s.centre_id else "provider",
            "id": org.pk,
            "name": org.name,
        },
        "location": {
            "country": s.country,
            "province": s.province,
            "district": s.district,
            "city": s.city,
            "address": s.address,
            "latitude": s.latitude,
            "longitude": s.longitude,
        },
        "contacts": {
            "hotline": s.hotline,
            "whatsapp": s.whatsapp,
            "viber": s.viber,
            "telegram": s.telegram,
            "email": s.email,
        },
        "opening_hours": s.opening_hours,
        "walk_in_hours": s.walk_in_hours,
        "eligibility": s.eligibility,
        "cost": s.cost,
        "languages": s.language_codes,
        "status": "open" if _is_open(s) else "closed",
        "last_verified": s.last_verified,
        "illustrative": s.is_illustrative,
        "source_url": s.source_url,
        "modified": s.modified,
        "url": absolute(request, f"/en/help/{s.pk}/"),
        "api_url": absolute(request, f"/api/v1/directory/services/{s.pk}"),
    }


def _status(value: str | None) -> bool | None:
    return None if value is None else value == "open"


@router.get("/centres", response={200: Page[CentreOut], **LIST_ERRORS})
def directory_centres(request: HttpRequest, q: Query[CentreQuery]) -> Any:
    """Migrant Resource Centres (organisations), latest change first."""
    qs = centres_for_api(
        country=q.country or "", active=_status(q.status), modified_after=aware(q.modified_after)
    )
    return paged(
        request,
        qs,
        page=q.page,
        per_page=q.per_page,
        render=lambda c: _centre(request, c),
        modified=lambda c: c.modified,
    )


@router.get("/providers", response={200: Page[ProviderOut], **LIST_ERRORS})
def directory_providers(request: HttpRequest, q: Query[ProviderQuery]) -> Any:
    """Service-provider organisations (ministries, NGOs, training institutes...)."""
    qs = providers_for_api(
        country=q.country or "", kind=q.kind or "", modified_after=aware(q.modified_after)
    )
    return paged(
        request,
        qs,
        page=q.page,
        per_page=q.per_page,
        render=lambda p: _provider(request, p),
        modified=lambda p: p.modified,
    )


@router.get("/services", response={200: Page[ServiceOut], **LIST_ERRORS})
def directory_services(request: HttpRequest, q: Query[ServiceQuery]) -> Any:
    """Services, open and closed: a closed one stays listed with status "closed"."""
    qs = services_for_api(
        country=q.country or "",
        category=q.category or "",
        language=q.language or "",
        active=_status(q.status),
        centre=q.centre,
        provider=q.provider,
        modified_after=aware(q.modified_after),
    )
    return paged(
        request,
        qs,
        page=q.page,
        per_page=q.per_page,
        render=lambda s: _service(request, s),
        modified=lambda s: s.modified,
    )


@router.get("/services/{service_id}", response={200: ServiceOut, **ERRORS})
def directory_service(request: HttpRequest, service_id: int) -> Any:
    service = service_get_for_api(service_id=service_id)
    if service is None:
        raise Http404
    last_modified(request, [service.modified])
    return _service(request, service)


@router.get("/locations", response={200: Page[PlaceOut], **LIST_ERRORS})
def directory_locations(request: HttpRequest, q: Query[PlaceQuery]) -> Any:
    """Places (country, province, district, city) where open services are, with their number."""
    rows = service_places_for_api(country=q.country or "")
    data = paged(request, rows, page=q.page, per_page=q.per_page, render=lambda r: r)
    last_modified(request, (r["last_modified"] for r in data["items"]))
    data["items"] = [
        {
            "country": r["country"],
            "province": r["province"],
            "district": r["district"],
            "city": r["city"],
            "open_services": r["services"],
            "services_url": absolute(request, "/api/v1/directory/services")
            + f"?country={r['country']}&status=open",
        }
        for r in data["items"]
    ]
    return data
