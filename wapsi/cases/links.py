"""Signed, expiring, single-purpose links for providers without an account.

The token signs the referral id and a nonce stored on the referral. A new link replaces the
nonce (the old link dies); a final answer clears it (the link cannot be used again).
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.core import signing
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import HttpRequest
from django.utils.translation import gettext as _

from wapsi.accounts.access import Scope
from wapsi.accounts.types import Actor
from wapsi.audit.models import AuditAction
from wapsi.audit.services import audit_record
from wapsi.cases.models import Referral

SALT = "wapsi.cases.provider-link"


def max_age_seconds() -> int:
    return settings.PROVIDER_LINK_MAX_AGE_DAYS * 24 * 3600


@transaction.atomic
def provider_link_make(
    *, actor: Actor, referral: Referral, request: HttpRequest | None = None
) -> str:
    """A new signed link for the provider of a referral (the previous link stops working).
    Only the referring centre's staff may make one; the row is locked so that two links made
    at once cannot both look valid."""
    referral = Referral.objects.select_for_update().get(pk=referral.pk)
    if referral.referring_centre_id not in Scope.for_user(actor).centre_ids:
        raise PermissionDenied(_("Only the referring centre can send a link for this referral."))
    if referral.is_final:
        raise ValidationError(_("This referral is closed; no link can be made."), code="final")
    referral.link_nonce = secrets.token_hex(16)
    referral.save(update_fields=["link_nonce"])
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        target=referral,
        request=request,
        detail={"link": "made"},
    )
    return signing.dumps({"r": referral.pk, "n": referral.link_nonce}, salt=SALT, compress=True)


def provider_link_resolve(token: str) -> Referral:
    """The referral a link points to, or a ValidationError whose message reveals nothing more."""
    try:
        data = signing.loads(token, salt=SALT, max_age=max_age_seconds())
    except signing.SignatureExpired:
        raise ValidationError(
            _("This link has expired. Ask the centre that sent it for a new one."), code="expired"
        ) from None
    except signing.BadSignature:
        raise ValidationError(
            _("This link is not valid. Check that it was copied whole."), code="invalid"
        ) from None
    referral = Referral.objects.select_related("client", "service").filter(pk=data.get("r")).first()
    if (
        referral is None
        or not referral.link_nonce
        or not secrets.compare_digest(referral.link_nonce, str(data.get("n", "")))
    ):
        raise ValidationError(
            _("This link can no longer be used. Ask the centre that sent it for a new one."),
            code="used",
        )
    return referral


def provider_link_view(token: str, *, request: HttpRequest | None = None) -> Referral:
    """The referral a link points to, for its holder to read: each view is written to the
    audit log (no person: the link stands for the provider)."""
    referral = provider_link_resolve(token)
    with transaction.atomic():
        audit_record(
            actor=None,
            action=AuditAction.READ,
            target=referral,
            request=request,
            detail={"via_link": True},
        )
    return referral
