"""The demo's stories: a dozen, all illustrative, covering the consent combinations."""

from __future__ import annotations

import pytest
from django.test import Client as HttpClient

from wapsi.voices.models import Status, Story

pytestmark = pytest.mark.django_db


def test_demo_has_a_dozen_illustrative_stories_across_consents(demo: object) -> None:
    stories = list(Story.objects.prefetch_related("consents"))
    assert len(stories) == 12
    assert all(s.is_illustrative for s in stories)
    assert len({s.language for s in stories}) >= 6
    combos = {tuple(sorted(c.purpose for c in s.consents.all() if c.granted)) for s in stories}
    assert ("hub",) in combos
    assert ("campaigns",) in combos
    assert len(combos) >= 5
    statuses = {s.status for s in stories}
    assert {Status.PUBLISHED, Status.SUBMITTED, Status.IN_REVIEW, Status.APPROVED} <= statuses


def test_demo_campaign_only_story_stays_off_the_hub(demo: object) -> None:
    html = HttpClient().get("/en/stories/").content.decode()
    assert "The agent" in html  # a hub story is listed (so the next line can fail)
    assert "What the boat cost us" not in html
    assert HttpClient().get("/en/stories/demo-story-08/").status_code == 404


def test_demo_stories_are_redacted(demo: object) -> None:
    story = Story.objects.get(reference="demo-story-01")
    assert "0300 1234567" in story.text
    assert "0300" not in story.public_text and "Kharian" not in story.public_text


def test_a_second_demo_moderator_publishes_the_story_the_first_redacted(demo: object) -> None:
    # The two-person rule, shown through the screens with the demo's own users.
    from wapsi.accounts.models import User
    from wapsi.accounts.roles import user_roles

    first = User.objects.get(username="testimony_moderator")
    second = User.objects.get(username="testimony_moderator2")
    assert "testimony_moderator" in user_roles(second)
    assert second.first_name == "Demo" and second.check_password("wapsi-demo-2026")
    story = Story.objects.get(status=Status.APPROVED, is_illustrative=True)
    assert story.redacted_by_id == first.pk

    def publish_as(user: User) -> str:
        http = HttpClient()
        http.force_login(user)
        url = f"/staff/voices/{story.pk}/"
        return http.post(url, {"action": "publish"}, follow=True).content.decode()

    publish_as(first)
    story.refresh_from_db()
    assert story.status == Status.APPROVED  # refused: the same moderator redacted it
    publish_as(second)
    story.refresh_from_db()
    assert story.status == Status.PUBLISHED and story.published_by_id == second.pk
