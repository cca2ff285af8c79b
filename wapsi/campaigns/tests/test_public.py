"""MUST HOLD: reach cells under the disclosure threshold appear nowhere public (the summary page
and the download); drafts stay private; public pages have constant query counts."""

from __future__ import annotations

import csv
import io
import re
from typing import Any

import pytest
from django.test import Client as HttpClient

from wapsi.campaigns.tests.factories import activity_make, campaign_make, manager

pytestmark = pytest.mark.django_db

# Distinctive small counts (under 10) and large ones (10 or more).
SMALL = {("female", "0-17"): 3, ("male", "35+"): 7, ("other", "18-24"): 2}
LARGE = {("female", "18-24"): 41, ("male", "18-24"): 58, ("male", "25-34"): 36}


def _published_with_reach(**overrides: Any) -> Any:
    boss = manager()
    campaign = campaign_make(actor=boss, status="published", **overrides)
    activity_make(campaign=campaign, actor=boss, attendance={**SMALL, **LARGE})
    activity_make(
        campaign=campaign,
        actor=boss,
        channel="social_media",
        place_type="online",
        attendance={},
        impressions=12000,
        views=4500,
        shares=310,
        replies=6,  # under the threshold: hidden
    )
    return campaign


def _cells(html: str) -> list[str]:
    return re.findall(r"<td>(.*?)</td>", html, flags=re.S)


def test_small_cells_appear_nowhere_on_the_public_summary(settings: Any) -> None:
    settings.STATS_MIN_CELL = 10
    campaign = _published_with_reach()
    html = HttpClient().get(f"/en/campaigns/{campaign.slug}/").content.decode()
    cells = _cells(html)
    assert cells, "the reach table is on the page"
    shown = {c for c in cells if "hidden-cell" not in c}
    for value in (3, 7, 2, 6):
        assert str(value) not in shown
    assert "&lt;10" in html
    # Secondary suppression may hide large cells too; whatever is shown is never small.
    numbers = [
        int(c.strip().replace(",", "")) for c in shown if c.strip().replace(",", "").isdigit()
    ]
    assert all(n >= 10 for n in numbers), numbers
    assert "12,000" in "".join(cells) or "12000" in "".join(cells)  # media reach is not people


def test_small_cells_appear_nowhere_in_the_public_download(settings: Any) -> None:
    settings.STATS_MIN_CELL = 10
    campaign = _published_with_reach()
    response = HttpClient().get(f"/en/campaigns/{campaign.slug}/reach.csv")
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    people = [r for r in rows if len(r) == 6 and r[0] == campaign.slug]
    media = [r for r in rows if len(r) == 4 and r[0] == campaign.slug]
    values = [int(r[4]) for r in people if r[4]]
    assert people and all(v >= 10 for v in values)
    for r in people:
        assert (r[4] == "") == (r[5] == "1")
    assert ("female", "0-17") in {(r[2], r[3]) for r in people if r[5] == "1"}
    assert {r[1]: r[2] for r in media} == {
        "impressions": "12000",
        "views": "4500",
        "shares": "310",
        "replies": "",
    }


def test_threshold_comes_from_settings(settings: Any) -> None:
    settings.STATS_MIN_CELL = 40
    campaign = _published_with_reach()
    rows = list(
        csv.reader(
            io.StringIO(
                HttpClient().get(f"/en/campaigns/{campaign.slug}/reach.csv").content.decode()
            )
        )
    )
    values = [int(r[4]) for r in rows if len(r) == 6 and r[0] == campaign.slug and r[4]]
    assert 36 not in values and all(v >= 40 for v in values)


def test_a_draft_campaign_is_not_public() -> None:
    campaign = campaign_make(status="draft")
    assert HttpClient().get(f"/en/campaigns/{campaign.slug}/").status_code == 404
    assert HttpClient().get(f"/en/campaigns/{campaign.slug}/reach.csv").status_code == 404
    assert campaign.title not in HttpClient().get("/en/campaigns/").content.decode()


def test_public_pages_have_constant_query_counts(django_assert_num_queries: Any) -> None:
    boss = manager()
    one = campaign_make(actor=boss, status="published")
    activity_make(campaign=one, actor=boss, attendance=LARGE)
    http = HttpClient()
    http.get("/en/campaigns/")  # warm the per-process caches (site, locales)
    with django_assert_num_queries(1):
        http.get("/en/campaigns/")
    with django_assert_num_queries(4):
        http.get(f"/en/campaigns/{one.slug}/")
    for n in range(5):
        campaign = campaign_make(actor=boss, status="published", title=f"Campaign {n}")
        for _ in range(3):
            activity_make(campaign=one, actor=boss, attendance=LARGE)
        activity_make(campaign=campaign, actor=boss, attendance=SMALL)
    with django_assert_num_queries(1):
        http.get("/en/campaigns/")
    with django_assert_num_queries(4):
        http.get(f"/en/campaigns/{one.slug}/")


def test_summary_lays_out_right_to_left_in_urdu() -> None:
    campaign = _published_with_reach()
    html = HttpClient().get(f"/ur/campaigns/{campaign.slug}/").content.decode()
    assert 'dir="rtl"' in html
