"""Staff screens for case work: thin views over cases.services and cases.selectors."""

from __future__ import annotations

from typing import TypeVar, cast

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Page, Paginator
from django.db.models import Model, QuerySet
from django.forms import BaseForm, ModelChoiceField
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wapsi.accounts.access import Scope
from wapsi.accounts.staff import no_store, staff_view
from wapsi.accounts.types import Actor
from wapsi.cases import crypto, links, selectors, services
from wapsi.cases.forms import (
    AssessmentForm,
    ClientForm,
    MoveForm,
    QuickSessionForm,
    ReferralForm,
    SessionForm,
)
from wapsi.cases.models import Referral, ReferralStatus
from wapsi.centres.models import Centre, Service
from wapsi.centres.selectors import centre_get_for_user, services_referable_for

_M = TypeVar("_M", bound=Model)


def case_staff(user: Actor) -> bool:
    """Who passes the gate of the case screens. Provider staff pass it so that a client's page
    answers them 404 like any record outside their scope (never confirming it exists); the
    navigation offers them only referrals."""
    scope = Scope.for_user(user)
    return scope.is_centre_staff or scope.is_provider_staff


def _centre_for(scope: Scope, request: HttpRequest) -> Centre:
    if not scope.is_centre_staff:
        raise Http404
    wanted = request.POST.get("centre") or request.GET.get("centre") or ""
    return centre_get_for_user(user=scope.user, centre_id=int(wanted) if wanted.isdigit() else None)


def _form_page(request: HttpRequest, form: BaseForm, title: str) -> HttpResponse:
    """The shared form page; a refused form answers 400 so that tools and tests see it."""
    status = 400 if form.errors else 200
    return render(request, "cases/form.html", {"form": form, "title": title}, status=status)


def _page(request: HttpRequest, queryset: QuerySet[_M]) -> Page[_M]:
    return Paginator(queryset, selectors.LIST_PAGE_SIZE).get_page(request.GET.get("page"))


@staff_view("clients", allowed=case_staff, pass_scope=True)
def client_list(request: HttpRequest, scope: Scope) -> HttpResponse:
    if not scope.is_centre_staff:
        raise Http404
    page = _page(request, selectors.clients_for_user(scope=scope))
    selectors.audit_list_read(
        scope=scope, object_type="cases.client", ids=[c.pk for c in page], request=request
    )
    return render(request, "cases/client_list.html", {"page_obj": page})


@staff_view("clients", allowed=case_staff, pass_scope=True)
def client_detail(request: HttpRequest, scope: Scope, pk: int) -> HttpResponse:
    client = selectors.client_get_for_user(scope=scope, client_id=pk, request=request)
    context = {
        "client": client,
        "phone": crypto.decrypt(client.phone_encrypted),
        "sessions": client.sessions.prefetch_related("topics").select_related("counsellor"),
        "referrals": client.referrals.select_related("service"),
        "assessments": selectors.assessments_with_change(client=client),
    }
    return render(request, "cases/client_detail.html", context)


