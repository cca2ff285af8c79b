"""Project-wide middleware: refusing NUL bytes, response headers, the page cache."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.db import DataError
from django.http import (
    HttpRequest,
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponseBase,
    QueryDict,
)
from django.middleware.cache import FetchFromCacheMiddleware, UpdateCacheMiddleware
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils.cache import patch_cache_control

from wapsi.infra.pagecache import public_max_age

NUL = "\x00"


def _strip_nul_from_query(request: HttpRequest) -> None:
    """A query is what a reader typed into a search box or a link: NUL is dropped from it, so a
    search with one still gives a normal page."""
    if not any(NUL in name or NUL in "".join(values) for name, values in request.GET.lists()):
        return
    cleaned = QueryDict(mutable=True)
    for name, values in request.GET.lists():
        cleaned.setlist(name.replace(NUL, ""), [value.replace(NUL, "") for value in values])
    request.META["QUERY_STRING"] = cleaned.urlencode()
    request.GET = QueryDict(request.META["QUERY_STRING"])


def _has_nul(request: HttpRequest) -> bool:
    if NUL in request.path_info:
        return True
    if any(NUL in name or NUL in value for name, value in request.COOKIES.items()):
        return True
    # A form body is checked raw, without parsing request.POST: views that stream uploads set
    # their upload handlers first, which parsing here would forbid. Multipart bodies (uploads)
    # are left to the forms (Django's CharField refuses NUL) and to the net below.
    if request.method == "POST" and request.content_type == "application/x-www-form-urlencoded":
        body = request.body
        if b"%00" in body or b"\x00" in body:
            return True
    return False


class RefuseNulMiddleware:
    """A NUL byte in the path, a form value or a cookie is answered 400; one in the query
    string is dropped (a search with one is still a search).

    PostgreSQL cannot store or compare text with NUL in it: psycopg refuses the query, and a
    filter or lookup with one would be a 500. No input of Wapsi has a use for NUL, so requests
    carrying one stop here, before any view. A NUL that still reaches the database (a field of
    a multipart form read without a form) is answered 400 too, not 500.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        _strip_nul_from_query(request)
        if _has_nul(request):
            return HttpResponseBadRequest(
                "Bad request: NUL character in the request.", content_type="text/plain"
            )
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        # psycopg: "PostgreSQL text fields cannot contain NUL (0x00) bytes" (a DataError), or a
        # ValueError from the driver's adaptation of a parameter.
        if isinstance(exception, DataError | ValueError) and "NUL" in str(exception):
            return HttpResponseBadRequest(
                "Bad request: NUL character in the request.", content_type="text/plain"
            )
        return None


class PublicCacheMiddleware:
    """Pages that are the same for every anonymous reader may be kept by a CDN for a while.

    Only GET/HEAD 200 responses to anonymous readers that set no cookie and said nothing about
    caching themselves; the admin and anything signed-in stay private.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        # A reader without a session cookie is anonymous; asking request.user would touch the
        # session and add "Vary: Cookie", which keeps CDNs from sharing the page.
        signed_in = settings.SESSION_COOKIE_NAME in request.COOKIES
        if (
            request.method in {"GET", "HEAD"}
            and response.status_code == 200
            and not response.has_header("Cache-Control")
            and not response.cookies
            and not signed_in
            and not request.path.startswith(("/admin/", "/documents/"))
        ):
            patch_cache_control(response, public=True, max_age=public_max_age(request.path))
        return response


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, minus one thing: a 404 outside the public, language-prefixed pages stays a 404.

    Django redirects a 404 at /x/ to /en/x/ when that path resolves, and Wagtail's catch-all
    resolves everything, so a refused case record at /staff/clients/7/ would become a redirect
    instead of the 404 that hides whether the record exists.
    """

    UNPREFIXED = (
        "/staff/",
        "/admin/",
        "/r/",
        "/directory/",
        "/documents/",
        "/sitemap.xml",
        "/api/",
    )

    def process_response(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> HttpResponseBase:
        if response.status_code == 404 and request.path_info.startswith(self.UNPREFIXED):
            return response
        return super().process_response(request, response)


# Public and staff pages load nothing from elsewhere and run no inline script. The Wagtail
# admin needs inline scripts and styles of its own, so it gets a looser policy.
CSP_SITE = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'"
)
CSP_ADMIN = (
    "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "
    "script-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'"
)


class SecurityHeadersMiddleware:
    """Content-Security-Policy and Permissions-Policy on every response."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if "Content-Security-Policy" not in response:
            admin = request.path_info.startswith("/admin/")
            response["Content-Security-Policy"] = CSP_ADMIN if admin else CSP_SITE
        response.setdefault(
            "Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"
        )
        return response


class _PublicOnly:
    """Only anonymous GETs of public pages go through the page cache; staff areas never do."""

    PRIVATE = ("/staff/", "/admin/", "/r/", "/documents/", "/__bench__/")

    @classmethod
    def cacheable(cls, request: HttpRequest) -> bool:
        return (
            request.method in {"GET", "HEAD"}
            # Query strings (searches, filters) are endless: caching them would let anyone fill
            # and churn the cache. Pages themselves are a bounded set.
            and not request.META.get("QUERY_STRING")
            and not request.path_info.startswith(cls.PRIVATE)
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
        )


class PageCacheFetchMiddleware(FetchFromCacheMiddleware):
    def process_request(self, request: HttpRequest) -> HttpResponse | None:
        if not _PublicOnly.cacheable(request):
            request._cache_update_cache = False  # type: ignore[attr-defined]  # Django's cache middleware's own flag
            return None
        return super().process_request(request)


class PageCacheUpdateMiddleware(UpdateCacheMiddleware):
    def _should_update_cache(self, request: HttpRequest, response: HttpResponseBase) -> bool:
        return _PublicOnly.cacheable(request) and super()._should_update_cache(request, response)  # type: ignore[misc]  # private Django method, not in django-stubs
