"""How directory values read on staff pages: labels and human-readable values, not codes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from django.db.models import Field
from django.utils.translation import gettext as _

from wapsi.centres.models import Service, ServiceCategory, ServiceChangeProposal
from wapsi.centres.services import EDITABLE_FIELDS, service_changes
from wapsi.centres.spoken import spoken_list


@dataclass(frozen=True)
class ChangeRow:
    label: str
    current: str
    proposed: str
    still_differs: bool  # false when the service already has the proposed value


def display_value(name: str, value: Any) -> str:
    if value is None or value == "":
        return "—"
    if name == "category":
        return str(dict(ServiceCategory.choices).get(value, value))
    if name == "is_active":
        return _("Open") if value in (True, "True", "true") else _("Closed")
    if name == "languages":
        codes = [c for c in str(value).split(",") if c]
        return ", ".join(lang.name_local for lang in spoken_list(codes))
    return str(value)


def _field(name: str) -> Field[Any, Any]:
    # EDITABLE_FIELDS names the service's own columns, never a reverse relation.
    return cast("Field[Any, Any]", Service._meta.get_field(name))


def proposal_rows(proposal: ServiceChangeProposal) -> list[ChangeRow]:
    service = proposal.service
    differs = service_changes(service=service, values=proposal.data)
    rows = []
    for name in EDITABLE_FIELDS:
        if name not in proposal.data:
            continue
        rows.append(
            ChangeRow(
                label=str(_field(name).verbose_name).capitalize(),
                current=display_value(name, getattr(service, name)),
                proposed=display_value(name, proposal.data[name]),
                still_differs=name in differs,
            )
        )
    return rows


# --- public pages: machine values made in Python, never through the locale's number format ------

# International dialling codes of the countries in the directory, for numbers written locally.
CALLING_CODES = {"PK": "92", "IQ": "964", "BD": "880", "AF": "93", "TJ": "992"}


def international_digits(number: str, country: str) -> str:
    """A phone number as international digits without the plus (as wa.me and Viber want)."""
    raw = number.strip()
    digits = "".join(ch for ch in raw if ch.isascii() and ch.isdigit())
    if raw.startswith("+"):
        return digits
    if digits.startswith("00"):
        return digits[2:]
    code = CALLING_CODES.get(country, "")
    if code and digits.startswith("0"):
        return code + digits[1:]
    return digits


def whatsapp_url(number: str, country: str) -> str:
    digits = international_digits(number, country)
    return f"https://wa.me/{digits}" if digits else ""


def viber_url(number: str, country: str) -> str:
    digits = international_digits(number, country)
    return f"viber://chat?number=%2B{digits}" if digits else ""


def telegram_url(handle: str) -> str:
    name = handle.strip().removeprefix("https://t.me/").removeprefix("@").strip("/")
    return f"https://t.me/{name}" if name else ""


def map_url(latitude: object, longitude: object) -> str:
    """An OpenStreetMap link. str() of a Decimal: a dot whatever the reader's language."""
    if latitude is None or longitude is None:
        return ""
    lat, lon = str(latitude), str(longitude)
    return f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=16/{lat}/{lon}"
