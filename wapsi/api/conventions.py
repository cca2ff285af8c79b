"""What every /api/v1/ endpoint shares: the page envelope, paging in the database, errors as
JSON {"code", "message"}, conditional GETs (ETag, Last-Modified, 304) and absolute links.

A list is paged with a LIMIT in the SQL (``queryset[offset:offset + per_page]``), counted with one
COUNT, and ordered by a stable key ending in the primary key, so that a page never repeats or
skips a row between two requests that see the same data.
"""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Callable, Iterable
from typing import Any, Generic, TypeVar

from django.conf import settings
from django.db.models import Model, QuerySet
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date
from django.utils.translation import gettext as _
from ninja import NinjaAPI, Schema
from pydantic import BaseModel

from wapsi.lib.countries import COUNTRIES

PER_PAGE_DEFAULT = 20
PER_PAGE_MAX = 100
PAGE_MAX = 1_000_000  # beyond any real list; keeps OFFSET within what databases accept
CACHE_SECONDS = 60  # shared caches keep an answer a minute at most (a withdrawn story leaves fast)

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def choice_pattern(values: Iterable[str]) -> str:
    """A regular expression accepting exactly these values (for a filter's OpenAPI schema)."""
    return "^(" + "|".join(sorted(values)) + ")$"


LANGUAGE_PATTERN = choice_pattern(LANGUAGE_CODES)
COUNTRY_PATTERN = choice_pattern(COUNTRIES)


class Error(Schema):
    code: str
    message: str


class FieldError(Schema):
    field: str
    message: str


class InvalidInput(Error):
    errors: list[FieldError]


ERRORS: dict[int, Any] = {304: None, 404: Error, 422: InvalidInput}
LIST_ERRORS: dict[int, Any] = {304: None, 422: InvalidInput}


T = TypeVar("T", bound=BaseModel)


class Page(Schema, Generic[T]):
    count: int
    page: int
    per_page: int
    next: str | None
    previous: str | None
    items: list[T]


class PartnerApi(NinjaAPI):
    """NinjaAPI whose every answer carries an ETag (and a Last-Modified where the view set one)
    and turns into 304 Not Modified when the partner already holds it."""

    def create_response(
        self,
        request: HttpRequest,
        data: Any,
        *,
        status: int | None = None,
        temporal_response: HttpResponse | None = None,
    ) -> HttpResponse:
        response = super().create_response(
            request, data, status=status, temporal_response=temporal_response
        )
        if response.status_code != 200 or request.method not in {"GET", "HEAD"}:
            return response
        etag = '"' + hashlib.sha256(response.content).hexdigest()[:32] + '"'
        response["ETag"] = etag
        modified: datetime.datetime | None = getattr(request, "api_last_modified", None)
        stamp = int(modified.timestamp()) if modified is not None else None
        if stamp is not None:
            response["Last-Modified"] = http_date(stamp)
        patch_cache_control(response, public=True, max_age=CACHE_SECONDS)
        conditional = get_conditional_response(
            request, etag=etag, last_modified=stamp, response=response
        )
        return conditional if conditional is not None else response


def last_modified(request: HttpRequest, moments: Iterable[datetime.datetime | None]) -> None:
    """Remember the latest change among what the answer shows, for its Last-Modified."""
    known = [m for m in moments if m is not None]
    if known:
        request.api_last_modified = max(known)  # type: ignore[attr-defined]  # read by PartnerApi


def aware(moment: datetime.datetime | None) -> datetime.datetime | None:
    """A partner's modified_after, read as UTC when it names no offset."""
    if moment is None or timezone.is_aware(moment):
        return moment
    return timezone.make_aware(moment, datetime.UTC)


def as_datetime(day: datetime.date | None) -> datetime.datetime | None:
    if day is None:
        return None
    return datetime.datetime.combine(day, datetime.time.min, tzinfo=datetime.UTC)


def absolute(request: HttpRequest, path: str) -> str:
    return request.build_absolute_uri(path)


def _link(request: HttpRequest, page: int) -> str:
    query = request.GET.copy()
    query["page"] = str(page)
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")


M = TypeVar("M", bound=Model)


def paged(
    request: HttpRequest,
    queryset: QuerySet[M],
    *,
    page: int,
    per_page: int,
    render: Callable[[M], Any],
    modified: Callable[[M], datetime.datetime | None] | None = None,
) -> dict[str, Any]:
    """One page of a list as the API's envelope: a COUNT and one LIMITed SELECT (plus the
    queryset's prefetches), whatever the size of the list."""
    count = queryset.count()
    offset = (page - 1) * per_page
    rows = list(queryset[offset : offset + per_page]) if offset < count else []
    if modified is not None:
        last_modified(request, (modified(row) for row in rows))
    last = max(1, -(-count // per_page))
    return {
        "count": count,
        "page": page,
        "per_page": per_page,
        "next": _link(request, page + 1) if page < last else None,
        "previous": _link(request, min(page - 1, last)) if page > 1 else None,
        "items": [render(row) for row in rows],
    }


def error_body(code: str, message: str) -> dict[str, str]:
    return {"code": code, "message": message}


def not_found_message() -> str:
    return _("Nothing is published at this address.")
