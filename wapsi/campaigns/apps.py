from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CampaignsConfig(AppConfig):
    name = "wapsi.campaigns"
    label = "campaigns"
    verbose_name = "Campaigns"

    def ready(self) -> None:
        from wapsi.accounts.staff import StaffArea, staff_area_register
        from wapsi.campaigns.permissions import can_read_reports
        from wapsi.campaigns.services import on_consents_lapsed, on_story_withdrawn
        from wapsi.voices.signals import consents_lapsed, story_withdrawn

        # voices sits below campaigns and never imports it: it signals, campaigns listens.
        story_withdrawn.connect(on_story_withdrawn, dispatch_uid="campaigns_story_withdrawn")
        consents_lapsed.connect(on_consents_lapsed, dispatch_uid="campaigns_consents_lapsed")
        staff_area_register(
            StaffArea(
                "campaigns",
                _("Campaigns"),
                "campaigns_staff:home",
                can_read_reports,
                65,
                _(
                    "These pages are for campaign managers; the secretariat and government "
                    "viewers read campaign reports."
                ),
            )
        )
