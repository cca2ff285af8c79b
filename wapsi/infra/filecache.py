"""Django's file cache, with `add`, `incr` and `decr` atomic across the processes of a machine.

The default cache holds the rate-limit counters, so every worker of the machine must see the same
counts. Django's FileBasedCache is shared by them (one directory), but its `add` (has_key, then
set) and `incr` (get, then set) are two steps: two workers counting at once could both read n and
write n + 1. Here those read-modify-write steps hold one exclusive `flock` on a lock file in the
cache's directory, so counts are exact. Plain `get` and `set` need no lock: a file is written
beside its target and renamed into place, so a reader never sees half of one.
"""

from __future__ import annotations

import fcntl
import os
import pickle
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.filebased import FileBasedCache

LOCK_NAME = ".counters.lock"  # not *.djcache: clear() and culling leave it alone


class FileCache(FileBasedCache):
    @contextmanager
    def _locked(self) -> Iterator[None]:
        self._createdir()  # type: ignore[attr-defined]  # FileBasedCache's own helper
        with open(os.path.join(self._dir, LOCK_NAME), "a") as handle:  # type: ignore[attr-defined]
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def add(
        self,
        key: Any,
        value: Any,
        timeout: float | None = DEFAULT_TIMEOUT,
        version: int | None = None,
    ) -> bool:
        with self._locked():
            return super().add(key, value, timeout, version)

    def incr(self, key: Any, delta: int = 1, version: int | None = None) -> int:
        """Add ``delta`` keeping the key's expiry (Django's get-then-set would reset it to the
        default timeout, stretching a rate-limit window). ``decr`` comes here through the base
        class, so it takes the lock once."""
        with self._locked():
            name = self._key_to_file(key, version)  # type: ignore[attr-defined]
            try:
                with open(name, "rb") as handle:
                    # The cache's own files, written by Django's FileBasedCache (which unpickles them too).
                    expiry = pickle.load(handle)  # noqa: S301
                    value = pickle.loads(zlib.decompress(handle.read()))  # noqa: S301
            except FileNotFoundError:
                raise ValueError(f"Key {key!r} not found") from None
            now = time.time()
            if expiry is not None and expiry < now:
                self.delete(key, version)
                raise ValueError(f"Key {key!r} not found")
            new = value + delta
            self.set(key, new, None if expiry is None else expiry - now, version)
            return int(new)
