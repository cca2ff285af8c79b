"""Demo campaigns: two illustrative returnee-messenger campaigns, their messengers, activities
and reach. Every figure here is invented for demonstration (is_illustrative; the pages say so):
none is a fact about a real campaign.

Made through the real services. Idempotent: a campaign already loaded (by slug) is left as it is.
"""

from __future__ import annotations

import csv
import datetime
import io
from decimal import Decimal
from typing import Any

from wapsi.accounts.models import User
from wapsi.campaigns import activities, messengers, services, surveys
from wapsi.campaigns.models import Campaign, Messenger
from wapsi.voices.models import Story

PUNJAB = "demo-punjab-town-halls"
IRAQ = "demo-iraq-returnee-videos"

CAMPAIGNS: list[dict[str, Any]] = [
    {
        "slug": PUNJAB,
        "title": "Returnee town halls in Punjab (illustrative)",
        "objective": "Returnees who went by the irregular route through Iran and Türkiye tell "
        "young men and their families what the journey and the debt were really like, and "
        "MRC staff explain the legal ways to work abroad.",
        "outcome": "risk",
        "country": "PK",
        "audiences": ["intending_migrants", "families", "community_leaders"],
        "districts": ["PK-PB-GUJ", "PK-PB-SKT"],
        "comparison_district": "PK-PB-MBD",
        "channels": ["town_hall", "school", "counselling"],
        "budget": Decimal("18000"),
        "starts_on": datetime.date(2026, 2, 1),
        "ends_on": datetime.date(2026, 7, 31),
        "story": "demo-story-01",
    },
    {
        "slug": IRAQ,
        "title": "Returnee videos on social media, Kurdistan Region (illustrative)",
        "objective": "Short videos in which returnees from Belarus and the Balkans speak about "
        "their return, shared on social media and WhatsApp, with replies answered by the "
        "Erbil MRC.",
        "outcome": "trust",
        "country": "IQ",
        "audiences": ["intending_migrants", "students"],
        "districts": ["IQ-AR", "IQ-SU"],
        "comparison_district": "",
        "channels": ["social_media", "broadcast", "influencer_video"],
        "budget": Decimal("9500"),
        "starts_on": datetime.date(2026, 3, 1),
        "ends_on": datetime.date(2026, 8, 31),
        "story": "",
    },
]

MESSENGERS: list[dict[str, Any]] = [
    {"pseudonym": "Bilal", "country": "PK", "languages": ["ur"], "districts": ["PK-PB-GUJ"],
     "consent_scope": "Speak at town halls and college sessions in Gujrat; no photos.",
     "story": "demo-story-01"},
    {"pseudonym": "Asif", "country": "PK", "languages": ["ur"], "districts": ["PK-PB-SKT"],
     "consent_scope": "Speak at town halls in Sialkot.", "story": ""},
    {"pseudonym": "Rebin", "country": "IQ", "languages": ["ckb", "ar"], "districts": ["IQ-SU"],
     "consent_scope": "Short videos for social media, face shown; answer replies with MRC staff.",
     "story": ""},
    {"pseudonym": "Shirin", "country": "IQ", "languages": ["ckb"], "districts": ["IQ-AR"],
     "consent_scope": "Voice-only videos for WhatsApp broadcasts.", "story": ""},
]  # fmt: skip

# (campaign, days after start, channel, district, place, messengers, attendance or media)
BANDS = ("0-17", "18-24", "25-34", "35+")


def _people(women: tuple[int, ...], men: tuple[int, ...]) -> dict[tuple[str, str], int]:
    cells = {("female", b): n for b, n in zip(BANDS, women, strict=True)}
    cells |= {("male", b): n for b, n in zip(BANDS, men, strict=True)}
    return cells


ACTIVITIES: list[tuple[str, int, str, str, str, list[str], dict[str, Any]]] = [
    (PUNJAB, 10, "town_hall", "PK-PB-GUJ", "community", ["Bilal"],
     {"attendance": _people((4, 22, 15, 19), (11, 64, 41, 27))}),
    (PUNJAB, 24, "school", "PK-PB-GUJ", "school", ["Bilal"],
     {"attendance": _people((38, 45, 3, 0), (52, 71, 6, 0))}),
    (PUNJAB, 38, "town_hall", "PK-PB-SKT", "religious", ["Asif"],
     {"attendance": _people((2, 9, 12, 14), (8, 55, 47, 33))}),
    (PUNJAB, 52, "counselling", "PK-PB-SKT", "mrc", ["Asif"],
     {"attendance": _people((0, 3, 2, 1), (0, 7, 5, 2))}),
    (IRAQ, 7, "social_media", "IQ-SU", "online", ["Rebin"],
     {"media": {"impressions": 48200, "views": 15300, "shares": 620, "replies": 141}}),
    (IRAQ, 21, "influencer_video", "IQ-AR", "online", ["Shirin"],
     {"media": {"impressions": 91500, "views": 30800, "shares": 1210, "replies": 388}}),
    (IRAQ, 35, "broadcast", "IQ-AR", "online", ["Shirin"],
     {"media": {"impressions": 6400, "views": 5100, "shares": 95, "replies": 7}}),
]  # fmt: skip


