from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "wapsi.api"
    label = "api"
    verbose_name = "API"
