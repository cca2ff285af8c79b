from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from wapsi.hub.search_index import search_rebuild


class Command(BaseCommand):
    help = (
        "Fill the public search index again from every live hub page, open directory service, "
        "story whose consent for the hub stands, and evidence study. Run once after migrating "
        "an existing site, or after a change to the folding in wapsi/lib/scripts.py."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        counts = search_rebuild()
        self.stdout.write(
            "Search index rebuilt: "
            + ", ".join(f"{count} {source}s" for source, count in counts.items())
            + "."
        )
