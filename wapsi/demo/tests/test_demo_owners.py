"""Issue 12, item 28: every demo action point has an (illustrative) owner, so the six-monthly
reminder reaches someone."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.core import mail

from wapsi.accounts.roles import user_roles
from wapsi.roadmap.models import ActionPoint
from wapsi.roadmap.reminders import overdue_remind
from wapsi.roadmap.selectors import roadmap_default, version_current

pytestmark = pytest.mark.django_db


def test_every_demo_action_point_has_an_owner_with_an_email(demo: Any) -> None:
    actions = list(ActionPoint.objects.select_related("owner"))
    assert actions
    assert all(a.owner is not None and a.owner.email for a in actions)
    owners = {a.owner for a in actions if a.owner is not None}
    # Illustrative accounts, each of a role that may open the roadmap and report progress.
    assert all(user_roles(o) & {"researcher", "secretariat"} for o in owners)
    focal = {o.username for o in owners if o.username.startswith("roadmap_focal_")}
    assert focal == {"roadmap_focal_pk", "roadmap_focal_iq", "roadmap_focal_bd"}
    assert all("illustrative" in o.last_name for o in owners if o.username in focal)
    by_country = {a.country: a.owner.username for a in actions if a.owner and a.country == "PK"}
    assert by_country == {"PK": "roadmap_focal_pk"}


def test_the_reminder_job_mails_the_demo_owners(demo: Any) -> None:
    version = version_current(roadmap=roadmap_default())
    assert version is not None
    mail.outbox.clear()
    sent = overdue_remind(today=datetime.date(2100, 1, 1))
    owners = {a.owner.email for a in version.actions.select_related("owner") if a.owner}
    assert sent == len(owners) >= 4
    assert {m.to[0] for m in mail.outbox} == owners
    pk_mail = next(m for m in mail.outbox if m.to == ["roadmap_focal_pk@demo.wapsi.invalid"])
    pk_keys = set(version.actions.filter(country="PK").values_list("key", flat=True))
    assert all(key in pk_mail.body for key in pk_keys)
