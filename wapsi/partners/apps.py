from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    name = "wapsi.partners"
    label = "partners"
    verbose_name = "Partners"

    def ready(self) -> None:
        from django.db.models.signals import post_save
        from wagtail.signals import page_published

        from wapsi.accounts.roles import is_administrator
        from wapsi.accounts.staff import StaffArea, staff_area_register
        from wapsi.partners import hooks
        from wapsi.voices.signals import story_withdrawn

        staff_area_register(
            StaffArea(
                "partners",
                _("Partner keys"),
                "partners_staff:keys",
                is_administrator,
                96,
                _("These pages are for administrators."),
            )
        )
        # The apps below partners never import it: they signal (or save), partners listens.
        story_withdrawn.connect(hooks.on_story_withdrawn, dispatch_uid="partners_story_withdrawn")
        post_save.connect(
            hooks.on_story_saved, sender="voices.Story", dispatch_uid="partners_story"
        )
        post_save.connect(
            hooks.on_service_saved, sender="centres.Service", dispatch_uid="partners_service"
        )
        post_save.connect(
            hooks.on_roadmap_version_saved,
            sender="roadmap.RoadmapVersion",
            dispatch_uid="partners_roadmap_version",
        )
        page_published.connect(hooks.on_page_published, dispatch_uid="partners_page_published")
