"""sitemap.xml entries: every live hub page, with hreflang links to its translations."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.conf import settings
from wagtail.models import Page

# Public pages outside Wagtail's tree, in every language (paths after the language prefix).
PUBLIC_ROUTES = (
    "help/",
    "stories/",
    "evidence/",
    "evidence/findings/",
    "evidence/recommendations/",
    "roadmap/",
    "roadmap/meetings/",
)
X_DEFAULT = "en"  # the language a reader of none of ours is sent to


@dataclass(frozen=True)
class SitemapEntry:
    loc: str
    lastmod: datetime | None
    alternates: list[tuple[str, str]]  # (language, url)


def page_path(page: Any) -> str:
    """Hub pages sit at most one level under their language's home page."""
    lang = page.locale.language_code
    return f"/{lang}/" if page.depth <= 2 else f"/{lang}/{page.slug}/"


def sitemap_entries(*, base_url: str) -> list[SitemapEntry]:
    pages = list(
        Page.objects.live()
        .filter(depth__in=[2, 3])
        .select_related("locale")
        .only("slug", "depth", "translation_key", "last_published_at", "locale__language_code")
        .order_by("path")
    )
    groups: dict[Any, list[Any]] = defaultdict(list)
    for page in pages:
        groups[page.translation_key].append(page)
    entries = []
    for page in pages:
        alternates = [
            (p.locale.language_code, base_url + page_path(p)) for p in groups[page.translation_key]
        ]
        default = dict(alternates).get(X_DEFAULT)
        if default:
            alternates.append(("x-default", default))
        entries.append(
            SitemapEntry(
                loc=base_url + page_path(page),
                lastmod=page.last_published_at,
                alternates=alternates,
            )
        )
    codes = [code for code, _name in settings.LANGUAGES]
    for route in PUBLIC_ROUTES:
        alternates = [(code, f"{base_url}/{code}/{route}") for code in codes]
        alternates.append(("x-default", f"{base_url}/{X_DEFAULT}/{route}"))
        entries += [
            SitemapEntry(loc=url, lastmod=None, alternates=alternates)
            for _c, url in alternates[:-1]
        ]
    return entries
