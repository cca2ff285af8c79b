from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CentresConfig(AppConfig):
    name = "wapsi.centres"
    label = "centres"
    verbose_name = "Centres and providers"

    def ready(self) -> None:
        from wapsi.accounts.roles import is_administrator
        from wapsi.accounts.selectors import centre_ids_for_user, provider_ids_for_user
        from wapsi.accounts.staff import StaffArea, staff_area_register
        from wapsi.accounts.types import Actor

        def directory_staff(user: Actor) -> bool:
            # Providers propose changes to their services; their centre's staff review them.
            return bool(centre_ids_for_user(user=user) or provider_ids_for_user(user=user))

        staff_area_register(
            StaffArea(
                "directory",
                _("Directory updates"),
                "directory_staff:services",
                directory_staff,
                50,
                _("These pages are for the staff of a centre or of a service provider."),
            )
        )
        # An administrator's screens: who works at which centre or provider, second-step reset.
        staff_area_register(
            StaffArea(
                "people",
                _("People"),
                "directory_staff:people",
                is_administrator,
                90,
                _("These pages are for administrators."),
            )
        )
