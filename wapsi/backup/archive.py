"""Backup and restore of the database and the media files, as one .tar.gz.

SQLite: the online backup API (consistent while the site runs). PostgreSQL: pg_dump -Fc and
pg_restore --clean. The archive holds db.sqlite3 or db.dump, media/, and manifest.json with the
row count of every table and the SHA-256 of every media file.
"""

from __future__ import annotations

import datetime
import hashlib
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
from django.db import connection


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


def media_roots() -> dict[str, Path]:
    """Every folder of uploaded files, by its name in the archive (testimony media included)."""
    return {"media": Path(settings.MEDIA_ROOT), "voices": Path(settings.VOICES_MEDIA_ROOT)}


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
        manifest = {
            "created_at": datetime.datetime.now(tz=datetime.UTC).isoformat(),
            "vendor": connection.vendor,
            "tables": table_counts(),
            "media": {
                f"{name}/{path}": digest
                for name, root in media_roots().items()
                for path, digest in media_hashes(root).items()
            },
        }
        (work / "manifest.json").write_text(json.dumps(manifest, indent=2))
        output.parent.mkdir(parents=True, exist_ok=True)
        with tarfile.open(output, "w:gz") as tar:
            for item in sorted(work.iterdir()):
                tar.add(item, arcname=item.name)
            for name, root in media_roots().items():
                if root.exists():
                    tar.add(root, arcname=name)
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
        for name, root in media_roots().items():
            if root.exists():
                shutil.rmtree(root)
            if (work / name).exists():
                shutil.copytree(work / name, root)
            else:
                root.mkdir(parents=True, exist_ok=True)
    return manifest
