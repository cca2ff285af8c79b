"""Public reads of the directory for other apps."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.cache import cache

from wapsi.centres.models import Centre

CENTRES_CACHE_KEY = "centres:public:v1"


@dataclass(frozen=True)
class CentreCard:
    name: str
    city: str
    country: str
    host_institution: str
    hotline: str
    opened: str
    source_url: str
    is_illustrative: bool


def centres_public() -> list[CentreCard]:
    """Active centres for public pages. Cached: the header shows their hotlines on every page."""
    cached = cache.get(CENTRES_CACHE_KEY)
    if cached is not None:
        return cached
    rows = [
        CentreCard(
            name=c.name,
            city=c.city,
            country=c.country,
            host_institution=c.host_institution,
            hotline=c.hotline,
            opened=c.opened,
            source_url=c.source_url,
            is_illustrative=c.is_illustrative,
        )
        for c in Centre.objects.filter(is_active=True).order_by("country", "city", "name")
    ]
    cache.set(CENTRES_CACHE_KEY, rows, 300)
    return rows


def hotlines_public() -> list[CentreCard]:
    return [card for card in centres_public() if card.hotline]


def centres_forget() -> None:
    """Call after any change to a centre, so public pages show it at once."""
    cache.delete(CENTRES_CACHE_KEY)
