"""Daily (cron): withdraw stories whose every public consent has lapsed, and drop cached pages."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from wapsi.voices.services import stories_expire


class Command(BaseCommand):
    help = "Withdraw stories whose consents have all expired (run daily)."

    def handle(self, *args: Any, **options: Any) -> None:
        lapsed = stories_expire()
        self.stdout.write(f"stories withdrawn after consent expiry: {lapsed}")
