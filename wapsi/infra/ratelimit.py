"""A fixed-window rate limiter on the default cache, keyed without storing an address."""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.core.cache import cache

WINDOW_SECONDS = 3600


def client_key(*, remote_addr: str, user_agent: str) -> str:
    """A keyed hash of who is asking: the limiter never stores an address."""
    raw = f"{settings.SECRET_KEY}|{remote_addr}|{user_agent[:200]}".encode()
    return hashlib.sha256(raw).hexdigest()[:32]


def rate_allow(key: str, *, limit: int, window: int = WINDOW_SECONDS) -> bool:
    """Count one more action for this key in a fixed window; False once past the limit.
    Shared by the public forms (feedback, story intake, withdrawal codes) and staff limits."""
    if cache.add(key, 1, window):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, window)
        return True
    return count <= limit
