"""Hub use: page views counted in the shared cache without personal data, flushed to the database."""

from __future__ import annotations

import datetime as dt
import pickle
import time
import zlib
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wapsi.hub import usage
from wapsi.hub.models import PageViewDay
from wapsi.hub.selectors import page_views
from wapsi.hub.tests.factories import topic, translate
from wapsi.hub.usage import (
    HubUsageMiddleware,
    hub_usage_flush,
    is_robot,
    page_view_count,
    page_views_flush,
)
from wapsi.infra.filecache import FileCache

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 Chrome/120 Mobile Safari/537.36"
ADDRESS = "203.0.113.77"


@pytest.fixture
def reader() -> Client:
    return Client(HTTP_USER_AGENT=BROWSER, REMOTE_ADDR=ADDRESS)


def counted(page_id: int, language: str = "en", day: dt.date | None = None) -> int:
    key = usage._counter_key(day or timezone.localdate(), language, page_id)
    return int(caches["default"].get(key) or 0)


def test_a_page_view_is_counted_per_page_and_language(reader: Client) -> None:
    page = topic(title="Visa and work", slug="visa")
    translate(page, "ur", title="ویزا")
    assert reader.get("/en/visa/").status_code == 200
    reader.get("/en/visa/")
    reader.get("/ur/visa/")
    urdu = page.get_translation(page.locale.__class__.objects.get(language_code="ur"))
    assert counted(page.pk, "en") == 2
    assert counted(urdu.pk, "ur") == 1
    assert counted(page.pk, "ur") == 0


def test_counting_sets_no_cookie_and_adds_no_vary(reader: Client) -> None:
    topic(title="Visa", slug="visa")
    response = reader.get("/en/visa/")
    assert not response.cookies
    assert "Set-Cookie" not in response
    assert "Cookie" not in response.get("Vary", "")
    assert response["Cache-Control"].startswith("public")


def test_the_page_mark_is_never_sent(reader: Client) -> None:
    topic(title="Visa", slug="visa")
    response = reader.get("/en/visa/")
    assert not any("wapsi" in name.lower() for name in response.headers)


@pytest.mark.parametrize(
    "agent",
    [
        "",
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "facebookexternalhit/1.1",
        "curl/8.5.0",
        "python-requests/2.32",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 HeadlessChrome/120",
    ],
)
def test_robots_are_not_counted(agent: str) -> None:
    page = topic(title="Visa", slug="visa")
    Client(HTTP_USER_AGENT=agent).get("/en/visa/")
    assert counted(page.pk) == 0


def test_only_successful_gets_of_pages_count(reader: Client) -> None:
    page = topic(title="Visa", slug="visa")
    reader.head("/en/visa/")
    reader.get("/en/no-such-page/")
    reader.get("/en/search/?q=visa")
    assert counted(page.pk) == 0
    assert is_robot(BROWSER) is False


def test_counting_adds_no_query(reader: Client, settings: Any) -> None:
    topic(title="Visa", slug="visa")
    reader.get("/en/visa/")  # warm Wagtail's site and locale caches
    with CaptureQueriesContext(connection) as counting:
        reader.get("/en/visa/")
    settings.MIDDLEWARE = [m for m in settings.MIDDLEWARE if not m.endswith("HubUsageMiddleware")]
    with CaptureQueriesContext(connection) as plain:
        reader.get("/en/visa/")
    assert len(counting.captured_queries) == len(plain.captured_queries)


@pytest.fixture
def page_cache(settings: Any, tmp_path: Path) -> None:
    settings.CACHES = {
        **settings.CACHES,
        "pages": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(tmp_path),
        },
    }


def test_pages_from_the_page_cache_are_counted_without_a_query(
    reader: Client, page_cache: None
) -> None:
    page = topic(title="Cached", slug="cached")
    reader.get("/en/cached/")
    with CaptureQueriesContext(connection) as ctx:
        response = reader.get("/en/cached/")
    assert response.status_code == 200 and len(ctx.captured_queries) == 0
    assert counted(page.pk) == 2


