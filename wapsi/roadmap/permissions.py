"""Who may do what with the roadmap; the services call these, so views cannot forget them."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from wapsi.accounts.roles import user_roles

DIALOGUE_ROLES = {"secretariat", "researcher"}


def is_secretariat(user: Any) -> bool:
    if not getattr(user, "is_authenticated", False):
        return False
    return bool(user.is_superuser or "secretariat" in user_roles(user))


def is_dialogue_staff(user: Any) -> bool:
    if not getattr(user, "is_authenticated", False):
        return False
    return bool(user.is_superuser or user_roles(user) & DIALOGUE_ROLES)


def require_secretariat(user: Any) -> None:
    if not is_secretariat(user):
        raise PermissionDenied(_("Only the dialogue's secretariat may do this."))


def require_dialogue_staff(user: Any) -> None:
    if not is_dialogue_staff(user):
        raise PermissionDenied(_("Only researchers and the dialogue's secretariat may do this."))
