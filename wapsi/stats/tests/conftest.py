from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

import pytest

from wapsi.cases.models import Client, CounsellingSession, Referral
from wapsi.cases.tests.factories import CentreFactory, ProviderFactory, ServiceFactory, staff

MONTH = datetime.date(2026, 5, 12)  # every session of the world is held on this day


@dataclass
class StatsWorld:
    small_centre: Any  # 3 clients, all in one district
    big_centre: Any
    service: Any
    government: Any
    secretariat: Any
    manager: Any  # of the small centre
    counsellor: Any


def add_clients(
    centre: Any, counsellor: Any, count: int, *, district: str, prefix: str, gender: str = "female"
) -> list[Client]:
    start = Client.objects.count()
    clients = Client.objects.bulk_create(
        [
            Client(
                code=f"{prefix}-{start + i:06d}",
                centre=centre,
                client_type="returnee",
                gender=gender,
                age_band="25-34",
                district=district,
                consent_given_on=MONTH,
                consent_scope="referral",
            )
            for i in range(count)
        ]
    )
    CounsellingSession.objects.bulk_create(
        [
            CounsellingSession(
                client=c,
                centre=centre,
                counsellor=counsellor,
                held_on=MONTH,
                duration_minutes=15,
                notes="private note",
            )
            for c in clients
        ]
    )
    return clients


@pytest.fixture
def stats_world(db: Any) -> StatsWorld:
    # Names without digits: a "3" on a page can only be a figure.
    small = CentreFactory(country="PK", name="Small centre", slug="small-centre")
    big = CentreFactory(country="PK", name="Big centre", slug="big-centre")
    counsellor = staff("counsellor", centre=small)
    provider = ProviderFactory(owning_centre=big)
    service = ServiceFactory(provider=provider)
    add_clients(small, counsellor, 3, district="Attock", prefix="PK-SML")
    big_clients = add_clients(big, counsellor, 40, district="Jhelum", prefix="PK-BIG")
    Referral.objects.bulk_create(
        [
            Referral(client=c, service=service, referring_centre=big, due_on=MONTH, status="sent")
            for c in big_clients[:20]
        ]
    )
    return StatsWorld(
        small_centre=small,
        big_centre=big,
        service=service,
        government=staff("government_viewer"),
        secretariat=staff("secretariat"),
        manager=staff("centre_manager", centre=small),
        counsellor=counsellor,
    )
