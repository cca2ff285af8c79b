"""No dead ends in the staff area: every staff link a role is shown opens for that role.

Each demo role is signed in and the staff screens are walked from /staff/ by following the
links they show (a few of each URL shape). A link that answers 403, 404 or a 5xx to the person
it was shown to is a screen they were offered and cannot use."""

from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser

import pytest
from django.test import Client as HttpClient

from wapsi.accounts import roles
from wapsi.accounts.models import User

ROLES = [role.slug for role in roles.ROLES]  # the demo has one user per role
BACK_OFFICE = {"content_editor", "translator"}  # they work in Wagtail's admin, not /staff/
PER_SHAPE = 2  # URLs visited per shape (digits folded), to keep the walk short
MAX_PAGES = 80


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href")
        if tag == "a" and href:
            self.links.append(href)


def _links(html: str) -> list[str]:
    parser = _Links()
    parser.feed(html)
    return [h.split("#")[0] for h in parser.links if h.startswith("/staff/")]


def _shape(url: str) -> str:
    return re.sub(r"\d+", "N", url.split("?")[0])


@pytest.mark.parametrize("role", ROLES)
def test_every_staff_link_a_role_sees_opens_for_it(demo: object, role: str) -> None:
    http = HttpClient()
    http.force_login(User.objects.get(username=role))
    queue, seen, shapes = ["/staff/"], set(), Counter[str]()
    broken: list[str] = []
    while queue and len(seen) < MAX_PAGES:
        url = queue.pop(0)
        if url in seen or shapes[_shape(url)] >= PER_SHAPE:
            continue
        seen.add(url)
        shapes[_shape(url)] += 1
        response = http.get(url)
        if response.status_code in (403, 404) or response.status_code >= 500:
            broken.append(f"{url} -> {response.status_code}")
            continue
        if "html" in response.get("Content-Type", "") and response.status_code == 200:
            queue.extend(link for link in _links(response.content.decode()) if link not in seen)
    assert len(seen) > 1 or role in BACK_OFFICE, f"{role} was shown no staff link at all"
    assert not broken, f"{role} was shown links that do not open for them: {broken}"


@pytest.mark.parametrize("role", sorted(BACK_OFFICE))
def test_back_office_roles_find_the_back_office_on_their_staff_home(
    demo: object, role: str
) -> None:
    http = HttpClient()
    http.force_login(User.objects.get(username=role))
    html = http.get("/staff/").content.decode()
    assert '<a href="/admin/">Back office</a>' in html
    assert "has no staff area yet" not in html
    assert http.get("/admin/").status_code == 200
