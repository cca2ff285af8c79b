from django.apps import AppConfig


class CasesConfig(AppConfig):
    name = "wapsi.cases"
    label = "cases"
    verbose_name = "Case records"
