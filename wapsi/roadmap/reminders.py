"""Six-monthly progress reports: remind each owner of their overdue action points by email."""

from __future__ import annotations

import datetime
from collections import defaultdict
from typing import Any

from django.core.mail import send_mail
from django.utils.translation import gettext as _

from wapsi.roadmap.selectors import Overdue, actions_overdue, roadmap_default, version_current


def overdue_remind(*, today: datetime.date | None = None) -> int:
    """Email every owner with overdue reports one list of them; returns the number of emails."""
    version = version_current(roadmap=roadmap_default())
    if version is None:
        return 0
    by_owner: dict[Any, list[Overdue]] = defaultdict(list)
    for row in actions_overdue(version=version, today=today):
        if row.action.owner is not None and row.action.owner.email:
            by_owner[row.action.owner].append(row)
    for owner, rows in by_owner.items():
        lines = [
            _("%(key)s: %(title)s (due since %(due)s)")
            % {"key": r.action.key, "title": r.action.title, "due": r.due_on.isoformat()}
            for r in rows
        ]
        send_mail(
            subject=_("Roadmap: %(n)s progress report(s) overdue") % {"n": len(rows)},
            message="\n".join(lines),
            from_email=None,
            recipient_list=[owner.email],
        )
    return len(by_owner)
