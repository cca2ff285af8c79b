"""A small favicon: an SVG linked from every page's head, and /favicon.ico answering (not 404)."""

from __future__ import annotations

import gzip
import re

import pytest
from django.contrib.staticfiles import finders
from django.test import Client

pytestmark = pytest.mark.django_db

ICON_LINKS = re.compile(r'<link rel="icon" href="([^"]+)"[^>]*>')


def test_favicon_ico_is_a_real_icon_cached_publicly(client: Client) -> None:
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"
    assert response.content[:4] == b"\x00\x00\x01\x00"  # the ICO header: reserved 0, type 1
    assert len(response.content) < 4096
    assert "public" in response["Cache-Control"]


def test_the_svg_favicon_is_tiny() -> None:
    path = finders.find("img/favicon.svg")
    assert isinstance(path, str)
    with open(path, "rb") as handle:
        svg = handle.read()
    assert svg.startswith(b"<svg xmlns=")
    assert len(gzip.compress(svg, compresslevel=9)) < 512


@pytest.mark.parametrize("path", ["/en/", "/ar/", "/en/stories/", "/ur/help/", "/en/nowhere/"])
def test_public_pages_link_the_favicon(client: Client, path: str) -> None:
    from wapsi.hub.tests.factories import home_for

    home_for("en")
    html = client.get(path).content.decode()
    links = ICON_LINKS.findall(html)
    assert links == ["/favicon.ico", "/static/img/favicon.svg"]
    assert client.get(links[0]).status_code == 200
    # Static files are served by WhiteNoise in production, not by the test client: find it.
    assert finders.find(links[1].removeprefix("/static/"))


def test_staff_pages_link_the_favicon(client: Client) -> None:
    from wapsi.accounts.models import User

    user = User.objects.create_user(username="staffer", password="x", is_staff=True)
    client.force_login(user)
    response = client.get("/staff/", follow=True)
    html = response.content.decode()
    assert "/staff/" in response.request["PATH_INFO"] or response.redirect_chain
    assert ICON_LINKS.findall(html) == ["/favicon.ico", "/static/img/favicon.svg"]
