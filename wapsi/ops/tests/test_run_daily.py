"""run_daily: every daily job in turn, scheduled publishing included, past a failing job."""

from __future__ import annotations

import datetime
import io
from typing import Any

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.models import Revision

from wapsi.hub.models import TopicPage
from wapsi.hub.tests.factories import topic
from wapsi.ops.management.commands.run_daily import DAILY_JOBS

pytestmark = pytest.mark.django_db


def scheduled_in_the_editor(page: TopicPage, title: str) -> None:
    """Set a go-live date and publish, as an editor does; then let the date pass."""
    page = TopicPage.objects.get(pk=page.pk)  # as the editor loads it: live, with its revision
    page.title = title
    page.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    page.save_revision().publish()
    revision = Revision.objects.get(approved_go_live_at__isnull=False)
    passed = timezone.now() - datetime.timedelta(minutes=1)  # the hour has gone by
    revision.approved_go_live_at = passed
    revision.content["go_live_at"] = passed.isoformat()
    revision.save(update_fields=["approved_go_live_at", "content"])


def run_daily() -> str:
    out = io.StringIO()
    call_command("run_daily", stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_run_daily_runs_every_job_and_publishes_what_is_due() -> None:
    page = topic(title="Old title", slug="scheduled")
    scheduled_in_the_editor(page, "New title")
    before = TopicPage.objects.get(pk=page.pk)
    assert before.live and before.title == "Old title"  # not before its date

    out = run_daily()

    assert all(f"{job}:" in out for job in DAILY_JOBS)
    assert "Review reminders queued" in out  # send_review_reminders
    assert "referral_reminders_send queued" in out  # run_case_tasks
    assert "stories withdrawn after consent expiry" in out  # run_voices_tasks
    assert "reminder(s) sent" in out  # roadmap_remind
    assert TopicPage.objects.get(pk=page.pk).title == "New title"  # publish_scheduled


def test_a_failing_job_is_reported_and_the_others_still_run(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*args: Any, **options: Any) -> None:
        raise RuntimeError("mail server down")

    monkeypatch.setattr("wapsi.roadmap.management.commands.roadmap_remind.Command.handle", broken)
    page = topic(title="Old title", slug="scheduled")
    scheduled_in_the_editor(page, "New title")
    out, err = io.StringIO(), io.StringIO()

    # CommandError: manage.py prints it and exits with status 1, which cron reports.
    with pytest.raises(CommandError, match="1 daily job\\(s\\) failed: roadmap_remind"):
        call_command("run_daily", stdout=out, stderr=err)

    assert "roadmap_remind failed: RuntimeError: mail server down" in err.getvalue()
    assert "publish_scheduled:" in out.getvalue()  # the job after the failing one ran
    assert TopicPage.objects.get(pk=page.pk).title == "New title"
