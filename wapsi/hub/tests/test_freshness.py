"""Freshness: overdue pages, translations older than their source, reminders, the report."""

from __future__ import annotations

import datetime

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from wapsi.accounts.models import User
from wapsi.hub.freshness import (
    language_statuses,
    pages_overdue,
    translations_missing,
    translations_outdated,
)
from wapsi.hub.tasks import review_reminders_send
from wapsi.hub.tests.factories import days_ago, staff, topic, translate

pytestmark = pytest.mark.django_db


def test_overdue_pages_by_language() -> None:
    old = topic(title="Old", slug="old", last_reviewed=days_ago(200), review_interval_days=180)
    topic(title="New", slug="new", last_reviewed=days_ago(10))
    assert [o.page_id for o in pages_overdue(language="en")] == [old.pk]
    assert pages_overdue(language="ur") == []


def test_translation_older_than_its_source_is_outdated() -> None:
    page = topic(title="Source", slug="source")
    translated = translate(page, "ur", title="ماخذ")
    assert translations_outdated(language="ur") == []
    page.title = "Source, changed"
    page.save_revision().publish()
    assert [p.pk for p in translations_outdated(language="ur")] == [translated.pk]


def test_missing_translations_and_status_counts() -> None:
    topic(title="A", slug="a")
    b = topic(title="B", slug="b")
    draft = translate(b, "bn", title="বি")
    draft.get_workflow().start(draft, staff("translator"))  # a draft awaiting its check
    assert [p.title for p in translations_missing(language="bn")] == ["A"]
    status = {s.language: s for s in language_statuses(languages=["en", "bn"])}
    assert (status["bn"].pages, status["bn"].missing, status["bn"].needs_review) == (1, 1, 1)
    assert status["en"].missing == 0


def test_reminders_go_to_owners_of_overdue_pages() -> None:
    owner = User.objects.create_user(
        username="editor1", email="editor1@example.org", password="x" * 12
    )
    topic(title="Stale", slug="stale", owner=owner, last_reviewed=days_ago(300))
    topic(title="Fine", slug="fine", owner=owner, last_reviewed=days_ago(1))
    result = review_reminders_send.enqueue()
    assert result.return_value == 1
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["editor1@example.org"]
    assert "Stale" in mail.outbox[0].body and "Fine" not in mail.outbox[0].body


def test_report_is_for_editors_only(client: Client, demo: object) -> None:
    client.force_login(User.objects.get(username="content_editor"))
    response = client.get("/admin/reports/freshness/?language=ur")
    assert response.status_code == 200
    assert b"Translations older than their source" in response.content
    # Wagtail answers a refused admin view with a redirect to the dashboard and a message.
    client.force_login(User.objects.get(username="counsellor"))
    for url in ("/admin/reports/freshness/", "/admin/reports/feedback/"):
        response = client.get(url)
        assert (response.status_code, response["Location"]) == (302, "/admin/")


def test_review_due_is_interval_after_last_review() -> None:
    page = topic(
        title="Due", slug="due", last_reviewed=datetime.date(2026, 1, 1), review_interval_days=30
    )
    assert page.review_due == datetime.date(2026, 1, 31)
    assert page.is_overdue(timezone.localdate()) == (timezone.localdate() > page.review_due)
