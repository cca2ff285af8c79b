"""Daily: end campaign use of stories whose campaign consent lapsed, and flag overdue
messenger check-ins to the campaign managers."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from wapsi.campaigns.messengers import checkins_overdue_notify
from wapsi.campaigns.services import campaign_material_sweep


class Command(BaseCommand):
    help = "Remove lapsed campaign material and flag overdue messenger check-ins."

    def handle(self, *args: Any, **options: Any) -> None:
        removed = campaign_material_sweep()
        overdue = checkins_overdue_notify()
        self.stdout.write(
            f"stories removed from campaigns: {removed}; overdue check-ins: {overdue}"
        )
