from django.apps import AppConfig


class HubConfig(AppConfig):
    name = "wapsi.hub"
    label = "hub"
    verbose_name = "Information hub"

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from wapsi.hub.locales import locales_sync_after_migrate

        post_migrate.connect(locales_sync_after_migrate, sender=self)
