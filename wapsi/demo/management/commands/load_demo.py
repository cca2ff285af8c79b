from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from wapsi.demo.loader import DEMO_PASSWORD, load_demo


class Command(BaseCommand):
    help = (
        "Load the demo data (real centres, projects and studies; illustrative users). Idempotent."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--allow-production",
            action="store_true",
            help="Run even with DEBUG off (demo users have a published password: never on a live site).",
        )
        parser.add_argument(
            "--address",
            default="127.0.0.1:8000",
            help="HOST:PORT the site will be served on, for the sign-in link printed at the end "
            "(make run passes its HOST and PORT).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.DEBUG and not options["allow_production"]:
            raise CommandError(
                "DEBUG is off: demo users have a published password. Use --allow-production on a test site only."
            )
        logins = load_demo()
        self.stdout.write(self.style.SUCCESS("Demo data loaded."))
        self.stdout.write(
            f"Sign in at http://{options['address']}/admin/ with password {DEMO_PASSWORD!r} as:"
        )
        for login in logins:
            self.stdout.write(f"  {login.username:<22} {login.role}")
