"""Types shared by every app's services: who acts."""

from __future__ import annotations

from typing import TypeAlias

from django.contrib.auth.models import AnonymousUser

from wapsi.accounts.models import User

# Who performs an action: a signed-in staff member, or (for public entry points such as the
# story form or a withdrawal code) nobody. Services check permission themselves, so they take
# either and refuse what the person may not do.
Actor: TypeAlias = User | AnonymousUser


def actor_user(actor: Actor | None) -> User | None:
    """The signed-in user behind an actor, for the "by whom" columns of a record; None for a
    system job (actor=None) or an anonymous visitor."""
    return actor if actor is not None and actor.is_authenticated else None
