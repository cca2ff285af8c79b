"""Stories made through the real services, so tests exercise the same path as the screens."""

from __future__ import annotations

import datetime
from typing import Any

from wapsi.accounts.models import User
from wapsi.cases.tests.factories import staff
from wapsi.voices import services
from wapsi.voices.models import Purpose, Story
from wapsi.voices.services import PendingMedia, StoryInput

ALL_YES = dict.fromkeys(Purpose.values, True)


def story_input(**overrides: Any) -> StoryInput:
    values: dict[str, Any] = {
        "language": "en",
        "country": "PK",
        "title": "The road through Iran",
        "text": "I left Gujrat in 2019 and paid an agent. Call me on 0300 1234567.",
        "consents": dict(ALL_YES),
    }
    values.update(overrides)
    return StoryInput(**values)


def submitted_story(*, media: PendingMedia | None = None, **overrides: Any) -> tuple[Story, str]:
    return services.story_submit(data=story_input(**overrides), media=media)


def published_story(
    *,
    redactor: User | None = None,
    publisher: User | None = None,
    media: PendingMedia | None = None,
    expires_on: datetime.date | None = None,
    **overrides: Any,
) -> Story:
    redactor = redactor or staff("testimony_moderator")
    publisher = publisher or staff("testimony_moderator")
    story, _code = submitted_story(media=media, expires_on=expires_on, **overrides)
    story = services.story_review_start(actor=redactor, story=story)
    preview = services.redaction_preview(story)
    story = services.story_redact(
        actor=redactor,
        story=story,
        public_title=preview["title"],
        public_text=preview["text"],
        public_transcript=preview["transcript"],
    )
    story = services.story_approve(actor=redactor, story=story)
    story = Story.objects.prefetch_related("consents").get(pk=story.pk)
    return services.story_publish(actor=publisher, story=story)
