"""Who may read the statistics, and over which centres."""

from __future__ import annotations

from wapsi.accounts.access import Scope
from wapsi.accounts.roles import user_roles
from wapsi.accounts.types import Actor

# See every centre's figures (always protected): the dialogue's readers and administrators.
ALL_CENTRES = {"government_viewer", "secretariat", "administrator"}
STATS_ROLES = ALL_CENTRES | {"centre_manager"}


def can_view_stats(user: Actor) -> bool:
    if not user.is_authenticated:
        return False
    return bool(user.is_superuser or user_roles(user) & STATS_ROLES)


def stats_centres_for(user: Actor) -> frozenset[int] | None:
    """The centres whose figures this person may read: None for all (government viewers, the
    secretariat, administrators), else their own centres (centre managers)."""
    if user.is_superuser or user_roles(user) & ALL_CENTRES:
        return None
    return frozenset(Scope.for_user(user).centre_ids)
