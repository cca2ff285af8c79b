"""Writes to the directory. Each runs in one transaction, validates with full_clean(), keeps a
full snapshot of every version, and records an audit row in the same transaction."""

from __future__ import annotations

import copy
import datetime
import decimal
from typing import Any, cast

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Field
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from wapsi.accounts.models import User
from wapsi.accounts.selectors import centre_ids_for_user, provider_ids_for_user
from wapsi.accounts.types import Actor, actor_user
from wapsi.audit.models import AuditAction
from wapsi.audit.services import audit_record
from wapsi.centres.models import (
    Centre,
    Provider,
    Service,
    ServiceChangeProposal,
    ServiceVersion,
)
from wapsi.centres.spoken import SPOKEN_BY_CODE, spoken_codes_clean

# What a provider may propose to change; the rest (organisation, country, freshness, source,
# illustrative flag) is the directory's own business.
EDITABLE_FIELDS: tuple[str, ...] = (
    "name",
    "category",
    "description",
    "province",
    "district",
    "city",
    "address",
    "latitude",
    "longitude",
    "hotline",
    "whatsapp",
    "viber",
    "telegram",
    "email",
    "walk_in_hours",
    "opening_hours",
    "languages",
    "eligibility",
    "cost",
    "is_active",
)
# Content the demo loader and imports may also set.
CONTENT_FIELDS: tuple[str, ...] = (
    *EDITABLE_FIELDS,
    "country",
    "last_verified",
    "is_illustrative",
    "source_url",
)


def _json_value(value: Any) -> Any:
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def service_snapshot(*, service: Service) -> dict[str, Any]:
    """Everything a reader sees of a service, as JSON values."""
    data = {name: _json_value(getattr(service, name)) for name in CONTENT_FIELDS}
    data["centre"] = service.centre_id
    data["provider"] = service.provider_id
    data["owner"] = service.owner_id
    return data


def _python_value(name: str, value: Any) -> Any:
    if name == "languages":
        return spoken_codes_clean(value or "")
    # The names come from CONTENT_FIELDS: the service's own columns, never a reverse relation.
    field = cast("Field[Any, Any]", Service._meta.get_field(name))
    if value is None and not field.null:
        value = ""
    try:
        return field.to_python(value)
    except ValidationError as exc:
        raise ValidationError({name: exc.messages}) from None


def service_changes(
    *, service: Service, values: dict[str, Any], allowed: tuple[str, ...] = EDITABLE_FIELDS
) -> dict[str, Any]:
    """The fields whose value differs from the service's, as Python values; others ignored."""
    changed = {}
    for name in allowed:
        if name not in values:
            continue
        value = _python_value(name, values[name])
        if value != getattr(service, name):
            changed[name] = value
    return changed


def _record_version(*, service: Service, actor: Actor | None) -> ServiceVersion:
    version = ServiceVersion(
        service=service,
        number=service.version,
        data=service_snapshot(service=service),
        created_by=actor_user(actor),
    )
    version.full_clean()
    version.save()
    return version


@transaction.atomic
def service_create(
    *,
    actor: Actor | None,
    organisation: Centre | Provider,
    fields: dict[str, Any],
    key: str | None = None,
    owner: User | None = None,
    request: HttpRequest | None = None,
) -> Service:
    """A new service of a centre or a provider, stored as version 1."""
    service = Service(key=key, owner=owner)
    if isinstance(organisation, Centre):
        service.centre = organisation
    else:
        service.provider = organisation
    for name, value in service_changes(
        service=Service(), values=fields, allowed=CONTENT_FIELDS
    ).items():
        setattr(service, name, value)
    service.search_text = service.build_search_text()
    service.full_clean()
    service.save()
    _record_version(service=service, actor=actor)
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        target=service,
        request=request,
        detail={"version": service.version},
    )
    return service


@transaction.atomic
def service_update(
    *,
    actor: Actor | None,
    service: Service,
    values: dict[str, Any],
    allowed: tuple[str, ...] = CONTENT_FIELDS,
    request: HttpRequest | None = None,
    detail: dict[str, Any] | None = None,
) -> Service:
    """Apply the values that differ as a new version; nothing is written when none differ."""
    service = (
        Service.objects.select_for_update(of=("self",))
        .select_related("centre", "provider")
        .get(pk=service.pk)
    )
    changed = service_changes(service=service, values=values, allowed=allowed)
    if not changed:
        return service
    for name, value in changed.items():
        setattr(service, name, value)
    service.search_text = service.build_search_text()
    service.version += 1
    service.full_clean()
    service.save(update_fields=[*changed, "search_text", "version", "modified"])
    _record_version(service=service, actor=actor)
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        target=service,
        request=request,
        detail={"version": service.version, "fields": sorted(changed), **(detail or {})},
    )
    return service


def _refuse_duplicate(*, service: Service, data: dict[str, Any]) -> None:
    """The same change twice would have the centre decide twice (and approve a stale copy)."""
    # Lock the service row so that two identical proposals sent at once cannot both pass.
    Service.objects.select_for_update(of=("self",)).filter(pk=service.pk).first()
    pending = ServiceChangeProposal.objects.filter(
        service=service, status=ServiceChangeProposal.Status.PENDING
    ).values_list("data", flat=True)
    if any(existing == data for existing in pending):
        raise ValidationError(
            _(
                "The same change is already waiting for the centre's approval. "
                "You need not send it again."
            ),
            code="duplicate",
        )


