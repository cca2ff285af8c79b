"""Story references read over the phone: capitals without look-alikes, grouped, typed in any
case with or without the dash; references of the older form keep working as they are."""

from __future__ import annotations

import re

import pytest
from django.test import Client as HttpClient

from wapsi.cases.tests.factories import CentreFactory, staff
from wapsi.voices.models import Status, Story
from wapsi.voices.references import reference_candidates, reference_canonical, reference_new
from wapsi.voices.tests.factories import published_story

NEW_FORM = re.compile(r"^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$")
OLD_FORM = "w2k29l_Flxfj"  # as secrets.token_urlsafe(9) made them


def test_new_references_are_grouped_capitals_without_look_alikes() -> None:
    references = {reference_new() for _ in range(500)}
    assert len(references) == 500
    assert all(NEW_FORM.match(r) for r in references)
    assert not set("".join(references)) & set("0O1IL")


@pytest.mark.parametrize(
    "typed", ["K7QX-M2PD", "k7qx-m2pd", "K7QXM2PD", "k7qx m2pd", " K7QX – M2PD ", "K۷QX-M۲PD"]
)
def test_a_reference_is_understood_in_any_case_with_or_without_the_dash(typed: str) -> None:
    assert reference_canonical(typed) == "K7QX-M2PD"


@pytest.mark.parametrize("typed", ["K7QX-M2P", "K7QX-M2PD4", "K0QX-M2PD", "K7QX-L2PD", OLD_FORM])
def test_what_is_not_a_new_reference_is_not_read_as_one(typed: str) -> None:
    assert reference_canonical(typed) is None


def test_an_old_reference_is_looked_up_by_its_exact_text_first() -> None:
    assert reference_candidates(OLD_FORM) == [OLD_FORM]
    assert reference_candidates("k7qx-m2pd") == ["k7qx-m2pd", "K7QX-M2PD"]
    assert reference_candidates("AB\x00CD") == []


@pytest.mark.django_db
def test_a_new_story_gets_a_reference_of_the_new_form() -> None:
    assert NEW_FORM.match(published_story().reference)


def _typed(reference: str) -> str:
    return reference.lower().replace("-", " ")


def _withdraw_by_reference(typed: str) -> str:
    http = HttpClient()
    http.force_login(staff("counsellor", centre=CentreFactory()))
    confirmation = http.post("/staff/voices/withdraw/", {"reference": typed}).content.decode()
    assert "Confirm the withdrawal" in confirmation
    # The confirmation page posts the stored form back.
    found = re.search(r'name="reference" value="([^"]+)"', confirmation)
    assert found
    http.post("/staff/voices/withdraw/", {"reference": found.group(1), "confirm": "yes"})
    return found.group(1)


@pytest.mark.django_db
def test_staff_withdraw_a_new_reference_typed_in_small_letters_without_the_dash() -> None:
    story = published_story()
    assert _withdraw_by_reference(_typed(story.reference)) == story.reference
    story.refresh_from_db()
    assert story.status == Status.WITHDRAWN


@pytest.mark.django_db
def test_a_story_address_typed_in_small_letters_redirects_to_the_stored_one() -> None:
    story = published_story()
    http = HttpClient()
    assert http.get(f"/en/stories/{story.reference}/").status_code == 200
    typed = story.reference.lower().replace("-", "")
    response = http.get(f"/en/stories/{typed}/")
    assert response.status_code == 301
    assert response["Location"] == f"/en/stories/{story.reference}/"
    assert http.get(f"/api/v1/stories/{typed}").json()["reference"] == story.reference


@pytest.fixture
def old_story(db: object) -> Story:
    story = published_story(title="An older story")
    Story.objects.filter(pk=story.pk).update(reference=OLD_FORM)
    story.refresh_from_db()
    return story


def test_an_existing_story_keeps_its_public_address(old_story: Story) -> None:
    http = HttpClient()
    page = http.get(f"/en/stories/{OLD_FORM}/")
    assert page.status_code == 200 and "An older story" in page.content.decode()
    assert http.get(f"/api/v1/stories/{OLD_FORM}").status_code == 200
    assert f"/en/stories/{OLD_FORM}/" in http.get("/en/stories/feed.atom").content.decode()


def test_an_existing_story_is_still_withdrawn_by_its_reference(old_story: Story) -> None:
    assert _withdraw_by_reference(OLD_FORM) == OLD_FORM
    old_story.refresh_from_db()
    assert old_story.status == Status.WITHDRAWN
