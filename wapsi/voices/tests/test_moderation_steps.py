"""Issue 12, item 28: the moderator's page offers only the steps valid in the story's state; an
approved story offers no "Start review"."""

from __future__ import annotations

import re

import pytest
from django.test import Client as HttpClient

from wapsi.accounts.models import User
from wapsi.cases.tests.factories import staff
from wapsi.voices import services
from wapsi.voices.models import Status, Story
from wapsi.voices.tests.factories import published_story, submitted_story

pytestmark = pytest.mark.django_db


def buttons(http: HttpClient, story: Story) -> list[str]:
    html = http.get(f"/staff/voices/{story.pk}/").content.decode()
    return re.findall(r'<button name="action" value="([a-z]+)"', html)


def page(http: HttpClient, story: Story) -> str:
    return http.get(f"/staff/voices/{story.pk}/").content.decode()


def _approved(redactor: User) -> Story:
    story = services.story_review_start(actor=redactor, story=submitted_story()[0])
    preview = services.redaction_preview(story)
    story = services.story_redact(
        actor=redactor, story=story, public_title=preview["title"], public_text=preview["text"]
    )
    return services.story_approve(actor=redactor, story=story)


def _client(user: User) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


def test_an_approved_story_offers_no_start_review() -> None:
    redactor, other = staff("testimony_moderator"), staff("testimony_moderator")
    story = _approved(redactor)
    html = page(_client(other), story)
    assert "Start review" not in html
    assert buttons(_client(other), story) == ["review", "publish", "archive"]
    assert "Reopen the review" in html


def test_the_redactor_is_not_offered_publish_on_their_own_approved_story() -> None:
    redactor = staff("testimony_moderator")
    story = _approved(redactor)
    http = _client(redactor)
    assert "publish" not in buttons(http, story)
    assert "you redacted this story (two-person rule)" in page(http, story)


def test_a_submitted_story_offers_review_and_archive_only() -> None:
    story = submitted_story()[0]
    http = _client(staff("testimony_moderator"))
    assert buttons(http, story) == ["review", "archive"]
    assert "Start review" in page(http, story)


def test_a_story_in_review_offers_approve_only_once_its_public_text_is_saved() -> None:
    moderator = staff("testimony_moderator")
    story = services.story_review_start(actor=moderator, story=submitted_story()[0])
    http = _client(moderator)
    assert buttons(http, story) == ["archive"]
    assert "Save the public text before approving." in page(http, story)
    preview = services.redaction_preview(story)
    services.story_redact(
        actor=moderator, story=story, public_title=preview["title"], public_text=preview["text"]
    )
    assert buttons(http, story) == ["approve", "archive"]


def test_a_published_story_offers_archive_only() -> None:
    story = published_story()
    assert story.status == Status.PUBLISHED
    http = _client(staff("testimony_moderator"))
    assert buttons(http, story) == ["archive"]
    assert "Start review" not in page(http, story)
