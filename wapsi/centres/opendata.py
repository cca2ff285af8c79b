"""The directory as open data: Open Referral HSDS-shaped JSON and a CSV of open services.

Both are built from a fixed number of queries (three for HSDS, one for CSV) whatever the size
of the directory, and hold only what the public pages show. Illustrative records stay marked
(x_illustrative) so that a partner platform never mistakes them for facts.
"""

from __future__ import annotations

import csv
import io
import re
from typing import Any, cast

from django.utils import timezone, translation

from wapsi.centres.models import Centre, Provider, Service, ServiceCategory
from wapsi.centres.selectors import services_open_data
from wapsi.centres.spoken import spoken_list
from wapsi.lib.countries import country_name

HSDS_VERSION = "3.0"
CATEGORY_VOCABULARY = "wapsi-service-category"


def _id(kind: str, pk: int) -> str:
    return f"{kind}-{pk}"


def _float(value: Any) -> float | None:
    return float(value) if value is not None else None


def _organisation_id(service: Service) -> str:
    if service.centre_id:
        return _id("centre", service.centre_id)
    # A service without a centre has a provider (a check constraint on Service).
    return _id("provider", cast(int, service.provider_id))


def _centre_record(centre: Centre) -> dict[str, Any]:
    return {
        "id": _id("centre", centre.pk),
        "name": centre.name,
        "description": f"Migrant Resource Centre hosted by {centre.host_institution}",
        "email": None,
        "website": None,
        "x_kind": "migrant_resource_centre",
        "x_country": centre.country,
        "x_city": centre.city,
        "x_illustrative": centre.is_illustrative,
        "x_source_url": centre.source_url or None,
    }


def _provider_record(provider: Provider) -> dict[str, Any]:
    return {
        "id": _id("provider", provider.pk),
        "name": provider.name,
        "description": str(provider.get_kind_display()),
        "email": provider.referral_email or None,
        "website": None,
        "x_kind": provider.kind,
        "x_country": provider.country,
        "x_city": provider.city,
        "x_owning_centre_id": _id("centre", provider.owning_centre_id)
        if provider.owning_centre_id
        else None,
        "x_illustrative": provider.is_illustrative,
        "x_source_url": provider.source_url or None,
    }


def _phones(service: Service) -> list[dict[str, Any]]:
    phones = []
    if service.hotline:
        phones.append(
            {
                "id": f"phone-service-{service.pk}-hotline",
                "number": service.hotline,
                "type": "voice",
                "description": "Hotline",
            }
        )
    if service.whatsapp:
        phones.append(
            {
                "id": f"phone-service-{service.pk}-whatsapp",
                "number": service.whatsapp,
                "type": "text",
                "description": "WhatsApp",
            }
        )
    return phones


def _has_location(service: Service) -> bool:
    return bool(service.address or service.city or service.latitude is not None)


def _location_record(service: Service) -> dict[str, Any]:
    location_id = _id("location-service", service.pk)
    return {
        "id": location_id,
        "location_type": "physical",
        "name": ", ".join(part for part in (service.name, service.city) if part),
        "latitude": _float(service.latitude),
        "longitude": _float(service.longitude),
        "addresses": [
            {
                "id": _id("address-service", service.pk),
                "location_id": location_id,
                "address_type": "physical",
                "address_1": service.address,
                "city": service.city,
                "region": service.district,
                "state_province": service.province,
                "postal_code": "",
                "country": service.country,
            }
        ],
    }


