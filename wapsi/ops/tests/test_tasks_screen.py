"""Administrators see the background queue and every failed task; nobody else does."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from wapsi.cases.tests.factories import staff
from wapsi.ops.selectors import task_overview_for_administrator

pytestmark = pytest.mark.django_db


def _result(status: str, path: str, error: str = "") -> DBTaskResult:
    now = timezone.now()
    return DBTaskResult.objects.create(
        status=status,
        args_kwargs={"args": [], "kwargs": {"story_id": 7}},
        task_path=path,
        backend_name="default",
        run_after=now,
        finished_at=now if status == TaskResultStatus.FAILED else None,
        exception_class_path=error,
        traceback="Traceback ... secret-argument-value" if error else "",
    )


def test_failures_are_listed_by_task_and_error_without_the_traceback() -> None:
    _result(TaskResultStatus.READY, "wapsi.hub.tasks.review_reminders_send")
    _result(
        TaskResultStatus.FAILED,
        "wapsi.voices.tasks.story_media_process",
        "subprocess.CalledProcessError",
    )
    client = Client()
    client.force_login(staff("administrator"))
    page = client.get("/staff/tasks/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "story_media_process" in html and "CalledProcessError" in html
    assert "secret-argument-value" not in html  # tracebacks can hold argument values
    assert page["Cache-Control"] == "no-store, private"
    overview = task_overview_for_administrator(actor=staff("administrator"))
    assert overview.counts[TaskResultStatus.READY] == 1
    assert overview.counts[TaskResultStatus.FAILED] == 1


def test_an_empty_queue_says_what_to_check() -> None:
    client = Client()
    client.force_login(staff("administrator"))
    assert "No task has failed" in client.get("/staff/tasks/").content.decode()


def test_only_administrators_read_the_queue() -> None:
    with pytest.raises(PermissionDenied):
        task_overview_for_administrator(actor=staff("counsellor"))
    client = Client()
    client.force_login(staff("centre_manager"))
    assert client.get("/staff/tasks/").status_code == 403
