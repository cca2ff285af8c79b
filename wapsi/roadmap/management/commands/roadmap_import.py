"""Create a roadmap's first adopted version from JSON shaped like `/<lang>/roadmap/v/<n>.json`."""

from __future__ import annotations

import datetime
import json
import sys
from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from wapsi.roadmap.importing import version_import

BAD_INPUT = 2


def _fail(message: str) -> CommandError:
    return CommandError(message, returncode=BAD_INPUT)


class Command(BaseCommand):
    help = (
        "Create a roadmap's first adopted version from a JSON file in the shape of the version "
        "export (roadmap/v/<n>.json). Refuses if the roadmap already has versions."
    )
    _from_command_line = False

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("file", metavar="FILE.json")
        parser.add_argument("--adopted-on", metavar="YYYY-MM-DD", help="overrides the file's date")
        parser.add_argument("--meeting", metavar="SLUG", help="the meeting that adopted it")

    def run_from_argv(self, argv: list[str]) -> None:
        self._from_command_line = True
        super().run_from_argv(argv)

    def execute(self, *args: Any, **options: Any) -> str | None:
        try:
            return super().execute(*args, **options)
        except CommandError as exc:
            # Bad input is the user's to fix: one `roadmap_import: ...` line per problem and
            # exit 2, not Django's "CommandError:" prefix or a traceback.
            if not self._from_command_line or options.get("traceback"):
                raise
            for line in str(exc).splitlines():
                self.stderr.write(f"roadmap_import: {line}")
            sys.exit(exc.returncode)

    def handle(self, *args: Any, **options: Any) -> None:
        adopted_on = _date(options["adopted_on"])
        data = _read(Path(options["file"]))
        try:
            result = version_import(
                data=data, adopted_on=adopted_on, meeting_slug=options["meeting"]
            )
        except ValidationError as exc:
            raise _fail("\n".join(exc.messages)) from exc
        version = result.version
        roadmap = version.roadmap
        if result.roadmap_created:
            self.stdout.write(f"Created roadmap “{roadmap.title}” ({roadmap.slug})")
        meeting = version.adopted_by_meeting
        self.stdout.write(
            f"Created version {version.number} “{version.title}” of “{roadmap.title}”, "
            f"adopted on {version.adopted_on}"
            + (f" at {meeting.slug}" if meeting else "")
            + f": {result.objectives} objective(s), {result.actions} action point(s), "
            f"{result.indicators} indicator(s)"
        )


def _date(value: str | None) -> datetime.date | None:
    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as exc:
        raise _fail(f"--adopted-on: {value!r} is not a date written YYYY-MM-DD") from exc


def _read(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise _fail(f"cannot read {path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise _fail(f"{path} is not UTF-8 text") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise _fail(
            f"{path} is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        ) from exc
