"""Writes to the evidence base: researchers and the secretariat edit studies, findings, recommendations."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.http import HttpRequest
from django.utils.translation import gettext as _

from wapsi.accounts.roles import user_roles
from wapsi.accounts.types import Actor
from wapsi.audit.models import AuditAction
from wapsi.audit.services import audit_record

EDITOR_ROLES = {"researcher", "secretariat"}


def is_evidence_editor(user: Actor | None) -> bool:
    if user is None or not user.is_authenticated:
        return False
    return bool(user.is_superuser or user_roles(user) & EDITOR_ROLES)


@transaction.atomic
def evidence_item_save(
    *,
    actor: Actor,
    item: models.Model,
    m2m: dict[str, Any] | None = None,
    request: HttpRequest | None = None,
) -> models.Model:
    """Create or update a study, finding or recommendation (validated, audited)."""
    if not is_evidence_editor(actor):
        raise PermissionDenied(_("Only researchers and the dialogue's secretariat edit evidence."))
    created = item.pk is None
    item.full_clean()
    item.save()
    for name, values in (m2m or {}).items():
        getattr(item, name).set(values)
    audit_record(
        actor=actor,
        action=AuditAction.CREATE if created else AuditAction.UPDATE,
        target=item,
        request=request,
    )
    return item
