"""Staff screens for case work: thin views over cases.services and cases.selectors."""

from __future__ import annotations

import datetime
from typing import Any, TypeVar, cast
from urllib.parse import quote

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Page, Paginator
from django.db.models import Model, QuerySet
from django.forms import BaseForm, ModelChoiceField
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wapsi.accounts.access import Scope
from wapsi.accounts.staff import no_store, staff_view
from wapsi.accounts.types import Actor
from wapsi.cases import crypto, links, selectors, services
from wapsi.cases.consent import EXPLANATIONS, provider_explanation_in
from wapsi.cases.forms import (
    AssessmentForm,
    ClientEditForm,
    ClientForm,
    ConsentForm,
    ListFilterForm,
    MoveForm,
    QuickSessionForm,
    ReferralFilterForm,
    ReferralForm,
    SessionForm,
)
from wapsi.cases.models import ConsentScope, Referral, ReferralStatus
from wapsi.centres.models import Centre, Service
from wapsi.centres.selectors import (
    centre_get_for_user,
    providers_referable_for,
    services_referable_for,
)

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


def _form_page(
    request: HttpRequest, form: BaseForm, title: str, notes: list[str] | None = None
) -> HttpResponse:
    """The shared form page; a refused form answers 400 so that tools and tests see it."""
    status = 400 if form.errors else 200
    context = {"form": form, "title": title, "notes": notes or []}
    return render(request, "cases/form.html", context, status=status)


def _page(request: HttpRequest, queryset: QuerySet[_M]) -> Page[_M]:
    return Paginator(queryset, selectors.LIST_PAGE_SIZE).get_page(request.GET.get("page"))


def _query_without_page(request: HttpRequest) -> str:
    """The list's search and filters, for the pager's links."""
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


def _filters(form: ListFilterForm) -> dict[str, Any]:
    """The valid filters of a list's GET form; a bad value is ignored (the form shows why)."""
    form.is_valid()
    return {k: v for k, v in form.cleaned_data.items() if k not in form.errors and v}


@staff_view("clients", allowed=case_staff, pass_scope=True)
def client_list(request: HttpRequest, scope: Scope) -> HttpResponse:
    if not scope.is_centre_staff:
        raise Http404
    countries = selectors.place_countries_for(scope=scope)
    form = ListFilterForm(request.GET, kind="client", country_codes=countries)
    page = _page(request, selectors.clients_filtered(scope=scope, filters=_filters(form)))
    selectors.audit_list_read(
        scope=scope, object_type="cases.client", ids=[c.pk for c in page], request=request
    )
    context = {"page_obj": page, "filter_form": form, "query": _query_without_page(request)}
    return render(request, "cases/client_list.html", context)


@staff_view("clients", allowed=case_staff, pass_scope=True)
def client_detail(request: HttpRequest, scope: Scope, pk: int) -> HttpResponse:
    client = selectors.client_get_for_user(scope=scope, client_id=pk, request=request)
    context = {
        "client": client,
        "phone": crypto.decrypt(client.phone_encrypted),
        "sessions": client.sessions.prefetch_related("topics").select_related("counsellor"),
        "referrals": client.referrals.select_related("service"),
        "assessments": selectors.assessments_with_change(client=client),
        "consents": client.sharing_consents.select_related("provider"),
    }
    return render(request, "cases/client_detail.html", context)


@staff_view("session_quick", allowed=case_staff, pass_scope=True)
def session_quick(request: HttpRequest, scope: Scope) -> HttpResponse:
    centre = _centre_for(scope, request)
    form = QuickSessionForm(request.POST or None, country=centre.country)
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
    form = ClientForm(request.POST or None, country=centre.country)
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
    countries = selectors.place_countries_for(scope=scope)
    form = ListFilterForm(request.GET, kind="session", country_codes=countries)
    queryset = selectors.sessions_filtered(scope=scope, filters=_filters(form))
    page = _page(request, queryset.prefetch_related("topics"))
    selectors.audit_list_read(
        scope=scope,
        object_type="cases.counsellingsession",
        ids=[s.pk for s in page],
        request=request,
    )
    context = {"page_obj": page, "filter_form": form, "query": _query_without_page(request)}
    return render(request, "cases/session_list.html", context)


def _service_label(service: Service) -> str:
    place = service.city or service.district
    return f"{service.name} · {place}" if place else service.name


def _grouped_services(services_: list[Service]) -> list[Any]:
    """The referral picker's choices: one <optgroup> per provider (or centre), with the city."""
    groups: dict[str, list[tuple[int, str]]] = {}
    for service in services_:
        organisation = service.provider or service.centre
        name = organisation.name if organisation else _("Other")
        groups.setdefault(name, []).append((service.pk, _service_label(service)))
    return [("", "—"), *sorted(groups.items(), key=lambda item: item[0].casefold())]


