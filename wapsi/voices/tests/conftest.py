from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest


@pytest.fixture(autouse=True)
def voices_media_root(settings: Any, tmp_path: Path) -> Path:
    root = tmp_path / "voices"
    settings.VOICES_MEDIA_ROOT = root
    return root


def stored_files(root: Path) -> list[Path]:
    """Every file kept under the testimony media root (the quarantine included)."""
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


@pytest.fixture
def run_on_commit(monkeypatch: pytest.MonkeyPatch) -> None:
    """Media cleaning, file deletion and cache purges run on commit; a test's transaction never
    commits, so run those callbacks at once, as a committed request would."""
    from django.db import transaction

    monkeypatch.setattr(transaction, "on_commit", lambda func, using=None, robust=False: func())
