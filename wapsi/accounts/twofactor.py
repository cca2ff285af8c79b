"""Two-factor sign-in (TOTP, django-otp) for every role that sees case records.

After the password, such a user is sent to /staff/2fa/ until this session is verified with a
code from an authenticator app. The first time, the page shows the secret to add to the app.
"""

from __future__ import annotations

from base64 import b32encode
from collections.abc import Callable

from django import forms
from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from wapsi.accounts.roles import ROLES, user_roles
from wapsi.accounts.types import Actor

CASE_ROLES = {role.slug for role in ROLES if role.sees_case_records}
GUARDED = ("/staff/", "/admin/")
ADMIN_SIGN_OUT = "/admin/logout/"
EXEMPT = ("/staff/2fa/", "/admin/login/", ADMIN_SIGN_OUT, "/admin/jsi18n/", "/admin/sprite/")


def needs_second_factor(user: Actor | None) -> bool:
    # Every role that reads case records or unpublished testimony (administrators included:
    # roles.py, sees_case_records), and a superuser whatever their roles, take the second step.
    if user is None or not user.is_authenticated:
        return False
    return bool(user.is_superuser or user_roles(user) & CASE_ROLES)


class TwoFactorRequiredMiddleware:
    """Case-record roles reach /staff/ and /admin/ only in a session verified by a second factor.

    It also keeps the admin's sign-out POST only (see below)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        path = request.path_info
        if path == ADMIN_SIGN_OUT and request.method != "POST":
            # Wagtail's sign-out answers anything but POST with a 405 that still deletes the
            # session cookie, while the session stays valid on the server: a link would seem to
            # sign someone out and leave the session usable. Refuse before it, changing nothing.
            # A POST goes through to it, and Django's logout flushes the session on the server.
            return HttpResponseNotAllowed(["POST"])
        if (
            settings.WAPSI_REQUIRE_2FA
            and path.startswith(GUARDED)
            and not path.startswith(EXEMPT)
            and needs_second_factor(request.user)
            and not request.user.is_verified()  # type: ignore[union-attr]  # added by django-otp's OTPMiddleware
        ):
            return HttpResponseRedirect(f"{reverse('two_factor')}?next={request.get_full_path()}")
        return self.get_response(request)


class TokenForm(forms.Form):
    token = forms.CharField(
        label=_("Code from your authenticator app"),
        max_length=8,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )


def two_factor(request: HttpRequest) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path(), reverse(settings.LOGIN_URL))
    next_url = request.POST.get("next") or request.GET.get("next") or "/staff/"
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = "/staff/"
    device = TOTPDevice.objects.filter(user=request.user).order_by("-confirmed", "pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=request.user, name="authenticator", confirmed=False)
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["token"].strip()):
            if not device.confirmed:
                device.confirmed = True
                device.save(update_fields=["confirmed"])
            otp_login(request, device)
            return HttpResponseRedirect(next_url)
        form.add_error(
            "token",
            _("That code is not right. Codes change every 30 seconds; try the current one."),
        )
    context = {
        "form": form,
        "next": next_url,
        "setup": not device.confirmed,
        "secret": b32encode(device.bin_key).decode() if not device.confirmed else "",
        "config_url": device.config_url if not device.confirmed else "",
    }
    response = render(
        request, "accounts/two_factor.html", context, status=400 if form.errors else 200
    )
    response["Cache-Control"] = "no-store, private"
    return response
