"""An Atom feed of published stories (hub consent only), newest first.

Every language's feed lists every public story, each in the language it was told in: the entry
says so (``xml:lang``) and has one id in all seven feeds (``atom_id("story", reference)``; the
reference never changes, the address does), so an aggregator following two feeds shows it once.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.contrib.syndication.views import Feed
from django.http import HttpRequest
from django.utils.html import escape
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wapsi.infra.atom import LanguageAtomFeed, atom_id
from wapsi.voices.selectors import stories_public

FEED_LENGTH = 50


class StoriesFeed(Feed):
    feed_type = LanguageAtomFeed
    # RFC 4287 wants an author on the feed or on every entry. The storytellers stay anonymous:
    # the platform that publishes their words (after redaction, with their consent) is named.
    author_name = "Wapsi"

    def get_object(self, request: HttpRequest, *args: Any, **kwargs: Any) -> str:
        return get_language()

    def title(self, language: str) -> str:
        return _("Wapsi: voices of return")

    def link(self, language: str) -> str:
        return f"/{language}/stories/"

    def subtitle(self, language: str) -> str:
        return _("Returnees' own stories, shared with their consent.")

    def items(self, language: str) -> list[Any]:
        return list(stories_public()[:FEED_LENGTH])

    def item_title(self, item: Any) -> str:
        return item.public_title

    def item_description(self, item: Any) -> str:
        # Atom carries the summary as HTML: a story's words are text, never markup.
        return escape(Truncator(item.public_text).words(60))

    def item_link(self, item: Any) -> str:
        return f"/{get_language()}/stories/{item.reference}/"

    def item_guid(self, item: Any) -> str:
        return atom_id("story", item.reference)

    def item_extra_kwargs(self, item: Any) -> dict[str, Any]:
        return {"content_language": item.language}

    def item_pubdate(self, item: Any) -> datetime | None:
        return item.published_at

    def item_updateddate(self, item: Any) -> datetime | None:
        # Atom requires it. A story's public words are fixed when it is published (redaction
        # happens in review), so it was last updated then.
        return item.published_at or item.created_at