@staff_view("clients", allowed=case_staff, pass_scope=True)
def referral_create(request: HttpRequest, scope: Scope, pk: int) -> HttpResponse:
    client = selectors.client_get_for_user(scope=scope, client_id=pk, request=request)
    wanted = request.GET.get("service", "")
    initial = {"service": int(wanted)} if wanted.isdigit() else {}
    form = ReferralForm(request.POST or None, initial=initial)
    service_field = cast("ModelChoiceField[Service]", form.fields["service"])  # see ReferralForm
    referable = services_referable_for(country=client.centre.country)
    service_field.queryset = referable
    service_field.widget.choices = _grouped_services(list(referable))
    consent_url = ""
    if request.method == "POST" and form.is_valid():
        service = form.cleaned_data["service"]
        try:
            referral = services.referral_create(
                actor=request.user,
                client=client,
                service=service,
                due_on=form.cleaned_data["due_on"],
                request=request,
            )
        except ValidationError as exc:
            form.add_error(None, exc)
            if getattr(exc, "code", None) == "no_consent" and service.provider_id:
                consent_url = (
                    reverse("cases:client_consent", args=[client.pk])
                    + f"?provider={service.provider_id}&service={service.pk}"
                )
        else:
            messages.success(
                request,
                _("Referral to %(service)s (%(organisation)s) saved.")
                % {"service": service.name, "organisation": service.organisation.name},
            )
            return redirect("cases:referral_detail", pk=referral.pk)
    title = _("Refer %(code)s to a service") % {"code": client.code}
    context = {"form": form, "title": title, "client": client, "consent_url": consent_url}
    return render(request, "cases/referral_form.html", context, status=400 if form.errors else 200)


