from __future__ import annotations

from typing import Any

from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _terms(sender: Any, **kwargs: Any) -> None:
    from wapsi.voices.terms import terms_ensure

    terms_ensure()


class VoicesConfig(AppConfig):
    name = "wapsi.voices"
    label = "voices"
    verbose_name = "Voices of return"

    def ready(self) -> None:
        post_migrate.connect(_terms, sender=self)
