from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "wapsi.audit"
    label = "audit"
    verbose_name = "Audit log"