@staff_view("session_quick", allowed=case_staff, pass_scope=True)
def session_quick(request: HttpRequest, scope: Scope) -> HttpResponse:
    centre = _centre_for(scope, request)
    form = QuickSessionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            session = services.session_quick_log(
                actor=request.user,
                centre=centre,
                client_fields=form.client_fields(),
                session_fields=form.session_fields(),
                request=request,
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(
                request, _("Session saved for client %(code)s.") % {"code": session.client.code}
            )
            return redirect("cases:client_detail", pk=session.client_id)
    return render(
        request,
        "cases/session_quick.html",
        {"form": form, "centre": centre, "scope": scope},
        status=400 if form.errors else 200,
    )


@staff_view("clients", allowed=case_staff, pass_scope=True)
def client_create(request: HttpRequest, scope: Scope) -> HttpResponse:
    centre = _centre_for(scope, request)
    form = ClientForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            client = services.client_create(
                actor=request.user, centre=centre, request=request, **form.client_fields()
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            return redirect("cases:client_detail", pk=client.pk)
    return _form_page(request, form, _("New client"))


@staff_view("clients", allowed=case_staff, pass_scope=True)
def session_create(request: HttpRequest, scope: Scope, pk: int) -> HttpResponse:
    client = selectors.client_get_for_user(scope=scope, client_id=pk, request=request)
    form = SessionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.session_log(
                actor=request.user, client=client, request=request, **form.session_fields()
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("Session saved."))
            return redirect("cases:client_detail", pk=client.pk)
    title = _("New session for %(code)s") % {"code": client.code}
    return _form_page(request, form, title)


@staff_view("sessions", allowed=case_staff, pass_scope=True)
def session_list(request: HttpRequest, scope: Scope) -> HttpResponse:
    if not scope.is_centre_staff:
        raise Http404
    page = _page(request, selectors.sessions_for_user(scope=scope).prefetch_related("topics"))
    selectors.audit_list_read(
        scope=scope,
        object_type="cases.counsellingsession",
        ids=[s.pk for s in page],
        request=request,
    )
    return render(request, "cases/session_list.html", {"page_obj": page})


@staff_view("clients", allowed=case_staff, pass_scope=True)
def referral_create(request: HttpRequest, scope: Scope, pk: int) -> HttpResponse:
    client = selectors.client_get_for_user(scope=scope, client_id=pk, request=request)
    form = ReferralForm(request.POST or None)
    service_field = cast("ModelChoiceField[Service]", form.fields["service"])  # see ReferralForm
    service_field.queryset = services_referable_for(country=client.centre.country)
    if request.method == "POST" and form.is_valid():
        try:
            referral = services.referral_create(
                actor=request.user,
                client=client,
                service=form.cleaned_data["service"],
                due_on=form.cleaned_data["due_on"],
                request=request,
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            return redirect("cases:referral_detail", pk=referral.pk)
    title = _("Refer %(code)s to a service") % {"code": client.code}
    return _form_page(request, form, title)


@staff_view("referrals", pass_scope=True)
def referral_list(request: HttpRequest, scope: Scope) -> HttpResponse:
    if scope.is_centre_staff:
        queryset = selectors.referrals_for_centre_user(scope=scope)
    else:
        queryset = selectors.referrals_for_provider_user(scope=scope)
    page = _page(request, queryset)
    selectors.audit_list_read(
        scope=scope, object_type="cases.referral", ids=[r.pk for r in page], request=request
    )
    return render(
        request,
        "cases/referral_list.html",
        {"page_obj": page, "provider_view": not scope.is_centre_staff},
    )


def _moves(referral: Referral, side: str) -> list[tuple[str, str | Promise]]:
    return [
        (s, ReferralStatus(s).label)
        for s in ReferralStatus.values
        if s in services.referral_moves(referral=referral, side=side)
    ]


def _referral_step(
    request: HttpRequest,
    *,
    referral: Referral,
    to_status: str,
    reason: str,
    link_token: str | None = None,
) -> Referral:
    """The status form offers the next steps; each is its own service, which checks who may
    take it (the view does not tell it which side the person is on)."""
    actor = request.user
    step = ReferralStatus(to_status)
    if step == ReferralStatus.SENT:
        return services.referral_send(actor=actor, referral=referral, request=request)
    if step == ReferralStatus.CLOSED:
        return services.referral_close(
            actor=actor, referral=referral, reason=reason, request=request
        )
    provider_steps = {
        ReferralStatus.ACCEPTED: services.referral_accept,
        ReferralStatus.IN_PROGRESS: services.referral_start,
    }
    if step in provider_steps:
        return provider_steps[step](
            actor=actor, referral=referral, link_token=link_token, request=request
        )
    if step == ReferralStatus.DECLINED:
        return services.referral_decline(
            actor=actor, referral=referral, reason=reason, link_token=link_token, request=request
        )
    if step == ReferralStatus.COMPLETED:
        return services.referral_complete(
            actor=actor, referral=referral, outcome=reason, link_token=link_token, request=request
        )
    raise ValidationError(_("That step is not possible."), code="bad_move")


@staff_view("referrals", pass_scope=True)
def referral_detail(request: HttpRequest, scope: Scope, pk: int) -> HttpResponse:
    referral, side = selectors.referral_get_for_user(scope=scope, referral_id=pk, request=request)
    form = MoveForm(request.POST or None, moves=_moves(referral, side))
    if request.method == "POST" and form.is_valid():
        try:
            _referral_step(
                request,
                referral=referral,
                to_status=form.cleaned_data["to_status"],
                reason=form.cleaned_data["reason"],
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            return redirect("cases:referral_detail", pk=referral.pk)
    context = {"referral": referral, "side": side, "form": form, "events": referral.events.all()}
    return render(
        request, "cases/referral_detail.html", context, status=400 if form.errors else 200
    )


@staff_view("referrals", pass_scope=True)
@require_POST
def referral_link(request: HttpRequest, scope: Scope, pk: int) -> HttpResponse:
    referral, side = selectors.referral_get_for_user(scope=scope, referral_id=pk, request=request)
    if side != "centre":
        raise Http404
    try:
        token = links.provider_link_make(referral=referral, actor=request.user, request=request)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect("cases:referral_detail", pk=referral.pk)
    url = request.build_absolute_uri(reverse("provider_link", args=[token]))
    return render(request, "cases/referral_link.html", {"referral": referral, "url": url})


@no_store
def provider_link(request: HttpRequest, token: str) -> HttpResponse:
    """A provider without an account answers one referral. Shows only what the provider needs."""
    try:
        referral = links.provider_link_resolve(token)
    except ValidationError as exc:
        message = " ".join(exc.messages)
        return render(request, "cases/link_error.html", {"message": message}, status=410)
    form = MoveForm(request.POST or None, moves=_moves(referral, "provider"))
    if request.method == "POST" and form.is_valid():
        try:
            _referral_step(
                request,
                referral=referral,
                to_status=form.cleaned_data["to_status"],
                reason=form.cleaned_data["reason"],
                link_token=token,
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            referral.refresh_from_db()
            if referral.is_final:
                return render(request, "cases/link_done.html", {"referral": referral})
            return redirect("provider_link", token=token)
    return render(
        request,
        "cases/provider_link.html",
        {"referral": referral, "form": form},
        status=400 if form.errors else 200,
    )


@staff_view("clients", allowed=case_staff, pass_scope=True)
def assessment_create(request: HttpRequest, scope: Scope, pk: int) -> HttpResponse:
    client = selectors.client_get_for_user(scope=scope, client_id=pk, request=request)
    form = AssessmentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.assessment_record(
                actor=request.user,
                client=client,
                kind=form.cleaned_data["kind"],
                held_on=form.cleaned_data["held_on"],
                scores=form.scores(),
                request=request,
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            return redirect("cases:client_detail", pk=client.pk)
    title = _("Reintegration assessment for %(code)s") % {"code": client.code}
    return _form_page(request, form, title)


@staff_view("clients", allowed=case_staff, pass_scope=True)
def client_export(request: HttpRequest, scope: Scope, pk: int) -> HttpResponse:
    client = selectors.client_get_for_user(scope=scope, client_id=pk, request=request)
    data = services.client_export(actor=request.user, client=client, request=request)
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 2})
    response["Content-Disposition"] = f'attachment; filename="client-{client.pk}.json"'
    return response


@staff_view("clients", allowed=case_staff, pass_scope=True)
def client_erase(request: HttpRequest, scope: Scope, pk: int) -> HttpResponse:
    client = selectors.client_get_for_user(scope=scope, client_id=pk, request=request)
    if request.method == "POST":
        try:
            services.client_erase(actor=request.user, client=client, request=request)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, _("The client's records were anonymised."))
        return redirect("cases:client_detail", pk=client.pk)
    return render(request, "cases/client_erase.html", {"client": client})
