from __future__ import annotations

from typing import Any

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy


def _terms(sender: Any, **kwargs: Any) -> None:
    from wapsi.voices.terms import terms_ensure

    terms_ensure()


class VoicesConfig(AppConfig):
    name = "wapsi.voices"
    label = "voices"
    verbose_name = "Voices of return"

    def ready(self) -> None:
        from wapsi.accounts.staff import StaffArea, staff_area_register
        from wapsi.voices.permissions import can_open_stories_area

        post_migrate.connect(_terms, sender=self)
        staff_area_register(
            StaffArea(
                slug="stories",
                label=gettext_lazy("Stories"),
                url_name="voices_staff:home",
                allowed=can_open_stories_area,
                order=60,
                audience=gettext_lazy(
                    "These pages are for testimony moderators, counsellors who take stories, "
                    "and campaign managers."
                ),
            )
        )
