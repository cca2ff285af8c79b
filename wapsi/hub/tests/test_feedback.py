"""Reader feedback: no JavaScript, rate-limited per client, nothing saved on bad input."""

from __future__ import annotations

import pytest
from django.test import Client

from wapsi.hub.feedback import RATE_LIMIT
from wapsi.hub.models import PageFeedback
from wapsi.hub.tests.factories import topic

pytestmark = pytest.mark.django_db


@pytest.fixture
def page() -> object:
    return topic(title="Useful?", slug="useful")


def test_yes_with_comment_is_saved_and_thanked(client: Client, page: object) -> None:
    response = client.post(
        f"/ur/feedback/{page.pk}/",
        {"useful": "yes", "comment": "بہت اچھا\x00\x07", "next": "/ur/useful/"},
    )
    assert response.status_code == 302
    assert response["Location"] == "/ur/useful/?feedback=thanks#feedback"
    item = PageFeedback.objects.get()
    assert item.useful and item.language == "ur"
    assert item.comment == "بہت اچھا"  # control characters dropped


def test_missing_answer_saves_nothing(client: Client, page: object) -> None:
    response = client.post(f"/en/feedback/{page.pk}/", {"comment": "hm", "next": "/en/useful/"})
    assert response["Location"].endswith("feedback=missing#feedback")
    assert not PageFeedback.objects.exists()


def test_rate_limit_per_client(client: Client, page: object) -> None:
    for _ in range(RATE_LIMIT):
        client.post(f"/en/feedback/{page.pk}/", {"useful": "no", "next": "/en/useful/"})
    response = client.post(f"/en/feedback/{page.pk}/", {"useful": "no", "next": "/en/useful/"})
    assert response["Location"].endswith("feedback=limit#feedback")
    assert PageFeedback.objects.count() == RATE_LIMIT
    other = Client(REMOTE_ADDR="10.9.9.9")
    other.post(f"/en/feedback/{page.pk}/", {"useful": "yes", "next": "/en/useful/"})
    assert PageFeedback.objects.count() == RATE_LIMIT + 1


def test_open_redirect_is_refused(client: Client, page: object) -> None:
    response = client.post(
        f"/en/feedback/{page.pk}/", {"useful": "yes", "next": "https://evil.example/"}
    )
    assert response["Location"].startswith("/en/?feedback=thanks")


def test_unknown_page_and_get_are_refused(client: Client, page: object) -> None:
    assert client.post("/en/feedback/999999/", {"useful": "yes"}).status_code == 404
    assert client.get(f"/en/feedback/{page.pk}/").status_code == 405


def test_too_long_comment_is_cut_not_lost(client: Client, page: object) -> None:
    client.post(
        f"/en/feedback/{page.pk}/", {"useful": "yes", "comment": "a" * 5000, "next": "/en/useful/"}
    )
    assert len(PageFeedback.objects.get().comment) == PageFeedback.COMMENT_MAX


def test_page_shows_the_form_and_the_thanks(client: Client, page: object) -> None:
    body = client.get("/en/useful/").content.decode()
    assert f'action="/en/feedback/{page.pk}/"' in body
    assert "<script" not in body.replace('<script type="application/ld+json">', "")
    thanks = client.get("/en/useful/?feedback=thanks").content.decode()
    assert "Thank you" in thanks