def _service_record(service: Service, *, base_url: str) -> dict[str, Any]:
    service_id = _id("service", service.pk)
    schedules = []
    if service.opening_hours or service.walk_in_hours:
        walk_in = f"Walk-in: {service.walk_in_hours}" if service.walk_in_hours else ""
        schedules.append(
            {
                "id": _id("schedule-service", service.pk),
                "service_id": service_id,
                "description": "; ".join(p for p in (service.opening_hours, walk_in) if p),
            }
        )
    return {
        "id": service_id,
        "organization_id": _organisation_id(service),
        "name": service.name,
        "description": service.description,
        "url": f"{base_url}/en/help/{service.pk}/",
        "email": service.email or None,
        "status": "active" if service.is_active else "inactive",
        "eligibility_description": service.eligibility,
        "fees_description": service.cost,
        "assured_date": service.last_verified.isoformat() if service.last_verified else None,
        "phones": _phones(service),
        "languages": [
            {
                "id": f"language-service-{service.pk}-{lang.code}",
                "code": lang.code,
                "name": str(lang.name),
            }
            for lang in spoken_list(service.language_codes)
        ],
        "schedules": schedules,
        "attributes": [
            {
                "id": _id("attribute-service", service.pk),
                "link_id": service_id,
                "link_type": "category",
                "link_entity": "service",
                "taxonomy_term_id": f"category-{service.category}",
            }
        ],
        "x_category": service.category,
        "x_version": service.version,
        "x_illustrative": service.is_illustrative,
        "x_source_url": service.source_url or None,
    }


def hsds_document(*, base_url: str) -> dict[str, Any]:
    """Organisations, services (open and closed, by status) and their locations."""
    with translation.override("en"):
        centres = list(Centre.objects.filter(is_active=True).order_by("pk"))
        providers = list(Provider.objects.order_by("pk"))
        organisations = [_centre_record(c) for c in centres] + [
            _provider_record(p) for p in providers
        ]
        known = {org["id"] for org in organisations}
        services = [s for s in Service.objects.order_by("pk") if _organisation_id(s) in known]
        locations = [_location_record(s) for s in services if _has_location(s)]
        return {
            "x_about": {
                "format": f"Open Referral Human Services Data Specification {HSDS_VERSION} (a subset)",
                "publisher": "Wapsi",
                "generated_at": timezone.now().replace(microsecond=0).isoformat(),
                "note": "Records with x_illustrative true were invented for demonstration and are not facts.",
            },
            "organizations": organisations,
            "services": [_service_record(s, base_url=base_url) for s in services],
            "locations": locations,
            "service_at_location": [
                {
                    "id": _id("service-at-location", s.pk),
                    "service_id": _id("service", s.pk),
                    "location_id": _id("location-service", s.pk),
                }
                for s in services
                if _has_location(s)
            ],
            "taxonomy_terms": [
                {
                    "id": f"category-{code}",
                    "code": code,
                    "name": str(label),
                    "vocabulary": CATEGORY_VOCABULARY,
                }
                for code, label in ServiceCategory.choices
            ],
        }


CSV_HEADER = (
    "id",
    "name",
    "organisation_id",
    "organisation",
    "category",
    "description",
    "country",
    "province",
    "district",
    "city",
    "address",
    "latitude",
    "longitude",
    "hotline",
    "whatsapp",
    "email",
    "opening_hours",
    "walk_in_hours",
    "languages",
    "eligibility",
    "cost",
    "last_verified",
    "illustrative",
    "source_url",
    "url",
)
# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PHONE = re.compile(r"^\+?[0-9 ()-]+$")


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    if text.startswith(_FORMULA_START) and not _PHONE.match(text):
        return "'" + text
    return text


def _csv_row(service: Service, *, base_url: str) -> list[str]:
    organisation = service.organisation
    row = [
        _id("service", service.pk),
        service.name,
        _organisation_id(service),
        organisation.name,
        service.category,
        service.description,
        country_name(service.country),
        service.province,
        service.district,
        service.city,
        service.address,
        service.latitude,
        service.longitude,
        service.hotline,
        service.whatsapp,
        service.email,
        service.opening_hours,
        service.walk_in_hours,
        ",".join(service.language_codes),
        service.eligibility,
        service.cost,
        service.last_verified.isoformat() if service.last_verified else "",
        "yes" if service.is_illustrative else "no",
        service.source_url,
        f"{base_url}/en/help/{service.pk}/",
    ]
    return [_cell(value) for value in row]


def services_csv(*, base_url: str) -> str:
    """The CSV of open services, starting with a UTF-8 byte-order mark so that spreadsheet
    programs read Urdu, Arabic and Bengali correctly."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer)
    writer.writerow(CSV_HEADER)
    writer.writerows(_csv_row(service, base_url=base_url) for service in services_open_data())
    return buffer.getvalue()
