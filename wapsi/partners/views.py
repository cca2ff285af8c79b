"""The administrators' Partner keys screens: make and revoke keys, see usage and deliveries."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from wapsi.accounts.staff import staff_view
from wapsi.partners.forms import PartnerKeyForm
from wapsi.partners.selectors import (
    deliveries_of,
    partner_key_get_for_administrator,
    partner_keys_for_administrator,
    subscription_get_for_administrator,
    subscriptions_for_administrator,
)
from wapsi.partners.services import partner_key_create, partner_key_revoke

DELIVERIES_SHOWN = 100


@staff_view("partners")
def keys(request: HttpRequest) -> HttpResponse:
    rows = partner_keys_for_administrator(actor=request.user)
    return render(request, "partners/keys.html", {"rows": rows, "form": PartnerKeyForm()})


@staff_view("partners")
def key_new(request: HttpRequest) -> HttpResponse:
    form = PartnerKeyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        made = partner_key_create(
            actor=request.user,
            name=form.cleaned_data["name"],
            contact_email=form.cleaned_data["contact_email"],
            scopes=form.cleaned_data["scopes"],
            expires_at=form.expires_at(),
            request=request,
        )
        # The token is in this one answer only (never stored, never in a session or URL).
        return render(request, "partners/key_made.html", {"key": made.key, "token": made.token})
    return render(
        request, "partners/key_new.html", {"form": form}, status=400 if form.errors else 200
    )


@staff_view("partners")
def key_detail(request: HttpRequest, pk: int) -> HttpResponse:
    key = partner_key_get_for_administrator(actor=request.user, pk=pk)
    subscriptions = subscriptions_for_administrator(actor=request.user, key=key)
    return render(request, "partners/key_detail.html", {"key": key, "subscriptions": subscriptions})


@require_POST
@staff_view("partners")
def key_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    key = partner_key_get_for_administrator(actor=request.user, pk=pk)
    partner_key_revoke(actor=request.user, key=key, request=request)
    return redirect("partners_staff:key", pk=key.pk)


@staff_view("partners")
def subscription_deliveries(request: HttpRequest, pk: int) -> HttpResponse:
    subscription = subscription_get_for_administrator(actor=request.user, pk=pk)
    log = list(deliveries_of(subscription=subscription)[:DELIVERIES_SHOWN])
    return render(
        request,
        "partners/deliveries.html",
        {"subscription": subscription, "deliveries": log, "shown": DELIVERIES_SHOWN},
    )
