"""Every daily job in one command, so a deployment needs one cron line: `manage.py run_daily`.

The jobs run one after the other, each through its own management command; a job that fails is
reported (stderr and the log) and the next one still runs. The command exits non-zero when any
job failed, so cron's mail or the scheduler shows it.
"""

from __future__ import annotations

import logging
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

logger = logging.getLogger("wapsi.ops")

DAILY_JOBS: tuple[str, ...] = (
    "send_review_reminders",  # hub: e-mail owners their pages past review
    "run_case_tasks",  # cases: referral reminders, anonymisation after retention
    "run_voices_tasks",  # voices: withdraw stories whose consents have all lapsed
    "roadmap_remind",  # roadmap: owners of overdue progress reports
    "hub_usage_flush",  # hub: page-view counters from the shared cache into the database
    "run_campaigns_tasks",  # campaigns: lapsed material out, overdue check-ins flagged
    "stats_refresh",
    "partners_deliver",  # partners: webhook deliveries due (retries the worker missed)  # stats: bring the statistics rollups up to date (incremental)
    "publish_scheduled",  # Wagtail: go-live and expiry dates set in the editor
)


class Command(BaseCommand):
    help = "Run every daily job in turn (" + ", ".join(DAILY_JOBS) + "). Run once a day."

    def handle(self, *args: Any, **options: Any) -> None:
        failed: list[str] = []
        for name in DAILY_JOBS:
            self.stdout.write(f"{name}:")
            try:
                call_command(name, stdout=self.stdout, stderr=self.stderr)
            except Exception as exc:  # one failing job must not stop the others
                logger.exception("daily job %s failed", name)
                self.stderr.write(f"{name} failed: {type(exc).__name__}: {exc}")
                failed.append(name)
        if failed:
            raise CommandError(f"{len(failed)} daily job(s) failed: {', '.join(failed)}")
        self.stdout.write(f"All {len(DAILY_JOBS)} daily jobs done.")
