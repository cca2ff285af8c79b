"""Moderation: redaction before publication, two-person rule, every step audited, consent per
surface."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client as HttpClient

from wapsi.audit.models import AuditAction, AuditEntry
from wapsi.cases.tests.factories import staff
from wapsi.voices import services
from wapsi.voices.models import Purpose, Status, Story
from wapsi.voices.tests.factories import ALL_YES, published_story, submitted_story

pytestmark = pytest.mark.django_db


def reviewed(story: Story, moderator: object) -> Story:
    story = services.story_review_start(actor=moderator, story=story)
    preview = services.redaction_preview(story)
    return services.story_redact(
        actor=moderator, story=story, public_title=preview["title"], public_text=preview["text"]
    )


def test_suggested_redactions_are_replaced_before_the_public_reads_anything() -> None:
    story, _code = submitted_story(
        text="Call Imran on 0300 1234567 or +964 750 123 4567, CNIC 35202-1234567-1, in Kharian."
    )
    kinds = {r["kind"] for r in story.redactions["text"]}
    assert {"phone", "national_id", "name", "place"} <= kinds
    preview = services.redaction_preview(story)["text"]
    for secret in ("Imran", "0300", "750 123", "35202", "Kharian"):
        assert secret not in preview


def test_the_moderator_who_redacted_cannot_publish() -> None:
    first, second = staff("testimony_moderator"), staff("testimony_moderator")
    story = reviewed(submitted_story()[0], first)
    story = services.story_approve(actor=first, story=story)
    with pytest.raises(ValidationError, match="two-person"):
        services.story_publish(actor=first, story=story)
    story.refresh_from_db()
    assert story.status == Status.APPROVED
    published = services.story_publish(actor=second, story=story)
    assert published.status == Status.PUBLISHED
    assert published.published_by == second and published.redacted_by == first


def test_a_story_cannot_be_approved_before_its_public_text_is_written() -> None:
    moderator = staff("testimony_moderator")
    story = services.story_review_start(actor=moderator, story=submitted_story()[0])
    with pytest.raises(ValidationError):
        services.story_approve(actor=moderator, story=story)


def test_only_moderators_moderate() -> None:
    story, _code = submitted_story()
    for role in ("counsellor", "content_editor", "campaign_manager"):
        with pytest.raises(PermissionDenied):
            services.story_review_start(actor=staff(role), story=story)


def test_every_step_is_in_the_audit_log() -> None:
    story = published_story()
    actions = list(
        AuditEntry.objects.filter(object_type="voices.story", object_id=str(story.pk))
        .order_by("id")
        .values_list("action", flat=True)
    )
    assert actions == [
        AuditAction.CREATE,
        AuditAction.TRANSITION,  # in review
        AuditAction.UPDATE,  # redacted
        AuditAction.TRANSITION,  # approved
        AuditAction.PUBLISH,
    ]


def test_changes_requested_then_back_in_review() -> None:
    moderator = staff("testimony_moderator")
    story = services.story_review_start(actor=moderator, story=submitted_story()[0])
    with pytest.raises(ValidationError):
        services.story_changes_request(actor=moderator, story=story, note="  ")
    story = services.story_changes_request(actor=moderator, story=story, note="Add the year")
    assert story.status == Status.CHANGES_REQUESTED
    assert services.story_review_start(actor=moderator, story=story).status == Status.IN_REVIEW


def test_a_story_consented_only_for_campaigns_never_appears_on_the_hub() -> None:
    consents = dict.fromkeys(Purpose.values, False) | {"campaigns": True}
    story = published_story(title="Only for campaigns", consents=consents)
    assert story.status == Status.PUBLISHED
    http = HttpClient()
    assert http.get(f"/en/stories/{story.reference}/").status_code == 404
    assert "Only for campaigns" not in http.get("/en/stories/").content.decode()
    assert "Only for campaigns" not in http.get("/api/v1/stories").content.decode()
    manager = HttpClient()
    manager.force_login(staff("campaign_manager"))
    assert "Only for campaigns" in manager.get("/staff/voices/campaigns/").content.decode()


def test_a_story_with_no_public_consent_cannot_be_published() -> None:
    moderator, other = staff("testimony_moderator"), staff("testimony_moderator")
    story, _ = submitted_story(consents=dict.fromkeys(Purpose.values, False))
    story = services.story_approve(actor=moderator, story=reviewed(story, moderator))
    story = Story.objects.prefetch_related("consents").get(pk=story.pk)
    with pytest.raises(ValidationError):
        services.story_publish(actor=other, story=story)


def test_first_name_and_media_follow_their_own_consents() -> None:
    consents = dict(ALL_YES) | {"first_name": False}
    story = published_story(first_name="Bilal", consents=consents)
    html = HttpClient().get(f"/en/stories/{story.reference}/").content.decode()
    assert "Bilal" not in html and "Anonymous" in html
    named = published_story(first_name="Bilal", title="Named story")
    html = HttpClient().get(f"/en/stories/{named.reference}/").content.decode()
    assert "Bilal" in html


def test_moderator_reading_a_story_is_audited() -> None:
    story, _ = submitted_story()
    moderator = staff("testimony_moderator")
    http = HttpClient()
    http.force_login(moderator)
    response = http.get(f"/staff/voices/{story.pk}/")
    assert response.status_code == 200
    assert response["Cache-Control"].startswith("no-store")
    assert AuditEntry.objects.filter(
        action=AuditAction.READ, object_id=str(story.pk), actor_id=moderator.pk
    ).exists()


def test_moderation_screens_walk_a_story_to_publication() -> None:
    story, _ = submitted_story()
    first, second = HttpClient(), HttpClient()
    first.force_login(staff("testimony_moderator"))
    second.force_login(staff("testimony_moderator"))
    url = f"/staff/voices/{story.pk}/"
    first.post(url, {"action": "review"})
    first.post(
        url,
        {
            "action": "redact",
            "public_title": "A road",
            "public_text": "We walked for [place] days.",
        },
    )
    first.post(url, {"action": "approve"})
    refused = first.post(url, {"action": "publish"}, follow=True)
    assert "two-person" in refused.content.decode()
    second.post(url, {"action": "publish"})
    story.refresh_from_db()
    assert story.status == Status.PUBLISHED
    assert "We walked" in HttpClient().get(f"/en/stories/{story.reference}/").content.decode()
