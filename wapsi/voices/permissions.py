"""Who may do what with stories: the predicates the services, selectors and the staff area share."""

from __future__ import annotations

from wapsi.accounts.roles import user_roles
from wapsi.accounts.types import Actor

MODERATORS = {"testimony_moderator"}
INTAKE_ROLES = {"counsellor", "centre_manager"}
CAMPAIGN_ROLES = {"campaign_manager"}


def _is_superuser(user: Actor) -> bool:
    return bool(getattr(user, "is_superuser", False))


def is_moderator(user: Actor) -> bool:
    return _is_superuser(user) or bool(user_roles(user) & MODERATORS)


def can_take_stories(user: Actor) -> bool:
    """Centre staff (counsellors, centre managers) take stories with storytellers."""
    return _is_superuser(user) or bool(user_roles(user) & INTAKE_ROLES)


def can_record_withdrawal(user: Actor) -> bool:
    """A storyteller can walk into any centre: centre staff and moderators record withdrawals."""
    return can_take_stories(user) or is_moderator(user)


def can_use_campaign_material(user: Actor) -> bool:
    return is_moderator(user) or bool(user_roles(user) & CAMPAIGN_ROLES)


def can_open_stories_area(user: Actor) -> bool:
    """The voices staff area: moderators, those who take stories, campaign managers."""
    if _is_superuser(user):
        return True
    roles = user_roles(user)
    return bool(roles & (MODERATORS | INTAKE_ROLES | CAMPAIGN_ROLES))
