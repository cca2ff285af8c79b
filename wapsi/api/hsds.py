"""The directory as the Open Referral HSDS 3.0 API, at /api/hsds/ (plain Django JSON views).

The endpoints, parameters and Page envelope follow the HSDS 3.0 API reference (openapi.json of
the specification): /services, /services/{id}, /organizations, /organizations/{id},
/service_at_locations, /service_at_locations/{id}, /taxonomies, /taxonomies/{id},
/taxonomy_terms, /taxonomy_terms/{id}, and / with the API's version and profile. Every error
is a JSON body {"code", "message"} with a 4xx status. Public data: no key, CORS for any origin.
"""

from __future__ import annotations

import datetime
import functools
import uuid
from collections.abc import Callable
from typing import Any

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.urls import path
from django.utils import timezone, translation
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _

from wapsi.centres import hsds
from wapsi.centres.hsds_selectors import (
    ServiceFilters,
    organisation_hsds_get,
    organisations_hsds_page,
    service_hsds_get,
    services_hsds_page,
    services_of_organisation_hsds,
)

DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 200
MAX_AGE = 300

JSON_PARAMS = {"ensure_ascii": False, "separators": (",", ":")}


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def _json(data: Any, *, status: int = 200) -> JsonResponse:
    response = JsonResponse(
        data,
        status=status,
        safe=False,
        content_type="application/json; charset=utf-8",
        json_dumps_params=JSON_PARAMS,
    )
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _error(status: int, code: str, message: str) -> JsonResponse:
    return _json({"code": code, "message": message}, status=status)


View = Callable[..., Any]


def endpoint(view: View) -> Callable[..., HttpResponse]:
    """GET (and HEAD) only; the view's dict becomes JSON, an ApiError a JSON error body."""

    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.method not in ("GET", "HEAD"):
            response = _error(405, "method_not_allowed", _("Only GET is allowed here."))
            response["Allow"] = "GET, HEAD"
            return response
        try:
            with translation.override("en"):
                data = view(request, *args, **kwargs)
        except ApiError as error:
            return _error(error.status, error.code, error.message)
        response = _json(data)
        response["Cache-Control"] = f"public, max-age={MAX_AGE}"
        return response

    return wrapper


def _integer(request: HttpRequest, name: str, default: int, *, low: int, high: int) -> int:
    raw = request.GET.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        value = low - 1
    if not low <= value <= high:
        raise ApiError(
            400,
            "invalid_parameter",
            _("%(name)s must be a whole number from %(low)d to %(high)d.")
            % {"name": name, "low": low, "high": high},
        )
    return value


def _paging(request: HttpRequest) -> tuple[int, int]:
    page = _integer(request, "page", 1, low=1, high=10**6)
    per_page = _integer(request, "per_page", DEFAULT_PER_PAGE, low=1, high=MAX_PER_PAGE)
    return page, per_page


def _modified_after(request: HttpRequest) -> datetime.datetime | None:
    raw = request.GET.get("modified_after")
    if raw is None:
        return None
    try:
        moment = parse_datetime(raw)
        day = None if moment else parse_date(raw)
    except ValueError:
        moment = day = None
    if day is not None:
        moment = datetime.datetime.combine(day, datetime.time())
    if moment is None:
        raise ApiError(
            400,
            "invalid_parameter",
            _("modified_after must be a date or date and time, as in 2026-11-30T12:00:00Z."),
        )
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment, datetime.UTC)
    return moment


def _uuid(raw: str, name: str) -> str:
    try:
        return str(uuid.UUID(raw))
    except ValueError:
        raise ApiError(400, "invalid_id", _("%(name)s must be a UUID.") % {"name": name}) from None


def _boolean(request: HttpRequest, name: str) -> bool:
    raw = request.GET.get(name, "false").lower()
    if raw not in ("true", "false", "1", "0"):
        raise ApiError(
            400, "invalid_parameter", _("%(name)s must be true or false.") % {"name": name}
        )
    return raw in ("true", "1")


def _not_found(what: str) -> ApiError:
    return ApiError(404, "not_found", _("No %(what)s has this id.") % {"what": what})


def _base_url(request: HttpRequest) -> str:
    return request.build_absolute_uri("/").rstrip("/")


def _page(items: list[dict[str, Any]], total: int, page: int, per_page: int) -> dict[str, Any]:
    return hsds.page_record(items, total_items=total, page_number=page, per_page=per_page)


def _service_filters(request: HttpRequest, *, located: bool) -> ServiceFilters:
    organisation = None
    if "organization_id" in request.GET:
        organisation = organisation_hsds_get(
            hsds_id=_uuid(request.GET["organization_id"], "organization_id")
        )
        if organisation is None:
            raise _not_found(_("organization"))
    term = None
    if "taxonomy_term_id" in request.GET:
        term = hsds.term_by_id(_uuid(request.GET["taxonomy_term_id"], "taxonomy_term_id"))
        if term is None:
            raise _not_found(_("taxonomy term"))
    taxonomy = ""
    if "taxonomy_id" in request.GET:
        taxonomy = hsds.taxonomy_key_by_id(_uuid(request.GET["taxonomy_id"], "taxonomy_id"))
        if not taxonomy:
            raise _not_found(_("taxonomy"))
    return ServiceFilters(
        modified_after=_modified_after(request),
        organisation=organisation,
        term=term,
        taxonomy=taxonomy,
        search=request.GET.get("search", ""),
        located=located,
    )


