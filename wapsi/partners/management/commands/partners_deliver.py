"""Send every webhook delivery that is due: new ones the worker missed and retries."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from wapsi.partners.services import deliveries_due_send


class Command(BaseCommand):
    help = "Send the partner webhook deliveries that are due (retries with backoff, for a day)."

    def handle(self, *args: Any, **options: Any) -> None:
        tried = deliveries_due_send()
        self.stdout.write(f"{tried} delivery attempt(s) made.")
