from __future__ import annotations

import datetime
from typing import Any

from babel.dates import format_date
from django import template
from django.template.context import Context
from django.utils.translation import get_language

from wapsi.centres.selectors import CentreCard, hotlines_of_country
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


def country_hotlines(country: str) -> list[CentreCard]:
    """The hotlines of one country (see hotlines_of_country); none for no country or none sourced."""
    return hotlines_of_country(country)


def reader_country(context: Context | dict[str, Any]) -> str:
    """The country a public page is about: its guide's, its service's or its centre's, or none."""
    for name in ("page", "service", "centre"):
        country = getattr(context.get(name), "country", "")
        if isinstance(country, str) and country:
            return country
    return ""


@register.simple_tag(takes_context=True)
def reader_hotlines(context: Context) -> list[CentreCard]:
    """The header's hotlines: the reader's country's only, never another country's."""
    return country_hotlines(reader_country(context))


@register.filter
def hotlines_of(country: str) -> list[CentreCard]:
    return country_hotlines(country)


@register.filter
def in_language(code: str) -> str:
    """The marker on content in another language than the page's: "In English", or the
    language's own name (اردو, বাংলা) for the others."""
    from django.utils.translation import gettext

    if code == "en":
        return gettext("In English")
    lang = BY_CODE.get(code)
    return lang.name_local if lang else code


@register.simple_tag(takes_context=True)
def page_jsonld(context: Context, page: Any) -> str:
    """schema.org WebPage (FAQPage for questions) for a hub page; see hub.jsonld."""
    from django.utils.safestring import mark_safe

    from wapsi.hub import jsonld

    request = context.get("request")
    if request is None:
        return ""
    return mark_safe(jsonld.as_script(jsonld.hub_page(page, request)))  # noqa: S308


@register.simple_tag(takes_context=True)
def home_jsonld(context: Context, page: Any) -> str:
    """schema.org WebSite for one language's home page, with its search."""
    from django.utils.safestring import mark_safe

    from wapsi.hub import jsonld

    request = context.get("request")
    if request is None:
        return ""
    return mark_safe(jsonld.as_script(jsonld.website(page, request)))  # noqa: S308
