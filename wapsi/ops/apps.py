from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpsConfig(AppConfig):
    name = "wapsi.ops"
    label = "ops"
    verbose_name = "Operations"

    def ready(self) -> None:
        from wapsi.accounts.roles import is_administrator
        from wapsi.accounts.staff import StaffArea, staff_area_register

        staff_area_register(
            StaffArea(
                "tasks",
                _("Background work"),
                "ops_staff:tasks",
                is_administrator,
                95,
                _("These pages are for administrators."),
            )
        )
