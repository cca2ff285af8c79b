"""The directory as a CSV of open services, for spreadsheets (HSDS 3.0 is in wapsi.centres.hsds).

Built from one query whatever the size of the directory, holding only what the public pages
show. Illustrative records stay marked so that nobody mistakes them for facts.
"""

from __future__ import annotations

import csv
import io
import re
from typing import Any, cast

from wapsi.centres.models import Service
from wapsi.centres.selectors import services_open_data
from wapsi.lib.countries import country_name


def _id(kind: str, pk: int) -> str:
    return f"{kind}-{pk}"


def _organisation_id(service: Service) -> str:
    if service.centre_id:
        return _id("centre", service.centre_id)
    # A service without a centre has a provider (a check constraint on Service).
    return _id("provider", cast(int, service.provider_id))


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
