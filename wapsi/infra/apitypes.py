"""Types shared by the API's query parameters (the partner API and the partners' routes)."""

from __future__ import annotations

import datetime
import re
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator

# RFC 3339 date-time, what OpenAPI's `format: date-time` means: a date, a time and an offset.
# pydantic alone would also take "-1e-308" (seconds since 1970) or a date without a time.
RFC_3339 = re.compile(
    r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$", re.ASCII
)


def _rfc_3339_only(value: Any) -> Any:
    if isinstance(value, datetime.datetime) and value.tzinfo is not None:
        return value
    if not isinstance(value, str) or not RFC_3339.match(value):
        raise ValueError(
            "Give a moment as an RFC 3339 date-time with its offset, e.g. 2026-01-31T12:00:00Z."
        )
    return value


def _in_utc(value: datetime.datetime) -> datetime.datetime:
    """The same moment in UTC: PostgreSQL refuses offsets beyond 15:59 (RFC 3339 allows 23:59)."""
    try:
        return value.astimezone(datetime.UTC)
    except OverflowError as error:  # e.g. 0001-01-01T00:00:00+01:00 is before year 1 in UTC
        raise ValueError("That moment is out of range.") from error


# A moment with its offset (a partner's clock and ours need not share a zone), held in UTC.
Moment = Annotated[datetime.datetime, BeforeValidator(_rfc_3339_only), AfterValidator(_in_utc)]
