"""The directory as Open Referral HSDS 3.0 records: pure mapping from rows already read.

Every identifier is a UUIDv5 of a key Wapsi already has ("service:12", "centre:3"), so it is
the same in every answer and every export, and a partner's stored links keep working. Absent
values are left out, never sent as null; a field HSDS requires but Wapsi does not know (an
address's postal code) is an empty string. Wapsi's own facts are mapped to HSDS fields:
phones (hotline, WhatsApp, Viber), schedules (opening and walk-in hours), languages, a service
area, addresses and coordinates, metadata (the last change, from the service's versions) and
attributes with taxonomy terms (the category, and whether a record is illustrative or sourced).
Telegram usernames have no HSDS field and are left out.

The records are built in English, the language the directory is written in. The rows come from
wapsi.centres.hsds_selectors, which reads them in a fixed number of queries.
"""

from __future__ import annotations

import datetime
import json
import uuid
from dataclasses import dataclass
from typing import Any, cast

from django.utils.translation import gettext as _

from wapsi.centres.models import CATEGORY_DIMENSION, Centre, Provider, Service, ServiceCategory
from wapsi.centres.spoken import spoken_list
from wapsi.lib.countries import country_name

HSDS_VERSION = "3.0"
HSDS_PROFILE = "https://docs.openreferral.org/en/latest/hsds/"
HSDS_OPENAPI_URL = (
    "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json"
)
# Fixed forever: uuid5(NAMESPACE_URL, "https://wapsi.org/hsds/3.0"). Changing it breaks every link.
NAMESPACE = uuid.UUID("c7180354-be9e-546a-b11b-958b203cd587")

Record = dict[str, Any]


def hsds_uuid(*parts: object) -> str:
    """The stable identifier of a thing named by its parts, as in hsds_uuid("service", 12)."""
    return str(uuid.uuid5(NAMESPACE, ":".join(str(part) for part in parts)))


def _compact(record: Record) -> Record:
    """Leave out absent values: None, empty strings and empty lists."""
    return {key: value for key, value in record.items() if value not in (None, "", [])}


def organisation_uuid(organisation: Centre | Provider) -> str:
    kind = "centre" if isinstance(organisation, Centre) else "provider"
    return hsds_uuid(kind, organisation.pk)


def service_uuid(service_id: int) -> str:
    return hsds_uuid("service", service_id)


def location_uuid(service_id: int) -> str:
    return hsds_uuid("location", "service", service_id)


def service_at_location_uuid(service_id: int) -> str:
    return hsds_uuid("service_at_location", service_id)


# --- taxonomies: constants of the code, the same on every site ---------------------------------


@dataclass(frozen=True)
class Term:
    key: str
    code: str
    name: str
    description: str
    taxonomy: str
    parent: str = ""

    @property
    def id(self) -> str:
        return hsds_uuid("taxonomy_term", self.taxonomy, self.key)


CATEGORIES = "wapsi-service-category"
PROVENANCE = "wapsi-provenance"
TAXONOMY_KEYS = (CATEGORIES, PROVENANCE)


def taxonomy_uuid(key: str) -> str:
    return hsds_uuid("taxonomy", key)


def taxonomies() -> list[Record]:
    names = {
        CATEGORIES: (
            _("Wapsi service categories"),
            _("What a service offers returning migrants, grouped by dimension of reintegration."),
        ),
        PROVENANCE: (
            _("Wapsi record provenance"),
            _(
                "Whether a record is an invented example for demonstration or a fact with a "
                "public source."
            ),
        ),
    }
    return [
        {"id": taxonomy_uuid(key), "name": name, "description": description, "version": "1"}
        for key, (name, description) in names.items()
    ]


def _dimension_names() -> dict[str, str]:
    return {
        "economic": _("Economic reintegration"),
        "social": _("Social reintegration"),
        "psychosocial": _("Psychosocial reintegration"),
        "information": _("Information and orientation"),
    }


def terms() -> list[Term]:
    """Dimensions, the categories under them, then the provenance terms."""
    found = [
        Term(f"dimension:{code}", code, name, name, CATEGORIES)
        for code, name in _dimension_names().items()
    ]
    for code, label in ServiceCategory.choices:
        parent = f"dimension:{CATEGORY_DIMENSION[code]}"
        found.append(Term(f"category:{code}", code, str(label), str(label), CATEGORIES, parent))
    found.append(
        Term(
            "illustrative",
            "illustrative",
            _("Illustrative"),
            _("Invented for demonstration; not a fact."),
            PROVENANCE,
        )
    )
    found.append(
        Term(
            "source",
            "source",
            _("Source"),
            _("The public address the record is taken from."),
            PROVENANCE,
        )
    )
    return found


def term_record(term: Term) -> Record:
    parent_id = hsds_uuid("taxonomy_term", term.taxonomy, term.parent) if term.parent else None
    return _compact(
        {
            "id": term.id,
            "code": term.code,
            "name": term.name,
            "description": term.description,
            "parent_id": parent_id,
            "taxonomy": term.taxonomy,
            "taxonomy_id": taxonomy_uuid(term.taxonomy),
            "language": "en",
        }
    )


