"""Private storage for testimony media: files here have no public URL.

Which storage that is comes from STORAGES["voices"]: a folder (VOICES_MEDIA_ROOT) by default, a
private bucket with the S3 settings. Raw uploads wait under QUARANTINE in the same storage, so
the worker that cleans them need not run on the machine that took the upload.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage, Storage

from wapsi.infra.storage import StorageAlias

QUARANTINE = "incoming/"


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

    # Only the app's own user reads raw uploads and stored testimony.
    @property
    def file_permissions_mode(self) -> int:
        return 0o600

    @property
    def directory_permissions_mode(self) -> int:
        return 0o700


_VOICES = StorageAlias("voices")


def voices_storage() -> Storage:
    """The FileField's storage: resolved on use, so it follows the STORAGES setting."""
    return _VOICES  # type: ignore[return-value]


WORK_PREFIX = "wapsi-voices-"


def work_dir_make() -> Path:
    """A private local folder for the media task (tools such as ffmpeg need real files); one
    left behind by a killed worker is removed by the quarantine sweep."""
    return Path(tempfile.mkdtemp(prefix=WORK_PREFIX))


def work_dirs() -> list[Path]:
    return sorted(Path(tempfile.gettempdir()).glob(f"{WORK_PREFIX}*"))
