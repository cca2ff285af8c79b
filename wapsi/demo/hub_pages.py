"""Demo guides, topics and FAQ in the hub, from demo/hub_content.py. Idempotent.

The translations are real wagtail-localize translations: each English page is a translation
source, each translated page a Translation whose strings are the demo's texts, so "Sync
translated pages" shows a translator what changed in English. As hub_content says, they are
drafts for a native speaker to check: each is live and waits in the review workflow, submitted by
the demo translator, until a content editor approves it (accounts.roles.PAGE_WORKFLOW).
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.test.utils import override_settings
from django.utils import timezone

from wapsi.lib.languages import DEFAULT

if TYPE_CHECKING:
    from wapsi.hub.models import ReviewedPage

# Demo review dates (illustrative): most pages were checked a month ago; one is overdue so the
# freshness notice and report have something to show.
REVIEWED_DAYS_AGO = 30
OVERDUE_SLUG = "psychosocial-support"
OVERDUE_DAYS_AGO = 400
# The demo's e-mail addresses are .invalid: its review requests notify no one.
QUIET_MAIL = "django.core.mail.backends.dummy.EmailBackend"


def _raw_body(body: list[tuple[str, dict[str, Any]]]) -> list[dict[str, Any]]:
    return [{"type": kind, "value": value} for kind, value in body]


def _same_body(page: Any, body: list[dict[str, Any]]) -> bool:
    current = [(b["type"], b["value"]) for b in page.body.raw_data]
    return current == [(b["type"], b["value"]) for b in body]


def _apply(page: Any, content: dict[str, Any], *, reviewed: datetime.date, owner: Any) -> bool:
    body = _raw_body(content["body"])
    changed = (
        page.title != content["title"]
        or page.summary != content.get("summary", "")
        or not _same_body(page, body)
        or not page.live
    )
    if changed:
        page.title = content["title"]
        page.summary = content.get("summary", "")
        page.body = body
        page.last_reviewed = reviewed
        page.owner = owner
    return changed


def _review_request(page: Any, *, user: Any, again: bool) -> None:
    """Put a demo translation in the review workflow, once (or `again` after its text changed)."""
    from wagtail.models import WorkflowState

    states = WorkflowState.objects.for_instance(page)
    if states.active().exists() or (states.exists() and not again):
        return
    workflow = page.get_workflow()
    if workflow is not None:
        with override_settings(EMAIL_BACKEND=QUIET_MAIL):
            workflow.start(page, user)


def _translations_load(
    source: Any, translations: dict[str, dict[str, Any]], *, owner: Any, translator: Any
) -> None:
    from wagtail.models import Locale
    from wagtail_localize.models import Translation, TranslationSource

    from wapsi.hub.translations import content_on_source, translation_strings_import

    enabled = {code for code, _name in settings.LANGUAGES}
    wanted = {code: c for code, c in translations.items() if code != DEFAULT and code in enabled}
    if not wanted:
        return  # wagtail-localize makes the source when someone first translates the page
    localize_source, _created = TranslationSource.update_or_create_from_instance(source)
    for code, content in wanted.items():
        locale = Locale.objects.get(language_code=code)
        translation, created = Translation.objects.get_or_create(
            source=localize_source, target_locale=locale, defaults={"enabled": True}
        )
        if not translation.enabled:
            translation.enabled = True
            translation.save(update_fields=["enabled"])
        text = content_on_source(
            translation,
            {
                "title": content["title"],
                "summary": content.get("summary", ""),
                "body": _raw_body(content["body"]),
            },
        )
        written = translation_strings_import(translation=translation, content=text, user=translator)
        page = source.get_translation_or_none(locale)
        changed = (
            created
            or written > 0
            or page is None
            or not page.live
            or page.specific.title != content["title"]
            or not _same_body(page.specific, _raw_body(content["body"]))
        )
        if changed:
            # Not Translation.save_target(): it publishes only when the transaction commits.
            page, _new = localize_source.create_or_update_translation(
                locale, user=translator, publish=False, fallback=True, copy_parent_pages=True
            )
            page.get_latest_revision().publish(user=owner)
        _review_request(page, user=translator, again=changed)


def _upsert(
    home: Any,
    model: type[ReviewedPage],
    item: dict[str, Any],
    *,
    owner: Any,
    translator: Any,
    extra: dict[str, Any],
) -> None:
    today = timezone.localdate()
    days = OVERDUE_DAYS_AGO if item["slug"] == OVERDUE_SLUG else REVIEWED_DAYS_AGO
    reviewed = today - datetime.timedelta(days=days)
    translations = item["translations"]
    source = model.objects.child_of(home).filter(slug=item["slug"]).first()
    if source is None:
        source = model(slug=item["slug"], locale=home.locale, **extra)
        _apply(source, translations[DEFAULT], reviewed=reviewed, owner=owner)
        home.add_child(instance=source)
        source.save_revision(user=owner).publish()
    elif _apply(source, translations[DEFAULT], reviewed=reviewed, owner=owner):
        source.save_revision(user=owner).publish()
    _translations_load(source, translations, owner=owner, translator=translator)


def _home_translations_adopt(home: Any, *, user: Any) -> None:
    """The home pages (loader.py copies them) become wagtail-localize translations of English."""
    from wagtail_localize.models import Translation, TranslationSource

    from wapsi.hub.translations import content_on_source, translation_strings_import

    localize_source, _created = TranslationSource.update_or_create_from_instance(home)
    for page in home.get_translations().specific():
        translation, _new = Translation.objects.get_or_create(
            source=localize_source, target_locale=page.locale, defaults={"enabled": True}
        )
        fields = ("title", "slug", "intro", "body", "seo_title", "search_description")
        text = content_on_source(translation, {name: getattr(page, name) for name in fields})
        translation_strings_import(translation=translation, content=text, user=user)


def load_hub_pages(*, home: Any, owner: Any) -> None:
    from wapsi.accounts.models import User
    from wapsi.demo import hub_content
    from wapsi.hub.models import CountryGuidePage, FaqPage, TopicPage

    translator = User.objects.filter(username="translator").first() or owner
    _home_translations_adopt(home, user=translator)
    for item in hub_content.GUIDES:
        _upsert(
            home,
            CountryGuidePage,
            item,
            owner=owner,
            translator=translator,
            extra={"country": item["country"]},
        )
    for item in hub_content.TOPICS:
        _upsert(home, TopicPage, item, owner=owner, translator=translator, extra={})
    for item in hub_content.FAQS:
        _upsert(home, FaqPage, item, owner=owner, translator=translator, extra={})