def category_term_id(code: str) -> str:
    return hsds_uuid("taxonomy_term", CATEGORIES, f"category:{code}")


def _attribute(link_id: str, entity: str, term_key: str, taxonomy: str, value: str = "") -> Record:
    return _compact(
        {
            "id": hsds_uuid("attribute", link_id, term_key),
            "link_id": link_id,
            "link_type": taxonomy,
            "link_entity": entity,
            "taxonomy_term_id": hsds_uuid("taxonomy_term", taxonomy, term_key),
            "value": value,
        }
    )


def _provenance(link_id: str, entity: str, record: Centre | Provider | Service) -> list[Record]:
    found = []
    if record.is_illustrative:
        found.append(_attribute(link_id, entity, "illustrative", PROVENANCE, "true"))
    if record.source_url:
        found.append(_attribute(link_id, entity, "source", PROVENANCE, record.source_url))
    return found


# --- organisations -----------------------------------------------------------------------------


def _organisation_fields(organisation: Centre | Provider) -> Record:
    if isinstance(organisation, Centre):
        description = _("Migrant Resource Centre hosted by %(host)s") % {
            "host": organisation.host_institution
        }
        email = ""
    else:
        description = str(organisation.get_kind_display())
        email = organisation.referral_email
    return {
        "id": organisation_uuid(organisation),
        "name": organisation.name,
        "description": description,
        "email": email,
    }


def organisation_list_record(organisation: Centre | Provider) -> Record:
    """The organisation's own fields, as in an HSDS list (organization_list)."""
    return _compact(_organisation_fields(organisation))


def organisation_record(
    organisation: Centre | Provider, *, services: list[Service] | None = None, base_url: str = ""
) -> Record:
    """The organisation with its phones and attributes and, when given, its services."""
    record = _organisation_fields(organisation)
    org_id = record["id"]
    if isinstance(organisation, Centre) and organisation.hotline:
        record["phones"] = [
            {
                "id": hsds_uuid("phone", "centre", organisation.pk, "hotline"),
                "organization_id": org_id,
                "number": organisation.hotline,
                "type": "voice",
                "description": _("Hotline"),
            }
        ]
    record["attributes"] = _provenance(org_id, "organization", organisation)
    if services is not None:
        record["services"] = [service_list_record(s, base_url=base_url) for s in services]
        record["locations"] = [location_record(s) for s in services if has_location(s)]
    return _compact(record)


# --- services ----------------------------------------------------------------------------------


def service_status(service: Service) -> str:
    """A closed service, or any service of a closed centre, is inactive: it takes no one."""
    if not service.is_active or (service.centre is not None and not service.centre.is_active):
        return "inactive"
    return "active"


