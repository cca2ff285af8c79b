"""Who may do what with campaigns; services call these, so views cannot forget them."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from wapsi.accounts.roles import user_roles
from wapsi.accounts.types import Actor

MANAGERS = {"campaign_manager"}
REPORT_READERS = {"campaign_manager", "secretariat", "government_viewer"}


def is_campaign_manager(user: Actor | None) -> bool:
    if user is None or not user.is_authenticated:
        return False
    return bool(user.is_superuser or user_roles(user) & MANAGERS)


def can_read_reports(user: Actor | None) -> bool:
    """Campaign managers, the dialogue's secretariat and government viewers read reports."""
    if user is None or not user.is_authenticated:
        return False
    return bool(user.is_superuser or user_roles(user) & REPORT_READERS)


def require_manager(user: Actor | None) -> None:
    if not is_campaign_manager(user):
        raise PermissionDenied(_("Only campaign managers may do this."))


def require_report_reader(user: Actor | None) -> None:
    if not can_read_reports(user):
        raise PermissionDenied(
            _("Campaign reports are for campaign managers, the secretariat and government viewers.")
        )
