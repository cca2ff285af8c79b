"""Campaign reach in the statistics: the figures, their suppression in every output, the HXL
tags of the downloads, and constant queries."""

from __future__ import annotations

import datetime
import io
import json
from dataclasses import dataclass
from typing import Any

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client as HttpClient
from django.test.utils import CaptureQueriesContext
from openpyxl import load_workbook

from wapsi.campaigns.tests.factories import activity_make, campaign_make
from wapsi.cases.tests.factories import staff
from wapsi.stats.models import Fact, Refresh
from wapsi.stats.refresh import stats_refresh
from wapsi.stats.tests.test_exports import problems, read
from wapsi.stats.tests.test_stats import FIXED, assert_no_three, html_text, signed_in

pytestmark = pytest.mark.django_db

PERIOD = "start=2026-01&end=2026-12"
DAY = datetime.date(2026, 5, 10)
MEASURES = ("reached", "impressions", "views")
BREAKDOWNS = ("none", "country", "district", "gender", "age_band", "channel")


@dataclass
class CampaignWorld:
    campaign: Any
    government: Any


@pytest.fixture
def campaign_world(db: Any) -> CampaignWorld:
    """One Pakistan campaign. In person: a town hall in Gujrat (40 men 25–34), one in Sialkot
    (25 women 18–24) and a school session in Sialkot with 3 girls under 18 — the 3 that must
    appear nowhere. Media: a social media post (5,000 impressions, 1,200 views) and a radio
    spot with 3 impressions."""
    campaign = campaign_make(status="published", districts=["PK-PB-GUJ", "PK-PB-SKT"])
    activity_make(campaign=campaign, held_on=DAY, attendance={("male", "25-34"): 40})
    activity_make(
        campaign=campaign,
        held_on=DAY,
        district="PK-PB-SKT",
        attendance={("female", "18-24"): 25},
    )
    activity_make(
        campaign=campaign,
        held_on=DAY,
        channel="school",
        district="PK-PB-SKT",
        place_type="school",
        attendance={("female", "0-17"): 3},
    )
    activity_make(
        campaign=campaign,
        held_on=DAY,
        channel="social_media",
        place_type="online",
        impressions=5000,
        views=1200,
    )
    activity_make(
        campaign=campaign,
        held_on=DAY,
        channel="radio",
        district="PK-PB-SKT",
        place_type="online",
        impressions=3,
    )
    return CampaignWorld(campaign=campaign, government=staff("government_viewer"))


def refreshed() -> dict[str, int]:
    counted = stats_refresh()
    Refresh.objects.update(refreshed_at=FIXED)
    return counted


def _sum(subject: str, field: str = "count", **where: str) -> int:
    return sum(Fact.objects.filter(subject=subject, **where).values_list(field, flat=True))


def test_campaign_reach_is_counted_into_the_rollups_once(campaign_world: CampaignWorld) -> None:
    first = refreshed()
    assert first["campaigns"] == 5  # three attendance cells and two activities with media
    assert _sum("campaign_reach") == 68
    assert _sum("campaign_reach", gender="female") == 28
    assert _sum("campaign_reach", district="PK-PB-SKT") == 28
    assert _sum("campaign_reach", a="school", age_band="0-17") == 3
    assert _sum("campaign_media") == 5003  # impressions
    assert _sum("campaign_media", "total") == 1200  # views
    assert set(Fact.objects.filter(subject="campaign_reach").values_list("month", flat=True)) == {
        datetime.date(2026, 5, 1)
    }
    assert set(Fact.objects.filter(subject__startswith="campaign").values_list("centre_id")) == {
        (0,)
    }
    assert stats_refresh()["campaigns"] == 0  # nothing changed, nothing moved


def test_a_removed_activity_leaves_the_figures(campaign_world: CampaignWorld) -> None:
    refreshed()
    campaign_world.campaign.activities.filter(channel="school").delete()
    assert stats_refresh()["campaigns"] == 1
    assert _sum("campaign_reach") == 65
    assert _sum("campaign_reach", a="school") == 0


def test_the_dashboard_shows_the_figures_that_are_safe(campaign_world: CampaignWorld) -> None:
    refreshed()
    http = signed_in(campaign_world.government)
    body = html_text(http.get(f"/staff/statistics/campaigns/?{PERIOD}&breakdown=district").content)
    # Gujrat 40 and Sialkot 28 (the school's 3 inside it), Pakistan and the total 68
    assert "40" in body and "28" in body and "68" in body
    none = http.get(f"/staff/statistics/campaigns/?{PERIOD}&breakdown=none&measure=views")
    assert none.status_code == 200
    assert "1,200" in html_text(none.content)
    home = http.get("/staff/statistics/").content.decode()
    assert "/staff/statistics/campaigns/" in home


