"""Backup and restore with the object store: both buckets' objects go into the archive and come
back as they were, and objects added after the backup are gone after the restore."""

from __future__ import annotations

import io
import tarfile
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.management import call_command

from wapsi.infra.tests.conftest import S3

pytestmark = pytest.mark.django_db(transaction=True)


def contents(s3: S3, bucket: str) -> dict[str, bytes]:
    return {name: s3.read(bucket, name) for name in s3.names(bucket)}


def test_backup_and_restore_carry_both_buckets(s3: S3, tmp_path: Path) -> None:
    storages["default"].save("original_images/photo.jpg", ContentFile(b"\xff\xd8 a photo"))
    storages["default"].save("documents/leaflet.pdf", ContentFile(b"%PDF-1.4 leaflet"))
    storages["voices"].save("stories/s-1.m4a", ContentFile(b"a testimony recording"))
    before_public = contents(s3, s3.bucket)
    before_private = contents(s3, s3.private_bucket)
    assert len(before_public) == 2 and len(before_private) == 1

    archive = tmp_path / "b.tar.gz"
    call_command("backup", "--output", str(archive), stdout=io.StringIO())
    with tarfile.open(archive) as tar:
        names = set(tar.getnames())
    assert {"media/original_images/photo.jpg", "media/documents/leaflet.pdf"} <= names
    assert "voices/stories/s-1.m4a" in names

    s3.client.delete_object(Bucket=s3.bucket, Key="original_images/photo.jpg")
    s3.client.put_object(Bucket=s3.bucket, Key="stray.txt", Body=b"x")
    s3.client.delete_object(Bucket=s3.private_bucket, Key="stories/s-1.m4a")
    assert contents(s3, s3.bucket) != before_public

    call_command("restore", str(archive), "--yes", stdout=io.StringIO())
    assert contents(s3, s3.bucket) == before_public
    assert contents(s3, s3.private_bucket) == before_private
