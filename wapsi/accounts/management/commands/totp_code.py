from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice


class Command(BaseCommand):
    help = "Development only: print the current two-step code of a demo user's authenticator."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.DEBUG:
            raise CommandError(
                "Only with DEBUG on: on a live site, codes come from the user's own phone."
            )
        device = (
            TOTPDevice.objects.filter(user__username=options["username"])
            .order_by("-confirmed")
            .first()
        )
        if device is None:
            raise CommandError("No authenticator yet: open /staff/ as that user first.")
        code = totp(
            device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=device.drift
        )
        self.stdout.write(f"{code:06d}")
