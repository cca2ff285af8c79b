"""Private storage for testimony media: files here have no public URL."""

from __future__ import annotations

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage


class VoicesStorage(FileSystemStorage):
    # Read the setting on every use (tests and deployments point it elsewhere), and never
    # offer a URL: a file is disclosed only by a view that checks consent first.
    @property
    def base_location(self) -> str:
        return str(settings.VOICES_MEDIA_ROOT)

    @property
    def location(self) -> str:
        return os.path.abspath(self.base_location)

    @property
    def base_url(self) -> None:  # type: ignore[override]
        return None


def voices_storage() -> VoicesStorage:
    return VoicesStorage()


def quarantine_dir() -> str:
    """Where a raw upload waits for its metadata to be removed; emptied by the media task."""
    path = os.path.join(str(settings.VOICES_MEDIA_ROOT), "incoming")
    os.makedirs(path, mode=0o700, exist_ok=True)
    return path
