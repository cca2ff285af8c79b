"""Wagtail pages of the public information hub."""

from __future__ import annotations

import datetime
from typing import Any

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from wapsi.hub.blocks import FAQ_BLOCKS, GUIDE_BLOCKS, TOPIC_BLOCKS
from wapsi.lib.countries import COUNTRIES

GUIDE_COUNTRIES = [(code, COUNTRIES[code]) for code in ("PK", "IQ", "BD", "AF")]


class ReviewedPage(Page):
    """A hub page with an owner (Wagtail's page owner), a review date and a review interval."""

    summary: models.TextField[str, str] = models.TextField(
        _("summary"),
        blank=True,
        max_length=400,
        help_text=_("One or two sentences for lists, search results and feeds."),
    )
    last_reviewed: models.DateField[datetime.date, datetime.date] = models.DateField(
        _("last reviewed"), default=datetime.date.today
    )
    review_interval_days: models.PositiveIntegerField[int, int] = models.PositiveIntegerField(
        _("review interval (days)"),
        default=180,
        validators=[MinValueValidator(7), MaxValueValidator(730)],
    )
    image: models.ForeignKey[Any, Any] = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional. Served as small WebP renditions, loaded only when scrolled to."),
    )
    # Derived, never edited: True while readers see a translation that waits in the review
    # workflow and has not been approved (hub.translations.native_review_sync is its one writer;
    # non-editable, so wagtail-localize neither translates nor copies it from the source).
    needs_native_review: models.BooleanField[bool, bool] = models.BooleanField(
        _("translation needs review"),
        default=False,
        editable=False,
        help_text=_("A draft translation that a native speaker has not yet checked."),
    )

    # On the content tab, where editors look: under Settings it went unseen (issue 12, item 28).
    review_panels = [
        MultiFieldPanel(
            [
                FieldPanel("last_reviewed"),
                FieldPanel("review_interval_days"),
                FieldPanel("owner"),
            ],
            heading=_("Review: last reviewed, review interval and owner"),
            help_text=_(
                "Set the date when you have checked every fact on this page; the page says it is "
                "due for review once the interval has passed, and its owner is reminded."
            ),
        )
    ]
    editor_panels = [
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("body"),
        *review_panels,
    ]
    content_panels = [*Page.content_panels, *editor_panels]
    settings_panels = [*Page.settings_panels]
    # Wagtail's own index (admin search) keeps Page.search_fields; the public search reads
    # hub.SearchDocument, built from search_text() (see search_index.py).
    parent_page_types = ["hub.HomePage"]
    subpage_types: list[str] = []

    class Meta:
        abstract = True

    @property
    def review_due(self) -> datetime.date:
        return self.last_reviewed + datetime.timedelta(days=self.review_interval_days)

    def is_overdue(self, today: datetime.date | None = None) -> bool:
        return (today or timezone.localdate()) > self.review_due

    def search_text(self) -> str:
        """Summary and body as plain text, for the public search index."""
        return " ".join(p for p in [self.summary, *self.body_texts()] if p)

    def body_texts(self) -> list[str]:
        from django.utils.html import strip_tags

        texts: list[str] = []
        for block in getattr(self, "body", []) or []:
            value = block.value
            if hasattr(value, "items"):
                for item in value.values():
                    source = getattr(item, "source", item)
                    if isinstance(source, str):
                        texts.append(strip_tags(source))
        return texts

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        context["overdue"] = self.is_overdue()
        return context


class CountryGuidePage(ReviewedPage):
    country: models.CharField[str, str] = models.CharField(
        _("country"), max_length=2, choices=GUIDE_COUNTRIES
    )
    body = StreamField(GUIDE_BLOCKS, verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("country"), *ReviewedPage.editor_panels]
    template = "hub/guide_page.html"

    class Meta:
        verbose_name = _("country guide")


class TopicPage(ReviewedPage):
    body = StreamField(TOPIC_BLOCKS, verbose_name=_("body"), blank=True)

    template = "hub/topic_page.html"

    class Meta:
        verbose_name = _("topic")


class FaqPage(ReviewedPage):
    body = StreamField(FAQ_BLOCKS, verbose_name=_("questions"), blank=True)

    template = "hub/faq_page.html"

    class Meta:
        verbose_name = _("FAQ")