def _messengers(boss: User) -> dict[str, Messenger]:
    found = {m.pseudonym: m for m in Messenger.objects.filter(is_illustrative=True)}
    today = datetime.date.today()
    for row in MESSENGERS:
        if row["pseudonym"] in found:
            continue
        story = Story.objects.filter(reference=row["story"]).first() if row["story"] else None
        messenger = messengers.messenger_create(
            actor=boss,
            data=messengers.MessengerInput(
                pseudonym=row["pseudonym"],
                country=row["country"],
                consent_scope=row["consent_scope"],
                consent_until=today + datetime.timedelta(days=300),
                languages=row["languages"],
                districts=row["districts"],
                story_id=story.pk if story else None,
                is_illustrative=True,
            ),
        )
        messengers.training_record(
            actor=boss,
            messenger=messenger,
            module="Telling your story safely (illustrative)",
            held_on=today - datetime.timedelta(days=60),
            trainer="MRC psychosocial officer",
        )
        # One check-in each; Asif's is old (overdue) and Rebin's low (referral suggested).
        ago = 50 if row["pseudonym"] == "Asif" else 10
        items = [2, 2, 1, 3, 2] if row["pseudonym"] == "Rebin" else [4, 3, 4, 3, 4]
        messengers.checkin_record(
            actor=boss,
            messenger=messenger,
            held_on=today - datetime.timedelta(days=ago),
            items=items,
        )
        found[messenger.pseudonym] = messenger
    return found


def load_campaigns() -> None:
    boss = User.objects.get(username="campaign_manager")
    people = _messengers(boss)
    for row in CAMPAIGNS:
        if Campaign.objects.filter(slug=row["slug"]).exists():
            continue
        data = services.CampaignInput(
            **{k: v for k, v in row.items() if k not in {"slug", "story"}},
            is_illustrative=True,
        )
        campaign = services.campaign_create(actor=boss, data=data)
        Campaign.objects.filter(pk=campaign.pk).update(slug=row["slug"])
        campaign.refresh_from_db()
        message = services.message_create(
            actor=boss,
            campaign=campaign,
            title="Ask before you pay (illustrative)",
            text="Talk to someone who came back, and to the Migrant Resource Centre, before "
            "you pay an agent.",
        )
        story = Story.objects.disclosable("campaigns").filter(reference=row["story"]).first()
        if story is not None:
            services.message_story_link(actor=boss, message=message, story_id=story.pk)
        for slug, days, channel, district, place, names, reach in ACTIVITIES:
            if slug != row["slug"]:
                continue
            activities.activity_record(
                actor=boss,
                campaign=campaign,
                data=activities.ActivityInput(
                    held_on=campaign.starts_on + datetime.timedelta(days=days),
                    channel=channel,
                    district=district,
                    place_type=place,
                    messenger_ids=[people[n].pk for n in names],
                    attendance=reach.get("attendance", {}),
                    media=reach.get("media", {}),
                ),
            )
        _surveys(boss, campaign)
        services.campaign_status_set(actor=boss, campaign=campaign, status="published")


# Illustrative survey answers: (area, wave) -> (respondents, "yes" to know_mrc, "high" risk).
# Invented so that the intervals have something to show; not results of any real survey.
SURVEY_PLAN: dict[str, dict[tuple[str, str], tuple[int, int, int]]] = {
    PUNJAB: {
        ("campaign", "baseline"): (120, 38, 52),
        ("campaign", "endline"): (110, 61, 70),
        ("comparison", "baseline"): (100, 30, 45),
        ("comparison", "endline"): (100, 34, 47),
    },
    IRAQ: {
        ("campaign", "baseline"): (90, 31, 40),
        ("campaign", "endline"): (85, 36, 44),
    },
}
SURVEY_QUESTIONS = ["know_mrc", "risk_journey"]


def _kobo_export(prefix: str, n: int, yes: int, high: int) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["respondent_code", "knowledge/know_mrc", "risk/risk_journey", "_uuid"])
    for i in range(n):
        mrc = "yes" if i < yes else ("no" if i % 3 else "dont_know")
        risk = "very_high" if (i * 7) % n < high else ("medium" if i % 2 else "low")
        writer.writerow([f"{prefix}-{i:04d}", mrc, risk, f"demo-{prefix}-{i:04d}"])
    return out.getvalue().encode()


def _surveys(boss: User, campaign: Campaign) -> None:
    for (area, wave), (n, yes, high) in SURVEY_PLAN.get(campaign.slug, {}).items():
        survey = surveys.survey_create_from_bank(
            actor=boss, campaign=campaign, wave=wave, area=area, names=SURVEY_QUESTIONS
        )
        # The same codes at baseline and endline: matched respondents (anonymous codes).
        prefix = ("C" if area == "comparison" else "T") + campaign.country
        data = _kobo_export(prefix, n, yes, high)
        surveys.survey_responses_import(actor=boss, survey=survey, data=data)
