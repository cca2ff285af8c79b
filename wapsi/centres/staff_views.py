"""Staff pages of the directory: a centre edits its own services; providers propose changes to
theirs, and their owning centre decides.

Every page needs a signed-in user and is never cached; every record is fetched through a
selector that checks the user's membership, and anything outside it is a 404.
"""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.forms import BaseForm
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from wapsi.accounts.selectors import colleagues_for_user
from wapsi.accounts.staff import staff_view
from wapsi.accounts.types import Actor
from wapsi.centres.forms import DecisionForm, ServiceEditForm, ServiceProposalForm
from wapsi.centres.presentation import proposal_rows
from wapsi.centres.selectors import (
    proposal_get_for_centre_user,
    proposals_pending_for_centre_user,
    proposals_recent_for_provider_user,
    service_get_for_centre_user,
    service_get_for_provider_user,
    service_versions_recent,
    services_for_centre_user,
    services_for_provider_user,
    user_reviews_proposals,
)
from wapsi.centres.services import (
    service_change_approve,
    service_change_propose,
    service_change_reject,
    service_edit,
)

View = Callable[..., HttpResponse]


def signed_in(user: Actor) -> bool:
    """Any signed-in person may open these pages: someone not yet linked to a provider or a
    centre is told what to do there. The navigation offers them only to members."""
    return user.is_authenticated


def _add_errors(form: BaseForm, exc: ValidationError) -> None:
    """Show a service's validation errors on the form: on the field when the form has it."""
    if not hasattr(exc, "error_dict"):
        form.add_error(None, exc.messages)
        return
    for name, errors in exc.error_dict.items():
        target = name if name in form.fields else None
        form.add_error(target, [message for error in errors for message in error.messages])


@staff_view("directory", allowed=signed_in)
@require_http_methods(["GET", "HEAD"])
def services(request: HttpRequest) -> HttpResponse:
    context = {
        "centre_services": services_for_centre_user(user=request.user),
        "colleagues": colleagues_for_user(user=request.user),
        "services": services_for_provider_user(user=request.user),
        "recent": proposals_recent_for_provider_user(user=request.user),
        "reviews": user_reviews_proposals(user=request.user),
    }
    return render(request, "centres/staff_services.html", context)


@staff_view("directory", allowed=signed_in)
@require_http_methods(["GET", "HEAD", "POST"])
def service_propose(request: HttpRequest, pk: int) -> HttpResponse:
    service = service_get_for_provider_user(user=request.user, service_id=pk)
    if service is None:
        raise Http404("not a service of your provider")
    form = ServiceProposalForm(request.POST if request.method == "POST" else None, service=service)
    if request.method == "POST" and form.is_valid():
        try:
            service_change_propose(
                actor=request.user, service=service, values=form.cleaned_data, request=request
            )
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            messages.success(
                request,
                _("Thank you. Your changes were sent to the centre for approval."),
            )
            return redirect("directory_staff:services")
    return render(request, "centres/staff_service_form.html", {"service": service, "form": form})


def _proposals_page(
    request: HttpRequest, *, bound: dict[int, DecisionForm] | None = None
) -> HttpResponse:
    bound = bound or {}
    items = [
        {"proposal": p, "rows": proposal_rows(p), "form": bound.get(p.pk) or DecisionForm()}
        for p in proposals_pending_for_centre_user(user=request.user)
    ]
    return render(
        request,
        "centres/staff_proposals.html",
        {"items": items, "reviews": user_reviews_proposals(user=request.user)},
    )


@staff_view("directory", allowed=signed_in)
@require_http_methods(["GET", "HEAD"])
def proposals(request: HttpRequest) -> HttpResponse:
    return _proposals_page(request)


@staff_view("directory", allowed=signed_in)
@require_POST
def proposal_decide(request: HttpRequest, pk: int) -> HttpResponse:
    proposal = proposal_get_for_centre_user(user=request.user, proposal_id=pk)
    if proposal is None:
        raise Http404("not a proposal for a provider of your centre")
    form = DecisionForm(request.POST)
    if form.is_valid():
        reason = form.cleaned_data["reason"]
        try:
            if form.cleaned_data["decision"] == "approve":
                service_change_approve(
                    actor=request.user, proposal=proposal, reason=reason, request=request
                )
                messages.success(request, _("Approved: the service page shows the changes now."))
            else:
                service_change_reject(
                    actor=request.user, proposal=proposal, reason=reason, request=request
                )
                messages.success(request, _("Rejected. The provider will see your reason."))
        except PermissionDenied:
            raise Http404("not a proposal for a provider of your centre") from None
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            return redirect("directory_staff:proposals")
    return _proposals_page(request, bound={proposal.pk: form})


@staff_view("directory", allowed=signed_in)
@require_http_methods(["GET", "HEAD", "POST"])
def centre_service_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """A centre's staff edit one of their centre's own services: saved at once as a new version."""
    service = service_get_for_centre_user(user=request.user, service_id=pk)
    if service is None:
        raise Http404("not a service of your centre")
    form = ServiceEditForm(request.POST if request.method == "POST" else None, service=service)
    if request.method == "POST" and form.is_valid():
        try:
            updated = service_edit(
                actor=request.user, service=service, values=form.cleaned_data, request=request
            )
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            messages.success(
                request,
                _("Saved as version %(number)s. Readers see the changes now.")
                % {"number": updated.version},
            )
            return redirect("directory_staff:services")
    context = {
        "service": service,
        "form": form,
        "versions": service_versions_recent(service=service),
    }
    return render(request, "centres/staff_centre_service_form.html", context)
