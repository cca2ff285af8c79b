from __future__ import annotations

from babel.numbers import format_decimal
from django import template
from django.utils.translation import get_language

from wapsi.lib.languages import BY_CODE, DEFAULT, localise_digits

register = template.Library()


@register.filter
def percent_points(value: float | None) -> str:
    """A share (or change of share) as percentage points in the reader's locale: 0.123 → 12.3."""
    if value is None:
        return ""
    lang = BY_CODE.get(get_language() or DEFAULT, BY_CODE[DEFAULT])
    text = format_decimal(round(value * 100, 1), format="#,##0.0", locale=lang.babel)
    return localise_digits(text, lang.code) + "%"


@register.filter
def score(value: float | None) -> str:
    """A mean score (or a change of one) with one decimal, in the reader's locale: 3.25 → 3.3."""
    if value is None:
        return ""
    lang = BY_CODE.get(get_language() or DEFAULT, BY_CODE[DEFAULT])
    text = format_decimal(round(value, 1), format="#,##0.0", locale=lang.babel)
    return localise_digits(text, lang.code)
