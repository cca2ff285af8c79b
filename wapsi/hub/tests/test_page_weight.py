"""The demo Pakistan guide in Urdu fits the low-bandwidth budget: 14 KB of HTML, 20 KB in all."""

from __future__ import annotations

import gzip
import re

import pytest
from django.contrib.staticfiles import finders
from django.test import Client

pytestmark = pytest.mark.django_db

HTML_BUDGET = 14 * 1024
TOTAL_BUDGET = 20 * 1024


def gzipped_asset(url: str) -> int:
    path = finders.find(url.removeprefix("/static/"))
    assert path, url
    with open(path, "rb") as handle:
        return len(gzip.compress(handle.read(), compresslevel=9))


@pytest.mark.parametrize(
    "url", ["/ur/pakistan/", "/bn/bangladesh/", "/ar/iraq/", "/ur/", "/en/search/?q=visa"]
)
def test_page_weight_within_budget(client: Client, demo: object, url: str) -> None:
    response = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    html_bytes = len(response.content)
    html = gzip.decompress(response.content).decode()
    assets = re.findall(r'<link rel="stylesheet" href="([^"]+)"', html) + re.findall(
        r'<script[^>]+src="([^"]+)"', html
    )
    assert assets, "the stylesheet is linked"
    total = html_bytes + sum(gzipped_asset(a) for a in assets)
    print(f"{url}: html {html_bytes} B, total {total} B")
    assert html_bytes <= HTML_BUDGET
    assert total <= TOTAL_BUDGET
    assert "<script src" not in html  # nothing needs JavaScript
