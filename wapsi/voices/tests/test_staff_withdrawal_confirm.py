"""Staff withdraw a story by its reference in two steps: the reference shows which story (its
title and reference, nothing else personal); only the confirmation withdraws."""

from __future__ import annotations

import pytest
from django.test import Client as HttpClient

from wapsi.audit.models import AuditAction, AuditEntry
from wapsi.cases.tests.factories import CentreFactory, staff
from wapsi.voices.models import Status, Story
from wapsi.voices.tests.factories import published_story, submitted_story

pytestmark = pytest.mark.django_db

URL = "/staff/voices/withdraw/"


def counsellor_client() -> tuple[HttpClient, int]:
    user = staff("counsellor", centre=CentreFactory())
    http = HttpClient()
    http.force_login(user)
    return http, user.pk


def withdrawals() -> int:
    return AuditEntry.objects.filter(action=AuditAction.WITHDRAW).count()


def test_the_first_step_changes_nothing_and_shows_the_title_and_reference() -> None:
    story = published_story(title="Twelve days in a container", first_name="Bilal")
    http, _pk = counsellor_client()
    response = http.post(URL, {"reference": story.reference})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Confirm the withdrawal" in html
    assert "Twelve days in a container" in html
    assert story.reference in html
    # Nothing else personal: not the words of the story, not the first name.
    assert "Gujrat" not in html and "0300" not in html and "Bilal" not in html
    # The confirmation carries the reference and the confirm field, for the second step.
    assert 'name="confirm" value="yes"' in html
    story.refresh_from_db()
    assert story.status == Status.PUBLISHED and story.text
    assert withdrawals() == 0


def test_confirming_withdraws_the_story() -> None:
    story = published_story()
    http, pk = counsellor_client()
    http.post(URL, {"reference": story.reference})
    response = http.post(URL, {"reference": story.reference, "confirm": "yes"}, follow=True)
    assert "The story was withdrawn" in response.content.decode()
    story.refresh_from_db()
    assert story.status == Status.WITHDRAWN and story.text == "" and story.title == ""
    assert AuditEntry.objects.filter(
        action=AuditAction.WITHDRAW, actor_id=pk, object_id=str(story.pk)
    ).exists()


def test_a_published_storys_confirmation_shows_the_redacted_title_only() -> None:
    # A published story's reference is public: whoever types it must not read what the
    # moderator removed from the title.
    story = published_story(title="From Kharian to Athens")
    assert "Kharian" not in story.public_title  # (so the next check can fail)
    http, _pk = counsellor_client()
    html = http.post(URL, {"reference": story.reference}).content.decode()
    assert story.public_title in html
    assert "Kharian" not in html


def test_an_unredacted_story_is_confirmed_by_the_storytellers_own_title() -> None:
    story, _code = submitted_story(title="My way back from Basra")
    http, _pk = counsellor_client()
    html = http.post(URL, {"reference": story.reference}).content.decode()
    assert "My way back from Basra" in html


def test_the_look_up_is_audited_as_a_read_of_that_story() -> None:
    story = published_story()
    http, pk = counsellor_client()
    http.post(URL, {"reference": story.reference})
    assert AuditEntry.objects.filter(
        action=AuditAction.READ, actor_id=pk, object_id=str(story.pk)
    ).exists()


def test_an_unknown_reference_shows_no_confirmation_and_is_audited() -> None:
    published_story()
    http, pk = counsellor_client()
    for confirm in ("", "yes"):
        html = http.post(URL, {"reference": "KKKK-KKKK", "confirm": confirm}).content.decode()
        assert "No story with this reference" in html
        assert "Confirm the withdrawal" not in html
    assert (
        AuditEntry.objects.filter(
            action=AuditAction.REFUSE, actor_id=pk, object_type="voices.story_reference"
        ).count()
        == 2
    )
    assert withdrawals() == 0
    assert Story.objects.filter(status=Status.PUBLISHED).count() == 1


def test_confirming_a_story_withdrawn_meanwhile_says_so() -> None:
    story = published_story()
    http, _pk = counsellor_client()
    http.post(URL, {"reference": story.reference})
    other, _ = counsellor_client()
    other.post(URL, {"reference": story.reference, "confirm": "yes"})
    html = http.post(URL, {"reference": story.reference, "confirm": "yes"}).content.decode()
    assert "No story with this reference is on record, or it was already withdrawn" in html
    assert withdrawals() == 1


def test_the_moderators_withdraw_button_leads_to_the_confirmation() -> None:
    story = published_story()
    http = HttpClient()
    http.force_login(staff("testimony_moderator"))
    detail = http.get(f"/staff/voices/{story.pk}/").content.decode()
    assert f'name="reference" value="{story.reference}"' in detail
    html = http.post(URL, {"reference": story.reference}).content.decode()
    assert "Confirm the withdrawal" in html
    story.refresh_from_db()
    assert story.status == Status.PUBLISHED


def test_a_nul_byte_in_the_reference_is_a_form_error() -> None:
    http, _pk = counsellor_client()
    response = http.post(URL, {"reference": "AB\x00CD"})
    assert response.status_code == 400
    assert withdrawals() == 0
