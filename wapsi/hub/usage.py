"""Hub use: reader views per page, language and day, counted without any personal data.

**What is counted.** A GET of a hub page (a Wagtail page: home, guide, topic, FAQ) answered 200,
whether rendered or served from the whole-page cache, by a reader that does not say it is a
robot. Wagtail's ``before_serve_page`` hook marks the response with the page's id (an attribute
of the response object, cached with it, never sent), and ``HubUsageMiddleware``, which sits
outside the page cache, counts every marked response. The language is the reader's (the URL
prefix), so an English page shown under ``/ur/`` counts as read in Urdu.

**What is not kept.** No cookie is read or set, no address, user agent, referrer or time of
day is stored: a counter is keyed by day, language and page id only. The user agent is looked
at in memory, once, to leave out self-declared robots and link previews (``ROBOT_MARKS``);
robots that pretend to be browsers are counted: these are page *views*, not people.

**Cost on a public page.** No database query: one increment in the shared default cache (the
file cache of the machine, or Redis with ``REDIS_URL``). The first view of a page in a
language on a day also appends the counter's name to that day's index: an ``incr`` of the
day's slot counter and one ``set``. So the flush finds every counter of a day by reading the
index, without scanning the cache.

**Flush.** ``page_views_flush`` (the django-tasks task ``hub_usage_flush``, and
``manage.py hub_usage_flush``) reads
the index of each of the last ``KEEP_DAYS`` days, takes each counter's value *off* the counter
(an atomic subtraction, so views counted meanwhile stay for the next flush) and adds it to
``PageViewDay`` in one transaction per day; a second flush adds nothing. If the database
write fails, the counts are given back to the counters.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.base import BaseCache
from django.db import transaction
from django.db.models import F
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django_tasks import task

from wapsi.infra.filecache import FileCache

PREFIX = "hubuse:v1"
KEEP_DAYS = 8  # counters live this long: a flush missed for a week loses nothing
TTL = KEEP_DAYS * 24 * 3600
RESPONSE_MARK = "wapsi_hub_page_id"  # attribute of the response: cached with it, never sent
REQUEST_MARK = "_wapsi_hub_page_id"
BATCH = 500  # keys per cache read in the flush

# Self-declared robots, crawlers, link previews and monitors (lower case substrings).
ROBOT_MARKS = (
    "bot",
    "crawl",
    "spider",
    "slurp",
    "preview",
    "facebookexternalhit",
    "embedly",
    "monitor",
    "uptime",
    "curl/",
    "wget/",
    "python-requests",
    "python-urllib",
    "httpx",
    "go-http-client",
    "java/",
    "okhttp",
    "headless",
    "lighthouse",
)


def is_robot(user_agent: str) -> bool:
    agent = user_agent.lower()
    return not agent or any(mark in agent for mark in ROBOT_MARKS)


def _cache() -> BaseCache:
    return caches["default"]


def _counter_key(day: dt.date, language: str, page_id: int) -> str:
    return f"{PREFIX}:{day.isoformat()}:c:{language}:{page_id}"


def _slots_key(day: dt.date) -> str:
    return f"{PREFIX}:{day.isoformat()}:n"


def _slot_key(day: dt.date, number: int) -> str:
    return f"{PREFIX}:{day.isoformat()}:s:{number}"


def _locked(cache: BaseCache) -> AbstractContextManager[Any] | None:
    """The file cache's lock, for read-modify-write steps that keep a counter's expiry.

    Django's file cache implements ``incr`` as get-then-set with the *default* timeout (300 s),
    which would expire a day's counter five minutes after its last view, and the project's
    ``FileCache.decr`` takes its lock twice (it calls ``incr``), so it never returns. Under the
    lock, a get and a set with our own timeout do both jobs. Other backends (Redis, local
    memory) keep the expiry on ``incr``/``decr`` and are atomic on their own.
    """
    if isinstance(cache, FileCache):
        return cache._locked()
    return None


def _add(cache: BaseCache, key: str, delta: int) -> bool:
    """Add ``delta`` to a counter, creating it if needed; True when this call created it."""
    lock = _locked(cache)
    if lock is not None:
        with lock:
            value = cache.get(key)
            cache.set(key, (value or 0) + delta, TTL)
            return value is None
    try:
        cache.incr(key, delta)
        return False
    except ValueError:  # not there yet (or expired): one writer creates it
        if cache.add(key, delta, TTL):
            return True
        cache.incr(key, delta)
        return False


def _take(cache: BaseCache, key: str, amount: int) -> None:
    lock = _locked(cache)
    if lock is not None:
        with lock:
            cache.set(key, (cache.get(key) or 0) - amount, TTL)
        return
    cache.decr(key, amount)


def page_view_count(*, page_id: int, language: str, day: dt.date | None = None) -> None:
    """Count one view of a page in a language today. Cache only: no database query."""
    cache = _cache()
    day = day or timezone.localdate()
    if _add(cache, _counter_key(day, language, page_id), 1):
        number = _next_slot(cache, day)
        cache.set(_slot_key(day, number), f"{language}:{page_id}", TTL)


def _next_slot(cache: BaseCache, day: dt.date) -> int:
    key = _slots_key(day)
    lock = _locked(cache)
    if lock is not None:
        with lock:
            number = (cache.get(key) or 0) + 1
            cache.set(key, number, TTL)
            return number
    if cache.add(key, 1, TTL):
        return 1
    return int(cache.incr(key))


# --- the hook and the middleware --------------------------------------------------------------


def mark_page_served(page: Any, request: HttpRequest, *args: Any, **kwargs: Any) -> None:
    """Wagtail's ``before_serve_page`` hook: remember which page this request serves."""
    setattr(request, REQUEST_MARK, page.pk)


