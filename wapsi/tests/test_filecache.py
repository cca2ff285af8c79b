"""The locked file cache keeps a counter's expiry across incr and decr, and decr returns."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from wapsi.infra.filecache import FileCache


@pytest.fixture
def cache(tmp_path: Path) -> FileCache:
    return FileCache(str(tmp_path), {"TIMEOUT": 300})


def test_incr_keeps_the_expiry(cache: FileCache) -> None:
    cache.set("n", 1, timeout=1)
    assert cache.incr("n") == 2
    assert cache.get("n") == 2
    time.sleep(1.2)
    assert cache.get("n") is None  # Django's incr would have given it 300 s more
    with pytest.raises(ValueError):
        cache.incr("n")


def test_decr_returns_under_the_lock(cache: FileCache) -> None:
    cache.set("n", 5, timeout=None)
    assert cache.decr("n", 2) == 3
    assert cache.incr("n", 10) == 13


def test_incr_of_a_missing_key_is_a_value_error(cache: FileCache) -> None:
    with pytest.raises(ValueError):
        cache.incr("absent")
