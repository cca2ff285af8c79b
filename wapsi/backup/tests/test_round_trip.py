"""Backup, damage, restore: every table and every media file comes back as it was."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from wapsi.backup.archive import media_hashes

pytestmark = pytest.mark.django_db(transaction=True)


def table_digest() -> dict[str, str]:
    digests = {}
    with connection.cursor() as cursor:
        for table in sorted(connection.introspection.table_names(cursor)):
            cursor.execute(f'SELECT * FROM "{table}"')  # noqa: S608
            rows = sorted(repr(row) for row in cursor.fetchall())
            digests[table] = hashlib.sha256("\n".join(rows).encode()).hexdigest()
    return digests


def test_round_trip(tmp_path: Path, settings: Any) -> None:
    from wapsi.cases.models import Client
    from wapsi.cases.tests.factories import ClientFactory
    from wapsi.hub.tests.factories import home_for, topic

    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.VOICES_MEDIA_ROOT = tmp_path / "voices"
    (tmp_path / "voices" / "stories").mkdir(parents=True)
    (tmp_path / "voices" / "stories" / "s.m4a").write_bytes(b"a testimony recording")
    (tmp_path / "media" / "original_images").mkdir(parents=True)
    (tmp_path / "media" / "original_images" / "photo.jpg").write_bytes(
        b"\xff\xd8 not really a jpeg"
    )
    home_for("en")
    topic(title="Before", slug="before")
    ClientFactory()
    before_tables, before_media = table_digest(), media_hashes(tmp_path / "media")
    before_voices = media_hashes(tmp_path / "voices")
    archive = tmp_path / "b.tar.gz"
    call_command("backup", "--output", str(archive), stdout=io.StringIO())

    Client.objects.all().delete()
    topic(title="After", slug="after")
    (tmp_path / "media" / "original_images" / "photo.jpg").unlink()
    (tmp_path / "media" / "stray.txt").write_text("x")
    (tmp_path / "voices" / "stories" / "s.m4a").unlink()
    assert table_digest() != before_tables

    call_command("restore", str(archive), "--yes", stdout=io.StringIO())
    assert table_digest() == before_tables
    assert media_hashes(tmp_path / "media") == before_media
    assert media_hashes(tmp_path / "voices") == before_voices


def test_restore_refuses_a_missing_archive(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="does not exist"):
        call_command("restore", str(tmp_path / "nope.tar.gz"), "--yes")
