from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from wapsi.hub.search_index import search_rebuild


class Command(BaseCommand):
    help = (
        "Fill the public search index again from every live hub page, open directory service, "
        "story whose consent for the hub stands, evidence study and recommendation, and action "
        "point of the roadmap's current version. Run once after migrating an existing site, or "
        "after a change to the folding in wapsi/lib/scripts.py."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Only when the index holds nothing (a database migrated from before the index, "
            "such as the benchmark's cached one); otherwise do nothing.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        counts = search_rebuild(only_if_empty=options["if_empty"])
        if counts is None:
            self.stdout.write("Search index already filled: nothing to do.")
            return
        self.stdout.write(
            "Search index rebuilt: "
            + ", ".join(f"{source} {count}" for source, count in counts.items())
            + "."
        )
