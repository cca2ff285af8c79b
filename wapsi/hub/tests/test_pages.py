"""Guides, topics and FAQs: structure, review dates, notices, fallback to English."""

from __future__ import annotations

import json
import re

import pytest
from django.test import Client

from wapsi.hub.tests.factories import days_ago, faq, guide, home_for, staff, topic, translate

pytestmark = pytest.mark.django_db


def body_of(client: Client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_guide_shows_its_blocks_and_the_countrys_centres(client: Client, demo: object) -> None:
    page = guide(country="PK", title="Guide-PK")
    body = body_of(client, f"/en/{page.slug}/")
    assert "Legal pathways" in body and "Smugglers lie." in body
    assert "MRC Islamabad" in body and 'href="tel:03041112123"' in body
    assert "MRC Erbil" not in body  # another country's centre


def test_checked_on_date_is_in_the_readers_language(client: Client) -> None:
    page = topic(title="Topic", slug="t1", last_reviewed=days_ago(3))
    translated = translate(page, "ar", title="موضوع", last_reviewed=page.last_reviewed)
    english = body_of(client, "/en/t1/")
    arabic = body_of(client, "/ar/t1/")
    assert "Checked on" in english
    assert f'<time datetime="{page.last_reviewed:%Y-%m-%d}">' in arabic
    month_ar = re.search(r"<time[^>]*>([^<]+)</time>", arabic).group(1)
    assert any("\u0660" <= ch <= "\u0669" for ch in month_ar), month_ar  # Arabic-Indic digits
    assert translated.title in arabic


def test_page_past_review_date_shows_a_notice(client: Client) -> None:
    topic(title="Old", slug="old", last_reviewed=days_ago(400), review_interval_days=180)
    topic(title="Fresh", slug="fresh", last_reviewed=days_ago(10), review_interval_days=180)
    assert "due for review" in body_of(client, "/en/old/")
    assert "due for review" not in body_of(client, "/en/fresh/")


def test_missing_translation_falls_back_to_english_with_a_notice(client: Client) -> None:
    topic(title="Only in English", slug="english-only")
    body = body_of(client, "/bn/english-only/")
    assert 'lang="bn"' in body  # the interface stays in the reader's language
    assert "Only in English" in body
    assert '<article class="wrap" lang="en" dir="ltr">' in body
    assert "এই পৃষ্ঠা" in body or "English" in body  # the notice, in Bengali


def test_unknown_page_is_404(client: Client) -> None:
    home_for("ur")
    assert client.get("/ur/no-such-page/").status_code == 404


def test_faq_questions_have_their_own_anchors(client: Client) -> None:
    faq()
    body = body_of(client, "/en/questions/")
    assert 'id="is-counselling-free"' in body
    assert 'href="#is-counselling-free"' in body
    assert 'id="contract"' in body


def test_page_states_its_review_date_for_machines(client: Client) -> None:
    page = topic(title="Machine", slug="machine", last_reviewed=days_ago(5))
    body = body_of(client, "/en/machine/")
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', body).group(1)
    )
    # Never before it was published (the review date may be older than the page's publication).
    assert data["dateModified"] >= data["datePublished"]
    assert data["dateModified"] >= page.last_reviewed.isoformat()
    assert data["inLanguage"] == "en"
    assert data["url"] == "http://testserver/en/machine/"


def test_translation_awaiting_review_says_so(client: Client) -> None:
    page = topic(title="Src", slug="src")
    translated = translate(page, "ps", title="سرچینه")
    translated.get_workflow().start(translated, staff("translator"))
    body = body_of(client, "/ps/src/")
    assert "سرچینه" in body
    english_notice = "This translation is a draft"
    assert english_notice not in body  # translated into Pashto
    assert 'class="notice"' in body


def test_home_lists_translated_pages_and_english_fallbacks(client: Client) -> None:
    translated = topic(title="Translated topic", slug="tt")
    translate(translated, "ur", title="ترجمہ شدہ موضوع")
    topic(title="English topic", slug="et")
    body = body_of(client, "/ur/")
    assert "ترجمہ شدہ موضوع" in body
    assert 'href="/ur/et/"' in body and "English topic" in body


def test_empty_home_says_what_to_do(client: Client) -> None:
    home_for("en")
    assert "No guides or topics are published yet" in body_of(client, "/en/")


def test_public_pages_are_cacheable_admin_is_not(client: Client) -> None:
    topic(title="Cache me", slug="cache-me")
    assert "public" in client.get("/en/cache-me/")["Cache-Control"]
    # Search results can include a testimony, which may be withdrawn: a minute at most.
    assert "max-age=60" in client.get("/en/search/?q=x")["Cache-Control"]
    assert "public" not in client.get("/admin/login/").get("Cache-Control", "")
