from django.apps import AppConfig


class EvidenceConfig(AppConfig):
    name = "wapsi.evidence"
    label = "evidence"
    verbose_name = "Evidence"
