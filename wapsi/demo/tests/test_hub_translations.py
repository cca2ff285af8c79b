"""The demo's topics and FAQ exist in every language as drafts awaiting native review."""

from __future__ import annotations

import pytest
from django.test import Client
from wagtail.models import Page
from wagtail_localize.models import Translation

from wapsi.demo import hub_content
from wapsi.lib.languages import CODES, DEFAULT

pytestmark = pytest.mark.django_db

SLUGS = [item["slug"] for item in hub_content.TOPICS + hub_content.FAQS]
OTHERS = [code for code in CODES if code != DEFAULT]


def test_every_topic_and_the_faq_has_a_draft_in_every_language() -> None:
    for item in hub_content.TOPICS + hub_content.FAQS:
        assert set(item["translations"]) == set(CODES), item["slug"]


@pytest.mark.parametrize("language", OTHERS)
def test_topics_and_faq_are_live_translations_awaiting_review_not_english(
    demo: object, client: Client, language: str
) -> None:
    for slug in SLUGS:
        english = Page.objects.get(slug=slug, locale__language_code=DEFAULT).specific
        page = english.get_translation(
            english.locale.__class__.objects.get(language_code=language)
        ).specific
        assert page.live and page.needs_native_review, (slug, language)
        assert Translation.objects.filter(
            source__object_id=english.translation_key, target_locale=page.locale
        ).exists()
        assert page.title != english.title
        response = client.get(f"/{language}/{slug}/")
        assert response.status_code == 200, (slug, language)
        assert not getattr(response.wsgi_request, "wapsi_fallback", False), (slug, language)
        body = response.content.decode()
        assert page.title in body and english.title not in body, (slug, language)
