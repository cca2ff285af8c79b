"""Partner keys on API requests: who is asking, and how much they may ask.

Every request under /api/ passes here (PartnerApiMiddleware). A request without a key is
anonymous and counted by its address (the lower limit); a request with a valid key is counted
by the key (the higher limit) and in the key's daily usage. A key that is malformed, unknown,
expired or revoked is refused with 401 before anything else runs: a partner must learn that
its key is wrong, not silently fall back to anonymous reads. Counters live in the default
cache, shared by every worker (Redis with REDIS_URL, the locked file cache otherwise).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import time
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.translation import gettext as _

from wapsi.infra.ratelimit import client_key
from wapsi.partners.models import PartnerKey
from wapsi.partners.usage import partner_usage_count

TOKEN_PREFIX = "wapsi_"  # noqa: S105 (the public start of every token, not a secret)
# wapsi_<prefix: 12 lower-case hex>_<secret: 43 url-safe base64>
TOKEN_RE = re.compile(r"^wapsi_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$")


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def error_response(status: int, code: str, message: str, **headers: str) -> JsonResponse:
    response = JsonResponse({"code": code, "message": message}, status=status)
    for name, value in headers.items():
        response[name] = value
    return response


def _presented(request: HttpRequest) -> str | None:
    header = request.META.get("HTTP_AUTHORIZATION", "")
    if header:
        scheme, _sep, value = header.partition(" ")
        return value.strip() if scheme.lower() == "bearer" else header
    api_key = request.META.get("HTTP_X_API_KEY")
    return api_key.strip() if api_key is not None else None


@dataclass(frozen=True)
class KeyRefusal:
    code: str
    message: str


def partner_key_authenticate(token: str) -> PartnerKey | KeyRefusal:
    """The key this token opens, or why it opens none."""
    match = TOKEN_RE.match(token)
    if match is None:
        return KeyRefusal("malformed_key", _("The API key is malformed."))
    key = PartnerKey.objects.filter(prefix=match.group(1)).first()
    if key is None or not hmac.compare_digest(key.secret_hash, token_hash(token)):
        return KeyRefusal("unknown_key", _("The API key is not known."))
    if key.is_revoked:
        return KeyRefusal("revoked_key", _("The API key has been revoked."))
    if key.is_expired:
        return KeyRefusal("expired_key", _("The API key has expired."))
    return key


def request_partner_key(request: HttpRequest) -> PartnerKey | None:
    """The valid key the request came with (set by PartnerApiMiddleware), or None."""
    key = getattr(request, "partner_key", None)
    return key if isinstance(key, PartnerKey) else None


def _window_count(name: str, window: int) -> tuple[int, int]:
    """One more request in this fixed window: (count so far, seconds until the window ends).
    add and incr are atomic on Redis and on wapsi's file cache, so workers never lose counts."""
    start = int(time.time()) // window * window
    key = f"partners:rate:{name}:{start}"
    if cache.add(key, 1, window + 5):
        count = 1
    else:
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.add(key, 1, window + 5)
            count = 1
    return count, start + window - int(time.time())


class PartnerApiMiddleware:
    """Authenticates partner keys, applies the rate limits and counts keyed usage on /api/."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not request.path.startswith(settings.PARTNERS_API_PREFIX):
            return self.get_response(request)
        token = _presented(request)
        key: PartnerKey | None = None
        if token is not None:
            found = partner_key_authenticate(token)
            if isinstance(found, KeyRefusal):
                return error_response(
                    401, found.code, found.message, **{"WWW-Authenticate": "Bearer"}
                )
            key = found
        request.partner_key = key  # type: ignore[attr-defined]  # read by request_partner_key
        window = settings.PARTNERS_RATE_WINDOW_SECONDS
        if key is not None:
            limit = settings.PARTNERS_KEY_RATE_LIMIT
            count, reset = _window_count(f"key:{key.prefix}", window)
        else:
            limit = settings.PARTNERS_ANON_RATE_LIMIT
            count, reset = _window_count(f"anon:{client_key(request)}", window)
        headers = {
            "RateLimit-Limit": str(limit),
            "RateLimit-Remaining": str(max(limit - count, 0)),
            "RateLimit-Reset": str(max(reset, 0)),
        }
        if count > limit:
            if key is not None:
                partner_usage_count(key=key, limited=True)
            return error_response(
                429,
                "rate_limited",
                _("Too many requests; try again later."),
                **headers,
                **{"Retry-After": str(max(reset, 1))},
            )
        if key is not None:
            partner_usage_count(key=key)
        response = self.get_response(request)
        for name, value in headers.items():
            response[name] = value
        if token is not None:
            # A keyed answer is that partner's: no shared cache may keep it.
            response["Cache-Control"] = "private, no-store"
        return response
