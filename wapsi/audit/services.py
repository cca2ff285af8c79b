"""audit_record: the one way to write to the audit log."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db import models

from wapsi.audit.models import AuditAction, AuditEntry

if TYPE_CHECKING:
    from django.contrib.auth.base_user import AbstractBaseUser
    from django.contrib.auth.models import AnonymousUser
    from django.http import HttpRequest


def client_ip(request: HttpRequest | None) -> str | None:
    if request is None:
        return None
    return request.META.get("REMOTE_ADDR") or None


def audit_record(
    *,
    # Who acted (the audit log imports no domain app, so Django's user types, not Actor);
    # None, or an anonymous user, is recorded as "system".
    actor: AbstractBaseUser | AnonymousUser | None,
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
    user = actor if actor is not None and actor.is_authenticated else None
    entry = AuditEntry(
        actor_id=user.pk if user is not None else None,
        actor_label=user.get_username() if user is not None else "system",
        action=action,
        object_type=object_type,
        object_id=object_id,
        ip_address=client_ip(request),
        detail=detail or {},
    )
    entry.full_clean()
    entry.save()
    return entry
