"""An Atom feed per language of new and updated hub pages, for partner platforms.

Each translation is its own entry with its own id (``atom_id("page", translation key,
language)``): the Urdu guide is another document than the English one, in another language and
updated on its own, so an aggregator following both feeds must list both, not keep one and hide
the other as an older version of the same entry (RFC 4287 section 4.1.1: entries with one id
are one entry). The translation key, not the slug or the address, names the page, so an entry
keeps its id when an editor renames or moves the page.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.contrib.syndication.views import Feed
from django.http import HttpRequest
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from wapsi.infra.atom import LanguageAtomFeed, atom_id

FEED_LENGTH = 50


class UpdatesFeed(Feed):
    feed_type = LanguageAtomFeed
    # RFC 4287 wants an author on the feed or on every entry; xml:lang comes from the language.
    author_name = "Wapsi"

    def get_object(self, request: HttpRequest, *args: Any, **kwargs: Any) -> str:
        return get_language()

    def title(self, language: str) -> str:
        return _("Wapsi: new and updated pages")

    def link(self, language: str) -> str:
        return f"/{language}/"

    def subtitle(self, language: str) -> str:
        return _(
            "Information on migration, return and reintegration from Migrant Resource Centres."
        )

    def items(self, language: str) -> list[Any]:
        from wapsi.hub.models import CountryGuidePage, FaqPage, TopicPage

        locale = Locale.objects.filter(language_code=language).first()
        if locale is None:
            return []
        return list(
            Page.objects.live()
            .filter(locale=locale)
            .type(CountryGuidePage, TopicPage, FaqPage)
            # Atom requires an entry's updated time: a page never published has none to give.
            .exclude(last_published_at=None)
            .select_related("locale")
            .specific()
            .order_by("-last_published_at")[:FEED_LENGTH]
        )

    def item_guid(self, item: Any) -> str:
        return atom_id("page", str(item.translation_key), item.locale.language_code)

    def item_extra_kwargs(self, item: Any) -> dict[str, Any]:
        return {"content_language": item.locale.language_code}

    def item_title(self, item: Any) -> str:
        return item.title

    def item_description(self, item: Any) -> str:
        return getattr(item, "summary", "")

    def item_link(self, item: Any) -> str:
        return f"/{item.locale.language_code}/{item.slug}/"

    def item_updateddate(self, item: Any) -> datetime | None:
        return item.last_published_at

    def item_pubdate(self, item: Any) -> datetime | None:
        return item.first_published_at
