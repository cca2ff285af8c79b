"""The rollups' refresh as a background task (django-tasks): queued by `stats_refresh --queue`,
run by `manage.py run_daily` through `stats_refresh`, or by any scheduler."""

from __future__ import annotations

from django_tasks import task

from wapsi.stats.refresh import stats_refresh


@task()
def stats_refresh_task() -> dict[str, int]:
    return stats_refresh()
