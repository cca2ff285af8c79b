"""What administrators see of the background work: the queue, and the tasks that failed."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from wapsi.accounts.roles import is_administrator
from wapsi.accounts.types import Actor

FAILED_SHOWN = 50


@dataclass(frozen=True)
class TaskFailure:
    id: str
    task: str
    enqueued_at: object
    finished_at: object
    error: str  # the exception's class: the traceback may hold argument values, the log has it


@dataclass(frozen=True)
class TaskOverview:
    counts: dict[str, int]
    failures: list[TaskFailure]


def task_overview_for_administrator(*, actor: Actor) -> TaskOverview:
    """Counts by status and the latest failures (two queries). Administrators only."""
    if not is_administrator(actor):
        raise PermissionDenied
    counts = dict.fromkeys(TaskResultStatus.values, 0)
    for row in DBTaskResult.objects.values("status").annotate(n=Count("id")).order_by():
        counts[row["status"]] = row["n"]
    failed = DBTaskResult.objects.filter(status=TaskResultStatus.FAILED).order_by("-finished_at")
    failures = [
        TaskFailure(
            id=str(row.id),
            task=row.task_path.rsplit(".", 1)[-1],
            enqueued_at=row.enqueued_at,
            finished_at=row.finished_at,
            error=row.exception_class_path.rsplit(".", 1)[-1],
        )
        for row in failed.only(
            "id", "task_path", "enqueued_at", "finished_at", "exception_class_path"
        )[:FAILED_SHOWN]
    ]
    return TaskOverview(counts=counts, failures=failures)
