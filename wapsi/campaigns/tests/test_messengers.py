"""Messengers: WHO-5 scoring (checked against the published scoring rule), check-ins due and
overdue, a low score flagged, pause and stop; profiles are read only by managers, audited."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client as HttpClient

from wapsi.audit.models import AuditEntry
from wapsi.campaigns import messengers, selectors
from wapsi.campaigns.models import Notice, NoticeKind
from wapsi.campaigns.tests.factories import activity_make, campaign_make, manager, messenger_make
from wapsi.campaigns.wellbeing import who5_score
from wapsi.cases.tests.factories import staff

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("items", "raw", "percent", "flagged"),
    [
        ([5, 5, 5, 5, 5], 25, 100, False),
        ([0, 0, 0, 0, 0], 0, 0, True),
        ([3, 3, 3, 2, 2], 13, 52, False),  # 13 is not below 13
        ([3, 3, 2, 2, 2], 12, 48, True),  # below 13
        ([5, 5, 5, 5, 1], 21, 84, True),  # one answer of 1 flags, whatever the total
        ([4, 4, 4, 4, 2], 18, 72, False),
    ],
)
def test_who5_scoring(items: list[int], raw: int, percent: int, flagged: bool) -> None:
    score = who5_score(items)
    assert (score.raw, score.percentage, score.flagged) == (raw, percent, flagged)
    assert score.percentage == sum(items) * 4


@pytest.mark.parametrize("items", [[1, 2, 3, 4], [1, 2, 3, 4, 6], [1, 2, 3, 4, -1]])
def test_who5_refuses_wrong_answers(items: list[int]) -> None:
    with pytest.raises(ValueError):
        who5_score(items)


def test_a_low_score_puts_a_referral_notice_before_the_managers() -> None:
    boss = manager()
    messenger = messenger_make(actor=boss)
    checkin = messengers.checkin_record(
        actor=boss, messenger=messenger, held_on=datetime.date.today(), items=[2, 2, 2, 2, 2]
    )
    assert checkin.flagged
    assert Notice.objects.filter(kind=NoticeKind.LOW_WELLBEING, messenger=messenger).exists()
    fine = messenger_make(actor=boss, pseudonym="Sana")
    messengers.checkin_record(
        actor=boss, messenger=fine, held_on=datetime.date.today(), items=[4, 4, 4, 4, 4]
    )
    assert not Notice.objects.filter(messenger=fine).exists()


def test_invalid_check_in_is_refused_with_a_code() -> None:
    boss = manager()
    messenger = messenger_make(actor=boss)
    with pytest.raises(ValidationError) as caught:
        messengers.checkin_record(
            actor=boss, messenger=messenger, held_on=datetime.date.today(), items=[9, 1, 1, 1, 1]
        )
    assert caught.value.code == "who5"


def test_overdue_check_ins_are_flagged_once() -> None:
    boss = manager()
    messenger = messenger_make(actor=boss, checkin_every_weeks=2)
    today = datetime.date.today()
    messengers.checkin_record(
        actor=boss,
        messenger=messenger,
        held_on=today - datetime.timedelta(weeks=3),
        items=[4, 4, 4, 4, 4],
    )
    rows = selectors.messengers_for_manager(user=boss)
    assert rows[0].overdue
    assert messengers.checkins_overdue_notify(today=today) == 1
    assert messengers.checkins_overdue_notify(today=today) == 0  # not repeated
    paused = messenger_make(actor=boss, pseudonym="Omar")
    messengers.messenger_status_set(actor=boss, messenger=paused, status="paused")
    later = today + datetime.timedelta(weeks=10)
    assert messengers.checkins_overdue_notify(today=later) == 0  # paused: nothing due


def test_a_full_name_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        messenger_make(pseudonym="Bilal Ahmed Khan")
    assert "pseudonym" in caught.value.error_dict


def test_stopping_removes_from_future_activities_and_keeps_past_reach() -> None:
    boss = manager()
    messenger = messenger_make(actor=boss)
    campaign = campaign_make(actor=boss)
    today = datetime.date.today()
    past = activity_make(
        campaign=campaign,
        actor=boss,
        held_on=today - datetime.timedelta(days=5),
        messenger_ids=[messenger.pk],
        attendance={("female", "18-24"): 30},
    )
    future = activity_make(
        campaign=campaign,
        actor=boss,
        held_on=today + datetime.timedelta(days=5),
        messenger_ids=[messenger.pk],
    )
    messengers.messenger_status_set(actor=boss, messenger=messenger, status="stopped")
    assert list(past.messengers.all()) == [messenger]
    assert list(future.messengers.all()) == []
    reach = selectors.campaign_reach(campaign=campaign, public=False)
    assert reach.total == 30
    with pytest.raises(ValidationError):
        activity_make(
            campaign=campaign,
            actor=boss,
            held_on=today + datetime.timedelta(days=6),
            messenger_ids=[messenger.pk],
        )
    with pytest.raises(ValidationError):
        messengers.messenger_status_set(actor=boss, messenger=messenger, status="active")


def test_profiles_are_for_managers_only_and_reads_are_audited() -> None:
    boss = manager()
    messenger = messenger_make(actor=boss)
    for role in ("secretariat", "government_viewer", "testimony_moderator"):
        with pytest.raises(PermissionDenied):
            selectors.messenger_get_for_manager(user=staff(role), pk=messenger.pk)
    before = AuditEntry.objects.filter(action="read", object_type="campaigns.messenger").count()
    http = HttpClient()
    http.force_login(boss)
    assert http.get(f"/staff/campaigns/messengers/{messenger.pk}/").status_code == 200
    assert http.get("/staff/campaigns/messengers/").status_code == 200
    after = AuditEntry.objects.filter(action="read", object_type="campaigns.messenger").count()
    assert after == before + 2


def test_messenger_list_has_a_constant_query_count(django_assert_num_queries: Any) -> None:
    boss = manager()
    http = HttpClient()
    http.force_login(boss)
    messenger_make(actor=boss)
    http.get("/staff/campaigns/messengers/")
    with django_assert_num_queries(_count(http, "/staff/campaigns/messengers/")) as first:
        http.get("/staff/campaigns/messengers/")
    for n in range(6):
        m = messenger_make(actor=boss, pseudonym=f"M{n}")
        messengers.checkin_record(
            actor=boss, messenger=m, held_on=datetime.date.today(), items=[3, 3, 3, 3, 3]
        )
    with django_assert_num_queries(len(first.captured_queries)):
        http.get("/staff/campaigns/messengers/")


def _count(http: HttpClient, url: str) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as ctx:
        http.get(url)
    return len(ctx.captured_queries)
