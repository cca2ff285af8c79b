"""Reads of membership for other apps: which centres and providers a user belongs to."""

from __future__ import annotations

from typing import Any

from wapsi.accounts.models import CentreMembership, ProviderMembership


def centre_ids_for_user(*, user: Any) -> set[int]:
    if not getattr(user, "is_authenticated", False):
        return set()
    return set(CentreMembership.objects.filter(user=user).values_list("centre_id", flat=True))


def provider_ids_for_user(*, user: Any) -> set[int]:
    if not getattr(user, "is_authenticated", False):
        return set()
    return set(ProviderMembership.objects.filter(user=user).values_list("provider_id", flat=True))


def memberships_for_user(*, user: Any) -> list[str]:
    """Names of the centres and providers a person acts for, for the staff header."""
    if not getattr(user, "is_authenticated", False):
        return []
    centres = CentreMembership.objects.filter(user=user).values_list("centre__name", flat=True)
    providers = ProviderMembership.objects.filter(user=user).values_list(
        "provider__name", flat=True
    )
    return sorted(centres) + sorted(providers)
