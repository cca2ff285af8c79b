"""Testimony media in the private bucket: cleaned by the media task through the store, never
given a URL, streamed only by the view that checks consent, and deleted on withdrawal."""

from __future__ import annotations

import io
import subprocess
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client as HttpClient
from PIL import Image

from wapsi.cases.tests.factories import staff
from wapsi.infra.tests.conftest import S3
from wapsi.voices import media as media_tools
from wapsi.voices import services
from wapsi.voices.models import MediaState, Story
from wapsi.voices.tests.factories import published_story
from wapsi.voices.tests.test_intake import jpeg_with_gps, post

pytestmark = pytest.mark.django_db


def _upload_photo(commit: Any) -> Story:
    with commit(execute=True):  # the media task runs on commit
        response = post({"media": SimpleUploadedFile("holiday.jpg", jpeg_with_gps(), "image/jpeg")})
    assert response.status_code == 200
    return Story.objects.get()


def test_an_uploaded_photo_is_cleaned_into_the_private_bucket(
    s3: S3, django_capture_on_commit_callbacks: Any
) -> None:
    story = _upload_photo(django_capture_on_commit_callbacks)
    assert story.media_state == MediaState.READY
    # The quarantined upload went through the store and is gone; only the clean file is left.
    assert s3.names(s3.private_bucket) == [story.media.name]
    assert s3.names(s3.bucket) == []
    stored = s3.read(s3.private_bucket, story.media.name)
    assert not Image.open(io.BytesIO(stored)).getexif()
    assert b"PhoneMaker" not in stored


def test_audio_is_cleaned_against_the_store(
    s3: S3, tmp_path: Path, django_capture_on_commit_callbacks: Any
) -> None:
    from conftest import tool_or_skip

    ffmpeg = tool_or_skip("ffmpeg")
    source = tmp_path / "voice.mp3"
    subprocess.run(
        [ffmpeg, "-v", "error", "-f", "lavfi", "-i", "sine=frequency=300:duration=1",
         "-metadata", "title=Ahmed from Kharian", "-metadata", "artist=Ahmed", str(source)],
        check=True,
    )  # fmt: skip
    with django_capture_on_commit_callbacks(execute=True):
        response = post({"media": SimpleUploadedFile("voice.mp3", source.read_bytes())})
    assert response.status_code == 200
    story = Story.objects.get()
    assert story.media_state == MediaState.READY
    assert s3.names(s3.private_bucket) == [story.media.name]
    cleaned = tmp_path / "cleaned.m4a"
    cleaned.write_bytes(s3.read(s3.private_bucket, story.media.name))
    tags = media_tools.probe_tags(cleaned)
    assert "Ahmed" not in " ".join(tags.values())


@pytest.fixture
def story(s3: S3, tmp_path: Path, django_capture_on_commit_callbacks: Any) -> Story:
    raw = io.BytesIO(jpeg_with_gps())
    pending = services.story_media_quarantine(
        upload=raw, sniffed=media_tools.sniff(raw.getvalue()[:64])
    )
    assert s3.names(s3.private_bucket) == [pending.name]  # quarantine is in the store too
    with django_capture_on_commit_callbacks(execute=True):
        story = published_story(title="Nine nights on foot", media=pending)
    story.refresh_from_db()
    assert story.media_state == MediaState.READY
    return story


def test_no_page_or_api_answer_names_the_store(s3: S3, story: Story) -> None:
    http = HttpClient()
    for url in (
        f"/en/stories/{story.reference}/",
        "/en/stories/",
        "/api/v1/stories",
        f"/api/v1/stories/{story.reference}",
    ):
        response = http.get(url)
        assert response.status_code == 200, url
        body = response.content.decode()
        for leak in (s3.endpoint, "127.0.0.1:", s3.private_bucket, "X-Amz", "Signature="):
            assert leak not in body, f"{url} shows {leak}"
    with pytest.raises(ValueError, match="no URL"):
        story.media.url  # noqa: B018 - the storage refuses to make one


def test_the_consent_checking_view_streams_the_object(s3: S3, story: Story) -> None:
    response = HttpClient().get(f"/en/stories/{story.reference}/media")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == s3.read(s3.private_bucket, story.media.name)
    staff_client = HttpClient()
    staff_client.force_login(staff("testimony_moderator"))
    staff_response = staff_client.get(f"/staff/voices/{story.pk}/media")
    assert staff_response.status_code == 200
    assert b"".join(staff_response.streaming_content) == s3.read(
        s3.private_bucket, story.media.name
    )


def test_the_private_bucket_refuses_anonymous_reads(s3: S3, story: Story) -> None:
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(f"{s3.endpoint}/{s3.private_bucket}/{story.media.name}")  # noqa: S310
    assert refused.value.code == 403


def test_withdrawal_deletes_the_object_from_the_bucket(
    s3: S3, story: Story, django_capture_on_commit_callbacks: Any
) -> None:
    name = story.media.name
    assert s3.names(s3.private_bucket) == [name]
    with django_capture_on_commit_callbacks(execute=True):
        assert services.story_withdraw(story=story, actor=staff("counsellor"), via="staff")
    assert s3.names(s3.private_bucket) == []
    with pytest.raises(s3.client.exceptions.ClientError):
        s3.client.head_object(Bucket=s3.private_bucket, Key=name)
    assert HttpClient().get(f"/en/stories/{story.reference}/media").status_code == 404


def test_the_sweep_removes_old_uploads_left_in_the_store(s3: S3) -> None:
    import datetime

    from django.utils import timezone

    raw = io.BytesIO(jpeg_with_gps())
    pending = services.story_media_quarantine(
        upload=raw, sniffed=media_tools.sniff(raw.getvalue()[:64])
    )
    assert services.quarantine_sweep() == 0
    assert s3.names(s3.private_bucket) == [pending.name]
    later = timezone.now() + datetime.timedelta(days=2)
    assert services.quarantine_sweep(now=later) >= 1
    assert s3.names(s3.private_bucket) == []
