"""Hub pages per language (guides, topics, FAQs) with their translations, review dates and the
source-language fallbacks readers are shown where a translation is missing."""

from __future__ import annotations

import datetime
from typing import Any

from django.http import Http404, HttpRequest
from ninja import Field, Query, Router, Schema

from wapsi.api.conventions import (
    ERRORS,
    LANGUAGE_CODES,
    LANGUAGE_PATTERN,
    LIST_ERRORS,
    PAGE_MAX,
    PER_PAGE_DEFAULT,
    PER_PAGE_MAX,
    Page,
    absolute,
    aware,
    choice_pattern,
    last_modified,
    paged,
)
from wapsi.hub.selectors import (
    hub_locale_codes,
    hub_page_public_get,
    hub_page_translations,
    hub_pages_public,
)
from wapsi.infra.apitypes import Moment

router = Router(tags=["hub"])

KINDS = {"countryguidepage": "guide", "topicpage": "topic", "faqpage": "faq"}


class Translation(Schema):
    language: str
    api_url: str


class HubPageOut(Schema):
    id: int
    kind: str = Field(description="guide, topic or faq")
    language: str = Field(description="The language the page is written in.")
    requested_language: str
    is_fallback: bool = Field(
        description="True: not yet translated into the requested language; this is the source."
    )
    title: str
    summary: str
    country: str | None = Field(description="A country guide's country (ISO 3166-1 alpha-2).")
    last_reviewed: datetime.date
    review_due: datetime.date
    needs_native_review: bool
    last_published_at: datetime.datetime | None
    url: str
    api_url: str
    translations: list[Translation]


class HubPageDetail(HubPageOut):
    body: list[str] = Field(description="The page's text blocks, as plain text.")


class HubQuery(Schema):
    language: str = Field(
        LANGUAGE_CODES[0], pattern=LANGUAGE_PATTERN, description="The readers' language."
    )
    kind: str | None = Field(None, pattern=choice_pattern(KINDS.values()))
    modified_after: Moment | None = Field(
        None, description="Only pages published after this moment (ISO 8601)."
    )
    page: int = Field(1, ge=1, le=PAGE_MAX)
    per_page: int = Field(PER_PAGE_DEFAULT, ge=1, le=PER_PAGE_MAX)


def _public_url(page: Any, language: str) -> str:
    parts = [p for p in page.url_path.split("/") if p][1:]  # below the language's home page
    return "/" + "/".join([language, *parts]) + "/"


def _out(
    request: HttpRequest,
    page: Any,
    *,
    language: str,
    translations: list[tuple[str, int]],
    requested: str,
) -> dict[str, Any]:
    return {
        "id": page.pk,
        "kind": KINDS.get(page._meta.model_name, "page"),
        "language": language,
        "requested_language": requested,
        "is_fallback": language != requested,
        "title": page.title,
        "summary": page.summary,
        "country": getattr(page, "country", None),
        "last_reviewed": page.last_reviewed,
        "review_due": page.review_due,
        "needs_native_review": page.needs_native_review,
        "last_published_at": page.last_published_at,
        "url": absolute(request, _public_url(page, language)),
        "api_url": absolute(request, f"/api/v1/hub/pages/{page.pk}"),
        "translations": [
            {"language": code, "api_url": absolute(request, f"/api/v1/hub/pages/{pk}")}
            for code, pk in translations
        ],
    }


@router.get("/pages", response={200: Page[HubPageOut], **LIST_ERRORS})
def hub_pages(request: HttpRequest, q: Query[HubQuery]) -> Any:
    """Live guides, topics and FAQs in a language; a page not yet translated into it appears in
    the source language with ``is_fallback`` true. Newest publication first."""
    pages = hub_pages_public(
        language=q.language, kind=q.kind or "", modified_after=aware(q.modified_after)
    )
    data = paged(
        request,
        pages,
        page=q.page,
        per_page=q.per_page,
        render=lambda p: p,
        modified=lambda p: p.last_published_at,
    )
    keys = [p.translation_key for p in data["items"]]
    translations = hub_page_translations(translation_keys=keys)
    codes = hub_locale_codes()
    data["items"] = [
        _out(
            request,
            p,
            language=codes[p.locale_id],
            translations=translations.get(p.translation_key, []),
            requested=q.language,
        )
        for p in data["items"]
    ]
    return data


@router.get("/pages/{page_id}", response={200: HubPageDetail, **ERRORS})
def hub_page(request: HttpRequest, page_id: int) -> Any:
    """One live hub page with its text."""
    page = hub_page_public_get(page_id=page_id)
    if page is None:
        raise Http404
    translations = hub_page_translations(translation_keys=[page.translation_key])
    last_modified(request, [page.last_published_at])
    language = hub_locale_codes()[page.locale_id]
    out = _out(
        request,
        page,
        language=language,
        translations=translations.get(page.translation_key, []),
        requested=language,
    )
    out["body"] = page.body_texts()
    return out
