"""A withdrawn story leaves every surface at once, and its media files leave the disk.

Each surface has its own test: the story is there before the withdrawal (so the test can fail)
and gone after it. Files go and caches are purged on commit: the tests run the withdrawal in
`django_capture_on_commit_callbacks(execute=True)`, which runs those callbacks when it ends.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied
from django.core.files import File
from django.db import transaction
from django.test import Client as HttpClient
from PIL import Image

from wapsi.audit.models import AuditAction, AuditEntry
from wapsi.cases.tests.factories import staff
from wapsi.voices import services
from wapsi.voices.models import MediaState, Status, Story
from wapsi.voices.services import PendingMedia
from wapsi.voices.storage import QUARANTINE, voices_storage
from wapsi.voices.tests.conftest import stored_files
from wapsi.voices.tests.factories import published_story, submitted_story

pytestmark = pytest.mark.django_db

Commit = Callable[..., Any]  # pytest-django's django_capture_on_commit_callbacks

TITLE = "Twelve days in a container to the border"


def _photo(tmp_path: Path) -> PendingMedia:
    source = tmp_path / "photo.jpg"
    Image.new("RGB", (32, 24), (200, 30, 30)).save(source, "JPEG")
    with source.open("rb") as handle:
        name = voices_storage().save(f"{QUARANTINE}upload.jpg", File(handle))
    return PendingMedia(name=name, kind="image")


@pytest.fixture
def story(tmp_path: Path, django_capture_on_commit_callbacks: Commit) -> Story:
    with django_capture_on_commit_callbacks(execute=True):  # the media task runs on commit
        story = published_story(title=TITLE, media=_photo(tmp_path))
    story.refresh_from_db()
    return story


def withdraw(story: Story) -> None:
    """Staff record the withdrawal (the storyteller asked at a centre)."""
    assert services.story_withdraw(story=story, actor=staff("counsellor"), via="staff")


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
def test_withdrawn_story_leaves_the_surface(
    story: Story, surface: str, django_capture_on_commit_callbacks: Commit
) -> None:
    read = SURFACES.get(surface) or STAFF_SURFACES[surface]
    media = Path(story.media.path)
    assert media.exists()
    assert TITLE in read(story), f"the story should be on the {surface} before withdrawal"
    with django_capture_on_commit_callbacks(execute=True):
        withdraw(story)
    assert TITLE not in read(story)
    assert story.reference not in read(story)
    assert not media.exists()


def test_withdrawn_story_media_files_no_longer_exist(
    story: Story, voices_media_root: Path, django_capture_on_commit_callbacks: Commit
) -> None:
    assert story.media_state == MediaState.READY
    path = Path(story.media.path)
    assert path.exists()
    assert HttpClient().get(f"/en/stories/{story.reference}/media").status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        withdraw(story)
    assert not path.exists()
    assert stored_files(voices_media_root) == []
    assert HttpClient().get(f"/en/stories/{story.reference}/media").status_code == 404


def test_withdrawal_with_code_removes_content_and_leaves_a_tombstone(
    tmp_path: Path, django_capture_on_commit_callbacks: Commit
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        story, code = submitted_story(title=TITLE, media=_photo(tmp_path))
    story.refresh_from_db()
    path = Path(story.media.path)
    assert path.exists()
    with django_capture_on_commit_callbacks(execute=True):
        assert services.story_withdraw_with_code(code=code.lower().replace("-", " "))
    assert not path.exists()
    story.refresh_from_db()
    assert story.status == Status.WITHDRAWN
    assert (story.title, story.text, story.public_text, story.media.name) == ("", "", "", "")
    tombstone = AuditEntry.objects.get(action=AuditAction.WITHDRAW, object_id=str(story.pk))
    assert tombstone.detail == {"via": "code"}
    assert TITLE not in str(tombstone.detail)


def test_withdrawal_drops_cached_pages(
    story: Story, settings: Any, django_capture_on_commit_callbacks: Commit
) -> None:
    from django.core.cache import caches

    settings.CACHES = {
        **settings.CACHES,
        "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "v"},
    }
    caches["pages"].set("some-page", "cached")
    with django_capture_on_commit_callbacks(execute=True):
        withdraw(story)
    assert caches["pages"].get("some-page") is None


def test_expired_consent_removes_the_story_like_a_withdrawal(
    tmp_path: Path, django_capture_on_commit_callbacks: Commit
) -> None:
    import datetime

    from django.utils import timezone

    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    with django_capture_on_commit_callbacks(execute=True):
        story = published_story(title=TITLE, expires_on=tomorrow, media=_photo(tmp_path))
    story.refresh_from_db()
    assert TITLE in _get("/en/stories/")
    path = Path(story.media.path)
    # The day it lapses, the story is off the hub at once (query time), before any task runs.
    assert story.pk not in Story.objects.disclosable("hub", today=tomorrow).values_list(
        "pk", flat=True
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert services.stories_expire(today=tomorrow) == 1
    story.refresh_from_db()
    assert story.status == Status.WITHDRAWN
    assert not path.exists()


def _intact(story: Story, path: Path) -> None:
    """Nothing of the story was deleted: its words, its file, its status, no tombstone."""
    story.refresh_from_db()
    assert story.status == Status.PUBLISHED
    assert TITLE in story.title and TITLE in story.public_title
    assert story.media and path.exists()
    assert not AuditEntry.objects.filter(action=AuditAction.WITHDRAW).exists()


def test_the_media_file_is_deleted_only_once_the_withdrawal_commits(
    story: Story, django_capture_on_commit_callbacks: Commit
) -> None:
    path = Path(story.media.path)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        withdraw(story)
        # Withdrawn in the database, but not committed yet: the file is still there, so a
        # rollback could not leave a story pointing at a deleted file.
        assert Story.objects.get(pk=story.pk).status == Status.WITHDRAWN
        assert path.exists()
    # After commit: the file deletion and the page-cache purge, besides what other apps hang on
    # the withdrawal (the partners' event, the campaigns' notice).
    from wapsi.infra.pagecache import page_cache_clear

    assert page_cache_clear in callbacks and len(callbacks) >= 2
    assert not path.exists()


def test_a_rolled_back_withdrawal_deletes_nothing(
    story: Story, django_capture_on_commit_callbacks: Commit
) -> None:
    path = Path(story.media.path)
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        withdraw(story)
        raise RuntimeError("something later in the same transaction failed")
    assert callbacks == []  # the rollback dropped the deletion with the rest
    _intact(story, path)


@pytest.mark.parametrize(
    "who",
    ["researcher", "campaign_manager", "provider_staff", "anonymous", "system"],
)
def test_story_withdraw_refuses_staff_who_may_not_record_withdrawals(
    story: Story, who: str, django_capture_on_commit_callbacks: Commit
) -> None:
    from django.contrib.auth.models import AnonymousUser

    others: dict[str, Any] = {"anonymous": AnonymousUser(), "system": None}
    actor = others[who] if who in others else staff(who)
    path = Path(story.media.path)
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(PermissionDenied):
        services.story_withdraw(story=story, actor=actor, via="staff")
    _intact(story, path)


def test_story_withdraw_by_code_needs_this_storys_own_code(
    tmp_path: Path, django_capture_on_commit_callbacks: Commit
) -> None:
    from django.contrib.auth.models import AnonymousUser

    with django_capture_on_commit_callbacks(execute=True):
        story, code = submitted_story(title=TITLE, media=_photo(tmp_path))
        _other, other_code = submitted_story(title="Another story")
    story.refresh_from_db()
    path = Path(story.media.path)
    for wrong in ("", "AAAA-BBBB-CCCC-DDDD", other_code):
        with django_capture_on_commit_callbacks(execute=True), pytest.raises(PermissionDenied):
            services.story_withdraw(story=story, actor=AnonymousUser(), via="code", code=wrong)
    story.refresh_from_db()
    assert story.status == Status.SUBMITTED and story.title == TITLE and path.exists()
    assert not AuditEntry.objects.filter(action=AuditAction.WITHDRAW).exists()
    # The right code still works afterwards.
    with django_capture_on_commit_callbacks(execute=True):
        assert services.story_withdraw(story=story, actor=None, via="code", code=code)
    assert not path.exists()


def test_story_withdraw_by_expiry_is_refused_while_a_public_consent_stands(
    story: Story, django_capture_on_commit_callbacks: Commit
) -> None:
    path = Path(story.media.path)
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(PermissionDenied):
        services.story_withdraw(story=story, actor=None, via="expiry")
    _intact(story, path)


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
