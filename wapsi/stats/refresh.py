"""The incremental refresh of the rollups (wapsi.stats.models) from the owning apps' selectors.

Append-only sources (sessions and their topics, assessments, reader feedback) are read from the
last id counted; changeable ones (referrals: changed since the last refresh; stories: few,
compared with the ledger) move each changed record from the rollup row it was counted in to
its new one. A second refresh with nothing new writes nothing but the refresh stamps.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from typing import Any, cast

from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone

from wapsi.campaigns.selectors import activity_media_for_stats, attendance_for_stats
from wapsi.cases.selectors import (
    assessment_last_id,
    assessments_for_stats,
    referrals_for_stats,
    session_last_id,
    session_topics_rollup_for_stats,
    sessions_rollup_for_stats,
)
from wapsi.hub.selectors import feedback_for_stats, feedback_last_id, page_view_days_for_stats
from wapsi.stats.models import Fact, Ledger, Refresh
from wapsi.voices.selectors import stories_for_stats

# month, country, centre_id, district, client_type, gender, age_band, a, b, c
FactKey = tuple[datetime.date, str, int, str, str, str, str, str, str, str]
Measures = list[int]  # count, people, total
KEY_FIELDS = (
    "month",
    "country",
    "centre_id",
    "district",
    "client_type",
    "gender",
    "age_band",
    "a",
    "b",
    "c",
)
BATCH = 20_000  # ids per batch of an append-only source
SOURCES = (
    "sessions",
    "assessments",
    "feedback",
    "referrals",
    "stories",
    "pageviews",
    "campaigns",
)


def month_of(value: datetime.date | datetime.datetime) -> datetime.date:
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    return value.replace(day=1)


def _key(
    when: datetime.date | datetime.datetime,
    country: str | None,
    centre_id: int | None,
    people: tuple[Any, ...] = ("", "", "", ""),
    a: object = "",
    b: object = "",
    c: object = "",
) -> FactKey:
    district, client_type, gender, age_band = (str(v or "") for v in people)
    return (
        month_of(when),
        country or "",
        centre_id or 0,
        district.strip()[:100],
        client_type,
        gender,
        age_band,
        _part(a),
        _part(b),
        _part(c),
    )


def _part(value: object) -> str:
    """A breakdown value as stored: None is blank, but 0 (a same-day referral) is "0"."""
    return "" if value is None else str(value)[:100]


def _client(row: dict[str, Any], prefix: str = "") -> tuple[Any, ...]:
    return tuple(
        row[f"{prefix}client__{f}"] for f in ("district", "client_type", "gender", "age_band")
    )


def _add_to_facts(added: list[tuple[int, int, int, int]]) -> None:
    """Add (count, people, total) to the rollup rows of the given ids: one statement run for
    many rows (Django's bulk_update builds a CASE per row, minutes for a few 100,000 rows)."""
    if not added:
        return
    q = connection.ops.quote_name
    sets = ", ".join(f"{q(c)} = {q(c)} + %s" for c in ("count", "people", "total"))
    sql = f"UPDATE {q(Fact._meta.db_table)} SET {sets} WHERE {q('id')} = %s"  # noqa: S608
    with connection.cursor() as cursor:
        for start in range(0, len(added), 5000):
            cursor.executemany(sql, added[start : start + 5000])


def _fact_ids(subject: str, months: set[datetime.date]) -> dict[FactKey, int]:
    rows = Fact.objects.filter(subject=subject, month__in=months).values_list("pk", *KEY_FIELDS)
    return {cast(FactKey, tuple(row[1:])): row[0] for row in rows}


def _insert_facts(subject: str, new: list[tuple[FactKey, Measures]]) -> None:
    """Insert rollup rows (plain rows: no model instance for each of a few 100,000)."""
    if not new:
        return
    q = connection.ops.quote_name
    columns = ("subject", *KEY_FIELDS, "count", "people", "total")
    sql = (
        f"INSERT INTO {q(Fact._meta.db_table)} ({', '.join(q(c) for c in columns)})"  # noqa: S608
        f" VALUES ({', '.join(['%s'] * len(columns))})"
    )
    adapt = connection.ops.adapt_datefield_value
    rows = [(subject, adapt(key[0]), *key[1:], *m) for key, m in new]
    with connection.cursor() as cursor:
        for start in range(0, len(rows), 5000):
            cursor.executemany(sql, rows[start : start + 5000])


def _apply(
    subject: str, deltas: dict[FactKey, Measures], *, ids: bool = True
) -> dict[FactKey, int]:
    """Add the deltas to the subject's rollup rows (creating missing ones); their ids by key
    (none when `ids` is false)."""
    deltas = {k: v for k, v in deltas.items() if any(v)} if deltas else {}
    if not deltas:
        return {}
    months = {k[0] for k in deltas}
    existing = _fact_ids(subject, months)
    added: list[tuple[int, int, int, int]] = []
    new: list[tuple[FactKey, Measures]] = []
    for key, measures in deltas.items():
        pk = existing.get(key)
        if pk is None:
            new.append((key, measures))
        else:
            added.append((measures[0], measures[1], measures[2], pk))
    _add_to_facts(added)
    _insert_facts(subject, new)
    if not ids:
        return {}
    found = _fact_ids(subject, months) if new else existing
    return {key: found[key] for key in deltas}


def _state(source: str, now: datetime.datetime) -> Refresh:
    state, _ = Refresh.objects.select_for_update().get_or_create(
        source=source, defaults={"refreshed_at": now}
    )
    return state


def _batches(after: int, upto: int, size: int) -> Iterator[tuple[int, int]]:
    while after < upto:
        yield after, min(after + size, upto)
        after += size


Counted = Iterable[tuple[str, dict[FactKey, Measures]]]  # (subject, deltas), in chunks


def _append_only(
    source: str,
    now: datetime.datetime,
    last_id: Callable[[], int],
    count_batch: Callable[[int, int], Counted],
    batch: int = BATCH,
) -> int:
    with transaction.atomic():
        state = _state(source, now)
        upto = last_id()
        counted = 0
        for after, until in _batches(int(state.last_id), upto, batch):
            for subject, deltas in count_batch(after, until):
                _apply(subject, deltas, ids=False)
                if subject == source:
                    counted += sum(v[0] for v in deltas.values())
        state.last_id = max(upto, int(state.last_id))
        state.refreshed_at = now
        state.save()
    return counted


# Sessions are counted by the database (grouped rows, not one row per session, read as a
# stream), so a batch can be as large as the table: what Python holds is one month's groups
# at a time, and each month's rollup rows are read and written once per batch.
SESSION_BATCH = 50_000_000


def _by_month(
    subject: str,
    rows: Iterable[dict[str, Any]],
    key: Callable[[dict[str, Any]], FactKey],
    measures: Callable[[dict[str, Any]], Measures],
) -> Counted:
    """Grouped rows ordered by month as one chunk of deltas per month."""
    deltas: dict[FactKey, Measures] = defaultdict(lambda: [0, 0, 0])
    month: datetime.date | None = None
    for row in rows:
        k = key(row)
        if month is not None and k[0] != month:
            yield subject, deltas
            deltas = defaultdict(lambda: [0, 0, 0])
        month = k[0]
        d, m = deltas[k], measures(row)
        for i in range(3):
            d[i] += m[i]
    if deltas:
        yield subject, deltas


def _sessions(after: int, upto: int) -> Counted:
    def session_key(row: dict[str, Any]) -> FactKey:
        return _key(
            row["month"],
            row["centre__country"],
            row["centre_id"],
            _client(row),
            row["channel"],
            "new" if row["new"] else "returning",
        )

    def session_measures(row: dict[str, Any]) -> Measures:
        return [row["sessions"], row["sessions"] if row["new"] else 0, 0]

    rows = sessions_rollup_for_stats(after_id=after, upto_id=upto).iterator(chunk_size=5000)
    yield from _by_month("sessions", rows, session_key, session_measures)
    p = "counsellingsession__"

    def topic_key(row: dict[str, Any]) -> FactKey:
        return _key(row["month"], row["country"], row["centre_id"], _client(row, p), row["topic"])

    rows = session_topics_rollup_for_stats(after_id=after, upto_id=upto).iterator(chunk_size=5000)
    yield from _by_month("topics", rows, topic_key, lambda row: [row["sessions"], 0, 0])


def _assessments(after: int, upto: int) -> Counted:
    facts: dict[FactKey, Measures] = defaultdict(lambda: [0, 0, 0])
    for row in assessments_for_stats(after_id=after, upto_id=upto):
        key = _key(
            row["held_on"],
            row["client__centre__country"],
            row["client__centre_id"],
            _client(row),
            row["dimension"],
            row["kind"],
        )
        facts[key][0] += 1
        facts[key][2] += round(row["score"] * 10)
    return [("assessments", facts)]


def _feedback(after: int, upto: int) -> Counted:
    facts: dict[FactKey, Measures] = defaultdict(lambda: [0, 0, 0])
    for row in feedback_for_stats(after_id=after, upto_id=upto):
        key = _key(row["created_at"], "", 0, a=row["language"], b="yes" if row["useful"] else "no")
        facts[key][0] += 1
    return [("feedback", facts)]


Contribution = tuple[str, int, FactKey, Measures]  # subject, record id, key, measures


def _move(records: Iterable[Contribution], *, subjects: tuple[str, ...], scope: Q) -> int:
    """Make the ledger (of `subjects`, narrowed by `scope`) say what `records` say, moving each
    changed record's counts from its old rollup row to its new one. Returns records moved."""
    wanted = {(s, rid): (key, m) for s, rid, key, m in records}
    old = {
        (entry.subject, entry.record_id): entry
        for entry in Ledger.objects.filter(scope, subject__in=subjects).select_related("fact")
    }
    deltas: dict[str, dict[FactKey, Measures]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
    gone: list[int] = []
    gone_records: set[int] = set()
    moved: list[tuple[str, int, FactKey, Measures]] = []
    for ident, entry in old.items():
        key = cast(FactKey, tuple(getattr(entry.fact, n) for n in KEY_FIELDS))
        now = wanted.get(ident)
        if now is not None and now[0] == key and now[1] == [entry.count, entry.people, entry.total]:
            wanted.pop(ident)
            continue
        d = deltas[entry.subject][key]
        d[0] -= entry.count
        d[1] -= entry.people
        d[2] -= entry.total
        gone.append(entry.pk)
        gone_records.add(entry.record_id)
    for (subject, rid), (key, m) in wanted.items():
        d = deltas[subject][key]
        for i in range(3):
            d[i] += m[i]
        moved.append((subject, rid, key, m))
    ids: dict[str, dict[FactKey, int]] = {s: _apply(s, dict(d)) for s, d in deltas.items()}
    Ledger.objects.filter(pk__in=gone).delete()
    Ledger.objects.bulk_create(
        [
            Ledger(
                subject=s, record_id=rid, fact_id=ids[s][key], count=m[0], people=m[1], total=m[2]
            )
            for s, rid, key, m in moved
        ],
        batch_size=1000,
    )
    return len({rid for _, rid, _, _ in moved} | gone_records)


def _referrals(now: datetime.datetime) -> int:
    with transaction.atomic():
        state = _state("referrals", now)
        since = state.changed_since
        started = timezone.now()
        records: list[Contribution] = []
        ids: list[int] = []
        for row in referrals_for_stats(changed_since=since).iterator(chunk_size=5000):
            ids.append(row["pk"])
            kind = row["service__provider__kind"] or "centre"
            common = (
                row["created_at"],
                row["referring_centre__country"],
                row["referring_centre_id"],
                _client(row),
            )
            key = _key(*common, row["status"], row["service__category"], kind)
            records.append(("referrals", row["pk"], key, [1, 0, 0]))
            if row["status"] == "completed" and row["sent_at"] and row["completed_at"]:
                days = max(0, (row["completed_at"] - row["sent_at"]).days)
                key = _key(*common, days, row["service__category"], kind)
                records.append(("referral_days", row["pk"], key, [1, 0, days]))
        scope = Q() if since is None else Q(record_id__in=ids)
        moved = (
            _move(records, subjects=("referrals", "referral_days"), scope=scope)
            if (ids or since is None)
            else 0
        )
        state.changed_since = started
        state.refreshed_at = now
        state.save()
    return moved


def _stories(now: datetime.datetime) -> int:
    with transaction.atomic():
        state = _state("stories", now)
        stories, themes = stories_for_stats()  # plain values: id, month, country, status ...
        by_id = {row["pk"]: row for row in stories}
        records: list[Contribution] = []
        for row in stories:
            key = _key(
                row["created_at"],
                row["country"],
                row["centre_id"],
                a=row["status"],
                b=row["route__name"],
            )
            records.append(("stories", row["pk"], key, [1, 0, 0]))
        for theme in themes:
            story = by_id[theme["story_id"]]
            key = _key(
                story["created_at"],
                story["country"],
                story["centre_id"],
                a=story["status"],
                b=theme["theme__name"],
            )
            # one ledger entry per (story, theme) pair: the pair's own id
            records.append(("story_themes", theme["pk"], key, [1, 0, 0]))
        moved = _move(records, subjects=("stories", "story_themes"), scope=Q())
        state.refreshed_at = now
        state.save()
    return moved


# Page views of a day keep growing until its counters are flushed for the last time (the day
# after): rows of days from this many days before the last refresh are read again.
PAGE_VIEW_DAYS_OPEN = 2


def _page_views(now: datetime.datetime) -> int:
    with transaction.atomic():
        state = _state("pageviews", now)
        since = (
            None
            if state.changed_since is None
            else timezone.localtime(state.changed_since).date()
            - datetime.timedelta(days=PAGE_VIEW_DAYS_OPEN)
        )
        started = timezone.now()
        rows = page_view_days_for_stats(since=since)
        records: list[Contribution] = [
            (
                "pageviews",
                row["pk"],
                _key(row["day"], "", 0, a=row["language"]),
                [row["views"], 0, 0],
            )
            for row in rows
        ]
        scope = Q() if since is None else Q(record_id__in=[row["pk"] for row in rows])
        moved = _move(records, subjects=("pageviews",), scope=scope)
        state.changed_since = started
        state.refreshed_at = now
        state.save()
    return moved


def _campaigns(now: datetime.datetime) -> int:
    """Campaign reach: people present at in-person activities (one ledger entry per
    attendance cell) and media impressions and views (one per activity, impressions counted in
    `count`, views in `total`). Few records, all compared with the ledger each time, so an
    activity corrected or removed moves or leaves its rollup row."""
    with transaction.atomic():
        state = _state("campaigns", now)
        records: list[Contribution] = []
        for row in attendance_for_stats().iterator(chunk_size=5000):
            key = _key(
                row["activity__held_on"],
                row["activity__campaign__country"],
                0,  # campaigns belong to no centre
                (row["activity__district"], "", row["gender"], row["age_band"]),
                row["activity__channel"],
            )
            records.append(("campaign_reach", row["pk"], key, [int(row["count"]), 0, 0]))
        for row in activity_media_for_stats().iterator(chunk_size=5000):
            key = _key(
                row["held_on"],
                row["campaign__country"],
                0,
                (row["district"], "", "", ""),
                row["channel"],
            )
            media = [int(row["impressions"] or 0), 0, int(row["views"] or 0)]
            records.append(("campaign_media", row["pk"], key, media))
        moved = _move(records, subjects=("campaign_reach", "campaign_media"), scope=Q())
        state.refreshed_at = now
        state.save()
    return moved


def stats_refresh(*, now: datetime.datetime | None = None) -> dict[str, int]:
    """Bring every rollup up to date; per source, how many records were counted or moved."""
    now = now or timezone.now()
    return {
        "sessions": _append_only("sessions", now, session_last_id, _sessions, batch=SESSION_BATCH),
        "assessments": _append_only("assessments", now, assessment_last_id, _assessments),
        "feedback": _append_only("feedback", now, feedback_last_id, _feedback),
        "referrals": _referrals(now),
        "stories": _stories(now),
        "pageviews": _page_views(now),
        "campaigns": _campaigns(now),
    }
