"""Helpers for file storages that work the same on the filesystem and on an S3-compatible store.

Callers hold a `StorageAlias` and never a storage object made once at import: the STORAGES
setting decides where files live (tests point it at a local S3 server), and a FileField's
storage is otherwise fixed when its model class is built.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from django.core.files.storage import Storage, storages
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.functional import LazyObject, empty
from storages.backends.s3 import S3Storage

_ALIASES: list[StorageAlias] = []


class StorageAlias(LazyObject):
    """The storage named `alias` in STORAGES, looked up on first use and again after the setting
    changes (as django's own `default_storage` is)."""

    def __init__(self, alias: str) -> None:
        super().__init__()
        self.__dict__["_alias"] = alias
        _ALIASES.append(self)

    def _setup(self) -> None:
        self._wrapped = storages[self.__dict__["_alias"]]


@receiver(setting_changed)
def _storages_changed(*, setting: str, **kwargs: Any) -> None:
    if setting == "STORAGES":
        for alias in _ALIASES:
            alias._wrapped = empty  # type: ignore[assignment]


class PrivateS3Storage(S3Storage):
    """A bucket whose objects have no URL: neither public nor presigned. They are read through
    `open()` by a view that checks permission first, and streamed by the app server."""

    default_acl = "private"

    def url(
        self, name: str | None, parameters: Any = None, expire: Any = None, http_method: Any = None
    ) -> str:
        raise ValueError("Objects in the private bucket have no URL; stream them through a view.")


def storage_listdir(storage: Storage, top: str = "") -> tuple[list[str], list[str]]:
    """The folders and files directly under `top`; nothing for a folder that does not exist
    (a bucket has no folders of its own, and a media folder is made by the first upload)."""
    try:
        folders, files = storage.listdir(top)
    except FileNotFoundError:
        return [], []
    return list(folders), list(files)


def storage_walk(storage: Storage, top: str = "") -> Iterator[str]:
    """Every file name under `top`, in a stable order (folders first, then files, by name)."""
    folders, files = storage_listdir(storage, top)
    for folder in sorted(folders):
        yield from storage_walk(storage, f"{top}{folder}/")
    for name in sorted(files):
        yield f"{top}{name}"


def storage_download(storage: Storage, name: str, target: Path) -> Path:
    """Copy one stored file to a local path (for tools such as ffmpeg that need a real file)."""
    with storage.open(name, "rb") as source, open(target, "wb") as handle:
        shutil.copyfileobj(source, handle)
    os.chmod(target, 0o600)
    return target
