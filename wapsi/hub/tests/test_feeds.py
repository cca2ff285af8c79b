"""Atom feed per language, sitemap with hreflang alternates."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from django.test import Client

from wapsi.hub.tests.factories import topic, translate

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def test_atom_feed_per_language(client: Client) -> None:
    page = topic(title="Jobs in the Gulf", slug="gulf", summary="Legal routes")
    translate(page, "ar", title="العمل في الخليج")
    english = ET.fromstring(client.get("/en/feed.atom").content)
    arabic = ET.fromstring(client.get("/ar/feed.atom").content)
    assert [e.find(f"{ATOM}title").text for e in english.findall(f"{ATOM}entry")] == [
        "Jobs in the Gulf"
    ]
    assert [e.find(f"{ATOM}title").text for e in arabic.findall(f"{ATOM}entry")] == [
        "العمل في الخليج"
    ]
    assert arabic.find(f"{ATOM}author/{ATOM}name").text == "Wapsi"
    assert arabic.get("{http://www.w3.org/XML/1998/namespace}lang") == "ar"
    entry = arabic.find(f"{ATOM}entry")
    assert entry.find(f"{ATOM}link").get("href").endswith("/ar/gulf/")
    assert entry.find(f"{ATOM}updated").text


def test_sitemap_lists_pages_with_hreflang_alternates(client: Client) -> None:
    page = topic(title="Return", slug="return")
    translate(page, "ckb", title="گەڕانەوە")
    response = client.get("/sitemap.xml")
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    urls = {u.find("s:loc", ns).text: u for u in root.findall("s:url", ns)}
    entry = urls["http://testserver/ckb/return/"]
    alternates = {link.get("hreflang"): link.get("href") for link in entry.findall("x:link", ns)}
    assert alternates == {
        "en": "http://testserver/en/return/",
        "ckb": "http://testserver/ckb/return/",
        "x-default": "http://testserver/en/return/",
    }
    assert entry.find("s:lastmod", ns).text
    # Pages outside the page tree, in every language, with x-default.
    for path in ("help/", "stories/", "evidence/", "roadmap/"):
        for code in ("en", "ur", "ar", "ckb", "bn", "ps", "fa-af"):
            assert f"http://testserver/{code}/{path}" in urls
        links = urls[f"http://testserver/ar/{path}"].findall("x:link", ns)
        assert {link.get("hreflang") for link in links} >= {"x-default", "ur", "fa-af"}


def test_robots_txt_names_the_sitemap(client: Client) -> None:
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Disallow: /staff/" in body
