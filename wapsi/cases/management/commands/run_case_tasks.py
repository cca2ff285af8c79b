from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from wapsi.cases.tasks import clients_anonymise_expired, referral_reminders_send


class Command(BaseCommand):
    help = "Queue the daily case tasks: referral reminders and anonymisation after the retention period."

    def handle(self, *args: Any, **options: Any) -> None:
        for task_ in (referral_reminders_send, clients_anonymise_expired):
            result = task_.enqueue()
            self.stdout.write(f"{task_.name} queued ({result.id}).")
