"""audit_record: the one way to write to the audit log."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db import models

from wapsi.audit.models import AuditAction, AuditEntry

if TYPE_CHECKING:
    from django.http import HttpRequest


def client_ip(request: HttpRequest | None) -> str | None:
    if request is None:
        return None
    return request.META.get("REMOTE_ADDR") or None


def audit_record(
    *,
    actor: Any,
    action: AuditAction,
    target: models.Model | None = None,
    object_type: str = "",
    object_id: str = "",
    request: HttpRequest | None = None,
    detail: dict[str, Any] | None = None,
) -> AuditEntry:
    """Record who did what to which record, from where. Call inside the write's transaction.

    `detail` must never hold personal data: ids, field names and codes only.
    """
    if target is not None:
        object_type = object_type or target._meta.label_lower
        object_id = object_id or str(target.pk)
    if not object_type:
        raise ValueError("audit_record needs a target or an object_type")
    is_user = actor is not None and getattr(actor, "is_authenticated", False)
    entry = AuditEntry(
        actor_id=actor.pk if is_user else None,
        actor_label=actor.get_username() if is_user else "system",
        action=action,
        object_type=object_type,
        object_id=object_id,
        ip_address=client_ip(request),
        detail=detail or {},
    )
    entry.full_clean()
    entry.save()
    return entry
