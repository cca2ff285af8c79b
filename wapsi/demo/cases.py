"""Illustrative case records: a few hundred clients, sessions and referrals over two years.

Every code starts with DEMO-, and nothing here describes a real person. Idempotent: loaded once.
"""

from __future__ import annotations

import datetime
import random

from django.db import transaction
from django.utils import timezone

from wapsi.accounts.models import User
from wapsi.cases.models import (
    FINAL_STATUSES,
    Client,
    CounsellingSession,
    Referral,
    ReferralEvent,
    ReferralStatus,
    SessionTopic,
    SharingConsent,
)
from wapsi.centres.models import Centre, Service

CLIENTS_PER_CENTRE = 40
# Codes of the managed lists (wapsi.lib.countries): the districts each centre's illustrative
# clients come from, and the countries returnees come back from.
DISTRICTS = {
    "Islamabad": ["PK-IS-ISB", "PK-PB-RWP", "PK-PB-ATK"],
    "Lahore": ["PK-PB-LHR", "PK-PB-GRW", "PK-PB-SKT", "PK-PB-GUJ", "PK-PB-MBD"],
    "Peshawar": ["PK-KP-PEW", "PK-KP-MRD", "PK-KP-SWT"],
    "Baghdad": ["IQ-BG-KRH", "IQ-BG-RSF", "IQ-BG-KDH"],
    "Erbil": ["IQ-AR-ERB", "IQ-AR-SRN", "IQ-AR-SHQ"],
    "Sulaymaniyah": ["IQ-SU-SLM", "IQ-SU-RNY", "IQ-SU-HLB"],
    "Dhaka": ["BD-C-DHA", "BD-C-NAR", "BD-C-GAZ", "BD-C-TAN"],
    "Cumilla": ["BD-B-CML", "BD-B-CHA", "BD-B-BRA"],
}
RETURNED_FROM = ["GR", "DE", "TR", "SA", "AE", "BY", "IT"]
FLOW = [
    ReferralStatus.SENT,
    ReferralStatus.ACCEPTED,
    ReferralStatus.IN_PROGRESS,
    ReferralStatus.COMPLETED,
]


def _status(rng: random.Random) -> ReferralStatus:
    roll = rng.random()
    if roll < 0.1:
        return ReferralStatus.DECLINED
    if roll < 0.15:
        return ReferralStatus.CLOSED
    return rng.choice([*FLOW, ReferralStatus.COMPLETED, ReferralStatus.COMPLETED])


@transaction.atomic
def load_cases(*, counsellor: User | None = None, seed: int = 2026) -> int:
    if Client.objects.filter(code__startswith="DEMO-").exists():
        return 0
    rng = random.Random(seed)
    today = timezone.localdate()
    topics = list(SessionTopic.objects.all())
    made = 0
    for centre in Centre.objects.filter(is_active=True, city__in=DISTRICTS):
        services = list(
            Service.objects.filter(country=centre.country, is_active=True).select_related(
                "provider"
            )
        )
        for i in range(CLIENTS_PER_CENTRE):
            start = today - datetime.timedelta(days=rng.randint(5, 730))
            client_type = rng.choice(
                ["returnee", "returnee", "intending", "intending", "family", "other"]
            )
            client = Client.objects.create(
                code=f"DEMO-{centre.slug.removeprefix('mrc-').upper()}-{i:04d}",
                centre=centre,
                client_type=client_type,
                gender=rng.choice(["female", "male", "male", "undisclosed"]),
                age_band=rng.choice(["18-24", "25-34", "25-34", "35-44", "45-54"]),
                district=rng.choice(DISTRICTS[centre.city]),
                country_returned_from=rng.choice(RETURNED_FROM)
                if client_type == "returnee"
                else "",
                consent_given_on=start,
                consent_scope="referral",
            )
            Client.objects.filter(pk=client.pk).update(
                created_at=timezone.make_aware(datetime.datetime.combine(start, datetime.time(10)))
            )
            for s in range(rng.randint(1, 3)):
                session = CounsellingSession.objects.create(
                    client=client,
                    centre=centre,
                    counsellor=counsellor if centre.slug == "mrc-islamabad" else None,
                    held_on=min(today, start + datetime.timedelta(days=14 * s)),
                    channel=rng.choice(["walk_in", "hotline", "whatsapp", "outreach", "online"]),
                    duration_minutes=rng.choice([10, 15, 20, 30, 45]),
                    referral_made=client_type == "returnee" and bool(services),
                )
                session.topics.set(rng.sample(topics, k=min(2, len(topics))))
            if client_type == "returnee" and services:
                service = rng.choice(services)
                if service.provider_id:
                    SharingConsent.objects.create(
                        client=client, provider_id=service.provider_id, given_on=start
                    )
                status = _status(rng)
                referral = Referral.objects.create(
                    client=client,
                    service=service,
                    referring_centre=centre,
                    created_by=counsellor if centre.slug == "mrc-islamabad" else None,
                    status=status,
                    due_on=start + datetime.timedelta(days=21),
                    outcome_note="Illustrative outcome"
                    if status == ReferralStatus.COMPLETED
                    else "",
                )
                path = (
                    [ReferralStatus.PROPOSED, *FLOW[: FLOW.index(status) + 1]]
                    if status in FLOW
                    else [ReferralStatus.PROPOSED, ReferralStatus.SENT, status]
                )
                ReferralEvent.objects.bulk_create(
                    [
                        ReferralEvent(
                            referral=referral,
                            status=st,
                            reason="Illustrative" if st in FINAL_STATUSES else "",
                        )
                        for st in path
                    ]
                )
            made += 1
    return made
