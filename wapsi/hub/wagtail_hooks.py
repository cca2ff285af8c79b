from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import Button
from wagtail.models import Locale, Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from wapsi.hub import admin_views
from wapsi.hub.translations import translation_can_submit
from wapsi.hub.usage import mark_page_served


@hooks.register("register_admin_urls")
def hub_admin_urls() -> list[Any]:
    return [
        path("reports/freshness/", admin_views.freshness_report, name="hub_freshness"),
        path("reports/feedback/", admin_views.feedback_report, name="hub_feedback"),
        path(
            "hub/translations/<int:page_id>/submit/",
            admin_views.translation_submit_view,
            name="hub_translation_submit",
        ),
    ]


class EditorMenuItem(MenuItem):
    def is_shown(self, request: Any) -> bool:
        return PagePermissionPolicy().user_has_any_permission(
            request.user, ["add", "change", "publish"]
        )


@hooks.register("register_reports_menu_item")
def freshness_menu_item() -> MenuItem:
    return EditorMenuItem(
        _("Content freshness"), reverse("hub_freshness"), icon_name="time", order=700
    )


@hooks.register("register_reports_menu_item")
def feedback_menu_item() -> MenuItem:
    return EditorMenuItem(
        _("Reader feedback"), reverse("hub_feedback"), icon_name="comment", order=710
    )


def translation_submit_button(
    page: Page, user: Any, view_name: str | None = None, next_url: str | None = None
) -> Iterator[Button]:
    """The "Submit translation for review" item in a translated page's menus (explorer, page)."""
    if page.is_root() or page.locale_id == Locale.get_default().pk:
        return
    if translation_can_submit(page=page, user=user):
        yield Button(
            _("Submit translation for review"),
            reverse("hub_translation_submit", args=[page.pk]),
            priority=61,
            icon_name="resubmit",
        )


hooks.register("register_page_header_buttons", translation_submit_button)
hooks.register("register_page_listing_more_buttons", translation_submit_button)

# Hub use: the page-view counter (wapsi/hub/usage.py) learns which page a response serves.
hooks.register("before_serve_page", mark_page_served)
