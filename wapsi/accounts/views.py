"""The staff workspace's own screens: its home, sign-out, and staff pages under a language prefix."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.http import require_POST

from wapsi.accounts.staff import staff_areas_for, staff_view


@staff_view()
def staff_home(request: HttpRequest) -> HttpResponse:
    areas = [area for area in staff_areas_for(request.user) if area.url != request.path]
    # Editors and translators work in the back office (Wagtail): their home says so.
    back_office = request.user.has_perm("wagtailadmin.access_admin")
    return render(request, "staff/home.html", {"areas": areas, "back_office": back_office})


@require_POST
def staff_sign_out(request: HttpRequest) -> HttpResponse:
    """Centre computers are shared: one button ends the session, second step included."""
    logout(request)
    response = HttpResponseRedirect(reverse(settings.LOGIN_URL))
    response["Cache-Control"] = "no-store, private"
    return response


def staff_in_language(request: HttpRequest, rest: str = "") -> HttpResponse:
    """/ur/staff/… : remember the language (the switcher's cookie) and open /staff/…."""
    response = HttpResponseRedirect(f"/staff/{rest}")
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        get_language() or settings.LANGUAGE_CODE,
        max_age=365 * 24 * 3600,
        samesite="Lax",
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
    )
    return response
