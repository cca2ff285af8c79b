from __future__ import annotations

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """A staff member. The public never has accounts; the code reads Django's user fields."""

    preferred_language = models.CharField(_("preferred language"), max_length=10, blank=True)

    class Meta(AbstractUser.Meta):  # type: ignore[name-defined]  # django-stubs declares no AbstractUser.Meta
        swappable = "AUTH_USER_MODEL"


class CentreMembership(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="centre_memberships"
    )
    centre = models.ForeignKey(
        "centres.Centre", on_delete=models.CASCADE, related_name="memberships"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "centre"], name="unique_centre_membership")
        ]
        verbose_name = _("centre membership")

    def __str__(self) -> str:
        return f"{self.user} @ {self.centre}"


class ProviderMembership(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="provider_memberships"
    )
    provider = models.ForeignKey(
        "centres.Provider", on_delete=models.CASCADE, related_name="memberships"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "provider"], name="unique_provider_membership")
        ]
        verbose_name = _("provider membership")

    def __str__(self) -> str:
        return f"{self.user} @ {self.provider}"
