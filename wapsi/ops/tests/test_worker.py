"""The background worker is django-tasks' own db_worker: a real process on a real database.

Each test builds a database of its own (a SQLite file, or a fresh database on the PostgreSQL
server the suite runs on), enqueues through the database backend, runs `manage.py db_worker
--batch` and reads the result rows back. No part of the worker is imitated.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


def _manage(env: dict[str, str], *args: str, timeout: int = 300) -> str:
    result = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def worker_env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    base = {k: v for k, v in os.environ.items() if k != "PYTEST_VERSION"}
    base |= {
        "DEBUG": "1",
        "TASKS_BACKEND": "database",
        "TASKS_RETRY_DELAY_SECONDS": "0",
        "PYTHONPATH": str(ROOT),
        "WAPSI_VAR_DIR": str(tmp_path_factory.mktemp("worker-var")),
    }
    server = os.environ.get("DATABASE_URL", "")
    name = f"wapsi_worker_{uuid.uuid4().hex[:8]}"
    if server.startswith("postgres"):
        import psycopg

        admin_url = server.rsplit("/", 1)[0] + "/postgres"
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        base["DATABASE_URL"] = server.rsplit("/", 1)[0] + f"/{name}"
    else:
        base["DATABASE_URL"] = f"sqlite:///{tmp_path_factory.mktemp('worker-db') / 'w.sqlite3'}"
    _manage(base, "migrate", "--noinput", "--verbosity", "0", timeout=600)
    yield base
    if server.startswith("postgres"):
        import psycopg

        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _enqueue(env: dict[str, str], call: str) -> str:
    code = f"from wapsi.ops.tests import worker_tasks as t; r = t.{call}; print(r.id)"
    return _manage(env, "shell", "-c", code).strip().splitlines()[-1]


def _results(env: dict[str, str]) -> list[dict[str, object]]:
    code = (
        "import json; from django_tasks_db.models import DBTaskResult as R; "
        "print(json.dumps([{'task': r.task_path.rsplit('.', 1)[-1], 'status': r.status, "
        "'attempt': r.args_kwargs['kwargs'].get('attempt', 1), "
        "'value': r.return_value} for r in R.objects.order_by('enqueued_at')]))"
    )
    return list(json.loads(_manage(env, "shell", "-c", code).strip().splitlines()[-1]))


def _work(env: dict[str, str]) -> None:
    _manage(env, "db_worker", "--batch", "--no-startup-delay", "--no-reload", "--verbosity", "0")


def _clear(env: dict[str, str]) -> None:
    _manage(
        env,
        "shell",
        "-c",
        "from django_tasks_db.models import DBTaskResult as R; R.objects.all().delete()",
    )


def test_enqueued_work_waits_for_the_worker_and_the_worker_does_it(
    worker_env: dict[str, str], tmp_path: Path
) -> None:
    _clear(worker_env)
    target = tmp_path / "done.txt"
    _enqueue(worker_env, f"note_down.enqueue({str(target)!r}, 'hello')")
    assert not target.exists()  # enqueuing returned at once: nothing ran in the caller
    assert [r["status"] for r in _results(worker_env)] == ["READY"]
    _work(worker_env)
    assert target.read_text() == "hello"
    assert _results(worker_env) == [
        {"task": "note_down", "status": "SUCCESSFUL", "attempt": 1, "value": "hello"}
    ]


def test_a_failed_task_is_tried_again(worker_env: dict[str, str], tmp_path: Path) -> None:
    _clear(worker_env)
    _enqueue(worker_env, f"fails_first.enqueue({str(tmp_path / 'tries')!r})")
    _work(worker_env)
    rows = _results(worker_env)
    assert [(r["status"], r["attempt"]) for r in rows] == [("FAILED", 1), ("SUCCESSFUL", 2)]
    assert rows[1]["value"] == 2


def test_retries_stop_at_the_limit_and_every_failure_stays_visible(
    worker_env: dict[str, str],
) -> None:
    _clear(worker_env)
    _enqueue(worker_env, "always_fails.enqueue()")
    _work(worker_env)
    rows = _results(worker_env)
    assert [(r["status"], r["attempt"]) for r in rows] == [
        ("FAILED", 1),
        ("FAILED", 2),
        ("FAILED", 3),
    ]
