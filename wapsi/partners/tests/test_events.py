"""Events reach partners: signed Standard Webhooks to a real receiver, retried with backoff,
never carrying a withdrawn story's words; the same events in /api/v1/changes."""

from __future__ import annotations

import datetime
import json
import time
from typing import Any

import pytest
from django.test import Client as HttpClient
from django.utils import timezone
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from wapsi.cases.tests.factories import staff
from wapsi.partners.models import Delivery, DeliveryStatus, Event, EventType
from wapsi.partners.services import deliveries_due_send, event_record, retry_delay
from wapsi.partners.tests.factories import partner_key
from wapsi.partners.tests.receiver import receiver
from wapsi.voices import services as voices_services
from wapsi.voices.tests.factories import published_story

pytestmark = pytest.mark.django_db

ALL_TYPES = list(EventType.values)


def _api(token: str) -> HttpClient:
    return HttpClient(HTTP_AUTHORIZATION=f"Bearer {token}")


def _subscribe(token: str, url: str, types: list[str] | None = None) -> dict[str, Any]:
    response = _api(token).post(
        "/api/v1/partner/subscriptions",
        data={"url": url, "event_types": types or ALL_TYPES},
        content_type="application/json",
    )
    assert response.status_code == 201, response.content
    body: dict[str, Any] = response.json()
    return body


def _verify(secret: str, received: Any) -> dict[str, Any]:
    headers = {k: v for k, v in received.headers.items() if k.startswith("webhook-")}
    payload: dict[str, Any] = Webhook(secret).verify(received.body, headers)
    return payload


def test_withdrawn_story_reaches_the_partner_signed_and_without_its_words(
    django_capture_on_commit_callbacks: Any,
) -> None:
    token = partner_key().token
    with receiver() as partner:
        subscription = _subscribe(token, partner.url)
        with django_capture_on_commit_callbacks(execute=True):
            story = published_story()
        words = [story.title, story.text, story.public_title, story.public_text, "Gujrat"]
        words = [w for w in words if w]
        assert words
        published = partner.wait_for(1)
        assert [_verify(subscription["secret"], r)["type"] for r in published] == [
            "story.published"
        ]
        withdrawn_at = time.time()
        with django_capture_on_commit_callbacks(execute=True):
            assert voices_services.story_withdraw(
                story=story, actor=staff("testimony_moderator"), via="staff"
            )
        received = partner.wait_for(2, timeout=60)
    assert len(received) == 2
    last = received[-1]
    assert last.at - withdrawn_at < 60
    event = _verify(subscription["secret"], last)  # raises unless the signature holds
    assert event["type"] == "story.withdrawn"
    assert event["data"]["reference"] == story.reference
    assert event["data"]["action"] == "delete"
    for r in received:  # no delivery of any event ever holds the story's words
        for word in words:
            assert word.encode() not in r.body
            assert json.dumps(word)[1:-1].encode() not in r.body
    with pytest.raises(
        WebhookVerificationError
    ):  # a wrong secret fails verification: the check is real
        _verify("whsec_" + "B" * 32, last)
    changes = HttpClient().get("/api/v1/changes").json()
    tombstones = [c for c in changes["results"] if c["tombstone"]]
    assert [t["object_ref"] for t in tombstones] == [story.reference]
    assert tombstones[0]["data"]["action"] == "delete"
    assert all(word not in json.dumps(changes) for word in words)
    delivery = Delivery.objects.get(event__type=EventType.STORY_WITHDRAWN)
    assert (delivery.status, delivery.attempts, delivery.response_code) == ("delivered", 1, 204)


def test_a_failing_receiver_is_retried_with_growing_pauses_then_given_up(
    django_capture_on_commit_callbacks: Any,
) -> None:
    token = partner_key().token
    with receiver() as partner:
        partner.status = 500
        _subscribe(token, partner.url, ["service.changed"])
        with django_capture_on_commit_callbacks(execute=True):
            event = event_record(
                type=EventType.SERVICE_CHANGED, object_type="service", object_ref="7", payload={}
            )
        delivery = Delivery.objects.get(event=event)
        assert (delivery.status, delivery.attempts, delivery.response_code) == (
            DeliveryStatus.RETRYING,
            1,
            500,
        )
        assert delivery.next_attempt_at is not None
        assert deliveries_due_send() == 0  # not due yet
        later = delivery.next_attempt_at + datetime.timedelta(seconds=1)
        Delivery.objects.filter(pk=delivery.pk).update(next_attempt_at=timezone.now())
        partner.status = 204
        assert deliveries_due_send(now=later) == 1
        delivery.refresh_from_db()
        assert (delivery.status, delivery.attempts) == (DeliveryStatus.DELIVERED, 2)
        assert len(partner.received) == 2
        # Same message id on both attempts, so the partner can drop the duplicate.
        assert len({r.headers["webhook-id"] for r in partner.received}) == 1
        # A day after the event, a failure is final.
        partner.status = 503
        old = event_record(
            type=EventType.SERVICE_CHANGED, object_type="service", object_ref="8", payload={}
        )
        Event.objects.filter(pk=old.pk).update(
            created_at=timezone.now() - datetime.timedelta(hours=23, minutes=59, seconds=55)
        )
        deliveries_due_send()
        gone = Delivery.objects.get(event=old)
        assert (gone.status, gone.attempts) == (DeliveryStatus.FAILED, 1)


