"""Defects found in review, each pinned by a test."""

from __future__ import annotations

import datetime
import re

import pytest
from django.core.exceptions import ValidationError
from django.test import Client as HttpClient
from django.utils import timezone

from wapsi.audit.models import AuditAction, AuditEntry
from wapsi.cases.tests.factories import CentreFactory, staff
from wapsi.voices import services
from wapsi.voices.models import Purpose, Status, Story, StoryConsent
from wapsi.voices.tests.factories import published_story, submitted_story

pytestmark = pytest.mark.django_db


def test_counsellor_intake_works_with_csrf_checks_on() -> None:
    counsellor = staff("counsellor", centre=CentreFactory())
    http = HttpClient(enforce_csrf_checks=True)
    http.force_login(counsellor)
    page = http.get("/staff/voices/new/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode())
    assert token
    data = {
        "csrfmiddlewaretoken": token.group(1),
        "title": "Told at the centre",
        "text": "I came back from Türkiye last winter.",
        "language": "ur",
        "country": "PK",
        **{f"consent_{p}": "yes" for p in Purpose.values},
    }
    response = http.post("/staff/voices/new/", data)
    assert response.status_code == 200
    story = Story.objects.get()
    assert story.taken_by == counsellor
    # Read out by the counsellor: recorded in the storyteller's language, not the interface's.
    assert {c.language for c in story.consents.all()} == {"ur"}


def test_the_storytellers_first_name_is_suggested_and_must_go() -> None:
    moderator = staff("testimony_moderator")
    story, _ = submitted_story(first_name="Zarghuna", text="My name is Zarghuna and I came back.")
    assert "Zarghuna" not in services.redaction_preview(story)["text"]
    story = services.story_review_start(actor=moderator, story=story)
    with pytest.raises(ValidationError, match="Zarghuna"):
        services.story_redact(
            actor=moderator, story=story, public_title="Back", public_text="I am Zarghuna."
        )
    story.refresh_from_db()
    assert story.public_text == ""
    services.story_redact(
        actor=moderator,
        story=story,
        public_title="Back",
        public_text="I am Zarghuna.",
        keep_remaining=True,
    )
    story.refresh_from_db()
    assert story.public_text == "I am Zarghuna."


def test_a_public_storytellers_address_is_not_kept_in_the_audit_log() -> None:
    story, code = submitted_story()
    HttpClient(REMOTE_ADDR="203.0.113.7").post("/en/stories/withdraw/", {"code": code})
    rows = AuditEntry.objects.filter(object_id=str(story.pk))
    assert rows.filter(action=AuditAction.WITHDRAW).exists()
    assert not rows.exclude(ip_address=None).exists()


def test_export_leaves_out_stories_whose_consents_lapsed_and_defuses_formulas() -> None:
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    published_story(title="=HYPERLINK(1)")
    lapsing = published_story(title="Lapsing story", expires_on=tomorrow)
    http = HttpClient()
    moderator = staff("testimony_moderator")
    http.force_login(moderator)
    csv = http.get("/staff/voices/export.csv").content.decode()
    assert "Lapsing story" in csv
    assert "'=HYPERLINK(1)" in csv
    # The day the consents end (before the daily task has withdrawn it): out of the export.
    StoryConsent.objects.filter(story=lapsing).update(expires_on=timezone.localdate())
    csv = http.get("/staff/voices/export.csv").content.decode()
    assert "Lapsing story" not in csv
    assert "HYPERLINK" in csv
    assert AuditEntry.objects.filter(action=AuditAction.EXPORT, actor_id=moderator.pk).exists()


def test_feed_escapes_story_text() -> None:
    published_story(title="Feed", text="<b>bold</b> & more")
    feed = HttpClient().get("/en/stories/feed.atom").content.decode()
    assert "<b>bold</b>" not in feed


def test_a_withdrawn_story_status_is_final() -> None:
    story = published_story()
    services.story_withdraw(story=story, actor=staff("counsellor"), via="staff")
    with pytest.raises(ValidationError):
        services.story_review_start(actor=staff("testimony_moderator"), story=story)
    story.refresh_from_db()
    assert story.status == Status.WITHDRAWN


def test_a_counsellor_cannot_wipe_many_stories_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(services, "STAFF_WITHDRAWALS_PER_HOUR", 2)
    counsellor = staff("counsellor", centre=CentreFactory())
    stories = [published_story(title=f"Story {i}") for i in range(3)]
    for story in stories[:2]:
        assert services.story_withdraw_by_reference(actor=counsellor, reference=story.reference)
    with pytest.raises(ValidationError, match="ask a moderator"):
        services.story_withdraw_by_reference(actor=counsellor, reference=stories[2].reference)
    stories[2].refresh_from_db()
    assert stories[2].status == Status.PUBLISHED
    moderator = staff("testimony_moderator")
    assert services.story_withdraw_by_reference(actor=moderator, reference=stories[2].reference)


def test_a_staff_lookup_of_an_unknown_reference_is_refused_and_audited() -> None:
    counsellor = staff("counsellor", centre=CentreFactory())
    http = HttpClient()
    http.force_login(counsellor)
    response = http.post("/staff/voices/withdraw/", {"reference": "no-such-story"}, follow=True)
    assert "No story with this reference" in response.content.decode()
    assert AuditEntry.objects.filter(
        action=AuditAction.REFUSE, actor_id=counsellor.pk, object_type="voices.story_reference"
    ).exists()
