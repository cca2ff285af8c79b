"""The staff navigation: the areas this person may open, who they act for, languages."""

from __future__ import annotations

from typing import Any

from django import template
from django.conf import settings
from django.utils.translation import get_language

from wapsi.accounts.selectors import memberships_for_user
from wapsi.accounts.staff import staff_areas_for
from wapsi.lib.languages import BY_CODE

register = template.Library()


@register.inclusion_tag("staff/nav.html", takes_context=True)
def staff_nav(context: dict[str, Any]) -> dict[str, Any]:
    request = context["request"]
    user = request.user
    path = request.path
    areas = staff_areas_for(user)
    current = get_language() or settings.LANGUAGE_CODE
    return {
        "areas": [
            {"area": a, "url": a.url, "current": path.startswith(a.url) and a.url != "/staff/"}
            for a in areas
        ],
        "acting_for": memberships_for_user(user=user),
        "user": user,
        "admin": user.is_authenticated and user.has_perm("wagtailadmin.access_admin"),
        "languages": [
            {"code": code, "name": BY_CODE[code].name_local, "current": code == current}
            for code, _name in settings.LANGUAGES
        ],
        "next": request.get_full_path(),
        "csrf_token": context.get("csrf_token"),
    }
