from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RoadmapConfig(AppConfig):
    name = "wapsi.roadmap"
    label = "roadmap"
    verbose_name = "Roadmap"

    def ready(self) -> None:
        from wapsi.accounts.staff import StaffArea, staff_area_register
        from wapsi.roadmap.permissions import is_dialogue_staff

        staff_area_register(
            StaffArea(
                "roadmap",
                _("Roadmap"),
                "roadmap_staff:home",
                is_dialogue_staff,
                80,
                _("These pages are for researchers and the dialogue's secretariat."),
            )
        )
