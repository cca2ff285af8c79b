"""This app's part of the access policy (wapsi/tests/access_policy.py adds it to POLICY)."""

from __future__ import annotations

from typing import Any

from wapsi.tests.access_policy_base import DENIED, LOGIN, NOT_ALLOWED, OK, Rule

READERS = {
    "anonymous": LOGIN,
    "campaign_manager": OK,
    "secretariat": OK,
    "government_viewer": OK,
    "administrator": OK,
}
MANAGERS = {"anonymous": LOGIN, "campaign_manager": OK, "administrator": OK}
POST_ONLY = {"anonymous": LOGIN, "campaign_manager": NOT_ALLOWED, "administrator": NOT_ALLOWED}


def _readers(url: str, note: str = "") -> Rule:
    return Rule(url=url, default=DENIED, outcomes=READERS, note=note)


def _managers(url: str, note: str = "") -> Rule:
    return Rule(url=url, default=DENIED, outcomes=MANAGERS, note=note)


def _post(url: str) -> Rule:
    return Rule(url=url, default=DENIED, outcomes=POST_ONLY, note="POST only")


POLICY: list[tuple[str, Rule]] = [
    # Public: published campaigns only (drafts answer 404, see test_public)
    (r"^[a-z-]+/campaigns/$", Rule(url="/{lang}/campaigns/", default=OK)),
    (
        r"^[a-z-]+/campaigns/<slug:slug>/$",
        Rule(url="/{lang}/campaigns/{cp_slug}/", default=OK),
    ),
    (
        r"^[a-z-]+/campaigns/<slug:slug>/reach\.csv$",
        Rule(url="/{lang}/campaigns/{cp_slug}/reach.csv", default=OK),
    ),
    # The public questionnaire form: anyone, while a manager keeps it open
    (r"^[a-z-]+/survey/<str:token>/$", Rule(url="/{lang}/survey/{cp_token}/", default=OK)),
    (
        r"^[a-z-]+/survey/<str:token>/thanks/$",
        Rule(url="/{lang}/survey/{cp_token}/thanks/", default=OK),
    ),
    # Staff: managers edit; the secretariat and government viewers read reports
    (r"^staff/campaigns/$", _readers("/staff/campaigns/")),
    (r"^staff/campaigns/new/$", _managers("/staff/campaigns/new/")),
    (r"^staff/campaigns/<int:pk>/$", _readers("/staff/campaigns/{cp_pk}/")),
    (r"^staff/campaigns/<int:pk>/edit/$", _managers("/staff/campaigns/{cp_pk}/edit/")),
    (r"^staff/campaigns/<int:pk>/status/$", _post("/staff/campaigns/{cp_pk}/status/")),
    (
        r"^staff/campaigns/<int:pk>/messages/new/$",
        _managers("/staff/campaigns/{cp_pk}/messages/new/"),
    ),
    (
        r"^staff/campaigns/<int:pk>/activities/new/$",
        _managers("/staff/campaigns/{cp_pk}/activities/new/"),
    ),
    (
        r"^staff/campaigns/<int:pk>/activities/import/$",
        _managers("/staff/campaigns/{cp_pk}/activities/import/"),
    ),
    (
        r"^staff/campaigns/<int:pk>/surveys/new/$",
        _managers("/staff/campaigns/{cp_pk}/surveys/new/"),
    ),
    (r"^staff/campaigns/<int:pk>/effect/$", _readers("/staff/campaigns/{cp_pk}/effect/")),
    (r"^staff/campaigns/<int:pk>/effect\.csv$", _readers("/staff/campaigns/{cp_pk}/effect.csv")),
    (
        r"^staff/campaigns/<int:pk>/effect\.xlsx$",
        _readers("/staff/campaigns/{cp_pk}/effect.xlsx"),
    ),
    (r"^staff/campaigns/<int:pk>/effect\.pdf$", _readers("/staff/campaigns/{cp_pk}/effect.pdf")),
    (
        r"^staff/campaigns/surveys/<int:pk>/xlsform\.xlsx$",
        _managers("/staff/campaigns/surveys/{cp_survey}/xlsform.xlsx"),
    ),
    (
        r"^staff/campaigns/surveys/<int:pk>/public/$",
        _post("/staff/campaigns/surveys/{cp_survey}/public/"),
    ),
    (
        r"^staff/campaigns/surveys/<int:pk>/responses/$",
        _managers("/staff/campaigns/surveys/{cp_survey}/responses/"),
    ),
    (
        r"^staff/campaigns/messages/<int:pk>/stories/$",
        _managers("/staff/campaigns/messages/{cp_message}/stories/"),
    ),
    # Messengers: sensitive, managers only, reads audited
    (r"^staff/campaigns/messengers/$", _managers("/staff/campaigns/messengers/")),
    (r"^staff/campaigns/messengers/new/$", _managers("/staff/campaigns/messengers/new/")),
    (
        r"^staff/campaigns/messengers/<int:pk>/$",
        _managers("/staff/campaigns/messengers/{cp_messenger}/"),
    ),
    (
        r"^staff/campaigns/messengers/<int:pk>/checkin/$",
        _managers("/staff/campaigns/messengers/{cp_messenger}/checkin/"),
    ),
    (
        r"^staff/campaigns/messengers/<int:pk>/training/$",
        _managers("/staff/campaigns/messengers/{cp_messenger}/training/"),
    ),
    (
        r"^staff/campaigns/messengers/<int:pk>/status/$",
        _post("/staff/campaigns/messengers/{cp_messenger}/status/"),
    ),
    (r"^staff/campaigns/notices/<int:pk>/read/$", _post("/staff/campaigns/notices/1/read/")),
]


def world(users: dict[str, Any]) -> dict[str, Any]:
    """Objects the URLs above need, as format values."""
    from wapsi.campaigns.tests.factories import (
        campaign_make,
        message_make,
        messenger_make,
        survey_make,
    )

    campaign = campaign_make(status="published")
    message = message_make(campaign=campaign)
    messenger = messenger_make()
    survey = survey_make(campaign=campaign)
    from wapsi.campaigns.surveys import survey_public_set
    from wapsi.campaigns.tests.factories import manager

    survey = survey_public_set(actor=manager(), survey=survey, open_=True)
    return {
        "cp_token": survey.public_token,
        "cp_survey": survey.pk,
        "cp_slug": campaign.slug,
        "cp_pk": campaign.pk,
        "cp_message": message.pk,
        "cp_messenger": messenger.pk,
    }
