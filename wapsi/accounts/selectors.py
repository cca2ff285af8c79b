"""Reads of membership for other apps: which centres and providers a user belongs to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wapsi.accounts.models import CentreMembership, ProviderMembership

if TYPE_CHECKING:
    from wapsi.accounts.types import Actor


def centre_ids_for_user(*, user: Actor | None) -> set[int]:
    if user is None or not user.is_authenticated:
        return set()
    return set(CentreMembership.objects.filter(user=user).values_list("centre_id", flat=True))


def provider_ids_for_user(*, user: Actor | None) -> set[int]:
    if user is None or not user.is_authenticated:
        return set()
    return set(ProviderMembership.objects.filter(user=user).values_list("provider_id", flat=True))


def memberships_for_user(*, user: Actor | None) -> list[str]:
    """Names of the centres and providers a person acts for, for the staff header."""
    if user is None or not user.is_authenticated:
        return []
    centres = CentreMembership.objects.filter(user=user).values_list("centre__name", flat=True)
    providers = ProviderMembership.objects.filter(user=user).values_list(
        "provider__name", flat=True
    )
    return sorted(centres) + sorted(providers)