def test_backoff_grows_exponentially_and_is_capped() -> None:
    delays = [retry_delay(n).total_seconds() for n in range(1, 9)]
    assert delays[:4] == [10, 40, 160, 640]
    assert max(delays) == 6 * 3600
    assert sum(delays) > 12 * 3600  # attempts spread over most of a day


def test_a_rolled_back_change_makes_no_event(django_capture_on_commit_callbacks: Any) -> None:
    from django.db import transaction

    from wapsi.cases.tests.factories import ServiceFactory

    with django_capture_on_commit_callbacks(execute=True):
        try:
            with transaction.atomic():
                ServiceFactory()
                raise RuntimeError("roll back")
        except RuntimeError:
            pass
    assert not Event.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        service = ServiceFactory()
    assert list(Event.objects.values_list("type", "object_ref")) == [
        ("service.changed", str(service.pk))
    ]


def test_closing_a_service_is_a_service_closed_event(
    django_capture_on_commit_callbacks: Any,
) -> None:
    from wapsi.cases.tests.factories import ServiceFactory
    from wapsi.centres.services import service_update

    service = ServiceFactory()
    with django_capture_on_commit_callbacks(execute=True):
        service_update(
            actor=None, service=service, values={"is_active": False}, allowed=("is_active",)
        )
    event = Event.objects.get()
    assert event.type == EventType.SERVICE_CLOSED
    assert event.payload["active"] is False


def test_publishing_a_hub_page_is_a_page_updated_event(
    django_capture_on_commit_callbacks: Any,
) -> None:
    from wapsi.hub.tests.factories import home_for

    home = home_for("en")
    with django_capture_on_commit_callbacks(execute=True):
        home.save_revision().publish()
    event = Event.objects.get(type=EventType.HUB_PAGE_UPDATED)
    assert event.object_ref == str(home.pk)


def test_changes_pages_in_a_stable_order_with_absolute_links() -> None:
    for n in range(5):
        event_record(
            type=EventType.SERVICE_CHANGED, object_type="service", object_ref=str(n), payload={}
        )
    first = HttpClient().get("/api/v1/changes?per_page=2").json()
    assert first["count"] == 5
    assert [c["object_ref"] for c in first["results"]] == ["0", "1"]
    assert first["next"].startswith("http://testserver/api/v1/changes?")
    second = HttpClient().get(first["next"]).json()
    assert [c["object_ref"] for c in second["results"]] == ["2", "3"]
    since = Event.objects.get(object_ref="2").created_at.isoformat()
    later = HttpClient().get("/api/v1/changes", {"since": since}).json()
    assert [c["object_ref"] for c in later["results"]] == ["3", "4"]


@pytest.mark.parametrize(
    "query", ["per_page=0", "per_page=1000000000", "page=-1", "since=yesterday"]
)
def test_changes_refuse_bad_paging(query: str) -> None:
    response = HttpClient().get(f"/api/v1/changes?{query}")
    assert response.status_code == 422
    assert response["Content-Type"].startswith("application/json")


def test_changes_runs_a_fixed_number_of_queries(django_assert_num_queries: Any) -> None:
    for n in range(30):
        event_record(
            type=EventType.SERVICE_CHANGED, object_type="service", object_ref=str(n), payload={}
        )
    with django_assert_num_queries(2):  # the count, and one page with its LIMIT
        response = HttpClient().get("/api/v1/changes?per_page=10")
    assert len(response.json()["results"]) == 10


def test_an_adopted_roadmap_version_is_an_event_and_a_draft_is_not(
    django_capture_on_commit_callbacks: Any,
) -> None:
    from wapsi.roadmap.tests.factories import VersionFactory

    with django_capture_on_commit_callbacks(execute=True):
        VersionFactory(status="draft")
        adopted = VersionFactory(status="adopted", number=2)
    event = Event.objects.get()
    assert (event.type, event.object_ref) == (EventType.ROADMAP_VERSION_ADOPTED, str(adopted.pk))
    assert event.payload["number"] == 2


def test_archiving_a_published_story_is_story_unpublished(
    django_capture_on_commit_callbacks: Any,
) -> None:
    story = published_story()
    with django_capture_on_commit_callbacks(execute=True):
        voices_services.story_archive(actor=staff("testimony_moderator"), story=story)
    event = Event.objects.get()
    assert event.type == EventType.STORY_UNPUBLISHED
    assert event.payload == {
        "type": "story.unpublished",
        "reference": story.reference,
        "action": "remove",
        "instruction": event.payload["instruction"],
    }
