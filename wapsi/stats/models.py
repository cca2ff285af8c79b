"""Rollups: counts of records by month and breakdown, the only thing the dashboards read.

One table, `Fact`, holds every subject (sessions, referrals, ...): a row is one combination of
month, country, centre, district, client type, gender, age band and up to three values that
depend on the subject (`a`, `b`, `c`, named in wapsi/stats/subjects.py), with its additive
measures. No row names a person: the finest grain is a centre's district in a month, and every
figure shown is protected by wapsi.lib.disclosure first.

Records that change after they are counted (a referral's status, a story's) have a `Ledger` row
saying where each one is counted, so a refresh moves it from its old row to its new one.
"""

from __future__ import annotations

from django.db import models


class Fact(models.Model):
    subject = models.CharField(max_length=16)
    month = models.DateField()  # the first day of the month
    country = models.CharField(max_length=2, blank=True)
    centre_id = models.IntegerField(default=0)  # 0: no centre (feedback, stories without one)
    district = models.CharField(max_length=100, blank=True)
    client_type = models.CharField(max_length=12, blank=True)
    gender = models.CharField(max_length=12, blank=True)
    age_band = models.CharField(max_length=8, blank=True)
    a = models.CharField(max_length=100, blank=True)
    b = models.CharField(max_length=100, blank=True)
    c = models.CharField(max_length=100, blank=True)
    count = models.IntegerField(default=0)  # records (sessions, referrals, ...)
    people = models.IntegerField(default=0)  # people counted the first time (new clients)
    total = models.BigIntegerField(default=0)  # a sum of a measured value (score x 10, days)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=[
                    "subject",
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
                ],
                name="stats_fact_unique_key",
            )
        ]
        indexes = [models.Index(fields=["subject", "country", "month"])]

    def __str__(self) -> str:
        return f"{self.subject} {self.month:%Y-%m} {self.country} {self.count}"


class Ledger(models.Model):
    """Where a changeable record is counted now (its id only, no other data about it)."""

    subject = models.CharField(max_length=16)
    record_id = models.IntegerField()
    fact = models.ForeignKey(Fact, on_delete=models.CASCADE, related_name="+")
    count = models.IntegerField(default=1)
    people = models.IntegerField(default=0)
    total = models.BigIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["subject", "record_id"], name="stats_ledger_unique")
        ]

    def __str__(self) -> str:
        return f"{self.subject} {self.record_id}"


class Refresh(models.Model):
    """How far each source has been counted, and when."""

    source = models.CharField(max_length=16, unique=True)
    refreshed_at = models.DateTimeField()
    last_id = models.BigIntegerField(default=0)  # append-only sources: the last id counted
    changed_since = models.DateTimeField(null=True, blank=True)  # changeable ones: from when

    def __str__(self) -> str:
        return f"{self.source} {self.refreshed_at:%Y-%m-%d %H:%M}"
