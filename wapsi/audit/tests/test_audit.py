"""The audit log takes new rows and refuses every change, in the application and in the database."""

from __future__ import annotations

import pytest
from django.db import DatabaseError, connection, transaction

from wapsi.audit.models import AppendOnlyError, AuditAction, AuditEntry
from wapsi.audit.services import audit_record
from wapsi.centres.models import Centre

pytestmark = pytest.mark.django_db


@pytest.fixture
def entry(django_user_model: type) -> AuditEntry:
    user = django_user_model.objects.create_user(username="auditor", password="x" * 12)
    centre = Centre.objects.create(
        name="C", slug="c", country="PK", city="Lahore", host_institution="H"
    )
    with transaction.atomic():
        return audit_record(
            actor=user, action=AuditAction.READ, target=centre, detail={"fields": ["name"]}
        )


def test_record_names_who_what_and_which(entry: AuditEntry) -> None:
    assert entry.actor_label == "auditor"
    assert entry.object_type == "centres.centre"
    assert entry.action == "read"


def test_model_refuses_update_and_delete(entry: AuditEntry) -> None:
    entry.detail = {"tampered": True}
    with pytest.raises(AppendOnlyError):
        entry.save()
    with pytest.raises(AppendOnlyError):
        entry.delete()
    with pytest.raises(AppendOnlyError):
        AuditEntry.objects.all().update(actor_label="x")
    with pytest.raises(AppendOnlyError):
        AuditEntry.objects.all().delete()


def test_database_refuses_raw_update_and_delete(entry: AuditEntry) -> None:
    for sql in (
        "UPDATE audit_auditentry SET actor_label = 'x'",
        "DELETE FROM audit_auditentry",
    ):
        with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(sql)
    assert AuditEntry.objects.get(pk=entry.pk).actor_label == "auditor"


def test_anonymous_actor_is_recorded_as_system() -> None:
    entry = audit_record(
        actor=None, action=AuditAction.CREATE, object_type="hub.feedback", object_id="1"
    )
    assert entry.actor_id is None
    assert entry.actor_label == "system"


def _rewrite_statements() -> list[str]:
    """Statements that would replace an existing entry's row in place, per database."""
    row = (
        " INTO audit_auditentry"
        " (id, at, actor_id, actor_label, action, object_type, object_id, ip_address, detail)"
        " VALUES (%s, CURRENT_TIMESTAMP, NULL, 'forger', 'read', 'x.y', '1', NULL, '{}')"
    )
    if connection.vendor == "postgresql":
        return [
            "INSERT" + row + " ON CONFLICT (id) DO UPDATE SET actor_label = EXCLUDED.actor_label"
        ]
    return ["INSERT OR REPLACE" + row, "REPLACE" + row]


def test_database_refuses_insert_that_replaces_an_entry(entry: AuditEntry) -> None:
    """SQLite's REPLACE deletes the conflicting row without firing delete triggers; PostgreSQL's
    upsert goes through the update trigger. Neither may rewrite an entry."""
    for sql in _rewrite_statements():
        with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(sql, [entry.pk])
    assert AuditEntry.objects.get(pk=entry.pk).actor_label == "auditor"
    assert AuditEntry.objects.count() == 1


def test_database_still_takes_new_entries_with_any_insert(entry: AuditEntry) -> None:
    """The guard refuses only a taken id: new rows go in, with or without a conflict clause."""
    fresh = entry.pk + 1000
    sql = _rewrite_statements()[0]
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql, [fresh])
    assert AuditEntry.objects.get(pk=fresh).actor_label == "forger"
    audit_record(actor=None, action=AuditAction.CREATE, object_type="hub.feedback", object_id="2")
    assert AuditEntry.objects.count() == 3