@staff_view("clients", allowed=case_staff, pass_scope=True)
def client_edit(request: HttpRequest, scope: Scope, pk: int) -> HttpResponse:
    client = selectors.client_get_for_user(scope=scope, client_id=pk, request=request)
    initial = {
        "district": client.district,
        "country_returned_from": client.country_returned_from,
        "phone": crypto.decrypt(client.phone_encrypted),
    }
    form = ClientEditForm(
        request.POST or None,
        initial=initial,
        country=client.centre.country,
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.client_update(
                actor=request.user, client=client, request=request, **form.cleaned_data
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("The client's details were saved."))
            return redirect("cases:client_detail", pk=client.pk)
    # What was written before the managed lists and matched none of their entries.
    notes = [
        _("%(field)s written before the lists: “%(written)s”. Choose the entry it means.")
        % {"field": label, "written": written}
        for label, written in (
            (_("District"), client.district_unlisted),
            (_("Country returned from"), client.country_returned_from_unlisted),
        )
        if written
    ]
    return _form_page(request, form, _("Edit %(code)s") % {"code": client.code}, notes)


@staff_view("clients", allowed=case_staff, pass_scope=True)
def client_consent(request: HttpRequest, scope: Scope, pk: int) -> HttpResponse:
    """Record or change the client's consent, reading them the explanation shown here."""
    client = selectors.client_get_for_user(scope=scope, client_id=pk, request=request)
    providers = providers_referable_for(country=client.centre.country)
    current = list(
        client.sharing_consents.filter(withdrawn_on__isnull=True).values_list(
            "provider_id", flat=True
        )
    )
    wanted = request.GET.get("provider", "")
    if wanted.isdigit():
        current.append(int(wanted))
    initial = {
        "scope": ConsentScope.REFERRAL if wanted.isdigit() else client.consent_scope,
        "providers": current,
        "given_on": timezone.localdate(),
    }
    form = ConsentForm(request.POST or None, initial=initial, providers=providers)
    service = request.GET.get("service", "")
    if request.method == "POST" and form.is_valid():
        try:
            services.client_consent_record(
                actor=request.user,
                client=client,
                scope=form.cleaned_data["scope"],
                given_on=form.cleaned_data["given_on"],
                provider_ids=form.cleaned_data["providers"],
                language=translation.get_language() or "en",
                request=request,
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("The client's consent was recorded."))
            if service.isdigit():  # opened from the referral form: back to it
                url = reverse("cases:referral_create", args=[client.pk]) + f"?service={service}"
                return redirect(url)
            return redirect("cases:client_detail", pk=client.pk)
    context = {
        "client": client,
        "form": form,
        "explanations": [(ConsentScope(k).label, str(v)) for k, v in EXPLANATIONS.items()],
        "provider_explanations": [
            (name, provider_explanation_in(name, translation.get_language() or "en"))
            for _pk, name in providers
        ],
        "consents": client.sharing_consents.select_related("provider", "recorded_by"),
    }
    return render(request, "cases/client_consent.html", context, status=400 if form.errors else 200)


@staff_view("clients", allowed=case_staff, pass_scope=True)
@require_POST
def client_consent_withdraw(
    request: HttpRequest, scope: Scope, pk: int, provider_id: int
) -> HttpResponse:
    client = selectors.client_get_for_user(scope=scope, client_id=pk, request=request)
    try:
        services.client_consent_withdraw(
            actor=request.user, client=client, provider_id=provider_id, request=request
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("The consent to sharing with this provider was withdrawn."))
    return redirect("cases:client_consent", pk=client.pk)


@staff_view("referrals", pass_scope=True)
def referral_list(request: HttpRequest, scope: Scope) -> HttpResponse:
    provider_view = not scope.is_centre_staff
    form = ReferralFilterForm(
        request.GET,
        services=selectors.referral_services_for(scope=scope, provider_view=provider_view),
        country_codes=selectors.place_countries_for(scope=scope),
    )
    queryset = selectors.referrals_filtered(
        scope=scope, filters=_filters(form), provider_view=provider_view
    )
    page = _page(request, queryset)
    selectors.audit_list_read(
        scope=scope, object_type="cases.referral", ids=[r.pk for r in page], request=request
    )
    context = {
        "page_obj": page,
        "provider_view": provider_view,
        "filter_form": form,
        "query": _query_without_page(request),
    }
    return render(request, "cases/referral_list.html", context)


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
    message = _("A referral from %(centre)s for you to answer: %(url)s") % {
        "centre": referral.referring_centre.name,
        "url": url,
    }
    expires = timezone.localdate() + datetime.timedelta(seconds=links.max_age_seconds())
    context = {
        "referral": referral,
        "url": url,
        "expires_on": expires,
        "whatsapp_url": "https://wa.me/?text=" + quote(message, safe=""),
        "sms_url": "sms:?body=" + quote(message, safe=""),
    }
    return render(request, "cases/referral_link.html", context)


LINK_SESSION_KEY = "cases.provider_link"
LINK_SESSION_SECONDS = 30 * 60


@no_store
def provider_link(request: HttpRequest, token: str) -> HttpResponse:
    """The link a provider was sent: checked, exchanged for a short session, then the browser
    goes to /r/open/, so that the token does not stay in the address bar, the history or the
    server's access logs (as Django's password-reset view does)."""
    try:
        links.provider_link_resolve(token)
    except ValidationError as exc:
        message = " ".join(exc.messages)
        return render(request, "cases/link_error.html", {"message": message}, status=410)
    request.session[LINK_SESSION_KEY] = token
    if not request.user.is_authenticated:  # a signed-in person's own session keeps its length
        request.session.set_expiry(LINK_SESSION_SECONDS)
    return redirect("provider_link_open")


@no_store
def provider_link_open(request: HttpRequest) -> HttpResponse:
    """A provider without an account answers one referral. Shows only what the provider needs;
    every view is written to the audit log."""
    token = request.session.get(LINK_SESSION_KEY)
    if not isinstance(token, str):
        message = _("Open the link you were sent again.")
        return render(request, "cases/link_error.html", {"message": message}, status=410)
    try:
        referral = links.provider_link_view(token, request=request)
    except ValidationError as exc:
        request.session.pop(LINK_SESSION_KEY, None)
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
                request.session.pop(LINK_SESSION_KEY, None)
                return render(request, "cases/link_done.html", {"referral": referral})
            return redirect("provider_link_open")
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
            messages.success(request, _("Assessment saved."))
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


@staff_view("clients", allowed=case_staff, pass_scope=True)
def client_print(request: HttpRequest, scope: Scope, pk: int) -> HttpResponse:
    """The client's records as a printable page, in the language asked for (?lang=, e.g. the
    client's), for a subject-access request: the same content as the JSON export."""
    client = selectors.client_get_for_user(scope=scope, client_id=pk, request=request)
    languages = dict(settings.LANGUAGES)
    language = request.GET.get("lang", "")
    if language not in languages:
        language = translation.get_language() or "en"
    with translation.override(language):
        data = services.client_export(actor=request.user, client=client, request=request)
        context = {
            "client": client,
            "data": data,
            "phone": crypto.decrypt(client.phone_encrypted),
            "sessions": client.sessions.prefetch_related("topics"),
            "referrals": client.referrals.select_related(
                "service", "service__provider", "service__centre"
            ).prefetch_related("events"),
            "assessments": selectors.assessments_with_change(client=client),
            "consents": client.sharing_consents.select_related("provider"),
            "print_language": language,
            "print_languages": list(settings.LANGUAGES),
            "bidi": translation.get_language_bidi(),
        }
        response = render(request, "cases/client_print.html", context)
    return response
