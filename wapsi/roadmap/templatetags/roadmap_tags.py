from __future__ import annotations

import datetime
from typing import Any

from django import template
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wapsi.lib.languages import BY_CODE, DEFAULT
from wapsi.roadmap import formats

register = template.Library()


@register.filter
def get_rows(mapping: dict[Any, Any], key: Any) -> Any:
    return mapping.get(key, [])


@register.filter
def get_item(mapping: dict[Any, Any], key: Any) -> Any:
    return mapping.get(key)


@register.simple_tag
def language_label(code: str) -> str:
    """A language's name for a sentence in the reader's language ("English" translated)."""
    if code == "en":
        return _("English")
    lang = BY_CODE.get(code)
    return lang.name_local if lang else code


@register.filter
def dir_of(code: str) -> str:
    lang = BY_CODE.get(code)
    return "rtl" if lang and lang.rtl else "ltr"


@register.filter
def rm_date(value: datetime.date | datetime.datetime | None) -> str:
    """A date in the reader's language, with the same digits as every number on the page."""
    return formats.date_long(value, get_language() or DEFAULT)


@register.filter
def rm_number(value: object) -> str:
    """A number (or a short run of text with digits) in the reader's language's digits."""
    return formats.digits(value, get_language() or DEFAULT)


@register.filter
def rm_percent(value: int | None) -> str:
    return formats.percent(value or 0, get_language() or DEFAULT)


@register.filter
def untranslated_in(key: str, text: Any) -> bool:
    """Whether an action point's text is shown untranslated (in the version's own language)
    inside a translated version; a whole-version fallback is marked once, around the text."""
    return bool(text is not None and key in getattr(text, "untranslated_actions", ()))


@register.filter
def in_set(key: str, keys: Any) -> bool:
    return bool(keys) and key in keys