def test_the_flush_moves_the_counts_and_a_second_flush_adds_nothing(reader: Client) -> None:
    page = topic(title="Visa", slug="visa")
    for _ in range(3):
        reader.get("/en/visa/")
    first = page_views_flush()
    assert (first.days, first.counters, first.views) == (1, 1, 3)
    row = PageViewDay.objects.get()
    assert (row.page_id, row.language, row.day, row.views) == (
        page.pk,
        "en",
        timezone.localdate(),
        3,
    )
    assert counted(page.pk) == 0
    assert page_views_flush().views == 0
    assert PageViewDay.objects.get().views == 3
    reader.get("/en/visa/")  # later views add to the day's row
    assert page_views_flush().views == 1
    assert PageViewDay.objects.get().views == 4


def test_the_flush_picks_up_the_last_days(reader: Client) -> None:
    page = topic(title="Visa", slug="visa")
    today = timezone.localdate()
    for back in (0, 1, usage.KEEP_DAYS - 1):
        page_view_count(page_id=page.pk, language="ar", day=today - dt.timedelta(days=back))
    page_view_count(page_id=page.pk, language="ar", day=today - dt.timedelta(days=30))
    flushed = page_views_flush()
    assert (flushed.days, flushed.views) == (3, 3)
    assert sorted(PageViewDay.objects.values_list("day", flat=True)) == [
        today - dt.timedelta(days=usage.KEEP_DAYS - 1),
        today - dt.timedelta(days=1),
        today,
    ]


def _stored_in_default_cache() -> list[Any]:
    """Every key and value in the default cache: the file cache's files, or Redis' keys."""
    backend = caches["default"]
    if isinstance(backend, RedisCache):
        client = backend._cache.get_client("")
        stored: list[Any] = []
        for key in client.scan_iter("*"):
            raw = client.get(key)
            stored += [key.decode(), backend._cache._serializer.loads(raw)]
        return stored
    assert isinstance(backend, FileCache)
    values: list[Any] = []
    for path in Path(backend._dir).glob("*.djcache"):
        with path.open("rb") as handle:
            pickle.load(handle)  # noqa: S301  # the expiry, from our own test cache
            values.append(pickle.loads(zlib.decompress(handle.read())))  # noqa: S301  # our own test cache
    return values


def test_nothing_personal_is_stored(reader: Client) -> None:
    page = topic(title="Visa", slug="visa")
    reader.get("/en/visa/")
    Client(HTTP_USER_AGENT=BROWSER + " other", REMOTE_ADDR="198.51.100.9").get("/en/visa/")
    # The cache holds counts and "language:page" names, nothing from the request.
    values = _stored_in_default_cache()
    text = repr(values)
    assert f"en:{page.pk}" in text and 2 in values
    for personal in (ADDRESS, "198.51.100.9", "Android", "Chrome", "Mozilla"):
        assert personal not in text
    page_views_flush()
    fields = {f.name for f in PageViewDay._meta.get_fields()}
    assert fields == {"id", "page", "language", "day", "views"}


def test_file_cache_counters_keep_their_own_expiry(reader: Client) -> None:
    """Django's file cache would reset a counter to the default 300 s on every incr."""
    page = topic(title="Visa", slug="visa")
    reader.get("/en/visa/")
    reader.get("/en/visa/")
    backend = caches["default"]
    key = usage._counter_key(timezone.localdate(), "en", page.pk)
    if isinstance(backend, RedisCache):  # CI's PostgreSQL pass: the real redis-server
        remaining = float(backend._cache.get_client(key).ttl(backend.make_and_validate_key(key)))
    else:
        assert isinstance(backend, FileCache)
        with open(backend._key_to_file(key), "rb") as handle:
            remaining = pickle.load(handle) - time.time()  # noqa: S301  # our own test cache
    assert remaining > usage.TTL - 60


