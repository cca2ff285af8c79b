"""Reads of hub pages for views and other apps. Query counts do not grow with the number of pages."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from wagtail.models import Locale, Page

from wapsi.lib.scripts import search_terms, short_vowel_forms

SEARCH_LIMIT = 20


@dataclass(frozen=True)
class PageCard:
    title: str
    url: str
    summary: str
    kind: str  # guide, topic, faq
    language: str  # the language the page is written in
    is_fallback: bool  # shown in the source language because the reader's is missing


@dataclass
class HomeSections:
    guides: list[PageCard] = field(default_factory=list)
    topics: list[PageCard] = field(default_factory=list)
    faqs: list[PageCard] = field(default_factory=list)


KIND = {"countryguidepage": "guide", "topicpage": "topic", "faqpage": "faq"}


def _card(page: Any, *, base_url: str, language: str, fallback: bool) -> PageCard:
    return PageCard(
        title=page.title,
        url=f"{base_url}{page.slug}/",
        summary=getattr(page, "summary", ""),
        kind=KIND.get(page._meta.model_name, "page"),
        language=language,
        is_fallback=fallback,
    )


def _with_fallback(
    pages: list[Any], fallback: list[Any], *, base_url: str, language: str
) -> list[PageCard]:
    keys = {p.translation_key for p in pages}
    default = Locale.get_default().language_code
    cards = [_card(p, base_url=base_url, language=language, fallback=False) for p in pages]
    cards += [
        _card(p, base_url=base_url, language=default, fallback=True)
        for p in fallback
        if p.translation_key not in keys
    ]
    return cards


HOME_LIMITS = {
    "guide": 20,
    "topic": 24,
    "faq": 10,
}  # the home page stays small whatever the data size


def _children(home: Page) -> list[Any]:
    from wapsi.hub.models import CountryGuidePage, FaqPage, TopicPage

    pages: list[Any] = []
    for model, kind in ((CountryGuidePage, "guide"), (TopicPage, "topic"), (FaqPage, "faq")):
        pages += list(model.objects.child_of(home).live().order_by("path")[: HOME_LIMITS[kind]])
    return pages


def hub_pages_for_home(*, home: Page) -> HomeSections:
    """The guides, topics and FAQs under a language's home page, with source-language pages
    standing in for those not yet translated."""
    language = home.locale.language_code
    base_url = f"/{language}/"
    local = _children(home)
    fallback: list[Any] = []
    default = Locale.get_default()
    if home.locale_id != default.pk:
        source = home.get_translation_or_none(default)
        if source is not None:
            fallback = _children(source)
    sections = HomeSections()
    lists = {"guide": sections.guides, "topic": sections.topics, "faq": sections.faqs}
    for card in _with_fallback(local, fallback, base_url=base_url, language=language):
        target = lists[card.kind]
        if len(target) < HOME_LIMITS[card.kind]:
            target.append(card)
    return sections


@dataclass
class SearchResults:
    terms: list[str]
    local: list[PageCard] = field(default_factory=list)
    fallback: list[PageCard] = field(default_factory=list)
    services: list[PageCard] = field(default_factory=list)
    studies: list[PageCard] = field(default_factory=list)
    recommendations: list[PageCard] = field(default_factory=list)
    actions: list[PageCard] = field(default_factory=list)  # of the roadmap's current version
    stories: list[Any] = field(default_factory=list)  # voices.Story, consent checked
    corrected: dict[str, list[str]] = field(default_factory=dict)  # word -> words searched

    @property
    def count(self) -> int:
        return sum(
            len(group)
            for group in (
                self.local,
                self.fallback,
                self.services,
                self.studies,
                self.recommendations,
                self.actions,
                self.stories,
            )
        )


QUERY_READ_MAX = 800  # as much of the query as search_terms reads


def hub_search(*, query: str, language: str) -> SearchResults:
    """One search of pages, directory services, stories, evidence (studies and recommendations)
    and the roadmap's action points (search_query.py), grouped by kind.

    Pages in the reader's language come first, then default-language pages that have no
    translation in it; services and studies are in English and marked so for other readers.
    A fixed number of queries whatever the data: the typo look-up (for Latin-script words),
    the search, and the consent check of the stories found.
    """
    from django.conf import settings
    from wagtail.coreutils import get_supported_content_language_variant

    from wapsi.hub.search_query import alternatives, corrections, search_hits
    from wapsi.voices.selectors import stories_found

    terms = search_terms(query)
    if not terms:
        return SearchResults(terms=[])
    default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    fixes = corrections(terms)
    variants = short_vowel_forms(query[:QUERY_READ_MAX])
    hits = search_hits(
        groups=alternatives(terms, fixes, variants, language=language),
        language=language,
        default=default,
        limit=SEARCH_LIMIT,
    )
    results = SearchResults(terms=terms, corrected=fixes)
    base_url = f"/{language}/"
    lists = {
        "local": results.local,
        "fallback": results.fallback,
        "service": results.services,
        "study": results.studies,
        "recommendation": results.recommendations,
        "action": results.actions,
    }
    story_pks: list[int] = []
    for hit in hits:
        if hit.group == "story":
            story_pks.append(hit.object_id)
            continue
        lists[hit.group].append(
            PageCard(
                title=hit.title,
                url=f"{base_url}{hit.path}",
                summary=hit.summary,
                kind=hit.kind,
                language=hit.language,
                is_fallback=hit.language != language,
            )
        )
    results.stories = stories_found(pks=story_pks)
    return results


def feedback_for_stats(*, after_id: int, upto_id: int) -> list[dict[str, Any]]:
    """Reader feedback answers with after_id < id <= upto_id, for the statistics rollups:
    month, language and whether useful (never the comment)."""
    from wapsi.hub.models import PageFeedback

    return [
        dict(row)
        for row in PageFeedback.objects.filter(pk__gt=after_id, pk__lte=upto_id)
        .order_by("pk")
        .values("pk", "created_at", "language", "useful")
    ]


def feedback_last_id() -> int:
    from django.db.models import Max

    from wapsi.hub.models import PageFeedback

    return PageFeedback.objects.aggregate(m=Max("pk"))["m"] or 0


@dataclass(frozen=True)
class PageViews:
    page_id: int
    title: str
    language: str  # the reader's language (the URL prefix), not necessarily the page's
    day: datetime.date
    views: int


PAGE_VIEWS_MAX_DAYS = 3660  # ten years: a bound on one answer, not on what is kept


def page_views(
    *, start: datetime.date, end: datetime.date, language: str | None = None
) -> list[PageViews]:
    """Hub page views per page, language and day from ``start`` to ``end`` (both included), as
    flushed from the counters (wapsi/hub/usage.py). One query, whatever the number of rows.

    Raises ValidationError (code ``period``) for an end before the start or a period longer
    than PAGE_VIEWS_MAX_DAYS, and (code ``language``) for a language the site does not serve.
    """
    from django.conf import settings
    from django.core.exceptions import ValidationError
    from django.utils.translation import gettext as _

    from wapsi.hub.models import PageViewDay

    if end < start:
        raise ValidationError(_("The end of the period is before its start."), code="period")
    if (end - start).days >= PAGE_VIEWS_MAX_DAYS:
        raise ValidationError(_("The period is too long."), code="period")
    if language is not None and language not in {code for code, _name in settings.LANGUAGES}:
        raise ValidationError(_("Unknown language."), code="language")
    rows = PageViewDay.objects.filter(day__gte=start, day__lte=end)
    if language is not None:
        rows = rows.filter(language=language)
    return [
        PageViews(page_id=page_id, title=title, language=lang, day=day, views=views)
        for page_id, title, lang, day, views in rows.order_by(
            "day", "page_id", "language"
        ).values_list("page_id", "page__title", "language", "day", "views")
    ]


def page_view_days_for_stats(*, since: datetime.date | None) -> list[dict[str, Any]]:
    """Page-view counts per page, language and day from a day on (all when None), for the
    statistics rollups: the row's id, day, language and views (a count, nothing personal)."""
    from wapsi.hub.models import PageViewDay

    rows = PageViewDay.objects.all()
    if since is not None:
        rows = rows.filter(day__gte=since)
    return [dict(r) for r in rows.order_by("pk").values("pk", "day", "language", "views")]


