"""A long search query is cut to the search box's 200 characters, in the page and in every
language link: a 60 KB query once made a 423 KB page."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
from django.conf import settings
from django.test import Client as HttpClient

pytestmark = pytest.mark.django_db


def test_a_60_kb_query_makes_a_small_page() -> None:
    from wapsi.hub.tests.factories import home_for

    home_for("en")
    query = "visa " * 12_000  # 60,000 characters
    response = HttpClient().get("/en/search/", {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    assert len(response.content) < 40_000, len(response.content)
    links = [
        unescape(href) for href in re.findall(r'href="([^"]*search/\?[^"]*)"', html) if "q=" in href
    ]
    assert len(links) >= len(settings.LANGUAGES) - 1, "every other language links to the search"
    for link in links:
        kept = parse_qs(urlsplit(link).query)["q"][0]
        assert len(kept) <= 200
        assert query.startswith(kept)


def test_a_short_query_is_kept_whole_in_the_language_links() -> None:
    from wapsi.hub.tests.factories import home_for

    home_for("en")
    html = HttpClient().get("/en/search/", {"q": "visa Greece"}).content.decode()
    assert "/ur/search/?q=visa+Greece" in html
