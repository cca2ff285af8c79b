"""Public directory pages (find help) and the open-data files. Thin: read, render."""

from __future__ import annotations

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from wapsi.centres.forms import HelpFilterForm
from wapsi.centres.hsds_selectors import directory_hsds_export
from wapsi.centres.models import Service
from wapsi.centres.opendata import services_csv
from wapsi.centres.presentation import map_url, telegram_url, viber_url, whatsapp_url
from wapsi.centres.selectors import (
    PUBLIC_SEARCH_MAX,
    service_get_public,
    service_places_public,
    services_public,
)
from wapsi.infra.pagecache import PUBLIC_MAX_AGE
from wapsi.lib.scripts import search_terms

PER_PAGE = 20
DIRECTORY_LANGUAGE = "en"  # the language services are described in
DATA_MAX_AGE = 3600


@require_safe
@cache_control(public=True, max_age=PUBLIC_MAX_AGE)
def help_list(request: HttpRequest) -> HttpResponse:
    form = HelpFilterForm(request.GET, places=service_places_public())
    filters = form.filters()
    raw = request.GET.get("q", "")
    query = raw[: PUBLIC_SEARCH_MAX * 4]
    page = Paginator(services_public(**filters, query=query), PER_PAGE).get_page(
        request.GET.get("page")
    )
    kept = {**filters, "q": raw[:PUBLIC_SEARCH_MAX].strip()}
    context = {
        "form": form,
        "query": raw[:PUBLIC_SEARCH_MAX],
        "shortened": len(raw) > PUBLIC_SEARCH_MAX,
        "words_missing": bool(raw.strip()) and not search_terms(query),
        "filtered": bool(filters) or bool(raw.strip()),
        "page_obj": page,
        "page_query": urlencode({k: v for k, v in kept.items() if v}),
        "content_language": DIRECTORY_LANGUAGE,
    }
    return render(request, "centres/help_list.html", context)


@require_safe
@cache_control(public=True, max_age=PUBLIC_MAX_AGE)
def help_detail(request: HttpRequest, pk: int) -> HttpResponse:
    service = service_get_public(service_id=pk)
    closed = False
    if service is None:
        # A closed service keeps its page, saying so and what to do instead: links and printed
        # leaflets still point to it. Only a number that never existed is a 404.
        service = Service.objects.select_related("centre", "provider").filter(pk=pk).first()
        if service is None:
            raise Http404("no service with this number")
        closed = True
    context = {
        "service": service,
        "closed": closed,
        # The directory is written in English; other languages' pages mark it so.
        "content_language": DIRECTORY_LANGUAGE,
        "map_url": map_url(service.latitude, service.longitude),
        "whatsapp_url": whatsapp_url(service.whatsapp, service.country),
        "viber_url": viber_url(service.viber, service.country),
        "telegram_url": telegram_url(service.telegram),
    }
    return render(request, "centres/help_detail.html", context, status=410 if closed else 200)


def _base_url(request: HttpRequest) -> str:
    return request.build_absolute_uri("/").rstrip("/")


def _open_data(response: HttpResponse) -> HttpResponse:
    # Public data for partner platforms: any site may fetch it from a browser.
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_safe
@cache_control(public=True, max_age=DATA_MAX_AGE)
def hsds_json(request: HttpRequest) -> HttpResponse:
    """The whole directory as HSDS 3.0 (as /api/hsds/ answers it, every record on one page)."""
    document = directory_hsds_export(base_url=_base_url(request))
    return _open_data(
        JsonResponse(
            document,
            content_type="application/json; charset=utf-8",
            json_dumps_params={"ensure_ascii": False, "separators": (",", ":")},
        )
    )


@require_safe
@cache_control(public=True, max_age=DATA_MAX_AGE)
def services_csv_view(request: HttpRequest) -> HttpResponse:
    response = HttpResponse(
        services_csv(base_url=_base_url(request)), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="wapsi-services.csv"'
    return _open_data(response)
