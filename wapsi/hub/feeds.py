"""An Atom feed per language of new and updated hub pages, for partner platforms."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.contrib.syndication.views import Feed
from django.http import HttpRequest
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

FEED_LENGTH = 50


class UpdatesFeed(Feed):
    feed_type = Atom1Feed
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
            .select_related("locale")
            .specific()
            .order_by("-last_published_at")[:FEED_LENGTH]
        )

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
