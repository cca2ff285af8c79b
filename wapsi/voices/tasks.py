"""Background work on stories: cleaning uploaded media, and the daily consent-expiry sweep."""

from __future__ import annotations

from django_tasks import task

from wapsi.voices.services import stories_expire, story_media_clean


@task()
def story_media_process(*, story_id: int, name: str, kind: str) -> None:
    story_media_clean(story_id=story_id, name=name, kind=kind)


@task()
def stories_expire_daily() -> int:
    return stories_expire()
