"""Database triggers that make the audit log append-only for any SQL, not only the ORM."""

from __future__ import annotations

from typing import Any

_SQLITE_INSTALL = [
    """CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit_auditentry
       BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;""",
    """CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit_auditentry
       BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;""",
    # INSERT OR REPLACE (and REPLACE INTO) deletes the row it conflicts with without firing
    # delete triggers unless PRAGMA recursive_triggers is on, so an existing entry could be
    # rewritten. Refuse any insert whose id is already taken, whatever its conflict clause.
    """CREATE TRIGGER IF NOT EXISTS audit_no_replace BEFORE INSERT ON audit_auditentry
       WHEN NEW.id IS NOT NULL AND EXISTS (SELECT 1 FROM audit_auditentry WHERE id = NEW.id)
       BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;""",
]
_SQLITE_REMOVE = [
    "DROP TRIGGER IF EXISTS audit_no_update;",
    "DROP TRIGGER IF EXISTS audit_no_delete;",
    "DROP TRIGGER IF EXISTS audit_no_replace;",
]
_PG_INSTALL = [
    """CREATE OR REPLACE FUNCTION audit_append_only() RETURNS trigger AS $$
       BEGIN RAISE EXCEPTION 'audit entries are append-only'; END; $$ LANGUAGE plpgsql;""",
    "DROP TRIGGER IF EXISTS audit_no_change ON audit_auditentry;",
    """CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON audit_auditentry
       FOR EACH ROW EXECUTE FUNCTION audit_append_only();""",
    # TRUNCATE bypasses row triggers; refuse it too.
    "DROP TRIGGER IF EXISTS audit_no_truncate ON audit_auditentry;",
    # INSERT ... ON CONFLICT DO UPDATE fires the update trigger above, so it is refused too.
    """CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit_auditentry
       FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();""",
]
_PG_REMOVE = [
    "DROP TRIGGER IF EXISTS audit_no_change ON audit_auditentry;",
    "DROP TRIGGER IF EXISTS audit_no_truncate ON audit_auditentry;",
]


def _run(connection: Any, statements: list[str]) -> None:
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)


def triggers_install(connection: Any) -> None:
    _run(connection, _PG_INSTALL if connection.vendor == "postgresql" else _SQLITE_INSTALL)


def triggers_remove(connection: Any) -> None:
    """Only for a database owner's maintenance, such as the test runner's flush between tests."""
    _run(connection, _PG_REMOVE if connection.vendor == "postgresql" else _SQLITE_REMOVE)
