"""Writes to people's accounts by an administrator: memberships and the second sign-in step.

Each checks that the actor is an administrator, runs in one transaction and writes its audit
row in it. accounts imports no domain app, so centres and providers are named by id; the
screens that choose them belong to the directory (wapsi/centres/people_views.py).
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import HttpRequest
from django.utils.translation import gettext as _
from django_otp import devices_for_user

from wapsi.accounts.models import CentreMembership, ProviderMembership, User
from wapsi.accounts.roles import is_administrator
from wapsi.accounts.types import Actor
from wapsi.audit.models import AuditAction
from wapsi.audit.services import audit_record


def _require_administrator(actor: Actor) -> None:
    if not is_administrator(actor):
        raise PermissionDenied(_("Only an administrator manages people's accounts."))


def _membership_audit(
    *,
    actor: Actor,
    membership: CentreMembership | ProviderMembership,
    request: HttpRequest | None,
    change: str,
) -> None:
    """One audit row per membership change, in the caller's transaction."""
    place = (
        {"centre": membership.centre_id}
        if isinstance(membership, CentreMembership)
        else {"provider": membership.provider_id}
    )
    audit_record(
        actor=actor,
        action=AuditAction.ROLE_CHANGE,
        target=membership,
        request=request,
        detail={"user": membership.user_id, **place, "change": change},
    )


@transaction.atomic
def centre_membership_add(
    *, actor: Actor, user: User, centre_id: int, request: HttpRequest | None = None
) -> CentreMembership:
    """Make a person a member of a centre (they then see its case records, by their role)."""
    _require_administrator(actor)
    if CentreMembership.objects.filter(user=user, centre_id=centre_id).exists():
        raise ValidationError(
            _("%(user)s already works at this centre.") % {"user": user.get_username()},
            code="already_member",
        )
    membership = CentreMembership(user=user, centre_id=centre_id)
    try:
        membership.full_clean()  # the centre exists
    except ValidationError:
        raise ValidationError(_("No such centre."), code="invalid_centre") from None
    membership.save()
    _membership_audit(actor=actor, membership=membership, request=request, change="added")
    return membership


@transaction.atomic
def centre_membership_remove(
    *, actor: Actor, user: User, centre_id: int, request: HttpRequest | None = None
) -> None:
    _require_administrator(actor)
    membership = CentreMembership.objects.filter(user=user, centre_id=centre_id).first()
    if membership is None:
        raise ValidationError(_("This person does not work at that centre."), code="not_member")
    _membership_audit(actor=actor, membership=membership, request=request, change="removed")
    membership.delete()


@transaction.atomic
def provider_membership_add(
    *, actor: Actor, user: User, provider_id: int, request: HttpRequest | None = None
) -> ProviderMembership:
    """Make a person a member of a service provider (they then answer its referrals)."""
    _require_administrator(actor)
    if ProviderMembership.objects.filter(user=user, provider_id=provider_id).exists():
        raise ValidationError(
            _("%(user)s already works for this provider.") % {"user": user.get_username()},
            code="already_member",
        )
    membership = ProviderMembership(user=user, provider_id=provider_id)
    try:
        membership.full_clean()  # the provider exists
    except ValidationError:
        raise ValidationError(_("No such service provider."), code="invalid_provider") from None
    membership.save()
    _membership_audit(actor=actor, membership=membership, request=request, change="added")
    return membership


@transaction.atomic
def provider_membership_remove(
    *, actor: Actor, user: User, provider_id: int, request: HttpRequest | None = None
) -> None:
    _require_administrator(actor)
    membership = ProviderMembership.objects.filter(user=user, provider_id=provider_id).first()
    if membership is None:
        raise ValidationError(_("This person does not work for that provider."), code="not_member")
    _membership_audit(actor=actor, membership=membership, request=request, change="removed")
    membership.delete()


@transaction.atomic
def user_second_factor_reset(
    *, actor: Actor, user: User, request: HttpRequest | None = None
) -> int:
    """Forget a person's authenticator (a lost or new phone): every django-otp device of theirs
    is deleted, so their next sign-in sets up a new one. Returns how many were deleted."""
    _require_administrator(actor)
    devices = list(devices_for_user(user, confirmed=None))
    for device in devices:
        device.delete()
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        target=user,
        request=request,
        detail={"second_factor": "reset", "devices": len(devices)},
    )
    return len(devices)
