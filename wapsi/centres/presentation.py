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
