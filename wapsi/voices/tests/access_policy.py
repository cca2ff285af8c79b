"""Voices of return and the open API: this app's part of the access policy."""

from __future__ import annotations

from typing import Any

from wapsi.tests.access_policy_base import DENIED, HIDDEN, LOGIN, OK, Rule, _roles

MODERATION = {"testimony_moderator", "administrator"}
INTAKE = {"counsellor", "centre_manager", "other_centre", "administrator"}


def staff_rule(url: str, allowed: set[str], outcome: int | str = OK, note: str = "") -> Rule:
    return Rule(
        url=url,
        default=DENIED,
        outcomes={"anonymous": LOGIN, **_roles(allowed, outcome)},
        note=note,
    )


POLICY: list[tuple[str, Rule]] = [
    (r"^[a-z-]+/stories/$", Rule(url="/{lang}/stories/", default=OK)),
    (r"^[a-z-]+/stories/share/$", Rule(url="/{lang}/stories/share/", default=OK)),
    (r"^[a-z-]+/stories/withdraw/$", Rule(url="/{lang}/stories/withdraw/", default=OK)),
    (r"^[a-z-]+/stories/feed\.atom$", Rule(url="/{lang}/stories/feed.atom", default=OK)),
    (r"^[a-z-]+/stories/<str:reference>/$", Rule(url="/{lang}/stories/{story}/", default=OK)),
    (
        r"^[a-z-]+/stories/<str:reference>/media$",
        Rule(url="/{lang}/stories/{story}/media", default=HIDDEN, note="this story has no media"),
    ),
    (r"^staff/voices/$", staff_rule("/staff/voices/", MODERATION | INTAKE | {"campaign_manager"})),
    (r"^staff/voices/new/$", staff_rule("/staff/voices/new/", INTAKE)),
    (r"^staff/voices/withdraw/$", staff_rule("/staff/voices/withdraw/", INTAKE | MODERATION)),
    (
        r"^staff/voices/campaigns/$",
        staff_rule("/staff/voices/campaigns/", MODERATION | {"campaign_manager"}),
    ),
    (r"^staff/voices/export\.csv$", staff_rule("/staff/voices/export.csv", MODERATION)),
    (r"^staff/voices/<int:pk>/$", staff_rule("/staff/voices/{story_pk}/", MODERATION)),
    (
        r"^staff/voices/<int:pk>/media$",
        staff_rule("/staff/voices/{story_pk}/media", MODERATION, HIDDEN, "this story has no media"),
    ),
    # The partner API (/api/v1/stories...) has its part in wapsi/api/tests/access_policy.py.
]


def world(users: dict[str, Any]) -> dict[str, Any]:
    from wapsi.voices.tests.factories import published_story

    story = published_story(redactor=users["testimony_moderator"], publisher=users["administrator"])
    return {"story": story.reference, "story_pk": story.pk}
