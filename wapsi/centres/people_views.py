"""An administrator's people screens: who works at which centre or provider, and the reset of a
person's second sign-in step (a lost phone).

Reached from the staff navigation ("People") and from each user's menu under Admin → Users.
Roles stay on Wagtail's own user screen (groups); memberships name a centre or a provider, which
the directory owns, so the screens are here and the writes are accounts' services.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from wapsi.accounts.models import User
from wapsi.accounts.roles import ROLES, is_administrator
from wapsi.accounts.selectors import (
    people_for_administrator,
    person_get_for_administrator,
    second_factor_devices_count,
)
from wapsi.accounts.services import (
    centre_membership_add,
    centre_membership_remove,
    provider_membership_add,
    provider_membership_remove,
    user_second_factor_reset,
)
from wapsi.accounts.staff import staff_view
from wapsi.centres.forms import CentreMembershipForm, ProviderMembershipForm
from wapsi.centres.selectors import centres_to_choose, providers_to_choose

ROLE_LABELS = {role.group_name: role.label for role in ROLES}
ACTIONS = ("add_centre", "remove_centre", "add_provider", "remove_provider", "reset_second_factor")


def _roles_of(user: User) -> list[str]:
    return sorted(str(ROLE_LABELS.get(g.name, g.name)) for g in user.groups.all())


@staff_view("people", allowed=is_administrator)
@require_http_methods(["GET", "HEAD"])
def people(request: HttpRequest) -> HttpResponse:
    rows = [
        {
            "person": person,
            "roles": _roles_of(person),
            "centres": [m.centre.name for m in person.centre_memberships.all()],
            "providers": [m.provider.name for m in person.provider_memberships.all()],
        }
        for person in people_for_administrator(actor=request.user)
    ]
    return render(request, "centres/staff_people.html", {"rows": rows})


def _remove_id(request: HttpRequest, name: str) -> int:
    try:
        return int(request.POST.get(name, ""))
    except ValueError:
        raise ValidationError(_("Choose what to remove."), code="invalid") from None


@staff_view("people", allowed=is_administrator)
@require_http_methods(["GET", "HEAD", "POST"])
def person(request: HttpRequest, pk: int) -> HttpResponse:
    who = person_get_for_administrator(actor=request.user, user_id=pk)
    if who is None:
        raise Http404("no such person")
    action = request.POST.get("action", "") if request.method == "POST" else ""
    centre_form = CentreMembershipForm(
        request.POST if action == "add_centre" else None, centres=centres_to_choose()
    )
    provider_form = ProviderMembershipForm(
        request.POST if action == "add_provider" else None, providers=providers_to_choose()
    )
    errors: list[str] = []
    if request.method == "POST":
        try:
            done = _act(request, who, action, centre_form, provider_form)
        except ValidationError as exc:
            errors = exc.messages
        else:
            if done:
                messages.success(request, done)
                return redirect("directory_staff:person", pk=who.pk)
    context = {
        "person": who,
        "roles": _roles_of(who),
        "centre_memberships": list(who.centre_memberships.all()),
        "provider_memberships": list(who.provider_memberships.all()),
        "devices": second_factor_devices_count(user=who),
        "centre_form": centre_form,
        "provider_form": provider_form,
        "errors": errors,
    }
    status = 400 if errors or centre_form.errors or provider_form.errors else 200
    return render(request, "centres/staff_person.html", context, status=status)


def _act(
    request: HttpRequest,
    who: User,
    action: str,
    centre_form: CentreMembershipForm,
    provider_form: ProviderMembershipForm,
) -> str:
    """Do what the form asked; the message to show, or "" when a form has errors to show."""
    if action not in ACTIONS:
        raise ValidationError(_("Choose what to do."), code="invalid")
    actor = request.user
    if action == "add_centre":
        if not centre_form.is_valid():
            return ""
        centre = centre_form.cleaned_data["centre"]
        centre_membership_add(actor=actor, user=who, centre_id=centre.pk, request=request)
        return _("%(user)s now works at %(centre)s.") % {
            "user": who.get_username(),
            "centre": centre.name,
        }
    if action == "add_provider":
        if not provider_form.is_valid():
            return ""
        provider = provider_form.cleaned_data["provider"]
        provider_membership_add(actor=actor, user=who, provider_id=provider.pk, request=request)
        return _("%(user)s now works for %(provider)s.") % {
            "user": who.get_username(),
            "provider": provider.name,
        }
    if action == "remove_centre":
        centre_membership_remove(
            actor=actor, user=who, centre_id=_remove_id(request, "centre"), request=request
        )
        return _("Removed from the centre.")
    if action == "remove_provider":
        provider_membership_remove(
            actor=actor, user=who, provider_id=_remove_id(request, "provider"), request=request
        )
        return _("Removed from the service provider.")
    user_second_factor_reset(actor=actor, user=who, request=request)
    return _(
        "The second sign-in step was reset: %(user)s sets up an authenticator app again at "
        "their next sign-in."
    ) % {"user": who.get_username()}
