"""The append-only audit log. Rows are written by services inside the write's transaction.

Nothing in the application updates or deletes a row: the model refuses it, and database
triggers (see migrations) refuse it for raw SQL too.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class AuditAction(models.TextChoices):
    CREATE = "create", _("Created")
    READ = "read", _("Read")
    UPDATE = "update", _("Updated")
    DELETE = "delete", _("Deleted")
    EXPORT = "export", _("Exported")
    ANONYMISE = "anonymise", _("Anonymised")
    SIGN_IN = "sign_in", _("Signed in")
    ROLE_CHANGE = "role_change", _("Role changed")
    TRANSITION = "transition", _("Status changed")
    PUBLISH = "publish", _("Published")
    WITHDRAW = "withdraw", _("Withdrawn")
    REFUSE = "refuse", _("Refused")
    ADOPT = "adopt", _("Adopted")
    DECIDE = "decide", _("Decided")


class AppendOnlyError(Exception):
    pass


class AuditQuerySet(models.QuerySet["AuditEntry"]):
    def update(self, **kwargs: object) -> int:
        raise AppendOnlyError("audit entries cannot be changed")

    def delete(self) -> tuple[int, dict[str, int]]:
        raise AppendOnlyError("audit entries cannot be deleted")


class AuditEntry(models.Model):
    at = models.DateTimeField(auto_now_add=True, db_index=True)
    # Plain ids, not foreign keys: deleting a user or record must never touch the log.
    actor_id = models.BigIntegerField(null=True, blank=True)
    actor_label = models.CharField(max_length=150, blank=True)
    action = models.CharField(max_length=20, choices=AuditAction.choices)
    object_type = models.CharField(max_length=100)
    object_id = models.CharField(max_length=64, blank=True)
    ip_address = models.GenericIPAddressField(null=True, blank=True)
    detail = models.JSONField(default=dict, blank=True)

    objects = AuditQuerySet.as_manager()

    class Meta:
        ordering = ("-at", "-id")
        indexes = [models.Index(fields=["object_type", "object_id"])]
        default_permissions = ("view",)

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_label} {self.action} {self.object_type}#{self.object_id}"

    def save(self, *args: object, **kwargs: object) -> None:
        if self.pk is not None:
            raise AppendOnlyError("audit entries cannot be changed")
        super().save(*args, **kwargs)

    def delete(self, *args: object, **kwargs: object) -> tuple[int, dict[str, int]]:
        raise AppendOnlyError("audit entries cannot be deleted")