@transaction.atomic
def service_change_propose(
    *, actor: Actor, service: Service, values: dict[str, Any], request: HttpRequest | None = None
) -> ServiceChangeProposal:
    """A provider's staff ask for changes to one of the provider's services. Nothing is applied."""
    if service.provider_id is None or service.provider_id not in provider_ids_for_user(user=actor):
        raise PermissionDenied("not a member of this service's provider")
    changed = service_changes(service=service, values=values)
    if not changed:
        raise ValidationError(_("You changed nothing, so there is nothing to send."))
    unknown = [c for c in changed.get("languages", "").split(",") if c and c not in SPOKEN_BY_CODE]
    if unknown:
        raise ValidationError({"languages": _("Unknown language code: %s") % ", ".join(unknown)})
    # Validate the service as it would be, so a proposal that cannot be applied is refused now.
    candidate = copy.copy(service)
    for name, value in changed.items():
        setattr(candidate, name, value)
    candidate.full_clean(exclude=["key"])
    data = {name: _json_value(value) for name, value in changed.items()}
    _refuse_duplicate(service=service, data=data)
    proposal = ServiceChangeProposal(
        service=service,
        proposed_by=actor_user(actor),
        data=data,
        base_version=service.version,
    )
    proposal.full_clean()
    proposal.save()
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        target=proposal,
        request=request,
        detail={"service": service.pk, "fields": sorted(changed)},
    )
    return proposal


def _lock_for_decision(*, actor: Actor, proposal: ServiceChangeProposal) -> ServiceChangeProposal:
    proposal = (
        ServiceChangeProposal.objects.select_for_update(of=("self",))
        .select_related("service__provider")
        .get(pk=proposal.pk)
    )
    provider = proposal.service.provider
    owning = provider.owning_centre_id if provider else None
    user = actor_user(actor)
    if user is None or owning is None or owning not in centre_ids_for_user(user=user):
        raise PermissionDenied("not a member of the provider's owning centre")
    if proposal.status != ServiceChangeProposal.Status.PENDING:
        raise ValidationError(_("This proposal has already been decided."))
    if proposal.proposed_by_id is not None and proposal.proposed_by_id == user.pk:
        raise ValidationError(_("Someone else must decide on your own proposal."))
    return proposal


def _decide(
    *,
    actor: Actor,
    proposal: ServiceChangeProposal,
    status: str,
    reason: str,
    request: HttpRequest | None,
) -> None:
    proposal.status = status
    proposal.decided_by = actor_user(actor)
    proposal.decided_at = timezone.now()
    proposal.reason = reason
    proposal.full_clean()
    proposal.save(update_fields=["status", "decided_by", "decided_at", "reason"])
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        target=proposal,
        request=request,
        detail={"service": proposal.service_id, "status": status},
    )


@transaction.atomic
def service_change_approve(
    *,
    actor: Actor,
    proposal: ServiceChangeProposal,
    reason: str = "",
    request: HttpRequest | None = None,
) -> Service:
    """Apply a pending proposal as the service's next version."""
    proposal = _lock_for_decision(actor=actor, proposal=proposal)
    service = service_update(
        actor=actor,
        service=proposal.service,
        values=proposal.data,
        allowed=EDITABLE_FIELDS,
        request=request,
        detail={"proposal": proposal.pk},
    )
    _decide(
        actor=actor,
        proposal=proposal,
        status=ServiceChangeProposal.Status.APPROVED,
        reason=reason.strip(),
        request=request,
    )
    return service


@transaction.atomic
def service_change_reject(
    *,
    actor: Actor,
    proposal: ServiceChangeProposal,
    reason: str,
    request: HttpRequest | None = None,
) -> ServiceChangeProposal:
    """Turn a pending proposal down; the provider sees the reason."""
    if not reason.strip():
        raise ValidationError({"reason": _("Please say why, so the provider can fix it.")})
    proposal = _lock_for_decision(actor=actor, proposal=proposal)
    _decide(
        actor=actor,
        proposal=proposal,
        status=ServiceChangeProposal.Status.REJECTED,
        reason=reason.strip(),
        request=request,
    )
    return proposal


@transaction.atomic
def service_edit(
    *, actor: Actor, service: Service, values: dict[str, Any], request: HttpRequest | None = None
) -> Service:
    """A centre's staff change one of their centre's own services (a service whose `centre` is
    theirs): applied at once as the next version, every version kept, audited. A provider's
    service is changed by proposal instead (service_change_propose)."""
    user = actor_user(actor)
    if (
        user is None
        or service.centre_id is None
        or service.centre_id not in centre_ids_for_user(user=user)
    ):
        raise PermissionDenied(_("Only the staff of the centre that runs this service edit it."))
    changed = service_changes(service=service, values=values)
    if not changed:
        raise ValidationError(
            _("You changed nothing, so there is nothing to save."), code="unchanged"
        )
    unknown = [c for c in changed.get("languages", "").split(",") if c and c not in SPOKEN_BY_CODE]
    if unknown:
        raise ValidationError(
            {"languages": _("Unknown language code: %s") % ", ".join(unknown)}, code="invalid"
        )
    return service_update(
        actor=actor,
        service=service,
        values=values,
        allowed=EDITABLE_FIELDS,
        request=request,
        detail={"by": "centre"},
    )
