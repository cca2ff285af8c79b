"""Campaign objects made through the real services, as the screens make them."""

from __future__ import annotations

import datetime
from typing import Any

from wapsi.accounts.models import User
from wapsi.campaigns import activities, messengers, services, surveys
from wapsi.campaigns.models import Campaign, Message, Messenger, Survey
from wapsi.cases.tests.factories import staff


def manager() -> User:
    return staff("campaign_manager")


def campaign_input(**overrides: Any) -> services.CampaignInput:
    values: dict[str, Any] = {
        "title": "Town halls in Gujrat",
        "objective": "Returnees tell what the route through Iran is really like.",
        "outcome": "risk",
        "country": "PK",
        "starts_on": datetime.date(2026, 3, 1),
        "ends_on": datetime.date(2026, 6, 30),
        "audiences": ["intending_migrants", "families"],
        "districts": ["PK-PB-GUJ"],
        "channels": ["town_hall", "social_media"],
    }
    values.update(overrides)
    return services.CampaignInput(**values)


def campaign_make(
    *, actor: User | None = None, status: str = "draft", **overrides: Any
) -> Campaign:
    actor = actor or manager()
    campaign = services.campaign_create(actor=actor, data=campaign_input(**overrides))
    if status in ("published", "closed"):
        campaign = services.campaign_status_set(actor=actor, campaign=campaign, status="published")
    if status == "closed":
        campaign = services.campaign_status_set(actor=actor, campaign=campaign, status="closed")
    return campaign


def message_make(*, campaign: Campaign, actor: User | None = None, **overrides: Any) -> Message:
    return services.message_create(
        actor=actor or manager(),
        campaign=campaign,
        title=overrides.get("title", "The sea is not a road"),
        text=overrides.get("text", "Ask the MRC before you pay anyone."),
    )


def messenger_make(*, actor: User | None = None, **overrides: Any) -> Messenger:
    values: dict[str, Any] = {
        "pseudonym": "Bilal",
        "country": "PK",
        "consent_scope": "Speak at town halls in Gujrat; short videos for social media.",
        "consent_until": datetime.date.today() + datetime.timedelta(days=365),
        "languages": ["ur"],
        "districts": ["PK-PB-GUJ"],
    }
    values.update(overrides)
    return messengers.messenger_create(
        actor=actor or manager(), data=messengers.MessengerInput(**values)
    )


def activity_make(
    *,
    campaign: Campaign,
    actor: User | None = None,
    attendance: dict[tuple[str, str], int] | None = None,
    **overrides: Any,
) -> Any:
    values: dict[str, Any] = {
        "held_on": datetime.date(2026, 3, 10),
        "channel": "town_hall",
        "district": "PK-PB-GUJ",
        "place_type": "community",
        "attendance": attendance or {},
    }
    media = {k: overrides.pop(k) for k in list(overrides) if k in activities.MEDIA_FIELDS}
    values.update(overrides)
    values["media"] = media
    return activities.activity_record(
        actor=actor or manager(), campaign=campaign, data=activities.ActivityInput(**values)
    )


SURVEY_QUESTIONS = ["know_mrc", "risk_journey"]


def survey_make(
    *, campaign: Campaign, wave: str = "baseline", area: str = "campaign", actor: User | None = None
) -> Survey:
    return surveys.survey_create_from_bank(
        actor=actor or manager(), campaign=campaign, wave=wave, area=area, names=SURVEY_QUESTIONS
    )
