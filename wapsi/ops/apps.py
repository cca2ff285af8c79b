from django.apps import AppConfig


class OpsConfig(AppConfig):
    name = "wapsi.ops"
    label = "ops"
    verbose_name = "Operations"
