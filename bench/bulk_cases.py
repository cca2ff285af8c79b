"""Case records at scale for the benchmark: raw multi-row inserts, hundreds of thousands a minute."""

from __future__ import annotations

import datetime
import random

from django.db import connection, transaction

from wapsi.cases.models import Client, CounsellingSession, Referral
from wapsi.centres.models import Centre, Service
from wapsi.lib import countries

CHUNK = 5000


@transaction.atomic
def cases_bulk_create(
    *, sessions: int, referrals: int, sessions_per_client: int = 10, seed: int = 7
) -> None:
    """Add `sessions` sessions (for sessions/sessions_per_client new clients) and `referrals` referrals."""
    rng = random.Random(seed)
    centres = list(Centre.objects.filter(is_active=True).values_list("pk", "country"))
    # Clients live in the listed districts of their centre's country (as the client form
    # records them), so a breakdown by district has realistic rows; one in twenty unrecorded.
    districts = {
        country: [d.code for d in countries.districts_of(country)] or [""]
        for country in {c for _, c in centres}
    }
    services = list(Service.objects.filter(is_active=True).values_list("pk", flat=True))
    today = datetime.date.today()
    start = Client.objects.count()
    n_clients = max(1, sessions // sessions_per_client)
    for offset in range(0, n_clients, CHUNK):
        Client.objects.bulk_create(
            [
                Client(
                    code=f"BENCH-{start + i:08d}",
                    centre_id=centres[i % len(centres)][0],
                    client_type=rng.choice(["returnee", "intending", "family", "other"]),
                    gender=rng.choice(["female", "male"]),
                    age_band=rng.choice(["18-24", "25-34", "35-44"]),
                    district=(
                        ""
                        if rng.random() < 0.05
                        else rng.choice(districts[centres[i % len(centres)][1]])
                    ),
                    consent_given_on=today,
                    consent_scope="referral",
                )
                for i in range(offset, min(offset + CHUNK, n_clients))
            ]
        )
    rows = list(Client.objects.filter(code__startswith="BENCH-").values_list("pk", "centre_id"))
    table = CounsellingSession._meta.db_table
    sql = (
        f"INSERT INTO {table} (client_id, centre_id, counsellor_id, held_on, channel, duration_minutes, referral_made, notes, created_at)"  # noqa: S608
        " VALUES (%s, %s, NULL, %s, %s, %s, %s, '', %s)"
    )
    now = datetime.datetime.now(tz=datetime.UTC)
    with connection.cursor() as cursor:
        batch = []
        for n in range(sessions):
            client_id, centre_id = rows[n % len(rows)]
            held = today - datetime.timedelta(days=rng.randint(0, 730))
            batch.append(
                (
                    client_id,
                    centre_id,
                    held,
                    rng.choice(["walk_in", "hotline", "whatsapp"]),
                    20,
                    False,
                    now,
                )
            )
            if len(batch) == CHUNK:
                cursor.executemany(sql, batch)
                batch = []
        if batch:
            cursor.executemany(sql, batch)
    if services:
        for offset in range(0, referrals, CHUNK):
            Referral.objects.bulk_create(
                [
                    Referral(
                        client_id=rows[n % len(rows)][0],
                        referring_centre_id=rows[n % len(rows)][1],
                        service_id=services[n % len(services)],
                        status=rng.choice(["sent", "accepted", "completed", "declined"]),
                        due_on=today,
                    )
                    for n in range(offset, min(offset + CHUNK, referrals))
                ]
            )
