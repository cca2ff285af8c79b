from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StatsConfig(AppConfig):
    name = "wapsi.stats"
    label = "stats"
    verbose_name = "Statistics"

    def ready(self) -> None:
        from wapsi.accounts.staff import StaffArea, staff_area_register
        from wapsi.stats.permissions import can_view_stats

        staff_area_register(
            StaffArea(
                "statistics",
                _("Statistics"),
                "stats_staff:home",
                can_view_stats,
                90,
                _("These pages are for government viewers, the secretariat and centre managers."),
            )
        )
