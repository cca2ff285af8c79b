from django.apps import AppConfig


class VoicesConfig(AppConfig):
    name = "wapsi.voices"
    label = "voices"
    verbose_name = "Voices of return"
