from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from wapsi.hub.tasks import review_reminders_send


class Command(BaseCommand):
    help = "Queue the review reminders to page owners. Run daily from cron or a scheduler."

    def handle(self, *args: Any, **options: Any) -> None:
        result = review_reminders_send.enqueue()
        self.stdout.write(f"Review reminders queued ({result.id}).")
