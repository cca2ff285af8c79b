"""A way into the directory's staff pages from the back office."""

from __future__ import annotations

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from wapsi.accounts.selectors import centre_ids_for_user, provider_ids_for_user

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
