from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from wapsi.backup.archive import BackupError, backup_create


class Command(BaseCommand):
    help = "Back up the database and media files into one .tar.gz (default: var/backups/)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--output", type=Path, help="Archive path (.tar.gz)")

    def handle(self, *args: Any, **options: Any) -> None:
        stamp = datetime.datetime.now(tz=datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
        output = options["output"] or Path(settings.VAR_DIR) / "backups" / f"wapsi-{stamp}.tar.gz"
        try:
            manifest = backup_create(output)
        except BackupError as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(
            f"Backed up {len(manifest['tables'])} tables and {len(manifest['media'])} media files to {output}"
        )