class HomePage(Page):
    """The home page of one language; its translations are the other languages' home pages."""

    intro: models.TextField[str, str] = models.TextField(_("introduction"), blank=True)
    body = RichTextField(
        _("body"), blank=True, features=["h2", "h3", "bold", "italic", "link", "ol", "ul"]
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["hub.CountryGuidePage", "hub.TopicPage", "hub.FaqPage"]
    template = "hub/home_page.html"

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        from wapsi.centres.selectors import centres_public
        from wapsi.hub.selectors import hub_pages_for_home

        context = super().get_context(request, *args, **kwargs)
        context["centres"] = centres_public()
        context["sections"] = hub_pages_for_home(home=self)
        return context

    def route(self, request: HttpRequest, path_components: list[str]) -> Any:
        """A page missing in this language falls back to the source language's page."""
        from django.http import Http404

        try:
            return super().route(request, path_components)
        except Http404:
            source = (
                self.get_translation_or_none(self.locale.get_default()) if path_components else None
            )
            if source is None or source.pk == self.pk:
                raise
            request.wapsi_fallback = True  # type: ignore[attr-defined]
            return source.specific.route(request, path_components)


class PageFeedback(models.Model):
    COMMENT_MAX = 1000

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    language = models.CharField(_("language"), max_length=10)
    useful = models.BooleanField(_("useful"))
    comment = models.TextField(_("comment"), blank=True, max_length=COMMENT_MAX)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ("-created_at",)
        verbose_name = _("reader feedback")
        verbose_name_plural = _("reader feedback")

    def __str__(self) -> str:
        return f"{self.page_id} {self.language} {'yes' if self.useful else 'no'}"


class SearchDocument(models.Model):
    """The public search index: one row per findable item (a live hub page in its language, an
    open directory service, a published story, an evidence study or recommendation, an action
    point of the roadmap's current version).

    The words are script-folded by wapsi.lib.scripts (index_words) before they reach the
    database, the same way as the query's, so both engines only split on spaces:
    - SQLite: the FTS5 table hub_search_fts (external content over this table, kept in step
      by triggers), ranked by bm25;
    - PostgreSQL: the generated tsvector column ``vector`` (weighted: title A, body B) with a
      GIN index, ranked by ts_rank.
    Both are made by migration 0008 for their vendor only. Title, summary and path are what a
    result shows, so a search page reads no other table (stories are checked for consent).
    """

    class Source(models.TextChoices):
        PAGE = "page", _("Hub page")
        SERVICE = "service", _("Service")
        STORY = "story", _("Story")
        STUDY = "study", _("Study")
        RECOMMENDATION = "recommendation", _("Recommendation")
        ACTION = "action", _("Roadmap action")

    source = models.CharField(max_length=20, choices=Source.choices)
    object_id = models.PositiveBigIntegerField()
    # guide, topic, faq, service, story, study, recommendation, action
    kind = models.CharField(max_length=20)
    language = models.CharField(max_length=10)
    # Pages: the translation key, so an English page is left out where its translation exists.
    group_key = models.CharField(max_length=36, blank=True)
    title = models.CharField(max_length=300)
    summary = models.TextField(blank=True)
    path = models.CharField(max_length=300)  # after the /<language>/ prefix
    title_words = models.TextField(blank=True)
    body_words = models.TextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["source", "object_id"], name="hub_searchdoc_source_obj")
        ]
        indexes = [
            models.Index(fields=["group_key", "language"], name="hub_searchdoc_group_lang"),
        ]

    def __str__(self) -> str:
        return f"{self.source}:{self.object_id}"


class SearchWord(models.Model):
    """Latin-script words of the index, for one-typo tolerance: on PostgreSQL through a pg_trgm
    GIN index on ``word``; on SQLite through SearchWordVariant."""

    word = models.CharField(max_length=64, unique=True)

    def __str__(self) -> str:
        return self.word


class SearchWordVariant(models.Model):
    """SQLite's spelling table: each word under itself and under each one-letter-shorter form
    (wapsi.lib.scripts.deletes), so words one edit from a query word are an indexed look-up."""

    key = models.CharField(max_length=64)
    word = models.CharField(max_length=64)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["key", "word"], name="hub_searchword_key_word")
        ]

    def __str__(self) -> str:
        return f"{self.key}->{self.word}"


class PageViewDay(models.Model):
    """Reader views of one hub page in one language on one day: a count and nothing else.

    Filled from counters in the shared cache by ``hub_usage_flush`` (wapsi/hub/usage.py); no
    cookie, address, user agent or other personal data is ever kept, here or in the counters.
    """

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    language = models.CharField(_("language"), max_length=10)
    day = models.DateField(_("day"))
    views = models.PositiveIntegerField(_("views"), default=0)

    class Meta:
        verbose_name = _("page views per day")
        verbose_name_plural = _("page views per day")
        indexes = [models.Index(fields=["day", "language"], name="hub_pageviewday_day_lang")]
        constraints = [
            models.UniqueConstraint(
                fields=["page", "language", "day"], name="hub_pageviewday_page_lang_day"
            )
        ]

    def __str__(self) -> str:
        return f"{self.page_id} {self.language} {self.day}: {self.views}"
