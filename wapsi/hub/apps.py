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

        from wapsi.hub import search_index as index

        # Wagtail publishes in its own code paths (editor, scheduler, workflows): its signals are
        # the one place to keep the public search index in step.
        page_published.connect(index.on_page_published, dispatch_uid="hub-search-index-publish")
        page_unpublished.connect(
            index.on_page_unpublished, dispatch_uid="hub-search-index-unpublish"
        )
        self._connect_search_index()

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

    def _connect_search_index(self) -> None:
        """The directory, stories, evidence and the roadmap live in lower apps that cannot call the hub:
        their saves and deletes, in the transaction of whichever service writes them (a
        story's withdrawal included), keep the search index in step."""
        from django.db.models.signals import post_delete, post_save

        from wapsi.hub import search_index as index

        receivers = {
            "wagtailcore.Page": (None, index.on_page_deleted),
            "centres.Service": (index.on_service_changed, index.on_service_deleted),
            "centres.Centre": (index.on_organisation_changed, None),
            "centres.Provider": (index.on_organisation_changed, None),
            "voices.Story": (index.on_story_changed, index.on_story_deleted),
            "voices.StoryConsent": (index.on_consent_changed, index.on_consent_changed),
            "evidence.Study": (index.on_study_changed, index.on_study_deleted),
            "evidence.Recommendation": (
                index.on_recommendation_changed,
                index.on_recommendation_deleted,
            ),
            "roadmap.ActionPoint": (index.on_action_changed, index.on_action_deleted),
            "roadmap.RoadmapVersion": (index.on_version_saved, index.on_version_deleted),
            "roadmap.VersionTranslation": (index.on_version_translation_changed, None),
        }
        for model, (saved, deleted) in receivers.items():
            if saved is not None:
                post_save.connect(saved, sender=model, dispatch_uid=f"search-save-{model}")
            if deleted is not None:
                post_delete.connect(deleted, sender=model, dispatch_uid=f"search-delete-{model}")
