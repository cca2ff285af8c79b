from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.db import connection
from django.test import Client as HttpClient
from django.test.utils import CaptureQueriesContext

from wapsi.cases.bulk import cases_bulk_create
from wapsi.demo.loader import load_demo
from wapsi.hub.bulk import topics_bulk_create
from wapsi.hub.models import HomePage

QUERY_PAGES = {
    "home_en": "/en/",
    "home_ur": "/ur/",
    "guide_ur": "/ur/pakistan/",
    "topic_en": "/en/after-return/",
    "search_ur": "/ur/search/?q=ویزا",
    "help_list": "/en/help/",
    "faq_en": "/en/questions/",
    "stories_ar": "/ar/stories/",
    "roadmap_en": "/en/roadmap/",
}


def query_counts() -> dict[str, int]:
    """Queries per page as the view runs them: the whole-page cache is switched off here."""
    from django.conf import settings
    from django.test.utils import override_settings

    caches = {
        **settings.CACHES,
        "pages": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    }
    with override_settings(CACHES=caches):
        return _query_counts()


def _query_counts() -> dict[str, int]:
    http = HttpClient(HTTP_HOST="127.0.0.1")
    counts = {}
    for name, url in QUERY_PAGES.items():
        http.get(url)  # warm caches
        with CaptureQueriesContext(connection) as ctx:
            status = http.get(url).status_code
        counts[name] = len(ctx.captured_queries) if status == 200 else -status
    return counts


class Command(BaseCommand):
    help = "Fill the benchmark database: demo data, then hub pages and case records at scale."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--pages", type=int, default=100_000)
        parser.add_argument("--sessions", type=int, default=1_000_000)
        parser.add_argument("--referrals", type=int, default=50_000)
        parser.add_argument(
            "--only-count", action="store_true", help="measure queries on the data as it is"
        )
        parser.add_argument(
            "--report", type=Path, required=True, help="JSON file for the query counts"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["only_count"]:
            options["report"].write_text(json.dumps(query_counts(), indent=2))
            return
        load_demo()
        small = query_counts()
        homes = list(HomePage.objects.filter(depth=2).select_related("locale"))
        per_home = options["pages"] // len(homes)
        for home in homes:
            self.stdout.write(f"  {per_home} pages in {home.locale.language_code}")
            topics_bulk_create(home=home, count=per_home, seed=home.pk)
        self.stdout.write(f"  {options['sessions']} sessions, {options['referrals']} referrals")
        cases_bulk_create(sessions=options["sessions"], referrals=options["referrals"])
        large = query_counts()
        options["report"].write_text(json.dumps({"small": small, "large": large}, indent=2))
        self.stdout.write(self.style.SUCCESS("Benchmark data ready."))
