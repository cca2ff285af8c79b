"""Issue 12, item 24: a story in another language than the page's carries lang and a visible
marker with the story's language, on its page and in the list."""

from __future__ import annotations

import pytest
from django.test import Client

from wapsi.voices.tests.factories import published_story

pytestmark = pytest.mark.django_db


def test_an_english_story_on_the_urdu_site_is_marked_in_english(client: Client) -> None:
    story = published_story(language="en")
    for path in (f"/ur/stories/{story.reference}/", "/ur/stories/"):
        html = client.get(path).content.decode()
        assert 'class="badge in-language"' in html, path
        assert 'lang="en"' in html, path


def test_an_urdu_story_on_the_english_site_names_its_language(client: Client) -> None:
    story = published_story(language="ur", title="واپسی کا راستہ", text="میں واپس آیا۔")
    for path in (f"/en/stories/{story.reference}/", "/en/stories/"):
        html = client.get(path).content.decode()
        assert '<span class="badge in-language" lang="en">اردو</span>' in html or (
            'class="badge in-language">اردو</span>' in html
        ), path


def test_a_story_in_the_pages_language_has_no_marker(client: Client) -> None:
    story = published_story(language="en")
    for path in (f"/en/stories/{story.reference}/", "/en/stories/"):
        assert "in-language" not in client.get(path).content.decode(), path
