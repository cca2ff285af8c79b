"""The benchmark tools refuse bad input with one clear line, before doing any work."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, capture_output=True, text=True, timeout=60
    )


def test_unknown_page_name_is_refused() -> None:
    result = run("bench/run.py", "--pages", "home_en,no_such_page")
    assert result.returncode == 2
    assert result.stderr.strip() == result.stderr.strip().splitlines()[0]
    assert "unknown page name(s): no_such_page" in result.stderr


def test_port_in_use_is_refused() -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        for tool in ("bench/run.py", "bench/soak.py"):
            result = run(tool, "--port", str(port))
            assert result.returncode == 2, tool
            assert f"port {port} on 127.0.0.1 is in use" in result.stderr


def test_soak_refuses_a_nonsense_duration() -> None:
    result = run("bench/soak.py", "--minutes", "-3")
    assert result.returncode == 2
    assert "--minutes" in result.stderr
