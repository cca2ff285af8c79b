"""An Atom feed of published stories (hub consent only), newest first."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.contrib.syndication.views import Feed
from django.http import HttpRequest
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wapsi.voices.selectors import stories_public

FEED_LENGTH = 50


class StoriesFeed(Feed):
    feed_type = Atom1Feed

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

    def item_pubdate(self, item: Any) -> datetime | None:
        return item.published_at
