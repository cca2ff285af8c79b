from __future__ import annotations

from typing import Any

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permission_policies.pages import PagePermissionPolicy

from wapsi.hub import admin_views


@hooks.register("register_admin_urls")
def hub_admin_urls() -> list[Any]:
    return [
        path("reports/freshness/", admin_views.freshness_report, name="hub_freshness"),
        path("reports/feedback/", admin_views.feedback_report, name="hub_feedback"),
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
