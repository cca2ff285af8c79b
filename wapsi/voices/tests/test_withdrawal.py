"""A withdrawn story leaves every surface at once, and its media files leave the disk.

Each surface has its own test: the story is there before the withdrawal (so the test can fail)
and gone after it.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.test import Client as HttpClient
from PIL import Image

from wapsi.audit.models import AuditAction, AuditEntry
from wapsi.cases.tests.factories import staff
from wapsi.voices import services
from wapsi.voices.models import MediaState, Status, Story
from wapsi.voices.services import PendingMedia
from wapsi.voices.storage import quarantine_dir
from wapsi.voices.tests.conftest import stored_files
from wapsi.voices.tests.factories import published_story, submitted_story

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("run_on_commit")]

TITLE = "Twelve days in a container to the border"


def _photo(tmp_path: Path) -> PendingMedia:
    source = tmp_path / "photo.jpg"
    Image.new("RGB", (32, 24), (200, 30, 30)).save(source, "JPEG")
    target = Path(quarantine_dir()) / "upload.jpg"
    shutil.copy(source, target)
    return PendingMedia(path=str(target), kind="image")


@pytest.fixture
def story(tmp_path: Path) -> Story:
    return published_story(title=TITLE, media=_photo(tmp_path))


def withdraw(story: Story) -> None:
    services.story_withdraw_for(actor=staff("counsellor"), story=story)


def _get(url: str) -> str:
    response = HttpClient().get(url)
    return response.content.decode() if response.status_code == 200 else f"<{response.status_code}>"


SURFACES: dict[str, Callable[[Story], str]] = {
    "story page": lambda s: _get(f"/en/stories/{s.reference}/"),
    "story list": lambda s: _get("/en/stories/"),
    "filtered list": lambda s: _get("/en/stories/?country=PK"),
    "search": lambda s: _get("/en/search/?q=container"),
    "feed": lambda s: _get("/en/stories/feed.atom"),
    "API list": lambda s: _get("/api/v1/stories"),
    "API answer": lambda s: _get(f"/api/v1/stories/{s.reference}"),
}


def _staff_get(role: str, url: str) -> str:
    http = HttpClient()
    http.force_login(staff(role))
    return http.get(url).content.decode()


STAFF_SURFACES: dict[str, Callable[[Story], str]] = {
    "campaign material": lambda s: _staff_get("campaign_manager", "/staff/voices/campaigns/"),
    "export": lambda s: _staff_get("testimony_moderator", "/staff/voices/export.csv"),
}


@pytest.mark.parametrize("surface", sorted(SURFACES) + sorted(STAFF_SURFACES))
def test_withdrawn_story_leaves_the_surface(story: Story, surface: str) -> None:
    read = SURFACES.get(surface) or STAFF_SURFACES[surface]
    media = Path(story.media.path)
    assert media.exists()
    assert TITLE in read(story), f"the story should be on the {surface} before withdrawal"
    withdraw(story)
    assert TITLE not in read(story)
    assert story.reference not in read(story)
    assert not media.exists()


def test_withdrawn_story_media_files_no_longer_exist(story: Story, voices_media_root: Path) -> None:
    assert story.media_state == MediaState.READY
    path = Path(story.media.path)
    assert path.exists()
    assert HttpClient().get(f"/en/stories/{story.reference}/media").status_code == 200
    withdraw(story)
    assert not path.exists()
    assert stored_files(voices_media_root) == []
    assert HttpClient().get(f"/en/stories/{story.reference}/media").status_code == 404


def test_withdrawal_with_code_removes_content_and_leaves_a_tombstone(tmp_path: Path) -> None:
    story, code = submitted_story(title=TITLE, media=_photo(tmp_path))
    assert services.story_withdraw_with_code(code=code.lower().replace("-", " "))
    story.refresh_from_db()
    assert story.status == Status.WITHDRAWN
    assert (story.title, story.text, story.public_text, story.media.name) == ("", "", "", "")
    tombstone = AuditEntry.objects.get(action=AuditAction.WITHDRAW, object_id=str(story.pk))
    assert tombstone.detail == {"via": "code"}
    assert TITLE not in str(tombstone.detail)


def test_withdrawal_drops_cached_pages(story: Story, settings: Any) -> None:
    from django.core.cache import caches

    settings.CACHES = {
        **settings.CACHES,
        "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "v"},
    }
    caches["pages"].set("some-page", "cached")
    withdraw(story)
    assert caches["pages"].get("some-page") is None


def test_expired_consent_removes_the_story_like_a_withdrawal(tmp_path: Path) -> None:
    import datetime

    from django.utils import timezone

    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    story = published_story(title=TITLE, expires_on=tomorrow, media=_photo(tmp_path))
    assert TITLE in _get("/en/stories/")
    path = Path(story.media.path)
    # The day it lapses, the story is off the hub at once (query time), before any task runs.
    assert story.pk not in Story.objects.disclosable("hub", today=tomorrow).values_list(
        "pk", flat=True
    )
    assert services.stories_expire(today=tomorrow) == 1
    story.refresh_from_db()
    assert story.status == Status.WITHDRAWN
    assert not path.exists()


@pytest.mark.parametrize(
    "url",
    ["/en/stories/", "/en/stories/{ref}/", "/en/stories/feed.atom", "/en/search/?q=container",
     "/api/v1/stories", "/api/v1/stories/{ref}"],
)  # fmt: skip
def test_shared_caches_keep_testimony_pages_a_minute_at_most(story: Story, url: str) -> None:
    # The server's page cache is emptied on withdrawal; a CDN cannot be, so it may keep a copy
    # for a minute at most.
    response = HttpClient().get(url.format(ref=story.reference))
    assert response.status_code == 200
    assert "max-age=60" in response["Cache-Control"]
