"""Freshness of hub content: pages past their review date, translations older than their source.

A translation is outdated when its source-language page was published after the translation
was last published (synced). Status per page and language: current, outdated, missing. A draft
translation awaits a native speaker while its review workflow is active (see translations.py).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from django.db.models import F, OuterRef, Subquery
from django.utils import timezone
from wagtail.models import Locale, Page, WorkflowState


def _hub_models() -> tuple[Any, ...]:
    from wapsi.hub.models import CountryGuidePage, FaqPage, TopicPage

    return (CountryGuidePage, TopicPage, FaqPage)


@dataclass(frozen=True)
class OverduePage:
    page_id: int
    title: str
    language: str
    owner_id: int | None
    review_due: datetime.date


def pages_overdue(
    *, language: str | None = None, today: datetime.date | None = None
) -> list[OverduePage]:
    today = today or timezone.localdate()
    found: list[OverduePage] = []
    for model in _hub_models():
        qs = (
            model.objects.live()
            .select_related("locale")
            .only(
                "title",
                "owner_id",
                "last_reviewed",
                "review_interval_days",
                "locale__language_code",
            )
        )
        if language:
            qs = qs.filter(locale__language_code=language)
        # Coarse filter in SQL (the longest interval is 730 days), exact test per row.
        qs = qs.filter(last_reviewed__lt=today - datetime.timedelta(days=7))
        found += [
            OverduePage(p.pk, p.title, p.locale.language_code, p.owner_id, p.review_due)
            for p in qs
            if p.is_overdue(today)
        ]
    return sorted(found, key=lambda o: (o.review_due, o.page_id))


def translations_outdated(*, language: str) -> list[Any]:
    default = Locale.get_default()
    source_published = Page.objects.filter(
        translation_key=OuterRef("translation_key"), locale=default
    ).values("last_published_at")[:1]
    return list(
        Page.objects.live()
        .filter(locale__language_code=language, depth__gt=2)
        .exclude(locale=default)
        .annotate(source_published_at=Subquery(source_published))
        .filter(source_published_at__gt=F("last_published_at"))
        .order_by("title")
    )


def translations_missing(*, language: str) -> list[Any]:
    default = Locale.get_default()
    if language == default.language_code:
        return []
    existing = Page.objects.filter(locale__language_code=language).values("translation_key")
    return list(
        Page.objects.live()
        .filter(locale=default, depth__gt=2)
        .exclude(translation_key__in=existing)
        .order_by("title")
    )


def translations_awaiting_review(*, language: str | None = None) -> list[Any]:
    """Translated pages, live or not, whose review workflow is active (submitted and not yet
    approved, or sent back for changes): the drafts a native speaker has still to check."""
    in_review = (
        WorkflowState.objects.active()
        .filter(base_content_type__app_label="wagtailcore", base_content_type__model="page")
        .values_list("object_id", flat=True)
    )
    ids = [int(pk) for pk in in_review]
    if not ids:
        return []
    pages = Page.objects.filter(pk__in=ids, depth__gt=2).exclude(locale=Locale.get_default())
    if language:
        pages = pages.filter(locale__language_code=language)
    return list(pages.select_related("locale").order_by("title"))


@dataclass(frozen=True)
class LanguageStatus:
    language: str
    pages: int
    outdated: int
    missing: int
    overdue: int
    needs_review: int


def language_statuses(*, languages: list[str]) -> list[LanguageStatus]:
    statuses = []
    overdue_by_lang: dict[str, int] = {}
    for item in pages_overdue():
        overdue_by_lang[item.language] = overdue_by_lang.get(item.language, 0) + 1
    in_review_by_lang: dict[str, int] = {}
    for page in translations_awaiting_review():
        code = page.locale.language_code
        in_review_by_lang[code] = in_review_by_lang.get(code, 0) + 1
    for code in languages:
        pages = sum(
            model.objects.live().filter(locale__language_code=code).count()
            for model in _hub_models()
        )
        statuses.append(
            LanguageStatus(
                language=code,
                pages=pages,
                outdated=len(translations_outdated(language=code)),
                missing=len(translations_missing(language=code)),
                overdue=overdue_by_lang.get(code, 0),
                needs_review=in_review_by_lang.get(code, 0),
            )
        )
    return statuses
