from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from django.db import transaction

from wapsi.cases import crypto
from wapsi.cases.models import Client


class Command(BaseCommand):
    help = "Re-encrypt stored phone numbers with the first key of FIELD_ENCRYPTION_KEYS."

    def handle(self, *args: Any, **options: Any) -> None:
        done = 0
        with transaction.atomic():
            for client in (
                Client.objects.exclude(phone_encrypted="")
                .select_for_update()
                .only("pk", "phone_encrypted")
            ):
                client.phone_encrypted = crypto.rotate(client.phone_encrypted)
                client.save(update_fields=["phone_encrypted"])
                done += 1
        self.stdout.write(f"Re-encrypted {done} value(s).")
