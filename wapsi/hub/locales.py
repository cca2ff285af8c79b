"""Keep Wagtail's locales in step with the languages in settings."""

from __future__ import annotations

from typing import Any

from django.conf import settings


def locales_sync() -> None:
    from wagtail.models import Locale

    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


def locales_sync_after_migrate(sender: Any, **kwargs: Any) -> None:
    locales_sync()
