"""The one gate and navigation of the staff workspace.

Each app registers its staff areas (`staff_area_register`, from its AppConfig.ready) with a
predicate saying who may open them; `staff_view(area)` guards every staff view, and the staff
base template's navigation lists exactly the areas the person may open. accounts imports no
domain app: the areas come to it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from typing import Any, TypeVar, cast

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import render
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.functional import Promise
from django.views.decorators.cache import never_cache

from wapsi.accounts.access import Scope
from wapsi.accounts.types import Actor

View = TypeVar("View", bound=Callable[..., HttpResponseBase])


@dataclass(frozen=True)
class StaffArea:
    """One entry of the staff navigation: who may open it and where it starts."""

    slug: str
    label: str | Promise
    url_name: str
    allowed: Callable[[Actor], bool]
    order: int = 100
    # What a refused person reads, naming the area ("These pages are for …").
    audience: str | Promise = ""

    @property
    def url(self) -> str:
        return reverse(self.url_name)


_AREAS: dict[str, StaffArea] = {}


def staff_area_register(area: StaffArea) -> None:
    _AREAS[area.slug] = area


def staff_area(slug: str) -> StaffArea:
    return _AREAS[slug]


def staff_areas_for(user: Actor) -> list[StaffArea]:
    """The areas this person may open, in navigation order."""
    if not user.is_authenticated:
        return []
    return sorted((area for area in _AREAS.values() if area.allowed(user)), key=lambda a: a.order)


def staff_denied(request: HttpRequest, area: StaffArea | None, reason: str = "") -> HttpResponse:
    return render(request, "staff/denied.html", {"area": area, "reason": reason}, status=403)


def _no_store(response: HttpResponseBase) -> HttpResponseBase:
    # Django's never_cache headers (Expires in the past, a private, no-store Cache-Control),
    # then only what matters: staff pages may not be kept anywhere.
    add_never_cache_headers(response)
    response["Cache-Control"] = "no-store, private"
    return response


def no_store(view: View) -> View:
    """For pages outside the staff area that must not be kept either (the signed provider link,
    the second sign-in step): Django's never_cache, then only `no-store, private`."""

    inner = never_cache(view)

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        return _no_store(inner(request, *args, **kwargs))

    return cast(View, wrapper)  # it takes the view's arguments and returns its response


def staff_view(
    area: str | None = None,
    *,
    allowed: Callable[[Actor], bool] | None = None,
    reason: str | Promise = "",
    pass_scope: bool = False,
) -> Callable[[View], View]:
    """Guard a staff view: signed in (else the sign-in page), the area's predicate (or a
    narrower `allowed`) holds (else a 403 page naming the area), never cached. The second
    sign-in step is enforced before any staff view by TwoFactorRequiredMiddleware. A
    PermissionDenied raised by a service inside the view becomes the same denial page, with
    the service's reason (`reason` says why a narrower `allowed` refused). With `pass_scope`, the view gets the person's access Scope (the
    centres and providers whose records they may see) as its second argument."""

    def decorate(view: View) -> View:
        inner = never_cache(view)

        @wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path(), reverse(settings.LOGIN_URL))
            the_area = _AREAS[area] if area else None
            check = allowed or (the_area.allowed if the_area else None)
            if check is not None and not check(request.user):
                return _no_store(staff_denied(request, the_area, str(reason)))
            try:
                if pass_scope:
                    args = (Scope.for_user(request.user), *args)
                response = inner(request, *args, **kwargs)
            except PermissionDenied as exc:
                why = str(exc) if exc.args else ""
                return _no_store(staff_denied(request, the_area, why))
            return _no_store(response)

        return wrapper  # type: ignore[return-value]  # the view's arguments, bar the Scope given

    return decorate
