"""An Atom feed per language of the roadmap's adopted versions, newest first (drafts never).

An entry's title and summary are in the reader's language where the version has been translated
into it, else in the version's own language, as the roadmap pages show them; the entry says
which (``xml:lang``). Like hub pages (wapsi.hub.feeds), a version's text in another language is
another document: its id names the roadmap, the version number and the language of the text
shown (``atom_id("roadmap-version", slug, number, language)``), so the English text has one id
in every feed that falls back to it, and a new Urdu translation appears as a new Urdu entry.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.contrib.syndication.views import Feed
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import escape
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wapsi.infra.atom import LanguageAtomFeed, atom_id
from wapsi.roadmap.models import RoadmapVersion
from wapsi.roadmap.selectors import Localised, versions_in_language

FEED_LENGTH = 50

Item = tuple[RoadmapVersion, Localised]


def adopted_at(version: RoadmapVersion) -> datetime.datetime:
    """When the version was adopted, as Atom's date-time: the adoption date (else the adopting
    meeting's date) at midnight UTC; the row's last change if neither is known."""
    day = version.adopted_on or (
        version.adopted_by_meeting.held_on if version.adopted_by_meeting else None
    )
    if day is None:
        return version.modified
    return datetime.datetime.combine(day, datetime.time.min, tzinfo=datetime.UTC)


class RoadmapVersionsFeed(Feed):
    feed_type = LanguageAtomFeed
    # RFC 4287 wants an author on the feed or on every entry; xml:lang comes from the language.
    author_name = "Wapsi"

    def get_object(self, request: HttpRequest, *args: Any, **kwargs: Any) -> str:
        return get_language()

    def title(self, language: str) -> str:
        return _("Wapsi: new roadmap versions")

    def link(self, language: str) -> str:
        return reverse("roadmap:overview")

    def subtitle(self, language: str) -> str:
        return _(
            "Versions of the Roadmap on Return and Reintegration adopted by the working group."
        )

    def items(self, language: str) -> list[Item]:
        return versions_in_language(language=language, limit=FEED_LENGTH)

    def item_title(self, item: Item) -> str:
        version, text = item
        return _("%(title)s (version %(number)s)") % {"title": text.title, "number": version.number}

    def item_description(self, item: Item) -> str:
        # Atom carries the summary as HTML: the summary is text, never markup.
        return escape(item[1].summary)

    def item_link(self, item: Item) -> str:
        return reverse("roadmap:version", kwargs={"number": item[0].number})

    def item_guid(self, item: Item) -> str:
        version, text = item
        return atom_id("roadmap-version", version.roadmap.slug, str(version.number), text.language)

    def item_extra_kwargs(self, item: Item) -> dict[str, Any]:
        return {"content_language": item[1].language}

    def item_pubdate(self, item: Item) -> datetime.datetime:
        return adopted_at(item[0])

    def item_updateddate(self, item: Item) -> datetime.datetime:
        return adopted_at(item[0])
