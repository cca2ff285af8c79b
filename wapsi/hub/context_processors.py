"""What every public page's header and footer need: languages and hotlines."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.urls import translate_url
from django.utils.translation import get_language

from wapsi.centres.selectors import hotlines_public
from wapsi.lib.languages import BY_CODE


def site_chrome(request: HttpRequest) -> dict[str, Any]:
    from django.conf import settings

    current = get_language() or settings.LANGUAGE_CODE
    path = request.get_full_path()
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
