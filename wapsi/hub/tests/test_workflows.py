"""Translations through wagtail-localize and the review workflow: translator submits, a content
editor approves; the roles are the workflow's groups; the reader's notice follows the workflow."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from wagtail.models import (
    GroupApprovalTask,
    Locale,
    Task,
    TaskState,
    Workflow,
    WorkflowPage,
    WorkflowState,
)
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from wapsi.accounts.models import User
from wapsi.accounts.roles import PAGE_WORKFLOW, roles_sync
from wapsi.hub.freshness import language_statuses, translations_awaiting_review
from wapsi.hub.models import CountryGuidePage
from wapsi.hub.tests.factories import guide, home_for, staff, topic, translate
from wapsi.hub.translations import native_review_sync

pytestmark = pytest.mark.django_db

URDU_TITLE = "پاکستان: محفوظ ہجرت"


def signed_in(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def urdu(text: str) -> str:
    return f"اردو میں: {text}"


def approve(client: Client, page: Any) -> Any:
    task_state = page.current_workflow_state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    return client.post(url, {})


def test_translator_translates_pakistan_guide_into_urdu_and_content_editor_publishes_it() -> None:
    home_for("ur")
    english = guide(title="Pakistan")
    translator = signed_in(staff("translator"))
    editor = signed_in(staff("content_editor"))
    ur = Locale.objects.get(language_code="ur")

    # "Translate this page": Urdu is offered; the translation starts as a draft, not live.
    submit_url = reverse("wagtail_localize:submit_page_translation", args=[english.pk])
    form = translator.get(submit_url).context["form"]
    assert ur in form.fields["locales"].queryset
    assert translator.post(submit_url, {"locales": [ur.pk]}).status_code == 302
    page = CountryGuidePage.objects.get(translation_key=english.translation_key, locale=ur)
    assert not page.live
    translation = Translation.objects.get(
        source__object_id=english.translation_key, target_locale=ur
    )

    # The translator opens wagtail-localize's editor and translates every string but the slug.
    response = translator.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    assert "Submit for review" in response.content.decode()
    for segment in translation.source.stringsegment_set.select_related("string", "context"):
        if segment.context.path == "slug":
            continue
        value = URDU_TITLE if segment.context.path == "title" else urdu(segment.string.data)
        url = reverse(
            "wagtail_localize:edit_string_translation",
            kwargs={"translation_id": translation.pk, "string_segment_id": segment.pk},
        )
        answer = translator.put(
            url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded"
        )
        assert answer.status_code == 201

    # ... and submits it (from the editor, or the page's menu in the explorer): a draft
    # revision enters the workflow; nothing is live yet.
    submit = reverse("hub_translation_submit", args=[page.pk])
    explorer = reverse("wagtailadmin_explore", args=[page.get_parent().pk])
    assert submit in translator.get(explorer).content.decode()
    assert translator.get(submit).status_code == 200
    assert translator.post(submit).status_code == 302
    page.refresh_from_db()
    state = page.current_workflow_state
    assert state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == PAGE_WORKFLOW
    assert not page.live and page.draft_title == URDU_TITLE
    assert [p.pk for p in translations_awaiting_review(language="ur")] == [page.pk]

    # The translator cannot approve their own work; the content editor sees it and approves.
    approve(translator, page)
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert URDU_TITLE in editor.get("/admin/").content.decode()  # "Awaiting your review"
    in_editor = editor.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "waiting for a content editor" in in_editor and submit not in in_editor
    assert approve(editor, page).status_code == 302

    page.refresh_from_db()
    assert page.live and page.title == URDU_TITLE and page.current_workflow_state is None
    assert translations_awaiting_review(language="ur") == []
    body = Client().get("/ur/pakistan/").content.decode()
    assert URDU_TITLE in body and urdu("Register first.") in body
    assert "Register first." in Client().get("/en/pakistan/").content.decode()


def test_translation_sent_back_for_changes_is_submitted_again() -> None:
    home_for("ur")
    english = guide(title="Pakistan")
    translator_user = staff("translator")
    translator, editor = signed_in(translator_user), signed_in(staff("content_editor"))
    ur = Locale.objects.get(language_code="ur")
    translator.post(
        reverse("wagtail_localize:submit_page_translation", args=[english.pk]), {"locales": [ur.pk]}
    )
    page = CountryGuidePage.objects.get(translation_key=english.translation_key, locale=ur)
    submit = reverse("hub_translation_submit", args=[page.pk])
    translator.post(submit)
    task_state = page.current_workflow_state.current_task_state
    reject = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "reject", task_state.pk])
    editor.post(reject, {"comment": "Please translate the title."})
    assert page.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert (
        "Please translate the title."
        in translator.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    )
    translator.post(submit)
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert not page.live


def test_pakistan_guide_offers_every_language_urdu_included(demo: object) -> None:
    """Urdu is a wagtail-localize translation of the English guide (so "Sync translated pages"
    offers it) and the other languages are offered by "Translate this page"."""
    english = CountryGuidePage.objects.get(slug="pakistan", locale__language_code="en")
    translator = signed_in(User.objects.get(username="translator"))
    source = TranslationSource.objects.get_for_instance(english)
    synced = translator.get(reverse("wagtail_localize:update_translations", args=[source.pk]))
    synced_codes = {t["locale"].language_code for t in synced.context["translations"]}
    offered = translator.get(
        reverse("wagtail_localize:submit_page_translation", args=[english.pk])
    ).context["form"]
    new_codes = {locale.language_code for locale in offered.fields["locales"].queryset}
    assert "ur" in synced_codes
    everyone = {code for code, _name in settings.LANGUAGES} - {"en"}
    assert synced_codes | new_codes == everyone and not synced_codes & new_codes


def test_demo_translations_are_wagtail_localize_translations_that_show_english_changes(
    demo: object,
) -> None:
    english = CountryGuidePage.objects.get(slug="pakistan", locale__language_code="en")
    ur = Locale.objects.get(language_code="ur")
    translation = Translation.objects.get(
        source__object_id=english.translation_key, target_locale=ur
    )
    segments = translation.source.stringsegment_set.all()
    assert not segments.annotate_translation(ur).filter(translation__isnull=True).exists()
    # The English guide changes; after "Sync translated pages" only the new text lacks Urdu.
    english.title = "Pakistan: safe migration, return and help, revised"
    english.save_revision().publish()
    translator = signed_in(User.objects.get(username="translator"))
    translator.post(reverse("wagtail_localize:update_translations", args=[translation.source.pk]))
    missing = segments.annotate_translation(ur).filter(translation__isnull=True)
    assert [s.string.data for s in missing.select_related("string")] == [english.title]
    assert StringTranslation.objects.filter(locale=ur).count() > 20


def test_demo_translation_awaits_review_until_a_content_editor_approves_it(demo: object) -> None:
    page = CountryGuidePage.objects.get(slug="pakistan", locale__language_code="ur")
    assert page.live and page.needs_native_review
    assert 'class="notice"' in Client().get("/ur/pakistan/").content.decode()
    # The guide and the demo's topics and FAQ: every Urdu page awaits its native check.
    waiting = language_statuses(languages=["ur"])[0].needs_review
    assert waiting == CountryGuidePage.objects.filter(locale__language_code="ur").count() + 7
    approve(signed_in(User.objects.get(username="content_editor")), page)
    page.refresh_from_db()
    assert not page.needs_native_review
    assert language_statuses(languages=["ur"])[0].needs_review == waiting - 1
    assert "not yet checked" not in Client().get("/ur/pakistan/").content.decode()


def test_reader_notice_follows_the_workflow() -> None:
    source = topic(title="Source", slug="source")
    page = translate(source, "ps", title="سرچینه")
    translator = staff("translator")
    assert not native_review_sync(page)  # live, not in review
    state = page.get_workflow().start(page, translator)  # the live text waits for a check
    page.refresh_from_db()
    assert page.needs_native_review
    state.current_task_state.approve(user=staff("content_editor"))
    page.refresh_from_db()
    assert not page.needs_native_review
    # A new draft of an approved translation waits in review; readers see the approved text.
    page.title = "سرچینه ۲"
    page.save_revision(user=translator)
    page.get_workflow().start(page, translator)
    page.refresh_from_db()
    assert not page.needs_native_review
    assert [p.pk for p in translations_awaiting_review(language="ps")] == [page.pk]


def test_roles_sync_replaces_wagtails_moderators_and_editors_and_default_workflow() -> None:
    # A database made before this change: Wagtail's groups, with members, and its workflow.
    moderator = User.objects.create_user(username="old-moderator", password="x" * 12)
    editor = User.objects.create_user(username="old-editor", password="x" * 12)
    moderators, _ = Group.objects.get_or_create(name="Moderators")
    editors, _ = Group.objects.get_or_create(name="Editors")
    moderator.groups.add(moderators)
    editor.groups.add(editors)
    legacy_task = GroupApprovalTask.objects.create(name="Moderators approval")
    legacy_task.groups.set([moderators])
    legacy = Workflow.objects.create(name="Moderators approval")
    legacy.workflow_tasks.create(task=legacy_task, sort_order=0)

    roles_sync()
    roles_sync()  # idempotent

    assert not Group.objects.filter(name__in=["Moderators", "Editors"]).exists()
    assert set(moderator.groups.values_list("name", flat=True)) == {"Content editor"}
    assert set(editor.groups.values_list("name", flat=True)) == {"Translator"}
    assert not Workflow.objects.filter(name="Moderators approval").exists()
    assert not Task.objects.filter(name="Moderators approval").exists()
    on_root = WorkflowPage.objects.get(page__depth=1).workflow
    assert on_root.name == PAGE_WORKFLOW and on_root.active
    (task,) = [t.specific for t in on_root.tasks]
    assert list(task.groups.values_list("name", flat=True)) == ["Content editor"]
    assert Workflow.objects.filter(name=PAGE_WORKFLOW).count() == 1
    assert TaskState.objects.count() == 0
