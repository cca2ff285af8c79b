from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CasesConfig(AppConfig):
    name = "wapsi.cases"
    label = "cases"
    verbose_name = "Case records"

    def ready(self) -> None:
        from wapsi.accounts.access import Scope
        from wapsi.accounts.staff import StaffArea, staff_area_register
        from wapsi.accounts.types import Actor

        def centre_staff(user: Actor) -> bool:
            return Scope.for_user(user).is_centre_staff

        def case_staff(user: Actor) -> bool:
            scope = Scope.for_user(user)
            return scope.is_centre_staff or scope.is_provider_staff

        centre_audience = _(
            "These pages are for the counsellors and managers of a centre. An administrator "
            "adds your account to your centre under Admin → Users."
        )
        for area in (
            StaffArea(
                "session_quick",
                _("Log a session"),
                "cases:session_quick",
                centre_staff,
                10,
                centre_audience,
            ),
            StaffArea(
                "clients", _("Clients"), "cases:client_list", centre_staff, 20, centre_audience
            ),
            StaffArea(
                "sessions", _("Sessions"), "cases:session_list", centre_staff, 30, centre_audience
            ),
            StaffArea(
                "referrals",
                _("Referrals"),
                "cases:referral_list",
                case_staff,
                40,
                _("These pages are for the staff of a centre or of a service provider."),
            ),
        ):
            staff_area_register(area)
