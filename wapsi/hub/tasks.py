"""Background work of the hub: review reminders to page owners."""

from __future__ import annotations

from collections import defaultdict

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task

from wapsi.hub.freshness import OverduePage, pages_overdue


@task()
def review_reminders_send() -> int:
    """E-mail each owner the list of their pages past review. Returns the number of e-mails sent."""
    by_owner: dict[int, list[OverduePage]] = defaultdict(list)
    for item in pages_overdue():
        if item.owner_id is not None:
            by_owner[item.owner_id].append(item)
    sent = 0
    users = get_user_model().objects.filter(pk__in=by_owner, is_active=True).exclude(email="")
    for user in users:
        language = getattr(user, "preferred_language", "") or settings.LANGUAGE_CODE
        with translation.override(language):
            lines = [
                f"- {i.title} ({i.language}): {i.review_due.isoformat()}" for i in by_owner[user.pk]
            ]
            body = (
                _(
                    "These pages are past their review date. Please check them and update the review date:"
                )
                + "\n\n"
                + "\n".join(lines)
            )
            send_mail(_("Wapsi: pages to review"), body, None, [user.email])
        sent += 1
    return sent
