"""Ways into the directory's staff pages from the back office: the directory, and each user's
centres, providers and second sign-in step (Admin → Users, the user's menu)."""

from __future__ import annotations

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import Button

from wapsi.accounts.models import User
from wapsi.accounts.roles import is_administrator
from wapsi.accounts.selectors import centre_ids_for_user, provider_ids_for_user
from wapsi.accounts.types import Actor

# Where the answer is kept on the request: the menu asks more than once per page.
_CACHE_ATTR = "_wapsi_directory_member"


class DirectoryMenuItem(MenuItem):
    """Shown to members of a centre or provider: the people who propose or approve changes."""

    def is_shown(self, request: HttpRequest) -> bool:
        cached: bool | None = getattr(request, _CACHE_ATTR, None)
        if cached is None:
            user = request.user
            cached = bool(provider_ids_for_user(user=user) or centre_ids_for_user(user=user))
            setattr(request, _CACHE_ATTR, cached)
        return cached


@hooks.register("register_admin_menu_item")
def directory_menu_item() -> MenuItem:
    return DirectoryMenuItem(
        _("Directory updates"),
        reverse("directory_staff:services"),
        icon_name="list-ul",
        order=900,
    )


@hooks.register("register_user_listing_buttons")
def user_memberships_button(user: User, request_user: Actor) -> list[Button]:
    """Admin → Users: each user's menu leads to their centres, providers and second step."""
    if not is_administrator(request_user):
        return []
    return [
        Button(
            _("Centres, providers and sign-in"),
            reverse("directory_staff:person", args=[user.pk]),
            icon_name="group",
            priority=15,
        )
    ]
