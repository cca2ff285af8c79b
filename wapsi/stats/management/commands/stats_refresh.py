"""Bring the statistics rollups up to date (incremental: only records new or changed since the
last refresh are read). Run daily by `manage.py run_daily`; run by hand after an import."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser


class Command(BaseCommand):
    help = "Refresh the statistics rollups incrementally (run daily, or on demand)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--queue", action="store_true", help="Queue the refresh as a background task."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["queue"]:
            from wapsi.stats.tasks import stats_refresh_task

            result = stats_refresh_task.enqueue()
            self.stdout.write(f"stats refresh queued: {result.id}")
            return
        from wapsi.stats.refresh import stats_refresh

        counts = stats_refresh()
        self.stdout.write(
            "stats refreshed: " + ", ".join(f"{name} {n}" for name, n in counts.items())
        )
