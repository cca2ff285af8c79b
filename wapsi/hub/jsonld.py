"""schema.org JSON-LD for hub pages: WebSite on each language's home page (with the search as a
SearchAction), FAQPage for the questions and answers, WebPage for guides and topics.

Every block names its url, publisher and description, and its dateModified is never before its
datePublished (a page reviewed or republished later only moves dateModified forward). Built
from what the page already holds: no database query.
"""

from __future__ import annotations

import datetime
import json
from typing import Any

from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wapsi.hub.blocks import QuestionBlock

SITE_NAME = "Wapsi"


def site_description() -> str:
    return _(
        "Honest, current information on migration, return and reintegration from Migrant "
        "Resource Centres."
    )


def publisher(request: HttpRequest) -> dict[str, str]:
    return {"@type": "Organization", "name": SITE_NAME, "url": request.build_absolute_uri("/")}


def _day(value: datetime.date | datetime.datetime | None) -> datetime.date | None:
    return value.date() if isinstance(value, datetime.datetime) else value


def _dates(page: Any) -> dict[str, str]:
    published = _day(getattr(page, "first_published_at", None))
    modified = [_day(getattr(page, name, None)) for name in ("last_published_at", "last_reviewed")]
    days = [d for d in [*modified, published] if d]
    dates: dict[str, str] = {}
    if published:
        dates["datePublished"] = published.isoformat()
    if days:
        dates["dateModified"] = max(days).isoformat()
    return dates


def _common(page: Any, request: HttpRequest, *, kind: str, language: str) -> dict[str, Any]:
    description = getattr(page, "summary", "") or getattr(page, "intro", "") or site_description()
    return {
        "@context": "https://schema.org",
        "@type": kind,
        "name": page.title,
        "url": request.build_absolute_uri(request.path),
        "inLanguage": language,
        "description": description,
        "publisher": publisher(request),
        **_dates(page),
    }


def website(page: Any, request: HttpRequest) -> dict[str, Any]:
    """One language's home page: the site in that language, and how to search it."""
    language = get_language()
    data = _common(page, request, kind="WebSite", language=language)
    data["name"] = SITE_NAME
    search = request.build_absolute_uri(reverse("search"))
    data["potentialAction"] = {
        "@type": "SearchAction",
        # A URI template (RFC 6570): the braces are the placeholder, not part of the address.
        "target": {"@type": "EntryPoint", "urlTemplate": f"{search}?q={{search_term_string}}"},
        "query-input": "required name=search_term_string",
    }
    return data


def _questions(page: Any) -> list[dict[str, Any]]:
    questions = []
    for block in getattr(page, "body", []) or []:
        if not isinstance(block.block, QuestionBlock):
            continue
        answer = block.value.get("answer")
        text = strip_tags(getattr(answer, "source", answer) or "").strip()
        questions.append(
            {
                "@type": "Question",
                "name": block.value.get("question", ""),
                "acceptedAnswer": {"@type": "Answer", "text": text},
            }
        )
    return questions


def hub_page(page: Any, request: HttpRequest) -> dict[str, Any]:
    """A guide or topic as WebPage; the FAQ as FAQPage with its questions and answers."""
    questions = _questions(page)
    kind = "FAQPage" if questions else "WebPage"
    data = _common(page, request, kind=kind, language=page.locale.language_code)
    if questions:
        data["mainEntity"] = questions
    return data


def as_script(data: dict[str, Any]) -> str:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    # Inside <script>: no "</" may close it early, no "&" or ">" be read as markup.
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/ld+json">{text}</script>'