def test_counting_and_flushing_on_another_cache_backend(settings: Any) -> None:
    """Redis and local memory take the plain incr/add/decr path."""
    settings.CACHES = {
        **settings.CACHES,
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    }
    page = topic(title="Visa", slug="visa")
    for _ in range(4):
        page_view_count(page_id=page.pk, language="bn")
    assert counted(page.pk, "bn") == 4
    assert page_views_flush().views == 4
    assert page_views_flush().views == 0
    assert PageViewDay.objects.get(language="bn").views == 4


def test_a_failed_database_write_gives_the_counts_back(
    reader: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = topic(title="Visa", slug="visa")
    reader.get("/en/visa/")
    reader.get("/en/visa/")

    def broken(day: dt.date, counts: dict[tuple[str, int], int]) -> None:
        raise RuntimeError("database down")

    monkeypatch.setattr(usage, "_store", broken)
    with pytest.raises(RuntimeError):
        page_views_flush()
    assert counted(page.pk) == 2
    monkeypatch.undo()
    assert page_views_flush().views == 2


def test_views_of_a_deleted_page_are_dropped(reader: Client) -> None:
    page = topic(title="Visa", slug="visa")
    reader.get("/en/visa/")
    page.delete()
    page_views_flush()
    assert not PageViewDay.objects.exists()
    assert page_views_flush().views == 0


def test_the_task_and_the_command_run_the_flush(
    reader: Client, capsys: pytest.CaptureFixture[str]
) -> None:
    topic(title="Visa", slug="visa")
    reader.get("/en/visa/")
    assert hub_usage_flush.enqueue().return_value == 1
    reader.get("/en/visa/")
    reader.get("/en/visa/")
    call_command("hub_usage_flush")
    assert "2 views from 1 counters over 1 days" in capsys.readouterr().out
    assert PageViewDay.objects.get().views == 3


def test_the_middleware_sits_between_the_page_cache_steps() -> None:
    names = list(settings.MIDDLEWARE)
    here = names.index(f"{HubUsageMiddleware.__module__}.HubUsageMiddleware")
    assert names.index("wapsi.middleware.PageCacheUpdateMiddleware") < here
    assert here < names.index("wapsi.middleware.PageCacheFetchMiddleware")


def test_page_views_per_page_language_and_day(
    django_assert_num_queries: Any,
) -> None:
    visa = topic(title="Visa", slug="visa")
    gulf = topic(title="Gulf", slug="gulf")
    today = timezone.localdate()
    yesterday = today - dt.timedelta(days=1)
    for page, language, day, views in [
        (visa, "en", yesterday, 5),
        (visa, "ur", today, 2),
        (gulf, "en", today, 7),
    ]:
        PageViewDay.objects.create(page=page, language=language, day=day, views=views)
    with django_assert_num_queries(1):
        rows = page_views(start=yesterday, end=today)
    assert [(r.title, r.language, r.day, r.views) for r in rows] == [
        ("Visa", "en", yesterday, 5),
        ("Visa", "ur", today, 2),
        ("Gulf", "en", today, 7),
    ]
    assert [r.views for r in page_views(start=today, end=today, language="en")] == [7]
    assert page_views(start=today - dt.timedelta(days=9), end=today - dt.timedelta(days=2)) == []


@pytest.mark.parametrize(
    ("start", "end", "language", "code"),
    [
        (dt.date(2026, 3, 2), dt.date(2026, 3, 1), None, "period"),
        (dt.date(2000, 1, 1), dt.date(2026, 3, 1), None, "period"),
        (dt.date(2026, 3, 1), dt.date(2026, 3, 2), "xx", "language"),
    ],
)
def test_page_views_refuses_bad_input(
    start: dt.date, end: dt.date, language: str | None, code: str
) -> None:
    with pytest.raises(ValidationError) as error:
        page_views(start=start, end=end, language=language)
    assert error.value.code == code
