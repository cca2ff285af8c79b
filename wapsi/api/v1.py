"""The partner API, /api/v1/: everything Wapsi publishes, in one documented API.

OpenAPI 3 at /api/v1/openapi.json, interactive docs at /api/v1/docs (Swagger UI served from
this site's static files: no CDN). Conventions (wapsi.api.conventions): paged lists with
absolute next/previous links, filters, ``modified_after``, stable order; ETag, Last-Modified
and 304; errors as JSON {"code", "message"}; CORS for read-only GETs (settings).
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from ninja.errors import HttpError, ValidationError

from wapsi.api import campaigns, directory, evidence, hub, roadmap, statistics, stories
from wapsi.api.conventions import PartnerApi, error_body, not_found_message
from wapsi.partners.api import router as partners_router

DESCRIPTION = """Published content of Wapsi for partner platforms: hub pages per language,
the directory of centres and services, stories (only while their tellers' consent to sharing
with partner platforms stands), the evidence base, the roadmap, campaign summaries and the
public statistics (small figures suppressed).

Every list takes `page` and `per_page` (at most 100) and answers
`{count, page, per_page, next, previous, items}` with absolute links; `modified_after`
(ISO 8601) returns only what changed since, for incremental sync. Every answer carries an
`ETag` (and `Last-Modified` where known): send them back as `If-None-Match` or
`If-Modified-Since` to get `304 Not Modified`. Errors are JSON `{"code", "message"}`.
Public reads need no key.

A story that no longer appears has been withdrawn by its teller: delete your copy.

For what changes slowly there are Atom 1.0 feeds, one per language (`<lang>` is en, ur, ar,
ckb, bn, ps or fa-af): `/<lang>/feed.atom` (new and updated hub pages),
`/<lang>/stories/feed.atom` (published stories), `/<lang>/roadmap/feed.atom` (adopted roadmap
versions, newest first, in that language where translated) and `/<lang>/evidence/feed.atom`
(studies, latest added or changed first). Entry ids do not change with the language or the
address, and each entry says its content language (`xml:lang`)."""


class WapsiApi(PartnerApi):
    def get_openapi_schema(
        self, *, path_prefix: str | None = None, path_params: dict[str, Any] | None = None
    ) -> Any:
        schema = super().get_openapi_schema(path_prefix=path_prefix, path_params=path_params)
        return stories.schema_with_vocabularies(schema)


api = WapsiApi(
    title="Wapsi partner API",
    version="1.0",
    description=DESCRIPTION,
    urls_namespace="api_v1",
    servers=[{"url": settings.WAGTAILADMIN_BASE_URL, "description": "This Wapsi site"}],
    openapi_extra={
        "info": {
            "license": {
                "name": "CC BY 4.0 (content); facts about services are open data",
                "url": "https://creativecommons.org/licenses/by/4.0/",
            },
            "contact": {
                "name": "Wapsi",
                "url": f"{settings.WAGTAILADMIN_BASE_URL}/en/",
            },
        }
    },
)

api.add_router("/hub", hub.router)
api.add_router("/directory", directory.router)
api.add_router("/stories", stories.router)
api.add_router("/evidence", evidence.router)
api.add_router("/roadmap", roadmap.router)
api.add_router("/campaigns", campaigns.router)
api.add_router("/statistics", statistics.router)
# Partner keys, subscriptions, deliveries and /changes (wapsi.partners).
api.add_router("/", partners_router)


@api.exception_handler(ValidationError)
def _invalid(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    errors = [
        {
            "field": ".".join(str(p) for p in e.get("loc", ()) if p not in {"query", "q"}),
            "message": str(e.get("msg", "")),
        }
        for e in exc.errors
    ]
    body: dict[str, Any] = error_body("invalid", "The request's parameters are not valid.")
    return api.create_response(request, body | {"errors": errors}, status=422)


@api.exception_handler(Http404)
def _not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return api.create_response(request, error_body("not_found", not_found_message()), status=404)


@api.exception_handler(HttpError)
def _http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    body: dict[str, Any] = error_body("invalid" if exc.status_code == 422 else "error", str(exc))
    if exc.status_code == 422:
        body["errors"] = []
    return api.create_response(request, body, status=exc.status_code)
