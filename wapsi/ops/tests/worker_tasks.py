"""Tasks the worker test enqueues: importable by a real db_worker process."""

from __future__ import annotations

from pathlib import Path

from wapsi.infra.tasks import retrying_task


@retrying_task()
def note_down(path: str, text: str) -> str:
    Path(path).write_text(text)
    return text


@retrying_task()
def fails_first(path: str) -> int:
    """Fails on its first attempt, succeeds on the next: the retry is what makes it pass."""
    marker = Path(path)
    tries = int(marker.read_text()) + 1 if marker.exists() else 1
    marker.write_text(str(tries))
    if tries == 1:
        raise RuntimeError("first attempt fails")
    return tries


@retrying_task()
def always_fails() -> None:
    raise ValueError("never works")
