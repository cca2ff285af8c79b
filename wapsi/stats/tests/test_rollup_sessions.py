"""The session rollups, counted by grouped database queries, against a count made here from
the raw records one by one (an independent computation), over an incremental refresh."""

from __future__ import annotations

import datetime
import random
from collections import Counter
from typing import Any

import pytest

from wapsi.cases.models import Client, CounsellingSession, SessionTopic
from wapsi.cases.tests.factories import CentreFactory
from wapsi.stats import refresh as refresh_module
from wapsi.stats.models import Fact
from wapsi.stats.refresh import stats_refresh

pytestmark = pytest.mark.django_db


def _sessions(rng: random.Random, clients: list[Client], topics: list[Any], n: int) -> None:
    for _i in range(n):
        client = rng.choice(clients)
        session = CounsellingSession.objects.create(
            client=client,
            centre_id=client.centre_id,
            held_on=datetime.date(2025, rng.randint(1, 12), rng.randint(1, 28)),
            channel=rng.choice(["walk_in", "hotline", "whatsapp"]),
            duration_minutes=20,
        )
        session.topics.set(rng.sample(topics, rng.randint(0, 2)))


def _expected() -> tuple[Counter[tuple[Any, ...]], Counter[tuple[Any, ...]], Counter[Any]]:
    """Per rollup key: sessions, new clients (people) and topic pairs, counted in Python."""
    sessions: Counter[tuple[Any, ...]] = Counter()
    people: Counter[tuple[Any, ...]] = Counter()
    topics: Counter[tuple[Any, ...]] = Counter()
    seen: set[int] = set()
    for s in CounsellingSession.objects.select_related("client", "centre").order_by("pk"):
        c = s.client
        where = (s.held_on.replace(day=1), s.centre.country, s.centre_id, c.district)
        bands = (c.client_type, c.gender, c.age_band)
        new = c.pk not in seen
        seen.add(c.pk)
        key = (*where, *bands, s.channel, "new" if new else "returning", "")
        sessions[key] += 1
        people[key] += int(new)
        for topic in s.topics.all():
            topics[(*where, *bands, topic.name, "", "")] += 1
    return sessions, people, topics


def _stored(subject: str, field: str) -> Counter[tuple[Any, ...]]:
    found: Counter[tuple[Any, ...]] = Counter()
    for f in Fact.objects.filter(subject=subject):
        key = (f.month, f.country, f.centre_id, f.district, f.client_type, f.gender, f.age_band)
        value = getattr(f, field)
        if value:
            found[(*key, f.a, f.b, f.c)] += value
    return found


def test_grouped_session_rollups_equal_a_count_of_the_raw_records(monkeypatch) -> None:
    rng = random.Random(13)
    centres = [CentreFactory(country="PK"), CentreFactory(country="IQ")]
    clients = [
        Client.objects.create(
            code=f"RND-{i:04d}",
            centre=centres[i % 2],
            client_type=rng.choice(["returnee", "intending", "family"]),
            gender=rng.choice(["female", "male"]),
            age_band=rng.choice(["18-24", "25-34", "35-44"]),
            district=rng.choice(["", "Attock", "Jhelum"]),
            consent_given_on=datetime.date(2025, 1, 1),
            consent_scope="referral",
        )
        for i in range(25)
    ]
    topics = [
        SessionTopic.objects.create(slug=f"topic-{i}", name=f"Topic {chr(65 + i)}")
        for i in range(4)
    ]
    # small batches: the refresh crosses batch and month boundaries many times
    monkeypatch.setattr(refresh_module, "SESSION_BATCH", 7)
    _sessions(rng, clients, topics, 60)
    first = stats_refresh()
    assert first["sessions"] == 60
    _sessions(rng, clients, topics, 45)  # returning clients and new ones, counted later
    second = stats_refresh()
    assert second["sessions"] == 45

    sessions, people, topic_pairs = _expected()
    assert sum(sessions.values()) == 105
    assert 0 < sum(people.values()) <= 25
    assert _stored("sessions", "count") == sessions
    assert _stored("sessions", "people") == +people
    assert _stored("topics", "count") == topic_pairs
    assert sum(topic_pairs.values()) > 0
