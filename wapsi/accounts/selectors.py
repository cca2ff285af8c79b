"""Reads of membership for other apps: which centres and providers a user belongs to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.core.exceptions import PermissionDenied

from wapsi.accounts.models import CentreMembership, ProviderMembership, User
from wapsi.accounts.roles import is_administrator

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


def people_for_administrator(*, actor: Actor) -> list[User]:
    """Every account with its roles and memberships, for an administrator's people screen."""
    if not is_administrator(actor):
        raise PermissionDenied
    return list(
        User.objects.order_by("username", "pk").prefetch_related(
            "groups", "centre_memberships__centre", "provider_memberships__provider"
        )
    )


def person_get_for_administrator(*, actor: Actor, user_id: int) -> User | None:
    if not is_administrator(actor):
        raise PermissionDenied
    return (
        User.objects.filter(pk=user_id)
        .prefetch_related("groups", "centre_memberships__centre", "provider_memberships__provider")
        .first()
    )


def second_factor_devices_count(*, user: User) -> int:
    """How many authenticators (django-otp devices, set up or not) a person has."""
    from django_otp import devices_for_user

    return len(list(devices_for_user(user, confirmed=None)))


def colleagues_for_user(*, user: Actor) -> list[tuple[str, list[str]]]:
    """Who works at the user's centres: (centre name, usernames), for the directory page."""
    centre_ids = centre_ids_for_user(user=user)
    if not centre_ids:
        return []
    rows = (
        CentreMembership.objects.filter(centre_id__in=centre_ids, user__is_active=True)
        .order_by("centre__name", "centre_id", "user__username")
        .values_list("centre__name", "user__username")
    )
    by_centre: dict[str, list[str]] = {}
    for centre_name, username in rows:
        by_centre.setdefault(str(centre_name), []).append(str(username))
    return list(by_centre.items())
