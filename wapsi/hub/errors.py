"""The reader's error pages: translated, in the site's layout, with search and a way home.

The 500 page is drawn without the database, sessions or context processors (any of them may
be what failed): only the active language, which the locale middleware set from the address.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseNotFound, HttpResponseServerError
from django.template import loader
from django.utils.translation import get_language, get_language_bidi
from django.views.decorators.csrf import requires_csrf_token


def _language() -> tuple[str, bool]:
    code = get_language() or settings.LANGUAGE_CODE
    known = {c for c, _name in settings.LANGUAGES}
    if code not in known:
        code = settings.LANGUAGE_CODE
    return code, get_language_bidi()


@requires_csrf_token
def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    template = loader.get_template("404.html")
    return HttpResponseNotFound(template.render({"request_path": request.path}, request))


@requires_csrf_token
def server_error(request: HttpRequest) -> HttpResponse:
    code, bidi = _language()
    template = loader.get_template("500.html")
    # A plain dict and no request: no context processor runs, nothing reads the database.
    context = {"LANGUAGE_CODE": code, "LANGUAGE_BIDI": bidi, "language_switcher": []}
    return HttpResponseServerError(template.render(context))
