from django.apps import AppConfig


class RoadmapConfig(AppConfig):
    name = "wapsi.roadmap"
    label = "roadmap"
    verbose_name = "Roadmap"
