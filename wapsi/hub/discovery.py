"""robots.txt for crawlers: everything public may be read, staff pages may not; the sitemap.
And /favicon.ico, which browsers and crawlers ask for at the root whatever the pages link."""

from __future__ import annotations

from functools import cache

from django.contrib.staticfiles import finders
from django.http import HttpRequest, HttpResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from wapsi.infra.pagecache import PUBLIC_MAX_AGE


@require_safe
@cache_control(public=True, max_age=PUBLIC_MAX_AGE)
def robots_txt(request: HttpRequest) -> HttpResponse:
    sitemap = request.build_absolute_uri("/sitemap.xml")
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /staff/",
        "Disallow: /r/",
        "Allow: /",
        f"Sitemap: {sitemap}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@cache
def _favicon_bytes() -> bytes:
    # 1.8 KB, read once per process: the 16 and 32 px icons of static/img/favicon.svg.
    path = finders.find("img/favicon.ico")
    if not isinstance(path, str):
        raise FileNotFoundError("static/img/favicon.ico")
    with open(path, "rb") as handle:
        return handle.read()


@require_safe
@cache_control(public=True, max_age=PUBLIC_MAX_AGE)
def favicon_ico(request: HttpRequest) -> HttpResponse:
    return HttpResponse(_favicon_bytes(), content_type="image/x-icon")
