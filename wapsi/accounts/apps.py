from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "wapsi.accounts"
    label = "accounts"
    verbose_name = "Accounts and roles"

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in, user_login_failed
        from django.db.models.signals import post_migrate

        from wapsi.accounts.roles import roles_sync_after_migrate
        from wapsi.accounts.signins import on_user_logged_in, on_user_login_failed

        post_migrate.connect(roles_sync_after_migrate, sender=self)
        # Every sign-in and every failed one goes to the audit log.
        user_logged_in.connect(on_user_logged_in, dispatch_uid="wapsi_audit_sign_in")
        user_login_failed.connect(on_user_login_failed, dispatch_uid="wapsi_audit_sign_in_failed")