def test_the_three_appear_nowhere(campaign_world: CampaignWorld) -> None:
    refreshed()
    http = signed_in(campaign_world.government)
    for measure in MEASURES:
        for breakdown in BREAKDOWNS:
            for grain in ("month", "quarter", "year"):
                query = f"{PERIOD}&measure={measure}&breakdown={breakdown}&grain={grain}"
                url = f"/staff/statistics/campaigns/?{query}"
                response = http.get(url)
                assert response.status_code == 200, url
                assert_no_three(html_text(response.content), url)
            query = f"{PERIOD}&measure={measure}&breakdown={breakdown}"
            csv_body = http.get(f"/staff/statistics/campaigns/table.csv?{query}")
            assert csv_body.status_code == 200
            text = csv_body.content.decode("utf-8-sig")
            assert "3" not in [c for line in text.splitlines() for c in line.split(",")], query
            xlsx = http.get(f"/staff/statistics/campaigns/table.xlsx?{query}")
            book = load_workbook(io.BytesIO(xlsx.content))
            values = [c.value for sheet in book for row in sheet.iter_rows() for c in row]
            assert 3 not in values and "3" not in values, query
    channel = http.get(f"/staff/statistics/campaigns/?{PERIOD}&breakdown=channel")
    assert "&lt;10" in channel.content.decode()  # the school session is hidden, not left out
    for lang in ("en", "ur", "ar"):
        for url in (f"/{lang}/statistics/", f"/{lang}/statistics/pk/"):
            response = HttpClient().get(url)
            assert response.status_code == 200
            assert_no_three(html_text(response.content), url)
    for url in ("/api/v1/statistics", "/api/v1/statistics/PK"):
        response = HttpClient().get(url)
        assert response.status_code == 200
        assert_no_three(json.dumps(response.json()), url)


def test_campaign_reach_is_a_public_headline_figure(campaign_world: CampaignWorld) -> None:
    refreshed()
    page = html_text(HttpClient().get("/en/statistics/").content)
    assert "Campaign reach" in page and "68" in page
    figures = HttpClient().get("/api/v1/statistics").json()
    assert figures["all"]["campaign_reach"] == 68
    # Bangladesh and Iraq reached no one (0 is under the threshold, so hidden): Pakistan's 68
    # would tell that they are 0, so it is hidden too
    by_country = {f["country"]: f["campaign_reach"] for f in figures["countries"]}
    assert by_country == {"BD": None, "IQ": None, "PK": None}
    assert "68" not in html_text(HttpClient().get("/en/statistics/pk/").content)


def test_a_small_campaign_reach_is_hidden_on_the_public_page(db: Any) -> None:
    campaign = campaign_make(status="published")
    activity_make(campaign=campaign, held_on=DAY, attendance={("male", "25-34"): 3})
    refreshed()
    page = HttpClient().get("/en/statistics/pk/").content.decode()
    assert "Campaign reach" in page
    assert_no_three(html_text(page.encode()), "public page")
    assert HttpClient().get("/api/v1/statistics/PK").json()["campaign_reach"] is None
    assert HttpClient().get("/api/v1/statistics").json()["all"]["campaign_reach"] is None


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_libhxl_reads_and_validates_the_campaign_downloads(
    campaign_world: CampaignWorld, fmt: str
) -> None:
    refreshed()
    http = signed_in(campaign_world.government)
    for measure, tag in (("reached", "#reached+ind"), ("impressions", "#indicator+num")):
        for breakdown, label_tag in (("district", "#adm2+name"), ("gender", "#indicator+label")):
            query = f"{PERIOD}&measure={measure}&breakdown={breakdown}"
            body = http.get(f"/staff/statistics/campaigns/table.{fmt}?{query}").content
            dataset = read(body)
            tags = [c.display_tag for c in dataset.columns]
            assert tags == ["#date", "#meta+type", label_tag, tag, "#meta"], query
            assert problems(dataset) == [], query
            assert dataset.validate() is True


def test_campaign_dashboards_ask_as_many_queries_however_many_activities(
    campaign_world: CampaignWorld,
) -> None:
    http = signed_in(campaign_world.government)
    urls = [
        f"/staff/statistics/campaigns/?{PERIOD}&breakdown=district",
        f"/staff/statistics/campaigns/?{PERIOD}&breakdown=channel&measure=impressions",
        f"/staff/statistics/campaigns/table.csv?{PERIOD}&breakdown=gender",
        "/en/statistics/pk/",
    ]

    def counts() -> dict[str, int]:
        found = {}
        for url in urls:
            # both refreshes are stamped FIXED: the protected tables are computed each time,
            # not read from the cache (a real refresh's new stamp makes new cache keys)
            cache.clear()
            with CaptureQueriesContext(connection) as ctx:
                assert http.get(url).status_code == 200, url
            found[url] = len(ctx.captured_queries)
        return found

    refreshed()
    few = counts()
    for i in range(30):
        activity_make(
            campaign=campaign_world.campaign,
            held_on=DAY - datetime.timedelta(days=30 * (i % 3)),
            district=("PK-PB-GUJ", "PK-PB-SKT")[i % 2],
            attendance={("female", "25-34"): 11 + i, ("male", "35+"): 12},
        )
    refreshed()
    assert _sum("campaign_reach") > 68 + 30 * 23
    assert counts() == few
