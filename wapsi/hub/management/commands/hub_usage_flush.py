from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from wapsi.hub.usage import page_views_flush


class Command(BaseCommand):
    help = (
        "Move the hub's page-view counters from the shared cache into the database "
        "(hub.PageViewDay). Safe to run at any time; a second run adds nothing."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        flushed = page_views_flush()
        self.stdout.write(
            f"Hub use flushed: {flushed.views} views from {flushed.counters} counters "
            f"over {flushed.days} days."
        )
