"""Reader feedback: "Was this useful?", rate-limited per client, no personal data kept."""

from __future__ import annotations

import unicodedata
from enum import Enum

from django.db import transaction

from wapsi.hub.models import PageFeedback
from wapsi.infra.ratelimit import rate_allow

RATE_LIMIT = 10  # submissions per client per window


class FeedbackOutcome(Enum):
    SAVED = "saved"
    RATE_LIMITED = "rate_limited"


def clean_comment(text: str) -> str:
    kept = "".join(
        ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C" or ch == "\u200c"
    )
    return kept.strip()[: PageFeedback.COMMENT_MAX]


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
