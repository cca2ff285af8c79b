from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EvidenceConfig(AppConfig):
    name = "wapsi.evidence"
    label = "evidence"
    verbose_name = "Evidence"

    def ready(self) -> None:
        from wapsi.accounts.staff import StaffArea, staff_area_register
        from wapsi.evidence.services import is_evidence_editor

        staff_area_register(
            StaffArea(
                "evidence",
                _("Evidence"),
                "evidence_staff:home",
                is_evidence_editor,
                70,
                _("These pages are for researchers and the dialogue's secretariat."),
            )
        )
