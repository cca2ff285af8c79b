"""Demo guides, topics and FAQ in the hub, from demo/hub_content.py. Idempotent."""

from __future__ import annotations

import datetime
from typing import Any

from django.conf import settings
from django.utils import timezone

from wapsi.lib.languages import DEFAULT

# Demo review dates (illustrative): most pages were checked a month ago; one is overdue so the
# freshness notice and report have something to show.
REVIEWED_DAYS_AGO = 30
OVERDUE_SLUG = "psychosocial-support"
OVERDUE_DAYS_AGO = 400


def _raw_body(body: list[tuple[str, dict[str, Any]]]) -> list[dict[str, Any]]:
    return [{"type": kind, "value": value} for kind, value in body]


def _same_body(page: Any, body: list[dict[str, Any]]) -> bool:
    current = [(b["type"], b["value"]) for b in page.body.raw_data]
    return current == [(b["type"], b["value"]) for b in body]


def _apply(
    page: Any, content: dict[str, Any], *, reviewed: datetime.date, owner: Any, draft: bool
) -> bool:
    body = _raw_body(content["body"])
    changed = (
        page.title != content["title"]
        or page.summary != content.get("summary", "")
        or not _same_body(page, body)
        or page.needs_native_review != draft
        or not page.live
    )
    if changed:
        page.title = content["title"]
        page.summary = content.get("summary", "")
        page.body = body
        page.last_reviewed = reviewed
        page.needs_native_review = draft
        page.owner = owner
    return changed


def _upsert(
    home: Any, model: type, item: dict[str, Any], *, owner: Any, extra: dict[str, Any]
) -> None:
    from wagtail.models import Locale

    today = timezone.localdate()
    days = OVERDUE_DAYS_AGO if item["slug"] == OVERDUE_SLUG else REVIEWED_DAYS_AGO
    reviewed = today - datetime.timedelta(days=days)
    translations = item["translations"]
    source = model.objects.child_of(home).filter(slug=item["slug"]).first()
    if source is None:
        source = model(slug=item["slug"], locale=home.locale, **extra)
        _apply(source, translations[DEFAULT], reviewed=reviewed, owner=owner, draft=False)
        home.add_child(instance=source)
        source.save_revision(user=owner).publish()
    elif _apply(source, translations[DEFAULT], reviewed=reviewed, owner=owner, draft=False):
        source.save_revision(user=owner).publish()
    enabled = {code for code, _name in settings.LANGUAGES}
    for code, content in translations.items():
        if code == DEFAULT or code not in enabled:
            continue
        locale = Locale.objects.get(language_code=code)
        page = source.get_translation_or_none(locale)
        page = (page or source.copy_for_translation(locale)).specific
        if _apply(page, content, reviewed=reviewed, owner=owner, draft=True):
            page.save_revision(user=owner).publish()


def load_hub_pages(*, home: Any, owner: Any) -> None:
    from wapsi.demo import hub_content
    from wapsi.hub.models import CountryGuidePage, FaqPage, TopicPage

    for item in hub_content.GUIDES:
        _upsert(home, CountryGuidePage, item, owner=owner, extra={"country": item["country"]})
    for item in hub_content.TOPICS:
        _upsert(home, TopicPage, item, owner=owner, extra={})
    for item in hub_content.FAQS:
        _upsert(home, FaqPage, item, owner=owner, extra={})
