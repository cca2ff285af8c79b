"""Reads of the audit log for other apps (they never query AuditEntry themselves)."""

from __future__ import annotations

import datetime
from typing import Any, Protocol

from wapsi.audit.models import AuditAction, AuditEntry


class _Identified(Protocol):
    # Whoever acted: a user (the audit log imports no domain app, so no User type here).
    @property
    def pk(self) -> Any: ...


def audit_count_by_actor_since(
    *,
    actor: _Identified,
    action: AuditAction,
    since: datetime.datetime,
    object_type: str = "",
) -> int:
    """How many times this person did `action` (on records of `object_type`, when given) since
    the given moment: for limits such as "at most N withdrawals an hour"."""
    if actor.pk is None:
        return 0
    entries = AuditEntry.objects.filter(actor_id=actor.pk, action=action, at__gte=since)
    if object_type:
        entries = entries.filter(object_type=object_type)
    return entries.count()
