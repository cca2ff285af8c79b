from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from wapsi.roadmap.reminders import overdue_remind


class Command(BaseCommand):
    help = "Email the owners of action points whose six-monthly progress report is overdue."

    def handle(self, *args: Any, **options: Any) -> None:
        sent = overdue_remind()
        self.stdout.write(f"{sent} reminder(s) sent")