def _datetime(value: datetime.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def service_list_record(service: Service, *, base_url: str) -> Record:
    """The service's one-to-one fields, as in an HSDS list (service_list). `hsds_modified` is
    annotated by the selectors: when its latest version was recorded."""
    modified = cast("datetime.datetime | None", getattr(service, "hsds_modified", None))
    return _compact(
        {
            "id": service_uuid(service.pk),
            "organization_id": organisation_uuid(service.organisation),
            "name": service.name,
            "description": service.description,
            # A closed service keeps its page (it says so and names similar open services).
            "url": f"{base_url}/en/help/{service.pk}/" if base_url else None,
            "email": service.email,
            "status": service_status(service),
            "fees_description": service.cost,
            "eligibility_description": service.eligibility,
            "assured_date": service.last_verified.isoformat() if service.last_verified else None,
            "last_modified": _datetime(modified),
        }
    )


def _phones(service: Service, service_id: str) -> list[Record]:
    kinds = (
        ("hotline", service.hotline, "voice", _("Hotline")),
        ("whatsapp", service.whatsapp, "text", _("WhatsApp")),
        ("viber", service.viber, "text", _("Viber")),
    )
    return [
        {
            "id": hsds_uuid("phone", "service", service.pk, key),
            "service_id": service_id,
            "number": number,
            "type": phone_type,
            "description": description,
        }
        for key, number, phone_type, description in kinds
        if number
    ]


def _schedules(service: Service, service_id: str) -> list[Record]:
    found = []
    if service.opening_hours:
        found.append(
            {
                "id": hsds_uuid("schedule", "service", service.pk, "opening"),
                "service_id": service_id,
                "description": service.opening_hours,
            }
        )
    if service.walk_in_hours:
        found.append(
            {
                "id": hsds_uuid("schedule", "service", service.pk, "walk_in"),
                "service_id": service_id,
                "description": service.walk_in_hours,
                "attending_type": _("walk-in, no appointment needed"),
            }
        )
    return found


def _languages(service: Service, service_id: str) -> list[Record]:
    return [
        {
            "id": hsds_uuid("language", "service", service.pk, lang.code),
            "service_id": service_id,
            "code": lang.code,
            "name": str(lang.name),
        }
        for lang in spoken_list(service.language_codes)
    ]


def _service_areas(service: Service, service_id: str) -> list[Record]:
    places = (service.city, service.district, service.province, country_name(service.country))
    parts = [p for p in places if p]
    unique = list(dict.fromkeys(parts))
    return [
        {
            "id": hsds_uuid("service_area", "service", service.pk),
            "service_id": service_id,
            "name": ", ".join(unique),
            "description": _("Where the service is offered."),
        }
    ]


def _value_text(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _metadata(service: Service, service_id: str) -> list[Record]:
    """The last change to the service, field by field, from its two latest versions (prefetched
    by the selectors as `hsds_versions`, newest first). Who made it is never published."""
    versions = list(getattr(service, "hsds_versions", []))
    if not versions:
        return []
    latest = versions[0]
    base = {
        "resource_id": service_id,
        "resource_type": "service",
        "last_action_date": latest.created_at.isoformat(),
        "updated_by": _("Wapsi directory staff"),
    }
    if len(versions) == 1:
        return [
            {
                "id": hsds_uuid("metadata", "service", service.pk, latest.number),
                **base,
                "last_action_type": "create",
                "field_name": "",
                "previous_value": "",
                "replacement_value": "",
            }
        ]
    previous = versions[1].data
    changed = sorted(k for k in latest.data if latest.data.get(k) != previous.get(k))
    return [
        {
            "id": hsds_uuid("metadata", "service", service.pk, latest.number, name),
            **base,
            "last_action_type": "update",
            "field_name": name,
            "previous_value": _value_text(previous.get(name)),
            "replacement_value": _value_text(latest.data.get(name)),
        }
        for name in changed
    ]


def has_location(service: Service) -> bool:
    return bool(service.address or service.city or service.latitude is not None)


def location_record(service: Service) -> Record:
    """The place of a service: HSDS locations belong to organisations, Wapsi's to services."""
    location_id = location_uuid(service.pk)
    addresses = []
    if service.address:
        # HSDS requires these fields; one Wapsi does not know (a postal code) is left empty.
        address = {
            "id": hsds_uuid("address", "service", service.pk),
            "location_id": location_id,
            "address_1": service.address,
            "city": service.city,
            "state_province": service.province,
            "postal_code": "",
            "country": service.country,
            "address_type": "physical",
        }
        if service.district:
            address["region"] = service.district
        addresses.append(address)
    return _compact(
        {
            "id": location_id,
            "location_type": "physical",
            "organization_id": organisation_uuid(service.organisation),
            "name": ", ".join(part for part in (service.name, service.city) if part),
            "latitude": float(service.latitude) if service.latitude is not None else None,
            "longitude": float(service.longitude) if service.longitude is not None else None,
            "addresses": addresses,
        }
    )


def service_at_location_list_record(service: Service) -> Record:
    return {
        "id": service_at_location_uuid(service.pk),
        "service_id": service_uuid(service.pk),
        "location_id": location_uuid(service.pk),
        "location": location_record(service),
    }


def service_at_location_record(service: Service) -> Record:
    """The link with the service's place, and its phones and schedules there."""
    record = service_at_location_list_record(service)
    sal_id = record["id"]
    record["phones"] = [
        p | {"service_at_location_id": sal_id} for p in _phones(service, service_uuid(service.pk))
    ]
    record["schedules"] = [
        s | {"service_at_location_id": sal_id}
        for s in _schedules(service, service_uuid(service.pk))
    ]
    return _compact(record)


def service_record(service: Service, *, base_url: str) -> Record:
    """The whole service, as in /services/{id} and the export (the compiled service schema)."""
    record = service_list_record(service, base_url=base_url)
    service_id = record["id"]
    attributes = [_attribute(service_id, "service", f"category:{service.category}", CATEGORIES)]
    record |= {
        "phones": _phones(service, service_id),
        "schedules": _schedules(service, service_id),
        "service_areas": _service_areas(service, service_id),
        "service_at_locations": [service_at_location_record(service)]
        if has_location(service)
        else [],
        "languages": _languages(service, service_id),
        "organization": organisation_record(service.organisation),
        "attributes": attributes + _provenance(service_id, "service", service),
        "metadata": _metadata(service, service_id),
    }
    return _compact(record)


def page_record(
    contents: list[Record], *, total_items: int, page_number: int, per_page: int
) -> Record:
    """The HSDS API's Page envelope around one page of records."""
    total_pages = max(1, -(-total_items // per_page))
    return {
        "total_items": total_items,
        "total_pages": total_pages,
        "page_number": page_number,
        "size": len(contents),
        "first_page": page_number == 1,
        "last_page": page_number >= total_pages,
        "empty": not contents,
        "contents": contents,
    }


def api_root() -> Record:
    return {"version": HSDS_VERSION, "profile": HSDS_PROFILE, "openapi_url": HSDS_OPENAPI_URL}


def term_by_id(term_id: str) -> Term | None:
    return next((term for term in terms() if term.id == term_id), None)


def taxonomy_key_by_id(taxonomy_id: str) -> str:
    """The taxonomy's key, or "" for an id that names none."""
    return next((key for key in TAXONOMY_KEYS if taxonomy_uuid(key) == taxonomy_id), "")
