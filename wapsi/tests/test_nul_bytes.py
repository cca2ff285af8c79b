"""A NUL byte in a request is refused (400), dropped (from the query string) or a form error,
never a 500.

PostgreSQL refuses text with NUL in it, so a filter, lookup or write carrying one used to fail
with a 500 there (`/api/v1/stories?country=%00`, `/en/stories/ab%00cd/`). The suite runs on
PostgreSQL in CI (.ci/run), and this test with it. Every route is tried: every URL pattern with
NUL in its path and its query, and every declared route (access_policy) read and posted with
NUL values, as an anonymous reader and as an administrator.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlencode

import pytest
from django.test import Client as HttpClient

from wapsi.tests.access_policy import POLICY
from wapsi.tests.test_access_matrix import all_routes, world  # noqa: F401 - world: a fixture

pytestmark = pytest.mark.django_db

NUL_QUERY = "q=%00&page=%00&country=%00&language=a%00b&reference=ab%00cd&next=/%00"
FIELDS = ["q", "note", "reference", "code", "comment", "title", "text", "reason", "next", "name"]


def with_query(url: str, query: str = NUL_QUERY) -> str:
    return f"{url}{'&' if '?' in url else '?'}{query}"


def fill_with_nul(route: str) -> str:
    """A concrete URL for a pattern: numbers for int parameters, NUL inside every other one."""
    url = re.sub(r"<int:[^>]+>", "1", route)
    url = re.sub(r"<[^>]+>", "ab%00cd", url)
    url = re.sub(r"\(\?P<[^>]+>[^)]*\)", "ab%00cd", url)
    url = re.sub(r"\([^)]*\)", "x", url)
    return "/" + url.replace("^", "").replace("$", "")


def test_the_reported_urls_are_refused() -> None:
    http = HttpClient()
    assert http.get("/api/v1/stories?country=%00").status_code < 500
    assert http.get("/en/stories/ab%00cd/").status_code == 400
    search = http.get("/en/search/?q=vi%00sa")
    assert search.status_code == 200
    assert 'value="visa"' in search.content.decode()  # dropped, not refused
    assert http.get("/en/", HTTP_COOKIE="sessionid=abc%00def\x00").status_code in {200, 400}


def test_form_bodies_with_nul_are_refused() -> None:
    body = urlencode({"useful": "yes", "comment": "a\x00b", "next": "/en/"})
    response = HttpClient().post(
        "/en/feedback/1/", body, content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 400


def test_every_url_pattern_refuses_nul_in_path_and_query() -> None:
    http, wrong = HttpClient(), []
    routes = all_routes()
    for route in routes:
        url = fill_with_nul(route)
        for target in (url, with_query(url)):
            status = http.get(target).status_code
            if ("%00" in url and status != 400) or status >= 500:
                wrong.append(f"GET {target}: {status}")
    print(f"nul bytes: {len(routes)} URL patterns")
    assert not wrong, "\n".join(wrong)


def test_every_declared_route_refuses_nul_values(world: dict[str, Any]) -> None:  # noqa: F811
    admin = world["users"]["administrator"]
    checked, wrong = 0, []
    for _pattern, rule in POLICY:
        if rule.url is None:
            continue
        url = rule.url.format(**world["values"])
        for who in ("anonymous", "administrator"):
            http = HttpClient()
            if who == "administrator":
                http.force_login(admin)
            data = {name: f"a\x00b{name}" for name in FIELDS}
            checked += 2
            status = http.get(with_query(url)).status_code  # NUL dropped from the query
            if status >= 500:
                wrong.append(f"GET query {url} as {who}: {status}")
            status = http.post(
                url, urlencode(data), content_type="application/x-www-form-urlencoded"
            ).status_code
            if status != 400:
                wrong.append(f"POST form {url} as {who}: {status}, not 400")
            # Multipart bodies (uploads) reach the view: its form refuses the NUL, or the
            # middleware's net answers 400; never a 500.
            checked += 1
            status = http.post(url, data).status_code
            if status >= 500:
                wrong.append(f"POST multipart {url} as {who}: {status}")
    print(f"nul bytes: {checked} checks of declared routes")
    assert not wrong, "\n".join(wrong)
