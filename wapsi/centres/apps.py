from django.apps import AppConfig


class CentresConfig(AppConfig):
    name = "wapsi.centres"
    label = "centres"
    verbose_name = "Centres and providers"
