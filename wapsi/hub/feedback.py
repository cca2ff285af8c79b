"""Reader feedback: "Was this useful?", rate-limited per client, no personal data kept."""

from __future__ import annotations

import hashlib
import unicodedata
from enum import Enum

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

from wapsi.hub.models import PageFeedback

RATE_LIMIT = 10  # submissions per client per window
RATE_WINDOW_SECONDS = 3600


class FeedbackOutcome(Enum):
    SAVED = "saved"
    RATE_LIMITED = "rate_limited"


def client_key(*, remote_addr: str, user_agent: str) -> str:
    """A keyed hash: the rate limiter never stores an address."""
    raw = f"{settings.SECRET_KEY}|{remote_addr}|{user_agent[:200]}".encode()
    return hashlib.sha256(raw).hexdigest()[:32]


def clean_comment(text: str) -> str:
    kept = "".join(
        ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C" or ch == "\u200c"
    )
    return kept.strip()[: PageFeedback.COMMENT_MAX]


def rate_allow(key: str, *, limit: int, window: int = RATE_WINDOW_SECONDS) -> bool:
    """Count one more action for this key in a fixed window; False once past the limit.
    Shared by the public forms (feedback, story intake, withdrawal codes)."""
    if cache.add(key, 1, window):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, window)
        return True
    return count <= limit


def _allow(key: str) -> bool:
    return rate_allow(f"hub:feedback-rate:{key}", limit=RATE_LIMIT)


def feedback_record(
    *, page_id: int, language: str, useful: bool, comment: str, key: str
) -> FeedbackOutcome:
    if not _allow(key):
        return FeedbackOutcome.RATE_LIMITED
    with transaction.atomic():
        item = PageFeedback(
            page_id=page_id, language=language, useful=useful, comment=clean_comment(comment)
        )
        item.full_clean()
        item.save()
    return FeedbackOutcome.SAVED