# --- the partner API (wapsi.api.hub): live guides, topics and FAQs per language ----------------


def _api_types(kind: str = "") -> list[Any]:
    from wapsi.hub.models import CountryGuidePage, FaqPage, TopicPage

    models = {"guide": CountryGuidePage, "topic": TopicPage, "faq": FaqPage}
    return [models[kind]] if kind else list(models.values())


def hub_pages_public(
    *, language: str, kind: str = "", modified_after: datetime.datetime | None = None
) -> Any:
    """Live hub pages in a language, with the source-language page standing in (a fallback)
    for each page not translated into it; newest publication first, as specific pages (one
    query for the page of rows, one per page type on it), for paging in SQL."""
    from django.db.models import Q

    default = Locale.get_default()
    live = Page.objects.live().type(*_api_types(kind))
    local = Q(locale__language_code=language)
    translated = Page.objects.live().filter(local).values("translation_key")
    pages = live.filter(local | (Q(locale=default) & ~Q(translation_key__in=translated)))
    if modified_after is not None:
        pages = pages.filter(last_published_at__gt=modified_after)
    return pages.order_by("-last_published_at", "-pk").specific()


def hub_locale_codes() -> dict[int, str]:
    """Language code of each locale, by its id (one query)."""
    return dict(Locale.objects.values_list("pk", "language_code"))


def hub_page_translations(*, translation_keys: list[Any]) -> dict[Any, list[tuple[str, int]]]:
    """(language, page id) of each live version of these pages, in one query."""
    found: dict[Any, list[tuple[str, int]]] = {}
    rows = (
        Page.objects.live()
        .type(*_api_types())
        .filter(translation_key__in=translation_keys)
        .values_list("translation_key", "locale__language_code", "pk")
        .order_by("locale__language_code")
    )
    for key, code, pk in rows:
        found.setdefault(key, []).append((code, pk))
    return found


def hub_page_public_get(*, page_id: int) -> Any:
    """A live hub page (guide, topic or FAQ) as its specific type, or None."""
    return Page.objects.live().type(*_api_types()).filter(pk=page_id).specific().first()
