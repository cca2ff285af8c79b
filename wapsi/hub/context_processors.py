"""What every public page's header and footer need: languages and hotlines."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, QueryDict
from django.urls import translate_url
from django.utils.translation import get_language

from wapsi.centres.selectors import hotlines_public
from wapsi.lib.languages import BY_CODE

# The language links carry the page's query along (a search in another language), but never
# more than a search box holds: a long query repeated in every link made pages of 400 KB.
VALUE_MAX = 200  # characters per value, the search input's maxlength
QUERY_MAX = 2048  # characters of the whole encoded query; past it the links carry none


def _switcher_path(request: HttpRequest) -> str:
    if not request.GET:
        return request.path
    capped = QueryDict(mutable=True)
    for name, values in request.GET.lists():
        capped.setlist(name[:VALUE_MAX], [value[:VALUE_MAX] for value in values])
    query = capped.urlencode()
    return f"{request.path}?{query}" if len(query) <= QUERY_MAX else request.path


def site_chrome(request: HttpRequest) -> dict[str, Any]:
    from django.conf import settings

    current = get_language() or settings.LANGUAGE_CODE
    path = _switcher_path(request)
    switcher = [
        {
            "code": code,
            "name_local": BY_CODE[code].name_local,
            "url": translate_url(path, code),
            "current": code == current,
        }
        for code, _name in settings.LANGUAGES
    ]
    return {"language_switcher": switcher, "header_hotlines": hotlines_public}
