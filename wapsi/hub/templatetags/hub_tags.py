from __future__ import annotations

import datetime

from babel.dates import format_date
from django import template
from django.utils.translation import get_language

from wapsi.lib.languages import BY_CODE, DEFAULT, localise_digits

register = template.Library()


@register.filter
def local_date(value: datetime.date | datetime.datetime | None) -> str:
    """A date in the reader's language and numbering system (CLDR, via Babel)."""
    if not value:
        return ""
    if isinstance(value, datetime.datetime):
        value = value.date()
    code = get_language() or DEFAULT
    lang = BY_CODE.get(code, BY_CODE[DEFAULT])
    return localise_digits(format_date(value, format="long", locale=lang.babel), lang.code)


@register.filter
def local_digits(value: object) -> str:
    return localise_digits(str(value), get_language() or DEFAULT)


@register.simple_tag
def language_name(code: str) -> str:
    lang = BY_CODE.get(code)
    return lang.name_local if lang else code
