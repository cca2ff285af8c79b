"""The story form for screen readers: every aria-describedby points to an element of the page
(the "don't write names or phone numbers" help, the errors), and a refused submit starts with
a summary linking to each field in error."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from django.test import Client as HttpClient

from wapsi.cases.tests.factories import CentreFactory, staff

pytestmark = pytest.mark.django_db


class Page(HTMLParser):
    """The ids of a page, what aria-describedby and the summary's links point to."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.described_by: list[str] = []
        self.alerts: list[dict[str, str]] = []
        self.summary_links: list[str] = []
        self.summary_has_heading = False
        self._in_summary = 0
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if "id" in a:
            self.ids.append(a["id"])
        self.described_by += a.get("aria-describedby", "").split()
        if self._in_summary:
            if tag == "div":
                self._in_summary += 1
            if tag in {"h2", "h3"}:
                self.summary_has_heading = True
            if tag == "a":
                self.summary_links.append(a.get("href", ""))
        elif a.get("role") == "alert" and tag == "div":
            self.alerts.append(a)
            self._in_summary = 1

    def handle_endtag(self, tag: str) -> None:
        if self._in_summary and tag == "div":
            self._in_summary -= 1


def _public() -> HttpClient:
    return HttpClient()


def _counsellor() -> HttpClient:
    http = HttpClient()
    http.force_login(staff("counsellor", centre=CentreFactory()))
    return http


FORMS = {
    "public form": (_public, "/en/stories/share/"),
    "public form in Urdu": (_public, "/ur/stories/share/"),
    "staff intake": (_counsellor, "/staff/voices/new/"),
    "staff withdrawal": (_counsellor, "/staff/voices/withdraw/"),
}


def assert_described_by_exists(page: Page) -> None:
    assert page.described_by, "the form should describe some fields (so this check can fail)"
    missing = sorted(set(page.described_by) - set(page.ids))
    assert not missing, f"aria-describedby points to nothing: {missing}"
    assert len(page.ids) == len(set(page.ids)), "an id is used twice"


@pytest.mark.parametrize("name", FORMS)
def test_every_aria_describedby_id_exists_in_the_page(name: str) -> None:
    client, url = FORMS[name]
    response = client().get(url)
    assert response.status_code == 200
    assert_described_by_exists(Page(response.content.decode()))


def test_the_advice_not_to_write_names_or_phone_numbers_describes_the_story_field() -> None:
    page = Page(_public().get("/en/stories/share/").content.decode())
    html = _public().get("/en/stories/share/").content.decode()
    assert 'aria-describedby="id_text_helptext"' in html
    assert "id_text_helptext" in page.ids
    start = html.index('id="id_text_helptext"')
    assert "Please do not write names, phone numbers" in html[start : start + 400]


@pytest.mark.parametrize("name", ["public form", "staff intake", "staff withdrawal"])
def test_an_empty_submit_shows_a_summary_linking_to_each_field_in_error(name: str) -> None:
    client, url = FORMS[name]
    response = client().post(url, {})
    assert response.status_code == 400
    page = Page(response.content.decode())
    assert len(page.alerts) == 1, "one summary, at the top"
    assert page.summary_has_heading
    assert page.summary_links, "the summary links to the fields in error"
    assert all(href.startswith("#id_") for href in page.summary_links)
    targets = [href[1:] for href in page.summary_links]
    assert set(targets) <= set(page.ids), "a summary link points to nothing"
    expected = (
        {"id_reference"}
        if name == "staff withdrawal"
        else {"id_title", "id_text", "id_country", "id_consent_hub", "id_consent_first_name"}
    )
    assert expected <= set(targets)
    # The errors are beside the fields too, and the fields say so to screen readers.
    for target in expected:
        assert f"{target}_error" in page.ids
        assert f"{target}_error" in page.described_by
    assert_described_by_exists(page)


def test_the_summary_comes_before_the_fields() -> None:
    html = _public().post("/en/stories/share/", {"title": "A title"}).content.decode()
    assert html.index('role="alert"') < html.index('name="title"')
    assert 'href="#id_text"' in html and 'href="#id_title"' not in html
