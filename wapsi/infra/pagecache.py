"""How long shared caches may keep public answers, and the purge of the server's page cache."""

from __future__ import annotations

from django.conf import settings

PUBLIC_MAX_AGE = 300

# Testimonies can be withdrawn at any moment: shared caches may keep them only briefly. (The
# server's own page cache is emptied on withdrawal; a CDN cannot be, so it gets a minute.)
TESTIMONY_MAX_AGE = 60


def public_max_age(path: str) -> int:
    if path.startswith("/api/") or "/stories/" in path:
        return TESTIMONY_MAX_AGE
    return PUBLIC_MAX_AGE


def page_cache_clear(**kwargs: object) -> None:
    """Drop every cached public page (after a publish, a directory change or a withdrawal)."""
    from django.core.cache import caches

    caches[settings.CACHE_MIDDLEWARE_ALIAS].clear()
