"""Backup and restore of the database and the media files, as one .tar.gz.

SQLite: the online backup API (consistent while the site runs). PostgreSQL: pg_dump -Fc and
pg_restore --clean. The archive holds db.sqlite3 or db.dump, media/ and voices/ (the files of
the default and the testimony storage: folders, or the two buckets of an S3-compatible store),
and manifest.json with the row count of every table and the SHA-256 of every media file.
"""

from __future__ import annotations

import datetime
import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.files import File
from django.core.files.storage import Storage, storages
from django.db import connection

from wapsi.infra.storage import storage_walk


class BackupError(Exception):
    pass


def _pg_env() -> tuple[list[str], dict[str, str]]:
    db = settings.DATABASES["default"]
    args = [
        "-h",
        str(db.get("HOST") or "127.0.0.1"),
        "-p",
        str(db.get("PORT") or 5432),
        "-U",
        str(db.get("USER") or "postgres"),
    ]
    env = {**os.environ, "PGPASSWORD": str(db.get("PASSWORD") or "")}
    return args, env


def _pg_tool(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"))
    if not candidates:
        raise BackupError(f"{name} is not installed (Debian package postgresql-client)")
    return str(candidates[-1])


def table_counts() -> dict[str, int]:
    counts = {}
    with connection.cursor() as cursor:
        for table in sorted(connection.introspection.table_names(cursor)):
            cursor.execute(f'SELECT COUNT(*) FROM "{table}"')  # noqa: S608 - names from introspection
            counts[table] = cursor.fetchone()[0]
    return counts


def media_hashes(root: Path) -> dict[str, str]:
    hashes = {}
    if root.exists():
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            hashes[str(path.relative_to(root))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return hashes


# Every storage of uploaded files, by its folder in the archive (testimony media included).
MEDIA_STORAGES = {"media": "default", "voices": "voices"}


def media_storages() -> dict[str, Storage]:
    return {folder: storages[alias] for folder, alias in MEDIA_STORAGES.items()}


class _Hashing:
    """Reads a stored file into the archive and hashes it on the way: one read per object."""

    def __init__(self, source: Any) -> None:
        self.source, self.digest = source, hashlib.sha256()

    def read(self, size: int = -1) -> bytes:
        chunk: bytes = self.source.read(size)
        self.digest.update(chunk)
        return chunk


def _media_add(tar: tarfile.TarFile, folder: str, storage: Storage) -> dict[str, str]:
    hashes = {}
    now = datetime.datetime.now(tz=datetime.UTC).timestamp()
    for name in storage_walk(storage):
        info = tarfile.TarInfo(f"{folder}/{name}")
        info.size, info.mtime, info.mode = storage.size(name), now, 0o600
        with storage.open(name, "rb") as handle:
            reader = _Hashing(handle)
            tar.addfile(info, reader)
        hashes[info.name] = reader.digest.hexdigest()
    return hashes


def _media_put_back(folder: Path, storage: Storage) -> None:
    """Replace everything in `storage` with the files of `folder` (kept under the same names)."""
    for name in list(storage_walk(storage)):
        storage.delete(name)
    if not folder.exists():
        return
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        name = path.relative_to(folder).as_posix()
        with path.open("rb") as handle:
            saved = storage.save(name, File(handle, name=name))
        if saved != name:
            raise BackupError(f"{folder.name}/{name} was restored as {saved}")


def backup_create(output: Path) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if connection.vendor == "sqlite":
            connection.ensure_connection()
            target = sqlite3.connect(work / "db.sqlite3")
            with target:
                connection.connection.backup(target)
            target.close()
        elif connection.vendor == "postgresql":
            args, env = _pg_env()
            name = connection.settings_dict["NAME"]
            dump = [_pg_tool("pg_dump"), *args, "-Fc", "-f", str(work / "db.dump"), name]
            subprocess.run(dump, check=True, env=env, capture_output=True)  # noqa: S603 - fixed tool, settings values
        else:
            raise BackupError(f"no backup method for {connection.vendor}")
        manifest: dict[str, Any] = {
            "created_at": datetime.datetime.now(tz=datetime.UTC).isoformat(),
            "vendor": connection.vendor,
            "tables": table_counts(),
            "media": {},
        }
        output.parent.mkdir(parents=True, exist_ok=True)
        with tarfile.open(output, "w:gz") as tar:
            for item in sorted(work.iterdir()):
                tar.add(item, arcname=item.name)
            for folder, storage in media_storages().items():
                manifest["media"].update(_media_add(tar, folder, storage))
            # Last, since it lists the hashes of what was just read.
            data = json.dumps(manifest, indent=2).encode()
            info = tarfile.TarInfo("manifest.json")
            info.size, info.mtime = (
                len(data),
                int(datetime.datetime.now(tz=datetime.UTC).timestamp()),
            )
            tar.addfile(info, io.BytesIO(data))
    return manifest


def _safe_members(tar: tarfile.TarFile) -> list[tarfile.TarInfo]:
    members = []
    for member in tar.getmembers():
        if (
            member.name.startswith("/")
            or ".." in Path(member.name).parts
            or member.issym()
            or member.islnk()
        ):
            raise BackupError(f"unsafe path in archive: {member.name}")
        members.append(member)
    return members


def backup_restore(archive: Path) -> dict[str, Any]:
    if not archive.exists():
        raise BackupError(f"{archive} does not exist")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        with tarfile.open(archive, "r:gz") as tar:
            tar.extractall(work, members=_safe_members(tar), filter="data")
        manifest = json.loads((work / "manifest.json").read_text())
        if manifest["vendor"] != connection.vendor:
            raise BackupError(
                f"the archive is from {manifest['vendor']}, this database is {connection.vendor}"
            )
        if connection.vendor == "sqlite":
            connection.ensure_connection()
            source = sqlite3.connect(work / "db.sqlite3")
            with source:
                source.backup(connection.connection)
            source.close()
        else:
            args, env = _pg_env()
            name = connection.settings_dict["NAME"]
            connection.close()
            subprocess.run(  # noqa: S603
                [
                    _pg_tool("pg_restore"),
                    *args,
                    "--clean",
                    "--if-exists",
                    "--no-owner",
                    "-d",
                    name,
                    str(work / "db.dump"),
                ],
                check=True,
                env=env,
                capture_output=True,
            )
        for folder, storage in media_storages().items():
            _media_put_back(work / folder, storage)
    return manifest
