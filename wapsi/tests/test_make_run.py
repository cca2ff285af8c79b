"""`make run` tells the newcomer the address it actually serves, whatever HOST and PORT are."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command

ROOT = Path(__file__).resolve().parents[2]


def test_make_run_passes_its_host_and_port_to_the_demo_message() -> None:
    make = shutil.which("make")
    if make is None:
        pytest.skip("make is not installed")
    dry = subprocess.run(
        [make, "-n", "run", "HOST=0.0.0.0", "PORT=8123"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    lines = dry.stdout.splitlines()
    assert any("load_demo --address 0.0.0.0:8123" in line for line in lines), dry.stdout
    assert any("runserver 0.0.0.0:8123" in line for line in lines), dry.stdout


def test_the_closing_message_names_the_address_served(demo: Any) -> None:
    out = io.StringIO()
    call_command("load_demo", "--allow-production", "--address", "0.0.0.0:8123", stdout=out)
    assert "Sign in at http://0.0.0.0:8123/admin/" in out.getvalue()
    assert "8000" not in out.getvalue()


def test_without_an_address_the_message_names_runservers_default(demo: Any) -> None:
    out = io.StringIO()
    call_command("load_demo", "--allow-production", stdout=out)
    assert "Sign in at http://127.0.0.1:8000/admin/" in out.getvalue()
