"""Bad configuration stops start-up with one clear line; good production values pass check --deploy."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DEBUG": "0",
    "SECRET_KEY": "x7Hq2vLk9pW3zR8tY1uN5bM4cE6gJ0aS-production-like-secret-for-the-check",
    "ALLOWED_HOSTS": "wapsi.example.org",
    "FIELD_ENCRYPTION_KEYS": "k3S8Qn1m4bZL7x2cV9pT0yR5wE6uJ8hG1fD3sA7qW0o=",
}


def run_manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    base = {
        k: v
        for k, v in os.environ.items()
        if k
        not in {
            "DEBUG",
            "SECRET_KEY",
            "DATABASE_URL",
            "WAPSI_LANGUAGES",
            "LANGUAGE_CODE",
            "ALLOWED_HOSTS",
        }
    }
    base["WAPSI_VAR_DIR"] = str(ROOT / "var" / "check")
    return subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        env={**base, **env},
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("env", "needle"),
    [
        ({"DEBUG": "1", "DATABASE_URL": "postgres//no-colon-slash"}, "DATABASE_URL"),
        ({"DEBUG": "1", "DATABASE_URL": "mysql://u@h/db"}, "DATABASE_URL"),
        ({"DEBUG": "1", "DATABASE_URL": "postgres://user@host:notaport/db"}, "DATABASE_URL"),
        ({"DEBUG": "1", "WAPSI_LANGUAGES": "en,ur,xx"}, "xx"),
        ({"DEBUG": "1", "LANGUAGE_CODE": "de"}, "LANGUAGE_CODE"),
        ({"DEBUG": "0", "ALLOWED_HOSTS": "wapsi.example.org"}, "SECRET_KEY"),
        ({"DEBUG": "maybe"}, "DEBUG"),
        ({"DEBUG": "1", "FIELD_ENCRYPTION_KEYS": "not-a-key"}, "FIELD_ENCRYPTION_KEYS"),
        ({"DEBUG": "0", "SECRET_KEY": "s" * 60, "ALLOWED_HOSTS": "x.org"}, "FIELD_ENCRYPTION_KEYS"),
    ],
)
def test_bad_configuration_stops_with_one_line(env: dict[str, str], needle: str) -> None:
    result = run_manage("check", env=env)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("wapsi: configuration error:")
    assert needle in lines[0]


def test_production_values_pass_check_deploy() -> None:
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr


def test_file_database_uses_wal(tmp_path: Path) -> None:
    script = "from django.db import connection; c = connection.cursor(); c.execute('PRAGMA journal_mode'); print(c.fetchone()[0])"
    env = {"DEBUG": "1", "DATABASE_URL": f"sqlite:///{tmp_path / 'w.sqlite3'}"}
    result = run_manage("shell", "-c", script, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "wal"