class HubUsageMiddleware:
    """Counts hub page views, rendered or from the page cache.

    Listed right after ``PageCacheUpdateMiddleware``: inside it, so the page id it puts on a
    rendered response is cached with the page; outside ``PageCacheFetchMiddleware``, so cached
    pages pass through it too.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.languages = {code for code, _name in settings.LANGUAGES}

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        page_id = getattr(request, REQUEST_MARK, None)
        if page_id is not None:
            setattr(response, RESPONSE_MARK, page_id)
        else:
            page_id = getattr(response, RESPONSE_MARK, None)
        if (
            page_id is not None
            and request.method == "GET"
            and response.status_code == 200
            and not is_robot(request.META.get("HTTP_USER_AGENT", ""))
        ):
            language = getattr(request, "LANGUAGE_CODE", "")
            if language in self.languages:
                page_view_count(page_id=page_id, language=language)
        return response


# --- the flush --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Flushed:
    days: int
    counters: int
    views: int


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _day_counts(cache: BaseCache, day: dt.date) -> dict[tuple[str, int], int]:
    """The day's counters with a positive value, found through the day's index."""
    slots = int(cache.get(_slots_key(day)) or 0)
    if not slots:
        return {}
    members: set[str] = set()
    for chunk in _chunks([_slot_key(day, n) for n in range(1, slots + 1)], BATCH):
        members.update(str(v) for v in cache.get_many(chunk).values())
    keys: dict[str, tuple[str, int]] = {}
    for member in members:
        language, _sep, page = member.rpartition(":")
        keys[_counter_key(day, language, int(page))] = (language, int(page))
    counts: dict[tuple[str, int], int] = {}
    for chunk in _chunks(list(keys), BATCH):
        for key, value in cache.get_many(chunk).items():
            if isinstance(value, int) and value > 0:
                counts[keys[key]] = value
    return counts


def _store(day: dt.date, counts: dict[tuple[str, int], int]) -> None:
    """Add counts to the day's rows: create missing rows at 0, then add to each."""
    from wagtail.models import Page

    from wapsi.hub.models import PageViewDay

    with transaction.atomic():
        existing = set(
            Page.objects.filter(pk__in={page for _lang, page in counts}).values_list(
                "pk", flat=True
            )
        )
        rows = [
            PageViewDay(page_id=page, language=language, day=day, views=0)
            for (language, page) in counts
            if page in existing
        ]
        PageViewDay.objects.bulk_create(rows, ignore_conflicts=True)
        for (language, page), views in counts.items():
            if page in existing:
                PageViewDay.objects.filter(page_id=page, language=language, day=day).update(
                    views=F("views") + views
                )


def _days(today: dt.date) -> Iterable[dt.date]:
    return (today - dt.timedelta(days=back) for back in range(KEEP_DAYS - 1, -1, -1))


def page_views_flush(*, today: dt.date | None = None) -> Flushed:
    """Move the counted views of the last ``KEEP_DAYS`` days from the cache into ``PageViewDay``.

    Views of a page deleted since are dropped. Safe to run at any time and as often as wanted.
    """
    cache = _cache()
    days = counters = views = 0
    for day in _days(today or timezone.localdate()):
        counts = _day_counts(cache, day)
        if not counts:
            continue
        for (language, page), amount in counts.items():
            _take(cache, _counter_key(day, language, page), amount)
        try:
            _store(day, counts)
        except Exception:
            for (language, page), amount in counts.items():
                _add(cache, _counter_key(day, language, page), amount)
            raise
        days += 1
        counters += len(counts)
        views += sum(counts.values())
    return Flushed(days=days, counters=counters, views=views)


@task()
def hub_usage_flush() -> int:
    """The flush as a background task (``run_daily`` or a scheduler); returns the views moved."""
    return page_views_flush().views
