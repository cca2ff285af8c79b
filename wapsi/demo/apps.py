from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "wapsi.demo"
    label = "demo"
    verbose_name = "Demo data"