@endpoint
def root(request: HttpRequest) -> dict[str, Any]:
    return hsds.api_root()


@endpoint
def services(request: HttpRequest) -> dict[str, Any]:
    """Services with their one-to-one fields; with full=true, each fully nested."""
    page, per_page = _paging(request)
    full = _boolean(request, "full")
    filters = _service_filters(request, located=False)
    total, found = services_hsds_page(
        filters=filters, offset=(page - 1) * per_page, limit=per_page, full=full
    )
    base_url = _base_url(request)
    mapper = hsds.service_record if full else hsds.service_list_record
    return _page([mapper(s, base_url=base_url) for s in found], total, page, per_page)


@endpoint
def service(request: HttpRequest, hsds_id: str) -> dict[str, Any]:
    found = service_hsds_get(hsds_id=_uuid(hsds_id, "id"))
    if found is None:
        raise _not_found(_("service"))
    return hsds.service_record(found, base_url=_base_url(request))


@endpoint
def organizations(request: HttpRequest) -> dict[str, Any]:
    page, per_page = _paging(request)
    full = _boolean(request, "full")
    total, found = organisations_hsds_page(offset=(page - 1) * per_page, limit=per_page)
    if full:
        contents = [hsds.organisation_record(o) for o in found]
    else:
        contents = [hsds.organisation_list_record(o) for o in found]
    return _page(contents, total, page, per_page)


@endpoint
def organization(request: HttpRequest, hsds_id: str) -> dict[str, Any]:
    found = organisation_hsds_get(hsds_id=_uuid(hsds_id, "id"))
    if found is None:
        raise _not_found(_("organization"))
    own = services_of_organisation_hsds(organisation=found)
    return hsds.organisation_record(found, services=own, base_url=_base_url(request))


@endpoint
def service_at_locations(request: HttpRequest) -> dict[str, Any]:
    page, per_page = _paging(request)
    filters = _service_filters(request, located=True)
    total, found = services_hsds_page(filters=filters, offset=(page - 1) * per_page, limit=per_page)
    contents = [hsds.service_at_location_list_record(s) for s in found]
    return _page(contents, total, page, per_page)


@endpoint
def service_at_location(request: HttpRequest, hsds_id: str) -> dict[str, Any]:
    found = service_hsds_get(hsds_id=_uuid(hsds_id, "id"), located=True)
    if found is None:
        raise _not_found(_("service at location"))
    return hsds.service_at_location_record(found)


def _static_page(request: HttpRequest, items: list[dict[str, Any]]) -> dict[str, Any]:
    # Taxonomies are constants of the code (a few dozen records), not rows: sliced here.
    page, per_page = _paging(request)
    start = (page - 1) * per_page
    return _page(items[start : start + per_page], len(items), page, per_page)


@endpoint
def taxonomies(request: HttpRequest) -> dict[str, Any]:
    return _static_page(request, hsds.taxonomies())


@endpoint
def taxonomy(request: HttpRequest, hsds_id: str) -> dict[str, Any]:
    wanted = _uuid(hsds_id, "id")
    found = next((t for t in hsds.taxonomies() if t["id"] == wanted), None)
    if found is None:
        raise _not_found(_("taxonomy"))
    return found


@endpoint
def taxonomy_terms(request: HttpRequest) -> dict[str, Any]:
    found = hsds.terms()
    if "taxonomy_id" in request.GET:
        key = hsds.taxonomy_key_by_id(_uuid(request.GET["taxonomy_id"], "taxonomy_id"))
        if not key:
            raise _not_found(_("taxonomy"))
        found = [t for t in found if t.taxonomy == key]
    if "parent_id" in request.GET:
        parent = hsds.term_by_id(_uuid(request.GET["parent_id"], "parent_id"))
        if parent is None:
            raise _not_found(_("taxonomy term"))
        found = [t for t in found if t.parent == parent.key and t.taxonomy == parent.taxonomy]
    if _boolean(request, "top_only"):
        found = [t for t in found if not t.parent]
    return _static_page(request, [hsds.term_record(t) for t in found])


@endpoint
def taxonomy_term(request: HttpRequest, hsds_id: str) -> dict[str, Any]:
    found = hsds.term_by_id(_uuid(hsds_id, "id"))
    if found is None:
        raise _not_found(_("taxonomy term"))
    return hsds.term_record(found)


# Mounted by wapsi/urls.py at /api/hsds/.
urlpatterns = [
    path("", root, name="root"),
    path("services", services, name="services"),
    path("services/<str:hsds_id>", service, name="service"),
    path("organizations", organizations, name="organizations"),
    path("organizations/<str:hsds_id>", organization, name="organization"),
    path("service_at_locations", service_at_locations, name="service_at_locations"),
    path("service_at_locations/<str:hsds_id>", service_at_location, name="service_at_location"),
    path("taxonomies", taxonomies, name="taxonomies"),
    path("taxonomies/<str:hsds_id>", taxonomy, name="taxonomy"),
    path("taxonomy_terms", taxonomy_terms, name="taxonomy_terms"),
    path("taxonomy_terms/<str:hsds_id>", taxonomy_term, name="taxonomy_term"),
]
app_name = "hsds"
