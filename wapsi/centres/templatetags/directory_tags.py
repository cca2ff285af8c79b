from __future__ import annotations

from django import template

from wapsi.centres.forms import country_label
from wapsi.centres.spoken import Spoken, spoken_list

register = template.Library()


@register.filter
def country(code: str) -> str:
    return str(country_label(code))


@register.filter
def spoken(codes: list[str]) -> list[Spoken]:
    return spoken_list(codes)


@register.filter
def tel(number: str) -> str:
    """A phone number as a tel: address: digits and a leading plus only."""
    digits = "".join(ch for ch in number if ch.isdigit() and ch.isascii())
    return f"+{digits}" if number.strip().startswith("+") else digits
