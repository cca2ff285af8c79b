"""Signed, expiring, single-purpose links for providers without an account.

The token signs the referral id and a nonce stored on the referral. A new link replaces the
nonce (the old link dies); a final answer clears it (the link cannot be used again).
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.utils.translation import gettext as _

from wapsi.audit.models import AuditAction
from wapsi.audit.services import audit_record
from wapsi.cases.models import Referral

SALT = "wapsi.cases.provider-link"


class LinkError(Exception):
    pass


def max_age_seconds() -> int:
    return settings.PROVIDER_LINK_MAX_AGE_DAYS * 24 * 3600


@transaction.atomic
def provider_link_make(*, referral: Referral, actor: object, request: object = None) -> str:
    if referral.is_final:
        raise LinkError(_("This referral is closed; no link can be made."))
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
    """The referral a link points to, or LinkError with a message that reveals nothing more."""
    try:
        data = signing.loads(token, salt=SALT, max_age=max_age_seconds())
    except signing.SignatureExpired:
        raise LinkError(
            _("This link has expired. Ask the centre that sent it for a new one.")
        ) from None
    except signing.BadSignature:
        raise LinkError(_("This link is not valid. Check that it was copied whole.")) from None
    referral = Referral.objects.select_related("client", "service").filter(pk=data.get("r")).first()
    if (
        referral is None
        or not referral.link_nonce
        or not secrets.compare_digest(referral.link_nonce, str(data.get("n", "")))
    ):
        raise LinkError(
            _("This link can no longer be used. Ask the centre that sent it for a new one.")
        )
    return referral
