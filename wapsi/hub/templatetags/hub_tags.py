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
    """schema.org WebPage for a hub page; dateModified never before datePublished."""
    import json

    from django.utils.safestring import mark_safe

    published = getattr(page, "first_published_at", None)
    modified_at = [getattr(page, "last_published_at", None), getattr(page, "last_reviewed", None)]
    dates = [d.date() if isinstance(d, datetime.datetime) else d for d in modified_at if d]
    if published:
        dates.append(published.date())
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "WebPage",
        "name": page.title,
        "inLanguage": page.locale.language_code,
    }
    request = context.get("request")
    if request is not None:
        data["url"] = request.build_absolute_uri(request.path)
    if getattr(page, "summary", ""):
        data["description"] = page.summary
    if published:
        data["datePublished"] = published.date().isoformat()
    if dates:
        data["dateModified"] = max(dates).isoformat()
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    # Inside <script>: no "</" may close it early.
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308
