"""An Atom feed per language of the evidence base's studies, the latest added or changed first.

Studies are recorded in English, the language of their sources, so every language's feed lists
the same entries in English (``xml:lang="en"``) under a title in the reader's language. An entry's
id names the study's row (``atom_id("study", pk)``), not its slug or address, so it is one entry
in all seven feeds and keeps its id when an editor changes the slug.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.contrib.syndication.views import Feed
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import escape
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wapsi.evidence.models import EVIDENCE_LANGUAGE, Study
from wapsi.evidence.selectors import studies_newest
from wapsi.infra.atom import LanguageAtomFeed, atom_id

FEED_LENGTH = 50


class StudiesFeed(Feed):
    feed_type = LanguageAtomFeed
    # RFC 4287 wants an author on the feed or on every entry. The studies' own authors differ
    # per study (and are often institutions): the platform that lists them is named.
    author_name = "Wapsi"

    def get_object(self, request: HttpRequest, *args: Any, **kwargs: Any) -> str:
        return get_language()

    def title(self, language: str) -> str:
        return _("Wapsi: new studies")

    def link(self, language: str) -> str:
        return reverse("evidence:studies")

    def subtitle(self, language: str) -> str:
        return _("Studies on migration, return and reintegration in the evidence base.")

    def items(self, language: str) -> list[Study]:
        return studies_newest(limit=FEED_LENGTH)

    def item_title(self, item: Study) -> str:
        return item.title

    def item_description(self, item: Study) -> str:
        # Atom carries the summary as HTML: a study's summary is text, never markup.
        return escape(Truncator(item.summary).words(80))

    def item_link(self, item: Study) -> str:
        return reverse("evidence:study", kwargs={"slug": item.slug})

    def item_guid(self, item: Study) -> str:
        return atom_id("study", str(item.pk))

    def item_extra_kwargs(self, item: Study) -> dict[str, Any]:
        return {"content_language": EVIDENCE_LANGUAGE}

    def item_updateddate(self, item: Study) -> datetime:
        return item.modified
