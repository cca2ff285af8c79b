"""Public rate limits count by client address alone, only what was accepted, and hold across the
worker processes of a machine (the default file cache)."""

from __future__ import annotations

import multiprocessing
from pathlib import Path
from typing import Any

import pytest
from django.test import Client as HttpClient
from django.test import RequestFactory

from wapsi.infra.ratelimit import client_address, client_key, rate_allow
from wapsi.voices.models import Purpose, Story
from wapsi.voices.views import SUBMIT_LIMIT


def _request(**meta: str) -> Any:
    return RequestFactory().get("/", **meta)


def test_key_is_the_address_alone_whatever_the_user_agent() -> None:
    one = client_key(_request(REMOTE_ADDR="198.51.100.7", HTTP_USER_AGENT="curl/8"))
    other = client_key(_request(REMOTE_ADDR="198.51.100.7", HTTP_USER_AGENT="Firefox/140"))
    assert one == other
    assert one != client_key(_request(REMOTE_ADDR="198.51.100.8", HTTP_USER_AGENT="curl/8"))


def test_forwarded_for_is_ignored_unless_behind_proxy(settings: Any) -> None:
    request = _request(REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="203.0.113.9")
    settings.BEHIND_PROXY = False
    assert client_address(request) == "10.0.0.2"
    settings.BEHIND_PROXY = True
    assert client_address(request) == "203.0.113.9"


def test_behind_proxy_takes_the_right_most_hop(settings: Any) -> None:
    """The client writes what it likes to the left; the proxy appends the address it saw."""
    settings.BEHIND_PROXY = True
    forged = [f"192.0.2.{n}, 203.0.113.9" for n in range(5)]
    addresses = {
        client_address(_request(REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=value))
        for value in forged
    }
    assert addresses == {"203.0.113.9"}
    assert client_address(_request(REMOTE_ADDR="10.0.0.2")) == "10.0.0.2"  # no header


def test_ipv6_counts_by_its_64_network() -> None:
    first = client_address(_request(REMOTE_ADDR="2001:db8:1:2::1"))
    assert first == client_address(_request(REMOTE_ADDR="2001:db8:1:2:ffff::9"))
    assert first != client_address(_request(REMOTE_ADDR="2001:db8:1:3::1"))
    assert client_address(_request(REMOTE_ADDR="::ffff:198.51.100.7")) == "198.51.100.7"


@pytest.mark.django_db
def test_a_new_user_agent_does_not_reset_the_feedback_limit() -> None:
    from wapsi.hub.feedback import RATE_LIMIT
    from wapsi.hub.models import PageFeedback
    from wapsi.hub.tests.factories import home_for

    page = home_for("en")
    url = f"/en/feedback/{page.pk}/"
    for n in range(RATE_LIMIT):
        HttpClient(HTTP_USER_AGENT=f"agent {n}").post(url, {"useful": "yes", "next": "/en/"})
    fresh = HttpClient(HTTP_USER_AGENT="a brand new agent")
    response = fresh.post(url, {"useful": "yes", "next": "/en/"})
    assert response["Location"].endswith("feedback=limit#feedback")
    assert PageFeedback.objects.count() == RATE_LIMIT


def _story(**extra: str) -> dict[str, str]:
    return {
        "title": "Back from Greece",
        "text": "We walked for nine nights. Now I drive a taxi.",
        "language": "en",
        "country": "PK",
        **{f"consent_{p}": "yes" for p in Purpose.values},
        **extra,
    }


@pytest.mark.django_db
def test_story_limit_counts_accepted_stories_only_and_ignores_user_agent() -> None:
    url = "/en/stories/share/"
    for n in range(SUBMIT_LIMIT * 2):  # refused attempts (no text) use up nothing
        refused = HttpClient(HTTP_USER_AGENT=f"agent {n}").post(url, _story(text=""))
        assert refused.status_code == 400
    for n in range(SUBMIT_LIMIT):
        assert HttpClient(HTTP_USER_AGENT=f"agent {n}").post(url, _story()).status_code == 200
    assert Story.objects.count() == SUBMIT_LIMIT
    over = HttpClient(HTTP_USER_AGENT="a brand new agent").post(url, _story())
    assert over.status_code == 429
    assert Story.objects.count() == SUBMIT_LIMIT
    other = HttpClient(REMOTE_ADDR="198.51.100.20").post(url, _story())
    assert other.status_code == 200


def _count_allowed(key: str, tries: int, start: Any, results: Any) -> None:
    start.wait()
    results.put(sum(rate_allow(key, limit=10) for _ in range(tries)))


def test_two_processes_share_one_exact_count(settings: Any, tmp_path: Path) -> None:
    """Two workers post at the same instant against a limit of 10: exactly 10 get through
    (with Django's unlocked FileBasedCache, or per-process memory, more did)."""
    settings.CACHES = {
        **settings.CACHES,
        "default": {"BACKEND": "wapsi.infra.filecache.FileCache", "LOCATION": str(tmp_path)},
    }
    context = multiprocessing.get_context("fork")
    start, results = context.Event(), context.Queue()
    workers = [
        context.Process(target=_count_allowed, args=("t:two-workers", 100, start, results))
        for _ in range(2)
    ]
    for worker in workers:
        worker.start()
    start.set()
    allowed = [results.get(timeout=60) for _ in workers]
    for worker in workers:
        worker.join(timeout=60)
    assert sum(allowed) == 10, allowed


def test_default_cache_is_shared_by_the_machine_without_redis() -> None:
    """Without REDIS_URL the default cache is the locked file cache, not per-process memory."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "REDIS_URL"}
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.CACHES['default']['BACKEND'])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        env={**env, "DJANGO_SETTINGS_MODULE": "wapsi.settings", "DEBUG": "1"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == "wapsi.infra.filecache.FileCache"
