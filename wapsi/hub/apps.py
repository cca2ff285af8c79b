from django.apps import AppConfig


class HubConfig(AppConfig):
    name = "wapsi.hub"
    label = "hub"
    verbose_name = "Information hub"

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from wapsi.hub.locales import hub_initial_data_after_migrate

        post_migrate.connect(hub_initial_data_after_migrate, sender=self)

        from wagtail.signals import page_published, page_unpublished

        from wapsi.hub.search_index import on_page_published, on_page_unpublished

        # Wagtail publishes in its own code paths (editor, scheduler, workflows): its signals are
        # the one place to keep the public search index in step.
        page_published.connect(on_page_published, dispatch_uid="hub-search-index-publish")
        page_unpublished.connect(on_page_unpublished, dispatch_uid="hub-search-index-unpublish")

        from wagtail.signals import (
            workflow_approved,
            workflow_cancelled,
            workflow_rejected,
            workflow_submitted,
        )

        from wapsi.hub.translations import on_page_published as review_on_publish
        from wapsi.hub.translations import on_workflow_event

        # The reader's "not yet checked" notice follows the review workflow (translations.py).
        page_published.connect(review_on_publish, dispatch_uid="hub-review-publish")
        workflow_signals = {
            "submitted": workflow_submitted,
            "approved": workflow_approved,
            "rejected": workflow_rejected,
            "cancelled": workflow_cancelled,
        }
        for name, signal in workflow_signals.items():
            signal.connect(on_workflow_event, dispatch_uid=f"hub-review-{name}")

        from django.db.models.signals import post_delete, post_save

        from wapsi.infra.pagecache import page_cache_clear

        # Cached public pages go stale when content or the directory changes.
        page_published.connect(page_cache_clear, dispatch_uid="page-cache-publish")
        page_unpublished.connect(page_cache_clear, dispatch_uid="page-cache-unpublish")
        for model in ("centres.Centre", "centres.Provider", "centres.Service"):
            post_save.connect(
                page_cache_clear, sender=model, dispatch_uid=f"page-cache-save-{model}"
            )
            post_delete.connect(
                page_cache_clear, sender=model, dispatch_uid=f"page-cache-delete-{model}"
            )
