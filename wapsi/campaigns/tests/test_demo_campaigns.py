"""The demo campaigns: two illustrative campaigns, messengers with flags, reach; idempotent."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client as HttpClient

from wapsi.campaigns import selectors
from wapsi.campaigns.models import Activity, Campaign, MessageStory, Messenger
from wapsi.demo.campaigns import IRAQ, PUNJAB, load_campaigns

pytestmark = pytest.mark.django_db


def test_demo_has_two_published_illustrative_campaigns(demo: Any) -> None:
    campaigns = {c.slug: c for c in Campaign.objects.filter(slug__in=[PUNJAB, IRAQ])}
    assert set(campaigns) == {PUNJAB, IRAQ}
    assert all(c.is_illustrative and c.status == "published" for c in campaigns.values())
    assert campaigns[PUNJAB].comparison_district
    assert all(m.is_illustrative for m in Messenger.objects.all())
    assert MessageStory.objects.filter(message__campaign=campaigns[PUNJAB]).exists()
    reach = selectors.campaign_reach(campaign=campaigns[PUNJAB], public=True)
    assert reach.total is not None and reach.total > 500
    html = HttpClient().get(f"/en/campaigns/{PUNJAB}/").content.decode()
    assert "Illustrative" in html


def test_demo_surveys_give_intervals_and_a_difference_in_differences(demo: Any) -> None:
    from wapsi.campaigns.surveys import campaign_effect

    rows = {r.question: r for r in campaign_effect(campaign=Campaign.objects.get(slug=PUNJAB))}
    mrc = rows["know_mrc"]
    assert not mrc.change.too_small and mrc.did is not None and mrc.paired is not None
    iraq = campaign_effect(campaign=Campaign.objects.get(slug=IRAQ))
    assert iraq and all(r.did is None for r in iraq)


def test_demo_messengers_show_an_overdue_and_a_low_check_in(demo: Any) -> None:
    from wapsi.accounts.models import User

    rows = selectors.messengers_for_manager(user=User.objects.get(username="campaign_manager"))
    assert {r.messenger.pseudonym for r in rows if r.overdue} == {"Asif"}
    assert {r.messenger.pseudonym for r in rows if r.flagged} == {"Rebin"}


def test_loading_the_demo_campaigns_twice_changes_nothing(demo: Any) -> None:
    before = (Campaign.objects.count(), Activity.objects.count(), Messenger.objects.count())
    load_campaigns()
    assert (Campaign.objects.count(), Activity.objects.count(), Messenger.objects.count()) == before
