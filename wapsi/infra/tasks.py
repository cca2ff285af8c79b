"""Background tasks that are tried again when they fail.

django-tasks runs a task once; a task that raises is marked failed. ``retrying_task`` wraps a
task function so that a failure enqueues the same call again, a little later each time, until
``TASKS_MAX_ATTEMPTS`` attempts have been made; every failed attempt stays visible (its result
row says FAILED, with the error) on the administrators' Background work screen.
"""

from __future__ import annotations

import datetime
import functools
import logging
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.utils import timezone
from django_tasks import task, task_backends
from django_tasks.base import Task

logger = logging.getLogger("wapsi.tasks")


def retrying_task(
    *, max_attempts: int | None = None
) -> Callable[[Callable[..., Any]], Task[..., Any]]:
    """Like ``django_tasks.task()``, with retries. The wrapped function gets no extra argument."""

    def decorate(func: Callable[..., Any]) -> Task[..., Any]:
        @functools.wraps(func)
        def run(*args: Any, attempt: int = 1, **kwargs: Any) -> Any:
            try:
                return func(*args, **kwargs)
            except Exception:
                limit = max_attempts or settings.TASKS_MAX_ATTEMPTS
                if attempt < limit:
                    logger.warning(
                        "%s failed (attempt %d of %d); retrying", func.__name__, attempt, limit
                    )
                    delay = datetime.timedelta(seconds=settings.TASKS_RETRY_DELAY_SECONDS)
                    _again(the_task, args, kwargs, attempt + 1, delay * attempt)
                else:
                    logger.error("%s failed on its last attempt (%d)", func.__name__, attempt)
                raise

        the_task: Task[..., Any] = task()(run)
        return the_task

    return decorate


def _again(
    the_task: Task[..., Any],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    attempt: int,
    wait: datetime.timedelta,
) -> None:
    backend = task_backends[the_task.backend]
    later = the_task.using(run_after=timezone.now() + wait) if backend.supports_defer else the_task
    later.enqueue(*args, attempt=attempt, **kwargs)
