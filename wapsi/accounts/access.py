"""Who may see which case records. Every getter of a case record goes through here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.http import Http404

from wapsi.accounts.roles import user_roles
from wapsi.accounts.selectors import centre_ids_for_user, provider_ids_for_user

if TYPE_CHECKING:
    from wapsi.accounts.types import Actor

CENTRE_ROLES = {"counsellor", "centre_manager", "administrator"}
PROVIDER_ROLES = {"provider_staff", "administrator"}
# Where the scope is kept on the user object for the rest of the request.
_CACHE_ATTR = "_wapsi_scope"


class Scope:
    """The centres and providers whose records a user may see, worked out once per request."""

    def __init__(self, user: Actor) -> None:
        self.user: Actor = user
        roles = user_roles(user)
        self.centre_ids: set[int] = (
            centre_ids_for_user(user=user) if roles & CENTRE_ROLES else set()
        )
        self.provider_ids: set[int] = (
            provider_ids_for_user(user=user) if roles & PROVIDER_ROLES else set()
        )

    @classmethod
    def for_user(cls, user: Actor) -> Scope:
        """The user's scope, worked out once per user object (one request) and reused by the
        view and every service it calls: memberships are read once, not per service call."""
        scope: Scope | None = getattr(user, _CACHE_ATTR, None)
        if scope is None:
            scope = cls(user)
            if user.is_authenticated:
                setattr(user, _CACHE_ATTR, scope)
        return scope

    @property
    def is_centre_staff(self) -> bool:
        return bool(self.centre_ids)

    @property
    def is_provider_staff(self) -> bool:
        return bool(self.provider_ids)

    def require_centre(self, centre_id: int) -> None:
        # 404, not 403: a record of another centre must not even be confirmed to exist.
        if centre_id not in self.centre_ids:
            raise Http404

    def require_provider(self, provider_id: int | None) -> None:
        if provider_id is None or provider_id not in self.provider_ids:
            raise Http404
