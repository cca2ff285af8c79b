"""Who may do what with the roadmap; the services call these, so views cannot forget them."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from wapsi.accounts.roles import user_roles
from wapsi.accounts.types import Actor

DIALOGUE_ROLES = {"secretariat", "researcher"}


def is_secretariat(user: Actor | None) -> bool:
    if user is None or not user.is_authenticated:
        return False
    return bool(user.is_superuser or "secretariat" in user_roles(user))


def is_dialogue_staff(user: Actor | None) -> bool:
    if user is None or not user.is_authenticated:
        return False
    return bool(user.is_superuser or user_roles(user) & DIALOGUE_ROLES)


def require_secretariat(user: Actor | None) -> None:
    if not is_secretariat(user):
        raise PermissionDenied(_("Only the dialogue's secretariat may do this."))


def require_dialogue_staff(user: Actor | None) -> None:
    if not is_dialogue_staff(user):
        raise PermissionDenied(_("Only researchers and the dialogue's secretariat may do this."))
