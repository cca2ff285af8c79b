"""Partner keys, their daily usage, and the events that reach partner platforms.

A key's secret is never stored: only its sha256 (the token is shown once, when it is made).
Usage is a count per key and day, nothing of the requests themselves. An event's payload
holds references and public metadata only, never a story's words: a withdrawn story's event
says which story and that it must be deleted.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Scope(models.TextChoices):
    EVENTS = "events", _("Events: subscriptions to webhooks")
    STATS_DETAILED = "stats:detailed", _("Detailed statistics")


class PartnerKey(models.Model):
    name = models.CharField(_("name"), max_length=120)
    contact_email = models.EmailField(_("contact e-mail"))
    scopes = models.JSONField(_("scopes"), default=list, blank=True)
    # The token's public part: shown in the admin and in logs, enough to tell keys apart.
    prefix = models.CharField(max_length=16, unique=True, editable=False)
    secret_hash = models.CharField(max_length=64, editable=False)
    expires_at = models.DateTimeField(_("expires at"))
    revoked_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ("-created_at", "-id")
        verbose_name = _("partner key")

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix})"

    def has_scope(self, scope: str) -> bool:
        return scope in (self.scopes or [])

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None

    @property
    def is_expired(self) -> bool:
        return self.expires_at <= timezone.now()

    @property
    def is_usable(self) -> bool:
        return not self.is_revoked and not self.is_expired


class PartnerUsageDay(models.Model):
    key = models.ForeignKey(PartnerKey, on_delete=models.CASCADE, related_name="usage_days")
    day = models.DateField()
    requests = models.PositiveIntegerField(default=0)
    # Requests refused because the key's rate limit was used up.
    limited = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ("-day",)
        constraints = [
            models.UniqueConstraint(fields=["key", "day"], name="partner_usage_once_a_day")
        ]

    def __str__(self) -> str:
        return f"{self.key_id} {self.day}: {self.requests}"


class EventType(models.TextChoices):
    STORY_WITHDRAWN = "story.withdrawn", _("Story withdrawn")
    STORY_UNPUBLISHED = "story.unpublished", _("Story unpublished")
    STORY_PUBLISHED = "story.published", _("Story published")
    SERVICE_CHANGED = "service.changed", _("Service changed")
    SERVICE_CLOSED = "service.closed", _("Service closed")
    ROADMAP_VERSION_ADOPTED = "roadmap.version_adopted", _("Roadmap version adopted")
    HUB_PAGE_UPDATED = "hub.page_updated", _("Hub page updated")


class Subscription(models.Model):
    key = models.ForeignKey(PartnerKey, on_delete=models.CASCADE, related_name="subscriptions")
    url = models.URLField(_("target URL"), max_length=500)
    event_types = models.JSONField(_("event types"), default=list)
    description = models.CharField(_("description"), max_length=200, blank=True)
    # Standard Webhooks signing secret ("whsec_" + base64); needed to sign, so kept; shown once.
    secret = models.CharField(max_length=100, editable=False)
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ("id",)

    def __str__(self) -> str:
        return f"#{self.pk} {self.url}"

    def wants(self, event_type: str) -> bool:
        return event_type in (self.event_types or [])


class Event(models.Model):
    type = models.CharField(max_length=40, choices=EventType.choices)
    object_type = models.CharField(max_length=40)
    object_ref = models.CharField(max_length=64)
    payload = models.JSONField(default=dict)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("created_at", "id")
        indexes = [models.Index(fields=["created_at", "id"], name="partner_event_changes_idx")]

    def __str__(self) -> str:
        return f"{self.type} {self.object_type}:{self.object_ref}"

    @property
    def message_id(self) -> str:
        """The Standard Webhooks message id: the same on every attempt, so partners dedupe."""
        return f"msg_wapsi_{self.pk}"


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("Waiting")
    SENDING = "sending", _("Sending")
    RETRYING = "retrying", _("Will try again")
    DELIVERED = "delivered", _("Delivered")
    FAILED = "failed", _("Failed")


class Delivery(models.Model):
    subscription = models.ForeignKey(
        Subscription, on_delete=models.CASCADE, related_name="deliveries"
    )
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="deliveries")
    attempts = models.PositiveIntegerField(default=0)
    status = models.CharField(
        max_length=10, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING
    )
    response_code = models.PositiveIntegerField(null=True, blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ("-id",)
        indexes = [
            models.Index(fields=["status", "next_attempt_at"], name="partner_delivery_due_idx")
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["subscription", "event"], name="partner_delivery_once_per_event"
            )
        ]

    def __str__(self) -> str:
        return f"delivery #{self.pk} ({self.status})"
