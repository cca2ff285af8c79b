"""MUST HOLD: a withdrawn story (or one whose campaign consent lapsed) leaves every campaign
at once, and the campaign managers are told which, in the staff area and by e-mail."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.test import Client as HttpClient

from wapsi.campaigns import selectors, services
from wapsi.campaigns.models import MessageStory, Notice, NoticeKind
from wapsi.campaigns.tests.factories import campaign_make, manager, message_make
from wapsi.cases.tests.factories import staff
from wapsi.voices import services as voices_services
from wapsi.voices.services import stories_expire
from wapsi.voices.tests.factories import ALL_YES, published_story

pytestmark = pytest.mark.django_db


def _two_campaigns_using(story: Any) -> tuple[Any, Any, Any]:
    boss = manager()
    first = campaign_make(actor=boss, title="Town halls in Gujrat")
    second = campaign_make(actor=boss, title="Videos for Sialkot")
    unrelated = campaign_make(actor=boss, title="Radio in Lahore")
    for campaign in (first, second):
        for n in range(2):
            message = message_make(campaign=campaign, actor=boss, title=f"Message {n}")
            services.message_story_link(actor=boss, message=message, story_id=story.pk)
    message_make(campaign=unrelated, actor=boss)
    return boss, first, second


def test_withdrawing_a_story_removes_it_from_every_campaign_and_says_which(
    django_capture_on_commit_callbacks: Any,
) -> None:
    story = published_story()
    other = published_story(title="Another road")
    boss, first, _second = _two_campaigns_using(story)
    keep_message = message_make(campaign=first, actor=boss, title="Keeps its story")
    services.message_story_link(actor=boss, message=keep_message, story_id=other.pk)
    assert MessageStory.objects.filter(story=story).count() == 4

    with django_capture_on_commit_callbacks(execute=True):
        assert voices_services.story_withdraw(
            story=story, actor=staff("testimony_moderator"), via="staff"
        )

    assert not MessageStory.objects.filter(story=story).exists()
    assert MessageStory.objects.filter(story=other).count() == 1  # the other story stays
    notice = Notice.objects.get(kind=NoticeKind.STORY_REMOVED)
    assert notice.story_reference == story.reference
    assert notice.campaign_titles == ["Town halls in Gujrat", "Videos for Sialkot"]
    # In the staff area...
    http = HttpClient()
    http.force_login(boss)
    page = http.get("/staff/campaigns/").content.decode()
    assert story.reference in page
    assert "Town halls in Gujrat; Videos for Sialkot" in page
    # ...and by e-mail, after commit, to the managers.
    assert len(mail.outbox) == 1
    assert story.reference in mail.outbox[0].body
    assert "Town halls in Gujrat; Videos for Sialkot" in mail.outbox[0].body
    assert "Radio in Lahore" not in mail.outbox[0].body
    assert mail.outbox[0].to == [boss.email]


def test_no_mail_when_the_withdrawal_rolls_back(django_capture_on_commit_callbacks: Any) -> None:
    story = published_story()
    _two_campaigns_using(story)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        voices_services.story_withdraw(story=story, actor=staff("testimony_moderator"), via="staff")
    assert mail.outbox == []  # nothing is sent before the commit
    assert callbacks


def test_a_story_without_campaign_consent_cannot_be_linked() -> None:
    story = published_story(consents={**ALL_YES, "campaigns": False})
    boss = manager()
    message = message_make(campaign=campaign_make(actor=boss), actor=boss)
    with pytest.raises(ValidationError) as caught:
        services.message_story_link(actor=boss, message=message, story_id=story.pk)
    assert caught.value.code == "no_campaign_consent"


def test_a_lapsed_campaign_consent_hides_the_story_at_once_and_the_daily_run_removes_it(
    django_capture_on_commit_callbacks: Any,
) -> None:
    until = datetime.date.today() + datetime.timedelta(days=3)
    story = published_story(expires_on=until)
    _boss, first, _second = _two_campaigns_using(story)
    later = until + datetime.timedelta(days=1)
    # Before the sweep, the selectors already leave it out.
    from django.utils import timezone

    assert all(m.standing_links for m in selectors.campaign_messages(campaign=first))
    with django_capture_on_commit_callbacks(execute=True):
        stories_expire(today=later)  # withdraws it (every consent lapsed) and signals
    assert not MessageStory.objects.filter(story=story).exists()
    assert Notice.objects.filter(story_reference=story.reference).count() == 1
    assert timezone.localdate() < later


def test_sweep_removes_links_whose_campaign_consent_alone_lapsed(
    django_capture_on_commit_callbacks: Any,
) -> None:
    story = published_story()
    _boss, first, _second = _two_campaigns_using(story)
    story.consents.filter(purpose="campaigns").update(expires_on=datetime.date.today())
    assert not any(m.standing_links for m in selectors.campaign_messages(campaign=first))
    with django_capture_on_commit_callbacks(execute=True):
        assert services.campaign_material_sweep() == 1
    assert not MessageStory.objects.filter(story=story).exists()
    notice = Notice.objects.get(story_reference=story.reference)
    assert notice.campaign_titles == ["Town halls in Gujrat", "Videos for Sialkot"]
    assert len(mail.outbox) == 1
