#!/usr/bin/env python3
"""Fill the benchmark database: demo data, then hub pages and case records at scale.

Run by bench/run.py with the benchmark's environment (DATABASE_URL and the rest):
`python bench/data.py --report FILE [--pages N --sessions N --referrals N | --only-count]`.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

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
    from django.db import connection
    from django.test import Client as HttpClient
    from django.test.utils import CaptureQueriesContext

    http = HttpClient(HTTP_HOST="127.0.0.1")
    counts = {}
    for name, url in QUERY_PAGES.items():
        http.get(url)  # warm caches
        with CaptureQueriesContext(connection) as ctx:
            status = http.get(url).status_code
        counts[name] = len(ctx.captured_queries) if status == 200 else -status
    return counts


def generate(*, pages: int, sessions: int, referrals: int) -> dict[str, dict[str, int]]:
    from bench.bulk_cases import cases_bulk_create
    from bench.bulk_hub import topics_bulk_create
    from wapsi.demo.loader import load_demo
    from wapsi.hub.models import HomePage

    load_demo()
    small = query_counts()
    homes = list(HomePage.objects.filter(depth=2).select_related("locale"))
    per_home = pages // len(homes)
    for home in homes:
        print(f"  {per_home} pages in {home.locale.language_code}", flush=True)
        topics_bulk_create(home=home, count=per_home, seed=home.pk)
    print(f"  {sessions} sessions, {referrals} referrals", flush=True)
    cases_bulk_create(sessions=sessions, referrals=referrals)
    return {"small": small, "large": query_counts()}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100_000)
    parser.add_argument("--sessions", type=int, default=1_000_000)
    parser.add_argument("--referrals", type=int, default=50_000)
    parser.add_argument(
        "--only-count", action="store_true", help="measure queries on the data as it is"
    )
    parser.add_argument("--report", type=Path, required=True, help="JSON file for the query counts")
    options = parser.parse_args(argv)

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wapsi.settings")
    import django

    django.setup()
    if options.only_count:
        options.report.write_text(json.dumps(query_counts(), indent=2))
        return
    report = generate(pages=options.pages, sessions=options.sessions, referrals=options.referrals)
    options.report.write_text(json.dumps(report, indent=2))
    print("Benchmark data ready.", flush=True)


if __name__ == "__main__":
    main()
