"""Sign-ins and failed sign-ins in the audit log (Django's user_logged_in / user_login_failed).

No password is ever recorded (Django masks it before the signal, and it is not read here). A
failure names the account by its id when the username typed is one; otherwise only a keyed
hash of what was typed is kept, never the text itself: people type their password, a phone
number or a colleague's name into the username field, and the hash still lets one see the same
unknown name tried again and again.
"""

from __future__ import annotations

import hashlib
import hmac
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.http import HttpRequest

from wapsi.accounts.models import User
from wapsi.audit.models import AuditAction
from wapsi.audit.services import audit_record

USER_TYPE = "accounts.user"


def username_digest(username: str) -> str:
    """A keyed hash of a typed username: the same text gives the same digest, the digest gives
    nothing back without the secret key."""
    key = settings.SECRET_KEY.encode()
    return hmac.new(key, username.strip().lower().encode(), hashlib.sha256).hexdigest()[:24]


def signin_record(*, user: User, request: HttpRequest | None) -> None:
    with transaction.atomic():
        audit_record(
            actor=user,
            action=AuditAction.SIGN_IN,
            target=user,
            request=request,
            detail={"event": "sign_in"},
        )


def signin_failure_record(*, username: str, request: HttpRequest | None) -> None:
    known = (
        get_user_model()
        ._default_manager.filter(**{get_user_model().USERNAME_FIELD: username})
        .values_list("pk", flat=True)
        .first()
        if username
        else None
    )
    detail: dict[str, Any] = {"event": "sign_in_failed"}
    if known is None:
        detail["username_digest"] = username_digest(username) if username else ""
    with transaction.atomic():
        audit_record(
            actor=None,
            action=AuditAction.REFUSE,
            object_type=USER_TYPE,
            object_id=str(known) if known is not None else "",
            request=request,
            detail=detail,
        )


def on_user_logged_in(sender: Any, request: HttpRequest | None, user: User, **kwargs: Any) -> None:
    signin_record(user=user, request=request)


def on_user_login_failed(
    sender: Any, credentials: dict[str, Any], request: HttpRequest | None = None, **kwargs: Any
) -> None:
    username = credentials.get(get_user_model().USERNAME_FIELD) or credentials.get("username")
    signin_failure_record(username=str(username or "")[:150], request=request)
