"""A fixed-window rate limiter on the default cache, keyed without storing an address.

Who is asking is the client's address alone, never anything the client chooses (a new
User-Agent or cookie must not reset a limit):

- `REMOTE_ADDR`, the address that opened the connection, unless `BEHIND_PROXY` is on;
- behind the proxy you configure (`BEHIND_PROXY`), the right-most address of
  `X-Forwarded-For`: the one your proxy itself appended, the first hop it does not vouch for.
  Anything to its left was written by the client and is ignored. Without the header (a request
  that did not come through the proxy) `REMOTE_ADDR` again.
- An IPv6 address counts by its /64 network: one machine is usually given a whole /64 and can
  change address within it at will.

The counters live in the default cache, which every worker of the machine shares (a file cache
by default, Redis with `REDIS_URL`); see `rate_allow` for what holds under concurrency.
"""

from __future__ import annotations

import hashlib
import ipaddress

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest

WINDOW_SECONDS = 3600


def client_address(request: HttpRequest) -> str:
    """The address the limits count by (see the module's docstring)."""
    address = request.META.get("REMOTE_ADDR", "") or ""
    if getattr(settings, "BEHIND_PROXY", False):
        hops = [h.strip() for h in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        hops = [h for h in hops if h]
        if hops:
            address = hops[-1]
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address[:64]
    if parsed.version == 6:
        mapped = parsed.ipv4_mapped
        if mapped is not None:
            return str(mapped)
        return str(ipaddress.ip_network(f"{parsed}/64", strict=False))
    return str(parsed)


def client_key(request: HttpRequest) -> str:
    """A keyed hash of who is asking: the limiter never stores an address."""
    raw = f"{settings.SECRET_KEY}|{client_address(request)}".encode()
    return hashlib.sha256(raw).hexdigest()[:32]


def rate_allow(key: str, *, limit: int, window: int = WINDOW_SECONDS) -> bool:
    """Count one more action for this key in a fixed window; False once past the limit.
    Shared by the public forms (feedback, story intake, withdrawal codes) and staff limits.

    The count is exact across the workers of a machine: Redis's `incr` is atomic, and so are
    `add` and `incr` of the default file cache (wapsi/infra/filecache.py holds a file lock for
    them; Django's own FileBasedCache does not, and lost counts under load). A test posts from
    two processes at once (wapsi/tests/test_ratelimit.py)."""
    if cache.add(key, 1, window):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, window)
        return True
    return count <= limit


def rate_exceeded(key: str, *, limit: int) -> bool:
    """Whether this key has already used up its limit, without counting anything.
    With `rate_count`, for limits that count only what was accepted."""
    count = cache.get(key, 0)
    return isinstance(count, int) and count >= limit


def rate_count(key: str, *, window: int = WINDOW_SECONDS) -> None:
    """Count one accepted action for this key (see `rate_exceeded`)."""
    if cache.add(key, 1, window):
        return
    try:
        cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, window)
