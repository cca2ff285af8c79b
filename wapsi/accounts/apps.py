from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "wapsi.accounts"
    label = "accounts"
    verbose_name = "Accounts and roles"

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from wapsi.accounts.roles import roles_sync_after_migrate

        post_migrate.connect(roles_sync_after_migrate, sender=self)
