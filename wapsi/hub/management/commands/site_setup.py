from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from wapsi.hub.services import site_setup


class Command(BaseCommand):
    help = (
        "Give a migrated database the site's structure: the role groups, a locale per language, "
        "the home page in every language (published) and the default Site on it, named Wapsi. "
        "No demo content and no users. Safe on a live site and idempotent: pages that exist are "
        "never changed. Run after the first migrate (and after adding a language)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--hostname",
            required=True,
            help="The site's public host name, as in ALLOWED_HOSTS (e.g. wapsi.example.org).",
        )
        parser.add_argument(
            "--port",
            type=int,
            default=443,
            help="The port readers reach the site on, for the full URLs Wagtail builds "
            "(443, the default: https://HOSTNAME/; 80 gives http://).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        done = site_setup(hostname=options["hostname"], port=options["port"])
        if not done.changed:
            self.stdout.write("Role groups in step; home pages and site already in place.")
            return
        if done.placeholder_removed:
            self.stdout.write("Removed Wagtail's placeholder page.")
        if done.pages_created:
            self.stdout.write("Home page created in: " + ", ".join(done.pages_created) + ".")
        if done.site_created:
            self.stdout.write("Default site created.")
        if done.site_changed:
            self.stdout.write("Default site changed: " + ", ".join(done.site_changed) + ".")
        self.stdout.write(self.style.SUCCESS("Site set up."))
